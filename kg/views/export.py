"""A view's networkx graph as GraphML or GEXF, for Gephi, Cytoscape or yEd.

Attributes are already plain strings and numbers (see :mod:`kg.views.graphs`); node ids are IRIs.
Files are written atomically as UTF-8. networkx's writers sort nothing, so the graph is copied in
sorted node and edge order first: the same graph gives byte-identical files.
"""

from __future__ import annotations

import io
from pathlib import Path

import networkx as nx

from kg import atomic
from kg.errors import UsageError

FORMATS = ("graphml", "gexf")


def _sorted_copy(g: nx.Graph) -> nx.Graph:
    out = g.__class__()
    out.graph.update({k: v for k, v in sorted(g.graph.items()) if isinstance(v, str | int | float)})
    for node in sorted(g.nodes):
        out.add_node(node, **dict(sorted(g.nodes[node].items())))
    edges = sorted(g.edges(data=True), key=lambda e: (e[0], e[1], sorted(e[2].items())))
    for a, b, data in edges:
        out.add_edge(a, b, **dict(sorted(data.items())))
    return out


def to_bytes(g: nx.Graph, fmt: str) -> bytes:
    """The graph serialised as ``fmt`` (graphml or gexf)."""
    buffer = io.BytesIO()
    graph = _sorted_copy(g)
    if fmt == "graphml":
        nx.write_graphml(graph, buffer, encoding="utf-8")
    elif fmt == "gexf":
        nx.write_gexf(graph, buffer, encoding="utf-8")
    else:
        raise UsageError(f"unknown graph format {fmt!r}: use one of {', '.join(FORMATS)}")
    return buffer.getvalue()


def write(g: nx.Graph, path: str | Path, fmt: str | None = None) -> Path:
    """Write ``g`` to ``path``; the format is ``fmt`` or the file's extension."""
    target = Path(path)
    fmt = fmt or target.suffix.lstrip(".").lower()
    atomic.write_bytes(target, to_bytes(g, fmt))
    return target
