"""The ontology is OWL 2 DL: every datatype a range names is in the OWL 2 datatype map, every class
and property an axiom names is declared, and HermiT (through owlready2) loads and classifies it.

The first two checks need nothing but rdflib; the reasoner needs Java, and is skipped, with the
reason, where there is none (.ci/run installs Debian's default-jre-headless).
"""

from __future__ import annotations

import shutil
from collections import defaultdict

import pytest
from rdflib import BNode, Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS

from kg.build import ontology_graph

XSD = (
    "http://www.w3.org/2001/XMLSchema#"  # a string: pytest's collection trips on a closed namespace
)

# The OWL 2 datatype map (OWL 2 Structural Specification §4), as HermiT implements it, and
# rdf:langString, which the OWL API maps onto rdf:PlainLiteral.
OWL2_DATATYPES = {
    OWL.real, OWL.rational, RDFS.Literal, RDF.PlainLiteral, RDF.XMLLiteral, RDF.langString,
    *(URIRef(XSD + name) for name in (
        "decimal", "integer", "nonNegativeInteger", "nonPositiveInteger", "positiveInteger",
        "negativeInteger", "long", "int", "short", "byte", "unsignedLong", "unsignedInt",
        "unsignedShort", "unsignedByte", "double", "float", "string", "normalizedString", "token",
        "language", "Name", "NCName", "NMTOKEN", "boolean", "hexBinary", "base64Binary", "anyURI",
        "dateTime", "dateTimeStamp",
    )),
}  # fmt: skip

_BUILT_IN = (str(RDF), str(RDFS), str(OWL), XSD)
_DECLARATIONS = (
    OWL.Class,
    OWL.ObjectProperty,
    OWL.DatatypeProperty,
    OWL.AnnotationProperty,
    RDFS.Datatype,
)
_CHARACTERISTICS = {
    OWL.FunctionalProperty, OWL.InverseFunctionalProperty, OWL.TransitiveProperty,
    OWL.SymmetricProperty, OWL.AsymmetricProperty, OWL.ReflexiveProperty,
    OWL.IrreflexiveProperty, OWL.NamedIndividual, OWL.Ontology, OWL.Restriction, RDF.Property,
    RDFS.Class, *_DECLARATIONS,
}  # fmt: skip


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return ontology_graph()


def _used_terms(graph: Graph) -> dict[URIRef, set[str]]:
    """Every non-built-in IRI the ontology's triples use as a class or a property, with how."""
    used: dict[URIRef, set[str]] = defaultdict(set)

    def use(node, role: str) -> None:
        if isinstance(node, URIRef) and not str(node).startswith(_BUILT_IN):
            used[node].add(role)

    for s, p, o in graph:
        use(p, "predicate")
        if p == RDF.type and o not in _CHARACTERISTICS:
            use(o, "type of an individual")
        if p in (RDFS.subClassOf, OWL.equivalentClass, OWL.disjointWith):
            use(s, "class")
            use(o, "class")
        if p in (RDFS.subPropertyOf, OWL.inverseOf, OWL.equivalentProperty):
            use(s, "property")
            use(o, "property")
        if p in (RDFS.domain, RDFS.range):
            use(s, "property")
            use(o, "domain or range")
        if p == OWL.onProperty:
            use(o, "property")
        if p in (OWL.someValuesFrom, OWL.allValuesFrom, OWL.onClass):
            use(o, "restriction filler")
        if p in (OWL.unionOf, OWL.intersectionOf) and isinstance(o, BNode):
            for member in Collection(graph, o):
                use(member, "class expression member")
    return used


def test_every_range_datatype_is_in_the_owl2_datatype_map(ontology):
    outside = sorted(
        f"{prop} rdfs:range {rng}"
        for prop, rng in ontology.subject_objects(RDFS.range)
        if str(rng).startswith((XSD, str(RDF))) and rng not in OWL2_DATATYPES
    )
    assert outside == []


def test_every_class_and_property_an_axiom_names_is_declared(ontology):
    declared = {s for kind in _DECLARATIONS for s in ontology.subjects(RDF.type, kind)}
    missing = sorted(
        f"{term} ({', '.join(sorted(roles))})"
        for term, roles in _used_terms(ontology).items()
        if term not in declared
    )
    assert missing == []


def test_no_term_is_declared_as_two_kinds_owl2_dl_forbids_mixing(ontology):
    """A property is an object, a datatype or an annotation property, never two of them."""
    kinds = (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
    mixed = sorted(
        str(term)
        for term in {s for k in kinds for s in ontology.subjects(RDF.type, k)}
        if sum((term, RDF.type, k) in ontology for k in kinds) > 1
    )
    assert mixed == []


def test_the_undeclared_range_is_what_hermit_would_refuse():
    """The declaration check is not vacuous: an ontology naming org:Membership undeclared fails."""
    graph = Graph()
    prop = URIRef("https://w3id.org/gazette-kg/ontology#example")
    graph.add((prop, RDF.type, OWL.ObjectProperty))
    graph.add((prop, RDFS.range, URIRef("http://www.w3.org/ns/org#Membership")))
    assert URIRef("http://www.w3.org/ns/org#Membership") in _used_terms(graph)


def test_hermit_loads_and_classifies_the_ontology(ontology, tmp_path):
    owlready2 = pytest.importorskip("owlready2", reason="owlready2 is not installed")
    java = shutil.which("java")
    if java is None:
        pytest.skip("no Java runtime on PATH (Debian: apt-get install default-jre-headless)")
    path = tmp_path / "gazette-kg.nt"
    ontology.serialize(path, format="nt", encoding="utf-8")
    owlready2.JAVA_EXE = java
    world = owlready2.World()
    onto = world.get_ontology(path.as_uri()).load(format="ntriples")
    # Raises OwlReadyJavaError when HermiT refuses the ontology (a datatype outside the OWL 2
    # map, an undeclared class read as a datatype) and OwlReadyInconsistentOntologyError when
    # its axioms contradict each other.
    with onto:
        owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
    inconsistent = list(world.inconsistent_classes())
    assert inconsistent == []
