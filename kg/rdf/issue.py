"""The issue → schema:PublicationIssue with its imprint, editorial board and table of contents.

The issue node is the source's own IRI (``ctx.source_iri``, minted from gazette, year and number).
Editorial roles and TOC entries are nodes under the issue IRI (``Minter.sub``), never blank nodes.
"""

from __future__ import annotations

from rdflib import Literal

from kg.namespaces import DCTERMS, GKG, RDF, SDO, XSD
from kg.rdf.context import MapContext
from kg.rdf.documents import document
from kg.records import EditorialRole, IssueRecord, Record, SourceSpan, TocEntry


def map_issue(record: Record, ctx: MapContext) -> None:
    assert isinstance(record, IssueRecord)
    issue, span = ctx.source_iri, record.source
    ctx.add(issue, RDF.type, SDO.PublicationIssue)
    ctx.label(issue, record.title, DCTERMS.title)
    if not ctx.has_label(issue):  # a source that is no identified issue is labelled by its file
        ctx.names(issue, *issue_labels(record))
    ctx.add(issue, SDO.issueNumber, record.number, datatype=XSD.integer)
    ctx.add(issue, GKG.cumulativeNumber, record.cumulative_number, datatype=XSD.positiveInteger)
    if record.year:
        ctx.add(issue, GKG.issueYear, Literal(f"{record.year:04d}", datatype=XSD.gYear))
    ctx.date(issue, DCTERMS.issued, record.published)
    if record.publisher:
        ctx.add(issue, DCTERMS.publisher, ctx.organization(span, record.publisher))
    if record.editor:
        ctx.add(issue, GKG.compiledBy, ctx.organization(span, record.editor))
    ctx.derived(issue, span)
    for role in record.editorial_roles:
        _role(ctx, span, role)
    for position, entry in enumerate(record.toc, 1):
        _toc_entry(ctx, entry.source or span, position, entry)


def issue_labels(record: IssueRecord) -> tuple[str, str]:
    """温州市人民政府公报2023年第6期 / 温州市人民政府公报 2023, no. 6."""
    title = record.title or ""
    zh = title + (f"{record.year}年" if record.year else "")
    en = title + (f" {record.year}" if record.year else "")
    if record.number:
        zh += f"第{record.number}期"
        en += f", no. {record.number}"
    return zh, en


def _role(ctx: MapContext, span: SourceSpan, role: EditorialRole) -> None:
    node = ctx.minter.sub(ctx.source_iri, "editorial-role", role.role, role.name)
    ctx.add(node, RDF.type, GKG.EditorialRole)
    ctx.label(node, role.role, SDO.roleName)
    ctx.names(node, f"{role.role}：{role.name}")
    ctx.add(node, GKG.roleHolder, ctx.person(span, role.name))
    ctx.add(ctx.source_iri, GKG.editorialRole, node)
    ctx.derived(node, span)


def _toc_entry(ctx: MapContext, span: SourceSpan, position: int, entry: TocEntry) -> None:
    node = ctx.minter.sub(ctx.source_iri, "toc-entry", position)
    ctx.add(node, RDF.type, GKG.TocEntry)
    ctx.label(node, entry.title, DCTERMS.title)
    ctx.label(node, entry.section, GKG.tocHeading)
    what = entry.title or entry.number or entry.section or ""
    ctx.names(node, f"目录第{position}条：{what}", f"table of contents, entry {position}: {what}")
    ctx.add(node, SDO.pageStart, entry.page, datatype=XSD.integer)
    ctx.add(node, SDO.position, position, datatype=XSD.integer)
    if entry.number:
        ctx.add(node, GKG.entryDocument, document(ctx, span, entry.number, None))
    ctx.add(ctx.source_iri, GKG.tocEntry, node)
    ctx.derived(node, span)
