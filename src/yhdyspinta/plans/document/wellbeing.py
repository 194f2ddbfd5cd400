"""The report part on the population's wellbeing, health and services by age group: indicator
tables (every municipality of a regional plan, the municipality of its own plan) and charts,
from the indicators app's public functions (``build_series``, ``rows_for``, the figures).

The catalogue has no age group, so an indicator's group is read from its Finnish title
(``age_group``): "lasten", "nuorten", "8. ja 9. luokan" -> children and young people; "75
vuotta täyttäneet", "ikääntyneet" -> older people; "työikäiset", "20-64-vuotiaat" -> working
age; the rest concern the whole population.
"""

from __future__ import annotations

import re

from django.utils.translation import gettext as _

from yhdyspinta.documents.chart_output import to_png
from yhdyspinta.indicators.models import Area, Indicator
from yhdyspinta.indicators.presenting import comparison_figure, rows_for, trend_figure
from yhdyspinta.indicators.services.series import build_series

from .blocks import Heading, Paragraph, Picture, Table

CHILDREN, WORKING_AGE, OLDER, EVERYONE = "children", "working_age", "older", "everyone"
_PATTERNS = (
    (OLDER, r"ikäänty|ikäihmi|vanhu|\b(65|70|75|80)\s*(vuotta|v\b|-vuotiaat|\+)|yli\s*(65|75)"),
    (
        CHILDREN,
        r"lapsi|lapse|lasten|nuor|koulu|oppila|luoka|lukio|ammatillis|alle 18|0\s*[-–]\s*17",
    ),
    (WORKING_AGE, r"työikä|työttö|työkyvyttö|aikuis|(18|20|25)\s*[-–]\s*64"),
)


def age_group(indicator: Indicator) -> str:
    title = (indicator.title_fi or "").lower()
    for group, pattern in _PATTERNS:
        if re.search(pattern, title):
            return group
    return EVERYONE


def group_titles() -> dict[str, str]:
    return {
        CHILDREN: _("Children and young people"),
        WORKING_AGE: _("Working-age people"),
        OLDER: _("Older people"),
        EVERYONE: _("The whole population"),
    }


def plan_indicators(plan) -> list[Indicator]:
    """The catalogue indicators the plan uses: its measures' and its conclusions' (2 queries)."""
    from ..models import MeasureIndicator

    ids = set(
        MeasureIndicator.objects.filter(
            measure__goal__plan=plan, indicator__isnull=False
        ).values_list("indicator_id", flat=True)
    ) | set(plan.conclusions.filter(indicators__isnull=False).values_list("indicators", flat=True))
    return list(Indicator.objects.filter(pk__in=ids).order_by("sotkanet_id", "code", "pk"))


def plan_areas(plan) -> list[Area]:
    """The municipalities of a regional plan, or the plan's own municipality."""
    areas = Area.objects.filter(category=Area.Category.KUNTA).select_related("organization")
    if plan.is_regional:
        areas = areas.filter(organization__parent_county_id=plan.owner_id)
    else:
        areas = areas.filter(organization_id=plan.owner_id)
    return list(areas.order_by("name_fi"))


def wellbeing_blocks(plan, *, charts: bool = True) -> list:
    indicators = plan_indicators(plan)
    areas = plan_areas(plan)
    blocks: list = [
        Heading(1, _("The population's wellbeing, health and services")),
        Paragraph(
            # xgettext:no-python-format
            _(
                "The indicators the plan's conclusions and measures rest on, by age group: the "
                "latest value of each municipality with its 95 percent confidence interval "
                "where one can be computed, the comparison with the region and the whole "
                "country, and the recent trend."
            )
        ),
    ]
    if not indicators or not areas:
        blocks.append(Paragraph(_("The plan names no indicators with statistics yet."), "note"))
        return blocks
    for title, results in grouped_results(indicators, areas):
        blocks.append(Heading(2, title))
        for result in results:
            blocks.extend(_indicator_blocks(result, charts=charts, many=len(areas) > 1))
    return blocks


def grouped_results(indicators, areas) -> list[tuple[str, list]]:
    """[(age group's title, the indicators' series)] in the groups' order, empty ones left out."""
    by_group: dict[str, list] = {}
    for result in build_series(indicators, areas):
        by_group.setdefault(age_group(result.indicator), []).append(result)
    return [(title, by_group[g]) for g, title in group_titles().items() if g in by_group]


def indicator_table(result, *, many: bool):
    """The indicator's table (the same as the document's), without the chart."""
    return _indicator_blocks(result, charts=False, many=many)[1]


def _indicator_blocks(result, *, charts: bool, many: bool) -> list:
    indicator = result.indicator
    blocks: list = [Heading(3, indicator.title)]
    rows = []
    labels = [_("Region"), _("Whole country")]
    for row in rows_for(result):
        cells = []
        for index, cell in enumerate(row.benchmarks):
            if cell is not None:
                labels[index] = cell.label
            cells.append(cell.value or "–" if cell else "–")
        interval = row.interval if row.interval and row.interval[:1].isdigit() else "–"
        rows.append([row.area, str(row.year or "–"), row.value or "–", interval, *cells,
                     row.trend.split(" (")[0]])  # fmt: skip
    # xgettext:no-python-format
    interval = _("95 % interval")
    headers = [_("Area"), _("Year"), _("Value"), interval, *labels, _("Trend")]
    blocks.append(
        Table(
            indicator.attribution(),
            headers,
            rows,
            widths=[2.4, 1, 1.1, 1.8, 1.8, 1.5, 3],
        )
    )
    if charts:
        figure = comparison_figure if many else trend_figure
        chart = figure(result, draw=_drawn)
        if chart is not None:
            blocks.append(Picture(to_png(chart, dpi=110), chart.alt_text, chart.title, 15.0))
    return blocks


def _drawn(function, *args, **kwargs):
    """Draw the chart itself (a figure for a PNG), not the page's cached SVG."""
    return function(*args, **kwargs)
