"""RDF mapping of the citations genre (being written this session)."""

from __future__ import annotations

from kg.rdf.context import MapContext
from kg.records import Record


def map_cited_document(record: Record, ctx: MapContext) -> None:
    return None
