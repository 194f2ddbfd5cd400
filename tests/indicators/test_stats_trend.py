"""Recent trend: chi-squared test for trend in proportions, weighted least squares,
the leave-one-out sign rule and the judgement by polarity."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from yhdyspinta.indicators.stats import (
    TREND_CRITICAL_VALUE,
    Polarity,
    Trend,
    TrendJudgement,
    TrendMethod,
    TrendPoint,
    TrendUnavailableReason,
    chi_squared_for_trend,
    rate_interval,
    recent_trend,
    trend_judgement,
    weighted_linear_trend,
)

YEARS = [2019, 2020, 2021, 2022, 2023]


def counts(numerators, denominators, years=YEARS):
    return [
        TrendPoint(year, numerator=r, denominator=n)
        for year, r, n in zip(years, numerators, denominators, strict=True)
    ]


def valued(values, errors, years=YEARS):
    return [
        TrendPoint(year, value=v, standard_error=e)
        for year, v, e in zip(years, values, errors, strict=True)
    ]


def test_critical_value_is_the_998_quantile_of_chi_squared_with_one_df():
    assert round(TREND_CRITICAL_VALUE, 4) == 9.5495


def test_chi_squared_for_trend_matches_a_hand_computed_example():
    # Counts 10, 12, 15, 18, 20 out of 100 each, scores 0..4:
    # N = 500, R = 75, p = 0.15, xbar = 2, Sxx = 100 * (4 + 1 + 0 + 1 + 4) = 1000,
    # T = 10*(-2) + 12*(-1) + 15*0 + 18*1 + 20*2 = 26,
    # chi2 = 26^2 / (0.15 * 0.85 * 1000) = 676 / 127.5 = 5.30196..., slope = 26/1000.
    fit = chi_squared_for_trend([0, 1, 2, 3, 4], [10, 12, 15, 18, 20], [100] * 5)
    assert fit.chi2 == pytest.approx(676 / 127.5, rel=1e-12)
    assert fit.slope == pytest.approx(0.026, rel=1e-12)


def test_chi_squared_for_trend_equals_n_times_squared_individual_correlation():
    numerators, denominators = [3, 9, 14, 11, 30], [40, 55, 60, 48, 90]
    fit = chi_squared_for_trend([0, 1, 2, 3, 4], numerators, denominators)
    score = np.repeat(np.arange(5.0), denominators)
    outcome = np.concatenate(
        [[1.0] * r + [0.0] * (n - r) for r, n in zip(numerators, denominators, strict=True)]
    )
    r = np.corrcoef(score, outcome)[0, 1]
    assert fit.chi2 == pytest.approx(score.size * r**2, rel=1e-10)


def test_weighted_least_squares_matches_a_hand_computed_example():
    # Values 1..5 with unit standard errors: slope 1, Sxx = 10, chi2 = 1^2 * 10 = 10.
    fit = weighted_linear_trend([0, 1, 2, 3, 4], [1, 2, 3, 4, 5], [1] * 5)
    assert fit.slope == pytest.approx(1.0)
    assert fit.chi2 == pytest.approx(10.0)
    # Standard errors 1.1: chi2 = 10 / 1.21 = 8.26, below the critical value.
    assert weighted_linear_trend([0, 1, 2, 3, 4], [1, 2, 3, 4, 5], [1.1] * 5).chi2 == (
        pytest.approx(10 / 1.21)
    )


def test_weighted_least_squares_with_pooled_binomial_weights_is_the_trend_test():
    numerators, denominators = np.array([10, 12, 15, 18, 20]), np.array([100, 120, 90, 110, 100])
    pooled = numerators.sum() / denominators.sum()
    errors = np.sqrt(pooled * (1 - pooled) / denominators)
    wls = weighted_linear_trend(range(5), numerators / denominators, errors)
    chi = chi_squared_for_trend(range(5), numerators, denominators)
    assert wls.chi2 == pytest.approx(chi.chi2, rel=1e-10)
    assert wls.slope == pytest.approx(chi.slope, rel=1e-10)


def test_a_clear_rise_with_large_counts_is_significantly_increasing():
    result = recent_trend(counts([100, 120, 150, 180, 200], [1000] * 5), proportion=True)
    assert result.trend == Trend.INCREASING
    assert result.method == TrendMethod.CHI_SQUARED_FOR_TREND
    assert result.chi2 == pytest.approx(67600 / 1275)  # ten times the hand example
    assert result.years == tuple(YEARS)


def test_the_same_rise_with_small_counts_is_not_significant():
    result = recent_trend(counts([10, 12, 15, 18, 20], [100] * 5), proportion=True)
    assert result.trend == Trend.NO_SIGNIFICANT_CHANGE
    assert result.chi2 == pytest.approx(5.30196, rel=1e-5)


def test_a_clear_fall_is_significantly_decreasing():
    result = recent_trend(counts([900, 800, 700, 650, 500], [5000] * 5), proportion=True)
    assert result.trend == Trend.DECREASING
    assert result.slope < 0


def test_a_flat_series_has_no_significant_change():
    result = recent_trend(counts([250] * 5, [1000] * 5), proportion=True)
    assert result.trend == Trend.NO_SIGNIFICANT_CHANGE
    assert result.chi2 == 0.0


def test_a_series_without_any_events_has_no_significant_change():
    result = recent_trend(counts([0] * 5, [80] * 5), proportion=True)
    assert result.trend == Trend.NO_SIGNIFICANT_CHANGE
    assert result.chi2 == 0.0


def test_a_single_year_cannot_make_a_trend_when_leaving_it_out_flips_the_slope():
    # The last year, with a huge denominator and a jump, drives the whole fit; the
    # first four years alone fall.
    numerators, denominators = [120, 100, 100, 100, 20_000], [1000] * 4 + [100_000]
    full = chi_squared_for_trend(range(5), numerators, denominators)
    assert full.chi2 > TREND_CRITICAL_VALUE and full.slope > 0
    assert chi_squared_for_trend(range(4), numerators[:4], denominators[:4]).slope < 0
    result = recent_trend(counts(numerators, denominators), proportion=True)
    assert result.trend == Trend.NO_SIGNIFICANT_CHANGE


def test_the_leave_one_out_rule_also_applies_to_weighted_least_squares():
    values, errors = [2.0, 1.0, 1.0, 1.0, 10.0], [1.0, 1.0, 1.0, 1.0, 0.1]
    full = weighted_linear_trend(range(5), values, errors)
    assert full.chi2 > TREND_CRITICAL_VALUE and full.slope > 0
    assert recent_trend(valued(values, errors), proportion=False).trend == (
        Trend.NO_SIGNIFICANT_CHANGE
    )


def test_weighted_least_squares_trend_on_values_with_standard_errors():
    result = recent_trend(valued([1, 2, 3, 4, 5], [1] * 5), proportion=False)
    assert result.trend == Trend.INCREASING
    assert result.method == TrendMethod.WEIGHTED_LEAST_SQUARES
    assert result.chi2 == pytest.approx(10.0)
    assert recent_trend(valued([1, 2, 3, 4, 5], [1.1] * 5), proportion=False).trend == (
        Trend.NO_SIGNIFICANT_CHANGE
    )


def test_rates_take_their_standard_errors_from_their_intervals():
    points = [
        TrendPoint(year, value=ci.value, interval=ci)
        for year, count in zip(YEARS, [400, 480, 560, 640, 720], strict=True)
        for ci in [rate_interval(count, 100_000)]
    ]
    result = recent_trend(points, proportion=False)
    assert result.trend == Trend.INCREASING
    assert result.method == TrendMethod.WEIGHTED_LEAST_SQUARES


def test_only_the_latest_five_points_count():
    years = list(range(2012, 2024))
    numerators = [900, 10, 900, 10, 900, 10, 900, 100, 120, 150, 180, 200]
    result = recent_trend(counts(numerators, [1000] * 12, years), proportion=True)
    assert result.years == (2019, 2020, 2021, 2022, 2023)
    assert result.trend == Trend.INCREASING


def test_points_may_arrive_in_any_order():
    points = counts([100, 120, 150, 180, 200], [1000] * 5)
    assert recent_trend(points[::-1], proportion=True).trend == Trend.INCREASING


def test_four_points_cannot_make_a_trend():
    result = recent_trend(counts([100, 120, 150, 180], [1000] * 4, YEARS[:4]), proportion=True)
    assert result.trend == Trend.CANNOT_BE_CALCULATED
    assert result.reason == TrendUnavailableReason.TOO_FEW_POINTS


def test_a_gap_in_the_latest_five_years_cannot_make_a_trend():
    years = [2018, 2019, 2021, 2022, 2023]
    result = recent_trend(counts([100, 120, 150, 180, 200], [1000] * 5, years), proportion=True)
    assert result.trend == Trend.CANNOT_BE_CALCULATED
    assert result.reason == TrendUnavailableReason.NOT_CONSECUTIVE


def test_points_without_any_data_do_not_count_as_years():
    points = counts([100, 120, 150, 180], [1000] * 4, YEARS[:4]) + [TrendPoint(2023)]
    assert recent_trend(points, proportion=True).reason == TrendUnavailableReason.TOO_FEW_POINTS


def test_a_proportion_without_counts_falls_back_to_weighted_least_squares():
    points = counts([100, 120, 150, 180], [1000] * 4, YEARS[:4])
    points = [TrendPoint(p.year, value=p.numerator / 1000, standard_error=0.01) for p in points]
    points.append(TrendPoint(2023, value=0.2, standard_error=0.01))
    result = recent_trend(points, proportion=True)
    assert result.method == TrendMethod.WEIGHTED_LEAST_SQUARES
    assert result.trend == Trend.INCREASING


def test_values_without_standard_errors_cannot_make_a_trend():
    points = [TrendPoint(year, value=float(i)) for i, year in enumerate(YEARS)]
    result = recent_trend(points, proportion=False)
    assert result.trend == Trend.CANNOT_BE_CALCULATED
    assert result.reason == TrendUnavailableReason.MISSING_DATA


def test_a_zero_standard_error_cannot_make_a_trend():
    result = recent_trend(valued([1, 2, 3, 4, 5], [1, 1, 0, 1, 1]), proportion=False)
    assert result.reason == TrendUnavailableReason.ZERO_STANDARD_ERROR


def test_two_points_for_one_year_are_an_error():
    with pytest.raises(ValueError):
        recent_trend(
            counts([1, 2, 3, 4, 5], [10] * 5, [2019, 2020, 2021, 2021, 2022]), proportion=True
        )


@pytest.mark.parametrize(
    ("trend", "polarity", "expected"),
    [
        (Trend.INCREASING, Polarity.HIGHER_IS_BETTER, TrendJudgement.IMPROVING),
        (Trend.INCREASING, Polarity.LOWER_IS_BETTER, TrendJudgement.WORSENING),
        (Trend.INCREASING, Polarity.NO_JUDGEMENT, TrendJudgement.INCREASING),
        (Trend.DECREASING, Polarity.HIGHER_IS_BETTER, TrendJudgement.WORSENING),
        (Trend.DECREASING, Polarity.LOWER_IS_BETTER, TrendJudgement.IMPROVING),
        (Trend.DECREASING, Polarity.NO_JUDGEMENT, TrendJudgement.DECREASING),
        (Trend.NO_SIGNIFICANT_CHANGE, Polarity.LOWER_IS_BETTER, TrendJudgement.NO_CHANGE),
        (Trend.CANNOT_BE_CALCULATED, Polarity.HIGHER_IS_BETTER, TrendJudgement.NOT_CALCULATED),
        ("increasing", "lower_is_better", TrendJudgement.WORSENING),
    ],
)
def test_trend_judgement_reads_the_trend_through_polarity(trend, polarity, expected):
    assert trend_judgement(trend, polarity) == expected


series = st.lists(
    st.tuples(st.integers(min_value=50, max_value=5000), st.floats(min_value=0.0, max_value=1.0)),
    min_size=5,
    max_size=5,
)


@given(series)
def test_reversing_time_reverses_the_trend(rows):
    denominators = [n for n, _ in rows]
    numerators = [round(n * share) for n, share in rows]
    forward = recent_trend(counts(numerators, denominators), proportion=True)
    backward = recent_trend(counts(numerators[::-1], denominators[::-1]), proportion=True)
    assert backward.chi2 == pytest.approx(forward.chi2, rel=1e-9, abs=1e-9)
    flipped = {
        Trend.INCREASING: Trend.DECREASING,
        Trend.DECREASING: Trend.INCREASING,
        Trend.NO_SIGNIFICANT_CHANGE: Trend.NO_SIGNIFICANT_CHANGE,
    }
    assert backward.trend == flipped[forward.trend]


def test_a_leave_one_out_fit_that_is_flat_has_no_sign_whichever_way_time_runs():
    denominators = [50, 50, 50, 50, 68]
    numerators = [0, 50, 50, 50, 68]  # leaving out the first point leaves 1, 1, 1, 1
    forward = recent_trend(counts(numerators, denominators), proportion=True)
    backward = recent_trend(counts(numerators[::-1], denominators[::-1]), proportion=True)
    assert forward.trend == backward.trend == Trend.NO_SIGNIFICANT_CHANGE
