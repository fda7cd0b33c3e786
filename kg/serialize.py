"""Deterministic serialisation of the build's graphs (Turtle, TriG): one place the build calls.

The writers are kg.export.rdf's: quads sorted by us and written by Oxigraph, byte-identical across
runs and PYTHONHASHSEED values, and about 60 times faster than rdflib's Turtle serialiser
(docs/export.md). rdflib's own TriG serialiser orders named graphs by hash and is not used.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from rdflib import Graph, URIRef

from kg.export import rdf


def turtle(graph: Graph, base_iri: str | None = None) -> str:
    return rdf.turtle_bytes(graph, base_iri).decode("utf-8")


def write_turtle(graph: Graph, path: Path, base_iri: str | None = None) -> None:
    rdf.write_turtle(graph, path, base_iri)


def trig(named_graphs: Iterable[tuple[URIRef, Graph]], base_iri: str | None = None) -> str:
    return rdf.trig_bytes(list(named_graphs), base_iri).decode("utf-8")


def write_trig(named_graphs: Iterable[tuple[URIRef, Graph]], path: Path,
               base_iri: str | None = None) -> None:
    rdf.write_trig(list(named_graphs), path, base_iri)
