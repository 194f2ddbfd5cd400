"""Value types shared by the statistics functions.

The enums are Django ``TextChoices`` so that a model field can use them directly as
``choices`` (polarity is data on the indicator, not code) and so that every label is a
translatable, user-visible string. Nothing here touches the database.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _
from scipy.special import ndtri

#: The two confidence levels used throughout (Fingertips convention): 95 % and 99.8 %.
CONFIDENCE_95 = 0.95
CONFIDENCE_998 = 0.998


class Polarity(models.TextChoices):
    """Which direction of an indicator is desirable."""

    HIGHER_IS_BETTER = "higher_is_better", _("Higher is better")
    LOWER_IS_BETTER = "lower_is_better", _("Lower is better")
    NO_JUDGEMENT = "no_judgement", _("No judgement")


class IntervalMethod(models.TextChoices):
    """The method that produced a confidence interval."""

    WILSON = "wilson", _("Wilson score")
    BYAR = "byar", _("Byar's method")
    EXACT_POISSON = "exact_poisson", _("Exact Poisson")
    STUDENT_T = "student_t", _("Student's t")


class NoIntervalReason(models.TextChoices):
    """Why a value has no confidence interval."""

    VALUE_ONLY = "value_only", _("Only the value is published; no count or denominator")
    ZERO_DENOMINATOR = "zero_denominator", _("The denominator is zero")
    TOO_FEW_OBSERVATIONS = "too_few_observations", _("Fewer than two observations")


class Comparison(models.TextChoices):
    """Result of comparing an area with a benchmark (Fingertips methods 1 and 17).

    Method 1 gives BETTER / SIMILAR / WORSE (or HIGHER / SIMILAR / LOWER when the
    indicator has no polarity). Method 17 gives the five bands with the confidence
    level at which the difference is significant.
    """

    BETTER = "better", _("Better")
    SIMILAR = "similar", _("Similar")
    WORSE = "worse", _("Worse")
    HIGHER = "higher", _("Higher")
    LOWER = "lower", _("Lower")
    BETTER_998 = "better_99_8", _("Better (99.8 %)")
    BETTER_95 = "better_95", _("Better (95 %)")
    WORSE_95 = "worse_95", _("Worse (95 %)")
    WORSE_998 = "worse_99_8", _("Worse (99.8 %)")
    HIGHER_998 = "higher_99_8", _("Higher (99.8 %)")
    HIGHER_95 = "higher_95", _("Higher (95 %)")
    LOWER_95 = "lower_95", _("Lower (95 %)")
    LOWER_998 = "lower_99_8", _("Lower (99.8 %)")
    NOT_COMPARED = "not_compared", _("Not compared")

    @property
    def is_worse(self) -> bool:
        return self in _WORSE

    @property
    def is_better(self) -> bool:
        return self in _BETTER

    @property
    def opposite(self) -> Comparison:
        """The result the same data would get with the opposite polarity or direction."""
        return _OPPOSITE.get(self, self)


_WORSE = frozenset({Comparison.WORSE, Comparison.WORSE_95, Comparison.WORSE_998})
_BETTER = frozenset({Comparison.BETTER, Comparison.BETTER_95, Comparison.BETTER_998})
_PAIRS = [
    (Comparison.BETTER, Comparison.WORSE),
    (Comparison.HIGHER, Comparison.LOWER),
    (Comparison.BETTER_998, Comparison.WORSE_998),
    (Comparison.BETTER_95, Comparison.WORSE_95),
    (Comparison.HIGHER_998, Comparison.LOWER_998),
    (Comparison.HIGHER_95, Comparison.LOWER_95),
]
_OPPOSITE = dict(_PAIRS) | {b: a for a, b in _PAIRS}


class Trend(models.TextChoices):
    """Direction of the recent trend (latest five annual points)."""

    INCREASING = "increasing", _("Increasing")
    DECREASING = "decreasing", _("Decreasing")
    NO_SIGNIFICANT_CHANGE = "no_significant_change", _("No significant change")
    CANNOT_BE_CALCULATED = "cannot_be_calculated", _("Cannot be calculated")


class TrendJudgement(models.TextChoices):
    """A trend read through the indicator's polarity, for colouring."""

    IMPROVING = "improving", _("Improving")
    WORSENING = "worsening", _("Worsening")
    INCREASING = "increasing", _("Increasing (no judgement)")
    DECREASING = "decreasing", _("Decreasing (no judgement)")
    NO_CHANGE = "no_change", _("No significant change")
    NOT_CALCULATED = "not_calculated", _("Not calculated")


class TrendMethod(models.TextChoices):
    CHI_SQUARED_FOR_TREND = "chi_squared_for_trend", _("Chi-squared test for linear trend")
    WEIGHTED_LEAST_SQUARES = "weighted_least_squares", _("Weighted least squares")


class TrendUnavailableReason(models.TextChoices):
    """Why a recent trend cannot be calculated."""

    TOO_FEW_POINTS = "too_few_points", _("Fewer than five annual values")
    NOT_CONSECUTIVE = "not_consecutive", _("The latest five values are not consecutive years")
    MISSING_DATA = "missing_data", _("Counts or confidence intervals are missing for some years")
    ZERO_STANDARD_ERROR = "zero_standard_error", _("A standard error is zero")


def validate_confidence(confidence: float) -> float:
    """Return ``confidence`` as a float, or raise ``ValueError`` unless 0 < confidence < 1."""
    confidence = float(confidence)
    if not 0.0 < confidence < 1.0:
        raise ValueError(f"confidence must be between 0 and 1 (exclusive), got {confidence!r}")
    return confidence


def z_value(confidence: float) -> float:
    """Two-sided standard normal quantile, e.g. 1.959964 for 0.95 and 3.090232 for 0.998."""
    return float(ndtri(1.0 - (1.0 - validate_confidence(confidence)) / 2.0))


@dataclass(frozen=True, slots=True)
class Interval:
    """A point estimate with its confidence interval, on the scale of ``value``."""

    value: float
    lower: float
    upper: float
    confidence: float
    method: IntervalMethod

    def __post_init__(self) -> None:
        if not all(math.isfinite(x) for x in (self.value, self.lower, self.upper)):
            raise ValueError("interval bounds must be finite")
        if not self.lower <= self.value <= self.upper:
            raise ValueError(f"interval {self.lower}..{self.upper} must contain {self.value}")
        validate_confidence(self.confidence)

    def contains(self, x: float) -> bool:
        """True when ``x`` lies inside the interval, bounds included."""
        return self.lower <= x <= self.upper

    @property
    def standard_error(self) -> float:
        """Standard error implied by the interval's width: (upper - lower) / (2 z).

        Exact for symmetric intervals (Student's t with large n, normal approximations);
        an approximation for the asymmetric Wilson, Byar and exact Poisson intervals.
        This is how the weighted least squares trend turns published intervals into
        weights when no variance is given.
        """
        return (self.upper - self.lower) / (2.0 * z_value(self.confidence))


@dataclass(frozen=True, slots=True)
class NoInterval:
    """An explicit "no interval": the value may be known, the uncertainty is not."""

    value: float | None
    confidence: float
    reason: NoIntervalReason


#: What every interval function returns.
IntervalResult = Interval | NoInterval
