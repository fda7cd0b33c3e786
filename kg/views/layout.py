"""Node positions for the views that open on a whole graph (agencies, overview, and any view above
the physics threshold), computed once in Python so that the page opens still, already laid out,
and the same graph gives the same page byte for byte.

The layout is group-in-a-box:

- nodes are split into **groups** by one attribute (the agencies view: the government whose
  gazette named the agency; the overview: none, one group), each group drawn in its own captioned
  box, boxes packed in rows, largest first;
- inside a box, each connected component is laid out by networkx's spring layout (seeded) and
  components are packed in rows, largest first, so that small islands do not fling the big one
  into a corner;
- in a component, nodes can be pulled towards their **cluster** (the overview: the node's class):
  one fixed anchor per class, placed by a spring layout of the classes themselves (classes linked
  by many edges sit side by side), and a weak spring from every node to its class's anchor, so a
  class gathers in one region while its links to other classes still shape the picture;
- nodes with no link inside their group are not scattered around the edges: they sit in a grid
  under the components, sorted by class then label, captioned "no links".

Coordinates are rounded to 0.1 px. The numbers (spacing, anchor pull) are constants here.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable
from dataclasses import dataclass

import networkx as nx

from kg.views.metrics import SEED

NODE_SPACING = 70.0  # pixels between neighbouring nodes, roughly
GRID_CELL = (150.0, 64.0)  # a grid cell for unlinked nodes: room for a label under the dot
BOX_MARGIN = 120.0  # between a box's frame and its nodes (the caption sits in the top margin)
BOX_GAP = 50.0  # between boxes
ANCHOR_PULL = 0.25  # weight of a node's spring to its cluster's anchor (a link weighs 1)
ITERATIONS = 80  # spring layout rounds when nodes are pulled to anchors
ASPECT = 1.8  # width to height of the drawing, as of a page's network pane
LABEL_ROOM = 40.0  # kept clear between two nodes' dots, besides their sizes
SPREAD_ROUNDS = 60
LABEL_ASPECT = 0.55


@dataclass(frozen=True)
class Box:
    """A group's frame on the page: top-left corner, size, caption, and the group it frames."""

    x: float
    y: float
    width: float
    height: float
    caption: str
    group: str = ""

    def to_json(self) -> dict:
        return {
            "x": round(self.x, 1),
            "y": round(self.y, 1),
            "w": round(self.width, 1),
            "h": round(self.height, 1),
            "caption": self.caption,
            "group": self.group,
        }


Position = tuple[float, float]


def layout(
    g: nx.Graph,
    group: Callable[[Hashable], str] | None = None,
    cluster: Callable[[Hashable], str] | None = None,
    caption: Callable[[str, int], str] | None = None,
    radius: Callable[[Hashable], float] | None = None,
    alone_caption: str = "no links",
    label_room: float = LABEL_ROOM,
) -> tuple[dict[Hashable, Position], list[Box]]:
    """Positions of every node of ``g`` and the boxes of its groups.

    ``group(node)`` names a node's box (None: one box, drawn without a frame); ``cluster(node)``
    the region of its component it is pulled towards (None: plain spring layout); ``caption(name,
    count)`` writes a box's caption; ``radius(node)`` is the drawn size of a node, which the
    layout keeps clear of its neighbours (default: 16 px); ``alone_caption`` heads the grid of a
    group's unlinked nodes (when the group has linked ones too); ``label_room`` is the room
    kept between two dots besides their sizes, across (up and down it is LABEL_ASPECT of it)."""
    simple = nx.Graph()
    simple.add_nodes_from(sorted(g.nodes, key=str))
    simple.add_edges_from(
        sorted({tuple(sorted((a, b), key=str)) for a, b in nx.Graph(g).edges if a != b}, key=str)
    )
    members: dict[str, list[Hashable]] = {}
    for node in simple.nodes:
        members.setdefault(group(node) if group else "", []).append(node)
    order = sorted(members, key=lambda name: (-len(members[name]), name))
    laid = [
        (name, *_group_layout(simple.subgraph(members[name]), cluster, _key(g), radius, label_room))
        for name in order
    ]
    laid = [
        (name, pos, w, h, [Box(b.x, b.y, b.width, b.height, alone_caption) for b in grids])
        for name, pos, w, h, grids in laid
    ]
    framed = group is not None and len(order) > 1
    positions: dict[Hashable, Position] = {}
    boxes: list[Box] = []
    margin = BOX_MARGIN if framed else 0.0
    corners, _, _ = _shelves([(w + 2 * margin, h + 2 * margin) for _, _, w, h, _ in laid], BOX_GAP)
    for (name, pos, width, height, grids), (x, y) in zip(laid, corners, strict=True):
        outer_w, outer_h = width + 2 * margin, height + 2 * margin
        for node, (px, py) in pos.items():
            positions[node] = (round(x + margin + px, 1), round(y + margin + py, 1))
        if framed:
            text = caption(name, len(members[name])) if caption else name
            boxes.append(Box(x, y, outer_w, outer_h, text, name))
        for grid in grids:
            left, top = x + margin + grid.x, y + margin + grid.y
            boxes.append(Box(left, top, grid.width, grid.height, grid.caption, name))
    return positions, boxes


def _shelves(
    sizes: list[tuple[float, float]], gap: float
) -> tuple[list[tuple[float, float]], float, float]:
    """Top-left corners of rectangles packed in rows, in the given order (largest first), and
    the packing's width and height. Of the row widths that change the packing, the one whose
    drawing fits a pane of :data:`ASPECT` at the largest zoom is taken (ties: the narrower)."""
    if not sizes:
        return [], 0.0, 0.0
    widths = sorted(
        {sum(w for w, _ in sizes[:i]) + gap * (i - 1) for i in range(1, len(sizes) + 1)}
    )
    best: tuple[float, list[tuple[float, float]], float, float] | None = None
    for limit in widths:
        corners, x, y, row_height, right = [], 0.0, 0.0, 0.0, 0.0
        for w, h in sizes:
            if x > 0 and x + w > limit + 1e-6:
                x, y, row_height = 0.0, y + row_height + gap, 0.0
            corners.append((x, y))
            x += w + gap
            right = max(right, x - gap)
            row_height = max(row_height, h)
        height = y + row_height
        zoom = min(ASPECT / right, 1.0 / height)
        if best is None or zoom > best[0] * (1 + 1e-9):
            best = (zoom, corners, right, height)
    return best[1], best[2], best[3]


def _key(g: nx.Graph) -> Callable[[Hashable], tuple]:
    """Sort key of unlinked nodes: class, then label, then id."""

    def key(node: Hashable) -> tuple:
        data = g.nodes[node]
        return (str(data.get("kind", "")), str(data.get("label", "")), str(node))

    return key


def _group_layout(
    part: nx.Graph,
    cluster: Callable[[Hashable], str] | None,
    key: Callable[[Hashable], tuple],
    radius: Callable[[Hashable], float] | None,
    label_room: float,
) -> tuple[dict[Hashable, Position], float, float, list[Box]]:
    """One group: its components packed in rows, its unlinked nodes in a grid below; positions
    relative to the group's top-left corner, the group's width and height, and the frame of the
    grid when the group has linked nodes too."""
    linked = [c for c in nx.connected_components(part) if len(c) > 1]
    linked.sort(key=lambda c: (-len(c), min(map(str, c))))
    alone = sorted((n for n in part.nodes if part.degree(n) == 0), key=key)
    pieces = []  # (positions from the piece's top-left corner, width, height)
    for component in linked:
        sub = part.subgraph(component)
        scale = NODE_SPACING * math.sqrt(len(component)) * 0.8
        pos = _spread(_component_layout(sub, scale, cluster), radius, label_room)
        xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
        left, top = min(xs), min(ys)
        pad = NODE_SPACING / 2
        moved = {n: (px - left + pad, py - top + pad) for n, (px, py) in pos.items()}
        pieces.append((moved, max(xs) - left + 2 * pad, max(ys) - top + 2 * pad))
    corners, used_width, height = _shelves([(w, h) for _, w, h in pieces], 0.0)
    positions: dict[Hashable, Position] = {}
    for (pos, _, _), (x, y) in zip(pieces, corners, strict=True):
        for node, (px, py) in pos.items():
            positions[node] = (x + px, y + py)
    area = sum(w * h for _, w, h in pieces) + len(alone) * GRID_CELL[0] * GRID_CELL[1]
    width = max(used_width, GRID_CELL[0] * min(len(alone), 4), math.sqrt(area * ASPECT))
    grids: list[Box] = []
    if alone:
        caption_room = GRID_CELL[1] * 0.6 if pieces else 0.0
        top = height + caption_room + GRID_CELL[1] / 2
        per_row = max(1, int(max(width, used_width) // GRID_CELL[0]))
        for i, node in enumerate(alone):
            row, col = divmod(i, per_row)
            positions[node] = (col * GRID_CELL[0] + GRID_CELL[0] / 2, top + row * GRID_CELL[1])
        grid_width = min(len(alone), per_row) * GRID_CELL[0]
        used_width = max(used_width, grid_width)
        rows = math.ceil(len(alone) / per_row)
        if pieces:
            grids.append(Box(0.0, height, grid_width, caption_room + rows * GRID_CELL[1] + 10, ""))
        height = top + rows * GRID_CELL[1]
    return positions, max(used_width, 1.0), max(height, 1.0), grids


def _spread(
    pos: dict[Hashable, Position], radius: Callable[[Hashable], float] | None, room: float
) -> dict[Hashable, Position]:
    """Push apart nodes that overlap (their drawn size plus room for a label), a few px at a
    time, as Gephi's "prevent overlap" does after ForceAtlas2; deterministic."""
    import numpy as np

    nodes = list(pos)
    if len(nodes) < 2:
        return pos
    # labels run across under their dots: a node needs more room across than up and down, so
    # overlaps are measured with x shrunk by LABEL_ASPECT
    points = np.array([pos[n] for n in nodes], dtype=float) * [LABEL_ASPECT, 1.0]
    sizes = np.array([radius(n) if radius else 16.0 for n in nodes], dtype=float)
    need = sizes[:, None] + sizes[None, :] + room
    np.fill_diagonal(need, 0.0)
    for _ in range(SPREAD_ROUNDS):
        delta = points[:, None, :] - points[None, :, :]
        dist = np.sqrt((delta**2).sum(axis=2))
        overlap = np.clip(need - dist, 0.0, None)
        if overlap.max() < 1.0:
            break
        same = dist < 1e-6  # coincident nodes part along a fixed direction, by index
        order = np.sign(np.arange(len(nodes))[:, None] - np.arange(len(nodes))[None, :])
        delta[same] = np.stack([order[same], np.zeros(int(same.sum()))], axis=1)
        dist[same] = 1.0
        push = (overlap / dist / 2)[:, :, None] * delta
        points += push.sum(axis=1)
    points /= [LABEL_ASPECT, 1.0]
    return {n: (float(x), float(y)) for n, (x, y) in zip(nodes, points, strict=True)}


def _component_layout(
    part: nx.Graph, radius: float, cluster: Callable[[Hashable], str] | None
) -> dict[Hashable, Position]:
    """A seeded spring layout of one connected component, centred on (0, 0), within ``radius``;
    with ``cluster``, nodes pulled towards their cluster's anchor."""
    if part.number_of_nodes() == 1:
        return {next(iter(part.nodes)): (0.0, 0.0)}
    ordered = nx.Graph()
    ordered.add_nodes_from(sorted(part.nodes, key=str))
    ordered.add_edges_from(sorted(part.edges, key=str), weight=1.0)
    fixed: list[Hashable] = []
    start: dict[Hashable, tuple[float, float]] | None = None
    names = sorted({cluster(n) for n in ordered.nodes}) if cluster else []
    if len(names) > 1:
        anchors = _anchors(ordered, cluster, names)
        start = {}
        for i, node in enumerate(list(ordered.nodes)):
            ax, ay = anchors[cluster(node)]
            angle = 2.399963 * i  # golden angle: a deterministic spread around the anchor
            start[node] = (ax + 0.05 * math.cos(angle), ay + 0.05 * math.sin(angle))
            ordered.add_edge(node, ("anchor", cluster(node)), weight=ANCHOR_PULL)
        for name, point in anchors.items():
            start[("anchor", name)] = point
            fixed.append(("anchor", name))
    pos = nx.spring_layout(
        ordered,
        pos=start,
        fixed=fixed or None,
        k=1.0 / math.sqrt(part.number_of_nodes()) if fixed else None,
        seed=SEED,
        iterations=ITERATIONS if fixed else 50,  # networkx's default without anchors
    )
    drawn = {n: pos[n] for n in part.nodes}
    xs = [float(p[0]) for p in drawn.values()]
    ys = [float(p[1]) for p in drawn.values()]
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    span = max(max(xs) - min(xs), max(ys) - min(ys), 1e-9) / 2
    return {
        n: ((float(p[0]) - cx) / span * radius, (float(p[1]) - cy) / span * radius)
        for n, p in drawn.items()
    }


def _anchors(
    part: nx.Graph, cluster: Callable[[Hashable], str], names: list[str]
) -> dict[str, tuple[float, float]]:
    """Where each cluster of a component gathers: a seeded spring layout of the clusters, linked
    as strongly as their members are, on the unit scale."""
    between = nx.Graph()
    between.add_nodes_from(names)
    for a, b in part.edges:
        ca, cb = cluster(a), cluster(b)
        if ca != cb:
            weight = between.edges[ca, cb]["weight"] + 1 if between.has_edge(ca, cb) else 1
            between.add_edge(ca, cb, weight=weight)
    ordered = nx.Graph()
    ordered.add_nodes_from(names)
    ordered.add_edges_from(sorted(between.edges(data=True), key=lambda e: (e[0], e[1])))
    pos = nx.spring_layout(ordered, seed=SEED, iterations=200, scale=1.0, weight=None)
    return {name: (float(pos[name][0]), float(pos[name][1])) for name in names}
