"""Plan targets written as prose on the texts of held-out round 13 (now development texts): a
city's task list that opens with its year's targets (一、确保完成全年主要预期目标 / 1. 地区生产总值
增长8%以上。, HB-18; 1.地区生产总值比上年增长8.5%左右。, P-10)."""

from __future__ import annotations

from kg.extract import extract_source
from tests.conftest import devcorpus_text, records_of, targets_of


def test_a_will_to_reach_the_years_targets_leads_them():
    # 一、确保完成全年主要预期目标 / 1. 地区生产总值增长8%以上。 / 牵头负责领导:金力。 / … (滁州's
    # 2020 task list): 确保完成 is a will, not a report of targets reached
    assert targets_of(devcorpus_text("HB-18")) == [
        ("地区生产总值增长", "8%以上", "%", 2020),
        ("财政收入增长", "8%左右", "%", 2020),
        ("固定资产投资增长", "10%以上", "%", 2020),
        ("社会消费品零售总额增长", "10.5%以上", "%", 2020),
    ]


def test_a_comparison_with_the_year_before_is_the_targets_in_its_clause():
    # 一、确保完成全年主要预期目标 / 1.地区生产总值比上年增长8.5%左右。 (芜湖's 2021 task list): 比上年
    # is the target's comparison, as 同比 is (紫政发〔2025〕3号)
    assert targets_of(devcorpus_text("P-10")) == [
        ("地区生产总值比上年增长", "8.5%左右", "%", 2021),
        ("一般公共预算收入增长", "5%左右", "%", 2021),
    ]


def test_the_same_list_with_no_year_in_its_text_gives_a_warning():
    # B-28, 安徽's list of 2022 under the same heading, names no year in its text: not guessed
    records = extract_source(devcorpus_text("B-28"))
    assert not records_of(records, "indicator")
    [warning] = [r for r in records if r.kind == "warning" and r.genre == "targets"]
    assert "states no year" in warning.message
