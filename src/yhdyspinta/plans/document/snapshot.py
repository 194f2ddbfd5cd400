"""A document's blocks as JSON and back: the frozen content of a published version.

Pictures keep their PNG (base64), so a version shows the charts as they were when it was
published; the page shows them as ``<img src="data:...">``, which the site's CSP allows."""

from __future__ import annotations

import base64
import dataclasses

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
    "toc": TableOfContents,
    "break": PageBreak,
    "heading": Heading,
    "paragraph": Paragraph,
    "bullets": Bullets,
    "table": Table,
    "picture": Picture,
}
NAMES = {cls: name for name, cls in KINDS.items()}
HEADER_FIELDS = ("title", "subtitle", "organisation", "date_text", "status", "language")


def to_json(document: PlanDocument) -> dict:
    blocks = []
    for block in document.blocks:
        data = {"kind": NAMES[type(block)]}
        for item in dataclasses.fields(block):
            value = getattr(block, item.name)
            if isinstance(value, bytes):
                value = base64.b64encode(value).decode("ascii")
            data[item.name] = value
        blocks.append(data)
    return {**{name: getattr(document, name) for name in HEADER_FIELDS}, "blocks": blocks}


def from_json(data: dict) -> PlanDocument:
    document = PlanDocument(**{name: data.get(name, "") for name in HEADER_FIELDS})
    for raw in data.get("blocks", []):
        cls = KINDS[raw["kind"]]
        values = {f.name: raw[f.name] for f in dataclasses.fields(cls) if f.name in raw}
        if cls is Picture:
            values["png"] = base64.b64decode(values.get("png", ""))
        document.blocks.append(cls(**values))
    return document
