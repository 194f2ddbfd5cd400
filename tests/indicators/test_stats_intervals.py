"""Confidence intervals: checked against PHStatsMethods (the Python port of
PHEindicatormethods), against closed-form and published worked values, and by
properties that must hold for any input."""

import math
import statistics

import pandas as pd
import PHStatsMethods as phs  # noqa: N813
import pytest
from hypothesis import given
from hypothesis import strategies as st
from scipy.stats import poisson

from yhdyspinta.indicators.stats import (
    CONFIDENCE_95,
    CONFIDENCE_998,
    Interval,
    IntervalMethod,
    NoInterval,
    NoIntervalReason,
    byar_limits,
    exact_poisson_limits,
    mean_interval,
    proportion_interval,
    rate_interval,
    value_only,
    wilson_limits,
    z_value,
)

LEVELS = [0.95, 0.998]
COLUMNS = {0.95: ("lower_95_ci", "upper_95_ci"), 0.998: ("lower_99_8_ci", "upper_99_8_ci")}

PROPORTION_CASES = [
    (num, den)
    for den in (20, 100, 1_000, 48_321, 1_000_000)
    for num in (0, 1, 3, 9, 10, 11, 40, 99, 250, 4_999, 20_000, 999_999, 1_000_000)
    if num <= den
]
RATE_CASES = [
    (count, den)
    for den in (500, 12_345, 100_000, 5_600_000)
    for count in (1, 2, 5, 9, 10, 11, 17, 100, 1_234, 98_765)
]


def oracle(function, numerator, denominator, multiplier):
    frame = pd.DataFrame({"num": [numerator], "den": [denominator]})
    result = function(frame, "num", "den", confidence=LEVELS, multiplier=multiplier)
    row = result.iloc[0]
    return float(row["Value"]), {
        c: (float(row[lo]), float(row[up])) for c, (lo, up) in COLUMNS.items()
    }


def assert_close(actual, expected):
    assert actual == pytest.approx(expected, rel=1e-9, abs=1e-12)


@pytest.mark.parametrize("multiplier", [1, 100, 1000])
@pytest.mark.parametrize(("numerator", "denominator"), PROPORTION_CASES)
def test_wilson_matches_phstatsmethods(numerator, denominator, multiplier):
    value, limits = oracle(phs.ph_proportion, numerator, denominator, multiplier)
    for confidence in LEVELS:
        ci = proportion_interval(
            numerator, denominator, confidence=confidence, multiplier=multiplier
        )
        assert ci.method == IntervalMethod.WILSON
        assert ci.confidence == confidence
        assert_close(ci.value, value)
        assert_close((ci.lower, ci.upper), limits[confidence])


@pytest.mark.parametrize("multiplier", [1000, 100_000])
@pytest.mark.parametrize(("count", "denominator"), RATE_CASES)
def test_byar_and_exact_rates_match_phstatsmethods(count, denominator, multiplier):
    value, limits = oracle(phs.ph_rate, count, denominator, multiplier)
    for confidence in LEVELS:
        ci = rate_interval(count, denominator, confidence=confidence, multiplier=multiplier)
        expected_method = IntervalMethod.BYAR if count >= 10 else IntervalMethod.EXACT_POISSON
        assert ci.method == expected_method
        assert_close(ci.value, value)
        assert_close((ci.lower, ci.upper), limits[confidence])


@pytest.mark.parametrize(
    "sample",
    [
        [1.0, 2.0, 3.0, 4.0, 5.5],
        [12.5, 13.1, 9.8, 11.0],
        [0.2, 0.4, 1.7, 0.9, 0.0, 2.2, 1.1, 0.5, 0.8, 1.3, 0.1],
        [100.0, 101.0],
    ],
)
def test_student_t_matches_phstatsmethods(sample):
    frame = pd.DataFrame({"group": ["a"] * len(sample), "x": sample})
    row = phs.ph_mean(frame, "x", "group", confidence=LEVELS).iloc[0]
    mean, sd, n = statistics.fmean(sample), statistics.stdev(sample), len(sample)
    assert_close(mean, float(row["Value"]))
    for confidence, (lo, up) in COLUMNS.items():
        ci = mean_interval(mean, sd, n, confidence=confidence)
        assert ci.method == IntervalMethod.STUDENT_T
        assert_close((ci.lower, ci.upper), (float(row[lo]), float(row[up])))


def test_wilson_for_40_out_of_100_is_the_published_value():
    ci = proportion_interval(40, 100)
    assert ci.value == 0.4
    assert round(ci.lower, 4) == 0.3094
    assert round(ci.upper, 4) == 0.4980


def test_wilson_reproduces_newcombe_and_altman_worked_example():
    # Statistics with Confidence (2000), ch. 6: 81 of 263, Wilson 95 % CI 0.255 to 0.366.
    lower, upper = wilson_limits(81, 263)
    assert (round(lower, 3), round(upper, 3)) == (0.255, 0.366)


def test_percent_multiplier_scales_every_figure():
    ci = proportion_interval(40, 100, multiplier=100)
    assert ci.value == pytest.approx(40.0)
    assert (round(ci.lower, 2), round(ci.upper, 2)) == (30.94, 49.80)


def test_wilson_of_zero_and_of_all_touches_the_bounds():
    assert proportion_interval(0, 50).lower == 0.0
    assert proportion_interval(50, 50).upper == 1.0


def test_zero_count_rate_has_lower_limit_zero_and_analytic_upper_limit():
    # P(X = 0 | mu) = exp(-mu) = alpha / 2 gives the exact upper limit -ln(alpha / 2).
    ci95 = rate_interval(0, 2_000, multiplier=1000)
    ci998 = rate_interval(0, 2_000, multiplier=1000, confidence=CONFIDENCE_998)
    assert ci95.method == IntervalMethod.EXACT_POISSON
    assert ci95.value == 0.0 and ci95.lower == 0.0 and ci998.lower == 0.0
    assert ci95.upper == pytest.approx(-math.log(0.025) / 2_000 * 1000, rel=1e-10)
    assert ci998.upper == pytest.approx(-math.log(0.001) / 2_000 * 1000, rel=1e-10)


def test_exact_limits_for_no_events_start_at_zero():
    assert exact_poisson_limits(0) == (0.0, pytest.approx(-math.log(0.025), rel=1e-10))


def test_exact_limits_for_one_event_solve_the_poisson_tail_equations():
    lower, upper = exact_poisson_limits(1)
    assert lower == pytest.approx(-math.log(0.975), rel=1e-10)  # P(X >= 1 | lower) = 0.025
    assert poisson.cdf(1, upper) == pytest.approx(0.025, rel=1e-9)  # P(X <= 1 | upper) = 0.025


def test_rate_switches_from_exact_to_byar_at_ten_events():
    assert rate_interval(9, 1000).method == IntervalMethod.EXACT_POISSON
    assert rate_interval(10, 1000).method == IntervalMethod.BYAR


def test_byar_is_close_to_exact_for_moderate_counts():
    for count in (10, 50, 500):
        byar = byar_limits(count)
        exact = exact_poisson_limits(count)
        assert byar == pytest.approx(exact, rel=0.01)


def test_mean_uses_the_t_quantile_with_n_minus_one_degrees_of_freedom():
    # t(0.975, 4) = 2.776445 (statistical tables).
    ci = mean_interval(10.0, 2.0, 5)
    assert ci.upper - 10.0 == pytest.approx(2.776445 * 2.0 / math.sqrt(5), rel=1e-6)


def test_z_values_are_the_familiar_ones():
    assert z_value(CONFIDENCE_95) == pytest.approx(1.959964, abs=1e-6)
    assert z_value(CONFIDENCE_998) == pytest.approx(3.090232, abs=1e-6)


def test_interval_standard_error_inverts_a_symmetric_interval():
    ci = mean_interval(50.0, 10.0, 10_000)
    assert ci.standard_error == pytest.approx(10.0 / 100.0, rel=1e-3)


@pytest.mark.parametrize(
    ("result", "reason", "value"),
    [
        (proportion_interval(None, None, value=12.5), NoIntervalReason.VALUE_ONLY, 12.5),
        (proportion_interval(4, None), NoIntervalReason.VALUE_ONLY, None),
        (proportion_interval(float("nan"), 100.0), NoIntervalReason.VALUE_ONLY, None),
        (proportion_interval(0, 0), NoIntervalReason.ZERO_DENOMINATOR, None),
        (rate_interval(None, 5_000, value=310.0), NoIntervalReason.VALUE_ONLY, 310.0),
        (rate_interval(3, 0), NoIntervalReason.ZERO_DENOMINATOR, None),
        (mean_interval(4.2, None, 30), NoIntervalReason.VALUE_ONLY, 4.2),
        (mean_interval(4.2, 1.0, 1), NoIntervalReason.TOO_FEW_OBSERVATIONS, 4.2),
        (mean_interval(None, 1.0, 10), NoIntervalReason.VALUE_ONLY, None),
        (value_only(7.0), NoIntervalReason.VALUE_ONLY, 7.0),
    ],
)
def test_missing_information_gives_an_explicit_no_interval(result, reason, value):
    assert isinstance(result, NoInterval)
    assert result.reason == reason
    assert result.value == value


@pytest.mark.parametrize(
    "call",
    [
        lambda: proportion_interval(101, 100),
        lambda: proportion_interval(-1, 100),
        lambda: proportion_interval(1, 100, confidence=1.0),
        lambda: proportion_interval(1, 100, multiplier=0),
        lambda: rate_interval(-3, 100),
        lambda: rate_interval(float("inf"), 100),
        lambda: mean_interval(1.0, -0.5, 10),
        lambda: mean_interval(1.0, 0.5, 10.5),
        lambda: Interval(1.0, 2.0, 3.0, 0.95, IntervalMethod.WILSON),
    ],
)
def test_impossible_input_is_rejected(call):
    with pytest.raises(ValueError):
        call()


counts = st.integers(min_value=0, max_value=2_000_000)
levels = st.sampled_from([0.9, CONFIDENCE_95, 0.99, CONFIDENCE_998])


@st.composite
def proportions(draw):
    denominator = draw(st.integers(min_value=1, max_value=2_000_000))
    return draw(st.integers(min_value=0, max_value=denominator)), denominator


@given(proportions(), levels, st.sampled_from([1, 100, 1000]))
def test_wilson_contains_the_estimate_and_stays_in_range(case, confidence, multiplier):
    ci = proportion_interval(*case, confidence=confidence, multiplier=multiplier)
    assert 0.0 <= ci.lower <= ci.value <= ci.upper <= multiplier


@given(proportions())
def test_wilson_998_contains_wilson_95(case):
    narrow = proportion_interval(*case)
    wide = proportion_interval(*case, confidence=CONFIDENCE_998)
    assert wide.lower <= narrow.lower and narrow.upper <= wide.upper


@given(counts, st.integers(min_value=1, max_value=10_000_000), levels)
def test_rate_interval_contains_the_estimate_and_is_non_negative(count, denominator, confidence):
    ci = rate_interval(count, denominator, confidence=confidence)
    assert 0.0 <= ci.lower <= ci.value <= ci.upper


@given(counts, st.integers(min_value=1, max_value=10_000_000))
def test_rate_998_contains_rate_95(count, denominator):
    narrow = rate_interval(count, denominator)
    wide = rate_interval(count, denominator, confidence=CONFIDENCE_998)
    assert wide.lower <= narrow.lower and narrow.upper <= wide.upper


@given(
    st.floats(min_value=-1e6, max_value=1e6),
    st.floats(min_value=0, max_value=1e4),
    st.integers(min_value=2, max_value=100_000),
)
def test_mean_998_contains_mean_95_around_the_mean(mean, sd, n):
    narrow = mean_interval(mean, sd, n)
    wide = mean_interval(mean, sd, n, confidence=CONFIDENCE_998)
    assert wide.lower <= narrow.lower <= mean <= narrow.upper <= wide.upper
