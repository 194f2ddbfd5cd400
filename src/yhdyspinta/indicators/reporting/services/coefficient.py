"""The HYTE coefficient view: the county and each municipality on the indicators of the set.

The set (``HyteCoefficientIndicator``) is data the county's admins keep up to date from
THL's official list; nothing here knows which indicators belong to it.
"""

from __future__ import annotations

from dataclasses import dataclass

from yhdyspinta.organizations.models import Organization

from ...models import HyteCoefficientIndicator
from .areas import AreaSet, area_set, areas_by_organization, municipalities_of, pick_series
from .figures import Summary, summary


@dataclass
class CoefficientRow:
    entry: HyteCoefficientIndicator
    cells: list[tuple[Organization, Summary | None]]


def coefficient_table(county: Organization) -> tuple[list[Organization], list[CoefficientRow]]:
    entries = list(
        HyteCoefficientIndicator.objects.filter(county=county)
        .select_related("indicator")
        .order_by("order", "pk")
    )
    municipalities = municipalities_of(county)
    if not entries:
        return [county, *municipalities], []
    municipal_areas = areas_by_organization(municipalities)
    sets = [area_set(county)] + [
        AreaSet(m, [municipal_areas[m.pk]]) for m in municipalities if m.pk in municipal_areas
    ]
    picked = pick_series([e.indicator for e in entries], sets)
    organizations = [s.organization for s in sets]
    rows = []
    for entry in entries:
        cells = []
        for org in organizations:
            one = picked.get((entry.indicator.pk, org.pk))
            cells.append((org, summary(one) if one else None))
        rows.append(CoefficientRow(entry, cells))
    return organizations, rows
