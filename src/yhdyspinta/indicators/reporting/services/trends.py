"""The HYTE trend review (hytetrendi): significant changes and red-red flags in the region.

For every municipality of the county (and the county itself) and every indicator with a
polarity, the recent trend (latest five annual points, DESIGN.md section 6) and the
comparison with the region are taken from the statistics package through
``build_series``. The review lists the largest significant improvements and
deteriorations (ranked by the relative change per year), the red-red flags, a count per
municipality and per theme (the themes of the shared goals the indicator is a target of),
and how many series could not be assessed and why.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from yhdyspinta.organizations.models import Organization

from ...models import GoalTarget, Indicator
from ...services.series import AreaSeries
from ...stats import Polarity, Trend, TrendJudgement, TrendMethod
from .areas import AreaSet, area_set, areas_by_organization, municipalities_of, pick_series

#: How many improvements and deteriorations the review lists.
TOP = 10


@dataclass
class Change:
    indicator: Indicator
    organization: Organization
    series: AreaSeries
    per_year: float  # change in the indicator's units per year
    relative: float | None  # percent of the latest value per year

    @property
    def years(self) -> str:
        years = self.series.trend.years
        return f"{years[0]}\u2013{years[-1]}" if years else ""


@dataclass
class Tally:
    improving: int = 0
    worsening: int = 0
    red_red: int = 0
    no_change: int = 0
    not_assessed: int = 0


@dataclass
class TrendReview:
    county: Organization
    improvements: list[Change]
    deteriorations: list[Change]
    red_red: list[Change]
    by_municipality: list[tuple[Organization, Tally]]
    by_theme: list[tuple[str, Tally]]
    reasons: list[tuple[str, int]] = field(default_factory=list)
    series_count: int = 0
    attributions: list[str] = field(default_factory=list)


def _per_year(indicator: Indicator, series: AreaSeries) -> float:
    trend = series.trend
    slope = trend.slope or 0.0
    if trend.method == TrendMethod.CHI_SQUARED_FOR_TREND:
        slope *= indicator.multiplier or 100  # proportion scale -> percentage points
    return slope


def _change(indicator: Indicator, organization: Organization, series: AreaSeries) -> Change:
    per_year = _per_year(indicator, series)
    latest = series.latest.value if series.latest else None
    relative = 100 * per_year / abs(latest) if latest else None
    return Change(indicator, organization, series, per_year, relative)


def _size(change: Change) -> float:
    return abs(change.relative if change.relative is not None else change.per_year)


def trend_review(county: Organization, *, other_label: str = "") -> TrendReview:
    judged = Indicator.objects.exclude(polarity=Polarity.NO_JUDGEMENT)
    indicators = list(judged.order_by("title_fi"))
    municipalities = municipalities_of(county)
    municipal_areas = areas_by_organization(municipalities)
    sets = [area_set(county)] + [
        AreaSet(m, [municipal_areas[m.pk]]) for m in municipalities if m.pk in municipal_areas
    ]
    picked = pick_series(indicators, sets) if indicators else {}
    themes: dict[int, set[str]] = defaultdict(set)
    for target in GoalTarget.objects.filter(goal__county=county).select_related("goal__theme"):
        goal = target.goal
        themes[target.indicator_id].add(goal.theme.name if goal.theme else goal.name)

    improvements, deteriorations, red_red = [], [], []
    per_org = {s.organization.pk: Tally() for s in sets}
    per_theme: dict[str, Tally] = defaultdict(Tally)
    reasons: Counter = Counter()
    attributions: dict[str, None] = {}
    count = 0
    for indicator in indicators:
        for s in sets:
            one = picked.get((indicator.pk, s.organization.pk))
            series = one.series if one else None
            if series is None or not series.points:
                continue
            count += 1
            attributions.setdefault(indicator.attribution(), None)
            tallies = [per_org[s.organization.pk]] + [
                per_theme[name] for name in themes.get(indicator.pk, {other_label})
            ]
            judgement = series.judgement
            if series.trend is None or series.trend.trend == Trend.CANNOT_BE_CALCULATED:
                if series.trend is not None and series.trend.reason:
                    reasons[series.trend.reason.label] += 1
                for tally in tallies:
                    tally.not_assessed += 1
                continue
            if judgement == TrendJudgement.IMPROVING:
                improvements.append(_change(indicator, s.organization, series))
                for tally in tallies:
                    tally.improving += 1
            elif judgement == TrendJudgement.WORSENING:
                deteriorations.append(_change(indicator, s.organization, series))
                for tally in tallies:
                    tally.worsening += 1
            else:
                for tally in tallies:
                    tally.no_change += 1
            if series.red_red:
                red_red.append(_change(indicator, s.organization, series))
                for tally in tallies:
                    tally.red_red += 1
    improvements.sort(key=_size, reverse=True)
    deteriorations.sort(key=_size, reverse=True)
    red_red.sort(key=_size, reverse=True)
    return TrendReview(
        county=county,
        improvements=improvements[:TOP],
        deteriorations=deteriorations[:TOP],
        red_red=red_red,
        by_municipality=[(s.organization, per_org[s.organization.pk]) for s in sets],
        by_theme=sorted(per_theme.items()),
        reasons=reasons.most_common(),
        series_count=count,
        attributions=list(attributions),
    )
