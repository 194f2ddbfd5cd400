"""Rows of the indicator API: filtered observations, and each with its statistics.

`ObservationFilter.from_params(query)` reads the filters (a bad value raises
InvalidParameterError naming it); `observation_values(filter)` is the queryset of plain
dicts (ordered by id, for the cursor); `with_statistics(rows)` adds to each row its 95 % and
99.8 % intervals, the comparison with the region and the country in the same year and the
recent trend up to that year, in a fixed number of queries for any number of rows (the
series the rows belong to are read once).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from django.utils.translation import gettext as _

from yhdyspinta.web.params import InvalidParameterError, int_param, parse_int

from ..limits import FIRST_YEAR, LAST_YEAR
from ..models import Area, Indicator, Observation
from ..models.observations import Gender
from ..stats import Interval, Polarity, compare_method1, compare_method17, trend_judgement
from .series import BenchmarkResolver, Point, point_of, trend_of

MAX_IDS = 200

#: The columns of an observation row, in order (JSON keys and CSV header).
OBSERVATION_FIELDS = (
    "id",
    "indicator",
    "indicator_code",
    "area",
    "area_sotkanet_id",
    "area_kind",
    "area_name",
    "year",
    "gender",
    "value",
    "count",
    "denominator",
)
# The model paths of those columns.
_PATHS = (
    "id",
    "indicator_id",
    "indicator__code",
    "area_id",
    "area__sotkanet_id",
    "area__category",
    "area__name_fi",
    "year",
    "gender",
    "value",
    "numerator",
    "denominator",
)

STATISTICS_FIELDS = (
    *OBSERVATION_FIELDS,
    "ci95_lower",
    "ci95_upper",
    "ci998_lower",
    "ci998_upper",
    "interval_method",
    "no_interval_reason",
    *(
        f"{mark}_{part}"
        for mark in ("region", "country")
        for part in ("area", "name", "value", "comparison", "band")
    ),
    "trend",
    "trend_method",
    "trend_judgement",
    "trend_years",
)


def _ids(params, name: str) -> list[int]:
    """`?indicator=1&indicator=2` or `?indicator=1,2`: at most MAX_IDS ids."""
    texts = [part for value in params.getlist(name) for part in value.split(",") if part.strip()]
    if len(texts) > MAX_IDS:
        raise InvalidParameterError(name, _("At most %(n)d ids.") % {"n": MAX_IDS})
    try:
        return [parse_int(text) for text in texts]
    except ValueError:
        raise InvalidParameterError(name, _("Enter whole numbers separated by commas.")) from None


def _codes(params, name: str) -> list[str]:
    """`?indicator_code=683,181` (Sotkanet ids or own codes): at most MAX_IDS codes."""
    codes = [part.strip() for value in params.getlist(name) for part in value.split(",")]
    codes = [code for code in codes if code]
    if len(codes) > MAX_IDS or any(len(code) > 40 for code in codes):
        raise InvalidParameterError(name, _("At most %(n)d codes.") % {"n": MAX_IDS})
    return codes


def choice_param(params, name: str, choices) -> str | None:
    value = (params.get(name) or "").strip()
    if not value:
        return None
    if value not in choices:
        expected = ", ".join(choices)
        raise InvalidParameterError(name, _("Choose one of: %(values)s.") % {"values": expected})
    return value


@dataclass(frozen=True)
class ObservationFilter:
    indicators: tuple[int, ...] = ()
    codes: tuple[str, ...] = ()
    areas: tuple[int, ...] = ()
    area_kind: str | None = None
    year_from: int | None = None
    year_to: int | None = None
    gender: str | None = None

    @classmethod
    def from_params(cls, params) -> ObservationFilter:
        years = {"minimum": FIRST_YEAR, "maximum": LAST_YEAR}
        return cls(
            indicators=tuple(_ids(params, "indicator")),
            codes=tuple(_codes(params, "indicator_code")),
            areas=tuple(_ids(params, "area")),
            area_kind=choice_param(params, "area_kind", Area.Category.values),
            year_from=int_param(params, "year_from", **years),
            year_to=int_param(params, "year_to", **years),
            gender=choice_param(params, "gender", Gender.values),
        )

    def apply(self, queryset):
        if self.indicators:
            queryset = queryset.filter(indicator_id__in=self.indicators)
        if self.codes:
            queryset = queryset.filter(indicator__code__in=self.codes)
        if self.areas:
            queryset = queryset.filter(area_id__in=self.areas)
        if self.area_kind:
            queryset = queryset.filter(area__category=self.area_kind)
        if self.year_from is not None:
            queryset = queryset.filter(year__gte=self.year_from)
        if self.year_to is not None:
            queryset = queryset.filter(year__lte=self.year_to)
        if self.gender:
            queryset = queryset.filter(gender=self.gender)
        return queryset


def observation_values(chosen: ObservationFilter):
    """The chosen observations as dicts keyed by model path, ordered by id (for the cursor;
    `as_row` renames the keys to OBSERVATION_FIELDS)."""
    return chosen.apply(Observation.objects.all()).values(*_PATHS).order_by("id")


def as_row(values: dict) -> dict:
    return {field: values[path] for field, path in zip(OBSERVATION_FIELDS, _PATHS, strict=True)}


def observation_tuples(chosen: ObservationFilter):
    """The same rows as tuples in OBSERVATION_FIELDS order (for CSV: no dict per row)."""
    return chosen.apply(Observation.objects.all()).values_list(*_PATHS).order_by("id")


class _Series:
    """The observations of the series the rows belong to, with their benchmarks."""

    def __init__(self, rows: list[dict]) -> None:
        indicator_ids = {row["indicator"] for row in rows}
        self.indicators = Indicator.objects.in_bulk(indicator_ids)
        areas = list(
            Area.objects.filter(pk__in={row["area"] for row in rows}).select_related("organization")
        )
        self.areas = {area.pk: area for area in areas}
        self.resolver = BenchmarkResolver(areas)
        every = self.resolver.all_areas(areas)
        self.names = {pk: area.name_fi for pk, area in every.items()}
        self.values: dict[tuple, dict[int, tuple]] = defaultdict(dict)
        for indicator, area, gender, year, *numbers in Observation.objects.filter(
            indicator_id__in=indicator_ids,
            area_id__in=list(every),
            gender__in={row["gender"] for row in rows},
        ).values_list("indicator_id", "area_id", "gender", "year", "value", "numerator",
                      "denominator"):  # fmt: skip
            self.values[indicator, area, gender][year] = tuple(numbers)
        self._points: dict[tuple, list[Point]] = {}

    def points(self, indicator: Indicator, area_id: int, gender: str) -> list[Point]:
        key = (indicator.pk, area_id, gender)
        if key not in self._points:
            self._points[key] = [
                point_of(indicator, year, *numbers)
                for year, numbers in sorted(self.values[key].items())
            ]
        return self._points[key]

    def benchmarks(self, area: Area, indicator: Indicator, gender: str, year: int):
        """{"region": (area pk, value) or None, "country": ...} for that year."""
        region = None
        for candidate in self.resolver.regional_candidates(area):
            found = self.values[indicator.pk, candidate.pk, gender].get(year)
            if found is not None:
                region = (candidate.pk, found[0])
                break
        country = None
        if self.resolver.country is not None and self.resolver.country.pk != area.pk:
            found = self.values[indicator.pk, self.resolver.country.pk, gender].get(year)
            country = (self.resolver.country.pk, found[0] if found else None)
        return {"region": region, "country": country}


def _interval_fields(point: Point) -> dict:
    ci95, ci998 = point.ci95, point.ci998
    if isinstance(ci95, Interval):
        return {
            "ci95_lower": ci95.lower,
            "ci95_upper": ci95.upper,
            "ci998_lower": ci998.lower if isinstance(ci998, Interval) else None,
            "ci998_upper": ci998.upper if isinstance(ci998, Interval) else None,
            "interval_method": str(ci95.method),
            "no_interval_reason": None,
        }
    return {
        "ci95_lower": None,
        "ci95_upper": None,
        "ci998_lower": None,
        "ci998_upper": None,
        "interval_method": None,
        "no_interval_reason": str(ci95.reason),
    }


def _statistics(row: dict, series: _Series) -> dict:
    indicator = series.indicators[row["indicator"]]
    area = series.areas[row["area"]]
    polarity = Polarity(indicator.polarity)
    points = series.points(indicator, area.pk, row["gender"])
    upto = [p for p in points if p.year <= row["year"]]
    point = upto[-1]
    result = {**row, **_interval_fields(point)}
    marks = series.benchmarks(area, indicator, row["gender"], row["year"])
    for mark, found in marks.items():
        pk, value = found if found else (None, None)
        result[f"{mark}_area"] = pk
        result[f"{mark}_name"] = series.names.get(pk)
        result[f"{mark}_value"] = value
        compared = found is not None
        result[f"{mark}_comparison"] = (
            str(compare_method1(point.ci95, value, polarity)) if compared else None
        )
        result[f"{mark}_band"] = (
            str(compare_method17(point.ci95, point.ci998, value, polarity)) if compared else None
        )
    trend = trend_of(indicator, upto)
    result["trend"] = str(trend.trend)
    result["trend_method"] = str(trend.method) if trend.method else None
    result["trend_judgement"] = str(trend_judgement(trend.trend, polarity))
    result["trend_years"] = ",".join(str(year) for year in trend.years)
    return result


def with_statistics(rows: Iterable[dict]) -> list[dict]:
    """Rows of `observation_values` with statistics (STATISTICS_FIELDS); about six queries."""
    rows = [as_row(values) for values in rows]
    if not rows:
        return []
    series = _Series(rows)
    return [_statistics(row, series) for row in rows]


def chunked(rows: Iterable, size: int) -> Iterator[list]:
    chunk: list = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
