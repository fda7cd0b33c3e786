"""Official documents (公文) printed in the body, or one document copied from a web page.

A printed document follows GB/T 9704-2012: an optional provincial registration number
(ZJCC00-2023-0007, printed with spaces), the title (…关于…的决定), the 发文字号, the addressees
(主送机关, a line ending in ：), the body, an attachment note (附件：1.… 2.…), the signature (发文机关署名)
and the date signed (成文日期). The effective date is stated in the body: 本决定自2023年8月1日起施行,
自印发之日起施行 (= the date signed), 自…起实施/执行; an end of validity as 有效期至…. A web copy
may instead carry the metadata of the portal: 文号：…, 发布机构：…, 成文日期：….

What marks a document of the text, by the grammar it is written in:

=========================================  ================================================
title / 发文字号 (or 发文字号 / title)          a printed document (segmenter's DOCUMENT section);
 / organ / 发文字号 (law database)             the organ line between title and number is skipped
                                             (a title cut short there, completed by the top one)
 …转发…《X》的通知 … signature / organs / X   and the document it forwards, of those organs
X令 / 第N号, X令第N号                        a government order; issuer the order's government
 (title X令第N号 on one line after a number     (a page's heading naming another order passed
 without title)                                over); signed 省长 X + date, on one line too, or
 (X令 / 2006 年第 8 号: a ministry's order      run onto the note's line after its full stop and
 numbered within its year)                     a space (…起施行。 部 长 李盛霖 二○○六年七月五日)
organ公告 (or organ / 公 告) / [五届] 第N号     an announcement that publishes T: the document is T,
 (or organ公告(第N号)) / 《T》已…通过,现予      numbered by the announcement (its term kept),
 公布 or …会议通过《T》,现予公布 / (signer)    issued by the heading's organ (a committee without
 / date; organ a government, a standing       its term), in T's printed spelling when printed
 committee or a session (…第四次会议)          below; one that publishes nothing is itself the
 (a decision without its own 《》: X关于修改      document, titled by its heading
 《T》的决定于…经…通过,现予公布)
《title》 (or N号《title》) above the number     a printed document titled as a citation of itself
organ / 印发《A》 / 《B》和《C》的通知 / 发文字号  a title wrapped at 》: read whole from the organ
名 称: title in the page's metadata above      the title of the page's first printed document
a page's first 发文字号 / addressees, no title  a notice whose title the copy lost (dated by a
 ((二OO八年二月二十六日) above the number)       bracketed date above the number); in an issue
                                             a document without title is warned
发文字号 / organ关于 / … / …的通知 / 各…:         a title printed under the number over 2–4 lines
date / (此件公开发布)                          the date signed, the organ left out
…转发《X》的通知 or …印发X的通知 … date / X   the date alone over the title of the text issued or
                                             forwarded (the signature left out): the date signed
portal metadata (成文日期…) over a document   its date when the signature is lost, unless
 whose signature the copy lost                its 文号 is another number (the forwarding notice's)
addressees / 决定…现予公布。…本决定, no title   a decision the copy cannot name: warned, not read
 nor number (a page's body alone)             (so a notice: addressees / …现印发给你们)
title at the head of a web copy and one of:  a web copy (TEXT section):
  文号：/ • 发文字号: + value / 【发布部门】     portal or law-database metadata
   (文号 平政发〔2025〕6号 成文日期: …: a        (the first key of a header row without colon)
   row's first key without its colon)
  X令(九届第37号) / 《T》已由…通过,现予公布      the order's number is T's (the note names T);
                                             within a term: kept as written only
  organ + date, 省长 X + date, closing date    the signature (成文日期)
  (date, organ under the title: law database)
  （…会议通过）/ 2007年3月28日…会议通过         an adoption note: date and adopting body (the
   (wrapped; a page's date line may stand       title's full name before the note's short one)
   between it and the title)
  …常务委员会第三十一次会议通过) alone under   a wrapped note whose first line the page garbled
   the title                                   (202184日…): the shape of a decision, undated
  (1984年7月4日) alone under the title         a law database's date of the text
  颁布单位:organ / 颁布日期:date (metadata)     issuer and date: the title is a document's
  【column】title (also 名称: 【column】title,    a portal's column name, not part of the title
   and a printed title)                         nor of the issuer read from it
  title(X令2019年第32号) atop a portal's         the title of the number its metadata gives (文号
   metadata, the number again alone below       / 索引号 / 公开日期 …), the state's name before the
                                               organ or not; the note publishing it cites nothing
  各乡镇人民政府,县级有关部门:                  the addressees
  分享 / 打印 / 关闭 … alone on a line           a page's buttons: skipped over the addressees,
                                               never joined to them
  …第十七次会议决定,修改下列地方性法规:          a decision's enacting formula
  《…》已经(已由)…通过/批准,现予公布/印发      a promulgation note, with signer and date
   (also over the title)
(2004年6月29日…令第7号公布 …)                  an order's note: number and date, no title;
 ((date…会议通过 date…令第N号公布 自date起施行))  the adoption may open it; its 施行 date effective
 / (1991年3月26日济南市人民政府令19号发布)         (第 may be left out: the number kept as printed)
…的决定 (2021年8月2日…会议通过) 根据… on a   a decision printed on a page flattened to one
 line, spaces where the lines broke           line: dated and issued by its note
印发/出台/发布/公布/下发了(organs)《title》     reported as issued (news, chronicle, briefs):
 (…号) / 以…号文件印发《title》                 the number after or before; not in a clause
 / 以《title》(…号)的形式(予以)公布              opened by 按照/根据/依据… or 自(date)…(后), nor
 / 发布关于…的意见 (no 《》)                     出台的X《…》; issuer the clause's subject
 / organ(等部门)印发的《title》(全文)…发布       (the organ and its unnamed partners as written)
 (“label” A B印发《title》: organs parted by    (A、B as joint issuers, a quoted label left out;
 spaces)                                      a subject with a quotation mark is none)
《organ关于…》已经…会议通过 (in a report)       reported as adopted; issuer the title's organ
表决通过/审议(并)通过《A》、《B》和《C》(等法规) reported as adopted; issuer the session's body
 / 通过关于…的决定 (…表决,…,通过了X法、关于…)   (省十三届人大常委会(举行)第N次会议), numbered by
 (…,签署第20号主席令予以公布)                    the one presidential order of one adopted; any
 / 表决了关于…的决定,决定… (outcome stated)
 / 以举手表决的方式(,一致)通过了《…》
 / 会议(在昨天, 于12月16日)(,)通过了《…》
                                             决定 or 决议 so named is one (关于召开…会议的决定,
                                             X第N届人民代表大会第N次会议关于…的决议: issuer X
                                             人民代表大会, the session at its head;
                                             十三届全国人大四次会议关于…的决议 written
                                             short: read, no issuer;
                                             关于补选…的决定, 关于…工作报告的决议, 关于批准《A》
                                             《B》的决定); the body's own 工作要点, drafts
                                             (（草案）, outside a quoted title), proposals
                                             (议案) and reports are left out; 报…会议备案
                                             names no adopting session
a title reported as issued with neither       a mention, not a record (潮州印发《…方案》)
 issuer nor number
=========================================  ================================================

A web copy's chrome is passed over: a portal's column named by types of document alone (决议决定
over the resolution a congress's site prints), a site's menu (• 离婚 / • 社保, one item a line), a
breadcrumb (好律师> 法律法规库> …), a download line (下载地址: 点击此处下载), a flattened metadata
table's bars, a news site's label over a title (原标题:…; a title with another label is warned, not read), and
what a copy prints between the number and the addressees (the signature: organ / date; the title
again). Joint issuers stay apart: parted by spaces as written (鹤岗市人民政府 鹤岗市中级人民法院), or,
run together in a title, where the second names the first's place again (中共连江县委、连江县人民政府).

A reported document is dated by its chronicle entry (9日 / △ under 2007年5月大事记) or by the day
of the act in a news report (15日签署) with the dateline's month and the page date's year; one voted
through, by the day the report says the session closed (3月20日上午,…会议…胜利闭幕) in the year of the
page's publication date (发布日期:2025-03-24) at most 60 days after it.

Values are kept as written (whitespace-normalised); the issuing organ is resolved only trivially
(``issuer_resolved`` = the issuer when the text gives a full name). Malformed pieces (a garbled
date, a 发文字号 with no title) become ExtractionWarnings naming the line.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from kg import segment as seg
from kg.extract.context import Context
from kg.records import DocumentRecord, ExtractionWarning, Record
from kg.segment import Section
from kg.text import dates, docnumber
from kg.text.joined import line_at
from kg.text.normalize import chinese_number, clean, key, title_key

GENRE = "documents"

_ORGAN = re.compile(
    r"(?:人民政府|政府|办公室|办公厅|委员会|常委会|人大常委会|局|厅|委|部|院|署|中心|管委会|"
    r"街道办事处|办事处|公司|小组|指挥部|组|会|银行)$"
)
_FULL_NAME = re.compile(
    r"^(?:国务院|中共中央|全国人民代表大会|中华人民共和国|"
    r"[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|自治州|州|盟|地区|县|自治县|旗|区))"
)
_ADDRESSEE_SPLIT = "，,；;"
_ENUMERATOR = re.compile(r"^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[.．、]\s*")
_ATTACHMENT = re.compile(r"^附\s*件\s*\d*\s*[：:]\s*(?P<rest>.*)$")
_META = re.compile(
    r"^(?P<key>文\s*号|发文字号|发布机构|发文机关|成文日期|发文日期|标\s*题|名\s*称)"
    r"\s*[：:]\s*(?P<value>.+)$"
)
_SIGNED_VERB = "(?:施行|实施|执行|生效)"
_EFFECTIVE = re.compile(rf"自(?P<date>[^，。；,;自]{{6,20}}?)起{_SIGNED_VERB}")
_EFFECTIVE_ON_ISSUE = re.compile(rf"自(?:印发|发布|公布|签发|下发|发文)之日起{_SIGNED_VERB}")
_EXPIRES = re.compile(r"有效期(?:至|到)(?P<date>[^，。；,;]{6,20}?)(?:止|[，。；,;]|$)")


class _Line:
    """A non-blank line; cleaned on first use (a plan printed after its notice runs to a thousand
    long lines that the head-and-signature reading never looks at)."""

    __slots__ = ("_text", "number", "raw")

    def __init__(self, number: int, raw: str):
        self.number = number
        self.raw = raw
        self._text: str | None = None

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = clean(self.raw)
        return self._text


def _lines(section: Section) -> list[_Line]:
    return [_Line(n, t) for n, t in section.numbered_lines()]


def extract(section: Section, context: Context) -> Iterator[Record]:
    if section.kind == seg.DOCUMENT:
        yield from _printed(section, context)
    elif section.kind == seg.TEXT:
        flat = unflattened(section)
        copy = (
            list(_web_copy(section, context, flat)) if web_head(section, flat) is not None else []
        )
        if copy:
            yield from copy
            titles = {title_key(r.title) for r in copy if isinstance(r, DocumentRecord)}
            yield from _adopted_prints(section, context, titles)
            return
        # A decision printed with its adoption note is read from its own heading, in its own
        # spelling, rather than from the 公告 or report that names it (<…> for 《…》 inside).
        prints = list(_adopted_prints(section, context, set()))
        printed = {title_key(r.title) for r in prints}
        yield from (
            r
            for r in _reported(section, context)
            if not (isinstance(r, DocumentRecord) and title_key(r.title) in printed)
        )
        yield from prints
        if not copy and not prints:
            yield from _untitled_decision(section, context)
    else:  # a chronicle or briefs: documents reported as issued or adopted in its entries
        yield from _reported(section, context)


# A decision's words for itself in its body, after its own decision: 决定…现予(以)公布 … 自本决定
# 印发之日起失效.
_OWN_DECISION = re.compile(r"决定[^。；;]{0,80}现予(?:以)?公布[^。]*。.{0,80}本决定")


# A notice's words issuing the text it carries, right under its addressees: 修订后的《…工作规则》已经…
# 审议通过,现印发给你们 (HA-24, a page that starts at the addressees).
_OWN_ISSUE = re.compile(r"现(?:予)?印发给你们")


def _untitled_decision(section: Section, context: Context) -> Iterator[Record]:
    """A decision copied from a page without its title, number, signature or date (各镇人民政府,…:
    / …决定区政府行政规范性文件继续有效52件,失效100件,现予以公布。…自本决定印发之日起失效, a
    portal's 惠济 page), or a notice issuing a text copied from its addressees on (…现印发给你们):
    a document, but nothing names it, so it is warned, not read."""
    lines = _lines(section)
    addressees, body_start = _addressees(lines, 0)
    while not addressees and body_start < min(len(lines), 3):
        addressees, body_start = _addressees(lines, body_start + 1)
    if not addressees:
        return
    for line in lines[body_start : body_start + 4]:
        if _OWN_DECISION.search(line.text):
            yield _warn(
                context,
                line.number,
                f"a decision (本决定) at line {line.number} whose copy names neither its title "
                "nor its number: not read as a document",
            )
            return
        if _OWN_ISSUE.search(line.text):
            yield _warn(
                context,
                line.number,
                f"a notice issuing a text (现印发给你们) at line {line.number} whose copy names "
                "neither its title nor its number: not read as a document",
            )
            return


# ---------------------------------------------------------------- a printed document


def _printed(section: Section, context: Context) -> Iterator[Record]:
    lines = _lines(section)
    index, parsed, _ = _number_of(section, lines)
    if index is None:
        return
    number_line = lines[index]
    title = (
        section.title
        or _quoted_title_above(section, number_line.number)
        or _page_title(section, context)
        or headline_with_number(section, context, parsed)
    )
    top = section.start
    if title:
        title, top = _wrapped_above(_lines_over(section, 3) + lines[:index], title, top)
        title = _completed_above(_lines_over(section, 3), title)
    numbered_title = None if title else _title_then_order(lines, index)
    if numbered_title is not None:  # the number without title was a page's heading
        index, title, parsed = numbered_title
        number_line = lines[index]
    below = None if title or numbered_title else _title_below(lines, index)
    if below is not None:  # 嘉政办发〔2021〕5号 / 县人民政府办公室关于 / … / …的通知 / 各…:
        title, after = below
    else:
        after = _skip_title_below(lines, index, title) if title else index + 1
    addressees, body_start = _addressees(lines, after)
    first = not any(s.kind == seg.DOCUMENT and s.start < section.start for s in context.sections)
    if not title and not (addressees and first):
        yield _warn(
            context,
            number_line.number,
            f"发文字号 {parsed} at line {number_line.number} has no title above or below it: "
            "not read as a document",
        )
        return
    # (a page's first number with the addressees under it and no title: a notice whose title the
    # copy lost; in an issue, a document without title is a defect, warned)
    title = _COLUMN_LABEL.sub("", title) if title else title  # 【column】title: not the title
    title = _spaced_title(_unquoted(title), lines[: index + 4])
    registration = _registration(lines[:index])
    signature = (
        _signature(lines, body_start)
        or _unsigned_date(lines, body_start, title)
        or _dated_over_forwarded(lines, body_start, title)
    )
    body_end = signature.after_body if signature else len(lines)
    body = lines[body_start:body_end]
    warnings: list[Record] = []
    date = _signed_date(signature, context, warnings)
    if date is None:  # the signature lost: the page's metadata may say it
        page = _page_meta(section, context) or portal_meta(lines[index + 1 : index + 3])[0]
        if _another_number(page, parsed):
            page = {}  # the metadata of the notice that forwards this one (白政办发 over 陕政办发)
        for name in ("成文日期", "发文日期", "公布日期"):
            date = date or _meta_date(page.get(name))
    date = date or _bracketed_date_above(section, number_line.number)
    effective, expires = _effective(body, date, context, warnings)
    issuer = (
        (signature.issuer if signature else None)
        or _order_issuer(parsed)
        or issuer_from_title(title)
        or _organ_over_number(_above(section) + lines[:index], title)
    )
    end = signature.date_line if signature else section.end
    yield DocumentRecord(
        source=context.span(top, end),
        number=parsed.normalized if parsed else None,
        number_verbatim=(
            parsed.verbatim if numbered_title and parsed else _verbatim(number_line, parsed)
        ),  # an order's 第N号 as its line writes it
        issuer_code=parsed.issuer_code if parsed else None,
        year=parsed.year if parsed else None,
        seq=parsed.seq if parsed else None,
        title=title,
        issuer=issuer,
        type=docnumber.document_type(title),
        date=date,
        effective=effective,
        expires=expires,
        registration_number=registration,
        addressees=addressees,
        attachments=_attachments(body),
        issuer_resolved=resolved_issuer(issuer),
    )
    yield from warnings
    if signature is not None:
        yield from _forwarded(lines[signature.index + 1 :], title, context, section.end)


_FORWARDED = re.compile(r"转发.{0,40}?《(?P<title>[^《》]{4,80})》的(?:通知|函)$")


def _forwarded(
    after: list[_Line], title: str | None, context: Context, end: int
) -> Iterator[Record]:
    """The document a notice forwards (…转发市发改委等部门《X》的通知), printed after the notice's
    signature under the names of the organs that issued it, one a line, then its title X: a
    document of those organs."""
    match = _FORWARDED.search(title or "")
    if match is None:
        return
    wanted = key(match.group("title"))
    for i, line in enumerate(after[:12]):
        if key(line.text) != wanted:
            continue
        organs: list[str] = []
        for above in reversed(after[:i]):
            if not _is_organ(above.text):
                break
            organs.insert(0, above.text.replace(" ", ""))
        if organs:
            issuer = " ".join(organs)
            forwarded = clean(line.text)
            yield DocumentRecord(
                source=context.span(after[i - len(organs)].number, end),
                number=None,
                number_verbatim=None,
                issuer_code=None,
                year=None,
                seq=None,
                title=forwarded,
                issuer=issuer,
                type=docnumber.document_type(forwarded),
                date=None,
                effective=None,
                issuer_resolved=resolved_issuer(issuer),
            )
        return


def _quoted_title_above(section: Section, number_line: int) -> str | None:
    """A title written as a citation of itself on the nearest line above the number, perhaps after
    the number (京政办发〔2016〕26号《北京市人民政府办公厅关于印发〈…〉的通知》 / 《…的通知》 /
    京政办发〔2016〕26号), which the segmenter does not take for a title."""
    for n in range(number_line - 1, max(0, number_line - 6), -1):
        text = clean(section.source.line(n)).replace(" ", "")
        if not text or seg.is_number_line(text):
            continue
        title = _unquoted(_title_and_number(text)[0])
        quoted = title != _title_and_number(text)[0]
        plain = not re.search(r"[。，,；;：:《》]", title or "")
        return title if quoted and title and plain and _titled(title) else None
    return None


def _bracketed_date_above(section: Section, number_line: int) -> str | None:
    """The date in brackets on the line right above the number ((二OO八年二月二十六日)), as some
    documents print it under their title."""
    for n in range(number_line - 1, max(0, number_line - 3), -1):
        text = clean(section.source.line(n)).replace(" ", "")
        if text:
            match = re.fullmatch(r"[（(](?P<date>[^（）()]{6,16})[）)]", text)
            return dates.parse(match.group("date")) if match else None
    return None


def _page_title(section: Section, context: Context) -> str | None:
    """The title the portal's metadata gives above the first document of a page (名 称: 【已失效】
    惠州市人民政府关于印发《…》的通知), without the status it is tagged with."""
    if any(s.kind == seg.DOCUMENT and s.start < section.start for s in context.sections):
        return None
    for n in range(max(1, section.start - 30), section.start):
        match = _META.match(clean(section.source.line(n)))
        if match and re.sub(r"\s", "", match.group("key")) in ("标题", "名称"):
            title = re.sub(r"^[【\[][^】\]]{1,6}[】\]]", "", _first_cell(match.group("value")))
            return title if _titled(title) else None
    return None


# A portal's headline over its metadata, the title with the number in brackets after it
# (交通运输部关于修改《港口工程建设管理规定》的决定(中华人民共和国交通运输部令2019年第32号), then 文号 / 索引号 /
# 公开日期 …, the number again alone): the title of the document that number opens.
_HEADLINE_NUMBER = re.compile(r"^(?P<title>.{6,120}?)[（(](?P<number>[^（）()]{4,40})[）)]$")


def headline_with_number(
    section: Section, context: Context, parsed: docnumber.DocNumber | None
) -> str | None:
    if parsed is None:
        return None
    if any(s.kind == seg.DOCUMENT and s.start < section.start for s in context.sections):
        return None
    for n in range(max(1, section.start - 30), section.start):
        match = _HEADLINE_NUMBER.match(clean(section.source.line(n)).replace(" ", ""))
        number = docnumber.parse(match.group("number")) if match else None
        if match and number is not None and _same_number(number, parsed):
            title = match.group("title")
            return title if _titled(title) else None
    return None


def _same_number(a: docnumber.DocNumber, b: docnumber.DocNumber) -> bool:
    """One number, written with or without the state's name before its organ (中华人民共和国交通运输部令
    2019年第32号 / 交通运输部令2019年第32号)."""
    codes = sorted((a.issuer_code or "", b.issuer_code or ""), key=len)
    return (a.year, a.seq) == (b.year, b.seq) and bool(codes[0]) and codes[1].endswith(codes[0])


def _number_of(
    section: Section, lines: list[_Line]
) -> tuple[int | None, docnumber.DocNumber | None, docnumber.DocNumber | None]:
    """(index of the number line, the number, the number again when it is a 令第N号 heading)."""
    for i, line in enumerate(lines):
        if seg.is_number_line(line.text):
            return i, docnumber.parse(line.text.replace(" ", "")), None
        order = seg.order_number(section.source, line.number)
        if order is not None:
            seq_index = next(j for j, ln in enumerate(lines) if ln.number == order[1])
            return seq_index, order[0], order[0]
    return None, None, None


def _title_then_order(
    lines: list[_Line], index: int
) -> tuple[int, str, docnumber.DocNumber] | None:
    """A title and its order's number on one line after a number that has no title (a law
    database's 广西壮族自治区土地整治办法 广西壮族自治区人民政府令 第116号 under a page heading
    that names another order): (index of that line, the title, the number)."""
    for i in range(index + 1, min(len(lines), index + 16)):
        compact = lines[i].text.replace(" ", "")
        found = [f for f in docnumber.find_all(compact) if f[2] == len(compact)]
        if not found or found[0][0].year is not None or found[0][1] == 0:
            continue
        number, start, _ = found[0]
        title = compact[:start]
        if _titled(title) and seg.is_title_line(title) and not re.search(r"[，,。；;：:]", title):
            return i, title, number
    return None


def _order_issuer(parsed: docnumber.DocNumber | None) -> str | None:
    """The government whose order this is: 铁岭市人民政府令第42号 → 铁岭市人民政府; so the organ
    whose announcement it is: 丽江市人民政府公告第15号 → 丽江市人民政府, a standing committee
    without the term that numbers its announcements (四川省第十三届人民代表大会常务委员会公告第21号 →
    四川省人民代表大会常务委员会)."""
    if parsed is None:
        return None
    organ = _ORDER_KIND.sub("", parsed.issuer_code)
    if organ == parsed.issuer_code or not _ORGAN.search(organ):
        return None
    if parsed.year is not None and not (_FULL_NAME.match(organ) or _DEPARTMENT.match(organ)):
        return None  # 政府令〔2010〕第15号: an order numbered within its year, its organ unnamed
    return _TERM.sub("", organ)


# A State Council department that numbers its orders and announcements within the year, named as
# it signs (海关总署公告2017年第26号, 国家税务总局公告2018年第31号, 交通运输部令2024年第13号): a
# national organ needs no place before it. A code that opens with a level or a pronoun (市人民政府,
# 本局, 省政府) names no organ.
_DEPARTMENT = re.compile(
    r"^(?!省|市|县|区|州|镇|乡|本|我|该|自治区|自治州)[\u4e00-\u9fff]{1,14}(?:部|总署|总局|署|局|委员会|银行)$"
)


_ORDER_KIND = re.compile(r"(?:令|公告(?:〔[一二三四五六七八九十]{1,3}届〕)?)$")


def _organ_over_number(head: list[_Line], title: str) -> str | None:
    """The issuing organ printed on its own line between the title and the number, as law
    databases do (中国人民银行关于…的通知 / 中国人民银行 / 银发[2000]262号), also when the title is
    printed again below it (河北省人工影响天气管理规定 / 河北省人民政府 / 河北省…规定 / 政府令〔2010〕第15号)."""
    if head and head[-1].text.replace(" ", "") == title.replace(" ", ""):
        head = head[:-1]
    if head and head[-1].text.replace(" ", "") not in title and _is_organ(head[-1].text):
        return head[-1].text.replace(" ", "")
    return None


def _page_meta(section: Section, context: Context) -> dict[str, str]:
    """The portal's metadata printed above the first document of a web page (【公布日期】
    2020.01.17; or right under its number: 颁布时间:1985-05-04): what a signature the copy lost
    would have said. Empty for a document after another one (an issue prints no metadata between
    its documents)."""
    if any(s.kind == seg.DOCUMENT and s.start < section.start for s in context.sections):
        return {}
    top = max(1, section.start - 30)
    lines = [_Line(n, section.source.line(n)) for n in range(top, section.start)]
    return portal_meta([ln for ln in lines if ln.raw.strip()])[0]


def _lines_over(section: Section, count: int) -> list[_Line]:
    """The last ``count`` non-blank lines above a section."""
    found = [
        _Line(n, text)
        for n in range(max(1, section.start - 2 * count), section.start)
        if (text := section.source.line(n)).strip()
    ]
    return found[-count:]


def _wrapped_above(head: list[_Line], title: str, top: int) -> tuple[str, int]:
    """A title the segmenter read from its last line only, where the title is a list of titles
    wrapped at a 》 (陕西省人民政府办公厅 / 印发《…办法》 / 《…办法》和《…办法》的通知, a fresh 白水
    page): the lines above joined while the line ends with 》 over a line that opens with 《, then
    the organ over a line that opens with 印发 or 转发. A title enclosed whole (《…的通知》) is as
    read. (title, the line the record starts at: the title's first when above ``top``)."""
    compact = title.replace(" ", "")
    if not compact.startswith("《") or _unquoted(compact) != compact:
        return title, top
    texts = [ln.text.replace(" ", "") for ln in head]
    if compact not in texts:
        return title, top
    i = len(texts) - 1 - texts[::-1].index(compact)
    while i > 0 and texts[i].startswith("《") and texts[i - 1].endswith("》"):
        i, compact = i - 1, texts[i - 1] + compact
    if compact.startswith(("印发", "转发")) and i > 0 and _is_organ(texts[i - 1]):
        i, compact = i - 1, texts[i - 1] + compact
    if compact == title.replace(" ", ""):
        return title, top
    return compact, min(top, head[i].number)


def _completed_above(head: list[_Line], title: str) -> str:
    """A title cut short where a law database prints it again over the number (关于印发…人大代表建议,
    no type of document at its end), completed by the page's own title line above it, which goes on
    from the same 关于 to a type of document (关于印发…人大代表建议和政协提案工作规则的通知); the title
    as read otherwise."""
    compact = title.replace(" ", "")
    if docnumber.document_type(compact) or "关于" not in compact:
        return title
    cut = compact[compact.index("关于") :]
    for line in head:
        text = line.text.replace(" ", "")
        if "关于" not in text or not seg.is_title_line(text) or not _titled(text):
            continue
        rest = text[text.index("关于") :]
        if rest.startswith(cut) and len(rest) > len(cut):
            return text
    return title


def _another_number(meta: dict[str, str], number: docnumber.DocNumber | None) -> bool:
    """Whether the portal's metadata names another document than the one numbered ``number``:
    its 文号 is a number, and not this one's (a portal's block over a notice that forwards the
    document printed below it: its date is the notice's)."""
    written = meta.get("文号")
    other = docnumber.parse(written.replace(" ", "")) if written else None
    return other is not None and number is not None and other.normalized != number.normalized


def _above(section: Section) -> list[_Line]:
    """The two lines printed above a section when they are its title and an organ (a law
    database's title / organ over the title again and the number); none otherwise."""
    above = [
        _Line(n, text)
        for n in range(section.start - 1, max(0, section.start - 9), -1)
        if (text := section.source.line(n)).strip()
    ][:2][::-1]  # fmt: skip
    if len(above) == 2 and above[0].text.replace(" ", "") == (section.title or "").replace(" ", ""):
        return above
    return []


def document_number(section: Section) -> tuple[docnumber.DocNumber | None, int | None]:
    """The 发文字号 of a document section and the line it ends on (None, None if it has none)."""
    lines = _lines(section)
    index, parsed, _ = _number_of(section, lines)
    return (parsed, lines[index].number) if index is not None else (None, None)


def _verbatim(line: _Line, parsed: docnumber.DocNumber | None) -> str | None:
    return clean(line.text).strip("（）()") if parsed else None


def _warn(context: Context, line: int, message: str) -> ExtractionWarning:
    return ExtractionWarning(context.span(line), genre=GENRE, message=message)


def _registration(head: list[_Line]) -> str | None:
    """ZJCC00 - 2023 - 0007 → ZJCC00-2023-0007 (the dash variants unified)."""
    for line in head:
        if seg.REG_NUMBER.match(line.text):
            return re.sub(r"\s*[-－—]\s*", "-", line.text).replace(" ", "")
    return None


def _title_below(lines: list[_Line], index: int) -> tuple[str, int] | None:
    """A title printed under the number over two to four lines, from the line that opens it (an
    organ and 关于, or 关于) to the line that ends it in a type of document, the addressees (a line
    ending in ：) right under it: (the title joined, index of the addressees)."""
    first = lines[index + 1].text.replace(" ", "") if index + 1 < len(lines) else ""
    if not (first.startswith("关于") or _OPENS_TITLE.search(first)):
        return None
    written = ""
    for i in range(index + 1, min(len(lines), index + 5)):
        text = lines[i].text.replace(" ", "")
        if re.search(r"[，,。；;：:！？]", text) or not seg.is_title_line(text):
            return None
        written += text
        if docnumber.document_type(text) and _titled(written) and i > index + 1:
            following = lines[i + 1].text.strip() if i + 1 < len(lines) else ""
            return (written, i + 1) if following.endswith(("：", ":")) else None
    return None


def _skip_title_below(lines: list[_Line], index: int, title: str) -> int:
    """Index of the first line after the number and any title lines printed under it."""
    after = index + 1
    while after < len(lines) and after <= index + 3 and lines[after].text.replace(" ", "") in title:
        after += 1
    return after


def _addressees(lines: list[_Line], start: int) -> tuple[list[str], int]:
    """主送机关: one to three lines after the number ending with ：; (names, first body index)."""
    skipped = 0
    while start < len(lines) and skipped < 4 and _page_label(lines[start].text):
        start, skipped = start + 1, skipped + 1
    text, joined, index = "", 0, start
    while joined < 3 and index < min(len(lines), start + 6):
        line = lines[index].text
        index += 1
        if _before_addressees(line):
            text, joined = "", 0  # organ / date, or the title again, printed over the addressees
            continue
        if _FURNITURE.match(line):
            if joined:
                break  # the page's buttons part the lines: what came before is no addressee
            continue  # 分享 under the title (金政发〔2021〕1号's page): a button, not an organ
        text, joined = text + line, joined + 1
        run_on = _RUN_ON_ADDRESSEES.match(lines[index - 1].raw) if joined == 1 else None
        if run_on and _addressed(names := split_addressees(clean(run_on["to"])[:-1])):
            return names, index - 1  # 各区、县(市)人民政府,…,驻哈部队: 经市政府同意,…
        if re.search(r"[。！？]", text):
            break
        if text.endswith(("：", ":")):
            if _NOT_ADDRESSEES.search(text):
                break  # …会议决定,修改下列地方性法规: opens the body
            names = split_addressees(text[:-1])
            if not _addressed(names):
                break  # 核心提示:, 视力保护色: a site's label, no organ addressed
            return names, index
    return [], start


# The addressees and the body on one line, parted by a space after the colon (各区、县(市)人民政府,
# 市政府各委、办、局,…,驻哈部队: 经市政府同意,…), as a law database prints a notice.
_RUN_ON_ADDRESSEES = re.compile(r"^\s*(?P<to>各[^：:。；;！？\s]{2,150}[：:])\s+\S")


def _addressed(names: list[str]) -> bool:
    """Whether some name ends as an addressed organ's does (not 核心提示, 视力保护色)."""
    return any(_ADDRESSED.search(re.sub(r"[(（][^()（）]*[)）]$", "", n)) for n in names)


def _before_addressees(text: str) -> bool:
    """A line that never belongs to the addressees, though a copy prints it between the number and
    them: the number with its date, the date signed (a law database prints 中华人民共和国国务院 / 2015年2月16日 under the
    number), or a title (a news mirror repeats it: …的通知 / …的通知 各区(市)县政府(管委会…)."""
    compact = text.replace(" ", "")
    return (
        dates.is_date_line(compact)
        or bool("关于" in compact and docnumber.document_type(compact))
        or _numbered_and_dated(compact)
    )


def _numbered_and_dated(compact: str) -> bool:
    """The number and the date on one line (署财〔1999〕850号 1999年12月22日, a law database's line
    under the title): no addressee (law.esnai.com gave 署财〔1999〕850号1999年12月22日广东分署)."""
    found = next(docnumber.find_all(compact), None)
    if found is None or found[1] != 0:
        return False
    rest = compact[found[2] :]
    return not rest or dates.is_date_line(rest)


# How an addressed organ's name ends (各县(市、区)人民政府, 省政府各直属机构, 各区(县)建委(建设局),
# 机关各科室, 各有关单位); a site's label (核心提示, 视力保护色) does not.
_ADDRESSED = re.compile(
    r"[府委局厅廳部院会會办辦室处處所校司团團位门門构構关關县縣区區市省镇鎮乡鄉队隊站心]$"
)
# A page's key and date (发布时间:2020-05-29 14:36:23, 发布日期：2021年8月16日): no addressee.
_DATED_KEY = re.compile(r"^[\u4e00-\u9fff]{2,6}\s*[：:]\s*(?:19|20)\d{2}\s*[-/.年]")


# A page's buttons, a line of their own (分享 / 打印 / 关闭 / 收藏 / 字号:[大 中 小]): furniture,
# never an addressee nor joined to one (金乡's page printed 分享 over 各镇政府,…: "分享各镇政府").
_FURNITURE = re.compile(
    r"^(?:(?:分享(?:到)?|打印(?:本页)?|关闭(?:窗口|本页)?|收藏(?:本页)?|保存|纠错|字号|"
    r"[【\[]?[大中小][】\]]?)[\s|｜:：]*)+$"
)


def _page_label(text: str) -> bool:
    """A web copy's line between a document's title and its addressees: a key and its value
    (发布时间:2020-05-29 14:36:23, 来源: 广东省人民政府, 浏览量:) or a short label (视力保护色:)."""
    if _DATED_KEY.match(text) or _KEYED.match(text):
        return True
    label = text.strip()
    return len(label) <= 9 and label.endswith(("：", ":")) and not _ADDRESSED.search(label[:-1])


# Words of a sentence, never of a list of addressed organs.
_NOT_ADDRESSEES = re.compile(r"[《》]|会议|决定|通过|如下|下列")


# An organ's word alone after 、 shares the place of the name before it (各乡镇(场)党委、政府).
_BARE_ORGANS = frozenset({"人民政府", "政府", "党委", "人大", "人大常委会", "政协"})


def split_addressees(text: str) -> list[str]:
    """Split on ，,；; outside parentheses; split on 、 only between complete names
    (各县（市、区）人民政府 and 鹿城、龙湾、瓯海、洞头区人民政府 stay whole)."""
    parts = [p.strip() for p in _split_outside_parens(text, _ADDRESSEE_SPLIT) if p.strip()]
    out: list[str] = []
    for part in parts:
        pieces = [p.strip() for p in _split_outside_parens(part, "、") if p.strip()]
        if (
            len(pieces) > 1
            and all(_ORGAN.search(p) or p.endswith("单位") for p in pieces)
            and not any(p in _BARE_ORGANS for p in pieces[1:])
        ):  # 各县市区委、人民政府: the counties' governments, not a 人民政府 of its own
            out.extend(pieces)
        else:
            out.append(part)
    return out


def _split_outside_parens(text: str, separators: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for ch in text:
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth = max(0, depth - 1)
        if ch in separators and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += ch
    parts.append(current)
    return parts


@dataclass(frozen=True)
class _Signature:
    index: int  # index of the first signature line in ``lines``
    issuer: str | None
    date_line: int
    date_text: str
    body_end: int | None = None  # where the body ends, when the signature is run onto its last line

    @property
    def after_body(self) -> int:
        return self.index if self.body_end is None else self.body_end


_SIGNER = re.compile(
    r"^(?:代理?|[\u4e00-\u9fff]{0,10}?)"  # 自治区主席, 中华人民共和国主席
    r"(?:省长|市长|县长|区长|州长|旗长|盟长|主席|主任|总理|部长|行长)"
    r"(?:[\u4e00-\u9fff·]{2,4})?$"  # the name may be left out (省长 / 二○一○年十二月二十五日)
)


def _signature(lines: list[_Line], start: int) -> _Signature | None:
    """The first date line (成文日期) with the issuing organ's name on the lines just above it, or
    organ and date on one line."""
    for i in range(start, len(lines)):
        run_on = _run_on_signature(lines[i].raw)
        if run_on is not None:  # …自2006年8月1日起施行。 部 长 李盛霖 二○○六年七月五日
            return _Signature(i, None, lines[i].number, run_on, i + 1)
        if len(lines[i].raw) > 80 or not any(c in lines[i].raw for c in "日-."):
            continue  # a signature line is short and holds a date
        text = lines[i].text.replace(" ", "")
        if dates.is_date_line(text):
            organs = []
            j = i - 1
            while j >= start and len(organs) < 3 and _is_organ(lines[j].text):
                organs.insert(0, _organ_line(lines[j]))
                j -= 1
            if organs:
                return _Signature(j + 1, "、".join(organs), lines[i].number, text)
            if j >= start and _SIGNER.match(re.sub(r"[\s:：]", "", lines[j].text)):
                return _Signature(
                    j, None, lines[i].number, text
                )  # 省长 李明: the organ is the order's
        found = _organ_and_date(text)
        if found:
            return _Signature(i, found[0], lines[i].number, found[1])
        signed = _signer_and_date(text)
        if signed is not None:  # 自治区主席 陈 武 2016年12月6日: the organ is the order's
            return _Signature(i, None, lines[i].number, signed)
    return None


def _run_on_signature(raw: str) -> str | None:
    """The date of a signer and date run onto the end of an order's note, after a space where the
    page's lines broke (…现予公布,自2006年8月1日起施行。 部 长 李盛霖 二○○六年七月五日): the
    words after the note's last full stop, signer then date, as a signature line holds them."""
    head, stop, tail = raw.rpartition("。")
    if not stop or not head or not tail[:1].isspace():
        return None
    return _signer_and_date(clean(tail).replace(" ", ""))


def _organ_line(line: _Line) -> str:
    """The organ (or organs) a signature line names: joint issuers parted by spaces as written
    (鹤岗市人民政府 鹤岗市中级人民法院), which cleaning the line would run into one name."""
    joint = _spaced_organs(line.raw)
    if joint:
        return " ".join(joint)
    compact = line.text.replace(" ", "")
    return "、".join(_glued_organs(compact) or [compact])


# How a name that goes on an organ's name opens: a wrap inside one name (温州市人民政府 办公室).
_CONTINUATION = re.compile(r"^(?:办公|委员会|常委会|常务委员会|人民政府|政府|党组|机关|直属|人大)")


def _spaced_organs(raw: str) -> list[str] | None:
    """Two or more organs parted by spaces on one line, each a whole name (not the wrapped rest
    of the one before it)."""
    names = [clean(n) for n in raw.split()]
    if len(names) < 2 or not all(_is_organ(n) for n in names):
        return None
    return None if any(_CONTINUATION.match(n) for n in names[1:]) else names


def _spaced_title(title: str | None, head: list[_Line]) -> str | None:
    """A joint title with its issuing organs parted by spaces as its first line writes them
    (鹤岗市人民政府 鹤岗市中级人民法院印发 / 关于…的通知), not run into one name by cleaning."""
    for line in head:
        names = _spaced_organs(re.split(r"关于|印发|转发|批转", line.raw, maxsplit=1)[0])
        if title and names and title.startswith("".join(names)):
            return " ".join(names) + title[len("".join(names)) :]
    return title


def _signer_and_date(text: str) -> str | None:
    """The date of a line that holds the signer and the date (自治区主席陈武2016年12月6日)."""
    found = list(dates.find_all(text))
    if not found or found[-1].end != len(text) or found[-1].start == 0:
        return None
    signer = text[: found[-1].start]
    return text[found[-1].start :] if _SIGNER.match(signer) else None


def _unsigned_date(lines: list[_Line], start: int, title: str | None = None) -> _Signature | None:
    """A date alone on its line after the body, the signing organ left out, where the text ends or
    the names of other organs follow (those of a document printed after it), or the title of the
    text an order or announcement publishes, printed under its note and date: the date signed."""
    for i in range(start, len(lines)):
        text = lines[i].text.replace(" ", "")
        if len(text) > 20 or not dates.is_date_line(text):
            continue
        if (
            i + 1 == len(lines)
            or _is_organ(lines[i + 1].text)
            or (title is not None and key(lines[i + 1].text) == key(title))
            or _PUBLICATION_NOTE.match(lines[i + 1].text.replace(" ", ""))
        ):
            return _Signature(i, None, lines[i].number, text)
    return None


# The note GB/T 9704 prints under the date signed: (此件公开发布), (此件主动公开).
_PUBLICATION_NOTE = re.compile(r"^[（(]此件[^（）()]{2,8}[)）]$")


# 泉州市人民政府关于印发《泉州中心市区道路交通安全管理规定》的通知 … 请遵照执行。/ 二○○七年二月十二日 /
# 泉州中心市区道路交通安全管理规定 (http://law61.infoeach.com/view-NjF8OTQ3MzA=.html): a notice that
# issues a text (印发) prints it under its date as one that forwards one (转发) does; the title may
# stand without its marks (许昌市人民政府关于印发许昌市价格调节基金管理办法的通知, devcorpus L-16).
_ISSUING = re.compile(
    r"(?:转发|印发)(?:.{0,40}?《(?P<title>[^《》]{4,80})》|(?P<bare>[^《》]{4,80}))的(?:通知|函)$"
)


def _dated_over_forwarded(lines: list[_Line], start: int, title: str | None) -> _Signature | None:
    """A forwarding or issuing notice's date alone, its signature left out, over the title of the
    text it forwards or issues (…转发…《X》的通知 … 二○○六年七月五日 / X; …印发《X》的通知 likewise):
    the date signed."""
    match = _ISSUING.search(title or "")
    if match is None:
        return None
    return _unsigned_date(lines, start, match.group("title") or match.group("bare"))


def _is_organ(text: str) -> bool:
    compact = text.replace(" ", "")
    return (
        3 <= len(compact) <= 40
        and bool(_ORGAN.search(compact))
        and not re.search(r"[。，,；;：:、]", compact)
        and compact[0] not in "（("  # (2023年5月31日…人民代表大会: a note wrapped, not an organ
    )


def _organ_and_date(text: str) -> tuple[str, str] | None:
    """国家海洋局2007年3月28日, or the date first as a law database prints it under the title
    (1999年7月13日,国家海洋局)."""
    found = list(dates.find_all(text))
    if len(found) != 1:
        return None
    if found[0].end == len(text):
        organ = text[: found[0].start]
    elif found[0].start == 0:
        organ = re.sub(r"^[,，、\s]+", "", text[found[0].end :])
    else:
        return None
    return (organ, found[0].verbatim) if _is_organ(organ) else None


def _signed_date(
    signature: _Signature | None, context: Context, warnings: list[Record]
) -> str | None:
    if signature is None:
        return None
    iso = dates.parse(signature.date_text)
    if iso is None:
        warnings.append(
            _warn(
                context,
                signature.date_line,
                f"date signed {signature.date_text!r} at line {signature.date_line} "
                "is not a valid date",
            )
        )
    return iso


def _joined(body: list[_Line]) -> tuple[str, list[tuple[int, int]]]:
    """The body as one string (wrapped sentences rejoined) and (offset, line) starts."""
    text, starts = "", []
    for line in body:
        starts.append((len(text), line.number))
        text += line.text.replace(" ", "")
    return text, starts


def _effective(
    body: list[_Line], signed: str | None, context: Context, warnings: list[Record]
) -> tuple[str | None, str | None]:
    """(effective, expires) from the body's 施行 and 有效期 clauses."""
    if not body:
        return None, None
    text, starts = _joined(body)
    effective = None
    match = _EFFECTIVE.search(text)
    if match:
        effective = _clause_date(match, text, starts, context, warnings, "effective date")
    elif _EFFECTIVE_ON_ISSUE.search(text):
        effective = signed
    expires = None
    match = _EXPIRES.search(text)
    if match:
        expires = _clause_date(match, text, starts, context, warnings, "end of validity")
    return effective, expires


def _clause_date(
    match: re.Match[str],
    text: str,
    starts: list[tuple[int, int]],
    context: Context,
    warnings: list[Record],
    what: str,
) -> str | None:
    written = match.group("date")
    iso = dates.parse(written)
    if iso is None:
        line = line_at(starts, match.start())
        warnings.append(
            _warn(context, line, f"{what} {written!r} at line {line} is not a valid date")
        )
    return iso


def _attachments(body: list[_Line]) -> list[str]:
    """附件：1.… 2.… (or one unnumbered title) before the signature."""
    out: list[str] = []
    inside = False
    for line in body:
        match = _ATTACHMENT.match(line.text)
        if match:
            inside = True
            rest = match.group("rest").strip()
            if rest:
                out.append(_ENUMERATOR.sub("", rest))
            continue
        if inside and _ENUMERATOR.match(line.text):
            out.append(_ENUMERATOR.sub("", line.text))
        elif inside:
            break
    return [clean(a) for a in out if a]


def issuer_from_title(title: str | None) -> str | None:
    """温州市人民政府关于…的决定 → 温州市人民政府, when what precedes 关于 is an organ; so for a
    notice forwarding another's text, 南京市政府办公厅转发市民政局、财政局《…》的通知 → 南京市政府办公厅."""
    found = _ISSUER_END.search(title or "")
    if found is None:
        return None
    head = title[: found.start()].strip()
    session = _SESSION_HEAD.fullmatch(head.replace(" ", ""))
    if (
        session is not None
    ):  # 叶县第十六届人民代表大会第六次会议关于…的决议: 叶县第十六届人民代表大会
        return session.group("body")
    if not head or not _ORGAN.search(head):
        return None
    glued = _glued_organs(head.replace(" ", ""))
    return "、".join(glued) if glued and " " not in head else head


def _glued_organs(name: str) -> list[str] | None:
    """The organs of a joint issuer written with nothing between them, each after the first
    opening with a place the one before it names (中共连江县委连江县人民政府, 鹤岗市人民政府鹤岗市
    中级人民法院): one organisation never names its place twice so."""
    for k in range(3, len(name) - 2):
        first, rest = name[:k], name[k:]
        place = _PLACE.match(rest)
        if _ORGAN.search(first) and place and place.group(0) in first:
            return [first, *(_glued_organs(rest) or [rest])]
    return None


_PLACE = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|自治州|州|盟|地区|县|自治县|旗|区)")


# A decision's head naming the session that adopted it (叶县第十六届人民代表大会第六次会议关于…的决议,
# 中国共产党成都市第十届委员会第六次全体会议关于…的决议): the body whose session it is, its term kept
# and the session dropped, as the issuer of what a session adopts is named (_session_organ; the
# gold of HB-36 and B-13).
_SESSION_HEAD = re.compile(
    r"(?P<body>[\u4e00-\u9fff]{2,30}?(?:人民代表大会(?:常务委员会)?|人大常委会|委员会|常委会))"
    r"第[一二三四五六七八九十百0-9]{1,4}次(?:全体)?会议"
)

# The same head written short, as news of a congress's closing writes it: 十三届全国人大四次会议关于政府
# 工作报告的决议 (the term, the place, 人大, the session without 第). Its titles are read; the short
# name is no issuer.
_SESSION_SHORT = re.compile(
    r"(?:第?[一二三四五六七八九十]{1,3}届)(?:全国|[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|自治州|州|县|区|旗))"
    r"人大(?:常委会)?第?[一二三四五六七八九十百0-9]{1,4}次(?:全体)?会议"
)

# What ends the issuer's name in a title: 关于, or the verb of a notice forwarding a text (转发, 批转).
_ISSUER_END = re.compile(r"关于|转发|批转")


def resolved_issuer(issuer: str | None) -> str | None:
    """The issuer itself when it is a full name (温州市人民政府), None for 市政府 and the like."""
    if issuer and all(_FULL_NAME.match(part) for part in issuer.split("、")):
        return issuer
    return None


# ---------------------------------------------------------------- a web copy without numbering


@dataclass(frozen=True)
class WebHead:
    """What the head of a web copy says about the document: portal metadata and the title."""

    meta: dict[str, str]
    title: str | None
    title_index: int | None  # index of the (last) title line among the non-blank lines
    meta_lines: frozenset[int]  # line numbers of the portal metadata
    title_first: int | None = None  # index of the first line of a title wrapped over lines

    @property
    def number(self) -> docnumber.DocNumber | None:
        written = self.meta.get("文号") or self.meta.get("发文字号")
        if not written:
            return None
        # a value run into the next key, its space lost (嘉政办发〔2023〕7号发布机关:): the number
        # it opens with
        found = next(iter(docnumber.find_all(written)), None)
        opening = found[0] if found is not None and found[1] == 0 else None
        return docnumber.parse(written) or opening


def web_head(section: Section, lines: list[_Line] | None = None) -> WebHead | None:
    """The title (from 标题： or the first title line of the text) and the portal metadata of a
    free-text section (or of ``lines``, a flattened page's pieces); None when the text does not
    open like a document."""
    lines = (lines or _lines(section))[:80]
    shown = [i for i, ln in enumerate(lines) if not _NAV_ITEM.match(ln.text)]  # a menu skipped
    lines = lines[: shown[29] + 1] if len(shown) > 29 else lines
    found = [(ln.number, m) for ln in lines if (m := _META.match(ln.text))]
    meta = {re.sub(r"\s", "", m.group("key")): _first_cell(m.group("value")) for _, m in found}
    portal, portal_lines = portal_meta(lines)
    for name, value in portal.items():
        meta.setdefault(name, value)
    meta_lines = frozenset(n for n, _ in found) | portal_lines
    note = _order_note(lines[:8])
    if note is not None and "文号" not in meta:
        meta["文号"], meta["公布日期"] = note[0], note[1]
        if note[3] is not None:
            meta.setdefault("施行日期", note[3])
        meta_lines |= {note[2]}
    candidates = [
        i
        for i in shown[:16]
        if (ln := lines[i]).number not in meta_lines
        and not re.search(r"[：:]", _undated(ln.text))
        and not _BREADCRUMB.search(ln.text)
        and not _ENUMERATOR.match(ln.text)  # 1.《…办法》(省政府令242号): an item of a list
        and _title_like(_celled(_undated(ln.text)), ln.raw)
        and _titled(_title_and_number(_celled(_undated(ln.text)))[0])
    ]
    title = meta.get("标题") or meta.get("名称")
    if title:  # (名称: 【保基本民生】宣城市…的通知: the portal's column, not the title)
        title = _COLUMN_LABEL.sub("", title)
        same = [i for i in candidates if key(_COLUMN_LABEL.sub("", lines[i].text)) == key(title)]
        return WebHead(meta, title, same[0] if same else None, meta_lines)
    if not candidates:
        if "文号" in meta and docnumber.parse(meta["文号"]):
            return WebHead(meta, None, None, meta_lines)  # metadata only: a page without title
        return None
    index = _numbered_again(lines, candidates)
    if _column_named(lines, lines[index].text):
        return None  # the site's column over the page (政策公告 / 首页 >> 资讯动态 >> 政策公告 >> 正文)
    tail = _DATED_TAIL.search(_APPENDIX.sub("", lines[index].text))
    if tail and "成文日期" not in meta:
        meta["成文日期"] = tail["date"]  # …的通知 ((1990年11月16日)): the law database's date
    first = _title_top(lines, index, meta_lines)
    written = "".join(
        _celled(_undated(ln.text)).replace(" ", "") for ln in lines[first : index + 1]
    )
    title, number = _title_and_number(_COLUMN_LABEL.sub("", written))
    joint = _joint_organs(lines[index].raw) if first == index else None
    if joint and title.startswith("".join(joint)):  # the organs kept apart, as written
        title = " ".join([*joint, title[len("".join(joint)) :]])
    if number and "文号" not in meta:
        meta["文号"] = number
    return WebHead(meta, _unquoted(_EDITION.sub("", title)), index, meta_lines, first)


def _numbered_again(lines: list[_Line], candidates: list[int]) -> int:
    """The first title line, or the same title printed again a few lines below with the document's
    number after it (a page's heading 中华人民共和国引航员管理办法 / … / 中华人民共和国引航员管理办法(中华
    人民共和国交通运输部令2024年第13号) / 《…》已于…通过,现予公布): the numbered one heads the copy."""
    first = candidates[0]
    title = key(_celled(_undated(lines[first].text)))
    for i in candidates[1:4]:
        if i - first > 4:
            break
        named, number = _title_and_number(_celled(_undated(lines[i].text)))
        if number is not None and key(named) == title:
            return i
    return first


# A portal's column name in 【】 before the title it lists (【市政府重点工作及责任分解】滁州市人民政府关于
# …的通知): the column, not the title (never a year in brackets, 【2017】6号).
_COLUMN_LABEL = re.compile(r"^【[^【】\d\s]{2,20}】(?=[^\s【】])")


# A law database's date after a title, in single or doubled brackets: …的通知 ((1990年11月16日)).
_DATED_TAIL = re.compile(
    r"\s*[（(]{1,2}(?P<date>(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)[)）]{1,2}\s*$"
)


def _undated(text: str) -> str:
    """A title line without the date a law database writes after it, and without an appended
    revised text (… 附:修正本)."""
    return _DATED_TAIL.sub("", _APPENDIX.sub("", text))


# A law database's note of the edition after a title: (2019修订), (2003年修正).
_EDITION = re.compile(r"[（(](?:19|20)\d\d年?(?:\d{1,2}月)?(?:修订|修正)[）)]$")


# What a law database appends to a title line: the revised text it carries (… 附:修正本).
_APPENDIX = re.compile(r"(?<=[定知例法])\s*附\s*[：:]\s*\S{1,8}\s*$")


def _joint_organs(raw: str) -> list[str] | None:
    """The issuing organs of a joint title, parted by spaces before its 关于, as written."""
    names = [clean(n) for n in raw.partition("关于")[0].split()]
    if names and docnumber.parse(names[0]):
        names = names[1:]  # 财科教【2017】6号 财政部 科技部 …关于: the number the line opens with
    return names if len(names) > 1 and all(_ORGAN.search(n) for n in names) else None


def _title_like(text: str, raw: str) -> bool:
    """A line that can be a title: short (seg.is_title_line), or a joint title whose issuing organs,
    parted by spaces, make it long (成都市发展和改革委员会 中共成都市委社会工作部 … 关于印发…的通知)."""
    if seg.is_title_line(text):
        return True
    rest = text.partition("关于")[2]
    return len(text) <= 160 and bool(_joint_organs(raw)) and seg.is_title_line("关于" + rest)


def _unquoted(title: str | None) -> str | None:
    """A page's title written as a citation of itself (《武汉市人民政府办公厅关于印发…的通知》),
    without the marks that enclose it whole."""
    if not title or not (title.startswith("《") and title.endswith("》")):
        return title
    inner = title[1:-1]
    depth = 0
    for ch in inner:
        depth += (ch == "《") - (ch == "》")
        if depth < 0:
            return title  # 《A》和《B》: two titles, not one enclosed
    return inner if depth == 0 else title


# A site's menu, an item a line: • 离婚 / • 五险一金 (not • 【发布日期】1984-07-04).
_NAV_ITEM = re.compile(r"^\s*[•·●]\s*[^\s【\[:：]{1,8}\s*$")
# A site's breadcrumb (好律师> 法律法规库> 地方法规> 陕西省…办法, 首页 » 法律法规 »): page chrome.
_BREADCRUMB = re.compile(r"(?:[^>»›]{1,30}[>»›]){2,}")


def _column_named(lines: list[_Line], text: str) -> bool:
    """A heading a breadcrumb names as one of its steps (政策公告 over 首页 >> 资讯动态 >> 政策公告 >>
    正文): the site's column, not the page's title. The title under it is not told apart from the
    texts the page reprints (a 办法 and the order that amended it, signed and dated), so the page
    is not read as one document."""
    name = key(text)
    return any(
        name in {key(step) for step in steps[:-1]}
        for ln in lines
        if len(steps := re.split(r"\s*[>»›]{1,2}\s*", ln.text)) >= 3
        and all(0 < len(step) <= 30 for step in steps)
    )


def _first_cell(value: str) -> str:
    """A key's value; in a table flattened with | (文号: | 杭政办函〔2018〕14号 | 成文日期: | …) the
    cell after the key's."""
    return value.strip().strip("|｜").split("|")[0].split("｜")[0].strip()


def _titled(text: str) -> bool:
    """A title: words that end in a type of document and say more than the type (通 知 alone, a
    heading over the body of a copy whose title is lost, is no title; nor is a 公告 heading whose
    organ a site replaced with its spam number, 248365365公告)."""
    kind = docnumber.document_type(text)
    if kind is None or _only_types(re.sub(r"\s", "", text)):
        return False
    if _CUT_HEADLINE.match(re.sub(r"\s", "", text)):
        return False  # 《…管理办法》的决定: a headline cut before its 住房城乡建设部关于修改
    return not _NAMELESS_HEAD.match(re.sub(r"\s", "", text))  # 248365365公告: no organ, no title


# A page's headline cut before the words that open the title (住房城乡建设部关于修改): what is left
# opens with the law the title names (《房屋建筑和…管理办法》的决定), no title of its own.
_CUT_HEADLINE = re.compile(r"^《[^《》]{2,80}》的")


def _only_types(text: str) -> bool:
    """Words that are only types of document: 通知, or a portal's column named by two of them
    (决议决定 over the resolutions a congress's site lists, 通知公告)."""
    while text and (kind := docnumber.document_type(text)) is not None and text.endswith(kind):
        text = text[: -len(kind)]
    return not text


def _celled(text: str) -> str:
    """A line of a table flattened with | (海盐县人民政府办公室关于印发…的通知 |) without its
    cell marks."""
    return text.strip().strip("|｜").strip()


def _title_top(lines: list[_Line], index: int, meta_lines: frozenset[int]) -> int:
    """The first line of a title whose last line is ``index``: a title wraps upwards while its
    《》 are unbalanced (…关于修改 / 《…立法条例 / 》的决定) or up to the line that holds its 关于
    (…人民代表大会关于修改 / …的决定), and from a line opening with 关于 to the organ's name on
    the line above (…常务委员会 / 关于接受…辞去…人民政府 / 市长职务请求的决定), over at most
    three lines."""
    first = index
    text = lines[index].text.replace(" ", "")
    while first > 0 and index - first < 2:
        above = lines[first - 1]
        upper = above.text.replace(" ", "")
        if above.number in meta_lines or not seg.is_title_line(upper):
            break
        if docnumber.document_type(upper) or re.search(r"[：:]", upper):
            break
        unbalanced = text.count("《") < text.count("》") or upper.count("《") > upper.count("》")
        opens = "关于" not in text and (upper.startswith("关于") or _OPENS_TITLE.search(upper))
        organ = text.startswith("关于") and _is_organ(upper)  # 济源市人民代表大会常务委员会 / 关于…
        if not (unbalanced or opens or organ):
            break
        first, text = first - 1, upper + text
    return first


# The first line of a wrapped title: an organ, then 关于 and a few words (…常务委员会关于修改);
# not a line such as 关于我们 that only holds the word.
_OPENS_TITLE = re.compile(
    r"(?:人民政府|政府|办公室|办公厅|委员会|常委会|人民代表大会|局|厅|委|部|院)关于[^《》]{0,12}$"
)


def _title_and_number(text: str) -> tuple[str, str | None]:
    """A title line that carries the document's number before or after the title
    (梁政发【2023】7号关于印发…的通知 · …的通知(岳办发〔2017〕2号)): (title, number)."""
    compact = text.replace(" ", "")
    for number, start, end in docnumber.find_all(compact):
        before, after = compact[:start], compact[end:].strip("（）() ")
        if not before and after:
            return after, number.verbatim
        if start > 0 and compact[start - 1] in "（(" and not after:
            return compact[: start - 1], number.verbatim
    # an order numbered within its year, which running text does not search for (…办法(中华人民
    # 共和国交通运输部令2024年第13号)): the bracket at the end holds exactly one number
    closing = _NUMBER_IN_BRACKETS.search(compact)
    parsed = docnumber.parse(closing.group("number")) if closing else None
    if closing is not None and parsed is not None and parsed.year is not None:
        return compact[: closing.start()], parsed.verbatim
    return text, None


_NUMBER_IN_BRACKETS = re.compile(r"[（(](?P<number>[^（）()]{4,40}令[^（）()]{4,12})[）)]$")


# Keys of the metadata a portal or law database prints over a document (索引号 blocks, 【发布部门】
# lines, a table of key | value cells, one key: value a line or the value on the next line).
_META_KEYS = {
    "文号": "文号",
    "发文字号": "文号",
    "发文号": "文号",
    "发布文号": "文号",
    "文件编号": "文号",
    "发文文号": "文号",
    # a law database's block (发文标题: / 发文文号: / 发文部门: / 发文时间: / 实施时间:, law.esnai.com)
    "发文标题": "标题",
    "发文部门": "发文机关",
    "发文时间": "发文日期",
    "实施时间": "施行日期",
    "发文机关": "发文机关",
    "发布机构": "发文机关",
    "发文机构": "发文机关",
    "发布部门": "发文机关",
    "发布单位": "发文机关",
    "发文单位": "发文机关",
    "制定机关": "发文机关",
    "颁布单位": "发文机关",
    "制发机关": "发文机关",
    "成文日期": "成文日期",
    "成文时间": "成文日期",
    "发文日期": "发文日期",
    "颁布日期": "发文日期",
    "颁布时间": "发文日期",
    "公布日期": "公布日期",
    "发布日期": "发布日期",
    "施行日期": "施行日期",
    "生效日期": "施行日期",
    "实施日期": "施行日期",
}
# Keys a portal prints beside those and that give nothing to the record: their lines (and a value
# on the next line) are metadata, neither a title nor the addressees.
_OTHER_KEYS = frozenset(
    [
        "索引号",
        "统一编号",
        "主题分类",
        "主题词",
        "公文目录",
        "组配分类",
        "来源",
        "有效性",
        "时效性",
        "效力级别",
        "失效日期",
        "废止日期",
        "体裁分类",
        "公开方式",
        "公开范围",
        "浏览次数",
        "下载地址",
        "浏览量",
        "访问量",
        "阅读量",
        "点击量",
        "点击数",
        "内容概述",
        "摘要",
    ]
)
_KEYED = re.compile(
    "(?P<key>" + "|".join(sorted([*_META_KEYS, *_OTHER_KEYS], key=len, reverse=True)) + r")\s*[：:]"
)
# A key printed with spaces to fill its table cell (文    号, 索 引 号, 有 效 性): read as the key.
_SPACED_KEY = re.compile(
    "|".join(
        r"\s*".join(key)
        for key in sorted([*_META_KEYS, *_OTHER_KEYS], key=len, reverse=True)
        if len(key) > 1
    )
)
_BARE_KEY = re.compile(
    "(?P<key>"
    + "|".join(k for k in sorted([*_META_KEYS, *_OTHER_KEYS], key=len, reverse=True) if len(k) > 2)
    + "|文号|分类)"
)
_BULLET_KEY = re.compile(r"^[•·]\s*[\u4e00-\u9fff]{2,8}\s*[：:]")  # • 内容概述: a listed key
_META_SPLIT = re.compile(r"\s*[|｜•·]\s*|[【】]|[：:]\s*|\s+")


def portal_meta(lines: list[_Line]) -> tuple[dict[str, str], frozenset[int]]:
    """The portal's metadata among the first lines: {文号, 发文机关, 成文日期, 发文日期, 发布日期,
    施行日期} as written, and the lines that hold them."""
    meta: dict[str, str] = {}
    used: set[int] = set()
    pending: str | None = None
    for line in lines:
        if len(line.raw) > 200:
            continue
        tokens = _meta_tokens(line.text)
        if _BULLET_KEY.match(line.text):
            used.add(line.number)
        if pending is not None and tokens and not _is_key(tokens[0]) and not _a_title(line.text):
            if pending:
                meta.setdefault(pending, tokens[0])
            used.add(line.number)
        pending = None
        for i, token in enumerate(tokens):
            if token in _OTHER_KEYS:
                used.add(line.number)
                pending = "" if i + 1 == len(tokens) else None
                continue
            name = _META_KEYS.get(token)
            if name is None:
                continue
            used.add(line.number)
            following = tokens[i + 1] if i + 1 < len(tokens) else None
            if following is None:
                pending = name
            elif not _is_key(following):
                meta.setdefault(name, following)
    return meta, frozenset(used)


def _a_title(text: str) -> bool:
    """A document's title, never the value of the empty key above it (内容概述: / the title)."""
    text = _celled(text)
    return (
        len(text) >= 8
        and seg.is_title_line(text)
        and not re.search(r"[：:]", text)
        and docnumber.document_type(text) is not None
    )


def _meta_tokens(text: str) -> list[str]:
    """A metadata line as keys and values: split at each known key with its colon (a copy may
    glue a value to the next key: 应急管理发文日期:2017年06月28日主题词:), else at separators."""
    text = _SPACED_KEY.sub(lambda m: re.sub(r"\s+", "", m.group(0)), text)
    keyed = list(_KEYED.finditer(text))
    if not keyed and _BARE_KEY.match(text):
        # keys without colons, their spaces lost (发布机构区人民政府办公室文号蔡政办〔2023〕1号): a
        # line that opens with a key is split at each key
        keyed = list(_BARE_KEY.finditer(text))
    elif keyed and _BARE_KEY.match(text[: keyed[0].start()]):
        # a row's first key without its colon, its spaces lost, before a key with one (文号平政发
        # 〔2025〕6号成文日期: 2025年04月15日, a portal's header row «文号 … 成文日期: …»)
        keyed = [*_BARE_KEY.finditer(text[: keyed[0].start()]), *keyed]
    if not keyed:
        return [t for t in _META_SPLIT.split(text) if t]
    tokens = [t for t in _META_SPLIT.split(text[: keyed[0].start()]) if t]
    for match, following in zip(keyed, [*keyed[1:], None], strict=True):
        tokens.append(match.group("key"))
        value = text[match.end() : following.start() if following else len(text)]
        value = value.strip(" |｜•·\t")
        if value:
            tokens.append(value.split()[0] if following is None else value)
    return tokens


def _is_key(token: str) -> bool:
    return token in _META_KEYS or token in _OTHER_KEYS


def _meta_issuer(meta: dict[str, str]) -> str | None:
    """The issuing organ of the metadata, when it names one (not 县政府网站, the page's owner)."""
    organ = meta.get("发布机构") or meta.get("发文机关")
    return organ if organ and _ORGAN.search(organ) else None


def _meta_joint_issuers(meta: dict[str, str]) -> str | None:
    """The organs of a joint text as the metadata lists them, parted by spaces or each opening with
    its place (发文部门: 贵州省财政厅 贵州省地方税务局 贵州省国家税务局, law.esnai.com, whose spaces the
    portal's reader drops): the issuers, joined as a joint title's are
    (、), not the one organ whose announcement number the text bears (贵州省国家税务局公告2016年第6号)
    nor the organs run together in the database's title (贵州省财政贵州省国家税务局…)."""
    value = meta.get("发布机构") or meta.get("发文机关") or ""
    organs = value.split() if " " in value.strip() else (_glued_organs(value) or [])
    if len(organs) > 1 and all(_ORGAN.search(o) and _FULL_NAME.match(o) for o in organs):
        return "、".join(organs)
    return None


def _meta_date(text: str | None) -> str | None:
    """A metadata date: 2023-03-10, 2018年03月27 (日 left out), 2024年04月06日 16:40."""
    if not text:
        return None
    match = re.match(r"((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})(?![\d日号])", text)
    if match:
        return dates.parse(f"{match.group(1)}年{match.group(2)}月{match.group(3)}日")
    found = next(dates.find_all(text), None)
    return found.iso if found is not None and found.start == 0 else None


_ADOPTED = re.compile(r"^[（(](?P<body>.*(?:通过|批准|修订|修正))[）)]$")
# The same note printed without brackets on its own line: 2007年3月28日辽宁省第十届人民代表大会常务
# 委员会第三十次会议通过 (a date first, no sentence punctuation).
_ADOPTED_BARE = re.compile(r"^(?P<body>(?:19|20)\d\d年[^，。；,;：:]*(?:通过|批准|修订))$")
# An order's promulgation note under its title: (2004年6月29日广西壮族自治区人民政府令第7号公布
# 自公布之日起施行): the date and the number of the document itself.
# Or a notice's number (1999年8月28日大连市人民政府大政发[1999]83号文件公布 自公布之日起施行).
# The adoption may open the note (2001年10月31日国务院第46次常务会议通过 2001年12月10日中华人民共和国
# 国务院令第332号公布 自2002年1月1日起施行): the number and date are the promulgation's; an adoption
# 审议通过 as well. A copy may lose the note's opening bracket (2004年2月16日…常务会议审议通过
# 2004年2月26日海南省人民政府令第171号公布 自公布之日起施行)): read when the line opens with a date and
# ends with the closing one.
_ORDER_NOTE = re.compile(
    r"^(?:[（(]|(?=(?:19|20)\d\d年[^（）()]*[）)]$))(?:(?:19|20)\d\d年[^（）()，。；,;]{4,40}?会议(?:审议)?通过)?(?P<body>.{6,60}?(?:令\s*(?:第\s*)?\d{1,5}\s*号|[〔\[【]\s*(?:19|20)\d\d\s*[〕\]】]\s*\d{1,5}\s*号))"
    r"\s*(?:文件)?\s*(?:公布|发布)"
)
# The organ that issued the number, written before its code (大连市人民政府大政发[1999]83号).
_ORGAN_BEFORE_CODE = re.compile(
    r"^[\u4e00-\u9fff]{2,20}?(?:人民政府|政府|办公厅|办公室)(?=[^〔\[【]{1,8}[〔\[【])"
)
# A decision's enacting formula opening the body: …第十七次会议决定,修改下列地方性法规:
_ENACTING = re.compile(r"^[^。；;]{2,60}(?:会议|人民政府|国务院)(?:研究)?决定[，,：:]")
# A promulgation note: 《…》已经…通过(or 批准),现予公布 / 现发布《…》,自…起施行.
_PROMULGATION = re.compile(
    r"(?:已经|业经|已由).{0,60}(?:通过|批准).{0,4}现予(?:公布|发布|印发)|^现(?:予)?(?:公布|发布)《"
)
_MEETING = re.compile(r"第[一二三四五六七八九十百0-9]+次.*$|常务会议.*$")
_TERM = re.compile(r"第[一二三四五六七八九十百0-9]+届")


def _adoption(lines: list[_Line]) -> tuple[str | None, str | None] | None:
    """(date, adopting body) from an adoption note under a title: （2019年9月27日青海省第十三届
    人民代表大会常务委员会第十三次会议通过） → 2019-09-27, 青海省人民代表大会常务委员会; the note
    may wrap onto a second line (（2023年5月31日甘肃省第十四届人民代表大会 / 常务委员会第三次会议通过）)."""
    for i, line in enumerate(lines):
        compact = line.text.replace(" ", "")
        if compact[:1] in "（(" and not re.search(r"[）)]", compact) and i + 1 < len(lines):
            compact += lines[i + 1].text.replace(" ", "")  # a note wrapped over two lines
        match = _ADOPTED.match(compact) or _ADOPTED_BARE.match(compact)
        found = list(dates.find_all(match.group("body"))) if match else []
        if found:
            organ = _TERM.sub("", _MEETING.sub("", match.group("body")[found[0].end :]))
            return found[0].iso, (organ if _ORGAN.search(organ) else None)
    return None


# A law database's date alone in parentheses right under the title: (1984年7月4日).
_DATE_NOTE = re.compile(r"^[（(](?P<date>(?:19|20)\d\d年\d{1,2}月\d{1,2}日)[）)]$")


def _dated_title(lines: list[_Line]) -> tuple[str | None, None] | None:
    """(date, no body) from a date alone in parentheses under a title (the law database's date of
    the text, as an adoption note gives it without saying who adopted it)."""
    for line in lines:
        match = _DATE_NOTE.match(line.text.replace(" ", ""))
        if match:
            return dates.parse(match.group("date")), None
    return None


# A page's label before the title it prints (原标题:…的决议, a news site's; 标题：…).
_TITLE_LABEL = re.compile(r"^(?:原标题|标题|题目)\s*[：:]\s*")


def _adopted_prints(section: Section, context: Context, seen: set[str]) -> Iterator[Record]:
    """Decisions and laws printed one after another, each a title with its adoption note under
    it (济源市人民代表大会常务委员会 / 关于…的决定 / （2023年5月31日…会议通过）), as a people's
    congress prints what it adopted: each is a document, dated and issued by the note."""
    lines = _lines(section)
    heads = [
        i
        for i in range(1, len(lines))
        if _adoption(lines[i : i + 1])
        and seg.is_title_line(lines[i - 1].text)
        and docnumber.document_type(lines[i - 1].text)
    ]
    if not heads:
        yield from _flattened_prints(lines, context, seen)
        return
    for n, i in enumerate(heads):
        first = _title_top(lines, i - 1, frozenset())
        title = clean("".join(ln.text.replace(" ", "") for ln in lines[first:i]))
        title = _TITLE_LABEL.sub("", title)  # 原标题:…的决议, a news site's label
        if re.search(r"[：:]", title):
            yield _warn(
                context,
                lines[first].number,
                f"title at line {lines[first].number} holds a label ({title[:30]}): "
                "not read as a document",
            )
            continue
        if title_key(title) in seen:
            continue
        seen.add(title_key(title))
        date, organ = _adoption(lines[i : i + 1]) or (None, None)
        last = lines[heads[n + 1] - 1].number - 1 if n + 1 < len(heads) else section.end
        issuer = issuer_from_title(title) or organ
        yield DocumentRecord(
            source=context.span(lines[first].number, last),
            number=None,
            number_verbatim=None,
            issuer_code=None,
            year=None,
            seq=None,
            title=title,
            issuer=issuer,
            type=docnumber.document_type(title),
            date=date,
            effective=None,
            issuer_resolved=resolved_issuer(issuer),
        )


# A decision and its adoption note on one line, as a page flattened to one line prints them, parted
# by spaces where the lines broke: … 关于接受…职务的决定 (2021年8月2日…会议通过) 根据….
_FLATTENED = re.compile(
    r"(?:^|\s)(?P<title>[^\s《》。，,；;：:（）()]{0,30}关于[^\s。，,；;：:（）()]{2,80}?的(?:决定|决议))"
    r"\s*(?P<note>[（(](?:19|20)\d\d年[^（）()]{4,80}?(?:通过|批准)[)）])"
)


def _flattened_prints(lines: list[_Line], context: Context, seen: set[str]) -> Iterator[Record]:
    """Decisions printed with their adoption notes on a line flattened from a page (its spaces where
    the lines broke): each a document, dated and issued by its note."""
    for line in lines:
        for match in _FLATTENED.finditer(line.raw):
            title = clean(match.group("title"))
            if title_key(title) in seen or _procedural(title):
                continue
            seen.add(title_key(title))
            date, organ = _adoption([_Line(line.number, match.group("note"))]) or (None, None)
            issuer = issuer_from_title(title) or organ
            yield DocumentRecord(
                source=context.span(line.number),
                number=None,
                number_verbatim=None,
                issuer_code=None,
                year=None,
                seq=None,
                title=title,
                issuer=issuer,
                type=docnumber.document_type(title),
                date=date,
                effective=None,
                issuer_resolved=resolved_issuer(issuer),
            )


# An order's heading with its number in brackets on its line, within the term that numbers it:
# 中华人民共和国主席令(九届第37号), …令（第五号）.
_BRACKETED_ORDER = re.compile(
    rf"^(?P<code>[\u4e00-\u9fff]{{2,{docnumber.CODE_MAX - 6}}}?令)[（(]"
    r"(?:(?P<term>[一二三四五六七八九十]{1,3})届)?第(?P<seq>[0-9]{1,5}|[一二三四五六七八九十百零〇]{1,6})号[）)]$"
)


def _bracketed_order(
    lines: list[_Line], title: str | None
) -> tuple[docnumber.DocNumber | None, str] | None:
    """The number of the text an order publishes, from its heading with the number in brackets
    (中华人民共和国主席令(九届第37号)) when the line right under it is the promulgation note naming
    that text (《中华人民共和国国家通用语言文字法》已由…通过,现予公布): the order's number is the
    text's only where the note says so. (number, as written); a number within a term (九届: the
    sequence restarts with each term) keeps its term (中华人民共和国主席令（九届）第37号): the bare
    第37号 would be another term's order too."""
    if title is None:
        return None
    for i, line in enumerate(lines[:-1]):
        match = _BRACKETED_ORDER.match(line.text.replace(" ", ""))
        if match is None:
            continue
        named = seg.promulgation_note(lines[i + 1].text)
        if named is None or title_key(named) != title_key(title):
            return None
        written = line.text.replace(" ", "")
        seq = chinese_number(match.group("seq")) or 0
        number = docnumber.DocNumber(written, match.group("code"), None, seq, match.group("term"))
        return number, written
    return None


# ---------------------------------------------------------------- a numbered 公告

# An announcement's heading: the organ (a government, a standing committee, a congress's session),
# then 公告 (on the same line or the next: 安康市人民代表大会常务委员会 / 公 告); its number on the line
# below or after it in brackets, in Chinese or Arabic numerals, after the standing committee's term
# (（第四十三号）, [五届] 第三十三号, 第15号, …第一次会议公告(第8号)).
_NOTICE_HEAD = re.compile(
    rf"^(?P<organ>[\u4e00-\u9fff]{{2,{docnumber.CODE_MAX}}}?(?:人民政府|常务委员会|人大常委会"
    r"|人民代表大会第[一二三四五六七八九十]{1,3}次会议))公告(?P<number>[（(]第[^（）()]{1,8}号[）)])?$"
)
# A heading whose organ is no name: a site's spam number in its place (248365365公告).
_NAMELESS_HEAD = re.compile(r"^[0-9A-Za-z]{3,20}公告$")
_NOTICE_NUMBER = re.compile(
    r"^[（(]?(?:[〔\[［【](?P<term>[一二三四五六七八九十]{1,3})届[〕\]］】])?"
    r"第(?P<seq>[0-9０-９]{1,5}|[一二三四五六七八九十百零〇]{1,6})号[）)]?$"
)


@dataclass(frozen=True)
class _Notice:
    """An announcement (公告): its organ, its heading, its number, and the text it publishes."""

    organ: str | None  # (None: a heading that names none, 248365365公告)
    heading: str | None  # …第四次会议公告: the document's title when it publishes none
    number: docnumber.DocNumber | None  # (None where the graph cannot hold it)
    verbatim: str  # the number as written: 第二十二号
    head: int  # the index of the heading's first line
    index: int  # the number line's index
    title: str | None  # the title its note publishes (《…》已经…通过,现予公布)
    date: str | None  # the date under the note (and its signer)


def _notice(lines: list[_Line]) -> _Notice | None:
    """The announcement of a text a people's congress standing committee or a government
    publishes (GB/T 9704's 公告 with its number under the heading): the heading (organ and 公告,
    one line or two), its number, the note naming what it publishes, then the signer and the date.
    The number's issuer code is the heading (with the committee's term, 〔五届〕, where the number
    gives it: the sequence restarts with each term), its sequence in Arabic digits. A page that
    names the announcement in its title line before printing it (…公告(第二十二号) / … / …公告 /
    第二十二号 / note) gives it by the printed one, whose note says what it publishes."""
    found = list(_notices(lines))
    return next((n for n in found if n.title is not None), found[0] if found else None)


def _termed(heading: str, term: str | None) -> str:
    """The issuer code of an announcement numbered within a committee's term ([五届] 第三十三号),
    the term written into the committee's name as such codes are (四川省第十一届人民代表大会常务委员会
    公告): 安康市第五届人民代表大会常务委员会公告."""
    if not term:
        return heading
    for body in ("人民代表大会常务委员会", "人大常委会"):
        if body in heading and f"届{body}" not in heading:
            return heading.replace(body, f"第{term}届{body}", 1)
    return heading


def _notices(lines: list[_Line]) -> Iterator[_Notice]:
    for i, line in enumerate(lines[:40]):
        head, top = line.text.replace(" ", ""), i
        if head == "公告" and i > 0:
            head, top = lines[i - 1].text.replace(" ", "") + head, i - 1
        match = _NOTICE_HEAD.match(head)
        if match is None and _NAMELESS_HEAD.match(head):
            yield from _nameless(lines, i)
            continue
        if match is not None and match.group("number"):  # …会议公告(第8号): the number on its line
            i, written, head = i - 1, match.group("number"), head[: match.start("number")]
        elif match is not None and i + 1 < len(lines):
            written = lines[i + 1].text.replace(" ", "")
        else:
            continue
        seq = _NOTICE_NUMBER.match(written)
        if seq is None:
            continue
        code = _termed(head, seq.group("term"))
        verbatim = written.strip("（）()") if i < top else lines[i + 1].text.strip().strip("（）()")
        number: docnumber.DocNumber | None = docnumber.DocNumber(
            verbatim=verbatim,
            issuer_code=code,
            year=None,
            seq=chinese_number(seq.group("seq")) or 0,
        )
        if len(code) > docnumber.CODE_MAX:  # longer than any code the graph holds: as written
            number = None
        title = seg.promulgation_note(lines[i + 2].text) if i + 2 < len(lines) else None
        date = None
        for after in lines[i + 3 : i + 5]:
            text = after.text.replace(" ", "")
            if dates.is_date_line(text):
                date = dates.parse(text)
                break
            if not _is_organ(text):
                break
        organ = match.group("organ")
        if organ.endswith(("常务委员会", "人大常委会")):
            organ = _TERM.sub("", organ)  # the committee, not its term (a session keeps its name)
        yield _Notice(organ, head, number, verbatim, top, i + 1, title, date)


def _nameless(lines: list[_Line], top: int) -> Iterator[_Notice]:
    """An announcement whose heading names no organ (248365365公告: a site's spam number where the
    organ's name stood): read only when a number (第一号) stands over the note that says what it
    publishes, within the three lines under the heading (a page's posting line, the organ's line
    spammed as well, between them). Its number is kept as written: without the organ it has no
    issuer code, and the heading gives neither title nor issuer."""
    for i in range(top + 1, min(top + 4, len(lines) - 1)):
        seq = _NOTICE_NUMBER.match(lines[i].text.replace(" ", ""))
        title = seg.promulgation_note(lines[i + 1].text) if seq else None
        if title is not None:
            verbatim = lines[i].text.strip().strip("（）()")
            yield _Notice(None, None, None, verbatim, top, i, title, None)
            return


def _printed_spelling(lines: list[_Line], title: str | None) -> str | None:
    """A title as the text prints it under the note that names it, in its own spelling
    (…关于修改《…》等4件…的决定 for the note's …关于修改<…>等4件…的决定); the note's otherwise."""
    if title is None:
        return None
    wanted = title_key(title)
    for line in lines[:12]:
        text = line.text.replace(" ", "")
        if title_key(text) == wanted and seg.is_title_line(text):
            return clean(text)
    return title


def _web_copy(
    section: Section, context: Context, pieces: list[_Line] | None = None
) -> Iterator[Record]:
    """A single notice copied from a web page: a title at the top, portal metadata (文号：…) or
    none, a body, a signature. Free text that has no such shape (a news report) yields nothing.

    Besides a signature or a number, the shape of a document is one of: an adoption note under the
    title (（…会议通过）), the addressees (各乡镇人民政府,县级有关部门:), a decision's enacting formula
    (…第十七次会议决定,修改下列地方性法规:) or a promulgation note (《…》已经…通过,现予公布)."""
    head = web_head(section, pieces)
    lines = pieces or _lines(section)
    notice = _notice(lines)
    if notice is not None:
        # a 公告 that publishes a text: the document is that text (the gold of T-04, Y-07, C-06,
        # C-07), titled by the note, numbered by the 公告, whatever line the page's head took for
        # its title (the heading 安徽省人民代表大会常务委员会公告, a chapter 第三章…); one that
        # publishes none is the document itself, titled by its heading (…第四次会议公告 / 第四号)
        head = WebHead(
            head.meta if head else {},
            _printed_spelling(lines[notice.index + 2 :], notice.title) or notice.heading,
            notice.index + 1 if notice.title else notice.index,
            head.meta_lines if head else frozenset(),
            notice.head,
        )
    if head is None:
        return
    start = head.title_index + 1 if head.title_index is not None else 0
    start, organ_line = _after_head(lines, start, head)
    signature = (
        _signature(lines, start)
        or _closing_date(lines, start)
        or _dated_over_forwarded(lines, start, head.title)
    )
    if signature is None and head.title_first and _promulgated(lines[: head.title_first]):
        signature = _signature(lines[: head.title_first], 0)  # note, signer, date, then the title
    parsed = notice.number if notice is not None else head.number
    ordered = _bracketed_order(lines[: start + 4], head.title) if parsed is None else None
    if ordered is not None:
        parsed = ordered[0]
    adopted = _adoption(lines[start : start + 3]) or (
        _dated_title(lines[start : start + 1]) if head.title is not None else None
    )
    addressees, body_start = _addressees(lines, start)
    opening = lines[body_start].text.replace(" ", "") if body_start < len(lines) else ""
    shaped = (
        signature is not None
        or parsed is not None
        or adopted is not None
        or (head.title is not None and (bool(addressees) or bool(_ENACTING.match(opening))))
        or (head.title is not None and _promulgated(lines[start : start + 3]))
        or (notice is not None and notice.title is not None)  # (a 公告 whose number is lost)
        or (head.title is not None and _meta_issued(head.meta))
        or (head.title is not None and _closes_note(lines[start : start + 1]))
    )
    if not shaped:
        return
    warnings: list[Record] = list(
        _garbled_numbers(lines[(head.title_index or 0) + 1 : start], context)
    )
    # a 公告's date under its note and signer before the adoption note of the text it publishes
    # (…公告 / 第三十七号 / note / organ / 2001年12月26日 / (2001年10月17日…会议通过 …批准))
    date = _signed_date(signature, context, warnings) or (notice.date if notice else None)
    date = date or (adopted[0] if adopted else None)
    for name in ("成文日期", "发文日期", "发布日期"):
        date = date or _meta_date(head.meta.get(name))
    for name in ("公布日期",):
        date = date or _meta_date(head.meta.get(name))
    end = signature.after_body if signature and signature.index >= body_start else len(lines)
    body = lines[body_start:end]
    if notice is not None and notice.title is not None:
        body = [lines[notice.index + 1], *body]  # the note says when the text takes effect
    effective, expires = _effective(body, date, context, warnings)
    effective = effective or _meta_date(head.meta.get("施行日期"))
    issuer = (
        (signature.issuer if signature else None)
        or _meta_joint_issuers(
            head.meta
        )  # (发文部门: 贵州省财政厅 贵州省地方税务局 …: all of them)
        or (notice.organ if notice is not None else None)
        or issuer_from_title(head.title)  # the full name (海盐县人民政府办公室), before the
        or (adopted[1] if adopted else None)  # adopting body as the note writes it (省人大常委会),
        or _order_issuer(parsed)  # (盘锦市人民政府令第58号: 盘锦市人民政府)
        or _meta_issuer(head.meta)  # portal's short one (发布机构: 县政府办公室)
        or organ_line
    )
    top = head.title_first if head.title_first is not None else head.title_index
    first = lines[top or 0].number
    last = section.end
    if signature is not None and signature.date_line > first:
        last = signature.date_line
    elif signature is not None:
        first = lines[0].number  # the promulgation note and signature over the title
    yield DocumentRecord(
        source=context.span(first, last),
        number=parsed.normalized if parsed else None,
        number_verbatim=(
            parsed.verbatim
            if parsed
            else (notice.verbatim if notice else (ordered[1] if ordered else None))
        ),
        issuer_code=parsed.issuer_code if parsed else None,
        year=parsed.year if parsed else None,
        seq=parsed.seq if parsed else None,
        title=head.title,
        issuer=issuer,
        type=docnumber.document_type(head.title),
        printed=head.title is not None,
        date=date,
        effective=effective,
        expires=expires,
        addressees=addressees,
        attachments=_attachments(body),
        issuer_resolved=resolved_issuer(issuer),
    )
    yield from warnings


# The second line of an adoption note wrapped under the title, its first line garbled (202184日宿州市
# 第五届人民代表大会 / 常务委员会第三十一次会议通过), M-11: the note's close, the shape of an adopted
# decision, though its date cannot be read.
_NOTE_CLOSE = re.compile(r"^[^（()）。，,；;：:]{2,40}次(?:全体)?会议(?:审议)?(?:通过|批准)[）)]$")


def _closes_note(lines: list[_Line]) -> bool:
    return any(_NOTE_CLOSE.match(line.text.replace(" ", "")) for line in lines)


def _meta_issued(meta: dict[str, str]) -> bool:
    """A law database's metadata under the title naming who issued it and when (颁布单位:… /
    颁布日期:2001-6-3): the title is a document's."""
    dated = any(_meta_date(meta.get(name)) for name in ("成文日期", "发文日期", "公布日期"))
    return dated and bool(_meta_issuer(meta))


def unflattened(section: Section) -> list[_Line] | None:
    """The lines of a notice printed on a page flattened to one line, parted by spaces where its
    lines broke (南京市政府办公厅转发…的通知 各区县人民政府,市府各委办局,市各直属单位: 为… 二○○六年七月五日
    …): its title, then its addressees after a space (a line ending in ：); each piece a line (all
    on the flattened line's number), the text's other lines kept. None when no line of the first
    three opens so."""
    lines = _lines(section)
    for i, line in enumerate(lines[:3]):
        for parts in (line.raw.split(), _run_on(line.text)):
            if len(parts) < 3:
                continue
            title = _title_and_number(clean(parts[0]))[0]
            if not (_titled(title) and seg.is_title_line(title)):
                continue
            pieces = [_Line(line.number, part) for part in parts]
            if _addressees(pieces, 1)[0]:
                return lines[:i] + pieces + lines[i + 1 :]
    return None


# A page flattened with nothing where its lines broke, as a document-sharing site shows a file
# (文档介绍:龙府发〔2009〕23号成都市龙泉驿区人民政府关于…的通知各街道办事处、…区政府有关部门:为…): the
# number and title, run into the addressees (各…:), then the body.
_RUN_ON = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,6}[：:])?(?P<head>[^：:。；;]{6,120}?的(?:通知|决定|意见|批复|通报|函))"
    r"(?P<to>各[^：:。；;]{2,80}[：:])(?P<body>.+)$"
)


def _run_on(text: str) -> list[str]:
    """The pieces of a page flattened with nothing between its lines: [number and title,
    addressees, body]; [] when the line does not open so."""
    match = _RUN_ON.match(text.replace(" ", ""))
    return [match["head"], match["to"], match["body"]] if match else []


def _after_head(lines: list[_Line], start: int, head: WebHead) -> tuple[int, str | None]:
    """The first line after the title that is no metadata, no repeat of the title (whole or a
    line of it wrapped) and no line naming only the issuing organ (a law database prints title / organ / title / organ), and
    that organ."""
    title = key(head.title) if head.title else None
    organ = None
    while start < len(lines):
        text = lines[start].text
        if _is_organ(text):  # (_is_organ excludes the addressees' colon)
            organ = organ or text.replace(" ", "")
        elif _GARBLED_NUMBER.match(text.replace(" ", "")):
            pass  # 南兴府办函〔202058: a number the copy garbled, warned by the caller
        elif lines[start].number not in head.meta_lines and not (
            title and len(key(text)) >= 2 and key(_EDITION.sub("", text)) in title
        ):
            break  # (a line of the title printed again, wrapped: 关于印发…的 / 通 知, is passed)
        start += 1
    return start, organ


# A 发文字号 whose closing bracket and 号 a copy lost, the year run into the sequence
# (南兴府办函〔202058): it cannot be read safely (2020年58号 or 2020年5号 8…?).
_GARBLED_NUMBER = re.compile(r"^[\u4e00-\u9fff]{2,12}[〔\[【]\s*(?:19|20)\d{2}[0-9\s]{0,5}$")


def _garbled_numbers(lines: list[_Line], context: Context) -> Iterator[Record]:
    for line in lines:
        if _GARBLED_NUMBER.match(line.text.replace(" ", "")):
            yield _warn(
                context,
                line.number,
                f"发文字号 at line {line.number} is garbled ({line.text.strip()}): not read",
            )


def _closing_date(lines: list[_Line], start: int) -> _Signature | None:
    """A bare date that ends the text, after the body: the date signed, with no organ above it."""
    if len(lines) <= start + 1:
        return None
    last = lines[-1]
    text = last.text.replace(" ", "")
    if len(text) > 20 or not dates.is_date_line(text):
        return None
    return _Signature(len(lines) - 1, None, last.number, text)


def _promulgated(lines: list[_Line]) -> bool:
    return any(_PROMULGATION.search(line.text.replace(" ", "")) for line in lines)


def _order_note(lines: list[_Line]) -> tuple[str, str, int, str | None] | None:
    """(number, date as written, line, effective date as written or None) from an order's
    promulgation note at the head of a text: (2004年6月29日广西壮族自治区人民政府令第7号公布
    自公布之日起施行), (…令第332号公布 自2002年1月1日起施行)."""
    for line in lines:
        text = line.text.replace(" ", "")
        match = _ORDER_NOTE.match(text)
        if not match:
            continue
        body = match.group("body")
        found = next(dates.find_all(body), None)
        rest = _ORGAN_BEFORE_CODE.sub("", body[found.end :]) if found else ""
        number = docnumber.parse(rest) if found and found.start == 0 else None
        if found is not None and number is not None:
            effective = _NOTE_EFFECTIVE.match(text, match.end())
            return (
                number.verbatim,
                found.verbatim,
                line.number,
                effective.group("when") if effective else None,
            )
    return None


# The note's effective date after 公布: 自2002年1月1日起施行 (a date as written, not 自公布之日).
_NOTE_EFFECTIVE = re.compile(r"自(?P<when>(?:19|20)\d\d年\d{1,2}月\d{1,2}日)起施行[）)]$")


# ---------------------------------------------------------------- documents reported as issued

# 印发《…》, 下发了县委、县政府《…》 (the issuers after the verb); a copy may lose the closing 》 of a
# title that ends its sentence (…的实施意见。), which is then read up to the type word before 。.
_REPORTED = re.compile(
    r"(?:印发|出台|发布|公布|下发)了?(?P<organs>[^《》，。；,;：:]{0,24}?)"
    r"《(?P<title>[^《》]{2,80}?)(?:》|(?=[。；;]|$))"
)
# A title written without 《》 after the verb, its subject the issuer: 近日,国务院发布关于落实《政府
# 工作报告》重点工作部门分工的意见.
_REPORTED_BARE = re.compile(
    r"(?:印发|出台|发布|下发)了?(?P<title>关于(?:[^《》。，,；;：:]|《[^《》]{1,40}》){2,80}?"
    r"的(?:意见|通知|决定|办法|规定|方案|通告|公告))"
)
# The document issued as the subject of the report's sentence, published on a day: 国家发展改革委等部门
# 印发的《“十四五”公共服务规划》10日发布 · 国务院办公厅印发的《…规划》全文于周五(20日)公布; its
# issuer the organ that opens the clause (按照国务院印发的《…》 cites, and names no publication).
_ISSUED_AS_SUBJECT = re.compile(
    r"印发的《(?P<title>[^《》]{2,80})》(?:全文)?[^《》，。；,;：:“”]{0,12}?(?:发布|公布)"
)
# An organ and its partners left unnamed: 国家发展改革委等部门.
_AND_OTHERS = re.compile(r"等(?:部门|单位|机构|\d{1,2}部门|[一二三四五六七八九十]{1,2}部门)$")


def _joint_subject(before: str) -> str | None:
    """The clause's subject naming an organ and its unnamed partners (国家发展改革委等部门)."""
    clause = _CLAUSE_START.sub("", before).strip()
    lead = _AND_OTHERS.sub("", clause)
    return clause if lead != clause and _subject(lead) == lead else None


# A title the report says was adopted: 《吉林省人民政府关于…的决定》已经省政府第11次常务会议通过.
_PASSED_NOTE = re.compile(
    r"《(?P<title>[^《》]{4,80})》(?:已经|业经)[^。；;《》，,]{0,30}?会议(?:审议|讨论)?通过"
)
# The act named after the title: 以《…》(市政府令第161号 / 厦府〔2016〕278号文)的形式(予以)公布.
_REPORTED_AS = re.compile(
    r"以《(?P<title>[^《》]{2,80})》(?:[（(](?P<number>[^（）()]{4,30}?)(?:文件|文)?[）)])?"
    r"的形式(?:予以)?(?:公布|印发|发布|下发)"
)
_CLAUSE_START = re.compile(r".*[，。；：,;:\n]")
_WHEN = re.compile(
    r"^[△▲●◆■·•\s]*(?:近日|日前|近期|最近|今年|本月|(?:(?:19|20)\d{2}年)?(?:\d{1,2}月)?\d{1,2}日"
    r"|\d{1,2}月)?[，,]?"
)
# A clause that cites a document it names (按照…, 根据…) reports no act of issuing it.
# So does a clause that dates the report by an earlier issue: 自今年1月12日中组部、中编办下发《…》后.
_CITING = re.compile(
    r"^[\s△▲●]*(?:按照|根据|依据|依照|参照|遵照|贯彻|落实|对照"
    r"|自(?:今年|去年|上年|[0-9０-９]|[〇零一二三四五六七八九十]{2,4}年))"
)
_CLAUSE_OPEN = re.compile(r"[，。；：,;:！？]")
# The number given before the verb: 市政府以济政发〔2007〕24号文件印发《…》.
_NUMBER_BEFORE = re.compile(r"以(?P<number>[^以，。；,;]{4,30}?号)(?:文件|文)?$")
_REPORT_GAP = re.compile(r"[\s（(]*")


def _reported(section: Section, context: Context) -> Iterator[Record]:
    """A news report: ``市政府办公室近日印发《…》（温政办〔2023〕58号）`` is a document reported as
    issued (printed=False), its issuer the subject of the clause when that names an organ; and
    ``会议表决通过了《…条例》和《…条例》,表决通过关于修改《…》等三项…的决定`` reports laws and
    decisions adopted, their issuer the body whose session it is."""
    seen: set[str] = set()
    before = ""  # the report up to the current line, for the session named earlier
    calendar = _Calendar.of(section)
    records: list[DocumentRecord] = []
    lines = _lines(section)
    whole = "".join(line.text for line in lines)  # how the report names a session's body
    for line in lines:
        text = line.text
        calendar.read(text, chronicle=section.kind == seg.CHRONICLE)
        if "《" in line.raw or "通过" in text or "表决了" in text:
            voted = _promulgated_by_order(list(_adopted(text, before, whole)), text)
            found = [*_issued(text, line.raw), *voted]
            for start, title, issuer, parsed in sorted(found, key=lambda f: f[0]):
                if not _adopted_kind(title) or title_key(title) in seen:
                    continue  # a headline and its lead report the same document once
                seen.add(title_key(title))
                date = calendar.date(text[:start], chronicle=section.kind == seg.CHRONICLE)
                if date is None and any(f[0] == start for f in voted):
                    date = calendar.closing(issuer)  # voted at the closing meeting told
                records.append(_reported_record(context, line.number, title, issuer, parsed, date))
        before = (before + text)[-2000:]
    keys = [title_key(r.title) for r in records]
    for record, short in zip(records, keys, strict=True):
        if not any(_abridged(short, full) for full in keys):
            yield record


def _abridged(short: str, full: str) -> bool:
    """A headline's shorter form of a title the report gives in full: the full title with a few
    words left out (…成立三沙市人民代表大会筹备组的决定 for …成立三沙市第一届人民代表大会…),
    never a title of its own in a list (a 《》 or 、 in the words left out)."""
    if not 0 < len(full) - len(short) <= 4:
        return False
    rest, left_out = iter(full), []
    for ch in short:
        for other in rest:
            if other == ch:
                break
            left_out.append(other)
        else:
            return False
    left_out.extend(rest)
    return not any(c in "《》〈〉<>、" for c in left_out)


_PAGE_DATE = re.compile(r"((?:19|20)\d{2})\s*[-./年]\s*(\d{1,2})")
_DATELINE = re.compile(r"(\d{1,2})月(\d{1,2})日电")
_ENTRY_DAY = re.compile(
    r"^[\s(（]*(?:(\d{1,2})月)?(\d{1,2})日(?P<range>\s*[—\-－至~]\s*\d{1,2}日?)?"
)
_SIGNED_DAY = re.compile(r"(\d{1,2})日(?:[上下]午)?(?:签署|签发|印发|发布|公布|下发)[^。]*$")


@dataclass
class _Calendar:
    """When a report's documents were issued: a chronicle's month (济宁市人民政府2007年5月大事记) and
    the day of its entry (9日 …, △ … the same day); a news report's page date (时间:2008-01-24),
    its dateline (新华网北京1月23日电) and the day of the act (温家宝15日签署国务院令,公布《…》)."""

    year: int | None = None
    month: int | None = None
    dateline_day: int | None = None
    day: int | None = None
    published: tuple[int, int, int] | None = None  # the page's 发布日期 (year, month, day)
    # the days the report says a session closed (month, day, the session's words), and those of
    # the line read last
    closings: list[tuple[int, int, str]] = field(default_factory=list)
    closed_here: list[tuple[int, int, str]] = field(default_factory=list)

    @classmethod
    def of(cls, section: Section) -> _Calendar:
        heading = _PAGE_DATE.search(clean(section.title or "").replace(" ", ""))
        if heading is None or section.kind != seg.CHRONICLE:
            return cls()
        return cls(int(heading.group(1)), int(heading.group(2)))

    def read(self, text: str, chronicle: bool) -> None:
        if chronicle:
            entry = _ENTRY_DAY.match(text)
            if entry is not None:
                self.day = None if entry.group("range") else int(entry.group(2))
            return
        if self.year is None and (page := _PAGE_DATE.search(text)) is not None:
            self.year = int(page.group(1))
        if self.published is None and (on := _PUBLISHED_ON.search(text)) is not None:
            self.published = (int(on.group(1)), int(on.group(2)), int(on.group(3)))
        self.closed_here = [
            (int(c.group(1)), int(c.group(2)), c.group(0)) for c in _CLOSED_ON.finditer(text)
        ]
        self.closings.extend(self.closed_here)
        if self.dateline_day is None and (line := _DATELINE.search(text)) is not None:
            self.month, self.dateline_day = int(line.group(1)), int(line.group(2))

    def date(self, before: str, chronicle: bool) -> str | None:
        """The date of a document reported at the end of ``before`` (its line up to the title)."""
        if chronicle:
            return _valid_iso(self.year, self.month, self.day)
        sentence = re.split(r"[。！？]", before)[-1]
        signed = _SIGNED_DAY.search(sentence)
        if signed is None or self.month is None or self.dateline_day is None:
            return None
        day, month, year = int(signed.group(1)), self.month, self.year
        if day > self.dateline_day:  # the act before the dateline's month began
            month, year = (12, year - 1) if month == 1 and year else (month - 1, year)
        return _valid_iso(year, month, day)

    def closing(self, issuer: str | None) -> str | None:
        """The day a session closed (3月20日上午,…会议…胜利闭幕), in the year of the page's
        publication date (发布日期:2025-03-24) when that is a few weeks after it: the date of what
        the report says the closing meeting voted through. The closing is the voting body's: one
        told in the vote's own paragraph, or else the one closing the page told before it; none of
        another body (政协…会议 for a congress's vote), and none when two closings are told on two
        days and the vote's paragraph names neither (a 两会 round-up: the CPPCC closes first, the
        congress two days later). None without a closing or the publication date."""
        here = {(m, d) for m, d, body in self.closed_here if _same_body(body, issuer)}
        told = {(m, d) for m, d, body in self.closings if _same_body(body, issuer)}
        days = here or ({(m, d) for m, d, _ in self.closings} == told and told)
        if not days or len(days) != 1 or self.published is None:
            return None
        year, month, _ = self.published
        ((closed_month, closed_day),) = days
        if closed_month > month:  # closed in December, published in January
            year -= 1
        iso = _valid_iso(year, closed_month, closed_day)
        published = _valid_iso(*self.published)
        if iso is None or published is None:
            return None
        gap = (datetime.date.fromisoformat(published) - datetime.date.fromisoformat(iso)).days
        return iso if 0 <= gap <= 60 else None


# A page's publication date: 发布日期:2025-03-24, 发布时间:2017-03-27 01:48.
_PUBLISHED_ON = re.compile(
    r"(?:发布日期|发布时间|发表时间|发稿时间)\s*[:：]\s*((?:19|20)\d{2})\s*[-./年]\s*(\d{1,2})"
    r"\s*[-./月]\s*(\d{1,2})"
)
# The day a report says a session closed: 3月20日上午,为期3天的叶县第十六届人民代表大会第六次会议在…胜利
# 闭幕 (one sentence).
_CLOSED_ON = re.compile(
    r"(\d{1,2})月(\d{1,2})日(?:[上下]午|晚)?[^。！？；;]{0,60}?(?:人民代表大会|人大|会议)[^。！？；;]{0,30}?闭幕"
)


_CONSULTATIVE = re.compile(r"政协|政治协商")
_CONGRESS = re.compile(r"人民代表大会|人大")


def _same_body(closing: str, issuer: str | None) -> bool:
    """A closing (…政协安平县第十届委员会第三次会议…闭幕) that can be the session of the body that
    voted (安平县人民代表大会): not a consultative conference's for a congress's vote, nor the
    reverse."""
    if issuer is None:
        return True
    if _CONSULTATIVE.search(closing):
        return _CONSULTATIVE.search(issuer) is not None
    if _CONGRESS.search(closing):
        return _CONGRESS.search(issuer) is not None
    return True


def _valid_iso(year: int | None, month: int | None, day: int | None) -> str | None:
    if year is None or month is None or day is None:
        return None
    return dates.parse(f"{year}年{month}月{day}日")


_Found = tuple[int, str, "str | None", "docnumber.DocNumber | None"]


def _issued(text: str, raw: str = "") -> Iterator[_Found]:
    for match in _REPORTED.finditer(text):
        title = clean(match.group("title"))
        organs = match.group("organs")
        if organs and not _organ_list(organs):
            continue  # 印发了一批…《…》: not the issuers
        if not match.group(0).endswith("》") and not docnumber.document_type(title):
            continue  # an unclosed 《 that does not end with a type word: no title
        if _CITING.search(_CLAUSE_OPEN.split(text[: match.start()])[-1]):
            continue  # 按照国务院印发的《…》: cited, not issued in the text
        gap = _REPORT_GAP.match(text, match.end())
        parsed = docnumber.parse(_bracketed(text, gap.end() if gap else match.end()))
        before = text[: match.start()]
        ahead = _NUMBER_BEFORE.search(before)
        if ahead is not None:
            parsed = parsed or docnumber.parse(ahead.group("number"))
            before = before[: ahead.start()]
        subject = None if _organ_list(organs) else _as_written(_subject(before), raw)
        issuer = _organ_list(organs) or subject or issuer_from_title(title)
        if issuer is None and parsed is None:
            continue  # 潮州印发《…》: a title named with neither issuer nor number, a mention
        yield match.start(), title, issuer, parsed
    for match in _REPORTED_AS.finditer(text):
        title = clean(match.group("title"))
        parsed = docnumber.parse(match.group("number") or "")
        issuer = issuer_from_title(title)
        if issuer is not None or parsed is not None:
            yield match.start(), title, issuer, parsed
    for match in _PASSED_NOTE.finditer(text):
        title = clean(match.group("title"))
        issuer = issuer_from_title(title)
        if issuer is not None and not _CITING.search(_CLAUSE_OPEN.split(text[: match.start()])[-1]):
            yield match.start(), title, issuer, None
    for match in _ISSUED_AS_SUBJECT.finditer(text):
        before = text[: match.start()]
        if _CITING.search(_CLAUSE_OPEN.split(before)[-1]):
            continue
        issuer = _subject(before) or _joint_subject(before)
        if issuer is not None:
            yield match.start(), clean(match.group("title")), _as_written(issuer, raw), None
    for match in _REPORTED_BARE.finditer(text):
        before = text[: match.start()]
        if _CITING.search(_CLAUSE_OPEN.split(before)[-1]):
            continue
        title = clean(match.group("title"))
        issuer = _subject(before)
        if issuer is not None:
            yield match.start(), title, issuer, None


# What no issuer's name holds: a date, or a word that cites (根据…).
_NO_ORGAN = re.compile(r"[0-9０-９]|[〇零一二三四五六七八九十]{2,}年|根据|依据|按照|依照|参照")


def _organ_list(text: str) -> str | None:
    """Issuers named between the verb and the title (县委、县政府), when each names an organ."""
    if "的" in text:  # 2009出台的国务院《…》: a document issued before, only cited
        return None
    if _NO_ORGAN.search(text):  # 发布1998年1月4日根据市人民政府《…》修订发布: a history note
        return None
    parts = [p for p in re.split(r"[、和与及]", text.strip()) if p]
    return text.strip() if parts and all(_ORGAN.search(p) for p in parts) else None


# A vote of a people's congress or a meeting: 表决通过了《A》、《B》和《C》; 审议通过关于修改《…》…的决定;
# 会议经(过)表决,通过了无障碍环境建设法、对外关系法; 会议以举手表决的方式通过了…的决定 (大会以举手表决
# 的方式,一致通过了《…的决议》).
# A decision voted on (表决了) whose outcome the sentence states right after it is adopted too
# (表决了省人大常委会关于接受王儒林辞职请求的决定,决定接受王儒林辞去吉林省省长职务的请求, J-01);
# 表决了 alone (表决了人事任命名单) tells no outcome.
# The meeting's day or a comma may stand between 会议 and its vote: 此次會議在昨天通過了《關於召開…
# 的決定》 (https://m.secretchina.com/news/b5/2002/12/17/amp30482.html), 十三届全国人大常委会第二十四次
# 会议,通过了关于召开…的决定 (http://news.sdnews.com.cn/gn/202012/t20201226_2843871.html).
_VOTED = re.compile(
    r"(?:表决|审议|会议)(?:并|并表决)?通过了?|会议经过?表决[，,]通过了?"
    r"|会议(?:(?:在|于)?(?:昨天|今天|前天|昨日|今日|当天|当日|(?:\d{1,2}月)?\d{1,2}日)"
    r"(?:上午|下午|晚上)?[，,]?|[，,])通过了?"
    r"|以[^，,。；;《》]{0,10}表决的?方式[，,]?(?:一致|全票)?通过了?"
    r"|表决了(?=[^，,。；;《》关]{0,30}关于[^，,。；;]{2,120}的决定[，,]决定)"
)
# The list voted through ends with its clause; its items are parted by 、, by 和/及/以及/与 after a
# closed title, or not at all (《A》《B》).
_LIST_END = "，,。；;：:！？\n"
_AFTER_TITLE = re.compile(r"(?:和|及|以及|与)")
# An item: a 《title》, perhaps after a few words that qualify it (新修订的《…》), or a title written
# without 《》: (the organ) 关于…的决定, which may quote the title it approves (关于批准《…》的决定).
# The last may close the list with what kind of texts it named (还表决通过了《A》、《B》、《C》等法规,
# HA-02; 《A》等4件地方性法规): C is voted through as the others.
_QUOTED_ITEM = re.compile(
    r"^(?:[^《》]{0,6}的)?《(?P<title>[^《》]{2,80})》"
    r"(?:等(?:[\d一二两三四五六七八九十]{1,3}[部件项个])?(?:地方性|单行)?(?:法规|法律))?$"
)
# A law voted through written without 《》, perhaps after 修订后的 (自治区六堡茶发展条例、修订后的
# 自治区征兵工作条例): a regulation's type word ends it; (the reports it hears end otherwise).
_LAW_ITEM = re.compile(
    r"^(?:(?:新|经)?修[订改](?:后)?的)?(?P<title>(?:(?!关于)[^《》〈〉，,。；;、的]){4,40})$"
)
# (法: a law by its short name, 对外关系法)
_LAW_TYPES = ("条例", "规定", "办法", "细则", "规则", "法")
_BARE_TYPES = ("决定", "决议", "解释")  # what a session adopts (a 解释 of a law too; not reports)
# (up to 200 characters: 关于批准《A》、《B》…《F》的决定 names six texts in 126)
_BARE_ITEM = re.compile(r"^(?P<organ>[^《》关]{0,30}?)关于.{2,200}$")
# What a session passes that is no document of the graph: a draft (关于…的决定(草案)), which is only
# proposed, and its own work plan (…常委会2016年度工作要点); read outside the titles a title
# quotes (关于提请审议〈…条例修正案(草案)〉的决定 refers a draft: the decision is adopted). Its
# decisions on its own business are documents adopted in the text (devcorpus/README.md,
# "Decisions and resolutions adopted at a session"): 关于召开…会议的决定, 关于提请审议…的决定,
# 关于补选…的决定, its resolutions on the reports it heard (关于…工作报告的决议) and
# 关于批准《A》《B》的决定.
_PROCEDURAL = re.compile(
    r"[（(](?:草案|送审稿|审议稿|征求意见稿|修订草案|修改稿|修正草案[^（）()]{0,6})[）)]|草案$"
    r"|(?:人大常委会|常务委员会|人民代表大会)[^《〈关]{0,12}工作要点$"  # its own work plan
)
_QUOTED_INSIDE = re.compile(r"[《〈<][^《》〈〉<>]*[》〉>]")


def _procedural(title: str) -> bool:
    """A draft or the body's work plan (_PROCEDURAL), by the title's own words."""
    outer = title
    while (inner := _QUOTED_INSIDE.sub("", outer)) != outer:
        outer = inner
    return _PROCEDURAL.search(outer) is not None


def _adopted(text: str, before: str, whole: str = "") -> Iterator[_Found]:
    """Titles voted through: each item of the list right after the verb, a 《title》 or a title
    written without 《》 (关于…的决定); items that are no title (人事任免事项, 审查报告) are passed
    over."""
    for verb in _votes(text):
        if text.startswith("的", verb.end()):
            continue  # 审议通过的《政府工作报告》: a document adopted before, only cited
        issuer = _session_organ(before + text[: verb.end()], whole)
        for start, item in _list_items(text, verb.end()):
            title = _item_title(item)
            if _adopted_document(title):
                yield start, title, issuer_from_title(title) or issuer, None


def _adopted_document(title: str | None) -> bool:
    """A title voted through that is a document of the graph: not a report the session heard or
    adopted (…审议结果的报告, …工作报告(审议稿): the resolution approving it is the document), not
    a proposal (…提请任命…的议案) nor a draft (_PROCEDURAL). A decision on the session's own business
    (关于召开…会议的决定) and one approving several texts at once (关于批准《A》《B》的决定) are."""
    kind = _adopted_kind(title)
    return (
        title is not None
        and kind is not None
        and kind not in ("报告", "议案")
        and not _procedural(title)
    )


def _adopted_kind(title: str | None) -> str | None:
    """The type of a title reported as adopted or issued; a standing committee's interpretation
    of a law (全国人大常委会关于香港特别行政区基本法第一百零四条的解释), which the vocabulary of
    document types does not name, is one too."""
    kind = docnumber.document_type(title)
    if kind is None and title and "关于" in title and title.endswith("的解释"):
        return "解释"
    return kind


# A vote's sentence goes on with another list after a comma: 会议经表决,通过了…的解释,通过了网络安全法、
# 电影产业促进法、关于修改…的决定 (the verb alone, the session's vote still).
_VOTED_AGAIN = re.compile(r"[，,]通过了?")
# The next sentence may go on with the vote, its subject left out: 会议通过了《A》、《B》。通过了《C》;
_VOTED_NEXT = re.compile(r"[。；;]通过了?(?=[《关])")


def _votes(text: str) -> list[re.Match[str]]:
    """The verbs of a vote in ``text``: each _VOTED, each bare 通过 after a comma later in the
    same sentence, and a sentence opening with a bare 通过了《…》 after a vote on the line."""
    found = list(_VOTED.finditer(text))
    if found:
        found += [m for m in _VOTED_NEXT.finditer(text, found[0].end())]
    for vote in list(found):
        end = min(
            (i for i in (text.find(c, vote.end()) for c in "。；;") if i >= 0), default=len(text)
        )
        found += [m for m in _VOTED_AGAIN.finditer(text, vote.end(), end)]
    unique = {m.end(): m for m in found}  # (a vote's own verb after a comma found once)
    return sorted(unique.values(), key=lambda m: m.start())


# 国家主席习近平签署第20号主席令予以公布: the order that promulgates what the session adopted.
_PRESIDENTIAL_ORDER = re.compile(
    r"签署(?:了)?(?P<written>第(?P<seq>[0-9]{1,4}|[一二三四五六七八九十百]{1,6})号主席令)(?:予以)?公布"
)


def _promulgated_by_order(adopted: list[_Found], text: str) -> list[_Found]:
    """The adopted items, the one that a presidential order in the same sentence promulgates
    numbered by it (表决通过关于修改立法法的决定,国家主席习近平签署第20号主席令予以公布): only one
    order for one law or decision; 分别签署第6、7号主席令 names no order of one of them."""
    for order in _PRESIDENTIAL_ORDER.finditer(text):
        opened = max(text.rfind(c, 0, order.start()) for c in "。；;")
        items = [f for f in adopted if opened < f[0] < order.start()]
        if len(items) != 1 or _adopted_kind(items[0][1]) not in ("决定", "法"):
            continue
        number = docnumber.DocNumber(
            verbatim=order.group("written"),
            issuer_code="中华人民共和国主席令",
            year=None,
            seq=chinese_number(order.group("seq")) or 0,
        )
        start, title, issuer, _ = items[0]
        adopted = [(start, title, issuer, number) if f is items[0] else f for f in adopted]
    return adopted


def _list_items(text: str, position: int) -> Iterator[tuple[int, str]]:
    """(offset, item) of the list that starts at ``position`` and runs to the end of its clause."""
    depth, start, i = 0, position, position
    while i < len(text):
        ch = text[i]
        if ch in "《〈":
            if (
                depth == 0
                and i > start
                and text[i - 1] == "》"
                and not _open_decision(text[start:i])
            ):
                yield start, text[start:i]  # 《A》《B》, not 关于批准《A》《B》的决定
                start = i
            depth += 1
        elif ch in "》〉":
            depth = max(0, depth - 1)
            if depth == 0 and (joint := _AFTER_TITLE.match(text, i + 1)) is not None:
                yield start, text[start : i + 1]
                start = i = joint.end()
                continue
        elif (
            depth == 0
            and ch == "、"
            and not _open_decision(text[start:i])
            and not _open_bare(text[start:i])
        ):
            yield start, text[start:i]
            start = i + 1
        elif (
            depth == 0
            and ch in "和及"
            and text.startswith(("《", "关于"), i + 1)
            and _bare_ended(text[start:i])
        ):
            # 关于召开…会议的决定和《…》; two resolutions joined: 关于县人民法院工作报告的决议和关于
            # 县人民检察院工作报告的决议 (review10 P2)
            yield start, text[start:i]
            start = i + 1
        elif depth == 0 and ch in "，," and _comma_between_titles(text, start, i):
            yield start, text[start:i]  # 自治区精神卫生条例,修订后的自治区安全生产条例
            start = i + 1
        elif depth == 0 and ch in _LIST_END:
            break
        i += 1
    if i > start:
        yield start, text[start:i]


def _comma_between_titles(text: str, start: int, comma: int) -> bool:
    """A list of titles parted by commas, as some pages write it (会议表决通过了自治区精神卫生条例,
    修订后的自治区安全生产条例,关于修改…等七件地方性法规的决定,关于废止…条例的决定;): the comma
    goes on with the list only when the item before it and the words after it, to the next comma or
    sentence end, are both titles; any other words after a comma end the list, as before."""
    if _item_title(text[start:comma]) is None:
        return False
    end = next((j for j in range(comma + 1, len(text)) if text[j] in _LIST_END), len(text))
    after = text[comma + 1 : end]
    if not after.lstrip().startswith("关于") and _VERB_AFTER_COMMA.search(after):
        return False  # …的决定,表决批准了南宁市…条例: a new clause, another act
    title = _item_title(after)
    # (a law, or a 决定 or 决议 written without 《》: …请求的决定,关于…选举时间的决定,关于开展…的决议)
    return title is not None and (
        docnumber.document_type(title) in _LAW_TYPES or _adopted_kind(title) in ("决定", "决议")
    )


_VERB_AFTER_COMMA = re.compile(r"了|表决|批准|通过|审议|听取|会议")


def _bare_ended(item: str) -> bool:
    """A title written without 《》 that has reached its type word: 关于召开…会议的决定."""
    return "关于" in item and "《" not in item.split("关于", 1)[0] and item.endswith(_BARE_TYPES)


def _open_bare(item: str) -> bool:
    """A title written without 《》 that has opened with 关于 and not reached a type word yet:
    关于确认…接受陈吉宁、陈豪辞去…职务的请求的决定 names two persons in one title."""
    head = item.split("《", 1)[0]
    return "关于" in head and docnumber.document_type(_AND_MATTERS.sub("", item)) is None


def _open_decision(item: str) -> bool:
    """An item that opened a title written without 《》 and has not reached its type word yet:
    关于修改《A》、《B》…的决定 lists the titles it concerns."""
    return "关于" in item.split("《", 1)[0] and item.rstrip().endswith("》")


# A decision named first among the personnel matters voted: 关于接受…请求的决定等有关人事任免事项;
# or first of what a meeting passed: 审议通过关于召开区政协十六届六次会议的决定等。
_AND_MATTERS = re.compile(r"(?<=的决定)等(?:(?:有关|其他)?人事任免事项)?$")


def _item_title(item: str) -> str | None:
    item = _AND_MATTERS.sub("", item.strip())
    quoted = _QUOTED_ITEM.match(item)
    if quoted is not None:
        return clean(quoted.group("title"))
    law = _LAW_ITEM.match(item)
    if law is not None and docnumber.document_type(law.group("title")) in _LAW_TYPES:
        return clean(law.group("title"))
    bare = _BARE_ITEM.match(item)
    if bare is not None and (
        not bare.group("organ")
        or _ORGAN.search(bare.group("organ"))
        or _SESSION_HEAD.fullmatch(bare.group("organ"))  # …第六次会议关于…的决议
        or _SESSION_SHORT.fullmatch(bare.group("organ"))  # 十三届全国人大四次会议关于…的决议
    ):
        title = clean(item)
        if _COUNTED.search(title):
            return None  # …、关于最高人民检察院工作报告的6个决议: a count of the list, no title
        return title if _adopted_kind(title) in _BARE_TYPES and title[-1] != "》" else None
    return None


# A list voted through that closes with its count and kind (通过了…关于政府工作报告、…、关于最高人民
# 检察院工作报告的6个决议, review10 P1): the type word counts the items, it ends no one title.
_COUNTED = re.compile(r"[0-9０-９一二两三四五六七八九十]{1,3}[个项件部份](?:决定|决议|解释)$")


# A session: 省十三届人大常委会第十一次会议, 广东省十届人大常委会第二十九次会议, 第十二届全国人民
# 代表大会第三次会议 (the term before the place), 省十三届人大常委会举行第二十四次会议.
_SESSION = re.compile(
    r"(?:第?[一二三四五六七八九十百0-9]{1,3}届)?"
    r"(?P<place>全国|(?:(?!的)[\u4e00-\u9fff]){0,8}?(?:省|自治区|市|自治州|州|县|区|旗))?"
    r"(?P<term>第?[一二三四五六七八九十百0-9]{1,3}届)?"
    r"(?P<organ>人大常委会|人民代表大会常务委员会|人民代表大会|人民政府)"
    r"(?:举行|召开)?第[一二三四五六七八九十百0-9]{1,4}次(?:全体)?会议"
)


# A session named as the object of the report's acts is not the one reported: 提请…第五次会议审议,
# 关于召开…第五次会议的决定, 关于…第五次会议列席人员的决定.
_OBJECT_SESSION = re.compile(r"(?:提请|提交|召开|关于|列席|出席|决定)$")
# Words that end the clause before a place (…草案提请自治区…): the place is what follows them.
_BEFORE_PLACE = re.compile(r".*(?:提请|提交|关于|召开|举行|通过|审议|决定|草案|[的了在和及与])")


# A session the report says will be held: …第一次会议将于2018年1月25日在广州召开.
_TO_CONVENE = re.compile(r"将于[^。；;，,]{1,30}(?:召开|举行)")


def _session_organ(before: str, whole: str = "") -> str | None:
    """The body whose session the report is about, as the text names it without the session
    (devcorpus/README.md, "Decisions and resolutions adopted at a session": the issuer is the
    adopting body as the text names it, without the session number), so always words of the text,
    in its script (江蘇省九屆人大常委會 of 江蘇省九屆人大常委會第三十三次會議, not 江苏省人大常委会):
    - the term written between the place and the body is dropped where the report (``whole``)
      names the body without it too (省十二届人大常委会第…次会议 with 省人大常委会主任…: 省人大常委会,
      M-05, N-05, N-06, U-12, K-10, F-11, J-03, U-04, A-48, H-02, H-11), and kept where the
      report names it only so (云南省十四屆人大常委會, K-08; H-09, HA-02, HA-28);
    - a term written before the place is dropped (十二届全国人大常委会第二十四次会议 → 全国人大常委会,
      C-10, Y-04, Y-10).
    The canonical name, term dropped, is the resolver's (kg.resolve.agencies)."""
    sessions = [
        s for s in _SESSION.finditer(before)
        if not _OBJECT_SESSION.search(before[: s.start()] + _place_head(s))
        and not before.startswith("精神", s.end())  # 传达学习了…会议精神: another body's session
        and not before.startswith("备案", s.end())  # 报…第三次会议备案: the session it reports to
        and not _TO_CONVENE.match(before, s.end())  # 决定…第一次会议将于…召开: one to come
    ]  # fmt: skip
    if not sessions:
        return None
    last = sessions[-1]
    place = _BEFORE_PLACE.sub("", last.group("place") or "")
    bare = place + last.group("organ")
    # (named without the term: not as a part of its standing committee's name, 叶县人民代表大会
    # of 关于叶县人民代表大会常务委员会工作报告的决议, HB-36)
    named = re.search(re.escape(bare) + "(?!常务委员会|常委会)", whole.replace(" ", ""))
    if not place or not last.group("term") or named:
        return bare
    return place + last.group("term") + last.group("organ")


def _place_head(session: re.Match[str]) -> str:
    """The words of a session's place group that stand before the place (…草案提请 of …草案提请自治区)."""
    place = session.group("place") or ""
    stripped = _BEFORE_PLACE.sub("", place)
    return place[: len(place) - len(stripped)]


def _reported_record(
    context: Context,
    line: int,
    title: str,
    issuer: str | None,
    parsed: docnumber.DocNumber | None,
    date: str | None = None,
) -> DocumentRecord:
    return DocumentRecord(
        source=context.span(line),
        number=parsed.normalized if parsed else None,
        number_verbatim=parsed.verbatim if parsed else None,
        issuer_code=parsed.issuer_code if parsed else None,
        year=parsed.year if parsed else None,
        seq=parsed.seq if parsed else None,
        title=title,
        issuer=issuer,
        type=docnumber.document_type(title),
        date=date,
        effective=None,
        printed=False,
        issuer_resolved=resolved_issuer(issuer),
    )


def _bracketed(text: str, start: int) -> str:
    """The text from ``start`` up to the closing bracket (the number after a 《title》)."""
    end = min((i for i in (text.find("）", start), text.find(")", start)) if i >= 0),
              default=start)  # fmt: skip
    return text[start:end]


def _subject(before: str) -> str | None:
    """The organ that opens the clause before the verb: 近日，市政府办公室 → 市政府办公室; 国家林草局、
    国家发展改革委近日联合 → 国家林草局、国家发展改革委; 广州市 (a place, its government)."""
    clause = _CLAUSE_START.sub("", before)
    clause = _WHEN.sub("", clause).strip()
    clause = _AT_THE_END.sub("", clause)
    if _NO_ORGAN.search(clause):
        return None  # a date the clause still holds is no part of an organ's name
    if _PLACE_SUBJECT.fullmatch(clause):
        return clause  # 广州市发布《…》: the government named by its place
    return clause if 2 <= len(clause) <= 30 and _ORGAN.search(clause) else None


# A portal's category label before a heading's issuers (“党政混合信息公开” 中共静安区委办公室 …): a
# quotation, no organ.
_LABEL = re.compile(r"[“\"「『][^“”\"「」『』]*[”\"」』]")
_QUOTE_MARK = re.compile(r"[“”\"「」『』]")


def _as_written(subject: str | None, raw: str) -> str | None:
    """The subject as the line writes it. Cleaning joins words parted by spaces; a heading that
    parts its issuers so (中共静安区委办公室 静安区人民政府办公室印发《…》) names joint issuers, given as
    中共静安区委办公室、静安区人民政府办公室, a quoted label before them left out. A subject whose
    parts are not each an organ, or that holds a quotation mark, is none (precision first)."""
    if not subject:
        return None
    written = re.search(r"\s*".join(re.escape(c) for c in subject), raw)
    if written is None or not re.search(r"\s", written.group(0)):
        return None if _QUOTE_MARK.search(subject) else subject
    parts = [p for p in written.group(0).split() if not _LABEL.fullmatch(p)]
    if parts and all(_ORGAN.search(p) and not _QUOTE_MARK.search(p) for p in parts):
        return "、".join(parts)
    return None


# Words of time and manner between the subject and the verb: 近日联合, 昨天(1日).
_AT_THE_END = re.compile(
    r"(?:(?:近日|日前|近期|正式|联合|昨天|今天|昨日|今日)(?:[（(]\d{1,2}日[）)])?)+$"
)
# A government named by its place alone (not 全市, 本省 or 各区).
_PLACE_SUBJECT = re.compile(r"(?![全本我各该])[\u4e00-\u9fff]{1,8}(?:省|自治区|市|自治州|县|区)")
