"""The plan's document as docx or pdf bytes, in a language."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils import timezone, translation

from .content import build_document
from .html import render_pdf
from .word import render_docx

CONTENT_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}
FORMATS = tuple(CONTENT_TYPES)


@dataclass(frozen=True)
class PlanFile:
    content: bytes
    content_type: str
    filename: str


def export_plan(plan, fmt: str, *, language: str = "fi", today=None) -> PlanFile:
    if fmt not in CONTENT_TYPES:
        raise ValueError(f"Unknown format {fmt!r}; expected one of {FORMATS}")
    with translation.override(language):
        document = build_document(plan, today or timezone.localdate())
        content = render_docx(document) if fmt == "docx" else render_pdf(document)
    return PlanFile(content, CONTENT_TYPES[fmt], f"{plan.slug}.{fmt}")
