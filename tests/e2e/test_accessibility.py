"""Every page, opened in headless Chromium, has no serious or critical axe-core violations."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from yhdyspinta.organizations.models import Body, Organization, Person

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


def pages_to_check():
    joensuu = Organization.objects.get(code="167")
    person = Person.objects.filter(organization=joensuu).first()
    body = Body.objects.filter(kind="hyte_board").first()
    return [
        "/",
        "/organizations/",
        f"/organizations/{joensuu.pk}/",
        f"/organizations/{joensuu.pk}/edit/",
        "/people/",
        f"/people/{person.pk}/",
        f"/people/{person.pk}/edit/",
        f"/people/{person.pk}/roles/new/",
        "/directory/",
        f"/directory/?municipality={joensuu.pk}",
        "/counterparts/new/",
        "/themes/",
        "/themes/new/",
        "/bodies/",
        f"/bodies/{body.pk}/",
        "/organizations/new/",
    ]


def _serious(violations):
    return [
        f"{v['id']} ({v['impact']}): {v['help']} -> {[n['target'] for n in v['nodes'][:3]]}"
        for v in violations
        if v["impact"] in ("serious", "critical")
    ]


def test_the_login_page_is_accessible(demo_site, page):
    page.goto(f"{demo_site.url}/login/")
    assert _serious(Axe().run(page).response["violations"]) == []


def test_every_page_is_accessible_for_county_staff(demo_site, page, login):
    login("hva")
    problems = {}
    for path in pages_to_check():
        response = page.goto(f"{demo_site.url}{path}")
        assert response.status == 200, path
        found = _serious(Axe().run(page).response["violations"])
        if found:
            problems[path] = found
    assert problems == {}


def test_an_invalid_form_stays_accessible(demo_site, page, login):
    login("hva")
    page.goto(f"{demo_site.url}/organizations/new/")
    page.locator("form.form button[type=submit]").click()
    assert page.locator(".error-summary").is_visible()
    assert _serious(Axe().run(page).response["violations"]) == []


def test_the_keyboard_reaches_the_main_content_through_the_skip_link(demo_site, page, login):
    login("joensuu")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert "skip-link" in focused
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_the_language_switch_works_in_the_browser(demo_site, page, login):
    login("lautakunta")
    with page.expect_navigation():
        page.select_option("#language-select", "sv")
    assert page.locator("html").get_attribute("lang") == "sv"
