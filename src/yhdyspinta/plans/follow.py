"""The annual follow-up: each measure's review entry of a year, the values of its indicators
in that year from the indicators app (``build_series``; the interval where one can be
computed), and a goal's progress rolled up from its measures' latest review statuses.

The values are not stored: they are read when the page or the report is made, so a new
statistics import shows at once. A measure's area is its responsible organisation's (a
municipality's area; for the county its wellbeing services county's area, else the maakunta
most of its municipalities belong to). When the year has no value yet (statistics lag a year
or two) the latest earlier value is shown with its year.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Prefetch
from django.utils.translation import gettext as _

from yhdyspinta.indicators.models import Area
from yhdyspinta.indicators.presenting import interval_text, number
from yhdyspinta.indicators.services.series import BenchmarkResolver, build_series
from yhdyspinta.organizations.scoping import writable_organizations

from .models import AnnualReview, Measure, MeasureIndicator, ReviewEntry
from .rules import can_write_plan

STATUS = ReviewEntry.Status


@dataclass
class IndicatorValue:
    """An indicator's value for the review year (or the latest before it)."""

    year: int
    value: str
    interval: str
    area: str


@dataclass
class FollowRow:
    measure: Measure
    entry: ReviewEntry | None
    can_edit: bool = False
    values: dict[int, IndicatorValue | None] = field(default_factory=dict)  # MI pk -> value

    @property
    def indicators(self) -> list[MeasureIndicator]:
        return list(self.measure.indicators.all())

    def indicator_rows(self) -> list[tuple[MeasureIndicator, IndicatorValue | None]]:
        return [(mi, self.values.get(mi.pk)) for mi in self.indicators]


def review_of(plan, year: int) -> AnnualReview | None:
    return AnnualReview.objects.filter(plan=plan, year=year).first()


def shown_measures(user, plan):
    """The measures of the plan the user follows: the plan's writers and read-only readers
    see all; a coordinator of another organisation sees those her organisation owns."""
    measures = Measure.objects.filter(goal__plan=plan)
    if user.is_superuser or can_write_plan(user, plan):
        return measures
    writable = writable_organizations(user)
    if not writable.exists():
        return measures  # a board member reads the whole follow-up
    return measures.filter(responsible_organization__in=writable)


def prepared(measures):
    """The measures as the follow-up shows them, in the plan's order."""
    return (
        measures.select_related("goal__plan__owner", "responsible_organization")
        .prefetch_related(
            Prefetch("indicators", queryset=MeasureIndicator.objects.select_related("indicator"))
        )
        .order_by("goal__order", "goal__pk", "order", "pk")
    )


def follow_rows(user, plan, year: int, measures) -> list[FollowRow]:
    """One row per measure (of ``prepared``) with its entry of the year and its indicators'
    values (a bounded number of queries: entries, and those of ``build_series``)."""
    from .rules import can_write_measure

    measures = list(measures)
    entries = {
        e.measure_id: e
        for e in ReviewEntry.objects.filter(
            review__plan=plan, review__year=year, measure__in=[m.pk for m in measures]
        )
    }
    writes_plan = can_write_plan(user, plan)
    rows = [
        FollowRow(m, entries.get(m.pk), writes_plan or can_write_measure(user, m)) for m in measures
    ]
    fill_values(rows, year)
    return rows


def areas_of(organizations) -> dict[int, list[Area]]:
    """The areas of each organisation, best first (pk -> areas): a municipality's own; for a
    county its own area and the maakunta its municipalities belong to, as the indicators app
    compares them (``BenchmarkResolver``; a few queries whatever the number)."""
    orgs = list(organizations)
    own = {
        a.organization_id: a
        for a in Area.objects.filter(organization__in=orgs).select_related("organization")
    }
    result = {org.pk: [own[org.pk]] if org.pk in own else [] for org in orgs}
    counties = [o for o in orgs if o.is_county]
    if counties:
        members = list(
            Area.objects.filter(
                category=Area.Category.KUNTA, organization__parent_county__in=counties
            ).select_related("organization")
        )
        resolver = BenchmarkResolver(members)
        for org in counties:
            member = next((a for a in members if a.organization.parent_county_id == org.pk), None)
            if member is not None:
                for area in resolver.regional_candidates(member):
                    if area not in result[org.pk]:
                        result[org.pk].append(area)
    return result


def fill_values(rows: list[FollowRow], year: int) -> None:
    items = [mi for row in rows for mi in row.indicators if mi.indicator_id]
    if not items:
        return
    areas = areas_of({row.measure.responsible_organization for row in rows})
    wanted = sorted({a.pk: a for some in areas.values() for a in some}.values(), key=_pk)
    if not wanted:
        return
    indicators = sorted({mi.indicator_id: mi.indicator for mi in items}.values(), key=_pk)
    series = {
        (s.indicator.pk, area_series.area.pk): area_series
        for s in build_series(indicators, wanted, years=(year - 10, year))
        for area_series in s.areas
    }
    for row in rows:
        for mi in row.indicators:
            if mi.indicator_id:
                row.values[mi.pk] = _value(
                    mi, series, areas.get(row.measure.responsible_organization_id, []), year
                )


def _pk(obj) -> int:
    return obj.pk


def _value(mi, series, areas, year) -> IndicatorValue | None:
    for area in areas:
        own = series.get((mi.indicator_id, area.pk))
        points = [p for p in own.points if p.year <= year] if own else []
        if points:
            point, decimals = points[-1], mi.indicator.decimals
            return IndicatorValue(
                point.year,
                number(point.value, decimals),
                interval_text(point, decimals),
                area.name,
            )
    return None


# A goal's progress -------------------------------------------------------------------------


@dataclass
class Progress:
    counts: list[tuple[str, str, int]]  # (status, label, count) in the status order
    reviewed: int
    total: int
    done: int
    year: int | None

    @property
    def share_done(self) -> int:
        """Per cent of the goal's measures done (cancelled ones left out)."""
        cancelled = next((n for s, _l, n in self.counts if s == STATUS.CANCELLED), 0)
        base = self.total - cancelled
        return round(100 * self.done / base) if base else 0

    @property
    def text(self) -> str:
        if not self.reviewed:
            return _("No measure reviewed yet.")
        parts = ", ".join(f"{label} {n}" for _s, label, n in self.counts if n)
        return _("%(parts)s; %(share)s %% done") % {"parts": parts, "share": self.share_done}


def goal_progress(goals) -> dict[int, Progress]:
    """Each goal's progress from its measures' latest review status (1 query)."""
    goals = list(goals)
    latest: dict[int, tuple[int, str]] = {}
    measure_goal: dict[int, int] = {}
    rows = ReviewEntry.objects.filter(measure__goal__in=goals).values_list(
        "measure_id", "measure__goal_id", "review__year", "status"
    )
    for measure_id, goal_id, year, status in rows:
        measure_goal[measure_id] = goal_id
        if measure_id not in latest or latest[measure_id][0] < year:
            latest[measure_id] = (year, status)
    result = {}
    for goal in goals:
        total = len(goal.measures.all())
        statuses = Counter(
            status for m, (y, status) in latest.items() if measure_goal[m] == goal.pk
        )
        years = [y for m, (y, _s) in latest.items() if measure_goal[m] == goal.pk]
        result[goal.pk] = Progress(
            [(value, label, statuses.get(value, 0)) for value, label in STATUS.choices],
            sum(statuses.values()),
            total,
            statuses.get(STATUS.DONE, 0),
            max(years) if years else None,
        )
    return result
