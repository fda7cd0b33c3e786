"""Events: the chronicle (政府记事) and news briefs (政务简讯) — who attended what, on which day.

Chronicle grammar: a day heading (``5日``) followed by entries, each usually opened by ``△``:
``△ 市长张振丰，常务副市长杨胜杰，市委常委、副市长李无文，副市长王彩莲、王振勇参加……会议。``
Participants are role-name groups: a role (an optional organ prefix + a title from
kg/data/official_titles.tsv; compound roles joined by 、 as in 市委常委、副市长) followed by names
joined by 、. The verb after the last name says how they took part (参加, 出席, 列席, 主持, 会见…); an
entry can hold a second clause (``…参加市委常委会会议，副市长陈宽列席。``). Entries may wrap onto the
next line and may lack the △. A month heading alone on its line (``3月``) gives the month of the
days below it. Entries numbered under a day heading may name the official before the title, as a
city gazette's chronicle does (``1日`` / ``5、毕国臣副市长协调神州硅业扩能项目落地支持事宜;主持召开…
会议。``): one event per activity (parted by ; or 。), read only when the name has a person's shape
and a title follows it (_name_first).

News brief grammar: a short title line, then paragraphs; the date is the first ``N月N日`` of the body;
participants are role-name groups before a speech verb (强调, 要求, 指出, 主持, 讲话, 出席…).

A dated item whose year is not told, titled by a meeting whose name gives its year (县十八届政府2025年
党组会议和第21次常务会议, 行署2008年第一次常务会议), is dated in that year (_dated_by_name).

An event stated twice in a row is one event (_same_event): a photo caption repeating the lead, or
captions over the report that name the same session without its place (省十一届人大常委会第十一次会议
7日召开。 over 黑龙江省十一届人大常委会第十一次会议7日上午结束), the same day; a caption saying the
session held its closing or opening sitting (…第二次会议在北京人民大会堂举行闭幕会) names the session.

A visit's title is what the visitors came to do (_visit): 到岳阳市调研; a group opened by its head
keeps its name (以…为组长的省政府城市社区卫生工作督查组来连检查 → 省政府城市社区卫生工作督查组来连检查)
unless an escort comes between (…调查组在省政协副主席吴冬华陪同下来同里镇视察 → 来同里镇视察).

An item whose every participant holds no office of government — a company's officers (but for
the government's own, 省…公司), former office holders (台湾中华映管董事长林镇源考察吴江,
原北京大学副校长周尔鎏来吴江市考察: 原 + an organisation or a title, not the 原 of 原平市, 原阳县,
原州区) — is no event; a warning names them (_in_office).

A day without its year on a page posted up to four months after it is dated in the year before
the page's date (or its year) when the text names that year and not the page's (10月31日 … 審議
《…2022年…實施方案》 on a page of 2023-01-14: _dated_by_page).

Typos of the original are kept as written; ``name_resolved`` points at the person meant when the
same text names them elsewhere (``章月影许参加`` → 章月影) and a warning records the repair.
"""

from __future__ import annotations

import dataclasses
import datetime
import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from kg import segment as seg
from kg.extract import event_items as ei
from kg.extract.context import Context, page_date, page_date_from_address, page_date_line
from kg.extract.names import division_at, organisation_strength
from kg.records import EventRecord, ExtractionWarning, Participant, Record
from kg.segment import Section
from kg.tables import read_tsv
from kg.text.normalize import chinese_number, clean

_ORGANS = (
    "省委|市委|县委|区委|州委|市政府党组|市政府|省政府|市人大常委会|省人大常委会|市政协|省政协|党组"
)
_CHRONICLE_VERBS = "参加|出席|列席|主持|会见|陪同|调研|检查|视察|考察|慰问|接待|看望|召开|率队"
_BRIEF_VERBS = "强调|要求|指出|主持|讲话|出席|参加|致辞|表示|部署|宣布|率队|代表|检查|调研"
_NAME = r"[\u4e00-\u9fff]{2,4}"
_DAY = re.compile(r"^(\d{1,2}|[一二三四五六七八九十]{1,3})日$")
_MONTH = re.compile(r"(\d{1,2})月份")
_DATE_IN_TEXT = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日")


@functools.cache
def _role_pattern() -> re.Pattern[str]:
    titles = sorted(
        (row["title"] for row in read_tsv("official_titles.tsv")), key=len, reverse=True
    )
    title = "|".join(map(re.escape, titles))
    organ = rf"(?:{_ORGANS}|[\u4e00-\u9fff]{{2,14}}?(?:委员会|领导小组|指挥部))"
    one = rf"(?:{organ}?(?:{title}))"
    # Compound roles (市委常委、副市长) are roles joined by 、; the typo 副市 (for 副市长) is accepted.
    return re.compile(
        rf"(?:{one}、)*(?:{one}|副市(?=[\u4e00-\u9fff]{{2,3}}(?:[、，,]|{_CHRONICLE_VERBS})))"
    )


def extract(section: Section, context: Context) -> Iterator[Record]:
    """Chronicles laid out as day headings with △ entries and gazette briefs under title lines
    (the grammars below); dated items and news reports anywhere (kg/extract/event_items.py)."""
    if section.kind == seg.CHRONICLE and _day_headed(section):
        yield from _chronicle(section, context)
        return
    if section.kind == seg.BRIEFS:
        briefs = list(_briefs(section, context))
        if any(isinstance(r, EventRecord) and r.participants for r in briefs):
            yield from briefs  # a gazette's 政务简讯: title lines over paragraphs
            return
        found = list(_items(section, context))
        yield from found if any(isinstance(r, EventRecord) for r in found) else briefs
        return
    yield from _items(section, context)


def _day_headed(section: Section) -> bool:
    """A chronicle whose days are headings of their own (``5日`` on a line, entries under it)."""
    return any(_DAY.match(clean(t).replace(" ", "")) for _, t in section.numbered_lines())


# --------------------------------------------------------------------------------- participants


def parse_participants(text: str, verbs: str) -> tuple[list[Participant], int]:
    """Role-name groups at the start of ``text`` up to a verb; (participants, end offset).

    Returns ([], 0) when ``text`` does not open with a role.
    """
    role_re = _role_pattern()
    participants: list[Participant] = []
    position = 0
    verb_re = re.compile(rf"(?:{verbs})")
    while True:
        role = role_re.match(text, position)
        if role is None:
            break
        position = role.end()
        names_end = _names_end(text, position, role_re, verb_re)
        names = [n for n in re.split(r"[、，,]", text[position:names_end]) if n]
        if not names:
            break
        participants += [Participant(name=n, role=role.group(0)) for n in names]
        position = names_end
        if position < len(text) and text[position] in "、，,":
            position += 1
            continue
        break
    if not participants:
        return [], 0
    verb = verb_re.match(text, position)
    attendance = verb.group(0) if verb else None
    for participant in participants:
        participant.attendance = attendance
    return participants, position


def _names_end(text: str, start: int, role_re: re.Pattern[str], verb_re: re.Pattern[str]) -> int:
    """Where the names after a role end: at a verb, or before the next role."""
    position = start
    while position < len(text):
        if verb_re.match(text, position) and position > start:
            return position
        if text[position] in "、，," and role_re.match(text, position + 1):
            return position
        if text[position] in "。；;":
            return position
        position += 1
    return position


# --------------------------------------------------------------------------------- chronicle


def _chronicle_entries(section: Section) -> Iterator[tuple[int, int, str, int | None, int | None]]:
    """(first line, last line, entry text, day, month) for each chronicle entry: the month of a
    month heading above it (``3月`` alone on its line), else None."""
    day: int | None = None
    month: int | None = None
    current: list[tuple[int, str]] = []
    for number, raw in section.numbered_lines():
        text = clean(raw)
        if number == section.start:
            continue
        compact = text.replace(" ", "")
        heading = _DAY.match(compact)
        if heading:
            yield from _flush(current, day, month)
            current, day = [], chinese_number(heading.group(1))
            continue
        month_heading = _MONTH_HEADING.match(compact)
        if month_heading:
            yield from _flush(current, day, month)
            current, day, month = [], None, chinese_number(month_heading.group(1))
            continue
        starts_entry = (
            text.startswith(("△", "▲", "●"))
            or (
                _role_pattern().match(text) is not None
                and (not current or current[-1][1].endswith("。"))
            )
            or (day is not None and _NUMBERED.match(text) is not None)
        )
        if starts_entry:
            yield from _flush(current, day, month)
            current = []
        current.append((number, text))
    yield from _flush(current, day, month)


# A month heading alone on its line (3月), and an entry's number under a day heading (1、).
_MONTH_HEADING = re.compile(r"^(\d{1,2}|十[一二]?|[一二三四五六七八九])月$")
_NUMBERED = re.compile(r"^\d{1,2}\s*[、.．](?!\d)\s*")


def _flush(
    lines: list[tuple[int, str]], day: int | None, month: int | None
) -> Iterator[tuple[int, int, str, int | None, int | None]]:
    if lines:
        text = "".join(t for _, t in lines).lstrip("△▲● ").strip()
        yield lines[0][0], lines[-1][0], text, day, month


def _section_month(section: Section) -> int | None:
    match = _MONTH.search(section.title or "")
    return int(match.group(1)) if match else None


def _chronicle(section: Section, context: Context) -> Iterator[Record]:
    entries = list(_chronicle_entries(section))
    for index, (start, end, text, day, heading_month) in enumerate(entries):
        month = heading_month or _section_month(section)
        participants, offset = parse_participants(text, _CHRONICLE_VERBS)
        if not participants:
            cut = index == len(entries) - 1  # the text may be cut off in its last entry
            named = list(_name_first(context, (start, end), text, (month, day), cut))
            yield from named or [
                ExtractionWarning(
                    context.span(start, end),
                    genre="events",
                    message=f"chronicle entry without a recognisable participant: {text[:40]}",
                )
            ]
            continue
        title, extra = _attended(text[offset:])
        participants += extra
        yield EventRecord(
            context.span(start, end),
            genre="chronicle",
            date=_iso(context.year, month, day),
            title=title,
            participants=participants,
            date_from="page" if context.year and month else None,
        )


# What may open an activity before its verb: the instruction it follows (按照财政部92号文件要求,).
_LEAD_IN_CLAUSE = re.compile(r"^(?:按照|根据|依照|遵照)[^，,。；;]{1,40}[，,]\s*")


def _name_first(
    context: Context,
    lines: tuple[int, int],
    text: str,
    when: tuple[int | None, int | None],
    last: bool,
) -> Iterator[EventRecord]:
    """A numbered entry under a day heading opened by an official named before the title
    (1、冯玉臻市长参加…。, 5、毕国臣副市长协调…事宜;主持召开…会议。: HB-13): one event per
    activity, the activities parted by ; or 。, each titled by its clause. The name must have a
    person's shape (a listed surname, one or two characters more: kg/extract/event_items.py) and a
    title of kg/data/official_titles.tsv follow it; a last clause the text cuts off (…中冶集团就) is
    not read when the entry is the section's last."""
    numbered = _NUMBERED.match(text)
    if numbered is None:
        return
    found = _official_first(text, numbered.end())
    if found is None:
        return
    name, role, rest = found
    month, day = when
    clauses = [c for c in re.split("([；;。！!])", rest)]
    activities = [
        (clauses[i], i + 1 < len(clauses)) for i in range(0, len(clauses), 2) if clauses[i].strip()
    ]
    for clause, closed in activities:
        if last and not closed:
            continue  # …与中国航天科技集团、国新控股、中冶集团就: cut off
        title = _LEAD_IN_CLAUSE.sub("", clause.strip())
        if len(title) < 4:
            continue
        yield EventRecord(
            context.span(*lines),
            genre="chronicle",
            date=_iso(context.year, month, day) if day else None,
            title=title,
            participants=[Participant(name=name, role=role, attendance=ei.verb_at(title))],
            date_from="page" if context.year and month and day else None,
            month_day=f"--{month:02d}-{day:02d}" if not context.year and month and day else None,
        )


def _official_first(text: str, start: int) -> tuple[str, str, str] | None:
    """(name, title, the words after them) of an official named before the title at ``start``
    (冯玉臻市长, 罗青副市长), or None: the name has a person's shape (ei.person_shaped) and the
    title follows it directly, then the activity's words."""
    for size in (2, 3, 4):
        name = text[start : start + size]
        if not ei.person_shaped(name, before_title=True):
            continue
        role = _role_pattern().match(text, start + size)
        if role and role.end() < len(text) and text[role.end()] not in "、，,。；;":
            return name, role.group(0), text[role.end() :]
    return None


def _attended(rest: str) -> tuple[str, list[Participant]]:
    """What was attended, and the participants of a trailing clause (…，副市长陈宽列席。)."""
    rest = re.sub(rf"^(?:{_CHRONICLE_VERBS})", "", rest).rstrip("。")
    extra: list[Participant] = []
    for match in re.finditer("[，,]", rest):
        more, offset = parse_participants(rest[match.end() :], _CHRONICLE_VERBS)
        if (
            more
            and offset
            and rest[match.end() + offset :].strip("。")
            in ("", *(p.attendance or "" for p in more))
        ):
            extra = more
            rest = rest[: match.start()]
            break
    return rest, extra


def _iso(year: int | None, month: int | None, day: int | None) -> str | None:
    if year is None or month is None:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


# --------------------------------------------------------------------------------- briefs


def _brief_blocks(section: Section) -> Iterator[list[tuple[int, str]]]:
    """Blocks opened by a title line: short, no final full stop, followed by a paragraph."""
    block: list[tuple[int, str]] = []
    lines = [(n, clean(t)) for n, t in section.numbered_lines() if n != section.start]
    for index, (number, text) in enumerate(lines):
        following = lines[index + 1][1] if index + 1 < len(lines) else ""
        is_title = (
            len(text) <= 40
            and not re.search("[。，,：:；]", text)
            and len(following) > len(text)
            and _role_pattern().match(text) is None
        )
        if is_title and block and block[-1][1].endswith("。"):
            yield block
            block = []
        block.append((number, text))
    if block:
        yield block


def _briefs(section: Section, context: Context) -> Iterator[Record]:
    for block in _brief_blocks(section):
        title_line, title = block[0]
        body = [(n, t) for n, t in block[1:]]
        if not body:
            yield ExtractionWarning(
                context.span(title_line),
                genre="events",
                message=f"news brief title without a body: {title}",
            )
            continue
        text = "".join(t for _, t in body)
        date = _DATE_IN_TEXT.search(text)
        iso = None
        if date:
            year = int(date.group(1)) if date.group(1) else context.year
            iso = _iso(year, int(date.group(2)), int(date.group(3)))
        participants = _brief_participants(body)
        if not participants:  # an event is who took part: a brief that names no one is none
            yield ExtractionWarning(
                context.span(title_line, block[-1][0]),
                genre="events",
                message=f"news brief without a recognisable participant: {title[:40]}",
            )
            continue
        yield EventRecord(
            context.span(title_line, block[-1][0]),
            genre="brief",
            date=iso,
            title=title.replace(" ", ""),
            participants=participants,
            date_from=("entry" if date.group(1) else "page") if iso else None,
        )


def _brief_participants(body: list[tuple[int, str]]) -> list[Participant]:
    """Officials named with their role before a speech verb, once per (name, role)."""
    found: dict[str, Participant] = {}
    role_re = _role_pattern()
    for _, text in body:
        for match in re.finditer(rf"(?:^|[。，；、“])(?=(?:{role_re.pattern}){_NAME})", text):
            start = match.end()
            participants, _ = parse_participants(text[start:], _BRIEF_VERBS)
            for participant in participants:
                if participant.attendance:
                    found.setdefault(participant.name, participant)
    return list(found.values())


# --------------------------------------------------------------------------------- dated items


def _items(section: Section, context: Context) -> Iterator[Record]:
    """One event per dated item that names someone taking part (kg/extract/event_items.py)."""
    joined = ei.join_lines(section)
    page_line = page_date_line(context.source)  # the page's date line opens no item
    found = [i for i in ei.items(joined) if joined.lines[i.start] != page_line]
    if not found:
        return
    text = joined.text
    known = {
        text[m.name_start : m.end]
        for m in ei.find_members(text, set())
        if m.role and m.start < m.name_start
    }
    page = page_date(context.source)
    # Entries of a day alone (1日…, 6—9日…), several: a chronicle's, of a month its page does not
    # name. The month an address says the page was posted in is no month of theirs (a yearbook's
    # 大事记 posted …/2020-02-10/…: 2017's entries); a date line's is read as before.
    days_alone = [i for i in found if _day_alone(i, text)]
    undated_days = len(days_alone) > 1 and page_date_from_address(context.source)
    heading = ei.Heading()
    item_starts = {item.start for item in found}
    lines = [(p, t) for p, t in joined.line_texts if p not in item_starts and p < found[-1].start]
    steps = sorted([(p, 0, t, None) for p, t in lines] + [(i.start, 1, "", i) for i in found])
    # Lines where two columns' entries run together (ei.welded_line): no event is read from an
    # item over one, its words being another entry's as much as its own.
    welded = {joined.lines[p]: w for p, t in joined.line_texts if (w := ei.welded_line(t))}
    previous: _Dating | None = None
    previous_item: ei.Item | None = None
    held: Record | None = None
    held_bullet = False
    for _, _, line, item in steps:
        if item is None:
            heading = ei.read_heading(line, heading)
            continue
        if item.lead is not None and not (item.same_day and item.lead.relative):
            alone = undated_days and _day_alone(item, text)
            against = None if alone else page
            dating = _Dating(ei.resolve(item.lead, heading, context.year, against), against)
            in_entry = _in_entry(joined, item, previous_item, previous)
            if in_entry is not None:
                dating = _Dating(in_entry, None)
            heading = dataclasses.replace(heading, posted=None)  # a posting date dates one item
        elif item.same_day and previous is not None:
            dating = previous
        else:
            continue  # a bullet without a date (日前…), 是日 atop a page: not dated, not read
        previous, previous_item = dating, item
        body = item.lead.end if item.lead else item.start + (1 if item.bullet else 0)
        if ei.reported_undated(joined.text, body):
            continue  # 14日 《鹤岗日报》载:近日,…: the day of the report, not of the event
        first, last = joined.lines[item.start], joined.lines[min(item.end, len(text)) - 1]
        run = next((n for n in range(first, last + 1) if n in welded), None)
        if run is not None:
            yield ExtractionWarning(
                context.span(first, last),
                genre="events",
                message=f"dated item at line {first}: two columns run together at line {run}"
                f" («{welded[run][:24]}»); no event recorded",
            )
            continue
        for record in _item_event(section, context, joined, item, body, dating, known):
            if held is not None and _same_event(held, record):
                held = _one_event(context, held, record)
                continue
            if held is not None and held_bullet and _headline_of(held, record):
                held = _merged(context, record, held)  # ■ 刘捷调研…路径 6月11日 / 11日下午,刘捷…
                continue
            if held is not None:
                yield held
            held, held_bullet = record, item.bullet
    if held is not None:
        yield held


def _day_alone(item: ei.Item, text: str) -> bool:
    """Does the item open with a day and nothing else to place it (1日…, 6—9日…; no month, year,
    report or 今天), as a chronicle's entry does? Not a report's 徐守盛17日下午在兰州会见…"""
    lead = item.lead
    return (
        lead is not None
        and _DAY_FIRST.match(text, item.start) is not None
        and lead.day is not None
        and lead.month is None
        and lead.year is None
        and not (lead.relative or lead.report or lead.glued)
    )


_DAY_FIRST = re.compile(r"\W?\s*\d{1,2}\s*(?:日|[—\-–~～至到])")


def _headline_of(a: Record, b: Record) -> bool:
    """A bulleted headline, dated at the end of its line, over the story that tells its event:
    the same day, and no one in the headline the story does not name."""
    headline, _, rest = (
        a.source.quote.partition("\n") if isinstance(a, EventRecord) else ("", "", "")
    )
    return (
        isinstance(a, EventRecord)
        and isinstance(b, EventRecord)
        and bool(re.search(r"\d{1,2}\s*月\s*\d{1,2}\s*日\s*$", headline))
        and not re.search(r"[\u4e00-\u9fff]", rest)  # below it at most a posting date
        and bool(a.date)
        and a.date == b.date
        and {p.name for p in a.participants} <= {p.name for p in b.participants}
    )


def _same_event(a: Record, b: Record) -> bool:
    """An event stated twice in a row (a photo caption repeating the lead: 4月11日,…仪式举行。):
    the same day and the same title, or the same meeting named once in full and once without the
    place it opens with (photo captions 省十一届人大常委会第十一次会议7日召开。 over the report of
    黑龙江省十一届人大常委会第十一次会议, HA-04)."""
    return (
        isinstance(a, EventRecord)
        and isinstance(b, EventRecord)
        and (a.date, a.month_day) == (b.date, b.month_day)
        and bool(a.date or a.month_day)
        and (a.title == b.title or _same_meeting(a.title, b.title))
        and not _apart(a, b)
    )


def _apart(a: EventRecord, b: EventRecord) -> bool:
    """Two statements of the same name and day held by different subjects are two meetings (two
    towns' sessions of one name: 洋青鎮召開第十八屆人民代表大會第一次會議。…蘇琛…到會 then
    北坡鎮召開第十八屆人民代表大會第一次會議。…何江…到會): folded, each guest would be published at
    the other's session. A caption repeating the lead (4月11日,…聘任仪式举行。) has the same words
    before the name, or none."""
    held = [_held_by(r) for r in (a, b)]
    return all(held) and held[0] != held[1]


def _held_by(record: EventRecord) -> str:
    """The words of the clause before the event's name in its first sentence (洋青鎮召開), or ""."""
    quote = record.source.quote or ""
    at = quote.find(record.title)
    if at <= 0:
        return ""
    clause = re.split(r"[，,。；;：:！？!?\n]", quote[:at])[-1]
    return re.sub(r"^[\s\d月日至到—\-–~～年上下午晚]*", "", clause).strip()


# A meeting named by its session (届, 次): two such names, one the end of the other, are one meeting.
_SESSION_NAME = re.compile(r"[^，,。；;\s]*[届次][^，,。；;\s]*(?:会议|大会|全会)")


def _same_meeting(a: str, b: str) -> bool:
    short, full = sorted((a, b), key=len)
    return (
        len(short) >= 8
        and full.endswith(short)
        and _SESSION_NAME.fullmatch(short) is not None
        and _SESSION_NAME.fullmatch(full) is not None
    )


def _merged(context: Context, a: EventRecord, b: EventRecord) -> EventRecord:
    names = {p.name for p in a.participants}
    a.participants += [p for p in b.participants if p.name not in names]
    a.source = context.span(a.source.start_line, max(a.source.end_line, b.source.end_line))
    return a


def _one_event(context: Context, a: EventRecord, b: EventRecord) -> EventRecord:
    """One event of two statements of it in a row (see _same_event): the participants of the one
    that names more (a report under its photo captions), then the other's not named in it; the
    fuller of the two titles (the meeting's name with its place); both statements' lines."""
    if len(b.participants) > len(a.participants):
        a.participants, b.participants = b.participants, a.participants
    a.title = max(a.title, b.title, key=len)
    start = min(a.source.start_line, b.source.start_line)
    merged = _merged(context, a, b)
    merged.source = context.span(start, merged.source.end_line)
    return merged


def _in_entry(
    joined: ei.Text, item: ei.Item, before: ei.Item | None, dating: _Dating | None
) -> ei.Resolved | None:
    """A day alone inside the paragraph of a dated entry (``7月1-2日 宿松…遭受暴雨袭击…。9日,长江汇口
    水位达21.79米,…。省委书记卢荣景到江堤视察。``): of the entry's month and year, not of the page's
    date line (时间:2022-01-10 made it 1995-01-09); undated when the day falls before the entry's
    or the entry has no month. None when the item is no such day."""
    lead = item.lead
    if (
        before is None
        or dating is None
        or lead is None
        or lead.day is None
        or lead.month is not None
        or lead.relative
        or lead.report
        or lead.glued
        or item.start in joined.paragraph_starts
        or "\n" in joined.text[before.start : item.start]
    ):
        return None
    then = dating.resolved
    if then.date:
        year, month, day = (int(x) for x in then.date.split("-"))
    elif then.month_day:
        year, month, day = None, int(then.month_day[2:4]), int(then.month_day[5:7])
    else:
        return ei.Resolved(None, None, None)
    if lead.day < day or not ei.valid_day(year or 2000, month, lead.day):
        return ei.Resolved(None, None, None)
    last = lead.day2 if lead.day2 and lead.day2 > lead.day and lead.month2 is None else None
    if year is None:
        return ei.Resolved(
            None,
            None,
            then.date_from,
            f"--{month:02d}-{lead.day:02d}",
            f"--{month:02d}-{last:02d}" if last else None,
        )
    end = f"{year:04d}-{month:02d}-{last:02d}" if last and ei.valid_day(year, month, last) else None
    return ei.Resolved(f"{year:04d}-{month:02d}-{lead.day:02d}", end, then.date_from)


@dataclass
class _Dating:
    """An item's date as resolved, and the page's date it may still be dated by (_dated_by_page;
    None for a chronicle's entries of a day alone, whose page may be posted long after)."""

    resolved: ei.Resolved
    page: datetime.date | None


def _item_event(section, context, joined, item, body, dating, known) -> Iterator[Record]:
    """The events of one item: one, or one per sentence that states an event of its own."""
    resolved = dating.resolved
    text = joined.text[body : item.end].rstrip()
    later = _LATER_GATHERING.search(text)  # 大会闭幕后,市政府新闻办召开新闻发布会,…李林介绍…
    cut_at = None
    if item.end >= len(joined.text) and text and text[-1] not in "。！？!?”」)）":
        ends = [m.end() for m in re.finditer("[。！？!?]", text)]
        cut_at = ends[-1] if ends else 0  # the text is cut off: its last sentence is not read
    starts = ei.event_starts(text, known)
    later_at = None
    if later:  # the gathering after the item's event is an event of its own, titled by its name
        later_at = later.start() + len(later.group(0)) - len(later.group(0).lstrip())
        starts = sorted({*starts, later_at})
    bounds = [0, *starts, len(text)]
    for start, end in itertools.pairwise(bounds):
        part = text[start:end]
        cut = None if cut_at is None else max(0, cut_at - start)
        people = ei.participants(part, known, cut if end == len(text) else None)
        if not people:
            cut_off = part[cut:] if cut is not None and end == len(text) else ""
            if cut_off and any(m.role for m in ei.find_members(cut_off, known)):
                unread = f"the text is cut off: {cut_off[:24]}"
            else:
                unread = ei.unread_participation(part, known, cut if end == len(text) else None)
            if unread:
                yield _unread_warning(context, joined, item, body, start, end, unread)
            continue
        if not any(_in_office(p) for p in people):
            who = "、".join(f"{p.role or ''}{p.name}" for p in people)
            yield _unread_warning(
                context, joined, item, body, start, end, who, "none holds an office of government"
            )
            continue
        first = joined.lines[item.start if start == 0 else body + start]
        last = joined.lines[max(body + start, min(body + end, len(joined.lines)) - 1)]
        chronicle = section.kind == seg.CHRONICLE or resolved.date_from == "heading"
        subject = item.lead.subject if item.lead and start == 0 else None
        # a meeting named before its day (…第二十八次会议于昨天上午召开): titled by its name
        whole = part if cut is None or end < len(text) else _whole_clauses(part, cut)
        title = _LASTING.sub("", clean(part[:subject])) if subject else _item_title(whole)
        if subject:
            title = _session_of(title, part)
        if subject:
            title += _sitting(part[subject:])
        if later and start == later_at:
            title = clean(later.group("name"))
        dated = _dated_by_page(_dated_by_name(resolved, title, part), dating.page, joined.text)
        dated = _dated_by_session_called(dated, joined.text[body : item.end])
        yield EventRecord(
            context.span(first, last),
            genre="chronicle" if chronicle else "brief",
            date=dated.date,
            title=title,
            participants=people,
            end_date=dated.end_date,
            date_from=dated.date_from,
            month_day=dated.month_day,
            end_month_day=dated.end_month_day,
        )


# A body said to meet, as a headline says it (全国人大常委会今日召开): no meeting's name (its last 会 is
# its own, 委员会 or 常委会).
_ORGAN_SUBJECT = re.compile(r".{2,30}(?:委员会|常委会|委員會|常委會)")


def _session_of(subject: str, part: str) -> str:
    """The title of an item led by ``subject``: the subject itself when it names a meeting; when it
    names a body said to meet (全国人大常委会今日召开 将审议…, a headline), the session of that body
    the item names (今天上午,十三届全国人大常委会第十六次会议在京开幕: http://dianqichn.com/chanpin/
    dianshi/68644.html), else the body (no better name)."""
    if not _ORGAN_SUBJECT.fullmatch(subject):
        return subject
    session = re.search(
        r"(?:第?[一二三四五六七八九十百\d]{1,3}届)?"
        + re.escape(subject)
        + r"第[一二三四五六七八九十百\d]{1,4}次(?:全体)?会议",
        part,
    )
    return session.group(0) if session else subject


# A sitting of the session the subject names, held on the day (…第一次會議4日上午在人民大會堂舉行預備
# 會議: the preparatory meeting, chaired by the standing committee's head, not the session, which
# opens the next day under its presidium).
_SITTING = re.compile(
    r"[^，,。；;！？!?\n]*?(?:召开|召開|举行|舉行)了?\s*"
    r"((?:预备|預備)(?:会议|會議)|第[一二三四五六七八九十\d]+次全[体體](?:会议|會議)"
    r"|[开開]幕[会會]|[闭閉]幕[会會]|主席[团團]第[一二三四五六七八九十\d]+次(?:会议|會議))"
)


def _sitting(after: str) -> str:
    """The sitting named after a subject lead's day (see _SITTING), or ""."""
    match = _SITTING.match(after)
    return match.group(1) if match else ""


# A sentence that opens with the end of the item's event, then another gathering held (大会闭幕后,
# 市政府新闻办召开新闻发布会,市委常委、常务副市长李林介绍…): who takes part in it does not in the
# item's event; it is an event of its own, of the same day. Not a sitting the meeting itself holds
# (分組審議後,會議舉行第二次全體會議), nor what the same people do next (隨後,在區委會議室召開座談會).
_LATER_GATHERING = re.compile(
    r"(?<=[。！？!?])\s*[^，,。；;！？!?\n]{0,12}?(?:结束|結束|闭幕|閉幕|散会|散會|[会會]|典礼|典禮|仪式|儀式)"
    r"(?:后|後|之后|之後)\s*[，,](?![会會]议|[会會]議|大[会會]|在)[^，,。；;！？!?\n]{0,20}?(?:召开|召開|举行|舉行)了?"
    r"(?P<name>[^，,。；;！？!?\n]{0,20}?"
    r"(?:发布会|發佈會|發布會|记者会|記者會|见面会|見面會|座谈会|座談會|会议|會議))"
)


def _whole_clauses(part: str, cut: int) -> str:
    """A text cut off after ``cut`` (where its last whole sentence ends) without the clause the
    cut left unfinished (…来到安庆供电公司,看望慰问一线职工,调研 → …看望慰问一线职工,)."""
    pauses = [m.end() for m in re.finditer("[,，;；]", part[cut:])]
    return part[: cut + pauses[-1]] if pauses else part


# A meeting whose name gives its year: 县十八届政府2025年党组会议和第21次常务会议, 行署2008年第一次常务
# 会议, 自治区人民政府1997年第六次常务会议 (the year's meetings are numbered, or it is that year's).
_YEAR_IN_NAME = re.compile(
    r"[^，,。；;]*?(?<!\d)((?:19|20)\d{2})年(?:度)?(?:第[\d一二三四五六七八九十百]+次|党组)[^，,。；;]*会议"
)


def _dated_by_name(resolved: ei.Resolved, title: str, text: str = "") -> ei.Resolved:
    """An item whose day is known but not its year (``--09-25``), titled by a meeting whose name
    gives its year (see above), or held as one with meetings named in brackets after its name in
    the item's first sentence that give it (…推进会(区…委员会2025年第三次会议、区安全生产委员会2025年
    第四次会议): the same sitting, X-01): dated in that year, from the entry. Names that give two
    years date nothing."""
    if resolved.date or not resolved.month_day:
        return resolved
    names = [title, *_held_with(title, text)]
    years = {m.group(1) for n in names if (m := _YEAR_IN_NAME.fullmatch(n))}
    if len(years) != 1:
        return resolved
    year = years.pop()
    date = f"{year}-{resolved.month_day[2:]}"
    end = f"{year}-{resolved.end_month_day[2:]}" if resolved.end_month_day else resolved.end_date
    try:
        datetime.date.fromisoformat(date)
        if end:
            datetime.date.fromisoformat(end)
    except ValueError:
        return resolved  # 2月29日 of a year that has none
    return ei.Resolved(date, end, "entry")


# How long before its page's date a day without a year may be reported (10月31日 on a page posted
# 2023-01-14: HB-15); the text must name that year as well (below).
_REPORTED_WITHIN = datetime.timedelta(days=122)


def _held_with(title: str, text: str) -> list[str]:
    """The meetings named in brackets right after the title in the first sentence of ``text``
    (召开…推进会(A、B、C)), one by one; [] when none."""
    sentence = re.split("[。！？!?\n]", text.strip(), maxsplit=1)[0]
    at = sentence.find(title) if title else -1
    if at < 0:
        return []
    note = re.match(r"[（(]([^，,。；;\n]*)[）)](?:[，,]|$)", sentence[at + len(title) :])
    return [n.strip() for n in note.group(1).split("、")] if note else []


def _dated_by_page(resolved: ei.Resolved, page: datetime.date | None, text: str) -> ei.Resolved:
    """An item whose day is known but not its year (``--10-31``) on a page dated a few months after
    it (_REPORTED_WITHIN; the text's year, kg/extract/context.py, allows ten weeks), when the text
    names that year (審議《…2022年目標管理績效考核工作實施方案》) and not the page's, if another:
    dated in that year (date_from ``page``). A page posted a year or more after the day (a
    chronicle put on the web late) names the day's year too, but falls outside the window."""
    if resolved.date or not resolved.month_day or page is None or resolved.end_month_day:
        return resolved
    month, day = int(resolved.month_day[2:4]), int(resolved.month_day[5:7])
    for year in (page.year, page.year - 1):
        try:
            written = datetime.date(year, month, day)
        except ValueError:
            continue
        if not datetime.timedelta(0) <= page - written <= _REPORTED_WITHIN:
            continue
        named = f"{year}年" in text and (year == page.year or f"{page.year}年" not in text)
        return ei.Resolved(written.isoformat(), None, "page") if named else resolved
    return resolved


# A session the meeting decided to call, on a day with its year: 根据决定,泉州市第十六届人民代表大会第三次
# 会议于2018年8月9日至10日举行; 决定区十六届一次人代会于2017年1月4日在武进假日酒店开幕 (HA-13).
_SESSION_CALLED = re.compile(
    r"(?:决定|定于|拟于|将于)[^。；;！？!?\n]{0,80}?((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
    r"[^。；;！？!?\n]{0,40}?(?:召开|举行|开幕)"
)
# How long before the session it calls a meeting may sit (a people's congress is called weeks or a
# few months ahead: 9 to 55 days in the corpus).
_CALLED_WITHIN = datetime.timedelta(days=122)


def _dated_by_session_called(resolved: ei.Resolved, text: str) -> ei.Resolved:
    """An item whose day is known but not its year (``--07-23``), whose text says the meeting
    decided to call a session on a day written with its year (see above): dated in the year that
    puts the item's day up to four months before that session (7月23日 before 2018年8月9日: 2018;
    12月26日 before 2017年1月4日: 2016). Sessions called on days of two such years, or a day that
    falls after the session or long before it, date nothing."""
    if resolved.date or not resolved.month_day:
        return resolved
    month, day = int(resolved.month_day[2:4]), int(resolved.month_day[5:7])
    found = set()
    for match in _SESSION_CALLED.finditer(text):
        try:
            session = datetime.date(*map(int, match.groups()))
        except ValueError:
            continue
        for year in (session.year, session.year - 1):
            try:
                written = datetime.date(year, month, day)
            except ValueError:
                continue
            if datetime.timedelta(0) <= session - written <= _CALLED_WITHIN:
                found.add(written)
    if len(found) != 1:
        return resolved
    written = found.pop()
    end = None
    if resolved.end_month_day:
        try:
            end = datetime.date(
                written.year, int(resolved.end_month_day[2:4]), int(resolved.end_month_day[5:7])
            )
        except ValueError:
            return resolved
        if end < written:
            end = end.replace(year=written.year + 1)
    return ei.Resolved(written.isoformat(), end.isoformat() if end else None, "entry")


def _unread_warning(
    context, joined, item, body, start, end, unread, why="no participant could be read"
) -> ExtractionWarning:
    first = joined.lines[item.start if start == 0 else body + start]
    last = joined.lines[max(body + start, min(body + end, len(joined.lines)) - 1)]
    return ExtractionWarning(
        context.span(first, last),
        genre="events",
        message=f"dated item at line {first}: someone takes part but {why}"
        f" ({unread[:40]}); no event recorded",
    )


# A company's officers (台湾中华映管董事长林镇源考察吴江) and former office holders (原北京大学副校长周尔鎏来
# 吴江市考察) hold no office of government: an item whose every participant is one is not an event
# of the chronicle (as HB-12's gold leaves them out); with an official among them it is. The
# government's own company, named by its level (省广播电视网络股份有限公司董事长张健率扶贫…工作组), is
# the government's: its officers count.
_NO_OFFICE = re.compile(r"董事长|董事長|总经理|總經理|总裁|總裁|首席执行官|首席執行官")
_OWN_COMPANY = re.compile(r"^[省市县縣区區州]")


def _in_office(participant: Participant) -> bool:
    role = participant.role
    if role is None or _former(role):
        return role is None
    return _NO_OFFICE.search(role) is None or _OWN_COMPANY.match(role) is not None


# What 原 ("former") is followed by: an organisation or a title (原北京大学副校长, 原国务院副总理, 原市委
# 书记, 原文化部部长): a place, a level or organ word, or a name of up to twelve characters ending in
# an organisation's word, before the title.
_FORMER_OF = re.compile(
    r"[\u4e00-\u9fff]{1,12}?(?:部|委|局|厅|院|办|会|署|大学|学院|学校|公司|集团|银行|中心|协会)"
)


def _former(role: str) -> bool:
    """Is the role a former one: 原 + an organisation or a title (原北京大学副校长周尔鎏)? Not a role
    whose place opens with 原 (原平市, 原阳县, 原州区: kg/data/divisions.tsv)."""
    if not role.startswith("原") or division_at(role):
        return False
    rest = role[1:]
    return bool(
        division_at(rest)
        or organisation_strength(rest, None, ())
        or ei.title_at(rest)
        or _FORMER_OF.match(rest)
    )


def _item_title(text: str) -> str:
    """The item's first sentence, as written (at most 80 characters); an entry's own headline in
    【】 before its text (8日【…一行到…村】…) when it has one; the meeting's name when the sentence
    opens by saying a meeting was held (see _held_meeting); the meeting with a guest when its first
    clause tells one (会见了…一行: see _meeting_with); what the official who opens it went to do when
    the first clause tells a visit (到岳阳市调研: see _visit)."""
    headline = re.match(r"\s*【([^【】\n]{2,80})】", text)
    if headline:
        return headline.group(1).strip()
    sentence = re.split("[。！？!?\n]", text.strip(), maxsplit=1)[0].strip(" ,，")
    lead_in = _LEAD_IN.match(sentence).end()
    named = _held_meeting(sentence) or (_held_meeting(sentence[lead_in:]) if lead_in else None)
    held_at = _AT_MEETING.match(sentence, lead_in)
    named = named or (held_at.group("name") if held_at else None)
    return (
        named
        or _meeting_with(sentence[lead_in:])
        or _visit(sentence[lead_in:])
        or sentence[:80]
        or text.strip()[:80]
    )


# A meeting with a guest, told by its verb and the guest (会见 news): 市长郭瑞民在市行政中心亲切会见了
# 中国港中旅集团公司副总经理许慕韩一行,双方就…; 市领导…等会见并宴请了由…率领的摩洛哥代表团.
_MET = re.compile(r"(?:会见|会晤|接见)了?(?:并宴请了?)?(?P<guest>[^，,。；;]+)")
# …会见时在座, 陪同会见, 参加了会见: taking part in a meeting named elsewhere; …会见客人时强调: a
# remark made there
_NOT_MET = re.compile(r"^时|时$|时(?:强调|指出|表示|说|要求)")


# A visit told by what the official who opens the sentence went to do (visit news): 省委书记杜家毫到岳阳市
# 调研; …张涛率督查组一行到岳阳市督查调研…; 区委副书记、管委会主任杨鹏飞带队调研我区重点项目建设并现场办公.
# Whom they led there (率队, 率督查组一行, 带领…有关人员) is no part of it.
_VISIT = re.compile(
    r"(?:等|一行)?"
    r"(?:率队|带队|(?:率领|带领|率)(?:“[^“”]{1,12}”|[^，,。；;“”到赴]){0,30}?"
    r"(?:一行|组|团|队|人员|负责人|成员|干部))?"
    r"(?P<verb>(?:(?P<going>来到|到|赴|前往|深入|来(?![自信电函]))(?!会|场)"
    r"|调研|走访|视察|考察|督查|慰问|看望|访问"
    # on what (就区税务工作开展调研), with whom (与…董事长周坤一行座谈交流)
    r"|就[^，,。；;]{2,40}?(?:开展|进行)[^，,。；;]{0,4}?(?:调研|座谈|视察|检查)"
    r"|与[^，,。；;]{2,40}?(?:座谈|会谈))"
    r"(?![组团队]))"
)
# What the official went to do there, after the place: 到岳阳市调研, 赴…对接…工作 (a clause that says
# only where they went, 深入浏阳河街道、月湖街道, titles nothing: the work is told after it).
_VISIT_WORK = re.compile(
    r"调研|走访|视察|考察|检查|督查|督导|开展|慰问|看望|调度|宣讲|对接|指导|参加|出席|召开|座谈"
)
# The officials who open a sentence, one group after another: 市委副书记、市长张振川,市委常委、政法委
# 书记步士金,副市长韩军等…
_GROUP_GAP = frozenset({"", "、", "，", ",", "和", "及"})


def _officials_end(sentence: str) -> int | None:
    """Where the officials who open the sentence end (one group, or groups parted by 、 , 和 及:
    市委副书记、市长张振川,市委常委、政法委书记步士金,副市长韩军…); None when it opens otherwise."""
    members = ei.find_members(sentence, set())
    if not members or members[0].start != 0 or members[0].role is None:
        return None
    end = members[0].end
    for member in members[1:]:
        if member.role is None or sentence[end : member.start] not in _GROUP_GAP:
            break
        end = member.end
    return end


# A visiting group named by its head, who opens the sentence (以省劳动保障厅副厅长陈励阳为组长的省政府城市
# 社区卫生工作督查组来连检查): the group's name and what it came to do are the title, the head is no
# part of it; when those who escorted the group come between (以全国政协副主席张思卿为团长的发展文化产业
# 调查组在省政协副主席吴冬华陪同下来同里镇视察), only what it came to do (来同里镇视察).
_LED_GROUP = re.compile(
    r"以[^，,。；;！？!?\n以为]{4,40}为(?:组长|副组长|团长|副团长|首|队长|领队|总领队)的"
    r"(?P<group>[^，,。；;！？!?\n在]{1,30}(?:组|团|队))"
)
_ESCORTED_BY = re.compile(r"在[^，,。；;！？!?\n]{2,60}?陪同下")


def _visitors_end(sentence: str) -> int | None:
    """Where the visitors who open the sentence end (officials, see _officials_end, or a group
    led by one, see _LED_GROUP), past those who escorted them; None when it opens otherwise."""
    end = _officials_end(sentence)
    if end is None:
        led = _LED_GROUP.match(sentence)
        end = led.end() if led else None
    escorted = None if end is None else _ESCORTED_BY.match(sentence, end)
    return escorted.end() if escorted else end


def _visit(sentence: str) -> str | None:
    """What the officials who open the sentence (or the group they head, see _LED_GROUP) went to
    do, from its verb to the end of that clause (到岳阳市调研, 调研三宝瓷谷, 走访慰问公安干警,
    督查组来连检查): the gold's title of visit news. None when the sentence opens with no official
    or goes on otherwise (…出席…会议 is titled by the meeting)."""
    end = _visitors_end(sentence)
    visit = None if end is None else _VISIT.match(sentence, end)
    if visit is None:
        return None
    stop = re.search("[，,；;。]|$", sentence[visit.start("verb") :])
    clause = sentence[visit.start("verb") : visit.start("verb") + stop.start()]
    if len(clause) < 4 or (visit.group("going") and not _VISIT_WORK.search(clause, 1)):
        return None
    led = _LED_GROUP.match(sentence)
    if led and led.end() == end:  # no escort between the group and its visit
        return sentence[led.start("group") : visit.start("verb")] + clause
    return clause


def _meeting_with(sentence: str) -> str | None:
    """The meeting with a guest that the sentence's first clause (after the officials who open it,
    see _officials_end) tells, from its verb to the end of the clause (会见了中国港中旅集团公司副总
    经理许慕韩一行): who met, where and how (在…亲切) are no part of the meeting's title, as the gold
    of such news has it. None when the clause tells no guest (会见时在座, 陪同会见)."""
    start = _officials_end(sentence) or 0  # the clause after the officials who met
    stop = re.compile("[，,；;]").search(sentence, start)
    clause = sentence[: stop.start()] if stop else sentence
    met = _MET.search(clause, start)
    if met is None or len(met.group("guest")) < 4 or _NOT_MET.search(met.group("guest")):
        return None
    return clause[met.start() :]


# What may stand before the sentence that says a meeting was held: the source and the day
# (据“青海人大”微信公众号消息,1月4日,…会议在西宁举行; 据中新网沈阳22日电:12月22日上午,…).
_LEAD_IN = re.compile(
    r"(?:据[^，,。:：]{1,30}?(?:消息|报道|电)[,，:：]\s*)?(?:\d{1,2}月\d{1,2}日(?:上午|下午|晚上)?[,，]\s*)?"
    r"(?:受[^，,。；;:：]{1,30}?委托[,，]\s*)?"  # 受市委副书记、市长吴之凌委托,…主持召开…会议 (huiyi-02)
    # 市八屆人大一次會議剛閉幕,…孫勇即主持召開…部署會 (probe 8 huiyi-01): the time, not the meeting
    r"(?:[^，,。；;:：]{2,30}?(?:刚|剛)(?:闭幕|閉幕|结束|結束)[,，]\s*)?"
)


# A meeting named as where the sentence's speaker spoke: 在今日开幕的上海市十二届人大五次会议上,…韩正
# 在做政府报告时表示 (HB-08).
_AT_MEETING = re.compile(
    r"在(?:今天|今日|昨天|昨日|当天|当日)?(?:上午|下午|晚上)?(?:开幕|召开|举行|闭幕)的"
    r"(?P<name>[^，,。；;\s的]{4,40}?(?:会议|大会|全会))上[，,]"
)


# What a meeting is called: its name ends in one of these words.
_MEETING = r"(?:会议|大会|全会|会|仪式|典礼|论坛|开幕式|闭幕式)"
# The meeting held, named first: 河北省十三届人大常委会第二十次会议圆满完成各项议程,在石家庄闭幕;
# 全县领导干部大会在县委礼堂召开; 省十三届人大常委会第十四次会议在西宁召开; how long it lasted
# and the time of day are no part of the name (为期两天的…第七次会议圆满完成各项议程,于今天下午在拉萨闭幕).
_LASTING = re.compile(r"^为期[^，,。；;的]{1,6}的")
_MEETING_FIRST = re.compile(
    rf"(?:{_LASTING.pattern[1:]})?(?P<name>[^，,。；;\s]{{2,60}}?{_MEETING})\s*"
    r"(?:历时[^，,。；;]{1,6}[,，]\s*)?"  # …第三次会议历时2天,圆满完成了各项议程,今天下午胜利闭幕
    r"(?:[,，]?\s*在?(?:圆满|胜利|顺利)?(?:完成|结束)了?各项议程(?:后)?\s*[,，]?\s*"
    # …第一次会议,在圆满完成各项议程,产生新一届国家机构组成人员后,20日上午在人民大会堂闭幕
    r"(?:[^，,。；;]{2,24}?后\s*[,，]\s*)?)?"
    r"(?:于)?(?:今天|今日|昨天|昨日|当天|当日|\d{1,2}日)?(?:上午|下午|晚上|晚)?(?:在[^，,。；;]{1,24}?)?"
    r"(?:隆重|胜利|圆满|正式)?(?:召开|举行|闭幕|闭会|开幕|结束|落幕)(?=[，,]|$)"
)
# The meeting held, named after its verb, at the end of the first clause: 旗委书记兴安主持召开中共
# 东乌旗委外事工作委员会第三次会议; 开福区召开区级领导干部…研讨交流会; 市公安局举行…阅警仪式.
# A note in brackets may follow the name, before the clause ends: the meetings held with it (召开区政府
# 全体(扩大)会议暨项目投资工作推进会(区…委员会2025年第三次会议、区安全生产委员会2025年第四次会议), X-01).
_MEETING_AFTER = re.compile(
    rf"[^，,。；;]*?(?:召开|举行|召開|舉行)了?"
    rf"(?P<name>[^，,。；;\s]{{2,60}}?(?:{_MEETING}|會議|大會|全會|會|儀式|典禮|論壇))"
    r"(?P<note>[（(][^，,。；;\n]*[）)])?(?=[，,]|$)"
)
# A meeting named after its verb by words that need the organ before the verb (县人大常委会召开第
# 二十五次会议, 长寿区政协召开常委会会议, 省委常委会召开扩大会议, 市科协举行成立40周年座谈会):
# the whole clause is its name.
_NEEDS_ORGAN = re.compile(
    r"(?:第[\d一二三四五六七八九十百]+[次届]|[\d一二三四五六七八九十]+届|[(（]?(?:全体|扩大|常务|常委会"
    r"|常务委员会|闭幕|开幕)[)）]?)*(?:会议|大会|会)"
)
_ANNIVERSARY = re.compile(r"成立|[^会]{0,3}周年")
# A session holding its closing or opening sitting (第十二届全国人民代表大会第二次会议在北京人民大会堂
# 举行闭幕会, a photo caption over the report of the closing): the meeting is the session, named as
# the report names it (…第二次会议…在人民大会堂闭幕), so the caption and the report are one event.
_SESSION_SITTING = re.compile(
    r"(?P<session>[^，,。；;\s]{4,60}?(?:会议|會議))\s*(?:在[^，,。；;]{1,24}?)?"
    r"(?:隆重)?(?:举行|舉行|召开|召開)了?(?:闭幕|開幕|开幕|閉幕)大?[会會]"
)


def _held_meeting(sentence: str) -> str | None:
    """The name of the meeting a sentence opens by saying was held, as written: the gold's title of
    a meeting's news (the name only, not where or how it was held). None when the first clause says
    something else, names a meeting decided or planned (决定…召开), or names it by number alone."""
    first = _MEETING_FIRST.match(sentence)
    after = None if first else _MEETING_AFTER.match(sentence)
    match = first or after
    if match is None or ei.planned(match.group(0)):
        return None
    name = match.group("name")
    if re.search("召开|举行|召開|舉行", name):
        return None
    if after and (_NEEDS_ORGAN.fullmatch(name) or _ANNIVERSARY.match(name)):
        clause = match.group(0).strip()  # the organ that held it names it too: the whole clause
        sitting = _SESSION_SITTING.fullmatch(clause)
        if sitting and _SESSION_NAME.fullmatch(sitting.group("session")):
            return sitting.group("session")  # the session's opening or closing: the session
        return clause if re.match(r"[^召举]", clause) else None  # …举行第二次全体会议: none
    return name
