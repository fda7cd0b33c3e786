"""Plan targets written as prose on the texts of held-out round 11 (now development texts): a
target clause whose list goes on past a stop (O-20), a rate written in words (千分之四点五, O-20)
and an index's level without a unit (居民消费价格指数控制在103.5以内, O-18)."""

from __future__ import annotations

from tests.conftest import devcorpus_text, targets_of


def test_a_clause_whose_list_goes_on_past_a_stop_gives_the_items_after_it():
    # 2009年四川省经济社会发展的主要预期目标:全省生产总值增长9%,完成灾后重建主要目标任务的72%。
    # 地方财政一般预算收入增长10%;城镇新增就业62万人,…,人口自然增长率控制在千分之四点五以内。
    found = targets_of(devcorpus_text("O-20"))
    assert found == [
        ("生产总值增长", "9%", "%", 2009),
        ("地方财政一般预算收入增长", "10%", "%", 2009),
        ("城镇新增就业", "62万人", "万人", 2009),
        ("城镇登记失业率", "4.5%以内", "%", 2009),
        ("城镇居民人均可支配收入增长", "10%", "%", 2009),
        ("农民人均纯收入增长", "8%以上", "%", 2009),
        ("居民消费价格上涨幅度", "5%左右", "%", 2009),
        # the rate in words, as written; the mark is inside the words: no unit
        ("人口自然增长率", "千分之四点五以内", None, 2009),
    ]
    # 完成…的72% reports a share of a task done (完成 is a word of report): not read, a doubt of
    # the gold; the next paragraph (2009年政府工作的4大重点是:…) has no figure


def test_a_clause_ends_at_a_sentence_that_opens_with_no_item():
    # …人口自然增长率控制在4.82‰以内。根据国家下达的节能减排指标,提出…等年度目标。
    found = targets_of(devcorpus_text("O-19"))
    assert len(found) == 9
    assert found[-1] == ("人口自然增长率", "4.82‰以内", "‰", 2011)
    assert not any("节能减排" in name or "能耗" in name for name, *_ in found)


def test_an_index_is_a_level_without_a_unit():
    # 2017年全市经济社会发展主要预期目标是:…;居民消费价格指数控制在103.5以内;城镇登记失业率…
    found = targets_of(devcorpus_text("O-18"))
    assert ("居民消费价格指数", "103.5以内", None, 2017) in found
    assert len(found) == 7
