"""Statistics for indicators: confidence intervals, benchmark comparison, recent trend.

Pure functions (no models, no database) following the OHID/PHE Fingertips methods as
implemented in PHEindicatormethods; see DESIGN.md section 6 and each module's docstring
for formulas and sources.

Typical use::

    ci95 = proportion_interval(40, 100, multiplier=100)
    ci998 = proportion_interval(40, 100, multiplier=100, confidence=CONFIDENCE_998)
    band = compare_method17(ci95, ci998, benchmark=31.0, polarity=Polarity.LOWER_IS_BETTER)
    trend = recent_trend(points, proportion=True).trend
    flag = is_red_red(band, trend, Polarity.LOWER_IS_BETTER)
"""

from .compare import compare_method1, compare_method17, peer_mean
from .flags import is_red_red
from .intervals import (
    BYAR_MINIMUM_COUNT,
    byar_limits,
    exact_poisson_limits,
    mean_interval,
    poisson_count_limits,
    proportion_interval,
    rate_interval,
    value_only,
    wilson_limits,
)
from .trend import (
    TREND_CRITICAL_VALUE,
    TREND_POINTS,
    LinearTrendFit,
    TrendPoint,
    TrendResult,
    chi_squared_for_trend,
    recent_trend,
    trend_judgement,
    weighted_linear_trend,
)
from .types import (
    CONFIDENCE_95,
    CONFIDENCE_998,
    Comparison,
    Interval,
    IntervalMethod,
    IntervalResult,
    NoInterval,
    NoIntervalReason,
    Polarity,
    Trend,
    TrendJudgement,
    TrendMethod,
    TrendUnavailableReason,
    z_value,
)

__all__ = [
    "BYAR_MINIMUM_COUNT",
    "CONFIDENCE_95",
    "CONFIDENCE_998",
    "TREND_CRITICAL_VALUE",
    "TREND_POINTS",
    "Comparison",
    "Interval",
    "IntervalMethod",
    "IntervalResult",
    "LinearTrendFit",
    "NoInterval",
    "NoIntervalReason",
    "Polarity",
    "Trend",
    "TrendJudgement",
    "TrendMethod",
    "TrendPoint",
    "TrendResult",
    "TrendUnavailableReason",
    "byar_limits",
    "chi_squared_for_trend",
    "compare_method1",
    "compare_method17",
    "exact_poisson_limits",
    "is_red_red",
    "mean_interval",
    "peer_mean",
    "poisson_count_limits",
    "proportion_interval",
    "rate_interval",
    "recent_trend",
    "trend_judgement",
    "value_only",
    "weighted_linear_trend",
    "wilson_limits",
    "z_value",
]
