"""Documents of probe 10's fresh pages: an order's promulgation note that writes its number without
第 ((1991年3月26日济南市人民政府令19号发布)) is the note of the text under it, its number kept as
printed. Cuts of real pages, their addresses given."""

from __future__ import annotations

from tests.conftest import cut_records, records_of

# http://law331.infoeach.com/view-MzMxfDEyNjA1Mw==.html (probe 10 page 37), its lines 3-15.
JINAN_1991 = (
    "# source: http://law331.infoeach.com/view-MzMxfDEyNjA1Mw==.html\n"
    "\n"
    "济南市文化娱乐市场管理规定\n"
    "\n"
    "山东省济南市人民政府\n"
    "\n"
    "\n"
    "济南市文化娱乐市场管理规定\n"
    "\n"
    " (1991年3月26日济南市人民政府令19号发布)\n"
    "\n"
    "\n"
    "\n"
    "\n"
    " 第一条 为加强本市文化娱乐市场管理,促进社会主义精神文明建设,根据国家有关规定和《山东省文化市场"
    "管理条例》,结合本市实际情况,制定本规定。\n"
)


def test_an_order_note_without_di_is_the_texts_own_promulgation():
    # the note was a citation (济南市人民政府令第19号, cited by the 规定) and the 规定 had no record
    records = cut_records(JINAN_1991)
    (document,) = records_of(records, "document")
    assert document.title == "济南市文化娱乐市场管理规定"
    assert document.number_verbatim == "济南市人民政府令19号"
    assert document.issuer == "济南市人民政府"
    assert document.date == "1991-03-26"
    cited = [r.number for r in records_of(records, "cited_document")]
    assert cited == [None]  # 《山东省文化市场管理条例》 only


# https://xxgk.mot.gov.cn/2020/jigou/fgs/202006/t20200623_3308247.html (probe 10 page 41), its lines
# 3-47 and 53-59, blank lines dropped: the portal's headline (the decision's title, the order's
# number in brackets) over its metadata (文号, 公开日期 2019年12月24日), the order publishing the decision
# (signed 2019年11月28日), the decision's title and its first changes.
MOT_2019 = (
    "# source: https://xxgk.mot.gov.cn/2020/jigou/fgs/202006/t20200623_3308247.html\n"
    "\n"
    "交通运输部关于修改《港口工程建设管理规定》的决定(中华人民共和国交通运输部令2019年第32号)\n"
    "文号:交通运输部令2019年第32号\n"
    "文号\n"
    "交通运输部令2019年第32号\n"
    "索引号\n"
    "000019713O03/2019-02954\n"
    "公开日期\n"
    "2019年12月24日\n"
    "主题词\n"
    "港口工程建设\n"
    "机构分类\n"
    "法制司\n"
    "主题分类\n"
    "部颁规章\n"
    "行业分类\n"
    "港口和航运设施建设\n"
    "公文类型\n"
    "部令\n"
    "  《交通运输部关于修改〈港口工程建设管理规定〉的决定》已于2019年11月20日经第26次部务会议通过,现予公布,自公布之日起施行。\n"
    "  交通运输部部长 李小鹏\n"
    "  2019年11月28日\n"
    "交通运输部关于修改《港口工程建设管理规定》的决定\n"
    "  交通运输部决定对《港口工程建设管理规定》(交通运输部令2018年第42号)作如下修改:\n"
    "  一、将第四十二条修改为:“港口工程建设项目建成后,符合竣工验收条件的,项目单位应当及时办理港口工程竣工验收手续。”\n"
    "  二、删去第四十三条。\n"
)


def test_a_portal_headline_with_the_orders_number_titles_the_order():
    # the number at the metadata's 文号 had "no title above or below it": no document, and the
    # decision the order publishes (《…的决定》已于…通过,现予公布) was filed as a citation
    records = cut_records(MOT_2019)
    (document,) = records_of(records, "document")
    assert document.title == "交通运输部关于修改《港口工程建设管理规定》的决定"
    assert document.number_verbatim == "交通运输部令2019年第32号"
    assert document.issuer == "交通运输部"
    assert document.date == "2019-11-28"
    cited = [r.title for r in records_of(records, "cited_document")]
    assert "交通运输部关于修改〈港口工程建设管理规定〉的决定" not in cited
    assert "港口工程建设管理规定" in cited  # the text it amends is cited


def test_the_portals_posting_day_is_not_the_decisions():
    # 公开日期 2019年12月24日 was read as the decision's date, so 自公布之日起施行 gave the
    # amendment that day; the order was signed 2019年11月28日
    (amendment,) = records_of(cut_records(MOT_2019), "amendment")
    assert amendment.target_title == "港口工程建设管理规定"
    assert amendment.effective == "2019-11-28"


def test_a_headline_with_another_number_titles_nothing():
    # the same page whose headline names another order: no title for this one
    other = MOT_2019.replace(
        "(中华人民共和国交通运输部令2019年第32号)", "(中华人民共和国交通运输部令2019年第31号)"
    )
    assert other != MOT_2019
    assert records_of(cut_records(other), "document") == []


# http://jxqcjlb.com/lianghui/news/2021-03/12/content_77300297.shtml (probe 10 page 11, traditional
# script with pinyin inserted), its line 3 and the first two sentences of line 6.
NPC_2021 = (
    "# source: http://jxqcjlb.com/lianghui/news/2021-03/12/content_77300297.shtml\n"
    "\n"
    "歲月的奔騰從不停歇,奮斗的征程永遠(yuǎn)向前。3月11日下午,2896名全國人大代表走入人民大會堂,參加十三屆"
    "全國人大四次會議閉幕會。\n"
    "會議經(jīng)表決,通過了十三屆全國人大四次會議關(guān)于政府工作報告的決議。會議表決通過了關(guān)于國民經(jīng)濟和社會"
    "發(fā)展第十四個五年規(guī)劃和2035年遠(yuǎn)景目標(biāo)綱要的決議。\n"
)


def test_a_resolution_headed_by_its_session_written_short_is_adopted():
    # 十三屆全國人大四次會議關於…的決議: the session's short name (人大, no 第) hid the title, while the
    # one without the head in the next sentence was read
    titles = [d.title for d in records_of(cut_records(NPC_2021), "document")]
    assert titles == [
        "十三屆全國人大四次會議關(guān)于政府工作報告的決議",
        "關(guān)于國民經(jīng)濟和社會發(fā)展第十四個五年規(guī)劃和2035年遠(yuǎn)景目標(biāo)綱要的決議",
    ]


def test_the_short_session_head_is_no_issuer_and_a_draft_is_no_resolution():
    (first, _) = records_of(cut_records(NPC_2021), "document")
    assert first.issuer is None
    draft = NPC_2021.replace("政府工作報告的決議。", "政府工作報告的決議(草案)。")
    assert draft != NPC_2021
    titles = [d.title for d in records_of(cut_records(draft), "document")]
    assert not any("政府工作報告" in t for t in titles)


# http://zhijiang.cjyun.org/p/5019.html (fresh, 2018 closing), its line 3's first sentence and its
# line 5 cut to the resolution.
ZHIJIANG_2018 = (
    "# source: http://zhijiang.cjyun.org/p/5019.html\n"
    "\n"
    "长江云报道 中华人民共和国第十三届全国人民代表大会第一次会议,在圆满完成各项议程,产生新一届国家机构"
    "组成人员后,20号上午在人民大会堂闭幕。\n"
    "闭幕会由大会执行主席十三届全国人大常委会委员长栗战书主持。会议经过表决,通过了关于政府工作报告的决议。"
    "决议指出,会议高度评价过去五年我国经济社会发展取得的历史性成就,决定批准这个报告。\n"
)


def test_a_vote_told_with_jingguo_adopts_what_it_names():
    # 会议经过表决,通过了… (经过 for 经) was no vote: the resolution was lost
    (document,) = records_of(cut_records(ZHIJIANG_2018), "document")
    assert document.title == "关于政府工作报告的决议"
    assert document.issuer == "全国人民代表大会"
    # near-form: the vote without its outcome (表决…) adopts nothing
    untold = ZHIJIANG_2018.replace("会议经过表决,通过了", "会议经过表决")
    assert records_of(cut_records(untold), "document") == []
