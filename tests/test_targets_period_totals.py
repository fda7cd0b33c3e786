"""Totals a plan sets in prose over a span of years ahead (kg/extract/targets.py, grammar T4):
devcorpus G-08 (国家林业局《林业发展“十二五”规划》, a periodical's abstract,
https://jxxfw.com/periodical/4c50fdd67e3d820970d44071302341ef.html) and cuts of the sample. Values
checked by hand against the texts."""

from __future__ import annotations

from kg.extract import extract_source
from kg.text.source import from_text
from tests.conftest import devcorpus_lines, devcorpus_text, records_of


def _found(source):
    return [
        (r.table, r.name, r.unit, r.target_near, r.target_near_year, r.cumulative)
        for r in records_of(extract_source(source), "indicator")
    ]


def test_five_year_totals_are_totals_of_no_year():
    # 5年内我国将完成新造林3000万公顷、森林抚育经营3500万公顷,全民义务植树120亿株。到2015年,…
    found = _found(devcorpus_text("G-08"))
    assert [f for f in found if f[0] == "5年内"] == [
        ("5年内", "新造林", "万公顷", None, None, "3000万公顷"),
        ("5年内", "森林抚育经营", "万公顷", None, None, "3500万公顷"),
        ("5年内", "全民义务植树", "亿株", None, None, "120亿株"),
    ]
    # the deadline sentence after it gives its targets for 2015, as before
    assert ("到2015年", "森林覆盖率", "%", "21.66%", 2015, None) in found


def test_a_span_without_a_verb_of_the_future_or_behind_is_no_total():
    line = devcorpus_lines("G-08", 4).split("。")[0]  # …目标是:5年内我国将完成新造林3000万公顷…
    for cut in (line.replace("将完成", "完成了"), line.replace("5年内", "近5年内")):
        assert not any(f[0] == "5年内" for f in _found(from_text(cut + "。", name="cut.txt")))
