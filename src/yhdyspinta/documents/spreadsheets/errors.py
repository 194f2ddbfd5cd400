"""Problems found while reading a spreadsheet, and the exception that carries them.

Every message is built from an English msgid with ``%(name)s`` placeholders and
stays lazy until it is shown: ``str(problem.message)`` gives the active language
(Finnish in the UI), ``problem.as_text()`` gives English for logs.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from django.utils import translation
from django.utils.functional import Promise, lazy
from django.utils.translation import gettext_lazy as _

MAX_VALUE_CHARS = 60


def _interpolate(template: str | Promise, params: Mapping[str, Any]) -> str:
    text = str(template)
    return text % dict(params) if params else text


#: ``lazy_message(_("'%(value)s' is not a date"), {"value": "x"})`` is translated and
#: interpolated only when it is turned into a string, in the language active then.
lazy_message = lazy(_interpolate, str)


def display_value(value: Any) -> str:
    """A cell value shortened for a message."""
    text = "" if value is None else str(value)
    text = " ".join(text.split())
    if len(text) > MAX_VALUE_CHARS:
        text = text[: MAX_VALUE_CHARS - 1] + "…"
    return text


class CellError(ValueError):
    """Raised by a parser when one cell's value is not acceptable.

    ``message`` is a lazy msgid that may use ``%(value)s`` (the cell's value, filled
    in by the reader) and any placeholder given in ``params``.
    """

    def __init__(
        self, code: str, message: str | Promise, params: Mapping[str, Any] | None = None
    ) -> None:
        super().__init__(code)
        self.code = code
        self.message = message
        self.params = dict(params or {})

    def __str__(self) -> str:
        with translation.override("en"):
            return _interpolate(self.message, {"value": "", **self.params})


@dataclass(frozen=True)
class ImportProblem:
    """One thing wrong with an uploaded file, located as precisely as possible.

    ``row`` is the Excel row number (1-based) and ``column`` the column's header as
    written in the file (or the expected header when the column is missing); both
    are ``None`` for problems with the whole file or sheet.
    """

    file: str
    sheet: str | None
    row: int | None
    column: str | Promise | None
    reason_code: str
    message: str | Promise
    value: Any = None
    column_key: str | None = None
    column_letter: str | None = None
    params: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def text(self) -> str:
        """A full sentence in the active language: where, then what is wrong."""
        parts = [self.file] if self.file else []
        if self.sheet:
            parts.append(str(_("sheet %(sheet)s") % {"sheet": self.sheet}))
        if self.row is not None:
            parts.append(str(_("row %(row)s") % {"row": self.row}))
        if self.column:
            parts.append(str(_("column %(column)s") % {"column": self.column}))
        where = ", ".join(parts)
        return f"{where}: {self.message}" if where else str(self.message)

    def as_text(self) -> str:
        """The same sentence in English, for logs."""
        with translation.override("en"):
            return self.text()

    def __str__(self) -> str:
        return self.as_text()


class ImportProblems(Exception):  # noqa: N818 - the name reads as what it carries
    """Raised when an import must not write anything; carries every problem found.

    Typical use in a service function::

        result = read_table(upload, COLUMNS, filename=upload.name, max_bytes=LIMIT)
        result.raise_for_problems()          # nothing written yet
        with transaction.atomic():           # the caller owns the transaction
            for row in result.rows:
                problems += save_row(row)    # may find more problems (e.g. in the database)
            if problems:
                raise ImportProblems(problems)   # rolls the whole import back

    A view catches it and lists ``problem.text()`` for each problem (Finnish in the
    UI); ``str(exc)`` is English for logs.
    """

    def __init__(self, problems: list[ImportProblem]) -> None:
        self.problems = list(problems)
        super().__init__(self._summary())

    def _summary(self, limit: int = 5) -> str:
        shown = [problem.as_text() for problem in self.problems[:limit]]
        more = len(self.problems) - len(shown)
        lines = [f"{len(self.problems)} problem(s) in the import:", *shown]
        if more > 0:
            lines.append(f"... and {more} more")
        return "\n".join(lines)

    def __str__(self) -> str:
        return self._summary()
