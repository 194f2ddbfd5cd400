"""Import of an annex table from xlsx: the whole file is validated first and the annex's rows
are replaced all or nothing; each problem names the file, sheet, row and column."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext as _

from yhdyspinta.documents.spreadsheets.columns import in_every_language, normalize_key
from yhdyspinta.documents.spreadsheets.errors import _interpolate
from yhdyspinta.documents.spreadsheets.parsing import CellError, parse_text, reject_html
from yhdyspinta.documents.spreadsheets.workbook import open_workbook, read_bytes

from ..models import Annex, AnnexRow, AnnexStatus
from .columns import COLUMNS, IMPORTED
from .versions import record_revision

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 500
HEADER_SEARCH = 20  # the header row is among the first rows (the export has a title above)
LIMITS = {"legal_basis": 500}


@dataclass
class Problem:
    filename: str
    sheet: str
    row: int | None
    column: str
    reason: str

    def __str__(self) -> str:
        where = [self.filename, self.sheet]
        if self.row:
            where.append(_("row %(n)s") % {"n": self.row})
        if self.column:
            where.append(_("column %(c)s") % {"c": self.column})
        return f"{', '.join(p for p in where if p)}: {self.reason}"


def _headers() -> dict[str, str]:
    keys = {}
    for column in COLUMNS:
        if column["key"] in IMPORTED:
            for text in in_every_language(column["header"]):
                keys[normalize_key(text)] = column["key"]
    return keys


def _find_header(rows: list[tuple]) -> tuple[int, dict[int, str]] | None:
    known = _headers()
    for index, row in enumerate(rows[:HEADER_SEARCH]):
        found = {i: known[normalize_key(v)] for i, v in enumerate(row) if normalize_key(v) in known}
        if "task" in found.values():
            return index, found
    return None


def read_rows(file, filename: str) -> tuple[list[dict], list[Problem]]:
    data, problem = read_bytes(file, MAX_BYTES)
    if problem is None:
        workbook, problem = open_workbook(data, filename, MAX_BYTES)
    if problem is not None:
        return [], [Problem(filename, "", None, "", _interpolate(problem.message, problem.params))]
    sheet = workbook.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True, max_row=MAX_ROWS + HEADER_SEARCH + 1))
    header = _find_header(rows)
    if header is None:
        reason = _("The sheet has no header row with the column %(name)s.") % {"name": _("Task")}
        return [], [Problem(filename, sheet.title, None, "", reason)]
    start, columns = header
    body = rows[start + 1 :]
    if len(body) > MAX_ROWS:
        reason = _("The sheet has more than %(n)s rows.") % {"n": MAX_ROWS}
        return [], [Problem(filename, sheet.title, None, "", reason)]
    parsed, problems = [], []
    labels = {c["key"]: str(c["header"]) for c in COLUMNS}
    for offset, cells in enumerate(body):
        number = start + 2 + offset
        if all(v in (None, "") for v in cells):
            continue
        values = {}
        for index, key in columns.items():
            value = cells[index] if index < len(cells) else None
            try:
                text = parse_text("" if value is None else value, max_length=LIMITS.get(key, 4000))
                reject_html(text)
            except CellError as error:
                reason = _interpolate(error.message, {"value": str(value)[:40], **error.params})
                problems.append(Problem(filename, sheet.title, number, labels[key], reason))
                continue
            values[key] = text
        if not values.get("task") and not any(p.row == number for p in problems):
            problems.append(
                Problem(filename, sheet.title, number, labels["task"], _("Write the task."))
            )
        parsed.append(values)
    if not parsed and not problems:
        problems.append(Problem(filename, sheet.title, None, "", _("The sheet has no rows.")))
    return parsed, problems


def import_rows(annex: Annex, file, filename: str, user) -> tuple[int, list[Problem]]:
    """Replace the annex's rows with the file's, or change nothing and say why."""
    if annex.status == AnnexStatus.APPROVED:
        reason = _("The annex is approved and frozen; start a new version first.")
        return 0, [Problem(filename, "", None, "", reason)]
    rows, problems = read_rows(file, filename)
    if problems:
        return 0, problems
    with transaction.atomic():
        annex.rows.all().delete()
        AnnexRow.objects.bulk_create(
            AnnexRow(annex=annex, order=order, **values)
            for order, values in enumerate(rows, start=1)
        )
        record_revision(annex, user)
    return len(rows), []
