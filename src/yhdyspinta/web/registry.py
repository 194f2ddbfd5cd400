"""How capability apps add themselves to the navigation, the dashboard and the front page.

An app adds a module `nav.py` with `items(request) -> list[NavItem]` (each item names its
top-level section, one of web/sections.py), a module `dashboard.py` with
`cards(request) -> list[Card]`, and, for pages anyone may read, a module `public.py` with
`links(request) -> list[PublicLink]` (shown on the front page to visitors without a login).
The shell collects them; it knows no app by name, so the navigation grows with the
capabilities and never links to a page that does not exist.
``app_modules(name)`` is the discovery itself, for other such hooks (the board summary's
``summary.py`` modules, see ``rounds.summary.contributions``).
"""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass, field
from functools import cache

from django.apps import apps


@dataclass(frozen=True)
class NavItem:
    label: str
    url: str
    order: int = 100
    active_prefix: str = ""
    section: str = ""


@dataclass(frozen=True)
class PublicLink:
    """A public page (no login) offered on the front page, e.g. a published report."""

    label: str
    url: str
    group: str = ""
    description: str = ""
    order: int = 100


@dataclass
class Card:
    title: str
    template: str
    context: dict = field(default_factory=dict)
    order: int = 100


@cache
def app_modules(name: str) -> tuple:
    """The module ``<app>.<name>`` of every installed Yhdyspinta app that has one, in the order
    of ``INSTALLED_APPS``."""
    found = []
    for config in apps.get_app_configs():
        if not config.name.startswith("yhdyspinta."):
            continue
        module_name = f"{config.name}.{name}"
        if importlib.util.find_spec(module_name) is not None:
            found.append(importlib.import_module(module_name))
    return tuple(found)


def nav_items(request) -> list[NavItem]:
    items: list[NavItem] = []
    for module in app_modules("nav"):
        items.extend(module.items(request))
    return sorted(items, key=lambda item: item.order)


def public_links(request) -> list[PublicLink]:
    links: list[PublicLink] = []
    for module in app_modules("public"):
        links.extend(module.links(request))
    return sorted(links, key=lambda link: (link.order, str(link.label)))


def dashboard_cards(request) -> list[Card]:
    cards: list[Card] = []
    for module in app_modules("dashboard"):
        cards.extend(module.cards(request))
    return sorted(cards, key=lambda card: card.order)
