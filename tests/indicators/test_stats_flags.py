"""The red-red flag: worse than the benchmark and getting worse."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from yhdyspinta.indicators.stats import (
    CONFIDENCE_998,
    Comparison,
    Polarity,
    Trend,
    TrendPoint,
    compare_method1,
    compare_method17,
    is_red_red,
    proportion_interval,
    recent_trend,
)

HIGHER, LOWER, NEUTRAL = Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER, Polarity.NO_JUDGEMENT


@pytest.mark.parametrize(
    ("comparison", "trend", "polarity", "expected"),
    [
        (Comparison.WORSE, Trend.INCREASING, LOWER, True),
        (Comparison.WORSE_95, Trend.INCREASING, LOWER, True),
        (Comparison.WORSE_998, Trend.DECREASING, HIGHER, True),
        (Comparison.WORSE, Trend.DECREASING, LOWER, False),  # worse but improving
        (Comparison.WORSE, Trend.NO_SIGNIFICANT_CHANGE, LOWER, False),
        (Comparison.WORSE, Trend.CANNOT_BE_CALCULATED, LOWER, False),
        (Comparison.SIMILAR, Trend.INCREASING, LOWER, False),
        (Comparison.BETTER_998, Trend.INCREASING, LOWER, False),
        (Comparison.NOT_COMPARED, Trend.INCREASING, LOWER, False),
        (Comparison.HIGHER_998, Trend.INCREASING, NEUTRAL, False),
        ("worse_95", "increasing", "lower_is_better", True),
    ],
)
def test_red_red_needs_a_worse_comparison_and_a_worsening_trend(
    comparison, trend, polarity, expected
):
    assert is_red_red(comparison, trend, polarity) is expected


@given(st.sampled_from(Comparison), st.sampled_from(Trend))
def test_an_indicator_without_polarity_is_never_red_red(comparison, trend):
    assert not is_red_red(comparison, trend, NEUTRAL)


@given(st.sampled_from(Comparison), st.sampled_from(Trend), st.sampled_from([HIGHER, LOWER]))
def test_red_red_implies_a_worse_comparison(comparison, trend, polarity):
    if is_red_red(comparison, trend, polarity):
        assert comparison.is_worse


def test_a_municipality_with_high_and_rising_obesity_is_red_red():
    # Share of pupils with overweight (lower is better), county benchmark 20 %.
    numerators = [300, 330, 360, 390, 420]
    denominators = [1200] * 5
    points = [
        TrendPoint(year, numerator=r, denominator=n)
        for year, r, n in zip(range(2019, 2024), numerators, denominators, strict=True)
    ]
    latest95 = proportion_interval(420, 1200, multiplier=100)
    latest998 = proportion_interval(420, 1200, multiplier=100, confidence=CONFIDENCE_998)
    band = compare_method17(latest95, latest998, 20.0, LOWER)
    trend = recent_trend(points, proportion=True).trend
    assert band == Comparison.WORSE_998
    assert trend == Trend.INCREASING
    assert is_red_red(band, trend, LOWER)
    assert is_red_red(compare_method1(latest95, 20.0, LOWER), trend, LOWER)
    assert not is_red_red(compare_method1(latest95, 40.0, LOWER), trend, LOWER)
