"""networkx metrics for views, and the node budget that keeps a page readable.

Exact betweenness costs nodes × edges (research/performance.md: 0.9 s at 512 nodes, minutes at
5,000), so above :data:`EXACT_BETWEENNESS_MAX` nodes it is estimated from
:data:`BETWEENNESS_SAMPLE` pivot nodes with a fixed seed, and the view says so.

The node budget: a browser stays responsive and vis-network's layout settles with a few hundred
nodes; above :data:`MAX_NODES` a view keeps the top nodes by a metric (focus nodes always kept) and
says on the page how many were left out, pointing to the GEXF export for the whole graph.
"""

from __future__ import annotations

import networkx as nx

MAX_NODES = 300
EXACT_BETWEENNESS_MAX = 2000
BETWEENNESS_SAMPLE = 200
SEED = 20230601


def annotate(g: nx.Graph, weight: str | None = None, betweenness: bool = True) -> list[str]:
    """Set ``degree``, ``weighted_degree`` (when ``weight`` is given) and ``betweenness`` (when
    asked) on every node; return the notes a page should show (sampling)."""
    simple = nx.Graph(g)  # metrics on the plain undirected structure
    for node, value in simple.degree():
        g.nodes[node]["degree"] = value
    if weight is not None:
        for node, value in simple.degree(weight=weight):
            g.nodes[node]["weighted_degree"] = round(float(value), 4)
    notes: list[str] = []
    n = simple.number_of_nodes()
    if not betweenness:
        return notes
    if n > EXACT_BETWEENNESS_MAX:
        k = min(BETWEENNESS_SAMPLE, n)
        scores = nx.betweenness_centrality(simple, k=k, seed=SEED)
        notes.append(f"betweenness estimated from {k} sampled nodes of {n}")
    else:
        scores = nx.betweenness_centrality(simple)
    for node, value in scores.items():
        g.nodes[node]["betweenness"] = round(value, 4)
    g.graph["betweenness"] = "sampled" if n > EXACT_BETWEENNESS_MAX else "exact"
    return notes


def limit(g: nx.Graph, max_nodes: int = MAX_NODES, metric: str = "degree") -> nx.Graph:
    """The graph itself when it fits; else the subgraph of the top ``max_nodes`` nodes by
    ``metric`` (focus nodes first, ties by id), with a note saying what was left out."""
    total = g.number_of_nodes()
    if total <= max_nodes:
        return g
    if metric not in next(iter(g.nodes.values()), {}):
        metric = "degree"
        for node, value in nx.Graph(g).degree():
            g.nodes[node].setdefault("degree", value)

    def rank(item: tuple[str, dict]) -> tuple:
        node, data = item
        return (
            -int(data.get("focus", 0)),
            -float(data.get(metric, 0) or 0),
            -float(data.get("degree", 0) or 0),
            node,
        )

    keep = [node for node, _ in sorted(g.nodes(data=True), key=rank)[:max_nodes]]
    sub = g.subgraph(keep).copy()
    view = g.graph.get("view", "KIND")
    note = (
        f"showing the top {max_nodes} of {total} nodes by {metric}; export the whole graph as "
        f"GEXF (gazette-kg view {view} --gexf FILE) to see every node"
    )
    sub.graph["notes"] = "\n".join(filter(None, [g.graph.get("notes", ""), note]))
    sub.graph["truncated"] = f"{max_nodes}/{total}"
    return sub
