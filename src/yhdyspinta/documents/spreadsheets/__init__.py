"""Spreadsheet import and export shared by every app.

One list of ``Column`` objects describes a sheet. ``write_xlsx`` exports rows with
it, ``template_xlsx`` gives the empty file with instructions, and ``read_table``
reads an uploaded file back, validating the whole file and collecting every
problem (sheet, row, column, reason) before anything is written.

All or nothing: the caller checks the result, then writes inside its own
``transaction.atomic()`` and raises ``ImportProblems`` to roll back::

    result = read_table(upload, COLUMNS, filename=upload.name, max_bytes=5 * 1024 * 1024,
                        unique_together=("name",))
    result.raise_for_problems()
    with transaction.atomic():
        for row in result.rows:
            Network.objects.create(**row.values)

Messages are lazy translations of English msgids: ``problem.text()`` in the UI's
language, ``problem.as_text()`` in English for logs.
"""

from .columns import Choice, ChoiceMatcher, Column, ColumnKind, normalize_key
from .errors import CellError, ImportProblem, ImportProblems
from .export import template_xlsx, write_xlsx
from .parsing import (
    parse_boolean,
    parse_date,
    parse_decimal,
    parse_email,
    parse_integer,
    parse_text,
    parse_url,
)
from .reader import ParsedRow, ReadResult, read_table

__all__ = [
    "CellError",
    "Choice",
    "ChoiceMatcher",
    "Column",
    "ColumnKind",
    "ImportProblem",
    "ImportProblems",
    "ParsedRow",
    "ReadResult",
    "normalize_key",
    "parse_boolean",
    "parse_date",
    "parse_decimal",
    "parse_email",
    "parse_integer",
    "parse_text",
    "parse_url",
    "read_table",
    "template_xlsx",
    "write_xlsx",
]
