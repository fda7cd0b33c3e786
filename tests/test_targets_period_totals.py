"""Totals a plan sets in prose over a span of years ahead (kg/extract/targets.py, grammar T4):
devcorpus G-08 (国家林业局《林业发展“十二五”规划》, a periodical's abstract,
https://jxxfw.com/periodical/4c50fdd67e3d820970d44071302341ef.html), the one text of the form
found, and cuts of it. Values checked by hand against the text."""

from __future__ import annotations

from kg.extract import extract_source
from kg.text.source import from_text
from tests.conftest import devcorpus_lines, devcorpus_text, records_of

# 《规划》确定“十二五”林业发展目标是:5年内我国将完成新造林3000万公顷、森林抚育经营3500万公顷,
# 全民义务植树120亿株。到2015年,我国森林覆盖率将达21.66%,…
_LINE = devcorpus_lines("G-08", 4)
_SPAN_SENTENCE = next(s for s in _LINE.split("。") if "5年内" in s)  # to its stop, without it
_NEXT_SENTENCE = _LINE.split("。")[_LINE.split("。").index(_SPAN_SENTENCE) + 1]


def _found(source):
    return [
        (r.table, r.name, r.unit, r.target_near, r.target_near_year, r.cumulative)
        for r in records_of(extract_source(source), "indicator")
    ]


def _totals(text: str):
    return [f for f in _found(from_text(text, name="cut.txt")) if f[0] == "5年内"]


_READ = [
    ("5年内", "新造林", "万公顷", None, None, "3000万公顷"),
    ("5年内", "森林抚育经营", "万公顷", None, None, "3500万公顷"),
]


def test_totals_are_the_items_a_verb_of_total_governs_and_of_no_year():
    found = _found(devcorpus_text("G-08"))
    # 完成 governs its list (新造林…、森林抚育经营…); 全民义务植树120亿株, a clause of its own
    # after the comma, has no word of its own that makes it a total and is not read
    assert [f for f in found if f[0] == "5年内"] == _READ
    # the deadline sentence after it gives its targets for 2015, as before
    assert ("到2015年", "森林覆盖率", "%", "21.66%", 2015, None) in found


def test_the_reading_stops_at_the_sentence_and_at_another_time():
    assert _totals(_SPAN_SENTENCE + "。") == _READ
    # the stop taken off: the next sentence's 到2015年,…森林覆盖率将达21.66% is no total
    assert _totals(_SPAN_SENTENCE + "," + _NEXT_SENTENCE + "。") == _READ


def test_a_rate_or_a_level_in_the_verbs_list_is_no_total():
    # 完成新造林3000万公顷、森林覆盖率将达21.66%: a rate, and a level, is never a total; the list
    # ends there
    cut = _SPAN_SENTENCE.replace("森林抚育经营3500万公顷", "我国森林覆盖率将达21.66%")
    assert _totals(cut + "。") == _READ[:1]
    cut = _SPAN_SENTENCE.replace("新造林3000万公顷", "森林覆盖率将达21.66%")
    assert _totals(cut + "。") == []


def test_a_span_without_a_verb_of_the_future_or_behind_is_no_total():
    assert _totals(_SPAN_SENTENCE + "。")  # the cut is read as the text is
    for cut in (
        _SPAN_SENTENCE.replace("将完成", "完成了"),
        _SPAN_SENTENCE.replace("5年内", "近5年内"),
        _SPAN_SENTENCE.replace("将完成", "将"),  # no word of total
    ):
        assert _totals(cut + "。") == []
