"""How information flows: the graph of organisations, networks and bodies (member, coordinator,
reports-to), and the lists a coordinator acts on."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import networkx as nx
from django.db.models import Count, Q, QuerySet

from yhdyspinta.organizations.models import Organization, Person, Role, RoleKind, Theme

from ..models import MemberRole, Network, NetworkMember, NetworkPerson, NetworkStatus

DEFAULT_MAX_NETWORKS = 6


@dataclass
class Node:
    key: str
    kind: str  # "network", "organization", "body"
    label: str
    url: str
    x: float = 0.0
    y: float = 0.0


@dataclass
class Edge:
    source: str
    target: str
    kind: str  # "member", "coordinator", "reports_to"


@dataclass
class FlowGraph:
    nodes: dict[str, Node] = field(default_factory=dict)
    edges: list[Edge] = field(default_factory=list)

    def outgoing(self, key: str) -> list[Edge]:
        return [edge for edge in self.edges if edge.source == key]


def scoped_networks(
    networks: QuerySet[Network], *, municipality: Organization | None, theme: Theme | None
) -> QuerySet[Network]:
    networks = networks.exclude(status=NetworkStatus.ENDED)
    if municipality is not None:
        networks = networks.filter(
            Q(owner=municipality) | Q(members__organization=municipality)
        ).distinct()
    if theme is not None:
        networks = networks.filter(Q(themes=theme) | Q(themes__parent=theme)).distinct()
    return networks


def build_graph(networks: QuerySet[Network]) -> FlowGraph:
    """Nodes and edges for the networks, in three queries, laid out with networkx."""
    graph = FlowGraph()
    rows = list(networks.select_related("reports_to_body", "reports_to_network").order_by("pk"))
    for network in rows:
        graph.nodes[f"n{network.pk}"] = Node(
            f"n{network.pk}", "network", network.name, network.get_absolute_url()
        )
    for network in rows:
        if network.reports_to_body_id:
            body = network.reports_to_body
            key = f"b{body.pk}"
            graph.nodes.setdefault(key, Node(key, "body", body.name, body.get_absolute_url()))
            graph.edges.append(Edge(f"n{network.pk}", key, "reports_to"))
        elif network.reports_to_network_id:
            target = network.reports_to_network
            key = f"n{target.pk}"
            graph.nodes.setdefault(
                key, Node(key, "network", target.name, target.get_absolute_url())
            )
            graph.edges.append(Edge(f"n{network.pk}", key, "reports_to"))
    members = NetworkMember.objects.filter(network__in=[n.pk for n in rows]).select_related(
        "organization"
    )
    for member in members:
        org = member.organization
        key = f"o{org.pk}"
        graph.nodes.setdefault(key, Node(key, "organization", org.name, org.get_absolute_url()))
        kind = "coordinator" if member.role == MemberRole.COORDINATOR else "member"
        graph.edges.append(Edge(key, f"n{member.network_id}", kind))
    _layout(graph)
    return graph


def _layout(graph: FlowGraph) -> None:
    if not graph.nodes:
        return
    g = nx.Graph()
    g.add_nodes_from(graph.nodes)
    g.add_edges_from((edge.source, edge.target) for edge in graph.edges)
    k = 1.6 / max(len(graph.nodes), 1) ** 0.5
    positions = nx.spring_layout(g, seed=7, k=k, iterations=60)
    xs = [p[0] for p in positions.values()]
    ys = [p[1] for p in positions.values()]
    span_x = (max(xs) - min(xs)) or 1.0
    span_y = (max(ys) - min(ys)) or 1.0
    for key, (x, y) in positions.items():
        graph.nodes[key].x = (x - min(xs)) / span_x
        graph.nodes[key].y = (y - min(ys)) / span_y


# The information-flow page lists at most this many networks or people in each list.
LIST_MAX = 200


def no_reporting_channel(networks: QuerySet[Network], limit: int | None = None) -> list[Network]:
    rows = (
        networks.exclude(status=NetworkStatus.ENDED)
        .filter(reports_to_body__isnull=True, reports_to_network__isnull=True, reports_to_text="")
        .select_related("owner")
        .order_by("owner__name_fi", "name")
    )
    return list(rows if limit is None else rows[:limit])


def duty_themes(county: Organization) -> dict[int, Theme]:
    """Themes on which the county has an active responsible person (and their sub-themes)."""
    theme_ids = set(
        Role.objects.active()
        .filter(organization=county, kind=RoleKind.RESPONSIBLE, theme__isnull=False)
        .values_list("theme_id", flat=True)
    )
    themes = Theme.objects.for_county(county).filter(
        Q(pk__in=theme_ids) | Q(parent_id__in=theme_ids)
    )
    return {theme.pk: theme for theme in themes}


def county_absent_on_duty(
    networks: QuerySet[Network], county: Organization, limit: int | None = None
) -> list[dict]:
    duties = duty_themes(county)
    if not duties:
        return []
    rows = (
        networks.exclude(status=NetworkStatus.ENDED)
        .filter(county_participates=False, themes__in=list(duties))
        .select_related("owner")
        .prefetch_related("themes")
        .distinct()
        .order_by("owner__name_fi", "name")
    )
    rows = rows if limit is None else rows[:limit]
    return [
        {"network": network, "themes": [t for t in network.themes.all() if t.pk in duties]}
        for network in rows
    ]


def busy_people(networks: QuerySet[Network], threshold: int = DEFAULT_MAX_NETWORKS) -> list:
    """People in more than ``threshold`` active networks, busiest first."""
    counts = (
        NetworkPerson.objects.filter(network__in=networks.exclude(status=NetworkStatus.ENDED))
        .values("person_id")
        .annotate(n=Count("network_id", distinct=True))
        .filter(n__gt=threshold)
    )
    by_person = {row["person_id"]: row["n"] for row in counts}
    people = Person.objects.filter(pk__in=by_person).select_related("organization")
    rows = [{"person": person, "count": by_person[person.pk]} for person in people]
    return sorted(rows, key=lambda row: (-row["count"], row["person"].last_name))


@dataclass
class GapMatrix:
    themes: list[Theme]
    municipalities: list[Organization]
    counts: dict[tuple[int, int], int]

    def rows(self):
        for theme in self.themes:
            cells = [self.counts.get((theme.pk, m.pk), 0) for m in self.municipalities]
            yield theme, cells, sum(1 for c in cells if c == 0)


def gap_matrix(networks: QuerySet[Network], county: Organization, theme: Theme | None = None):
    """Theme x municipality: active networks per cell (a sub-theme counts for its parent)."""
    themes = list(
        Theme.objects.for_county(county).filter(parent__isnull=True).order_by("order", "name_fi")
    )
    if theme is not None:
        themes = [t for t in themes if t.pk in (theme.pk, theme.parent_id)]
    municipalities = list(
        Organization.objects.filter(parent_county=county).municipalities().order_by("name_fi")
    )
    parents = dict(Theme.objects.for_county(county).values_list("pk", "parent_id"))
    through = Network.themes.through
    pairs = through.objects.filter(
        network__in=networks.exclude(status=NetworkStatus.ENDED).filter(owner__in=municipalities)
    ).values_list("theme_id", "network__owner_id", "network_id")
    seen: dict[tuple[int, int], set[int]] = defaultdict(set)
    for theme_id, owner_id, network_id in pairs:
        top = parents.get(theme_id) or theme_id
        seen[(top, owner_id)].add(network_id)
    counts = {key: len(ids) for key, ids in seen.items()}
    return GapMatrix(themes, municipalities, counts)
