"""The indicator pages in headless Chromium: no serious or critical axe-core violations,
and the public pages open without logging in."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from yhdyspinta.indicators.models import Indicator
from yhdyspinta.organizations.models import Organization

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


def _serious(violations):
    return [
        f"{v['id']} ({v['impact']}): {v['help']} -> {[n['target'] for n in v['nodes'][:3]]}"
        for v in violations
        if v["impact"] in ("serious", "critical")
    ]


def _check(page, url, paths):
    problems = {}
    for path in paths:
        response = page.goto(f"{url}{path}")
        assert response.status == 200, path
        found = _serious(Axe().run(page).response["violations"])
        if found:
            problems[path] = found
    return problems


def test_public_indicator_pages_are_accessible_without_login(demo_site, page):
    diabetes = Indicator.objects.get(sotkanet_id=683)
    joensuu = Organization.objects.get(code="167", kind="municipality")
    paths = [
        "/indicators/public/",
        "/indicators/public/cards/",
        f"/indicators/public/cards/{joensuu.pk}/",
        f"/indicators/public/{diabetes.pk}/",
    ]
    problems = _check(page, demo_site.url, paths)
    assert problems == {}
    assert "Sotkanet.fi" in page.content()
    page.goto(f"{demo_site.url}/indicators/public/cards/{joensuu.pk}/")
    card = page.content()
    assert "Sotkanet.fi" in card and "Joensuu" in card
    assert "card.pdf" not in card


def test_explorer_cards_and_imports_are_accessible_for_county_staff(demo_site, page, login):
    login("hva")
    joensuu = Organization.objects.get(code="167", kind="municipality")
    diabetes = Indicator.objects.get(sotkanet_id=683)
    paths = [
        "/indicators/explorer/",
        f"/indicators/explorer/?indicators={diabetes.pk}",
        "/indicators/cards/",
        f"/indicators/cards/{joensuu.pk}/",
        "/indicators/imports/",
    ]
    assert _check(page, demo_site.url, paths) == {}
