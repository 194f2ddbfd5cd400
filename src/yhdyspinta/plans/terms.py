"""Council terms and the election-year rule of the deck (slide 9).

When a council term changes during the preparation of a broad plan (2025 is an election year),
the welfare report, its conclusions and the preparation of the new plan are handled by the
*outgoing* council, and the new plan is approved by the *incoming* council. ``term_flags`` is a
pure function: it takes milestones and terms as plain values and returns the flags, so the rule
is tested at its boundary dates without a database.

A milestone's dates are its actual date when it has one, else its planned window. A window
that reaches into the wrong term is flagged: "spring 2025" for the plan's approval may fall
before the new council starts on 1 June, so it is flagged as at risk.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from django.utils.translation import gettext as _

from .models import MilestoneKind

APPROVAL_KINDS = frozenset({MilestoneKind.COUNCIL_DECISION})
OUTGOING_KINDS = frozenset({MilestoneKind.REPORT, MilestoneKind.CONCLUSIONS})


@dataclass(frozen=True)
class Term:
    starts: date
    ends: date
    elected_on: date | None = None


@dataclass(frozen=True)
class Dated:
    """What the rule needs of a milestone: its kind and the days it may fall on."""

    key: object
    kind: str
    start: date
    end: date


@dataclass(frozen=True)
class TermFlag:
    key: object
    kind: str  # "approval_by_outgoing" or "report_by_incoming"
    message: str


def _overlap_days(term: Term, start: date, end: date) -> int:
    first, last = max(term.starts, start), min(term.ends, end)
    return max(0, (last - first).days + 1)


def incoming_term(terms: Sequence[Term], period_start: int, period_end: int) -> Term | None:
    """The term that covers most of the plan period: its council approves the plan."""
    start, end = date(period_start, 1, 1), date(period_end, 12, 31)
    best = max(terms, key=lambda t: _overlap_days(t, start, end), default=None)
    if best is None or _overlap_days(best, start, end) == 0:
        return None
    return best


def outgoing_term(terms: Sequence[Term], incoming: Term) -> Term | None:
    before = [t for t in terms if t.ends < incoming.starts]
    return max(before, key=lambda t: t.ends, default=None)


def term_flags(
    milestones: Iterable[Dated], terms: Sequence[Term], period_start: int, period_end: int
) -> list[TermFlag]:
    """Flags for a plan whose approval falls to the outgoing council, or whose report and
    conclusions fall to the incoming one. The rule applies only when the council changes
    during the preparation: the incoming term starts after the first milestone."""
    milestones = list(milestones)
    incoming = incoming_term(terms, period_start, period_end)
    if incoming is None or not milestones:
        return []
    if outgoing_term(terms, incoming) is None:
        return []
    if min(m.start for m in milestones) >= incoming.starts:
        return []  # prepared entirely by the incoming council: no change of council
    change = incoming.starts
    flags = []
    for item in milestones:
        if item.kind in APPROVAL_KINDS and item.start < change:
            flags.append(
                TermFlag(
                    item.key,
                    "approval_by_outgoing",
                    _(
                        "The plan's approval is planned for the outgoing council: the new "
                        "council starts on %(date)s and should approve the plan."
                    )
                    % {"date": _day(change)},
                )
            )
        elif item.kind in OUTGOING_KINDS and item.end >= change:
            flags.append(
                TermFlag(
                    item.key,
                    "report_by_incoming",
                    _(
                        "%(what)s is planned for the incoming council: the outgoing council, "
                        "whose term ends on %(date)s, should handle the report and its "
                        "conclusions."
                    )
                    % {
                        "what": MilestoneKind(item.kind).label.capitalize(),
                        "date": _day(change - timedelta(days=1)),
                    },
                )
            )
    return flags


def _day(value: date) -> str:
    return f"{value.day}.{value.month}.{value.year}"


# --- from the database ------------------------------------------------------------------------


def terms_for(plan) -> list[Term]:
    from yhdyspinta.organizations.models import CouncilTerm

    rows = CouncilTerm.objects.filter(level=plan.term_level).select_related("election")
    return [Term(t.starts, t.ends, _elected_on(t)) for t in rows.order_by("starts")]


def _elected_on(term) -> date | None:
    from .models import Election

    try:
        return term.election.date
    except Election.DoesNotExist:
        return None


def dated(milestones) -> list[Dated]:
    result = []
    for milestone in milestones:
        window = milestone.window
        if window is not None:
            result.append(Dated(milestone.pk, milestone.kind, window[0], window[1]))
    return result


def plan_term_flags(plan, milestones=None) -> list[TermFlag]:
    milestones = list(plan.milestones.all()) if milestones is None else milestones
    return term_flags(dated(milestones), terms_for(plan), plan.period_start, plan.period_end)
