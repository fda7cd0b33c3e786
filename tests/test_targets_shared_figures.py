"""Plan targets in prose on the fresh pages of probe 6 (issue 12): verbs at 、 before one object
share its figure and are one name with it (新建、改建农村公路254公里), never half of it; 同比 in a
clause whose lead names targets is the target's comparison (地区生产总值同比增长6.5%以上), and
elsewhere a result's; a lead is judged by its own clause (a report before its ; is not its), and
确保 a year is a deadline as 到 a year is (the misses of /tmp/targets2)."""

from __future__ import annotations

from tests.conftest import cut_targets as targets

# zjj.sm.gov.cn/ztzl/smyjhjjsxd/xgwj/201807/t20180706_1173770.htm, 明政办〔2018〕57号 (the
# notice's lines 2–6, its year the document's date; lines 10 and 11, line 11 cut after
# 续建城市地下综合管廊1.8公里。)
SANMING_2018 = (
    "明政办〔2018〕57号\n"
    "各县(市、区)人民政府,市直各单位:\n"
    "《2018年民生基础设施补短板实施方案》已经市政府同意,现印发给你们,请认真组织实施。\n"
    "三明市人民政府办公室\n"
    "2018年6月28日\n"
    "一、主要目标\n"
    "2018年,城乡民生基础设施建设9大工程全面有序推进,完成投资力争超过145亿元;开展农村人居环境"
    "整治,完成投资25亿元。进一步改善我市城乡景观面貌。新增城市道路180公里、绿道130公里,新建、"
    "改建农村公路254公里,新改扩建各类城乡地下管网530公里,新增城乡公共停车泊位4226个,续建城市"
    "地下综合管廊1.8公里。\n"
)


def test_verbs_listed_before_one_object_are_one_name_with_it():
    # 新建、改建农村公路254公里: the 254 km are of roads built and rebuilt together (was
    # «改建农村公路 254公里», the whole figure for half the name)
    found = targets(SANMING_2018)
    assert ("新建、改建农村公路", "254公里", 2018) in found
    assert not [f for f in found if f[0] == "改建农村公路"]
    # the list's other items stand as they did
    assert found == [
        ("新增城市道路", "180公里", 2018),
        ("绿道", "130公里", 2018),
        ("新建、改建农村公路", "254公里", 2018),
        ("新改扩建各类城乡地下管网", "530公里", 2018),
        ("新增城乡公共停车泊位", "4226个", 2018),
        ("续建城市地下综合管廊", "1.8公里", 2018),
    ]


# www.zyx.gov.cn/Content-2818399.html, 紫政发〔2025〕3号, a county's own plan of 2025 setting the
# year's targets (page lines 2, 11–17, 19, 25 and 27; line 27 as the page ends it, at 节)
ZIYANG_2025 = (
    "紫阳县人民政府关于印发《紫阳县2025年国民经济和社会发展计划》的通知\n"
    "各镇人民政府,县政府各工作部门、直属机构,县直总公司(社):\n"
    "\n"
    "《紫阳县 2025年国民经济和社会发展计划》已经县十九届人民代表大会第四次会议审议批准,现印发给"
    "你们,请认真贯彻落实。\n"
    "\n"
    "紫阳县人民政府\n"
    "\n"
    "2025年4月29日\n"
    "紫阳县2025年国民经济和社会发展计划\n"
    "二、经济社会发展预期目标\n"
    "地区生产总值同比增长 6.5%以上,固定资产投资同比增长6.5%以上,规模以上工业增加值同比增长 19%"
    "以上,社会消费品零售总额同比增长11%以上,城乡居民人均可支配收入分别增长5.2%和 6.5%,主要污染"
    "物排放和节\n"
)

# www.jiaxian.gov.cn/contents/53925/438435.html, a county's report of its first quarter of 2025
# (lines 2–4 of the page as found by search, cut after 六县市排名第三。)
JIAXIAN_2025_Q1 = (
    "今年以来,全县深入贯彻落实上级经济工作会议精神,在县委、县政府的坚强领导下,坚持稳中求进工作"
    "总基调,完整准确全面贯彻新发展理念,锚定县委“高质量发展,跨越赶超目标”,紧扣2025年重点工作"
    "目标,加快构建新发展格局,扎实推动高质量发展。一季度全县地区生产总值增势良好。\n"
    "一、1-3月份主要经济指标完成情况。\n"
    "根据地区生产总值统一核算结果,全县地区生产总值总量为52.22亿元,同比增长4.0%,比去年同期加快"
    "2.2个百分点,六县市排名第三。\n"
)


def test_a_comparison_with_the_year_before_is_read_in_a_target_clause():
    # 经济社会发展预期目标 / 地区生产总值同比增长 6.5%以上,…: the plan's targets for 2025, 同比 its
    # comparison with 2024 (were none: 同比 was a report's word wherever it stood); 分别 still not read
    assert targets(ZIYANG_2025) == [
        ("地区生产总值同比增长", "6.5%以上", 2025),
        ("固定资产投资同比增长", "6.5%以上", 2025),
        ("规模以上工业增加值同比增长", "19%以上", 2025),
        ("社会消费品零售总额同比增长", "11%以上", 2025),
    ]


def test_a_comparison_with_the_year_before_in_a_report_is_no_target():
    # 1-3月份…完成情况 / …同比增长4.0%: a result, under no lead of targets
    assert targets(JIAXIAN_2025_Q1) == []


# www.xinlihui.cn/newsDetail_forward_7151615, a 2020 roundup of cities' targets (line 7, as
# written: a traditional-script mirror with pinyin)
TONGLIAO_2020 = (
    "其中,在4月11日召開的通遼市人大五屆三次會議上,市政府關(guān)于通遼市2019年國民經(jīng)濟和社會"
    "發(fā)展計劃執(zhí)行情況與2020年國民經(jīng)濟和社會發(fā)展計劃草案的報告以書面形式提請大會審議。"
    "報告顯示,2019年通遼市地區(qū)生產(chǎn)總值實現(xiàn)1267.3億元、增長4%;報告提出,2020年主要預(yù)期"
    "目標為地區(qū)生產(chǎn)總值增長5%左右。"
)

# big5.cctv.com/gate/big5/jingji.cntv.cn/20111203/111269.shtml, 山东's 十二五 energy plan (line 4)
SHANDONG_2015 = (
    "新華網濟南12月3日電(記者 袁軍寶)山東省政府近日出臺“十二五”節能減排綜合性工作實施方案,將通過"
    "調整優化産業結構、實施節能減排重點工程、發展循環經濟等多項措施,確保2015年全省萬元地區生産總值"
    "能耗降低17%。"
)


def test_a_lead_is_judged_by_its_own_clause():
    # 報告顯示,2019年…實現1267.3億元、增長4%;報告提出,2020年主要預期目標為…: the 實現 is the
    # report's, in the clause before the ; (was none: the lead's 60 characters held 實現); the 2019
    # result is no target
    assert targets(TONGLIAO_2020) == [("地區(qū)生產(chǎn)總值增長", "5%左右", 2020)]


def test_a_year_ensured_is_a_deadline():
    # 確保2015年全省萬元地區生産總值能耗降低17%: 确保 (力争, 争取) a year, as 到 a year (was none)
    assert targets(SHANDONG_2015) == [("萬元地區生産總值能耗降低", "17%", 2015)]


# static.homemade.net.cn/sync/page/郴政发〔2025〕2号 …《郴州市2025年国民经济和 社会发展计划》的通知.txt
# (a PDF's text, its spaces as written; cut after 约束性指标。)
CHENZHOU_2025 = (
    "郴州市 2025 年国民经济和社会发展计划 2025 年是 “ 十四五 ” 规划收官、 “ 十五五 ” 规划编制之年,"
    "是贯彻党的二十届三中全会精神、进一步全面深化改革的关键之年,做好经济社会发展工作意义十分重大。"
    "综合考虑宏观经济形势和我市发展基础, 2025 年全市经济社会发展 主要预期目标 为: 地区生产总值增长"
    " 6.0% 左右;规模工业增加值增长 7.5% ;固定资产投资增长 7.0% ;社会消费品零售总额增长 6.5% ;地方"
    "一般公共预算收入增长 5.0% 以上;进出口总值增长 6.0% ;全体居民人均可支配收入增长 6.0% 以上;研发"
    "经费投入占 GDP 比重 2.43% ;高新技术产业增加值增长 10.0% ;外商直接投资增长 10.0% ;居民消费价格"
    "涨幅控制在 3.0% 以内;城镇新增就业人数 5.4 万人;全面完成节能减排降碳约束性指标。"
)


def test_a_space_before_a_figures_bound_parts_nothing():
    # 地区生产总值增长 6.0% 左右: the bound is the figure's (were not read: four of eleven)
    found = targets(CHENZHOU_2025)
    assert ("地区生产总值增长", "6.0% 左右", 2025) in found
    assert ("地方一般公共预算收入增长", "5.0% 以上", 2025) in found
    assert ("全体居民人均可支配收入增长", "6.0% 以上", 2025) in found
    assert ("居民消费价格涨幅", "3.0% 以内", 2025) in found
    assert len(found) == 11
