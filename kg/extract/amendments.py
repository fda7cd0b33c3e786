"""Decisions that amend, repeal or declare invalid earlier documents (修改/废止/宣布失效决定).

One :class:`~kg.records.AmendmentRecord` per (deciding document, target document, action), with the
textual changes of an amendment read by :mod:`kg.extract.amendment_changes`.

A decision names its targets in one or more of these ways, all read here:

* attachment tables (序号 | 文件名称 | 文号 | 修改内容), whose action comes from the heading above them
  (修改的…目录, 废止的…目录, 宣布失效的…目录) or from a per-row column (处理意见: 修改/废止/失效/继续有效);
  header rows repeated at page breaks are skipped, rows broken across lines are joined;
* numbered lists under an action line (二、对下列规章予以废止 / 1.《…》（…号）) with or without 《》
  (a bare title may hold a cited 《》: 江西省实施《…条例》办法), a target's number the one its
  history says it was published under (…令第225号公布…令第242号修正: 225), the items one a line or
  run onto one line with spaces between them ((一)… (二)…, numbered in order);
* running text: ``一、将《XX办法》（X政发〔2019〕5号）第三条修改为：“…”。`` or a target line
  (``（一）浙江省XX办法（2005年浙江省人民政府令第200号公布）``) followed by its numbered changes;
* a decision run on with its adoption note and its body on one line, as a periodical's abstract or a
  flattened page prints it (``…关于修改《T》的决定(2001年10月24日…会议通过)…会议决定对《T》作如下
  修改:一、…``), after the announcement that publishes it too: read from its title on;
* summary sentences (``对《A》（…）等5件…予以修改``) name only the first target and a count: they are
  checked against the targets found and used only when nothing else lists the targets.

A bill named where the text says what was heard (审议了…关于《T修正案(草案)》的议案) is no target.
A line's action is read outside the titles it names (批准《…报告》以及附件一《…已经失效的法律目录》:
the 失效 is the annex's title; a decision that approves what it names amends nothing), except in a
decision's title that names its targets (《…关于修改〈T〉的决定》).

Ordinary documents that end with ``原《XX》（…号）同时废止`` repeal their predecessor: read too; a
notice that says it revised T and issues the revised text in one sentence (``对《T》进行了修改和完善，
现将修改完善后的《…》印发``) amends T (a text issued again, ``现将修订后的《X》印发`` alone, does not);
so does the revised T said adopted by a meeting (修订后的《T》已经…审议通过，现印发 ·
《T》已由…修订通过，现将修订后的《T》公告).
The effective date is the decision's ``自…起施行`` (``自公布之日起施行`` = the decision's date, never
the day a portal's metadata says it posted the text: 公开日期 / 2019年12月24日).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from kg import segment as seg
from kg.extract import amendment_changes as grammar
from kg.extract.context import Context
from kg.records import AmendmentRecord, ExtractionWarning, Record, TextChange
from kg.segment import Section
from kg.text import dates, docnumber
from kg.text.normalize import chinese_number, clean, key, to_ascii_digits

GENRE = "amendments"
# EXPIRE (宣布失效) is kept apart while reading; a record says ``repeal`` with ``form`` 宣布失效, as a
# declaration of invalidity ends the target's force as a repeal does, and the RDF mapping keeps the
# legal distinction (kg.rdf.amendments: the amendment-action concept ``expire``).
AMEND, REPEAL, EXPIRE = "amend", "repeal", "expire"
_FORMS = {REPEAL: "废止", EXPIRE: "宣布失效"}


def _action_and_form(action: str) -> tuple[str, str | None]:
    """The record's action (amend | repeal) and the form of a repeal (废止 | 宣布失效)."""
    return (REPEAL if action == EXPIRE else action), _FORMS.get(action)


_DECISION_TITLE = re.compile(r"修改|废止|失效|修正|清理结果|清理情况")
_TITLE_END = re.compile(r"(?:决定|通知|公告|通告|令|意见|批复)$")
_HEADING_END = re.compile(r"(?:目录|清单|名单|一览表|汇总表|明细表)$")
_PAGE_NUMBER = re.compile(r"^[\s\-—–·•－]*\d{1,3}[\s\-—–·•－]*$")
_PROMULGATION = re.compile(r"现予公布|审议通过|予以公布|现予发布|现予印发")
# (a count may stand between the verb and the titles it cites: 对照3个《国务院关于修改部分行政法规的
# 决定》(国务院令第709号、…), the basis of a city's 规章 clean-up, not a target)
_CITING = re.compile(
    r"(?:根据|依据|按照|贯彻|落实|参照|遵照|依照|对照|比照|执行|符合)"
    r"\s*(?:(?:\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:个|部|件|项|份))?\s*$"
)

_EFFECTIVE = re.compile(
    r"自\s*(?P<when>.{1,24}?)\s*起\s*(?:施行|执行|实施|生效|废止|失效|停止执行|不再执行|宣布失效)"
)
_ON_ISSUE = re.compile(r"(?:公布|发布|印发|公告|签发|下发|通过)之日")
_COUNT = re.compile(
    r"(?:等|下列|以下|如下|这|共|计)\s*(?P<n>\d+|[一二两三四五六七八九十百]+)\s*(?:件|个|部|份|篇|项)"
)

_REF = re.compile(
    r"[《〈](?P<title>(?:[^《》〈〉]|〈[^《》〈〉]{1,80}〉){2,160})[》〉]"
    r"(?:\s*(?P<paren>[（(][^（）()]{0,160}(?:[（(][^（）()]*[)）][^（）()]*)*[)）]))?"
)
# A target named without 《》 on a list line: its title (a cited 《》 inside it: 江西省实施《退役士兵安置
# 条例》办法), then a parenthesis naming its number (the first not of a later 修正, own_number).
_BARE_REF = re.compile(
    r"^(?P<title>[^（(《》“”\t](?:[^（(《》“”\t]|《[^（()《》“”\t]{2,60}》){3,119}?)"
    r"\s*(?P<paren>[（(][^（）()]*(?:号|令|公布|发布|印发|修改|修正|通过|批准)[^（）()]*[)）])"
    r"\s*[。；;，,]?$"
)
_DOC_WORD = re.compile(
    r"(?:办法|规定|条例|细则|规则|意见|通知|决定|方案|规划|措施|实施意见|若干意见|暂行规定|制度|标准|"
    r"目录|纲要|计划|批复|通告|公告|章程|要点|准则|守则|意见稿)(?:[（(][^（）()]{1,20}[)）])?$"
)
_ENUMERATOR = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]+\s*[)）]\s*[、.．]?|"
    r"\d+\s*[.．、](?!\d)|[①②③④⑤⑥⑦⑧⑨⑩])\s*"
)
_REPEAL_WORDS = re.compile(r"废止|停止执行|不再执行|予以撤销")
_EXPIRE_WORDS = re.compile(r"失效|失去效力")
_AMEND_WORDS = re.compile(r"修改|修订|修正|作如下|作出如下")

_ACTION_COLUMN = re.compile(
    r"处理意见|清理意见|清理结果|处理结果|处理方式|审查意见|清理结论|处理建议"
)
_CONTENT_COLUMN = re.compile(r"修改内容|修改情况|修改意见|具体修改|修改条款|主要修改")
_TITLE_COLUMN = re.compile(r"名称|标题|题目|文件$")
_NUMBER_COLUMN = re.compile(r"文号|字号|编号|令号")
_SEQ_COLUMN = re.compile(r"^(?:序号|编号|序|No\.?)$")
_KEEP = re.compile(r"继续有效|保留|有效|继续执行")


# ---------------------------------------------------------------- small readers


def parse_date(text: str) -> str | None:
    """The first date in ``text`` as ISO 8601, keeping its precision (2023-08-01, or 2023-08)."""
    return next((found.iso for found in dates.find_all(text)), None)


_NOISE_BEFORE_ISSUER = re.compile(
    r"^.*(?:年|月|日|根据|依据|按照|印发|废止|修改|关于|的|及|(?<!共)和|与|、|以|对|由|经|，|,|：|:)"
)


def number_in(text: str) -> docnumber.DocNumber | None:
    """The first 发文字号 in ``text``, its issuer code trimmed of the words run into it
    (``2005年浙江省人民政府令第200号`` → 浙江省人民政府令第200号)."""
    for number, _start, _end in docnumber.find_all(text):
        issuer = _NOISE_BEFORE_ISSUER.sub("", number.issuer_code)
        if issuer and issuer != "令":
            return docnumber.DocNumber(number.verbatim, issuer, number.year, number.seq)
    return None


# A 令 numbered by an organ named without its place (省政府令, 市人民政府令): its numbers start again
# each year, which the text writes before it (2010年省政府令第4号), so the year belongs to the number.
_UNPLACED_ORDER = re.compile(r"^(?:省|市|县|区|州|自治区|自治州|盟|旗)(?:人民)?政府令$")
# …令第11号修正 · 第二次修正 · 修订: a step of the target's history made by another instrument.
_REVISED_BY = re.compile(r"^\s*(?:第[一二三四五六七八九十\d]+次)?(?:修正|修订|修改)")


def own_number(paren: str) -> docnumber.DocNumber | None:
    """The target's own number in the parenthesis after its title: the first number not of a step
    that revised it (1987年10月13日公布，2006年省政府令第11号修正 names none of its own); the year
    kept before an order of an organ named without its place (1989年省政府令第4号)."""
    for found, start, end in docnumber.find_all(paren):
        if _REVISED_BY.match(paren[end:]):
            continue
        number = number_in(found.verbatim)
        if number is None:
            continue
        year = re.search(r"((?:19|20)\d{2})\s*年\s*$", to_ascii_digits(paren[:start]))
        if number.year is None and year and _UNPLACED_ORDER.match(number.issuer_code):
            return docnumber.DocNumber(
                f"{year.group(1)}年{number.verbatim}",
                f"{year.group(1)}年{number.issuer_code}",
                None,
                number.seq,
            )
        return number
    return None


def _mask_quotes(text: str) -> str:
    """``text`` with quoted wording blanked (same length), so 《》 and verbs inside quotes are not
    taken for the decision's own words."""
    tpl, quotes = grammar.template(text)
    out, position = [], 0
    for match in re.finditer(r"\ue000(\d+)\ue001", tpl):
        out.append(tpl[position : match.start()])
        quote = quotes[int(match.group(1))]
        out.append("“" + "\u3000" * len(quote) + "”")
        position = match.end()
    out.append(tpl[position:])
    masked = "".join(out)
    # an unclosed quotation has no closing mark: keep the lengths equal
    return masked[: len(text)].ljust(len(text), "\u3000")


def _quote_follows(text: str, following: str) -> bool:
    """修改为： at the end of a line with the quoted wording starting the next line."""
    return text.endswith(("：", ":")) and following.startswith(("“", "「", '"'))


def _balanced(text: str) -> bool:
    """Titles, brackets and quotations all closed: a paragraph is not wrapped onto the next line.
    A title is open only when the text ends inside one (…对《天津市XX / 管理办法》): a 《 that a copy
    left unclosed, a sentence end after it (根据《中华人民共和国 的规定实施处罚。”, a page jumbled there),
    is no title wrapped onto the next line, which would join every line after it."""
    pairs = (("〈", "〉"), ("（", "）"), ("(", ")"))
    opened = text.rfind("《")
    return (
        grammar.quotes_balanced(text)
        and (opened <= text.rfind("》") or "。" in text[opened:])
        and all(text.count(o) <= text.count(c) for o, c in pairs)
    )


# 将第七条修改为：“…。”六、《T》（…）。 — the next numbered target run onto the line after the changes
# of the one before (a copy that lost the line breaks): read as a line of its own (inside an open
# quotation the pieces are joined again, as wrapped lines are).
_RUN_ON_ITEM = re.compile(r"(?<=[。”；;])(?=[一二三四五六七八九十]{1,3}、\s*《)")
# 一、废止4件省政府规章 (一)江西省…办法(…令第225号公布…) (二)…办法(…) 二、对7件…予以修改 (一)…: a
# list run onto one line, its items kept apart by spaces (a copy that lost the line breaks): read
# item by item, as the lines they were, when the spaced items are numbered (一)(二)… in order.
_SPACED_ITEM = r"[ \u3000]+(?=[（(](?P<n>[一二三四五六七八九十]{1,3})[)）])"
_LIST_BREAK = re.compile(
    r"[ \u3000]+(?=[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)"
)


def _run_on_list(text: str) -> list[str]:
    """The items of a numbered list run onto one line with spaces between them; else the line."""
    numbers = [chinese_number(m["n"]) for m in re.finditer(_SPACED_ITEM, text)]
    if len(numbers) < 2 or numbers[0] != 1 or "\t" in text:
        return [text]
    if any(b not in (a + 1, 1) for a, b in itertools.pairwise(numbers)):
        return [text]
    return _LIST_BREAK.split(text)


# ---------------------------------------------------------------- the decision's head


@dataclass
class Head:
    """What the decision says about itself: title, number, date, effective date."""

    title: str | None
    number: str | None
    date: str | None
    effective: str | None
    body_start: int  # first line after the title and number
    run_on: bool = False  # the title, its note and the body run on along the body's first line


def read_head(section: Section) -> Head:
    lines = [(n, chinese_part(t)) for n, t in section.numbered_lines()]
    number, body_start = _decision_number(lines, section.start)
    run_on = False
    if section.title:
        title = clean(section.title)
    else:
        title, title_line = _title_line(lines)
        body_start = max(body_start, title_line + 1)
        if title is None:  # a decision printed run on with its note and body on one line
            title, title_line = _run_on_title(lines)
            body_start = max(body_start, title_line)
            run_on = title is not None and body_start == title_line
    date = _decision_date(lines, title)
    body = [(n, t) for n, t in lines if n >= body_start]
    # the body's own 本决定自…起施行 first; else a promulgating order's 现予公布，自…起施行
    effective = _effective(body, date) or _effective(lines, date)
    return Head(title, number, date, effective, body_start, run_on)


# What a law database appends to a title: its year and status, (2016) [部分失效] 【已废止】.
_DATABASE_SUFFIX = re.compile(r"(?:[（(]\d{4}[)）]|\[[^\[\]]{1,8}\]|【[^【】]{1,8}】)+$")
# An English sentence before its Chinese on a bilingual page (en.pkulaw.cn): three words at least.
_IDEOGRAPH = re.compile(r"[\u3400-\u9fff]")
_OPENING_MARKS = "《“（(〔【「‘"


def chinese_part(text: str) -> str:
    """The Chinese of a bilingual line (1. In Article 16 … is deleted.   一、删去《…》…): the English
    before it dropped, with the marks that open the Chinese (“, 《, （) kept; an English line is
    empty; other lines as they are."""
    first = _IDEOGRAPH.search(text)
    lead = text[: first.start()] if first else text
    if len(re.findall(r"[A-Za-z]{2,}", lead)) < 3:
        return text
    if first is None:
        return ""  # an English line of a bilingual page
    start = first.start()
    while start > 0 and text[start - 1] in _OPENING_MARKS:
        start -= 1
    return text[start:]


# What a law database writes after a decision's title on its line: the text it prints after the
# decision (四川省…关于修改《四川省防震减灾条例》的决定 附:修正本, M-06): no part of the title.
_APPENDED_TEXT = re.compile(r"\s*附\s*[:：]\s*(?:修正|修订)?(?:文本|本)$")


def _title_line(lines: list[tuple[int, str]]) -> tuple[str | None, int]:
    """A decision's title among the first lines of an unsegmented text, and its line."""
    filled = [(n, t) for n, t in lines[:16] if t.strip()]
    for index, (line, text) in enumerate(filled[:12]):
        compact = _DATABASE_SUFFIX.sub("", _APPENDED_TEXT.sub("", clean(text)).replace(" ", ""))
        if _DECISION_TITLE.search(compact) and _TITLE_END.search(compact) and len(compact) < 80:
            return compact, line
        opened = not _balanced(compact) or re.search(r"关于(?:修改|废止|修正|宣布)?$", compact)
        if not opened or "关于" not in compact or re.search(r"[:：，,。；;]", compact):
            continue
        # a title broken over lines: …关于修改 / 《南平市…常务委员会 / 立法条例》的决定
        for more in (1, 2):
            joined = "".join(
                clean(t).replace(" ", "") for _n, t in filled[index : index + more + 1]
            )
            if _DECISION_TITLE.search(joined) and _TITLE_END.search(joined) and _balanced(joined):
                return joined, filled[min(index + more, len(filled) - 1)][0]
    return None, 0


# A decision run on with its adoption note and its body on one line, as a periodical's abstract
# prints it: 上海市人民代表大会常务委员会关于修改《…议事规则》的决定(2001年10月24日…会议通过)上海市
# 第十一届人民代表大会常务委员会第三十二次会议决定对《…》作如下修改:一、… (HA-32).
# The line may open with the announcement that publishes it, the title then after a space (湖南省第九届
# 人民代表大会常务委员会公告 (第96号) 《…》于…通过,现予公布… 2002年3月29日 湖南省人民代表大会常务委员会
# 关于 修改《湖南省环境保护条例》的决定 (2002年3月29日…通过) 湖南省…会议审议了…): a title holds at
# most one space, where a line broke inside it, and never opens with a digit (a date).
_TITLE_PIECE = r"[^\s（(：:。，,；;]"
_RUN_ON_TITLE = re.compile(
    rf"(?:^|(?<=\s))(?P<title>(?![0-9０-９]){_TITLE_PIECE}{{2,100}}?(?:\s{_TITLE_PIECE}{{1,100}}?)?"
    r"的决定)\s*[（(](?:19|20)\d\d\s*年[^（）()]{4,80}?(?:通过|批准|公布)[)）]\s*\S"
)


def _from_run_on_title(text: str) -> str:
    """A line from the run-on title on (the announcement that publishes it left out)."""
    spaced = re.sub(r"\s+", " ", text.strip())
    match = _RUN_ON_TITLE.search(spaced)
    return spaced[match.start() :] if match is not None else text


def _run_on_title(lines: list[tuple[int, str]]) -> tuple[str | None, int]:
    """The title of a decision whose note and body run on after it on its line, and that line
    (the body starts there); None, 0 when no such line opens the text."""
    filled = [(n, t) for n, t in lines[:16] if t.strip()]
    for line, text in filled[:12]:
        match = _RUN_ON_TITLE.search(re.sub(r"\s+", " ", text.strip()))  # (its spaces kept)
        if match is not None:
            title = clean(match.group("title")).replace(" ", "")
            if _DECISION_TITLE.search(title) and _balanced(title):
                return title, line
    return None, 0


# A decision's note in brackets: (…会议通过 2004年2月26日…令第171号公布 …); a copy may lose its opening
# bracket, the note then opening with its date (2004年2月16日…审议通过 …令第171号公布 自公布之日起施行)).
_PUBLISHED_NOTE = re.compile(r"(?:[（(]|(?:19|20)\d\d年).*[)）]")


def _decision_number(lines: list[tuple[int, str]], start: int) -> tuple[str | None, int]:
    """The decision's 发文字号 (or 令 number split over two lines) among its first lines."""
    head = lines[:10]
    for index, (line, text) in enumerate(head):
        compact = clean(text).replace(" ", "")
        parsed = docnumber.parse(compact)
        bare = compact.strip("（）()")  # 石家庄市人民政府令 / (第166号)
        if parsed is None and index > 0 and re.fullmatch(r"第\d+号", to_ascii_digits(bare)):
            previous = clean(head[index - 1][1]).replace(" ", "")
            ordered = previous.endswith(("令", "公告"))
            parsed = docnumber.parse(previous + bare) if ordered else None
        if parsed is None and _PUBLISHED_NOTE.fullmatch(compact) and "公布" in compact:
            parsed = number_in(compact)
        order = re.fullmatch(r"[^\u3400-\u9fff]*[（(](第\d{1,5}号)[)）]", to_ascii_digits(compact))
        if parsed is None and order:  # (No. 666) (第666号) under an order's name
            return order.group(1), line + 1
        if parsed is not None:
            return parsed.normalized, line + 1
    return None, start


# A history note of the text a decision amends, printed after it: (1991年10月31日市人民政府发布
# 1998年1月4日根据市人民政府《关于修改〈…〉的决定》修订发布): the date before 根据《title》 is that
# decision's.
_REVISED_ON = re.compile(
    r"(?P<date>(?:19|20)\d\d年\d{1,2}月\d{1,2}日)根据[^《》]{0,20}《(?P<title>[^《》]{4,120})》"
    r"(?:修订|修正|修改)"
)


# A portal's label over the day it posted the text (公开日期, 发布日期), in the metadata table above
# a ministry's order (xxgk.mot.gov.cn: 公开日期 2019年12月24日, the order signed 2019年11月28日).
_PORTAL_DAY = re.compile(r"(?:公开|发布|公開|發布|生成)(?:日期|时间|時間)[:：]?")


def _decision_date(lines: list[tuple[int, str]], title: str | None = None) -> str | None:
    """The date the decision was signed or published: the first line that is only a date (on a
    bilingual page, the Chinese after the English: February 6, 2016 2016年2月6日), or a note that
    opens with a date; in the history note of the text it amends, the date of the revision by this
    decision, never the date the amended text was first issued."""
    label = ""
    for _n, text in lines:
        if re.search(r"[A-Za-z]{2,}", text) and text.split():
            text = text.split()[-1]
        compact = clean(text).replace(" ", "").strip("（）()")
        after_label, label = _PORTAL_DAY.fullmatch(label) is not None, compact or label
        if after_label:
            continue  # 公开日期 / 2019年12月24日: the day a portal posted it, not the decision's
        iso = dates.parse(compact) if dates.is_date_line(compact) else None
        if iso and len(iso) == 10:
            return iso
        first = next(dates.find_all(compact), None)
        if first and first.start == 0 and compact.endswith(("公布", "发布", "通过")):
            revised = [
                m for m in _REVISED_ON.finditer(compact) if title and key(m["title"]) == key(title)
            ]
            if revised:
                return dates.parse(revised[0]["date"])
            if not _REVISED_ON.search(compact):
                return first.iso
    return None


def _effective(lines: list[tuple[int, str]], date: str | None) -> str | None:
    """自2023年8月1日起施行 → 2023-08-01; 自公布之日起施行 → the decision's date."""
    for _n, text in lines:
        if "起" not in text:
            continue
        masked = _mask_quotes(clean(text))
        match = _EFFECTIVE.search(masked)
        if not match:
            continue
        when = match.group("when")
        if _ON_ISSUE.search(when):
            return date
        found = parse_date(when)
        if found:
            return found
    return None


# ---------------------------------------------------------------- targets


@dataclass
class Target:
    """A target document as a decision names it."""

    title: str | None
    number: str | None

    @property
    def key(self) -> str:
        return self.number or key(self.title)


def refs_in(text: str) -> list[tuple[Target, int, int]]:
    """Targets named with 《》 in ``text`` (quotes masked), with their spans; citations introduced
    by 根据/依据 (the legal basis) are not targets."""
    masked = _mask_quotes(text)
    found = []
    for match in _REF.finditer(masked):
        if _CITING.search(masked[max(0, match.start() - 6) : match.start()]) or _basis(
            masked, match.start()
        ):
            continue
        if _INSIDE_TITLE.match(masked, match.end("title") + 1) and _IDEOGRAPH.match(
            masked[match.start() - 1 : match.start()]
        ):
            continue  # 江西省实施《退役士兵安置条例》办法(…): the 《》 are inside a title written bare
        title = clean(text[match.start("title") : match.end("title")])
        if _DRAFT_TITLE.search(title):
            continue  # 审议了…关于《…条例修正案(草案)》的议案: a bill, which amends nothing
        inner = _TITLE_TARGET.search(title)
        # 《…关于修改〈T〉的决定》: the decision itself; its title names T (or T1、T2…)
        titles = [clean(t) for t in title_targets(inner)] if inner is not None else [title]
        paren = text[match.start("paren") : match.end("paren")] if match.group("paren") else ""
        number = own_number(paren) if paren else None
        if paren and number is None and not re.search(r"号|令|公布|发布|印发", paren):
            end = match.end("title") + 1  # a parenthesis that is not a reference: leave it
        else:
            end = match.end()
        if not paren:
            number, end = _run_in_number(text, end)
        if len(titles) > 1:
            number = None  # the decision's own number, not one of its targets'
        for one in titles:
            found.append((Target(one, number.normalized if number else None), match.start(), end))
    return found


# A bill named by its title: …条例修正案(草案), …修订草案, (送审稿): no document in force, never a
# target (the decision that follows it names the law it amends).
_DRAFT_TITLE = re.compile(
    r"[（(][^（）()]{0,10}(?:草案|送审稿|审议稿|修改稿|[一二三]审稿)[^（）()]{0,10}[）)]$|草案$"
)


# What follows a cited title inside a title written without 《》 (江西省实施《…条例》办法(2016年…公布)):
# the title's document word, then its history in brackets or the end.
_INSIDE_TITLE = re.compile(r"(?:实施)?(?:办法|细则|规定|若干规定)\s*(?:[（(]|$)")
_BASIS = re.compile(r"(?:根据|依据|依照|按照|遵照|贯彻|落实)")
_ACTION_VERB = re.compile(r"修改|修订|修正|废止|失效|删去|删除|增加|将|对")


def _basis(masked: str, start: int) -> bool:
    """A reference inside a clause opened by 根据/依据 (根据2013年7月13日国务院公布的《…》和…《…》，)
    with no verb of change between: the legal basis, not a target."""
    clause = re.split(r"[，,。；;：:]", masked[:start])[-1]
    opening = _BASIS.search(clause)
    # 贯彻落实2021年修订的《…》: the revision is the law's state, said of the basis, not a change
    # this text makes
    between = _REVISED_STATE.sub("", clause[opening.end() :]) if opening else ""
    return bool(opening) and not _ACTION_VERB.search(between)


_REVISED_STATE = re.compile(
    r"(?:(?:19|20)\d{2}\s*年(?:\d{1,2}\s*月)?(?:\d{1,2}\s*日)?)?(?:新|重新)?(?:修订|修正|修改)(?:后)?的\s*$"
)


def _run_in_number(text: str, end: int) -> tuple[docnumber.DocNumber | None, int]:
    """A 发文字号 right after 》 without brackets: a table flattened into one line of a web copy
    (1 《XX办法》 温政办〔2021〕61号 删除…)."""
    gap = len(text[end:]) - len(text[end:].lstrip())
    for number, start, stop in docnumber.find_all(text[end + gap : end + gap + 40]):
        if start == 0:
            return number, end + gap + stop
        break
    return None, end


def bare_ref(text: str) -> Target | None:
    """A list line naming a target without 《》: 浙江省XX规定（1998年…令第100号公布）, or a bare
    title ending in a document word; None for anything else."""
    body = _ENUMERATOR.sub("", clean(text)).strip()
    match = _BARE_REF.match(body)
    if match:
        number = own_number(match.group("paren"))
        return Target(clean(match.group("title")), number.normalized if number else None)
    body = body.rstrip("。；;，,")
    if (
        _DOC_WORD.search(body)
        and len(body) <= 80
        and not _AMEND_WORDS.search(body)
        and not _REPEAL_WORDS.search(body)
        and not re.search(r"[，,：:“”]", body)
    ):
        return Target(body, None)
    return None


# ---------------------------------------------------------------- the reader


@dataclass
class _Entry:
    target: Target
    action: str
    start: int
    end: int
    changes: list[TextChange] = field(default_factory=list)


@dataclass
class _Table:
    columns: dict[str, int]
    action: str | None


@dataclass
class _Paragraph:
    start: int
    end: int
    text: str


class DecisionReader:
    """Reads one decision section into amendment records and warnings."""

    def __init__(self, section: Section, context: Context, head: Head):
        self.section = section
        self.context = context
        self.head = head
        self.entries: dict[tuple[str, str], _Entry] = {}
        self.warnings: list[ExtractionWarning] = []
        self.stated: dict[str, tuple[int, int]] = {}  # action → (count, line)
        self.summary_targets: dict[str, list[tuple[Target, int]]] = {}
        self.action: str | None = None
        self.current: _Entry | None = None
        self.table: _Table | None = None
        self.last_row: list[object] | None = None

    # -- output
    def records(self) -> Iterator[Record]:
        for line_text in self._lines():
            self._line(*line_text)
        self._flush_row()
        self._fallback_to_summaries()
        self._check_counts()
        for entry in self._merged():
            yield self._record(entry)
        yield from self.warnings

    def _merged(self) -> list[_Entry]:
        """The entries, one target named by its title alone (the decision's title: 关于修改《T》的
        决定) and again with its number (对《T》(1991年市人民政府令第43号)作如下修改) being one."""
        numbered = {
            (entry.action, key(entry.target.title)): entry
            for entry in self.entries.values()
            if entry.target.number and entry.target.title
        }
        out = []
        for entry in self.entries.values():
            same = numbered.get((entry.action, key(entry.target.title or "")))
            if entry.target.number or same is None:
                out.append(entry)
                continue
            same.start, same.end = min(same.start, entry.start), max(same.end, entry.end)
            same.changes[:0] = entry.changes
        return out

    def _record(self, entry: _Entry) -> AmendmentRecord:
        action, form = _action_and_form(entry.action)
        return AmendmentRecord(
            source=self.context.span(entry.start, entry.end),
            by=self.head.number,
            target_number=entry.target.number,
            target_title=entry.target.title,
            action=action,
            effective=self.head.effective,
            changes=entry.changes if entry.action == AMEND else [],
            by_title=self.head.title,
            form=form,
            act_line=self._act_line(),
        )

    def _act_line(self) -> int | None:
        """The decision is the section its records stand in: named by neither number nor title
        (a copy that starts at its body, K-07), its every record is still that one act."""
        return None if self.head.number or self.head.title else self.section.start

    def warn(self, line: int, message: str, end: int | None = None) -> None:
        self.warnings.append(
            ExtractionWarning(
                source=self.context.span(line, end or line), genre=GENRE, message=message
            )
        )

    # -- lines and paragraphs
    def _lines(self) -> Iterator[tuple[_Paragraph, bool]]:
        """Paragraphs of the body (wrapped lines joined) and whether each is a table line."""
        pending: _Paragraph | None = None
        for line, text in self.section.numbered_lines():
            if line < self.head.body_start or _PAGE_NUMBER.match(text):
                continue
            if "\t" in text:
                if pending:
                    yield pending, False
                    pending = None
                yield _Paragraph(line, line, text), True
                continue
            if line == self.head.body_start and self.head.run_on:
                text = _from_run_on_title(text)  # (what the line prints before it: the 公告's)
            pieces = [clean(p) for p in _run_on_list(chinese_part(text))]
            for cleaned in itertools.chain.from_iterable(map(_RUN_ON_ITEM.split, pieces)):
                if pending and (
                    not _balanced(pending.text) or _quote_follows(pending.text, cleaned)
                ):
                    pending = _Paragraph(pending.start, line, pending.text + cleaned)
                    continue
                if pending:
                    yield pending, False
                pending = _Paragraph(line, line, cleaned)
        if pending:
            yield pending, False

    def _line(self, paragraph: _Paragraph, tabbed: bool) -> None:
        if tabbed:
            self._table_line(paragraph)
            return
        if self.table is not None and self.last_row is not None and self._row_goes_on(paragraph):
            self._extend_row(paragraph)
            return
        self._flush_row()
        self.table = None
        self._paragraph(paragraph)

    # -- tables
    def _table_line(self, paragraph: _Paragraph) -> None:
        cells = [clean(c) for c in paragraph.text.split("\t")]
        columns = _header(cells)
        if columns is not None:
            if self.table is not None and columns == self.table.columns:
                return  # the header repeated at a page break: the table (and its open row) go on
            self._flush_row()
            action = None if "action" in columns else self.action
            if action is None and "action" not in columns and "content" in columns:
                action = AMEND
            self.table = _Table(columns, action)
            return
        if self.table is None:
            return
        if self.last_row is None or self._starts_row(cells):
            self._flush_row()
            self.last_row = [paragraph.start, paragraph.start, cells]
        else:
            self._merge_cells(paragraph, cells)

    def _merge_cells(self, paragraph: _Paragraph, cells: list[str]) -> None:
        """A row broken across a page: its cells continue the previous row's cells."""
        assert self.last_row is not None
        previous: list[str] = self.last_row[2]  # type: ignore[assignment]
        for index, cell in enumerate(cells):
            if index < len(previous):
                previous[index] += cell
            else:
                previous.append(cell)
        self.last_row[1] = paragraph.end

    def _starts_row(self, cells: list[str]) -> bool:
        """A new row: its 序号 cell holds a number (or, with no 序号 column, its first cell is
        filled); otherwise the line continues the row above, broken at a page or a cell wrap."""
        assert self.table is not None
        if "seq" not in self.table.columns:
            return bool(cells[0])
        index = self.table.columns["seq"]
        seq = to_ascii_digits(cells[index]) if index < len(cells) else ""
        return bool(re.fullmatch(r"[\d一二三四五六七八九十]+[.、．]?", seq))

    def _row_goes_on(self, paragraph: _Paragraph) -> bool:
        """An untabbed line continues the row above when the row's title or quotation is still
        open, or when the row has a 修改内容 cell and the line is one more instruction."""
        assert self.last_row is not None and self.table is not None
        if not _balanced("".join(self.last_row[2])):  # type: ignore[arg-type]
            return True
        if "content" not in self.table.columns or _HEADING_END.search(paragraph.text):
            return False
        return bool(grammar.parse(paragraph.text).changes) and not refs_in(paragraph.text)

    def _extend_row(self, paragraph: _Paragraph) -> None:
        assert self.last_row is not None
        cells: list[str] = self.last_row[2]  # type: ignore[assignment]
        cells[-1] += paragraph.text
        self.last_row[1] = paragraph.end

    def _flush_row(self) -> None:
        if self.last_row is None or self.table is None:
            self.last_row = None
            return
        start, end, cells = self.last_row
        self.last_row = None
        self._row(start, end, cells)  # type: ignore[arg-type]

    def _row(self, start: int, end: int, cells: list[str]) -> None:
        columns = self.table.columns if self.table else {}

        def cell(name: str) -> str:
            index = columns.get(name)
            return cells[index] if index is not None and index < len(cells) else ""

        action = self.table.action if self.table else None
        if "action" in columns:
            action = _action_word(cell("action"))
            if action is None:
                if not _KEEP.search(cell("action")):
                    self.warn(start, f"unrecognised action {cell('action')!r} in a table row", end)
                return
        target = _row_target(cell("title"), cell("number"))
        if target is None:
            self.warn(start, "table row names no document", end)
            return
        if action is None:
            self.warn(start, "table row under no 修改/废止/失效 heading: action unknown", end)
            return
        entry = self._entry(target, action, start, end)
        if action == AMEND and "content" in columns:
            self._changes(entry, cell("content"), start, end, required=True)

    # -- running text
    def _paragraph(self, paragraph: _Paragraph) -> None:
        text = paragraph.text
        if not text or re.fullmatch(r"附件\s*\d*[:：]?", text) or _PROMULGATION.search(text):
            return
        masked = _mask_quotes(text)
        if _HEADING_END.search(_ENUMERATOR.sub("", text)) and "《" not in text and len(text) < 60:
            self._set_action(_action_word(text), paragraph)
            return
        raw = self.section.source.line(paragraph.start)
        row = _spaced_row(raw) if paragraph.start == paragraph.end else None
        if row is not None and self.action in (REPEAL, EXPIRE):  # an amended row has changes
            self.current = self._entry(row, self.action, paragraph.start, paragraph.end)
            return
        if self.action in (REPEAL, EXPIRE) and self._two_line_row(paragraph, raw):
            return
        refs = refs_in(text)
        # a target's history in the parenthesis after it (…令第4号，1998年…令第11号修正) is no action,
        # nor is a word inside a title (批准…附件一《…已经失效的法律目录》: the title's 失效)
        outside = (
            _TITLE_WORDS.sub(_blank_inner, _HISTORY_NOTE.sub(_blank, masked)) if refs else masked
        )
        action = _action_word(outside, strict=True)
        if refs and action is None and _APPROVES.search(outside[: refs[0][1]]):
            return  # 决定：批准《…报告》以及附件一《…》: approved, not amended or repealed
        if refs and action is None and _action_word(outside) is not None:
            pieces = _clauses(text, masked)
            if len(pieces) > 1:  # 对《A》等3件予以废止，对《B》等2件宣布失效
                for piece in pieces:
                    self._paragraph(_Paragraph(paragraph.start, paragraph.end, piece))
                return
        if refs:
            self._with_refs(paragraph, refs, action, masked)
        elif self._listed_target(paragraph):
            return
        elif action is not None and not _starts_instruction(text):
            self._set_action(action, paragraph)
            self._count(masked, action, paragraph.start)
        else:
            self._instruction(paragraph, text)

    def _two_line_row(self, paragraph: _Paragraph, raw: str) -> bool:
        """A catalogue row flattened to two lines under a repeal heading: ``01 title`` (序号 and a
        title ending in a document type), then ``银发(90)96 90.4.6`` (its 文号 and date)."""
        if paragraph.start != paragraph.end:
            return False
        title = _seq_title(raw)
        following = (
            self.section.source.line(paragraph.end + 1) if paragraph.end < self.section.end else ""
        )
        number = _number_line(following)
        if title is None or number is None:
            return False
        target = Target(title, number)
        self.current = None
        self._entry(target, self.action or REPEAL, paragraph.start, paragraph.end + 1)
        return True

    def _set_action(self, action: str | None, paragraph: _Paragraph) -> None:
        if action is not None:
            self.action = action
            self.current = None

    def _with_refs(
        self,
        paragraph: _Paragraph,
        refs: list[tuple[Target, int, int]],
        action: str | None,
        masked: str,
    ) -> None:
        if _COUNT.search(masked) and action is not None:
            self._count(masked, action, paragraph.start)
            self.action = action
            self.summary_targets.setdefault(action, []).extend(
                (t, paragraph.start) for t, *_ in refs
            )
            return
        rest = _without_refs(paragraph.text, refs)
        if re.match(r"\s*\d{1,3}\s*[《〈]", paragraph.text):  # the 序号 of a flattened table row
            rest = re.sub(r"^\s*\d{1,3}", "", rest)
        instruction = grammar.parse(rest)
        if instruction.changes:
            entry = self._entry(refs[0][0], AMEND, paragraph.start, paragraph.end)
            entry.changes.extend(instruction.changes)
            self._warn_unparsed(instruction.unparsed, paragraph)
            self.current, self.action = entry, AMEND
            return
        if action is None and _KEEP.search(rest) and not _PROVISION_WORDS.search(rest):
            return  # 《A》等7件规范性文件继续有效: kept in force, no record
        if action is None and self.action is None and len(refs) == 1 and not _leftover(rest):
            # 五、《T》（1993年市人民政府令第7号）。 alone on its line, its changes below it, in a copy that
            # lost the 决定 line (对下列规章作如下修改：): the decision's title says the action
            action = self._numbered_item_action(paragraph)
        if action is None and _leftover(rest):
            self._unread_reference(paragraph, refs[0][0], rest, refs[0][1])
            return
        if action in (REPEAL, EXPIRE) and len(refs) == 1 and _PROVISION_WORDS.search(rest):
            self._partial_repeal(paragraph, refs[0][0], rest)
            return
        action = action or self.action
        if action is None:
            return  # a citation in the preamble: not a target
        for target, _s, _e in refs:
            entry = self._entry(target, action, paragraph.start, paragraph.end)
        self.action = action
        self.current = entry if action == AMEND and len(refs) == 1 else None

    def _numbered_item_action(self, paragraph: _Paragraph) -> str | None:
        """AMEND for a numbered item naming one target under a decision whose title's only action,
        outside the titles it names, is 修改 (关于修改部分市政府规章的决定); None otherwise."""
        title = self.head.title or ""
        if not _ENUMERATOR.match(paragraph.text) or not _DECISION_TITLE.search(title):
            return None
        words = _TITLE_WORDS.sub(_blank, title)
        if _REPEAL_WORDS.search(words) or _EXPIRE_WORDS.search(words):
            return None
        return AMEND if _action_word(words) == AMEND else None

    def _partial_repeal(self, paragraph: _Paragraph, target: Target, rest: str) -> None:
        """废止《XX办法》第五条: a repeal of provisions is an amendment deleting them."""
        provisions = _ENUMERATOR.sub("", _REPEAL_WORDS.sub("", _EXPIRE_WORDS.sub("", rest)))
        parsed = grammar.parse("删除" + re.sub(r"^\s*(?:宣布|决定|予以|对)+", "", provisions))
        entry = self._entry(target, AMEND, paragraph.start, paragraph.end)
        entry.changes.extend(parsed.changes)
        if not parsed.changes or parsed.unparsed:
            self.warn(
                paragraph.start,
                f"cannot read the provisions repealed: {paragraph.text[:80]}",
                paragraph.end,
            )
        self.current = entry

    def _unread_reference(self, paragraph: _Paragraph, target: Target, rest: str, at: int) -> None:
        """A target named with words no grammar form covers: kept as an amendment when the words
        locate a provision or quote wording, or, under a 修改 line, when the target leads its line
        (an item of the list: (一)关于《T》, or a title wrapped under its 关于修改: 《T》的决定); and
        warned about either way. A title named inside other words under a 修改 line is no target:
        a periodical's source line (摘自《国家税务总局网》), a title that quotes another (服务贸易
        等项目对外支付出具《税务证明》申请表)."""
        listed = self.action == AMEND and _LEADS.fullmatch(paragraph.text[:at]) is not None
        if listed or _PROVISION_WORDS.search(rest) or "“" in rest:
            self.current = self._entry(target, AMEND, paragraph.start, paragraph.end)
        self.warn(
            paragraph.start,
            f"cannot read amendment instruction: {paragraph.text[:80]}",
            paragraph.end,
        )

    def _listed_target(self, paragraph: _Paragraph) -> bool:
        """A list line naming a target without 《》, under an action line."""
        if self.action is None or not _ENUMERATOR.match(paragraph.text):
            return False
        target = bare_ref(paragraph.text)
        if target is None:
            return False
        entry = self._entry(target, self.action, paragraph.start, paragraph.end)
        self.current = entry if self.action == AMEND else None
        return True

    def _instruction(self, paragraph: _Paragraph, text: str) -> None:
        parsed = grammar.parse(text)
        if not parsed.changes and not parsed.unparsed:
            return
        if self.current is None and parsed.changes:
            self.current = self._title_target(paragraph)
        if self.current is None:
            if parsed.changes:
                self.warn(
                    paragraph.start,
                    f"amendment instruction with no target document named before it: {text[:60]}",
                    paragraph.end,
                )
            return
        self.current.changes.extend(parsed.changes)
        self.current.end = max(self.current.end, paragraph.end)
        self._warn_unparsed(parsed.unparsed, paragraph)

    def _title_target(self, paragraph: _Paragraph) -> _Entry | None:
        """The one target the decision's title names (关于修改《T》部分条款的决定), for changes that
        name none (决定对《》的部分条款作如下修改： in a copy that lost the title's words)."""
        match = _TITLE_TARGET.search(self.head.title or "")
        if match is None or _action_word(match.group("verb")) != AMEND or "等" in match["rest"]:
            return None
        targets = title_targets(match)
        if len(targets) != 1:
            return None  # changes under a title naming several targets: whose is not said
        target = Target(clean(targets[0]), None)
        return self._entry(target, AMEND, paragraph.start, paragraph.end)

    # -- shared
    def _entry(self, target: Target, action: str, start: int, end: int) -> _Entry:
        entry_key = (action, target.key)
        entry = self.entries.get(entry_key)
        if entry is None:
            entry = self.entries[entry_key] = _Entry(target, action, start, end)
        else:
            entry.start, entry.end = min(entry.start, start), max(entry.end, end)
            entry.target.number = entry.target.number or target.number
            entry.target.title = entry.target.title or target.title
        return entry

    def _changes(self, entry: _Entry, content: str, start: int, end: int, required: bool) -> None:
        parsed = grammar.parse(content, strict=True)
        entry.changes.extend(parsed.changes)
        if required and not content:
            self.warn(start, f"no 修改内容 for {entry.target.title or entry.target.number}", end)
        elif required and not parsed.changes and not parsed.unparsed:
            self.warn(start, f"cannot read the 修改内容 cell: {content[:80]}", end)
        self._warn_unparsed(parsed.unparsed, _Paragraph(start, end, content))

    def _warn_unparsed(self, sentences: list[str], paragraph: _Paragraph) -> None:
        for sentence in sentences:
            self.warn(
                paragraph.start,
                f"cannot read amendment instruction: {sentence[:80]}",
                paragraph.end,
            )

    def _count(self, masked: str, action: str, line: int) -> None:
        match = _COUNT.search(masked)
        if match:
            count = chinese_number(match.group("n"))
            if count:
                self.stated[action] = (count, line)

    def _fallback_to_summaries(self) -> None:
        """Targets named only in a summary sentence (the attachments are missing), or in the
        decision's title when it is one (关于修改《海南省城市市容和环境卫生管理办法》等30件规章的决定, a
        copy whose table lost the names of the other 29)."""
        match = _TITLE_TARGET.search(self.head.title or "")
        action = (
            _action_word(match.group("verb")) if match and _COUNT.search(match["rest"]) else None
        )
        if match is not None and action is not None:
            title = key(self.head.title or "")
            lines = self.section.numbered_lines()
            line = next((n for n, t in lines if title in key(t)), self.section.start)
            self.summary_targets.setdefault(action, []).extend(
                (Target(clean(title), None), line) for title in title_targets(match)
            )
        for action, targets in self.summary_targets.items():
            if any(a == action for a, _k in self.entries):
                continue
            for target, line in targets:
                self._entry(target, action, line, line)

    def _check_counts(self) -> None:
        for action, (count, line) in self.stated.items():
            found = sum(1 for a, _k in self.entries if a == action)
            if found != count:
                self.warn(
                    line,
                    f"the decision states {count} documents ({action}), {found} found in the text",
                )


def _spaced_row(raw: str) -> Target | None:
    """A table row flattened with spaces under an action heading: 序号, a title ending in a
    document type, its 发文字号, then any remark (a reason column, whose 《》 are not targets)."""
    parts = raw.split()
    if len(parts) < 3 or not re.fullmatch(r"\d{1,3}", to_ascii_digits(parts[0])):
        return None
    for k in range(2, min(len(parts), 6)):
        number = docnumber.parse(parts[k])
        if number is None:
            continue
        title = clean("".join(parts[1:k])).strip("《》〈〉")
        if "《" in title or not docnumber.document_type(title):
            return None
        return Target(title, number.normalized)
    return None


def _seq_title(raw: str) -> str | None:
    """``01 关于…的通知``: a 序号 and a title ending in a document type (inner 《》 allowed:
    印发《…》的通知), none of the decision's own words in it."""
    match = re.fullmatch(r"\s*\d{1,3}\s+(?P<title>[^\s《].{3,120}?)\s*", to_ascii_digits(raw))
    if match is None:
        return None
    title = clean(raw.strip()[len(raw.strip()) - len(match.group("title").strip()) :])
    if not docnumber.document_type(title) or re.search(r"\s|[，,。；;：:]", title):
        return None
    if _REPEAL_WORDS.search(title) or _EXPIRE_WORDS.search(title) or title.count("《") > 1:
        return None
    return title


# 银发(90)96 · 银发〔1990〕96号 · 国发[1991]5号: a 文号 whose year may have two digits, 号 optional.
_LOOSE_NUMBER = re.compile(
    r"[\u4e00-\u9fff]{1,12}\s*[〔［\[【（(﹝]\s*(?:19|20)?\d{2}\s*[〕］\]】）)﹞]\s*第?\s*\d{1,5}\s*号?"
)
_ROW_DATE = r"(?:\d{2,4}\s*[.．年/-]\s*\d{1,2}\s*[.．月/-]\s*\d{1,2}\s*日?)"


def _number_line(raw: str) -> str | None:
    """A line that is a 文号, and perhaps a date: the number, normalised where
    :mod:`kg.text.docnumber` reads it, else as written (a two-digit year is not guessed at)."""
    text = clean(to_ascii_digits(raw)).strip()
    match = re.fullmatch(rf"(?P<number>{_LOOSE_NUMBER.pattern})(?:\s+{_ROW_DATE})?", text)
    if match is None:
        return None
    parsed = docnumber.parse(match.group("number"))
    return parsed.normalized if parsed else clean(match.group("number")).replace(" ", "")


def _header(cells: list[str]) -> dict[str, int] | None:
    """Column roles of a table header row; None when the row is not a header."""
    columns: dict[str, int] = {}
    for index, cell in enumerate(cells):
        compact = cell.replace(" ", "")
        for name, pattern in (
            ("seq", _SEQ_COLUMN),
            ("content", _CONTENT_COLUMN),
            ("action", _ACTION_COLUMN),
            ("number", _NUMBER_COLUMN),
            ("title", _TITLE_COLUMN),
        ):
            if name not in columns and pattern.search(compact) and len(compact) <= 12:
                columns[name] = index
                break
    return columns if "title" in columns and len(columns) >= 2 else None


def _row_target(title_cell: str, number_cell: str) -> Target | None:
    refs = refs_in(title_cell)
    title = refs[0][0].title if refs else (title_cell.strip("《》〈〉 ") or None)
    number = number_in(number_cell) or number_in(title_cell)
    if title is None and number is None:
        return None
    if title and number is None and refs and refs[0][0].number:
        return refs[0][0]
    return Target(title, number.normalized if number else None)


def _action_word(text: str, strict: bool = False) -> str | None:
    """The action a line or cell speaks of; ``strict`` ignores lines naming two actions (titles)."""
    repeal = bool(_REPEAL_WORDS.search(text))
    expire = bool(_EXPIRE_WORDS.search(text))
    amend = bool(_AMEND_WORDS.search(text))
    if strict and repeal + expire + amend > 1:
        return None
    if expire:
        return EXPIRE
    if repeal:
        return REPEAL
    return AMEND if amend else None


# (1989年省政府令第4号，1998年省政府令第11号修正) · (1987年10月13日公布，2006年…令第11号修正): the
# history of a target after its title, each step a number or a date and perhaps a verb.
_HISTORY_NOTE = re.compile(
    r"[（(](?=[^（）()]*(?:号|公布|发布|印发))(?=[^（）()]*\d{4}\s*年)[^（）()]{4,200}[)）]"
)


def _blank(match: re.Match[str]) -> str:
    return "\u3000" * len(match.group(0))


# A title's words (《…》 with its 〈〉 inside), blanked to read the words outside it; a decision's
# title that names its targets (《…关于修改〈T〉的决定》) keeps them: its verb is the act, as
# refs_in reads it.
_TITLE_WORDS = re.compile(r"《(?:[^《》]|《[^《》]*》)*》")


def _blank_inner(match: re.Match[str]) -> str:
    if _TITLE_TARGET.search(clean(match.group(0)[1:-1])):
        return match.group(0)
    return "《" + "\u3000" * (len(match.group(0)) - 2) + "》"


# 决定：批准《A》以及附件一《B》 — the decision approves what it names (a report and its annexed
# lists); the verb stands right before the first title, at the start of the clause.
_APPROVES = re.compile(r"(?:^|[，,。；;：:]|决定|同意)\s*(?:予以)?批准\s*$")


# What may stand before a target that leads its line: the item's number, 关于 or 对.
_LEADS = re.compile(
    r"\s*(?:[一二三四五六七八九十]+\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]+\s*[)）]\s*[、.．]?|"
    r"\d+\s*[.．、]|[①②③④⑤⑥⑦⑧⑨⑩])?\s*(?:关于|对)?\s*"
)


def _starts_instruction(text: str) -> bool:
    body = _ENUMERATOR.sub("", text)
    return bool(re.match(r"(?:将|把|删除|删去|在|增加|新增|第\s*\S{1,6}\s*[条款项])", body))


_PROVISION_WORDS = re.compile(r"第\s*[零〇一二三四五六七八九十百千\d]+\s*[条款项章节目]")
_CONNECTIVE = re.compile(
    r"[\s、，,。；;：:和及与以下列等]|^[一二三四五六七八九十\d]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]"
)


def _leftover(rest: str) -> bool:
    """Words left beside a target reference once numbering and punctuation are taken away."""
    return bool(_CONNECTIVE.sub("", _ENUMERATOR.sub("", rest)))


def _clauses(text: str, masked: str) -> list[str]:
    """Split a sentence naming two actions at the comma before the second 对/将/废止/宣布."""
    cuts = [m.end() for m in re.finditer(r"[，,；;](?=\s*(?:对|将|废止|宣布|并))", masked)]
    bounds = [0, *cuts, len(text)]
    return [text[a:b] for a, b in itertools.pairwise(bounds) if text[a:b].strip()]


def _without_refs(text: str, refs: list[tuple[Target, int, int]]) -> str:
    out, position = [], 0
    for _target, start, end in refs:
        out.append(text[position:start])
        position = end
    out.append(text[position:])
    return "".join(out)


# ---------------------------------------------------------------- entry point


# A draft put out for comment or explained to a session: it amends or repeals nothing yet (the
# words outside the titles it names, the draft marks in parentheses: 《…草案拟定和规章制定程序规定》
# and 起草地方性法规草案和制定…办法 are laws about drafts).
_DRAFT = re.compile(
    r"[（(][^（）()]{0,10}(?:草案|送审稿|审议稿|修改稿|[一二三]审稿)[^（）()]{0,10}[）)]|征求意见"
)


def is_decision(head: Head) -> bool:
    return bool(
        head.title
        and _DECISION_TITLE.search(head.title)
        and _TITLE_END.search(head.title.replace(" ", ""))
    )


def extract(section: Section, context: Context) -> Iterator[Record]:
    """Amendment records of a decision section; of a news report on a decision; repeal clauses
    of any other document; in any of them and in chronicles, the targets named in the titles of
    decisions adopted or issued (表决通过《…关于修改〈T〉的决定》)."""
    if section.kind in (seg.CHRONICLE, seg.BRIEFS):
        yield from adopted_titles(section, context, set())
        return
    head = read_head(section)
    if head.title and _DRAFT.search(re.sub(r"[《〈][^《》〈〉]*[》〉]", "", head.title)):
        return  # 关于《…自治条例》(修正草案·二审稿)公开征求意见的通知: nothing amended yet
    if is_decision(head) or _decides(section):
        yield from DecisionReader(section, context, head).records()
        return
    reported = reported_decision(section)
    records = list(
        ReportReader(section, context, reported).records()
        if reported is not None
        else itertools.chain(
            repeal_clauses(section, context, head),
            revised_issues(section, context, head),
            revision_notes(section, context, head),
            edition_notes(section, context),
        )
    )
    yield from records
    done = {_record_key(r) for r in records if isinstance(r, AmendmentRecord)}
    yield from adopted_titles(section, context, done)


def _record_key(record: Record) -> tuple[str, str]:
    assert isinstance(record, AmendmentRecord)
    return record.action, key(record.target_title or record.target_number)


# ---------------------------------------------------------------- targets named in a decision's title

# A verb by which a text says a decision was adopted, approved or issued: 表决通过, 批准, 印发 …
# (a bare 通过 only after 表决/审议/会议…: 通过《…》 may also mean "by means of").
_ADOPTED = re.compile(
    r"(?:(?:表决|审议|会议|一致|全票|高票|已经|已|并)通过|批准|公布|发布|印发|签署|颁布|作出)了?\s*"
    r"(?:(?:[\u4e00-\u9fff]{1,16}?(?:常委会|常务委员会))?关于批准\s*)?"
)
# 关于修改〈T〉的决定 · 关于废止〈T〉等两项地方性法规的决定 · 关于修改〈T〉的通知 · 关于修改〈A〉、〈B〉
# 和〈C〉的决定: the title names its targets (one level of 〈〉 nested in each: 实施〈…法〉办法).
# Web copies write the inner marks as ASCII angle brackets (关于修改<山西省…人事任免办法>的决定).
_TITLE_ITEM = r"[〈《<](?:[^〈〉《》<>]|[〈《<][^〈〉《》<>]{1,80}[〉》>]){2,80}[〉》>]"
_TITLE_TARGET = re.compile(
    r"(?:关于|^)\s*(?P<verb>修改|修订|修正|废止|宣布失效)\s*"
    rf"(?P<targets>{_TITLE_ITEM}(?:\s*[、，,和及与]\s*{_TITLE_ITEM})*)"
    r"(?P<rest>[^〈〉《》<>]{0,30})的(?:决定|决议|通知|公告|令)$"
)
# The decision's title without 《》, its targets in 《》: 表决通过关于修改《T》等三项…修正案的决定,
# 表决通过了关于修改《A》、《B》、《C》的决定.
_QUOTED_ITEM = r"《(?:[^《》〈〉]|〈[^〈〉《》]{1,80}〉){2,80}》"
# A law named without 《》 in a decision's title, as national news writes it (关于修改立法法的决定,
# 关于修改会计法等十一部法律的决定); not a class of laws (部分法律, 有关…规定).
# (a 、 may stand inside the title, not after a law's type word: 关于废止自治区实施领导干部、企业领导人员
# 任期经济责任审计条例的决定 names one title; 关于修改A条例、B办法的决定 is a list)
_UNQUOTED_ITEM = (
    r"(?!部分|有关|相关|若干|下列|以下|上述|和|及|与)"
    r"(?:[\u4e00-\u9fff]|(?<![法例则定])、(?=[\u4e00-\u9fff])){2,30}?"
    r"(?:法|条例|规则|办法|规定|细则)"
)
_COUNTED = r"(?:等[\d一二两三四五六七八九十百]+[部件项个][\u4e00-\u9fff]{0,8})?"
_UNQUOTED_TARGET = re.compile(
    rf"关于\s*(?P<verb>修改|修订|修正|废止|宣布失效)\s*(?P<target>{_UNQUOTED_ITEM}){_COUNTED}的决定$"
)
# (An organ may open it: 省人大常委会关于修改《A》等五件地方性法规的决定; a list of them is joined
# by 、和及与. A 决议 approving a repeal is named by its content alone: 批准了…和废止《A》等2件单行条例
# 的决议.)
_BARE_DECISION = re.compile(
    r"\s*(?:[、，,和及与]|以及)?\s*(?P<title>(?:[\u4e00-\u9fff]{1,16}?(?:常委会|常务委员会|政府))?"
    rf"关于\s*(?:修改|修订|修正|废止|宣布失效)\s*(?:{_QUOTED_ITEM}(?:\s*[、和及与]\s*{_QUOTED_ITEM})*"
    rf"[^。，,；;《》:：]{{0,30}}?|{_UNQUOTED_ITEM}{_COUNTED})的决定"
    rf"|(?:修改|修订|修正|废止|宣布失效)\s*{_QUOTED_ITEM}(?:\s*[、和及与]\s*{_QUOTED_ITEM})*"
    rf"{_COUNTED}的(?:决定|决议))"
)
# 《湖南省长株潭城市群生态绿心地区保护条例修正案》 · 《中华人民共和国刑法修正案(十一)》 (not a 草案).
_AMENDMENT_ACT = re.compile(
    r"(?P<target>[^《》〈〉]{4,80}?(?:法|条例|规定|办法|规则|细则|章程))修正案"
    r"(?:[（(][一二三四五六七八九十]+[)）])?$"
)
_OTHER_DECISION = re.compile(
    r"\s*(?:[、，,和及与]|以及)?\s*[^、，,。；;《》〈〉]{0,16}?关于[^、，,。；;《》〈〉]{1,60}?的(?:决定|决议)"
)
# A bare 通过, read only before a decision's title.
_PASSED = re.compile(r"(?<![决议会致已并未不没])通过了?\s*")


def title_targets(match: re.Match[str]) -> list[str]:
    """The titles a decision's title names (``_TITLE_TARGET``'s targets), outer marks taken off."""
    items = re.finditer(_TITLE_ITEM, match.group("targets"))
    return [item.group(0)[1:-1] for item in items]


# A title of the list adopted, perhaps as revised (新修订的《T》, 修订后的《T》: T adopted in a new
# wording, an amendment of T whose instrument is the revision itself).
_LISTED_TITLE = re.compile(
    r"\s*[、，,和及与]?\s*(?P<revised>(?:新|重新)?(?:修订|修正|修改)(?:后)?的\s*)?"
    r"《(?P<title>[^《》]*(?:〈[^〈〉]*〉[^《》]*)*)》"
)
# 表决通过了自治区六堡茶发展条例、修订后的自治区征兵工作条例、关于…的决定: a law adopted named without
# 《》 in the list (passed over), or as revised (T amended).
_PLAIN_TITLE = re.compile(
    r"\s*(?:[、，,和及与]|以及)?\s*(?P<revised>(?:新|重新)?修订(?:后)?的\s*)?"
    r"(?P<title>(?!关于)[\u4e00-\u9fff]{2,40}?(?:条例|规定|办法|细则|规则|法))(?=[、，,。；;和及与]|$)"
)
# 《A》等4件州（市）地方性法规: the count after the first title of a group, passed over.
_COUNT_TAIL = re.compile(
    r"\s*等\s*[\d一二两三四五六七八九十百]+\s*[部件项个份篇][^、，,。；;《》〈〉和及与]{0,16}"
)
# 《云南省红十字会条例（修订）》 · 《湖南省统计条例(修订案)》: a law adopted in a revised wording, the
# suffix telling it (a 修订案 adopted is the revised text; a 修订草案 is a draft, not read).
_REVISION_SUFFIX = re.compile(r"^(?P<title>.+?)\s*[（(](?:修订|修正)案?[)）]$")
# 以济政发〔2007〕25号文件印发《…》: the number of the document issued.
_ISSUED_AS = re.compile(r"以\s*(?P<number>\S{2,30}?号)\s*(?:文件|文|令)?\s*(?:印发|发布|公布)\s*$")


def adopted_titles(
    section: Section, context: Context, known: set[tuple[str, str]]
) -> Iterator[Record]:
    """Targets named in the titles of decisions the text says were adopted, approved or issued:
    表决通过关于批准《…关于修改〈T〉的决定》、《…》 (each title of the list), 以X号文件印发《关于修改〈T〉
    的通知》, 表决通过关于修改《T》等三项…的决定; and those a decision adopted refers to by 上述
    (表决通过了废止上述条例和三项地方性法规的决定). A title only cited (根据《…》) or under debate
    (审议《…（草案）》) is no adoption. The decision's number is read where the text gives it before
    the verb (以X号文件印发)."""
    whole: str | None = None
    for line, raw in section.numbered_lines():
        text = _mask_quotes(clean(raw))
        for action, title, by, by_title, one in _titled_targets(text):
            if f"《{title}》" not in text and "《" not in title:
                whole = (
                    whole
                    if whole is not None
                    else clean(" ".join(t for _, t in section.numbered_lines()))
                )
                title = _full_name(title, whole)
            found = (action, key(title))
            if found in known:
                continue
            known.add(found)
            record_action, form = _action_and_form(action)
            yield AmendmentRecord(
                source=context.span(line),
                by=by,
                target_number=None,
                target_title=clean(title),
                action=record_action,
                effective=None,
                by_title=by_title,
                form=form,
                act_line=line if one else None,
            )


def _full_name(short: str, text: str) -> str:
    """A national law named by its short form in a decision's title (关于修改立法法的决定), by its
    full title when the text writes that too (《中华人民共和国立法法》根据本决定作相应修改)."""
    full = f"中华人民共和国{short}"
    return full if f"《{full}》" in text else short


# (a line listing only laws, one adopted with its revision suffix: 表决通过了《A》《B条例(修订案)》)
_SUFFIXED_TITLE = re.compile(r"[（(](?:修订|修正)案?[)）]》")


def _titled_targets(text: str) -> Iterator[tuple[str, str, str | None, str | None, bool]]:
    """(action, target title, decision number, decision title, whether the target is one of those
    of the one unnamed decision the line reports: a 上述 decision) of one line."""
    for decision, by, revised in (
        _adopted_decisions(text)
        if "关于" in text or "的《" in text or _SUFFIXED_TITLE.search(text)
        else ()
    ):
        if revised:  # 表决通过了…、新修订的《T》: T itself in its new wording
            yield AMEND, decision, by, None, False
            continue
        amendment = _AMENDMENT_ACT.match(decision)
        if amendment:  # 表决通过了《T修正案》: an act amending T, named after it
            yield AMEND, amendment.group("target"), by, decision, False
            continue
        match = _TITLE_TARGET.search(decision)
        action = _action_word(match.group("verb")) if match else None
        if match and action:
            yield from ((action, title, by, decision, False) for title in title_targets(match))
        unquoted = None if match else _UNQUOTED_TARGET.search(decision)
        if unquoted and "《" not in decision and "〈" not in decision:
            verb = AMEND if "修" in unquoted["verb"] else REPEAL
            yield verb, unquoted["target"], by, decision, False
    anaphoras = [
        found
        for sentence in (re.split(r"[。；;]", text) if "上述" in text else ())
        if (found := _anaphoric_targets(sentence)) is not None
    ]
    for action, titles in anaphoras:  # (one such decision on the line: its targets are one act's)
        yield from ((action, title, None, None, len(anaphoras) == 1) for title in titles)


# 表决通过了废止上述条例和三项地方性法规的决定: a decision whose targets are the titles named before
# in the same sentence, as many as it counts.
_ANAPHORA = re.compile(
    r"通过了?\s*(?P<verb>修改|废止|宣布失效)\s*上述\s*(?P<objects>[^。；;，,《》]{1,30}?)\s*的决定"
)
_CAUSE = re.compile(r"^(?:据了解|据悉|此外|同时)?\s*(?:因|由于|根据|依据|按照|依照)")


def _anaphoric_targets(sentence: str) -> tuple[str, list[str]] | None:
    """The action and the titles a 上述 decision refers to: those named before it in the sentence,
    less those in a clause of cause or basis (因《监督法》已于…实施); only when the objects' count
    (上述条例 = the titles ending in 条例, 三项地方性法规 = three) is the number of those titles."""
    match = _ANAPHORA.search(sentence)
    action = _action_word(match.group("verb")) if match else None
    if match is None or action is None:
        return None
    titles = [
        ref.group("title")
        for clause in re.split(r"[，,]", sentence[: match.start()])
        if not _CAUSE.match(clause)
        for ref in re.finditer(r"《(?P<title>[^《》]{2,80})》", clause)
    ]
    counted = 0
    for part in re.split(r"和|及|与|、", match.group("objects")):
        number = re.match(r"\s*([\d一二两三四五六七八九十]+)\s*[项件部个]", part)
        if number:
            counted += chinese_number(number.group(1)) or 0
        else:
            word = docnumber.document_type(part)
            counted += sum(1 for t in titles if word and t.endswith(word))
    return (action, titles) if titles and counted == len(titles) else None


def _adopted_decisions(text: str) -> Iterator[tuple[str, str | None, bool]]:
    """(title, number or None, whether adopted as revised) of each decision or revised text the
    line says was adopted or issued: the titles listed after the verb, with or without 《》
    (表决通过了关于修改《A》的决定、关于废止《B》的决定). After a bare 通过 only a decision's title
    counts (会议经表决，通过了关于修改《A》的决定): 通过《…》 may also mean "by means of"."""
    verbs = [(m, True) for m in _ADOPTED.finditer(text)]
    verbs += [(m, False) for m in _PASSED.finditer(text)]
    for verb, strict in verbs:
        issued = _ISSUED_AS.search(text[max(0, verb.start() - 40) : verb.start() + 2])
        number = number_in(issued.group("number")) if issued else None
        by = number.normalized if number else None
        position = verb.end()
        while True:
            bare = _BARE_DECISION.match(text, position)
            listed = None if bare else _LISTED_TITLE.match(text, position)
            if bare:
                yield clean(bare.group("title")), by, False
            elif listed:
                title = clean(listed.group("title")).replace("《", "〈").replace("》", "〉")
                if not strict and not _TITLE_TARGET.search(title):
                    break
                suffixed = _REVISION_SUFFIX.match(title) if strict else None
                if suffixed:
                    yield suffixed.group("title"), by, True
                else:
                    yield title, by, strict and bool(listed.group("revised"))
                tail = _COUNT_TAIL.match(text, listed.end())
                position = tail.end() if tail else listed.end()
                continue
            elif plain := _PLAIN_TITLE.match(text, position):
                # (after a bare 通过 too, a law named without 《》 is passed over to the decisions
                # listed after it: 会议经表决,…,通过了网络安全法、…、关于修改民办教育促进法的决定)
                if strict and plain.group("revised"):
                    yield clean(plain.group("title")), by, True
                position = plain.end()
                continue
            else:  # a decision of another kind in the list (关于修改部分法律的决定、…): passed over
                other = _OTHER_DECISION.match(text, position)
                if other is None or other.end() == position:
                    break
                position = other.end()
                continue
            position = (bare or listed).end()  # type: ignore[union-attr]


# 市政府决定对以下2件市政府规章予以废止： · 决定，修改《A》（…）等42件…规章，具体如下： — a decision's
# operative line, in a copy without title.
_DECIDES = re.compile(
    r"决定(?:对|将)?[^。：:]{0,40}(?:予以)?(?:废止|修改|宣布失效)(?:[^。：:]{0,10}|[^。：:]{0,100}如下)[：:]$"
)


# 二、《…的通知》等4件规范性文件失效。 — a line of a clean-up result: the subject, a count, the
# action last; the decision itself is "本决定", its title often not in the copy.
_RESULT_LINE = re.compile(
    r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、])?\s*"
    r"《[^《》]+(?:〈[^〈〉]*〉[^《》]*)*》\s*(?:[（(][^（）()]{0,40}[)）])?\s*"
    r"等\s*[\d一二两三四五六七八九十百]+\s*[件部个项份][^。；;，,]{0,20}?"
    r"(?:予以|被|已)?(?:废止|失效|宣布失效|修改)[。；;]?$"
)


# 一、废止9部省政府规章 · 二、对22部省政府规章的部分条款予以修改 — a numbered part of a decision
# whose heading is its action and a count of documents (the decision's title and 决定 line may be
# cut off in a copy); read only under a 决定 line (现决定： · 决定如下：) before it.
_ACTION_HEADING = re.compile(
    r"^[一二三四五六七八九十]+、\s*(?:(?:予以|宣布)?(?:废止|修改|失效|宣布失效)\s*"
    r"[\d一二两三四五六七八九十百]+\s*[部件项个份篇][\u4e00-\u9fff]{0,12}"
    r"|对\s*[\d一二两三四五六七八九十百]+\s*[部件项个份篇][^。；;，,《》]{0,24}?"
    r"(?:予以|宣布)?(?:废止|修改|失效))[。：:]?$"
)
_DECIDES_AS_FOLLOWS = re.compile(r"决定(?:如下)?\s*[：:]$")


# 市人民政府决定废止《张家界市城市房屋拆迁管理办法》等4个文件。 — the targets listed below it
# (附件：废止文件目录 / 1、《…》（大政发[1992]20号…）).
_DECIDES_COUNTED = re.compile(
    r"决定(?:予以)?(?:废止|宣布失效|修改)\s*《[^《》]+》\s*等\s*[\d一二两三四五六七八九十百]+\s*"
    r"[件部个项份][\u4e00-\u9fff]{0,8}[。；;]?$"
)


def _decides(section: Section) -> bool:
    deciding = False
    for _n, raw in section.numbered_lines():
        text = clean(raw)
        if ("决定" in raw and (_DECIDES.search(text) or _DECIDES_COUNTED.search(text))) or (
            _RESULT_LINE.match(text)
        ):
            return True
        if deciding and _ACTION_HEADING.match(text):
            return True
        deciding = deciding or bool(_DECIDES_AS_FOLLOWS.search(text))
    return False


# ---------------------------------------------------------------- a decision reported in the news

# 签署国务院令，公布《国务院关于修改和废止部分行政法规的决定》: the decision a report is about.
_REPORTED_DECISION = re.compile(
    r"(?:公布|发布|印发|签署|通过|审议通过)了?\s*(?:第\s*\d+\s*号\s*\S{0,8}令\s*[，,]?\s*)?"
    r"《(?P<title>[^《》]{4,80}?(?:决定|令|通知|公告|通告))》"
    r"(?:\s*(?P<paren>[（(][^（）()]{2,40}[)）]))?"
)
_SIGNED_ORDER = re.compile(
    r"(?:签署|发布|公布|颁布|以)(?:了)?\s*第\s*(?P<n>\d{1,5})\s*号\s*(?P<issuer>[\u4e00-\u9fff]{0,12}?令)"
)
# The decision named again in short: 《决定》, 该《决定》, 以下简称《决定》.
_SELF = re.compile(r"^(?:决定|该决定|本决定)$")
# Words that make a law word a common noun: 相关规定, 有关条例, 上述办法 are no titles.
_GENERIC = re.compile(r"^(?:相关|有关|上述|该|本|其|这些|部分|具体|各项|下列|以下|原|新)")
# A bare title in a report: a run of ideographs (and brackets) ending with a word of law.
_LAW_WORD = (
    r"(?:实施细则|实施条例|实施办法|暂行规定|暂行条例|暂行办法|条例|细则|办法|规定|规则|决定|法)"
)
_BARE_TITLE = rf"[\u4e00-\u9fff（）()]{{2,60}}?{_LAW_WORD}"
# A title in 《》, perhaps with its number: 《…的通知》(渝市政委发〔2011〕12号).
_NUMBERED_REF = r"《[^《》]{2,80}》(?:\s*[（(][^（）()]{0,40}[)）])?"
# 修改渔业法实施细则等3部行政法规 · 通过修改《A》、《B》等15部行政法规 · 修改护士条例，
_VERB_LIST = re.compile(
    r"(?P<verb>修改|修订|修正|废止|宣布失效|宣布废止)(?:了)?\s*"
    rf"(?P<list>(?:{_NUMBERED_REF}|{_BARE_TITLE})(?:\s*[、，,和及与]\s*(?:{_NUMBERED_REF}|{_BARE_TITLE}))*)"
    r"(?P<end>\s*(?:等\s*[\d一二三四五六七八九十百]+\s*[部件项个]|[，,。；;、]|的|中|$))"
)
# The targets before the verb: 对《A》等5部行政法规的部分条款予以修改 · 宣布《A》(文号)等15件文件失效 ·
# 《A》(文号)等6件予以废止 — the list right before its count and verb (将《A》第三条修改为 is not one).
_OBJECT_LIST = re.compile(
    rf"(?P<list>{_NUMBERED_REF}(?:\s*[、，,和及与]?\s*{_NUMBERED_REF})*)\s*"
    r"(?:等\s*[\d一二两三四五六七八九十百]+\s*[件部个项份篇][^。；;，,《》]{0,20}?)?\s*"
    r"(?:予以|宣布)?\s*(?P<verb>废止|宣布失效|失效|修改|修正)"
)
# 对…的49件行政法规予以废止，比如，《A》《B》等 · 决定予以废止：一是《A》 — the examples of an action.
_EXAMPLES = re.compile(
    r"(?:(?:比如|例如|譬如|包括|如)\s*[:：，,]?|[:：]\s*(?:一是|其一是?|首先是?))"
    r"\s*(?P<list>(?:《[^《》]{2,80}》\s*[、，,和及与]?\s*)+)"
)
# 在人工影响天气条例中引入“备案” · 《重大动物疫情应急条例》增设了…: a change reported in one target.
_IN_TARGET = re.compile(
    rf"在\s*(?P<bare>《[^《》]{{2,80}}》|{_BARE_TITLE})\s*中\s*(?:引入|增加|增设|增写|删除|删去|修改)"
    r"|(?P<ref>《[^《》]{2,80}》)\s*(?:增设|增加|增写|删去|删除|修改)了"
)


@dataclass(frozen=True)
class Reported:
    """A decision a report names: its title and, when the report gives it, its order number."""

    title: str
    number: str | None
    effective: str | None


def reported_decision(section: Section) -> Reported | None:
    """The amending or repealing decision a news report is about, or None."""
    for _line, raw in section.numbered_lines():
        if "《" not in raw:
            continue
        text = clean(raw)
        for match in _REPORTED_DECISION.finditer(text):
            title = clean(match.group("title"))
            if not _DECISION_TITLE.search(title):
                continue
            # the order's number, in this line or another (a headline names the decision first)
            order = _SIGNED_ORDER.search(text) or next(
                filter(
                    None, (_SIGNED_ORDER.search(clean(r)) for _n, r in section.numbered_lines())
                ),
                None,
            )
            number = f"{order.group('issuer')}第{order.group('n')}号" if order else None
            own = number_in(match.group("paren")) if match.group("paren") else None
            number = own.normalized if own else number  # 印发《…的通知》(渝城管局〔2020〕143号)
            effective = None
            after = _EFFECTIVE.search(_mask_quotes(text), match.end())
            if after and not _ON_ISSUE.search(after.group("when")):
                effective = parse_date(after.group("when"))
            return Reported(title, number, effective)
    return None


class ReportReader:
    """Targets of a reported decision, read sentence by sentence: the objects of 修改/废止, the
    examples of a counted action (对…49件…予以废止，比如，《A》《B》等) and the titles in which
    the report says a change was made. Only the decision's own grammar counts: a title cited as
    the basis (根据《…》) or named in passing is not a target."""

    def __init__(self, section: Section, context: Context, reported: Reported):
        self.section = section
        self.context = context
        self.reported = reported
        self.found: dict[tuple[str, str], tuple[Target, int]] = {}

    def records(self) -> Iterator[Record]:
        for line, raw in self.section.numbered_lines():
            text = clean(raw)
            for sentence in re.split(r"[。；;]", _mask_quotes(text)):
                self._sentence(sentence, text, line)
        for (found_action, _key), (target, line) in self.found.items():
            action, form = _action_and_form(found_action)
            yield AmendmentRecord(
                source=self.context.span(line),
                by=self.reported.number,
                target_number=target.number,
                target_title=target.title,
                action=action,
                effective=self.reported.effective,
                by_title=self.reported.title,
                form=form,
            )

    def _sentence(self, masked: str, text: str, line: int) -> None:
        for clause in _clauses(masked, masked):
            action = _action_word(clause, strict=True)
            examples = _EXAMPLES.search(clause)
            if examples and action is not None:
                for title in re.findall(r"《([^《》]+)》", examples.group("list")):
                    self._add(title, action, line)
                continue
            for match in _VERB_LIST.finditer(clause):
                verb_action = _action_word(match.group("verb"))
                if verb_action is None or _CITING.search(clause[: match.start()]):
                    continue
                for title, number in _list_titles(match.group("list")):
                    self._add(title, verb_action, line, number)
            for match in _OBJECT_LIST.finditer(clause):
                verb_action = _action_word(match.group("verb"))
                before = clause[: match.start()]
                if verb_action is None or _CITING.search(before) or re.search(r"因|由于", before):
                    continue  # the basis, or a cause (因《…》已于…废止)
                for title, number in _list_titles(match.group("list")):
                    self._add(title, verb_action, line, number)
            for match in _IN_TARGET.finditer(clause):
                title = (match.group("bare") or match.group("ref")).strip("《》")
                self._add(title, AMEND, line)

    def _add(self, title: str, action: str, line: int, number: str | None = None) -> None:
        title = clean(title)
        if _SELF.match(title) or key(title) == key(self.reported.title) or _GENERIC.match(title):
            return
        if not docnumber.document_type(title) and not re.search(f"{_LAW_WORD}$", title):
            return
        found_key = (action, key(title))
        if found_key not in self.found:
            self.found[found_key] = (Target(title, number), line)


def _list_titles(listed: str) -> list[tuple[str, str | None]]:
    """《A》(its number)、《B》 or A、B、C (a bare list split at 、，, and 和/及 between complete
    titles), each with the number a parenthesis after it gives."""
    quoted = [(t.title or "", t.number) for t, _s, _e in refs_in(listed)]
    if quoted:
        return quoted
    parts = re.split(r"\s*[、，,]\s*", listed)
    return [(p, None) for p in parts if re.search(f"{_LAW_WORD}$", p)]


_REPEAL_CLAUSE = re.compile(
    r"(?:同时|即行|一并)?\s*(?:予以)?废止|自\s*本\S{1,8}施行之日起\s*(?:废止|停止执行)|同时停止执行"
)


def repeal_clauses(section: Section, context: Context, head: Head) -> Iterator[Record]:
    """``原《XX办法》（X政发〔2015〕3号）同时废止`` at the end of an ordinary document, by that
    document (its number, or its title: the head's or the first line that is a title)."""
    title = head.title or _document_title(section)
    for line, text in section.numbered_lines():
        if not _REPEAL_WORDS.search(text):
            continue
        cleaned = clean(text)
        for target, _start, end in refs_in(cleaned):
            after = _mask_quotes(cleaned)[end : end + 16]
            if re.match(
                r"\s*(?:同时|即行|一并|自本\S{1,8}施行之日起)", after
            ) and _REPEAL_CLAUSE.match(after.lstrip()):
                yield AmendmentRecord(
                    source=context.span(line),
                    by=head.number,
                    target_number=target.number,
                    target_title=target.title,
                    action=REPEAL,
                    effective=head.effective,
                    by_title=title,
                    form=_FORMS[REPEAL],
                    act_line=None if head.number or title else section.start,
                )


# 对《T》进行了修改和完善,现将修改完善后的《…》印发给你们 (HA-09): the notice issues T revised, and
# so amends T (as a revised regulation adopted amends it, C-02, F-12). Both halves in one sentence:
# T said revised, then the revised text issued; a text issued again without the first (现将修订后的
# 《X》印发, Q-08; 重新印发) names no earlier text amended and is not read.
_REVISED_ISSUE = re.compile(
    r"对\s*《(?P<title>[^《》]{2,80})》\s*(?:进行了|作了|做了)\s*(?:认真|全面|部分|相应|必要的)?"
    r"(?:修改|修订|修正)(?:和完善|、完善)?\s*[，,]\s*(?:现|特)将\s*(?:修改|修订|修正)(?:完善)?后的\s*"
    r"《[^《》]{2,80}》\s*(?:印发|发布|公布)"
)


# 修订后的《T》已经…第1次全体会议审议通过，现印发给你们 (HA-24) · 《T》已由…会议于2006年9月28日修订
# 通过，现将修订后的《T》公告 (HA-23): the revised T adopted by a named meeting, as a regulation adopted
# 新修订的 (C-02), amends T. The sentence names the revised T (修订后的《T》) and says it was adopted
# (已经/已由…通过); 《T》已经…修订通过，现予公布 (C-08, H-13), which names no revised T, and 现将修订后的
# 《T》印发 without an adoption are not read.
# The adoption is T's own: the revised T its subject (修订后的《T》已经…通过), or T adopted as revised
# (《T》已由…修订通过) and the revised T then issued (现将修订后的《T》公告/公布/印发/发布); a revised
# title only cited beside another's adoption (根据修订后的《X法》…，《Y办法》已经…审议通过) is not read.
_REVISED_TEXT = re.compile(r"(?:修订|修改|修正)后的\s*《(?P<title>[^《》]{2,80})》")
_ADOPTED_BY = re.compile(
    r"\s*已\s*(?:经|由)[^。；;《》]{2,80}?(?:修订|修改|修正|审议|讨论|会议)?通过"
)
_ISSUED_REVISED = re.compile(r"\s*(?:公告|公布|印发|发布)")
_QUOTED_TITLE = re.compile(r"《(?P<title>[^《》]{2,80})》")


def _revised_adoptions(text: str) -> Iterator[str]:
    """The titles T of the sentences of ``text`` that adopt a revised T (_REVISED_TEXT), the
    adoption said of T itself."""
    for sentence in re.split(r"[。；;]", text):
        blanked = _TITLE_WORDS.sub(_blank, sentence)  # (the same length: positions hold)
        for found in _REVISED_TEXT.finditer(sentence):
            title = clean(found.group("title"))
            if _ADOPTED_BY.match(blanked, found.end()) or (
                _ISSUED_REVISED.match(sentence, found.end())
                and any(
                    key(clean(earlier.group("title"))) == key(title)
                    and _ADOPTED_BY.match(blanked, earlier.end())
                    for earlier in _QUOTED_TITLE.finditer(sentence, 0, found.start())
                )
            ):
                yield title


def _edition_free(title: str | None) -> str:
    """A title's key without a law database's edition or status suffix: …办法(2006年修订)."""
    title = _EDITION.sub(r"\g<title>", title or "")
    return key(_DATABASE_SUFFIX.sub("", title))


def revised_issues(section: Section, context: Context, head: Head) -> Iterator[Record]:
    """T amended by the notice that issues it revised (_REVISED_ISSUE) or by the act adopting the
    revised T (_REVISED_TEXT), by the act's number and title (none when its title is T's own, the
    revised T printed under its own title: the act is then unnamed)."""
    title = head.title or _document_title(section)
    for line, text in section.numbered_lines():
        cleaned = clean(text)
        found = [clean(m.group("title")) for m in _REVISED_ISSUE.finditer(cleaned)]
        if not found and not _REPEAL_WORDS.search(cleaned):  # (原《…》同时废止: T may be new)
            found = list(_revised_adoptions(cleaned))
        for target in found:
            by_title = None if _edition_free(title) == _edition_free(target) else title
            yield AmendmentRecord(
                source=context.span(line),
                by=head.number,
                target_number=None,
                target_title=target,
                action=AMEND,
                effective=head.effective,
                by_title=by_title,
            )
            if head.number is None and by_title is None:
                yield ExtractionWarning(
                    source=context.span(line),
                    genre=GENRE,
                    message=f"《{target}》 revised by an act the copy names neither by number nor "
                    "by title: the graph states it by an unnamed act (gkg:UnnamedDocument)",
                )


def _document_title(section: Section) -> str | None:
    """The first of a section's first lines that is a title: ending in a document type, with no
    sentence punctuation (牟定县人民政府办公室关于印发…预案(试行)的通知)."""
    lines = [clean(t).replace(" ", "") for _n, t in section.numbered_lines() if t.strip()]
    for compact in lines[:5]:
        if (
            len(compact) <= 100
            and docnumber.document_type(compact)
            and not re.search(r"[，,。；;：:]", compact)
        ):
            return compact
    return None


# A law database's title of a regulation in an amended edition: 上海市…条例(2003年修正).
_EDITION = re.compile(r"^(?P<title>.+?)[（(](?P<year>(?:19|20)\d\d)年?(?:修正|修订)[）)]$")


def edition_notes(section: Section, context: Context) -> Iterator[Record]:
    """A regulation printed in the edition a decision made, as a law database titles it (…条例
    (2003年修正)), its note naming that decision in the step of that year (根据2003年4月24日…《关于
    修改〈…条例〉的决定》修正): the decision amends the regulation. Other steps are its past.
    A regulation printed under its title alone (its current text) states in its note each
    decision that amended it, named by a title that names it (…(1991年…通过 根据1998年4月3日…
    《关于修改〈河北省人民代表大会议事规则〉的决定》修正 2024年…修订)): each such decision amends it."""
    title = _document_title(section)
    edition = _EDITION.match(title or "")
    if title is None:
        return
    target = edition.group("title") if edition else title
    numbered = list(section.numbered_lines())[:20]
    text = "".join(clean(t).replace(" ", "") for _n, t in numbered)
    if edition is None and not re.search(rf"{re.escape(title)}[（(](?:19|20)\d\d年", text):
        return  # (a note right under the title, not a decision cited in the body)
    for step in _EDITION_STEP.finditer(text):
        if edition is not None and step.group("year") != edition.group("year"):
            continue
        if key(target) not in key(step["by"]) or not _TITLE_TARGET.search(
            step["by"].replace("《", "〈").replace("》", "〉")
        ):
            continue
        line = next((n for n, t in numbered if step["by"][:8] in clean(t).replace(" ", "")), None)
        by, origin = _note_numbers(text, step)
        yield AmendmentRecord(
            source=context.span(line or section.start),
            by=by,
            target_number=origin,
            target_title=target,
            action=AMEND,
            effective=None,
            by_title=step["by"],
        )
        if edition is not None:
            return


# A step of a note naming the amending decision by its title: 根据2003年4月24日…会议《关于修改〈T〉的
# 决定》修正, or by its order's number and title: 根据2020年7月11日…人民政府令第216号《关于修改〈T〉等
# 13件政府规章的决定》修正.
_EDITION_STEP = re.compile(
    r"(?P<year>(?:19|20)\d\d)年\d{1,2}月\d{1,2}日(?P<body>[^。；;《》]{0,60}?)《(?P<by>[^《》]{4,120})》"
    r"(?:修正|修订)"
)


def _note_numbers(text: str, step: re.Match[str]) -> tuple[str | None, str | None]:
    """The numbers a note gives to a step's decision and to its target: the order written in the
    step between its date and the decision's title (…人民政府令第216号《关于修改…》修正), and the
    order of the note's first step that published the target (2015年8月30日…令第195号发布), as
    revision_notes reads it. None where the note writes no number there."""
    words = text[step.start() : step.start("by") - 1]
    last = list(_STEP_DATE.finditer(words))[-1]
    own = words[last.end() :]
    if not _ORDER_END.search(own) or (found := number_in(own)) is None:
        return None, None
    opening = max(text.rfind("（", 0, step.start()), text.rfind("(", 0, step.start()))
    first = (
        _NOTE_STEP.search(text, opening + 1, step.start() + last.start()) if opening >= 0 else None
    )
    origin = (
        number_in(first.group("body"))
        if first and first.group("verb") in ("公布", "发布")
        else None
    )
    return found.normalized, origin.normalized if origin else None


_STEP_DATE = re.compile(r"(?:19|20)\d\d年\d{1,2}月\d{1,2}日")
# (the order's number ends the step's words before the decision's title)
_ORDER_END = re.compile(r"令\s*第\s*\d+\s*号\s*$")


# (2018年6月7日毕节市人民政府令第3号公布 2025年10月30日毕节市人民政府令第12号修订): the note under a
# regulation's title telling its history, each step a date, the instrument perhaps, and a verb.
_NOTE_STEP = re.compile(
    r"(?P<date>\d{4}年\d{1,2}月\d{1,2}日)(?P<body>[^，,；;（）()]*?)"
    r"(?P<verb>公布|发布|(?:第[一二三四五六七八九十]+次)?(?:修订|修正|修改))"
)


def revision_notes(section: Section, context: Context, head: Head) -> Iterator[Record]:
    """A regulation printed under the order that revises it: the note under its title names that
    order (the head's number) in a step of 修订/修正/修改, so the order amends the regulation, known
    by the number of the step that first published it (…令第3号公布). Earlier steps of the history
    are the target's past, not this text's decision, and are not read."""
    title = head.title or _document_title(section)
    if head.number is None or title is None:
        return
    for line, raw in section.numbered_lines():
        text = to_ascii_digits(clean(raw)).replace(" ", "")
        if not re.fullmatch(r"[（(][^（）()]{10,300}[)）]", text):
            continue
        steps = [
            (step.group("verb"), number_in(step.group("body")))
            for step in _NOTE_STEP.finditer(text)
        ]
        origin = next((n for verb, n in steps if verb in ("公布", "发布") and n), None)
        if not any(
            n and n.normalized == head.number and verb not in ("公布", "发布") for verb, n in steps
        ):
            continue
        yield AmendmentRecord(
            source=context.span(line),
            by=head.number,
            target_number=origin.normalized if origin else None,
            target_title=title,
            action=AMEND,
            effective=head.effective,
        )
        return
