"""Plan targets written as prose on the texts of held-out round 13 (now development texts): a
city's task list that opens with its year's targets (一、确保完成全年主要预期目标 / 1. 地区生产总值
增长8%以上。, HB-18; 1.地区生产总值比上年增长8.5%左右。, P-10), a plan's statement of its targets
(《规划》指出,到2020年…, HB-21; 根据规划,2025年…, HB-22) and a year opening a sentence (HB-23)."""

from __future__ import annotations

from kg.extract import extract_source
from tests.conftest import cut_targets, devcorpus_records, devcorpus_text, records_of, targets_of
from tests.test_targets_round12 import without_address


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


# T7, T8: a plan's statement of its targets for a year, and a year opening a sentence


def test_a_plans_statement_keeps_its_year_on_a_later_page():
    # 《规划》指出,到2020年,全省森林覆盖率达到40%,设市城市建成区绿地率超过38%,设市城市人均公园
    # 绿地将达14平方米,重要江河湖泊水功能区水质达标率83%以上。 (四川's 十三五 plan, reposted in 2024:
    # the page's date line is 2024-06-15; 2020 is the end of the one five-year plan the text names)
    assert targets_of(devcorpus_text("HB-21")) == [
        ("森林覆盖率", "40%", "%", 2020),
        ("设市城市建成区绿地率", "超过38%", "%", 2020),
        ("设市城市人均公园绿地", "14平方米", "平方米", 2020),
        ("重要江河湖泊水功能区水质达标率", "83%以上", "%", 2020),
    ]  # no verb: right after the plan's words an item needs none, as in a target clause


HB22 = [
    ("學(xué)前教育毛入園率", "大于90%", "%", 2025),
    ("高中階段教育毛入學(xué)率", "大于92%", "%", 2025),
    ("每千人口擁有3歲以下嬰幼兒托位數(shù)", "4.5個", "個", 2025),
    ("人均預(yù)期壽命", "78.3歲", "歲", 2025),
    ("養(yǎng)老機(jī)構(gòu)護(hù)理型床位占比", "55%", "%", 2025),
    # places at 、 before one rate, no verb in the statement going on (round 15)
    (
        "新建城區(qū)、居住(小)區(qū)配套建設(shè)養(yǎng)老服務(wù)設(shè)施達(dá)標(biāo)率",
        "100%",
        "%",
        2025,
    ),
    ("基本養(yǎng)老保險參保率", "95%", "%", 2025),
    (
        "養(yǎng)老服務(wù)床位總量",
        "約1000萬張",
        "萬張",
        2025,
    ),  # 約 a comparator, as 大于 (round 14)
    (
        "人均體育場地面積",
        "2.6平方米",
        "平方米",
        2025,
    ),  # a sentence that opens with an item (round 15)
]


def test_a_year_after_a_plans_words_opens_its_statement():
    # 根據(jù)規劃,2025年我國學(xué)前教育毛入園率將大于90%,…。2025年我國人均預(yù)期壽命達(dá)78.3歲,…
    # (a 2022 brief on the 十四五 public-service plan): the next sentence that opens with the same
    # year goes on with the statement; with or without the page's address (…/2022/0110/…)
    assert targets_of(devcorpus_text("HB-22")) == HB22
    assert targets_of(without_address("HB-22")) == HB22


def test_a_year_opening_a_sentence_after_the_texts_year():
    # HB-23 (2021): 「創新驅動」類各項指標全面升級:2025年數字經濟核心產業增加值佔GDP比重提高到10%;…;
    # and, in a list of 預期性指標 at 、 after a part with no figure, 2025年常住人口城鎮化率提高到65%
    # (a part that opens with its own year shares no figure with the part before it)
    assert targets_of(devcorpus_text("HB-23")) == [
        ("常住人口城鎮化率", "65%", "%", 2025),
        ("數字經濟核心產業增加值佔GDP比重", "10%", "%", 2025),
        ("全社會研發經費投入年均增長", "7%以上", "%", 2025),
        ("每萬人口高價值發明專利擁有量", "12件", "件", 2025),
    ]


def test_a_year_lead_on_a_fresh_page():
    # http://news.jstv.com/a/20210301/1614576253892.shtml (江苏's 十四五 纲要, 2021-03-01)
    cut = (
        "# source: http://news.jstv.com/a/20210301/1614576253892.shtml\n"
        "近9万字、172页,《纲要》充分展现新征程担当作为,科学谋划新蓝图实现路径。2025年,江苏人均地区"
        "生产总值超过15万元、居民人均可支配收入年均增长5.5%左右;2035年,江苏人均地区生产总值在2020年"
        "基础上实现翻一番,居民人均收入实现翻一番以上……从数字中速览我苏“晋级”目标。\n"
    )
    assert cut_targets(cut) == [
        (
            "人均地区生产总值",
            "超过15万元",
            2025,
        ),  # 江苏 before 人均: the scope, no word of the name
        ("居民人均可支配收入年均增长", "5.5%左右", 2025),
    ]
    assert cut_targets(cut.split("\n", 1)[1]) == []  # no year in the text: none


def test_no_year_lead_for_a_result_or_a_projection():
    # http://qh.mingriaudio.com/BIG5/n1/2025/1002/c64387-40576120.html (人民日报, 2025): results
    assert not cut_targets(
        "2025年10月02日08:16 來源:人民網-人民日報\n"
        "創新能力持續提升。2024年,我國研發投入強度提高到2.68%,超過歐盟國家平均水平,研發人員總量"
        "世界第一。\n"
    )
    # http://brgg.fudan.edu.cn/articleinfo_3749_8.html (2021): a projection, its year mid-sentence
    assert not cut_targets(
        "2021年07月22日  |  来源:时政国关分析\n"
        "必须立足于把中国建成世界一流的经济强国。世界银行预测,2030年中国经济总量将达到240万亿元"
        "人民币,人均GDP超3万美元。根据人民大学刘元春教授的研究数据,2020-2035年中国人均GDP实际增长"
        "速度达到4.73%,2035年人口将达到14.335亿人,较2020年增长0.63%,GDP的年均增速要求达到4.78%。\n"
    )


def test_a_plans_aims_in_turn_are_for_its_last_year():
    # 《綱要(草案)》提出了七個方面的主要目標和35項具體指標。/ 一是…,全市生產總值年均增長8%左右,…。
    # 二是…。 (上海's 十二五 纲要 of 2011, HB-24): the aims of the one five-year plan the text names,
    # for its last year; 新增供應100萬套左右 is a total over the period (cumulative, no year)
    records = records_of(devcorpus_records("HB-24"), "indicator")
    assert [(r.name, r.target_near, r.target_near_year, r.cumulative) for r in records] == [
        ("生產總值年均增長", "8%左右", 2015, None),
        ("第三產業增加值占全市生產總值比重", "65%左右", 2015, None),
        ("全社會研究與試驗發展經費支出相當于全市生產總值比例", "3.3%左右", 2015, None),
        ("各類保障性住房新增供應", None, None, "100萬套左右"),
        ("財政性教育投入占地方財政支出的比重", "15%", 2015, None),
    ]


def test_aims_that_do_not_open_the_next_sentence_are_not_read():
    # http://nakedoat.com/govweb/ztzl/2006-03/05/content_218759.htm (2006): the lead's next line
    # opens with 他簡要說明了…:一是…, not with 一是: nothing
    assert not cut_targets(
        "溫家寶說,《綱要(草案)》提出了“十一五”時期經濟社會發展的主要目標。\n"
        "他簡要說明了其中兩個方面的重要目標:一是今后五年國內生產總值年均增長7.5%。這個目標是建立在"
        "優化結構、提高效益和降低消耗基礎上的。\n"
    )


def test_a_name_that_holds_a_rate_of_its_own_is_not_read():
    # I-12 (2022): 另外,規劃還提出,到2025年,…;力爭兒童青少年達52.7%的總體近視率每年降0.5%以上;
    # 地級以上城市空氣優良天數比達87.5%,… : 0.5%以上 is not the 52.7%'s name's figure
    found = targets_of(devcorpus_text("I-12"))
    assert not [t for t in found if "52.7%" in t[0]]
    assert ("地級以上城市空氣優良天數比", "87.5%", "%", 2025) in found


def test_a_deadlines_year_restated_in_a_part_is_no_part_of_the_name():
    # http://www.chinanews.com/gn/2017/01-25/8135749.shtml (国家人口发展规划, 2017)
    cut = (
        "2017年01月25日 17:08 来源:中国新闻网\n"
        "中新网1月25日电 国务院近日印发《国家人口发展规划(2016—2030年)》。规划提出,到2020年,全面两孩"
        "政策效应充分发挥,总和生育率逐步提升并稳定在适度水平,2020年全国总人口达到14.2亿人左右,"
        "2030年达到14.5亿人左右。\n"
    )
    assert cut_targets(cut) == [("总人口", "14.2亿人左右", 2020)]  # was «2020年全国总人口»


def test_jiang_after_a_word_of_will_is_no_part_of_the_name():
    # http://hkwb.net/news/content/2017-01/26/content_3157124_2.htm (西部 规划, 2017): 力争将…
    # 稳定在: 将 is 把, the name's object marker
    cut = (
        "# source: http://hkwb.net/news/content/2017-01/26/content_3157124_2.htm\n"
        "——到2020年力争将基本医疗保险覆盖面稳定在95%以上;\n"
    )
    # it was «将基本医疗保险覆盖面»
    assert cut_targets(cut) == [("基本医疗保险覆盖面", "95%以上", 2020)]


def test_a_forecast_of_the_world_is_no_target():
    # http://www.chinavrv.com/s.html?keyword=%E5%85%A8%E7%90%83%E6%96%B0%E8%83%BD%E6%BA%90&page=3
    # (a 2018 digest of BNEF's forecasts): 至2030年,全球新能源汽車的銷售額將達到3000萬美元 was read
    # as a target for 2030
    assert not cut_targets(
        "近日,外媒發布最新報告預測,到2040年,全球新能源汽車銷量將占據汽車總銷量的55%,約6000萬輛。"
        "數據顯示,2017年全球新能源車銷售約120萬輛,根據BNEF預測,2018年這一數字將達到160萬輛。"
        "至2030年,全球新能源汽車的銷售額將達到3000萬美元。\n"
    )
