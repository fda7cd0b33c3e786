"""The gazette checked against itself: figures a document states vs. the same figures from its rows.

Plans repeat their numbers. A plan says how many of its indicators are met ("48项指标中，…已经达标
指标43项，未达标指标5项"), sums its key projects per domain in a summary table (领域 | 工程数量 |
投资总预算, with a 总计 row) and again in prose ("49项重点工程,预算建设资金约3010.39亿元"). The
extractors keep each of these as a :class:`~kg.records.StatedFigureRecord`; this module computes the
same figure from the extracted rows (:class:`~kg.records.IndicatorRecord`,
:class:`~kg.records.ProjectRecord`) and returns a :class:`Finding` for every disagreement, with both
values and both places in the text. Nothing here knows what the sample's disagreements are.

Checks (the ``check`` field of a finding):

==================  ====================================================================
indicator_count     stated number of indicators of a table vs. its numbered rows
indicators_met      stated number met (达标) vs. rows whose 是否达标 is 是
indicators_unmet    stated number not met vs. rows whose 是否达标 is 否
project_count       stated number of projects (per domain, per table, or in all) vs. rows
budget              stated budget (per domain, per table, or in all) vs. the rows' sum
domain_count        stated number of domains (6大体系) vs. the domains the rows stand under
summary_sum         a summary table's rows vs. its own 总计 row
stated_totals       a total stated twice, differently (checked when there are no rows to
                    compute it from)
==================  ====================================================================

A figure stated as approximate (约3010.39亿元) agrees with the computed value when the computed value
rounds to it at the precision written. Findings become sh:Warning results (:func:`to_report`): the
build still succeeds, and the summary shows them (:func:`summary_lines`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from kg.records import (
    IndicatorRecord,
    PlanRecord,
    ProjectRecord,
    Record,
    SourceSpan,
    StatedFigureRecord,
)
from kg.text.normalize import key

_NOUNS = {  # subject → (English noun, Chinese noun, Chinese measure word)
    "indicators": ("indicators", "指标", "项"),
    "indicators_met": ("indicators met", "达标指标", "项"),
    "indicators_unmet": ("indicators not met", "未达标指标", "项"),
    "projects": ("key projects", "重点工程", "项"),
    "budget": ("budget", "投资总预算", ""),
    "domains": ("domains", "领域", "个"),
}
_CHECK_OF = {
    "indicators": "indicator_count",
    "indicators_met": "indicators_met",
    "indicators_unmet": "indicators_unmet",
    "projects": "project_count",
    "budget": "budget",
    "domains": "domain_count",
}
_YUAN = {
    "元": 1,
    "千元": 10**3,
    "万元": 10**4,
    "十万元": 10**5,
    "百万元": 10**6,
    "千万元": 10**7,
    "亿元": 10**8,
}


@dataclass(frozen=True)
class Finding:
    """One disagreement between what the text states and what its rows add up to."""

    check: str
    message_en: str
    message_zh: str
    stated: str
    computed: str
    spans: tuple[
        SourceSpan, ...
    ]  # where it is stated, then where the rows (or the other figure) are
    focus: StatedFigureRecord  # the stated figure the finding is about

    def to_json(self) -> dict:
        return {
            "check": self.check,
            "message_en": self.message_en,
            "message_zh": self.message_zh,
            "stated": self.stated,
            "computed": self.computed,
            "spans": [
                {"file": s.file, "start_line": s.start_line, "end_line": s.end_line}
                for s in self.spans
            ],
        }


@dataclass(frozen=True)
class _Computed:
    value: Decimal
    rows: Sequence[Record]
    note_en: str = ""
    note_zh: str = ""


# ------------------------------------------------------------------------------------ entry point


def check(records: Iterable[Record]) -> list[Finding]:
    """Every disagreement between the stated figures among ``records`` and their rows."""
    records = list(records)
    copies = _Copies(records)
    figures = [r for r in records if isinstance(r, StatedFigureRecord)]
    indicators = _ByPlan((r for r in records if isinstance(r, IndicatorRecord)), copies)
    projects = _ByPlan((r for r in records if isinstance(r, ProjectRecord)), copies)
    findings: list[Finding] = []
    for figure in figures:
        computed = compute(figure, indicators, projects)
        if computed is not None and not agrees(figure, computed.value):
            findings.append(_against_rows(figure, computed))
    findings.extend(_named_unmet(figures, indicators))
    findings.extend(_summary_sums(figures, copies))
    findings.extend(_stated_twice(figures, indicators, projects))
    return sorted(
        findings,
        key=lambda f: (f.spans[0].file, f.spans[0].start_line, f.check, f.focus.scope or ""),
    )


def compute(
    figure: StatedFigureRecord, indicators: list[IndicatorRecord], projects: list[ProjectRecord]
) -> _Computed | None:
    """The figure computed from the rows; None when the rows it speaks of were not extracted."""
    memo = getattr(projects, "computed", None)  # _ByPlan's: a figure stated again is computed once
    plan = _plan_of(figure, projects)
    asked = (figure.subject, plan, figure.scope is None, key(figure.scope), figure.unit)
    if memo is not None and asked in memo:
        return memo[asked]
    computed = None
    if figure.subject.startswith("indicators"):
        computed = _indicator_figure(figure, indicators)
    elif figure.subject in ("projects", "budget", "domains"):
        computed = _project_figure(figure, projects)
    if memo is not None:
        memo[asked] = computed
    return computed


def agrees(figure: StatedFigureRecord, computed: Decimal) -> bool:
    """Equal as numbers; an approximate figure at the precision it is written with."""
    stated = _decimal(figure.value)
    if stated is None:
        return True
    if figure.approximate:
        places = Decimal(1).scaleb(stated.as_tuple().exponent)
        return computed.quantize(places, rounding=ROUND_HALF_UP) == stated
    return computed == stated


# ------------------------------------------------------------------------------------ indicators


def _indicator_figure(
    figure: StatedFigureRecord, indicators: list[IndicatorRecord]
) -> _Computed | None:
    rows = [r for r in _of_plan(indicators, figure) if r.sub is None]
    tables = list(dict.fromkeys(r.table for r in rows))
    if figure.scope is not None:
        rows = [r for r in rows if key(r.table) == key(figure.scope)]
    elif len(tables) != 1:
        return None
    if not rows:
        return None
    blank = [r for r in rows if r.met is None]
    if figure.subject != "indicators" and len(blank) == len(rows):
        return None  # the table has no 是否达标 column: nothing to count
    note_en = note_zh = ""
    if blank and figure.subject != "indicators":
        seqs = "、".join(str(r.seq) for r in blank)
        note_en = f"; {len(blank)} row(s) have no 是否达标 value (序号 {seqs})"
        note_zh = f"；另有{len(blank)}项是否达标栏为空（序号{seqs}）"
    value = {
        "indicators": len(rows),
        "indicators_met": sum(1 for r in rows if r.met is True),
        "indicators_unmet": sum(1 for r in rows if r.met is False),
    }.get(figure.subject)
    if value is None:
        return None
    return _Computed(Decimal(value), rows, note_en, note_zh)


def _named_unmet(
    figures: list[StatedFigureRecord], indicators: list[IndicatorRecord]
) -> Iterable[Finding]:
    """The indicators a plan names as not met (未达标指标为A、B和C) against its rows marked 否."""
    for figure in figures:
        if figure.subject != "indicators_unmet" or not figure.items or figure.scope is None:
            continue
        rows = [
            r
            for r in _of_plan(indicators, figure)
            if r.sub is None and key(r.table) == key(figure.scope)
        ]
        if not any(r.met is not None for r in rows):
            continue
        unmet = [r for r in rows if r.met is False]
        named_only = [i for i in figure.items if not any(_same_name(i, r.name) for r in unmet)]
        marked_only = [r for r in unmet if not any(_same_name(i, r.name) for i in figure.items)]
        if named_only or marked_only:
            yield _names_finding(figure, unmet, named_only, marked_only)


def _name_key(name: str) -> str:
    return re.sub(r"\([^()]*\)|[\"'“”‘’]", "", key(name))


def _same_name(a: str, b: str) -> bool:
    """One indicator name: equal once qualifiers and quotes are dropped, or one contains the other
    (four characters at least)."""
    x, y = _name_key(a), _name_key(b)
    return x == y or (min(len(x), len(y)) >= 4 and (x in y or y in x))


# ------------------------------------------------------------------------------------ projects


def _project_figure(figure: StatedFigureRecord, projects: list[ProjectRecord]) -> _Computed | None:
    rows = _of_plan(projects, figure)
    if not rows:
        return None
    if figure.scope is not None:
        by_table = [p for p in rows if key(getattr(p, "table", None)) == key(figure.scope)]
        rows = by_table or [p for p in rows if domain_key(p.section) == domain_key(figure.scope)]
    if figure.subject == "projects":
        return _Computed(Decimal(len(rows)), rows)
    if figure.subject == "domains":
        domains = {domain_key(p.section) for p in rows if p.section}
        return _Computed(Decimal(len(domains)), rows)
    return _budget_sum(figure, rows)


def _budget_sum(figure: StatedFigureRecord, rows: list[ProjectRecord]) -> _Computed:
    total = Decimal(0)
    unknown: list[ProjectRecord] = []
    target = _YUAN.get(figure.unit or "")
    for project in rows:
        amount = _decimal(project.budget)
        factor = _YUAN.get(project.budget_unit or figure.unit or "")
        if amount is None or factor is None or target is None:
            unknown.append(project)
            continue
        total += amount * factor / target
    note_en = note_zh = ""
    if unknown:
        names = "、".join(p.name for p in unknown)
        note_en = f"; {len(unknown)} project(s) without an amount not counted ({names})"
        note_zh = f"；{len(unknown)}项工程未列金额，未计入（{names}）"
    return _Computed(total, rows, note_en, note_zh)


def domain_key(text: str | None) -> str:
    """A domain name for matching: 「(一) 生态制度领域」, 「生态制度」 and 「生态制度体系」 are one."""
    value = key(text)
    value = re.sub(r"^(?:\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+[、.])", "", value)
    return re.sub(r"(?:领域|体系|板块|方面|类)$", "", value)


def _of_plan(rows: list, figure: StatedFigureRecord) -> list:
    """Rows of the figure's plan (of its copy of it); when no row names a plan, all of them (one
    plan per source)."""
    groups = rows.plans if isinstance(rows, _ByPlan) else _plans(rows, _Copies(()))
    if groups is None:
        return list(rows)
    return list(groups.get(_plan_of(figure, rows), ()))


def _plan_of(record: Record, rows: list) -> tuple[str, int]:
    copies = rows.copies if isinstance(rows, _ByPlan) else _Copies(())
    return copies.of(record)


class _Copies:
    """Where each plan of a source begins (its heading, a :class:`PlanRecord`), so that a figure
    is checked against the rows of its own copy of the plan: a source that prints one plan twice
    (two issues in one file, one reprinting the other) compared each copy's figures with the rows
    of both, which doubled every count (false findings) and cost the square of the copies."""

    def __init__(self, records: Iterable[Record]) -> None:
        starts: dict[str, list[int]] = {}
        for r in records:
            if isinstance(r, PlanRecord) and r.source is not None:
                starts.setdefault(key(r.title), []).append(r.source.start_line)
        self.starts = {plan: sorted(lines) for plan, lines in starts.items()}

    def of(self, record: Record) -> tuple[str, int]:
        """(the plan's key, which copy of it: 0 for the first, and for a plan printed once)."""
        plan = key(getattr(record, "plan", None))
        starts = self.starts.get(plan)
        if not starts or len(starts) == 1 or record.source is None:
            return plan, 0
        return plan, max(bisect.bisect_right(starts, record.source.start_line) - 1, 0)


def _plans(rows: Iterable, copies: _Copies) -> dict[tuple[str, int], list] | None:
    """Rows by their plan's key and copy, in order; None when no row names a plan."""
    rows = list(rows)
    if not any(getattr(r, "plan", None) for r in rows):
        return None
    groups: dict[tuple[str, int], list] = {}
    for r in rows:
        groups.setdefault(copies.of(r), []).append(r)
    return groups


class _ByPlan(list):
    """The rows of one kind in a source, grouped by plan (and copy of it) once, and the figures
    computed from them (:func:`compute`): each figure asked for its plan's rows by a scan of all
    rows, and a figure stated again was computed again, which cost the square of the records of a
    source holding many plans."""

    def __init__(self, rows: Iterable = (), copies: _Copies | None = None) -> None:
        super().__init__(rows)
        self.copies = copies if copies is not None else _Copies(())
        self.plans = _plans(self, self.copies)
        self.computed: dict[tuple, _Computed | None] = {}


# ------------------------------------------------------------------------------------ figures


def _summary_sums(figures: list[StatedFigureRecord], copies: _Copies) -> Iterable[Finding]:
    """A summary table's per-domain rows against its own total row."""
    groups: dict[tuple, list[StatedFigureRecord]] = {}
    for figure in figures:
        if figure.table is not None:
            slot = (copies.of(figure), key(figure.table), figure.subject)
            groups.setdefault(slot, []).append(figure)
    for members in groups.values():
        totals = [f for f in members if f.scope is None]
        parts = [f for f in members if f.scope is not None]
        values = [_decimal(f.value) for f in parts]
        if not totals or not parts or any(v is None for v in values):
            continue
        parts_sum = sum(values, Decimal(0))
        total = totals[0]
        if not agrees(total, parts_sum):
            yield _summary_finding(total, parts, parts_sum)


def _stated_twice(
    figures: list[StatedFigureRecord],
    indicators: list[IndicatorRecord],
    projects: list[ProjectRecord],
) -> Iterable[Finding]:
    """Two statements of one total that disagree, when no rows allow computing it."""
    seen: dict[tuple[str, str, str], StatedFigureRecord] = {}
    for figure in figures:
        if compute(figure, indicators, projects) is not None:
            continue
        slot = (_plan_of(figure, projects), figure.subject, key(figure.scope))
        first = seen.setdefault(slot, figure)
        other = _decimal(first.value)
        if first is not figure and other is not None and not agrees(figure, other):
            yield _twice_finding(figure, first)


# ------------------------------------------------------------------------------------ messages


def _what(figure: StatedFigureRecord) -> tuple[str, str]:
    noun_en, noun_zh, _ = _NOUNS.get(figure.subject, (figure.subject, figure.subject, ""))
    scope_en = f" for {figure.scope}" if figure.scope else " in total"
    scope_zh = f"{figure.scope}中" if figure.scope else "全部"
    return f"{noun_en}{scope_en}", f"{scope_zh}{noun_zh}"


def _where(figure: StatedFigureRecord) -> tuple[str, str]:
    line = figure.source.start_line
    if figure.table:
        return f"{figure.table} (line {line})", f"{figure.table}（第{line}行）"
    return f"the text at line {line}", f"第{line}行正文"


def _value(figure: StatedFigureRecord, value: str | Decimal | None = None) -> str:
    shown = figure.value if value is None else format_decimal(Decimal(value))
    unit = figure.unit if figure.subject == "budget" and figure.unit else ""
    return f"{shown}{unit}"


def _value_zh(figure: StatedFigureRecord, value: str | Decimal | None = None) -> str:
    measure = _NOUNS.get(figure.subject, ("", "", ""))[2]
    return _value(figure, value) + measure


def _rows_span(rows: Sequence[Record]) -> SourceSpan:
    first = min(rows, key=lambda r: r.source.start_line).source
    last = max(rows, key=lambda r: r.source.end_line).source
    quote = "\n".join(dict.fromkeys(r.source.quote for r in rows))
    return SourceSpan(first.file, first.start_line, last.end_line, quote)


def _lines(span: SourceSpan) -> tuple[str, str]:
    if span.start_line == span.end_line:
        return f"line {span.start_line}", f"第{span.start_line}行"
    return (f"lines {span.start_line}–{span.end_line}", f"第{span.start_line}—{span.end_line}行")


def _against_rows(figure: StatedFigureRecord, computed: _Computed) -> Finding:
    what_en, what_zh = _what(figure)
    where_en, where_zh = _where(figure)
    rows = _rows_span(computed.rows) if computed.rows else figure.source
    lines_en, lines_zh = _lines(rows)
    value = format_decimal(computed.value)
    approx_en = " (stated as approximate)" if figure.approximate else ""
    approx_zh = "（约数）" if figure.approximate else ""
    kind_en, kind_zh = (
        ("table rows", "表中各行")
        if figure.subject.startswith("indicators")
        else ("project rows", "工程清单")
    )
    return Finding(
        check=_CHECK_OF.get(figure.subject, figure.subject),
        message_en=(
            f"{where_en} states {_value(figure)}{approx_en} {what_en}; the {kind_en} "
            f"({lines_en}) give {_value(figure, value)}{computed.note_en}."
        ),
        message_zh=(
            f"{where_zh}载明{what_zh}{_value_zh(figure)}{approx_zh}，而{kind_zh}"
            f"（{lines_zh}）计得{_value_zh(figure, value)}{computed.note_zh}。"
        ),
        stated=figure.value,
        computed=value,
        spans=(figure.source, rows),
        focus=figure,
    )


def _names_finding(
    figure: StatedFigureRecord,
    unmet: list[IndicatorRecord],
    named_only: list[str],
    marked_only: list[IndicatorRecord],
) -> Finding:
    where_en, where_zh = _where(figure)
    rows = _rows_span(unmet) if unmet else figure.source
    lines_en, lines_zh = _lines(rows)
    named = "、".join(figure.items)
    marked = "、".join(f"{r.seq} {r.name}" if r.seq else r.name for r in unmet)
    parts_en, parts_zh = [], []
    if named_only:
        parts_en.append(f"named but not marked 否: {'、'.join(named_only)}")
        parts_zh.append(f"点名但未标“否”：{'、'.join(named_only)}")
    if marked_only:
        names = "、".join(r.name for r in marked_only)
        parts_en.append(f"marked 否 but not named: {names}")
        parts_zh.append(f"标“否”但未点名：{names}")
    return Finding(
        check="unmet_names",
        message_en=(
            f"{where_en} names as not met {named}; the rows of {figure.scope} marked 否 "
            f"({lines_en}) are {marked or 'none'} — {'; '.join(parts_en)}."
        ),
        message_zh=(
            f"{where_zh}列明未达标指标为{named}，而{figure.scope}中是否达标为“否”的行"
            f"（{lines_zh}）为{marked or '无'}——{'；'.join(parts_zh)}。"
        ),
        stated=named,
        computed="、".join(r.name for r in unmet),
        spans=(figure.source, rows),
        focus=figure,
    )


def _summary_finding(
    total: StatedFigureRecord, parts: list[StatedFigureRecord], parts_sum: Decimal
) -> Finding:
    what_en, what_zh = _what(total)
    span = _rows_span(parts)
    lines_en, lines_zh = _lines(span)
    value = format_decimal(parts_sum)
    return Finding(
        check="summary_sum",
        message_en=(
            f"{total.table} gives {_value(total)} {what_en} in its total row (line "
            f"{total.source.start_line}), but its rows ({lines_en}) add up to "
            f"{_value(total, value)}."
        ),
        message_zh=(
            f"{total.table}合计行（第{total.source.start_line}行）载明{what_zh}"
            f"{_value_zh(total)}，而各行（{lines_zh}）相加为{_value_zh(total, value)}。"
        ),
        stated=total.value,
        computed=value,
        spans=(total.source, span),
        focus=total,
    )


def _twice_finding(figure: StatedFigureRecord, first: StatedFigureRecord) -> Finding:
    what_en, what_zh = _what(figure)
    where_en, where_zh = _where(figure)
    first_en, first_zh = _where(first)
    return Finding(
        check="stated_totals",
        message_en=(
            f"{where_en} states {_value(figure)} {what_en}; {first_en} states {_value(first)}."
        ),
        message_zh=(
            f"{where_zh}载明{what_zh}{_value_zh(figure)}，而{first_zh}载明{_value_zh(first)}。"
        ),
        stated=figure.value,
        computed=first.value,
        spans=(figure.source, first.source),
        focus=figure,
    )


# ------------------------------------------------------------------------------------ numbers


def _decimal(text: str | None) -> Decimal | None:
    if text is None:
        return None
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None


def format_decimal(value: Decimal) -> str:
    """A decimal without exponent or trailing zeros: 3012.470 → 3012.47, 49.0 → 49."""
    if value == value.to_integral_value():
        return str(value.quantize(Decimal(1)))
    return format(value.normalize(), "f")


# ------------------------------------------------------------------------------------ reporting


def to_report(findings: Iterable[Finding], minter=None):
    """The findings as sh:Warning validation results, focused on the stated figure's node in the
    graph (kg.rdf.indicators mints it the same way)."""
    from kg.iris import Minter, resolve_base
    from kg.namespaces import GKG
    from kg.rdf.indicators import figure_iri
    from kg.validate import SELF_CONSISTENCY, Report, Result

    minter = minter or Minter(resolve_base())
    report = Report(records_checked=True)
    for finding in findings:
        span = finding.spans[0]
        report.results.append(
            Result(
                severity="Warning",
                focus=str(figure_iri(finding.focus, minter)),
                path=str(GKG.figureValue),
                message=finding.message_en,
                value=finding.stated,
                shape=SELF_CONSISTENCY,
                source=f"{span.file}:{span.start_line}-{span.end_line}",
            )
        )
    report.results.sort(key=lambda r: (r.focus, r.message))
    return report


def summary_lines(findings: Sequence[Finding | dict]) -> list[str]:
    """The build summary's section: one block per finding, English then Chinese. Takes findings
    or their JSON form (the build keeps them as JSON per source)."""
    lines = [f"self-consistency findings: {len(findings)}"]
    for item in findings:
        finding = item if isinstance(item, dict) else item.to_json()
        places = ", ".join(
            f"{s['file']}:{s['start_line']}"
            + (f"-{s['end_line']}" if s["end_line"] != s["start_line"] else "")
            for s in finding["spans"]
        )
        lines += [
            f"  [{finding['check']}] stated {finding['stated']}, computed {finding['computed']}"
            f" ({places})",
            f"    {finding['message_en']}",
            f"    {finding['message_zh']}",
        ]
    return lines
