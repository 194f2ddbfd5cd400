"""The plan's page and the annual follow-up in headless Chromium: a measure is added to a goal
with HTMX without a page load, a review entry is filled in place, and axe-core finds no serious
or critical violations on the pages (with the forms open)."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from yhdyspinta.plans.models import Goal, Measure, Plan, ReviewEntry

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


def _serious(page):
    return [
        f"{v['id']} ({v['impact']}): {v['help']} -> {[n['target'] for n in v['nodes'][:3]]}"
        for v in Axe().run(page).response["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def test_a_measure_is_added_without_a_page_load(demo_site, page, login):
    login("hva")
    plan = Plan.objects.get(slug="pohjois-karjala-2025-2028")
    goal = Goal.objects.filter(plan=plan).order_by("order").first()
    page.goto(f"{demo_site.url}{plan.get_absolute_url()}")
    page.evaluate("window.__notReloaded = true")
    page.locator(f"#goal-{goal.pk} a[hx-get$='/measures/add/']").click()
    form = page.locator(f"#measure-form-{goal.pk} form")
    expect(form).to_be_visible()
    assert _serious(page) == []
    form.locator(f"#id_g{goal.pk}-title").fill("Uusi kokeilu selaimesta (demo)")
    form.locator(f"#id_g{goal.pk}-responsible_organization").select_option(label="Joensuu")
    form.locator("button[type=submit]").click()
    added = page.locator(f"#measures-{goal.pk} section h4", has_text="Uusi kokeilu selaimesta")
    expect(added).to_be_visible()
    expect(page.locator(f"#measure-form-{goal.pk} form")).to_have_count(0)
    assert page.evaluate("window.__notReloaded") is True
    assert Measure.objects.filter(goal=goal, title="Uusi kokeilu selaimesta (demo)").exists()
    assert _serious(page) == []


def test_the_follow_up_is_filled_in_place_and_accessible(demo_site, page, login):
    login("joensuu")
    plan = Plan.objects.get(slug="pohjois-karjala-2025-2028")
    page.goto(f"{demo_site.url}/plans/{plan.pk}/follow-up/2025/")
    assert _serious(page) == []
    measure = Measure.objects.filter(goal__plan=plan, responsible_organization__code="167").first()
    page.evaluate("window.__notReloaded = true")
    page.locator(f"#entry-{measure.pk} a").click()
    form = page.locator(f"#entry-{measure.pk} form")
    expect(form).to_be_visible()
    assert _serious(page) == []
    form.locator("select").select_option("done")
    form.locator("textarea").fill("Valmis selaimesta (demo)")
    form.locator("button[type=submit]").click()
    expect(page.locator(f"#measure-{measure.pk}")).to_contain_text("Valmis selaimesta")
    assert page.evaluate("window.__notReloaded") is True
    assert ReviewEntry.objects.get(measure=measure, review__year=2025).status == "done"
