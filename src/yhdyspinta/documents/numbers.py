"""Numbers the way each language writes them: "12,5" in Finnish, "12.5" in English."""

from __future__ import annotations

import math

from matplotlib.ticker import FuncFormatter

DECIMAL_COMMA_LANGUAGES = frozenset({"fi", "sv"})
NO_BREAK_SPACE = "\u00a0"
MINUS_SIGN = "\u2212"


def format_number(
    value: float | None, decimals: int = 1, language: str = "fi", *, typographic: bool = False
) -> str:
    """Format a number with a fixed number of decimals in the language's convention.

    Finnish and Swedish use a decimal comma and a (no-break) space between
    thousands; English uses a point and a comma. ``typographic`` writes
    negative numbers with a true minus sign, as printed charts should. ``None``
    and NaN give an empty string.
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    text = f"{value:,.{decimals}f}"
    if text.lstrip("-").strip("0.,") == "":  # "-0.0" reads as zero
        text = text.lstrip("-")
    if language in DECIMAL_COMMA_LANGUAGES:
        text = text.replace(",", NO_BREAK_SPACE).replace(".", ",")
    if typographic:
        text = text.replace("-", MINUS_SIGN)
    return text


def format_interval(
    lower: float | None, upper: float | None, decimals: int = 1, language: str = "fi"
) -> str:
    """An interval as "11,2–13,8", or an empty string when either limit is missing."""
    if lower is None or upper is None:
        return ""
    low = format_number(lower, decimals, language)
    return f"{low}\u2013{format_number(upper, decimals, language)}"


def tick_formatter(language: str = "fi", decimals: int = 1) -> FuncFormatter:
    """A matplotlib tick formatter writing ``decimals`` decimals in ``language``."""

    def _format(value: float, _position: int | None = None) -> str:
        return format_number(value, decimals, language, typographic=True)

    return FuncFormatter(_format)
