"""The build's shortcuts write what the plain route writes (docs/performance.md).

The build converts each source's graph to Oxigraph quads once and writes graph.ttl, graph.trig and
the store from one sorted list of them, reads the ontology with Oxigraph, and derives and checks
the derived facts on the parts of the sources' facts they read, not on their whole union in
rdflib. Each test compares the build's output with the plain route: rdflib graphs serialised one by
one, the derived facts made and checked on the whole union.
"""

from __future__ import annotations

import gc
import json
import shutil

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef

from kg import derive, serialize, store
from kg.build import (
    build,
    load_dataset,
    ontology_graph,
    ontology_quads,
    shape_context,
    union_graph,
    validate_derived,
)
from kg.errors import InputError
from kg.namespaces import FOAF, GKG, ONTOLOGY_IRI, ORG, RDF, RDFS, SDO, TIME
from kg.resources import sample_issue
from kg.validate import shapes_graph, validate
from tests.conftest import FIXTURES


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


# --------------------------------------------------- derived facts from part of the union (issue 13)


@pytest.fixture(scope="module")
def archive_result(tmp_path_factory):
    """The sample and the two follow-up issues of tests/fixtures/archive: memberships across
    issues, a succession, an area served."""
    archive = FIXTURES / "archive"
    out = tmp_path_factory.mktemp("three") / "out"
    sources = [sample_issue(), archive / "wenzhou-2023-07.txt", archive / "wenzhou-2023-08.txt"]
    return build(sources, out=out, views=False)


def _lines(graph: Graph) -> list[str]:
    return sorted(str(ox.Triple(*map(store.to_ox, t))) for t in graph)


def test_derived_facts_from_their_part_of_the_union_are_those_of_the_whole(archive_result):
    sources = archive_result.sources
    part = derive.facts_graph(item.quads for item in sources)
    whole = union_graph(sources)
    assert len(part) < len(whole) / 5
    derived = derive.derive_from_union(whole)
    assert _lines(derive.derive_from_union(part)) == _lines(derived)
    assert _lines(archive_result.derived) == _lines(derive.derive_from_union(whole, _minter()))
    assert (None, ORG.memberDuring, None) in derived and (None, GKG.succeeds, None) in derived
    assert (None, SDO.areaServed, None) in derived


def _minter():
    from kg.iris import Minter, resolve_base

    return Minter(resolve_base(None))


def test_derived_facts_are_checked_on_their_part_of_the_union_as_on_the_whole(archive_result):
    """Broken derived facts give the same results, each from the same place in the texts, on the
    triples shape_context picks as on the sources and derived facts together."""
    derived = Graph()
    for triple in archive_result.derived:
        derived.add(triple)
    memberships = sorted(derived.subjects(RDF.type, ORG.Membership))
    derived.remove((memberships[0], ORG.member, None))  # no person
    derived.add((memberships[1], GKG.holdsPost, memberships[2]))  # two posts, one no org:Post
    derived.remove((memberships[3], RDFS.label, None))
    derived.add((memberships[3], RDFS.label, Literal("x", lang="fr")))
    derived.add((memberships[4], GKG.startNotCovered, Literal("yes")))
    interval = derived.value(memberships[5], ORG.memberDuring)
    derived.remove((memberships[5], ORG.memberDuring, None))
    derived.add((memberships[5], ORG.memberDuring, derived.value(interval, TIME.hasBeginning)))
    shapes = shapes_graph("timelines")
    whole = validate(union_graph(archive_result.sources, derived), shapes)
    quads = [item.quads for item in archive_result.sources]
    quads.append(list(store.quads(derived, URIRef("urn:x-test:derived"))))
    part = shape_context(quads, shapes)
    assert len(part) < len(union_graph(archive_result.sources, derived)) / 3
    assert validate(part, shapes).results == whole.results
    assert len(whole.violations) >= 5
    assert all(r.source for r in whole.results)  # each says where its facts were read
    assert validate_derived(archive_result.sources, derived).results == whole.results


def test_the_build_counts_entities_and_triples_from_its_quads(archive_result):
    whole = union_graph(archive_result.sources, archive_result.derived)
    assert archive_result.summary["triples"] == len(whole)
    persons = set(whole.subjects(RDF.type, FOAF.Person))
    assert archive_result.summary["entities"]["persons"] == len(persons) > 0
    for item in archive_result.sources:
        assert item.triples == len(item.rdflib_graph())


def _store_lines(build_dir) -> list[str]:
    built = ox.Store.read_only(str(build_dir / "store"))
    return sorted(built.dump(format=ox.RdfFormat.N_QUADS).decode().splitlines())


def test_add_changes_a_copy_of_the_store_into_the_full_builds(archive_result, tmp_path):
    """build --add copies the previous store and changes the graphs it replaces or adds, the
    default graph (the union) with them: the same quads as the three issues built at once, also
    when the issue added replaces one already there, or when the previous store is gone."""
    archive = FIXTURES / "archive"
    expected = _store_lines(archive_result.out)
    out = tmp_path / "out"
    build([sample_issue(), archive / "wenzhou-2023-08.txt"], out=out, views=False)
    build([archive / "wenzhou-2023-07.txt"], out=out, views=False, add=True)
    assert _store_lines(out) == expected
    build([archive / "wenzhou-2023-08.txt"], out=out, views=False, add=True)  # replaced
    assert _store_lines(out) == expected
    shutil.rmtree(out / "store")
    build([archive / "wenzhou-2023-07.txt"], out=out, views=False, add=True)
    assert _store_lines(out) == expected
    assert (out / "graph.trig").read_bytes() == (archive_result.out / "graph.trig").read_bytes()
