"""发文字号 (document numbers) as Chinese governments write them.

GB/T 9704-2012 §7.2.5 prescribes ``机关代字〔年份〕序号号`` (温政发〔2023〕18号), but texts copied from
PDFs and web pages use other brackets (``[2023]``, ``【2023】``, ``(2023)``, ``（2023）``, ``﹝2023﹞``),
full-width digits, ``〇`` for zero, a stray ``第`` before the number, and spaces from line wrapping.
Government orders are numbered without a year (浙江省人民政府令第389号).

:func:`find_all` locates numbers in running text; :func:`parse` reads one. Each result keeps the
verbatim string and gives the normalised form (brackets 〔〕, ASCII digits) used as ``eli:number``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kg.text.normalize import to_ascii_digits

_OPEN = "〔［\\[【（(﹝〖〈{｛"
_CLOSE = "〕］\\]】）)﹞〗〉}｝"
_DIGIT = "0-9０-９〇○OＯ"
_SPACE = "[ \u3000\u00a0]*"
# Issuer code: 1-15 CJK characters (a few codes carry a Latin letter, e.g. 浙C); it must not swallow
# the words before it, so the extractor that calls us decides where a title ends.
_ISSUER = r"[\u4e00-\u9fffA-Za-z]{1,15}?"

_NUMBER = re.compile(
    rf"(?P<issuer>{_ISSUER}){_SPACE}[{_OPEN}]{_SPACE}(?P<year>(?:19|20|２０|１９)[{_DIGIT}]{{2}})"
    rf"{_SPACE}[{_CLOSE}]{_SPACE}第?{_SPACE}(?P<seq>[{_DIGIT}]{{1,5}}){_SPACE}号"
)
# The longest issuer code a 发文字号 may have: the graph's shape allows 30 characters before the year or
# the 第 (ontology/shapes/documents.ttl, eli:number; tests/test_docnumber.py pins the two together),
# and real codes come near it (内蒙古自治区第十四届人民代表大会常务委员会公告, 23). A code read here, or
# from an order's or a 公告's heading (kg.segment, kg.extract.documents), is at most this long: a
# number read is a number the graph holds. (The 机关代字 of a number with its year, 温政发, is read up
# to 15 characters: an abbreviation is short, and a longer reach would take in the words before it.)
CODE_MAX = 30

# 浙江省人民政府令第389号; short forms in citations drop the 第 (省政府令372号). A people's
# congress standing committee numbers its announcements so (四川省第十三届人民代表大会常务委员会公告
# 第21号), with their 第; so does a government that publishes its 规章 by 公告 (丽江市人民政府公告
# 第15号), and a congress's session (衡水市第七届人民代表大会第四次会议公告第4号).
_ORDER = re.compile(
    rf"(?P<issuer>[\u4e00-\u9fff]{{2,{CODE_MAX - 1}}}?(?:令|(?:常务委员会|人民政府|次会议)公告))"
    rf"{_SPACE}第?{_SPACE}"
    rf"(?P<seq>[{_DIGIT}]{{1,5}}){_SPACE}号"
)

# An order numbered within its year, as the State Council's ministries number theirs (中华人民共和国
# 交通部令2006年第8号, printed 中华人民共和国交通部令 / 2006 年第 8 号 on two lines): the year is part of
# the number, as in 政府令〔2010〕第15号, and the normalised form is that one's.
# The State Council's departments number their announcements so too (国家税务总局公告2018年第31号,
# 海关总署公告2020年第1号, 国家市场监督管理总局公告2021年第5号): X公告YYYY年第N号, normalised
# X公告〔YYYY〕N号 as a 公告 numbered with its year in brackets is.
_YEAR_ORDER = re.compile(
    rf"(?P<issuer>[\u4e00-\u9fff]{{2,{CODE_MAX - 1}}}?(?:令|公告)){_SPACE}"
    rf"(?P<year>(?:19|20|２０|１９)[{_DIGIT}]{{2}}){_SPACE}年{_SPACE}第{_SPACE}"
    rf"(?P<seq>[{_DIGIT}]{{1,5}}){_SPACE}号"
)
# The same order with 令 after its number (U-11: 市人民政府1999年第2号令; 商务部 公安部2005年第8号令):
# the order of 市人民政府 (code 市人民政府令), normalised as orders numbered within their year are
# (市人民政府令〔1999〕第2号, the form the shapes require; the printed form stays in `verbatim`); so an announcement
# (海关总署2017年第56号公告, 海關總署2016年52號公告, its 第 often left out), the same announcement as
# 海关总署公告2017年第56号 and normalised as that one. The code before the year is one run of
# characters: two organs parted by a space (a joint order) are no one code, and are not read.
_YEAR_ORDER_AFTER = re.compile(
    rf"(?P<issuer>[\u4e00-\u9fff]{{2,{CODE_MAX - 1}}}?){_SPACE}"
    rf"(?P<year>(?:19|20|２０|１９)[{_DIGIT}]{{2}}){_SPACE}年{_SPACE}(?:第{_SPACE})?"
    rf"(?P<seq>[{_DIGIT}]{{1,5}}){_SPACE}号(?P<kind>令|公告)"
)

# A presidential order (主席令) numbered within the President's term: the sequence restarts with each
# term, so 第37号 of the 九届 and 第37号 of the 十届 are two orders, and the term is part of the number.
# A law database's heading writes it 中华人民共和国主席令(九届第37号) (read where the heading is,
# kg.extract.documents._bracketed_order); the normalised form, parsed here, is
# 中华人民共和国主席令（九届）第37号. A 主席令 number without its term (第20号主席令) names an order of
# any term, and its title may be another term's decision's too: :func:`needs_term` says so, and the
# graph keys such an order within the text naming it only (kg.rdf.context.MapContext.document).
_PRESIDENTIAL = "主席令"
_TERM_ORDER = re.compile(
    rf"(?P<issuer>[\u4e00-\u9fff]{{0,{CODE_MAX - 8}}}{_PRESIDENTIAL})（"
    rf"(?P<term>[一二三四五六七八九十]{{1,3}})届）第(?P<seq>[0-9]{{1,5}})号"
)

# Words that precede an issuer code in running text and are not part of it (the 和 of the state's
# name is its own: 中华人民共和国国务院令第332号, not 国国务院令): verbs and prepositions that take the
# number as their object, the means a text was published by among them (《民法典》经由主席令第45号
# 公布: 经由 is "by way of", as 以 is), conjunctions and punctuation.
_LEADING_NOISE = re.compile(
    r"^.*(?:文号|字号|根据|按照|依据|依照|参照|印发|转发|下发|废止|修改|执行|落实|贯彻|关于|经由|的|及|(?<!共)和|与|、|：|:|以|即|见|年)"
)
# A metadata key run into a number (发文字号国办发〔1988〕25号): not one number.
_GLUED_KEY = re.compile(r"文号|字号|编号")
_AFTER_DIGIT = re.compile(rf"[{_DIGIT}]$")
_TITLE_BEFORE = re.compile(r"^.*(?:办法|规定|条例|细则|规则|决定|通知|意见|公告)")
# A date in Chinese numerals run into the issuer code (一九九八年九月二十三日计价格〔1998〕1810号).
_DATE_BEFORE = re.compile(
    r"^(?:[〇○零一二三四五六七八九十]{1,4}月)?[〇○零一二三四五六七八九十]{1,3}[日号](?=.)"
)


@dataclass(frozen=True)
class DocNumber:
    """A parsed 发文字号. ``year`` is None for government orders (令第N号); ``term`` is the term
    a presidential order is numbered in (九 of 九届), as written."""

    verbatim: str
    issuer_code: str
    year: int | None
    seq: int
    term: str | None = None

    @property
    def normalized(self) -> str:
        """The canonical spelling: 温政发〔2023〕18号, or 浙江省人民政府令第389号; an order numbered
        within its year keeps its 第 (政府令〔2010〕第15号), as orders are written, and one
        numbered within a term its term (中华人民共和国主席令（九届）第37号)."""
        if self.term is not None:
            return f"{self.issuer_code}（{self.term}届）第{self.seq}号"
        if self.year is None:
            return f"{self.issuer_code}第{self.seq}号"
        if self.issuer_code.endswith("令"):
            return f"{self.issuer_code}〔{self.year}〕第{self.seq}号"
        return f"{self.issuer_code}〔{self.year}〕{self.seq}号"

    def __str__(self) -> str:
        return self.normalized


def _digits(text: str) -> int:
    return int(to_ascii_digits(text).replace("O", "0"))


def _from_match(match: re.Match[str]) -> DocNumber:
    issuer = re.sub(r"[ \u3000\u00a0]", "", match.group("issuer"))
    after = match.re is _YEAR_ORDER_AFTER
    if after:
        issuer += match.group("kind")  # 市人民政府1999年第2号令: the order of 市人民政府
    year = match.groupdict().get("year")
    return DocNumber(
        verbatim=match.group(0),
        issuer_code=issuer,
        year=_digits(year) if year else None,
        seq=_digits(match.group("seq")),
    )


def needs_term(number: DocNumber) -> bool:
    """A presidential order's number without the term it is numbered in (中华人民共和国主席令第20号):
    it names an order of any term, so it identifies no one document."""
    return number.issuer_code.endswith(_PRESIDENTIAL) and number.term is None


def parse(text: str) -> DocNumber | None:
    """Parse a string that is exactly one document number (surrounding space allowed)."""
    text = text.strip()
    termed = _TERM_ORDER.fullmatch(text)
    if termed is not None:
        return DocNumber(
            verbatim=termed.group(0),
            issuer_code=re.sub(r"[ \u3000\u00a0]", "", termed.group("issuer")),
            year=None,
            seq=int(termed.group("seq")),
            term=termed.group("term"),
        )
    text = text.strip("（）()")
    for pattern in (_NUMBER, _ORDER, _YEAR_ORDER, _YEAR_ORDER_AFTER):
        match = pattern.fullmatch(text)
        if match and _GLUED_KEY.search(match.group("issuer")) is None:
            number = _from_match(match)
            if len(number.issuer_code) > CODE_MAX or _titled(number) or _joint(number):
                return None
            if pattern in _YEAR_ORDERS and not _one_organ(number.issuer_code):
                return None
            return number
    return None  # not a number, or words run into one (发文字号国办发〔1988〕25号: a key and its value)


# A 令 inside an order's code, before its own: two orders' headings run together, the joint order of
# two ministries (中华人民共和国卫生部令 中华人民共和国交通部令 / 2004年第2号). Not one code: their
# issuers are two organs, and no one number is theirs. (命令, 指令, 法令, 司令 are words, no heading.)
_INNER_ORDER = re.compile(r"(?<![命指法司禁口])令(?=.)")


def _joint(number: DocNumber) -> bool:
    """Two orders' headings run into one code (卫生部令交通部令): no one issuer's number."""
    return number.issuer_code.endswith("令") and _INNER_ORDER.search(number.issuer_code) is not None


_YEAR_ORDERS = (_YEAR_ORDER, _YEAR_ORDER_AFTER)
# Two organs run together before an order's or an announcement's number, their space lost (商务部公安部
# 2005年第8号令, 财政部税务总局公告2019年第39号, 中华人民共和国卫生部中华人民共和国交通部令): a joint
# text's organs, no one code; a title run into it (…的公告2018年第31号); a pronoun (本局).
_GLUED_ORGANS = re.compile(
    r"(?:部|总署|总局)(?=[\u4e00-\u9fff]{2,}(?:部|署|局|委员会|院|厅|政府)(?:令|公告)$)"
    r"|关于|的(?:公告|令)$"
    r"|^(?:本|我|该|此|上述)"  # (本局2019年第3号公告: no organ named)
)


# An organ and a space before a code (财政部 税务总局公告2019年第39号, 商务部 公安部2005年第8号令):
# the code is the last of a joint text's organs, the number the joint text's.
_JOINT_BEFORE = re.compile(r"(?:部|署|局|委员会|院|厅|政府|银行)[ \u3000]+$")


def _one_organ(code: str) -> bool:
    """Whether an order's or an announcement's code numbered within its year names one organ."""
    return _GLUED_ORGANS.search(code) is None


def _titled(number: DocNumber) -> bool:
    """An order's number with the title it publishes run into its code (广西壮族自治区土地整治办法
    广西壮族自治区人民政府令 第116号, a line of a law database): not one number. (A code may itself
    end in 公告: 四川省第十一届人民代表大会常务委员会公告.)"""
    if number.year is not None:
        return False
    rest = _TITLE_BEFORE.sub("", number.issuer_code)
    return bool(rest) and rest != number.issuer_code


# The kinds of 公文 and other official texts, as the last word of a title says
# (GB/T 9704-2012 and the 党政机关公文处理工作条例 list, plus the normative forms of 规章 and 规范性文件).
# fmt: off
DOC_TYPES: tuple[str, ...] = (
    "决定", "通知", "意见", "办法", "方案", "规定", "规划", "细则", "通报", "批复", "公告", "通告",
    "决议", "命令", "令", "报告", "函", "纪要", "条例", "规则", "措施", "计划", "纲要", "要点",
    "指引", "指南", "标准", "规范", "目录", "清单", "议案", "请示", "预案", "章程", "法",
)
# fmt: on
_TYPES_LONGEST_FIRST = sorted(DOC_TYPES, key=len, reverse=True)
# A trailing parenthesis after the type word: （试行）, (2021-2030年), （修订）, （2023年）.
_TRAILING_PAREN = re.compile(r"[（(][^（）()]{1,20}[）)]$")


def document_type(title: str | None) -> str | None:
    """The type a title ends with (…的通知 → 通知; …实施方案（试行） → 方案); None when it ends otherwise."""
    if not title:
        return None
    text = re.sub(r"\s+", "", title).rstrip('》」”"')
    text = _TRAILING_PAREN.sub("", text)
    for word in _TYPES_LONGEST_FIRST:
        if text.endswith(word):
            return word
    return None


def parse_written(text: str | None) -> DocNumber | None:
    """:func:`parse` of a number as a text writes it: in traditional script (國發〔2016〕76號), with
    inserted pinyin (滬府發(fā)〔2017〕92號) or look-alike code points, read as simplified first, so
    that every copy of one document's number has one normalised form."""
    if not text:
        return None
    from kg.text.reading import read_text  # the reading layer imports this module's users

    return parse(read_text(text))


def find_all(text: str) -> Iterator[tuple[DocNumber, int, int]]:
    """Every document number in ``text`` with its (start, end) offsets.

    The issuer code is taken as the shortest run of CJK characters before the bracket that is not
    ordinary running text; callers with a known issuer code list may re-anchor it.
    """
    for pattern in (_NUMBER, _ORDER, *_YEAR_ORDERS):
        for match in pattern.finditer(text):
            number = _from_match(match)
            start = match.start()
            # Widen the lazy issuer match back to the run of CJK characters that touches the bracket.
            # (only the 15 characters before the issuer can matter: the text is not copied)
            before = text[max(0, match.start("issuer") - 15) : match.start("issuer")]
            head = re.search(r"[\u4e00-\u9fffA-Za-z]{1,15}$", before + match.group("issuer"))
            if pattern is not _NUMBER:
                # 2005年江西省人民政府令第140号: the order's issuer starts after the year.
                issuer = _LEADING_NOISE.sub("", number.issuer_code) or number.issuer_code
                # 广西壮族自治区土地整治办法 广西壮族自治区人民政府令 第116号: the title before is not
                # part of the order's issuer
                issuer = _TITLE_BEFORE.sub("", issuer) or issuer
                if issuer[0] in "月日号" and _AFTER_DIGIT.search(before):
                    # 2019年9月19日市政府令第1号: the 日 closes the date before the issuer.
                    issuer = issuer[1:]
                # (市人民政府1999年第2号令: the 令 after the number, in the code, not the issuer)
                written = len(issuer) - (
                    len(match.group("kind")) if pattern is _YEAR_ORDER_AFTER else 0
                )
                start = match.start("issuer") + len(match.group("issuer")) - written
                if pattern in _YEAR_ORDERS and (
                    written < 2 or not _one_organ(issuer) or _JOINT_BEFORE.search(text, 0, start)
                ):
                    continue  # (年第2号令 alone; 财政部 税务总局公告2019年第39号: no 税务总局's)
                number = DocNumber(
                    text[start : match.end()],
                    issuer,
                    number.year,
                    number.seq,
                )
            elif head:
                issuer = _LEADING_NOISE.sub("", head.group(0)) or head.group(0)
                issuer = _DATE_BEFORE.sub("", issuer) or issuer  # 九月二十三日计价格〔1998〕1810号
                at = match.start("issuer") + len(match.group("issuer")) - len(issuer)
                if (
                    len(issuer) > 1
                    and issuer[0] in "日号"
                    and _AFTER_DIGIT.search(text, max(0, at - 2), at)
                ):
                    issuer = issuer[1:]  # 1998年09月23日计价格〔1998〕1810号
                start = match.start("issuer") + len(match.group("issuer")) - len(issuer)
                number = DocNumber(
                    verbatim=text[start : match.end()],
                    issuer_code=issuer,
                    year=number.year,
                    seq=number.seq,
                )
            if len(number.issuer_code) <= CODE_MAX:  # (a longer run of words is no code)
                yield number, start, match.end()
