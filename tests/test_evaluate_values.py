"""The benchmark's check of indicator values: the matching reads names only (as the shared
evaluator's), so a target published with a wrong year or value would never show as an extra.
Records and gold below are G-01's (广东 2024 政府工作报告 news, devcorpus/raw/G-01-…) and
D-11's (江苏基本实现现代化指标体系, a table with a 苏南 and a 全省 target column)."""

from __future__ import annotations

from kg.evaluate import indicator_value_check

G01_GOLD = {"name": "地區生產總值增長", "unit": "%", "targets": {"2024": "5%"}}
G01_RECORD = {
    "name": "地區生產總值增長",
    "unit": "%",
    "target_near": "5%",
    "target_near_year": 2024,
    "target_far": None,
    "target_far_year": None,
}


def test_a_target_of_the_gold_year_and_value_passes():
    assert indicator_value_check(G01_GOLD, G01_RECORD) == ([], [])


def test_a_target_published_under_another_year_is_wrong():
    record = dict(G01_RECORD, target_near_year=2025)
    wrong, missing = indicator_value_check(G01_GOLD, record)
    assert (wrong, missing) == (["2024: 5% (record: 5% in 2025)"], [])
    record = dict(G01_RECORD, target_near=None)
    assert indicator_value_check(G01_GOLD, record) == ([], ["2024: 5%"])  # no target at all
    record = dict(G01_RECORD, target_near_year=None, target_near="6%")
    assert indicator_value_check(G01_GOLD, record)[0] == ["2024: 5% (record: 6%)"]


def test_a_value_written_without_its_unit_is_the_same_value():
    record = dict(G01_RECORD, target_near="5")
    assert indicator_value_check(G01_GOLD, record) == ([], [])


def test_a_column_other_than_the_golds_is_a_wrong_value():
    gold = {"name": "城镇化率", "unit": "%", "targets": {"全省目标值": "70"}}
    record = {"name": "城镇化率", "unit": "%", "target_near": "75", "target_near_year": None}
    assert indicator_value_check(gold, record) == (["全省目标值: 70 (record: 75)"], [])


def test_a_cumulative_target_the_record_does_not_give_is_missing_not_wrong():
    gold = {"name": "糧食(谷物)綜合生產能力", "targets": {"2020": "5.5", "累计": "0.5"}}
    record = {"name": "糧食(谷物)綜合生產能力", "target_near": "5.5", "target_near_year": 2020}
    assert indicator_value_check(gold, record) == ([], ["累计: 0.5"])
