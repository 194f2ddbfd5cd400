"""The plan's timeline, 2023-2029: council terms, elections, phases, milestones, today and what
is late, as a server-side SVG with presentation attributes only (the site's CSP blocks style
attributes and <style>), and the same items as rows for the text alternative (a table).

``build_timeline`` reads the database once per kind of item; ``render_svg`` is pure.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.utils.html import escape
from django.utils.translation import gettext as _

from .models import Milestone, Phase
from .terms import plan_term_flags, terms_for

FIRST_YEAR, LAST_YEAR = 2023, 2029
WIDTH, LABEL_W, ROW_H, TOP = 1000, 230, 26, 34
COLOURS = {
    "term": ("#d9e2ec", "#9fb3c8"),
    "planned": "#8fb8de",
    "actual": "#1f5f8b",
    "done": "#2e7d32",
    "late": "#b00020",
    "election": "#8a4b08",
    "today": "#b00020",
    "grid": "#cbd2d9",
    "text": "#1a1a1a",
}


@dataclass
class Item:
    kind: str  # term, election, phase, milestone
    label: str
    start: date | None
    end: date | None
    planned_text: str = ""
    actual_start: date | None = None
    actual_end: date | None = None
    status: str = ""
    late: bool = False
    flags: list[str] = field(default_factory=list)
    anchor: str = ""

    @property
    def kind_label(self) -> str:
        return {
            "term": _("council term"),
            "election": _("election"),
            "phase": _("phase"),
            "milestone": _("milestone"),
        }[self.kind]


@dataclass
class Timeline:
    items: list[Item]
    today: date
    first: date = date(FIRST_YEAR, 1, 1)
    last: date = date(LAST_YEAR, 12, 31)

    @property
    def late(self) -> list[Item]:
        return [item for item in self.items if item.late]


def build_timeline(plan, today: date) -> Timeline:
    items: list[Item] = []
    level_label = _("County council") if plan.is_regional else _("Municipal council")
    for term in terms_for(plan):
        items.append(
            Item(
                "term",
                f"{level_label} {term.starts.year}–{term.ends.year}",
                term.starts,
                term.ends,
            )
        )
        if term.elected_on:
            items.append(Item("election", _("Elections"), term.elected_on, term.elected_on))
    phases = list(Phase.objects.filter(plan=plan).order_by("order", "planned_start", "pk"))
    for phase in phases:
        items.append(
            Item(
                "phase",
                str(phase),
                phase.planned_start or phase.due_start,
                phase.due_end,
                planned_text=_planned_text(phase),
                actual_start=phase.actual_start,
                actual_end=phase.actual_end,
                status=phase.get_status_display(),
                late=phase.is_late(today),
                anchor=f"phase-{phase.pk}",
            )
        )
    milestones = list(Milestone.objects.filter(plan=plan).order_by("due_end", "order", "pk"))
    flags: dict[object, list[str]] = {}
    for flag in plan_term_flags(plan, milestones):
        flags.setdefault(flag.key, []).append(flag.message)
    for milestone in milestones:
        items.append(
            Item(
                "milestone",
                str(milestone),
                milestone.due_start,
                milestone.due_end,
                planned_text=milestone.due_text,
                actual_start=milestone.actual_date,
                actual_end=milestone.actual_date,
                status=milestone.get_status_display(),
                late=milestone.is_late(today),
                flags=flags.get(milestone.pk, []),
                anchor=f"milestone-{milestone.pk}",
            )
        )
    return Timeline(items, today)


def _planned_text(phase: Phase) -> str:
    start = phase.planned_start_text
    end = phase.due_text
    if start and end:
        return f"{start} – {end}"
    return start or end


# --- drawing ------------------------------------------------------------------------------------


def _x(timeline: Timeline, day: date) -> float:
    span = (timeline.last - timeline.first).days + 1
    day = min(max(day, timeline.first), timeline.last)
    return LABEL_W + (WIDTH - LABEL_W - 10) * (day - timeline.first).days / span


def _short(text: str, limit: int = 34) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _in_range(timeline: Timeline, start: date | None, end: date | None) -> bool:
    return (
        start is not None and end is not None and end >= timeline.first and start <= timeline.last
    )


def _day(value: date | None) -> str:
    return f"{value.day}.{value.month}.{value.year}" if value else "–"


def render_svg(timeline: Timeline, *, title: str, description: str) -> str:
    rows = [item for item in timeline.items if item.kind != "election"]
    height = TOP + ROW_H * max(len(rows), 1) + 20
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" width="100%" '
        f'role="img" aria-labelledby="timeline-title timeline-desc" class="plan-timeline" '
        f'preserveAspectRatio="xMinYMin meet" font-family="sans-serif">',
        f'<title id="timeline-title">{escape(title)}</title>',
        f'<desc id="timeline-desc">{escape(description)}</desc>',
    ]
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        x = _x(timeline, date(year, 1, 1))
        parts.append(
            f'<line x1="{x:.1f}" y1="{TOP - 8}" x2="{x:.1f}" y2="{height - 14}" '
            f'stroke="{COLOURS["grid"]}" stroke-width="1"/>'
            f'<text x="{x + 4:.1f}" y="{TOP - 14}" font-size="12" fill="{COLOURS["text"]}">'
            f"{year}</text>"
        )
    term_row = {}
    for index, item in enumerate(rows):
        y = TOP + index * ROW_H
        parts.append(
            f'<text x="4" y="{y + 17}" font-size="12" fill="{COLOURS["text"]}">'
            f"{escape(_short(item.label))}</text>"
        )
        if item.kind == "term":
            term_row[item.start] = y
            parts.append(
                _bar(
                    timeline,
                    item.start,
                    item.end,
                    y + 4,
                    16,
                    COLOURS["term"][index % 2],
                    f"{item.label}: {_day(item.start)}–{_day(item.end)}",
                )
            )
        elif item.kind == "phase":
            parts.append(_phase(timeline, item, y))
        else:
            parts.append(_milestone(timeline, item, y))
    for item in timeline.items:
        if item.kind != "election" or not _in_range(timeline, item.start, item.end):
            continue
        term_ys = [y for start, y in term_row.items() if start and start > item.start]
        y = (min(term_ys) if term_ys else TOP) + 12
        x = _x(timeline, item.start)
        parts.append(
            f"<g><title>{escape(item.label)} {_day(item.start)}</title>"
            f'<polygon points="{x:.1f},{y - 9} {x + 7:.1f},{y} {x:.1f},{y + 9} {x - 7:.1f},{y}" '
            f'fill="{COLOURS["election"]}" stroke="#ffffff" stroke-width="1"/></g>'
        )
    if timeline.first <= timeline.today <= timeline.last:
        x = _x(timeline, timeline.today)
        parts.append(
            f"<g><title>{escape(_('Today'))} {_day(timeline.today)}</title>"
            f'<line x1="{x:.1f}" y1="{TOP - 8}" x2="{x:.1f}" y2="{height - 14}" '
            f'stroke="{COLOURS["today"]}" stroke-width="2" stroke-dasharray="5 3"/>'
            f'<text x="{x + 3:.1f}" y="{height - 2}" font-size="11" fill="{COLOURS["today"]}">'
            f"{escape(_('Today'))}</text></g>"
        )
    parts.append("</svg>")
    return "".join(parts)


def _bar(timeline, start, end, y, h, fill, tooltip, stroke="none") -> str:
    if not _in_range(timeline, start, end):
        return ""
    x1, x2 = _x(timeline, start), _x(timeline, end)
    return (
        f'<rect x="{x1:.1f}" y="{y}" width="{max(x2 - x1, 2):.1f}" height="{h}" fill="{fill}" '
        f'stroke="{stroke}" stroke-width="2"><title>{escape(tooltip)}</title></rect>'
    )


def _phase(timeline: Timeline, item: Item, y: int) -> str:
    planned = _bar(
        timeline,
        item.start,
        item.end,
        y + 4,
        16,
        COLOURS["planned"],
        f"{item.label}: {item.planned_text or _day(item.end)} ({item.status})",
        stroke=COLOURS["late"] if item.late else "none",
    )
    actual_end = item.actual_end or (timeline.today if item.actual_start else None)
    actual = _bar(
        timeline,
        item.actual_start,
        actual_end,
        y + 9,
        6,
        COLOURS["done"] if item.actual_end else COLOURS["actual"],
        f"{item.label}: {_day(item.actual_start)}–{_day(item.actual_end)}",
    )
    return planned + actual


def _milestone(timeline: Timeline, item: Item, y: int) -> str:
    parts = []
    if _in_range(timeline, item.start, item.end) and item.start != item.end:
        parts.append(
            _bar(
                timeline,
                item.start,
                item.end,
                y + 8,
                8,
                COLOURS["planned"],
                f"{item.label}: {item.planned_text}",
            )
        )
    when = item.actual_end or item.end
    if when is None or not timeline.first <= when <= timeline.last:
        return "".join(parts)
    colour = (
        COLOURS["late"]
        if item.late
        else (COLOURS["done"] if item.actual_end else COLOURS["actual"])
    )
    x = _x(timeline, when)
    state = _("late") if item.late else item.status
    warning = " ⚠" if item.flags else ""
    parts.append(
        f"<g><title>{escape(item.label)}: {escape(item.planned_text or _day(item.end))}"
        f"{' / ' + _day(item.actual_end) if item.actual_end else ''} ({escape(state)})"
        f"{escape(warning)}</title>"
        f'<circle cx="{x:.1f}" cy="{y + 12}" r="7" fill="{colour}" stroke="#ffffff" '
        f'stroke-width="1"/></g>'
    )
    if item.flags:
        parts.append(
            f'<text x="{x + 10:.1f}" y="{y + 17}" font-size="13" fill="{COLOURS["late"]}" '
            f'font-weight="bold">!</text>'
        )
    return "".join(parts)
