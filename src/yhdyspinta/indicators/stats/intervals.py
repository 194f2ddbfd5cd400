"""Confidence intervals for proportions, crude rates and means.

The methods are those of the OHID/PHE Fingertips profiles as implemented in
PHEindicatormethods (R) and PHStatsMethods (Python), see the "Technical Guide:
Confidence Intervals" of the Public Health England Analysts' Network (APHO 2008):

* proportions: Wilson score interval (Wilson 1927; Newcombe & Altman 2000);
* crude rates: Byar's approximation to the exact Poisson interval when the count is at
  least 10 (Breslow & Day 1987), the exact Poisson interval from chi-squared quantiles
  below that (Armitage, Berry & Matthews 2002), with lower limit 0 for a zero count;
* means: Student's t distribution.

Every function returns an :class:`~.types.Interval` or, when the data cannot support an
interval (only a value was published, a zero denominator, a single observation), a
:class:`~.types.NoInterval` that says why. No interval is ever invented.
"""

from __future__ import annotations

import math

from scipy.stats import chi2, t

from .types import (
    CONFIDENCE_95,
    Interval,
    IntervalMethod,
    IntervalResult,
    NoInterval,
    NoIntervalReason,
    validate_confidence,
    z_value,
)

#: Counts below this use the exact Poisson interval instead of Byar's approximation.
BYAR_MINIMUM_COUNT = 10


def _missing(x: float | None) -> bool:
    return x is None or (isinstance(x, float) and math.isnan(x))


def _checked(name: str, x: float, *, allow_zero: bool = True) -> float:
    x = float(x)
    if not math.isfinite(x):
        raise ValueError(f"{name} must be finite, got {x!r}")
    if x < 0 or (x == 0 and not allow_zero):
        raise ValueError(f"{name} must be {'non-negative' if allow_zero else 'positive'}")
    return x


def _checked_multiplier(multiplier: float) -> float:
    return _checked("multiplier", multiplier, allow_zero=False)


def _bounded(value: float, lower: float, upper: float) -> tuple[float, float]:
    """Guard against floating-point rounding only: each method's limits bracket the
    estimate mathematically, but e.g. Wilson's lower limit for 0/n can come out as
    -1e-17 instead of 0."""
    return min(lower, value), max(upper, value)


def wilson_limits(
    numerator: float, denominator: float, confidence: float = CONFIDENCE_95
) -> tuple[float, float]:
    """Wilson score limits for the proportion ``numerator / denominator`` (as a proportion).

    With z the two-sided normal quantile, p = r/n and q = 1 - p::

        limits = (2 r + z^2 -/+ z sqrt(z^2 + 4 r q)) / (2 (n + z^2))

    Sources: Wilson EB (1927) J Am Stat Assoc 22:209-212; Newcombe RG, Altman DG,
    "Proportions and their differences", in Statistics with Confidence, 2nd edn (2000),
    pp. 46-48. Same formula as PHStatsMethods ``wilson_lower``/``wilson_upper``.
    """
    r = _checked("numerator", numerator)
    n = _checked("denominator", denominator, allow_zero=False)
    if r > n:
        raise ValueError("numerator must not exceed denominator for a proportion")
    z = z_value(confidence)
    centre = 2.0 * r + z * z
    spread = z * math.sqrt(z * z + 4.0 * r * (1.0 - r / n))
    scale = 2.0 * (n + z * z)
    lower, upper = (centre - spread) / scale, (centre + spread) / scale
    return max(0.0, lower), min(1.0, upper)


def exact_poisson_limits(count: float, confidence: float = CONFIDENCE_95) -> tuple[float, float]:
    """Exact (Garwood) limits for a Poisson count, from chi-squared quantiles::

        lower = chi2_{alpha/2}(2 x) / 2        (0 when x = 0)
        upper = chi2_{1 - alpha/2}(2 x + 2) / 2

    For x = 0 the upper limit is -ln(alpha / 2), e.g. 3.689 at 95 %.
    Source: Armitage P, Berry G, Matthews JNS, Statistical Methods in Medical Research,
    4th edn (2002); the same as PHStatsMethods ``exact_lower``/``exact_upper`` except that
    a zero count is allowed (lower limit 0) instead of raising.
    """
    x = _checked("count", count)
    alpha = 1.0 - validate_confidence(confidence)
    lower = 0.0 if x == 0 else float(chi2.ppf(alpha / 2.0, 2.0 * x)) / 2.0
    upper = float(chi2.ppf(1.0 - alpha / 2.0, 2.0 * x + 2.0)) / 2.0
    return lower, upper


def byar_limits(count: float, confidence: float = CONFIDENCE_95) -> tuple[float, float]:
    """Byar's approximation to the exact Poisson limits for a count x::

        lower = x (1 - 1/(9 x) - z / (3 sqrt(x)))^3
        upper = (x + 1) (1 - 1/(9 (x + 1)) + z / (3 sqrt(x + 1)))^3

    Intended for x >= 10 (use :func:`poisson_count_limits` to choose automatically).
    Source: Breslow NE, Day NE, Statistical Methods in Cancer Research vol. II (IARC 1987),
    p. 69; PHStatsMethods ``byars_lower``/``byars_upper``.
    """
    x = _checked("count", count, allow_zero=False)
    z = z_value(confidence)
    lower = x * (1.0 - 1.0 / (9.0 * x) - z / (3.0 * math.sqrt(x))) ** 3
    x1 = x + 1.0
    upper = x1 * (1.0 - 1.0 / (9.0 * x1) + z / (3.0 * math.sqrt(x1))) ** 3
    return max(0.0, lower), upper


def poisson_count_limits(
    count: float, confidence: float = CONFIDENCE_95
) -> tuple[float, float, IntervalMethod]:
    """Limits for a Poisson count: Byar's method when count >= 10, exact below that."""
    if _checked("count", count) >= BYAR_MINIMUM_COUNT:
        return (*byar_limits(count, confidence), IntervalMethod.BYAR)
    return (*exact_poisson_limits(count, confidence), IntervalMethod.EXACT_POISSON)


def proportion_interval(
    numerator: float | None,
    denominator: float | None,
    *,
    confidence: float = CONFIDENCE_95,
    multiplier: float = 1,
    value: float | None = None,
) -> IntervalResult:
    """Proportion ``numerator / denominator * multiplier`` with its Wilson score interval.

    ``multiplier`` expresses the result as a proportion (1), percentage (100) or per
    1,000 (1000). When the numerator or the denominator is unknown, the result is a
    :class:`NoInterval` carrying ``value`` (the published figure, already multiplied) with
    reason VALUE_ONLY; a zero denominator gives reason ZERO_DENOMINATOR. See
    :func:`wilson_limits` for the method and its sources.
    """
    confidence = validate_confidence(confidence)
    m = _checked_multiplier(multiplier)
    if _missing(numerator) or _missing(denominator):
        return NoInterval(value, confidence, NoIntervalReason.VALUE_ONLY)
    if _checked("denominator", denominator) == 0:
        return NoInterval(None, confidence, NoIntervalReason.ZERO_DENOMINATOR)
    lower, upper = wilson_limits(numerator, denominator, confidence)
    p = float(numerator) / float(denominator)
    lower, upper = _bounded(p, lower, upper)
    return Interval(p * m, lower * m, upper * m, confidence, IntervalMethod.WILSON)


def rate_interval(
    count: float | None,
    denominator: float | None,
    *,
    confidence: float = CONFIDENCE_95,
    multiplier: float = 100_000,
    value: float | None = None,
) -> IntervalResult:
    """Crude rate ``count / denominator * multiplier`` with its Poisson interval.

    Byar's method when count >= 10, the exact Poisson method below (a zero count has
    lower limit 0). The count limits are divided by the denominator (population or
    person-years) and multiplied, as in PHEindicatormethods ``phe_rate``. Missing counts
    give a :class:`NoInterval` with reason VALUE_ONLY (carrying ``value``), a zero
    denominator reason ZERO_DENOMINATOR. See :func:`byar_limits` and
    :func:`exact_poisson_limits` for the sources.
    """
    confidence = validate_confidence(confidence)
    m = _checked_multiplier(multiplier)
    if _missing(count) or _missing(denominator):
        return NoInterval(value, confidence, NoIntervalReason.VALUE_ONLY)
    d = _checked("denominator", denominator)
    if d == 0:
        return NoInterval(None, confidence, NoIntervalReason.ZERO_DENOMINATOR)
    x = _checked("count", count)
    lower, upper, method = poisson_count_limits(x, confidence)
    lower, upper = _bounded(x, lower, upper)
    return Interval(x / d * m, lower / d * m, upper / d * m, confidence, method)


def mean_interval(
    mean: float | None,
    sd: float | None,
    n: int | None,
    *,
    confidence: float = CONFIDENCE_95,
) -> IntervalResult:
    """Mean with its Student's t interval: mean +/- t_{n-1, 1-alpha/2} * sd / sqrt(n).

    ``sd`` is the sample standard deviation (divisor n - 1). A missing sd or n gives
    reason VALUE_ONLY; n < 2 gives TOO_FEW_OBSERVATIONS. Source: any statistics text
    (e.g. Altman DG, Practical Statistics for Medical Research, 1991, s. 8.4);
    PHStatsMethods ``ph_mean``/``student_t_dist``.
    """
    confidence = validate_confidence(confidence)
    if _missing(mean):
        return NoInterval(None, confidence, NoIntervalReason.VALUE_ONLY)
    mean = float(mean)
    if not math.isfinite(mean):
        raise ValueError("mean must be finite")
    if _missing(sd) or n is None:
        return NoInterval(mean, confidence, NoIntervalReason.VALUE_ONLY)
    s = _checked("sd", sd)
    if n != int(n):
        raise ValueError("n must be a whole number")
    n = int(n)
    if n < 2:
        return NoInterval(mean, confidence, NoIntervalReason.TOO_FEW_OBSERVATIONS)
    half = float(t.ppf(1.0 - (1.0 - confidence) / 2.0, n - 1)) * s / math.sqrt(n)
    return Interval(mean, mean - half, mean + half, confidence, IntervalMethod.STUDENT_T)


def value_only(value: float | None, *, confidence: float = CONFIDENCE_95) -> NoInterval:
    """The explicit "no interval" for a figure published without count or denominator."""
    return NoInterval(
        None if _missing(value) else float(value),
        validate_confidence(confidence),
        NoIntervalReason.VALUE_ONLY,
    )
