"""The information-flow graph as a navigable SVG: every node a link, a title and a description,
role="img" with a text alternative on the page."""

from __future__ import annotations

from django.utils.html import escape
from django.utils.translation import gettext as _

from .flow import FlowGraph

WIDTH, HEIGHT, MARGIN = 1000, 700, 70
COLOURS = {"network": "#1f5f8b", "organization": "#2e7d32", "body": "#8a4b08"}
EDGE_COLOURS = {"member": "#9aa5b1", "coordinator": "#2e7d32", "reports_to": "#8a4b08"}


def _short(text: str, limit: int = 28) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _xy(node) -> tuple[float, float]:
    return (
        MARGIN + node.x * (WIDTH - 2 * MARGIN),
        MARGIN + node.y * (HEIGHT - 2 * MARGIN),
    )


def render_svg(graph: FlowGraph, *, title: str, description: str) -> str:
    # not inside the f-string: gettext's extraction does not read f-strings
    connections = escape(_("Connections"))
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'role="group" aria-labelledby="flow-title flow-desc" class="flow-graph" '
        f'width="100%" preserveAspectRatio="xMidYMid meet">',
        f'<title id="flow-title">{escape(title)}</title>',
        f'<desc id="flow-desc">{escape(description)}</desc>',
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" '
        'markerHeight="6" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" '
        'fill="#8a4b08"/></marker></defs>',
        f'<g class="edges" role="img" aria-label="{connections}">',
    ]
    for edge in graph.edges:
        x1, y1 = _xy(graph.nodes[edge.source])
        x2, y2 = _xy(graph.nodes[edge.target])
        marker = ' marker-end="url(#arrow)"' if edge.kind == "reports_to" else ""
        width = "2" if edge.kind != "member" else "1"
        parts.append(
            f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
            f'stroke="{EDGE_COLOURS[edge.kind]}" stroke-width="{width}"{marker}/>'
        )
    parts.append('</g><g class="nodes">')
    for node in graph.nodes.values():
        x, y = _xy(node)
        colour = COLOURS[node.kind]
        kind_label = {
            "network": _("network"),
            "organization": _("organisation"),
            "body": _("body"),
        }[node.kind]
        parts.append(
            f'<a href="{escape(node.url)}"><title>{escape(node.label)} ({kind_label})</title>'
        )
        if node.kind == "network":
            parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="7" fill="{colour}"/>')
        elif node.kind == "organization":
            parts.append(
                f'<rect x="{x - 6:.1f}" y="{y - 6:.1f}" width="12" height="12" fill="{colour}"/>'
            )
        else:
            parts.append(
                f'<polygon points="{x:.1f},{y - 9:.1f} {x + 9:.1f},{y:.1f} {x:.1f},{y + 9:.1f} '
                f'{x - 9:.1f},{y:.1f}" fill="{colour}"/>'
            )
        parts.append(
            f'<text x="{x + 10:.1f}" y="{y + 4:.1f}" font-size="11" fill="#1a1a1a">'
            f"{escape(_short(node.label))}</text></a>"
        )
    parts.append("</g></svg>")
    return "".join(parts)
