"""The sectioned navigation and the public front page in headless Chromium: no serious axe-core
violations, and the keyboard reaches the section's sub-navigation in reading order."""

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

PAGES = ["/", "/indicators/cards/", "/rounds/", "/networks/overlaps/", "/organizations/"]


def _serious(violations):
    return [
        f"{v['id']} ({v['impact']}): {v['help']} -> {[n['target'] for n in v['nodes'][:3]]}"
        for v in violations
        if v["impact"] in ("serious", "critical")
    ]


def test_the_public_front_page_is_accessible_and_has_the_login_link(demo_site, page):
    page.goto(f"{demo_site.url}/")
    assert page.locator("nav.main-nav").count() == 0
    assert page.locator("main a[href='/login/']").count() == 1
    assert page.locator("main a[href='/indicators/public/']").count() == 1
    assert _serious(Axe().run(page).response["violations"]) == []


def test_the_section_pages_are_accessible(demo_site, page, login):
    login("hva")
    problems = {}
    for path in PAGES:
        response = page.goto(f"{demo_site.url}{path}")
        assert response.status == 200, path
        assert page.locator("nav.main-nav a").count() <= 7
        found = _serious(Axe().run(page).response["violations"])
        if found:
            problems[path] = found
    assert problems == {}


def _focused(page) -> dict:
    return page.evaluate(
        """() => {
            const el = document.activeElement;
            const nav = el.closest('nav');
            return {
                nav: nav ? nav.className : (el.closest('main') ? 'main' : 'other'),
                href: el.getAttribute('href'),
                current: el.getAttribute('aria-current'),
                outline: getComputedStyle(el).outlineStyle,
            };
        }"""
    )


def test_the_keyboard_goes_through_the_sections_then_the_sub_navigation(demo_site, page, login):
    login("hva")
    page.goto(f"{demo_site.url}/indicators/cards/")
    visited = []
    for _ in range(40):
        page.keyboard.press("Tab")
        focused = _focused(page)
        visited.append(focused)
        if focused["nav"] == "main":
            break
    navs = [f["nav"] for f in visited]
    assert "main-nav" in navs and "sub-nav" in navs, navs
    # the sections first, then the section's pages, then the content
    assert navs.index("main-nav") < navs.index("sub-nav") < navs.index("main")
    sub = [f for f in visited if f["nav"] == "sub-nav"]
    assert ("/indicators/cards/", "page") in [(f["href"], f["current"]) for f in sub]
    # focus is visible on a navigation link (no hover-only styling)
    assert all(f["outline"] != "none" for f in visited if f["nav"] in ("main-nav", "sub-nav"))
    # Enter on a sub-navigation link follows it: no script needed
    page.goto(f"{demo_site.url}/indicators/cards/")
    page.locator("nav.sub-nav a[href='/indicators/explorer/']").focus()
    page.keyboard.press("Enter")
    page.wait_for_url(f"{demo_site.url}/indicators/explorer/*")
    current = page.locator("nav.sub-nav a[aria-current='page']")
    assert current.get_attribute("href") == "/indicators/explorer/"


def test_the_navigation_works_without_javascript(browser, demo_site):
    context = browser.new_context(java_script_enabled=False, locale="fi-FI")
    page = context.new_page()
    page.goto(f"{demo_site.url}/login/")
    page.locator("#id_username").fill("hva")
    page.locator("#id_password").fill("demo1234")
    page.locator("form.form button[type=submit]").click()
    page.wait_for_url(f"{demo_site.url}/")
    page.locator("nav.main-nav a", has_text="Verkostot").click()
    page.wait_for_url(f"{demo_site.url}/networks/")
    assert page.locator("nav.sub-nav a[aria-current='page']").get_attribute("href") == "/networks/"
    context.close()
