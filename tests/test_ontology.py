"""The ontology documents every term in English and Chinese, the closed namespace matches it, and
every class the build emits has a shape."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef

from kg.build import ontology_graph
from kg.namespaces import (
    CONCEPT_NS,
    ELI,
    FOAF,
    GKG_NS,
    ORG,
    QB,
    RDF,
    RDFS,
    SDO,
    SH,
    SKOS,
    ontology_terms,
)
from kg.validate import shapes_graph

# The classes of the entities the build emits, beside every gkg: class: each needs a shape.
ENTITY_CLASSES = {
    ELI.LegalResource,
    ORG.Organization,
    ORG.Post,
    ORG.Membership,
    ORG.ChangeEvent,
    FOAF.Person,
    SDO.AdministrativeArea,
    SDO.PublicationIssue,
    QB.Observation,
    QB.DataSet,
}


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return ontology_graph()


def _languages(graph: Graph, subject: URIRef, *predicates: URIRef) -> set[str]:
    return {
        o.language
        for p in predicates
        for o in graph.objects(subject, p)
        if isinstance(o, Literal) and o.language
    }


def test_closed_namespace_is_what_the_ontology_mentions(ontology):
    mentioned = {
        str(n)[len(GKG_NS) :]
        for n in ontology.all_nodes()
        if isinstance(n, URIRef) and str(n).startswith(GKG_NS) and str(n) != GKG_NS
    }
    assert set(ontology_terms()) == mentioned


def test_every_term_is_declared_and_documented_in_en_and_zh(ontology):
    problems = []
    for name in ontology_terms():
        term = URIRef(GKG_NS + name)
        if ontology.value(term, RDF.type) is None:
            problems.append(f"gkg:{name} is used but not declared (no rdf:type)")
            continue
        for what, predicates in (("label", (RDFS.label,)), ("comment", (RDFS.comment,))):
            missing = {"en", "zh"} - _languages(ontology, term, *predicates)
            if missing:
                problems.append(f"gkg:{name} has no {what} in {sorted(missing)}")
    assert problems == []


def test_every_concept_is_documented_and_in_a_scheme(ontology):
    problems = []
    for concept in set(ontology.subjects(RDF.type, SKOS.Concept)):
        if not str(concept).startswith(CONCEPT_NS):
            continue
        if ontology.value(concept, SKOS.inScheme) is None:
            problems.append(f"{concept} is in no scheme")
        if {"en", "zh"} - _languages(ontology, concept, SKOS.prefLabel):
            problems.append(f"{concept} lacks a prefLabel in en and zh")
    assert problems == []


def test_data_uses_only_declared_concepts_and_every_class_has_a_shape(sample_build, ontology):
    data = Graph().parse(sample_build / "graph.ttl")
    concepts = set(ontology.subjects(RDF.type, SKOS.Concept))
    used = {o for o in data.objects() if isinstance(o, URIRef) and str(o).startswith(CONCEPT_NS)}
    assert sorted(used - concepts) == []
    shapes = shapes_graph()
    targeted = set(shapes.objects(None, SH.targetClass))
    emitted = {
        c for c in data.objects(None, RDF.type) if str(c).startswith(GKG_NS) or c in ENTITY_CLASSES
    }
    assert sorted(str(c) for c in emitted - targeted) == []
