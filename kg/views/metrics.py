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

from kg.view_names import MAX_NODES  # declared where `view --help` reads it

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


def limit(
    g: nx.Graph, max_nodes: int = MAX_NODES, metric: str = "degree", connected: bool = False
) -> nx.Graph:
    """The graph itself when it fits; else the subgraph of the top ``max_nodes`` nodes by
    ``metric`` (focus nodes first, ties by id), with a note saying what was left out.

    With ``connected``, the nodes kept are grown from the top nodes instead: each connected
    component gets a share of the budget in proportion to its size (largest remainders, ties by
    rank of its top node), spent from its top node on, always on the best-ranked node linked to
    those already kept. The top nodes by degree of a large graph are hubs whose neighbours rank
    below the cut, so their subgraph is a field of unlinked dots (an archive's overview: agencies
    without their projects); grown, it keeps hubs with their neighbourhoods, in every part."""
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

    order = [node for node, _ in sorted(g.nodes(data=True), key=rank)]
    keep = _grown(g, order, max_nodes) if connected else order[:max_nodes]
    sub = g.subgraph(keep).copy()
    view = g.graph.get("view", "KIND")
    chosen = (
        f"{max_nodes} of {total} nodes, grown from the top ones by {metric} along their links"
        if connected
        else f"the top {max_nodes} of {total} nodes by {metric}"
    )
    note = (
        f"showing {chosen}; export the whole graph as "
        f"GEXF (gazette-kg view {view} --gexf FILE) to see every node"
    )
    sub.graph["notes"] = "\n".join(filter(None, [g.graph.get("notes", ""), note]))
    sub.graph["truncated"] = f"{max_nodes}/{total}"
    return sub


def _grown(g: nx.Graph, order: list, budget: int) -> list:
    """``budget`` nodes grown along links from the best-ranked ones (``order``: best first), each
    connected component getting its share of the budget (see :func:`limit`)."""
    import heapq

    position = {node: i for i, node in enumerate(order)}
    simple = nx.Graph(g)
    parts = sorted(nx.connected_components(simple), key=lambda c: min(position[n] for n in c))
    total = simple.number_of_nodes()
    shares = [budget * len(part) // total for part in parts]
    remainders = sorted(range(len(parts)), key=lambda i: (-(budget * len(parts[i]) % total), i))
    for i in remainders[: budget - sum(shares)]:
        shares[i] += 1
    kept: list = []
    for part, share in zip(parts, shares, strict=True):
        if not share:
            continue
        start = min(part, key=position.__getitem__)
        frontier, seen = [(position[start], start)], {start}
        taken = 0
        while frontier and taken < share:
            _, node = heapq.heappop(frontier)
            kept.append(node)
            taken += 1
            for other in simple[node]:
                if other not in seen:
                    seen.add(other)
                    heapq.heappush(frontier, (position[other], other))
    return sorted(kept, key=position.__getitem__)
