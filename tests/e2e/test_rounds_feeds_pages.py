"""The calendar subscription page in headless Chromium: accessible, and regenerating works."""

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


def _serious(violations):
    return [
        f"{v['id']} ({v['impact']}): {v['help']} -> {[n['target'] for n in v['nodes'][:3]]}"
        for v in violations
        if v["impact"] in ("serious", "critical")
    ]


@pytest.mark.parametrize("username", ["hva", "joensuu"])
def test_the_subscription_page_is_accessible(demo_site, page, login, username):
    login(username)
    response = page.goto(f"{demo_site.url}/rounds/calendar/")
    assert response.status == 200
    assert _serious(Axe().run(page).response["violations"]) == []


def test_regenerating_shows_a_new_address(demo_site, page, login):
    login("joensuu")
    page.goto(f"{demo_site.url}/rounds/calendar/")
    old = page.locator("#feed-url").input_value()
    assert page.request.get(old).status == 200
    page.locator("form[action$='/regenerate/'] button[type=submit]").click()
    page.wait_for_url(f"{demo_site.url}/rounds/calendar/")
    new = page.locator("#feed-url").input_value()
    assert new != old
    assert page.locator(".messages").is_visible()
    assert _serious(Axe().run(page).response["violations"]) == []
    assert page.request.get(old).status == 404
    assert page.request.get(new).status == 200
