"""Plan targets written as prose: the precision risks the fresh pages of round 14 showed (a figure
as of a date, 截至2019年底, read through its 至 as a deadline; a will left inside a name; the
text's own place opening a name where no government is detected) and the forms read since (their
addresses in the tests)."""

from __future__ import annotations

from tests.conftest import cut_targets, devcorpus_text, targets_of
from tests.test_targets_round12 import without_address

# --------------------------------------------------------------- 截至 a date: a result, no target


def test_a_figure_as_of_a_date_is_no_target():
    # http://m.studyofnet.com/484723930.html (重庆发布, 2020, no date the extractor finds): 截至
    # 2019年底, … 贫困发生率降至0.5%: where the poverty rate stood, not a deadline (至 of 截至)
    assert not cut_targets(
        "重庆市政府新闻发布会【今年2月,酉阳正式退出国家扶贫开发工作重点县】今(15)日,重庆市脱贫"
        "攻坚系列主题新闻发布会酉阳专场召开,中共酉阳县委书记陈文森介绍,截至2019年底,全县共有建档"
        "立卡贫困人口3.5万户15.3万人,已累计实现3.4万户14.9万人脱贫,130个贫困村全部销号,贫困发生"
        "率降至0.5%。今年2月,酉阳正式退出国家扶贫开发工作重点县。\n"
    )
    # 截止到 a date is the same ("as of"); 至 a year alone is a deadline
    # http://xyd20i.cn/jj/2022/1229/47429.html (极目新闻, 2022-12-29)
    assert not cut_targets("截止到2025年10月底,湖北全省常住人口城镇化率达到67%。\n")
    assert cut_targets(
        "2022-12-29 18:37:44\n"
        "12月28日,湖北省第十三屆人大常委會第三十五次會議表決通過了《決定》。根據規劃綱要顯示,"
        "至2025年,湖北全省常住人口城鎮化率要達到67%。\n"
    ) == [("常住人口城鎮化率", "67%", 2025)]


# ------------------------------------------------------------------------- words no part of a name


def test_a_will_before_the_verb_of_its_figure_is_no_word_of_the_name():
    # http://jtylhs.cn/zzxw/12047.html (2017): 根据规划,到2020年,…,生物产业增加值将占国内生产
    # 总值的4%以上: 将 is the will, as in 将达到
    assert cut_targets(
        "根据规划,到2020年,生物产业规模将达到8-10万亿元,生物产业增加值将占国内生产总值的4%以上,成为"
        "国民经济的主导产业,生物产业创造的就业机会将大幅增加。\n"
    ) == [("生物产业规模", "8-10万亿元", 2020), ("生物产业增加值占国内生产总值的", "4%以上", 2020)]
    # nor before a comparison: http://m.mkcnfr.com/c/2019-12-02/2478346.shtml has 單位GDP能耗較
    # 2017年下降10% (gold-style name); written with 将, the same name
    assert cut_targets("从生态环境领域看,到2025年,单位GDP能耗将较2017年下降10%。\n") == [
        ("单位GDP能耗较2017年下降", "10%", 2025)
    ]


def test_the_place_a_name_opens_with_is_its_scope():
    # http://linyi.dzwww.com/health/rkdt/201810/t20181029_16686963.htm (新华社, 2018): 到2035年,武汉
    # 人均期望寿命将达到83.5岁: the city's per head (no government detected: a 新华社 page)
    assert cut_targets(
        "武汉推进健康城市建设 2035年人均期望寿命将达83.5岁\n"
        "2018-10-29 16:46:00 来源: 新华社\n"
        "  到2035年,武汉人均期望寿命将达到83.5岁,人人拥有“15分钟健身圈”,主要食品安全抽查99%合格……"
        "26日,武汉发布《“健康武汉2035”规划》,全面推进健康城市建设。\n"
    ) == [("人均期望寿命", "83.5岁", 2035)]
    # a division's short form before any other word is kept: it may name a thing of its own
    # (上海港, 中山公园); its full name (湖北省) or its own scope word after it (湖北全省) is none
    assert cut_targets("到2025年,上海港集装箱吞吐量达到5000万标准箱以上。\n") == []
    assert cut_targets("到2025年,湖北省森林覆盖率达到42%。\n") == [("森林覆盖率", "42%", 2025)]


# ------------------------------------------------------------------- T10 a progress table's tasks

I08 = [
    ("城镇登记失业率", "4.5%以内", "%", 2022),
    ("实际到位内资增长", "超15%", "%", 2022),  # 超 before a figure: its comparator
]
O17 = [
    ("地区生产总值增长", "7%左右", "%", 2020),
    ("市县长项目落地率", "50%以上", "%", 2020),  # no verb: a rate the will (确保) sets
    ("规上工业中四大新兴产业增加值占比", "44%", "%", 2020),
]


def test_the_task_cells_of_a_progress_table():
    # I-08 (宿州, 关于2022年《市政府工作报告》部分重点目标任务第一季度完成情况的通报: 序号 | 目标任务 |
    # 完成情况 | 牵头责任单位, a cell a line) and O-17 (绍兴, 市政府2020年重点工作(预下达)一季度进展
    # 情况表: 序号 / 内容与要求 / 进展情况 / 责任单位, a cell a paragraph): the task cells' targets, for
    # the title's year; never the progress cells (一季度,…增长14.3%)
    assert targets_of(devcorpus_text("I-08")) == I08
    assert targets_of(without_address("I-08")) == I08
    assert targets_of(devcorpus_text("O-17")) == O17


def test_a_progress_tables_near_forms_give_nothing():
    # I-08's rows as written: the progress cell holds the results (…城镇登记失业率2.37%, 保持在4.5%
    # 的控制线以内); the task cell is the target
    rows = (
        "序号 |\n目标任务 |\n完成情况 |\n牵头责任单位 |\n"
        "3 |\n城镇登记失业率控制在4.5%以内。 |\n"
        "一季度末,我市城镇登记失业率2.37%,保持在4.5%的控制线以内。 |\n市人力资源社会保障局 |\n"
    )
    title = "关于2022年《市政府工作报告》部分重点目标任务第一季度完成情况的通报\n"
    assert cut_targets(title + rows) == [("城镇登记失业率", "4.5%以内", 2022)]
    # no year in the title: not guessed; no progress column: a task list, not read as targets
    assert cut_targets(title.replace("2022年", "") + rows) == []
    assert cut_targets(title + rows.replace("完成情况 |", "工作措施 |")) == []
    # a task's quantity with no verb under a will is no rate: not read (O-17's form)
    assert cut_targets(
        "市政府2020年重点工作(预下达)一季度进展情况表\n序号\n内容与要求\n进展情况\n责任单位\n1\n"
        "持续推进重大项目攻坚,确保新开工项目120个以上,市县长项目落地率50%以上。\n"
        "1-2月,全市固定资产投资同比下降12.7%。\n市发改委\n"
    ) == [("市县长项目落地率", "50%以上", 2020)]


# --------------------------------------------- T7 a plan's statement going on, one rate's places

HB22_TAIL = [
    (
        "新建城區(qū)、居住(小)區(qū)配套建設(shè)養(yǎng)老服務(wù)設(shè)施達(dá)標(biāo)率",
        "100%",
        "%",
        2025,
    ),
    ("基本養(yǎng)老保險參保率", "95%", "%", 2025),
    ("養(yǎng)老服務(wù)床位總量", "約1000萬張", "萬張", 2025),
    ("人均體育場地面積", "2.6平方米", "平方米", 2025),
]


def test_a_plans_statement_goes_on_without_verbs():
    # HB-22 (“十四五”公共服务规划 news, 2022): 根據規劃,2025年…。2025年我國人均預期壽命達78.3歲,
    # …,新建城區、居住(小)區配套建設養老服務設施達標率100%,…。人均體育場地面積2.6平方米。: the
    # sentence that opens with the statement's year goes on with it (no verb needed, as right after
    # the plan's words); so does one that opens with an item and names no time of its own; the
    # places at 、 before one rate qualify it (one name)
    found = targets_of(devcorpus_text("HB-22"))
    assert found[-4:] == HB22_TAIL
    assert targets_of(without_address("HB-22"))[-4:] == HB22_TAIL


def test_a_plans_statement_does_not_go_on_into_other_times():
    # (HB-22's statement, its page's date)
    statement = (
        "2022-01-10\n根据规划,2025年我国学前教育毛入园率将大于90%,高中阶段教育毛入学率大于92%。"
    )
    # a sentence of now (目前…), of another year, or that foresees is no part of the statement
    assert (
        cut_targets(statement + "目前人均体育场地面积2.2平方米。\n")[-1][0]
        == "高中阶段教育毛入学率"
    )
    assert (
        cut_targets(statement + "人均体育场地面积预计2.6平方米。\n")[-1][0]
        == "高中阶段教育毛入学率"
    )
    assert cut_targets(statement + "人均体育场地面积2.6平方米。\n")[-1] == (
        "人均体育场地面积",
        "2.6平方米",
        2025,
    )
    # two rates at 、 are two names, one figure for each: not one name (城镇登记失业率、城镇调查失业率)
    assert cut_targets("根据规划,2025年城镇登记失业率、城镇调查失业率控制在5.5%以内。\n") == []


def test_a_spun_level_verb():
    # https://dsoq.strain.blog/html/906d298880.html (a spun copy of 新华网, 2023): 抵达 for 达到
    assert cut_targets(
        "新华网南京9月5日电(记者王恒志)江苏省体育局5日印发《体育强省建树三年行动妄想(2023-2025年)》,"
        "江苏居夷提出江苏到2025年人均行动场地面积抵达4.2平方米 ,到年体育财富总规模逾越7200亿元。\n"
    ) == [("人均行动场地面积", "4.2平方米", 2025)]


def test_a_sentence_with_a_part_that_is_no_item_does_not_go_on():
    # the HB-22 statement, then a fact about now written as a sentence of its own
    assert cut_targets(
        "2022-01-10\n根据规划,2025年我国学前教育毛入园率将大于90%。人均体育场地面积2.2平方米,居世界前列。\n"
    ) == [("学前教育毛入园率", "大于90%", 2025)]


def test_a_count_of_pitches():
    # http://www.one-tool.net/yaowen/20210428/042835694.html (新華網, 2021): 块 is a unit
    assert cut_targets(
        "新華網 | 2021-04-28 08:25:07\n"
        "《方案》強調,…,達成如下目標:到2025年全國人均體育場地面積達到2.6方米以上,每萬人擁有足球場地數量達到0.9塊。\n"
    ) == [("每萬人擁有足球場地數量", "0.9塊", 2025)]


def test_a_task_sentence_of_a_part_of_the_year_or_another_year_is_not_the_titles():
    # O-17's table with its first task cell's will for the first quarter, or for a later year
    head = "市政府2020年重点工作(预下达)一季度进展情况表\n序号\n内容与要求\n进展情况\n责任单位\n1\n"
    tail = "\n从1-2月主要经济指标完成情况看,…\n市发改委\n"
    assert cut_targets(head + "确保地区生产总值增长7%左右。" + tail) == [
        ("地区生产总值增长", "7%左右", 2020)
    ]
    assert cut_targets(head + "力争一季度地区生产总值增长7%左右。" + tail) == []
    # a deadline's sentence is T3's, for its own year, not the title's
    assert cut_targets(head + "力争到2022年规上工业增加值占比提升至44%。" + tail) == [
        ("规上工业增加值占比", "44%", 2022)
    ]
