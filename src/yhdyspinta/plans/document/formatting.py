"""Dates d.m.yyyy and numbers with the language's decimal sign, for the document's tables."""

from __future__ import annotations

from datetime import date

from django.utils.translation import get_language

from yhdyspinta.documents.numbers import format_number


def language() -> str:
    return (get_language() or "fi")[:2]


def day(value: date | None) -> str:
    return f"{value.day}.{value.month}.{value.year}" if value else "–"


def number(value: float | None, decimals: int = 1) -> str:
    text = format_number(value, decimals, language())
    return text or "–"


def value_year(value: float | None, year: int | None, decimals: int = 1, unit: str = "") -> str:
    """ "12,3 % (2024)", or "–" without a value."""
    if value is None:
        return "–"
    text = number(value, decimals)
    if unit:
        text += f" {unit}"
    return f"{text} ({year})" if year else text
