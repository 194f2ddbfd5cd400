"""The document's content as a list of blocks, shared by the Word and the PDF/HTML writers, so
both carry the same headings, tables and pictures."""

from __future__ import annotations

import base64
from dataclasses import dataclass, field


@dataclass
class Heading:
    level: int  # 1-3 (Heading 1/2/3 in Word, h2-h4 in HTML under the title's h1)
    text: str
    anchor: str = ""


@dataclass
class Paragraph:
    text: str
    style: str = ""  # "", "note" (italic, muted) or "lead"


@dataclass
class Bullets:
    items: list[str]


@dataclass
class Table:
    caption: str
    headers: list[str]
    rows: list[list[str]]
    widths: list[float] = field(default_factory=list)  # relative column widths


@dataclass
class Picture:
    png: bytes
    alt: str
    caption: str
    width_cm: float = 16.0

    @property
    def data_url(self) -> str:
        return "data:image/png;base64," + base64.b64encode(self.png).decode("ascii")


@dataclass
class TableOfContents:
    title: str


@dataclass
class PageBreak:
    pass


@dataclass
class PlanDocument:
    title: str
    subtitle: str
    organisation: str
    date_text: str
    status: str
    language: str
    blocks: list = field(default_factory=list)

    def add(self, *blocks) -> None:
        self.blocks.extend(block for block in blocks if block is not None)

    @property
    def headings(self) -> list[Heading]:
        return [block for block in self.blocks if isinstance(block, Heading)]

    def number_headings(self) -> None:
        """Number the headings 1, 1.1, 1.1.1 (annexes keep their own names) and anchor them."""
        counters = [0, 0, 0]
        for block in self.headings:
            level = block.level
            counters[level - 1] += 1
            for deeper in range(level, 3):
                counters[deeper] = 0
            number = ".".join(str(n) for n in counters[:level])
            block.anchor = block.anchor or f"h-{number.replace('.', '-')}"
            if not block.text[:1].isdigit():
                block.text = f"{number} {block.text}"
