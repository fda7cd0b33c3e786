"""What every extractor may know about the source beyond its own section: the government a text
speaks for and the year it speaks of.

Both are read from where a text states them, never guessed from whatever name or date comes
first: news reports open with a birth date (郭玮出生于1964年7月) or a person's title from another
government (甘肃省定西市人大常委会副主任…来我区考察), and a wrong government or year would be
published on every record that leans on it. Where a text does not tell, the value is None.

The government (a place name: 温州市, 山东省; 国务院 for the central government), in this order:

==========================================  ===============================================
the issuing organ in the head or alone       温州市人民政府公报 / 辽宁省铁岭市人民政府 /
on a line (a masthead, title, organ line,    发文机关:山西省人民政府 / 来源:武汉市人大常委会 /
metadata key, signature)                     黑河市人民政府办公室关于印发…的通知
a government named as an organ in the        泉州市十六届人大常委会召开…; 辞去长宁区人民政府
text, the only one of the text's own level   区长职务 (the text says 区十七届人大常委会 of
                                             itself); 中共莆田市委
==========================================  ===============================================

A text's own level is the lowest of the levels it names its organs by without a place (县人大常委会,
市政府, 区委书记, 我区): a named government of another level is a superior (省政府, 国务院) or a
visitor's title. Where several governments of that level are named (a round-up of ten provinces),
none is the text's; so too where the text names, outside citations and persons' titles, another
division of that level than the one it names as an organ (5月31日,浙江、陕西两省监委…。据浙江在线
…讯,省十三届人大常委会… 又据…陕西新闻网…讯): a page quoting two governments' reports names its
organs by the bare level word for both, and one government's name is not lent to the other's
statements. Names inside 《》 are citations and do not count.

The year, in this order (the first kind found wins; within a kind, the first in the text):

==========================================  ===============================================
the issue's year                             2023年第6期; 2023 alone over 第 6 期; in the
                                             address: …/2021nd4q/…, …/2015nian/diliuqi/…,
                                             …/2018/deq/…, an e-paper's …/2022-638/…
a heading's year and month                   济宁市人民政府2007年5月大事记; 2024年12月;
                                             罗平执政纪要2015; …的一周(2023.2.27-2023.3.5)
the document's own date                      a signing date alone on its line (二○○八年四月
                                             三十日); 2007年3月28日…会议通过; 《…》已经2016年
                                             4月…常务会议通过; 发文日期/成文日期
the page's date line, when the dates the     发布日期:2021-08-16 … 8月13日上午; 2016/5/16;
text gives without a year fall shortly       时间: 2007-06-05 15:19:04; 17.08.2014 01:50;
before it (an e-paper's print date alone     2023 12/23 13:13:41; • 2010-01-23   柳州日报   记者 …;
under its edition); without a date line,     第一版:要闻 / 2025年06月10日;
                                             # source: http://…/content/20180330/A03.htm;
the date in the page's own address, on the   来源网址: …/art/2019/5/27/art_1.html;
same terms (an address line at the top, or   …/t20150211_8543.html; …/2018-03/30/c_1.htm;
the address of a web page read as HTML)      …/n1/2018/0330/c1001-1.html
a news report's dateline with its year       本报讯(记者 杨瑞)2025年12月30日,
the document's own number under its title    竹府办〔2016〕20号
a year alone as a folder of the page's       …/a/2025/newsshow_50934.html, when the text
address                                      names no other year and no date it gives without
                                             a year is of 10月–12月; not a column's number
                                             (…/info/1930/…), not before a month or a day
==========================================  ===============================================

Dates in biographies (出生, 生于, 曾任, 历任, 参加工作, 入党, 毕业) and in citations (《…》,
〔2019〕 in running text) are never the text's year.
"""

from __future__ import annotations

import datetime
import functools
import itertools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from kg.records import SourceSpan
from kg.segment import Section
from kg.tables import read_tsv
from kg.text import dates
from kg.text.normalize import chinese_number, clean, strip_ignorables
from kg.text.reading import reading_of
from kg.text.source import Source


@dataclass(frozen=True)
class Context:
    """Shared, read-only facts about the source being extracted."""

    source: Source
    sections: tuple[Section, ...]
    government: str | None  # the issuing government the text speaks for: 温州市
    year: int | None = None  # the year the text is about (the issue's year), for dates without one

    def span(self, start: int, end: int | None = None) -> SourceSpan:
        """A SourceSpan over lines ``start``..``end`` of this source, quoting the original text."""
        end = end or start
        return SourceSpan(self.source.name, start, end, self.source.quote(start, end))


# ------------------------------------------------------------------------------- government

CENTRAL = "国务院"
_ORGAN = re.compile(
    r"人民政府|人大常委会|人民代表大会常务委员会|人民代表大会|政府|党委|委(?![员托])|国务院"
)
# 国务院有关部门, 国务院各部委, 国务院所属的行政机关: addressees and units that a ministry's or a
# province's text names, not the State Council as the text's government.
_CENTRAL_UNITS = re.compile(r"有关|各|所属|直属|部门|部委|组成部门")
_TERM = re.compile(r"第?[一二三四五六七八九十\d]{1,3}届$")
# Levels: a named government's by the end of its name, a bare organ's by its level word.
_LEVEL_OF_NAME = (
    ("特别行政区", "省"),
    ("自治区", "省"),
    ("省", "省"),
    ("自治州", "州"),
    ("地区", "州"),
    ("盟", "州"),
    ("州", "州"),
    ("市", "市"),
    ("县", "县"),
    ("旗", "县"),
    ("区", "区"),
)
_RANK = {"区": 0, "县": 0, "市": 1, "州": 1, "省": 2, CENTRAL: 3}
_BARE = re.compile(r"(?:自治区|自治州|[省市县区州旗])$")
# Characters that may stand right before a government's name in running text (经市政府同意,
# 任命X为泉州市人民政府副市长): a two-character name after any other ideograph may be the tail
# of a word (规定和县人民政府 is 规定 和 县人民政府; 规范县政府).
_BEFORE_NAME = set("在到赴至和与及同对向经由据从把被为是以将受给让于即系、，,。：:；;（(《“\"'")
_NOT_BARE_BEFORE = set("各全本该每两三几")
_HEAD_KEY = re.compile(
    r"(?:^|[\s|•])(?:发文机关|发文单位|发文机构|发布机构|发布单位|颁布单位|制发机关|来源|信息来源"
    r"|文章来源)\s*[:：|]?\s*"
)
_PARTY_PREFIX = re.compile(r"^中共[\u4e00-\u9fff]{2,12}?委(?:办公室|办公厅)?[、\s]*")
_HEAD_FOLLOWER = re.compile(
    r"(?:办公室|办公厅)?(?:$|[\s|]|关于|印发|批转|转发|令|文件|公报|通知|公告|决定)"
)


@functools.cache
def _area_names() -> tuple[frozenset[str], int]:
    """Full names of administrative divisions (kg/data/divisions.tsv, kg/data/places.tsv), and
    the length of the longest."""
    found = {row["name"] for row in read_tsv("divisions.tsv")}
    found |= {row["name"] for row in read_tsv("places.tsv")}
    return frozenset(found), max(len(n) for n in found)


@dataclass(frozen=True)
class _Mention:
    """An organ named in a line: its place (温州市; None for a bare level word) and level."""

    place: str | None
    level: str
    start: int  # where the place (or the level word) begins in the line
    end: int  # where the organ word ends
    quoted: bool  # inside 《》: a citation


_MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")  # cities of a province's rank


def _level_of(place: str) -> str:
    if place == CENTRAL:
        return CENTRAL
    if place in _MUNICIPALITIES:
        return "省"
    return next(level for ending, level in _LEVEL_OF_NAME if place.endswith(ending))


def _place_before(text: str, end: int) -> tuple[int, str] | None:
    """The chain of division names ending at ``end`` (吉林省长春市), as (start, chain)."""
    names, longest = _area_names()
    start = end
    while True:
        for size in range(min(longest, start), 1, -1):
            if text[start - size : start] in names:
                start -= size
                break
        else:
            break
    if start == end:
        return None
    first = next(s for s in range(2, longest + 1) if text[start : start + s] in names)
    previous = text[start - 1] if start else ""
    if first == 2 and _is_ideograph(previous) and previous not in _BEFORE_NAME:
        return None  # 规定和县人民政府: 和县 is no name here
    return start, text[start:end]


def _is_ideograph(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff"


def _quoted(text: str) -> list[bool]:
    """For each character of ``text``: is it inside 《》?"""
    depth, inside = 0, []
    for char in text:
        if char == "《":
            depth += 1
        inside.append(depth > 0)
        if char == "》" and depth:
            depth -= 1
    return inside


def _mentions(text: str) -> Iterator[_Mention]:
    """The government organs a line names: 泉州市十六届人大常委会, 市政府 (bare), 国务院."""
    quoted = _quoted(text)
    for match in _ORGAN.finditer(text):
        if match.group(0) == CENTRAL:
            if not _CENTRAL_UNITS.match(text, match.end()):
                yield _Mention(CENTRAL, CENTRAL, match.start(), match.end(), quoted[match.start()])
            continue
        before = text[: match.start()]
        term = _TERM.search(before)
        end = term.start() if term else len(before)
        if not end:
            continue
        place = _place_before(text, end)
        if place is not None:
            start, name = place
            yield _Mention(name, _level_of(name), start, match.end(), quoted[start])
            continue
        bare = _BARE.search(text, 0, end)
        if bare is None or match.group(0) in ("党委",):
            continue
        previous = text[bare.start() - 1] if bare.start() else ""
        if previous in _NOT_BARE_BEFORE:
            continue  # 各县人民政府, 全市: addressees and areas, not the text's own organ
        if previous and _is_ideograph(previous) and previous not in _BEFORE_NAME | {"我"}:
            continue
        level = _level_of(bare.group(0))
        yield _Mention(None, level, bare.start(), match.end(), quoted[bare.start()])
    for match in re.finditer(r"我(省|市|县|区|州|旗)", text):
        yield _Mention(None, _level_of(match.group(1)), match.start() + 1, match.end(), False)


def _short(place: str) -> str:
    """吉林省长春市 → 长春市: a province written before the government's own name is dropped."""
    names, _ = _area_names()
    for size in range(2, len(place) - 1):
        head = place[:size]
        if head in names and _level_of(head) == "省":
            return place[size:]
    return place


def _loose(line: str) -> str:
    """A line for reading its shape: NFC, ignorables removed, runs of white space one space."""
    text = unicodedata.normalize("NFC", strip_ignorables(line))
    return re.sub(r"[ \t\u3000\u00a0]+", " ", text).strip()


def _head_organ(line: str) -> str | None:
    """The government whose organ a head or signature line names: the line is the organ (a
    masthead, an organ line, a metadata value) or opens a title with it (X人民政府关于…)."""
    text = _loose(line)
    starts = [0] + [m.end() for m in _HEAD_KEY.finditer(text)]
    for start in starts:
        rest = text[start:]
        party = _PARTY_PREFIX.match(rest)
        offset = start + (party.end() if party else 0)
        for mention in _mentions(text):
            if mention.start != offset or mention.place is None or mention.quoted:
                continue
            if mention.place != CENTRAL and text[mention.end - 1] == "委":
                continue  # a party committee names no government's document
            if _HEAD_FOLLOWER.match(text, mention.end):
                return mention.place
    return None


# Pinyin a mirror inserts after a character (武進(jìn)區(qū)) is no part of a government's name.
_INSERTED_PINYIN = re.compile(
    r"(?<=[\u3400-\u9fff])[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńň ]{1,8}[)）]"
)
_DEPARTMENT = re.compile(r"[\u4e00-\u9fff]{2,16}?(?:委员会|局|厅|办公室|办公厅)")


def _lone_organ(line: str) -> str | None:
    """The government of a line that is an organ and nothing else (a signature: 上海市人民政府,
    四川省发展和改革委员会)."""
    text = _loose(line).replace(" ", "")
    party = _PARTY_PREFIX.match(text)
    offset = party.end() if party else 0
    for mention in _mentions(text):
        if (
            mention.start == offset
            and mention.place
            and text[mention.end - 1] != "委"  # 中共温州市委: a party committee
            and text[mention.end :] in ("", "办公室", "办公厅")
        ):
            return mention.place
    place = _place_after(text, offset)
    if place and _DEPARTMENT.fullmatch(text, offset + len(place)):
        return place
    return None


def _place_after(text: str, start: int) -> str | None:
    """The chain of division names that opens ``text`` at ``start`` (四川省, 温州市鹿城区)."""
    names, longest = _area_names()
    end = start
    while True:
        for size in range(min(longest, len(text) - end), 1, -1):
            if text[end : end + size] in names:
                end += size
                break
        else:
            break
    return text[start:end] or None


def _signature_lines(lines: tuple[str, ...]) -> list[str]:
    """Lines where an issuing organ stands alone: the last lines, and a line over a date."""
    numbered = [line for line in lines if line.strip()]
    found = numbered[-15:]
    for line, following in itertools.pairwise(numbered):
        if len(line) <= 60 and dates.is_date_line(clean(following)):
            found.append(line)
    return found


@functools.lru_cache(maxsize=16)
def detect_government(source: Source) -> str | None:
    """The government a text speaks for (a place name, or 国务院): the organ its head or a line
    of its own names, else the one government of the text's own level named in it; None when the
    text does not tell. Memoised (bounded): extraction, resolution and the build each ask it of
    the same source, and reading a long text costs a tenth of a second."""
    reading = reading_of(source)  # traditional script read as simplified, given back as written
    found = _government(reading.source.lines)
    return _INSERTED_PINYIN.sub("", reading.as_written(found)) if found else None


def _government(lines: tuple[str, ...]) -> str | None:
    head = [line for line in lines if line.strip()][:12]
    for line in head:
        found = _head_organ(line) or _lone_organ(line)
        if found:
            return _short(found)
    for line in _signature_lines(lines):
        found = _lone_organ(line)
        if found:
            return _short(found)
    return _named_in_text(lines)


# A mention followed by a post is a person's title (甘肃省定西市人大常委会副主任, 任X为辽宁省政府
# 秘书长), weaker evidence of the text's own government than an organ that acts (泉州市十六届人大
# 常委会召开…).
_TITLE_AFTER = re.compile(
    r"副|常务|代理|代|党组|主任|书记|秘书长|[省市县区州]长|主席|常委(?!会)|委员|参事|部长|厅长|局长"
)


def _named_in_text(lines: tuple[str, ...]) -> str | None:
    """The one government of the text's own level that it names: among organs that act, else
    among all organs named, else among those named in citations (《永嘉县人民政府关于…》)."""
    acting: dict[str, str] = {}  # government → level
    named: dict[str, str] = {}
    quoted: dict[str, str] = {}
    bare: set[str] = set()
    for line in lines:
        text = clean(line)
        for sentence in re.split(r"(?<=[。；;！？])", text):
            if _BIOGRAPHY.search(sentence):
                continue  # 曾在辽宁省政府办公厅工作: a career, not the text's government
            for mention in _mentions(sentence):
                if mention.place is None:
                    if not mention.quoted:
                        bare.add(mention.level)
                    continue
                place = _short(mention.place)
                if mention.quoted:
                    quoted.setdefault(place, mention.level)
                    continue
                named.setdefault(place, mention.level)
                if not _TITLE_AFTER.match(sentence, mention.end):
                    acting.setdefault(place, mention.level)
    tiers = [acting, named, quoted] if bare else [acting, named]
    for tier in tiers:
        found = _own(tier, bare)
        if found is not None:
            return None if _another_of_level(lines, found) else found
    return None


# Short names of provinces as reports name them (浙江、陕西两省; 据浙江在线…讯): 浙江省 → 浙江; the
# autonomous regions by their usual two (内蒙古: three) characters.
_REGION_SHORT = {"内蒙古自治区": "内蒙古"}


@functools.cache
def _names_of_level(level: str) -> re.Pattern[str]:
    """A pattern of the division names of ``level`` (full names; a province's short name too),
    longest first."""
    names, _ = _area_names()
    found = {
        name
        for name in names
        if any(name.endswith(ending) for ending, _ in _LEVEL_OF_NAME) and _level_of(name) == level
    }
    if level == "省":
        found |= {name[:-1] for name in found if name.endswith("省")}
        found |= {_REGION_SHORT.get(n, n[:2]) for n in found if n.endswith("自治区")}
    return re.compile("|".join(sorted(map(re.escape, found), key=len, reverse=True)))


def _another_of_level(lines: tuple[str, ...], own: str) -> bool:
    """Does the text name, outside citations and careers, a division of ``own``'s level other
    than ``own``? A page quoting reports of two provinces (5月31日,浙江、陕西两省监委同时出现代理
    主任。据浙江在线…讯,省十三届人大常委会…; 又据…陕西新闻网…讯) names its organs by the bare
    level word for each: the one government it names as an organ is no government of the other's
    statements, and where the records cannot be told apart none is the text's."""
    level = _level_of(own)
    if level == CENTRAL:
        return False
    pattern = _names_of_level(level)
    for line in lines:
        text = clean(line)
        for sentence in re.split(r"(?<=[。；;！？])", text):
            if _BIOGRAPHY.search(sentence):
                continue
            quoted = _quoted(sentence)
            titles = [  # 广东省委常委、广州市委书记 (a visitor's title) is no report of 广州市
                range(m.start, m.end)
                for m in _mentions(sentence)
                if m.place and _TITLE_AFTER.match(sentence, m.end)
            ]
            for match in pattern.finditer(sentence):
                name, start = match.group(0), match.start()
                if quoted[start] or name in own or any(start in title for title in titles):
                    continue  # 武进区 of 常州市武进区, 浙江 of 浙江省
                previous = sentence[start - 1] if start else ""
                if len(name) == 2 and _is_ideograph(previous) and previous not in _BEFORE_NAME:
                    continue  # 规定和县: 和县 is no name here
                return True
    return False


def _own(named: dict[str, str], bare: set[str]) -> str | None:
    """The only government in ``named`` of the text's own level: the lowest level the text names
    its organs by without a place (区委, 县政府, 我市), else the lowest level named."""
    levels = bare or set(named.values())
    if not levels:
        return None
    lowest = min(_RANK[level] for level in levels)
    own = {level for level in levels if _RANK[level] == lowest}
    found = [
        place
        for place, level in named.items()
        if level in own
        or ("区" in own and place.endswith("自治区"))  # 我区 in 广西壮族自治区
        or ("市" in own and place in _MUNICIPALITIES)  # 市政府 in 上海市
    ]
    return found[0] if len(found) == 1 else None


# ------------------------------------------------------------------------------------- year

_CN = "〇零○OＯ一二三四五六七八九十"
_Y = rf"(?P<y>(?:19|20)\d{{2}}|[{_CN}]{{4}})"
_M = rf"(?P<m>\d{{1,2}}|[{_CN}]{{1,2}})"
_D = rf"(?P<d>\d{{1,2}}|[{_CN}]{{1,3}})"
_ISSUE_YEAR = re.compile(r"((?:19|20)\d{2})\s*(?:年|\.)?\s*第\s*\d{1,3}\s*期")
_LONE_YEAR = re.compile(r"^((?:19|20)\d{2})$")
# A heading: a short line naming a year and month (2007年5月大事记, 2006年9-12月大事记, 2024年12月)
_HEADING = re.compile(
    rf"{_Y}\s*年\s*{_M}\s*(?:[-—–~至]\s*\d{{1,2}}\s*)?月(?!\s*[\d{_CN}]+\s*[日号])"
)
# A round-up's heading with the days it covers: 山西省委书记、省长的一周(2023.2.27-2023.3.5); the year
# only when both ends share it.
_SPAN_HEADING = re.compile(
    r"[（(]\s*(?P<y>(?:19|20)\d{2})\s*[.．/-]\s*\d{1,2}\s*[.．/-]\s*\d{1,2}\s*[-—–~至]\s*"
    r"(?:(?P<y2>(?:19|20)\d{2})\s*[.．/-]\s*)?\d{1,2}\s*[.．/-]\s*\d{1,2}\s*[）)]"
)
_VOLUME = re.compile(r"[\u4e00-\u9fff]((?:19|20)\d{2})\s*(?:年|年度|年版)?$")  # 罗平执政纪要2015
_PAGE_PREFIX = re.compile(r"^Page\s*\d+\s*[-—]\s*")
_SENTENCE_PUNCT = re.compile(r"[。，,；;！？]")
# The document's own date
_DOC_KEY = re.compile(
    rf"(?:发文日期|成文日期|成文时间|颁布日期|印发日期|公布日期|签发日期)\s*[:：|]?\s*{_Y}\s*[-/.年]"
)
_NOTE = re.compile(
    rf"^[（(]?\s*{_Y}\s*年\s*{_M}\s*月\s*{_D}\s*日[^）)]{{0,60}}?(?:通过|公布|发布|批准)"
)
_ADOPTED = re.compile(
    rf"已经?\s*{_Y}\s*年\s*{_M}\s*月\s*{_D}\s*日[^。，,]{{0,40}}?会议(?:讨论|审议|研究)?(?:通过|同意)"
)
# The page's date line
_PAGE_KEY = re.compile(
    r"(?<!归档)(?<!废止)(?<!失效)(?<!生效)(?:日期|时间)\s*[:：]?\s*((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})"
)
_PAGE_KEY_MONTH = re.compile(
    r"(?:发布日期|发布时间)\s*[:：]?\s*((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})"
)
_PAGE_LINE = re.compile(
    r"^[•·\s]*[【\[]?\s*((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?:\s|$|[】\]])"
)
_PAGE_STAMP = re.compile(
    r"((?:19|20)\d{2})(?:年|[-/.])(\d{1,2})(?:月|[-/.])(\d{1,2})日?\s*\d{1,2}(?:[:：]|时)\d{2}"
)
# An e-paper's page: its edition at the top (第一版:要闻, 第A03版), then the date it was printed, alone.
_EDITION = re.compile(r"^第\s*[A-Z]?[0-9一二三四五六七八九十〇零]{1,3}\s*版")
_PRINT_DATE = re.compile(r"^((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$")
# The date line spaced from the paper or source and the author it credits, no sentence after it:
# • 2010-01-23   柳州日报   记者 姚颖盈 (U-02); not a dated entry (2010-01-23 市长…出席…。).
_PAGE_LINE_CREDIT = re.compile(
    r"^[•·]?\s*((?:19|20)\d{2})-(\d{1,2})-(\d{1,2}) (?=[\u4e00-\u9fff])[^，,。；;！？!?]{1,40}$"
)
# The year, a space, then month/day and the time: 2023 12/23 13:13:41 (a news page's date line, J-03).
_PAGE_YEAR_APART = re.compile(
    r"^((?:19|20)\d{2})\s+(\d{1,2})/(\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s|$)"
)
_PAGE_DMY = re.compile(
    r"^(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\s+\d{1,2}:\d{2}"
)  # 17.08.2014 01:50
# A date the text gives without its year: 8月13日, 十月二十三日, 8月
_YEARLESS = re.compile(rf"(?<![\d{_CN}年\s])\s*{_M}\s*月(?:份|\s*{_D}\s*[日号])?")
# A news report's dateline: 本报讯(记者 杨瑞)2025年12月30日, / 2007年5月8日 …
_DATELINE = re.compile(
    rf"^(?:[^。，,：:]{{0,30}}?(?:讯|电|报道)\s*[:：]?\s*(?:[（(][^）)]{{0,30}}[）)])?\s*)?"
    rf"{_Y}\s*年\s*{_M}\s*月\s*{_D}\s*日"
)
_OWN_NUMBER = re.compile(
    r"^(?:(?:文号|文\s*号|发文字号)\s*[:：|]?\s*)?[\u4e00-\u9fff]{1,12}\s*[〔\[【(（]\s*((?:19|20)\d{2})"
    r"\s*[〕\]】)）]\s*\d{1,4}\s*号(?:$|\s|\||关于)"
)
_BIOGRAPHY = re.compile(r"出生|生于|曾任|历任|曾在|曾长期|曾担任|参加工作|入党|毕业|履新前|简历")


_CN_DIGIT = {c: i % 10 for i, c in enumerate("〇一二三四五六七八九")} | dict.fromkeys("零○OＯ", 0)


def _year(text: str) -> int | None:
    """2016 → 2016; 二○○八 and 二OO四 (a letter O typed for 〇) → 2008, 2004."""
    if not text.isdigit():
        if any(c not in _CN_DIGIT for c in text):
            return None
        text = "".join(str(_CN_DIGIT[c]) for c in text)
    year = int(text)
    return year if 1900 <= year <= 2100 else None


def _nonblank(source: Source, limit: int | None = None) -> list[str]:
    found = [clean(line) for line in source.lines if line.strip()]
    return found[:limit] if limit else found


def _issue_year(source: Source) -> int | None:
    head = [clean(line) for line in source.lines[:60]]
    for line in head:
        match = _ISSUE_YEAR.search(line)
        if match:
            return int(match.group(1))
    for line in head:
        match = _LONE_YEAR.match(line)
        if match:
            return int(match.group(1))
    return _address_issue_year(source)


# The issue's year and number as a folder of the page's address, in pinyin initials: …/zfgb/
# 2021nd4q(zd10q)/… (2021年度第4期, 总第10期), …/kanwu/2015nian/diliuqi0859/… (2015年第六期),
# …/hhht_zfgb/hhht/2018/deq/201905/… (2018, 第二期: d, then the number's initials, then q).
# An e-paper's issue as the year and its running number: …/jrfs/2022-638/news-1-3.html.
_ADDRESS_ISSUE = re.compile(
    r"/((?:19|20)\d{2})(?:nd\d{1,2}q|nian/di[a-z]{2,8}qi|/d[yeslwqbj]{1,3}q/|-\d{3,4}/)"
)


def _address_issue_year(source: Source) -> int | None:
    for line in source.lines[:3]:
        match = _ADDRESS_LINE.match(line)
        issue = _ADDRESS_ISSUE.search(match.group(1)) if match else None
        if issue:
            return int(issue.group(1))
    return None


def _heading_year(source: Source) -> int | None:
    for line in _nonblank(source, 8):
        line = _PAGE_PREFIX.sub("", line)
        if len(line) > 80 or _SENTENCE_PUNCT.search(line):
            continue
        match = _HEADING.search(line) if len(line) <= 40 else None
        if match:
            return _year(match.group("y"))
        match = _SPAN_HEADING.search(line)
        if match and match.group("y2") in (None, match.group("y")):
            return int(match.group("y"))
    for line in _nonblank(source, 3):
        match = _VOLUME.search(_PAGE_PREFIX.sub("", line))
        if match:
            return int(match.group(1))
    return None


def _document_year(source: Source) -> int | None:
    for line in _nonblank(source):
        text = re.sub(
            r"^[\x00-\x7f]*?(?=(?:19|20)\d{2}\s*年)", "", line
        )  # February 6, 2016 2016年2月6日
        if dates.is_date_line(text) and re.search("日|号", text) and "年" in text:
            found = next(dates.find_all(text.replace(" ", "")), None)
            if found and found.iso:
                return int(found.iso[:4])
        for pattern in (_DOC_KEY, _NOTE, _ADOPTED):
            match = pattern.search(line)
            if match and not _in_citation(line, match.start()):
                year = _year(match.group("y"))
                if year:
                    return year
    return None


def _in_citation(text: str, at: int) -> bool:
    """Is position ``at`` inside 《》, or in the parenthesis right after a 《》 title?"""
    if at < len(text) and _quoted(text)[at]:
        return True
    before = text[:at]
    opening = max(before.rfind("("), before.rfind("（"))
    return opening > 0 and before[:opening].rstrip().endswith("》") and ")" not in before[opening:]


@functools.lru_cache(maxsize=8)
def _page_date(source: Source) -> tuple[int, datetime.date | None, int] | None:
    """The page's date (year, date when the day is given, line index) from a date line near the
    top: 发布日期:2021-08-16, 2016/5/16, 2007-12-25 15:11:24, 17.08.2014 01:50. Memoised (bounded,
    as detect_government): the year, the events of every section and their item starts ask it."""
    edition = any(_EDITION.match(clean(line)) for line in source.lines[:8])
    for index, line in enumerate(source.lines[:40]):
        text = clean(line)
        if edition and (match := _PRINT_DATE.match(text)):  # 第一版:要闻 / 2025年06月10日
            day = _valid(*map(int, match.groups()))
            if day:
                return day.year, day, index
        for pattern in (_PAGE_KEY, _PAGE_LINE, _PAGE_STAMP, _PAGE_YEAR_APART):
            match = pattern.search(text)
            if match:
                day = _valid(*map(int, match.groups()))
                if day:
                    return day.year, day, index
        match = _PAGE_LINE_CREDIT.match(re.sub(r"\s+", " ", line).strip())
        if (
            match
        ):  # • 2010-01-23   柳州日报   记者 姚颖盈 (clean() joins the paper's name to the day)
            day = _valid(*map(int, match.groups()))
            if day:
                return day.year, day, index
        match = _PAGE_DMY.search(text)
        if match:
            day = _valid(int(match.group(3)), int(match.group(2)), int(match.group(1)))
            if day:
                return day.year, day, index
        match = _PAGE_KEY_MONTH.search(text)
        if match and 1 <= int(match.group(2)) <= 12:
            return int(match.group(1)), None, index
    return _address_date(source)


# The page's own address, on a line at the top of a saved page (# source: URL, 来源网址：URL, a
# bare URL), and the date its path gives: …/20180330/…, t20150211_8543, /2018-03/30/, /2018/0330/,
# /201803/30/, /2018/03/30/, /2019/5/27/, /2011/rj_1011/ (a year, then a column's name and the
# month and day), 20190310010956 (a time stamp). A run of eight digits is a date only as a whole,
# or before a time of day.
_ADDRESS_LINE = re.compile(
    r"^\s*(?:#\s*)?(?:(?:source|url|来源网址|原文地址|原文链接|网址|链接|来源)\s*[:：]\s*)?"
    r"(https?://\S+)\s*$",
    re.IGNORECASE,
)
_ADDRESS_DATE = (
    re.compile(r"(?<![0-9])((?:19|20)\d{2})(\d{2})(\d{2})(?![0-9])"),
    re.compile(r"/((?:19|20)\d{2})-(\d{2})/(\d{2})/"),
    re.compile(r"/((?:19|20)\d{2})/(\d{2})(\d{2})/"),
    re.compile(r"/((?:19|20)\d{2})(\d{2})/(\d{2})/"),
    re.compile(r"/((?:19|20)\d{2})[-/](\d{1,2})[-/](\d{1,2})(?:/|$)"),
    re.compile(r"/((?:19|20)\d{2})/[A-Za-z]+_(\d{2})(\d{2})/"),  # /html/2011/rj_1011/11866.shtml
    # a time stamp: the date, then the hour, minute and second (…/20190310010956176DAK.shtml)
    re.compile(r"(?<![0-9])((?:19|20)\d{2})(\d{2})(\d{2})(?=(?:[01]\d|2[0-3])[0-5]\d[0-5]\d)"),
)


# A chronicle's or yearbook's label: a short line that names a year and, besides it, at most the
# words of a volume or chronicle (2018卷, 2017年, 2017年大事记, 大事記(2009年)). The address of such a
# page gives when it was posted, not the year its entries speak of (…/2018juan/dashiji/2020-02-10/…
# over 2018卷: 2017's events).
_VOLUME_LABEL = re.compile(
    r"^[（(]?(?:大事[记記]|[纪紀記记]事|年[鉴鑑])?[（(]?((?:19|20)\d{2})\s*(?:年度?)?\s*[)）]?"
    r"(?:卷|年[鉴鑑]|大事[记記]|[纪紀記记]事|[纪紀]要)?[)）]?$"
)


def _labels_other_year(source: Source, year: int) -> bool:
    """Does a label atop the text (_VOLUME_LABEL) name a year other than ``year``?"""
    head = itertools.islice((line for line in source.lines if line.strip()), 8)  # not every line
    for line in head:
        match = _VOLUME_LABEL.match(re.sub(r"\s+", "", clean(line)))
        if match and int(match.group(1)) != year:
            return True
    return False


def _address_date(source: Source) -> tuple[int, datetime.date, int] | None:
    """The date in the page's own address (see _ADDRESS_DATE), with the index of the line that
    gives the address (-1: the address of a web page read as HTML, on no line); None when the
    address gives no date or two different ones, or when a label atop the text names another
    year (_labels_other_year: the page was posted after the year its entries speak of)."""
    found: list[tuple[str, int]] = []
    for index, line in enumerate(source.lines[:3]):
        match = _ADDRESS_LINE.match(line)
        if match:
            found.append((match.group(1), index))
    address = getattr(getattr(source, "origin", None), "address", None)
    if address:
        found.append((address, -1))
    for url, index in found:
        path = re.sub(r"^https?://[^/]*", "", url).split("?")[0]
        days = {
            day
            for pattern in _ADDRESS_DATE
            for match in pattern.finditer(path)
            if (day := _valid(*map(int, match.groups())))
        }
        if not days:
            days = _embedded_days(source, path, index)
        if len(days) == 1:
            day = days.pop()
            if _labels_other_year(source, day.year):
                return None
            return day.year, day, index
    return None


# A date inside a longer run of digits (…/fzgg00200220170828161c7285-….html): read only when one
# place in the run gives a valid date of a year 1990–2039 and the text's first date without a year
# falls in the ten weeks up to it (8月15日 on a page of 2017-08-28), as a report's does.
_DIGIT_RUN = re.compile(r"\d{9,}")


def _embedded_days(source: Source, path: str, index: int) -> set[datetime.date]:
    found = {
        day
        for run in _DIGIT_RUN.findall(path)
        for at in range(len(run) - 7)
        if run[at : at + 2] in ("19", "20")
        and (
            day := _valid(
                int(run[at : at + 4]), int(run[at + 4 : at + 6]), int(run[at + 6 : at + 8])
            )
        )
        and 1990 <= day.year <= 2039
    }
    if len(found) != 1:
        return set()
    day = next(iter(found))
    first = _first_yearless(source, index)
    if first is None or first[1] is None:
        return set()
    for candidate in (day.year, day.year - 1):
        written = _valid(candidate, first[0], first[1])
        if written and datetime.timedelta(0) <= day - written <= datetime.timedelta(days=70):
            return found
    return set()


def page_date(source: Source) -> datetime.date | None:
    """The day a page was put up, from its date line near the top (发布日期:2021-08-16,
    2016/5/16): what a report's 今天 and its days without a month (13日) are read against. None
    when no line gives the day. The year the text speaks of is detect_year's, not this date's.
    A web page read as HTML (kg/formats) may give its date in its markup instead: that date,
    when no line does."""
    found = _page_date(source)
    if found and found[1]:
        return found[1]
    published = getattr(getattr(source, "origin", None), "date", None)
    if published:
        match = re.match(r"((?:19|20)\d{2})-(\d{2})-(\d{2})", published)
        if match:
            return _valid(*map(int, match.groups()))
    return found[1] if found else None


def page_date_from_address(source: Source) -> bool:
    """Is the page's date (page_date) the one its address gives, no date line of the text's?"""
    found = _page_date(source)
    return found is not None and found[2] < 3 and found == _address_date(source)


def page_date_line(source: Source) -> int | None:
    """The line (1-based) of the page's date line near the top, if any: the page's, no item's
    date (2009年12月04日 14:51 来源: 字号: 转发 打印)."""
    found = _page_date(source)
    return found[2] + 1 if found else None


def _valid(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _yearless_dates(source: Source, skip: int) -> Iterator[tuple[int, int | None]]:
    """Every date the text gives without a year (month, day), outside citations, in order."""
    for index, line in enumerate(source.lines):
        if index == skip:
            continue
        text = clean(line)
        for match in _YEARLESS.finditer(text):
            if _in_citation(text, match.start("m")):
                continue
            month = chinese_number(match.group("m"))
            if month and 1 <= month <= 12:
                yield month, chinese_number(match.group("d")) if match.group("d") else None


def _first_yearless(source: Source, skip: int) -> tuple[int, int | None] | None:
    """The first date the text gives without a year (month, day), outside citations."""
    return next(_yearless_dates(source, skip), None)


def _page_year(source: Source) -> int | None:
    """The page's year, if the dates the text gives without a year fall in the two months up to
    the page's date (a report of 12月30日 on a page of 2016-01-02 is of 2015); None when they do
    not (a chronicle of 8月 put on the web in November of the next year)."""
    page = _page_date(source)
    if page is None:
        return _address_month_year(source)
    year, day, index = page
    first = _first_yearless(source, index)
    if first is None:
        return year
    if day is None:
        return None
    month, on = first
    for candidate in (year, year - 1):
        written = _valid(candidate, month, on or 1)
        if written is None:
            continue
        last = written if on else _month_end(written)
        if datetime.timedelta(days=-3) <= day - last <= datetime.timedelta(days=70) or (
            not on and written <= day <= last
        ):
            return candidate
    return None


# A year and month alone as a segment of the page's address: …/chuzhou/mingguang/201007/729995.html,
# …/201301/17958.html (the month many sites file a page under).
_ADDRESS_MONTH = re.compile(r"/((?:19|20)\d{2})(0[1-9]|1[0-2])/")


def _address_month_year(source: Source) -> int | None:
    """The year of a page whose address gives only the year and month it was put up, if the first
    date the text gives without a year falls in that month or the two before it (7月2日 on a page
    filed under 201007 is of 2010; 12月30日 under 201301 is of 2012); None otherwise."""
    for index, line in enumerate(source.lines[:3]):
        match = _ADDRESS_LINE.match(line)
        if match is None:
            continue
        path = re.sub(r"^https?://[^/]*", "", match.group(1)).split("?")[0]
        months = set(_ADDRESS_MONTH.findall(path))
        if len(months) != 1:
            return None
        year, month = map(int, months.pop())
        if _labels_other_year(source, year):
            return None
        first = _first_yearless(source, index)
        if first is None:
            return year
        written = first[0]
        if (month - written) % 12 > 2:
            return None
        return year if written <= month else year - 1
    return None


# A year alone as a folder of the page's address: …/a/2025/newsshow_50934.html, …/lhdsj/2021/content/
# …, …/news/2016/165999.html (the year a site files its pages under). Not a four-digit number that
# is a column's id: one after info (a portal's column: …/info/1930/23604.htm, …/info/1481/326551.htm,
# eight columns in the corpus, none a year), one beside another number of the same width (…/9656/
# 202401/…, …/html/1873/2022-12-28/…), one before a month or a day (…/art/2020/5/14/…, …/page/2011/
# 1231/…: the address dates the page, and _page_year has judged its entries against that date).
_ADDRESS_YEAR = re.compile(r"(?:19|20)\d{2}")
_YEAR_NAMED = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年")


def _folder_year(path: str) -> int | None:
    """The year of a path's year folder (see _ADDRESS_YEAR), or None."""
    segments = path.split("/")
    found = [
        at
        for at, segment in enumerate(segments[:-1])
        if _ADDRESS_YEAR.fullmatch(segment) and 1990 <= int(segment) <= 2039
    ]
    if len(found) != 1:
        return None
    at = found[0]
    after = re.sub(r"\.\w+$", "", segments[at + 1])
    if (
        segments[at - 1].lower() == "info"
        or any(re.fullmatch(r"\d{4}(?:\.\w+)?", s) for i, s in enumerate(segments) if i != at)
        or re.fullmatch(r"\d{1,4}|\d{1,2}-\d{1,2}", after)
    ):
        return None
    return int(segments[at])


def _address_year_folder(source: Source) -> int | None:
    """The year of a page whose address gives only the year it was filed under, when the text
    names no other year (a chronicle put on the web years later names its own: 2016年… under
    /2019/) and no date it gives without a year is of October to December (a chronicle of 10—11月
    or a report of late December may be filed under the next year: the folder does not tell);
    None otherwise."""
    for index, line in enumerate(source.lines[:3]):
        match = _ADDRESS_LINE.match(line)
        if match is None:
            continue
        path = re.sub(r"^https?://[^/]*", "", match.group(1)).split("?")[0].split("#")[0]
        year = _folder_year(path)
        if year is None:
            return None
        named = {
            int(y)
            for i, ln in enumerate(source.lines)
            if i != index
            for y in _YEAR_NAMED.findall(clean(ln))
        }
        if named - {year} or any(month >= 10 for month in _yearless_months(source, index)):
            return None
        return year
    return None


def _yearless_months(source: Source, skip: int) -> Iterator[int]:
    """The month of every date the text gives without a year, outside citations."""
    return (month for month, _ in _yearless_dates(source, skip))


def _month_end(day: datetime.date) -> datetime.date:
    following = day.replace(day=28) + datetime.timedelta(days=4)
    return following - datetime.timedelta(days=following.day)


def _dateline_year(source: Source) -> int | None:
    for line in _nonblank(source):
        match = _DATELINE.match(line)
        if match is None:
            continue
        sentence = re.split(r"[。！？]", line[match.start("y") :])[0]
        if _BIOGRAPHY.search(sentence):
            continue
        year = _year(match.group("y"))
        if year:
            return year
    return None


def _number_year(source: Source) -> int | None:
    for line in _nonblank(source, 15):
        match = _OWN_NUMBER.search(re.sub(r"^[|\s]+", "", line))
        if match:
            return int(match.group(1))
    return None


def detect_year(source: Source) -> int | None:
    """The year a text speaks of: its issue's, its heading's, its document's own date, its page's
    date line, its dateline's, its own number's, its address's year folder (see the module's
    table); None when it does not tell. Dates in biographies and citations are never taken."""
    for reader in (
        _issue_year,
        _heading_year,
        _document_year,
        _page_year,
        _dateline_year,
        _number_year,
        _address_year_folder,
    ):
        year = reader(source)
        if year is not None:
            return year
    return None
