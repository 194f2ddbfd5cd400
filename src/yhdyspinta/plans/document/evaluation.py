"""The evaluation of the previous period's goals: the previous broad plan of the same owner
(e.g. 2021-2024 before 2025-2028), each of its measures with the final status from its last
annual review, and each indicator's change from the baseline to the latest value (from the
indicators app's observations of the owner's area, for indicators of the catalogue)."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Prefetch
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from yhdyspinta.indicators.models import Area, Observation

from ..models import Goal, Measure, MeasureIndicator, Plan, PlanKind, ReviewEntry
from .blocks import Heading, Paragraph, Table
from .formatting import number, value_year


def previous_plan(plan: Plan) -> Plan | None:
    return (
        Plan.objects.filter(owner_id=plan.owner_id, kind=PlanKind.BROAD)
        .filter(period_end__lt=plan.period_start)
        .exclude(pk=plan.pk)
        .order_by("-period_end", "-pk")
        .first()
    )


@dataclass
class IndicatorChange:
    label: str
    baseline: str
    target: str
    latest: str
    change: str


@dataclass
class MeasureResult:
    title: str
    responsible: str
    status: str
    year: int | None
    narrative: str
    indicators: list[IndicatorChange] = field(default_factory=list)


@dataclass
class GoalResult:
    title: str
    measures: list[MeasureResult]


@dataclass
class Evaluation:
    plan: Plan | None
    goals: list[GoalResult]

    @property
    def measure_count(self) -> int:
        return sum(len(goal.measures) for goal in self.goals)


def _latest_values(plan: Plan, indicator_ids: set[int]) -> dict[int, tuple[float, int]]:
    """{indicator id: (value, year)} of the owner's area, the latest total of each (1-2 queries)."""
    if not indicator_ids:
        return {}
    areas = list(Area.objects.filter(organization_id=plan.owner_id).values_list("pk", flat=True))
    if not areas:
        return {}
    latest: dict[int, tuple[float, int]] = {}
    rows = (
        Observation.objects.filter(indicator_id__in=indicator_ids, area_id__in=areas)
        .filter(gender="total", value__isnull=False)
        .order_by("indicator_id", "-year")
        .values_list("indicator_id", "value", "year")
    )
    for indicator_id, value, year in rows:
        latest.setdefault(indicator_id, (value, year))
    return latest


def evaluate(plan: Plan) -> Evaluation:
    """The previous plan's goals and measures with their outcome (a bounded number of queries)."""
    previous = previous_plan(plan)
    if previous is None:
        return Evaluation(None, [])
    items = MeasureIndicator.objects.select_related("indicator")
    measures = Measure.objects.select_related("responsible_organization").prefetch_related(
        Prefetch("indicators", queryset=items)
    )
    goals = list(
        Goal.objects.filter(plan=previous).prefetch_related(Prefetch("measures", queryset=measures))
    )
    final: dict[int, ReviewEntry] = {}
    entries = (
        ReviewEntry.objects.filter(review__plan=previous)
        .select_related("review")
        .order_by("measure_id", "-review__year")
    )
    for entry in entries:
        final.setdefault(entry.measure_id, entry)
    ids = {
        item.indicator_id
        for goal in goals
        for measure in goal.measures.all()
        for item in measure.indicators.all()
        if item.indicator_id
    }
    latest = _latest_values(previous, ids)
    results = []
    for goal in goals:
        rows = []
        for measure in goal.measures.all():
            entry = final.get(measure.pk)
            rows.append(
                MeasureResult(
                    measure.title,
                    measure.responsible_organization.name,
                    entry.get_status_display() if entry else _("no annual review"),
                    entry.review.year if entry else None,
                    entry.narrative if entry else "",
                    [_change(item, latest) for item in measure.indicators.all()],
                )
            )
        results.append(GoalResult(goal.title, rows))
    return Evaluation(previous, results)


def _change(item: MeasureIndicator, latest: dict) -> IndicatorChange:
    decimals = item.indicator.decimals if item.indicator_id else 1
    value, year = latest.get(item.indicator_id, (None, None))
    change = "–"
    if value is not None and item.baseline_value is not None:
        delta = value - item.baseline_value
        change = ("+" if delta > 0 else "") + number(delta, decimals)
    return IndicatorChange(
        item.label,
        value_year(item.baseline_value, item.baseline_year, decimals, item.unit),
        value_year(item.target_value, item.target_year, decimals, item.unit),
        value_year(value, year, decimals, item.unit),
        change,
    )


def evaluation_blocks(plan: Plan, evaluation: Evaluation | None = None) -> list:
    evaluation = evaluation or evaluate(plan)
    blocks: list = [Heading(1, _("Evaluation of the previous period's goals"))]
    if evaluation.plan is None:
        blocks.append(Paragraph(_("The service has no previous plan of this owner."), "note"))
        return blocks
    blocks.append(
        Paragraph(
            _(
                "%(title)s (%(period)s): the final status of each measure from its last annual "
                "review, and each indicator's change from the baseline to the latest value."
            )
            % {"title": evaluation.plan.title, "period": evaluation.plan.period_label}
        )
    )
    for goal in evaluation.goals:
        blocks.append(Heading(2, goal.title))
        blocks.append(
            Table(
                _("Measures of the previous period"),
                [_("Measure"), _("Responsible"), _("Final status"), _("Assessment")],
                [
                    [
                        m.title,
                        m.responsible,
                        f"{m.status} ({m.year})" if m.year else m.status,
                        m.narrative or "–",
                    ]
                    for m in goal.measures
                ],
                widths=[3.2, 2.2, 1.8, 4],
            )
        )
        rows = [
            [m.title, i.label, i.baseline, i.target, i.latest, i.change]
            for m in goal.measures
            for i in m.indicators
        ]
        if rows:
            blocks.append(
                Table(
                    _("Indicators of the previous period"),
                    [
                        _("Measure"),
                        _("Indicator"),
                        _("Baseline"),
                        _("Target"),
                        _("Latest"),
                        pgettext("difference", "Change"),
                    ],
                    rows,
                    widths=[2.6, 3, 1.6, 1.6, 1.6, 1.1],
                )  # fmt: skip
            )
    return blocks
