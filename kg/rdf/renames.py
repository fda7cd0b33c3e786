"""RDF mapping of agency renames as W3C ORG change events.

An ``org:ChangeEvent`` links the agency as it was (org:originalOrganization; the agency records
org:changedBy) and as it became (org:resultingOrganization; org:resultedFrom), dated when the
rename takes effect and tied to the notice that announced it. Both names stay separate
organisations: posts and memberships held under the old name are not moved to the new one.
"""

from __future__ import annotations

from kg.namespaces import GKG, ORG, RDF, RDFS
from kg.rdf.context import MapContext
from kg.records import OrganizationChangeRecord


def map_organization_change(record: OrganizationChangeRecord, ctx: MapContext) -> None:
    span = record.source
    original = ctx.organization(span, record.original_resolved or record.original, record.original)
    resulting = ctx.organization(
        span, record.resulting_resolved or record.resulting, record.resulting
    )
    event = ctx.minter.organization_change(original, resulting, record.change)
    g = ctx.graph
    g.add((event, RDF.type, ORG.ChangeEvent))
    g.add((event, ORG.originalOrganization, original))
    g.add((event, ORG.resultingOrganization, resulting))
    g.add((original, ORG.changedBy, event))
    g.add((resulting, ORG.resultedFrom, event))
    g.add((event, GKG.changeKind, ctx.minter.concept("organization-change", record.change)))
    ctx.label(event, f"{record.original}更名为{record.resulting}", RDFS.label)
    ctx.date(event, GKG.changeDate, record.date)
    if record.document:
        ctx.add(event, GKG.announcedIn, ctx.document(span, number=record.document))
    ctx.issued_in(event)
    ctx.derived(event, span)
