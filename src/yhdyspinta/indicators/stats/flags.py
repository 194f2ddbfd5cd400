"""The "red-red" flag: worse than the benchmark and getting worse.

Both halves use the OHID/PHE Fingertips colours: red in the benchmark comparison
(significantly worse, method 1 or 17) and a red recent-trend arrow (a significant trend
in the undesirable direction). An indicator that is red on both counts is the one to
raise first in a negotiation round or a welfare report.
"""

from __future__ import annotations

from .trend import trend_judgement
from .types import Comparison, Polarity, Trend, TrendJudgement


def is_red_red(comparison: Comparison | str, trend: Trend | str, polarity: Polarity | str) -> bool:
    """True when ``comparison`` is worse (method 1 WORSE or method 17 WORSE_95/WORSE_998)
    and ``trend`` is worsening given ``polarity``. Never true for NO_JUDGEMENT indicators,
    which are neither better nor worse."""
    return (
        Comparison(comparison).is_worse
        and trend_judgement(trend, polarity) == TrendJudgement.WORSENING
    )
