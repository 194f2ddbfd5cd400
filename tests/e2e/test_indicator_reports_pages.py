"""The reporting pages (goals, templates, reports, trend review, HYTE coefficient) in headless
Chromium: no serious or critical axe-core violations, for staff, a coordinator and the public."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from yhdyspinta.indicators.models import ReportPublication, ReportTemplate, SharedGoal
from yhdyspinta.organizations.models import Organization

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


def _serious(violations):
    return [
        f"{v['id']} ({v['impact']}): {v['help']} -> {[n['target'] for n in v['nodes'][:3]]}"
        for v in violations
        if v["impact"] in ("serious", "critical")
    ]


def pages_to_check():
    template = ReportTemplate.objects.get(name="Yhteinen raportointipohja", version=1)
    joensuu = Organization.objects.get(code="167")
    goal = SharedGoal.objects.order_by("order").first()
    section = template.sections.order_by("order").first()
    return [
        "/indicators/goals/",
        f"/indicators/goals/{goal.pk}/",
        f"/indicators/goals/{goal.pk}/?area={joensuu.pk}",
        f"/indicators/goals/{goal.pk}/edit/",
        f"/indicators/goals/{goal.pk}/targets/new/",
        "/indicators/reports/",
        f"/indicators/reports/{template.pk}/",
        f"/indicators/reports/{template.pk}/edit/",
        f"/indicators/reports/{template.pk}/approve/",
        f"/indicators/sections/{section.pk}/edit/",
        f"/indicators/reports/{template.pk}/for/{joensuu.pk}/",
        f"/indicators/reports/{template.pk}/for/{template.county_id}/",
        f"/indicators/sections/{section.pk}/commentary/{joensuu.pk}/2024/",
        "/indicators/trends/",
        "/indicators/hyte-coefficient/",
        "/indicators/hyte-coefficient/add/",
    ]


def _check(page, base, paths):
    problems = {}
    for path in paths:
        response = page.goto(f"{base}{path}")
        assert response.status == 200, path
        found = _serious(Axe().run(page).response["violations"])
        if found:
            problems[path] = found
    return problems


def test_every_reporting_page_is_accessible_for_county_staff(demo_site, page, login):
    login("hva")
    assert _check(page, demo_site.url, pages_to_check()) == {}


def test_a_coordinator_sees_her_report_and_writes_commentary(demo_site, page, login):
    login("joensuu")
    template = ReportTemplate.objects.get(name="Yhteinen raportointipohja", version=1)
    joensuu = Organization.objects.get(code="167")
    page.goto(f"{demo_site.url}/indicators/reports/{template.pk}/for/{joensuu.pk}/")
    assert page.locator("h1").inner_text().endswith("2024")
    assert page.locator("svg[role=img]").count() >= 2
    page.locator(".commentary a.button").first.click()
    page.fill("textarea", "Uusi kommentti valtuustolle (demo)")
    page.locator("form.form button[type=submit]").click()
    assert "Uusi kommentti valtuustolle (demo)" in page.content()


def test_a_published_report_is_accessible_without_login(demo_site, page):
    template = ReportTemplate.objects.get(name="Yhteinen raportointipohja", version=1)
    joensuu = Organization.objects.get(code="167")
    publication = ReportPublication.objects.create(
        slug="joensuu-2024", template=template, organization=joensuu, year=2024
    )
    assert _check(page, demo_site.url, [publication.get_absolute_url()]) == {}
