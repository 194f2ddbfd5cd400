"""Which indicator areas stand for an organisation, and which series a page shows for it.

A municipality is its Sotkanet KUNTA area. A wellbeing services county is its
HYVINVOINTIALUE area; where Sotkanet has no value for the county (in the North Karelia
snapshot the county has data for one indicator only), the maakunta made of the same
municipalities stands in, and the page names the area it used.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from yhdyspinta.organizations.models import Organization

from ...models import Area, Indicator
from ...services.series import COUNTRY, REGION, AreaSeries, BenchmarkResolver, build_series


@dataclass
class AreaSet:
    """The areas of one organisation: ``own`` are tried in order (first with data wins)."""

    organization: Organization
    own: list[Area]


def municipalities_of(county: Organization) -> list[Organization]:
    return list(
        Organization.objects.filter(parent_county=county).municipalities().order_by("name_fi")
    )


def areas_by_organization(organizations: Sequence[Organization]) -> dict[int, Area]:
    found = Area.objects.select_related("organization").filter(organization__in=organizations)
    return {area.organization_id: area for area in found}


def county_areas(county: Organization, municipal_areas: Sequence[Area]) -> list[Area]:
    """The county's own area first, then the maakunta of its municipalities."""
    own = list(
        Area.objects.select_related("organization").filter(
            organization=county, category=Area.Category.HYVINVOINTIALUE
        )
    )
    if municipal_areas:
        resolver = BenchmarkResolver(list(municipal_areas[:1]))
        for candidate in resolver.regional_candidates(municipal_areas[0]):
            if candidate.pk not in {a.pk for a in own}:
                own.append(candidate)
    return own


def area_set(organization: Organization) -> AreaSet:
    """The areas that stand for ``organization`` (empty when it has none)."""
    if organization.is_county:
        municipal = list(
            Area.objects.select_related("organization").filter(
                organization__parent_county=organization, category=Area.Category.KUNTA
            )[:1]
        )
        return AreaSet(organization, county_areas(organization, municipal))
    own = Area.objects.select_related("organization").filter(organization=organization).first()
    return AreaSet(organization, [own] if own else [])


@dataclass
class Picked:
    """One indicator for one organisation: the series used and its benchmarks."""

    indicator: Indicator
    series: AreaSeries | None
    region: AreaSeries | None
    country: AreaSeries | None

    @property
    def area(self) -> Area | None:
        return self.series.area if self.series else None


def pick_series(
    indicators: Sequence[Indicator], area_sets: Sequence[AreaSet]
) -> dict[tuple[int, int], Picked]:
    """(indicator pk, organisation pk) -> the series shown, with one ``build_series`` call."""
    every = {a.pk: a for s in area_sets for a in s.own}
    results = build_series(list(indicators), list(every.values())) if every else []
    picked: dict[tuple[int, int], Picked] = {}
    for result in results:
        by_area = {s.area.pk: s for s in result.areas}
        for area_set_ in area_sets:
            candidates = [by_area[a.pk] for a in area_set_.own if a.pk in by_area]
            with_data = [s for s in candidates if s.points]
            chosen = (with_data or candidates or [None])[0]
            marks = result.benchmarks.get(chosen.area.pk, {}) if chosen else {}
            country = marks.get(COUNTRY)
            picked[result.indicator.pk, area_set_.organization.pk] = Picked(
                result.indicator, chosen, marks.get(REGION), country
            )
    return picked
