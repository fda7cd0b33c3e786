"""networkx graph → one self-contained, offline HTML page.

pyvis supplies what it does well, the vis-network option set (physics, smoothing, interaction) of
a ``Network`` object whose node and edge lists we fill in one pass (its ``add_edge`` scans every
existing edge: quadratic, research/performance.md). Its template is bypassed: it writes the
heading and node ids raw, turns a tooltip containing "href" into innerHTML, and loads Bootstrap
from a CDN even "in_line" (research/libraries.md §1). Our template (Jinja2, autoescape on) inlines
the bundled vis-network, puts the data in a JSON island with ``<``, ``>`` and ``&`` escaped, gives
nodes opaque ids (n0, n1, …), and builds tooltips with ``textContent`` in the page's script. A
Content-Security-Policy forbids every fetch, so the page cannot reach the network even by mistake.

Layout: the views that open on a whole graph (:data:`LAYOUTS`: agencies boxed by government,
the overview pulled together by class) and any view above :data:`PHYSICS_MAX_NODES` nodes get
their positions from :mod:`kg.views.layout` (seeded, so pages are byte-identical between runs)
and open with physics off; the focused views (bureau, person) and amendments, small, are laid out
by vis-network's physics, switched off once it has settled. Node labels are sized by the node's
rank (the largest read at the first look, the others as you zoom in); edge labels of the
precomputed views, and of any view with many edges, show when zoomed in or as the edge's tooltip.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
import networkx as nx
from markupsafe import Markup
from pyvis.network import Network

from kg import atomic
from kg.views import layout
from kg.views.reader import KINDS

PHYSICS_MAX_NODES = 200
VIS_NETWORK_VERSION = "10.1.5"
VIS_NETWORK_SHA256 = "b427322ad953d70ab75d1b798ebb8349863502f244e02de3e12a4ab7dfeddf2c"

# Attribute → tooltip caption, in tooltip order. Others are not shown.
CAPTIONS: dict[str, str] = {
    "number": "document number",
    "action": "action",
    "aliases": "also written",
    "period": "period",
    "section": "domain",
    "construction": "construction",
    "places": "places",
    "budget": "budget (亿元)",
    "status": "status",
    "projects": "projects",
    "degree": "degree",
    "weighted_degree": "budget-weighted degree",
    "betweenness": "betweenness",
    "role": "role that day",
    "modifications": "text changes",
    "date": "date",
    "until": "until",
    "agency_kind": "kind of agency",
    "government": "named in the gazette of",
    "iri": "IRI",
}
# view → (node attribute giving the size, node attribute giving the colour group)
STYLE: dict[str, tuple[str | None, str]] = {
    "bureau": ("budget", "kind"),
    "agencies": ("weighted_degree", "agency_kind"),
    "amendments": (None, "status"),
    "person": (None, "kind"),
    "overview": ("degree", "kind"),
}
# view → (node attribute naming its box, node attribute naming the region it is pulled to), for
# the views laid out in Python (kg.views.layout) whatever their size
LAYOUTS: dict[str, tuple[str | None, str | None]] = {
    "agencies": ("government", None),
    "overview": (None, "kind"),
}
# the caption of the grid of nodes with no link in their box
ALONE_CAPTIONS = {"agencies": "no project shared with another agency here"}
MIN_SIZE, MAX_SIZE = 10.0, 42.0
# Node label sizes by rank of node size: the top few read at the first look of a large graph.
LABEL_TIERS = ((1 / 30, 5, 40), (1 / 8, 12, 24))  # (share of nodes, at least, font size)
LABEL_SIZE = 14
LABELLED_MAX = 80  # up to this many nodes, every label shows at the first look
EDGE_LABELS_MAX = 60  # above this many edges, edge labels show on zoom or hover only


# ---------------------------------------------------------------------------------- assets


def _package_file(*parts: str) -> Path:
    return Path(str(resources.files("kg.views").joinpath(*parts)))


@functools.cache
def vis_network_js() -> str:
    """The bundled vis-network, checked against its recorded SHA-256, source-map line removed."""
    data = _package_file("assets", "vis-network.min.js").read_bytes()
    if hashlib.sha256(data).hexdigest() != VIS_NETWORK_SHA256:
        raise RuntimeError("kg/views/assets/vis-network.min.js does not match its SHA-256")
    text = data.decode("utf-8")
    lines = [ln for ln in text.splitlines() if not ln.startswith("//# sourceMappingURL=")]
    return "\n".join(lines)


@functools.cache
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(_package_file("templates"))),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    env.filters["json_island"] = json_island
    return env


def json_island(value: Any) -> Markup:
    """JSON safe inside <script type="application/json">: no "</script>", no HTML specials."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, escape in (
        ("&", "\\u0026"),
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escape)
    return Markup(text)


def script(name: str) -> Markup:
    """One of our own template scripts or styles, inlined (checked: no "</" inside)."""
    text = _package_file("templates", name).read_text(encoding="utf-8")
    if "</" in text:
        raise RuntimeError(f"{name} must not contain '</'")
    return Markup(text)


# ---------------------------------------------------------------------------------- data


def _group(view: str, data: dict) -> str:
    attr = STYLE.get(view, (None, "kind"))[1]
    return str(data.get(attr) or data.get("kind") or "other")


def legend_entries(view: str) -> dict[str, tuple[str, str]]:
    """group key → (caption, colour) for the view's colouring."""
    attr = STYLE.get(view, (None, "kind"))[1]
    if attr == "status":
        from kg.views.graphs import STATUSES

        return dict(STATUSES)
    if attr == "agency_kind":
        from kg.views.graphs import agency_kinds

        return agency_kinds()
    return {key: (f"{en} · {zh}", colour) for key, (en, zh, colour) in KINDS.items()}


def _sizes(g: nx.Graph, view: str) -> dict[Any, float]:
    attr = STYLE.get(view, (None, "kind"))[0]
    values = {n: float(d.get(attr) or 0) for n, d in g.nodes(data=True)} if attr else {}
    if attr and not any(values.values()):  # no budgets stated: size by degree instead
        values = {n: float(d.get("degree") or 0) for n, d in g.nodes(data=True)}
    top = max(values.values(), default=0.0)
    sizes: dict[Any, float] = {}
    for node, data in g.nodes(data=True):
        base = MAX_SIZE if data.get("focus") else 16.0
        if top > 0 and node in values:
            base = max(
                base if data.get("focus") else 0,
                MIN_SIZE + (MAX_SIZE - MIN_SIZE) * math.sqrt(values[node] / top),
            )
        sizes[node] = round(base, 2)
    return sizes


def _info(data: dict) -> list[list[str]]:
    rows = []
    for key, caption in CAPTIONS.items():
        value = data.get(key)
        if value not in (None, ""):
            if key == "agency_kind":
                from kg.views.graphs import agency_kinds

                value = agency_kinds().get(str(value), (value, ""))[0]
            rows.append([caption, _fmt(value)])
    return rows


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.4f}".rstrip("0").rstrip(".")
    return str(value)


def precomputed(g: nx.Graph) -> bool:
    """Whether the page opens on positions computed here (physics off) rather than physics."""
    return g.graph.get("view") in LAYOUTS or g.number_of_nodes() > PHYSICS_MAX_NODES


def _box_of(g: nx.Graph) -> Any:
    """node → the name of its layout box (agencies: its government), or None for views
    without boxes."""
    group_attr = LAYOUTS.get(g.graph.get("view", ""), (None, None))[0]
    if not group_attr:
        return None
    return lambda n: str(g.nodes[n].get(group_attr) or "(no source)")


def _layout(g: nx.Graph) -> tuple[dict[Any, tuple[float, float]], list[dict]]:
    """Positions and group boxes of a precomputed view (kg.views.layout)."""
    cluster_attr = LAYOUTS.get(g.graph.get("view", ""), (None, None))[1]
    nodes = g.nodes
    group = _box_of(g)
    cluster = (lambda n: str(nodes[n].get(cluster_attr) or "")) if cluster_attr else None
    alone = ALONE_CAPTIONS.get(g.graph.get("view", ""), "no links in this view")
    sizes = _sizes(g, g.graph.get("view", ""))
    # every label is drawn at the first look of a small graph: keep room for them; in a large
    # one only the largest nodes' are, and room for all would spread the classes into a lattice
    room = layout.LABEL_ROOM if g.number_of_nodes() <= LABELLED_MAX else layout.LABEL_ROOM / 5
    positions, boxes = layout.layout(
        g, group, cluster, lambda name, count: f"{name} · {count}", sizes.__getitem__, alone, room
    )
    return positions, [box.to_json() for box in boxes]


def _label_sizes(g: nx.Graph, sizes: dict[Any, float]) -> dict[Any, int]:
    """Font size of each node's label by the rank of its size (ties by id): the largest nodes'
    labels large enough to read when the whole graph is in view."""
    ranked = sorted(g.nodes, key=lambda n: (-sizes[n], str(n)))
    fonts = {n: LABEL_SIZE for n in ranked}
    if len(ranked) <= LABELLED_MAX:
        return fonts
    start = 0
    for share, least, size in LABEL_TIERS:
        end = max(least, math.ceil(share * len(ranked)))
        for node in ranked[start:end]:
            fonts[node] = size
        start = max(start, end)
    return fonts


def vis_data(
    g: nx.Graph, positions: dict[Any, tuple[float, float]] | None = None
) -> tuple[list[dict], list[dict], dict[str, str]]:
    """Node and edge lists for vis-network (opaque ids), and the opaque id of every node;
    ``positions`` when the caller has laid the graph out already."""
    view = g.graph.get("view", "overview")
    legend = legend_entries(view)
    sizes = _sizes(g, view)
    fonts = _label_sizes(g, sizes)
    if positions is None:
        positions = _layout(g)[0] if precomputed(g) else {}
    ids = {node: f"n{i}" for i, node in enumerate(sorted(g.nodes))}
    box_of = _box_of(g)
    nodes = []
    for node in sorted(g.nodes):
        data = g.nodes[node]
        group = _group(view, data)
        item = {
            "id": ids[node],
            "label": str(data.get("label", "")),
            "group": group,
            "kind": str(data.get("kind", "other")),
            "color": legend.get(group, ("", "#c9c9c9"))[1],
            "size": sizes[node],
            "font": fonts[node],
            "info": _info(data),
            "focus": bool(data.get("focus")),
            "source": _source_line(data),
            "quote": str(data.get("quote", "")),
        }
        if node in positions:
            item["x"], item["y"] = positions[node]
        if box_of is not None:
            item["box"] = box_of(node)
        nodes.append(item)
    edges = []
    for i, (a, b, data) in enumerate(sorted(g.edges(data=True), key=_edge_key)):
        edges.append(
            {
                "id": f"e{i}",
                "from": ids[a],
                "to": ids[b],
                "label": str(data.get("label", "")),
                "date": str(data.get("date", "")),
                "until": str(data.get("until", "")),
                "width": min(float(data.get("weight", 1)), 8.0),
                "info": _info(data),
                "source": _source_line(data),
                "quote": str(data.get("quote", "")),
            }
        )
    return nodes, edges, ids


def _edge_key(edge: tuple) -> tuple:
    a, b, data = edge
    return (str(a), str(b), str(data.get("date", "")), str(data.get("label", "")))


def _source_line(data: dict) -> str:
    source, lines = data.get("source", ""), data.get("lines", "")
    return f"{source}, lines {lines}" if source and lines else str(source)


def vis_options(g: nx.Graph) -> dict:
    """vis-network options from a pyvis Network: physics tuned to settle, or off with positions."""
    net = Network(directed=g.is_directed(), heading="")
    net.barnes_hut(
        gravity=-6000,
        central_gravity=0.25,
        spring_length=140,
        spring_strength=0.03,
        damping=0.35,
        overlap=0.3,
    )
    net.set_edge_smooth("continuous")
    still = precomputed(g)
    net.toggle_hide_edges_on_drag(g.number_of_nodes() > PHYSICS_MAX_NODES)
    net.toggle_physics(not still)
    options = json.loads(net.options.to_json())
    options["physics"]["stabilization"].update(iterations=400, updateInterval=25, fit=True)
    quiet_edges = still or g.number_of_edges() > EDGE_LABELS_MAX
    options["edges"].update(
        font={"size": 11, "align": "middle", "strokeWidth": 3, "color": "#444"},
        color={"inherit": False, "color": "#9aa0a6", "highlight": "#333", "hover": "#555"},
        arrows={"to": {"enabled": g.is_directed(), "scaleFactor": 0.5}},
        # an edge's label is drawn once it would be at least 13 px on screen (zoomed in past
        # about 1.2×); before that it is the edge's tooltip
        scaling={"label": {"drawThreshold": 14 if quiet_edges else 5}},
        hoverWidth=2,
    )
    options["edges"]["smooth"] = {"enabled": not still, "type": "continuous"}
    options["nodes"] = {
        "shape": "dot",
        # white halo: labels stay legible where they cross edges; each node's size comes with it
        "font": {"size": LABEL_SIZE, "face": "sans-serif", "strokeWidth": 4, "strokeColor": "#fff"},
        "widthConstraint": {"maximum": 170},  # long document titles wrap instead of overlapping
        "borderWidth": 1,
        # in the whole-graph views labels smaller than 10 px on screen, hard to read, are not
        # drawn: the big nodes' read at the first look, the others as you zoom in; a focused
        # view, small, keeps every label (vis-network's default threshold)
        "scaling": {
            "label": {"enabled": False, "drawThreshold": 11 if still else 5, "maxVisible": 24}
        },
    }
    options["interaction"].update(
        hover=True, tooltipDelay=150, navigationButtons=False, keyboard=False, multiselect=True
    )
    options["layout"] = {"randomSeed": 7, "improvedLayout": not still}
    return options


# ---------------------------------------------------------------------------------- page


def render_html(g: nx.Graph) -> str:
    """The page for one view graph: title, legend and filters, search, tooltips, network."""
    positions, boxes = _layout(g) if precomputed(g) else ({}, [])
    nodes, edges, _ids = vis_data(g, positions)
    view = g.graph.get("view", "overview")
    legend = legend_entries(view)
    counts: dict[str, int] = {}
    for node in nodes:
        counts[node["group"]] = counts.get(node["group"], 0) + 1
    groups = [
        (key, caption, colour, counts[key])
        for key, (caption, colour) in legend.items()
        if key in counts
    ]
    groups += [(key, key, "#c9c9c9", n) for key, n in sorted(counts.items()) if key not in legend]
    dates = sorted({e["date"][:10] for e in edges if e["date"]})
    in_box: dict[str, int] = {}
    for node in nodes:
        if "box" in node:
            in_box[node["box"]] = in_box.get(node["box"], 0) + 1
    # a second filter, by box (agencies: government), when there is more than one
    box_filter = sorted(in_box.items(), key=lambda item: (-item[1], item[0]))
    box_filter = box_filter if len(box_filter) > 1 else []
    payload = {
        "nodes": nodes,
        "edges": edges,
        "options": vis_options(g),
        "physics": not precomputed(g),
        "boxes": boxes,
        "view": view,
    }
    template = _environment().get_template("view.html.j2")
    return template.render(
        title=str(g.graph.get("title", view)),
        subtitle=str(g.graph.get("subtitle", "")),
        sources=[s for s in str(g.graph.get("sources", "")).split("; ") if s],
        notes=[n for n in str(g.graph.get("notes", "")).split("\n") if n],
        groups=groups,
        boxes=box_filter,
        dates=dates,
        node_count=len(nodes),
        edge_count=len(edges),
        payload=payload,
        vis_js=Markup(vis_network_js()),
        view_js=script("view.js"),
        view_css=script("view.css"),
        vis_version=VIS_NETWORK_VERSION,
    )


def write_html(g: nx.Graph, path: str | Path) -> Path:
    """Render ``g`` and write it as UTF-8, atomically."""
    target = Path(path)
    atomic.write_text(target, render_html(g))
    return target


def render_index(entries: list[dict], sources: list[str]) -> str:
    """The index page linking the views written into one folder."""
    template = _environment().get_template("index.html.j2")
    return template.render(views=entries, sources=sources)
