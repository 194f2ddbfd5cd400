"""A neutral document model shared by every output format.

The board summary deck, its Word version and its PDF are all rendered from one
:class:`Document`, so the three files always carry the same content. Apps build
an outline from their own models (a round's findings and actions, a plan's
goals) and hand it to :mod:`.slides`, :mod:`.wordprocessing` or :mod:`.pdf`.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from dataclasses import dataclass, field

# Deeper nesting than this is rendered at the deepest level: three levels are
# what a slide or a printed page can show legibly.
MAX_LEVEL = 2


@dataclass
class Item:
    """One bullet: its text, optional sub-bullets and a short meta line.

    ``meta`` is secondary information shown after the text in a quieter style,
    such as "Responsible: partnership manager, due 31.10.2023".
    """

    text: str
    children: list[Item] = field(default_factory=list)
    meta: str = ""

    def walk(self, level: int = 0) -> Iterator[tuple[int, Item]]:
        """Yield ``(level, item)`` for this item and its descendants in reading order."""
        yield min(level, MAX_LEVEL), self
        for child in self.children:
            yield from child.walk(level + 1)


@dataclass
class Section:
    """A heading with bullets; ``note`` is a closing remark shown after the bullets."""

    title: str
    items: list[Item] = field(default_factory=list)
    note: str = ""

    def walk(self) -> Iterator[tuple[int, Item]]:
        """Yield ``(level, item)`` for every bullet of the section in reading order."""
        for item in self.items:
            yield from item.walk()


@dataclass
class Document:
    """Everything a deck, a Word file or a PDF needs to say."""

    title: str
    subtitle: str = ""
    organisation_name: str = ""
    date: datetime.date | None = None
    sections: list[Section] = field(default_factory=list)
    footer: str = ""
    language: str = "fi"

    @property
    def date_text(self) -> str:
        """The date as d.m.yyyy (Finnish and Swedish usage), or an empty string."""
        return format_date(self.date)

    def footer_parts(self) -> list[str]:
        """The non-empty parts of a page or slide footer: organisation, footer text, date."""
        return [part for part in (self.organisation_name, self.footer, self.date_text) if part]


def format_date(value: datetime.date | None) -> str:
    """Format a date as d.m.yyyy without leading zeros ("12.10.2023", "1.3.2024")."""
    if value is None:
        return ""
    return f"{value.day}.{value.month}.{value.year}"
