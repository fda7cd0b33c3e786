"""Plan targets written as a range (全市生产总值增长6%-6.5%): one figure, written as it is, never a
single value with the range's low end glued to the name (生产总值增长6%- 6.5%, a wrong record
found on a fresh page, probe5 zhibiao-05)."""

from __future__ import annotations

import pytest

from kg.extract import extract_source
from kg.extract.targets import read_item
from kg.rdf.indicators import parse_number
from kg.text.source import read
from tests.conftest import FIXTURES, records_of

# 文汇报 e-paper, 2019-01-28 (http://dzb.whb.cn/html/2019-01/28/content_750741.html): its date
# line, the heading 今年预期目标 and the line of targets below it
SHANGHAI_2019 = FIXTURES / "targets" / "shanghai-2019-range.txt"


def test_a_range_is_one_target_written_as_it_is():
    records = records_of(extract_source(read(SHANGHAI_2019)), "indicator")
    found = [(r.name, r.target_near, r.unit, r.target_near_year) for r in records]
    assert found == [
        ("生产总值增长", "6%-6.5%", "%", 2019),
        ("地方一般公共预算收入增长", "5%", "%", 2019),
        ("全社会研发经费支出相当于全市生产总值的比例", "4%左右", "%", 2019),
        ("城镇调查失业率和登记失业率", "4.3%左右", "%", 2019),
        ("环保投入相当于全市生产总值的比例", "3%左右", "%", 2019),
    ]
    assert not any(any(ch.isdigit() for ch in name) for name, *_ in found)


def test_a_range_has_no_one_number_in_the_graph():
    # the graph keeps the value as stated; a range is no one decimal (no gkg:numericValue)
    assert parse_number("6%-6.5%") is None


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        # probe5 zhibiao-05 and zhibiao-01 (新华社 2026-03-05: 经济增长4.5%-5%), as written
        ("■全市生产总值增长6%-6.5%", ("生产总值增长", "6%-6.5%", "%")),
        ("经济增长4.5%-5%", ("经济增长", "4.5%-5%", "%")),
        # the same item with the other marks of a range the probe reproduced it with
        ("■全市生产总值增长6%～6.5%", ("生产总值增长", "6%～6.5%", "%")),
        ("■全市生产总值增长6%—6.5%", ("生产总值增长", "6%—6.5%", "%")),
        ("■全市生产总值增长6-6.5%", ("生产总值增长", "6-6.5%", "%")),
        ("■全市生产总值增长6%至6.5%", ("生产总值增长", "6%至6.5%", "%")),
    ],
)
def test_a_range_item(item, expected):
    assert read_item(item, deadline=False) == expected


def test_a_name_never_ends_in_a_figure():
    # the sample's plan (温州市人民政府公报 2023年第6期): 确保到2025年,农村生活污水治理率由77.26%
    # 提升至95%: the item's other figure (where it starts from) is no part of a name; not read
    # rather than named 农村生活污水治理率由77.26% (the sample's prose is not read: it prints its
    # indicator table)
    assert read_item("农村生活污水治理率由77.26%提升至95%", deadline=True) is None
