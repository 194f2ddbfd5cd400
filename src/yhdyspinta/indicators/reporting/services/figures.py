"""Charts and summary rows of one indicator for one organisation (pages, PDF, xlsx).

Built on the shared chart module (``documents.charts``) and the core presenting helpers,
so a report shows the same pictures and wording as the explorer and the cards.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from yhdyspinta.documents.chart_cache import RenderedChart, versioned_chart
from yhdyspinta.documents.charts import (
    Band,
    Bar,
    Benchmark,
    Series,
    comparison_bars,
    trend_chart,
)
from yhdyspinta.documents.charts import Point as ChartPoint

from ...presenting import (
    BANDS,
    JUDGEMENT_BADGE,
    benchmark_cell,
    interval_text,
    language,
    number,
    trend_text,
)
from ...services.series import COUNTRY, REGION, AreaSeries
from ...stats import Interval
from .areas import Picked

#: Inches; two charts side by side on an A4 page keep their text at about 8 pt.
CHART_SIZE = (5.0, 3.2)


def _chart_points(series: AreaSeries, years: set[int]) -> list[ChartPoint]:
    points = []
    for p in series.points:
        if p.year not in years:
            continue
        has = isinstance(p.ci95, Interval)
        lower, upper = (p.ci95.lower, p.ci95.upper) if has else (None, None)
        points.append(ChartPoint(p.year, p.value, lower, upper))
    return points


def shown_years(series: AreaSeries | None, years_shown: int) -> list[int]:
    """The latest ``years_shown`` years with a value for the series."""
    if series is None:
        return []
    return [p.year for p in series.points][-years_shown:]


def trend_figure(
    picked: Picked,
    years_shown: int,
    *,
    compare_region: bool = True,
    compare_country: bool = True,
    targets: Sequence[Benchmark] = (),
    version=None,
) -> RenderedChart | None:
    """The organisation's line with its interval band, the region and the country."""
    own = picked.series
    years = set(shown_years(own, years_shown))
    if not years:
        return None
    lines = [Series(own.area.name, _chart_points(own, years))]
    if compare_region and picked.region is not None:
        lines.append(Series(picked.region.area.name, _chart_points(picked.region, years)))
    if compare_country and picked.country is not None:
        lines.append(Series(picked.country.area.name, _chart_points(picked.country, years)))
    lines = [line for line in lines if line.points]
    indicator = picked.indicator
    options = {
        "title": indicator.title,
        "decimals": indicator.decimals,
        "language": language(),
        "benchmarks": list(targets),
        # xgettext:no-python-format
        "interval_label": _("95 % confidence interval"),
        "y_from_zero": False,
        "show_title": False,
        "size": CHART_SIZE,
    }
    return versioned_chart(version, trend_chart, lines, **options)


def _band(series: AreaSeries) -> Band:
    comparison = series.comparisons.get(REGION) or series.comparisons.get(COUNTRY)
    return BANDS.get(comparison.method17, Band.NOT_COMPARED) if comparison else Band.NOT_COMPARED


def _bar(series: AreaSeries, *, highlight: bool) -> Bar | None:
    latest = series.latest
    if latest is None:
        return None
    has = isinstance(latest.ci95, Interval)
    return Bar(
        f"{series.area.name} {latest.year}",
        latest.value,
        latest.ci95.lower if has else None,
        latest.ci95.upper if has else None,
        _band(series),
        highlight,
    )


def bars_figure(
    picked: Picked,
    peers: Sequence[Picked] = (),
    *,
    compare_region: bool = True,
    compare_country: bool = True,
    version=None,
) -> RenderedChart | None:
    """Latest values of the organisation and its peers, banded by significance and
    polarity (method 17 against the region), with the region and the country as lines."""
    if picked.series is None or picked.series.latest is None:
        return None
    bars = [_bar(picked.series, highlight=True)]
    bars += [_bar(p.series, highlight=False) for p in peers if p.series is not None]
    bars = [bar for bar in bars if bar is not None]
    marks = []
    comparisons = picked.series.comparisons
    for key, wanted in ((REGION, compare_region), (COUNTRY, compare_country)):
        comparison = comparisons.get(key)
        if wanted and comparison is not None and comparison.value is not None:
            marks.append(
                Benchmark(f"{comparison.benchmark.name} {comparison.year}", comparison.value)
            )
    indicator = picked.indicator
    options = {
        "title": indicator.title,
        "benchmarks": marks,
        "decimals": indicator.decimals,
        "language": language(),
        "show_title": False,
        "width": CHART_SIZE[0],
    }
    return versioned_chart(version, comparison_bars, bars, **options)


@dataclass
class Summary:
    """The figures of one indicator for one organisation, in words."""

    area: str
    year: int | None
    value: str
    interval: str
    benchmarks: list = field(default_factory=list)  # presenting.BenchmarkCell or None
    trend: str = ""
    trend_class: str = "badge"
    red_red: bool = False


def summary(picked: Picked, *, compare_region=True, compare_country=True) -> Summary | None:
    series = picked.series
    if series is None or series.latest is None:
        return None
    decimals = picked.indicator.decimals
    latest = series.latest
    keys = [k for k, wanted in ((REGION, compare_region), (COUNTRY, compare_country)) if wanted]
    return Summary(
        area=series.area.name,
        year=latest.year,
        value=number(latest.value, decimals),
        interval=interval_text(latest, decimals),
        benchmarks=[benchmark_cell(series, key, decimals) for key in keys],
        trend=trend_text(series),
        trend_class=JUDGEMENT_BADGE.get(series.judgement, "badge"),
        red_red=series.red_red,
    )
