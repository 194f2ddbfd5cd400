"""Read and validate a whole sheet against a column list, collecting every problem.

``read_table`` never writes anything and never stops at the first problem: it
returns the parsed rows and all problems found (up to a cap), so that people can
fix the file in one go. Writing is the caller's job, all or nothing (see
``ImportProblems``).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from openpyxl.utils import get_column_letter

from .columns import ChoiceMatcher, Column
from .errors import ImportProblem, ImportProblems, lazy_message
from .rows import RowParser, SheetGrid, lazy_join_headers
from .workbook import open_workbook, read_bytes

logger = logging.getLogger(__name__)

DEFAULT_MAX_PROBLEMS = 200
DEFAULT_MAX_ROWS = 50_000
HEADER_SCAN_ROWS = 20


@dataclass
class ParsedRow:
    """One data row: ``values`` by column key (parsed), ``raw`` the cell values as read."""

    sheet: str
    row_number: int
    values: dict[str, Any]
    raw: dict[str, Any]


@dataclass
class ReadResult:
    """What ``read_table`` found. Write ``rows`` only when ``ok`` (no problems).

    ``values`` hold every column key; a column missing from the file gives ``None``
    (``[]`` for multiple columns); ``columns_found`` tells which keys were present.
    """

    rows: list[ParsedRow] = field(default_factory=list)
    errors: list[ImportProblem] = field(default_factory=list)
    sheet: str | None = None
    header_row: int | None = None
    columns_found: list[str] = field(default_factory=list)
    ignored_headers: list[str] = field(default_factory=list)
    truncated: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors

    def raise_for_problems(self) -> None:
        """Raise ``ImportProblems`` when anything is wrong; call before writing."""
        if self.errors:
            raise ImportProblems(self.errors)


class ProblemCap(Exception):  # noqa: N818 - a control-flow signal, not an error
    """Raised when the cap on collected problems is reached."""


class Problems:
    """Collects problems for one file and sheet, up to a cap."""

    def __init__(self, filename: str, max_problems: int) -> None:
        self.filename = filename
        self.sheet: str | None = None
        self.items: list[ImportProblem] = []
        self.max_problems = max_problems

    def add(
        self,
        code: str,
        message: str | Promise,
        params: dict[str, Any] | None = None,
        *,
        row: int | None = None,
        column: Column | None = None,
        header: str | Promise | None = None,
        column_index: int | None = None,
        value: Any = None,
    ) -> None:
        params = dict(params or {})
        self.items.append(
            ImportProblem(
                file=self.filename,
                sheet=self.sheet,
                row=row,
                column=header if header is not None else (column.header if column else None),
                reason_code=code,
                message=lazy_message(message, params),
                value=value,
                column_key=column.key if column else None,
                column_letter=get_column_letter(column_index) if column_index else None,
                params=params,
            )
        )
        if len(self.items) >= self.max_problems:
            self.items.append(
                ImportProblem(
                    file=self.filename,
                    sheet=self.sheet,
                    row=None,
                    column=None,
                    reason_code="too_many_problems",
                    message=lazy_message(
                        _(
                            "Reading stopped after %(count)s problems; fix these and "
                            "upload the file again."
                        ),
                        {"count": self.max_problems},
                    ),
                )
            )
            raise ProblemCap


def read_table(
    file: Any,
    columns: Sequence[Column],
    *,
    filename: str,
    max_bytes: int,
    sheet: str | None = None,
    unique_together: Sequence[str] = (),
    max_problems: int = DEFAULT_MAX_PROBLEMS,
    max_rows: int = DEFAULT_MAX_ROWS,
    allow_empty: bool = False,
) -> ReadResult:
    """Read the sheet that matches ``columns`` (or the named ``sheet``) and validate every row.

    ``file`` is bytes, a path or a file object; ``filename`` names it in messages.
    ``unique_together`` names column keys whose values may appear in one row only.
    """
    keys = {column.key for column in columns}
    unknown = [key for key in unique_together if key not in keys]
    if unknown:
        raise ValueError(f"unique_together names unknown columns: {unknown}")
    result = ReadResult()
    problems = Problems(filename, max_problems)
    try:
        _read(file, columns, result, problems, filename, max_bytes, sheet, unique_together,
              max_rows, allow_empty)  # fmt: skip
    except ProblemCap:
        result.truncated = True
    result.errors = sorted(problems.items, key=lambda p: (p.row is not None, p.row or 0))
    _log(result, filename)
    return result


def _read(
    file, columns, result, problems, filename, max_bytes, sheet, unique_together, max_rows,
    allow_empty,
) -> None:  # fmt: skip
    data, problem = read_bytes(file, max_bytes)
    workbook = None
    if problem is None:
        workbook, problem = open_workbook(data, filename, max_bytes)
    if problem is not None:
        problems.add(problem.code, problem.message, problem.params)
        return
    matchers = {}
    for column in columns:
        choices = column.resolved_choices()
        matchers[column.key] = ChoiceMatcher(choices) if choices is not None else None
    try:
        grid = _choose_sheet(workbook, columns, sheet, problems)
        if grid is None:
            return
        problems.sheet = grid.title
        result.sheet = grid.title
        result.header_row = grid.header_row
        mapping = grid.map_header(columns, problems)
        result.columns_found = [columns[i].key for i in mapping.values()]
        result.ignored_headers = grid.ignored_headers
        missing = [c for c in columns if c.required and c.key not in result.columns_found]
        for column in missing:
            problems.add(
                "missing_column",
                _("The required column '%(column)s' is missing from the header row."),
                {"column": column.header},
                row=grid.header_row,
                column=column,
            )
        parser = RowParser(columns, mapping, matchers, problems, grid)
        result.rows = parser.parse_rows(max_rows)
        if not result.rows and not allow_empty:
            problems.add(
                "no_rows",
                _("The sheet has a header row but no data rows."),
                row=grid.header_row,
            )
        parser.check_duplicates(result.rows, unique_together)
    finally:
        workbook.close()


def _choose_sheet(workbook, columns, sheet, problems: Problems) -> SheetGrid | None:
    if sheet is not None:
        wanted = str(sheet).strip().casefold()
        matching = [ws for ws in workbook.worksheets if ws.title.strip().casefold() == wanted]
        if not matching:
            problems.add(
                "sheet_not_found",
                _("The file has no sheet named '%(sheet)s'. Its sheets are: %(sheets)s."),
                {"sheet": sheet, "sheets": ", ".join(workbook.sheetnames)},
            )
            return None
        candidates = matching
    else:
        candidates = [ws for ws in workbook.worksheets if ws.sheet_state == "visible"]
    best: SheetGrid | None = None
    best_score = 0
    grids = [SheetGrid(ws) for ws in candidates]
    for grid in grids:
        score = grid.find_header(columns, HEADER_SCAN_ROWS)
        if score > best_score:
            best, best_score = grid, score
    if best is not None:
        return best
    if len(candidates) == 1:
        problems.sheet = candidates[0].title
    if all(grid.is_empty for grid in grids):
        problems.add("empty_sheet", _("The sheet is empty."))
    else:
        expected = lazy_join_headers(columns)
        problems.add(
            "no_header",
            _(
                "No header row was found in the first %(rows)s rows. "
                "Expected column names such as: %(expected)s."
            ),
            {"rows": HEADER_SCAN_ROWS, "expected": expected},
        )
    return None


def _log(result: ReadResult, filename: str) -> None:
    logger.info(
        "Read %s: sheet %s, %d rows, %d problems%s",
        filename,
        result.sheet,
        len(result.rows),
        len(result.errors),
        " (truncated)" if result.truncated else "",
    )
    for problem in result.errors[:20]:
        logger.info("Import problem: %s", problem.as_text())
