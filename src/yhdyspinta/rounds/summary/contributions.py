"""What other apps add to a round's board summary.

An app may provide a module ``summary.py`` with ``summary_sections(round_, reader) ->
list[Contribution]`` (found by ``web.registry.app_modules``, so an app that is not installed
adds nothing and the rounds app imports none of them). ``reader`` is the user the summary is
made for, or None for county staff's full view (the export command); a contribution carries
only what the reader may see.

A contribution is either

* a whole ``Section`` placed ``before`` or ``after`` the round's own sections, by ``order``
  (the plans app's slides 8-9), or
* ``ThemedItem``s merged into one of the round's sections (``place`` is its ``SECTIONS`` key):
  each annotates the first finding of its theme in that section that no contribution has
  annotated yet (the finding keeps the deck's wording, the data add their facts as the meta
  line; its themed sub-points annotate findings of their own themes, the others become
  sub-points of where it went); an item no finding takes is added at the end of the section
  (so a round without findings still gets the section from the data alone).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from yhdyspinta.documents.outline import Item, Section
from yhdyspinta.web.registry import app_modules

BEFORE, AFTER = "before", "after"


@dataclass
class ThemedItem(Item):
    theme: str = ""  # an organizations.Theme code


@dataclass
class Contribution:
    place: str  # BEFORE, AFTER or a SECTIONS key
    section: Section | None = None
    items: list[ThemedItem] = field(default_factory=list)
    order: int = 100


def contributions(round_, reader) -> list[Contribution]:
    found: list[Contribution] = []
    for module in app_modules("summary"):
        if module.__name__ == __package__:
            continue  # the rounds app's own ``summary`` is this package
        found.extend(module.summary_sections(round_, reader))
    return sorted(found, key=lambda c: c.order)


@dataclass
class _Themed:
    """A round section's items with the theme of each finding, for merging."""

    item: Item
    theme: str
    annotated: bool = False


def merge(section: Section, themed: list[tuple[Item, str]], items: list[ThemedItem]) -> None:
    """Merge ``items`` into ``section``, whose items (at any depth) are listed in reading order
    with their themes in ``themed``. An item's themed sub-points annotate findings of their
    own themes; those no finding takes stay sub-points of where the item went."""
    slots = [_Themed(item, theme) for item, theme in themed]

    def take(extra: ThemedItem) -> Item | None:
        slot = next((s for s in slots if s.theme == extra.theme and not s.annotated), None)
        if slot is None:
            return None
        slot.annotated = True
        if extra.meta:
            slot.item.meta = "; ".join(part for part in (slot.item.meta, extra.meta) if part)
        return slot.item

    for extra in items:
        target = take(extra)
        if target is None:
            target = Item(extra.text, meta=extra.meta)
            section.items.append(target)
        for child in extra.children:
            if isinstance(child, ThemedItem) and take(child) is not None:
                continue
            target.children.append(Item(child.text, child.children, meta=child.meta))


def place(
    round_sections: list[tuple[str, Section, list[tuple[Item, str]]]],
    found: list[Contribution],
) -> list[Section]:
    """The deck's sections: the contributions before, the round's (merged), those after."""
    by_key = {key: (section, themed) for key, section, themed in round_sections}
    for contribution in found:
        if contribution.place in by_key and contribution.items:
            section, themed = by_key[contribution.place]
            merge(section, themed, contribution.items)
    before = [c.section for c in found if c.place == BEFORE and c.section]
    after = [c.section for c in found if c.place == AFTER and c.section]
    middle = [section for _key, section, _themed in round_sections if section.items]
    return [s for s in (*before, *middle, *after) if s.items]
