"""Sections other apps add to the municipality card.

An app adds a module ``municipality_card.py`` with
``card_sections(municipality, request) -> list[CardSection]`` (open actions, networks, ...).
The card knows no app by name; each app decides what the requesting user may see.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.template.loader import render_to_string
from django.utils.safestring import SafeString

from yhdyspinta.web.registry import app_modules


@dataclass
class CardSection:
    title: str
    template: str
    context: dict = field(default_factory=dict)
    order: int = 100
    html: SafeString | None = None


def card_sections(municipality, request) -> list[CardSection]:
    sections: list[CardSection] = []
    for module in app_modules("municipality_card"):
        sections.extend(module.card_sections(municipality, request))
    return sorted(sections, key=lambda section: section.order)


def rendered_card_sections(municipality, request) -> list[CardSection]:
    """The sections with ``html`` filled in: each template gets its data as ``context``
    (a name the include tag cannot pass, so the card renders sections here)."""
    sections = card_sections(municipality, request)
    for section in sections:
        section.html = render_to_string(
            section.template, {"context": section.context, "section": section}, request=request
        )
    return sections
