"""Plan targets written as prose on the texts of held-out round 10 (now development texts):
a lead ending in …主要目标,即 (J-10), 今年 dated by the report's "2018年是…之年" (J-11), the
country as a scope word before a name (中國的, I-12) and an outlook's year (展望2035年, I-12)."""

from __future__ import annotations

from kg.extract import extract_source
from tests.conftest import devcorpus_text, records_of, targets_of


def test_a_lead_that_names_its_targets_with_ji_gives_them():
    # 提出了西藏自治区2018年的主要目标,即地区生产总值增长10%左右,…,保持全区社会局势…稳定
    found = targets_of(devcorpus_text("J-10"))
    assert len(found) == 9
    assert found[0] == ("地区生产总值增长", "10%左右", "%", 2018)
    assert ("居民消费价格指数", "4%以内", "%", 2018) in found  # 控制在 dropped
    assert ("城镇登记失业率", "3%以内", "%", 2018) in found
    assert not any("稳定" in name for name, *_ in found)  # no figure: not read


def test_this_year_is_the_year_the_report_says_it_is():
    # 政府工作报告指出,2018年是…开局之年…。今年经济社会发展的主要预期目标是:… (no date)
    found = targets_of(devcorpus_text("J-11"))
    assert len(found) == 6
    assert found[0] == ("地区生产总值增长", "10%", "%", 2018)
    assert ("农村居民人均可支配收入增长", "14%", "%", 2018) in found


def test_the_country_before_a_name_is_a_scope_and_an_outlook_dates_its_targets():
    # 到2025年,中國的人均預期壽命在2020年的基礎上繼續提高1歲左右,展望2035年,人均預期壽命達到80歲以上。
    found = targets_of(devcorpus_text("I-12"))
    assert ("人均預期壽命在2020年的基礎上繼續提高", "1歲左右", "歲", 2025) in found
    assert ("居民健康素養水平", "25.0%", "%", 2025) in found  # 中國 dropped, 要提高到 too
    assert ("人均預期壽命", "80歲以上", "歲", 2035) in found  # once: the lead restates it
    assert len(found) == 7
    assert not any(name.startswith("中國") for name, *_ in found)


def test_a_table_copied_a_cell_a_line_each_cell_ended_by_a_bar_is_read_by_its_header_width():
    # I-09: 指标 | / 2020年基期值(…) | / 2025年目标值(…) | / 年均增(5年累计) |, then rows of four
    records = records_of(extract_source(devcorpus_text("I-09")), "indicator")
    rows = [(r.name, r.unit, r.baseline, r.target_near, r.target_near_year) for r in records]
    assert len(rows) == 7
    assert rows[0] == ("粮食综合生产能力", "亿吨", "一", ">6.5", 2025)  # dashes kept as written
    assert ("农业科技进步贡献率", "%", "60", "64", 2025) in rows
    assert ("农产品质量安全例行监测合格率", "%", "97.8", "98", 2025) in rows
    assert not any("材料" in name for name, *_ in rows)
