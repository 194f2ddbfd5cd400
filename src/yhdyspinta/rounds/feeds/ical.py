"""A small, strict iCalendar (RFC 5545) writer for published event feeds.

Only what a subscribed calendar needs: VCALENDAR with VEVENTs, all-day events (``VALUE=DATE``)
and timed events (UTC). The rules that matter to calendar applications are followed exactly:

* lines end in CRLF (3.1);
* content lines longer than 75 octets are folded: CRLF followed by one space, never inside a
  UTF-8 sequence (3.1);
* TEXT values escape backslash, semicolon, comma and newlines (3.3.11);
* every event has a stable UID and a DTSTAMP (3.6.1); an all-day event's DTEND is the day after
  (non-inclusive, 3.6.1).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

CRLF = "\r\n"
MAX_OCTETS = 75


def escape_text(value: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11)."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return value.replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold one content line into chunks of at most 75 octets (continuations start with a
    space, which counts), without splitting a UTF-8 encoded character."""
    parts: list[str] = []
    current, size, limit = [], 0, MAX_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append("".join(current))
            current, size, limit = [], 0, MAX_OCTETS - 1
        current.append(char)
        size += width
    parts.append("".join(current))
    return (CRLF + " ").join(parts)


def format_date(value: date) -> str:
    return value.strftime("%Y%m%d")


def format_utc(value: datetime) -> str:
    if value.tzinfo is None:
        raise ValueError("A timed event needs an aware datetime.")
    return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


@dataclass(frozen=True)
class Event:
    """One VEVENT. ``start`` is a ``date`` for an all-day event or an aware ``datetime``.

    ``end`` defaults to the next day for an all-day event and to one hour later otherwise."""

    uid: str
    start: date | datetime
    summary: str
    description: str = ""
    end: date | datetime | None = None
    url: str = ""
    location: str = ""
    categories: tuple[str, ...] = ()

    @property
    def all_day(self) -> bool:
        return not isinstance(self.start, datetime)

    def lines(self, stamp: datetime) -> list[str]:
        if self.all_day:
            end = self.end or self.start + timedelta(days=1)
            when = [
                f"DTSTART;VALUE=DATE:{format_date(self.start)}",
                f"DTEND;VALUE=DATE:{format_date(end)}",
            ]
        else:
            end = self.end or self.start + timedelta(hours=1)
            when = [f"DTSTART:{format_utc(self.start)}", f"DTEND:{format_utc(end)}"]
        lines = [
            "BEGIN:VEVENT",
            f"UID:{escape_text(self.uid)}",
            f"DTSTAMP:{format_utc(stamp)}",
            *when,
            f"SUMMARY:{escape_text(self.summary)}",
        ]
        if self.description:
            lines.append(f"DESCRIPTION:{escape_text(self.description)}")
        if self.location:
            lines.append(f"LOCATION:{escape_text(self.location)}")
        if self.categories:
            lines.append("CATEGORIES:" + ",".join(escape_text(c) for c in self.categories))
        if self.url:
            lines.append(f"URL;VALUE=URI:{self.url}")
        if self.all_day:
            lines.append("TRANSP:TRANSPARENT")  # a deadline does not make one busy all day
        lines.append("END:VEVENT")
        return lines


def render_calendar(
    events: Iterable[Event],
    *,
    name: str,
    product: str = "-//Yhdyspinta//Negotiation rounds//EN",
    stamp: datetime | None = None,
) -> bytes:
    """The whole calendar as UTF-8 bytes, CRLF line endings, folded lines."""
    stamp = stamp or datetime.now(UTC)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{product}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(name)}",
    ]
    for event in events:
        lines.extend(event.lines(stamp))
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + CRLF for line in lines).encode("utf-8")
