"""The decision list for the board (docx, A4 landscape, a table and the signature lines) and as a
spreadsheet (xlsx), and the project funding reservation proposal (docx). Columns are data, so
the docx, the xlsx and the read-back tests share one list."""

from __future__ import annotations

import io
from decimal import Decimal

import docx
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Font

from yhdyspinta.documents import style as palette

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def euros(value) -> str:
    return f"{number_format(value or Decimal(0), 2, force_grouping=True)} €"


def day(value) -> str:
    return value.strftime("%-d.%-m.%Y") if value else ""


def decision_columns():
    return [
        {"header": _("No."), "accessor": lambda d: d.number, "width": 1.2},
        {
            "header": _("Applicant"),
            "accessor": lambda d: d.application.organization.name,
            "width": 5.0,
        },
        {
            "header": _("Business ID"),
            "accessor": lambda d: d.application.organization.business_id,
            "width": 2.4,
        },
        {
            "header": _("Municipalities"),
            "width": 4.0,
            "accessor": lambda d: ", ".join(m.name for m in d.application.municipalities.all()),
        },
        {
            "header": _("Requested"),
            "accessor": lambda d: d.application.requested_amount,
            "money": True,
            "width": 2.8,
        },
        {"header": _("Granted"), "accessor": lambda d: d.amount, "money": True, "width": 2.8},
        {"header": _("Conditions"), "accessor": lambda d: d.conditions, "width": 7.5},
    ]


def _rgb(hex_colour: str) -> RGBColor:
    return RGBColor.from_string(hex_colour.lstrip("#").upper())


def _new_document(landscape: bool):
    document = docx.Document()
    section = document.sections[0]
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    else:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.0)
    section.top_margin = section.bottom_margin = Cm(2.0)
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = "Arial", Pt(10)
    for name in ("Title", "Heading 1"):
        document.styles[name].font.name = "Arial"
        document.styles[name].font.color.rgb = _rgb(palette.PRIMARY)
    document.styles["Title"].font.size = Pt(20)
    return document


def _table(document, headers, rows, widths, money_columns=()):
    table = document.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    header_row = table.rows[0]
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    header_row._tr.get_or_add_trPr().append(repeat)
    for i, header in enumerate(headers):
        cell = header_row.cells[i]
        cell.text = ""
        cell.paragraphs[0].add_run(str(header)).bold = True
        shading = OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:fill"), palette.PRIMARY_LIGHT.lstrip("#").upper())
        cell._tc.get_or_add_tcPr().append(shading)
    for values in rows:
        cells = table.add_row().cells
        for i, value in enumerate(values):
            cells[i].text = str(value)
            if i in money_columns:
                cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for i, width in enumerate(widths):
        table.columns[i].width = Cm(width)
    for row in table.rows:
        for i, width in enumerate(widths):
            row.cells[i].width = Cm(width)
            for paragraph in row.cells[i].paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(9)
    return table


def _signatures(document, body_name: str):
    paragraph = document.add_paragraph(
        _("Decided by %(body)s on ____ . ____ . ________") % {"body": body_name}
    )
    paragraph.paragraph_format.space_before = Pt(10)
    paragraph.paragraph_format.keep_with_next = True
    table = document.add_table(rows=2, cols=2)
    for i, role in enumerate((_("Chair"), _("Presenting official"))):
        table.rows[0].cells[i].text = "\n_______________________________"
        table.rows[1].cells[i].text = role
        for row in table.rows:
            for cell_paragraph in row.cells[i].paragraphs:
                cell_paragraph.paragraph_format.keep_with_next = True


def decision_list_docx(call, decisions) -> bytes:
    decisions = list(decisions)
    columns = decision_columns()
    document = _new_document(landscape=True)
    document.add_paragraph(_("Decision list: %(title)s") % {"title": call.title}, style="Title")
    intro = document.add_paragraph()
    intro.add_run(call.county.name).bold = True
    intro.add_run(
        "\n"
        + _("%(kind)s %(year)s · budget %(budget)s · applications %(opens)s–%(closes)s")
        % {
            "kind": call.get_kind_display().capitalize(),
            "year": call.year,
            "budget": euros(call.budget),
            "opens": day(call.opens),
            "closes": day(call.closes),
        }
    )
    document.add_paragraph(
        _(
            "Proposal: the board grants the applicants below the amounts in the column Granted, "
            "on the conditions shown. Eligibility was judged by the activity (themes, target "
            "groups, municipalities); the call's excluded legal forms: %(excluded)s."
        )
        % {"excluded": ", ".join(call.excluded_legal_form_labels()) or "–"}
    )
    rows = []
    for number, decision in enumerate(decisions, start=1):
        decision.number = number
        row = []
        for column in columns:
            value = column["accessor"](decision)
            row.append(euros(value) if column.get("money") else value or "")
        rows.append(row)
    requested = sum((d.application.requested_amount for d in decisions), Decimal(0))
    granted = sum((d.amount for d in decisions), Decimal(0))
    rows.append(
        [
            "",
            _("Total (%(n)s)") % {"n": len(decisions)},
            "",
            "",
            euros(requested),
            euros(granted),
            "",
        ]
    )
    table = _table(
        document,
        [c["header"] for c in columns],
        rows,
        [c["width"] for c in columns],
        money_columns=(4, 5),
    )
    for cell in table.rows[-1].cells:
        for run in cell.paragraphs[0].runs:
            run.bold = True
    remaining = call.budget - granted
    document.add_paragraph(
        _("Budget %(budget)s, granted %(granted)s, remaining %(remaining)s.")
        % {"budget": euros(call.budget), "granted": euros(granted), "remaining": euros(remaining)}
    ).paragraph_format.space_before = Pt(6)
    body = next((d.body for d in decisions if d.body_id), None)
    _signatures(document, body.name if body else _("the board"))
    footer = document.sections[0].footer.paragraphs[0]
    footer.text = _("Prepared %(date)s") % {"date": day(timezone.localdate())}
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def decision_list_xlsx(call, decisions) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = str(call.year)
    columns = [*decision_columns(), {"header": _("Decided on"), "accessor": lambda d: d.decided_on}]
    sheet.append([str(c["header"]) for c in columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for number, decision in enumerate(decisions, start=1):
        decision.number = number
        values = [c["accessor"](decision) for c in columns]
        sheet.append([v if v is not None else "" for v in values])
    for row in sheet.iter_rows(min_row=2):
        row[4].number_format = row[5].number_format = "#,##0.00 €"
        row[7].number_format = "d.m.yyyy"
    for letter, width in zip("ABCDEFGH", (5, 40, 12, 30, 14, 14, 50, 12), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    stream = io.BytesIO()
    workbook.save(stream)
    return stream.getvalue()


def reservations_docx(county, projects) -> bytes:
    """The proposal: each project with its reservations by year and funder, and the totals."""
    document = _new_document(landscape=False)
    document.add_paragraph(_("Proposal for project funding reservations"), style="Title")
    document.add_paragraph().add_run(county.name).bold = True
    totals: dict[tuple, Decimal] = {}
    for project in projects:
        document.add_heading(project.name, level=1)
        document.add_paragraph(
            f"{project.description}\n"
            + _("Years %(a)s–%(b)s") % {"a": project.starts, "b": project.ends}
        )
        rows = []
        for r in project.reservations.all():
            rows.append(
                [
                    r.year,
                    r.funder.name,
                    ", ".join(m.name for m in r.municipalities.all()),
                    euros(r.amount),
                ]
            )
            key = (r.year, r.funder.name)
            totals[key] = totals.get(key, Decimal(0)) + r.amount
        _table(
            document,
            [_("Year"), _("Funder"), _("Municipalities"), _("Amount")],
            rows,
            [1.8, 5.5, 6.0, 3.0],
            money_columns=(3,),
        )
    document.add_heading(_("Reservations by year and funder"), level=1)
    _table(
        document,
        [_("Year"), _("Funder"), _("Amount")],
        [[y, f, euros(a)] for (y, f), a in sorted(totals.items())],
        [2.0, 9.0, 4.0],
        money_columns=(2,),
    )
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def reservation_totals(projects) -> list[dict]:
    totals: dict[tuple, Decimal] = {}
    for project in projects:
        for r in project.reservations.all():
            key = (r.year, r.funder.name)
            totals[key] = totals.get(key, Decimal(0)) + r.amount
    return [{"year": y, "funder": f, "amount": a} for (y, f), a in sorted(totals.items())]
