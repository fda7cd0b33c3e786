"""Deterministic serialisation of the build's graphs (Turtle, TriG).

Byte-identical across runs and PYTHONHASHSEED values: rdflib's ``longturtle`` sorts subjects and
predicates and is stable (research/libraries.md §8); our graphs carry no blank nodes for entities.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from rdflib import Dataset, Graph, URIRef

from kg import atomic
from kg.namespaces import bind_prefixes


def turtle(graph: Graph) -> str:
    bind_prefixes(graph)
    return graph.serialize(format="longturtle")


def write_turtle(graph: Graph, path: Path) -> None:
    atomic.write_text(path, turtle(graph))


def trig(named_graphs: Iterable[tuple[URIRef, Graph]]) -> str:
    dataset = Dataset()
    bind_prefixes(dataset)
    for iri, graph in sorted(named_graphs, key=lambda item: str(item[0])):
        target = dataset.graph(iri)
        for triple in graph:
            target.add(triple)
    return dataset.serialize(format="trig")


def write_trig(named_graphs: Iterable[tuple[URIRef, Graph]], path: Path) -> None:
    atomic.write_text(path, trig(named_graphs))
