"""Validation runs on compiled shapes (kg.validate.compile_shapes) for speed: same results.

The sample graph is broken in many small ways (triples dropped, ill-typed or out-of-range values,
stray links and types) and each broken graph is validated against the shapes as written and as
compiled; the two reports must hold the same results, field by field.
"""

from __future__ import annotations

import random
from collections import Counter

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD

from kg import validate as V
from kg.iris import Minter
from kg.namespaces import RDF, SH
from kg.rdf import map_records
from kg.validate import Result, compile_shapes, shapes_graph

BAD_VALUES = [
    Literal("x"),
    Literal(""),
    Literal(5),
    Literal("abc", lang="zh"),
    Literal("2023-13-01", datatype=XSD.date),
    Literal("2023", datatype=XSD.gYear),
    Literal("-3", datatype=XSD.decimal),
    Literal("0", datatype=XSD.positiveInteger),
    Literal("1.5", datatype=XSD.integer),
    URIRef("https://example.org/nothing"),
]


@pytest.fixture(scope="module")
def sample_graph(sample_records, sample_source) -> Graph:
    graph, _ = map_records(sample_records, Minter(), sample_source.name, "温州市")
    return graph


def _broken(graph: Graph, seed: int) -> Graph:
    rng = random.Random(seed)
    triples = sorted(graph)
    subjects = sorted({s for s, _, _ in triples})
    predicates = sorted({p for _, p, _ in triples})
    classes = sorted({o for _, p, o in triples if p == RDF.type})
    broken = Graph()
    for triple in triples:
        broken.add(triple)
    for _ in range(40):
        roll = rng.random()
        if roll < 0.45:
            broken.remove(rng.choice(triples))
        elif roll < 0.75:
            s, p, _ = rng.choice(triples)
            broken.add((s, p, rng.choice(BAD_VALUES)))
        elif roll < 0.9:
            broken.add((rng.choice(subjects), rng.choice(predicates), rng.choice(subjects)))
        else:
            broken.add((rng.choice(subjects), RDF.type, rng.choice(classes)))
    return broken


def _fields(results: list[Result]) -> Counter:
    return Counter(
        (r.severity, r.focus, r.path, r.message, r.value, r.shape, r.source) for r in results
    )


def test_compiled_shapes_give_the_same_results(sample_graph, monkeypatch):
    broken = [_broken(sample_graph, seed) for seed in range(4)]
    compiled = [V.validate(graph) for graph in broken]
    monkeypatch.setattr(V, "_compiled", lambda shapes: shapes or shapes_graph())
    written = [V.validate(graph) for graph in broken]
    assert sum(len(report.results) for report in written) > 50  # the breakage was seen
    for as_compiled, as_written in zip(compiled, written, strict=True):
        assert _fields(as_compiled.results) == _fields(as_written.results)
        assert as_compiled.to_text() == as_written.to_text()


def test_compile_moves_only_unshared_property_shapes():
    shapes = shapes_graph()
    compiled = compile_shapes(shapes)
    moved = len(list(shapes.triples((None, SH.property, None)))) - len(
        list(compiled.triples((None, SH.property, None)))
    )
    assert moved > 100
    # A node shape other shapes refer to (sh:node) keeps its property shapes.
    for node in set(shapes.objects(None, SH.node)):
        assert set(shapes.objects(node, SH.property)) == set(compiled.objects(node, SH.property))
    assert compile_shapes(shapes_graph()) is not shapes  # the shipped graph is never changed
    assert len(shapes_graph()) == len(shapes)


def test_results_without_a_value_sort_before_empty_values():
    empty = Result("Violation", "urn:x", "urn:p", "m", value="")
    missing = Result("Violation", "urn:x", "urn:p", "m", value=None)
    report = V.Report(results=[empty])
    report.extend(V.Report(results=[missing]))
    assert report.results == [missing, empty]


GUARDED_SHAPES = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix ex: <https://example.org/> .
ex:Closed a sh:NodeShape ; sh:targetClass ex:A ; sh:closed true ;
    sh:ignoredProperties ( <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> ) ;
    sh:property [ sh:path ex:name ; sh:minCount 1 ] .
ex:Qualified a sh:NodeShape ; sh:targetClass ex:B ;
    sh:property [ sh:path ex:part ; sh:qualifiedValueShape [ sh:class ex:Wheel ] ;
                  sh:qualifiedMinCount 1 ; sh:qualifiedValueShapesDisjoint true ] ,
                [ sh:path ex:part ; sh:qualifiedValueShape [ sh:class ex:Door ] ;
                  sh:qualifiedMinCount 1 ; sh:qualifiedValueShapesDisjoint true ] .
ex:Plain a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:name ; sh:maxCount 1 ] .
"""

GUARDED_DATA = """
@prefix ex: <https://example.org/> .
ex:a a ex:A ; ex:name "a" ; ex:other 1 .
ex:b a ex:B ; ex:part ex:w .
ex:w a ex:Wheel , ex:Door .
ex:c a ex:C ; ex:name "c" , "d" .
"""


def test_shapes_that_read_their_property_list_are_left_as_written(monkeypatch):
    shapes = Graph().parse(data=GUARDED_SHAPES, format="turtle")
    compiled = compile_shapes(shapes)
    ex = "https://example.org/"
    for name in ("Closed", "Qualified"):
        node = URIRef(ex + name)
        assert set(compiled.objects(node, SH.property)) == set(shapes.objects(node, SH.property))
    assert not set(compiled.objects(URIRef(ex + "Plain"), SH.property))  # this one moves
    data = Graph().parse(data=GUARDED_DATA, format="turtle")
    as_compiled = V.validate(data, shapes)
    monkeypatch.setattr(V, "_compiled", lambda given: given)
    as_written = V.validate(data, shapes)
    assert len(as_written.results) >= 3  # closed, disjoint parts, two names
    assert _fields(as_compiled.results) == _fields(as_written.results)
