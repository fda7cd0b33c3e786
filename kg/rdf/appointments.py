"""RDF mapping of the appointments genre (being written this session)."""

from __future__ import annotations

from kg.rdf.context import MapContext
from kg.records import Record


def map_personnel_change(record: Record, ctx: MapContext) -> None:
    return None
