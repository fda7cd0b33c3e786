"""Official documents → eli:LegalResource with number, title, type, issuer, dates and attachments.

Every document IRI comes from ``ctx.document`` (one IRI per government and 发文字号, or per title
when there is no number), so the decision printed in the body, its TOC line, its catalogue line and
every citation of it meet in one node. Titles are added only when no title with the same matching
key is there yet: the TOC and the catalogue write 〔〕（） where the body writes (), and one title
per wording is enough.
"""

from __future__ import annotations

import functools

from rdflib import Graph, Literal, URIRef

from kg.namespaces import ELI, GKG, GKGC, RDF, SDO, SKOS
from kg.rdf.context import MapContext
from kg.records import DocumentRecord, Record, SourceSpan
from kg.resources import ontology_files
from kg.text import docnumber
from kg.text.normalize import key

TYPE_SCHEME = "document-type"


@functools.cache
def document_types() -> dict[str, URIRef]:
    """Title word (决定, 通知, …) → concept of the document-type scheme, read from the ontology."""
    graph = Graph()
    for path in ontology_files():
        if path.name == "documents.ttl":
            graph.parse(path, format="turtle")
    scheme = GKGC[TYPE_SCHEME]
    out: dict[str, URIRef] = {}
    for concept in graph.subjects(SKOS.inScheme, scheme):
        for label in graph.objects(concept, SKOS.prefLabel):
            if isinstance(label, Literal) and label.language == "zh":
                out[str(label)] = URIRef(concept)
    return out


def document(
    ctx: MapContext, span: SourceSpan, number: str | None, title: str | None
) -> URIRef | None:
    """The document's IRI via ctx.document, adding ``title`` unless an equal wording is there;
    None where ctx.document keys nothing (a presidential order's number without its term)."""
    parsed = docnumber.parse(number) if number else None
    if parsed is None:  # no number, or one the parser cannot read: known by its title (or text)
        return ctx.document(span, title=title or number)
    iri = ctx.document(span, number=parsed.normalized)
    if iri is not None:
        add_title(ctx, iri, title)
    return iri


def add_title(ctx: MapContext, iri: URIRef, title: str | None) -> None:
    if not title:
        return
    known = {key(str(t)) for t in ctx.graph.objects(iri, ELI.title)}
    if key(title) not in known:
        ctx.label(iri, title, ELI.title)


def issuers(
    ctx: MapContext, span: SourceSpan, written: str | None, resolved: str | None
) -> list[URIRef]:
    """The issuing organs (a joint document names several, joined by 、)."""
    if not written and not resolved:
        return []
    names = (resolved or written or "").split("、")
    surfaces = (written or "").split("、")
    if len(surfaces) != len(names):
        surfaces = [None] * len(names)
    return [
        ctx.organization(span, name, surface)
        for name, surface in zip(names, surfaces, strict=True)
        if name
    ]


def is_issue(ctx: MapContext) -> bool:
    return (ctx.source_iri, RDF.type, SDO.PublicationIssue) in ctx.graph


def map_document(record: Record, ctx: MapContext) -> None:
    assert isinstance(record, DocumentRecord)
    span = record.source
    doc = document(ctx, span, record.number, record.title)
    if doc is None:
        return  # a 主席令 number without its term, and no title: no key (kg.text.docnumber)
    concept = document_types().get(record.type or "")
    ctx.add(doc, ELI.type_document, concept)
    if record.issuer_resolved:  # an unresolved 市政府办公室 names no organisation we can key
        for organ in issuers(ctx, span, record.issuer, record.issuer_resolved):
            ctx.add(doc, ELI.passed_by, organ)
    ctx.date(doc, ELI.date_document, record.date)
    ctx.date(doc, ELI.first_date_entry_in_force, record.effective)
    ctx.date(doc, ELI.date_no_longer_in_force, record.expires)
    ctx.add(doc, ELI.id_local, record.registration_number)
    if record.printed and is_issue(ctx):
        ctx.add(doc, ELI.published_in, ctx.source_iri)
    for addressee in record.addressees:
        ctx.label(doc, addressee, GKG.addressee)
    for position, title in enumerate(record.attachments, 1):
        _attachment(ctx, span, doc, position, title)


def _attachment(ctx: MapContext, span: SourceSpan, doc: URIRef, position: int, title: str) -> None:
    node = ctx.minter.sub(doc, "attachment", position)
    ctx.add(node, RDF.type, GKG.Attachment)
    ctx.label(node, title, ELI.title)
    ctx.names(node, f"附件{position}：{title}", f"attachment {position}: {title}")
    ctx.add(node, SDO.position, position)
    ctx.add(doc, ELI.has_part, node)
    ctx.derived(node, span)
