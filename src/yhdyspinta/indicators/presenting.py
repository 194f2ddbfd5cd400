"""Turning series into what pages, files and charts show: texts, badges, charts, rows."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from yhdyspinta.documents.chart_cache import cached_chart
from yhdyspinta.documents.charts import (
    Band,
    Bar,
    Benchmark,
    Point,
    Series,
    comparison_bars,
    trend_chart,
)
from yhdyspinta.documents.numbers import format_interval, format_number

from .services.series import COUNTRY, REGION, AreaSeries, IndicatorSeries
from .stats import Comparison, Interval, Trend, TrendJudgement

ARROWS = {
    Trend.INCREASING: "\u2191",
    Trend.DECREASING: "\u2193",
    Trend.NO_SIGNIFICANT_CHANGE: "\u2192",
    Trend.CANNOT_BE_CALCULATED: "\u2013",
}
JUDGEMENT_BADGE = {
    TrendJudgement.IMPROVING: "badge badge--ok",
    TrendJudgement.WORSENING: "badge badge--bad",
}
BANDS = {
    Comparison.BETTER_998: Band.MUCH_BETTER,
    Comparison.BETTER_95: Band.BETTER,
    Comparison.BETTER: Band.BETTER,
    Comparison.SIMILAR: Band.SIMILAR,
    Comparison.WORSE: Band.WORSE,
    Comparison.WORSE_95: Band.WORSE,
    Comparison.WORSE_998: Band.MUCH_WORSE,
    Comparison.HIGHER: Band.HIGHER,
    Comparison.HIGHER_95: Band.HIGHER,
    Comparison.HIGHER_998: Band.HIGHER,
    Comparison.LOWER: Band.LOWER,
    Comparison.LOWER_95: Band.LOWER,
    Comparison.LOWER_998: Band.LOWER,
}


def language() -> str:
    return (get_language() or "fi")[:2]


def number(value, decimals: int) -> str:
    return format_number(value, decimals, language())


def interval_text(point, decimals: int) -> str:
    if point is None:
        return ""
    if isinstance(point.ci95, Interval):
        return format_interval(point.ci95.lower, point.ci95.upper, decimals, language())
    return _("no interval can be computed")


def comparison_badge(comparison: Comparison) -> str:
    if comparison.is_better:
        return "badge badge--ok"
    if comparison.is_worse:
        return "badge badge--bad"
    return "badge"


@dataclass
class BenchmarkCell:
    label: str
    value: str
    comparison: str
    comparison_class: str
    method17: str


@dataclass
class Row:
    area: str
    year: int | None
    value: str
    interval: str
    benchmarks: list[BenchmarkCell | None]  # region, country
    trend: str
    trend_class: str
    red_red: bool


def benchmark_cell(series: AreaSeries, key: str, decimals: int) -> BenchmarkCell | None:
    comparison = series.comparisons.get(key)
    if comparison is None:
        return None
    method1 = comparison.method1
    text = method1.label if method1 != Comparison.NOT_COMPARED else _("not tested (no interval)")
    if comparison.value is None:
        text = _("no value for the year")
    method17 = comparison.method17
    return BenchmarkCell(
        label=comparison.benchmark.name,
        value=number(comparison.value, decimals),
        comparison=str(text),
        comparison_class=comparison_badge(method1),
        method17=str(method17.label) if method17 != Comparison.NOT_COMPARED else "",
    )


def trend_text(series: AreaSeries) -> str:
    trend = series.trend.trend if series.trend else Trend.CANNOT_BE_CALCULATED
    text = f"{ARROWS[trend]} {series.judgement.label}"
    if trend == Trend.CANNOT_BE_CALCULATED and series.trend and series.trend.reason:
        text += f" ({series.trend.reason.label.lower()})"
    return text


def rows_for(result: IndicatorSeries) -> list[Row]:
    decimals = result.indicator.decimals
    rows = []
    for series in result.areas:
        latest = series.latest
        cells = [benchmark_cell(series, key, decimals) for key in (REGION, COUNTRY)]
        rows.append(
            Row(
                area=series.area.name,
                year=latest.year if latest else None,
                value=number(latest.value, decimals) if latest else "",
                interval=interval_text(latest, decimals),
                benchmarks=cells,
                trend=trend_text(series),
                trend_class=JUDGEMENT_BADGE.get(series.judgement, "badge"),
                red_red=series.red_red,
            )
        )
    return rows


def trend_figure(result: IndicatorSeries, *, include_benchmarks: bool = True, draw=None):
    """A trend chart of the chosen areas (and their benchmarks), intervals as bands."""
    shown = list(result.areas)
    if include_benchmarks:
        seen = {s.area.pk for s in shown}
        for marks in result.benchmarks.values():
            for series in marks.values():
                if series.area.pk not in seen and series.points:
                    seen.add(series.area.pk)
                    shown.append(series)
    years = set(result.years)
    chart_series = [
        Series(
            s.area.name,
            [
                Point(
                    p.year,
                    p.value,
                    p.ci95.lower if isinstance(p.ci95, Interval) else None,
                    p.ci95.upper if isinstance(p.ci95, Interval) else None,
                )  # fmt: skip
                for p in s.points
                if not years or p.year in years
            ],
        )
        for s in shown
        if s.points
    ]
    if not chart_series:
        return None
    return (draw or cached_chart)(
        trend_chart,
        chart_series,
        title=result.indicator.title,
        decimals=result.indicator.decimals,
        language=language(),
        interval_label=_("Confidence interval (95 %)"),
        y_from_zero=False,
    )


def comparison_figure(result: IndicatorSeries, *, draw=None):
    """Bars of the chosen areas' latest values, banded by method 17, with benchmark lines."""
    bars = []
    for series in result.areas:
        latest = series.latest
        if latest is None:
            continue
        comparison = series.comparisons.get(REGION) or series.comparisons.get(COUNTRY)
        band = BANDS.get(comparison.method17, Band.NOT_COMPARED) if comparison else None
        has = isinstance(latest.ci95, Interval)
        bars.append(
            Bar(
                f"{series.area.name} {latest.year}",
                latest.value,
                latest.ci95.lower if has else None,
                latest.ci95.upper if has else None,
                band or Band.NOT_COMPARED,
            )  # fmt: skip
        )
    if not bars:
        return None
    marks = []
    first = next((s for s in result.areas if s.latest), None)
    for key in (REGION, COUNTRY):
        comparison = first.comparisons.get(key) if first else None
        if comparison is not None and comparison.value is not None:
            marks.append(
                Benchmark(f"{comparison.benchmark.name} {comparison.year}", comparison.value)
            )
    return (draw or cached_chart)(
        comparison_bars,
        bars,
        title=result.indicator.title,
        benchmarks=marks,
        decimals=result.indicator.decimals,
        language=language(),
    )
