"""The issue: masthead and imprint (front matter) and the table of contents.

A gazette's front matter names the gazette (…人民政府公报), the year and issue (2023 / 第6期 /
总第250期, or 2023年第6期（总第250期）), the publication date (出版日期), the publisher (主办), the
compiling office (承编/编辑出版) and the editorial board (编委, 主编, 副主编, 编辑 …) as ``key：value``
lines; a list of 编委 names may follow its key on the next lines. The TOC lists entries under
headings (市政府文件, 机构人事, …): a title, often with its 发文字号 in brackets, and a leader with the
page number; a long title wraps so that the number and page stand on the next line.

One IssueRecord per source that has a masthead, built from its front matter and TOC sections; a
text without a masthead (a web copy, one document) yields no issue.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg import segment as seg
from kg.extract.context import Context
from kg.records import EditorialRole, ExtractionWarning, IssueRecord, Record, TocEntry
from kg.segment import Section
from kg.text import dates, docnumber
from kg.text.normalize import clean, to_ascii_digits

_GAZETTE_TITLE = re.compile(r"^[\u4e00-\u9fff]{2,30}(?:公报|政报)$")
_YEAR_LINE = re.compile(r"^(?:19|20)\d{2}(?:年)?$")
_YEAR_DOT = re.compile(r"^(?P<y>(?:19|20)\d{2})[.．](?P<n>\d{1,2})$")  # 2023.6
_ISSUE_NO = re.compile(r"(?:(?P<y>(?:19|20)\d{2})\s*年\s*)?第\s*(?P<n>\d{1,3})\s*期")
_CUMULATIVE = re.compile(r"总\s*第\s*(?P<n>\d{1,5})\s*期")
_KEY_VALUE = re.compile(r"^(?P<key>[\u4e00-\u9fff]{2,8})\s*[：:]\s*(?P<value>.*)$")
_PUBLISHED_KEYS = ("出版日期", "出版时间", "发行日期", "印发日期", "出刊日期")
_PUBLISHER_KEYS = ("主办", "主办单位")
_EDITOR_KEYS = ("承编", "编辑出版", "编印", "编辑单位", "编辑出版单位")
# fmt: off
_ROLE_KEYS = ("编委", "主任", "副主任", "主编", "副主编", "执行主编", "责任编辑", "编辑", "委员")
# fmt: on
_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,4}$")
_ASIDE = re.compile(r"[（(][^）)]*[）)]")  # （按姓氏笔画为序）

_TOC_ENTRY_END = re.compile(
    r"\s*(?:…{2,}|\.{3,}|·{3,}|-{4,})\s*[（(]?\s*(?P<page>\d{1,3})\s*[）)]?\s*$"
)
# Headings of TOC parts, recognised by their last word when no blank line sets them apart.
_HEADING_WORDS = re.compile(
    r"^[\u4e00-\u9fff、]{0,10}(?:文件|人事|任免|简讯|记事|目录|规章|公告|法规|动态|解读)$"
)
_TOC_HEADING_BRACKETS = re.compile(r"^[【［\[](?P<h>[^】］\]]{1,20})[】］\]]$")


def extract(section: Section, context: Context) -> Iterator[Record]:
    """The IssueRecord, read once per source from its front matter (and TOC)."""
    if section.kind != seg.FRONT_MATTER:
        if section.kind == seg.TOC and not _front_matter(context):
            yield from _toc_only_warning(section, context)
        return
    record = _issue(section, context)
    if record is None:
        return
    toc = next((s for s in context.sections if s.kind == seg.TOC), None) or _leaderless_toc(section)
    if toc is not None:
        entries, warnings = _toc_entries(toc, context)
        record.toc = entries
        yield record
        yield from warnings
    else:
        yield record


def _leaderless_toc(front: Section) -> Section | None:
    """A TOC without leaders or pages (web copies of an issue) inside the front matter: the lines
    after a 目录 heading, read as entries closed by their bracketed 发文字号."""
    for number, text in front.numbered_lines():
        if seg.TOC_HEAD.match(clean(text).replace(" ", "")):
            if number < front.end:
                return Section(seg.TOC, number + 1, front.end, None, front.source)
            return None
    return None


def _front_matter(context: Context) -> Section | None:
    return next((s for s in context.sections if s.kind == seg.FRONT_MATTER), None)


def _toc_only_warning(section: Section, context: Context) -> Iterator[Record]:
    yield ExtractionWarning(
        context.span(section.start, section.start),
        genre="issue",
        message=f"table of contents at line {section.start} has no masthead "
        "before it: no issue record",
    )


# ---------------------------------------------------------------- masthead and imprint


def _issue(section: Section, context: Context) -> IssueRecord | None:
    lines = [(n, clean(t)) for n, t in section.numbered_lines()]
    title_line = next(((n, t) for n, t in lines if _GAZETTE_TITLE.match(t.replace(" ", ""))), None)
    if title_line is None:
        return None
    fields = _key_values(lines)
    year, number = _year_and_number(lines)
    cumulative = _first_int(_CUMULATIVE, lines)
    published = _value(fields, _PUBLISHED_KEYS)
    last = max(n for n, _ in lines)
    return IssueRecord(
        source=context.span(title_line[0], last),
        title=title_line[1].replace(" ", ""),
        year=year,
        number=number,
        cumulative_number=cumulative,
        published=dates.parse(published[1]) if published else None,
        publisher=_value_text(fields, _PUBLISHER_KEYS),
        government=context.government,
        editor=_value_text(fields, _EDITOR_KEYS),
        editorial_roles=_roles([(n, t.strip()) for n, t in section.numbered_lines()]),
    )


def _key_values(lines: list[tuple[int, str]]) -> dict[str, tuple[int, str]]:
    """key → (line, value) for each ``key：value`` line, first occurrence kept."""
    out: dict[str, tuple[int, str]] = {}
    for number, text in lines:
        match = _KEY_VALUE.match(text)
        if match and match.group("key") not in out:
            out[match.group("key")] = (number, match.group("value").strip())
    return out


def _value(fields: dict[str, tuple[int, str]], keys: tuple[str, ...]) -> tuple[int, str] | None:
    return next((fields[k] for k in keys if k in fields and fields[k][1]), None)


def _value_text(fields: dict[str, tuple[int, str]], keys: tuple[str, ...]) -> str | None:
    found = _value(fields, keys)
    return found[1].replace(" ", "") if found else None


def _year_and_number(lines: list[tuple[int, str]]) -> tuple[int | None, int | None]:
    year: int | None = None
    number: int | None = None
    for _, text in lines:
        compact = to_ascii_digits(text.replace(" ", ""))
        match = _ISSUE_NO.search(_CUMULATIVE.sub("", compact))
        if match and number is None:
            number = int(match.group("n"))
            year = year or (int(match.group("y")) if match.group("y") else None)
        dotted = _YEAR_DOT.match(compact)
        if dotted:
            year = year or int(dotted.group("y"))
            number = number or int(dotted.group("n"))
        if year is None and _YEAR_LINE.match(compact):
            year = int(compact[:4])
        if year is not None and number is not None:
            break
    return year, number


def _first_int(pattern: re.Pattern[str], lines: list[tuple[int, str]]) -> int | None:
    for _, text in lines:
        match = pattern.search(to_ascii_digits(text))
        if match:
            return int(match.group("n"))
    return None


def _roles(lines: list[tuple[int, str]]) -> list[EditorialRole]:
    """Editorial roles: ``主编：梁彬``; ``编委：（按姓氏笔画为序）`` followed by lines of names.

    Reads the raw lines: the spaces between names are what separate them (clean() would join
    them as line-wrap spaces)."""
    roles: list[EditorialRole] = []
    current: str | None = None
    for _, text in lines:
        match = _KEY_VALUE.match(text)
        if match:
            key = match.group("key")
            current = key if key in _ROLE_KEYS else None
            if current:
                roles.extend(EditorialRole(current, n) for n in _names(match.group("value")))
        elif current and all(_NAME.match(part) for part in _split_names(text)):
            roles.extend(EditorialRole(current, n) for n in _names(text))
        else:
            current = None
    return roles


def _split_names(text: str) -> list[str]:
    return [p for p in re.split(r"[\s、，,；;]+", _ASIDE.sub("", text)) if p]


def _names(text: str) -> list[str]:
    return [p for p in _split_names(text) if _NAME.match(p)]


# ---------------------------------------------------------------- table of contents


def _toc_entries(section: Section, context: Context) -> tuple[list[TocEntry], list[Record]]:
    """Entries with their heading, 发文字号 and page; lines that end no entry are kept pending
    until a leader line closes the entry, and pending lines set apart by a blank line are headings."""
    entries: list[TocEntry] = []
    warnings: list[Record] = []
    heading: str | None = None
    pending: list[tuple[int, str]] = []
    previous_line = section.start - 1
    for number, raw in section.numbered_lines():
        text = clean(raw)
        gap = number - previous_line > 1
        previous_line = number
        if seg.TOC_HEAD.match(text.replace(" ", "")):
            continue
        bracketed = _TOC_HEADING_BRACKETS.match(text.replace(" ", ""))
        if bracketed:
            heading, pending = bracketed.group("h"), []
            continue
        if gap and pending:
            heading = _heading_of(pending) or heading
            pending = []
        end = _TOC_ENTRY_END.search(text)
        if end is None and seg.is_number_line(text) and pending:
            entry = _entry("".join(t for _, t in pending) + text, None, heading)
            entry.source = context.span(pending[0][0], number)
            entries.append(entry)
            pending = []
            continue
        if end is None:
            if not pending and _HEADING_WORDS.search(text.replace(" ", "")):
                heading = text.replace(" ", "")
            else:
                pending.append((number, text))
            continue
        own_title = bool(docnumber.document_type(seg.strip_numbers(text[: end.start()])))
        pending = _drop_unpaged(pending, own_title, context, warnings)
        body = "".join(t for _, t in pending) + text[: end.start()]
        entry = _entry(body, int(end.group("page")), heading)
        entry.source = context.span(pending[0][0] if pending else number, number)
        entries.append(entry)
        pending = []
    if pending:
        first = pending[0][0]
        warnings.append(
            ExtractionWarning(
                context.span(first, pending[-1][0]),
                genre="issue",
                message=f"table of contents line {first} has no page number: not read as an entry",
            )
        )
    return entries, warnings


def _drop_unpaged(
    pending: list[tuple[int, str]], own_title: bool, context: Context, warnings: list[Record]
) -> list[tuple[int, str]]:
    """Pending lines up to the last complete title (…的通知) are entries that lost their page,
    unless that title is the one the leader line closes (its number and page stand alone on the
    leader line): warn about them and keep only the lines after them."""
    complete = [i for i, (_, t) in enumerate(pending) if docnumber.document_type(t)]
    if not complete:
        return pending
    last = complete[-1]
    cut = last + 1 if own_title or last < len(pending) - 1 else last
    for number, text in pending[:cut]:
        warnings.append(
            ExtractionWarning(
                context.span(number),
                genre="issue",
                message=f"table of contents line {number} has no page number: "
                f"{text[:30]!r} not read as an entry",
            )
        )
    return pending[cut:]


def _heading_of(pending: list[tuple[int, str]]) -> str | None:
    """The heading among lines that stood apart from the entry after them (the last one wins)."""
    text = pending[-1][1].replace(" ", "")
    return text if len(text) <= 40 else None


def _entry(body: str, page: int | None, heading: str | None) -> TocEntry:
    found = list(docnumber.find_all(body))
    number = found[0][0].normalized if found else None
    title = body
    for _, start, end in sorted(found, key=lambda m: -m[1]):
        title = title[:start] + title[end:]
    title = clean(re.sub(r"[（(]\s*[）)]", "", title))
    return TocEntry(title=title, number=number, page=page, section=heading)
