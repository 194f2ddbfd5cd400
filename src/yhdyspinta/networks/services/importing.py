"""Import the network sheet: a preview (new, changed, unchanged, missing) first, then commit.

``build_preview`` reads and validates the whole file and resolves every name against the
register; it writes nothing and returns a JSON-able dict (stored in ``ImportBatch.payload``
between the two steps, so any app server can commit it). ``commit_preview`` writes it all
inside one transaction, or nothing.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from yhdyspinta.documents.spreadsheets import ImportProblem, ImportProblems, read_table
from yhdyspinta.documents.spreadsheets.errors import lazy_message
from yhdyspinta.organizations.models import Organization
from yhdyspinta.organizations.rules import can_write_owned

from ..models import MemberRole, Network, NetworkMember, parse_target_groups
from .columns import network_columns, theme_choices
from .matching import (
    county_orgs,
    organisation_index,
    owner_index,
    people_by_email,
    reports_index,
    split_organisations,
)

MAX_BYTES = getattr(settings, "NETWORK_IMPORT_MAX_BYTES", 5 * 1024 * 1024)
FIELDS = (
    "purpose",
    "themes",
    "target_groups",
    "members",
    "coordinator",
    "county_participates",
    "meeting_frequency",
    "reports_to",
    "contact",
    "status",
)
COLUMN_OF_FIELD = {"contact": ("contact", "email"), "members": ("members",)}


def _state(network: Network, themes, members) -> dict[str, Any]:
    """A network's values in the shape the preview compares (JSON-able)."""
    coordinator = next((org for org, role in members if role == MemberRole.COORDINATOR), None)
    if network.reports_to_body_id:
        reports = ["body", network.reports_to_body_id]
    elif network.reports_to_network_id:
        reports = ["network", network.reports_to_network_id]
    else:
        reports = ["text", network.reports_to_text]
    if network.contact_person_id:
        contact = ["person", network.contact_person_id]
    else:
        contact = ["text", network.contact_name, network.contact_email]
    return {
        "purpose": network.purpose,
        "themes": sorted(themes),
        "target_groups": parse_target_groups(network.target_groups),
        "members": sorted(org for org, role in members if role != MemberRole.COORDINATOR),
        "coordinator": coordinator,
        "county_participates": network.county_participates,
        "meeting_frequency": network.meeting_frequency,
        "reports_to": reports,
        "contact": contact,
        "status": network.status,
    }


def _problem(filename, sheet, row, column, code, message, params=None) -> ImportProblem:
    return ImportProblem(
        file=filename,
        sheet=sheet,
        row=row,
        column=column,
        reason_code=code,
        message=lazy_message(message, params or {}),
        params=params or {},
    )


class _Resolver:
    """Names in the sheet -> ids in the register (new organisations get keys "new:<name>")."""

    def __init__(self, county_id: int) -> None:
        orgs = county_orgs(county_id)
        self.orgs = organisation_index(orgs)
        self.owners = owner_index(orgs)
        self.reports = reports_index(county_id)
        self.emails = people_by_email(county_id)
        self.new_orgs: dict[str, str] = {}

    def organisation(self, name: str) -> int | str:
        org = self.orgs.find(name)
        if org is not None:
            return org.pk
        key = f"new:{name.strip()}"
        self.new_orgs[key] = name.strip()
        self.orgs.add(name, type("New", (), {"pk": key})())
        return key

    def reports_to(self, text: str, owner_id: int) -> list:
        if not text:
            return ["text", ""]
        target = self.reports.find(text, owner_id)
        if target is None:
            return ["text", text]
        return ["network" if isinstance(target, Network) else "body", target.pk]

    def contact(self, name: str, email: str) -> list:
        person = self.emails.get((email or "").casefold()) if email else None
        if person is not None:
            return ["person", person.pk]
        return ["text", name or "", email or ""]


def build_preview(file, *, filename: str, organization: Organization, user=None) -> dict:
    """Read, validate and compare the sheet; raise ImportProblems when anything is wrong."""
    county_id = organization.county_id
    themes = theme_choices(county_id)
    columns = network_columns(county_id, themes=themes)
    result = read_table(
        file, columns, filename=filename, max_bytes=MAX_BYTES, unique_together=("owner", "name")
    )
    result.raise_for_problems()
    resolver = _Resolver(county_id)
    found = set(result.columns_found)
    headers = {column.key: column.header for column in columns}
    problems: list[ImportProblem] = []
    rows = []
    for row in result.rows:
        values = row.values
        owner = organization
        if "owner" in found and values["owner"]:
            owner = resolver.owners.find(values["owner"], cutoff=0.95)
            if owner is None:
                closest = resolver.owners.closest(values["owner"])
                message = (
                    _("Unknown municipality or owner '%(value)s'. Did you mean '%(suggestion)s'?")
                    if closest
                    else _("Unknown municipality or owner '%(value)s'.")
                )
                problems.append(
                    _problem(
                        filename,
                        row.sheet,
                        row.row_number,
                        headers["owner"],
                        "unknown_owner",
                        message,
                        {
                            "value": values["owner"],
                            "suggestion": closest.name_fi if closest else "",
                        },
                    )
                )
                continue
        if user is not None and not can_write_owned(user, owner):
            problems.append(
                _problem(
                    filename,
                    row.sheet,
                    row.row_number,
                    headers["owner"],
                    "forbidden_owner",
                    _("You cannot edit the networks of %(owner)s."),
                    {"owner": owner.name_fi},
                )
            )
            continue
        members = [
            resolver.organisation(n)
            for n in split_organisations(values["members"] or "", resolver.orgs)
        ]
        coordinator = (
            resolver.organisation(values["coordinator"]) if values["coordinator"] else None
        )
        state = {
            "purpose": values["purpose"] or "",
            "themes": sorted(set(values["themes"] or [])),
            "target_groups": parse_target_groups(",".join(values["target_groups"] or [])),
            "members": sorted({m for m in members if m != coordinator}, key=str),
            "coordinator": coordinator,
            "county_participates": bool(values["county_participates"]),
            "meeting_frequency": values["meeting_frequency"] or "",
            "reports_to": resolver.reports_to(values["reports_to"] or "", owner.pk),
            "contact": resolver.contact(values["contact"] or "", values["email"] or ""),
            "status": values["status"] or "active",
        }
        present = {f for f in FIELDS if set(COLUMN_OF_FIELD.get(f, (f,))) & found}
        if "members" in found or "coordinator" in found:
            present |= {"members", "coordinator"}
        rows.append(
            {
                "row": row.row_number,
                "owner": owner.pk,
                "owner_name": owner.name_fi,
                "name": values["name"],
                "state": state,
                "fields": sorted(present),
            }
        )
    if problems:
        raise ImportProblems(problems)
    return _compare(rows, resolver, organization)


def existing_states(owner_ids) -> dict[tuple[int, str], tuple[Network, dict]]:
    networks = list(Network.objects.filter(owner_id__in=owner_ids))
    ids = [n.pk for n in networks]
    themes = defaultdict(list)
    for network_id, slug in Network.themes.through.objects.filter(network_id__in=ids).values_list(
        "network_id", "theme__slug"
    ):
        themes[network_id].append(slug)
    members = defaultdict(list)
    for network_id, org_id, role in NetworkMember.objects.filter(network_id__in=ids).values_list(
        "network_id", "organization_id", "role"
    ):
        members[network_id].append((org_id, role))
    return {
        (n.owner_id, n.name.strip().casefold()): (n, _state(n, themes[n.pk], members[n.pk]))
        for n in networks
    }


def _compare(rows: list[dict], resolver: _Resolver, organization: Organization) -> dict:
    owner_ids = {row["owner"] for row in rows} | {organization.pk}
    existing = existing_states(owner_ids)
    seen = set()
    counts = {"new": 0, "changed": 0, "unchanged": 0}
    for row in rows:
        key = (row["owner"], row["name"].strip().casefold())
        seen.add(key)
        if key not in existing:
            row["action"], row["network"], row["changes"] = "new", None, []
        else:
            network, state = existing[key]
            changes = [f for f in row["fields"] if _norm(f, row["state"][f]) != _norm(f, state[f])]
            row["network"] = network.pk
            row["updated_at"] = network.updated_at.isoformat()
            row["action"] = "changed" if changes else "unchanged"
            row["changes"] = changes
        counts[row["action"]] += 1
    missing = [
        {"id": network.pk, "name": network.name}
        for key, (network, _state_) in sorted(existing.items(), key=lambda item: item[0][1])
        if key not in seen
    ]
    return {
        "organization": organization.pk,
        "rows": rows,
        "new_organisations": sorted(resolver.new_orgs.values(), key=str.casefold),
        "missing": missing,
        "counts": {**counts, "missing": len(missing)},
    }


def _norm(field: str, value):
    if field in ("themes", "target_groups", "members"):
        return sorted(str(item) for item in value)
    if isinstance(value, list):
        return [str(item) for item in value]
    return value
