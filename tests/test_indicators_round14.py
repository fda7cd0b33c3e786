"""An indicator table of held-out round 14 (now a development text): a 十二五 plan's 专栏2 copied a
cell a line, each cell ended by " |", with its 属性 column (HB-33, tcm166.com)."""

from __future__ import annotations

from kg.extract import extract_source
from tests.conftest import devcorpus_text, records_of


def test_a_cell_a_line_table_with_its_nature_column():
    # HB-33 (专栏2 “十二五”时期中医药发展主要指标简表, tcm166.com): 具体指标 | / 2010年 | / 2015年 |
    # / 年均增长(%) | / 属性 |, a cell a line; the 属性 cell 预期性 is words, and a row is still one
    # of figures: the 年均增长 column is no target, the last parenthesis the unit
    rows = [
        (r.name, r.unit, r.baseline, r.target_near, r.target_near_year, r.nature)
        for r in records_of(extract_source(devcorpus_text("HB-33")), "indicator")
    ]
    assert len(rows) == 11
    assert rows[0] == ("中医医院", "所", "3232", "3397", 2015, "预期性")
    assert rows[2] == ("中医医院病床使用率", "%", "84", "94", 2015, "预期性")  # 年均增长 —
    assert rows[7] == ("卫生机构中医类别执业(助理)医师", "万人", "29.4", "37.5", 2015, "预期性")
    assert rows[8] == ("卫生机构中药师(士)", "万人", "9.7", "14.2", 2015, "预期性")


def test_the_tables_caption_without_the_copys_bar():
    [first, *_] = records_of(extract_source(devcorpus_text("HB-33")), "indicator")
    assert first.table == "专栏2“十二五”时期中医药发展主要指标简表"
