"""Plan targets written as prose (kg/extract/targets.py): each grammar of the module's table on a
development-corpus text or a quoted cut of a real page, and what is left unread."""

from __future__ import annotations

import re

import pytest

from kg.extract import extract_source
from kg.extract.targets import read_item
from kg.text.normalize import clean
from kg.text.source import Source
from tests.conftest import devcorpus_text, records_of


def targets_of(source: Source) -> list[tuple[str, str, str | None, int | None, str]]:
    return [
        (r.name, r.target_near, r.unit, r.target_near_year, r.table)
        for r in records_of(extract_source(source), "indicator")
    ]


def test_a_target_clause_gives_its_items_for_the_year_the_text_gives_today():
    # 今年(2024年) in the lead paragraph dates 今年…主要預期目標是: the lead's restatement of the
    # first target (預期地區生產總值增長5%) is not read again, an item without a figure is not read
    found = targets_of(devcorpus_text("G-01"))
    assert len(found) == 10
    caption = "今年經濟社會發展的主要預期目標"  # the label as written, as the names are
    assert found[0] == ("地區生產總值增長", "5%", "%", 2024, caption)
    assert ("居民消費價格指數上漲", "3%左右", "%", 2024, caption) in found
    assert ("城鎮新增就業人數", "110萬人以上", "萬人", 2024, caption) in found
    assert ("糧食產量", "1270萬噸", "萬噸", 2024, caption) in found
    assert not any("同步" in name for name, *_ in found)


def test_a_verb_of_level_is_no_part_of_the_name_and_several_figures_for_several_names_are_not_read():
    found = targets_of(devcorpus_text("G-03"))
    names = [name for name, *_ in found]
    assert ("粮食产量", "180万吨以上", "万吨", 2023, "主要预期目标") in found  # 保持在 dropped
    assert ("居民消费价格涨幅", "3%左右", "%", 2023, "主要预期目标") in found
    assert not any("分别" in n or "居民人均可支配收入" in n for n in names)  # 分别增长7%、8%左右
    assert len(found) == 7


def test_a_mirror_with_inserted_pinyin_and_doubled_marks_gives_the_names_as_written():
    found = targets_of(devcorpus_text("G-05"))
    assert found[0][:4] == ("國內(nèi)生產(chǎn)總值增長(zhǎng)", "6.5%左右", "%", 2018)
    assert ("城鎮(zhèn)調(diào)查失業(yè)率", "5.5%以內(nèi)", "%", 2018) in [f[:4] for f in found]
    assert len(found) == 6  # 居民收入增長和經濟增長基本同步, 進出口穩中向好 … have no figure


def test_a_target_heading_reads_its_bullets_and_not_the_past_years_figures_above_it():
    # ■ 2024年成绩单 (预计全省地区生产总值增长6%左右, 粮食总产达到557亿斤) is no target
    found = targets_of(devcorpus_text("G-04"))
    assert [f[:4] for f in found] == [
        ("经济增长", "6%左右", "%", 2025),
        ("城镇调查失业率", "5.5%左右", "%", 2025),
        ("城镇新增就业", "70万人以上", "万人", 2025),
        ("居民消费价格涨幅", "2%左右", "%", 2025),
        ("粮食产量", "500亿斤以上", "亿斤", 2025),  # below a bullet without a figure
    ]


def test_a_numbered_target_heading_reads_its_items_over_their_unit_fields():
    # 一、2023年全区经济社会发展的主要预期目标 / (一)地区生产总值增长7%以上 / 责任单位:… / (二)…
    found = targets_of(devcorpus_text("M-08"))
    assert [f[:2] for f in found] == [
        ("地区生产总值增长", "7%以上"),
        ("规上工业增加值增长", "12%以上"),
        ("固定资产投资增长", "10%以上"),
        ("工业投资增长", "12%以上"),
    ]
    assert {f[4] for f in found} == {"2023年全区经济社会发展的主要预期目标"}


def test_deadline_sentences_give_their_items_for_their_year():
    found = targets_of(devcorpus_text("G-10"))
    assert len(found) == 14 and {f[3] for f in found} == {2025}
    assert ("鐵路網密度", "507公里/萬平方公里", "公里/萬平方公里", 2025) in [f[:4] for f in found]
    assert ("單位GDP能耗較2017年下降", "10%", "%", 2025) in [f[:4] for f in found]
    assert ("中心區城鄉居民收入差距", "2.2∶1以內", None, 2025) in [f[:4] for f in found]
    assert not any("PM2.5" in f[0] for f in found)  # 細顆粒物(PM2.5)平均濃度總體達標: no figure


def test_figures_of_a_past_period_beside_a_deadline_are_not_targets():
    # 到2025年我国森林覆盖率达到24.1%、…达到57%等一系列保护发展目标 / “十三五”期间…森林覆盖率达到23.04%
    found = targets_of(devcorpus_text("G-07"))
    assert [f[:4] for f in found] == [
        ("森林覆盖率", "24.1%", "%", 2025),
        ("森林蓄积量", "190亿立方米", "亿立方米", 2025),
        ("草原综合植被盖度", "57%", "%", 2025),
    ]


def test_the_title_states_the_year_over_a_body_that_states_another():
    # 政府工作報告提出:2010年漳州經濟社會發展預期目標 over 提出2009年政府工作總體要求和…預期目標
    found = targets_of(devcorpus_text("G-06"))
    assert len(found) == 15 and {f[3] for f in found} == {2010}


def test_a_stray_stop_before_a_bound_ends_no_clause():
    # G-06's mirror: 人口自然增長率控制在7.2%,。以內(nèi),;城鎮(zhèn)居民人均可支配收入實際增長8%,… —
    # the 。 belongs to the figure's 以內, and the clause's last two items follow it
    found = [f[:4] for f in targets_of(devcorpus_text("G-06"))]
    assert found[-2:] == [
        ("城鎮(zhèn)居民人均可支配收入實際增長", "8%", "%", 2010),
        ("農(nóng)民人均純收入實際增長", "7%", "%", 2010),
    ]


# https://www.gzlps.gov.cn/zwgk/zfxxgkzl/fdzdgknr/zcwj/szfwj_5666042/lpsfbf/202301/t20230116_77945033.html
GZLPS = (
    "一、主要目标\n"
    "2022年,全市新建5G基站2600个以上,新建市级及以上创新平台15个以上,加快推动数字基础设施与传统基础"
    "设施融合发展。到2024年,全市累计建成5G基站1万个,累计新建市级及以上创新平台50个以上,基本形成数字"
    "基础设施与传统基础设施融合发展、通信网络基础稳固、转型支撑有力、创新资源集聚、安全可控可信的新型基础"
    "设施体系。\n"
    "二、重点任务\n"
)


def test_a_year_opening_a_part_of_the_clause_dates_the_items_after_it():
    found = targets_of(Source("gzlps.txt", GZLPS, "utf-8"))
    assert [f[:4] for f in found] == [
        ("新建5G基站", "2600个以上", "个", 2022),
        ("新建市级及以上创新平台", "15个以上", "个", 2022),
        ("累计建成5G基站", "1万个", "万个", 2024),
        ("累计新建市级及以上创新平台", "50个以上", "个", 2024),
    ]


@pytest.mark.parametrize("stem", [f"G-{n:02d}" for n in range(1, 13)])
def test_a_deadline_in_a_sentence_dates_the_items_after_it(stem):
    # a target after 到2024年 in its sentence is for 2024, never for its clause's year (a probed
    # page once gave one 2022); read on every real text that sets targets in prose
    source = devcorpus_text(stem)
    for record in records_of(extract_source(source), "indicator"):
        line = clean(source.line(record.source.start_line))
        for sentence in re.split(r"[。！？]", line):
            at = sentence.find(record.name)
            marks = re.findall(r"(?:到|至)\s*((?:19|20)\d{2})\s*年", sentence[: max(at, 0)])
            if at >= 0 and marks:
                assert record.target_near_year == int(marks[-1]), (record.name, sentence)


def test_a_text_that_prints_its_indicator_table_gives_no_prose_targets(sample_records):
    # the sample's plan: 到2025年，地表水省控及以上断面优良水质比例力争达到100% restates its table
    indicators = records_of(sample_records, "indicator")
    assert len(indicators) == 126
    assert all(r.seq is not None or r.domain or r.parent or r.sub for r in indicators)


@pytest.mark.parametrize(
    ("item", "deadline", "read"),
    [
        ("城镇调查失业率5.5%左右", False, ("城镇调查失业率", "5.5%左右", "%")),  # G-01
        ("其中地方级财政收入增长16%", False, ("地方级财政收入增长", "16%", "%")),  # G-06
        (
            "战略性新兴产业增加值超过1.2万亿元",
            True,
            ("战略性新兴产业增加值", "超过1.2万亿元", "万亿元"),
        ),
        ("年均增长6%左右", True, None),  # G-09: names nothing
        ("森林蓄积量达1 43亿立方米", True, None),  # G-08: a figure broken by the copy
        # http://www.dongyang.gov.cn/art/2023/3/21/art_1229692327_59603057.html (到2025年,…)
        ("全市新增残疾人就业800人以上", True, None),  # a deadline's item needs a verb
        ("预计全省地区生产总值增长6%左右", False, None),  # G-04's 2024年成绩单: an estimate
    ],
)
def test_an_item_is_a_name_a_verb_and_a_figure(item, deadline, read):
    assert read_item(item, deadline) == read
