"""Extraction: sections → records. One module per genre, each with the same shape.

Every genre module exposes ``extract(section, context) -> Iterator[Record]`` and handles the section
kinds listed for it in :data:`EXTRACTORS`. An extractor that meets something it cannot read yields
an :class:`~kg.records.ExtractionWarning` naming the line, never a silent gap.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from kg import segment as seg
from kg.errors import InputError
from kg.extract import (
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
    tasks,
)
from kg.extract.context import Context, detect_government, detect_year
from kg.records import Record
from kg.resolve import resolve_records
from kg.segment import Section
from kg.text.reading import reading_of, restore
from kg.text.source import Source

Extractor = Callable[[Section, Context], Iterator[Record]]

# genre → (extract function, the section kinds it reads). Order is output order within a section.
EXTRACTORS: dict[str, tuple[Extractor, frozenset[str]]] = {
    "issue": (issue.extract, frozenset({seg.FRONT_MATTER, seg.TOC})),
    "documents": (documents.extract, frozenset({seg.DOCUMENT, seg.TEXT})),
    "amendments": (amendments.extract, frozenset({seg.DOCUMENT, seg.TEXT})),
    "appointments": (appointments.extract, frozenset({seg.PERSONNEL, seg.DOCUMENT, seg.TEXT})),
    "projects": (projects.extract, frozenset({seg.DOCUMENT, seg.TEXT})),
    "tasks": (tasks.extract, frozenset({seg.DOCUMENT, seg.TEXT})),
    "indicators": (indicators.extract, frozenset({seg.DOCUMENT, seg.TEXT})),
    "events": (events.extract, frozenset({seg.BRIEFS, seg.CHRONICLE})),
    "catalogue": (catalogue.extract, frozenset({seg.CATALOGUE, seg.DOCUMENT, seg.TEXT})),
    "citations": (
        citations.extract,
        frozenset({seg.DOCUMENT, seg.TEXT, seg.BRIEFS, seg.CHRONICLE}),
    ),
    "renames": (renames.extract, frozenset({seg.DOCUMENT, seg.TEXT, seg.BRIEFS})),
}


def extract_genres(source: Source, genres: Iterable[str] | None = None) -> list[Record]:
    """The records of the given genres (default: all), as written, in section then genre order."""
    chosen = [EXTRACTORS[g] for g in genres] if genres is not None else list(EXTRACTORS.values())
    # Extractors match on the reading (traditional script, look-alikes and inserted pinyin folded);
    # records get their values and quotes back as written.
    reading = reading_of(source)
    sections = seg.segment(reading.source)
    context = Context(
        source=reading.source,
        sections=tuple(sections),
        government=detect_government(reading.source),
        year=detect_year(reading.source),
    )
    records: list[Record] = []
    for section in sections:
        for function, kinds in chosen:
            if section.kind in kinds:
                records.extend(function(section, context))
    return restore(records, reading)


def extract_source(source: Source) -> list[Record]:
    """All records of one source, in section order then genre order, names resolved."""
    return resolve_records(extract_genres(source), detect_government(source))


def require_content(records: list[Record], source: Source) -> None:
    """Refuse a text in which no genre recognised anything (exit 2, naming the file): a Chinese
    text that is not a gazette, notice or report would otherwise build an empty graph over the
    previous build."""
    if any(r.kind != "warning" for r in records):
        return
    detail = (
        f"; {len(records)} warning(s), the first at line {records[0].source.start_line}"
        if (records)
        else ""
    )
    raise InputError(
        "nothing recognised: no document, decision, personnel list, table, chronicle or catalogue"
        + detail,
        path=source.path or source.name,
    )
