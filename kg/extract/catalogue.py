"""The catalogue of issued documents (发文目录): one entry per document the government issued that
month, printed in the body or not.

Catalogues are written as lists or tables: ``- 温政发〔2023〕18号 温州市人民政府关于…的决定``,
``温州市人民政府关于…的决定（温政发〔2023〕18号）``, a title with its number on the next line,
``1	温政发〔2023〕18号	温州市人民政府关于…	2023-06-22`` (tab-separated, with a header row), under
sub-headings (一、市政府文件). A title may wrap onto the next line. The list ends at the first line
that is none of these (the segmenter cuts the section there; this module checks again).

The same lists stand outside a 发文目录 section: a portal's 规章库 or 文件库 page, a list of a
government's orders. There, with no heading to say what the list is, an entry is read only inside
a *document list*:

| grammar | example |
|---|---|
| header row, then ≥ 2 list lines each holding one 发文字号 | ``序号标题下载`` / ``1 (2019年9月19日市政府令第1号公布 …)`` |
| a heading naming a list (…目录 / 清单 / 规章库 / 文件库 / 一览表), then ≥ 2 such lines | ``现行有效规章目录`` / ``1.…办法（市政府令第3号）`` |
| ≥ 3 list lines each holding one 发文字号 and one date, no header | ``3	长政发〔2020〕4号	…	2020-03-02`` |

A list line starts with a sequence number or holds tab-separated cells, and is no sentence (it does
not end in 。). A list under a line that says it is repealed, expired or amended (废止 / 失效 /
修改 / 修订 / 清理) is a decision's list, read by the amendments extractor, not a catalogue. The date
of an entry is the one written right before its number with 公布 / 发布 / 印发 after it, else the
date cell of the row, else the only date of the line; the title is the 《》 title or the text left
when the number, dates, parentheses and portal links (下载 / 查看) are taken out, kept only when it
reads as a title (关于…, or ends in a document type such as 办法).
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
    if section.kind != seg.CATALOGUE:
        yield from _document_lists(section, context)
        return
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


# ---------------------------------------------------------------- document lists outside 发文目录

_LIST_ITEM = re.compile(r"^\s*(?:\d{1,3}\s*[.．、]?(?=\s|[^\d.．年月日])|[（(]\d{1,3}[）)])")
_LIST_HEADING = re.compile(r"(?:目录|清单|规章库|文件库|一览表?|文件汇编)\s*$")
_NOT_CATALOGUE = re.compile(r"废止|失效|修改|修订|清理|停止执行|不再执行")
_PROMULGATION = re.compile(r"^\s*(?:公布|发布|印发|颁布|施行)")
_PORTAL_LINKS = re.compile(r"下载(?:文字版|图片版|附件|全文)?|查看(?:详情|全文)?|\[?详细\]?|打印")
_PARENS = re.compile(r"[（(][^（()）]*[）)]|[（(][^（()）]*$")
_HEADER_LOOKBACK = 3


@dataclass
class _ListLine:
    number: int
    raw: str
    text: str
    doc: docnumber.DocNumber
    start: int
    end: int


def _list_line(number: int, raw: str) -> _ListLine | None:
    text = clean(raw)
    if not text or text.endswith("。") or len(text) > 160:
        return None
    if not ("\t" in raw or _LIST_ITEM.match(text)):
        return None
    found = list(docnumber.find_all(text))
    if len(found) != 1:
        return None
    doc, start, end = found[0]
    return _ListLine(number, raw, text, doc, start, end)


def _document_lists(section: Section, context: Context) -> Iterator[Record]:
    lines = [(n, raw) for n, raw in section.numbered_lines() if raw.strip()]
    i = 0
    while i < len(lines):
        run: list[_ListLine] = []
        j = i
        while j < len(lines):
            item = _list_line(*lines[j])
            if item is None:
                break
            run.append(item)
            j += 1
        if len(run) >= 2 and _is_catalogue(lines[max(0, i - _HEADER_LOOKBACK) : i], run):
            for item in run:
                yield _list_entry(item, context)
        i = max(j, i + 1)


def _is_catalogue(above: list[tuple[int, str]], run: list[_ListLine]) -> bool:
    texts = [clean(raw) for _, raw in above]
    if any(_NOT_CATALOGUE.search(t) for t in texts):
        return False
    if any(_HEADER.search(t) and len(t) <= 40 for t in texts[-1:]):
        return True
    if any(_LIST_HEADING.search(t) for t in texts):
        return True
    return len(run) >= 3 and all(_entry_date(item) for item in run)


def _entry_date(item: _ListLine) -> str | None:
    found = [d for d in dates.find_all(item.text) if d.iso]
    if not found:
        return None
    before = [d for d in found if d.end <= item.start and not item.text[d.end : item.start].strip()]
    if before and _PROMULGATION.match(item.text[item.end :]):
        return before[-1].iso
    if "\t" in item.raw:
        cells = [clean(c) for c in item.raw.split("\t")]
        cell = next((dates.parse(c) for c in cells if dates.is_date_line(c)), None)
        if cell:
            return cell
    return found[0].iso if len(found) == 1 else None


def _list_title(item: _ListLine) -> str:
    quoted = re.search(r"《([^《》]{4,80})》", item.text)
    if quoted:
        return quoted.group(1)
    text = item.text[: item.start] + " " + item.text[item.end :]
    text = _PARENS.sub(" ", text)
    for found in dates.find_all(text):
        text = text.replace(found.verbatim, " ")
    text = _PORTAL_LINKS.sub(" ", _LIST_ITEM.sub("", text))
    cells = [c.strip(" ,，、:：;；") for c in re.split(r"\s{1,}|\t", text)]
    title = max(cells, key=len, default="")
    if len(title) >= 4 and ("关于" in title or docnumber.document_type(title)):
        return title
    return ""


def _list_entry(item: _ListLine, context: Context) -> Record:
    title = _list_title(item)
    issuer = issuer_from_title(title) if title else None
    return CatalogueEntryRecord(
        source=context.span(item.number),
        number=item.doc.normalized,
        title=title or None,
        issuer=issuer,
        issuer_resolved=resolved_issuer(issuer),
        date=_entry_date(item),
    )
