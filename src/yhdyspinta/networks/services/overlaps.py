"""Feed the overlap engine from the database and remember people's decisions.

``network_features`` turns networks into ``overlap.NetworkFeatures`` in five queries whatever
the number of networks (networks with owners, themes, member organisations, people); the
engine itself is pure Python (overlap/).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import QuerySet

from yhdyspinta.organizations.models import Organization, Theme

from ..models import (
    Network,
    NetworkMember,
    NetworkPerson,
    NetworkStatus,
    OverlapDecision,
    parse_target_groups,
)
from ..overlap import DEFAULT_MIN_SCORE, NetworkFeatures, OverlapPair, clusters, find_overlaps

ENGINE_OWNER_KIND = {
    Organization.Kind.MUNICIPALITY: "municipality",
    Organization.Kind.COUNTY: "county",
    Organization.Kind.REGIONAL_COUNCIL: "regional",
}


def network_features(networks: QuerySet[Network]) -> list[NetworkFeatures]:
    """One NetworkFeatures per network of the queryset, in a fixed number of queries."""
    rows = list(
        networks.order_by("pk").values_list(
            "pk",
            "name",
            "purpose",
            "owner_id",
            "owner__kind",
            "target_groups",
            "county_participates",
        )
    )
    themes: dict[int, set[str]] = defaultdict(set)
    through = Network.themes.through
    for network_id, slug in through.objects.filter(
        network_id__in=networks.values("pk")
    ).values_list("network_id", "theme__slug"):
        themes[network_id].add(slug)
    orgs: dict[int, set[int]] = defaultdict(set)
    coordinators: dict[int, int] = {}
    for network_id, org_id, role in NetworkMember.objects.filter(
        network_id__in=networks.values("pk")
    ).values_list("network_id", "organization_id", "role"):
        orgs[network_id].add(org_id)
        if role == "coordinator":
            coordinators.setdefault(network_id, org_id)
    people: dict[int, set[int]] = defaultdict(set)
    for network_id, person_id in NetworkPerson.objects.filter(
        network_id__in=networks.values("pk")
    ).values_list("network_id", "person_id"):
        people[network_id].add(person_id)
    features = []
    for pk, name, purpose, owner_id, owner_kind, targets, county in rows:
        features.append(
            NetworkFeatures(
                id=pk,
                name=name,
                purpose=purpose,
                owner_id=owner_id,
                owner_kind=ENGINE_OWNER_KIND.get(owner_kind, "municipality"),
                themes=frozenset(themes[pk]),
                target_groups=frozenset(parse_target_groups(targets)),
                member_org_ids=frozenset(orgs[pk]),
                member_person_ids=frozenset(people[pk]),
                county_participates=county,
                coordinator_org_id=coordinators.get(pk),
            )
        )
    return features


def theme_labels(county_id: int | None) -> dict[str, str]:
    qs = (
        Theme.objects.all()
        if county_id is None
        else Theme.objects.filter(county__isnull=True) | Theme.objects.filter(county_id=county_id)
    )
    return {theme.slug: theme.name.lower() for theme in qs}


def decided_pairs(
    network_ids: Iterable[int] | None = None,
) -> dict[tuple[int, int], OverlapDecision]:
    qs = OverlapDecision.objects.select_related("decided_by")
    if network_ids is not None:
        qs = qs.filter(network_a_id__in=network_ids)
    return {(d.network_a_id, d.network_b_id): d for d in qs}


@dataclass
class OverlapReport:
    pairs: list[OverlapPair]
    clusters: list[set[int]]
    decided: dict[tuple[int, int], OverlapDecision]
    names: dict[int, str]
    owners: dict[int, int]


def active_networks(county_id: int | None) -> QuerySet[Network]:
    qs = Network.objects.exclude(status=NetworkStatus.ENDED)
    return qs if county_id is None else qs.in_county(county_id)


def overlap_report(
    county_id: int | None, *, min_score: float = DEFAULT_MIN_SCORE, include_decided: bool = False
) -> OverlapReport:
    """Pairs above the threshold in the county (or everywhere), without those marked
    "not an overlap" unless include_decided."""
    networks = active_networks(county_id)
    features = network_features(networks)
    decided = decided_pairs()
    excluded = (
        set()
        if include_decided
        else {pair for pair, d in decided.items() if d.decision == "not_overlap"}
    )
    pairs = find_overlaps(
        features,
        min_score=min_score,
        exclude_pairs=excluded,
        theme_labels=theme_labels(county_id),
    )
    return OverlapReport(
        pairs=pairs,
        clusters=[group for group in clusters(pairs) if len(group) > 2],
        decided=decided,
        names={f.id: f.name for f in features},
        owners={f.id: f.owner_id for f in features},
    )


def pairs_as_json(pairs: Iterable[OverlapPair | dict]) -> list[dict]:
    """Engine pairs or stored pairs' rows (services/stored.pair_rows) as JSON."""
    rows = [pair if isinstance(pair, dict) else pair.__dict__ for pair in pairs]
    return [
        {
            "a": row["a"],
            "b": row["b"],
            "a_name": row["a_name"],
            "b_name": row["b_name"],
            "score": round(row["score"], 4),
            "reasons": [str(reason) for reason in row["reasons"]],
        }
        for row in rows
    ]
