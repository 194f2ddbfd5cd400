"""Errors of the Sotkanet data layer.

A reader never returns partial data: it collects every problem of a file into
`RowError`s and raises one `SotkanetDataError`. Each `RowError` is structured
data (file, line or JSON index, field, a stable code and its parameters), so the
UI can show it in Finnish (`RowError.localized()`) while logs get English
(`str(error)`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from typing import Any

from django.utils.translation import gettext


def gettext_noop(message: str) -> str:
    """Mark a msgid for `makemessages` (which matches the name) without needing settings.

    Django's own gettext_noop consults settings.USE_I18N, so importing this
    module would need configured settings; the readers must work without them.
    """
    return message


# Code -> English template. The templates are msgids for the translation
# catalogue (marked with gettext_noop, translated in `RowError.localized`).
MESSAGES: dict[str, str] = {
    "empty_file": gettext_noop("the file is empty"),
    "encoding": gettext_noop("the text is not valid UTF-8 (%(detail)s)"),
    "not_sotkanet_csv": gettext_noop(
        'this is not a Sotkanet CSV file: the header is "%(found)s", expected "%(expected)s"'
    ),
    "wrong_delimiter": gettext_noop(
        'wrong delimiter: the columns are separated by "%(found)s", expected "%(expected)s"'
    ),
    "missing_column": gettext_noop('the column "%(column)s" is missing'),
    "duplicate_column": gettext_noop('the column "%(column)s" occurs more than once'),
    "field_count": gettext_noop("the row has %(found)s fields, expected %(expected)s"),
    "required": gettext_noop("a value is required"),
    "not_integer": gettext_noop('"%(value)s" is not a whole number'),
    "not_number": gettext_noop('"%(value)s" is not a number'),
    "decimal_comma": gettext_noop(
        '"%(value)s" uses a comma as the decimal separator, expected a point'
    ),
    "not_finite": gettext_noop('"%(value)s" is not a finite number'),
    "too_large": gettext_noop('"%(value)s" is larger than %(largest)s in absolute value'),
    "not_date": gettext_noop('"%(value)s" is not a date (YYYY-MM-DD)'),
    "wrong_type": gettext_noop("expected %(expected)s, found %(found)s"),
    "year_out_of_range": gettext_noop(
        "the year %(value)s is outside the allowed range %(min)s-%(max)s"
    ),
    "unknown_gender": gettext_noop('unknown gender "%(value)s", expected one of %(expected)s'),
    "unknown_region": gettext_noop("unknown region id %(value)s"),
    "unknown_indicator": gettext_noop("unknown indicator id %(value)s"),
    "duplicate_key": gettext_noop(
        "the key %(key)s already occurs on line %(first_line)s with a different value "
        "(%(first_value)s there, %(value)s here)"
    ),
    "duplicate_id": gettext_noop("the id %(value)s already occurs on line %(first_line)s"),
    "wrong_indicator": gettext_noop("expected the indicator %(expected)s, found %(found)s"),
    "invalid_json": gettext_noop("not valid JSON: %(detail)s"),
    "json_top_level": gettext_noop("expected a JSON list or object, found %(found)s"),
    "trailing_data": gettext_noop("unexpected data after the end of the JSON document"),
}

_LINE = gettext_noop("line %(line)s")
_INDEX = gettext_noop("record %(index)s")
_FIELD = gettext_noop('field "%(field)s"')


@dataclasses.dataclass(frozen=True)
class RowError:
    """One problem in one place of one file.

    `line` is the 1-based line number (CSV, or where a JSON record starts),
    `index` the 0-based position of a record in a JSON list. `params` fill the
    template of `code` (see MESSAGES).
    """

    source: str
    code: str
    line: int | None = None
    index: int | None = None
    field: str | None = None
    params: Mapping[str, Any] = dataclasses.field(default_factory=dict)

    def _formatted_params(self) -> dict[str, str]:
        return {key: str(value) for key, value in self.params.items()}

    @property
    def reason(self) -> str:
        """The reason in English."""
        return MESSAGES[self.code] % self._formatted_params()

    def _location_parts(self, translate) -> list[str]:
        parts = [self.source]
        if self.line is not None:
            parts.append(translate(_LINE) % {"line": self.line})
        if self.index is not None:
            parts.append(translate(_INDEX) % {"index": self.index})
        if self.field is not None:
            parts.append(translate(_FIELD) % {"field": self.field})
        return parts

    def __str__(self) -> str:
        return ", ".join(self._location_parts(str)) + ": " + self.reason

    def localized(self) -> str:
        """The whole message in the active language (needs configured Django settings)."""
        reason = gettext(MESSAGES[self.code]) % self._formatted_params()
        return ", ".join(self._location_parts(gettext)) + ": " + reason

    def as_dict(self) -> dict[str, Any]:
        """Plain data for templates, JSON responses and logs."""
        return {
            "source": self.source,
            "line": self.line,
            "index": self.index,
            "field": self.field,
            "code": self.code,
            "params": dict(self.params),
            "reason": self.reason,
        }


class SotkanetError(Exception):
    """Base class of the errors of this package."""


class SotkanetDataError(SotkanetError):
    """A file or response failed validation; nothing of it may be used.

    `errors` holds the first `max_errors` problems; `total_errors` counts all.
    """

    def __init__(self, errors: Iterable[RowError], total_errors: int | None = None) -> None:
        self.errors: tuple[RowError, ...] = tuple(errors)
        if not self.errors:
            raise ValueError("SotkanetDataError needs at least one RowError")
        self.total_errors = len(self.errors) if total_errors is None else total_errors
        super().__init__(str(self))

    @property
    def truncated(self) -> bool:
        return self.total_errors > len(self.errors)

    def __str__(self) -> str:
        sources = sorted({error.source for error in self.errors})
        noun = "problem" if self.total_errors == 1 else "problems"
        lines = [f"{self.total_errors} {noun} in {', '.join(sources)}:"]
        lines.extend(f"  {error}" for error in self.errors)
        if self.truncated:
            lines.append(f"  ... and {self.total_errors - len(self.errors)} more")
        return "\n".join(lines)


class SotkanetHTTPError(SotkanetError):
    """A request to Sotkanet failed for good (after any retries).

    `status` is the last HTTP status, or None when no response arrived
    (timeout, connection error).
    """

    def __init__(self, url: str, status: int | None, reason: str, attempts: int) -> None:
        self.url = url
        self.status = status
        self.reason = reason
        self.attempts = attempts
        status_text = f"HTTP {status}" if status is not None else "no response"
        noun = "attempt" if attempts == 1 else "attempts"
        super().__init__(f"GET {url} failed: {status_text} ({reason}) after {attempts} {noun}")
