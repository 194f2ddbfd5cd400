"""Word documents (docx) from a :class:`~.outline.Document`.

Uses python-docx's default template and its built-in styles (Title, Subtitle,
Heading 1, List Bullet, List Bullet 2, List Bullet 3) so that the file behaves
like any hand-made Word document: the navigation pane shows the sections and
the lists keep their levels when edited. Page size is A4.
"""

from __future__ import annotations

from typing import BinaryIO

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from . import style as palette
from .outline import Document

LIST_STYLES = ("List Bullet", "List Bullet 2", "List Bullet 3")
LANGUAGE_TAGS = {"fi": "fi-FI", "sv": "sv-FI", "en": "en-GB"}


def _rgb(hex_colour: str) -> RGBColor:
    return RGBColor.from_string(hex_colour.lstrip("#").upper())


def _set_language(document, tag: str) -> None:
    """Mark the default run language so spelling and hyphenation use the right dictionary."""
    r_pr = document.styles["Normal"].element.get_or_add_rPr()
    lang = r_pr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        r_pr.append(lang)
    lang.set(qn("w:val"), tag)


def _add_page_number(paragraph) -> None:
    """Append a PAGE field, which Word and LibreOffice fill in on every page."""
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def _configure_styles(document) -> None:
    normal = document.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    normal.font.color.rgb = _rgb(palette.TEXT)
    for name in ("Title", "Heading 1", "Heading 2"):
        document.styles[name].font.color.rgb = _rgb(palette.PRIMARY)
        document.styles[name].font.name = "Arial"
    document.styles["Subtitle"].font.color.rgb = _rgb(palette.MUTED)
    document.styles["Heading 1"].paragraph_format.keep_with_next = True
    for name in LIST_STYLES:  # even rhythm inside a list, whatever the level
        spacing = document.styles[name].paragraph_format
        spacing.space_before, spacing.space_after = Pt(0), Pt(3)


def _set_a4(document) -> None:
    for section in document.sections:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.left_margin = section.right_margin = Cm(2.5)
        section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.2)


def _add_footer(document, outline: Document) -> None:
    for section in document.sections:
        paragraph = section.footer.paragraphs[0]
        paragraph.text = ""
        run = paragraph.add_run("  |  ".join([*outline.footer_parts(), ""]))
        run.font.size = Pt(9)
        run.font.color.rgb = _rgb(palette.MUTED)
        _add_page_number(paragraph)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT


def _add_item(document, level: int, text: str, meta: str) -> None:
    paragraph = document.add_paragraph(style=LIST_STYLES[min(level, len(LIST_STYLES) - 1)])
    paragraph.add_run(text)
    if meta:
        run = paragraph.add_run(f" \u2013 {meta}")
        run.font.color.rgb = _rgb(palette.MUTED)
        run.italic = True


def build_docx(outline: Document):
    """Build the python-docx document object (for callers that add more before saving)."""
    document = docx.Document()
    _set_a4(document)
    _configure_styles(document)
    _set_language(document, LANGUAGE_TAGS.get(outline.language, outline.language))
    document.add_paragraph(outline.title, style="Title")
    if outline.subtitle:
        document.add_paragraph(outline.subtitle, style="Subtitle")
    byline = [part for part in (outline.organisation_name, outline.date_text) if part]
    if byline:
        paragraph = document.add_paragraph()
        run = paragraph.add_run(byline[0])
        run.bold = bool(outline.organisation_name)
        for part in byline[1:]:
            paragraph.add_run("\n" + part).font.color.rgb = _rgb(palette.MUTED)
    for section in outline.sections:
        document.add_heading(section.title, level=1)
        for level, item in section.walk():
            _add_item(document, level, item.text, item.meta)
        if section.note:
            note = document.add_paragraph()
            note.paragraph_format.space_before = Pt(6)
            note.add_run(section.note).italic = True
    _add_footer(document, outline)
    properties = document.core_properties
    properties.title = outline.title
    properties.subject = outline.subtitle
    properties.author = outline.organisation_name
    properties.language = LANGUAGE_TAGS.get(outline.language, outline.language)
    return document


def render_docx(outline: Document, path_or_stream: str | BinaryIO) -> None:
    """Write ``outline`` as an A4 Word document to a path or a binary stream."""
    build_docx(outline).save(path_or_stream)
