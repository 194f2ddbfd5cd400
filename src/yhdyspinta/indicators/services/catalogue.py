"""Keeping the catalogue (areas, indicators) in step with Sotkanet metadata.

Upserts keyed on Sotkanet ids; safe to run twice. People's choices (polarity, value
type, decimals, descriptions) are never overwritten by metadata that lacks them.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import transaction

from yhdyspinta.organizations.models import Organization

from ..models import Area, Indicator, ValueType
from ..sotkanet import IndicatorMeta, Region, WellbeingCounty

SHARED_DATA_ENV = "YHDYSPINTA_SHARED_DATA"
SOTKANET_SNAPSHOT_FILES = ("regions.json", "wellbeing_counties.csv", "indicators.json")


def shared_data_dir() -> Path:
    """The shared data folder: $YHDYSPINTA_SHARED_DATA, else ``../shared/data`` beside
    the repository (the checkout's sibling)."""
    configured = os.environ.get(SHARED_DATA_ENV)
    if configured:
        return Path(configured)
    repository = Path(settings.BASE_DIR).resolve().parent.parent
    return repository.parent / "shared" / "data"


def sotkanet_snapshot_dir() -> Path:
    return shared_data_dir() / "sotkanet"


_PER_100000 = re.compile(r"/\s*100\s?000\b")
_PER_1000 = re.compile(r"/\s*1\s?000\b")


def guess_value_type(title: str) -> ValueType:
    """The value type a Sotkanet title announces ("%", "/ 1 000", "lkm"); OTHER if none."""
    if _PER_100000.search(title):
        return ValueType.PER_100000
    if _PER_1000.search(title):
        return ValueType.PER_1000
    if "%" in title:
        return ValueType.PERCENTAGE
    if title.rstrip().endswith("lkm"):
        return ValueType.COUNT
    if "indeksi" in title.lower():
        return ValueType.INDEX
    return ValueType.OTHER


@dataclass
class CatalogueCounts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0


def _upsert(model, key: str, rows: dict[int, dict], counts: CatalogueCounts) -> dict[int, object]:
    existing = {getattr(obj, key): obj for obj in model.objects.filter(**{f"{key}__in": rows})}
    to_create, to_update, fields = [], [], set()
    for key_value, values in rows.items():
        obj = existing.get(key_value)
        if obj is None:
            to_create.append(model(**{key: key_value}, **values))
            continue
        changed = [name for name, value in values.items() if getattr(obj, name) != value]
        if changed:
            for name in changed:
                setattr(obj, name, values[name])
            fields.update(changed)
            to_update.append(obj)
        else:
            counts.unchanged += 1
    model.objects.bulk_create(to_create, batch_size=500)
    if to_update:
        model.objects.bulk_update(to_update, sorted(fields), batch_size=500)
    counts.created += len(to_create)
    counts.updated += len(to_update)
    return {getattr(obj, key): obj for obj in [*existing.values(), *to_create]}


@transaction.atomic
def load_regions(
    regions: Iterable[Region], counties: Iterable[WellbeingCounty] = ()
) -> CatalogueCounts:
    """Areas from `/regions` records and the wellbeing services county table."""
    categories = set(Area.Category.values)
    rows: dict[int, dict] = {}
    for region in regions:
        if region.category not in categories:
            continue
        rows[region.id] = {
            "code": region.code,
            "category": region.category,
            "name_fi": region.title_fi,
            "name_sv": region.title_sv or "",
            "name_en": region.title_en or "",
            "member_of": list(region.member_of),
        }
    for county in counties:
        rows[county.region_id] = {
            "code": str(county.code),
            "category": Area.Category.HYVINVOINTIALUE,
            "name_fi": county.name,
            "name_sv": "",
            "name_en": "",
            "member_of": [],
        }
    counts = CatalogueCounts()
    _upsert(Area, "sotkanet_id", rows, counts)
    link_areas_to_organizations()
    return counts


def indicator_values(meta: IndicatorMeta) -> dict:
    """Model field values that Sotkanet metadata gives (nothing it does not give)."""
    values = {
        "code": str(meta.id),
        "title_fi": meta.title_fi,
        "title_sv": meta.title_sv or "",
        "title_en": meta.title_en or "",
        "producer_fi": meta.producer_fi or "",
        "producer_sv": meta.producer_sv or "",
        "producer_en": meta.producer_en or "",
        "genders": list(meta.genders) or ["total"],
    }
    for language in ("fi", "sv", "en"):
        description = getattr(meta, f"description_{language}")
        if description:
            values[f"description_{language}"] = description
    if meta.decimals is not None:
        values["decimals"] = meta.decimals
    return values


@transaction.atomic
def load_indicators(metas: Iterable[IndicatorMeta]) -> CatalogueCounts:
    """Create or refresh Sotkanet indicators; a new one gets its value type from its title."""
    metas = list(metas)
    counts = CatalogueCounts()
    existing = set(
        Indicator.objects.filter(sotkanet_id__in=[m.id for m in metas]).values_list(
            "sotkanet_id", flat=True
        )
    )
    rows = {}
    for meta in metas:
        values = indicator_values(meta)
        if meta.id not in existing:
            values["value_type"] = guess_value_type(meta.title_fi)
        rows[meta.id] = values
    _upsert(Indicator, "sotkanet_id", rows, counts)
    return counts


_KIND_OF_CATEGORY = {
    Area.Category.KUNTA: (Organization.Kind.MUNICIPALITY, 3),
    Area.Category.HYVINVOINTIALUE: (Organization.Kind.COUNTY, 2),
}


def link_areas_to_organizations() -> int:
    """Link municipality and county areas to the organisations with the same code and kind.

    Returns the number of links made or changed. Existing links to a matching
    organisation are kept; areas without a match are unlinked.
    """
    changed = []
    for category, (kind, width) in _KIND_OF_CATEGORY.items():
        by_code = {
            org.code.zfill(width): org.pk
            for org in Organization.objects.filter(kind=kind).exclude(code="")
        }
        for area in Area.objects.filter(category=category):
            target = by_code.get(area.code.zfill(width)) if area.code else None
            if area.organization_id != target:
                area.organization_id = target
                changed.append(area)
    Area.objects.bulk_update(changed, ["organization"], batch_size=500)
    return len(changed)
