"""The gazette checked against itself: findings on fixtures with and without disagreements, and on
the sample (derived from its rows, never listed by hand in the code)."""

from __future__ import annotations

import functools
from decimal import Decimal

from kg import checks
from kg.extract import extract_source
from kg.iris import Minter
from kg.rdf import map_records
from kg.records import SourceSpan, StatedFigureRecord
from kg.text.source import read
from tests.conftest import FIXTURES


@functools.cache
def fixture_records(name: str):
    return extract_source(read(FIXTURES / "indicators" / name))


def summary(findings):
    return sorted((f.check, f.focus.scope or "", f.stated, f.computed) for f in findings)


def test_a_plan_whose_figures_add_up_has_no_findings():
    # 12 indicators, 9 met, 3 not; 5 projects in 3 domains, 11960万元 stated as 约1.2亿元.
    assert checks.check(fixture_records("county-tabs.txt")) == []
    assert checks.check(fixture_records("province-continued.txt")) == []


def test_known_disagreements_are_all_found():
    findings = checks.check(fixture_records("district-web.txt"))
    table = "表5余江区“十四五”生态环境保护重大工程汇总表"
    assert summary(findings) == sorted(
        [
            ("indicator_count", "表1余江区“十四五”生态环境保护主要指标", "10", "9"),
            ("budget", "", "2.05", "1.7"),  # prose total; one project's amount is 待定
            ("budget", "土壤污染防治", "0.30", "0"),
            ("project_count", "土壤污染防治", "2", "1"),
            ("budget", "", "2.10", "1.7"),  # the summary table's total row vs the rows
            ("summary_sum", "", "4", "5"),
            ("summary_sum", "", "2.10", "2"),
        ]
    )
    soil = next(f for f in findings if f.check == "project_count")
    assert [(s.start_line, s.end_line) for s in soil.spans] == [(42, 42), (54, 54)]
    assert soil.focus.table == table
    assert "土壤污染防治" in soil.message_en and "土壤污染防治" in soil.message_zh
    budget = next(f for f in findings if f.check == "budget" and f.focus.table is None)
    assert "受污染耕地安全利用示范" in budget.message_en  # the project left out of the sum


def test_sample_findings_are_derived_from_its_rows(sample_records):
    findings = checks.check(sample_records)
    by_line = {(f.spans[0].start_line, f.check): f for f in findings}
    # 表2-1: 43 stated met; the rows give 42 met, 5 not met, and row 13 has no 是否达标.
    met = by_line[(362, "indicators_met")]
    assert (met.stated, met.computed) == ("43", "42")
    assert "序号 13" in met.message_en
    assert (362, "indicators_unmet") not in by_line
    assert (362, "indicator_count") not in by_line
    # 表2-2: 35 stated met; rows 9, 19 and 21 have no 是否达标.
    national = by_line[(436, "indicators_met")]
    assert (national.stated, national.computed) == ("35", "32")
    assert "序号 9、19、21" in national.message_en
    # 表9.1-1 counts 52 projects in its rows but 49 in its total row.
    total = by_line[(1147, "summary_sum")]
    assert (total.stated, total.computed) == ("49", "52")
    # The prose total (约3010.39亿元) is compared at two decimals.
    prose = by_line[(1136, "budget")]
    assert prose.stated == "3010.39" and prose.focus.approximate


def test_approximate_figures_compare_at_their_written_precision():
    span = SourceSpan("x.txt", 1, 1, "")

    def figure(value, approximate):
        return StatedFigureRecord(span, "budget", None, value, "亿元", approximate=approximate)

    assert checks.agrees(figure("1.2", True), Decimal("1.196"))
    assert not checks.agrees(figure("1.2", False), Decimal("1.196"))
    assert not checks.agrees(figure("3010.39", True), Decimal("3012.47"))
    assert checks.agrees(figure("250.00", False), Decimal("250"))


def test_a_total_stated_twice_differently_without_rows():
    span = SourceSpan("x.txt", 3, 3, "")
    prose = StatedFigureRecord(span, "budget", None, "120", "亿元", plan="某规划")
    table = StatedFigureRecord(
        SourceSpan("x.txt", 9, 9, ""), "budget", None, "121.5", "亿元", plan="某规划", table="表1"
    )
    [finding] = checks.check([prose, table])
    assert (finding.check, finding.stated, finding.computed) == ("stated_totals", "121.5", "120")


def test_findings_become_warnings_focused_on_the_stated_figure():
    records = fixture_records("district-web.txt")
    findings = checks.check(records)
    report = checks.to_report(findings, Minter())
    assert report.valid
    assert len(report.warnings) == len(findings)
    graph, _ = map_records(records, Minter(), "district-web.txt", None)
    subjects = {str(s) for s in graph.subjects()}
    assert all(result.focus in subjects for result in report.results)
    lines = checks.summary_lines(findings)
    assert lines[0] == f"self-consistency findings: {len(findings)}"
    assert any("载明" in line for line in lines)


def test_the_self_consistency_query_agrees_with_the_checks(sample_records):
    from tests.test_indicators import run_named

    rows = run_named(sample_records, "self-consistency", agreeing="false")
    found = {(int(r["line"]), r["subject"], r["scope"], r["stated"], r["computed"]) for r in rows}
    expected = {
        (f.spans[0].start_line, f.focus.subject.replace("_", "-"), f.focus.scope or "",
         f.stated, f.computed)
        for f in checks.check(sample_records)
        if f.check not in ("summary_sum", "unmet_names")  # not recomputed by the query
    }  # fmt: skip
    normalise = {(line, s, scope, str(Decimal(a).normalize()), str(Decimal(b).normalize()))
                 for line, s, scope, a, b in found}  # fmt: skip
    assert normalise == {(line, s, scope, str(Decimal(a).normalize()), str(Decimal(b).normalize()))
                         for line, s, scope, a, b in expected}  # fmt: skip
    assert len(rows) == 7
    assert run_named(fixture_records("county-tabs.txt"), "self-consistency", agreeing="false") == []


def test_indicators_named_as_unmet_are_compared_with_the_rows(sample_records):
    named = {
        f.source.start_line: f.items
        for f in sample_records
        if f.kind == "stated_figure" and f.subject == "indicators_unmet"
    }
    assert named[362][:2] == ["水环境质量", "“千吨万人”以上集中式饮用水水源地水质优良比例"]
    assert len(named[362]) == 5 and len(named[436]) == 4
    [finding] = [f for f in checks.check(sample_records) if f.check == "unmet_names"]
    # The prose names 生态环境公众参与度; 表2-2 marks 否 on 公众对生态文明建设的参与度 (row 39).
    assert finding.spans[0].start_line == 436
    assert "named but not marked 否: 生态环境公众参与度" in finding.message_en
    assert "marked 否 but not named: 公众对生态文明建设的参与度" in finding.message_en
