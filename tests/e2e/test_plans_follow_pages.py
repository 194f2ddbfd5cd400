"""The plan's page and the annual follow-up in headless Chromium: a measure is added to a goal
with HTMX without a page load, a review entry and the year's overall assessment are filled in
place (the assessment's rule shown on its field first), and axe-core finds no serious or
critical violations on the pages (with the forms open and with an error shown)."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from yhdyspinta.plans.models import AnnualReview, Goal, Measure, Plan, ReviewEntry

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


def test_the_overall_assessment_is_written_in_place_and_accessible(demo_site, page, login):
    login("hva")
    plan = Plan.objects.get(slug="pohjois-karjala-2025-2028")
    page.goto(f"{demo_site.url}/plans/{plan.pk}/follow-up/2025/")
    page.evaluate("window.__notReloaded = true")
    page.locator("#review-body a").click()
    form = page.locator("#review-body form")
    expect(form).to_be_visible()
    assert _serious(page) == []
    form.locator("#id_narrative").fill("")
    form.locator("#id_status").select_option("reported")
    form.locator("button[type=submit]").click()
    error = page.locator("#id_narrative-errors")
    expect(error).to_be_visible()  # reported needs the assessment: said on its field
    expect(page.locator("#id_narrative")).to_have_attribute("aria-invalid", "true")
    assert _serious(page) == []
    assert AnnualReview.objects.get(plan=plan, year=2025).status != "reported"
    page.locator("#id_narrative").fill("Vuosi käynnisti suunnitelman selaimesta (demo)")
    page.locator("#id_status").select_option("reported")
    page.locator("#review-body button[type=submit]").click()
    expect(page.locator("#review")).to_contain_text("Vuosi käynnisti suunnitelman selaimesta")
    expect(page.locator("#review details summary")).to_be_visible()
    assert page.evaluate("window.__notReloaded") is True
    review = AnnualReview.objects.get(plan=plan, year=2025)
    assert review.status == "reported" and "selaimesta" in review.narrative
    page.locator("#review details summary").click()
    assert _serious(page) == []


def test_the_indicator_set_pages_and_the_changes_page_are_accessible(demo_site, page, login):
    login("hva")
    plan = Plan.objects.get(slug="pohjois-karjala-2025-2028")
    page.goto(f"{demo_site.url}/plans/indicator-sets/")
    assert _serious(page) == []
    page.locator("table th a").first.click()  # the set's read-only page
    expect(page.locator("table caption")).to_be_visible()
    assert _serious(page) == []
    page.screenshot(path="/tmp/review_set_detail.png", full_page=True)
    page.locator(".page-head a.button").click()  # its edit link (the demo county keeps it)
    page.locator("#id_q").fill("yksinäi")
    page.locator("button[name=find]").click()
    expect(page.locator("[role=status]")).to_be_visible()
    assert _serious(page) == []
    page.screenshot(path="/tmp/review_set_form.png", full_page=True)
    page.goto(f"{demo_site.url}/plans/{plan.pk}/versions/changes/")
    expect(page.locator("h1")).to_be_visible()
    assert _serious(page) == []
    page.screenshot(path="/tmp/review_draft_diff.png", full_page=True)
