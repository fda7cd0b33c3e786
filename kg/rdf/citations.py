"""Cited documents → eli:cites from the citing document; the cited one isReferencedBy the source.

Both ends go through ``kg.rdf.documents.document`` (hence ctx.document), so a document cited by
number here and printed or catalogued elsewhere is one node. The citing document is looked up as
the node its own record made, so that each citation's span does not pile up in its provenance.
"""

from __future__ import annotations

from rdflib import Literal, URIRef

from kg.namespaces import DCTERMS, ELI
from kg.rdf.context import MapContext
from kg.rdf.documents import document
from kg.records import CitedDocumentRecord, Record
from kg.text import docnumber


def map_cited_document(record: Record, ctx: MapContext) -> None:
    assert isinstance(record, CitedDocumentRecord)
    if not record.number and not record.title:
        return
    cited = document(ctx, record.source, record.number, record.title)
    if cited is None:
        return  # a 主席令 number without its term, and no title: no key (kg.text.docnumber)
    ctx.add(cited, DCTERMS.isReferencedBy, ctx.source_iri)
    if record.cited_by:
        citing = _citing(ctx, record)
        if citing is not None and citing != cited:
            ctx.add(citing, ELI.cites, cited)


def _citing(ctx: MapContext, record: CitedDocumentRecord) -> URIRef | None:
    """The citing document's node (by number or title), or ctx.document when not mapped yet."""
    parsed = docnumber.parse(record.cited_by or "")
    if parsed is not None:
        found = next(ctx.graph.subjects(ELI.number, Literal(parsed.normalized)), None)
        return found or document(ctx, record.source, parsed.normalized, None)
    found = next(ctx.graph.subjects(ELI.title, Literal(record.cited_by, lang="zh")), None)
    return found or document(ctx, record.source, None, record.cited_by)
