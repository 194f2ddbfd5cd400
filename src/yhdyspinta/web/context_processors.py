from dataclasses import dataclass, field

from django.conf import settings

from .registry import NavItem, nav_items
from .sections import BY_KEY, HOME, SECTIONS


@dataclass
class NavSection:
    """One top-level section as the user sees it: her items in it, the first one its address."""

    key: str
    label: str
    items: list[NavItem] = field(default_factory=list)

    @property
    def url(self) -> str:
        return self.items[0].url


def sections_of(items: list[NavItem]) -> list[NavSection]:
    """The user's items grouped by section, in the sections' order; empty sections left out.
    An item naming no known section lands on the front page's (the registry test catches it)."""
    grouped = {section.key: NavSection(section.key, section.label) for section in SECTIONS}
    for item in items:
        grouped[item.section if item.section in BY_KEY else HOME].items.append(item)
    return [section for section in grouped.values() if section.items]


def _current_item(items: list[NavItem], path: str) -> NavItem | None:
    exact = [item for item in items if item.url == path]
    if exact:
        return exact[0]
    # the most specific matching prefix wins (/indicators/cards/ over /indicators/)
    matching = [
        item for item in items if item.active_prefix and path.startswith(item.active_prefix)
    ]
    return max(matching, key=lambda item: len(item.active_prefix)) if matching else None


def shell(request):
    items = nav_items(request) if request.user.is_authenticated else []
    sections = sections_of(items)
    current = _current_item(items, request.path)
    current_section = next(
        (section for section in sections if current is not None and current in section.items), None
    )
    return {
        "nav_items": items,
        "nav_sections": sections,
        "nav_section": current_section,
        "nav_current": current.url if current else None,
        "demo_mode": settings.DEMO_MODE,
    }
