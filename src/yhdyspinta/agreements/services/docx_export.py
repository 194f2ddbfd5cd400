"""An annex (or a whole responsibility table) as a Word document for signing: landscape A4,
the table in a real table style with a repeating header row, and signature lines."""

from __future__ import annotations

import io

import docx
from django.utils import timezone
from django.utils.translation import gettext as _
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from yhdyspinta.documents import style as palette

from ..models import Annex
from .columns import COLUMNS, export_rows

TABLE_STYLE = "Light Grid Accent 1"
USABLE_CM = 25.7  # landscape A4 less the margins


def _rgb(hex_colour: str) -> RGBColor:
    return RGBColor.from_string(hex_colour.lstrip("#").upper())


def _new_document():
    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.0)
    section.top_margin = section.bottom_margin = Cm(1.8)
    normal = document.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)
    for name in ("Title", "Heading 1", "Heading 2"):
        document.styles[name].font.name = "Arial"
        document.styles[name].font.color.rgb = _rgb(palette.PRIMARY)
    document.styles["Title"].font.size = Pt(20)
    return document


def _set_widths(table, widths) -> None:
    """Column widths in the grid (LibreOffice reads) and on every cell (Word reads)."""
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width


def _repeat_header(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    element = OxmlElement("w:tblHeader")
    element.set(qn("w:val"), "true")
    tr_pr.append(element)


def _facts(document, annex: Annex) -> None:
    agreement = annex.table.agreement
    facts = [
        (_("Agreement"), agreement.title),
        (
            _("Parties"),
            ", ".join([agreement.county.name, *(p.name for p in agreement.parties.all())]),
        ),
        (_("Status"), f"{annex.get_status_display()} ({_('version')} {annex.version})"),
        (_("Due"), annex.due_text or "–"),
    ]
    if annex.approved_by_id:
        approved = annex.approved_on.strftime("%-d.%-m.%Y") if annex.approved_on else ""
        facts.append((_("Approved by"), f"{annex.approved_by.name} {approved}".strip()))
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in facts:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
        cells[0].paragraphs[0].runs[0].bold = True
    _set_widths(table, [Cm(5), Cm(USABLE_CM - 5)])


def _annex_table(document, annex: Annex) -> None:
    rows = list(export_rows(annex))
    table = document.add_table(rows=1, cols=len(COLUMNS))
    table.style = TABLE_STYLE
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    header = table.rows[0]
    _repeat_header(header)
    for cell, column in zip(header.cells, COLUMNS, strict=True):
        cell.text = str(column["header"])
        cell.paragraphs[0].runs[0].bold = True
    for row in rows:
        cells = table.add_row().cells
        for cell, column in zip(cells, COLUMNS, strict=True):
            cell.text = column["accessor"](row) or ""
    if not rows:
        cells = table.add_row().cells
        cells[0].text = _("No rows yet.")
    total = sum(column["width"] for column in COLUMNS)
    _set_widths(table, [Cm(USABLE_CM * column["width"] / total) for column in COLUMNS])


def _signatures(document, annex: Annex) -> None:
    agreement = annex.table.agreement
    document.add_paragraph()
    document.add_heading(_("Signatures"), level=2)
    parties = [agreement.county, *agreement.parties.all()]
    table = document.add_table(rows=0, cols=2)
    for index in range(0, len(parties), 2):
        cells = table.add_row().cells
        for cell, party in zip(cells, parties[index : index + 2], strict=False):
            cell.text = ""
            paragraph = cell.paragraphs[0]
            paragraph.add_run(_("Place and date") + " ____________________\n\n\n")
            paragraph.add_run("_" * 38 + "\n")
            paragraph.add_run(party.name).bold = True


def _add_annex(document, annex: Annex) -> None:
    document.add_paragraph(f"{annex.table.title} – {_('annex')}: {annex.theme.name}", style="Title")
    _facts(document, annex)
    document.add_paragraph()
    _annex_table(document, annex)
    if annex.note:
        document.add_paragraph(annex.note).runs[0].italic = True
    _signatures(document, annex)


def _footer(document, text: str) -> None:
    paragraph = document.sections[0].footer.paragraphs[0]
    run = paragraph.add_run(text)
    run.font.size = Pt(8)
    run.font.color.rgb = _rgb(palette.MUTED)


def annex_docx(annex: Annex) -> bytes:
    document = _new_document()
    _add_annex(document, annex)
    _footer(document, f"{annex.table.agreement.title} | {timezone.localdate():%-d.%-m.%Y}")
    document.core_properties.title = f"{annex.table.title}: {annex.theme.name}"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def table_docx(table) -> bytes:
    document = _new_document()
    annexes = list(table.annexes.select_related("theme", "approved_by", "table__agreement__county"))
    for index, annex in enumerate(annexes):
        if index:
            document.add_page_break()
        _add_annex(document, annex)
    if not annexes:
        document.add_paragraph(table.title, style="Title")
        document.add_paragraph(_("The table has no annexes yet."))
    _footer(document, f"{table.agreement.title} | {timezone.localdate():%-d.%-m.%Y}")
    document.core_properties.title = table.title
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
