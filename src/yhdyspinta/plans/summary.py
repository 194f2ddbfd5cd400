"""The plans' part of a round's board summary (slides 8-9 of the deck), after the round's own
sections: the process of the county's next broad welfare report and plan (its phases, the
workshops, the decision making, the timeline) and its decision around the elections (what the
outgoing council handles, what the incoming council approves, and the flags of ``terms.py``).

The plan is the county's first broad plan whose period starts after the round's year (else
the latest), of those the reader may see (``scoping.visible_plans``). See
``rounds.summary.contributions``.
"""

from __future__ import annotations

from django.utils.text import capfirst
from django.utils.translation import gettext as _

from yhdyspinta.documents.outline import Item, Section, format_date
from yhdyspinta.rounds.summary.contributions import AFTER, Contribution

from .models import (
    Milestone,
    MilestoneKind,
    Phase,
    PhaseKind,
    Plan,
    PlanKind,
    ProgressStatus,
    Workshop,
)
from .scoping import visible_plans
from .terms import (
    APPROVAL_KINDS,
    OUTGOING_KINDS,
    incoming_term,
    outgoing_term,
    plan_term_flags,
    terms_for,
)

PREPARATION = (
    PhaseKind.PLANNING,
    PhaseKind.DATA_COLLECTION,
    PhaseKind.WORKSHOPS,
    PhaseKind.CONCLUSIONS,
)


def _plan(round_, reader) -> Plan | None:
    plans = visible_plans(reader) if reader is not None else Plan.objects.all()
    plans = plans.filter(owner_id=round_.county_id, kind=PlanKind.BROAD)
    day = round_.board_date or round_.starts
    if day is not None:
        later = plans.filter(period_start__gt=day.year).order_by("period_start", "pk").first()
        if later is not None:
            return later
    return plans.order_by("-period_start", "-pk").first()


def _when(item) -> str:
    """A phase's or milestone's date: the actual one when it has happened, else as planned."""
    if isinstance(item, Phase):
        if item.actual_end:
            return f"{format_date(item.actual_start)}–{format_date(item.actual_end)}"
        start = item.planned_start_text
        return f"{start} – {item.due_text}" if start and item.due_text else start or item.due_text
    return format_date(item.actual_date) if item.actual_date else item.due_text


def _meta(item) -> str:
    """When, and the status unless done (a done one has its actual date)."""
    status = "" if item.status == ProgressStatus.DONE else item.get_status_display()
    return "; ".join(part for part in (_when(item), status) if part)


def _years(first, last) -> str:
    return str(first) if first == last else f"{first}–{last}"


def _process(plan: Plan, phases: list[Phase], milestones: list[Milestone]) -> Section:
    workshops = list(Workshop.objects.filter(plan=plan).order_by("date", "pk"))
    preparation = []
    for phase in phases:
        if phase.kind not in PREPARATION:
            continue
        meta = _meta(phase)
        if phase.kind == PhaseKind.WORKSHOPS and workshops:
            meta = " – ".join(w.title for w in workshops) + f" ({meta})"
        preparation.append(Item(capfirst(phase.get_kind_display()), meta=meta))
    deciding = next((p for p in phases if p.kind == PhaseKind.DECISION_MAKING), None)
    decisions = [
        Item(str(m), meta=_meta(m))
        for m in milestones
        if deciding is not None and m.phase_id == deciding.pk and m.kind not in OUTGOING_KINDS
    ]
    items = [Item(plan.title)]
    if preparation:
        items.append(Item(_("Preparation of the report and plan"), preparation))
    if decisions:
        items.append(Item(_("Decision making"), decisions))
    items.append(Item(_("Timeline"), meta=", ".join(_timeline(plan, phases, milestones))))
    return Section(
        _("HYTE plan for %(years)s") % {"years": _years(plan.period_start, plan.period_end)},
        items,
    )


def _timeline(plan: Plan, phases: list[Phase], milestones: list[Milestone]) -> list[str]:
    rows = []
    prep = [p for p in phases if p.kind in PREPARATION]
    starts = [d.year for p in prep for d in (p.actual_start or p.planned_start,) if d]
    ends = [d.year for p in prep for d in (p.actual_end or p.due_end,) if d]
    if starts and ends:
        rows.append(_("preparation %(years)s") % {"years": _years(min(starts), max(ends))})
    report = next((m for m in milestones if m.kind == MilestoneKind.REPORT and m.window), None)
    if report is not None:
        rows.append(_("welfare report %(year)s") % {"year": report.window[0].year})
    rows.append(_("plan for %(years)s") % {"years": _years(plan.period_start, plan.period_end)})
    return rows


def _decision(plan: Plan, milestones: list[Milestone]) -> Section | None:
    terms = terms_for(plan)
    incoming = incoming_term(terms, plan.period_start, plan.period_end)
    if incoming is None:
        return None
    outgoing = outgoing_term(terms, incoming)
    change = incoming.starts
    items = []
    if incoming.elected_on:
        items.append(
            Item(
                _("%(year)s is an election year: elections on %(date)s")
                % {"year": incoming.elected_on.year, "date": format_date(incoming.elected_on)},
                meta=_("the new council starts on %(date)s") % {"date": format_date(change)},
            )
        )
    dated = [m for m in milestones if m.window]
    # what the rule is about: the report and conclusions, the approval (the flags name others)
    before = [m for m in dated if m.window[1] < change and m.kind in OUTGOING_KINDS]
    after = [m for m in dated if m.kind in APPROVAL_KINDS]
    if outgoing is not None:
        items.append(
            Item(
                _("The outgoing council (%(years)s)")
                % {"years": _years(outgoing.starts.year, outgoing.ends.year)},
                [Item(str(m), meta=_meta(m)) for m in before],
                meta=_("the welfare report, its conclusions and the preparation of the new plan"),
            )
        )
    items.append(
        Item(
            _("The incoming council (%(years)s)")
            % {"years": _years(incoming.starts.year, incoming.ends.year)},
            [Item(str(m), meta=_meta(m)) for m in after],
            meta=_("approves the new plan"),
        )
    )
    flags = plan_term_flags(plan, milestones)
    items.extend(Item(_("Check: %(flag)s") % {"flag": flag.message}) for flag in flags)
    section = Section(_("Decision process of the HYTE plan"), items)
    if outgoing is not None and not flags:
        section.note = _(
            "The schedule follows the rule: the outgoing council handles the report, the "
            "incoming council approves the plan."
        )
    return section


def summary_sections(round_, reader) -> list[Contribution]:
    plan = _plan(round_, reader)
    if plan is None:
        return []
    plan = Plan.objects.select_related("owner").get(pk=plan.pk)
    phases = list(Phase.objects.filter(plan=plan).order_by("order", "planned_start", "pk"))
    milestones = list(Milestone.objects.filter(plan=plan).order_by("due_end", "order", "pk"))
    found = [Contribution(AFTER, section=_process(plan, phases, milestones), order=80)]
    decision = _decision(plan, milestones)
    if decision is not None:
        found.append(Contribution(AFTER, section=decision, order=90))
    return found
