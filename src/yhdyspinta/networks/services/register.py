"""The register list's filters, shared by the list page, the export and the API."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet

from yhdyspinta.organizations.models import Organization, Theme
from yhdyspinta.web.params import int_param

from ..models import Network, NetworkStatus, TargetGroup


@dataclass
class RegisterFilter:
    owner: int | None = None
    theme: int | None = None
    target_group: str = ""
    status: str = ""
    county: str = ""  # "yes" / "no" / ""
    q: str = ""

    @classmethod
    def from_params(cls, params) -> RegisterFilter:
        """The filters of a QueryDict; an owner or theme that is not an id in the database's
        range raises web.params.InvalidParameterError (a 400 naming the parameter)."""

        def number(name):
            return int_param(params, name)

        target = params.get("target_group") or ""
        status = params.get("status") or ""
        county = params.get("county") or ""
        return cls(
            owner=number("owner"),
            theme=number("theme"),
            target_group=target if target in TargetGroup.values else "",
            status=status if status in NetworkStatus.values else "",
            county=county if county in ("yes", "no") else "",
            q=(params.get("q") or "").strip()[:100],
        )

    def apply(self, networks: QuerySet[Network]) -> QuerySet[Network]:
        if self.owner:
            networks = networks.filter(owner_id=self.owner)
        if self.theme:
            networks = networks.filter(
                Q(themes__pk=self.theme) | Q(themes__parent_id=self.theme)
            ).distinct()
        if self.target_group:
            networks = networks.with_target_group(self.target_group)
        if self.status:
            networks = networks.filter(status=self.status)
        if self.county:
            networks = networks.filter(county_participates=self.county == "yes")
        if self.q:
            networks = networks.filter(Q(name__icontains=self.q) | Q(purpose__icontains=self.q))
        return networks

    def as_query(self) -> str:
        from urllib.parse import urlencode

        values = {
            "owner": self.owner or "",
            "theme": self.theme or "",
            "target_group": self.target_group,
            "status": self.status,
            "county": self.county,
            "q": self.q,
        }
        return urlencode({k: v for k, v in values.items() if v})


def list_rows(networks: QuerySet[Network]) -> QuerySet[Network]:
    """The list page's networks with owner, themes and member count (three queries a page)."""
    return (
        networks.select_related("owner")
        .prefetch_related("themes")
        .annotate(member_count=Count("members", distinct=True))
        .order_by("owner__name_fi", "name", "pk")
    )


def filter_choices(county: Organization) -> dict:
    owners = Organization.objects.filter(
        Q(pk=county.pk) | Q(parent_county=county),
        kind__in=("municipality", "county", "regional_council"),
    ).order_by("kind", "name_fi")
    return {
        "owners": list(owners),
        "themes": list(Theme.objects.for_county(county).order_by("order", "name_fi")),
        "target_groups": TargetGroup.choices,
        "statuses": NetworkStatus.choices,
    }
