"""The build's shortcuts write what the plain route writes (docs/performance.md).

The build converts its graphs to Oxigraph quads once and writes graph.ttl, graph.trig and the store
from that one sorted list, reads the ontology with Oxigraph, and makes the union of the sources and
derived facts once. Each test compares the build's output with the plain route: rdflib graphs
serialised one by one.
"""

from __future__ import annotations

import gc
import json

import pyoxigraph as ox
import pytest
from rdflib import Graph, URIRef

from kg import serialize, store
from kg.build import build, load_dataset, ontology_graph, ontology_quads
from kg.errors import InputError
from kg.namespaces import ONTOLOGY_IRI
from kg.resources import sample_issue


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


def test_a_build_of_several_sources_hands_the_heap_back(tmp_path):
    """kg.build freezes what each source leaves alive (gc.freeze) and must unfreeze it, also when
    a later source fails."""
    other = tmp_path / "notice.txt"
    other.write_text(
        "杭州市人民政府关于张三等职务任免的通知\n杭政干〔2023〕5号\n"
        "市政府决定：\n任命张三为杭州市教育局局长；\n免去李四的杭州市教育局局长职务。\n",
        encoding="utf-8",
    )
    junk = tmp_path / "junk.txt"
    junk.write_text("今天天气很好，我们去公园散步。\n小明和小红一起玩。\n", encoding="utf-8")
    build([sample_issue(), other], out=tmp_path / "out", views=False)
    assert gc.get_freeze_count() == 0
    with pytest.raises(InputError, match="nothing recognised"):
        build([sample_issue(), other, junk], out=tmp_path / "out2", views=False)
    assert gc.get_freeze_count() == 0
