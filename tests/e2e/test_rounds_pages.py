"""The rounds pages in headless Chromium: no serious or critical axe-core violations, and the
status change works in place with HTMX."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from yhdyspinta.organizations.models import Organization
from yhdyspinta.rounds.models import Action, Finding, Negotiation, Request, Round

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


def _serious(violations):
    return [
        f"{v['id']} ({v['impact']}): {v['help']} -> {[n['target'] for n in v['nodes'][:3]]}"
        for v in violations
        if v["impact"] in ("serious", "critical")
    ]


def pages_to_check():
    autumn = Round.objects.get(slug="syksy-2023")
    joensuu = Organization.objects.get(code="167")
    negotiation = Negotiation.objects.get(round=autumn, municipality=joensuu)
    finding = Finding.objects.get(text="Kuntouttavan työtoiminnan tilanne huolestuttaa kuntia")
    action = Action.objects.get(text="Kotoutumisessa myös hyvä nimetä HVA vastuuhenkilö")
    request = Request.objects.filter(municipality=joensuu).first()
    return [
        "/rounds/",
        f"/rounds/{autumn.pk}/",
        f"/rounds/{autumn.pk}/?municipality={joensuu.pk}",
        f"/rounds/{autumn.pk}/edit/",
        f"/rounds/{autumn.pk}/findings/new/",
        f"/rounds/{autumn.pk}/actions/new/",
        f"/rounds/negotiations/{negotiation.pk}/",
        f"/rounds/negotiations/{negotiation.pk}/edit/",
        f"/rounds/findings/{finding.pk}/",
        "/rounds/actions/",
        f"/rounds/actions/{action.pk}/",
        f"/rounds/actions/{action.pk}/status/",
        "/rounds/mine/",
        "/rounds/requests/",
        f"/rounds/requests/{request.pk}/",
        f"/rounds/requests/{request.pk}/answer/",
        f"/rounds/municipalities/{joensuu.pk}/",
    ]


def test_every_rounds_page_is_accessible_for_county_staff(demo_site, page, login):
    login("hva")
    problems = {}
    for path in pages_to_check():
        response = page.goto(f"{demo_site.url}{path}")
        assert response.status == 200, path
        found = _serious(Axe().run(page).response["violations"])
        if found:
            problems[path] = found
    assert problems == {}


def test_the_coordinator_changes_a_status_in_place(demo_site, page, login):
    login("joensuu")
    page.goto(f"{demo_site.url}/rounds/mine/")
    share = Action.objects.get(
        owner__code="167", part_of__isnull=False, text__startswith="Kunnat työstävät"
    )
    row = page.locator(f"#action-{share.pk}")
    row.get_by_role("link", name="Muuta tilaa").click()
    page.locator(f"#id_status_{share.pk}").select_option("done")
    assert _serious(Axe().run(page).response["violations"]) == []
    page.locator(f"#id_comment_{share.pk}").fill("Kuvaus valmis.")
    page.locator(f"#status-{share.pk} button[type=submit]").click()
    page.locator(f"#action-{share.pk} .badge--ok").wait_for()
    share.refresh_from_db()
    assert share.status == "done"
