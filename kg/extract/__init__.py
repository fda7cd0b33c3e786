"""Extraction: sections → records. One module per genre, each with the same shape.

Every genre module exposes ``extract(section, context) -> Iterator[Record]`` and handles the section
kinds listed for it in :data:`EXTRACTORS`. An extractor that meets something it cannot read yields
an :class:`~kg.records.ExtractionWarning` naming the line, never a silent gap.
"""

from __future__ import annotations

import re
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
    targets,
    tasks,
)
from kg.extract.context import Context, detect_government, detect_year
from kg.records import ExtractionWarning, Record, SourceSpan
from kg.resolve import resolve_records
from kg.segment import Section
from kg.text.reading import reading_of, restore
from kg.text.source import Source, with_pages

Extractor = Callable[[Section, Context], Iterator[Record]]

# genre → (extract function, the section kinds it reads). Order is output order within a section.
EXTRACTORS: dict[str, tuple[Extractor, frozenset[str]]] = {
    "issue": (issue.extract, frozenset({seg.FRONT_MATTER, seg.TOC})),
    "documents": (
        documents.extract,
        frozenset({seg.DOCUMENT, seg.TEXT, seg.CHRONICLE, seg.BRIEFS}),
    ),
    "amendments": (
        amendments.extract,
        frozenset({seg.DOCUMENT, seg.TEXT, seg.CHRONICLE, seg.BRIEFS}),
    ),
    "appointments": (
        appointments.extract,
        frozenset({seg.PERSONNEL, seg.DOCUMENT, seg.TEXT, seg.CHRONICLE, seg.BRIEFS}),
    ),
    "projects": (projects.extract, frozenset({seg.DOCUMENT, seg.TEXT})),
    "tasks": (tasks.extract, frozenset({seg.DOCUMENT, seg.TEXT})),
    "indicators": (indicators.extract, frozenset({seg.DOCUMENT, seg.TEXT})),
    "targets": (targets.extract, frozenset({seg.DOCUMENT, seg.TEXT})),
    "events": (
        events.extract,
        frozenset({seg.BRIEFS, seg.CHRONICLE, seg.DOCUMENT, seg.TEXT, seg.PERSONNEL}),
    ),
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


# The words by which the genres' records are found. A text that holds one of them and gives no
# record is a government text the extractors could not read (a table run together, a garbled
# copy): it is kept with a warning naming the line, never refused, so that its facts are not lost
# silently. A text with none of them is not a gazette, notice or report and is refused. A plan's
# heading of its targets, 主要目标 (福州's 十四五 page: "十四五"主要目標 over 力争…达4250亿元 in prose),
# is a genre word as 主要指标 is.
UNREAD_GENRE = "unread"
_TRIGGERS = re.compile(
    r"任命|免去|任免|聘任|聘请|辞去|辞职|废止|失效|修改|修订|发文字号|[〔\[【][12]\d{3}[〕\]】]\s*\d+\s*号"
    r"|令第\s*\d+\s*号|牵头单位|责任单位|配合单位|主要指标|主要目标|目标值|约束性|预期性|大事记|要闻"
    r"|主持(?:召开|会议)|出席|调研|视察|考察|座谈|带队|看望|慰问|常务会议|民生实事|实事|重点工作|发文目录|规章"
    r"|项目名称|总投资|选举|当选|接任|出任|规划纲要|五年规划|政府工作报告"
)
# Failing those, a government's programme of works for the people (宁德's “十个十”民生工程, its
# 子项目 planned and done): its progress is told in prose, no list a genre reads, yet it is a
# government text. Only where no genre word is found, so that a text's warning keeps its line.
_WORKS_TRIGGERS = re.compile(r"民生工程")


def extract_source(source: Source) -> list[Record]:
    """All records of one source, in section order then genre order, names resolved; a text
    that holds the words of a genre and gives no record gets a warning naming the first such line."""
    records = resolve_records(extract_genres(source), detect_government(source))
    if not any(r.kind != "warning" for r in records):
        records.extend(_unread(source))
    records.extend(_damaged(records, source))
    return with_pages(records, source)  # a PDF's records name the pages of their lines


DAMAGED_GENRE = "damaged"


def _damaged(records: list[Record], source: Source) -> list[Record]:
    """A warning for each span whose quote holds a replacement character (U+FFFD: bytes the copy
    lost before gazette-kg read it): its records are kept as written, and flagged in the graph
    (gkg:textDamaged on the span), never dropped. A line holding one that no such record cites
    is warned about too (a record the character broke, 副秘\ufffd书长 in a post, is lost, and
    the warning says so), so that no damaged line loses its facts without a word."""
    spans: dict[tuple[int, int], SourceSpan] = {}
    for record in records:
        span = getattr(record, "source", None)
        if record.kind != "warning" and span is not None and "\ufffd" in span.quote:
            spans.setdefault((span.start_line, span.end_line), span)
    warnings = [
        (
            key,
            ExtractionWarning(
                span,
                genre=DAMAGED_GENRE,
                message=(
                    f"line {span.start_line} holds a replacement character (U+FFFD): a character"
                    " was lost before this text was read; its records are kept as written and"
                    " flagged"
                ),
            ),
        )
        for key, span in spans.items()
    ]
    if "\ufffd" in source.text:
        covered = {n for first, last in spans for n in range(first, last + 1)}
        for number, line in enumerate(source.lines, 1):
            if "\ufffd" in line and number not in covered:
                span = SourceSpan(source.name, number, number, source.quote(number, number))
                message = (
                    f"line {number} holds a replacement character (U+FFFD): a character was lost"
                    " before this text was read, and no record was read from this line; a fact"
                    " it held may be lost: check it by hand"
                )
                warnings.append(
                    (
                        (number, number),
                        ExtractionWarning(span, genre=DAMAGED_GENRE, message=message),
                    )
                )
    return [warning for _, warning in sorted(warnings, key=lambda item: item[0])]


def _unread(source: Source) -> list[Record]:
    reading = reading_of(source)
    for triggers in (_TRIGGERS, _WORKS_TRIGGERS):
        for number, line in enumerate(reading.source.lines, 1):  # traditional script too
            found = triggers.search(line)
            if found:
                first, last, quote = reading.span(number, number)
                span = SourceSpan(source.name, first, last, quote)
                message = (
                    f"no record read, though line {first} holds {found.group(0)!r}: the text is"
                    " kept, its facts are not in the graph; check it by hand"
                )
                return [ExtractionWarning(span, genre=UNREAD_GENRE, message=message)]
    return []


def require_content(records: list[Record], source: Source) -> None:
    """Refuse a text in which no genre recognised anything, warned about anything, or found one of
    its words (exit 2, naming the file): a Chinese text that is not a gazette, notice or report
    would otherwise build an empty graph over the previous build. A warning is a genre's word seen
    and not read: such a text is a government text and is kept, its warnings in the summary."""
    if records:
        return
    raise InputError(
        "nothing recognised: no document, decision, personnel list, table, chronicle or catalogue",
        path=source.path or source.name,
    )
