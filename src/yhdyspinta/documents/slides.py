"""Slide decks (pptx) from a :class:`~.outline.Document`.

Built on python-pptx's default template with every size, font and colour set
here, in 16:9: a title slide, then one or more slides per section (long
sections are split by :func:`.slide_layout.plan_section`), and a footer with
the organisation, the date and the slide number on every slide.
"""

from __future__ import annotations

from typing import BinaryIO

from django.utils import translation
from django.utils.translation import gettext
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Emu, Inches, Pt

from . import style as palette
from .outline import Document
from .slide_layout import (
    DEFAULT_STYLE,
    DeckStyle,
    Paragraph,
    SlidePlan,
    plan_section,
    title_font_pt,
)

BLANK_LAYOUT = 6
LANGUAGE_TAGS = {"fi": "fi-FI", "sv": "sv-FI", "en": "en-GB"}


def _rgb(hex_colour: str) -> RGBColor:
    return RGBColor.from_string(hex_colour.lstrip("#").upper())


def _style_run(run, *, size: float, colour: str, font: str, bold=False, italic=False, lang=""):
    run.font.size = Pt(size)
    run.font.name = font
    run.font.bold = bold
    run.font.italic = italic
    run.font.color.rgb = _rgb(colour)
    if lang:
        run.font._rPr.set("lang", lang)


def _text_box(slide, left, top, width, height, *, anchor=MSO_ANCHOR.TOP):
    box = slide.shapes.add_textbox(Inches(left), Inches(top), Inches(width), Inches(height))
    frame = box.text_frame
    frame.word_wrap = True
    frame.vertical_anchor = anchor
    for side in ("margin_left", "margin_right"):
        setattr(frame, side, 0)
    frame.margin_top = frame.margin_bottom = Inches(0.04)
    return frame


def _write(frame, text, **run_style):
    paragraph = frame.paragraphs[0]
    run = paragraph.add_run()
    run.text = text
    _style_run(run, **run_style)
    return paragraph


def _rectangle(slide, left, top, width, height, colour):
    shape = slide.shapes.add_shape(
        MSO_SHAPE.RECTANGLE, Inches(left), Inches(top), Inches(width), Inches(height)
    )
    shape.fill.solid()
    shape.fill.fore_color.rgb = _rgb(colour)
    shape.line.fill.background()
    shape.shadow.inherit = False
    return shape


def _set_bullet(paragraph, *, level: int, deck: DeckStyle, bullet: str | None):
    """Give a paragraph its indent and bullet character through DrawingML properties."""
    p_pr = paragraph._p.get_or_add_pPr()
    if bullet is None:
        p_pr.set("marL", "0")
        p_pr.set("indent", "0")
        p_pr.append(p_pr.makeelement(qn("a:buNone"), {}))
        return
    p_pr.set("marL", str(Emu(Inches(deck.indent(level)))))
    p_pr.set("indent", str(-Emu(Inches(deck.bullet_hang))))
    colour = p_pr.makeelement(qn("a:buClr"), {})
    colour.append(colour.makeelement(qn("a:srgbClr"), {"val": palette.PRIMARY.lstrip("#")}))
    p_pr.append(colour)
    p_pr.append(p_pr.makeelement(qn("a:buFont"), {"typeface": deck.font}))
    p_pr.append(p_pr.makeelement(qn("a:buChar"), {"char": bullet}))


BULLETS = ("\u2022", "\u2013", "\u2022")


def _add_body(slide, paragraphs: list[Paragraph], deck: DeckStyle, lang: str):
    frame = _text_box(
        slide, deck.margin, deck.body_top, deck.body_width, deck.body_bottom - deck.body_top
    )
    # A safety net for text longer than the estimate: renderers that honour it shrink it.
    body_pr = frame._txBody.bodyPr
    body_pr.append(body_pr.makeelement(qn("a:normAutofit"), {}))
    for index, item in enumerate(paragraphs):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        level = 0 if item.is_note else item.level
        size = deck.font_pt(level)
        paragraph.line_spacing = 1.0
        paragraph.space_before = Pt(deck.space_before(level))
        paragraph.level = 0  # indentation comes from marL; levels would pull in master styles
        bullet = None if item.is_note else BULLETS[min(level, len(BULLETS) - 1)]
        _set_bullet(paragraph, level=level, deck=deck, bullet=bullet)
        run = paragraph.add_run()
        run.text = item.text
        _style_run(
            run,
            size=size,
            colour=palette.MUTED if item.is_repeat else palette.TEXT,
            font=deck.font,
            bold=item.is_bold,
            italic=item.is_note or item.is_repeat,
            lang=lang,
        )
        if item.meta:
            meta = paragraph.add_run()
            meta.text = f" \u2013 {item.meta}"
            _style_run(meta, size=size, colour=palette.MUTED, font=deck.font, lang=lang)


def _add_footer(slide, document: Document, number: int, total: int, deck: DeckStyle, lang: str):
    font = {"size": deck.footer_pt, "colour": palette.MUTED, "font": deck.font, "lang": lang}
    _rectangle(slide, deck.margin, deck.footer_top - 0.06, deck.body_width, 0.012, palette.RULE)
    left = _text_box(
        slide, deck.margin, deck.footer_top, deck.body_width - 1.5, deck.footer_height,
        anchor=MSO_ANCHOR.MIDDLE,
    )  # fmt: skip
    _write(left, "   |   ".join(document.footer_parts()), **font)
    right = _text_box(
        slide, deck.width - deck.margin - 1.5, deck.footer_top, 1.5, deck.footer_height,
        anchor=MSO_ANCHOR.MIDDLE,
    )  # fmt: skip
    _write(right, f"{number} / {total}", **font).alignment = PP_ALIGN.RIGHT


def _add_title_slide(prs, document: Document, deck: DeckStyle, lang: str):
    slide = prs.slides.add_slide(prs.slide_layouts[BLANK_LAYOUT])
    band_height = 4.5
    _rectangle(slide, 0, 0, deck.width, band_height, palette.PRIMARY)
    width = deck.width - 2 * deck.margin - 0.3
    title = _text_box(slide, deck.margin + 0.3, 0.9, width, 2.3, anchor=MSO_ANCHOR.BOTTOM)
    _write(title, document.title, size=40, colour=palette.WHITE, font=deck.font, bold=True,
           lang=lang)  # fmt: skip
    if document.subtitle:
        subtitle = _text_box(slide, deck.margin + 0.3, 3.3, width, 1.0)
        _write(subtitle, document.subtitle, size=24, colour=palette.PRIMARY_LIGHT,
               font=deck.font, lang=lang)  # fmt: skip
    _rectangle(slide, deck.margin + 0.3, band_height + 0.55, 1.2, 0.07, palette.PRIMARY)
    details = _text_box(slide, deck.margin + 0.3, band_height + 0.8, width, 1.3)
    lines = [(document.organisation_name, 24, palette.TEXT, True)]
    lines.append((document.date_text, 20, palette.MUTED, False))
    first = True
    for text, size, colour, bold in lines:
        if not text:
            continue
        paragraph = details.paragraphs[0] if first else details.add_paragraph()
        paragraph.space_before = Pt(0 if first else 6)
        run = paragraph.add_run()
        run.text = text
        _style_run(run, size=size, colour=colour, font=deck.font, bold=bold, lang=lang)
        first = False
    return slide


def _add_content_slide(prs, plan: SlidePlan, deck: DeckStyle, lang: str):
    slide = prs.slides.add_slide(prs.slide_layouts[BLANK_LAYOUT])
    title = _text_box(
        slide, deck.margin, deck.title_top, deck.body_width, deck.title_height,
        anchor=MSO_ANCHOR.BOTTOM,
    )  # fmt: skip
    _write(title, plan.title, size=title_font_pt(plan.title, deck), colour=palette.PRIMARY,
           font=deck.font, bold=True, lang=lang)  # fmt: skip
    _rectangle(slide, deck.margin, deck.title_top + deck.title_height + 0.08, 1.0, 0.06,
               palette.PRIMARY)  # fmt: skip
    if plan.paragraphs:
        _add_body(slide, plan.paragraphs, deck, lang)
    return slide


def plan_deck(document: Document, deck: DeckStyle = DEFAULT_STYLE) -> list[SlidePlan]:
    """The content slides of ``document``'s deck (the title slide is not included)."""
    with translation.override(document.language):
        continued = gettext("continued")
    plans: list[SlidePlan] = []
    for section in document.sections:
        plans.extend(plan_section(section, continued=continued, style=deck))
    return plans


def render_pptx(
    document: Document, *, path_or_stream: str | BinaryIO, deck: DeckStyle = DEFAULT_STYLE
) -> list[SlidePlan]:
    """Write ``document`` as a 16:9 pptx deck; returns the plan of its content slides."""
    lang = LANGUAGE_TAGS.get(document.language, document.language)
    plans = plan_deck(document, deck)
    prs = Presentation()
    prs.slide_width = Inches(deck.width)
    prs.slide_height = Inches(deck.height)
    total = len(plans) + 1
    slides = [_add_title_slide(prs, document, deck, lang)]
    slides.extend(_add_content_slide(prs, plan, deck, lang) for plan in plans)
    for number, slide in enumerate(slides, start=1):
        _add_footer(slide, document, number, total, deck, lang)
    properties = prs.core_properties
    properties.title = document.title
    properties.subject = document.subtitle
    properties.author = document.organisation_name
    properties.language = lang
    prs.save(path_or_stream)
    return plans
