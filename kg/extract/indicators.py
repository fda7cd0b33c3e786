"""Extraction of plan indicator tables (指标规划表) and of the figures a plan states about itself.

An indicator table, as Chinese plans print it::

    表2-1 省级生态文明建设指标规划表                                   caption (optional)
    领域 | 任务 | 序号 | 指标名称 | 单位 | 参照值 | 指标属性 | 现状值(2020年) | 规划值(2025年) | … | 是否达标
    生态制度 | (一) … | 1 | 生态文明建设规划 | - | 制定实施 | 约束性 | … | … | … | 是
             |        | 2 | …

Columns are found by their header wording, not by position, so 类别/序号/指标/单位/2020年/2025年/属性
tables of 十四五 plans read with the same code. Cells are separated by tabs (PDF or Word export) or
by ``|`` (web copies). Other layouts are turned into such lines first (:func:`table_lines`): HTML
rows copied with their tags, a forum's copy a cell a line after ``|`` laced with anti-copy runs
(:func:`unjam`, :func:`cell_a_line`), a cell a line each ended by ``|`` with nothing between
the rows (:func:`trailing_bar_cells`), and a table run together without cell breaks, read by its
row grammar 序号 · name · unit · (weight ·) value · source (:func:`run_together`), a table
flattened a cell a line with blank lines for empty cells (:func:`flattened`), and a table laid
out transposed, a field a row and an indicator a column (:func:`transposed`). A row with no unit
column and no unit in its name whose figures all carry one and the same unit (>6亿吨, 61.5%) has
that unit split off (:func:`_unit_in_values`); otherwise the figures stay as written. Text
extracted from PDF is irregular, and each irregularity has a rule:

* the header is repeated at page breaks (skipped); 领域/任务 are blank on continuing rows (carried);
* a row starts with one leading empty cell too many or too few (the 序号 cell is the anchor: the
  name and the value cells follow it in header order);
* a value cell printed twice pushes the row one cell too long (adjacent equal cells are one cell);
* a row number printed alone on its own line before the row ("28 节约用水" then the row 28): one row;
* a row whose 序号 was lost between its neighbours (10, —, 12): the number is inferred, with a warning;
* sub-indicators ①②③ share one cell of the name and split the other cells by their markers or by
  spaces ("% % 千克 个"), or continue on the next line ("②外来物种入侵 ③…");
* lines carrying only a name under a row (生态保护红线, 自然保护地) are that row's unnumbered items.

Whatever cannot be placed (a stray value such as a lone "4.13", an extra cell, a sub-indicator
cell that does not divide) becomes an :class:`ExtractionWarning` naming its line. A number missing
from the table's numbering is a warning too.

Stated figures are what the plan says about its own rows: indicator counts in prose
("48项指标中，…已经达标指标43项，未达标指标5项"), the per-domain project summary table
(领域 | 工程数量 | 投资总预算) and prose totals ("49项重点工程,预算建设资金约3010.39亿元").
:mod:`kg.checks` compares them with the rows.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from kg.extract.context import Context
from kg.records import ExtractionWarning, IndicatorRecord, Record, StatedFigureRecord
from kg.resources import data_file
from kg.segment import Section
from kg.text.normalize import chinese_number, clean, key

GENRE = "indicators"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

_MARKER = re.compile(f"[{CIRCLED}]")
_ENUM = re.compile(r"^[(（]\s*[一二三四五六七八九十]+\s*[)）]")
_SEQ = re.compile(r"^\d{1,3}$")
_WHEREOF = re.compile(r"^(?:其中|含)\s*[:：]\s*")
_CAPTION = re.compile(
    r"^(?:附)?(?:表|专栏)\s*[\dA-Za-z一二三四五六七八九十]+(?:\s*[-—–.．]\s*\d+)*"
)
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_LEADING_YEAR = re.compile(r"^((?:19|20)\d{2})(?=[\u4e00-\u9fff])")  # 2015基期值
_YEAR_ONLY = re.compile(r"^((?:19|20)\d{2})\s*年?(?:[(（].*[)）])?$")
_PAGE_NUMBER = re.compile(r"^[-—–\s]*\d{1,4}[-—–\s]*$")
_MD_RULE = re.compile(r"^\|?[\s:|-]+\|?$")
_TRAILING_SEP = " \t\u3000;；,，、。"

# Header wording → column role. Checked in order on the cell's matching key; the first hit wins
# (指标属性 is a nature column, not a name column; 是否达标 before anything with 标).
_ROLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("met", re.compile(r"是否达标|达标情况|是否达到")),
    ("nature", re.compile(r"属性|性质|指标类型")),
    (
        "cumulative",
        re.compile(r"累计"),
    ),  # 〔累计〕; 年均增速〔累计〕 is rate_cumulative (read_header)
    ("seq", re.compile(r"^(?:序号|编号)$")),
    ("unit", re.compile(r"单位")),
    (
        "reference",
        re.compile(r"参照值|参考值|标准值|考核要求|目标要求|创建标准|^标准$"),
    ),
    ("baseline", re.compile(r"现状|基期|基准|基数|实际值")),
    # 省级指标值: the value a level's standard sets, the target a county meets to qualify
    ("target", re.compile(r"规划值|目标值|预期值|^目标|规划目标|目标$|^[^\d]{0,4}指标值$")),
    ("domain", re.compile(r"^(?:领域|类别|类型|方面|一级指标)$")),
    ("task", re.compile(r"^(?:任务|二级指标|分类|子领域)$")),
    ("name", re.compile(r"指标名称|^(?:主要)?指标$|^具体指标$|^三级指标$|^指标项$")),
)
_VALUE_ROLES = ("baseline", "target")
# A column of totals over the plan's period (〔累计〕, 5年累计), after the value columns. Headed
# 年均增速〔累计〕 it mixes two figures, as plans print them: an annual average rate (2.5) and, in
# brackets, a total over the period (〔0.5〕); only the totals are read (IndicatorRecord.cumulative).
_TOTAL_ROLES = ("cumulative", "rate_cumulative")
_RATE = re.compile(r"年均|增速|增长|平均")
_BRACKETED = re.compile(r"^[〔\[(（【]\s*[-+]?\d+(?:\.\d+)?\s*[%‰]?\s*[〕\])）】]$")  # [2.75) too
_DASH_CELL = re.compile(r"^[-—–－一/]$")  # 一: a copy's dash (devcorpus I-09)
# A target column's header that names whose target it is: an area (苏南目标值, 全省目标值, 东部地区)
# or a level (省级指标值, 国家级). Tables print such columns side by side, one per area or level,
# for the same year; the value is that area's or level's, so it keeps its column's header
# (IndicatorRecord.target_near_column) and is never read as a term's target alone.
_SCOPE = re.compile(r"全[国省市县区]|(?:国家|省|市|县|区|乡镇)级|苏[南中北]|[东中西]部|东北")
_WORDS = re.compile(r"[\u4e00-\u9fff]{2}")
_VALUE_WORDS = re.compile(r"左右|以上|以下|翻一番|翻两番")


def _is_label(cell: str) -> bool:
    """Words (生态环境质量, 1。空气质量), not a value (70左右, 〔18〕, -)."""
    return bool(_WORDS.search(_VALUE_WORDS.sub("", cell)))


_NATURE_WORDS = {"约束性", "参考性", "预期性", "指导性"}
_MET = {"是": True, "达标": True, "已达标": True, "否": False, "未达标": False, "不达标": False}


# ---------------------------------------------------------------------------------- table text


def cells_of(text: str) -> list[str] | None:
    """The cells of a table line (tab- or ``|``-separated), trailing empty cells dropped; None
    when the line is not a table line."""
    if "\t" in text:
        cells = text.split("\t")
    elif text.strip().startswith("|") and text.count("|") >= 2:
        if _MD_RULE.match(text.strip()):
            return []
        cells = text.strip().strip("|").split("|")
    else:
        return None
    cells = [c.strip(" \u3000\u00a0") for c in cells]
    while cells and not cells[-1]:
        cells.pop()
    return cells


@dataclass(frozen=True)
class Header:
    """The column roles of an indicator table, and the years its value columns state."""

    roles: tuple[str | None, ...]
    years: tuple[int | None, ...]
    line: int
    # a target column's header where it names whose target it is (苏南目标值), else None
    scopes: tuple[str | None, ...] = ()

    @property
    def name_col(self) -> int:
        return self.roles.index("name")

    @property
    def seq_col(self) -> int | None:
        return self.roles.index("seq") if "seq" in self.roles else None

    @property
    def after_name(self) -> tuple[str | None, ...]:
        return self.roles[self.name_col + 1 :]

    def value_years(self) -> list[int | None]:
        return [y for r, y in zip(self.roles, self.years, strict=True) if r in _VALUE_ROLES]


def read_header(cells: list[str], line: int) -> Header | None:
    """The header of an indicator table: a name column and a baseline or target column."""
    roles: list[str | None] = []
    years: list[int | None] = []
    scopes: list[str | None] = []
    for cell in cells:
        text = key(cell)
        year = _YEAR.search(text) or _LEADING_YEAR.match(text)
        role = next((r for r, pattern in _ROLES if pattern.search(text)), None)
        if role == "cumulative" and _RATE.search(text):
            role = "rate_cumulative"
        if role is None and _YEAR_ONLY.match(text):
            role = "target" if any(r in _VALUE_ROLES for r in roles) else "baseline"
            year = _YEAR_ONLY.match(text)
        roles.append(role)
        years.append(int(year.group(1)) if year and role in _VALUE_ROLES else None)
        scopes.append(
            clean(cell).replace(" ", "") if role == "target" and _SCOPE.search(text) else None
        )
    if "name" not in roles or not any(r in _VALUE_ROLES for r in roles[roles.index("name") :]):
        return None
    return Header(tuple(roles), tuple(years), line, tuple(scopes))


@dataclass
class Table:
    caption: str
    header: Header
    lines: list[tuple[int, list[str]]]  # (line number, cells) of the body
    interruptions: list[tuple[int, str]] = field(default_factory=list)  # prose lines inside

    def last_seq(self) -> int | None:
        seqs = [_leading_seq(cells, self.header) for _, cells in self.lines]
        return max((s for s in seqs if s is not None), default=None)


# a unit in parentheses: %, ‰, 万立方米, 亿元, 千克/人, 微克/立方米, 个, 人年 … (short, no digits
# but a superscript; not a remark such as (2010年不变价), which has digits or 年)
_UNIT_IN_NAME = re.compile(r"[(（]([%‰℃]|[\u4e00-\u9fffA-Za-z/²³·]{1,8})[)）]$")
# 小麦稻谷自给率(% — the copy lost the closing parenthesis of a percent sign
_UNIT_UNCLOSED = re.compile(r"(?<=[\u4e00-\u9fff])[(（]([%‰℃])$")
_HTML_ROW = re.compile(r"<tr\b", re.IGNORECASE)
_HTML_CELL = re.compile(
    r"<t[dh]\b[^>]*>(.*?)(?:</t[dh]>|(?=<t[dh]\b)|$)", re.IGNORECASE | re.DOTALL
)
_HTML_TAG = re.compile(r"<[^>]*>|&nbsp;")


def html_rows(lines: Iterable[tuple[int, str]]) -> Iterator[tuple[int, str]]:
    """The lines; a line that carries HTML table markup (a web page copied with its tags:
    ``<tr> <td>1</td> <td>森林覆盖率(%)</td> …``) gives one tab-separated line per ``<tr>``, each
    with the number of the line it is on, and the text before the table as a line of its own
    (the caption)."""
    for number, text in lines:
        if not _HTML_ROW.search(text):
            yield number, text
            continue
        head, *rows = _HTML_ROW.split(text)
        before = clean(_HTML_TAG.sub(" ", head))
        if before:
            yield number, before.split("  ")[-1].strip() if "  " in before else before
        for row in rows:
            if not re.search(r"</tr\s*>", row, re.IGNORECASE):
                continue  # a row the copy cuts off (the page ends in it): its cells are not all there
            cells = [clean(_HTML_TAG.sub(" ", c)) for c in _HTML_CELL.findall(row)]
            if cells:
                yield number, "\t".join(cells)


# Anti-copy garbage of forum copies (a "jammer"): runs of an ASCII character from ! to ;, a space
# and one from ? to ~ ("! C3 ^4 a5 w% S1 Q"), 5 to 15 of them, printed at the end of a line (after
# a cell's last character) or at its start (before its |). A run whose first character is space
# reaches us as " Q" (spaces folded), so a run of pairs is read with that form too, but a run
# must hold at least four whole pairs: "| a | b | c" (a table in ASCII) is not a run.
_JAM_PAIR = r"(?:[!-;] [?-~]| [?-~])"
_JAM_HEAD = re.compile(rf"^\s*(?P<run>{_JAM_PAIR}{{5,}})(?= \|(?: |$))")
_JAM_TAIL = re.compile(rf"(?P<run>{_JAM_PAIR}{{5,}})\s*$")
_JAM_END = re.compile(rf"{_JAM_PAIR}{{3}}\s*$")
_WHOLE_PAIR = re.compile(r"[!-;] [?-~]")
UNREADABLE = "\ufffd"  # stands for what a layout rule cut and cannot tell from the cell


def _is_jam(run: str) -> bool:
    return len(_WHOLE_PAIR.findall(run)) >= 4


def unjam(text: str) -> str:
    """The line without the anti-copy runs at its start and end. Where the run's first character
    (a digit, ``.``, ``%``) could as well end the cell's number (``>80`` + ``8 {# m/…``: >80 or
    >808?), the cell is marked :data:`UNREADABLE` rather than guessed."""
    head = _JAM_HEAD.match(text)
    if head and _is_jam(head.group("run")):
        text = text[head.end() :]
    if not _JAM_END.search(text[-12:]):
        return text
    start = 0
    while (tail := _JAM_TAIL.search(text, start)) is not None:
        if _is_jam(tail.group("run")):
            kept = text[: tail.start()]
            if text[tail.start()] in "0123456789.%‰" and kept.rstrip()[-1:].isdigit():
                kept += UNREADABLE
            return kept
        start = tail.start() + 1
    return text


_LEAD_CELL = re.compile(r"^\s*\|\s*(?P<cell>[^|]*?)\s*$")


def cell_a_line(lines: list[tuple[int, str]]) -> Iterator[tuple[int, str]]:
    """Rows printed a cell a line: the row's first cell alone, each further cell after a | on a
    line of its own, a bare | closing the row (a forum's copy of an HTML table). Each row becomes
    one tab-separated line; a row of one cell under a header (a category row: 生态环境质量) keeps
    a tab so that it stays in the table. Sections with fewer than six such lines are left as
    they are."""
    leads = [_LEAD_CELL.match(text) for _, text in lines]
    if sum(1 for m in leads if m) < 6:
        yield from lines
        return
    group: list[tuple[int, str]] = []
    header = False

    def flush(closed: bool) -> Iterator[tuple[int, str]]:
        nonlocal header
        cells = [cell for _, cell in group]
        if len(cells) >= 2:
            header = header or read_header(cells, group[0][0]) is not None
            yield group[0][0], "\t".join(cells)
        elif cells:
            yield group[0][0], cells[0] + ("\t" if header and closed else "")
        group.clear()

    for (number, text), lead in zip(lines, leads, strict=True):
        if lead is None:
            yield from flush(closed=False)
            group.append((number, text.strip()))
        elif lead.group("cell"):
            group.append((number, lead.group("cell")))
        else:
            yield from flush(closed=True)
    yield from flush(closed=False)


# A table copied a cell a line, each cell followed by a | and no mark between the rows (an exam
# site's copy of a plan's table, I-09):
#
#     指标 | · 2020年基期值(…) | · 2025年目标值(…) | · 年均增(5年累计) |      header, a cell a line
#     农业科技进步贡献率(%) | · 60 | · 64 | · [4] |                        a row of as many cells
#
# The header's width is the number of cells that read as a header and divide the run into rows
# whose first cell is a name (words) and whose other cells are none (figures, 一, [4]), but for
# the cell under a 属性 header, a nature word (预期性: HB-33, a 十二五 plan's 专栏2). Each row
# becomes a tab-separated line. Runs that do not divide so are left as they are.
_TRAILING_CELL = re.compile(r"^\s*(?P<cell>[^|\t]*?[^|\t\s])\s*\|\s*$")


def trailing_bar_cells(lines: list[tuple[int, str]]) -> Iterator[tuple[int, str]]:
    """Rows printed a cell a line, each cell ended by a ``|`` (see above), as tab-separated
    lines; other lines as they are."""
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and _TRAILING_CELL.match(lines[end][1]):
            end += 1
        run = lines[index:end]
        rows = _trailing_rows(run) if len(run) >= 9 else None
        if rows is None:
            yield from run or lines[index : index + 1]
            index = max(end, index + 1)
            continue
        yield from rows
        index = end


def _words_after_name(row: list[str], header: Header) -> bool:
    """Whether a row's cells after its first hold words other than its 属性 (预期性, in the
    column headed 属性): a row of figures has none."""
    return any(
        _is_label(cell) and not (role == "nature" and cell in _NATURE_WORDS)
        for cell, role in zip(row[1:], header.roles[1:], strict=True)
    )


def _trailing_rows(run: list[tuple[int, str]]) -> list[tuple[int, str]] | None:
    cells = [_TRAILING_CELL.match(text).group("cell") for _, text in run]  # type: ignore[union-attr]
    for width in range(3, 9):
        if len(cells) % width or len(cells) // width < 3:
            continue
        header = read_header(cells[:width], run[0][0])
        if header is None:
            continue
        rows = [cells[i : i + width] for i in range(width, len(cells), width)]
        if all(_is_label(row[0]) and not _words_after_name(row, header) for row in rows):
            return [
                (run[i][0], "\t".join(cells[i : i + width])) for i in range(0, len(cells), width)
            ]
    return None


# A table printed a cell a paragraph (a web copy of a Word table: each cell on a line of its own,
# blank lines between them):
#
#     指  标 · 2020年 · 2025年 · 属性                       header, a cell a line
#     一、发展水平                                         a group heading, alone
#     1.学前教育毛入园率(%) · 99% · 99%以上 · 约束性           a row, ending at its 属性 cell
#     1.幼儿教师专科及以上学历比例(%) · 其中:本科及以上学历比例(%) · 97.74% · 49.85% · 100% · 50%
#       · 预期性                                          a row and its 其中 sub-row: the names
#                                                         first, then the figures column by column
#
# A row's names are its lines that are no figure; its figures fill the value columns of the header
# for every name, column by column; when they are one set short, the first name is a heading
# with no figures of its own (4.义务教育标准班额比例(%) · 其中:小学 · 初中 · 34.52% · 77.34% ·
# 80%以上 · 85%以上). A 其中 sub-row without a unit takes its row's. A block that does not divide
# so is left as it is. Each row becomes a tab-separated line, a group heading a one-cell line,
# and the names after a row's first are its items (其中:…), read as sub-indicators of the row —
# a heading's items too, the heading a row with no figures. A row's number (1.) is its 序号: a
# table whose rows carry one gets 类别 and 序号 columns before the name (the numbers restart in
# each group; the reader scopes them to it), a table whose rows carry none keeps its header.
# A header may open with a 类别 column (P-13: 类别 · 指标 · 2015 基期值 · 2020 目标值 ·
# 年均增速〔累计〕 · 指标属性): a group's 类别 is printed on its first row only, one name more than
# the figures need. Where blank lines part the cells, a cell is a paragraph: its lines are
# joined (2015 / 基期值). Three rows make a table, or one under a header of five words.
_NATURE_CELL = re.compile(r"^(?:约束性|预期性|参考性|约束性指标|预期性指标|参考性指标)$")
_PARAGRAPH_HEAD = re.compile(
    r"^(?:指\s*标(?:名称)?|(?:指标)?属\s*性|单\s*位|序\s*号|类\s*别|领\s*域|任\s*务"
    r"|(?:19|20)\d{2}\s*年.{0,6}"
    r"|(?:(?:19|20)\d{2}\s*)?[\u4e00-\u9fff]{0,4}(?:指标值|目标值|规划值|现状值|基期值|参照值|标准值)"
    r"|(?:年均增速|年均增长)?\s*[〔\[]累计[〕\]])$"
)
_GROUP_HEADING = re.compile(r"^[一二三四五六七八九十]+[、.．]\s*\S{2,20}$")
_FIGURE_CELL = re.compile(
    r"^(?:[≥≤>＜<＞~]|>=|<=)?\s*-?\d+(?:\.\d+)?\s*(?:%|‰|[\u4e00-\u9fff]{1,3})?"
    r"(?:以上|以下|左右|以内)?$|^[-—/／]$"
)
_UNIT_AT_END = re.compile(r"[(（][^()（）]{1,8}[)）]$")
_GROUP_ENUM = re.compile(r"^[一二三四五六七八九十]+[、.．]\s*")
_ROW_ENUM = re.compile(r"^\d{1,2}[.．、]\s*(?=\D)")


def cell_a_paragraph(
    lines: list[tuple[int, str]], notes: list[tuple[int, str]] | None = None
) -> Iterator[tuple[int, str]]:
    """Rows printed a cell a paragraph, as tab-separated lines (see above); sections without
    such a header and three rows are left as they are. A row of a numbered table whose cells do
    not come to the header's columns is not read, with a note."""
    filled, ends = _paragraphs(lines)
    start = next(
        (i for i in range(len(filled)) if _paragraph_header(filled, i) is not None),
        None,
    )
    if start is None:
        yield from lines
        return
    header_cells, header = _paragraph_header(filled, start)  # type: ignore[misc]
    values = sum(
        1 for r in header.after_name[:-1] if r in _VALUE_ROLES or r in _TOTAL_ROLES or r is None
    )
    category = header.name_col == 1 and header.roles[0] == "domain"  # 类别 · 指标 · …
    converted: list[tuple[int, str]] = []
    if header.seq_col is not None:
        converted.append((filled[start][0], "\t".join(header_cells)))
    at, rows = start + len(header_cells), 0
    context: list[str] = []  # the 领域/任务 cells of the numbered rows, kept past a row not read
    grouped: list[tuple[int, str] | _ParagraphRow] = []  # a table without 序号: headings, rows
    while at < len(filled):
        number, text = filled[at]
        if _GROUP_HEADING.match(text) and header.seq_col is None:
            grouped.append((number, _GROUP_ENUM.sub("", text)))
            at += 1
            continue
        end = next(
            (j for j in range(at, min(at + 16, len(filled))) if _NATURE_CELL.match(filled[j][1])),
            None,
        )
        if end is None:
            break
        if header.seq_col is not None:
            block, context = _numbered_paragraph_row(
                filled[at:end], filled[end][1], header, context, notes
            )
            if block is None and notes is not None:
                notes.append((filled[at][0], _UNDIVIDED))
            converted.extend(block or [])
            rows += len(block or [])
            at = end + 1
            continue
        cells = filled[at:end]
        figures = sum(1 for _, t in cells if _FIGURE_CELL.match(t))
        if category and len(cells) - figures >= 2 and len(cells) - figures - 2 == 0:
            grouped.append(cells[0])  # the 类别 cell, printed on the group's first row
            cells = cells[1:]
        block = _paragraph_rows(cells, filled[end][1], values)
        if block is None:
            break
        grouped.extend(block)
        rows += len(block)
        at = end + 1
    if header.seq_col is None:
        converted.extend(_grouped_lines(filled[start][0], header_cells, grouped, category))
    if rows < 3 and (rows < 1 or len(header_cells) < 5):  # a header of five words is enough
        yield from lines
        return
    first, last = filled[start][0], ends[filled[at - 1][0]]
    yield from ((n, t) for n, t in lines if n < first)
    yield from converted
    yield from ((n, t) for n, t in lines if n > last)


def _paragraphs(lines: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], dict[int, int]]:
    """The cells of a table printed a cell a paragraph: each line that is not blank, or — where
    blank lines part the cells (two lines in three are followed by one) — each paragraph, its
    lines joined (P-13: 2015 / 基期值 is one header cell); and the last line of each."""
    filled = [(n, t.strip()) for n, t in lines if t.strip()]
    joined = [b[0] == a[0] + 1 for a, b in itertools.pairwise(filled)]
    if 3 * joined.count(False) < 2 * len(filled):
        return filled, {n: n for n, _ in filled}
    cells: list[tuple[int, str]] = []
    ends: dict[int, int] = {}
    for index, (number, text) in enumerate(filled):
        if index and joined[index - 1]:
            first = cells[-1][0]
            cells[-1] = (first, clean(f"{cells[-1][1]} {text}"))
            ends[first] = number
        else:
            cells.append((number, text))
            ends[number] = number
    return cells, ends


def _paragraph_header(filled: list[tuple[int, str]], start: int) -> tuple[list[str], Header] | None:
    cells = []
    for _, text in filled[start : start + 10]:
        if not _PARAGRAPH_HEAD.match(text):
            break
        cells.append(text)
    if len(cells) < 3 or not any(
        _NATURE_CELL.match(t) for _, t in filled[start + len(cells) : start + len(cells) + 16]
    ):
        return None
    header = read_header(cells, filled[start][0])
    if header is None or header.roles[-1] != "nature":
        return None
    if header.seq_col is None and header.roles[: header.name_col] == ("domain",):
        return cells, header  # 类别 · 指标 · …: a group's 类别 is printed on its first row
    if header.name_col != 0 and (header.seq_col is None or header.seq_col >= header.name_col):
        return None  # columns before the name: 领域 · 任务 · 序号, the 序号 anchoring each row
    return cells, header


_UNDIVIDED = (
    "a row of a table printed a cell a paragraph does not come to the header's columns "
    "(items under one number, or a cell left empty): not read"
)


def _numbered_paragraph_row(
    block: list[tuple[int, str]],
    nature: str,
    header: Header,
    context: list[str],
    notes: list[tuple[int, str]] | None = None,
) -> tuple[list[tuple[int, str]] | None, list[str]]:
    """One row of a table with a 序号 column printed a cell a paragraph, and the 领域/任务 cells
    in force after it: the cells before the number are its 领域/任务 (those left out are the
    ones in force, written out so that a row not read does not lose them), the number and the
    cells after it fill the columns up to 属性 exactly, or hold items under the number
    (:func:`_paragraph_items`); else no row."""
    seq_col = header.seq_col
    assert seq_col is not None
    at = next((i for i, (_, t) in enumerate(block[: seq_col + 1]) if _SEQ.match(t)), None)
    own = [t for _, t in block[:at]] if at is not None else []
    context = (context[: seq_col - len(own)] + own)[-seq_col:] if own else context
    if at is None:
        return None, context
    filled = ([""] * seq_col + context)[-seq_col:] if seq_col else []
    if len(block) - at != len(header.roles) - 1 - seq_col:
        items = _paragraph_items(block[at:], nature, header, notes)
        return ([(n, "\t".join(filled + c)) for n, c in items] if items else None), context
    cells = filled + [t for _, t in block[at:]] + [nature]
    return [(block[at][0], "\t".join(cells))], context


def _is_unit_cell(text: str) -> bool:
    return text in ("-", "—", "/", "／") or text in _units()


def _paragraph_items(
    block: list[tuple[int, str]],
    nature: str,
    header: Header,
    notes: list[tuple[int, str]] | None,
) -> list[tuple[int, list[str]]] | None:
    """A numbered row with items under its number, printed a cell a paragraph (devcorpus R-10)::

        12 · 森林覆盖率 · 山区 · 丘陵区 · 平原地区 · 高寒区或草原区林草覆盖率 · % · ≥60 · ≥40 · ≥18 · ≥70

    the number, the row's name, the items' names, the unit cells (one for all, or one per item:
    a unit of kg/data/indicator_units.txt, or - where none), then the value cells: one per item
    and value column (column by column), each item a sub-indicator of the row; or one per value
    column, the row's own, the items naming what the one value speaks of (not read as indicators
    of their own, with a note). A blank unit cell lost in the copy leaves the values right after
    the items: then the last cell is the row's one value. Only for a header whose columns after
    the name are a unit and value columns; a row that divides no way is not read."""
    after = header.after_name
    if not after or after[-1] != "nature" or after[0] != "unit":
        return None
    columns = len(after) - 2  # value columns between the unit and the 属性
    if columns < 1 or any(r not in _VALUE_ROLES for r in after[1:-1]):
        return None
    (seq_line, seq), (_, name), *rest = block
    texts = [t for _, t in rest]
    first_unit = next((i for i, t in enumerate(texts) if _is_unit_cell(t)), None)
    if first_unit is None:  # no unit cell: the last cells are the row's values
        items, units, values = rest[:-columns], [], texts[-columns:]
    else:
        items, end = rest[:first_unit], first_unit
        while end < len(texts) and _is_unit_cell(texts[end]) and end - first_unit < len(items):
            end += 1
        units, values = texts[first_unit:end], texts[end:]
    names = [t for _, t in items]
    if not items or any(_FIGURE_CELL.match(t) or not _is_label(t) for t in names):
        return None
    if len(units) not in (0, 1, len(items)):
        return None
    prefix = [seq, name.rstrip(":：")]
    if len(values) == columns:  # one value for the row: the items only say what it covers
        if notes is not None:
            notes.append(
                (
                    items[0][0],
                    f"row {seq} «{name}»: the items «{'、'.join(names)}» share the row's one "
                    "value; the row is read with it, the items are not read as indicators",
                )
            )
        return [(seq_line, [*prefix, units[0] if units else "", *values, nature])]
    if len(values) != columns * len(items):
        return None
    lines = [(seq_line, [*prefix, units[0] if len(units) == 1 else "", *[""] * columns, nature])]
    for j, (number, item) in enumerate(items):
        unit = units[j] if len(units) == len(items) else (units[0] if units else "")
        cells = [values[c * len(items) + j] for c in range(columns)]
        lines.append((number, ["", f"其中:{item}", unit, *cells, nature]))
    return lines


@dataclass
class _ParagraphRow:
    """A row of a table printed a cell a paragraph without a 序号 column: its number as printed
    ("" for none), name, and cells after the name; ``item`` for a 其中 name under a row."""

    line: int
    seq: str
    name: str
    cells: list[str]
    item: bool = False


def _paragraph_rows(
    block: list[tuple[int, str]], nature: str, values: int
) -> list[_ParagraphRow] | None:
    names = [(n, t) for n, t in block if not _FIGURE_CELL.match(t)]
    figures = [t for _, t in block if _FIGURE_CELL.match(t)]
    if not names or not figures or len(names) + len(figures) != len(block):
        return None
    if any(_FIGURE_CELL.match(t) for _, t in block[: len(names)]):
        return None  # names first, then figures
    if len(figures) == len(names) * values:
        named = names
    elif len(names) > 1 and len(figures) == (len(names) - 1) * values:
        named = names[1:]  # the first name heads its sub-rows
    else:
        return None
    unit = _UNIT_AT_END.search(names[0][1])
    enum = _ROW_ENUM.match(names[0][1])
    seq = enum.group(0).rstrip(" .．、") if enum else ""
    rows = []
    if named is not names:  # the heading: a row whose figures are its items'
        lead = _ROW_ENUM.sub("", names[0][1])
        rows.append(_ParagraphRow(names[0][0], seq, lead, [""] * values + [nature]))
    for j, (number, name) in enumerate(named):
        item = name is not names[0][1]
        name = _ROW_ENUM.sub("", _WHEREOF.sub("", name))  # the row's number is not its name
        if unit and item and not _UNIT_AT_END.search(name):
            name += unit.group(0)
        cells = [figures[c * len(named) + j] for c in range(values)] + [nature]
        rows.append(_ParagraphRow(number, "" if item else seq, name, cells, item))
    return rows


def _grouped_lines(
    line: int,
    header_cells: list[str],
    grouped: list[tuple[int, str] | _ParagraphRow],
    category: bool = False,
) -> Iterator[tuple[int, str]]:
    """Tab-separated lines of a table printed a cell a paragraph without a 序号 column: its rows
    under 类别 · 序号 columns when they carry numbers, else under the header as printed (a group
    heading a one-cell line); an item as 其中:name, which the reader makes the row's item.
    ``category``: the header has its own 类别 column before the name."""
    rows = [r for r in grouped if isinstance(r, _ParagraphRow)]
    numbered = any(r.seq for r in rows)
    names = header_cells[1:] if category else header_cells
    yield line, "\t".join(["类别", "序号", *names] if numbered else header_cells)
    for entry in grouped:
        if not isinstance(entry, _ParagraphRow):
            yield entry[0], entry[1] + "\t"
            continue
        name = f"其中:{entry.name}" if entry.item else entry.name
        cells = ["", entry.seq, name] if numbered else ["", name] if category else [name]
        yield entry.line, "\t".join(cells + entry.cells)


# A table run together: PDF text that lost its cell breaks, the header's words side by side and
# each row's cells one after the other (a document-sharing site's copy):
#
#     指标名称计量单位2020 年目标值资料来源一、经济发展1 地区生产总值(2010 年不变价)亿元翻一番(…)
#     省统计局2 战略性新兴产业增加值占GDP 比重% ≥ 15省统计局3 …10 人力资源水平每万劳动力中研发
#     人员数人年≥140省统计局每万劳动力中高技能人才数人≥750省人社厅11 …
#
# A row is its 序号 (the next number), then items of name · unit · value · source: the unit is
# one of kg/data/indicator_units.txt standing right before the value (≥ 15, =100, <4/<5.5,
# 翻一番(…)), the source an organ (…局, …厅, …委, …办, …总队) when the header has a source
# column. A row of two items or more is a group: its first name holds the group's name and its
# first item's name run together, told apart only where a later item's name shares its opening
# words (人力资源水平|每万劳动力中研发人员数 — 每万劳动力中高技能人才数) or its closing words
# with an earlier point of it (食品药品检测合格率|获证食品生产企业抽检合格率 — …抽验合格率); a
# group that cannot be told apart is not read, with a note. Group headings (一、经济发展) are
# the domain. Each row becomes a tab-separated line under a header of 类别 · 序号 · the header's
# words, the items ①②… of their group.
#
# A header with a 权重 column between the unit and the value (D-12: 监测指标单位权重目标值) has
# rows 1.name · unit · weight · value, the number followed by a dot, the weight a number right
# before a bounded value (%2.0≥47; the unit may end in a digit: 以农为1 · 1.5; - for no unit).
# There a row whose value is followed by words is an index and its components, sub-rows without
# figures (12.社会安全指数每万人口刑事犯罪人数%4.0=100每万人口交通事故死亡人数…): the row is the
# index, its name told apart from its first component's as a group's is (:func:`_split_group`),
# its unit the one before the weight unless the components carry units of their own (then none).
# A row that does not read is noted and passed over where the next one reads.
_HEAD_WORD = (
    r"序号|编号|指标名称|具体指标|计量单位|单位|资料来源|数据来源|指标属性|属性|权重"
    r"|(?:(?:19|20)\d{2}\s*年\s*)?(?:目标值|规划值|预期值|现状值|基期值|基准值)|(?:19|20)\d{2}\s*年|指标"
)
_RUN_HEADER = re.compile(rf"(?:(?:{_HEAD_WORD})\s*){{3,}}")
_SOURCE_WORD = re.compile(r"^(?:资料来源|数据来源)$")
_RUN_ATOM = r"(?:(?:≥|≤|>=|<=|>|<|=|＞|＜|≈|~)\s*)?\d+(?:[.。]\d+)?(?:\s*[%‰])?(?:左右|以上|以下)?"
_RUN_VALUE = re.compile(
    rf"{_RUN_ATOM}(?:\s*/\s*{_RUN_ATOM})*|翻[一两]番(?:\([^()]*\)|（[^（）]*）)?"
)
_ORGAN = r"[\u4e00-\u9fff]{1,12}?(?:局|厅|委|办|队|院|部|会|中心|所|站|处|行|署|室|司)"
_RUN_SOURCE = re.compile(rf"\s*{_ORGAN}(?:\s*[/、,，]\s*{_ORGAN})*\s*")
_RUN_GROUP = re.compile(r"[一二三四五六七八九十]+、[\u4e00-\u9fff]{2,12}\s*$")
_CJK2 = re.compile(r"[\u4e00-\u9fff].*[\u4e00-\u9fff]")


@functools.cache
def _units() -> tuple[str, ...]:
    lines = data_file("indicator_units.txt").read_text("utf-8").splitlines()
    units = {u.strip() for u in lines if u.strip() and not u.startswith("#")}
    return tuple(sorted(units, key=len, reverse=True))


def run_header(text: str) -> tuple[re.Match[str], list[str]] | None:
    """The header words of a run-together table (指标名称计量单位2020 年目标值资料来源): a
    name, a unit and one value column, read as a header by :func:`read_header`."""
    for match in _RUN_HEADER.finditer(text):
        words = [w.strip() for w in re.findall(_HEAD_WORD, match.group(0))]
        header = read_header(words, 0)
        values = [r for r in header.roles if r in _VALUE_ROLES] if header else []
        if header is not None and "unit" in header.roles and len(values) == 1:
            return match, words
    return None


@dataclass
class _Item:
    name: str
    unit: str | None  # None: not told (a weighted row whose components carry their units)
    value: str
    source: str


_ROW_DOT = re.compile(r"^\s*[.．、]\s*")  # the dot after a row's number (1.人均GDP)
_NO_UNIT = ("-", "—", "/")  # a unit cell printed empty
_WEIGHT = re.compile(r"\d+(?:\.\d+)?\s*$")


def _run_item(body: str, start: int, weighted: bool = False) -> tuple[_Item, int] | None:
    """name · unit · value from ``start``: the first value that has a unit right before it;
    ``weighted``: name · unit · weight · value, the weight a number right before the value."""
    if weighted:
        return _weighted_item(body, start)
    for match in _RUN_VALUE.finditer(body, start + 1):
        before = body[start : match.start()].rstrip()
        unit = next((u for u in _units() if before.endswith(u)), None)
        if unit is None:
            continue
        name = _ROW_DOT.sub("", before[: -len(unit)].strip())
        if not _CJK2.search(name):
            return None
        return _Item(name, unit, match.group(0).strip(), ""), match.end()
    return None


def _weighted_item(body: str, start: int) -> tuple[_Item, int] | None:
    """name · unit · weight · value (…GDP比重%2.0≥47, 城乡居民收入比以农为11.5≤2.8, 基尼系数-1.5≤0.4):
    the first value with a bound right after a number, the weight, read where a unit of the
    list (or - for none) stands right before it; the weight's digits may end the unit (以农为1).
    A name before a weight with no unit before it has unit None (the caller decides)."""
    for match in _RUN_VALUE.finditer(body, start + 1):
        if not re.match(r"[≥≤>=<＞＜]", match.group(0)):
            continue
        digits = _WEIGHT.search(body, start, match.start())
        if digits is None:
            continue
        for cut in range(digits.start(), digits.end()):
            if body[cut] == "." or (cut > digits.start() and body[cut - 1] == "."):
                continue
            before = body[start:cut].rstrip()
            unit = next((u for u in (*_units(), *_NO_UNIT) if before.endswith(u)), None)
            if unit is not None:
                name = _ROW_DOT.sub("", before[: -len(unit)].strip())
                unit = "" if unit in _NO_UNIT else unit
                break
        else:
            name, unit = _ROW_DOT.sub("", body[start : digits.start()].strip()), None
        if not _CJK2.search(name):
            return None
        return _Item(name, unit, match.group(0).strip(), ""), match.end()
    return None


# An index whose components are sub-rows without figures of their own (社会安全指数 ·
# 每万人口刑事犯罪人数 … · % · 4.0 · =100, then 每万人口交通事故死亡人数…): its name and its
# first component's run together before the unit, the other components after the value.
_COMPONENTS = re.compile(r"[^\d≥≤=<>]*[\u4e00-\u9fff]{4}[^\d≥≤=<>]*")


def _index_item(item: _Item, rest: str) -> _Item | None:
    """The index of a weighted row whose value is followed by words (its components): its name
    told apart from its first component's (:func:`_split_group`), with its unit when the
    components carry none of their own (a unit after them: the units are theirs, the index has
    none)."""
    rest = rest.strip()
    own = next((u for u in _units() if rest.endswith(u)), None)
    if item.unit is None and own is None:
        return None
    components = rest[: -len(own)] if own else rest
    split = _split_group(item.name, [components])
    if split is None:
        return None
    return _Item(split[0], "" if own else item.unit, item.value, item.source)


def _run_items(
    body: str, sourced: bool, whole: bool, weighted: bool = False
) -> tuple[list[_Item], int]:
    """The items of one row's text; with ``whole`` every character must be read, else the
    items read and where reading stopped."""
    items: list[_Item] = []
    at = 0
    while (found := _run_item(body, at, weighted)) is not None:
        item, at = found
        items.append(item)
        rest = body[at:]
        if not rest.strip() and item.unit is not None:
            return items, len(body)
        if weighted and len(items) == 1 and _COMPONENTS.fullmatch(rest):
            index = _index_item(item, rest)
            return ([index], len(body)) if index else ([], at)
        if item.unit is None:
            return [], at
        if sourced and _RUN_SOURCE.fullmatch(rest) and not _run_item(body, at, weighted):
            item.source = rest.strip()
            return items, len(body)
        # the shortest organ, then the next item (or, reading the last row, whatever follows)
        source = _RUN_SOURCE.match(body, at) if sourced else None
        if source is not None and (
            not whole or _run_item(body, source.end(), weighted) is not None
        ):
            item.source, at = source.group(0).strip(), source.end()
    return (items, at) if items and (not whole or at == len(body)) else ([], at)


def _anchors(text: str, seq: int, start: int) -> list[int]:
    """Where row ``seq`` may start: its number before a name; numbers not glued to a digit
    first (…省统计局3 服务业…), then numbers after one (…≥9818 城镇… when 18 is due)."""
    number = re.compile(
        rf"(?<![.。]){seq}(?=\s?[\u4e00-\u9fff“\"(（]|[.．、]\s?[\u4e00-\u9fff“\"(（A-Za-z])"
    )
    found = [m.start() for m in number.finditer(text, start)]
    glued = [f for f in found if f > 0 and text[f - 1].isdigit()]
    return [f for f in found if f not in glued] + glued


# The words a group's name ends in (人力资源水平, 基本社会保障, 公共交通服务水平): where no item
# shares words with the first name, the one place where such a word ends inside it, leaving a
# group and an item of four characters each, tells them apart.
_GROUP_END = re.compile(r"水平|保障|能力|质量|指数")


def _split_group(first: str, others: list[str]) -> tuple[str, str] | None:
    """(group name, first item's name) of a group's first name, told apart by a later item's
    opening words (three characters or more) found inside it, or by their shared closing words
    ending at an earlier point of it; None when neither or both (differently) tell. When no
    item shares words with it, by the one place a group's closing word (:data:`_GROUP_END`)
    ends inside it."""
    cuts: set[int] = set()
    for other in others:
        for length in range(min(len(other), len(first)) - 1, 2, -1):
            at = first.find(other[:length], 2)
            if at > 0:
                cuts.add(at)
                break
        common = 0
        while common < min(len(other), len(first)) and other[-1 - common] == first[-1 - common]:
            common += 1
        if common >= 3:
            ending = first[-common:]
            at = first.find(ending, 0, len(first) - common)
            if at > 0:
                cuts.add(at + common)
    if not cuts:
        ends = [m.end() for m in _GROUP_END.finditer(first) if 4 <= m.end() <= len(first) - 4]
        cuts = set(ends[:1]) if len(ends) == 1 else set()
    if len(cuts) != 1:
        return None
    cut = cuts.pop()
    group, item = first[:cut].strip(), first[cut:].strip()
    return (group, item) if len(group) >= 2 and len(item) >= 2 else None


def run_together(
    lines: list[tuple[int, str]], notes: list[tuple[int, str]]
) -> Iterator[tuple[int, str]]:
    """Tables run together (see above) as tab-separated lines; other lines as they are."""
    index = 0
    while index < len(lines):
        number, text = lines[index]
        found = run_header(text) if cells_of(text) is None else None
        if found is None:
            yield number, text
            index += 1
            continue
        # the rest of the line and the lines that follow it without a break
        end = index + 1
        while (
            end < len(lines)
            and lines[end][0] == lines[end - 1][0] + 1
            and end - index < 40
            and cells_of(lines[end][1]) is None
        ):
            end += 1
        match, words = found
        rest = [(number, text[match.end() :]), *((n, t.strip()) for n, t in lines[index + 1 : end])]
        rows = list(_run_rows(rest, words, number, notes))
        if not rows:  # header words in prose, no row under them
            yield number, text
            index += 1
            continue
        if text[: match.start()].strip():
            yield number, text[: match.start()].strip()
        yield number, "\t".join(["类别", "序号", *words])
        yield from rows
        index = end


def _run_rows(
    parts: list[tuple[int, str]],
    words: list[str],
    header_line: int,
    notes: list[tuple[int, str]],
) -> Iterator[tuple[int, str]]:
    text = "".join(t for _, t in parts)
    line_of = [n for n, t in parts for _ in t]
    text, line_of = _cut_repeated_headers(text, line_of)
    header = read_header(words, header_line)
    assert header is not None
    sourced = any(_SOURCE_WORD.match(key(w)) for w in words)
    weighted = _weighted(header, words)
    first = next((a for a in _anchors(text, 1, 0) if _gap_is_group(text[:a])), None)
    if first is None:
        return
    heading = _RUN_GROUP.search(text[:first])
    group, seq, at = (heading.group(0).strip() if heading else ""), 1, first + 1
    while True:
        row = _run_row(text, seq, at, sourced, weighted)
        if row is None and weighted and (skip := _next_row(text, seq, at, sourced)):
            notes.append((line_of[at], f"row {seq} «{text[at : at + 20]}…» not read"))
            seq, at = seq + 1, skip
            continue
        if row is None:  # the last row: read what reads, note the rest
            items, stop = _run_items(text[at:], sourced, whole=False, weighted=weighted)
            yield from _row_lines(items, seq, group, header.roles, line_of[at], notes)
            if text[at + stop :].strip():
                last = seq if items else seq - 1
                rest = text[at + stop :].strip()[:30]
                notes.append((line_of[at + stop], f"«{rest}» after row {last} not read"))
            return
        items, following, heading = row
        yield from _row_lines(items, seq, group, header.roles, line_of[at], notes)
        group = heading or ""
        seq, at = seq + 1, following + len(str(seq + 1))


def _weighted(header: Header, words: list[str]) -> bool:
    """A header with a 权重 column between the unit and the value (单位 · 权重 · 目标值)."""
    unit = header.roles.index("unit")
    return (
        unit + 2 < len(header.roles)
        and key(words[unit + 1]) == "权重"
        and header.roles[unit + 2] in _VALUE_ROLES
    )


def _next_row(text: str, seq: int, at: int, sourced: bool) -> int | None:
    """Where row ``seq + 1`` starts, read as a whole with the row after it, when row ``seq``
    does not read (a weighted table: a row whose unit is not on the list)."""
    for following in _anchors(text, seq + 1, at):
        start = following + len(str(seq + 1))
        if _run_row(text, seq + 1, start, sourced, True) is not None:
            return start
    return None


def _run_row(
    text: str, seq: int, at: int, sourced: bool, weighted: bool = False
) -> tuple[list[_Item], int, str] | None:
    """Row ``seq``'s items from ``at`` up to the first place row ``seq + 1`` may start where all
    of them read (a group heading between them, 二、创新驱动, is the next row's)."""
    for following in _anchors(text, seq + 1, at):
        body = text[at:following]
        heading = _RUN_GROUP.search(body)
        items, _ = _run_items(
            body[: heading.start()] if heading else body, sourced, whole=True, weighted=weighted
        )
        if items:
            return items, following, heading.group(0).strip() if heading else ""
    return None


def _gap_is_group(gap: str) -> bool:
    return not gap.strip() or bool(_RUN_GROUP.fullmatch(gap.strip()))


def _cut_repeated_headers(text: str, line_of: list[int]) -> tuple[str, list[int]]:
    """A header printed again at a page break (the page number before it) is cut out."""
    while (found := run_header(text)) is not None:
        match = found[0]
        page = re.search(r"\d{1,3}\s*$", text[: match.start()])
        start = page.start() if page else match.start()
        text, line_of = text[:start] + text[match.end() :], line_of[:start] + line_of[match.end() :]
    return text, line_of


def _row_lines(
    items: list[_Item],
    seq: int,
    group: str,
    roles: tuple[str | None, ...],
    line: int,
    notes: list[tuple[int, str]],
) -> Iterator[tuple[int, str]]:
    def cells(item: _Item, name: str) -> list[str]:
        by_role = {"name": name, "unit": item.unit, "baseline": item.value, "target": item.value}
        out = [by_role.get(r or "", "") for r in roles]
        if item.source and None in roles:
            out[roles.index(None)] = item.source
        return out

    if not items:
        return
    if len(items) == 1:
        yield line, "\t".join([group, str(seq), *cells(items[0], items[0].name)])
        return
    split = _split_group(items[0].name, [i.name for i in items[1:]])
    if split is None:
        notes.append(
            (
                line,
                f"row {seq} «{items[0].name}» holds its group's name and its first item's run "
                f"together and cannot be told apart; the row and its {len(items) - 1} further item(s) not read",
            )
        )
        return
    yield line, "\t".join([group, str(seq), split[0]])
    for label, item, name in zip(
        CIRCLED, items, [split[1], *(i.name for i in items[1:])], strict=False
    ):
        yield line, "\t".join(["", "", *cells(item, label + name)])


# A table printed transposed (a web page that lays a plan's 主要指标 out across the page): each
# row is one field, its label in the first cell, and each column one indicator::
#
#     主 要 指 标 |                                       the label alone, its cells on the next line
#     粮食综合生产能力 | 农业科技进步贡献率 | … |
#     2022 年 目 标 值 |
#     >6亿吨 | 61.5% | … |
#     属 性 | 约束性 | 预期性 | … |                       label and cells on one line
#
# and wide tables are cut into blocks that repeat the labels. Rows are read where two or more
# follow each other whose labels are header words (:func:`read_header` finds a name and a value
# among them) and whose cells are words in the name row; a label alone on its line takes the
# next line's cells. Each block becomes a header line of its labels and one line per column.
# Columns are told apart by position only, so a block whose rows have unequal numbers of cells
# is not read (a lost or merged cell would shift every value after it), nor a block lacking rows
# the first block has (the text is cut inside it), each with a note.
def _loose_cells(text: str) -> list[str] | None:
    """The cells of a line separated by tabs or by ``|`` — also a line that only closes its
    cells with ``|`` (``名称 | 名称 |``, a web copy's rendering of a table row)."""
    cells = cells_of(text)
    if cells is not None:
        return cells
    stripped = text.strip()
    if not stripped.endswith("|"):
        return None
    return [c.strip(" \u3000\u00a0") for c in stripped.rstrip("|").split("|")]


def _label_role(cell: str) -> str | None:
    """The header role of a short label cell (主 要 指 标, 2022 年 目 标 值, 属 性)."""
    text = key(cell)
    if not text or len(text) > 12:
        return None
    if _YEAR_ONLY.match(text):
        return "target"
    return next((r for r, pattern in _ROLES if pattern.search(text)), None)


def _transposed_rows(
    lines: list[tuple[int, str]], index: int
) -> tuple[tuple[int, int, str, list[str]], int] | None:
    """The transposed row at ``lines[index]``: (first line, last line, label, cells) and the
    index after it; None when the line is no such row (or there is no line: the text ends)."""
    if index >= len(lines):
        return None
    number, text = lines[index]
    cells = _loose_cells(text)
    if not cells or _label_role(cells[0]) is None:
        return None
    if len(cells) >= 2:
        return (number, number, cells[0], cells[1:]), index + 1
    if index + 1 < len(lines):
        below = _loose_cells(lines[index + 1][1])
        if below and _label_role(below[0]) is None:
            return (number, lines[index + 1][0], cells[0], below), index + 2
    return None


def transposed(
    lines: list[tuple[int, str]], notes: list[tuple[int, str]]
) -> Iterator[tuple[int, str]]:
    """Transposed tables (see above) as tab-separated lines; other lines as they are."""
    index = 0
    first_labels: list[str] | None = None
    while index < len(lines):
        block: list[tuple[int, int, str, list[str]]] = []
        end = index
        while (found := _transposed_rows(lines, end)) is not None:
            if key(found[0][2]) in {key(label) for _, _, label, _ in block}:
                break  # the labels again: the next block
            block.append(found[0])
            end = found[1]
        labels = [key(label) for _, _, label, _ in block]
        header = read_header([label for _, _, label, _ in block], 0) if len(block) >= 2 else None
        if header is None or not all(_is_label(c) for c in block[header.name_col][3]):
            first_labels = None  # blocks of one table follow each other
            yield lines[index]
            index += 1
            continue
        index = end
        first, last = block[0][0], block[-1][1]
        widths = {len(cells) for _, _, _, cells in block}
        if first_labels is not None and not set(first_labels) <= set(labels):
            missing = "、".join(lb for lb in first_labels if lb not in labels)
            notes.append(
                (
                    first,
                    f"a block of a transposed table (lines {first}–{last}) lacks its "
                    f"{missing} row: the text is cut inside it; not read",
                )
            )
            continue
        first_labels = first_labels or labels
        if len(widths) > 1:
            counts = " / ".join(f"{key(label)} {len(cells)}" for _, _, label, cells in block)
            notes.append(
                (
                    first,
                    f"the rows of a transposed table (lines {first}–{last}) have unequal "
                    f"numbers of cells ({counts}): the columns cannot be aligned; not read",
                )
            )
            continue
        name_line = block[header.name_col][0]
        yield name_line, "\t".join(label for _, _, label, _ in block)
        for column in range(widths.pop()):
            yield name_line, "\t".join(cells[column] for _, _, _, cells in block)


# A table flattened a cell a line, an empty cell a blank line (a document-sharing site's copy of
# a Word table, devcorpus D-11):
#
#     类别 · 序号 · 指标名称 · 单位 · 苏南 / 目标值 · 全省 / 目标值 · 权重 · 数据提供部门
#     (blank) · 1 · 人均地区生产总值 · (blank) · 180000 · 130000 · 4 · 统计 · 2 · 服务业…
#     11 · 居民 / 收入水平 · 城镇居民人均可支配收入 · (blank) · 75000 · 70000 · 6 · …
#     农村居民人均纯收入 · (blank) · 38000 · 32000 · 城乡居民收入达标人口比例 · % · 50 · 50
#
# The header is its words a line each (a word broken over two lines, 苏南 / 目标值, is one),
# with a name column, then a unit column, then value columns. Merged cells (a group's 类别,
# a 权重 or 数据提供部门 shared by rows) are printed once, so the cells before the name and
# after the values do not come to the header's count; a row is read by what it keeps: a name
# (words), its unit cell right below it (a unit of the list, - or blank) and one cell per value
# column (a figure or blank), one of them at least a figure. Each row becomes a tab-separated
# line of those cells under a header of those columns. The value columns of such a table carry
# no year; two target columns of one table without a year are scopes, not the near and far
# targets the record holds: where each header names its area or level (苏南目标值, 全省目标值:
# _SCOPE) every column is read and keeps its header (IndicatorRecord.target_near_column,
# target_far_column); otherwise the first is read and the others are noted.
_FLAT_WORD = re.compile(r"^[\u4e00-\u9fff()（）\d]{1,10}$")


def _flat_header(lines: list[tuple[int, str]], start: int) -> tuple[list[str], int] | None:
    """The header words of a flattened table from ``lines[start]`` (consecutive lines) and the
    index after them; None unless name · unit · value columns follow each other."""
    words: list[str] = []
    at = start
    while at < len(lines) and (at == start or lines[at][0] == lines[at - 1][0] + 1):
        text = lines[at][1].strip()
        if not _FLAT_WORD.match(text) or len(words) >= 12:
            break
        joined = (
            text + lines[at + 1][1].strip()
            if at + 1 < len(lines) and lines[at + 1][0] == lines[at][0] + 1
            else ""
        )
        if _label_role(text) is None and joined and _label_role(joined) in _VALUE_ROLES:
            words.append(joined)
            at += 2
            continue
        words.append(text)
        at += 1
    header = read_header(words, lines[start][0]) if len(words) >= 4 else None
    if header is None or any(header.years):
        return None
    after = header.after_name
    if len(after) < 2 or after[0] != "unit" or after[1] not in _VALUE_ROLES:
        return None
    return words, at


def flattened(
    lines: list[tuple[int, str]], notes: list[tuple[int, str]]
) -> Iterator[tuple[int, str]]:
    """Tables flattened a cell a line (see above) as tab-separated lines; other lines as they
    are. Blank lines are the gaps in the line numbers."""
    for start in range(len(lines)):
        if cells_of(lines[start][1]) is not None:
            continue
        found = _flat_header(lines, start)
        if found is None:
            continue
        words, end = found
        rows = _flat_rows(lines, start, end, words, notes)
        if len(rows) < 3:
            continue
        yield from lines[:start]
        yield from rows
        return
    yield from lines


def _flat_rows(
    lines: list[tuple[int, str]],
    start: int,
    end: int,
    words: list[str],
    notes: list[tuple[int, str]],
) -> list[tuple[int, str]]:
    header = read_header(words, lines[start][0])
    assert header is not None
    name = header.name_col
    roles = header.roles
    values = 0
    while name + 2 + values < len(roles) and roles[name + 2 + values] in _VALUE_ROLES:
        values += 1
    columns = [words[name], words[name + 1], *words[name + 2 : name + 2 + values]]
    kept = values
    scoped = all(header.scopes[name + 2 : name + 2 + values])
    if (
        values > 1
        and all(r == "target" for r in roles[name + 2 : name + 2 + values])
        and not scoped
    ):
        kept = 1
        notes.append(
            (
                header.line,
                f"target columns without a year ({'、'.join(columns[2:])}) are of different "
                f"scopes, not near and far targets: {columns[2]} is read, the others are not",
            )
        )
    cells: list[tuple[int, str]] = []  # the cells a line each, a gap in the numbers a blank
    for (number, text), following in itertools.zip_longest(lines[end:], lines[end + 1 :]):
        if cells_of(text) is not None or len(text.strip()) > 30:
            break  # the table ends before a table line or a line of prose
        cells.append((number, text.strip()))
        if following is not None:
            cells.extend((n, "") for n in range(number + 1, following[0]))
    rows = [(header.line, "\t".join(columns[: 2 + kept]))]
    at = 0
    while at + 1 + values < len(cells):
        number, text = cells[at]
        unit, figures = cells[at + 1][1], [t for _, t in cells[at + 2 : at + 2 + values]]
        if (
            not _is_label(text)
            or _FIGURE_CELL.match(text)
            or _is_unit_cell(text)
            or not (unit == "" or _is_unit_cell(unit))
            or not all(f == "" or _FIGURE_CELL.match(f) for f in figures)
        ):
            at += 1
            continue
        if any(f and not _NO_FIGURE.match(f) for f in figures[:kept]):
            rows.append((number, "\t".join([text, unit, *figures[:kept]])))
        elif any(figures):
            notes.append((number, f"row «{text}»: no figure in {columns[2]}; not read"))
        at += 2 + values
    return rows


_NO_FIGURE = re.compile(r"^[-—/／]$")


def table_lines(
    section: Section, notes: list[tuple[int, str]] | None = None
) -> Iterator[tuple[int, str]]:
    """The section's lines as table lines where a layout rule reads them (:func:`html_rows`,
    :func:`unjam`, :func:`trailing_bar_cells`, :func:`cell_a_paragraph`, :func:`flattened`, :func:`transposed`,
    :func:`cell_a_line`, :func:`run_together`); other lines as they are."""
    notes = notes if notes is not None else []
    lines = [(number, unjam(text)) for number, text in html_rows(section.numbered_lines())]
    lines = list(trailing_bar_cells(lines))
    lines = list(transposed(list(flattened(list(cell_a_paragraph(lines, notes)), notes)), notes))
    yield from run_together(list(cell_a_line(lines)), notes)


def find_tables(section: Section, notes: list[tuple[int, str]] | None = None) -> list[Table]:
    """Every indicator table of the section: caption, header, and body lines up to the first
    line of prose. A table whose numbering carries on right after one or two lines of prose
    (a line that lost its tabs) is one table; those lines are kept as interruptions. What the
    layout rules could not read goes to ``notes`` as (line, message)."""
    tables: list[Table] = []
    current: Table | None = None
    ended: tuple[Table, list[tuple[int, str]]] | None = None  # last table, prose lines since
    recent: list[tuple[int, str]] = []  # non-table lines seen last: caption candidates
    for number, text in table_lines(section, notes):
        cells = cells_of(text)
        header = read_header(cells, number) if cells else None
        if header is not None:
            if current is not None and header.roles == current.header.roles:
                continue  # header repeated after a page break
            current, ended = Table(_caption(recent, number), header, []), None
            tables.append(current)
        elif cells is not None:
            if current is None and ended is not None and _resumes(ended[0], cells):
                current = ended[0]
                current.interruptions.extend(ended[1])
            if current is not None:
                current.lines.append((number, cells))
            ended = None
        elif current is not None and _continues(text, current):
            continue
        else:
            if current is not None:
                ended = (current, [])
            if ended is not None:
                ended = None if len(ended[1]) >= 2 else (ended[0], [*ended[1], (number, text)])
            current = None
            recent = [*recent[-3:], (number, clean(text))]
    return tables


def _leading_seq(cells: list[str], header: Header) -> int | None:
    """The 序号 of a body line: an integer cell before or just after the name column."""
    if header.seq_col is None:
        return None
    for cell in cells[: header.name_col + 2]:
        if _SEQ.match(cell):
            return int(cell)
    return None


def _resumes(table: Table, cells: list[str]) -> bool:
    last = table.last_seq()
    seq = _leading_seq(cells, table.header)
    return last is not None and seq is not None and last < seq <= last + 2


# A table's title without a number, on the line right above its header: short, no sentence
# punctuation, ending in what it lists (“十四五”教育事业发展主要指标表, (一)湖南省生态文明建设示范县指标).
_TITLE_CAPTION = re.compile(r"^[^，,。:：；;]{4,40}(?:指标|指标表|目标表|指标体系)$")


def _caption(recent: list[tuple[int, str]], header_line: int) -> str:
    """The nearest 表N/专栏N line above the header, else a title right above it, else the
    header's line."""
    for _, text in reversed(recent):
        if _CAPTION.match(text):
            return text.rstrip(" |")  # 专栏2 …简表 | : a cell-a-line copy's bar after it
    if recent and _TITLE_CAPTION.match(recent[-1][1]):
        return recent[-1][1]
    return f"(table at line {header_line})"


def _continues(text: str, table: Table) -> bool:
    """A page number or the table's caption repeated (表2-1（续）) does not end a table."""
    cleaned = clean(text)
    if _PAGE_NUMBER.match(cleaned):
        return True
    return bool(_CAPTION.match(cleaned)) and ("续" in cleaned or key(cleaned) == key(table.caption))


# ---------------------------------------------------------------------------------- rows


@dataclass
class _Sub:
    label: str
    name: str
    line: int
    cells: dict[str, str] = field(default_factory=dict)
    met: bool | None = None


@dataclass
class _Row:
    seq: int | None
    name: str
    first: int
    last: int
    domain: str | None
    task: str | None
    cells: dict[str, str] = field(default_factory=dict)
    met: bool | None = None
    subs: list[_Sub] = field(default_factory=list)
    seq_inferred: bool = False
    scope: str | None = None  # the group its 序号 counts within, where numbering restarts

    @property
    def name_only(self) -> bool:
        return not any(self.cells.values()) and not any(s.cells for s in self.subs)

    @property
    def heading(self) -> bool:
        """A row that only heads its items (人力资源水平 over 每万劳动力中研发人员数 and …): no
        figure of its own and no 是否达标, its unit and 属性 (if any) shared by its items. Not a
        record; its items name it (``parent``), and the graph makes it from them."""
        figures = any(self.cells.get(role) for role in _VALUE_CELLS)
        return bool(self.subs) and not figures and self.met is None


@dataclass
class _Reader:
    """Reads one table's body lines into rows, collecting warnings as it goes."""

    table: Table
    context: Context
    rows: list[_Row] = field(default_factory=list)
    warnings: list[ExtractionWarning] = field(default_factory=list)
    domain: str | None = None
    task: str | None = None

    def warn(self, line: int, message: str) -> None:
        self.warnings.append(
            ExtractionWarning(self.context.span(line), GENRE, f"{self.table.caption}: {message}")
        )

    def read(self) -> list[_Row]:
        for number, text in self.table.interruptions:
            self.warn(number, f"line «{clean(text)[:40]}» inside the table has no cells; not read")
        for number, cells in self.table.lines:
            if any(cells):
                self.line(number, cells)
        self.scope_numbers()
        self.infer_missing_numbers()
        return self.rows

    # One line ------------------------------------------------------------------------------
    def line(self, number: int, cells: list[str]) -> None:
        header = self.table.header
        if self.grouped(cells):
            return
        zone_end = header.seq_col if header.seq_col is not None else header.name_col
        domain: str | None = None
        task: str | None = None
        for index, cell in enumerate(cells):
            if not cell:
                continue
            if _ENUM.match(cell) and "task" in header.roles:
                task = clean(cell)
            elif _SEQ.match(cell) and header.seq_col is not None and index <= header.name_col + 1:
                self.context_cells(domain, task)
                name = cells[index + 1] if index + 1 < len(cells) else ""
                self.numbered(number, int(cell), name, cells[index + 2 :])
                return
            elif index < zone_end:
                if domain is None and task is None and "domain" in header.roles:
                    domain = clean(cell)
                else:
                    task = clean(cell)
            elif index <= header.name_col + 1:
                self.context_cells(domain, task)
                self.unnumbered(number, cell, cells[index + 1 :])
                return
            else:
                shown = " | ".join(c for c in cells[index:] if c)
                self.warn(
                    number, f"cell(s) «{shown}» outside any row (no 序号 or name); not placed"
                )
                return
        self.context_cells(domain, task)

    def grouped(self, cells: list[str]) -> bool:
        """In a table whose header has no 领域/任务/序号 column (指标 | 2015年 | 2020年 | 属性, its
        指标 cell spanning the group column too), a row of one cell is a group (生态环境质量)
        and a row one cell longer than the header opens a sub-group with its first cell
        (1。空气质量); the sub-group's cell is cut off. Not a row of its own either way."""
        roles = self.table.header.roles
        if any(r in roles for r in ("domain", "task", "seq")) or len(roles) < 3:
            return False
        if len(cells) == 1 and _is_label(cells[0]):
            self.domain, self.task = clean(cells[0]), None
            return True
        if len(cells) == len(roles) + 1 and _is_label(cells[0]) and _is_label(cells[1]):
            self.task = clean(cells[0])
            del cells[0]
        return False

    def context_cells(self, domain: str | None, task: str | None) -> None:
        """领域/任务 cells: a new domain starts a new task; blank cells carry the previous ones."""
        if domain is not None and domain != self.domain:
            self.domain, self.task = domain, None
        if task is not None:
            self.task = task

    def numbered(self, number: int, seq: int, name: str, rest: list[str]) -> None:
        row = _Row(seq, name, number, number, self.domain, self.task)
        self.fill(row, name, rest, number)
        previous = self.rows[-1] if self.rows else None
        if previous is not None and previous.seq == seq:
            if previous.name_only and key(_parent_name(previous.name)) == key(
                _parent_name(row.name)
            ):
                row.first = previous.first  # the number and name printed once more above the row
                self.rows[-1] = row
                return
            if row.name_only:
                previous.last = number
                return
            self.warn(
                number,
                f"序号 {seq} printed twice (line {previous.first} and here); "
                "the second row is kept apart, its number left open",
            )
            row.seq = None
        self.rows.append(row)

    def unnumbered(self, number: int, name: str, rest: list[str]) -> None:
        """A line whose first cell past 领域/任务 is text: a sub-indicator, an unnumbered item,
        or a row whose 序号 was lost."""
        current = self.rows[-1] if self.rows else None
        empty = not any(rest)
        whereof = _WHEREOF.match(name)
        if current is not None and whereof:  # 其中：县城污水处理率 — an item of the row above
            self.sub_line(current, number, name[whereof.end() :], rest, announced=True)
            return
        if current is not None and (_MARKER.match(name) or empty):
            self.sub_line(current, number, name, rest)
            return
        row = _Row(None, name, number, number, self.domain, self.task)
        self.fill(row, name, rest, number)
        self.rows.append(row)

    def fill(self, row: _Row, name: str, rest: list[str], number: int) -> None:
        """The row's own cells, and the sub-indicators its name cell lists."""
        cells = self.assign(rest, number)
        labels, names = _sub_names(name, cells.get("unit", ""))
        row.name = _parent_name(name) if labels else name
        if labels and not _MARKER.search(name):
            row.name = name.split()[0]
        row.met = self.met_of(cells.pop("met", ""), number)
        if not labels:
            row.cells = {r: v for r, v in cells.items()}
            return
        row.subs = [
            _Sub(label, sub_name, number) for label, sub_name in zip(labels, names, strict=True)
        ]
        row.cells = self.distribute(row.subs, cells, number, keep_shared=True)

    def sub_line(
        self, row: _Row, number: int, name: str, rest: list[str], announced: bool = False
    ) -> None:
        """Sub-indicators on a line of their own, under ``row``: ①② items, 其中 items
        (``announced``), or a bare name (read as an item, with a warning)."""
        cells = self.assign(rest, number)
        met = self.met_of(cells.pop("met", ""), number)
        labels, names = _sub_names(name, cells.get("unit", ""), continuation=True)
        if not labels:  # a bare name under a row: an unnumbered item of that row
            label = CIRCLED[len(row.subs)] if len(row.subs) < len(CIRCLED) else str(len(row.subs))
            labels, names = [label], [name]
            if not announced:
                self.warn(
                    number,
                    f"«{clean(name)}» under row {row.seq} has no ①② marker; "
                    f"read as its item {label}",
                )
        subs = [
            _Sub(label, sub_name, number, met=met)
            for label, sub_name in zip(labels, names, strict=True)
        ]
        self.distribute(subs, cells, number, keep_shared=False)
        row.subs.extend(subs)
        row.last = number

    # Cells ---------------------------------------------------------------------------------
    def assign(self, rest: list[str], number: int) -> dict[str, str]:
        """Cells after the name → roles in header order. Value cells repeated side by side count
        once; cells left over are warned about."""
        roles = self.table.header.after_name
        value_at = [i for i, r in enumerate(roles) if r in _VALUE_ROLES]
        prefix, suffix = roles[: value_at[0]], roles[value_at[-1] + 1 :]
        cells = list(rest)
        while cells and not cells[-1]:
            cells.pop()
        out: dict[str, str] = {}
        for index, role in enumerate(prefix):
            if role is not None:
                out[role] = cells[index] if index < len(cells) else ""
        values = cells[len(prefix) :]
        for role in reversed(suffix):
            if values and _takes_last(role, values, len(value_at)):
                out[role or ""] = values.pop()
        out.pop("", None)
        values = _collapse(values, len(value_at))
        for index, position in enumerate(value_at):
            role = _value_role(roles, position)
            out[role] = values[index] if index < len(values) else ""
        extra = [v for v in values[len(value_at) :] if v]
        if out.get("target_more"):
            extra.insert(0, out.pop("target_more"))  # a third target column: no field for it
        if extra:
            self.warn(
                number, f"cell(s) «{' | '.join(extra)}» beyond the table's columns; not placed"
            )
        for role, value in out.items():
            if UNREADABLE in value:
                shown = value.replace(UNREADABLE, "…")
                self.warn(
                    number,
                    f"{role} cell «{shown}» cannot be told from the copy's garbage; left blank",
                )
                out[role] = ""
        return out

    def distribute(
        self, subs: list[_Sub], cells: dict[str, str], number: int, keep_shared: bool
    ) -> dict[str, str]:
        """Split each cell among ``subs``; return the cells that stay with the row itself."""
        labels = [s.label for s in subs]
        kept: dict[str, str] = {}
        for role, raw in cells.items():
            if not raw:
                continue
            parts = split_cell(raw, labels)
            if parts is None:
                if len(labels) > 1 and len(_tokens(raw)) > 1 and not keep_shared:
                    self.warn(
                        number,
                        f"{role} cell «{clean(raw)}» does not divide among "
                        f"{''.join(labels)}; not placed",
                    )
                    continue
                parts = [raw] * len(subs)
                if keep_shared:
                    kept[role] = raw
            for sub, part in zip(subs, parts, strict=True):
                if part:
                    sub.cells[role] = part
        return kept

    def met_of(self, text: str, number: int) -> bool | None:
        text = clean(text)
        if not text:
            return None
        if text in _MET:
            return _MET[text]
        self.warn(number, f"是否达标 value «{text}» is neither 是 nor 否; read as blank")
        return None

    # Numbering -----------------------------------------------------------------------------
    def scope_numbers(self) -> None:
        """A table that numbers its rows afresh in each group (一、发展水平 1–4, 二、优质资源建设
        1–6): a number printed again in a later group, never twice in one group, counts within
        its group (the row's domain); the rows of such a table all get theirs."""
        numbered = [r for r in self.rows if r.seq is not None]
        if len({r.seq for r in numbered}) == len(numbered):
            return
        groups = {(r.domain, r.seq) for r in numbered}
        if len(groups) != len(numbered) or any(r.domain is None for r in numbered):
            return  # a number twice in one group: not a restart (the rows stay as printed)
        for row in self.rows:
            row.scope = row.domain

    def infer_missing_numbers(self) -> None:
        """A row between n-1 and n+1 without a printed number is row n; numbers that never
        appear are reported."""
        if self.table.header.seq_col is None:
            return  # a table without a 序号 column: its rows have none to infer
        for index, row in enumerate(self.rows):
            if row.seq is not None:
                continue
            before = self.rows[index - 1].seq if index > 0 else 0
            after = self.rows[index + 1].seq if index + 1 < len(self.rows) else None
            if before is not None and (after is None or after == before + 2):
                row.seq, row.seq_inferred = before + 1, True
                self.warn(
                    row.first,
                    f"row «{clean(row.name)}» has no 序号; "
                    f"read as {row.seq} from the rows around it",
                )
            else:
                self.warn(
                    row.first, f"row «{clean(row.name)}» has no 序号 and none can be inferred"
                )
        for scope in dict.fromkeys(r.scope for r in self.rows):
            rows = [r for r in self.rows if r.scope == scope]
            present = sorted({r.seq for r in rows if r.seq is not None})
            for gap in sorted(set(range(1, present[-1] + 1)) - set(present)) if present else []:
                after = max(
                    (r for r in rows if r.seq and r.seq < gap), key=lambda r: r.seq, default=None
                )
                line = after.last if after else self.table.header.line
                where = f" in {scope}" if scope else ""
                self.warn(
                    line, f"no row numbered {gap}{where} (the numbering skips it after line {line})"
                )


def _takes_last(role: str | None, values: list[str], wanted: int) -> bool:
    """Whether the last cell of a row belongs to a column after the value columns: 是否达标 and
    指标属性 by their wording (a blank or shifted cell is not taken), others by position."""
    last = clean(values[-1]).replace(" ", "")
    if role == "met":
        return last in _MET
    if role == "nature":
        return last in _NATURE_WORDS
    return len(values) > wanted


def _value_role(roles: tuple[str | None, ...], position: int) -> str:
    """baseline, target_near (the first target column) or target_far (the second)."""
    if roles[position] == "baseline":
        return "baseline"
    targets = [i for i, r in enumerate(roles) if r == "target"]
    return ("target_near", "target_far", "target_more")[min(targets.index(position), 2)]


def _collapse(values: list[str], wanted: int) -> list[str]:
    """Drop one of two equal neighbouring cells (rightmost pair first) until ``wanted`` remain."""
    values = list(values)
    while len(values) > wanted:
        pairs = [i for i in range(len(values) - 1) if clean(values[i]) == clean(values[i + 1])]
        if not pairs:
            break
        del values[pairs[-1] + 1]
    return values


# ---------------------------------------------------------------------------------- sub-indicators


def _parent_name(name: str) -> str:
    head = _MARKER.split(name, maxsplit=1)[0]
    return head.strip(" \u3000:：")


def _sub_names(name: str, unit: str, continuation: bool = False) -> tuple[list[str], list[str]]:
    """Labels and names of the sub-indicators in a name cell: by ①② markers, or — when the unit
    cell lists one unit per item ("公里 公顷") — by spaces after the row's own name."""
    if _MARKER.search(name):
        parts = marker_parts(name)
        return [label for label, _ in parts], [text for _, text in parts]
    tokens = name.split()
    units = _tokens(unit)
    if not continuation and len(tokens) >= 3 and len(units) == len(tokens) - 1:
        return list(CIRCLED[: len(units)]), tokens[1:]
    return [], []


def marker_parts(text: str) -> list[tuple[str, str]]:
    """("①", "text"), ("②", "text") … of a cell holding ①…②…; separators trimmed."""
    out: list[tuple[str, str]] = []
    for match in _MARKER.finditer(text):
        start = match.end()
        following = _MARKER.search(text, start)
        end = following.start() if following else len(text)
        out.append((match.group(), text[start:end].strip(_TRAILING_SEP)))
    return out


def _tokens(raw: str) -> list[str]:
    """Space-separated items of a cell; a space after a comma or before a slash joins, not
    separates ("面积不减小, 性质不改变" is one item, "立方米 /万元" one unit)."""
    out: list[str] = []
    for part in raw.split():
        if out and (out[-1][-1] in ",，、;；:：(（/／" or part[0] in ",，、;；)）/／"):
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    return out


# A trend in four ideographs, an adverb and a direction (稳步下降, 逐年提高): a value whole in itself.
# An untagged PDF gives a cell's lines run together (pdfplumber: one cell of two lines), so the
# values of ①② items stacked a line each come as one (稳步下降稳步提升, the sample typeset by
# ReportLab, 表2-1 rows 33 and 43). A cell short of one value per item whose parts are such trends
# run together is taken apart at them; any other run-together cell (完成上级管控目标, one value
# wrapped; row 27's two clauses) is left whole, shared by the items, as before.
_TREND = r"(?:稳步|逐年|逐步|持续|不断)(?:下降|提升|提高|上升|改善|增长|增加|减少|降低)"
_TRENDS = re.compile(rf"(?:{_TREND}){{2,}}")


def _trends_apart(tokens: list[str]) -> list[str]:
    """The tokens, each made of trends run together (逐步下降逐年提高) given as its trends."""
    out: list[str] = []
    for token in tokens:
        out.extend(re.findall(_TREND, token) if _TRENDS.fullmatch(token) else [token])
    return out


def split_cell(raw: str, labels: list[str]) -> list[str] | None:
    """One value per label, or None when the cell holds one value shared by all of them."""
    if _MARKER.search(raw):
        found = dict(marker_parts(raw))
        if any(label in found for label in labels):
            return [found.get(label, "") for label in labels]
    tokens = _tokens(raw)
    if len(labels) > 1 and len(tokens) < len(labels):
        tokens = _trends_apart(tokens)
    if len(labels) > 1 and len(tokens) == len(labels):
        return [t.strip(_TRAILING_SEP) for t in tokens]
    return None


# ---------------------------------------------------------------------------------- records


def _value(raw: str | None) -> str | None:
    return clean(raw) or None


_VALUE_CELLS = ("reference", "baseline", "target_near", "target_far")
_BOUND = r"(?:≥|≤|>=|<=|>|<|=|＞|＜|≈|~|不低于|不高于|不少于|不超过|大于|小于)?\s*"
_NUMBER_UNIT = re.compile(rf"^(?P<num>{_BOUND}[-+]?\d+(?:\.\d+)?)\s*(?P<unit>\S+?)$")


def _unit_in_values(values: dict[str, str | None]) -> tuple[str | None, dict[str, str | None]]:
    """A row with no unit column and no unit in its name, whose figures carry their unit
    (>6亿吨, 61.5%, 5.5万元/人): the unit, and the figures without it. Only when every cell
    that holds a figure is a number (with its bound) followed by one and the same unit of
    kg/data/indicator_units.txt; otherwise no unit and the cells as written (32亿人次 with a
    unit not on the list, 15左右, 6亿吨以上, 翻一番, cells with different units)."""
    units: set[str] = set()
    split: dict[str, str | None] = {}
    for role, value in values.items():
        if value is None or not re.search(r"\d", value):
            split[role] = value
            continue
        found = _NUMBER_UNIT.match(value)
        if found is None or found.group("unit") not in _units():
            return None, values
        units.add(found.group("unit"))
        split[role] = found.group("num")
    if len(units) != 1:
        return None, values
    return units.pop(), split


def _records(reader: _Reader, plan: str | None) -> Iterator[IndicatorRecord]:
    table = reader.table
    baselines = [
        y for r, y in zip(table.header.roles, table.header.years, strict=True) if r == "baseline"
    ]
    baseline_year = baselines[0] if baselines else None  # a table with targets only has none
    targets = [
        y for r, y in zip(table.header.roles, table.header.years, strict=True) if r == "target"
    ]
    scopes = [
        c for r, c in zip(table.header.roles, table.header.scopes, strict=True) if r == "target"
    ]
    common = {
        "table": table.caption,
        "plan": plan,
        "baseline_year": baseline_year,
        "target_near_year": targets[0] if targets else None,
        "target_far_year": targets[1] if len(targets) > 1 else None,
        "target_near_column": scopes[0] if scopes else None,
        "target_far_column": scopes[1] if len(scopes) > 1 else None,
    }
    for row in reader.rows:
        span = reader.context.span(row.first, row.last)
        own = {**common, "seq_scope": row.scope}
        head = _record(
            span,
            row.domain,
            row.task,
            row.seq,
            None,
            row.name,
            row.cells,
            row.met,
            row.seq_inferred,
            own,
        )
        if not row.heading:
            yield head
        for sub in row.subs:
            sub_span = reader.context.span(row.first, sub.line)
            yield _record(
                sub_span,
                row.domain,
                row.task,
                row.seq,
                sub.label,
                sub.name,
                sub.cells,
                sub.met,
                row.seq_inferred,
                {**own, "parent": head.name},
            )


def _record(span, domain, task, seq, sub, name, cells, met, inferred, common) -> IndicatorRecord:
    name, unit = clean(name), _value(cells.get("unit"))
    if unit is None:
        # no 单位 column: the unit in the name's closing parenthesis (森林覆盖率(%))
        found = _UNIT_IN_NAME.search(name) or _UNIT_UNCLOSED.search(name)
        if found and not _UNIT_IN_NAME.fullmatch(name):
            name, unit = name[: found.start()].rstrip(), found.group(1)
    values = {role: _value(cells.get(role)) for role in _VALUE_CELLS}
    if unit is None:
        unit, values = _unit_in_values(values)
    cumulative = _value(cells.get("cumulative"))
    mixed = _value(cells.get("rate_cumulative"))
    if cumulative is None and mixed and (_BRACKETED.match(mixed) or _DASH_CELL.match(mixed)):
        cumulative = mixed
    return IndicatorRecord(
        span,
        domain=domain,
        task=task,
        seq=seq,
        sub=sub,
        name=name,
        unit=unit,
        reference_value=values["reference"],
        nature=_value(cells.get("nature")),
        baseline=values["baseline"],
        target_near=values["target_near"],
        target_far=values["target_far"],
        met=met,
        seq_inferred=inferred,
        cumulative=cumulative,
        **common,
    )


def read_table(table: Table, context: Context, plan: str | None) -> Iterator[Record]:
    """The indicator records of one table, then the warnings its irregular lines raised."""
    reader = _Reader(table, context)
    reader.read()
    yield from _records(reader, plan)
    yield from sorted(reader.warnings, key=lambda w: w.source.start_line)


# ---------------------------------------------------------------------------------- the plan


def plan_title(section: Section, tables: Iterable[Table] = ()) -> str | None:
    """The plan the section carries, found the way the projects extractor finds it, so that
    indicators, projects and stated figures name one plan. A "title" that is a cell of one of
    the section's indicator tables (devcorpus R-10: row 1, 生态文明建设规划 · 制定实施 — the plan a
    county is to make) names no plan the section carries."""
    from kg.extract import projects

    found = projects.plan_title(section)
    if found is None:
        return None
    title, line = found
    for table in tables:
        last = max((n for n, _ in table.lines), default=table.header.line)
        if table.header.line <= line <= last:
            return None
    return title


def extract(section: Section, context: Context) -> Iterator[Record]:
    """Indicator rows of every indicator table of the section, and the figures the section
    states about its own tables."""
    notes: list[tuple[int, str]] = []
    tables = find_tables(section, notes)
    plan = plan_title(section, tables)
    for number, message in notes:
        yield ExtractionWarning(context.span(number), GENRE, message)
    for table in tables:
        yield from read_table(table, context, plan)
    yield from stated_figures(section, context, plan, tables)


# ---------------------------------------------------------------------------------- stated figures

_NUM = r"(\d+(?:\.\d+)?|[一二两三四五六七八九十百零〇]+)"
_INDICATOR_FIGURES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("indicators", re.compile(rf"{_NUM}项(?:建设|考核|评价|规划|创建)?指标中")),
    ("indicators", re.compile(rf"指标(?:体系)?共(?:计|有)?{_NUM}项")),
    (
        "indicators",
        re.compile(rf"共(?:设置|设|有|计)?{_NUM}项(?:主要|建设|考核|评价|规划|创建)?指标"),
    ),
    ("indicators", re.compile(rf"(?:设置|设立|确定)(?:了)?(?:主要|建设|考核|评价)?指标{_NUM}项")),
    ("indicators_met", re.compile(rf"(?<!未)(?<!不)达(?:标|到)(?:的)?(?:指标)?{_NUM}项")),
    ("indicators_met", re.compile(rf"{_NUM}项(?:指标)?(?:已经|已)达(?:标|到)")),
    (
        "indicators_met",
        re.compile(rf"(?<!未)(?<!不)达到(?:目标值|目标|要求|标准)的(?:指标)?{_NUM}项"),
    ),
    ("indicators_unmet", re.compile(rf"(?:未|不)达(?:标|到)(?:的)?(?:指标)?{_NUM}项")),
    ("indicators_unmet", re.compile(rf"{_NUM}项(?:指标)?(?:尚)?未达(?:标|到)")),
)
_PROJECT_COUNT = re.compile(
    rf"{_NUM}(?:项|个)重[点大](?:工程|项目)|重[点大](?:工程|项目){_NUM}(?:项|个)"
)
_DOMAIN_COUNT = re.compile(rf"{_NUM}大(?:体系|领域|类|板块)")
_BUDGET = re.compile(
    r"(?:预算建设资金|建设资金|总投资|投资总额|投资总预算|估算总投资|计划总投资|预算资金)"
    r"(?:为|共|共计|合计|总计|达|需|预计|估算)*(约|近|超过|逾)?(\d+(?:\.\d+)?)(亿元|万元|元)"
)
_TABLE_REF = re.compile(r"表\s*(\d+(?:\s*[-—–.．]\s*\d+)*)")
_TOTAL_ROW = re.compile(r"^(?:总计|合计|总合计|全市合计|累计)$")


def _number(text: str) -> str | None:
    """An exact decimal string for an Arabic or small Chinese numeral."""
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return text
    value = chinese_number(text)
    return str(value) if value is not None else None


def _table_ref(text: str) -> str | None:
    match = _TABLE_REF.search(text)
    return re.sub(r"[\s—–.．]", "-", match.group(1)).replace("--", "-") if match else None


def _scope_table(tables: list[Table], line: int, text: str) -> str | None:
    """The indicator table a sentence speaks of: the one it names (详见表2-1), else the next."""
    ref = _table_ref(text)
    if ref is not None:
        for table in tables:
            if _table_ref(table.caption) == ref:
                return table.caption
    following = [t for t in tables if t.header.line > line]
    return following[0].caption if following else None


def _prose_figures(
    section: Section, context: Context, plan: str | None, tables: list[Table]
) -> Iterator[StatedFigureRecord]:
    for number, raw in section.numbered_lines():
        if cells_of(raw) is not None:
            continue
        text = clean(raw).replace(" ", "")
        span = context.span(number)
        if "指标" in text:
            yield from _indicator_figures(text, span, plan, _scope_table(tables, number, text))
        if re.search(r"重[点大](?:工程|项目)", text):
            yield from _project_totals(text, span, plan)


def _indicator_figures(
    text: str, span, plan: str | None, scope: str | None
) -> Iterator[StatedFigureRecord]:
    """Counts of indicators (all, met, not met) in one sentence; the indicators it names as not
    met ride on the not-met count."""
    found: dict[str, StatedFigureRecord] = {}
    for subject, pattern in _INDICATOR_FIGURES:
        match = pattern.search(text)
        value = _number(match.group(1)) if match else None
        if value is not None and subject not in found:
            found[subject] = StatedFigureRecord(span, subject, scope, value, "项", plan=plan)
    unmet = found.get("indicators_unmet")
    if unmet is not None:
        unmet.items = unmet_names(text)
    yield from found.values()


_UNMET_LIST = re.compile(
    r"未达(?:标|到)(?:的)?指标(?:为|是|包括|有)[:：]?(?P<list>.+?)(?:[（(](?:详)?见表|。|；|$)"
)
_ITEM_SPLIT = re.compile(r"[、，,；;]|(?<=[)）])(?:和|及|以及)")
_NATURE_NOTE = re.compile(r"[（(](?:约束性|参考性|预期性)(?:指标)?[)）]$")


def unmet_names(text: str) -> list[str]:
    """未达标指标为A（约束性）、B（参考性）和C（参考性） → [A, B, C]."""
    match = _UNMET_LIST.search(text)
    if not match:
        return []
    items = _ITEM_SPLIT.split(match.group("list"))
    if len(items) == 1 and "和" in items[0]:
        items = items[0].rsplit("和", 1)
    return [name for name in (_NATURE_NOTE.sub("", i.strip()) for i in items) if name]


def _project_totals(text: str, span, plan: str | None) -> Iterator[StatedFigureRecord]:
    for subject, pattern, unit in (
        ("projects", _PROJECT_COUNT, "项"),
        ("domains", _DOMAIN_COUNT, "个"),
    ):
        match = pattern.search(text)
        number = next((g for g in match.groups() if g), None) if match else None
        value = _number(number) if number else None
        if value is not None:
            yield StatedFigureRecord(span, subject, None, value, unit, plan=plan)
    budget = _BUDGET.search(text)
    if budget:
        approximate = bool(budget.group(1)) or "左右" in text[budget.end() : budget.end() + 3]
        yield StatedFigureRecord(
            span,
            "budget",
            None,
            budget.group(2),
            budget.group(3),
            plan=plan,
            approximate=approximate,
        )


@dataclass(frozen=True)
class _SummaryHeader:
    scope: int
    count: int | None
    budget: int | None
    count_unit: str | None
    budget_unit: str | None


_UNIT_IN_HEADER = re.compile(r"[(（]\s*([^)）]+?)\s*[)）]")


def _summary_header(cells: list[str]) -> _SummaryHeader | None:
    """领域 | 工程数量(个) | 投资总预算(亿元): a per-domain summary of the plan's projects."""
    keys = [key(c) for c in cells]
    scope = next(
        (i for i, k in enumerate(keys) if re.search(r"^(?:领域|类别|体系|板块|类型)", k)), None
    )
    count = next(
        (
            i
            for i, k in enumerate(keys)
            if re.search(r"(?:工程|项目)(?:数量|个数|数)|^数量", k) and "投资" not in k
        ),
        None,
    )
    budget = next((i for i, k in enumerate(keys) if re.search(r"投资|预算|资金", k)), None)
    if scope is None or (count is None and budget is None):
        return None

    def unit(index: int | None) -> str | None:
        match = _UNIT_IN_HEADER.search(cells[index]) if index is not None else None
        return match.group(1) if match else None

    return _SummaryHeader(scope, count, budget, unit(count), unit(budget))


def _summary_figures(
    section: Section, context: Context, plan: str | None
) -> Iterator[StatedFigureRecord]:
    header: _SummaryHeader | None = None
    caption: str | None = None
    recent: list[tuple[int, str]] = []
    for number, raw in section.numbered_lines():
        cells = cells_of(raw)
        if cells is None:
            header = None
            recent = [*recent[-3:], (number, clean(raw))]
            continue
        found = _summary_header(cells) if cells else None
        if found is not None:
            header, caption = found, _caption(recent, number)
            continue
        if header is not None and cells:
            yield from _summary_row(header, caption, cells, context.span(number), plan)


def _summary_row(
    header: _SummaryHeader, caption: str | None, cells: list[str], span, plan: str | None
) -> Iterator[StatedFigureRecord]:
    label = clean(cells[header.scope]) if header.scope < len(cells) else ""
    if not label:
        return
    scope = None if _TOTAL_ROW.match(label.replace(" ", "")) else label
    for subject, index, unit in (
        ("projects", header.count, header.count_unit),
        ("budget", header.budget, header.budget_unit),
    ):
        if index is None or index >= len(cells):
            continue
        value = _number(clean(cells[index]).replace(",", ""))
        if value is not None:
            yield StatedFigureRecord(span, subject, scope, value, unit, plan=plan, table=caption)


def stated_figures(
    section: Section, context: Context, plan: str | None, tables: list[Table]
) -> Iterator[StatedFigureRecord]:
    """What the section says about its own indicator tables and project lists."""
    yield from _prose_figures(section, context, plan, tables)
    yield from _summary_figures(section, context, plan)


__all__ = [
    "CIRCLED",
    "Header",
    "Table",
    "cells_of",
    "extract",
    "find_tables",
    "marker_parts",
    "plan_title",
    "read_header",
    "split_cell",
    "stated_figures",
]
