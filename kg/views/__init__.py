"""Interactive network views: RDF graph → networkx graph → offline HTML page (or GraphML/GEXF).

Three steps, each usable alone:

1. :mod:`kg.views.graphs` — one documented function per view builds a networkx graph from the RDF
   graph (``bureau_graph``, ``agencies_graph``, ``amendments_graph``, ``person_graph``,
   ``overview_graph``); analysts can take these graphs into a notebook.
2. :func:`kg.views.metrics.limit` — the node budget (top-N by a metric, said on the page).
3. :func:`kg.views.render.render_html` / :func:`kg.views.export.write` — the page or a Gephi file.

``VIEWS`` is the registry (name → builder); :func:`write_default_views` is what ``gazette-kg
build`` calls to write every view and an index page into the build folder's ``views/``.

``PAGES`` registers the pages that are tables, not networks (:mod:`kg.views.indicators`: the
plan's indicator tables and its self-consistency findings). They share the view command and the
index page, but not the node budget, the legend or the GEXF/GraphML export.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
from rdflib import Dataset, Graph, URIRef

from kg import atomic
from kg.errors import UsageError
from kg.namespaces import ONTOLOGY_IRI
from kg.view_names import PAGE_HELP, VIEW_HELP
from kg.views import graphs, indicators, metrics, render
from kg.views.reader import Reader

Builder = Callable[..., nx.Graph]


@dataclass(frozen=True)
class ViewKind:
    """A view: its builder, whether it takes a focus entity, and the metric that ranks nodes."""

    build: Builder
    focus: str | None  # the kind of entity --focus names, or None
    rank_by: str
    help: str
    grow: bool = False  # above the budget, keep neighbourhoods grown from the top nodes


VIEWS: dict[str, ViewKind] = {
    "bureau": ViewKind(
        graphs.bureau_graph,
        "organization",
        "degree",
        VIEW_HELP["bureau"],
    ),
    "agencies": ViewKind(
        graphs.agencies_graph,
        None,
        "weighted_degree",
        VIEW_HELP["agencies"],
    ),
    "amendments": ViewKind(
        graphs.amendments_graph,
        None,
        "degree",
        VIEW_HELP["amendments"],
    ),
    "person": ViewKind(
        graphs.person_graph,
        "person",
        "degree",
        VIEW_HELP["person"],
    ),
    "overview": ViewKind(graphs.overview_graph, None, "degree", VIEW_HELP["overview"], grow=True),
}


@dataclass(frozen=True)
class PageKind:
    """A table page: ``write(graph, out, findings, focus) -> (path, tables)``, a one-line
    ``describe(tables, findings)`` for the index, what --focus names, and its help line."""

    write: Callable[..., tuple[Path, list]]
    describe: Callable[[list, list], str]
    focus: str
    title: str
    help: str


PAGES: dict[str, PageKind] = {
    "indicators": PageKind(
        indicators.write_page,
        indicators.summary_line,
        "table",
        "Indicators · 规划指标",
        PAGE_HELP["indicators"],
    ),
}


def union_graph(data: Graph | Dataset) -> Graph:
    """The data of a build as one Graph: every named graph but the ontology's."""
    if not isinstance(data, Dataset):
        return data
    union = Graph()
    ontology = URIRef(ONTOLOGY_IRI)
    for s, p, o, g in data.quads((None, None, None, None)):
        name = getattr(g, "identifier", g)
        if name != ontology:
            union.add((s, p, o))
    return union


def build_view(
    kind: str, graph: Graph | Reader, focus: str | None = None, max_nodes: int = metrics.MAX_NODES
) -> nx.Graph:
    """The networkx graph of view ``kind``, within the node budget."""
    view = VIEWS.get(kind)
    if view is None:
        raise UsageError(f"unknown view {kind!r}: choose one of {', '.join(VIEWS)}")
    if focus is not None and view.focus is None:
        raise UsageError(f"the {kind} view takes no --focus")
    g = view.build(graph, focus) if view.focus else view.build(graph)
    return limit_view(kind, g, max_nodes)


def limit_view(kind: str, g: nx.Graph, max_nodes: int = metrics.MAX_NODES) -> nx.Graph:
    """``g`` itself, or its top ``max_nodes`` nodes by the view's ranking metric."""
    view = VIEWS[kind]
    if g.number_of_nodes() > max_nodes and "degree" not in next(iter(g.nodes.values()), {}):
        metrics.annotate(g)
    return metrics.limit(g, max_nodes, view.rank_by, connected=view.grow)


def write_view(
    kind: str,
    graph: Graph | Reader,
    out: str | Path,
    focus: str | None = None,
    max_nodes: int = metrics.MAX_NODES,
) -> tuple[Path, nx.Graph]:
    """Build view ``kind`` and write its page to ``out`` (UTF-8, atomic)."""
    g = build_view(kind, graph, focus, max_nodes)
    return render.write_html(g, out), g


def write_default_views(
    graph: Graph | Dataset, out_dir: str | Path, findings: list[dict] | None = None
) -> list[Path]:
    """Every view with its default focus, every table page, and ``index.html`` linking them;
    returns the paths.

    A focused view whose kind of entity the graph lacks (no agency, no person), or a page whose
    tables the graph lacks, is skipped and the index says why, so a build of a text without
    personnel still gets its other views. ``findings`` are the self-consistency findings the
    indicators page lists (``summary.json``'s form); by default they are read from the
    ``summary.json`` beside ``out_dir`` (the build folder, which writes it before the views).
    """
    data = Reader(union_graph(graph))  # one reader: node kinds are worked out once for all views
    folder = Path(out_dir)
    written: list[Path] = []
    entries: list[dict] = []
    for kind, view in VIEWS.items():
        try:
            path, g = write_view(kind, data, folder / f"{kind}.html")
        except UsageError as exc:
            entries.append(
                {
                    "file": "",
                    "title": f"{kind}: not written",
                    "subtitle": str(exc),
                    "nodes": 0,
                    "edges": 0,
                    "note": "",
                    "meta": "",
                }
            )
            continue
        written.append(path)
        entries.append(
            {
                "file": path.name,
                "title": g.graph.get("title", kind),
                "subtitle": g.graph.get("subtitle", view.help),
                "nodes": g.number_of_nodes(),
                "edges": g.number_of_edges(),
                "note": g.graph.get("notes", "").replace("\n", "; "),
                "meta": "",
            }
        )
    if findings is None:
        findings = indicators.load_findings(folder.parent)
    for kind, page in PAGES.items():
        entry = _write_page(kind, page, data, folder, findings)
        entries.append(entry)
        if entry["file"]:
            written.append(folder / entry["file"])
    index = folder / "index.html"
    atomic.write_text(index, render.render_index(entries, _all_sources(data)))
    written.append(index)
    return written


def _write_page(kind: str, page: PageKind, data: Reader, folder: Path, findings: list) -> dict:
    """Write one table page; its index entry (or why it was not written)."""
    entry = {"file": "", "title": page.title, "subtitle": page.help, "nodes": 0, "edges": 0}
    try:
        path, tables = page.write(data, folder / f"{kind}.html", findings)
    except UsageError as exc:
        return {
            **entry,
            "title": f"{kind}: not written",
            "subtitle": str(exc),
            "note": "",
            "meta": "nothing to show",
        }
    return {**entry, "file": path.name, "note": "", "meta": page.describe(tables, findings)}


def _all_sources(reader: Reader) -> list[str]:
    return reader.sources(reader.entities())


__all__ = [
    "PAGES",
    "VIEWS",
    "PageKind",
    "ViewKind",
    "build_view",
    "limit_view",
    "union_graph",
    "write_default_views",
    "write_view",
]
