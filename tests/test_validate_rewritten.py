"""Shapes rewritten so that pyshacl does less throwaway work give the results of their former form.

pyshacl checks every member of an sh:or and makes a validation result for each member a value
fails, which the sh:or then throws away; a shape written as sh:not of the conjunction instead
(the same condition) makes one or none. Each rewritten shape's former text is kept here, and the
sample graph, broken in the ways the shape looks at and at random, is validated against the
shipped shapes and against the shapes with the former text put back: the same results, field by
field, and the same report.
"""

from __future__ import annotations

import random
from collections import Counter

import pytest
from rdflib import Graph, Literal, URIRef

from kg import validate as V
from kg.iris import Minter
from kg.namespaces import GKG
from kg.rdf import map_records
from kg.resources import shape_files

KINDS = "https://w3id.org/gazette-kg/concept/indicator-value-kind/"
SCOPED = URIRef(KINDS + "target-scoped")

# shape file → (the text shipped now, the former text)
REWRITTEN = {
    "indicators": (
        """    sh:not [
        sh:property [ sh:path gkg:valueKind ; sh:hasValue gkgc:indicator-value-kind\\/target-scoped ] ,
            [ sh:path gkg:valueColumn ; sh:maxCount 0 ] ;
    ] ;""",
        """    sh:or (
        [ sh:path gkg:valueColumn ; sh:minCount 1 ]
        [ sh:not [ sh:path gkg:valueKind ; sh:hasValue gkgc:indicator-value-kind\\/target-scoped ] ]
    ) ;""",
    ),
}


def _former_shapes() -> Graph:
    graph = Graph()
    for path in shape_files():
        text = path.read_text(encoding="utf-8")
        if path.stem in REWRITTEN:
            now, before = REWRITTEN[path.stem]
            assert text.count(now) == 1, path.name  # the shipped text is the one rewritten
            text = text.replace(now, before)
        graph.parse(data=text, format="turtle")
    return graph


@pytest.fixture(scope="module")
def sample_graph(sample_records, sample_source) -> Graph:
    graph, _ = map_records(sample_records, Minter(), sample_source.name, "温州市")
    return graph


def _broken_kinds(graph: Graph, seed: int) -> Graph:
    """Observations of the kind target-scoped with and without a column, with a second kind,
    of a kind outside the scheme, given a column, or their column taken away (the sample's
    observations have none)."""
    rng = random.Random(seed)
    broken = Graph()
    for triple in sorted(graph):
        broken.add(triple)
    observations = sorted(set(graph.subjects(GKG.valueKind, None)))
    assert len(observations) > 100
    column = Literal("苏南目标值", lang="zh")
    for obs in rng.sample(observations, 24):
        roll = rng.randrange(6)
        if roll < 2:
            broken.set((obs, GKG.valueKind, SCOPED))
        elif roll < 4:
            broken.add((obs, GKG.valueKind, SCOPED))
        elif roll == 4:
            broken.set((obs, GKG.valueKind, URIRef(KINDS + "no-such-kind")))
        if rng.random() < 0.5:
            broken.add((obs, GKG.valueColumn, column))
            if rng.random() < 0.3:
                broken.add((obs, GKG.valueColumn, Literal("全省目标值", lang="zh")))
    return broken


def _fields(results: list[V.Result]) -> Counter:
    return Counter(
        (r.severity, r.focus, r.path, r.message, r.value, r.shape, r.source) for r in results
    )


def test_rewritten_shapes_give_the_former_results(sample_graph):
    former = _former_shapes()
    graphs = [sample_graph] + [_broken_kinds(sample_graph, seed) for seed in range(3)]
    violations = 0
    for graph in graphs:
        now, before = V.validate(graph), V.validate(graph, former)
        assert _fields(now.results) == _fields(before.results)
        assert now.to_text() == before.to_text()
        violations += sum(
            r.shape == "https://w3id.org/gazette-kg/shapes#ScopedTargetColumnShape"
            for r in now.results
        )
    assert violations > 10  # the shape was made to fail, and did
