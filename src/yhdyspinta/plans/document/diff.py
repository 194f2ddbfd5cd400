"""The differences between two versions of a document, by section (the top-level headings):
paragraphs, list items and table rows added, removed or changed, a changed one with its words
marked as removed and added (``<del>``/``<ins>`` in the page)."""

from __future__ import annotations

import difflib
import hashlib
import re
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from .blocks import Bullets, Heading, Paragraph, Picture, PlanDocument, Table

NUMBER = re.compile(r"^\d+(\.\d+)*\s+")
ADDED, REMOVED, CHANGED, SAME = "added", "removed", "changed", "same"


@dataclass(frozen=True)
class Line:
    """One comparable unit: a heading, a paragraph, a list item, a table row or a picture."""

    where: str  # what it is part of: "Heading", a table's caption, "Picture", ...
    key: str  # what identifies it across versions (a row's first cell), else the text
    text: str
    cells: tuple = ()


@dataclass
class Change:
    op: str
    where: str
    old: str = ""
    new: str = ""
    words: list = field(default_factory=list)  # [(op, text)] for a changed line
    cells: list = field(default_factory=list)  # [(op, old, new)] for a changed table row


@dataclass
class Section:
    title: str
    state: str
    changes: list[Change]

    @property
    def counts(self) -> dict:
        counts = {ADDED: 0, REMOVED: 0, CHANGED: 0}
        for change in self.changes:
            counts[change.op] += 1
        return counts


def _title(text: str) -> str:
    return NUMBER.sub("", text).strip()


def sections_of(document: PlanDocument) -> dict[str, list[Line]]:
    """{top-level heading without its number: its lines}, in the document's order."""
    sections: dict[str, list[Line]] = {}
    current: list[Line] | None = None
    for block in document.blocks:
        if isinstance(block, Heading) and block.level == 1:
            current = sections.setdefault(_title(block.text), [])
            continue
        if current is None:
            continue
        if isinstance(block, Heading):
            text = _title(block.text)
            current.append(Line(_("Heading"), f"h:{text}", text))
        elif isinstance(block, Paragraph):
            current.append(Line(_("Paragraph"), block.text, block.text))
        elif isinstance(block, Bullets):
            current.extend(Line(_("List item"), item, item) for item in block.items)
        elif isinstance(block, Table):
            for row in block.rows:
                cells = tuple(str(c) for c in row)
                key = f"{block.caption}:{cells[0] if cells else ''}"
                current.append(Line(block.caption, key, " | ".join(cells), cells))
        elif isinstance(block, Picture):
            digest = hashlib.sha256(block.png).hexdigest()[:12]
            current.append(Line(_("Picture"), f"p:{block.caption}", f"{block.caption} [{digest}]"))
    return sections


def _words(old: str, new: str) -> list[tuple[str, str]]:
    a, b = old.split(" "), new.split(" ")
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append((SAME, " ".join(a[i1:i2])))
            continue
        if i2 > i1:
            out.append((REMOVED, " ".join(a[i1:i2])))
        if j2 > j1:
            out.append((ADDED, " ".join(b[j1:j2])))
    return out


def _changed(old: Line, new: Line) -> Change:
    change = Change(CHANGED, new.where, old.text, new.text)
    if old.cells and new.cells and len(old.cells) == len(new.cells):
        change.cells = [
            (SAME if a == b else CHANGED, a, b) for a, b in zip(old.cells, new.cells, strict=True)
        ]
    else:
        change.words = _words(old.text, new.text)
    return change


def _pair(old: list[Line], new: list[Line]) -> list[Change]:
    """A replaced run: lines with the same key are changed, the rest removed or added."""
    changes = []
    new_by_key = {line.key: line for line in new}
    used = set()
    for line in old:
        match = new_by_key.get(line.key)
        if match is not None and match.key not in used:
            used.add(match.key)
            changes.append(_changed(line, match))
        elif len(old) == len(new) == 1:
            used.add(new[0].key)
            changes.append(_changed(line, new[0]))
        else:
            changes.append(Change(REMOVED, line.where, old=line.text))
    changes += [Change(ADDED, line.where, new=line.text) for line in new if line.key not in used]
    return changes


def diff_lines(old: list[Line], new: list[Line]) -> list[Change]:
    changes = []
    matcher = difflib.SequenceMatcher(
        None, [line.text for line in old], [line.text for line in new], autojunk=False
    )
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        if op == "delete":
            changes += [Change(REMOVED, line.where, old=line.text) for line in old[i1:i2]]
        elif op == "insert":
            changes += [Change(ADDED, line.where, new=line.text) for line in new[j1:j2]]
        else:
            changes += _pair(old[i1:i2], new[j1:j2])
    return changes


def diff_documents(old: PlanDocument, new: PlanDocument) -> list[Section]:
    """Every section of either version, in the newer one's order (removed ones after)."""
    a, b = sections_of(old), sections_of(new)
    titles = list(b) + [title for title in a if title not in b]
    sections = []
    for title in titles:
        if title not in a:
            changes = [Change(ADDED, line.where, new=line.text) for line in b[title]]
            sections.append(Section(title, ADDED, changes))
        elif title not in b:
            changes = [Change(REMOVED, line.where, old=line.text) for line in a[title]]
            sections.append(Section(title, REMOVED, changes))
        else:
            changes = diff_lines(a[title], b[title])
            sections.append(Section(title, CHANGED if changes else SAME, changes))
    return sections
