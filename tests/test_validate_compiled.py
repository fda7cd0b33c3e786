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
