"""A target heading closed by a colon whose sentence goes on, a target a line, each line ending in
a semicolon (政府工作报告提出,今年发展主要预期目标是: / 国内生产总值增长5.5%左右; / …): the list runs
to the line that ends the sentence, past a line with no figure (居民收入增长与经济增长基本同步;),
and 全年 before a verb of level is the verb's, not the name's (probe5 zhibiao-03)."""

from __future__ import annotations

from kg.extract import extract_source
from kg.text.source import read
from tests.conftest import FIXTURES, records_of

# 光明网 via fubaore.com/shehui/20220305/1001120507.html: 数说政府工作报告丨2022年经济发展主要
# 预期目标公布, one target a line, blank lines between
GUANGMING_2022 = FIXTURES / "targets" / "guangming-2022-targets-a-line-each.txt"


def test_a_list_that_is_one_sentence_runs_to_its_end():
    records = records_of(extract_source(read(GUANGMING_2022)), "indicator")
    assert [(r.name, r.target_near, r.unit, r.target_near_year) for r in records] == [
        ("国内生产总值增长", "5.5%左右", "%", 2022),
        ("城镇新增就业", "1100万人以上", "万人", 2022),
        # 城镇调查失业率全年控制在5.5%以内: 全年 is the verb's
        ("城镇调查失业率", "5.5%以内", "%", 2022),
        ("居民消费价格涨幅", "3%左右", "%", 2022),
        # after 居民收入增长与经济增长基本同步; and 进出口保稳提质,国际收支基本平衡; (no figure)
        ("粮食产量", "1.3万亿斤以上", "万亿斤", 2022),
    ]
    # the sentence ends at …不纳入能源消费总量控制。; the page's 关键词: after it is no item
    assert max(r.source.start_line for r in records) == 16
