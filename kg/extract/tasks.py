"""Task and project lists outside key-project tables: 民生实事 lists, 重点工作任务分解 and 责任分工
方案, progress notices — items that name the units responsible for them.

The key-project tables of a plan (tab-separated rows under a header) are read by
:mod:`kg.extract.projects`; this module reads the two other ways governments write such lists:

| grammar | example |
|---|---|
| numbered item, then labelled fields on the next lines | ``1.努力实现地区生产总值增长6.2%左右。`` / ``牵头单位:区发改局`` / ``责任单位:立山经济开发区,…`` |
| the same flattened into one paragraph, fields after spaces | ``1.轨道交通1号线一期工程投入试运营。 牵头领导:林静国 责任单位:市轨道交通工程建设指挥部 …`` |
| numbered prose item ending in its units | ``3.加快…建设。（牵头单位：市发改委；配合单位：市财政局）`` |
| a paragraph whose number is not printed or garbled, closed by a bracket of labelled unit fields | ``?。ǘ┩七進東部石化基地建設…項目。(牽頭單位:市發改委;配合單位:…)`` |
| a table flattened to one cell a line: header cells (序号 / 任务 / 责任单位 / 完成时限) one a line, then each row from its bare 序号 | ``1`` / ``启动建设…公园。`` / ``县水务局`` / ``县住建局`` / ``12月底前`` |

An item starts at a line start (or after white space in a flattened paragraph) with its number
(``1.`` ``1．`` ``1、`` ``1﹒`` ``（1）``); it is a task only when a responsible-unit field follows it
(牵头单位, 责任单位, 配合单位, 协同责任单位, 牵头部门 …), so numbered paragraphs of a notice are not
tasks. A field's value runs to the next field, the end of the line, a closing parenthesis, or (in a
flattened paragraph) the first white space. Fields of people (牵头领导, 项目责任人) and of progress
(实际完成情况) end a value and are not read as units. Units are split on 、，,；; (never inside
parentheses), a trailing 等 dropped; lead units come first as written. The name is the item's text
as written, its final 。 kept (a garbled marker too: it cannot be told from the text). An item ends
at the line after its fields that opens with text of its own (the next paragraph), so a paragraph
without a readable number does not give its units to the item above; its 序号 is the one after the
item above. In a flattened table a row without its own 序号 (a sub-item under one
number) keeps the number and the units of the row above and gets its own period.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from kg.extract.context import Context
from kg.extract.projects import _budget, _classify, _parties, _split
from kg.records import ProjectRecord, Record
from kg.segment import Section
from kg.text.normalize import chinese_number, clean, to_ascii_digits

GENRE = "projects"

_ITEM = re.compile(
    r"(?:^|(?<=\s))(?:(?P<n>\d{1,3})\s*[.．、﹒](?!\d)|[（(](?P<p>\d{1,3}|[一二三四五六七八九十]{1,3})[）)])"
    r"\s*(?=[\u4e00-\u9fff“\"])"
)
_UNIT_LABEL = r"(?:牵头|主责|责任|主办|协办|配合|协同|参与|实施|承办)(?:负责|责任)?(?:单位|部门)"
_OTHER_LABEL = (
    r"[\u4e00-\u9fff]{0,6}(?:领导|责任人|负责人|时限|时间|完成情况|进展情况|进度|内容|目标|备注|"
    r"措施|地点|联系人|联系电话)"
)
_FIELD = re.compile(
    rf"(?:^|(?<=[\s。；;，,]))[（(〔]?(?P<label>{_UNIT_LABEL}|{_OTHER_LABEL})\s*[:：]"
)
_UNIT = re.compile(rf"^{_UNIT_LABEL}$")
_TRAILING = re.compile(r"[。．.；;，,\s]+$|等$|(?:按职责分工|分别)?(?:负责|牵头|配合|参与|落实)$")
# （省发改委、省工业和信息化厅等负责）  （省农业厅牵头）  （市发改委牵头，市财政局配合）
_UNITS_IN_PARENS = re.compile(
    r"[（(〔](?P<units>[^（）()〔〕:：]{2,200}?(?:负责|牵头|配合|参与|落实))[）)〕]\s*$"
)
_CLOSE = re.compile(r"[）)〕]")
_WORDS = re.compile(r"[\u4e00-\u9fff]")
# a paragraph closed by a bracket of labelled unit fields: …。(牵头单位:市发改委;配合单位:…)
_CLOSING_FIELDS = re.compile(
    rf"[。；;](?P<fields>[（(〔]\s*{_UNIT_LABEL}\s*[:：][^（）()〔〕]*(?:[（(][^（）()]*[）)][^（）()〔〕]*)*[）)〕])\s*$"
)
_SECTION_HEAD = re.compile(r"^\s*[一二三四五六七八九十]{1,3}\s*、")

# flattened one-cell-a-line tables
_HEADER_CELL = re.compile(r"^(?:序\s*号|编\s*号)$")
_NAME_HEADER = re.compile(r"(?:实事|任务|项目|工作|事项|内容|名称)")
_UNIT_HEADER = re.compile(r"(?:责任|牵头|配合|协办|主办)(?:单位|部门)$")
_PERIOD_HEADER = re.compile(r"(?:完成)?(?:时限|时间|期限)$")
_BARE_SEQ = re.compile(r"^\d{1,3}$")
_MONEY_UNIT = re.compile(r"(亿元|千万元|百万元|十万元|万元|千元|元)")
_RUN_TOGETHER = re.compile(r"(?<=[^\s(（][镇乡])(?=[^\s)）(（])|(?<=街道)(?=[^\s)）(（])")
_PERIOD_CELL = re.compile(
    r"(?:\d{1,2}月|年底|年内|年末|季度|上半年|下半年|底前|月底|全年|长期|持续|常态)"
)
_ORG_END = re.compile(
    r"(?:局|委|办|厅|中心|政府|院|会|部|室|所|队|站|指挥部|联|公司|集团|管委会|街道|乡镇|各单位|处|社|行|署|馆)$"
)


@dataclass
class _Item:
    seq: int
    line: int
    last: int
    name: str
    units: list[str] = field(default_factory=list)
    roles: list[str | None] = field(default_factory=list)
    period: str | None = None
    sub: int = 0  # position under one number (flattened tables), 0 for the item itself
    budget: str | None = None  # as written (a decimal), in ``unit``
    unit: str | None = None
    locations: list[str] = field(default_factory=list)


def extract(section: Section, context: Context) -> Iterator[Record]:
    numbered = list(_labelled_items(section))
    taken = {line for item in numbered for line in range(item.line, item.last + 1)}
    items = numbered + [i for i in _unnumbered_items(section) if i.line not in taken]
    taken |= {line for item in items for line in range(item.line, item.last + 1)}
    items += _closing_field_items(section, taken)
    items += _flat_table_items(section)
    seen: set[tuple[int, str]] = set()
    previous = 0
    for item in sorted(items, key=lambda i: (i.line, i.sub)):
        if (item.line, item.name) in seen:
            continue
        seen.add((item.line, item.name))
        item.seq = item.seq or previous + 1  # an item whose number is not printed (or garbled)
        previous = item.seq
        yield _record(item, context)


# ---------------------------------------------------------------- labelled items


def _labelled_items(section: Section) -> Iterator[_Item]:
    lines = [(n, raw) for n, raw in section.numbered_lines() if raw.strip() and "\t" not in raw]
    # One stream of (line, text) pieces; an item runs from its number to the next number or heading.
    starts: list[tuple[int, int, int, int]] = []  # (index in lines, offset, seq, flat)
    for index, (_, raw) in enumerate(lines):
        for match in _ITEM.finditer(raw):
            written = match.group("n") or match.group("p")
            seq = int(to_ascii_digits(written)) if written.isdigit() else chinese_number(written)
            starts.append((index, match.start(), seq, match.end()))
    for k, (index, _offset, seq, body) in enumerate(starts):
        end_index, end_offset = (
            (starts[k + 1][0], starts[k + 1][1]) if k + 1 < len(starts) else (len(lines), 0)
        )
        pieces: list[tuple[int, str]] = []
        i = index
        while i < len(lines) and (i < end_index or (i == end_index and end_offset > 0)):
            number, raw = lines[i]
            start = body if i == index else 0
            stop = end_offset if i == end_index else len(raw)
            if i > index and _SECTION_HEAD.match(raw):
                break
            pieces.append((number, raw[start:stop]))
            i += 1
        item = _item_from(seq, pieces)
        if item:
            yield item


def _unnumbered_items(section: Section) -> Iterator[_Item]:
    """Items without a number: a line, then lines that each open with a field, one a unit."""
    lines = [(n, raw) for n, raw in section.numbered_lines() if raw.strip() and "\t" not in raw]
    seq = 0
    i = 1
    while i < len(lines):
        j = i
        while j < len(lines) and _FIELD.match(lines[j][1].strip()):
            j += 1
        above = lines[i - 1][1].strip()
        if j > i and not _FIELD.match(above) and not _ITEM.match(above):
            item = _item_from(seq + 1, [lines[i - 1], *lines[i:j]])
            if item and item.name.endswith("。"):
                seq += 1
                yield item
        i = j + 1 if j > i else i + 1


def _closing_field_items(section: Section, taken: set[int]) -> Iterator[_Item]:
    """Paragraphs without a (readable) number that close with a bracket of labelled unit fields:
    ``…建设,抓好80万吨乙烯改扩建项目。(牵头单位:市发改委;配合单位:市经贸委、…)``. Their 序号
    is the one after the item above (0 here, set in :func:`extract`)."""
    for number, raw in section.numbered_lines():
        text = raw.strip()
        if number in taken or "\t" in raw or _SECTION_HEAD.match(text):
            continue
        if _CLOSING_FIELDS.search(text):
            item = _item_from(0, [(number, text)])
            if item and item.name.endswith("。"):
                yield item


def _item_from(seq: int, pieces: list[tuple[int, str]]) -> _Item | None:
    fields: list[tuple[str, str, int]] = []  # (label, value, line)
    name_parts: list[str] = []
    for number, text in pieces:
        matches = list(_FIELD.finditer(text))
        if not matches or (fields and _WORDS.search(text[: matches[0].start()])):
            if fields:
                break  # text after the fields: the next paragraph, not this item
            name_parts.append(text)
            continue
        if not fields:
            name_parts.append(text[: matches[0].start()])
        for m, nxt in zip(matches, [*matches[1:], None], strict=True):
            value = text[m.end() : nxt.start() if nxt else len(text)]
            fields.append((m.group("label"), value, number))
    units: list[tuple[str | None, str]] = [
        (label, value) for label, value, _ in fields if _UNIT.match(label)
    ]
    text = clean("".join(name_parts))
    if not units:
        # the units in a closing parenthesis of the item's first paragraph
        for k in range(len(name_parts)):
            text = clean("".join(name_parts[: k + 1]))
            found = _UNITS_IN_PARENS.search(text)
            if found:
                break
        else:
            return None
        units = [(None, found.group("units"))]
        text = text[: found.start()]
        fields = [(None, found.group("units"), pieces[k][0])]
    name = _name(text.rstrip("（(〔").strip())
    if not name or len(name) > 300:
        return None
    item = _Item(seq, pieces[0][0], max(n for *_, n in fields), name)
    flat = len({n for *_, n in fields}) == 1 and pieces[0][0] == fields[0][2]
    for label, value in units:
        value = value.strip()
        if flat:
            value = value.split()[0] if value.split() else ""
        value = _unbracketed(value).split("。")[0]
        for party in _parties(clean(value).replace("，", "、").replace(",", "、")):
            party = _TRAILING.sub("", party).strip()
            party = _TRAILING.sub("", party).strip()
            if party:
                item.units.append(party)
                item.roles.append(label)
    if not item.units:
        return None
    period = next(
        (v for label, v, _ in fields if label and re.search(r"时限|完成时间", label)), None
    )
    item.period = clean(period).rstrip("。") if period else None
    return item


def _unbracketed(value: str) -> str:
    """The value up to a closing bracket that closes nothing inside it (the item's own bracket)."""
    depth = 0
    for i, ch in enumerate(value):
        if ch in "（(":
            depth += 1
        elif _CLOSE.match(ch):
            if depth == 0:
                return value[:i]
            depth -= 1
    return value


def _name(text: str) -> str:
    """The item as written; an item that opens with a short heading sentence (（一）加强市场体系
    建设。推进…) is named by that sentence."""
    first, _, rest = text.partition("。")
    if rest.strip() and len(first) <= 30 and len(_WORDS.findall(first)) >= 2:
        return first + "。"
    return text


# ---------------------------------------------------------------- tables flattened a cell a line


def _flat_table_items(section: Section) -> Iterator[_Item]:
    """Rows of a table whose cells arrive one a line: the header cells from 序号, then each row from
    its bare 序号 (1, 2, 3 … in order) to the next. A row with as many cells as the header is read
    by position; a row with more puts the extra lines in its (one) units column when they are all
    units, else reads sub-items under one number (name, units, period, name, period)."""
    lines = [(n, cell) for n, raw in section.numbered_lines() if (cell := _flat_cell(raw))]
    i = 0
    while i < len(lines):
        if not _HEADER_CELL.match(lines[i][1]):
            i += 1
            continue
        headers: list[str] = []
        j = i + 1
        while j < len(lines) and len(lines[j][1]) <= 24 and not _BARE_SEQ.match(lines[j][1]):
            headers.append(lines[j][1])
            j += 1
        roles = [_column(cell) for cell in headers]
        if (
            "units" in roles
            and ("name" in roles or "content" in roles)
            and roles.count("units") == 1
        ):
            yield from _flat_rows(lines, j, roles, _money_unit(headers, roles))
        i = j


def _flat_cell(raw: str) -> str:
    """A cell as written, without the | a copied table wraps it in."""
    return clean(raw).strip("|｜ ").strip()


def _column(cell: str) -> str | None:
    role = _classify(cell)
    if role in ("responsible",) or _UNIT_HEADER.search(cell):
        return "units"
    if role == "period" or _PERIOD_HEADER.search(cell):
        return "period"
    if role in ("name", "content") or (role is None and _NAME_HEADER.search(cell)):
        return "name" if role != "content" else "content"
    return role or "other"


def _money_unit(headers: list[str], roles: list[str | None]) -> str | None:
    """The unit a budget column's header writes: 年度投资金额(万元) → 万元."""
    for header, role in zip(headers, roles, strict=True):
        found = _MONEY_UNIT.search(header) if role == "budget" else None
        if found:
            return found.group(1)
    return None


def _flat_rows(
    lines: list[tuple[int, str]], i: int, roles: list[str | None], unit: str | None = None
) -> Iterator[_Item]:
    rows: list[tuple[int, int, list[tuple[int, str]]]] = []  # (seq, line, cells)
    expected = 1
    while i < len(lines):
        number, text = lines[i]
        if _BARE_SEQ.match(text) and int(text) == expected:
            rows.append((expected, number, []))
            expected += 1
        elif rows:
            rows[-1][2].append((number, text))
        else:
            return
        i += 1
    name_at = roles.index("name") if "name" in roles else roles.index("content")
    units_at = roles.index("units")
    period_at = roles.index("period") if "period" in roles else None
    for seq, line, cells in rows:
        if len(cells) < len(roles):
            if seq < len(rows):
                continue  # empty cells: the columns cannot be told apart
            cells = cells[: len(roles)]  # the last row, cut off: read what is there
            if len(cells) <= max(name_at, units_at):
                continue
        extra = len(cells) - len(roles)
        middle = cells[units_at : units_at + extra + 1]
        if extra == 0 or all(_is_unit(t) for _, t in middle):
            values = [*cells[:units_at], middle, *cells[units_at + extra + 1 :]]
            item = _Item(seq, line, cells[-1][0] if cells else line, values[name_at][1])
            for _, text in values[units_at]:
                for party in _parties(text):
                    item.units.append(_TRAILING.sub("", party))
                    item.roles.append(None)
            if period_at is not None:
                item.period = values[period_at][1]
            _money_and_places(item, values, roles, unit)
            if item.units and all(_is_unit(u) for u in item.units):
                yield item
        elif roles[-1] == "period" and units_at == len(roles) - 2 and name_at == units_at - 1:
            yield from _sub_items(seq, line, cells)


def _money_and_places(item: _Item, values: list, roles: list[str | None], unit: str | None) -> None:
    """The budget (as written, in the header's unit) and the places of a row read by position."""
    if "budget" in roles and unit and roles.index("budget") < len(values):
        budget, _problem = _budget(values[roles.index("budget")][1])
        item.budget, item.unit = (budget, unit) if budget else (None, None)
    if "locations" in roles and roles.index("locations") < len(values):
        item.locations = _places(values[roles.index("locations")][1])


def _places(cell: str) -> list[str]:
    """Places of a cell, split on 、，; and between names run together that end in the same level
    word (槐树关镇龙亭镇 → 槐树关镇, 龙亭镇); a bracket stays with its place (相关镇 (街道))."""
    places: list[str] = []
    for place in _split(cell):
        parts = [p for p in _RUN_TOGETHER.split(place) if p]
        level = {p[-1] if not p.endswith("街道") else "街道" for p in parts}
        ok = len(parts) > 1 and len(level) == 1 and all(len(p) >= 3 for p in parts)
        places.extend(parts if ok else [place])
    return places


def _is_unit(text: str) -> bool:
    return len(text) <= 40 and bool(_ORG_END.search(_TRAILING.sub("", text.split("、")[-1])))


def _sub_items(seq: int, line: int, cells: list[tuple[int, str]]) -> Iterator[_Item]:
    """name, units…, period, then (name, period) pairs that share the units above."""
    current: _Item | None = None
    for number, text in cells:
        if current is None:
            current = _Item(seq, line, number, text)
        elif _is_unit(text) and not current.period:
            current.units.extend(_parties(text))
            current.roles.extend([None] * len(_parties(text)))
        elif _PERIOD_CELL.search(text) and len(text) <= 20 and not current.period:
            current.period = text
        elif text.endswith("。") and current.units and current.period:
            yield current
            current = _Item(seq, number, number, text, list(current.units),
                            list(current.roles), None, current.sub + 1)  # fmt: skip
        else:
            return
        current.last = number
    if current and current.units and current.period:
        yield current


def _record(item: _Item, context: Context) -> ProjectRecord:
    return ProjectRecord(
        context.span(item.line, item.last),
        seq=item.seq,
        list="main",
        section=None,
        name=item.name,
        construction_type=None,
        locations=item.locations,
        indicator=None,
        content=None,
        period_start=None,
        period_end=None,
        budget=item.budget,
        budget_unit=item.unit,
        flagged=False,
        responsible=item.units,
        responsible_roles=item.roles,
        seq_scope=f"{item.seq}-{item.sub + 1}" if item.sub else None,
    )
