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
# A TOC line ends with a leader (……, ...., ····) and a page number, sometimes in brackets.
_TOC_LEADER = re.compile(r"(?:…{2,}|\.{3,}|·{3,}|-{4,}).{0,3}[（(]?\s*\d{1,3}\s*[）)]?\s*$")
_TOC_GAP = 12  # lines allowed between two leader lines of one TOC
TOC_HEAD = re.compile(r"^目\s*录$")
_MASTHEAD = re.compile(r"公报$|第\s*\d+\s*期|总第\s*\d+\s*期")
_TITLE_OPENING = re.compile(r"关于")
_ORGAN_LINE = re.compile(r"(?:人民政府|政府|办公室|办公厅|委员会|常委会|局|厅|委|部)$")
# An issuing organ's name on a line of its own (wider than an organ opening a wrapped title).
_ISSUER_LINE = re.compile(
    r"(?:人民政府|政府|办公室|办公厅|委员会|常委会|局|厅|委|部|院|署|银行|中心)$"
)
# A title that opens with a place's name is whole (河北省人工影响天气管理规定); an organ's name on
# the line above it is the issuer printed over the title, not the start of the title.
_PLACE_OPENING = re.compile(
    r"^(?:[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|自治州|县|自治县|区|旗|盟)|国家|中华人民共和国)"
)
_SENTENCE_END = re.compile(r"[。；;：:！？!?，,]$")
REG_NUMBER = re.compile(r"^[A-Z]{2,4}\d{2}\s*[-－—]\s*\d{4}\s*[-－—]\s*\d{3,5}$")
_PORTAL_META = re.compile(
    r"(?:发布日期|发布时间|时间|来源|浏览次数|点击数|点击次数|阅读次数|访问次数|浏览量|访问量|阅读量|点击量|字号|下载地址|附件下载)"
    r"\s*[：:]|点击此处下载|打印本页|关闭窗口"
)
_FEATURE_END = re.compile(r"赠阅范围|集中赠阅点|（内部资料")
# A web page's tail after its text: links to other pages (相关链接 / · 其他标题…), read by no extractor.
_PAGE_TAIL = re.compile(
    r"^\s*[【\[]?(?:相关链接|相关链结|相关新闻|相关阅读|相关文章|相关稿件|延伸阅读|推荐阅读|热点新闻|热门推荐"
    r"|更多新闻|上一篇|下一篇)[】\]]?\s*[:：]?\s*$"
)


_SHORT = 80  # raw length above which a line is no heading, number or title (skips clean())


def _heading_kind(text: str) -> str | None:
    if len(text) > _SHORT:
        return None
    compact = clean(text).replace(" ", "")
    if len(compact) > 40:
        return None
    for kind, pattern in _HEADINGS:
        if pattern.search(compact):
            return kind
    return None


def is_number_line(text: str) -> bool:
    """A line that is exactly one 发文字号 (brackets around it allowed)."""
    if len(text) > _SHORT or "号" not in text:
        return False
    compact = clean(text).replace(" ", "")
    return bool(compact) and docnumber.parse(compact) is not None


# 浙江省人民政府令 / 四川省第十一届人民代表大会常务委员会公告: an order's or a congress
# announcement's heading; its number on the next line (第389号, (第166号)), a page's address alone
# on a line between them skipped (a mirror's "Original URL: http://…").
_ORDER_HEAD = re.compile(rf"^[\u4e00-\u9fff]{{2,{docnumber.CODE_MAX - 1}}}(?:令|公告)$")
# (or, for an order numbered within its year, 2006年第8号: 中华人民共和国交通部令 / 2006 年第 8 号)
_ORDER_SEQ = re.compile(r"^[（(]?((?:(?:19|20)[0-9]{2}年)?第[0-9０-９]{1,5}号)[）)]?$")
_ADDRESS_LINE = re.compile(r"^(?:[A-Za-z ]{0,20}:|原文地址[：:]|网址[：:])?\s*https?://\S+$")
# Between an order's heading and its number: a mirror's address line, or the heading's English
# translation on a bilingual page (天津市人民政府令 / The Decree of Tianjin Municipal People's
# Government / 第20号).
_SKIPPED_UNDER_HEAD = re.compile(rf"{_ADDRESS_LINE.pattern}|^[A-Za-z][A-Za-z ,.'’-]{{4,80}}$")
# The note of an order or a 公告 that says what it publishes, under its number (or after it on its
# line: 江西省人民政府令第250号《…》已经…): 《T》已经/已于/业经/经/已由… (通过 or 批准, 现予公布 or
# 发布, often on the lines it wraps onto; a law database's own number may follow the title:
# 《…》(NO:SC112371)已由…), or …会议(审议)通过(了)《T》,现予公布, or as the State Council's orders
# write it, 现发布《T》,自…起施行 (现公布, 现予发布). Read on a line without its spaces.
_PROMULGATION_NOTE = re.compile(
    r"^《(?P<title>[^《》]{2,80})》(?:[（(][^（）()]{0,24}[)）])?(?:已经|已于|业经|经|已由)"
    r"|^[^《》。]{4,80}?会议(?:审议)?通过了?《(?P<passed>[^《》]{2,120})》[，,]?现予公布"
    r"|^现予?(?:公布|发布)《(?P<issued>[^《》]{2,80})》"
    # a decision named without its own 《》 (湖南省人民代表大会常务委员会关于修改《湖南省环境保护条例》的
    # 决定于2002年3月29日经…通过,现予公布): its title to 的决定, the note after it
    r"|^(?P<bare>[^《》。，,；;：:]{2,40}关于[^。，,；;：:]{2,100}?的决定)(?:于|已于|已经|经|业经|已由)"
    r"[^。]{4,80}?通过[，,]现予(?:公布|发布)"
)


def promulgation_note(text: str) -> str | None:
    """The title that the promulgation note ``text`` publishes (《安康市城市文明养犬管理条例》已于…
    通过,…现予公布 → 安康市城市文明养犬管理条例), as written; None when ``text`` is no such note.
    The one reader of the note for the segmenter (an order's section title) and the documents
    extractor (the text a 公告 publishes). The note opens its line, or follows the order's number
    there; a line that cites a text first (根据《…》经…批准) is no note."""
    compact = clean(text).replace(" ", "")
    number = next(docnumber.find_all(compact), None)
    if number is not None and number[1] == 0:
        compact = compact[number[2] :]  # 江西省人民政府令第250号《…》已经…
    match = _PROMULGATION_NOTE.match(compact)
    return (
        clean(
            match.group("title")
            or match.group("passed")
            or match.group("issued")
            or match.group("bare")
        )
        if match
        else None
    )


def order_number(source: Source, line: int) -> tuple[docnumber.DocNumber, int] | None:
    """A government order printed as a heading (浙江省人民政府令 / 第389号 on the next line):
    the parsed number and the line of 第N号; None when ``line`` is not such a heading."""
    raw = source.line(line)
    if len(raw) > _SHORT or ("令" not in raw and "公告" not in raw):
        return None
    head = clean(raw).replace(" ", "")
    if not _ORDER_HEAD.match(head):
        return None
    following = next(_nonblank(source, line, 1, 1), None)
    if following is not None and _SKIPPED_UNDER_HEAD.match(source.line(following).strip()):
        following = next(_nonblank(source, following, 1, 1), None)
    if following is None:
        return None
    seq = _ORDER_SEQ.match(clean(source.line(following)).replace(" ", ""))
    if not seq:
        return None
    parsed = docnumber.parse(head + seq.group(1))
    return (parsed, following) if parsed else None


def _promulgated_title(source: Source, line: int) -> str | None:
    """The title an order promulgates: 《…》已经…通过，现予公布 on one of the four lines under it."""
    for following in _nonblank(source, line, 1, 4):
        title = promulgation_note(source.line(following))
        if title:
            return title
    return None


def _has_number(text: str) -> bool:
    return next(docnumber.find_all(clean(text)), None) is not None


def _nonblank(source: Source, line: int, step: int, limit: int = 6) -> Iterator[int]:
    """Up to ``limit`` non-blank line numbers from ``line`` (exclusive) going by ``step``."""
    count = 0
    line += step
    while 1 <= line <= len(source.lines) and count < limit:
        if source.line(line).strip():
            count += 1
            yield line
        line += step


def is_title_line(text: str) -> bool:
    """A line that can be (part of) a document title: short, no sentence punctuation, no table."""
    return (
        bool(text)
        and len(text) <= 60
        and "\t" not in text
        and not _SENTENCE_END.search(text)
        and not _TOC_LEADER.search(text)
        and not is_number_line(text)
        and not REG_NUMBER.match(text)
        and not _heading_kind(text)
    )


def _title_above(source: Source, number_line: int) -> int | None:
    """The first line of the title printed over a 发文字号 line, or None.

    The title's last line ends with a document type (…的决定) or holds 关于; a title that wraps
    continues upwards to the line holding 关于 (or the issuing organ's name printed on its own line).
    """
    above = list(_nonblank(source, number_line, -1, 6))
    # A web copy prints the portal's metadata (发布日期：… 来源：…) between title and number.
    while above and _PORTAL_META.search(clean(source.line(above[0]))):
        above = above[1:]
    above = above[:4]
    if not above:
        return None
    bottom = clean(source.line(above[0]))
    # A law database prints the issuing organ on its own line between title and number.
    if (
        len(above) > 1
        and _is_organ_line(bottom)
        and docnumber.document_type(clean(source.line(above[1])))
    ):
        above = above[1:]
        bottom = clean(source.line(above[0]))
    if not is_title_line(bottom) or not (docnumber.document_type(bottom) or "关于" in bottom):
        return None
    start = above[0]
    for line in above[1:3]:
        if _TITLE_OPENING.search(clean(source.line(start))):
            break
        text = clean(source.line(line))
        if not is_title_line(text) or docnumber.document_type(text):
            break
        if _is_organ_line(text) and _PLACE_OPENING.match(clean(source.line(start))):
            break  # 河北省人民政府 / 河北省人工影响天气管理规定: the organ over a whole title
        start = line
    head = clean(source.line(start))
    prev = next(_nonblank(source, start, -1, 1), None)
    if prev is not None and head.startswith("关于"):
        prev_text = clean(source.line(prev))
        if is_title_line(prev_text) and _ORGAN_LINE.search(prev_text) and len(prev_text) <= 30:
            start, prev = prev, next(_nonblank(source, prev, -1, 1), None)
    # A registration number (ZJCC00-2023-0007) printed right above the title belongs to it.
    if prev is not None and REG_NUMBER.match(clean(source.line(prev))):
        start = prev
    return start


def _is_organ_line(text: str) -> bool:
    """A line that is only an organ's name (辽宁省铁岭市人民政府, 中国人民银行)."""
    compact = text.replace(" ", "")
    return (
        2 <= len(compact) <= 30
        and is_title_line(compact)
        and not docnumber.document_type(compact)
        and "关于" not in compact
        and bool(_ISSUER_LINE.search(compact))
    )


# A metadata key printed on its own line (• 发文字号:), its value on the next line.
_META_KEY_LINE = re.compile(r"^[•·\-*\s]*[\u4e00-\u9fff ]{2,8}[：:]$")


def _is_meta_value(source: Source, line: int) -> bool:
    """A line printed under a metadata key (• 发文字号: / 镇政发〔2024〕7号): a portal's
    metadata, not the head of a printed document."""
    previous = next(_nonblank(source, line, -1, 1), None)
    return previous is not None and bool(_META_KEY_LINE.match(clean(source.line(previous))))


def _title_below(source: Source, number_line: int) -> list[int]:
    """Title lines printed under a 发文字号 line (红头 style: number first, then the title)."""
    lines: list[int] = []
    for line in _nonblank(source, number_line, 1, 3):
        text = clean(source.line(line))
        if not is_title_line(text):
            break
        lines.append(line)
        if docnumber.document_type(text):
            return lines
    return []


def title_text(source: Source, lines: list[int] | range) -> str:
    """The cleaned title from its lines, registration numbers left out."""
    parts = [clean(source.line(n)) for n in lines if source.line(n).strip()]
    return clean(
        "".join(p for p in parts if not REG_NUMBER.match(p) and not _PORTAL_META.search(p))
    )


def _toc_range(source: Source) -> tuple[int, int] | None:
    """First and last line of the table of contents: the first cluster of leader lines, widened
    upwards over its headings (目录, 市政府文件, …) up to the masthead's key：value lines."""
    leaders = [
        n
        for n, t in enumerate(source.lines, 1)
        if ("…" in t or "..." in t or "··" in t or "----" in t) and _TOC_LEADER.search(t)
    ]
    if len(leaders) < 2:
        return None
    last = leaders[0]
    for line in leaders[1:]:
        if line - last > _TOC_GAP:
            break
        last = line
    if last == leaders[0]:
        return None
    first = leaders[0]
    for line in _nonblank(source, leaders[0], -1, 8):
        text = clean(source.line(line))
        if (
            re.search(r"[：:]", text)
            or len(text) > 40
            or _MASTHEAD.search(text)
            or is_number_line(text)
            or re.fullmatch(r"[\d.]+", text)
        ):
            break
        first = line
        if TOC_HEAD.match(text.replace(" ", "")):
            break
    return first, last


def catalogue_end(source: Source, heading: int) -> int:
    """The last line of the list under a 发文目录 heading. The list holds lines with a 发文字号,
    lines whose next line has one (a title above its number, a sub-heading, a table header) and
    wrapped continuations of an unfinished title; the first other line ends it."""
    last = heading
    previous = ""
    for line in _nonblank(source, heading, 1, limit=len(source.lines)):
        raw = source.line(line)
        text = clean(raw)
        following = list(_nonblank(source, line, 1, 2))
        if _has_number(text) or (
            len(text) <= 60 and any(_has_number(source.line(n)) for n in following)
        ):
            last, previous = line, raw
        elif previous and _unfinished(previous) and len(text) <= 60:
            last, previous = line, previous + text
        else:
            break
    return last


def _unfinished(entry: str) -> bool:
    """A catalogue line whose title wraps onto the next line (a table row never does)."""
    return "\t" not in entry and not docnumber.document_type(strip_numbers(entry))


def strip_numbers(text: str) -> str:
    for _number, start, end in sorted(docnumber.find_all(text), key=lambda m: -m[1]):
        text = text[:start] + text[end:]
    return re.sub(r"[（(]\s*[）)]", "", text).strip(" -•·\t")


def _document_start(source: Source, number: int) -> tuple[int, str | None]:
    """(first line, title) of the document whose 发文字号 stands on line ``number``."""
    title_line = _title_above(source, number)
    if title_line is not None:
        lines = [n for n in range(title_line, number) if source.line(n).strip()]
        while len(lines) > 1 and _is_organ_line(clean(source.line(lines[-1]))):
            lines.pop()  # the issuing organ printed between title and number
        return title_line, title_text(source, lines) or None
    below = _title_below(source, number)
    if below:
        return number, title_text(source, below)
    return number, None


def _starts(source: Source) -> list[tuple[int, str, str | None]]:
    """(line, kind, title) of every section start, in text order."""
    starts: list[tuple[int, str, str | None]] = []
    numbers: list[tuple[int, int, str]] = []  # (document start, number line, the number)
    toc = _toc_range(source)
    skip_until = 0
    if toc:
        starts.append((toc[0], TOC, None))
        skip_until = toc[1]
        # The TOC ends with its last entry: what follows is free text unless a section starts there.
        after = next(_nonblank(source, toc[1], 1, 1), None)
        if after is not None:
            starts.append((after, TEXT, None))
    for number, text in enumerate(source.lines, 1):
        if number <= skip_until or not text.strip():
            continue
        kind = _heading_kind(text)
        if kind:
            starts.append((number, kind, clean(text)))
            if kind == CATALOGUE:
                skip_until = catalogue_end(source, number)
                after = next(_nonblank(source, skip_until, 1, 1), None)
                if after is not None and not _heading_kind(source.line(after)):
                    starts.append((after, OTHER, None))
        elif is_number_line(text) and not _is_meta_value(source, number):
            line, title = _document_start(source, number)
            starts.append((line, DOCUMENT, title))
            numbers.append((line, number, str(docnumber.parse(clean(text).replace(" ", "")))))
        elif order_number(source, number) is not None:
            starts.append((number, DOCUMENT, _promulgated_title(source, number)))
        elif (_FEATURE_END.search(text) and starts) or _PAGE_TAIL.match(text):
            starts.append((number, OTHER, None))
    return _dedupe(_without_listed_copies(source, starts, numbers))


def _without_listed_copies(
    source: Source, starts: list[tuple[int, str, str | None]], numbers: list[tuple[int, int, str]]
) -> list[tuple[int, str, str | None]]:
    """Drop the document starts that are only a listing of a document printed later (a TOC
    without leaders: title, number, and at most one more line before the next start)."""
    later = {}
    for start, _, number_key in numbers:
        later.setdefault(number_key, []).append(start)
    listed = set()
    for start, number_line, number_key in numbers:
        if later[number_key][-1] == start:
            continue
        following = list(_nonblank(source, number_line, 1, 2))
        nxt = min((s for s, _, _ in starts if s > number_line), default=len(source.lines) + 1)
        if len([n for n in following if n < nxt]) <= 1:
            listed.add(start)
    return [s for s in starts if not (s[1] == DOCUMENT and s[0] in listed)]


def _dedupe(starts: list[tuple[int, str, str | None]]) -> list[tuple[int, str, str | None]]:
    out: list[tuple[int, str, str | None]] = []
    # At one line a recognised section wins over the free text assumed after a TOC.
    for start in sorted(starts, key=lambda s: (s[0], s[1] == TEXT)):
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
