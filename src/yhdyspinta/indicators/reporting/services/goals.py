"""Where the region and each municipality stand on the targets of a shared goal."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _

from yhdyspinta.documents.charts import Benchmark
from yhdyspinta.organizations.models import Organization

from ...models import GoalTarget, SharedGoal
from ...presenting import JUDGEMENT_BADGE, interval_text, number, trend_text
from .areas import AreaSet, Picked, area_set, areas_by_organization, municipalities_of, pick_series
from .figures import RenderedChart, trend_figure

#: Years of data on the goal charts.
GOAL_CHART_YEARS = 10


@dataclass
class TargetRow:
    organization: Organization
    picked: Picked
    year: int | None
    value: str
    interval: str
    trend: str
    trend_class: str
    distance: str
    met: bool | None


@dataclass
class TargetProgress:
    target: GoalTarget
    rows: list[TargetRow]
    chart: RenderedChart | None
    chosen: TargetRow | None


def _row(target: GoalTarget, organization: Organization, picked: Picked) -> TargetRow:
    decimals = target.indicator.decimals
    latest = picked.series.latest if picked.series else None
    distance, met = "", None
    if latest is not None:
        difference = latest.value - target.target_value
        distance = number(difference, decimals)
        if difference > 0:
            distance = f"+{distance}"
        met = target.is_met(latest.value)
    return TargetRow(
        organization=organization,
        picked=picked,
        year=latest.year if latest else None,
        value=number(latest.value, decimals) if latest else "",
        interval=interval_text(latest, decimals) if latest else "",
        trend=trend_text(picked.series) if picked.series else "",
        trend_class=JUDGEMENT_BADGE.get(picked.series.judgement, "badge")
        if picked.series
        else "badge",
        distance=distance,
        met=met,
    )


def target_line(target: GoalTarget) -> Benchmark:
    label = _("Target %(year)s") % {"year": target.target_year}
    return Benchmark(label, target.target_value)


def goal_progress(
    goal: SharedGoal, chosen: Organization | None = None, *, charts: bool = True
) -> list[TargetProgress]:
    """For each target: the county (region) and every municipality, and a chart of
    ``chosen`` (default: the county) with the target as a line."""
    county = goal.county
    municipalities = municipalities_of(county)
    municipal_areas = areas_by_organization(municipalities)
    sets = [area_set(county)] + [
        AreaSet(m, [municipal_areas[m.pk]]) for m in municipalities if m.pk in municipal_areas
    ]
    targets = list(goal.targets.select_related("indicator").order_by("order", "pk"))
    picked = pick_series([t.indicator for t in targets], sets) if targets else {}
    chosen = chosen or county
    progress = []
    for target in targets:
        rows = [
            _row(target, s.organization, picked[target.indicator.pk, s.organization.pk])
            for s in sets
            if (target.indicator.pk, s.organization.pk) in picked
        ]
        row = next((r for r in rows if r.organization.pk == chosen.pk), None)
        chart = None
        if charts and row is not None and row.picked.series is not None:
            chart = trend_figure(row.picked, GOAL_CHART_YEARS, targets=[target_line(target)])
        progress.append(TargetProgress(target, rows, chart, row))
    return progress


def describe_target(target: GoalTarget) -> str:
    """ "at most 9.0 by 2030 (baseline 10.2 in 2019)" in the active language."""
    decimals = target.indicator.decimals
    text = _("%(direction)s %(value)s by %(year)s") % {
        "direction": target.direction_label,
        "value": number(target.target_value, decimals),
        "year": target.target_year,
    }
    if target.baseline_value is not None and target.baseline_year:
        text += " " + _("(baseline %(value)s in %(year)s)") % {
            "value": number(target.baseline_value, decimals),
            "year": target.baseline_year,
        }
    return text
