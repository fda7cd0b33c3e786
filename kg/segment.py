"""Segmenting a source into sections by genre.

A gazette issue is front matter, a table of contents, official documents (each: optional
registration number, title, 发文字号, addressees, body, signature, date, attachments), and
department sections: personnel changes (人事任免), news briefs (政务简讯), the chronicle (政府记事) and the
catalogue of issued documents (发文目录). A text copied from a web page may be one document or one
notice without any of the headings; it becomes a single ``text`` section that every extractor that
understands free text reads.

The segmenter only draws boundaries; it understands no content beyond headings.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kg.text import docnumber
from kg.text.normalize import clean
from kg.text.source import Source

FRONT_MATTER = "front_matter"
TOC = "toc"
DOCUMENT = "document"
PERSONNEL = "personnel"
BRIEFS = "briefs"
CHRONICLE = "chronicle"
CATALOGUE = "catalogue"
TEXT = "text"  # unsegmented free text: a copied notice or a news report
OTHER = "other"  # recognised as not ours (feature articles, distribution notes)

SECTION_KINDS = (FRONT_MATTER, TOC, DOCUMENT, PERSONNEL, BRIEFS, CHRONICLE, CATALOGUE, TEXT, OTHER)


@dataclass(frozen=True)
class Section:
    kind: str
    start: int  # first line, 1-based
    end: int  # last line, inclusive
    title: str | None
    source: Source

    def numbered_lines(self) -> Iterator[tuple[int, str]]:
        """(line number, original text) for each non-blank line of the section."""
        for number in range(self.start, self.end + 1):
            text = self.source.line(number)
            if text.strip():
                yield number, text

    def quote(self, start: int | None = None, end: int | None = None) -> str:
        return self.source.quote(start or self.start, end or self.end)


# Department-section headings. Spaces inside them are common (政 务 简 讯), so match on cleaned text.
_HEADINGS = (
    (PERSONNEL, re.compile(r"^.{0,20}(?:人事任免|任免名单|任免事项)$")),
    (BRIEFS, re.compile(r"^政务简讯$|^政务动态$")),
    (CHRONICLE, re.compile(r"^.{0,20}(?:政府记事|大事记)$")),
    (CATALOGUE, re.compile(r"^.{0,30}发文目录$")),
)
_TOC_LEADER = re.compile(r"(?:…|\.{3,}|·{3,}).{0,3}[（(]?\s*\d{1,3}\s*[）)]?\s*$")
_DOC_TYPES = (
    "决定|通知|意见|办法|方案|规定|规划|细则|通报|批复|公告|通告|决议|命令|令|报告|函|纪要|"
    "条例|规则|措施|计划|纲要|要点|指引|标准|目录|清单"
)
_TITLE = re.compile(rf"(?:关于.+的)?(?:{_DOC_TYPES})$")
_REG_NUMBER = re.compile(r"^[A-Z]{2,4}\d{2}\s*[-－—]\s*\d{4}\s*[-－—]\s*\d{3,5}$")
_FEATURE_END = re.compile(r"赠阅范围|集中赠阅点|（内部资料")


def _heading_kind(text: str) -> str | None:
    compact = clean(text).replace(" ", "")
    if len(compact) > 40:
        return None
    for kind, pattern in _HEADINGS:
        if pattern.search(compact):
            return kind
    return None


def _is_number_line(text: str) -> bool:
    compact = clean(text).replace(" ", "")
    return docnumber.parse(compact) is not None


def _title_above(source: Source, number_line: int) -> int | None:
    """The line where the title over a 发文字号 line starts (titles can wrap onto two lines)."""
    seen: list[int] = []
    line = number_line - 1
    while line >= 1 and len(seen) < 3:
        text = clean(source.line(line))
        if text:
            if _is_number_line(text) or _TOC_LEADER.search(text):
                break
            seen.append(line)
            if _TITLE.search(text.replace(" ", "")) or "关于" in text:
                start = line
                # A registration number (ZJCC00-2023-0007) printed right above the title belongs to it.
                prev = line - 1
                while prev >= 1 and not source.line(prev).strip():
                    prev -= 1
                if prev >= 1 and _REG_NUMBER.match(clean(source.line(prev))):
                    start = prev
                return start
        line -= 1
    return None


def _starts(source: Source) -> list[tuple[int, str, str | None]]:
    """(line, kind, title) of every section start, in text order."""
    starts: list[tuple[int, str, str | None]] = []
    toc_lines = [n for n, t in enumerate(source.lines, 1) if _TOC_LEADER.search(t)]
    toc_range = (min(toc_lines), max(toc_lines)) if len(toc_lines) >= 2 else None
    in_toc = (lambda n: toc_range[0] - 40 <= n <= toc_range[1]) if toc_range else (lambda n: False)
    if toc_range:
        first = toc_range[0]
        while first > 1 and source.line(first - 1).strip() and not _heading_kind(source.line(first - 1)):
            first -= 1
        starts.append((first, TOC, None))
    for number, text in enumerate(source.lines, 1):
        if not text.strip() or (toc_range and in_toc(number)):
            continue
        kind = _heading_kind(text)
        if kind:
            starts.append((number, kind, clean(text)))
        elif _is_number_line(text):
            title_line = _title_above(source, number)
            if title_line is not None:
                title = " ".join(clean(source.line(n)) for n in range(title_line, number)
                                 if source.line(n).strip() and not _REG_NUMBER.match(clean(source.line(n))))
                starts.append((title_line, DOCUMENT, clean(title)))
        elif _FEATURE_END.search(text) and starts:
            starts.append((number, OTHER, None))
    return _dedupe(starts)


def _dedupe(starts: list[tuple[int, str, str | None]]) -> list[tuple[int, str, str | None]]:
    out: list[tuple[int, str, str | None]] = []
    for start in sorted(starts, key=lambda s: s[0]):
        if out and out[-1][0] == start[0]:
            continue
        if out and out[-1][1] == OTHER and start[1] == OTHER:
            continue
        out.append(start)
    return out


def segment(source: Source) -> list[Section]:
    """Split ``source`` into sections covering every line exactly once."""
    starts = _starts(source)
    last = len(source.lines)
    if not starts:
        return [Section(TEXT, 1, last, None, source)]
    sections: list[Section] = []
    if starts[0][0] > 1:
        kind = FRONT_MATTER if any(k in (TOC, DOCUMENT) for _, k, _ in starts) else TEXT
        sections.append(Section(kind, 1, starts[0][0] - 1, None, source))
    for index, (line, kind, title) in enumerate(starts):
        end = starts[index + 1][0] - 1 if index + 1 < len(starts) else last
        sections.append(Section(kind, line, end, title, source))
    return sections
