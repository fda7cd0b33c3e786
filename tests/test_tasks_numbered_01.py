"""A fresh page's 民生实事 list that gave no projects (issue 12, the misses left by 5083e54): a short
heading naming a government's 实事, items numbered 01 with a space before them (the fixture's first
line names its source)."""

from __future__ import annotations

from kg.extract import extract_source
from kg.text.source import read
from tests.conftest import FIXTURES, records_of

TASKS = FIXTURES / "tasks"


def test_a_government_shishi_heading_over_items_numbered_01():
    # 人民网 on 长宁 2022: «2022年长宁区政府实事项目» (a short heading, no 民生 word) then «01 新增共享充电桩示范
    # 小区10个;…。» … «13 推动既有多层住宅加装电梯建设,…。» and «14 分类开展…演练活动,» where the page is cut:
    # the bare numbers written 01 … 09 and a space before the item are one numbering; the 14th, cut
    # inside, is not read.
    found = records_of(
        extract_source(read(TASKS / "changning-government-shishi-numbered-01.txt")), "project"
    )
    assert [p.seq for p in found] == list(range(1, 14))
    assert found[0].name.startswith("新增共享充电桩示范小区10个;为老旧小区电动自行车")
    assert found[9].name == "创成5家上海市老年友善医疗机构。"
    assert found[12].name == "推动既有多层住宅加装电梯建设,新开工400台,完工150台。"
    assert [p.source.start_line for p in found] == list(range(14, 39, 2))
