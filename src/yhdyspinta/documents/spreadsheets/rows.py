"""The sheet as a grid of values (merged cells filled in), its header row, and row parsing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from .columns import ChoiceMatcher, Column, _without_parentheses, normalize_key, split_multiple
from .errors import CellError, display_value
from .parsing import format_date, parse_text, reject_html

if TYPE_CHECKING:
    from .reader import ParsedRow, Problems

EXCEL_ERRORS = frozenset(
    {"#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!", "#SPILL!", "#CALC!"}
)
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2007": " "})


class ExcelErrorValue(str):
    """An error cell's value (#N/A, #REF!, ...), distinct from the same text typed in."""

    __slots__ = ()


def clean(value: Any) -> Any:
    """A cell value with text stripped; empty text becomes ``None``."""
    if isinstance(value, ExcelErrorValue):
        return value
    if isinstance(value, str):
        if "\u00a0" in value or "\u202f" in value or "\u2007" in value:
            value = value.translate(_SPACES)
        return value.strip() or None
    return value


def _join_headers(columns: Sequence[Column]) -> str:
    return ", ".join(str(column.header) for column in columns)


lazy_join_headers = lazy(_join_headers, str)


class SheetGrid:
    """Values of one worksheet; every cell of a merged range reads the range's top-left value."""

    def __init__(self, ws: Worksheet) -> None:
        self.ws = ws
        self.title = ws.title
        self.header_row: int | None = None
        self.ignored_headers: list[str] = []
        self.file_headers: dict[int, str] = {}
        self._lookup: _HeaderLookup | None = None
        self.merged: dict[tuple[int, int], tuple[Any, tuple[int, int]]] = {}
        # a read-only worksheet (opened so only when the workbook has no merged cells) has none
        merged_cells = getattr(ws, "merged_cells", None)
        ranges = merged_cells.ranges if merged_cells is not None else ()
        max_row, max_col = (ws.max_row, ws.max_column) if ranges else (0, 0)
        for cell_range in ranges:
            anchor = (cell_range.min_row, cell_range.min_col)
            value = ws.cell(row=cell_range.min_row, column=cell_range.min_col).value
            for row in range(cell_range.min_row, min(cell_range.max_row, max_row) + 1):
                for col in range(cell_range.min_col, min(cell_range.max_col, max_col) + 1):
                    self.merged[(row, col)] = (value, anchor)

    @property
    def is_empty(self) -> bool:
        return all(
            clean(value) is None for row in self.ws.iter_rows(values_only=True) for value in row
        )

    def rows(self, min_row: int, max_row: int | None = None) -> Iterator[tuple[int, list[Any]]]:
        """(row number, values) with merged cells filled in."""
        for row_number, values in enumerate(
            self.ws.iter_rows(min_row=min_row, max_row=max_row, values_only=True), start=min_row
        ):
            values = list(values)
            for col, value in enumerate(values, start=1):
                if type(value) is str and value[:1] == "#" and value in EXCEL_ERRORS:
                    if self.ws.cell(row=row_number, column=col).data_type == "e":
                        values[col - 1] = ExcelErrorValue(value)
            if self.merged:
                for col in range(1, len(values) + 1):
                    merged = self.merged.get((row_number, col))
                    if merged is not None:
                        values[col - 1] = merged[0]
            yield row_number, values

    def find_header(self, columns: Sequence[Column], scan_rows: int) -> int:
        """Find the row matching the most columns; returns how many it matched."""
        self._lookup = _HeaderLookup(columns)
        best_score = 0
        for row_number, values in self.rows(1, scan_rows):
            matches: dict[int, int] = {}
            for col, value in enumerate(values, start=1):
                index = self._lookup.find(value)
                if index is not None and index not in matches.values():
                    matches[col] = index
            if len(matches) > best_score:
                best_score = len(matches)
                self.header_row = row_number
        return best_score

    def map_header(self, columns: Sequence[Column], problems: Problems) -> dict[int, int]:
        """{sheet column number: index in ``columns``}; reports columns written twice."""
        mapping: dict[int, int] = {}
        first_col: dict[int, int] = {}
        _row_number, values = next(self.rows(self.header_row, self.header_row))
        for col, value in enumerate(values, start=1):
            index = self._lookup.find(value)
            if index is None:
                if clean(value) is not None:
                    self.ignored_headers.append(str(value))
                continue
            if index in first_col:
                earlier = self.merged.get((self.header_row, first_col[index]))
                here = self.merged.get((self.header_row, col))
                if earlier is not None and here is not None and earlier[1] == here[1]:
                    continue  # one merged header cell spanning several columns
                problems.add(
                    "duplicate_column",
                    _("The column appears twice (columns %(first)s and %(second)s)."),
                    {
                        "first": get_column_letter(first_col[index]),
                        "second": get_column_letter(col),
                    },
                    row=self.header_row,
                    column=columns[index],
                    header=str(value),
                    column_index=col,
                )
                continue
            first_col[index] = col
            mapping[col] = index
        self.file_headers = {index: str(values[col - 1]).strip() for col, index in mapping.items()}
        return mapping


class _HeaderLookup:
    def __init__(self, columns: Sequence[Column]) -> None:
        self.exact: dict[str, int] = {}
        self.loose: dict[str, int] = {}
        for index, column in enumerate(columns):
            exact, loose = column.header_keys()
            for key in exact:
                self.exact.setdefault(key, index)
            for key in loose:
                self.loose.setdefault(key, index)

    def find(self, value: Any) -> int | None:
        if not isinstance(value, str) or not value.strip():
            return None
        key = normalize_key(value)
        if key in self.exact:
            return self.exact[key]
        bare = _without_parentheses(value)
        for candidate in (bare, key):
            if candidate in self.exact:
                return self.exact[candidate]
            if candidate in self.loose:
                return self.loose[candidate]
        return None


class RowParser:
    """Parses data rows under the header, reporting each bad cell with its row and column."""

    def __init__(self, columns, mapping, matchers, problems, grid: SheetGrid) -> None:
        self.columns: Sequence[Column] = columns
        self.mapping: dict[int, int] = mapping
        self.matchers: dict[str, ChoiceMatcher | None] = matchers
        self.problems: Problems = problems
        self.grid = grid
        self.parsers = {column.key: column.value_parser() for column in columns}
        self.header_keys = {
            index: normalize_key(header) for index, header in grid.file_headers.items()
        }

    def _header(self, index: int) -> str:
        return self.grid.file_headers.get(index) or str(self.columns[index].header)

    def parse_rows(self, max_rows: int) -> list[ParsedRow]:
        from .reader import ParsedRow

        parsed: list[ParsedRow] = []
        last_col = max(self.mapping, default=0)
        present = set(self.mapping.values())
        for row_number, values in self.grid.rows(self.grid.header_row + 1):
            cells = {
                col: clean(values[col - 1]) if col <= len(values) else None for col in self.mapping
            }
            if all(value is None for value in cells.values()) or self._repeats_header(cells):
                continue
            if len(parsed) >= max_rows:
                self.problems.add(
                    "too_many_rows",
                    _("The sheet has more than %(limit)s rows; split it into smaller files."),
                    {"limit": max_rows},
                    row=row_number,
                )
                break
            row_values: dict[str, Any] = {}
            raw: dict[str, Any] = {}
            for col in range(1, last_col + 1):
                index = self.mapping.get(col)
                if index is not None:
                    column = self.columns[index]
                    raw[column.key] = cells[col]
                    row_values[column.key] = self._parse_cell(row_number, col, index, cells[col])
            for index, column in enumerate(self.columns):
                if index not in present:
                    row_values[column.key] = [] if column.multiple else None
            parsed.append(ParsedRow(self.grid.title, row_number, row_values, raw))
        return parsed

    def _repeats_header(self, cells: dict[int, Any]) -> bool:
        return all(
            isinstance(value, str) and normalize_key(value) == self.header_keys.get(index)
            for col, index in self.mapping.items()
            if (value := cells[col]) is not None
        )

    def _parse_cell(self, row_number: int, col: int, index: int, value: Any) -> Any:
        column = self.columns[index]
        if value is None:
            if column.required:
                self._problem(row_number, col, index, None, "required", _("A value is required."))
            return [] if column.multiple else None
        if isinstance(value, ExcelErrorValue):
            message = _("The cell shows the Excel error %(value)s; fix the formula or the value.")
            self._problem(row_number, col, index, value, "excel_error", message)
            return [] if column.multiple else None
        if isinstance(value, str):
            try:
                reject_html(value)
            except CellError as error:
                self._problem(row_number, col, index, value, error.code, error.message)
                return [] if column.multiple else None
        if not column.multiple:
            return self._parse_one(row_number, col, index, value)
        matcher = self.matchers[column.key]
        if isinstance(value, str):
            items = matcher.split(value) if matcher else split_multiple(value)
        else:
            items = [value]
        result: list[Any] = []
        for item in items:
            parsed = self._parse_one(row_number, col, index, item)
            if parsed is not None and parsed not in result:
                result.append(parsed)
        return result

    def _parse_one(self, row_number: int, col: int, index: int, value: Any) -> Any:
        column = self.columns[index]
        matcher = self.matchers[column.key]
        try:
            if matcher is not None:
                return matcher.parse(parse_text(value))
            return self.parsers[column.key](value)
        except CellError as error:
            self._problem(row_number, col, index, value, error.code, error.message, error.params)
            return None

    def _problem(self, row_number, col, index, value, code, message, params=None) -> None:
        shown = format_date(value) if isinstance(value, dt.date) else value
        self.problems.add(
            code,
            message,
            {"value": display_value(shown), **(params or {})},
            row=row_number,
            column=self.columns[index],
            header=self._header(index),
            column_index=col,
            value=value,
        )

    def check_duplicates(self, rows: list[ParsedRow], keys: Sequence[str]) -> None:
        """Report each row whose ``keys`` repeat an earlier row's, naming both rows."""
        if not keys:
            return
        indexes = [next(i for i, c in enumerate(self.columns) if c.key == key) for key in keys]
        headers = ", ".join(self._header(index) for index in indexes)
        first_col = next((col for col, i in self.mapping.items() if i == indexes[0]), None)
        seen: dict[tuple, int] = {}
        for row in rows:
            signature = tuple(_comparable(row.values.get(key)) for key in keys)
            if any(part in (None, ()) for part in signature):
                continue
            if signature in seen:
                self.problems.add(
                    "duplicate_row",
                    _("Row %(row)s repeats row %(first_row)s (same %(columns)s)."),
                    {"row": row.row_number, "first_row": seen[signature], "columns": headers},
                    row=row.row_number,
                    column=self.columns[indexes[0]],
                    header=self._header(indexes[0]),
                    column_index=first_col,
                    value=row.raw.get(keys[0]),
                )
            else:
                seen[signature] = row.row_number


def _comparable(value: Any) -> Any:
    if isinstance(value, str):
        return normalize_key(value) or None
    if isinstance(value, list):
        return tuple(sorted(str(_comparable(item)) for item in value))
    return value
