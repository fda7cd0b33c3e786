"""The build's shortcuts write what the plain route writes (docs/performance.md).

The build converts its graphs to Oxigraph quads once and writes graph.ttl, graph.trig and the store
from that one sorted list, reads the ontology with Oxigraph, and makes the union of the sources and
derived facts once. Each test compares the build's output with the plain route: rdflib graphs
serialised one by one.
"""

from __future__ import annotations

import json

import pyoxigraph as ox
from rdflib import Graph, URIRef

from kg import serialize, store
from kg.build import load_dataset, ontology_graph, ontology_quads
from kg.namespaces import ONTOLOGY_IRI


def _named(build_dir) -> list[tuple[URIRef, Graph]]:
    dataset = load_dataset(build_dir)
    return [(g.identifier, g) for g in dataset.graphs() if isinstance(g.identifier, URIRef)]


def test_ontology_quads_hold_the_ontology_graph():
    parsed = {
        ox.Triple(store.to_ox(s), store.to_ox(p), store.to_ox(o)) for s, p, o in ontology_graph()
    }
    quads = ontology_quads()
    assert {q.triple for q in quads} == parsed
    assert len(quads) == len(parsed)
    assert {q.graph_name for q in quads} == {ox.NamedNode(ONTOLOGY_IRI)}


def test_graph_files_are_those_of_the_plain_route(sample_build):
    named = [(iri, g) for iri, g in _named(sample_build) if len(g)]
    union = Graph()
    for iri, graph in named:
        if str(iri) != ONTOLOGY_IRI:
            union += graph
    base = json.loads((sample_build / "manifest.json").read_text(encoding="utf-8"))["base_iri"]
    assert (sample_build / "graph.ttl").read_text(encoding="utf-8") == serialize.turtle(union, base)
    assert (sample_build / "graph.trig").read_text(encoding="utf-8") == serialize.trig(named, base)


def test_store_holds_the_named_graphs_and_their_union(sample_build):
    named = [(iri, g) for iri, g in _named(sample_build) if len(g)]
    built = store.open_store(sample_build / "store")
    expected = store.in_memory(named)
    expected.extend(store.union_quads(named))
    assert sorted(map(str, built)) == sorted(map(str, expected))
