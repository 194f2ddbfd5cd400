"""Cell parsers: a cell's value (str, number, bool, date or datetime) to a Python value.

Each parser takes a non-empty cell value (strings already stripped, HTML already
rejected by the reader) and returns the parsed value or raises ``CellError``.
People write dates, yes/no and numbers in Finnish, Swedish or English, so each
parser accepts the common forms of all three.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.utils.translation import gettext_lazy as _

from .errors import CellError

# A tag starts right after "<" (as in browsers), so "ikä < 18 v" is plain text.
HTML_TAG_RE = re.compile(
    r"</?[a-zA-Z][a-zA-Z0-9-]*(\s[^<>]*)?/?>|<!--|<!\[CDATA\[|<!doctype", re.IGNORECASE
)
_DMY_RE = re.compile(r"^(\d{1,2})\s*\.\s*(\d{1,2})\s*\.\s*(\d{2,4})\.?$")
_ISO_RE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_NUMBER_SPACES_RE = re.compile(r"[\s\u00a0\u202f']")

TRUE_WORDS = frozenset({"kyllä", "kylla", "k", "joo", "on", "ja", "j", "yes", "y", "true", "x"})
TRUE_WORDS |= {"1", "✓", "✔"}
FALSE_WORDS = frozenset({"ei", "e", "nej", "n", "no", "false", "0"})


def reject_html(text: str) -> None:
    """Raise ``CellError`` when the text contains an HTML tag or comment."""
    if HTML_TAG_RE.search(text):
        raise CellError("html", _("HTML is not allowed; write plain text."))


def parse_text(value: Any, *, max_length: int | None = None) -> str:
    if isinstance(value, bool):
        text = str(_("yes") if value else _("no"))
    elif isinstance(value, float) and value.is_integer():
        text = str(int(value))
    elif isinstance(value, dt.datetime):
        text = format_date(value.date()) if value.time() == dt.time() else str(value)
    elif isinstance(value, dt.date):
        text = format_date(value)
    else:
        text = str(value).strip()
    if max_length is not None and len(text) > max_length:
        raise CellError(
            "too_long",
            _("The text is %(length)s characters long; at most %(limit)s are allowed."),
            {"length": len(text), "limit": max_length},
        )
    return text


def format_date(value: dt.date) -> str:
    """A date the Finnish way (31.12.2025); the reader accepts it back."""
    return f"{value.day}.{value.month}.{value.year}"


def parse_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise CellError(
            "invalid_date",
            _("'%(value)s' is not a date; write it as 31.12.2025 or use a date cell."),
        )
    text = value.strip()
    if match := _DMY_RE.match(text):
        day, month, year = (int(part) for part in match.groups())
        if len(match.group(3)) != 4:
            raise CellError(
                "invalid_date",
                _("'%(value)s': write the year with four digits, as in 31.12.2025."),
            )
    elif match := _ISO_RE.match(text):
        year, month, day = (int(part) for part in match.groups())
    else:
        raise CellError(
            "invalid_date", _("'%(value)s' is not a date; write it as 31.12.2025 (d.m.yyyy).")
        )
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise CellError("invalid_date", _("'%(value)s' is not a real date.")) from None


def parse_boolean(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    word = str(value).strip().casefold().rstrip(".!")
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise CellError("invalid_boolean", _("'%(value)s' is not yes or no; write 'yes' or 'no'."))


def _number_text(value: Any) -> str:
    text = _NUMBER_SPACES_RE.sub("", str(value)).replace("−", "-")
    if "," in text and "." in text:
        raise CellError(
            "invalid_number",
            _("'%(value)s' is not a number; use a decimal comma and no thousands separator."),
        )
    return text.replace(",", ".")


def parse_decimal(value: Any) -> Decimal:
    if isinstance(value, bool):
        raise CellError("invalid_number", _("'%(value)s' is not a number."))
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    try:
        number = Decimal(_number_text(value))
    except InvalidOperation:
        raise CellError("invalid_number", _("'%(value)s' is not a number.")) from None
    if not number.is_finite():
        raise CellError("invalid_number", _("'%(value)s' is not a number."))
    return number


def parse_integer(value: Any) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    try:
        number = parse_decimal(value)
    except CellError:
        raise CellError("invalid_integer", _("'%(value)s' is not a whole number.")) from None
    if number != number.to_integral_value():
        raise CellError("invalid_integer", _("'%(value)s' is not a whole number."))
    return int(number)


def parse_email(value: Any) -> str:
    text = str(value).strip()
    if text.casefold().startswith("mailto:"):
        text = text[len("mailto:") :]
    try:
        validate_email(text)
    except ValidationError:
        raise CellError("invalid_email", _("'%(value)s' is not a valid e-mail address.")) from None
    return text


_validate_url = URLValidator(schemes=["http", "https"])


def parse_url(value: Any) -> str:
    text = str(value).strip()
    if "://" not in text and "." in text and " " not in text:
        text = "https://" + text
    try:
        _validate_url(text)
    except ValidationError:
        raise CellError("invalid_url", _("'%(value)s' is not a valid web address.")) from None
    return text


def text_parser(max_length: int | None) -> Callable[[Any], str]:
    def parse(value: Any) -> str:
        return parse_text(value, max_length=max_length)

    return parse
