"""An annex (or every annex of a table) as an Excel workbook: one sheet per annex, the columns
of services/columns.py, a header row and a real Excel table with a style."""

from __future__ import annotations

import io

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.table import Table, TableStyleInfo

from yhdyspinta.documents.spreadsheets.export import sheet_title_for

from ..models import Annex
from .columns import COLUMNS, export_rows

HEADER_ROW = 4  # rows 1-3: the annex's title, agreement and status


def _sheet(workbook: Workbook, annex: Annex, first: bool):
    title = sheet_title_for(annex.theme.name)
    used = {ws.title for ws in workbook.worksheets}
    while title in used:
        title = sheet_title_for(f"{title[:25]} {len(used)}")
    ws = workbook.active if first else workbook.create_sheet()
    ws.title = title
    ws["A1"] = f"{annex.table.title}: {annex.theme.name}"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = annex.table.agreement.title
    ws["A3"] = f"{_('Status')}: {annex.get_status_display()}, {_('version')} {annex.version}" + (
        f", {_('Due')}: {annex.due_text}" if annex.due_text else ""
    )
    for col, column in enumerate(COLUMNS, start=1):
        cell = ws.cell(row=HEADER_ROW, column=col, value=str(column["header"]))
        cell.font = Font(bold=True)
        ws.column_dimensions[get_column_letter(col)].width = column["width"]
    rows = list(export_rows(annex))
    for r, row in enumerate(rows, start=HEADER_ROW + 1):
        for col, column in enumerate(COLUMNS, start=1):
            cell = ws.cell(row=r, column=col, value=column["accessor"](row) or None)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    last = HEADER_ROW + max(len(rows), 1)
    ref = f"A{HEADER_ROW}:{get_column_letter(len(COLUMNS))}{last}"
    table = Table(displayName=f"Liite{annex.pk}", ref=ref)
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws.add_table(table)
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=1)


def annexes_xlsx(annexes) -> bytes:
    workbook = Workbook()
    annexes = list(annexes)
    for index, annex in enumerate(annexes):
        _sheet(workbook, annex, first=index == 0)
    if not annexes:
        workbook.active.title = sheet_title_for(_("Annexes"))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
