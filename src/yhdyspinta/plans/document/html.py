"""The document as print HTML and, through WeasyPrint, as PDF (the same blocks as the Word file)."""

from __future__ import annotations

from django.template.loader import render_to_string

from yhdyspinta.documents.pdf import render_pdf_from_html

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

KINDS = {
    TableOfContents: "toc",
    PageBreak: "break",
    Heading: "heading",
    Paragraph: "paragraph",
    Bullets: "bullets",
    Table: "table",
    Picture: "picture",
}


def render_html(document: PlanDocument) -> str:
    blocks = [{"kind": KINDS[type(block)], "item": block} for block in document.blocks]
    return render_to_string(
        "plans/document/plan_document.html",
        {"document": document, "blocks": blocks, "headings": document.headings},
    )


def render_pdf(document: PlanDocument) -> bytes:
    return render_pdf_from_html(render_html(document))
