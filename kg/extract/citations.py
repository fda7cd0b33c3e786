"""Documents cited in the text by 发文字号 and/or 《title》.

Citations in 公文 come as ``《title》（发文字号）`` (根据《浙江省行政规范性文件管理办法》（省政府令372号）),
as a bare 发文字号 (按照温政办〔2021〕81号文件), or as a bare 《title》; in tables the number stands
in the next cell. A title and a number are one citation when only brackets or white space stand
between them. Only 《…》 whose last word is a document type (条例, 办法, 规划, 方案, 通知, 意见, 决定…)
count: 《温州日报》 and 《温州市人民政府公报》 are publications, not documents. A type word alone
(《决定》, 《本办法》), a placeholder (《×××规定》, a site's elision 《(略)…办法》: a number beside
it is still cited) and a short form the text defines (以下简称《条例》) name no document.

A document the text reports as issued or adopted on a line (会议审议通过《…意见》, 印发《…》:
kg.extract.documents) is that document there, not also cited there, unless a document known by its
number cites it (a 公告 that publishes a decision).

Each cited document is reported once per citing document (a number-only or title-only mention of a
document that is also cited with both is folded into it; a draft's stage after a title, 《政府工作
报告(讨论稿)》, names the same document as 《政府工作报告》; a document whose page prints its head twice,
the portal's block and the notice, each with its number, cites once, where first). Inside a document section ``cited_by`` is
that document's number (or title); elsewhere (news briefs, free text) it is None.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kg import segment as seg
from kg.extract import documents
from kg.extract.context import Context
from kg.extract.documents import document_number, unflattened, web_head
from kg.records import CitedDocumentRecord, DocumentRecord, ExtractionWarning, Record
from kg.segment import Section
from kg.text import docnumber
from kg.text.joined import Joined
from kg.text.normalize import clean, key

_TITLE = re.compile(r"《(?P<title>[^《》]{2,120})》")
_GAP = re.compile(r"[\s（(]*(?:\d{4}年)?")  # 《办法》（2005年江西省人民政府令第140号公布）
_NOT_DOCUMENTS = re.compile(r"(?:公报|日报|晚报|周刊|杂志)$")
# What names no document: a type word alone or after 本/该/此 (《规定》, 《本办法》), a placeholder
# (《×××规定》, 《XX市…办法》, 《某某条例》, a site's elision 《 (略) 行政规范性文件管理办法》); and a
# short form the text defines (以下简称《条例》).
_NO_TITLE = re.compile(r"[×Xx＊*]{2,}|某某|ＸＸ|○○|[（(]\s*略\s*[）)]")
_GENERIC = re.compile(r"^(?:本|该|此|原|上述|一般|补充)?(?:暂行|实施)?")
_SHORT_FORM = re.compile(r"(?:以下)?(?:简称|称)[:：\s]*$")


def _after_short_form(text: str, start: int) -> bool:
    """Whether ``text`` before ``start`` ends in 简称/称 and colons or white space (以下简称《条例》):
    looked for from the end of that run back, not in all the text before, which costs the square
    of a long section (a text whose line breaks were lost is one section)."""
    run = start
    while run > 0 and (text[run - 1] in ":：" or text[run - 1].isspace()):
        run -= 1
    return _SHORT_FORM.search(text, max(0, run - 4), start) is not None


def extract(section: Section, context: Context) -> Iterator[Record]:
    citing_number, citing_title, skip = _citing(section)
    if section.kind == seg.DOCUMENT and citing_title is None and citing_number:
        # the portal's headline over the metadata names the order's own decision (its title then
        # its number in brackets): the note publishing it (《…的决定》已于…通过,现予公布) cites nothing
        citing_title = documents.headline_with_number(
            section, context, docnumber.parse(citing_number)
        )
    lines = _candidate_lines(section, skip)
    if not lines:
        return
    found = _citations(_join(lines))
    own = {key(x) for x in (citing_number, citing_title) if x}
    cited_by = citing_number or citing_title
    reported = (
        _reported(section, context)
        if section.kind != seg.DOCUMENT and found and not citing_number
        else set()
    )
    earlier = _cited_before(section, context, citing_number) if citing_number else set()
    for record in _dedupe(found):
        if key(record.number) in own or key(record.title) in own:
            continue
        if _names(record) & earlier:
            continue  # the same document's header printed twice: its citations reported once
        if _reported_here(record, reported) and (
            cited_by is None or key(cited_by) in key(record.title)
        ):
            continue  # 会议审议通过《…意见》: the document reported there, not a citation of it
        yield CitedDocumentRecord(
            source=context.span(record.first, record.last),
            number=record.number,
            title=record.title,
            cited_by=cited_by,
        )
        parsed = docnumber.parse(record.number or "")
        if parsed is not None and docnumber.needs_term(parsed) and not record.title:
            yield ExtractionWarning(
                source=context.span(record.first, record.last),
                genre="citations",
                message=f"{record.number} cited without its term and without a title: a 主席令's "
                "sequence restarts with each term, so the number names no one order; not linked "
                "in the graph",
            )


def _cited_before(section: Section, context: Context, number: str) -> set[str]:
    """The cited documents (number and title keys) of the page's earlier sections that are the
    same document, known by the same number: a portal prints a notice's heading and number in its
    metadata block, then the notice with them again (济长政办字〔2021〕3号 over 关于印发《政府工作
    报告》…的通知, twice); what both cite is cited once, where first."""
    out: set[str] = set()
    for other in context.sections:
        if other.start >= section.start:
            break
        if other.kind not in (seg.DOCUMENT, seg.TEXT) or _citing(other)[0] != number:
            continue
        _, _, skip = _citing(other)
        lines = _candidate_lines(other, skip)
        if lines:
            for found in _citations(_join(lines)):
                out |= _names(found)
    return out


def _names(found: _Found) -> set[str]:
    return {name for name in (key(found.number), _stage_free(found.title)) if name}


def _reported(section: Section, context: Context) -> set[tuple[int, str]]:
    """(line, number or title key) of each document a report, a chronicle or a page reports as
    issued or adopted (印发《…》, 会议审议通过《…》: kg.extract.documents). Named there, it is that
    document, not a citation of it, when no document cites it or when the citing one is the page's
    heading, a line of the document's own title (静安区…品牌 / 加快建设…三年行动计划 / (2018—2020年)):
    a 公告 known by its number that publishes a decision still cites it."""
    out: set[tuple[int, str]] = set()
    for record in documents.extract(section, context):
        if isinstance(record, DocumentRecord):
            for name in (record.number, record.title):
                if name:
                    out.update(
                        (line, key(name))
                        for line in range(record.source.start_line, record.source.end_line + 1)
                    )
    return out


def _reported_here(record: _Found, reported: set[tuple[int, str]]) -> bool:
    """Whether the citation names, on its own lines, a document reported there."""
    return any(
        (line, name) in reported
        for line in range(record.first, record.last + 1)
        for name in (key(record.number), key(record.title))
        if name
    )


def _citing(section: Section) -> tuple[str | None, str | None, set[int]]:
    """(number, title) of the document a section is, and the lines that name it (its head)."""
    if section.kind == seg.DOCUMENT:
        parsed, number_line = document_number(section)
        head = set(range(section.start, number_line + 1)) if number_line else set()
        title = section.title if section.title and not _generic(section.title) else None
        return (parsed.normalized if parsed else None), title, head
    flat = unflattened(section) if section.kind == seg.TEXT else None
    if section.kind == seg.TEXT and (head := web_head(section, flat)) is not None:
        lines = [n for n, _ in section.numbered_lines()]
        skip = set(head.meta_lines)
        if head.title_index is not None and flat is None:
            skip.add(lines[head.title_index])  # (a flattened page's title shares its line)
        number = head.number or (_own_note(section, head) if flat is None else None)
        title = head.title if head.title and not _generic(head.title) else None
        return (number.normalized if number else None), title, skip
    return None, None, set()


# A law database's note of the text's own date and number, opening the first line under its
# title: (1985年5月4日皖政〔1985〕38号)  根据…; the document's number, not a citation of another.
_OWN_NOTE = re.compile(
    r"^\s*[（(]\s*(?:(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)?\s*"
    r"(?P<number>[^（）()《》，。；,;]{4,30}?号)\s*[)）]"
)


def _own_note(section: Section, head: documents.WebHead) -> docnumber.DocNumber | None:
    """The number a note under the page's title gives the text itself: the first line after the
    title (and its metadata, and the title printed again) opens with it."""
    if head.title_index is None:
        return None
    for number, raw in list(section.numbered_lines())[head.title_index + 1 :][:20]:
        text = clean(raw)
        if number in head.meta_lines or seg.is_title_line(text):
            continue
        match = _OWN_NOTE.match(text)
        return docnumber.parse(match.group("number").replace(" ", "")) if match else None
    return None


def _candidate_lines(section: Section, skip: set[int]) -> list[tuple[int, str]]:
    """Lines that can hold a citation (a 《, 》 or 号, or the middle of an unclosed 《…》), cleaned;
    other lines are kept empty so that no citation is read across them."""
    out: list[tuple[int, str]] = []
    unclosed = False
    for number, raw in section.numbered_lines():
        if number in skip:
            continue
        if unclosed or "《" in raw or "》" in raw or "号" in raw:
            text = clean(raw)
            unclosed = text.rfind("《") > text.rfind("》")
        else:
            text = ""
        out.append((number, text))
    return out


def _join(lines: list[tuple[int, str]]) -> Joined:
    parts, starts, length = [], [], 0
    for number, line in lines:
        starts.append((length, number))
        parts.append(line + "\n")
        length += len(line) + 1
    return Joined("".join(parts), starts)


@dataclass
class _Found:
    number: str | None
    title: str | None
    first: int
    last: int
    cited_by: str | None = None


def _citations(joined: Joined) -> list[_Found]:
    """Every citation in text order: titles (paired with an adjacent number) and bare numbers."""
    numbers = {start: (parsed, end) for parsed, start, end in docnumber.find_all(joined.text)}
    used: set[int] = set()
    found: list[tuple[int, _Found]] = []
    for match in _TITLE.finditer(joined.text):
        title = clean(match.group("title").replace("\n", ""))
        if not docnumber.document_type(title) or _NOT_DOCUMENTS.search(title):
            continue
        if (
            _generic(title)
            or _NO_TITLE.search(title)
            or _after_short_form(joined.text, match.start())
            or joined.text[max(0, match.start() - 2) : match.start()].endswith(_BACK_REFERENCE)
        ):
            continue  # 《规定》 alone, 《×××规定》, (以下简称《条例》): no document named
        gap = _GAP.match(joined.text, match.end())
        paired = numbers.get(gap.end()) if gap else None
        end = match.end()
        number = None
        if paired is not None:
            used.add(gap.end())
            number, end = paired[0].normalized, paired[1]
        found.append(
            (
                match.start(),
                _Found(number, title, joined.line_at(match.start()), joined.line_at(end - 1)),
            )
        )
    for start, (parsed, end) in numbers.items():
        if start not in used and not _META_KEY_BEFORE.search(
            joined.text, max(0, start - 16), start
        ):
            found.append(
                (
                    start,
                    _Found(parsed.normalized, None, joined.line_at(start), joined.line_at(end - 1)),
                )
            )
    return [f for _, f in sorted(found, key=lambda item: item[0])]


# A metadata key before a number (【发布文号】广西壮族自治区人民政府令2016年第116号, 文号:…, K-11): the
# value names the page's own document, printed in a law database's block, not a document it cites.
# (a table flattened with | prints the value under its key, a pinyin site its reading after it:
# 文件字號(hào) | / 省地稅公告2011年第3號(hào) |)
_META_KEY_BEFORE = re.compile(
    r"(?:文号|字号|文號|字號)(?:[(（][a-zà-ǜü]{1,6}[)）])?\s*[】\]］:：|｜]?\s*$"
)


# 该《责任清单》, 上述《办法》: a document named before, by a short form (会议原则同意该《责任清单》).
_BACK_REFERENCE = ("该", "上述")


def _generic(title: str) -> bool:
    """A type word alone or after 本/该/此/一般 (《规定》, 《本办法》; a part headed 一般规定)."""
    return _GENERIC.sub("", clean(title)) == docnumber.document_type(title)


# A draft's stage written after its title (政府工作报告(讨论稿), …条例(草案)): the same document
# as the title without it, in one text.
_STAGE = re.compile(r"[(（](?:讨论稿|征求意见稿|送审稿|草案|草案修改稿|修改稿|代拟稿|初稿)[)）]$")


def _stage_free(title: str | None) -> str:
    """A title's key without the draft stage written after it."""
    return key(_STAGE.sub("", clean(title))) if title else ""


def _dedupe(found: list[_Found]) -> list[_Found]:
    """One citation per cited document: merged by number, and by title when one side lacks it (a
    draft's stage after the title no difference: 《政府工作报告(讨论稿)》 then 起草好《政府工作报告》)."""
    out: list[_Found] = []
    by_number: dict[str, _Found] = {}
    by_title: dict[str, _Found] = {}
    for item in found:
        known = (by_number.get(item.number) if item.number else None) or (
            by_title.get(_stage_free(item.title)) if item.title else None
        )
        if known is None and item.title and not item.number:
            short = _stage_free(item.title)
            known = next(
                (f for t, f in by_title.items() if len(t) > len(short) and t.endswith(short)),
                None,
            )
        if known is not None and (
            not item.number or not known.number or known.number == item.number
        ):
            known.number = known.number or item.number
            known.title = known.title or item.title
        else:
            known = item
            out.append(item)
        if known.number:
            by_number[known.number] = known
        if known.title:
            by_title[_stage_free(known.title)] = known
    return out
