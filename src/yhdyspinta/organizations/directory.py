"""The contact directory: who answers for a theme in the county and in a municipality.

For each (municipality, theme) the county side is the county person of an active counterpart
pair, or else a county person with an active role on the theme (responsible or contact); the
municipality side is the municipality person of the pair, or else a municipality person with an
active role on the theme. Where a side names nobody, that is a gap, shown as one. A theme's
answer is inherited from its parent theme when the theme itself names nobody.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from .models import Counterpart, Organization, Role, RoleKind, Theme

THEME_ROLES = (RoleKind.RESPONSIBLE, RoleKind.CONTACT, RoleKind.EXPERT, RoleKind.COORDINATOR)


@dataclass
class Contact:
    person: object
    label: str
    inherited_from: Theme | None = None


@dataclass
class DirectoryRow:
    municipality: Organization
    theme: Theme
    county: list[Contact] = field(default_factory=list)
    municipal: list[Contact] = field(default_factory=list)

    @property
    def county_gap(self) -> bool:
        return not self.county

    @property
    def municipal_gap(self) -> bool:
        return not self.municipal

    @property
    def has_gap(self) -> bool:
        return self.county_gap or self.municipal_gap


def _unique(contacts: list[Contact]) -> list[Contact]:
    seen, result = set(), []
    for contact in contacts:
        if contact.person.pk not in seen:
            seen.add(contact.person.pk)
            result.append(contact)
    return result


def build_directory(
    county: Organization, municipalities: list[Organization], themes: list[Theme]
) -> list[DirectoryRow]:
    """Rows for every municipality x theme, in a fixed number of queries."""
    municipality_ids = [m.pk for m in municipalities]
    counterparts = defaultdict(list)
    for pair in (
        Counterpart.objects.active()
        .filter(municipality_id__in=municipality_ids)
        .select_related("county_person", "municipality_person")
    ):
        counterparts[(pair.municipality_id, pair.theme_id)].append(pair)
    roles = defaultdict(list)
    for role in (
        Role.objects.active()
        .filter(organization_id__in=[county.pk, *municipality_ids], kind__in=THEME_ROLES)
        .exclude(theme__isnull=True)
        .select_related("person")
    ):
        roles[(role.organization_id, role.theme_id)].append(role)

    all_themes = {t.pk: t for t in Theme.objects.for_county(county)}

    def lineage(theme: Theme) -> list[Theme]:
        chain, node = [], theme
        while node is not None and len(chain) < 10:
            chain.append(node)
            node = all_themes.get(node.parent_id)
        return chain

    rows = []
    for municipality in municipalities:
        for theme in themes:
            row = DirectoryRow(municipality, theme)
            for level in lineage(theme):
                inherited = level if level.pk != theme.pk else None
                for pair in counterparts.get((municipality.pk, level.pk), []):
                    row.county.append(Contact(pair.county_person, _pair_label(), inherited))
                    row.municipal.append(
                        Contact(pair.municipality_person, _pair_label(), inherited)
                    )
                if not row.county:
                    for role in roles.get((county.pk, level.pk), []):
                        row.county.append(Contact(role.person, role.get_kind_display(), inherited))
                if not row.municipal:
                    for role in roles.get((municipality.pk, level.pk), []):
                        row.municipal.append(
                            Contact(role.person, role.get_kind_display(), inherited)
                        )
                if row.county and row.municipal:
                    break
            row.county = _unique(row.county)
            row.municipal = _unique(row.municipal)
            rows.append(row)
    return rows


def _pair_label() -> str:
    from django.utils.translation import gettext

    return gettext("counterpart")
