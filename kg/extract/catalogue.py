"""The catalogue of issued documents (发文目录): one entry per document the government issued that
month, printed in the body or not.

Catalogues are written as lists or tables: ``- 温政发〔2023〕18号 温州市人民政府关于…的决定``,
``温州市人民政府关于…的决定（温政发〔2023〕18号）``, a title with its number on the next line,
``1	温政发〔2023〕18号	温州市人民政府关于…	2023-06-22`` (tab-separated, with a header row), under
sub-headings (一、市政府文件). A title may wrap onto the next line. The list ends at the first line
that is none of these (the segmenter cuts the section there; this module checks again).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from kg import segment as seg
from kg.extract.context import Context
from kg.extract.documents import issuer_from_title, resolved_issuer
from kg.records import CatalogueEntryRecord, ExtractionWarning, Record
from kg.segment import Section
from kg.text import dates, docnumber
from kg.text.normalize import clean

GENRE = "catalogue"
_MARKER = re.compile(r"^\s*(?:[-–—•·●○◆*]|\d{1,3}\s*[.．、]|[（(]\d{1,3}[）)])\s*")
_HEADER = re.compile(r"文号|标题|文件名称|名称|序号|发文日期")


@dataclass
class _Entry:
    first: int
    last: int
    number: docnumber.DocNumber
    title: str
    date: str | None = None
    lines: list[int] = field(default_factory=list)


def extract(section: Section, context: Context) -> Iterator[Record]:
    end = min(section.end, seg.catalogue_end(section.source, section.start))
    entries: list[_Entry] = []
    pending: list[tuple[int, str]] = []
    for number, raw in section.numbered_lines():
        if number == section.start or number > end:
            continue
        text = clean(raw)
        found = list(docnumber.find_all(text))
        if not found:
            if entries and (
                not entries[-1].title or not docnumber.document_type(entries[-1].title)
            ):
                entries[-1].title += text
                entries[-1].last = number
            else:
                pending.append((number, text))
            continue
        entries.append(_entry(number, raw, found, pending))
        pending = []
    for entry in entries:
        yield from _record(entry, context)
    for number, text in pending:
        yield ExtractionWarning(
            context.span(number),
            genre=GENRE,
            message=f"catalogue line {number} has no 发文字号: {text[:30]!r}",
        )


def _entry(number: int, raw: str, found: list, pending: list[tuple[int, str]]) -> _Entry:
    parsed = found[0][0]
    text = clean(raw)
    date = None
    if "\t" in raw:
        cells = [clean(c) for c in raw.split("\t") if c.strip()]
        date = next((dates.parse(c) for c in cells if dates.is_date_line(c)), None)
        cells = [
            c
            for c in cells
            if not dates.is_date_line(c)
            and not re.fullmatch(r"\d+", c)
            and docnumber.parse(c) is None
        ]
        title = max(cells, key=len, default="")
    else:
        title = _MARKER.sub("", seg.strip_numbers(text))
    first = number
    if not title and pending:
        title_lines = _title_lines(pending)
        title = "".join(t for _, t in title_lines)
        first = title_lines[0][0]
    return _Entry(first, number, parsed, clean(title).strip("《》"), date)


def _title_lines(pending: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The pending lines that make the title over a bare number: from the last line holding 关于
    (sub-headings and header rows above it are left out)."""
    lines = [(n, _MARKER.sub("", t)) for n, t in pending if not _HEADER.search(t) or "关于" in t]
    for i in range(len(lines) - 1, -1, -1):
        if "关于" in lines[i][1]:
            return lines[i:]
    return lines[-1:] if lines else pending[-1:]


def _record(entry: _Entry, context: Context) -> Iterator[Record]:
    span = context.span(entry.first, entry.last)
    if not entry.title:
        yield ExtractionWarning(
            span,
            genre=GENRE,
            message=f"catalogue entry {entry.number} at line {entry.last} has no title",
        )
        return
    issuer = issuer_from_title(entry.title)
    yield CatalogueEntryRecord(
        source=span,
        number=entry.number.normalized,
        title=entry.title,
        issuer=issuer,
        issuer_resolved=resolved_issuer(issuer),
        date=entry.date,
    )
