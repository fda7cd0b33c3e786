"""Reading the RDF graph for views: what kind of thing a node is, its label, dates and source quote.

Views know the graph, not records. The genres' vocabularies grow independently, so this module
decides a node's *kind* (organisation, person, post, …) from its rdf:type through the reused
vocabularies (ORG, FOAF, ELI, schema.org, PROV, …) and the ontology's own rdfs:subClassOf links:
a new gkg class that subclasses a reused one is recognised without touching the views.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from kg.namespaces import (
    CONCEPT_NS,
    DCTERMS,
    ELI,
    FOAF,
    GKG,
    OA,
    ORG,
    PROV,
    QB,
    RDF,
    RDFS,
    SDO,
    SKOS,
    TIME,
    XSD,
)
from kg.resources import ontology_files

# Display kinds in legend order: key → (English name, Chinese name, colour).
KINDS: dict[str, tuple[str, str, str]] = {
    "organization": ("agency", "机构", "#4e79a7"),
    "person": ("person", "人员", "#f28e2b"),
    "post": ("post", "职务", "#e15759"),
    "change": ("appointment / removal", "任免", "#76b7b2"),
    "project": ("project", "项目", "#59a14f"),
    "document": ("document", "公文", "#edc948"),
    "amendment": ("amendment / repeal", "修改废止", "#b07aa1"),
    "event": ("meeting / activity", "会议活动", "#ff9da7"),
    "place": ("place", "地区", "#9c755f"),
    "issue": ("gazette issue", "公报", "#bab0ac"),
    "indicator": ("indicator", "指标", "#86bcb6"),
    "other": ("other", "其他", "#c9c9c9"),
}

# Reused classes → kind. gkg classes are found through their rdfs:subClassOf links, or by name
# in _GKG_KINDS (looked up lazily: a class no module declares yet is simply absent).
_CLASS_KINDS: dict[URIRef, str] = {
    ORG.Organization: "organization",
    ORG.FormalOrganization: "organization",
    ORG.OrganizationalUnit: "organization",
    ORG.OrganizationalCollaboration: "organization",
    FOAF.Organization: "organization",
    SDO.GovernmentOrganization: "organization",
    FOAF.Person: "person",
    SDO.Person: "person",
    ORG.Post: "post",
    # qualified relations: never drawn, walked through (project → responsibility → agency)
    ORG.Membership: "",
    PROV.Attribution: "",
    PROV.Association: "",
    PROV.Influence: "",
    SDO.MonetaryAmount: None,
    ELI.LegalResource: "document",
    ELI.LegalExpression: "document",
    SDO.Project: "project",
    SDO.Event: "event",
    SDO.AdministrativeArea: "place",
    DCTERMS.Location: "place",
    SDO.PublicationIssue: "issue",
    QB.DataSet: "indicator",
    QB.Observation: None,  # an indicator's values: shown in its tooltip, not as nodes
    ELI.LegalResourceSubdivision: "document",
}
_GKG_KINDS: dict[str, str] = {
    "PersonnelChange": "change",
    "Appointment": "change",
    "Removal": "change",
    "Amendment": "amendment",
    "Repeal": "amendment",
    "Project": "project",
    "Indicator": "indicator",
    "Meeting": "event",
    "Source": "issue",
}
VIA = ""  # the table's mark for a qualified relation: not drawn, its links are walked through
# Classes whose instances are never drawn: provenance, values, time.
_HIDDEN: set[URIRef] = {
    SKOS.Concept,
    SKOS.ConceptScheme,
    TIME.Interval,
    TIME.Instant,
    PROV.Entity,
    RDFS.Class,
}

_NOT_LINKS = {RDF.type, PROV.wasDerivedFrom}
_LABELS = (
    SKOS.prefLabel,
    FOAF.name,
    ELI.title,
    SDO.name,
    RDFS.label,
    DCTERMS.title,
    ELI.number,
    SKOS.altLabel,
)
_DATE_TYPES = {XSD.date, XSD.dateTime, XSD.gYearMonth, XSD.gYear}


def gkg_term(name: str) -> URIRef | None:
    """The gkg term ``name`` if the ontology declares it, else None (modules land over time)."""
    try:
        return getattr(GKG, name)
    except AttributeError:
        return None


@functools.cache
def ontology() -> Graph:
    """The shipped ontology (core + modules): class hierarchy and English/Chinese labels."""
    graph = Graph()
    for path in ontology_files():
        graph.parse(path, format="turtle")
    return graph


@functools.cache
def _class_table() -> dict[URIRef, str | None]:
    """Every class the ontology or the reused table knows → kind (None = never drawn)."""
    table: dict[URIRef, str | None] = dict(_CLASS_KINDS)
    for name, kind in _GKG_KINDS.items():
        term = gkg_term(name)
        if term is not None:
            table[term] = kind
    for cls in _HIDDEN:
        table[cls] = None
    span = gkg_term("SourceSpan")
    if span is not None:
        table[span] = None
    onto = ontology()
    for cls in sorted(set(onto.subjects(RDFS.subClassOf, None))):
        if isinstance(cls, URIRef) and cls not in table:
            table[cls] = _inherited_kind(onto, cls, table)
    return table


def _inherited_kind(onto: Graph, cls: URIRef, table: dict[URIRef, str | None]) -> str | None:
    seen: set[Node] = set()
    todo: list[Node] = [cls]
    while todo:
        current = todo.pop(0)
        if current in seen:
            continue
        seen.add(current)
        if current is not cls and current in table:
            return table[current]
        todo.extend(sorted(onto.objects(current, RDFS.subClassOf)))
    return "other"


def kind_of_classes(classes: Iterable[Node]) -> str | None:
    """The display kind for a node of these rdf:types; None when it is never drawn, :data:`VIA`
    for a qualified relation whose links are walked through."""
    table = _class_table()
    kinds = [table.get(c, "other") for c in classes if isinstance(c, URIRef)]
    drawn = [k for k in kinds if k]
    if not drawn:
        return VIA if VIA in kinds else None
    order = list(KINDS)
    return min(drawn, key=lambda k: order.index(k) if k in order else len(order))


@functools.cache
def concept_labels(scheme: str) -> dict[str, tuple[str, str]]:
    """Notation → (English, Chinese) prefLabel of the concepts of an ontology scheme (read once:
    a tooltip row per agency asks for it)."""
    prefix = f"{CONCEPT_NS}{scheme}/"
    found: dict[str, dict[str, str]] = {}
    for concept, label in ontology().subject_objects(SKOS.prefLabel):
        if str(concept).startswith(prefix) and isinstance(label, Literal) and label.language:
            found.setdefault(str(concept)[len(prefix) :], {})[label.language] = str(label)
    return {key: (v.get("en", key), v.get("zh", key)) for key, v in sorted(found.items())}


@dataclass(frozen=True)
class Provenance:
    """Where a node was read: the source's label, the line range and the quoted text."""

    source: str
    lines: str
    quote: str
    spans: int  # how many spans the node was read from


class Reader:
    """Questions views ask of one RDF graph, answered the same way for every view."""

    def __init__(self, graph: Graph):
        self.graph = graph
        self._kinds: dict[Node, str | None] = {}
        self._entities: list[URIRef] | None = None
        self._links: dict[Node, list[tuple[URIRef, Node, bool]]] = {}

    @classmethod
    def of(cls, graph: Graph | Reader) -> Reader:
        """``graph`` itself if it is a Reader (shared between views: kinds are computed once)."""
        return graph if isinstance(graph, Reader) else cls(graph)

    # Kinds ------------------------------------------------------------------------------------
    def kind(self, node: Node) -> str | None:
        """The display kind of a drawn entity; None for anything else (literals, spans, values)."""
        kind = self._kind(node)
        return kind or None

    def _kind(self, node: Node) -> str | None:
        if not self._kinds:
            self._classify_all()
        return self._kinds.get(node)

    def _classify_all(self) -> None:
        """Kinds of every typed node in one pass over rdf:type (untyped nodes are never drawn)."""
        types: dict[Node, list[Node]] = {}
        for subject, cls in self.graph.subject_objects(RDF.type):
            types.setdefault(subject, []).append(cls)
        for subject, classes in types.items():
            self._kinds[subject] = kind_of_classes(classes)

    def is_via(self, node: Node) -> bool:
        """A qualified relation (a project's responsibility, a membership): walked, not drawn."""
        return self._kind(node) == VIA

    def entities(self, kind: str | None = None) -> list[URIRef]:
        """Typed entities (of one kind), sorted by IRI for deterministic output."""
        if self._entities is None:
            if not self._kinds:
                self._classify_all()
            self._entities = sorted(
                s for s, k in self._kinds.items() if k and isinstance(s, URIRef)
            )
        return [s for s in self._entities if kind is None or self.kind(s) == kind]

    # Labels -----------------------------------------------------------------------------------
    def label(self, node: Node) -> str:
        """A human label, Chinese first; the IRI's last segment when the graph has none."""
        for predicate in _LABELS:
            text = self._literal(node, predicate)
            if text:
                return text
        return str(node).rstrip("/").rsplit("/", 1)[-1]

    def _literal(self, node: Node, predicate: URIRef) -> str | None:
        values = [o for o in self.graph.objects(node, predicate) if isinstance(o, Literal)]
        if not values:
            return None
        values.sort(
            key=lambda lit: (lit.language not in ("zh", None), lit.language or "", str(lit))
        )
        return str(values[0])

    def value(self, node: Node, *predicates: URIRef) -> str | None:
        """The first literal (or label of the first resource) found under ``predicates``."""
        for predicate in predicates:
            objects = sorted(self.graph.objects(node, predicate))
            for obj in objects:
                if isinstance(obj, Literal):
                    return str(obj)
            if objects:
                return self.label(objects[0])
        return None

    # Dates ------------------------------------------------------------------------------------
    def date(self, node: Node, *predicates: URIRef, fallback: bool = True) -> str | None:
        """An ISO date (any precision) under ``predicates``, else (with ``fallback``) the earliest
        date-typed literal of the node."""
        for predicate in predicates:
            for obj in sorted(self.graph.objects(node, predicate)):
                if isinstance(obj, Literal) and obj.datatype in _DATE_TYPES:
                    return str(obj)[:10]
        if not fallback:
            return None
        dates = sorted(
            str(o)[:10]
            for o in self.graph.objects(node, None)
            if isinstance(o, Literal) and o.datatype in _DATE_TYPES
        )
        return dates[0] if dates else None

    # Provenance -------------------------------------------------------------------------------
    def provenance(self, node: Node) -> Provenance | None:
        """The first span (by source, then line range, quote and IRI) the node was derived from,
        with its quote."""
        spans = [s for s in self.graph.objects(node, PROV.wasDerivedFrom)]
        if not spans:
            return None
        quote = gkg_term("quote")
        start, end = gkg_term("startLine"), gkg_term("endLine")

        def sort_key(span: Node) -> tuple[str, int]:
            line = self.graph.value(span, start) if start is not None else None
            return (self.source_label(span), int(line) if line is not None else 0)

        def tie_key(span: Node) -> tuple[int, str, str]:
            # two spans of one source may start on the same line (a clause and the paragraph
            # around it), and the graph yields them in the order they were added: break the tie
            last = self.graph.value(span, end) if end is not None else None
            text = min(map(str, self.graph.objects(span, quote)), default="") if quote else ""
            return (int(last) if last is not None else 0, text, str(span))

        keys = {span: sort_key(span) for span in spans}
        best = min(keys.values())
        first = min((s for s in spans if keys[s] == best), key=tie_key)
        first_line = self.graph.value(first, start) if start is not None else None
        last_line = self.graph.value(first, end) if end is not None else None
        lines = f"{first_line}" if first_line == last_line else f"{first_line}–{last_line}"
        texts = sorted(str(t) for t in self.graph.objects(first, quote)) if quote else []
        return Provenance(
            self.source_label(first),
            lines if first_line else "",
            texts[0] if texts else "",
            len(spans),
        )

    @functools.cache  # noqa: B019 - one Reader lives as long as one view build
    def source_label(self, span: Node) -> str:
        """The label of the issue or text a span belongs to (oa:hasSource)."""
        source = self.graph.value(span, OA.hasSource)
        if source is None:
            return ""
        parts = [self.value(source, DCTERMS.title, SDO.name, RDFS.label) or self.label(source)]
        number = self.value(source, SDO.issueNumber)
        year = self.date(source, DCTERMS.issued, SDO.datePublished)
        if number and number not in parts[0]:
            parts.append(f"{year[:4]}年第{number}期" if year else f"第{number}期")
        return " ".join(parts)

    @functools.cache  # noqa: B019 - one Reader lives as long as one view build
    def _publisher(self, source: Node) -> str:
        """Who publishes a source: its dcterms:publisher's label (温州市人民政府), else its title."""
        publisher = self.graph.value(source, DCTERMS.publisher)
        if publisher is not None:
            return self.label(publisher)
        return self.value(source, DCTERMS.title, SDO.name, RDFS.label) or self.label(source)

    def government(self, node: Node) -> str:
        """The government whose gazette a node was read from (the publisher of its sources; of
        several, the one naming it most often, ties by name); "" when it has no source."""
        counts: dict[str, int] = {}
        for span in self.graph.objects(node, PROV.wasDerivedFrom):
            source = self.graph.value(span, OA.hasSource)
            if source is not None:
                name = self._publisher(source)
                counts[name] = counts.get(name, 0) + 1
        return min(counts, key=lambda name: (-counts[name], name)) if counts else ""

    def notation(self, node: Node, predicate: URIRef, scheme: str) -> str | None:
        """The notation of the concept of ``scheme`` a node is classified by (agency-kind →
        "department"), the concept IRI's last segment."""
        prefix = f"{CONCEPT_NS}{scheme}/"
        found = sorted(str(o) for o in self.graph.objects(node, predicate))
        return next((iri[len(prefix) :] for iri in found if iri.startswith(prefix)), None)

    def sources(self, nodes: Iterable[Node]) -> list[str]:
        """The labels of every source the given nodes were read from, sorted."""
        found: set[str] = set()
        for node in nodes:
            for span in self.graph.objects(node, PROV.wasDerivedFrom):
                label = self.source_label(span)
                if label:
                    found.add(label)
        return sorted(found)

    # Links ------------------------------------------------------------------------------------
    def links(self, node: Node) -> list[tuple[URIRef, Node, bool]]:
        """(predicate, other entity, outgoing?) for every link to another drawn entity, directly
        or through one qualified relation (project → gkg:Responsibility → agency)."""
        if node not in self._links:
            self._links[node] = list(self._find_links(node))
        return self._links[node]

    def _find_links(self, node: Node) -> Iterator[tuple[URIRef, Node, bool]]:
        g = self.graph
        for p, o in g.predicate_objects(node):
            if p in _NOT_LINKS:
                continue
            if self.kind(o) is not None:
                yield p, o, True
            elif self.is_via(o):
                yield from ((p, far, True) for far in self._beyond(o, node))
        for s, p in g.subject_predicates(node):
            if p in _NOT_LINKS:
                continue
            if self.kind(s) is not None:
                yield p, s, False
            elif self.is_via(s):
                yield from ((q, far, False) for q, far in self._beyond_pairs(s, node))

    def _beyond(self, via: Node, origin: Node) -> Iterator[Node]:
        return (far for _, far in self._beyond_pairs(via, origin))

    def _beyond_pairs(self, via: Node, origin: Node) -> Iterator[tuple[URIRef, Node]]:
        """Entities on the other side of a qualified relation, whichever way its links point."""
        g = self.graph
        pairs = [*g.predicate_objects(via), *((q, s) for s, q in g.subject_predicates(via))]
        for q, far in pairs:
            if q not in _NOT_LINKS and far != origin and self.kind(far) is not None:
                yield q, far

    def via_nodes(self, a: Node, b: Node) -> list[Node]:
        """The qualified relations linking ``a`` to ``b`` (a's responsibility naming agency b)."""
        return sorted(
            v
            for v in self.graph.objects(a, None)
            if self.is_via(v) and b in set(self.graph.objects(v, None))
        )

    def neighbours(self, node: Node, kind: str) -> list[URIRef]:
        """Linked entities of ``kind`` in either direction, sorted."""
        return sorted({o for _, o, _ in self.links(node) if self.kind(o) == kind})

    def predicate_label(self, predicate: URIRef) -> str:
        """The ontology's English label of a property, else its local name."""
        for label in ontology().objects(predicate, RDFS.label):
            if isinstance(label, Literal) and label.language == "en":
                return str(label)
        text = str(predicate)
        return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
