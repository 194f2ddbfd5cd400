"""Charts render as pictures under the strict CSP, in a real browser.

Each chart on each chart page is screenshotted by headless Chromium and its pixels are looked at:
not blank, not a black rectangle, several colours. The page's CSP stays the strict one and the
browser reports no CSP violation (an inline ``style`` the CSP blocks is what turned every chart
black). The text alternative next to a chart is body text, not headline type."""

from io import BytesIO

import pytest
from PIL import Image

from yhdyspinta.indicators.models import Indicator, ReportPublication, ReportTemplate, SharedGoal
from yhdyspinta.organizations.models import Organization

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

CHARTS = "figure svg[role=img], svg.flow-graph"


def _directives(header: str) -> dict[str, str]:
    pairs = (part.strip().split(None, 1) for part in header.split(";") if part.strip())
    return {pair[0]: (pair[1] if len(pair) > 1 else "") for pair in pairs}


def _pixels(png: bytes) -> dict:
    image = Image.open(BytesIO(png)).convert("RGB")
    image.thumbnail((400, 400))  # enough pixels to judge, few enough to count quickly
    data = image.tobytes()
    pixels = list(zip(data[0::3], data[1::3], data[2::3], strict=True))
    near_black = sum(1 for r, g, b in pixels if r + g + b < 3 * 40)
    background = sum(1 for r, g, b in pixels if min(r, g, b) > 245)
    colours = {(r // 32, g // 32, b // 32) for r, g, b in pixels}
    return {
        "black": near_black / len(pixels),
        "drawn": 1 - background / len(pixels),
        "colours": len(colours),
        "size": image.size,
    }


def _looks_drawn(stats: dict) -> bool:
    return stats["black"] < 0.30 and stats["drawn"] > 0.02 and stats["colours"] >= 4


def _check_page(page, url: str, violations: list[str], *, charts: bool = True) -> list[str]:
    """Problems found on one page (an empty list if it renders as designed)."""
    violations.clear()
    response = page.goto(url)
    problems = []
    if response.status != 200:
        return [f"{url}: status {response.status}"]
    csp = _directives(response.headers.get("content-security-policy", ""))
    if csp.get("style-src") != "'self'" or csp.get("script-src") != "'self'":
        problems.append(f"{url}: CSP is not the strict one: {csp}")
    found = page.locator(CHARTS)
    if charts and found.count() == 0:
        problems.append(f"{url}: no chart on the page")
    for index in range(found.count()):
        chart = found.nth(index)
        chart.scroll_into_view_if_needed()
        stats = _pixels(chart.screenshot(animations="disabled"))
        if not _looks_drawn(stats):
            problems.append(f"{url}: chart {index + 1} does not look drawn: {stats}")
        box = chart.bounding_box()
        viewport = page.viewport_size
        if box and box["width"] > viewport["width"]:
            problems.append(f"{url}: chart {index + 1} is wider than the window: {box}")
    captions = page.locator("figure figcaption")
    body_size = float(page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)"))
    for index in range(captions.count()):
        size = float(captions.nth(index).evaluate("e => parseFloat(getComputedStyle(e).fontSize)"))
        if size > body_size * 1.1:
            problems.append(f"{url}: caption {index + 1} in {size}px type (body {body_size}px)")
    page.wait_for_timeout(50)  # console events of the last paint
    if violations:
        problems.append(f"{url}: {len(violations)} CSP violations, the first: {violations[0]}")
    return problems


def _listen(page) -> list[str]:
    violations: list[str] = []

    def on_console(message):
        text = message.text
        if "Content Security Policy" in text or "Refused to" in text:
            violations.append(text[:300])

    page.on("console", on_console)
    return violations


def test_every_chart_renders_under_the_strict_csp(demo_site, page, login):
    violations = _listen(page)
    base = demo_site.url
    template = ReportTemplate.objects.get(name="Yhteinen raportointipohja", version=1)
    joensuu = Organization.objects.get(code="167", kind="municipality")
    diabetes = Indicator.objects.get(sotkanet_id=683)
    goal = SharedGoal.objects.order_by("order").first()
    ReportPublication.objects.create(
        slug="joensuu-2024", template=template, organization=joensuu, year=2024
    )
    problems = []
    for path in [f"/indicators/public/{diabetes.pk}/", "/indicators/reports/public/joensuu-2024/"]:
        problems += _check_page(page, f"{base}{path}", violations)

    login("hva")
    chart_pages = [
        "/indicators/explorer/",
        f"/indicators/explorer/?indicators={diabetes.pk}",
        f"/indicators/goals/{goal.pk}/",
        f"/indicators/goals/{goal.pk}/?area={joensuu.pk}",
        f"/indicators/reports/{template.pk}/for/{joensuu.pk}/",
        f"/indicators/reports/{template.pk}/for/{template.county_id}/",
        f"/networks/information-flow/?municipality={joensuu.pk}",
    ]
    for path in chart_pages:
        problems += _check_page(page, f"{base}{path}", violations)
    # Pages that show tables rather than charts must not break the CSP either.
    for path in [f"/indicators/cards/{joensuu.pk}/", "/indicators/trends/", "/"]:
        problems += _check_page(page, f"{base}{path}", violations, charts=False)
    assert not problems, "\n".join(problems)


def test_the_pixel_check_sees_a_black_rectangle(browser):
    """The check itself: a chart whose styles are blocked (all black) is not taken as drawn."""
    context = browser.new_context(viewport={"width": 400, "height": 300})
    page = context.new_page()
    page.set_content(
        '<svg width="300" height="200" role="img"><path d="M0 0H300V200H0z"/>'
        '<text x="10" y="20">x</text></svg>'
    )
    stats = _pixels(page.locator("svg").screenshot())
    context.close()
    assert stats["black"] > 0.9
    assert not _looks_drawn(stats)
