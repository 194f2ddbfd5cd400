"""Comparing an area with a benchmark (county, whole country or the mean of peers).

Both methods are those of the OHID/PHE Fingertips profiles ("Fingertips technical
guidance: comparing areas with a benchmark"; PHEindicatormethods / fingertipsR
``ComparatorMethod``):

* method 1, "confidence intervals overlapping reference value (95.0)": the area is
  similar when the benchmark value lies inside the area's 95 % interval (bounds
  included), otherwise better or worse according to the indicator's polarity;
* method 17, "confidence intervals overlapping reference value (95.0 and 99.8)": the
  same test at 99.8 % first and then at 95 %, giving five bands.

With polarity NO_JUDGEMENT the result says higher / lower instead of better / worse.
Without an interval (see :class:`~.types.NoInterval`) or without a benchmark value the
result is NOT_COMPARED: a comparison is never made on a bare value.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from .types import Comparison, Interval, IntervalResult, Polarity

_MARK = {
    # (polarity, area is higher than the benchmark) -> (method 1, method 17 at 95, at 99.8)
    (Polarity.HIGHER_IS_BETTER, True): (
        Comparison.BETTER,
        Comparison.BETTER_95,
        Comparison.BETTER_998,
    ),
    (Polarity.HIGHER_IS_BETTER, False): (
        Comparison.WORSE,
        Comparison.WORSE_95,
        Comparison.WORSE_998,
    ),
    (Polarity.LOWER_IS_BETTER, True): (Comparison.WORSE, Comparison.WORSE_95, Comparison.WORSE_998),
    (Polarity.LOWER_IS_BETTER, False): (
        Comparison.BETTER,
        Comparison.BETTER_95,
        Comparison.BETTER_998,
    ),
    (Polarity.NO_JUDGEMENT, True): (Comparison.HIGHER, Comparison.HIGHER_95, Comparison.HIGHER_998),
    (Polarity.NO_JUDGEMENT, False): (Comparison.LOWER, Comparison.LOWER_95, Comparison.LOWER_998),
}


def _benchmark(benchmark: float | None) -> float | None:
    if benchmark is None:
        return None
    benchmark = float(benchmark)
    return None if math.isnan(benchmark) else benchmark


def _direction(interval: Interval, benchmark: float) -> bool | None:
    """True when the whole interval is above the benchmark, False when below, None when
    the benchmark lies inside it."""
    if interval.contains(benchmark):
        return None
    return interval.lower > benchmark


def compare_method1(
    interval: IntervalResult, benchmark: float | None, polarity: Polarity | str
) -> Comparison:
    """Fingertips method 1: benchmark inside the area's 95 % interval -> SIMILAR.

    Otherwise BETTER / WORSE by ``polarity`` (HIGHER / LOWER with NO_JUDGEMENT).
    ``interval`` should be the 95 % interval; any :class:`Interval` is accepted so that
    callers may choose, and its own level is the one tested.
    """
    polarity = Polarity(polarity)
    bench = _benchmark(benchmark)
    if not isinstance(interval, Interval) or bench is None:
        return Comparison.NOT_COMPARED
    above = _direction(interval, bench)
    if above is None:
        return Comparison.SIMILAR
    return _MARK[polarity, above][0]


def compare_method17(
    interval_95: IntervalResult,
    interval_998: IntervalResult,
    benchmark: float | None,
    polarity: Polarity | str,
) -> Comparison:
    """Fingertips method 17: five bands from the 95 % and 99.8 % intervals.

    Benchmark outside the 99.8 % interval -> BETTER_998 / WORSE_998; else outside the
    95 % interval -> BETTER_95 / WORSE_95; else SIMILAR. HIGHER_* / LOWER_* with
    NO_JUDGEMENT. NOT_COMPARED when either interval is missing or no benchmark.
    """
    polarity = Polarity(polarity)
    bench = _benchmark(benchmark)
    if (
        not isinstance(interval_95, Interval)
        or not isinstance(interval_998, Interval)
        or bench is None
    ):
        return Comparison.NOT_COMPARED
    if interval_998.confidence <= interval_95.confidence:
        raise ValueError("interval_998 must have the higher confidence level")
    if not math.isclose(interval_95.value, interval_998.value, rel_tol=1e-9, abs_tol=1e-12):
        raise ValueError("the two intervals must belong to the same value")
    above = _direction(interval_998, bench)
    if above is not None:
        return _MARK[polarity, above][2]
    above = _direction(interval_95, bench)
    if above is not None:
        return _MARK[polarity, above][1]
    return Comparison.SIMILAR


def peer_mean(values: Iterable[float | None]) -> float | None:
    """Unweighted mean of the peers' values, skipping missing ones; None when none is known.

    Used as the benchmark "mean of peers" (e.g. the municipalities of a county).
    """
    known = [float(v) for v in values if v is not None and not math.isnan(float(v))]
    return math.fsum(known) / len(known) if known else None
