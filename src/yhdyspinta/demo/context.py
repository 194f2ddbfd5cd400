from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# The demo tells the story of the autumn 2023 round; "today" in the story is the real today.
BOARD_MEETING = date(2023, 10, 12)


@dataclass
class DemoContext:
    """What the steps share: records by natural key, and a counter for the summary line."""

    orgs: dict = field(default_factory=dict)  # code or key -> Organization
    people: dict = field(default_factory=dict)  # key -> Person
    themes: dict = field(default_factory=dict)  # slug -> Theme
    bodies: dict = field(default_factory=dict)  # kind -> Body
    users: dict = field(default_factory=dict)  # username -> User
    counts: dict = field(default_factory=dict)

    def count(self, name: str, n: int = 1) -> None:
        self.counts[name] = self.counts.get(name, 0) + n

    @property
    def county(self):
        return self.orgs["county"]

    def municipalities(self):
        return [org for key, org in self.orgs.items() if key.isdigit() and len(key) == 3]
