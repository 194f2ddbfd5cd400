"""Indicator series for pages and reports: values with intervals, benchmarks, recent trend.

``build_series(indicators, areas, years=...)`` answers with a bounded number of queries
(three to resolve benchmarks, one for all observations) whatever the amount of data.

Benchmarks. Every area is compared with the whole country and, for a municipality, with
its region: the wellbeing services county the municipality's organisation belongs to when
that county has a value for the indicator, otherwise the maakunta (the region most of the
county's municipalities belong to in Sotkanet's region list). In the North Karelia
snapshot the county (972) has data for one indicator only (683), so most comparisons use
the maakunta Pohjois-Karjala (498); the page names the benchmark it used.

Intervals need a count: Sotkanet's absolute value. For percentages and rates the
population is derived from the count and the published value (count / value x
multiplier), so the interval is that of the published figure. Without a count the point
carries a ``NoInterval`` and the pages say that no interval can be computed; comparisons
are then not made (Fingertips never compares bare values) and the trend cannot be
calculated. Rates with a count use Byar's method (count >= 10) or the exact Poisson
interval; percentages the Wilson score interval.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..models import Area, Indicator, Observation, ValueType
from ..stats import (
    CONFIDENCE_95,
    CONFIDENCE_998,
    Comparison,
    IntervalResult,
    Polarity,
    TrendJudgement,
    TrendPoint,
    TrendResult,
    compare_method1,
    compare_method17,
    is_red_red,
    proportion_interval,
    rate_interval,
    recent_trend,
    trend_judgement,
    value_only,
)
from ..stats.types import Interval

REGION, COUNTRY = "region", "country"


@dataclass(frozen=True, slots=True)
class Point:
    year: int
    value: float
    numerator: float | None
    denominator: float | None
    ci95: IntervalResult
    ci998: IntervalResult

    @property
    def has_interval(self) -> bool:
        return isinstance(self.ci95, Interval)


@dataclass(frozen=True, slots=True)
class BenchmarkComparison:
    benchmark: Area
    year: int
    value: float | None
    method1: Comparison
    method17: Comparison

    @property
    def difference(self) -> float | None:
        return None if self.value is None else self.area_value - self.value

    area_value: float = 0.0


@dataclass
class AreaSeries:
    area: Area
    points: list[Point]
    comparisons: dict[str, BenchmarkComparison] = field(default_factory=dict)
    trend: TrendResult | None = None
    judgement: TrendJudgement = TrendJudgement.NOT_CALCULATED
    red_red: bool = False

    @property
    def latest(self) -> Point | None:
        return self.points[-1] if self.points else None

    def value_in(self, year: int) -> Point | None:
        return next((p for p in self.points if p.year == year), None)


@dataclass
class IndicatorSeries:
    indicator: Indicator
    areas: list[AreaSeries]
    benchmarks: dict[int, dict[str, AreaSeries]]  # area pk -> {"region"/"country": series}
    years: list[int]

    def for_area(self, area: Area) -> AreaSeries | None:
        return next((s for s in self.areas if s.area.pk == area.pk), None)

    @property
    def has_any_interval(self) -> bool:
        return any(p.has_interval for s in self.areas for p in s.points)


def intervals(indicator: Indicator, value: float, numerator, denominator):
    """95 % and 99.8 % intervals of one published value (NoInterval without a count)."""
    multiplier = indicator.multiplier
    if numerator is None or multiplier is None:
        return value_only(value), value_only(value, confidence=CONFIDENCE_998)
    if denominator is None:
        if value <= 0 or numerator <= 0:
            return value_only(value), value_only(value, confidence=CONFIDENCE_998)
        denominator = numerator * multiplier / value
    if indicator.value_type == ValueType.PERCENTAGE:
        if numerator > denominator:
            return value_only(value), value_only(value, confidence=CONFIDENCE_998)
        make = proportion_interval
    else:
        make = rate_interval
    return tuple(
        make(numerator, denominator, confidence=level, multiplier=multiplier, value=value)
        for level in (CONFIDENCE_95, CONFIDENCE_998)
    )


def point_of(indicator: Indicator, year, value, numerator, denominator) -> Point:
    ci95, ci998 = intervals(indicator, value, numerator, denominator)
    return Point(year, value, numerator, denominator, ci95, ci998)


class BenchmarkResolver:
    """Which areas each area is compared with (3 queries for any number of areas)."""

    def __init__(self, areas: Sequence[Area]) -> None:
        self.country = Area.objects.filter(category=Area.Category.MAA).order_by("pk").first()
        county_ids = {
            a.organization.parent_county_id
            for a in areas
            if a.organization_id and a.organization.parent_county_id
        }
        self.county_area: dict[int, Area] = {}
        self.county_maakunta: dict[int, int] = {}
        if county_ids:
            self.county_area = {
                a.organization_id: a
                for a in Area.objects.filter(
                    category=Area.Category.HYVINVOINTIALUE, organization_id__in=county_ids
                )
            }
        member_of = Counter()
        siblings = Area.objects.filter(
            category=Area.Category.KUNTA, organization__parent_county_id__in=county_ids
        ).values_list("organization__parent_county_id", "member_of")
        ids: set[int] = {i for a in areas for i in a.member_of}
        for county_id, members in siblings:
            for member in members:
                member_of[county_id, member] += 1
                ids.add(member)
        maakunnat = {
            a.sotkanet_id: a
            for a in Area.objects.filter(category=Area.Category.MAAKUNTA, sotkanet_id__in=ids)
        }
        self.maakunnat = maakunnat
        for (county_id, member), _n in member_of.most_common():
            if member in maakunnat:
                self.county_maakunta.setdefault(county_id, member)

    def regional_candidates(self, area: Area) -> list[Area]:
        if area.category != Area.Category.KUNTA:
            return []
        candidates = []
        county_id = area.organization.parent_county_id if area.organization_id else None
        if county_id in self.county_area:
            candidates.append(self.county_area[county_id])
        maakunta_id = self.county_maakunta.get(county_id)
        if maakunta_id is None:
            maakunta_id = next((i for i in area.member_of if i in self.maakunnat), None)
        if maakunta_id is not None:
            candidates.append(self.maakunnat[maakunta_id])
        return candidates

    def all_areas(self, areas: Iterable[Area]) -> dict[int, Area]:
        found = {a.pk: a for a in areas}
        for area in list(found.values()):
            for candidate in self.regional_candidates(area):
                found.setdefault(candidate.pk, candidate)
        if self.country is not None:
            found.setdefault(self.country.pk, self.country)
        return found


def _compare(series: AreaSeries, benchmark: AreaSeries, polarity) -> BenchmarkComparison | None:
    latest = series.latest
    if latest is None:
        return None
    other = benchmark.value_in(latest.year)
    value = other.value if other else None
    return BenchmarkComparison(
        benchmark=benchmark.area,
        year=latest.year,
        value=value,
        method1=compare_method1(latest.ci95, value, polarity),
        method17=compare_method17(latest.ci95, latest.ci998, value, polarity),
        area_value=latest.value,
    )


def build_series(
    indicators: Sequence[Indicator],
    areas: Sequence[Area],
    *,
    years: tuple[int, int] | None = None,
    gender: str = "total",
) -> list[IndicatorSeries]:
    """Series of each indicator for each area, with benchmarks and the recent trend.

    ``areas`` should come with ``select_related("organization")``. Queries: at most four.
    """
    resolver = BenchmarkResolver(areas)
    every_area = resolver.all_areas(areas)
    observations = Observation.objects.filter(
        indicator__in=[i.pk for i in indicators], area_id__in=list(every_area), gender=gender
    )
    if years is not None:
        observations = observations.filter(year__gte=years[0], year__lte=years[1])
    by_key: dict[tuple[int, int], list[tuple]] = defaultdict(list)
    for row in observations.order_by("year").values_list(
        "indicator_id", "area_id", "year", "value", "numerator", "denominator"
    ):
        by_key[row[0], row[1]].append(row[2:])
    result = []
    for indicator in indicators:
        series = {
            pk: AreaSeries(area, [point_of(indicator, *row) for row in by_key[indicator.pk, pk]])
            for pk, area in every_area.items()
        }
        benchmarks: dict[int, dict[str, AreaSeries]] = {}
        chosen = []
        for area in areas:
            own = series[area.pk]
            marks: dict[str, AreaSeries] = {}
            regional = [series[c.pk] for c in resolver.regional_candidates(area)]
            latest_year = own.latest.year if own.latest else None
            with_data = next((s for s in regional if s.value_in(latest_year)), None) or next(
                (s for s in regional if s.points), None
            )
            if with_data is not None:
                marks[REGION] = with_data
            if resolver.country is not None and resolver.country.pk != area.pk:
                marks[COUNTRY] = series[resolver.country.pk]
            benchmarks[area.pk] = marks
            _judge(indicator, own, marks)
            chosen.append(own)
        years_seen = sorted({p.year for s in chosen for p in s.points})
        result.append(IndicatorSeries(indicator, chosen, benchmarks, years_seen))
    return result


def _judge(indicator: Indicator, own: AreaSeries, marks: dict[str, AreaSeries]) -> None:
    polarity = Polarity(indicator.polarity)
    for key, benchmark in marks.items():
        comparison = _compare(own, benchmark, polarity)
        if comparison is not None:
            own.comparisons[key] = comparison
    own.trend = trend_of(indicator, own.points)
    own.judgement = trend_judgement(own.trend.trend, polarity)
    primary = own.comparisons.get(REGION) or own.comparisons.get(COUNTRY)
    own.red_red = primary is not None and is_red_red(primary.method1, own.trend.trend, polarity)


def trend_of(indicator: Indicator, points: Sequence[Point]) -> TrendResult:
    """The recent trend of an area's points (the latest five consecutive years)."""
    proportion = indicator.value_type == ValueType.PERCENTAGE
    trend_points = [
        TrendPoint(p.year, p.value, p.numerator, _denominator(p), interval=p.ci95)
        if proportion and p.has_interval
        else TrendPoint(p.year, p.value, interval=p.ci95)
        for p in points
    ]
    return recent_trend(trend_points, proportion=proportion)


def _denominator(point: Point) -> float | None:
    if point.denominator is not None:
        return point.denominator
    if point.numerator is None or not point.value:
        return None
    return point.numerator * 100 / point.value
