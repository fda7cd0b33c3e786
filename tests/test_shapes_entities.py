"""The shared shapes bite: each broken graph gives the violation it should."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef

from kg.namespaces import FOAF, GKG, ORG, RDF, RDFS, SDO, SKOS, XSD
from kg.validate import validate


@pytest.fixture(scope="module")
def graph(sample_build) -> Graph:
    return Graph().parse(sample_build / "graph.ttl")


def _copy(graph: Graph) -> Graph:
    copy = Graph()
    for triple in graph:
        copy.add(triple)
    return copy


def _paths(graph: Graph) -> set[str]:
    return {r.path for r in validate(graph).violations}


def test_fixture_graph_is_valid(graph):
    report = validate(graph)
    assert report.valid, report.to_text()


def test_span_ending_before_it_starts(graph):
    broken = _copy(graph)
    span = next(broken.subjects(RDF.type, GKG.SourceSpan))
    broken.set((span, GKG.endLine, Literal(1, datatype=XSD.positiveInteger)))
    broken.set((span, GKG.startLine, Literal(9, datatype=XSD.positiveInteger)))
    assert str(GKG.startLine) in _paths(broken)


def test_span_without_quote(graph):
    broken = _copy(graph)
    span = next(broken.subjects(RDF.type, GKG.SourceSpan))
    broken.remove((span, GKG.quote, None))
    assert str(GKG.quote) in _paths(broken)


def test_agency_with_two_canonical_names(graph):
    broken = _copy(graph)
    agency = next(broken.subjects(RDF.type, ORG.Organization))
    broken.add((agency, SKOS.prefLabel, Literal("另一个名称", lang="zh")))
    assert str(SKOS.prefLabel) in _paths(broken)


def test_person_without_name(graph):
    broken = _copy(graph)
    person = next(broken.subjects(RDF.type, FOAF.Person))
    broken.remove((person, FOAF.name, None))
    assert str(FOAF.name) in _paths(broken)


def test_place_in_two_places(graph):
    broken = _copy(graph)
    place = next(broken.subjects(RDF.type, SDO.AdministrativeArea))
    for name in ("甲市", "乙市"):
        other = URIRef(f"https://example.org/test/place/{name}")
        broken.add((other, RDF.type, SDO.AdministrativeArea))
        broken.add((other, RDFS.label, Literal(name, lang="zh")))
        broken.add((place, SDO.containedInPlace, other))
    assert str(SDO.containedInPlace) in _paths(broken)
