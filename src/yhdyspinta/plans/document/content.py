"""The plan's document in THL's structure for a broad welfare report: summary; background,
purpose and goals; the population's wellbeing, health and services; strengths and development
needs; the plan part (conclusions, goals, measures); annexes (statements and responses, the
indicators of the chosen set left out). The evaluation of the previous period's goals follows
the population's wellbeing, before the strengths and development needs it informs."""

from __future__ import annotations

from datetime import date

from django.db.models import Prefetch
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from ..models import Conclusion, Goal, Measure, MeasureIndicator, Milestone
from ..timeline import build_timeline
from .blocks import (
    Bullets,
    Heading,
    PageBreak,
    Paragraph,
    Picture,
    PlanDocument,
    Table,
    TableOfContents,
)
from .coverage import omission_blocks
from .evaluation import evaluation_blocks
from .formatting import day, language, number, value_year
from .timeline_chart import timeline_png
from .wellbeing import wellbeing_blocks


def build_document(plan, today: date, *, charts: bool = True) -> PlanDocument:
    document = PlanDocument(
        title=plan.title,
        subtitle=f"{capfirst(plan.get_kind_display())} {plan.period_label}",
        organisation=plan.owner.name,
        date_text=day(today),
        status=capfirst(plan.get_status_display()),
        language=language(),
    )
    goals = _goals(plan)
    conclusions = list(plan.conclusions.prefetch_related("indicators", "findings"))
    document.add(TableOfContents(_("Contents")), PageBreak())
    document.add(*_summary(plan, goals, conclusions))
    document.add(*_background(plan, today, charts=charts))
    document.add(*wellbeing_blocks(plan, charts=charts))
    document.add(*evaluation_blocks(plan))
    document.add(*_strengths(plan, conclusions))
    document.add(*_plan_part(goals, conclusions))
    document.add(*_annexes(plan))
    document.add(*omission_blocks(plan))
    document.number_headings()
    return document


def _goals(plan) -> list[Goal]:
    measures = Measure.objects.select_related("responsible_organization").prefetch_related(
        "partners",
        Prefetch("indicators", queryset=MeasureIndicator.objects.select_related("indicator")),
    )
    return list(
        Goal.objects.filter(plan=plan)
        .select_related("shared_goal")
        .prefetch_related(Prefetch("measures", queryset=measures))
    )


def _summary(plan, goals, conclusions) -> list:
    measures = sum(len(goal.measures.all()) for goal in goals)
    blocks = [Heading(1, _("Summary"))]
    if plan.summary:
        blocks.append(Paragraph(plan.summary, "lead"))
    blocks.append(
        Paragraph(
            _(
                "The plan has %(goals)s goals and %(measures)s measures for the period "
                "%(period)s. Status: %(status)s."
            )
            % {
                "goals": len(goals),
                "measures": measures,
                "period": plan.period_label,
                "status": plan.get_status_display(),
            }
        )
    )
    if goals:
        blocks.append(Bullets([goal.title for goal in goals]))
    return blocks


def _background(plan, today: date, *, charts: bool) -> list:
    blocks = [
        Heading(1, _("Background, purpose and goals")),
        Paragraph(
            _(
                "The Act on organising healthcare and social welfare services (612/2021, "
                "sections 6-7) requires the wellbeing services county and each municipality to "
                "report on the wellbeing and health of their residents and the measures taken "
                "to their council every year, and to prepare a broad welfare report and plan "
                "once per council term."
            )
        ),
        Heading(2, _("The preparation")),
    ]
    timeline = build_timeline(plan, today)
    if charts:
        blocks.append(
            Picture(
                timeline_png(timeline),
                _("Council terms, elections, phases and milestones from 2023 to 2029."),
                _("Timeline of %(name)s") % {"name": plan.title},
            )
        )
    phases = plan.phases.all()
    blocks.append(
        Table(
            _("Phases"),
            [_("Phase"), _("Planned"), _("Actual"), _("Status")],
            [
                [
                    str(p),
                    p.due_text or "–",
                    f"{day(p.actual_start)}–{day(p.actual_end)}",
                    p.get_status_display(),
                ]
                for p in phases
            ],  # fmt: skip
            widths=[3, 2, 3, 1.5],
        )
    )
    milestones = Milestone.objects.filter(plan=plan).select_related("body")
    flags = {i.anchor: i.flags for i in timeline.items if i.kind == "milestone"}
    blocks.append(Heading(2, _("Decisions and council terms")))
    blocks.append(
        Table(
            _("Milestones"),
            [_("Milestone"), _("Deciding body"), _("Planned"), _("Actual date"), _("Status")],
            [
                [
                    str(m) + "".join(f" ({flag})" for flag in flags.get(f"milestone-{m.pk}", [])),
                    str(m.body or "–"),
                    m.due_text or "–",
                    day(m.actual_date),
                    _("late") if m.is_late(today) else m.get_status_display(),
                ]
                for m in milestones.order_by("due_end", "order", "pk")
            ],
            widths=[3.3, 2.3, 1.5, 1.9, 1.3],
        )
    )
    return blocks


def _strengths(plan, conclusions) -> list:
    blocks = [Heading(1, _("Strengths and development needs"))]
    for kind, title in (
        (Conclusion.Kind.STRENGTH, _("Strengths: the joys")),
        (Conclusion.Kind.NEED, _("Development needs: the concerns")),
    ):
        items = [c.text for c in conclusions if c.kind == kind]
        if items:
            blocks += [Heading(2, title), Bullets(items)]
    workshops = list(plan.workshops.prefetch_related("municipalities", "stakeholders"))
    if workshops:
        blocks.append(Heading(2, _("Workshops")))
        blocks.append(
            Table(
                _("Workshops of the preparation"),
                [_("Workshop"), _("Date"), _("Participants"), _("Outputs")],
                [
                    [w.title, day(w.date), _participants(w), w.outputs or w.notes or "–"]
                    for w in workshops
                ],
                widths=[2.5, 1.8, 3, 4],
            )
        )
    return blocks


def _participants(workshop) -> str:
    parts = [workshop.sectors] if workshop.sectors else []
    parts += [m.name for m in workshop.municipalities.all()]
    parts += [s.name for s in workshop.stakeholders.all()]
    if workshop.participant_count:
        parts.append(_("%(n)s participants") % {"n": workshop.participant_count})
    return ", ".join(parts) or "–"


def _plan_part(goals, conclusions) -> list:
    blocks = [Heading(1, _("The plan")), Heading(2, _("Conclusions"))]
    blocks.append(
        Bullets([f"{capfirst(c.get_kind_display())}: {c.text}" for c in conclusions])
        if conclusions
        else Paragraph(_("No conclusions yet."), "note")
    )
    blocks.append(Heading(2, _("Goals and measures")))
    for goal in goals:
        blocks.append(Heading(3, goal.title))
        if goal.shared_goal_id:
            blocks.append(Paragraph(_("Shared goal: %(name)s") % {"name": goal.shared_goal}))
        if goal.description:
            blocks.append(Paragraph(goal.description))
        measures = list(goal.measures.all())
        blocks.append(
            Table(
                _("Measures of the goal"),
                [_("Measure"), _("Responsible"), _("Partners"), _("Schedule"), _("Resources")],
                [
                    [
                        m.title,
                        ", ".join(
                            x for x in (m.responsible_organization.name, m.responsible_unit) if x
                        ),
                        ", ".join(p.name for p in m.partners.all()) or "–",
                        m.schedule or m.due_text or "–",
                        " ".join(x for x in (m.resources, _budget(m)) if x) or "–",
                    ]
                    for m in measures
                ],  # fmt: skip
                widths=[3.2, 2.4, 2.2, 1.4, 2.4],
            )
        )
        rows = [
            [
                m.title,
                i.label,
                i.get_kind_display(),
                value_year(i.baseline_value, i.baseline_year, _decimals(i), i.unit),
                value_year(i.target_value, i.target_year, _decimals(i), i.unit),
            ]
            for m in measures
            for i in m.indicators.all()
        ]
        if rows:
            blocks.append(
                Table(
                    _("Indicators of the measures"),
                    [_("Measure"), _("Indicator"), _("Kind"), _("Baseline"), _("Target")],
                    rows,
                    widths=[3, 3.6, 1.3, 1.6, 1.6],
                )
            )
    return blocks


def _decimals(indicator) -> int:
    return indicator.indicator.decimals if indicator.indicator_id else 1


def _budget(measure) -> str:
    if measure.budget_year is None:
        return ""
    return _("(budget %(year)s)") % {"year": measure.budget_year}


def _annexes(plan) -> list:
    blocks = [PageBreak(), Heading(1, _("Annexes")), Heading(2, _("Statements and responses"))]
    statements = list(plan.statements.select_related("body", "municipality"))
    if not statements:
        blocks.append(Paragraph(_("No statements."), "note"))
    for statement in statements:
        blocks.append(Heading(3, f"{statement.source} {day(statement.received)}"))
        blocks.append(Paragraph(statement.text))
        if statement.awaits_response:
            blocks.append(Paragraph(_("Awaiting a response."), "note"))
        else:
            blocks.append(
                Paragraph(
                    _("Response %(date)s: %(text)s")
                    % {"date": day(statement.responded_on), "text": statement.response}
                )
            )
    return blocks


__all__ = ["build_document", "number"]
