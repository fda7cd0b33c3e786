"""Guards of the task and project readers (kg/extract/tasks.py) on cuts of real pages: what a
reader must leave alone. Each test names the commit whose rule it holds; it fails without it."""

from __future__ import annotations

from kg.extract import extract_genres
from kg.records import ExtractionWarning
from kg.text.source import from_text
from tests.conftest import records_of

# https://m.johnnytowncar.com/qxcz/2012/12-31/4451195.shtml (a copy of 中新网's 侨乡福建永春确定2013年为
# 民办实事项目), a cut: its headline and the two sentences that count the 43 projects
YONGCHUN = (
    "侨乡福建永春确定2013年为民办实事项目\n"
    "中新网永春12月31日电 (蒲远宝 施由森 苏巧凤)笔者31日从福建永春县获悉,2013年,该县将实施43件为民"
    "办实事项目,总投资达10.0138亿元人民币,总投资为过去2年的总和。\n"
    "43个项目涉及农业农村、基础设施、社会事业和民生保障等四个方面,包括美丽乡村建设、桃溪流域水污染防治"
    "工程、小型农田水利设施建设、旧村复垦、四绿工程建设、农村电网改造、乡镇公办幼儿园建设、保障房建设、"
    "县城区供水管网工程、殡仪馆建设、造福工程、慈善救助等,年度投资9.2088亿元。\n"
)


def test_a_count_then_a_clause_then_examples_is_no_list():
    # b268b3a: 43个项目涉及…四个方面,包括A、B、…等 names some of the 43 after a clause between the
    # count and 包括; a list without a colon is read only where its verb follows the noun
    # (10项民生实事项目分别是A、…). Before, the sentence was taken for the list of 43 (a warning
    # that its items do not come to 43; items, had they come to it).
    records = extract_genres(from_text(YONGCHUN, "yongchun.txt"), ["tasks"])
    assert records_of(records, "project") == []
    assert not [
        r.message
        for r in records
        if isinstance(r, ExtractionWarning) and r.genre == "projects" and "43" in r.message
    ]
