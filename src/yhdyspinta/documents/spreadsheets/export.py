"""Write a sheet from a column list: the export people edit and import back.

The data sheet comes first (bold, frozen header row; real Excel dates; drop-down
lists for choices and yes/no), then an instructions sheet describing every
column, then a hidden "lists" sheet holding the drop-down values so that long
lists work (an inline list is limited to 255 characters in Excel).
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from .columns import ChoiceMatcher, Column, ColumnKind
from .parsing import format_date

DATE_FORMAT = "d.m.yyyy"
DATETIME_FORMAT = "d.m.yyyy h:mm"
LISTS_SHEET = "lists"
#: Drop-downs cover the written rows plus this many empty rows for additions.
VALIDATION_SPARE_ROWS = 1000
MAX_AUTO_WIDTH = 60
_SHEET_TITLE_BAD_RE = re.compile(r"[\[\]:*?/\\]")
_HEADER_FILL = PatternFill("solid", fgColor="DDE6F0")


def sheet_title_for(text: Any) -> str:
    """A valid Excel sheet name: no []:*?/\\ and at most 31 characters."""
    title = _SHEET_TITLE_BAD_RE.sub(" ", str(text)).strip().strip("'") or "Sheet"
    return title[:31]


def yes_no_labels() -> tuple[str, str]:
    return str(_("yes")), str(_("no"))


def _clean_text(text: str) -> str:
    return ILLEGAL_CHARACTERS_RE.sub("", text)


def cell_value(column: Column, value: Any, matcher: ChoiceMatcher | None) -> Any:
    """The value to put in a cell for one exported Python value."""
    if value is None:
        return None
    if column.multiple and isinstance(value, Iterable) and not isinstance(value, str | bytes):
        items = [cell_value(_single(column), item, matcher) for item in value]
        return "; ".join(_plain(item) for item in items if item not in (None, ""))
    if matcher is not None:
        label = matcher.label_for(value)
        return _clean_text(label) if label is not None else _clean_text(str(value))
    if isinstance(value, bool):
        yes, no = yes_no_labels()
        return yes if value else no
    if isinstance(value, dt.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value).replace(tzinfo=None)
        return value
    if isinstance(value, dt.date | int | float | Decimal):
        return value
    if isinstance(value, Promise):
        value = str(value)
    return _clean_text(str(value))


def _single(column: Column) -> Column:
    return Column(key=column.key, header=column.header, kind=column.kind)


def _plain(value: Any) -> str:
    if isinstance(value, dt.datetime):
        return format_date(value.date()) if value.time() == dt.time() else str(value)
    if isinstance(value, dt.date):
        return format_date(value)
    return str(value)


def _write(ws: Worksheet, row: int, col: int, value: Any, number_format: str | None = None):
    cell = ws.cell(row=row, column=col, value=value)
    if cell.data_type in ("f", "e"):
        # Text such as "=HYPERLINK(...)" or "#N/A" stays text, never a formula or an error.
        cell.data_type = "s"
    if number_format:
        cell.number_format = number_format
    elif isinstance(value, dt.datetime):
        cell.number_format = DATETIME_FORMAT if value.time() != dt.time() else DATE_FORMAT
    elif isinstance(value, dt.date):
        cell.number_format = DATE_FORMAT
    return cell


def _number_format(column: Column) -> str | None:
    if column.kind == ColumnKind.DATE:
        return DATE_FORMAT
    if column.kind in (ColumnKind.INTEGER, ColumnKind.DECIMAL):
        return column.number_format
    return None


def _width(column: Column, values: list[Any]) -> float:
    if column.width is not None:
        return column.width
    longest = len(str(column.header))
    for value in values[:500]:
        longest = max(longest, len(_plain(value)) if value is not None else 0)
    return float(min(max(longest + 2, 10), MAX_AUTO_WIDTH))


def write_xlsx(
    columns: Sequence[Column],
    rows: Iterable[Any],
    *,
    sheet_title: str | Promise,
    instructions: list[str | Promise] | None = None,
    title_row: str | Promise | None = None,
) -> bytes:
    """An .xlsx file with one row per item of ``rows``; values come from each column's accessor.

    ``title_row`` puts a title line above the header (the reader finds the header
    below it). Returns the file's bytes.
    """
    workbook = Workbook()
    ws = workbook.active
    ws.title = sheet_title_for(sheet_title)
    matchers = {}
    for column in columns:
        choices = column.resolved_choices()
        matchers[column.key] = ChoiceMatcher(choices) if choices is not None else None

    header_row = 1
    if title_row:
        title_cell = _write(ws, 1, 1, _clean_text(str(title_row)))
        title_cell.font = Font(bold=True, size=14)
        header_row = 2
    for index, column in enumerate(columns, start=1):
        cell = _write(ws, header_row, index, _clean_text(str(column.header)))
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(vertical="top", wrap_text=True)
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)

    values_by_column: list[list[Any]] = [[] for _column in columns]
    row_number = header_row
    for row_number, item in enumerate(rows, start=header_row + 1):  # noqa: B007
        for index, column in enumerate(columns, start=1):
            value = cell_value(column, column.access(item), matchers[column.key])
            values_by_column[index - 1].append(value)
            if value is not None and value != "":
                _write(ws, row_number, index, value, _number_format(column))

    for index, column in enumerate(columns, start=1):
        letter = get_column_letter(index)
        ws.column_dimensions[letter].width = _width(column, values_by_column[index - 1])
    if columns:
        ws.auto_filter.ref = f"A{header_row}:{get_column_letter(len(columns))}{row_number}"

    last_row = row_number + VALIDATION_SPARE_ROWS
    _add_validations(workbook, ws, columns, matchers, header_row + 1, last_row)
    _write_instructions(workbook, columns, matchers, instructions)
    workbook.active = 0
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def template_xlsx(
    columns: Sequence[Column],
    *,
    sheet_title: str | Promise,
    instructions: list[str | Promise] | None = None,
    title_row: str | Promise | None = None,
) -> bytes:
    """An empty sheet with the header row, drop-downs and the instructions sheet."""
    return write_xlsx(
        columns, [], sheet_title=sheet_title, instructions=instructions, title_row=title_row
    )


def _add_validations(workbook, ws, columns, matchers, first_row, last_row) -> None:
    lists_ws = None
    list_column = 0
    for index, column in enumerate(columns, start=1):
        letter = get_column_letter(index)
        area = f"{letter}{first_row}:{letter}{last_row}"
        matcher = matchers[column.key]
        if matcher is not None and matcher.choices:
            if lists_ws is None:
                lists_ws = workbook.create_sheet(LISTS_SHEET)
                lists_ws.sheet_state = "hidden"
            list_column += 1
            list_letter = get_column_letter(list_column)
            labels = matcher.labels()
            for offset, label in enumerate(labels, start=1):
                _write(lists_ws, offset, list_column, _clean_text(label))
            source = f"{quote_sheetname(LISTS_SHEET)}!${list_letter}$1:${list_letter}${len(labels)}"
            validation = DataValidation(type="list", formula1=source, allow_blank=True)
        elif column.kind == ColumnKind.BOOLEAN and column.parser is None:
            yes, no = yes_no_labels()
            validation = DataValidation(type="list", formula1=f'"{yes},{no}"', allow_blank=True)
        else:
            continue
        # A multiple-value cell holds several choices, which a strict list would refuse:
        # offer the drop-down but let people type; the reader validates every value.
        validation.showErrorMessage = not column.multiple
        validation.errorTitle = gettext("Value not in the list")
        validation.error = gettext("Pick a value from the drop-down list.")
        validation.add(area)
        ws.add_data_validation(validation)


def _format_description(column: Column, matcher: ChoiceMatcher | None) -> str:
    parts = []
    if matcher is not None:
        labels = matcher.labels()
        if len(labels) <= 12:
            parts.append(gettext("One of: %(values)s") % {"values": ", ".join(labels)})
        else:
            parts.append(gettext("A value from the drop-down list"))
    elif column.kind == ColumnKind.DATE:
        parts.append(gettext("Date, for example 31.12.2025"))
    elif column.kind == ColumnKind.BOOLEAN:
        yes, no = yes_no_labels()
        parts.append(gettext("%(yes)s or %(no)s") % {"yes": yes, "no": no})
    elif column.kind == ColumnKind.INTEGER:
        parts.append(gettext("Whole number"))
    elif column.kind == ColumnKind.DECIMAL:
        parts.append(gettext("Number, decimal comma allowed (12,5)"))
    elif column.kind == ColumnKind.EMAIL:
        parts.append(gettext("E-mail address"))
    elif column.kind == ColumnKind.URL:
        parts.append(gettext("Web address"))
    else:
        parts.append(gettext("Text"))
    if column.multiple:
        parts.append(gettext("several values allowed, separated by semicolons"))
    if column.max_length:
        parts.append(gettext("at most %(limit)s characters") % {"limit": column.max_length})
    return "; ".join(parts)


def _write_instructions(workbook, columns, matchers, instructions) -> None:
    ws = workbook.create_sheet(sheet_title_for(_("Instructions")), index=1)
    row = 1
    heading = _write(ws, row, 1, gettext("Instructions"))
    heading.font = Font(bold=True, size=14)
    row += 1
    for paragraph in instructions or []:
        cell = _write(ws, row, 1, _clean_text(str(paragraph)))
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=4)
        row += 1
    row += 1
    headers = [gettext("Column"), gettext("Required"), gettext("Format"), gettext("Notes")]
    for index, text in enumerate(headers, start=1):
        _write(ws, row, index, text).font = Font(bold=True)
    yes, no = yes_no_labels()
    for column in columns:
        row += 1
        _write(ws, row, 1, _clean_text(str(column.header)))
        _write(ws, row, 2, yes if column.required else no)
        _write(ws, row, 3, _clean_text(_format_description(column, matchers[column.key])))
        _write(ws, row, 4, _clean_text(str(column.help_text or "")))
        for col in range(1, 5):
            ws.cell(row=row, column=col).alignment = Alignment(wrap_text=True, vertical="top")
    for letter, width in zip("ABCD", (30, 12, 40, 60), strict=True):
        ws.column_dimensions[letter].width = width
