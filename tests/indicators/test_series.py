"""The series service on the real snapshot: intervals, benchmarks, trend, query budget."""

import math

import pytest
from django.core.management import call_command

from yhdyspinta.indicators.models import Area, Indicator, Observation
from yhdyspinta.indicators.services.series import COUNTRY, REGION, build_series
from yhdyspinta.indicators.stats import (
    Comparison,
    Interval,
    IntervalMethod,
    NoInterval,
    Trend,
    TrendMethod,
)


@pytest.fixture
def data(world, catalogue):
    call_command("import_sotkanet", "--file", str(catalogue / "north_karelia.csv"))
    from yhdyspinta.indicators.services.catalogue import link_areas_to_organizations

    link_areas_to_organizations()
    return world


def _areas(*ids):
    return list(Area.objects.select_related("organization").filter(sotkanet_id__in=ids))


def test_a_percentage_with_counts_gets_wilson_intervals_that_reproduce_the_value(data):
    diabetes = Indicator.objects.get(sotkanet_id=683)
    (series,) = build_series([diabetes], _areas(74))
    joensuu = series.areas[0]
    assert joensuu.area.organization == data.m1
    latest = joensuu.latest
    assert latest.year == 2023
    stored = Observation.objects.get(
        indicator=diabetes, area__sotkanet_id=74, year=2023, gender="total"
    )
    assert (latest.value, latest.numerator) == (stored.value, stored.numerator)
    assert isinstance(latest.ci95, Interval) and latest.ci95.method == IntervalMethod.WILSON
    # Wilson's limits worked out here from the published count and percentage (the
    # population is count * 100 / value), independently of the stats package.
    r, z = stored.numerator, 1.959963984540054
    n = r * 100 / stored.value
    q = 1 - r / n
    root = z * math.sqrt(z * z + 4 * r * q)
    lower, upper = ((2 * r + z * z + s * root) / (2 * (n + z * z)) * 100 for s in (-1, 1))
    assert (latest.ci95.lower, latest.ci95.upper) == (pytest.approx(lower), pytest.approx(upper))
    assert lower < stored.value < upper and upper - lower > 0.1
    assert latest.ci998.lower < latest.ci95.lower and latest.ci998.upper > latest.ci95.upper


def test_the_county_is_the_regional_benchmark_where_it_has_data(data):
    diabetes = Indicator.objects.get(sotkanet_id=683)
    (series,) = build_series([diabetes], _areas(74))
    comparisons = series.areas[0].comparisons
    assert comparisons[REGION].benchmark.sotkanet_id == 972
    assert comparisons[COUNTRY].benchmark.sotkanet_id == 658
    assert comparisons[REGION].method1 != Comparison.NOT_COMPARED
    assert series.areas[0].trend.method == TrendMethod.CHI_SQUARED_FOR_TREND


def test_without_county_data_the_maakunta_is_the_benchmark_and_nothing_is_invented(data):
    unemployment = Indicator.objects.get(sotkanet_id=181)
    (series,) = build_series([unemployment], _areas(74), years=(2000, 2011))
    joensuu = series.areas[0]
    assert joensuu.comparisons[REGION].benchmark.sotkanet_id == 498
    assert isinstance(joensuu.latest.ci95, NoInterval)
    assert joensuu.comparisons[REGION].method1 == Comparison.NOT_COMPARED
    assert joensuu.comparisons[REGION].value is not None
    assert joensuu.trend.trend == Trend.CANNOT_BE_CALCULATED
    assert joensuu.red_red is False


def test_years_limit_the_points(data):
    diabetes = Indicator.objects.get(sotkanet_id=683)
    (series,) = build_series([diabetes], _areas(74), years=(2016, 2018))
    assert [p.year for p in series.areas[0].points] == [2016, 2017, 2018]


def test_the_query_count_does_not_grow_with_indicators_or_areas(
    data, django_assert_max_num_queries
):
    indicators = list(Indicator.objects.all())
    areas = _areas(74, 197, 45, 64)
    with django_assert_max_num_queries(5):
        result = build_series(indicators, areas)
    assert len(result) == 63
    with django_assert_max_num_queries(5):
        build_series(indicators[:2], areas[:1])
