"""What a plausible indicator value and year are: every form and import checks these."""

from __future__ import annotations

import math

from django.utils.translation import gettext_lazy as _

#: Years an observation, a target or a report can be about.
FIRST_YEAR, LAST_YEAR = 1900, 2100
#: No indicator of a county (euros, counts, rates) is larger than this in absolute value.
LARGEST_VALUE = 1e12


def year_problem(year: int | None):
    """Why ``year`` is not plausible, or None."""
    if year is not None and not FIRST_YEAR <= year <= LAST_YEAR:
        return _("The year must be between %(first)s and %(last)s.") % {
            "first": FIRST_YEAR,
            "last": LAST_YEAR,
        }
    return None


def value_range(value_type: str) -> tuple[float, float]:
    """The values an indicator of ``value_type`` can take: shares and rates between 0 and
    their multiplier (100 for a percentage), counts not negative, the rest bounded."""
    from .models.catalogue import MULTIPLIERS, ValueType  # the models use these limits

    if value_type in MULTIPLIERS:
        return 0.0, float(MULTIPLIERS[value_type])
    if value_type == ValueType.COUNT:
        return 0.0, LARGEST_VALUE
    return -LARGEST_VALUE, LARGEST_VALUE


def value_problem(value: float | None, value_type: str):
    """Why ``value`` is not a plausible value of an indicator of ``value_type``, or None."""
    if value is None:
        return None
    if not math.isfinite(value):
        return _("The value must be a finite number.")
    low, high = value_range(value_type)
    if not low <= value <= high:
        return _("The value must be between %(low)s and %(high)s.") % {
            "low": f"{low:g}",
            "high": f"{high:g}",
        }
    return None
