"""The register as rows of the network sheet (the same columns the import reads)."""

from __future__ import annotations

from collections import defaultdict

from django.db.models import QuerySet
from django.utils.translation import gettext as _

from yhdyspinta.documents.spreadsheets import template_xlsx, write_xlsx

from ..models import MemberRole, Network, NetworkMember
from .columns import INSTRUCTIONS, network_columns, theme_choices


def export_rows(networks: QuerySet[Network]) -> list[dict]:
    """One dict per network with the column keys, in a fixed number of queries."""
    networks = networks.select_related(
        "owner", "reports_to_body", "reports_to_network", "contact_person"
    ).prefetch_related("themes")
    networks = list(networks)
    members: dict[int, list[NetworkMember]] = defaultdict(list)
    for member in NetworkMember.objects.filter(network__in=[n.pk for n in networks]).select_related(
        "organization"
    ):
        members[member.network_id].append(member)
    rows = []
    for network in networks:
        listed = sorted(members[network.pk], key=lambda m: m.organization.name_fi)
        coordinator = next((m for m in listed if m.role == MemberRole.COORDINATOR), None)
        rows.append(
            {
                "name": network.name,
                "purpose": network.purpose,
                "themes": [t.slug for t in sorted(network.themes.all(), key=lambda t: t.order)],
                "target_groups": network.target_group_list,
                "members": "; ".join(
                    m.organization.name_fi for m in listed if m.role != MemberRole.COORDINATOR
                ),
                "coordinator": coordinator.organization.name_fi if coordinator else "",
                "county_participates": network.county_participates,
                "meeting_frequency": network.meeting_frequency,
                "reports_to": network.reports_to_display,
                "contact": network.contact_display,
                "email": network.contact_email_display,
                "owner": network.owner.name_fi,
                "status": network.status,
            }
        )
    return rows


def export_xlsx(networks: QuerySet[Network], county_id: int | None) -> bytes:
    columns = network_columns(county_id, themes=theme_choices(county_id))
    return write_xlsx(
        columns,
        export_rows(networks),
        sheet_title=_("Networks"),
        instructions=INSTRUCTIONS,
        title_row=_("Cooperation networks"),
    )


def template_file(county_id: int | None) -> bytes:
    columns = network_columns(county_id, themes=theme_choices(county_id))
    return template_xlsx(
        columns,
        sheet_title=_("Networks"),
        instructions=INSTRUCTIONS,
        title_row=_("Cooperation networks"),
    )
