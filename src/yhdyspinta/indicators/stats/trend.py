"""Recent trend over the latest five annual points (OHID/PHE Fingertips "recent trends").

Method (Fingertips technical guidance, "Recent trends"; Armitage P, Berry G, Matthews
JNS, Statistical Methods in Medical Research, 4th edn 2002, s. 15.7 and s. 7.3):

1. Take the latest five points; they must be five consecutive years, otherwise the
   trend CANNOT_BE_CALCULATED.
2. Proportions with counts: the chi-squared test for linear trend in proportions
   (Armitage 1955; Cochran 1954), see :func:`chi_squared_for_trend`.
   Everything else: inverse-variance weighted least squares of the values on the year,
   see :func:`weighted_linear_trend`; standard errors are given or derived from each
   point's confidence interval (:attr:`~.types.Interval.standard_error`).
3. The trend is significant when chi2 > 9.5495 (the 99.8 % two-sided critical value
   with 1 degree of freedom) AND the slope has the same sign in the full fit and in each
   of the five leave-one-out fits (four points each), so that no single year drives it.
   A significant positive slope is INCREASING, a negative one DECREASING; otherwise
   NO_SIGNIFICANT_CHANGE.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy.stats import chi2 as chi2_distribution

from .types import (
    Interval,
    IntervalResult,
    Polarity,
    Trend,
    TrendJudgement,
    TrendMethod,
    TrendUnavailableReason,
)

#: Number of latest annual points used.
TREND_POINTS = 5
#: chi2 quantile 0.998 with 1 d.f. = 3.0902^2 = 9.5495 (99.8 % two-sided).
TREND_CRITICAL_VALUE = float(chi2_distribution.ppf(0.998, 1))


@dataclass(frozen=True, slots=True)
class TrendPoint:
    """One annual observation. Give numerator and denominator for a proportion with
    counts; otherwise the value with either ``standard_error`` or ``interval``."""

    year: int
    value: float | None = None
    numerator: float | None = None
    denominator: float | None = None
    standard_error: float | None = None
    interval: IntervalResult | None = None

    @property
    def has_counts(self) -> bool:
        return _known(self.numerator) and _known(self.denominator) and self.denominator > 0

    @property
    def resolved_standard_error(self) -> float | None:
        """The given standard error, else the one implied by the interval, else None."""
        if _known(self.standard_error):
            return float(self.standard_error)
        if isinstance(self.interval, Interval):
            return self.interval.standard_error
        return None

    @property
    def is_empty(self) -> bool:
        return not (_known(self.value) or self.has_counts)


@dataclass(frozen=True, slots=True)
class LinearTrendFit:
    """Slope per year and its 1-d.f. chi-squared statistic."""

    slope: float
    chi2: float


@dataclass(frozen=True, slots=True)
class TrendResult:
    """The recent trend with the figures behind it.

    ``slope`` is per year, on the proportion scale (numerator / denominator) for the
    chi-squared method and on the value scale for weighted least squares; ``years`` are
    the years used (or available, when the trend cannot be calculated).
    """

    trend: Trend
    method: TrendMethod | None = None
    chi2: float | None = None
    slope: float | None = None
    years: tuple[int, ...] = ()
    reason: TrendUnavailableReason | None = None


def _known(x: float | None) -> bool:
    return x is not None and not (isinstance(x, float) and math.isnan(x))


def _arrays(*columns: Sequence[float]) -> list[np.ndarray]:
    arrays = [np.asarray(c, dtype=float) for c in columns]
    if len({a.shape for a in arrays}) != 1 or arrays[0].ndim != 1 or arrays[0].size < 2:
        raise ValueError("need equally long sequences of at least two points")
    if not all(np.isfinite(a).all() for a in arrays):
        raise ValueError("all inputs must be finite")
    return arrays


def chi_squared_for_trend(
    scores: Sequence[float], numerators: Sequence[float], denominators: Sequence[float]
) -> LinearTrendFit:
    """Chi-squared test for linear trend in proportions (Armitage 1955; Cochran 1954).

    With scores x_i (the years), counts r_i out of n_i, N = sum n_i, R = sum r_i,
    p = R / N and the n-weighted mean score xbar = sum n_i x_i / N::

        T     = sum r_i (x_i - xbar)            (= sum r_i x_i - R xbar)
        Sxx   = sum n_i (x_i - xbar)^2
        chi2  = T^2 / (p (1 - p) Sxx)           (1 d.f.)
        slope = T / Sxx                          (proportion per unit score)

    ``slope`` is the n-weighted least squares slope of r_i / n_i on x_i, and ``chi2``
    equals N times the squared correlation between score and the individual 0/1 outcome.
    Source: Armitage, Berry & Matthews (2002), s. 15.7; R ``prop.trend.test``.
    When p is 0 or 1 (no events or all events) there is no variation and chi2 is 0.
    """
    x, r, n = _arrays(scores, numerators, denominators)
    if (n <= 0).any() or (r < 0).any() or (r > n).any():
        raise ValueError("need 0 <= numerator <= denominator and denominator > 0")
    total = n.sum()
    p = r.sum() / total
    xbar = (n * x).sum() / total
    sxx = (n * (x - xbar) ** 2).sum()
    if sxx <= 0:
        raise ValueError("scores must not all be equal")
    t_stat = (r * (x - xbar)).sum()
    variance = p * (1.0 - p) * sxx
    chi2 = float(t_stat**2 / variance) if variance > 0 else 0.0
    return LinearTrendFit(slope=float(t_stat / sxx), chi2=chi2)


def weighted_linear_trend(
    scores: Sequence[float], values: Sequence[float], standard_errors: Sequence[float]
) -> LinearTrendFit:
    """Inverse-variance weighted least squares slope of values on scores.

    With weights w_i = 1 / se_i^2 and weighted means xbar, ybar::

        Sxx   = sum w_i (x_i - xbar)^2
        slope = sum w_i (x_i - xbar)(y_i - ybar) / Sxx
        Var(slope) = 1 / Sxx                    (variances known, not estimated)
        chi2  = slope^2 / Var(slope) = slope^2 Sxx   (1 d.f.)

    Source: Armitage, Berry & Matthews (2002), s. 11.6 (weighted regression with known
    variances); Fingertips recent trends for indicators without counts. With the pooled
    binomial variances w_i = n_i / (p (1 - p)) it reproduces :func:`chi_squared_for_trend`.
    """
    x, y, se = _arrays(scores, values, standard_errors)
    if (se <= 0).any():
        raise ValueError("standard errors must be positive")
    w = 1.0 / se**2
    xbar = (w * x).sum() / w.sum()
    ybar = (w * y).sum() / w.sum()
    sxx = (w * (x - xbar) ** 2).sum()
    if sxx <= 0:
        raise ValueError("scores must not all be equal")
    slope = (w * (x - xbar) * (y - ybar)).sum() / sxx
    return LinearTrendFit(slope=float(slope), chi2=float(slope**2 * sxx))


def _unavailable(reason: TrendUnavailableReason, years: tuple[int, ...] = ()) -> TrendResult:
    return TrendResult(Trend.CANNOT_BE_CALCULATED, years=years, reason=reason)


def recent_trend(points: Sequence[TrendPoint], *, proportion: bool) -> TrendResult:
    """Recent trend of an indicator from its annual points (any order, any length).

    ``proportion`` says whether the indicator is a proportion: then, if all five latest
    points have counts, the chi-squared test for trend is used; otherwise (or when counts
    are missing) weighted least squares on values with standard errors. Points with
    neither a value nor counts are ignored. See the module docstring for the rule.
    """
    known = sorted((p for p in points if not p.is_empty), key=lambda p: p.year)
    all_years = [p.year for p in known]
    if len(set(all_years)) != len(all_years):
        raise ValueError("two points for the same year")
    latest = known[-TREND_POINTS:]
    years = tuple(int(p.year) for p in latest)
    if len(latest) < TREND_POINTS:
        return _unavailable(TrendUnavailableReason.TOO_FEW_POINTS, years)
    if years[-1] - years[0] != TREND_POINTS - 1:
        return _unavailable(TrendUnavailableReason.NOT_CONSECUTIVE, years)

    scores = np.asarray(years, dtype=float) - years[0]
    if proportion and all(p.has_counts for p in latest):
        method = TrendMethod.CHI_SQUARED_FOR_TREND
        columns = [
            np.asarray([float(p.numerator) for p in latest]),
            np.asarray([float(p.denominator) for p in latest]),
        ]

        def fit(keep: np.ndarray) -> LinearTrendFit:
            return chi_squared_for_trend(scores[keep], columns[0][keep], columns[1][keep])

    else:
        errors = [p.resolved_standard_error for p in latest]
        if not all(_known(p.value) for p in latest) or any(e is None for e in errors):
            return _unavailable(TrendUnavailableReason.MISSING_DATA, years)
        if any(e <= 0 for e in errors):
            return _unavailable(TrendUnavailableReason.ZERO_STANDARD_ERROR, years)
        method = TrendMethod.WEIGHTED_LEAST_SQUARES
        columns = [np.asarray([float(p.value) for p in latest]), np.asarray(errors)]

        def fit(keep: np.ndarray) -> LinearTrendFit:
            return weighted_linear_trend(scores[keep], columns[0][keep], columns[1][keep])

    everything = np.ones(TREND_POINTS, dtype=bool)
    full = fit(everything)
    sign = _sign(full.slope)
    stable = sign != 0 and all(
        _sign(fit(everything & (np.arange(TREND_POINTS) != i)).slope) == sign
        for i in range(TREND_POINTS)
    )
    if full.chi2 > TREND_CRITICAL_VALUE and stable:
        trend = Trend.INCREASING if sign > 0 else Trend.DECREASING
    else:
        trend = Trend.NO_SIGNIFICANT_CHANGE
    return TrendResult(trend, method=method, chi2=full.chi2, slope=full.slope, years=years)


def trend_judgement(trend: Trend | str, polarity: Polarity | str) -> TrendJudgement:
    """Read a trend through the indicator's polarity (for colouring).

    INCREASING is IMPROVING when higher is better and WORSENING when lower is better;
    DECREASING the reverse; with NO_JUDGEMENT the direction is kept without a judgement.
    """
    trend, polarity = Trend(trend), Polarity(polarity)
    if trend == Trend.CANNOT_BE_CALCULATED:
        return TrendJudgement.NOT_CALCULATED
    if trend == Trend.NO_SIGNIFICANT_CHANGE:
        return TrendJudgement.NO_CHANGE
    increasing = trend == Trend.INCREASING
    if polarity == Polarity.NO_JUDGEMENT:
        return TrendJudgement.INCREASING if increasing else TrendJudgement.DECREASING
    if increasing == (polarity == Polarity.HIGHER_IS_BETTER):
        return TrendJudgement.IMPROVING
    return TrendJudgement.WORSENING


#: Slopes smaller than this are rounding noise of a flat series (e.g. 1, 1, 1, 1 fitted in
#: another order gives +-1e-17): they have no sign, so they never "keep" one.
SLOPE_TOLERANCE = 1e-12


def _sign(slope: float) -> int:
    return 0 if abs(slope) < SLOPE_TOLERANCE else int(np.sign(slope))
