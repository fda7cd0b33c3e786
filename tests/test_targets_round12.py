"""Plan targets written as prose on the texts of held-out round 12 (now development texts): a lead
whose first item follows 是 (是,生产总值增长9.5%左右, HB-09; 主要指标安排是生产总值增长百分之九以上,
HB-08), a list that restates the lead's item (T5, HB-08), an annual plan's statements (《计划》提出,
T6, HB-11) and one figure for two names (A和B均增长10%左右, HB-09: not read)."""

from __future__ import annotations

from kg.extract import extract_source
from kg.text.source import Source, from_text
from tests.conftest import devcorpus_path, devcorpus_text, records_of, targets_of


def without_address(stem: str) -> Source:
    """The text as the benchmark reads it: its `# ` lines (the page's address) left out."""
    lines = devcorpus_path(stem).read_text(encoding="utf-8").splitlines()
    return from_text("\n".join(x for x in lines if not x.startswith("# ")), stem + ".txt")


def test_a_lead_whose_first_item_follows_a_comma():
    # 今年全省经济社会发展的主要预期目标是,生产总值增长9.5%左右,…,人口自然增长率控制在6‰以内。
    # (the page's address, …/201301/t20130125_…, dates it: the text names no year)
    found = targets_of(devcorpus_text("HB-09"))
    assert found == [
        ("生产总值增长", "9.5%左右", "%", 2013),
        ("地方财政收入增长", "12%左右", "%", 2013),
        ("固定资产投资增长", "17%左右", "%", 2013),
        ("社会消费品零售总额增长", "15%左右", "%", 2013),
        ("进出口总额力争增长", "8%左右", "%", 2013),
        ("城镇新增就业", "100万人", "万人", 2013),
        ("农村劳动力转移就业", "120万人", "万人", 2013),
        ("城镇登记失业率", "4%以内", "%", 2013),
        ("居民消费价格涨幅", "3.5%左右", "%", 2013),
        ("人口自然增长率", "6‰以内", "‰", 2013),
    ]
    # 城镇居民人均可支配收入和农民人均纯收入均增长10%左右: one figure for two names, not read;
    # 实际利用外资稳步增加 has no figure


def test_a_text_with_no_year_gives_a_warning_not_a_guess():
    # without its address the text says only 1月25日 and 今年: its targets are not read
    records = extract_source(without_address("HB-09"))
    assert not records_of(records, "indicator")
    [warning] = [r for r in records if r.kind == "warning" and r.genre == "targets"]
    assert "states no year" in warning.message


def test_a_list_that_restates_the_leads_item_gives_the_clauses_targets():
    # line 2: …主要指标安排是生产總值增長百分之九以上。 line 4: 韓正指出,今年上海把…,全市生產總值增長
    # 百分之九以上,…;萬元生產總值綜合能耗下降百分之四,主要污染物排放總量削減百分之二;…
    found = targets_of(devcorpus_text("HB-08"))
    assert found == [
        ("生產(chǎn)總值增長(cháng)", "百分之九以上", None, 2007),
        (
            "全社會(huì)研究與發(fā)展經(jīng)費支出占全市生產(chǎn)總值的比例",
            "百分之二點(diǎn)六左右",
            None,
            2007,
        ),
        ("環(huán)保投入相當于全市生產(chǎn)總值的", "百分之三左右", None, 2007),
        ("萬(wàn)元生產(chǎn)總值綜合能耗下降", "百分之四", None, 2007),
        ("主要污染物排放總量削減", "百分之二", None, 2007),
    ]
    # 控制在百分之四點(diǎn)五以?xún): the bound is garbled (以?), the figure not closed: not read;
    # 二00六年…比上年增長百分之十二 (line 3) is a statistic of the year before, in no clause


def test_an_annual_plans_statements_are_its_targets_for_its_year():
    # 发布《临沂市人民政府关于印发2014年国民经济和社会发展计划的通知》(下称《计划》) …
    # 《计划》提出,今年临沂GDP增长将保持10%的增幅,公共财政收入增长14%以上。
    # 《计划》还提出,今年临沂市居民消费价格涨幅控制在3%左右;城镇居民人均可支配收入增长11%,…
    expected = [
        ("GDP增长", "10%", "%", 2014),
        ("公共财政收入增长", "14%以上", "%", 2014),
        ("居民消费价格涨幅", "3%左右", "%", 2014),
        ("城镇居民人均可支配收入增长", "11%", "%", 2014),
        ("农民人均纯收入增长", "12%", "%", 2014),
    ]
    # the plan's title gives the year, with or without the page's address
    assert targets_of(devcorpus_text("HB-11")) == expected
    assert targets_of(without_address("HB-11")) == expected
    # not read: 去年,临沂实现生产总值3336.8亿元、增长11%… (statistics of 2013) and 在固定资产投资、
    # 社会消费品零售总额、进出口方面,分别保持增长20%、13%和14%以上 (no 《计划》 statement, 分别)


def test_a_plan_statement_names_its_plan():
    # the same sentence without the plan the text names by that short name is no statement of it
    text = without_address("HB-11").text.replace("(下称《计划》)", "")
    assert not targets_of(from_text(text, "HB-11.txt"))


def test_a_plans_binding_indicators_are_for_the_end_of_its_period():
    # “十一五”规划纲要(草案)提出的22个…主要指标中,有8个是约束性的。… 这8大约束性指标集中在…
    # 两大类别中,分别是: / ——“十一五”时期全国总人口控制在13.6亿人; / ——单位GDP能耗降低20%左右; …
    expected = [
        ("总人口", "13.6亿人", "亿人", 2010),
        ("单位GDP能耗降低", "20%左右", "%", 2010),
        ("单位工业增加值用水量降低", "30%", "%", 2010),
        ("耕地保有量", "1.2亿公顷", "亿公顷", 2010),
        ("主要污染物排放总量减少", "10%", "%", 2010),
        ("森林覆盖率", "20%", "%", 2010),
        ("城镇基本养老保险覆盖人数", "2.23亿人", "亿人", 2010),
        ("新型农村合作医疗覆盖率", "80%以上", "%", 2010),
    ]
    # the year is the end of 十一五 (2006–2010), never the page's (its address: 2006-03)
    assert targets_of(devcorpus_text("I-10")) == expected
    assert targets_of(without_address("I-10")) == expected


def test_binding_indicators_of_no_named_plan_are_not_read():
    # the same list where the text names no five-year plan: no year to give its items
    text = without_address("I-10").text.replace("十一五", "")
    records = extract_source(from_text(text, "I-10.txt"))
    assert not records_of(records, "indicator")


def test_a_rate_and_the_level_its_subject_reaches_by_a_deadline():
    # 提出“十二五”期間,本市生産總值年均增長10%左右,到2015年達到1.5萬億元,人均生産總值達到2萬美元,…
    found = targets_of(devcorpus_text("HB-10"))
    assert found[:3] == [
        ("生産總值年均增長", "10%左右", "%", 2015),  # 本市 a scope word, as 全市
        ("生産總值", "1.5萬億元", "萬億元", 2015),  # the rate's subject, written once
        ("人均生産總值", "2萬美元", "萬美元", 2015),
    ]
    assert len(found) == 11
