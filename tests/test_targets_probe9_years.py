"""Plan targets of probe 9's fresh pages: the year of a clause of 今年 read where the text names it
as 今年 is, a comma between the year and 是 (2023年,是…开局之年). Cuts of real pages, their
addresses given; none has the address line, so the year is the text's alone."""

from __future__ import annotations

from tests.conftest import cut_records, records_of

# https://scholarmate.com/S/qBW3H0 (an abstract), its one paragraph
SCHOLARMATE_2023 = (
    "<正>2023年,是全面贯彻党的二十大精神的开局之年。政府工作报告明确提出今年发展的主要预期目标是:"
    "国内生产总值增长5%左右;城镇新增就业1200万人左右,城镇调查失业率5.5%左右;居民消费价格涨幅3%左右;"
    "粮食产量保持在1.3万亿斤以上……一组组振奋人心的数字,勾勒出中国经济航船乘风破浪、稳步向前的发展态势,"
    "极大增强了全国人民对今年经济社会发展的信心和期待。\n"
)

# https://scholarmate.com/S/dUyIBH (an abstract of 2018): 2018年是改革开放40周年 names no year as
# 今年, and the figures after it are the results of 2017, no targets
SCHOLARMATE_2018 = (
    "<正>雄关漫道真如铁,而今迈步从头越。2018年春天,我国经济发展的新征程已经开启春天来临,带来新的希望。"
    "2018年是改革开放40周年,中国经济站上了新起点。全国两会召开前夕,国务院公布了2017年《政府工作报告》"
    '量化指标任务的落实"对账单",各项指标都达到甚至好于预期。国内生产总值从54万亿元到首次突破80万亿元'
    "大关、城镇新增就业年均1300万人以上、99.24%的乡镇和98.34%的建制村通上沥青路和水泥路、五年来累计"
    "减贫6853万人……\n"
)


def _targets(text: str) -> list[tuple]:
    records = cut_records(text)
    return [(r.name, r.target_near, r.target_near_year) for r in records_of(records, "indicator")]


def test_a_year_named_as_this_year_with_a_comma_before_shi_dates_the_targets_of_jinnian():
    # the clause was a warning, "the text states no year for its targets"
    assert _targets(SCHOLARMATE_2023) == [
        ("国内生产总值增长", "5%左右", 2023),
        ("城镇新增就业", "1200万人左右", 2023),
        ("城镇调查失业率", "5.5%左右", 2023),
        ("居民消费价格涨幅", "3%左右", 2023),
        # the ellipsis closes the list; the words after it are no item
        ("粮食产量", "1.3万亿斤以上", 2023),
    ]


def test_a_years_anniversary_and_last_years_results_give_no_targets():
    assert _targets(SCHOLARMATE_2018) == []
