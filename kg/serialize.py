"""Deterministic serialisation of the build's graphs (Turtle, TriG): one place the build calls.

The writers are kg.export.rdf's: quads sorted by us and written by Oxigraph, byte-identical across
runs and PYTHONHASHSEED values, and about 60 times faster than rdflib's Turtle serialiser
(docs/export.md). rdflib's own TriG serialiser orders named graphs by hash and is not used.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef

from kg.export import rdf


def turtle(graph: Graph, base_iri: str | None = None) -> str:
    return rdf.turtle_bytes(graph, base_iri).decode("utf-8")


def write_turtle(graph: Graph, path: Path, base_iri: str | None = None) -> None:
    rdf.write_turtle(graph, path, base_iri)


def trig(named_graphs: Iterable[tuple[URIRef, Graph]], base_iri: str | None = None) -> str:
    return rdf.trig_bytes(_listed(named_graphs), base_iri).decode("utf-8")


def write_trig(
    named_graphs: Iterable[tuple[URIRef, Graph]] | rdf.SortedQuads,
    path: Path,
    base_iri: str | None = None,
) -> None:
    rdf.write_trig(_listed(named_graphs), path, base_iri)


def _listed(named_graphs: Iterable) -> list:
    """A list of the pairs; quads already sorted pass as they are (not sorted again)."""
    return named_graphs if isinstance(named_graphs, rdf.SortedQuads) else list(named_graphs)


def sorted_quads(quads: list[ox.Quad], maybe_blank: bool = True) -> rdf.SortedQuads:
    """Quads (a list, sorted in place) deduplicated and sorted, blank nodes canonicalised (looked
    for unless ``maybe_blank`` is false: the build knows when none were converted).

    The build sorts its sources' quads, kept since each was mapped, once and writes graph.ttl,
    graph.trig and the triple count from this list: each sort of an archive costs seconds."""
    return rdf.sorted_quads(quads, maybe_blank=maybe_blank)


def triples_of(quads: rdf.SortedQuads) -> list[ox.Triple]:
    """The union of the quads' triples, each once, sorted (kept on ``quads`` for the writers)."""
    return rdf.triples_of(quads)


def without_graph(quads: rdf.SortedQuads, graph_iri: str) -> rdf.SortedQuads:
    """The quads outside the named graph ``graph_iri``, still sorted."""
    name = ox.NamedNode(graph_iri)
    return rdf.SortedQuads(q for q in quads if q.graph_name != name)
