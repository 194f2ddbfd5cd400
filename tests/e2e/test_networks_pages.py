"""The network register's pages in headless Chromium: no serious or critical axe-core
violations, and a coordinator sets her municipality's submission status with HTMX."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from yhdyspinta.networks.models import CollectionRound, Network
from yhdyspinta.organizations.models import Organization

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


def _serious(violations):
    return [
        f"{v['id']} ({v['impact']}): {v['help']} -> {[n['target'] for n in v['nodes'][:3]]}"
        for v in violations
        if v["impact"] in ("serious", "critical")
    ]


def pages_to_check():
    joensuu = Organization.objects.get(code="167", kind="municipality")
    network = Network.objects.filter(owner=joensuu).first()
    collection = CollectionRound.objects.first()
    return [
        "/networks/",
        f"/networks/?owner={joensuu.pk}&status=active",
        f"/networks/{network.pk}/",
        f"/networks/{network.pk}/edit/",
        f"/networks/{network.pk}/members/",
        "/networks/new/",
        "/networks/collection/",
        f"/networks/collection/{collection.pk}/",
        "/networks/excel/upload/",
        "/networks/overlaps/",
        "/networks/overlaps/?scope=within&min_score=0.7",
        "/networks/?page=2",
        "/networks/information-flow/",
        f"/networks/information-flow/?municipality={joensuu.pk}",
    ]


@pytest.mark.parametrize("username", ["hva", "joensuu"])
def test_every_network_page_is_accessible(demo_site, page, login, username):
    login(username)
    problems = {}
    for path in pages_to_check():
        response = page.goto(f"{demo_site.url}{path}")
        assert response.status == 200, path
        found = _serious(Axe().run(page).response["violations"])
        if found:
            problems[path] = found
    assert problems == {}


def test_a_coordinator_sets_her_submission_status_in_place(demo_site, page, login):
    login("joensuu")
    joensuu = Organization.objects.get(code="167", kind="municipality")
    collection = CollectionRound.objects.first()
    page.goto(f"{demo_site.url}/networks/collection/{collection.pk}/")
    row = page.locator(f"#submission-{joensuu.pk}")
    row.locator("select").select_option("in_progress")
    row.locator("button").click()
    expect(page.locator(f"#submission-{joensuu.pk} .badge")).to_have_class(re.compile("warn"))
    assert _serious(Axe().run(page).response["violations"]) == []
