"""Catalogue entries (发文目录) → gkg:CatalogueEntry linking the issue to the document.

The entry node keeps the line as the catalogue writes it and its provenance; ``gkg:listsDocument``
is the direct issue → document shortcut. A catalogued document also gets its issuer when the
catalogue's title names it in full, and its date when the catalogue gives one: for documents the
issue does not print (温政办〔2023〕58号) the catalogue is the only source.
"""

from __future__ import annotations

from kg.namespaces import DCTERMS, ELI, GKG, RDF
from kg.rdf.context import MapContext
from kg.rdf.documents import document, issuers
from kg.records import CatalogueEntryRecord, Record


def map_catalogue_entry(record: Record, ctx: MapContext) -> None:
    assert isinstance(record, CatalogueEntryRecord)
    span = record.source
    doc = document(ctx, span, record.number, record.title)
    if doc is None:
        return  # a 主席令 number without its term, and no title: no key (kg.text.docnumber)
    entry = ctx.minter.sub(ctx.source_iri, "catalogue-entry", record.number or record.title)
    ctx.add(entry, RDF.type, GKG.CatalogueEntry)
    ctx.label(entry, record.title, DCTERMS.title)
    what = record.title or record.number
    ctx.names(entry, f"发文目录：{what}", f"catalogue entry: {what}")
    ctx.add(entry, GKG.entryDocument, doc)
    ctx.derived(entry, span)
    ctx.add(ctx.source_iri, GKG.catalogueEntry, entry)
    ctx.add(ctx.source_iri, GKG.listsDocument, doc)
    if record.issuer_resolved and not ctx.graph.value(doc, ELI.passed_by):
        for organ in issuers(ctx, span, record.issuer, record.issuer_resolved):
            ctx.add(doc, ELI.passed_by, organ)
    if record.date and not ctx.graph.value(doc, ELI.date_document):
        ctx.date(doc, ELI.date_document, record.date)
