"""Information flow: the graph (SVG, navigable) and the lists a coordinator acts on."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from yhdyspinta.organizations.models import Organization, Theme

from ..scoping import county_or_404, own_municipality, visible_networks
from ..services.flow import (
    DEFAULT_MAX_NETWORKS,
    LIST_MAX,
    build_graph,
    busy_people,
    county_absent_on_duty,
    gap_matrix,
    no_reporting_channel,
    scoped_networks,
)
from ..services.svg import render_svg


def _number(value, default: int, low: int = 1, high: int = 100) -> int:
    value = (value or "").strip()
    return min(max(int(value), low), high) if value.isdigit() else default


@login_required
def information_flow(request):
    county = county_or_404(request)
    municipalities = list(
        Organization.objects.filter(parent_county=county).municipalities().order_by("name_fi")
    )
    themes = list(Theme.objects.for_county(county).order_by("order", "name_fi"))
    chosen_m = request.GET.get("municipality")
    if chosen_m is None:
        mine = own_municipality(request.user)
        chosen_m = str(mine.pk) if mine else ""
    municipality = next((m for m in municipalities if str(m.pk) == chosen_m), None)
    theme = next((t for t in themes if str(t.pk) == request.GET.get("theme", "")), None)
    threshold = _number(request.GET.get("max_networks"), DEFAULT_MAX_NETWORKS)
    visible = visible_networks(request.user)
    networks = scoped_networks(visible, municipality=municipality, theme=theme)
    if municipality is None and theme is None:
        # The whole county is too dense to read: its own networks and what reports to them.
        graph_networks = networks.filter(owner=county)
    else:
        graph_networks = networks
    graph = build_graph(graph_networks)
    where = municipality.name if municipality else county.name
    svg = render_svg(
        graph,
        title=_("Information flow: %(where)s") % {"where": where},
        description=_(
            "%(networks)s networks, %(nodes)s organisations and bodies, %(edges)s connections. "
            "Circles are networks, squares organisations and diamonds bodies; arrows show "
            "where a network reports. The same information is listed below the picture."
        )
        % {
            "networks": sum(1 for n in graph.nodes.values() if n.kind == "network"),
            "nodes": sum(1 for n in graph.nodes.values() if n.kind != "network"),
            "edges": len(graph.edges),
        },
    )
    network_nodes = [n for n in graph.nodes.values() if n.kind == "network"]
    alternative = [
        {
            "node": node,
            "members": [
                graph.nodes[e.source]
                for e in graph.edges
                if e.target == node.key and e.kind != "reports_to"
            ],  # fmt: skip
            "reports_to": [
                graph.nodes[e.target] for e in graph.outgoing(node.key) if e.kind == "reports_to"
            ],  # fmt: skip
        }
        for node in sorted(network_nodes, key=lambda n: n.label)
    ]
    return render(
        request,
        "networks/information_flow.html",
        {
            "svg": mark_safe(svg),  # noqa: S308 - built by render_svg, every text escaped
            "alternative": alternative,
            "municipalities": municipalities,
            "themes": themes,
            "municipality": municipality,
            "theme": theme,
            "threshold": threshold,
            "no_channel": no_reporting_channel(networks, limit=LIST_MAX),
            "county_absent": county_absent_on_duty(networks, county, limit=LIST_MAX),
            "busy": busy_people(
                scoped_networks(visible, municipality=None, theme=theme), threshold
            )[:LIST_MAX],
            "list_max": LIST_MAX,
            "matrix": gap_matrix(visible, county, theme),
        },
    )
