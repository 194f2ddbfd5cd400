"""Benchmark comparison: Fingertips methods 1 and 17 with polarity as data."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from yhdyspinta.indicators.stats import (
    CONFIDENCE_998,
    Comparison,
    Interval,
    IntervalMethod,
    Polarity,
    compare_method1,
    compare_method17,
    peer_mean,
    proportion_interval,
    value_only,
)

HIGHER, LOWER, NEUTRAL = Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER, Polarity.NO_JUDGEMENT

# 40 of 100: 95 % Wilson 30.94..49.80 %, 99.8 % Wilson 26.38..55.36 %.
CI95 = proportion_interval(40, 100, multiplier=100)
CI998 = proportion_interval(40, 100, multiplier=100, confidence=CONFIDENCE_998)


@pytest.mark.parametrize(
    ("benchmark", "polarity", "expected"),
    [
        (40.0, HIGHER, Comparison.SIMILAR),
        (31.0, HIGHER, Comparison.SIMILAR),
        (49.7, LOWER, Comparison.SIMILAR),
        (29.0, HIGHER, Comparison.BETTER),
        (29.0, LOWER, Comparison.WORSE),
        (29.0, NEUTRAL, Comparison.HIGHER),
        (52.0, HIGHER, Comparison.WORSE),
        (52.0, LOWER, Comparison.BETTER),
        (52.0, NEUTRAL, Comparison.LOWER),
        (None, HIGHER, Comparison.NOT_COMPARED),
        (float("nan"), HIGHER, Comparison.NOT_COMPARED),
    ],
)
def test_method1_judges_by_the_95_interval_and_polarity(benchmark, polarity, expected):
    assert compare_method1(CI95, benchmark, polarity) == expected


def test_method1_counts_a_benchmark_on_the_bound_as_similar():
    ci = Interval(10.0, 8.0, 12.0, 0.95, IntervalMethod.STUDENT_T)
    assert compare_method1(ci, 8.0, HIGHER) == Comparison.SIMILAR
    assert compare_method1(ci, 12.0, HIGHER) == Comparison.SIMILAR
    assert compare_method1(ci, 12.000001, HIGHER) == Comparison.WORSE


def test_polarity_may_be_given_as_stored_text():
    assert compare_method1(CI95, 29.0, "lower_is_better") == Comparison.WORSE


@pytest.mark.parametrize(
    ("benchmark", "polarity", "expected"),
    [
        (20.0, HIGHER, Comparison.BETTER_998),
        (28.0, HIGHER, Comparison.BETTER_95),
        (40.0, HIGHER, Comparison.SIMILAR),
        (51.0, HIGHER, Comparison.WORSE_95),
        (60.0, HIGHER, Comparison.WORSE_998),
        (20.0, LOWER, Comparison.WORSE_998),
        (28.0, LOWER, Comparison.WORSE_95),
        (51.0, LOWER, Comparison.BETTER_95),
        (60.0, LOWER, Comparison.BETTER_998),
        (20.0, NEUTRAL, Comparison.HIGHER_998),
        (28.0, NEUTRAL, Comparison.HIGHER_95),
        (45.0, NEUTRAL, Comparison.SIMILAR),
        (51.0, NEUTRAL, Comparison.LOWER_95),
        (60.0, NEUTRAL, Comparison.LOWER_998),
    ],
)
def test_method17_gives_five_bands(benchmark, polarity, expected):
    assert compare_method17(CI95, CI998, benchmark, polarity) == expected


def test_without_an_interval_nothing_is_compared():
    bare = value_only(40.0)
    assert compare_method1(bare, 10.0, HIGHER) == Comparison.NOT_COMPARED
    assert compare_method17(bare, CI998, 10.0, HIGHER) == Comparison.NOT_COMPARED
    assert compare_method17(CI95, bare, 10.0, HIGHER) == Comparison.NOT_COMPARED
    assert compare_method17(CI95, CI998, None, HIGHER) == Comparison.NOT_COMPARED


def test_method17_rejects_swapped_or_mismatched_intervals():
    with pytest.raises(ValueError):
        compare_method17(CI998, CI95, 30.0, HIGHER)
    other = proportion_interval(41, 100, multiplier=100, confidence=CONFIDENCE_998)
    with pytest.raises(ValueError):
        compare_method17(CI95, other, 30.0, HIGHER)


def test_worse_and_better_groups():
    assert {c for c in Comparison if c.is_worse} == {
        Comparison.WORSE,
        Comparison.WORSE_95,
        Comparison.WORSE_998,
    }
    assert {c for c in Comparison if c.is_better} == {
        Comparison.BETTER,
        Comparison.BETTER_95,
        Comparison.BETTER_998,
    }
    assert not Comparison.HIGHER_998.is_worse and not Comparison.NOT_COMPARED.is_better


def test_peer_mean_skips_missing_values():
    assert peer_mean([10.0, None, 20.0, float("nan"), 30.0]) == 20.0
    assert peer_mean([None, None]) is None
    assert peer_mean([]) is None


@st.composite
def cases(draw):
    denominator = draw(st.integers(min_value=1, max_value=100_000))
    numerator = draw(st.integers(min_value=0, max_value=denominator))
    benchmark = draw(st.floats(min_value=0.0, max_value=1.0))
    return numerator, denominator, benchmark


@given(cases())
def test_swapping_polarity_swaps_better_and_worse(case):
    numerator, denominator, benchmark = case
    ci95 = proportion_interval(numerator, denominator)
    ci998 = proportion_interval(numerator, denominator, confidence=CONFIDENCE_998)
    for compare, args in ((compare_method1, (ci95,)), (compare_method17, (ci95, ci998))):
        higher = compare(*args, benchmark, HIGHER)
        lower = compare(*args, benchmark, LOWER)
        neutral = compare(*args, benchmark, NEUTRAL)
        assert lower == higher.opposite
        assert higher.opposite.opposite == higher
        assert (higher == Comparison.SIMILAR) == (neutral == Comparison.SIMILAR)


@given(cases())
def test_method17_agrees_with_method1_on_significance_at_95(case):
    numerator, denominator, benchmark = case
    ci95 = proportion_interval(numerator, denominator)
    ci998 = proportion_interval(numerator, denominator, confidence=CONFIDENCE_998)
    one = compare_method1(ci95, benchmark, HIGHER)
    seventeen = compare_method17(ci95, ci998, benchmark, HIGHER)
    assert one.is_worse == seventeen.is_worse
    assert one.is_better == seventeen.is_better
