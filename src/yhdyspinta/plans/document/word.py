"""The document as Word: Title, Heading 1/2/3 styles, a TOC field (filled in with the headings
and refreshed by Word on opening), tables in the Table Grid style and pictures, A4."""

from __future__ import annotations

import io

import docx
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from yhdyspinta.documents import style as palette
from yhdyspinta.documents.wordprocessing import LANGUAGE_TAGS

from .blocks import (
    Bullets,
    Heading,
    PageBreak,
    Paragraph,
    Picture,
    PlanDocument,
    Table,
    TableOfContents,
)

TEXT_WIDTH_CM = 16.0


def _rgb(hex_colour: str) -> RGBColor:
    return RGBColor.from_string(hex_colour.lstrip("#").upper())


def _styles(word, language: str) -> None:
    normal = word.styles["Normal"]
    normal.font.name, normal.font.size = "Arial", Pt(10.5)
    for name, size in (("Title", 26), ("Heading 1", 16), ("Heading 2", 13), ("Heading 3", 11)):
        word.styles[name].font.name = "Arial"
        word.styles[name].font.size = Pt(size)
        word.styles[name].font.color.rgb = _rgb(palette.PRIMARY)
    r_pr = normal.element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), LANGUAGE_TAGS.get(language, language))
    r_pr.append(lang)
    for section in word.sections:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.left_margin = section.right_margin = Cm(2.5)
        section.top_margin, section.bottom_margin = Cm(2.2), Cm(2.2)


def _field(paragraph, instruction: str, cached: str = "") -> None:
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, instruction), ("separate", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)
    paragraph.add_run(cached)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    paragraph.add_run()._r.append(end)


def _toc(word, block: TableOfContents, headings: list[Heading]) -> None:
    word.add_paragraph(block.title, style="TOC Heading" if "TOC Heading" in word.styles else None)
    paragraph = word.add_paragraph()
    _field(paragraph, 'TOC \\o "1-2" \\h \\z \\u')
    # The field's cached result: the headings, so the file reads right before Word updates it.
    fld_end = paragraph.runs[-1]._r
    paragraph._p.remove(fld_end)
    for heading in headings:
        if heading.level <= 2:
            entry = word.add_paragraph(heading.text)
            entry.paragraph_format.left_indent = Cm(0.6 * (heading.level - 1))
            entry.paragraph_format.space_after = Pt(2)
            if heading.level == 1:
                entry.runs[0].bold = True
    word.paragraphs[-1]._p.append(fld_end)
    settings = word.settings.element
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    settings.append(update)


def _table(word, block: Table) -> None:
    caption = word.add_paragraph(block.caption, style="Caption")
    caption.paragraph_format.keep_with_next = True
    table = word.add_table(rows=1, cols=len(block.headers))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, block.headers, strict=True):
        cell.text = ""
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
        shading = OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:fill"), palette.PRIMARY_LIGHT.lstrip("#"))
        cell._tc.get_or_add_tcPr().append(shading)
    header = table.rows[0]._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    header.append(repeat)
    for row in block.rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = str(text)
    widths = block.widths or [1] * len(block.headers)
    total = sum(widths)
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Cm(TEXT_WIDTH_CM * width / total)  # the grid LibreOffice reads
        for cell in column.cells:
            cell.width = Cm(TEXT_WIDTH_CM * width / total)  # the cells Word reads
    for row in table.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(9)
    word.add_paragraph()


def render_docx(document: PlanDocument) -> bytes:
    word = docx.Document()
    _styles(word, document.language)
    word.add_paragraph(document.title, style="Title")
    word.add_paragraph(document.subtitle, style="Subtitle")
    byline = word.add_paragraph()
    byline.add_run(document.organisation).bold = True
    byline.add_run(f"\n{document.status}\n{document.date_text}")
    for block in document.blocks:
        if isinstance(block, TableOfContents):
            _toc(word, block, document.headings)
        elif isinstance(block, PageBreak):
            word.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif isinstance(block, Heading):
            word.add_heading(block.text, level=block.level)
        elif isinstance(block, Paragraph):
            paragraph = word.add_paragraph(block.text)
            if block.style == "note":
                paragraph.runs[0].italic = True
        elif isinstance(block, Bullets):
            for item in block.items:
                word.add_paragraph(item, style="List Bullet")
        elif isinstance(block, Table):
            _table(word, block)
        elif isinstance(block, Picture):
            word.add_picture(io.BytesIO(block.png), width=Cm(min(block.width_cm, TEXT_WIDTH_CM)))
            word.add_paragraph(block.caption, style="Caption")
    properties = word.core_properties
    properties.title, properties.subject = document.title, document.subtitle
    properties.author = document.organisation
    properties.language = LANGUAGE_TAGS.get(document.language, document.language)
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()
