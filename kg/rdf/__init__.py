"""Mapping: records → triples in the source's named graph. One module per genre.

Every mapper is ``map_<kind>(record, ctx) -> None`` and writes through :class:`MapContext`, whose
helpers own the shared entities (documents, organisations, persons, places) and provenance.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from typing import Any

from rdflib import Graph, Literal, URIRef

from kg.iris import Minter
from kg.namespaces import DCTERMS, GKG, PROV, RDF, RDFS, SDO, XSD, bind_prefixes
from kg.rdf import (
    amendments,
    appointments,
    catalogue,
    citations,
    documents,
    events,
    indicators,
    issue,
    projects,
    renames,
)
from kg.rdf.context import MapContext
from kg.records import IssueRecord, Record, SourceSpan
from kg.text import docnumber
from kg.text.normalize import title_key
from kg.text.reading import without_inserted

Mapper = Callable[[Record, MapContext], None]

# record kind → mapper. Records of kinds not listed (warnings) stay out of the graph.
MAPPERS: dict[str, Mapper] = {
    "issue": issue.map_issue,
    "document": documents.map_document,
    "cited_document": citations.map_cited_document,
    "amendment": amendments.map_amendment,
    "catalogue_entry": catalogue.map_catalogue_entry,
    "personnel_change": appointments.map_personnel_change,
    "event": events.map_event,
    "organization_change": renames.map_organization_change,
    "plan": projects.map_plan,
    "project": projects.map_project,
    "indicator": indicators.map_indicator,
    "stated_figure": indicators.map_stated_figure,
}


def source_identity(records: Iterable[Record], file_name: str) -> tuple[str, IssueRecord | None]:
    """The source key: gazette|year|number when the text states them, else the file name."""
    for record in records:
        if isinstance(record, IssueRecord) and record.title and record.year and record.number:
            return f"{record.title}|{record.year}|{record.number}", record
    return file_name, None


def numbers_by_title(records: Iterable[Record]) -> dict[str, str]:
    """Title key → 发文字号 for every record that names a document by both (first one wins)."""
    pairs: dict[str, str] = {}
    for record in records:
        for number, title in _number_title_pairs(record):
            parsed = docnumber.parse(number) if number and title else None
            if parsed is not None:
                pairs.setdefault(title_key(title), parsed.normalized)
    return pairs


def _number_title_pairs(record: Record) -> list[tuple[str | None, str | None]]:
    if record.kind == "amendment":
        return [(record.target_number, record.target_title)]
    if record.kind in ("document", "cited_document", "catalogue_entry"):
        return [(record.number, record.title)]
    return []


def map_records(
    records: list[Record],
    minter: Minter,
    file_name: str,
    government: str | None,
    origin: dict | None = None,
    observe: Callable[[Record, MapContext, int], None] | None = None,
) -> tuple[Graph, URIRef]:
    """The triples of one source's records, and the IRI of that source's named graph. ``origin``
    (kg.formats.Origin as JSON) says what a converted source was: format, pages, converter.
    ``observe`` is told each record as the graph states it, the context, and how many triples its
    mapping added (benchmarks/graph_drops.py lists the records that reach no node)."""
    records = [_without_inserted(r) for r in records]
    key, issue_record = source_identity(records, file_name)
    graph = bind_prefixes(Graph())
    if issue_record is not None:
        source_iri = minter.issue(issue_record.title, issue_record.year, issue_record.number)
    else:
        source_iri = minter.mint("source", file_name)
        graph.add((source_iri, RDF.type, GKG.Source))
        graph.add((source_iri, RDF.type, PROV.Entity))
        graph.add((source_iri, DCTERMS.title, Literal(file_name)))
        graph.add((source_iri, RDFS.label, Literal(file_name, lang="zh")))
    # Reports cite a fact's place as file:line (kg.validate), from the spans' source.
    graph.add((source_iri, GKG.sourceFile, Literal(file_name)))
    if origin:
        _add_origin(graph, source_iri, origin)
    ctx = MapContext(
        numbers_by_title=numbers_by_title(records),
        graph=graph,
        minter=minter,
        source_key=key,
        source_iri=source_iri,
        government=government,
        file_name=file_name,
    )
    for record in records:
        mapper = MAPPERS.get(record.kind)
        before = len(graph) if observe is not None else 0
        if mapper is not None:
            mapper(record, ctx)
        if observe is not None:
            observe(record, ctx, len(graph) - before)
    return graph, minter.graph(key)


def _without_inserted(value: Any) -> Any:
    """A record's values as the graph states them: without the pinyin a mirror inserts after each
    character (衛(wèi)國勝 → 衛國勝) or characters that print as nothing, so that names, titles and
    labels link with the same names written plainly. The records (records.jsonl, ``extract``)
    keep the values as written, and every fact's quote keeps the text as written. One walk: a
    value with nothing inserted comes back as the same object."""
    if isinstance(value, str):
        return without_inserted(value)
    if isinstance(value, list):
        items = [_without_inserted(v) for v in value]
        return value if all(a is b for a, b in zip(items, value, strict=True)) else items
    if dataclasses.is_dataclass(value) and not isinstance(value, (type, SourceSpan)):
        changes = {
            f.name: new
            for f in dataclasses.fields(value)
            if f.name != "source"
            and (new := _without_inserted(old := getattr(value, f.name))) is not old
        }
        return dataclasses.replace(value, **changes) if changes else value
    return value


def _add_origin(graph: Graph, source_iri: URIRef, origin: dict) -> None:
    """What a source given as a PDF, web page or Word file was: its media type (an IANA IRI),
    page count, converter with version, and the page's own date and address."""
    graph.add(
        (
            source_iri,
            DCTERMS["format"],
            URIRef("https://www.iana.org/assignments/media-types/" + origin["media_type"]),
        )
    )
    if origin.get("pages"):
        graph.add(
            (source_iri, SDO.numberOfPages, Literal(origin["pages"], datatype=XSD.positiveInteger))
        )
    if origin.get("converter"):
        graph.add((source_iri, GKG.converter, Literal(origin["converter"])))
    if origin.get("date"):
        graph.add((source_iri, GKG.sourceDate, Literal(origin["date"], datatype=XSD.date)))
    if origin.get("address"):
        graph.add((source_iri, DCTERMS.source, URIRef(origin["address"])))
