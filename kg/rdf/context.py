"""What every mapper shares: the graph being written, the minter, and the entity helpers.

Mappers know records, not text. Shared entities (documents, organisations, persons, places) are
added only through the helpers here, so that one agency or one document named by three sections
gets one IRI and one set of typing triples, whoever meets it first.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from kg.iris import Minter
from kg.namespaces import (
    CONCEPT_NS,
    DCTERMS,
    ELI,
    FOAF,
    GKG,
    OA,
    ORG,
    PROV,
    RDF,
    RDFS,
    SDO,
    SKOS,
    XSD,
)
from kg.records import SourceSpan
from kg.resolve import agencies, places
from kg.resources import ontology_files
from kg.text import docnumber
from kg.text.normalize import title_key


@dataclass
class MapContext:
    graph: Graph
    minter: Minter
    source_key: str  # identity of the source: "温州市人民政府公报|2023|6", or the file name
    source_iri: URIRef  # the issue (schema:PublicationIssue) or the plain source document
    government: str | None  # the issuing government the text speaks for: 温州市
    # title key → 发文字号, from the records that give both: a document named by title alone
    # elsewhere in the same source is the numbered one (kg.rdf.map_records fills it).
    numbers_by_title: dict[str, str] = field(default_factory=dict)
    file_name: str = ""  # the file the text was read from: span labels and reports cite it
    _spans: dict[tuple[int, int], URIRef] = field(default_factory=dict)  # (first, last line)

    # Plain triples --------------------------------------------------------------------------
    def add(
        self,
        subject: Node,
        predicate: Node,
        obj: Node | str | int | bool | None,
        datatype: URIRef | None = None,
        lang: str | None = None,
    ) -> None:
        """Add one triple; None values are skipped; Python values become literals."""
        if obj is None or obj == "":
            return
        if not isinstance(obj, Node):
            obj = Literal(obj, datatype=datatype, lang=lang)
        self.graph.add((subject, predicate, obj))

    def label(self, subject: URIRef, text: str | None, predicate: URIRef = RDFS.label) -> None:
        """A Chinese-language label."""
        if text:
            self.graph.add((subject, predicate, Literal(text, lang="zh")))

    def names(self, subject: URIRef, zh: str | None, en: str | None = None) -> None:
        """The node's rdfs:label in Chinese (and English, where the label is made of our own
        words): what YASGUI, Gephi and other generic tools show instead of the IRI. Every node a
        mapper mints gets one (ontology/shapes/labels.ttl)."""
        if zh:
            self.graph.add((subject, RDFS.label, Literal(zh, lang="zh")))
        if en:
            self.graph.add((subject, RDFS.label, Literal(en, lang="en")))

    def has_label(self, subject: URIRef) -> bool:
        return (subject, RDFS.label, None) in self.graph

    # Provenance -----------------------------------------------------------------------------
    def span(self, span: SourceSpan) -> URIRef:
        """The source-span node for ``span`` (issue, line range, quoted text), added once.

        Its IRI is looked up by line range before it is minted: every fact names its span."""
        lines = (span.start_line, span.end_line)
        iri = self._spans.get(lines)
        if iri is None:
            iri = self._spans[lines] = self.minter.span(self.source_key, *lines)
            g = self.graph
            g.add((iri, RDF.type, GKG.SourceSpan))
            g.add((iri, OA.hasSource, self.source_iri))
            g.add((iri, GKG.startLine, Literal(span.start_line, datatype=XSD.positiveInteger)))
            g.add((iri, GKG.endLine, Literal(span.end_line, datatype=XSD.positiveInteger)))
            g.add((iri, GKG.quote, Literal(span.quote)))
            if "\ufffd" in span.quote:  # characters lost in the copy: the facts read here flagged
                g.add((iri, GKG.textDamaged, Literal(True)))
            if span.start_page is not None:  # a paged source (PDF): the pages beside the lines
                g.add((iri, GKG.startPage, Literal(span.start_page, datatype=XSD.positiveInteger)))
                g.add((iri, GKG.endPage, Literal(span.end_page, datatype=XSD.positiveInteger)))
            self.names(iri, *span_labels(self.file_name or self.source_key, *lines))
        return iri

    def derived(self, entity: URIRef, span: SourceSpan) -> None:
        """State that ``entity`` was read from ``span``."""
        self.graph.add((entity, PROV.wasDerivedFrom, self.span(span)))

    # Shared entities ------------------------------------------------------------------------
    def document(
        self, span: SourceSpan, number: str | None = None, title: str | None = None
    ) -> URIRef | None:
        """The IRI of a document known by 发文字号 and/or title, with its identifying triples.

        A presidential order's number without its term (中华人民共和国主席令第20号: the sequence
        restarts with each term) names no one order, and neither does its title (the 2015 and
        2023 amending decisions of 立法法 share theirs): the order is keyed within this text only
        (Minter.order_in_source), and only where this text gives it one title; with none (a bare
        citation) or several, no IRI (None: the caller leaves the document out). This is the one
        place that rule is applied."""
        if not number and title:
            number = self.numbers_by_title.get(title_key(title))
        parsed = docnumber.parse_written(number)  # 國發〔2016〕76號 is 国发〔2016〕76号
        if parsed is not None and docnumber.needs_term(parsed):
            if not self._one_title(parsed.normalized, title):
                return None
            iri = self.minter.order_in_source(self.source_key, parsed.normalized)
        elif parsed is not None:
            iri = self.minter.document(self.government, parsed.normalized)
        elif title:
            iri = self.minter.document_by_title(self.government, title)
        else:
            raise ValueError("a document needs a number or a title")
        g = self.graph
        g.add((iri, RDF.type, ELI.LegalResource))
        if parsed is not None:
            g.add((iri, ELI.number, Literal(parsed.normalized)))
            g.add((iri, GKG.issuerCode, Literal(parsed.issuer_code)))
            if parsed.year is not None:
                g.add((iri, GKG.numberYear, Literal(str(parsed.year), datatype=XSD.gYear)))
            g.add((iri, GKG.numberSequence, Literal(parsed.seq, datatype=XSD.positiveInteger)))
        if title:
            g.add((iri, ELI.title, Literal(title, lang="zh")))
        if not self.has_label(iri):  # its 发文字号, or the title it is known by: one label
            self.names(iri, parsed.normalized if parsed is not None else title)
        self.derived(iri, span)
        return iri

    def _one_title(self, number: str, title: str | None) -> bool:
        """Whether this text's records give the order ``number`` exactly one title (``title``,
        or the one they pair it with): a number named with two titles may be two terms' orders."""
        titles = {t for t, n in self.numbers_by_title.items() if n == number}
        if title:
            titles.add(title_key(title))
        return len(titles) == 1

    def organization(self, span: SourceSpan, name: str, surface: str | None = None) -> URIRef:
        """An agency; ``name`` is resolved to its canonical full name (kg.resolve.agencies), the
        surface form kept as skos:altLabel, its kind as org:classification, its parent unit linked."""
        agency = agencies.resolve(name, self.government)
        g = self.graph
        if agency.collective:
            iri = self.minter.collective_party(self.government, agency.name)
            g.add((iri, RDF.type, GKG.CollectiveParty))
            if self.government:
                g.add((iri, DCTERMS.spatial, self.place(span, self.government)))
        else:
            iri = self.minter.organization(agency.name)
        g.add((iri, RDF.type, ORG.Organization))
        if agency.kind not in (agencies.COLLECTIVE, agencies.HEADQUARTERS, agencies.OTHER):
            g.add((iri, RDF.type, ORG.FormalOrganization))
        g.add((iri, ORG.classification, self.minter.concept("agency-kind", agency.kind)))
        g.add((iri, SKOS.prefLabel, Literal(agency.name, lang="zh")))
        self.names(iri, agency.name)
        for form in {name, surface} - {agency.name, None, ""}:
            g.add((iri, SKOS.altLabel, Literal(form, lang="zh")))
        if agency.parent:
            g.add((iri, ORG.subOrganizationOf, self.organization(span, agency.parent)))
        self.derived(iri, span)
        return iri

    def person(self, span: SourceSpan, name: str) -> URIRef:
        """A person, one per (government, name)."""
        iri = self.minter.person(self.government, name)
        g = self.graph
        g.add((iri, RDF.type, FOAF.Person))
        g.add((iri, FOAF.name, Literal(name, lang="zh")))
        self.names(iri, name)
        self.derived(iri, span)
        return iri

    def place(self, span: SourceSpan, name: str) -> URIRef:
        """An administrative area (district, county, county-level city, zone), resolved by
        kg.resolve.places (鹿城 → 鹿城区, 全市 → the government's own area)."""
        place = places.resolve(name, self.government)
        iri = self.minter.place(place.name)
        g = self.graph
        g.add((iri, RDF.type, SDO.AdministrativeArea))
        g.add((iri, RDFS.label, Literal(place.name, lang="zh")))
        g.add((iri, DCTERMS.type, self.minter.concept("place-kind", place.kind)))
        if place.parent:
            parent = self.minter.place(place.parent)
            if parent != iri:
                g.add((iri, SDO.containedInPlace, parent))
                g.add((parent, RDF.type, SDO.AdministrativeArea))
                g.add((parent, RDFS.label, Literal(place.parent, lang="zh")))
        self.derived(iri, span)
        return iri

    def date(self, subject: URIRef, predicate: URIRef, iso: str | None) -> None:
        """A date keeping its precision: xsd:date, xsd:gYearMonth or xsd:gYear."""
        if not iso:
            return
        datatype = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}.get(len(iso))
        if datatype is None:
            raise ValueError(f"not an ISO date of known precision: {iso!r}")
        self.graph.add((subject, predicate, Literal(iso, datatype=datatype)))

    def issued_in(self, subject: URIRef) -> None:
        self.graph.add((subject, DCTERMS.isPartOf, self.source_iri))


def span_labels(source: str, start: int, end: int) -> tuple[str, str]:
    """温州市….txt 第12–15行 / lines 12–15 of 温州市….txt."""
    if start == end:
        return f"{source} 第{start}行", f"{source}, line {start}"
    return f"{source} 第{start}–{end}行", f"{source}, lines {start}–{end}"


@functools.cache
def concept_labels(scheme: str) -> dict[str, tuple[str, str]]:
    """Notation → (zh, en) prefLabel of every concept of a scheme of the ontology
    (``gkgc:<scheme>/<notation>``), read once: the words labels are made of."""
    graph = Graph()
    for path in ontology_files():
        graph.parse(path, format="turtle")
    prefix = f"{CONCEPT_NS}{scheme}/"
    out: dict[str, dict[str, str]] = {}
    for concept, label in graph.subject_objects(SKOS.prefLabel):
        if str(concept).startswith(prefix) and isinstance(label, Literal) and label.language:
            out.setdefault(str(concept)[len(prefix) :], {})[label.language] = str(label)
    return {k: (v.get("zh", k), v.get("en", k)) for k, v in out.items()}
