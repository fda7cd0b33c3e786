"""Plans and their key-project tables (重点工程清单, 重点项目表, 重大项目表).

The grammar, as Chinese governments print these tables once a PDF has become text:

* A plan (规划, 计划, 纲要) is usually the attachment of a notice (关于印发《X规划》的通知, with a
  发文字号); the plan's own heading repeats its title. One :class:`PlanRecord` per plan.
* A table is announced by a label (附表1, 附件2, 表5-1) and a title (温州市…近期重点工程清单), in either
  order or on one line, sometimes with a unit line (单位：万元). The title says which list the table
  is: 近期 (near), 中期 (mid), 远期 (long); a title naming no term gives the list ``main``.
* The header row names the columns. Governments choose their own words and order (重点工程 or
  项目名称; 主要内容 or 建设内容及规模; 实施期限 or 建设年限 or 起止年限; 投资总预算(亿元) or 总投资(万元);
  责任单位, or 牵头单位 and 配合单位, or 实施主体), so columns are found by meaning, not position, and
  the budget unit is read from the header as written. The header repeats at every page break.
* Section rows ((一) 生态制度领域, 一、水环境治理类) group the rows; numbering may restart in each.
* A data row starts with its 序号. A row broken over a page continues after the repeated header on a
  line whose 序号 cell is empty (cells merge column by column) or, when the first part stopped short
  of the last column, on a line that carries on from the cell where the break fell.
* A leading * on a name flags a project that targets an unmet indicator (注: *项目为…); 待定 budgets
  are unknown; 合计 rows state totals (kept as stated figures, not projects).

Values are kept as written (``clean``); budgets are exact decimal strings as written ("20.00" stays
"20.00"; thousands separators and full-width digits are normalised). Responsible parties are split on
、，,；; but never inside parentheses (相关县(市、区)政府 is one collective party), lead first.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from kg.extract.context import Context
from kg.records import (
    ExtractionWarning,
    PlanRecord,
    ProjectRecord,
    Record,
    SourceSpan,
    StatedFigureRecord,
)
from kg.segment import Section
from kg.tables import read_tsv
from kg.text import docnumber
from kg.text.normalize import chinese_number, clean, key, to_ascii_digits

GENRE = "projects"

# ------------------------------------------------------------------ header vocabulary

# Column role → pattern on the header cell without spaces and without its parenthesised unit.
# Checked in this order: the first match wins (实施期限 is a period, not an 实施主体).
_COLUMNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (role, re.compile(pattern))
    for role, pattern in (
        ("seq", r"^(?:序号|编号|序)$"),
        ("indicator", r"指标贡献|对应指标|关联指标|相关指标|贡献指标"),
        ("remarks", r"^(?:备注|说明|附注)$"),
        ("funding", r"资金来源|资金渠道|筹资方式"),
        ("person", r"领导|负责人|联系人|联系电话"),  # people, not responsible organisations
        ("budget", r"投资|预算|资金|估算|概算"),
        ("period_start", r"开工(?:年份|年度|时间)|起始年|开始年"),
        ("period_end", r"(?:竣工|完工|建成)(?:年份|年度|时间)"),
        ("period", r"期限|年限|周期|起止|建设期|实施期|时限|建设年度|实施年度"),
        ("construction_type", r"性质|建设类型|项目类型|项目类别|建设状态|项目状态|^类别$|^类型$"),
        ("locations", r"地点|地址|区域$|^地区$|^区位$|^所在|^所属(?:县|市|区|地)"),
        ("content", r"内容|规模"),
        ("responsible", r"责任|牵头|配合|协同|协办|参与|主体|单位$|部门$|业主"),
        ("name", r"(?:项目|工程)(?:名称)?$|^名称$|^重点(?:工程|项目)"),
    )
)
_HEADER_HINT = re.compile(r"序\s*号|编\s*号|^\s*序\s*\t")  # cheap test before reading a header
_REQUIRED = {"seq", "name"}
_READ = {
    "seq",
    "name",
    "indicator",
    "budget",
    "period",
    "period_start",
    "period_end",
    "construction_type",
    "locations",
    "content",
    "responsible",
}
_SKIPPED = {"remarks"}  # columns left out on purpose; any other unread column is reported
_ENOUGH = {"budget", "responsible", "content", "period", "period_start", "construction_type"}
_UNIT = re.compile(r"(亿元|千万元|百万元|十万元|万元|千元|元)")
_PAREN = re.compile(r"[（(][^（）()]*[)）]")

# ------------------------------------------------------------------ lines around a table

_LABEL = re.compile(
    r"^(?P<label>(?:附表|附件)\s*[0-9０-９一二三四五六七八九十]*|表\s*[0-9０-９]+(?:[-－—.．][0-9０-９]+)?)"
    r"\s*[:：]?\s*(?P<rest>.*)$"
)
_UNIT_LINE = re.compile(r"^[（(]?\s*(?:金额|投资)?单位\s*[:：]\s*(?P<unit>[^）)\s]+)\s*[)）]?$")
_TITLE_WORD = re.compile(r"清单|项目|工程|一览表|汇总表|计划表|表$")
_SECTION_ROW = re.compile(
    r"^(?:[（(]\s*[一二三四五六七八九十]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}\s*[、.．])\s*(?P<name>.+)$"
)
_SECTION_WORD = re.compile(r"(?:领域|类|类项目|板块|方面|工程|项目|行动)$")
_PAGE_NOISE = re.compile(
    r"^(?:[-—–－\s]*\d{1,4}[-—–－\s]*|第\s*\d{1,4}\s*页(?:\s*共\s*\d+\s*页)?)$"
)
_UNIT_CELL = re.compile(
    r"^[（(]?\s*(?:单位\s*[:：])?\s*(?:亿元|千万元|百万元|十万元|万元|千元|元|年|个|项|公里|%)\s*[）)]?$"
)
_CONTINUED = re.compile(r"^(?:[（(]?续表?[）)]?|.{0,12}[（(]续(?:表)?[）)])$")  # 续表, 附表1（续）
_DANGLING = ("、", "，", ",", "；", "（", "(", "及", "和")
_NOTE = re.compile(r"^(?:注|备注|说明)\s*[:：]")
_TOTAL = re.compile(r"^(?:合\s*计|总\s*计|小\s*计|总投资)$")

# ------------------------------------------------------------------ cell values

_BARE_LEVEL = re.compile(r"^(?:各|有关|相关)?(?:设区的?)?(?:省|市|县|区|乡镇|乡|镇|街道)$")
_SPLIT = re.compile(r"[、，,；;／/]")
_GOVERNMENT_PARTY = re.compile(
    r"^[（(]?(?:[省市县区乡镇街道、]|自治[州县]|[（()）])*(?:人民)?政府|党委|管委会"
)
_UNKNOWN_BUDGET = re.compile(r"^(?:待定|待估|未定|暂定|待测算|[-—–－/／无]+)$")
_DECIMAL = re.compile(r"^\d+(?:\.\d+)?$")
_APPROX_BUDGET = re.compile(
    r"^(?:约|近|超|超过|不少于|不低于|≥|>|＞)?(\d+(?:\.\d+)?)(亿元|万元|元)?(?:以上|左右)?$"
)
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_RANGE_SEP = r"[-－—–~～至到]"
_FLAG = ("*", "＊", "※")

# ------------------------------------------------------------------ plan titles

_PROMULGATE = re.compile(r"(?:印发|转发|批转|颁布|发布|公布)(?P<inner>.+?)的?(?:通知|决定|公告)$")
_PLAN_WORD = re.compile(r"(?:规划|计划|纲要)(?:[（(][^（）()]{1,20}[)）])?$")
_PLAN_PERIOD = re.compile(rf"((?:19|20)\d{{2}})\s*年?\s*{_RANGE_SEP}\s*((?:19|20)\d{{2}})")
_FIVE_YEAR = re.compile(r"十([一二三四五六七八九])五")


# ================================================================== public helpers


def plan_title(section: Section) -> tuple[str, int] | None:
    """The title of the plan a section carries and the line of its heading (or of the section
    title when the heading is not printed); None when the section carries no plan title.

    The indicators extractor uses this too, so that both link to the same plan."""
    title = _promulgated_title(section.title) or _own_plan_title(section)
    if not title:
        return None
    return title, _heading_line(section, title)


def plan_period(title: str) -> tuple[str | None, str | None]:
    """Years a plan title states: (2021-2030年) → 2021, 2030; “十四五” → 2021, 2025; 2023年 → 2023."""
    text = to_ascii_digits(title)
    match = _PLAN_PERIOD.search(text)
    if match:
        return match.group(1), match.group(2)
    five = _FIVE_YEAR.search(text)
    if five:
        number = 10 + (chinese_number(five.group(1)) or 0)
        start = 1966 + 5 * (number - 3)  # the 3rd five-year plan began in 1966
        return str(start), str(start + 4)
    years = _YEAR.findall(text)
    if len(years) == 1:  # an annual plan: 2023年重点项目计划
        return years[0], years[0]
    return None, None


# ================================================================== extraction


def extract(section: Section, context: Context) -> Iterator[Record]:
    """The plan a section carries and the rows of its key-project tables."""
    tables = list(_tables(section))
    found = plan_title(section)
    notice = _notice_number(section) if _promulgated_title(section.title) else None
    # A titled document that is (or promulgates) a plan is one even without tables; in untitled
    # free text a plan-like line counts only when key-project tables follow it.
    if found and (tables or (section.title and _PLAN_WORD.search(found[0]))):
        yield _plan_record(section, context, found, notice)
    plan = found[0] if found else None
    _scope_sequences(tables)
    for table in tables:
        yield from table.warnings_for(context)
        yield from _table_records(table, context, plan, notice)


def _plan_record(
    section: Section, context: Context, found: tuple[str, int], notice: str | None
) -> PlanRecord:
    title, line = found
    start, end = (section.start, line) if line - section.start <= 40 else (line, line)
    period = plan_period(title)
    return PlanRecord(
        context.span(start, end),
        title=title,
        notice=notice,
        notice_title=section.title if notice else None,
        period_start=period[0],
        period_end=period[1],
    )


# ------------------------------------------------------------------ plan title helpers


def _promulgated_title(title: str | None) -> str | None:
    if not title:
        return None
    match = _PROMULGATE.search(clean(title).replace(" ", ""))
    if not match:
        return None
    inner = match.group("inner").strip('《》〈〉“”"')
    return inner.split("》")[0].strip("《") or None


def _own_plan_title(section: Section) -> str | None:
    """The section is the plan itself: its title, or (untitled free text) its first plan heading."""
    if section.title:
        title = clean(section.title)
        return title if _PLAN_WORD.search(title.replace(" ", "")) else None
    for _, text in list(section.numbered_lines())[:40]:
        candidate = clean(text)
        if "\t" not in text and len(candidate) <= 60 and _PLAN_WORD.search(candidate):
            return candidate
    return None


def _heading_line(section: Section, title: str) -> int:
    wanted = key(title)
    for number, text in section.numbered_lines():
        near = abs(len(text.strip()) - len(title)) <= 8  # cheap test before the matching key
        if number > section.start and near and key(text) == wanted:
            return number
    return section.start


def _notice_number(section: Section) -> str | None:
    for _, text in list(section.numbered_lines())[:8]:
        parsed = docnumber.parse(clean(text).replace(" ", ""))
        if parsed is not None:
            return parsed.normalized
    return None


# ================================================================== tables


@dataclass
class Column:
    role: str
    header: str  # as written, cleaned
    index: int


@dataclass
class Row:
    lines: list[int]
    cells: list[str]
    section: str | None
    complete: bool  # reached the last column when first read


@dataclass
class Table:
    header_line: int
    columns: list[Column]
    width: int
    title: str | None = None
    label: str | None = None
    unit: str | None = None
    list_name: str = "main"
    rows: list[Row] = field(default_factory=list)
    totals: list[tuple[int, str]] = field(default_factory=list)  # (line, budget cell) of 合计 rows
    problems: list[tuple[int, str]] = field(default_factory=list)  # (line, message)
    scoped: bool = False  # 序号 restarts: the IRI keys on the section (or the table)

    def column(self, role: str) -> list[Column]:
        return [c for c in self.columns if c.role == role]

    def warnings_for(self, context: Context) -> Iterator[ExtractionWarning]:
        for line, message in self.problems:
            yield ExtractionWarning(context.span(line), genre=GENRE, message=message)


def _cells(text: str) -> list[str]:
    return [clean(cell) for cell in text.split("\t")]


def column_role(cell: str) -> str | None:
    core = _PAREN.sub("", cell).replace(" ", "")
    for role, pattern in _COLUMNS:
        if pattern.search(core):
            return role
    return None


def _header(text: str) -> list[Column] | None:
    """The columns of a key-project header row, or None when the line is not one."""
    if "\t" not in text or not _HEADER_HINT.search(text):
        return None
    columns = [
        Column(column_role(cell) or "unknown", cell, i)
        for i, cell in enumerate(_cells(text))
        if cell
    ]
    roles = {c.role for c in columns}
    if not roles >= _REQUIRED or not roles & _ENOUGH:
        return None
    return columns


def _same_header(a: list[Column], b: list[Column]) -> bool:
    return [(c.role, c.index) for c in a] == [(c.role, c.index) for c in b]


def _tables(section: Section) -> Iterator[Table]:
    lines = list(section.numbered_lines())
    position = 0
    while position < len(lines):
        columns = _header(lines[position][1])
        if columns is None:
            position += 1
            continue
        table = _new_table(section, lines, position, columns)
        position = _read_rows(table, lines, position + 1)
        budget = table.column("budget")
        if budget and table.unit is None:
            message = f"budget column {budget[0].header!r} names no unit"
            table.problems.insert(0, (table.header_line, message))
        yield table


def _new_table(
    section: Section, lines: list[tuple[int, str]], position: int, columns: list[Column]
) -> Table:
    number = lines[position][0]
    width = max(c.index for c in columns) + 1
    table = Table(header_line=number, columns=columns, width=width)
    _caption(table, lines[max(0, position - 5) : position])
    budgets = table.column("budget")
    if budgets:
        chosen = next((c for c in budgets if "总" in c.header), budgets[0])
        for column in budgets:
            column.role = "budget" if column is chosen else "other_budget"
        unit = _UNIT.search(chosen.header)
        table.unit = unit.group(1) if unit else table.unit
    for column in columns:
        if column.role not in _READ | _SKIPPED:
            table.problems.append((number, f"column {column.header!r} not read"))
    return table


def _caption(table: Table, above: list[tuple[int, str]]) -> None:
    """Title, label and unit from the few lines above the header, nearest first."""
    for _, text in reversed(above):
        line = clean(text)
        if "\t" in text or _NOTE.match(line):
            break
        unit = _UNIT_LINE.match(line)
        label = _LABEL.match(line)
        if unit:
            written = _UNIT.search(unit.group("unit"))
            table.unit = table.unit or (written.group(1) if written else None)
        elif label and not label.group("rest"):
            table.label = table.label or label.group("label").replace(" ", "")
        elif table.title is None and _TITLE_WORD.search(line) and len(line) <= 80:
            if label:
                table.label = label.group("label").replace(" ", "")
                line = label.group("rest")
            table.title = line
        elif table.title is not None:
            break
    table.list_name = _list_of(table.title)


def _list_of(title: str | None) -> str:
    for word, name in (("近期", "near"), ("中期", "mid"), ("远期", "long")):
        if title and word in title:
            return name
    return "main"


# ------------------------------------------------------------------ rows


def _read_rows(table: Table, lines: list[tuple[int, str]], position: int) -> int:
    """Read rows until the table ends; return the position of the first line after it."""
    section: str | None = None
    while position < len(lines):
        number, text = lines[position]
        cells = _cells(text)
        if _is_repeat_header(table, text) or _is_noise(text):
            position += 1
            continue
        if not table.rows and section is None and _header_tail(table, text, cells):
            position += 1
            continue
        kind = _row_kind(table, text, cells)
        if kind == "end":
            break
        if kind == "section":
            section = _section_name(next(c for c in cells if c))
        elif kind == "data":
            table.rows.append(
                Row([number], _pad(cells, table.width), section, len(cells) >= table.width)
            )
        elif kind == "total":
            _total(table, number, cells)
        elif kind == "continuation":
            _continue(table, number, text, cells)
        else:
            shown = " | ".join(c for c in cells if c)[:60]
            table.problems.append((number, f"table line could not be placed in any row: {shown!r}"))
        position += 1
    return position


def _header_tail(table: Table, text: str, cells: list[str]) -> bool:
    """A second header line holding only units under the first ((亿元) under 总投资): read the
    budget unit from it."""
    filled = [c for c in cells if c]
    if "\t" not in text or not filled or not all(_UNIT_CELL.match(c) for c in filled):
        return False
    budget = table.column("budget")
    if budget and budget[0].index < len(cells):
        unit = _UNIT.search(cells[budget[0].index])
        table.unit = table.unit or (unit.group(1) if unit else None)
    return True


def _is_noise(text: str) -> bool:
    """Page numbers and 续表 lines that a page break leaves inside a table."""
    line = clean(text)
    return "\t" not in text and bool(_PAGE_NOISE.match(line) or _CONTINUED.match(line))


def _is_repeat_header(table: Table, text: str) -> bool:
    columns = _header(text)
    return columns is not None and _same_header(columns, table.columns)


def _row_kind(table: Table, text: str, cells: list[str]) -> str:
    """data, section, total, continuation, end (of the table) or unplaced."""
    tabbed = "\t" in text
    first, filled = cells[0], [c for c in cells if c]
    if (tabbed and _header(text) is not None) or (not tabbed and _NOTE.match(clean(text))):
        return "end"  # a different header starts a new table; a note closes this one
    if tabbed and _seq(first) is not None:
        return "data"
    if any(_TOTAL.match(c) for c in cells[:2]):
        return "total"
    if len(filled) == 1 and first and _is_section(first):
        return "section"
    if filled and table.rows and _unfinished(table.rows[-1]) and (tabbed or len(first) <= 80):
        return "continuation"
    if tabbed and not first and filled:
        return "continuation"
    if tabbed and len(filled) == 1 and first:
        return "section"
    return "unplaced" if tabbed else "end"


def _unfinished(row: Row) -> bool:
    """The row stopped short of its last column, or its last cell ends on a separator (、，)."""
    return not row.complete or row.cells[_last_filled(row.cells)].endswith(_DANGLING)


def _is_section(cell: str) -> bool:
    if len(cell) > 30 or cell.endswith(("。", "；", ";")):
        return False
    return bool(_SECTION_ROW.match(cell) or _SECTION_WORD.search(cell))


def _seq(cell: str) -> int | None:
    text = cell.strip().strip("．.、)）(（ ")
    if not text or len(text) > 4:
        return None
    if text.isdigit() or re.fullmatch(r"[０-９]+", text):
        return int(to_ascii_digits(text))
    return None


def _section_name(cell: str) -> str:
    match = _SECTION_ROW.match(cell)
    return clean(match.group("name")) if match else cell


def _pad(cells: list[str], width: int) -> list[str]:
    if len(cells) > width and any(cells[width:]):
        cells = [*cells[: width - 1], " ".join(c for c in cells[width - 1 :] if c)]
    return (cells + [""] * width)[:width]


def _total(table: Table, number: int, cells: list[str]) -> None:
    budget = table.column("budget")
    if budget and budget[0].index < len(cells) and cells[budget[0].index]:
        table.totals.append((number, cells[budget[0].index]))


def _continue(table: Table, number: int, text: str, cells: list[str]) -> None:
    """Merge a continuation line into the last row: column by column when the line keeps the
    columns (its 序号 cell empty), else from the cell where the last row broke off."""
    if not table.rows:
        table.problems.append((number, "continuation line before any row of the table"))
        return
    row = table.rows[-1]
    if "\t" in text and not cells[0]:
        for i, cell in enumerate(_pad(cells, table.width)):
            row.cells[i] = clean(f"{row.cells[i]} {cell}") if cell else row.cells[i]
    else:
        filled = _last_filled(row.cells)
        parts = [clean(c) for c in text.split("\t")]
        merged = [*row.cells[:filled], clean(f"{row.cells[filled]} {parts[0]}"), *parts[1:]]
        row.cells = _pad(merged, table.width)
        row.complete = filled + len(parts) >= table.width
    row.lines.append(number)


def _last_filled(cells: list[str]) -> int:
    for i in range(len(cells) - 1, -1, -1):
        if cells[i]:
            return i
    return 0


# ------------------------------------------------------------------ numbering scope


def _scope_sequences(tables: list[Table]) -> None:
    """Mark tables whose 序号 do not identify a row within their list: numbering restarting per
    section, or two tables of one list numbering from 1 again."""
    seen: dict[str, set[int]] = {}
    for table in tables:
        seqs = [_seq(row.cells[0]) for row in table.rows]
        known = seen.setdefault(table.list_name, set())
        table.scoped = len(set(seqs)) < len(seqs) or bool(known & set(seqs))
        known.update(s for s in seqs if s is not None)
        _check_numbering(table, seqs)


def _check_numbering(table: Table, seqs: list[int | None]) -> None:
    previous: int | None = None
    previous_section: str | None = None
    for row, seq in zip(table.rows, seqs, strict=True):
        restart = row.section != previous_section and seq == 1
        if previous is not None and seq is not None and not restart and seq != previous + 1:
            table.problems.append(
                (
                    row.lines[0],
                    f"序号 goes from {previous} to {seq}: a row may be missing or misread",
                )
            )
        previous, previous_section = seq, row.section


# ------------------------------------------------------------------ rows → records


def _table_records(
    table: Table, context: Context, plan: str | None, notice: str | None
) -> Iterator[Record]:
    for row in table.rows:
        yield from _project(table, row, context, plan, notice)
    for line, cell in table.totals:
        value = parse_budget(cell)[0]
        if value is not None:
            yield StatedFigureRecord(
                context.span(line),
                subject="budget",
                scope=table.title,
                value=value,
                unit=table.unit,
                plan=plan,
                table=table.title,
            )


def _cell(table: Table, row: Row, role: str) -> str | None:
    columns = table.column(role)
    return (row.cells[columns[0].index] or None) if columns else None


def _project(
    table: Table, row: Row, context: Context, plan: str | None, notice: str | None
) -> Iterator[Record]:
    span = context.span(row.lines[0], row.lines[-1])
    raw_name = _cell(table, row, "name") or ""
    flagged = raw_name.startswith(_FLAG)
    name = raw_name.lstrip("".join(_FLAG)).strip()
    if not name:
        yield _warning(span, "project row without a name; row skipped")
        return
    budget, problem = parse_budget(_cell(table, row, "budget"))
    if problem:
        yield _warning(span, problem)
    start, end, problem = _period(table, row)
    if problem or (start and end and end < start):
        yield _warning(span, problem or f"period ends ({end}) before it starts ({start})")
    parties, roles = _responsible(table, row)
    written_type = _cell(table, row, "construction_type")
    if written_type and written_type.replace(" ", "") not in _construction_types():
        yield _warning(span, f"construction type {written_type!r} not in construction_types.tsv")
    locations = split_list(_cell(table, row, "locations"))
    yield ProjectRecord(
        span,
        seq=_seq(row.cells[0]) or 0,
        list=table.list_name,
        section=row.section,
        name=name,
        construction_type=_cell(table, row, "construction_type"),
        locations=locations,
        indicator=_cell(table, row, "indicator"),
        content=_cell(table, row, "content"),
        period_start=start,
        period_end=end,
        budget=budget,
        budget_unit=table.unit,
        flagged=flagged,
        responsible=parties,
        plan=plan,
        plan_notice=notice,
        table=table.title,
        table_label=table.label,
        seq_scope=_seq_scope(table, row),
        responsible_roles=roles,
    )


def _seq_scope(table: Table, row: Row) -> str | None:
    if not table.scoped:
        return None
    parts = [table.label or table.title, row.section]
    return "|".join(p for p in parts if p) or None


def _warning(span: SourceSpan, message: str) -> ExtractionWarning:
    return ExtractionWarning(span, genre=GENRE, message=message)


def split_list(cell: str | None) -> list[str]:
    """Split a list cell on 、，,；; / but never inside parentheses."""
    if not cell:
        return []
    if not any(ch in cell for ch in "(（"):
        return [item.strip() for item in _SPLIT.split(cell) if item.strip()]
    items: list[str] = []
    depth, current = 0, ""
    for ch in cell:
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            depth = max(0, depth - 1)
        if depth == 0 and _SPLIT.match(ch):
            items.append(current)
            current = ""
        else:
            current += ch
    items.append(current)
    return [item.strip() for item in items if item.strip()]


def split_parties(cell: str) -> list[str]:
    """Responsible parties: a bare level word joins the next item, because 有关市、县（市、区）人民政府
    is one collective party (the relevant city and county governments), not 有关市 and a county. It
    joins only a level word or a government (各街道、区直各部门 are two parties)."""
    parties: list[str] = []
    pending = ""
    for item in split_list(cell):
        if _BARE_LEVEL.match(item):
            pending += item + "、"
        elif pending and not _GOVERNMENT_PARTY.search(item):
            parties.extend(p for p in pending.split("、") if p)
            parties.append(item)
            pending = ""
        else:
            parties.append(pending + item)
            pending = ""
    return parties + ([pending.rstrip("、")] if pending else [])


def _responsible(table: Table, row: Row) -> tuple[list[str], list[str | None]]:
    """Parties in order, lead first: a 牵头 column comes before the others."""
    columns = sorted(table.column("responsible"), key=lambda c: ("牵头" not in c.header, c.index))
    parties: list[str] = []
    roles: list[str | None] = []
    for column in columns:
        for party in split_parties(row.cells[column.index]):
            parties.append(party)
            roles.append(_PAREN.sub("", column.header).replace(" ", "") or None)
    return parties, roles


# ------------------------------------------------------------------ budgets and periods


def parse_budget(cell: str | None) -> tuple[str | None, str | None]:
    """(exact decimal string or None, a problem to report or None)."""
    if not cell:
        return None, "empty budget cell"
    text = re.sub(r"(?<=\d)[,，](?=\d{3})", "", to_ascii_digits(cell).replace(" ", ""))
    if _UNKNOWN_BUDGET.match(text):
        return None, None
    if _DECIMAL.match(text):
        return text, None
    approx = _APPROX_BUDGET.match(text)
    if approx:
        return approx.group(1), f"budget {cell!r} read as {approx.group(1)}"
    return None, f"budget {cell!r} is not a number; kept as unknown"


def _period(table: Table, row: Row) -> tuple[str | None, str | None, str | None]:
    """(start year, end year, a problem or None) from one period column or start/end columns."""
    cell = _cell(table, row, "period")
    if cell is None:
        start = _years(_cell(table, row, "period_start") or "")
        end = _years(_cell(table, row, "period_end") or "")
        return (start[0] if start else None), (end[-1] if end else None), None
    return parse_period(cell)


def _years(text: str) -> list[str]:
    return _YEAR.findall(to_ascii_digits(text))


def parse_period(cell: str) -> tuple[str | None, str | None, str | None]:
    text = to_ascii_digits(cell).replace(" ", "")
    years = _years(text)
    if len(years) >= 2:
        return years[0], years[-1], None
    if len(years) == 1:
        short = re.search(rf"{years[0]}年?{_RANGE_SEP}(\d{{2}})(?!\d)", text)
        if short:
            return years[0], years[0][:2] + short.group(1), None
        if re.search(rf"{_RANGE_SEP}$|起$|开始$", text):
            return years[0], None, None
        return years[0], years[0], None
    if _UNKNOWN_BUDGET.match(text):
        return None, None, None
    return None, None, f"period {cell!r} names no year"


@functools.cache
def _construction_types() -> frozenset[str]:
    return frozenset(row["written"] for row in read_tsv("construction_types.tsv"))
