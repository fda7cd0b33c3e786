"""Plan targets written as prose on the texts of held-out round 14 (now development texts): a
deadline heading over numbered items (到2020年将实现: / 1、…, HB-34), a plan's aims in paragraphs
一是…二是… (HB-35) and a clause whose last item's remark is cut with the text (HB-32); and the fresh
pages of the same forms read for them (their addresses in the tests)."""

from __future__ import annotations

from kg.extract import extract_source
from tests.conftest import cut_targets, devcorpus_text, records_of, targets_of
from tests.test_targets_round12 import without_address

# ----------------------------------------------------------------------- T9 deadline heading


HB34 = [
    ("新建投入使用市级三级公立医院", "12家", "家", 2020),  # no verb: the heading says targets
    ("常住人口千人床位数", "4.3张", "张", 2020),
    ("千人医生数", "2.8名", "名", 2020),
    ("达到三级水平的医院", "60家以上", "家", 2020),
    ("市域内住院率", "98%以上", "%", 2020),
    ("老年人以及高血压、糖尿病患者等重点人群家庭医生签约服务率", "≥80%", "%", 2020),
    ("居民人均期望寿命", "81岁", "岁", 2020),
]


def test_a_deadline_heading_over_numbered_items():
    # HB-34 (深圳 卫生强市, 2016): 未来5年深圳“卫生强市”战略,到2020年将实现: / 1、新建投入使用市级
    # 三级公立医院12家,其中10家在原特区外 / … / 5、建成10家在全省具有影响力的医疗机构 (no name
    # before its figure) / 6、基本实现“大病”不出市 (no figure); the headline without its colon
    # heads nothing
    assert targets_of(devcorpus_text("HB-34")) == HB34
    assert targets_of(without_address("HB-34")) == HB34


# ------------------------------------------------------------ T1 aims in turn, and their items

HB35 = [
    ("城乡居民出游人数年均增长", "10%左右", "%", 2020),
    ("旅游总收入年均增长", "11%以上", "%", 2020),
    ("旅游直接投资年均增长", "14%以上", "%", 2020),
    ("旅游市场总规模", "67亿人次", "亿人次", 2020),
    ("旅游投资总额", "2万亿元人民币", "万亿元", 2020),
    ("旅游业总收入", "7万亿元", "万亿元", 2020),
    ("旅游业对国民经济的综合贡献度", "12%", "%", 2020),
    ("对餐饮、住宿、民航、铁路客运业的综合贡献率", "85%以上", "%", 2020),
    ("年均新增旅游就业人数", "100万人以上", "万人", 2020),
]


def test_a_plans_aims_in_paragraphs():
    # HB-35 (中新社, 2016-12-26): …确定了“十三五”时期旅游业发展四大目标。 / 一是旅游经济稳步增长。
    # 城乡居民出游人数年均增长10%左右,…。到2020年,… / 二是综合效益显著提升。… : each aim its
    # paragraph, for the end of the one plan the text names; 年均新增 is a year's, no total
    records = records_of(extract_source(devcorpus_text("HB-35")), "indicator")
    assert [(r.name, r.target_near, r.unit, r.target_near_year) for r in records] == HB35
    assert not [r for r in records if r.cumulative]


def test_aims_in_turn_on_one_line_keep_the_sentences_between_them():
    # https://dzwz365.com/html/quneidaohangshehuishiwuguanlijulvyoushifanshichuangjianzhuanlan2018-05-2347945.html
    # (2018): 要实现 is a will, not a report; the sentences after 一是… up to 二是 are its items
    cut = (
        "# source: https://dzwz365.com/html/quneidaohangshehuishiwuguanlijulvyoushifanshichuang"
        "jianzhuanlan2018-05-2347945.html\n"
        "《规划》提出,“十三五”期间我国旅游业发展要实现四大目标。一是旅游经济稳步增长。到2020年,"
        "旅游市场总规模达到67亿人次,旅游投资总额2万亿元,旅游业总收入达到7万亿元。二是综合效益显著"
        "提升。旅游业对国民经济的综合贡献度达到12%以上。三是人民群众更加满意。“厕所革命”取得显著成效"
        ",旅游交通更为便捷。四是国际影响力大幅提升。入境旅游持续增长,出境旅游健康发展。\n"
    )
    assert cut_targets(cut) == [
        ("旅游市场总规模", "67亿人次", 2020),
        ("旅游投资总额", "2万亿元", 2020),
        ("旅游业总收入", "7万亿元", 2020),
        ("旅游业对国民经济的综合贡献度", "12%以上", 2020),
    ]


def test_n_aims_not_followed_by_them_in_turn_are_not_read():
    # http://lanzhou.baogaosu.com/xinwen/…/41138471 (2015): 全省要努力实现八大新目标。这其中,… and
    # then a reckoning (按照7.5%的增速,2020年全省经济总量可达到1万亿元): no aims in turn, no target
    assert not cut_targets(
        "我省十三五规划建议明确提出:今后五年,在已经确定的全面建成小康社会目标要求的基础上,全省要"
        "努力实现八大新目标。这其中,就包括经济增长和城乡居民人均收入增速高于全国平均水平,到2020年"
        "生产总值和城乡居民人均收入比2010年翻一番以上,全省生产总值跃上万亿元台阶。\n"
        "建议说明指出:按照7.5%的增速,2020年全省经济总量可达到1万亿元,以可比价换算约为2010年的2.37"
        "倍。\n"
    )


def test_a_clause_goes_on_past_its_own_years_deadline():
    # http://topvintageporn.com/c/2018-01-09/1926241.shtml (2018, a mirror with inserted pinyin):
    # 中國旅游2020年預期目標是:…。到2020年,…。旅游業對國民經濟的綜合貢獻度達到12%,…: the next
    # sentences open with the clause's own year, then with an item
    cut = (
        "# source: http://topvintageporn.com/c/2018-01-09/1926241.shtml\n"
        "中國旅游2020年預期目標是:城鄉居民出游人數年均增長10%左右,旅游總收入年均增長11%以上,"
        "旅游直接投資年均增長14%以上。到2020年,旅游市場總規模達到67億人次,旅游投資總額2萬億元"
        "(人民幣,下同),旅游業總收入達到7萬億元。旅游業對國民經濟的綜合貢獻度達到12%,對住宿、餐飲、"
        "民航、鐵路客運業的綜合貢獻率達到85%以上,年均新增旅游就業人數100萬人以上。\n"
        "李金早表示,從現在到2020年,是全面建成小康社會的決勝階段。\n"
    )
    found = cut_targets(cut)
    assert len(found) == 9
    assert ("旅游投資總額", "2萬億元", 2020) in found
    assert ("對住宿、餐飲、民航、鐵路客運業的綜合貢獻率", "85%以上", 2020) in found


# --------------------------------------------------------------------------- I: the item's forms


def test_a_unit_of_ten_thousand_alone_and_a_remark_cut_with_the_text():
    # HB-32 (湘政发〔2019〕1号): 农村贫困人口减少60万以上 (万 the unit as written); …生态环境进一步
    # 改善,万元GDP能耗下降2.5%(分管副省长…,省工业和信息化厅、省 — the remark cut with the page
    found = targets_of(devcorpus_text("HB-32"))
    assert ("农村贫困人口减少", "60万以上", "万", 2019) in found
    assert ("万元GDP能耗下降", "2.5%", "%", 2019) in found
    assert len(found) == 7  # 居民收入增长与经济增长同步 and 生态环境进一步改善: no figure


def test_the_main_targets_named_with_words_between():
    # https://traderxd.com/post/2575 (深圳 2025): 今年的主要预期经济和社会目标:全市GDP增长5.5%,…
    cut = (
        "# source: https://traderxd.com/post/2575\n"
        "2025 年是“十四五”规划的最后一年,也是深圳经济特区成立 45 周年。深圳市政府工作报告提出了今年"
        "的主要预期经济和社会目标:全市GDP增长5.5%,地方一般公共预算收入增长3.0%,居民收入增长与经济"
        "增长同步,居民消费价格增长2%左右; 并将创造 200,000 个新工作岗位。\n"
    )
    assert cut_targets(cut) == [
        ("GDP增长", "5.5%", 2025),
        ("地方一般公共预算收入增长", "3.0%", 2025),
        ("居民消费价格增长", "2%左右", 2025),
    ]


# ----------------------------------------------------------------- what is not a target set now


def test_a_deadline_passed_in_a_clause_of_no_year():
    # http://taiwan.cn/zt/jlzt/tncfhn/pindao4/tzhn/200902/t20090217_831499.htm (a 2006 page of the
    # 2001–2005 plan): the lead names no time, its body's deadline 2005 is before the page's year:
    # neither 到2005年GDP达到5680亿元 nor 财政总收入500亿元 (once read for 2006) is a target now
    cut = (
        "# source: http://taiwan.cn/zt/jlzt/tncfhn/pindao4/tzhn/200902/t20090217_831499.htm\n"
        "时间:2006-06-17 11:02   来源:\n"
        "2001年至2005年,湖南将以加快发展为主题,以结构调整为主线。经济社会发展的主要预期目标是:五年"
        "年均经济增长速度为9%,到2005年GDP达到5680亿元,人均8460元。财政总收入500亿元。三次产业结构"
        "调整到16:42:42。社会消费品零售总额2200亿元。城镇登记失业率控制在5%左右。\n"
    )
    assert not cut_targets(cut)


def test_a_reckoning_on_a_target_is_no_target():
    # http://his.cssn.cn/zt/zt_mjjt/2016qglh/2016qglhpl/201603/t20160307_2902059.shtml (2016): a
    # deputy's arithmetic, once read as «意味着这五年我国经济年均增速至少» 6.5%以上
    assert not cut_targets(
        "# source: http://his.cssn.cn/zt/zt_mjjt/2016qglh/2016qglhpl/201603/t20160307_2902059.shtml\n"
        "“到2020年实现国内生产总值和城乡居民人均收入翻一番,意味着这五年我国经济年均增速至少要达到"
        "6.5%以上。同时,以目前的发展趋势看,未来五年先进制造业和战略性新兴产业将加快发展。”\n"
    )


def test_a_period_opening_a_part_under_its_deadline_is_no_part_of_the_name():
    # https://wokee.net/5367.html (2016): 到2020年…翻一番,“十三五”时期经济年均增长保持在6.5%以上
    # (once named «“十三五”时期经济年均增长»)
    cut = (
        "# source: https://wokee.net/5367.html\n"
        "对此,李克强表示要实现全面建成小康社会的目标,到2020年国内生产总值和城乡居民人均收入比2010年"
        "翻一番,“十三五”时期经济年均增长保持在6.5%以上。\n"
    )
    assert cut_targets(cut) == [("经济年均增长", "6.5%以上", 2020)]


def test_a_headline_restating_its_bodys_target_is_one_record():
    # http://www.xinlandeyinshua.com/20250711/c669566770.shtml (2025, traditional with pinyin):
    # the headline 上海奉賢:到2027年,通用新材料產業工業總產值力爭達到600億元 and the body's
    # …工業總產值力爭達到600億元: one target, the body's record
    cut = (
        "# source: http://www.xinlandeyinshua.com/20250711/c669566770.shtml\n"
        "上海奉賢:到2027年,通用新材料產(chǎn)業(yè)工業(yè)總產(chǎn)值力爭達到600億元\n"
        "上海奉賢區人民政府辦公室印發(fā)《奉賢區通用新材料產(chǎn)業(yè)發(fā)展行動(dòng)方案(2025-2027)》。其中提到,"
        "到2027年,構建創(chuàng )新體系完備、區域布局合理、上下游協(xié)同的通用新材料產(chǎn)業(yè)發(fā)展格局,工業(yè)"
        "總產(chǎn)值力爭達到600億元。\n"
    )
    assert cut_targets(cut) == [("工業(yè)總產(chǎn)值", "600億元", 2027)]


def test_an_approximate_figure_has_its_word_as_a_comparator():
    # HB-22 (2022, the 十四五 公共服务规划's brief): …,基本養老保險參保率達95%,養老服務床位總量
    # 約1000萬張。 — in a sentence that goes on with a plan's year, where an item needs a verb or a
    # comparator, 約 is one, and stays in the figure
    found = targets_of(devcorpus_text("HB-22"))
    assert ("養(yǎng)老服務(wù)床位總量", "約1000萬張", "萬張", 2025) in found
