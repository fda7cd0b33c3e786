"""RDF mapping of plan indicators and stated figures (being written this session)."""

from __future__ import annotations

from kg.rdf.context import MapContext
from kg.records import Record


def map_indicator(record: Record, ctx: MapContext) -> None:
    return None


def map_stated_figure(record: Record, ctx: MapContext) -> None:
    return None
