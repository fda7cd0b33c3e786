"""RDF mapping of the catalogue genre (being written this session)."""

from __future__ import annotations

from kg.rdf.context import MapContext
from kg.records import Record


def map_catalogue_entry(record: Record, ctx: MapContext) -> None:
    return None
