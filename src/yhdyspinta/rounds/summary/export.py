"""Render a round's board summary as pptx, pdf or docx bytes."""

from __future__ import annotations

import copy
import io
from dataclasses import dataclass

from django.utils.text import slugify
from pptx import Presentation

from yhdyspinta.documents.outline import Document
from yhdyspinta.documents.pdf import render_pdf
from yhdyspinta.documents.slide_layout import DeckStyle
from yhdyspinta.documents.slides import render_pptx
from yhdyspinta.documents.wordprocessing import build_docx

from ..models import Round
from .outline import build_outline, person_text

CONTENT_TYPES = {
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}
FORMATS = tuple(CONTENT_TYPES)

# The library's default body sizes (22/20/18 pt) split the deck's denser slides in two; the
# source deck fits them on one at 20/18/16 pt, still well readable from the back of a room.
SUMMARY_DECK = DeckStyle(
    level_pt=(20, 18, 16), space_before_pt=(8, 3, 2), body_top=1.6, body_bottom=6.9
)


@dataclass(frozen=True)
class SummaryFile:
    content: bytes
    content_type: str
    filename: str


def _add_presenter_to_title_slide(pptx_bytes: bytes, document: Document, presenter: str) -> bytes:
    """Put the presenter under the county on the title slide, as on the source deck.

    The library's title slide has the organisation and the date in one text box; the presenter
    goes between them, in the date's style."""
    prs = Presentation(io.BytesIO(pptx_bytes))
    frames = [shape.text_frame for shape in prs.slides[0].shapes if shape.has_text_frame]
    details = next(f for f in frames if f.paragraphs[0].text == document.organisation_name)
    template = details.paragraphs[-1]._p
    template.addprevious(copy.deepcopy(template))
    details.paragraphs[-2].runs[0].text = presenter
    buffer = io.BytesIO()
    prs.save(buffer)
    return buffer.getvalue()


def _add_presenter_to_byline(word, document: Document, presenter: str) -> None:
    """The same in Word: the byline reads county, presenter, date (in the date's style)."""
    byline = next(p for p in word.paragraphs if p.text.startswith(document.organisation_name))
    template = byline.runs[-1]._r
    template.addprevious(copy.deepcopy(template))
    byline.runs[-2].text = "\n" + presenter


def render_outline(document: Document, fmt: str, *, presenter: str = "") -> bytes:
    """The document's bytes in ``fmt``; ``presenter`` also goes on the title slide or page
    (every format carries it in the footer through ``document.footer``)."""
    if fmt == "pdf":
        return render_pdf(document)
    buffer = io.BytesIO()
    if fmt == "pptx":
        render_pptx(document, path_or_stream=buffer, deck=SUMMARY_DECK)
        if presenter and document.organisation_name:
            return _add_presenter_to_title_slide(buffer.getvalue(), document, presenter)
    elif fmt == "docx":
        word = build_docx(document)
        if presenter and document.organisation_name:
            _add_presenter_to_byline(word, document, presenter)
        word.save(buffer)
    else:
        raise ValueError(f"Unknown summary format {fmt!r}; expected one of {FORMATS}")
    return buffer.getvalue()


def summary_filename(round_: Round, fmt: str) -> str:
    """ "kuntakierroksen-katsaus-syksy-2023.pptx" """
    title = slugify(round_.summary_title or round_.title)
    stem = title if round_.slug in title else f"{title}-{round_.slug}"
    return f"{stem}.{fmt}"


def export_summary(round_: Round, fmt: str, *, language: str = "fi", reader=None) -> SummaryFile:
    """The board summary of ``round_`` as a file in ``fmt`` (pptx, pdf or docx), as ``reader``
    may see it (without a reader: county staff's full view, see ``build_outline``)."""
    if fmt not in CONTENT_TYPES:
        raise ValueError(f"Unknown summary format {fmt!r}; expected one of {FORMATS}")
    document = build_outline(round_, language=language, reader=reader)
    content = render_outline(document, fmt, presenter=person_text(round_.presenter))
    return SummaryFile(content, CONTENT_TYPES[fmt], summary_filename(round_, fmt))
