"""Namespaces: ours (closed, read from ontology/) and the standard vocabularies we reuse.

``GKG`` is a closed namespace whose terms are exactly those the ontology files declare, so a typo
such as ``GKG.personel`` raises instead of minting a term nobody defined. Standard vocabularies
come from rdflib's own closed namespaces where it has them (ORG, PROV, DCAT, QB, TIME, SKOS,
DCTERMS, FOAF, SDO, VOID); ELI and Web Annotation are declared here.
"""

from __future__ import annotations

import functools
import re

from rdflib import Graph, Namespace
from rdflib.namespace import (
    DCAT,
    DCTERMS,
    FOAF,
    ORG,
    OWL,
    PROV,
    QB,
    RDF,
    RDFS,
    SDO,
    SH,
    SKOS,
    TIME,
    VOID,
    XSD,
    ClosedNamespace,
)

from kg.resources import ontology_files

ONTOLOGY_IRI = "https://w3id.org/gazette-kg/ontology"
GKG_NS = ONTOLOGY_IRI + "#"
CONCEPT_NS = "https://w3id.org/gazette-kg/concept/"
DEFAULT_BASE_IRI = "https://example.org/gazette-kg/id/"

ELI = Namespace("http://data.europa.eu/eli/ontology#")
OA = Namespace("http://www.w3.org/ns/oa#")
GKGC = Namespace(CONCEPT_NS)


_TERM = re.compile(r"(?<![\w/#:<])gkg:([A-Za-z_][\w-]*)")


@functools.cache
def ontology_terms() -> tuple[str, ...]:
    """Local names of every term the ontology files mention with the gkg: prefix.

    A token scan, not a parse: the ontology is read on first use of GKG in every process, and a
    full Turtle parse of it costs about 0.3 s; tests/test_ontology.py checks the scan against a
    parse.
    """
    terms: set[str] = set()
    for path in ontology_files():
        terms.update(_TERM.findall(path.read_text(encoding="utf-8")))
    return tuple(sorted(terms))


class _LazyClosedNamespace:
    """A ClosedNamespace built on first use, so importing kg parses nothing."""

    def __init__(self, uri: str):
        self._uri = uri

    @functools.cached_property
    def _ns(self) -> ClosedNamespace:
        return ClosedNamespace(self._uri, list(ontology_terms()))

    def __getattr__(self, name: str):
        """A declared term, kept on the instance: mappers name GKG terms ~14k times per issue,
        and a term found once skips this method (and rdflib's check) from then on."""
        if name.startswith("_"):
            raise AttributeError(name)
        term = getattr(self._ns, name)  # AttributeError for an undeclared term, every time
        self.__dict__[name] = term
        return term

    def __getitem__(self, name: str):
        return self._ns[name]

    def __str__(self) -> str:
        return self._uri


GKG = _LazyClosedNamespace(GKG_NS)

PREFIXES: dict[str, str] = {
    "gkg": GKG_NS,
    "gkgc": CONCEPT_NS,
    "eli": str(ELI),
    "org": str(ORG),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
    "skos": str(SKOS),
    "foaf": str(FOAF),
    "schema": str(SDO),
    "time": str(TIME),
    "oa": str(OA),
    "qb": str(QB),
    "dcat": str(DCAT),
    "void": str(VOID),
    "owl": str(OWL),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "sh": str(SH),
}


def bind_prefixes(graph: Graph) -> Graph:
    """Bind the project's fixed prefix map (replacing rdflib's defaults) and return the graph."""
    for prefix, uri in PREFIXES.items():
        graph.bind(prefix, uri, override=True, replace=True)
    return graph


__all__ = [
    "DCAT",
    "DCTERMS",
    "ELI",
    "FOAF",
    "GKG",
    "GKGC",
    "OA",
    "ORG",
    "OWL",
    "PROV",
    "QB",
    "RDF",
    "RDFS",
    "SDO",
    "SH",
    "SKOS",
    "TIME",
    "VOID",
    "XSD",
    "bind_prefixes",
    "ontology_terms",
]
