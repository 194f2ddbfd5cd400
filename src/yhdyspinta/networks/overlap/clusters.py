"""Groups of networks that all seem to do the same thing."""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx


def clusters(pairs: Iterable) -> list[set[int]]:
    """Connected components of the overlap graph (an edge per pair), largest first.

    Accepts OverlapPair objects or plain (a, b) tuples. Networks that overlap with no
    other network are not in any cluster.
    """
    graph = nx.Graph()
    for pair in pairs:
        a, b = (pair.a, pair.b) if hasattr(pair, "a") else pair
        graph.add_edge(a, b)
    components = [set(component) for component in nx.connected_components(graph)]
    return sorted(components, key=lambda component: (-len(component), min(component)))
