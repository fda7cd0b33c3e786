"""Documents a news report says a session adopted or an organ issued: which are records, which are
the session's own business or mere mentions, and whose session it was."""

from __future__ import annotations

from kg.extract import extract_genres
from kg.text.source import from_text
from tests.conftest import devcorpus_text


def documents(source):
    return [r for r in extract_genres(source, ("documents",)) if r.kind == "document"]


def test_resolutions_on_the_reports_a_session_heard_are_documents_the_reports_are_not():
    # devcorpus Z-02 (a chronicle, traditional script with inserted pinyin): 大會審議通過《關於…工作報告
    # 的決議》、《…預算執行情況…的決議》: the six resolutions the congress adopted on what it heard,
    # titled as written (the pinyin kept); the chronicle names no body before the verb (大會)
    z02 = documents(devcorpus_text("Z-02"))
    assert [d.title for d in z02] == [
        "關(guān)于桐城市人民政府工作報(bào)告的決議",
        "關(guān)于桐城市2011年國民經(jīng)濟(jì)和社會(huì)發(fā)展計(jì)劃執(zhí)行情況與2012年國民經(jīng)濟(jì)和社會(huì)發(fā)展計(jì)劃的決議",
        "關(guān)于桐城市2011年財(cái)政預(yù)算執(zhí)行情況和2012年財(cái)政預(yù)算的決議",
        "關(guān)于桐城市人大常委會(huì)工作報(bào)告的決議",
        "關(guān)于桐城市人民法院工作報(bào)告的決議",
        "關(guān)于桐城市人民檢察院工作報(bào)告的決議",
    ]
    assert {d.issuer for d in z02} == {None}
    # devcorpus Y-10, line 10: 會議經表決,通過了關于最高人民法院工作報告的決議、關于最高人民檢察院
    # 工作報告的決議,決定批準這兩個報告: the resolutions, not the reports they approve
    y10 = [d.title for d in documents(devcorpus_text("Y-10"))]
    assert "關于最高人民法院工作報告的決議" in y10
    assert not [t for t in y10 if t.endswith("報告")]


def test_a_by_election_decision_is_adopted_the_report_and_the_work_plan_are_no_documents():
    # http://kanbao.dayuntongzhou.com/Html/2023-03-10/12663.html (devcorpus L-03, line 18)
    election = (
        "会议以按表决器表决方式,表决通过了关于北京市通州区第七届人民代表大会个别代表的代表资格审查报告、"
        "关于补选北京市通州区第七届人民代表大会代表的决定、关于北京市通州区人民代表大会代表小组工作办法"
        "和关于组建北京市通州区第七届人大专业代表小组的工作意见(试行)。"
    )
    # the credentials report and the 工作办法 / 工作意见 are no 决定 or 决议; the by-election is
    assert [d.title for d in documents(from_text(election, "L-03.txt"))] == [
        "关于补选北京市通州区第七届人民代表大会代表的决定"
    ]
    # devcorpus U-12: the law and the amending decision are documents; the 工作要点 the session
    # passed on for comment is its own business
    assert [(d.title, d.issuer) for d in documents(devcorpus_text("U-12"))] == [
        ("湖北省全面深化改革促进条例", "省人大常委会"),
        ("关于修改〈湖北省人口与计划生育条例〉的决定", "省人大常委会"),
    ]


def test_the_session_is_named_with_its_term_first_or_with_the_verb_that_opens_it():
    # devcorpus Y-10: 第十二屆全國人民代表大會第三次會議 (the term before 全國); the 確認 decision names
    # two persons joined by 、 inside one title
    assert [(d.title, d.issuer) for d in documents(devcorpus_text("Y-10"))] == [
        ("關于修改立法法的決定", "全國人民代表大會"),
        ("關于全國人大常委會工作報告的決議", "全國人民代表大會"),
        ("關于最高人民法院工作報告的決議", "全國人民代表大會"),
        ("關于最高人民檢察院工作報告的決議", "全國人民代表大會"),
        (
            "關于確認全國人大常委會接受陳吉寧、陳豪辭去全國人大常委會委員職務的請求的決定",
            "全國人民代表大會",
        ),
    ]
    # devcorpus N-05: 省十三届人大常委会举行第二十四次会议 (the province's name replaced by spam)
    (n05,) = documents(devcorpus_text("N-05"))
    assert n05.issuer == "省人大常委会"


def test_a_document_that_dates_the_report_and_a_title_without_issuer_are_mentions():
    # devcorpus S-07: 自今年1月12日中組部、中編辦下發《…的通知》(組通字〔2009〕3號…)后 dates the
    # news by an earlier notice
    assert documents(devcorpus_text("S-07")) == []
    # https://cntfj.com/news/12190.html (devcorpus V-10, line 4): a plan the report names with
    # neither its issuer nor its number
    mention = "日前,潮州印发《潮州市打赢蓝天保卫战实施方案(2019-2020年)》。全文如下:"
    assert documents(from_text(mention, "V-10.txt")) == []


def test_a_document_reported_as_published_in_the_form_of_a_numbered_title():
    # https://sf.xm.gov.cn/ztzl/yfxz/zffz/2016/75601/201905/t20190507_2257567.htm (devcorpus Y-12,
    # line 6): 以《…》(厦府〔2016〕278号文)的形式予以公布
    text = (
        "二是在全面开展市政府规范性文件清理的基础上,提请市政府研究通过了市政府规范性文件清理结果,"
        "并以《厦门市人民政府关于废止和宣布失效一批市政府文件的通知》(厦府〔2016〕278号文)的形式予以公布。"
    )
    assert [(d.number, d.title, d.issuer) for d in documents(from_text(text, "Y-12.txt"))] == [
        (
            "厦府〔2016〕278号",
            "厦门市人民政府关于废止和宣布失效一批市政府文件的通知",
            "厦门市人民政府",
        )
    ]


def test_a_law_database_page_dated_and_numbered_by_its_publication_note():
    # http://law886.infoeach.com/view-ODg2fDIzNTU5.html (devcorpus Y-05, a cut): the note names the
    # notice that published the 办法, with the organ written before its code
    text = (
        "大连市城市节约用水管理办法\n\n辽宁省大连市人民政府\n\n\n大连市城市节约用水管理办法\n\n\n"
        "(1999年8月28日大连市人民政府大政发[1999]83号文件公布 自公布之日起施行)\n\n\n"
        "  第一条 为加强城市节约用水管理,保障城市人民生活和经济发展的用水需要,根据《大连市水资源管理条例》"
        "和《大连市城市供水用水管理条例》,制定本办法.\n"
    )
    (y05,) = documents(from_text(text, "Y-05.txt"))
    assert (y05.number_verbatim, y05.number, y05.date) == (
        "大政发[1999]83号",
        "大政发〔1999〕83号",
        "1999-08-28",
    )


def test_a_decision_whose_title_and_adoption_note_wrap_over_lines():
    # devcorpus Y-09: the title over three lines, the note (（2023年5月31日…人民代表大会 / 常务委员会
    # 第三次会议通过）) over two
    (y09,) = documents(devcorpus_text("Y-09"))
    assert (y09.title, y09.issuer, y09.date) == (
        "甘肃省人民代表大会常务委员会关于修改《甘肃省人民代表大会常务委员会人事任免办法》的决定",
        "甘肃省人民代表大会常务委员会",
        "2023-05-31",
    )


def test_a_law_databases_edition_note_is_no_part_of_the_title():
    # devcorpus U-08: 清远市人民政府关于印发《清远市人民政府工作规则》的通知(2019修订)
    (u08,) = documents(devcorpus_text("U-08"))
    assert u08.title == "清远市人民政府关于印发《清远市人民政府工作规则》的通知"


def test_the_title_printed_again_wrapped_is_not_read_as_the_addressees():
    # devcorpus Z-07 and K-12: the title again under the metadata, wrapped (关于印发…的 / 通 知)
    (z07,) = documents(devcorpus_text("Z-07"))
    assert z07.addressees == ["各新区、区政府各部门、各市级垂管单位"]
    (k12,) = documents(devcorpus_text("K-12"))
    assert k12.addressees == ["各县(市)、区人民政府", "市人民政府各部门"]


def test_laws_voted_through_by_their_short_names():
    # http://hkcd.com/hkcdweb/content/2023/06/28/content_8587866.html (devcorpus Y-04, line 4, a cut):
    # 會議經表決,通過了 and two laws named without 《》 (the second holds 關, not 關於)
    text = (
        "新華社北京6月28日電 十四屆全國人大常委會第三次會議28日下午在北京人民大會堂閉幕。會議經表決,"
        "通過了無障礙環境建設法、對外關係法。國家主席習近平分別簽署第6、7號主席令予以公布。"
    )
    assert [(d.title, d.issuer) for d in documents(from_text(text, "Y-04.txt"))] == [
        ("無障礙環境建設法", "全國人大常委會"),
        ("對外關係法", "全國人大常委會"),
    ]


def test_an_adoption_note_under_the_pages_date_line_and_wrapped():
    # devcorpus U-05: the title, the page's date (01.05.2018  18:32), then the note over two lines;
    # the issuer is the title's full name, not the note's
    (u05,) = documents(devcorpus_text("U-05"))
    assert (u05.title, u05.issuer, u05.date) == (
        "安徽省人民代表大会常务委员会关于接受方春明辞职请求的决定",
        "安徽省人民代表大会常务委员会",
        "2018-01-17",
    )
    # devcorpus N-12: the note's 江西省第八届人大常委会 gives way to the title's full name
    (n12,) = documents(devcorpus_text("N-12"))
    assert (n12.issuer, n12.date) == ("江西省人民代表大会常务委员会", "1994-02-22")


def test_a_decision_approved_and_published_by_a_government_is_a_web_copy():
    # devcorpus Q-11: 《关于修改〈…〉的决定》已经市人民政府批准,现予发布施行 (批准, not 通过)
    (q11,) = documents(devcorpus_text("Q-11"))
    assert (q11.title, q11.issuer) == (
        "关于修改《天津市特殊超限货物道路运输管理办法》的决定",
        "天津市人民政府",
    )


def test_a_title_written_as_a_citation_of_itself_above_the_number():
    # devcorpus N-11: 京政办发〔2016〕26号《…的通知》 / 《…的通知》 / the number twice
    (n11,) = documents(devcorpus_text("N-11"))
    assert (n11.number, n11.title, n11.date) == (
        "京政办发〔2016〕26号",
        "北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知",
        "2016-05-28",
    )


def test_a_title_without_quotes_reported_as_issued_by_the_clauses_subject():
    # http://www.nystwmcjh.com/a/617.html (devcorpus P-08, line 8, a cut)
    text = "近日,国务院发布关于落实《政府工作报告》重点工作部门分工的意见,就《政府工作报告》确定的重点工作,提出部门分工。"
    assert [(d.title, d.issuer) for d in documents(from_text(text, "P-08.txt"))] == [
        ("关于落实《政府工作报告》重点工作部门分工的意见", "国务院")
    ]


def test_rules_issued_by_a_notice_whose_title_is_lost():
    # devcorpus K-13: the addressees, 《…议事规则》已经…常务会议通过,现予印发, the signature, then
    # the rules under their title
    (k13,) = documents(devcorpus_text("K-13"))
    assert (k13.title, k13.issuer, k13.date) == (
        "禄丰市人民政府常务会议议事规则",
        "禄丰市人民政府",
        "2024-11-20",
    )


def test_the_first_number_of_a_page_titled_by_its_metadata_or_by_nothing():
    # devcorpus U-10: 名 稱: 【已失效】惠州市人民政府關于印發《…》的通知 above the printed notice
    (u10,) = documents(devcorpus_text("U-10"))
    assert (u10.number, u10.title, u10.date) == (
        "惠府〔2017〕46號",
        "惠州市人民政府關于印發(fā)《惠州市行政機關規(guī)范性文件制定程序規(guī)定》的通知",
        "2017-04-05",
    )
    # devcorpus R-09: (二OO八年二月二十六日) / 宝府办〔2008〕18号 / the addressees, no title
    (r09,) = documents(devcorpus_text("R-09"))
    assert (r09.number, r09.title, r09.date) == ("宝府办〔2008〕18号", None, "2008-02-26")


def test_a_joint_title_long_with_its_organs_and_a_title_with_its_appendix_note():
    # devcorpus T-03: four organs parted by spaces before 关于 (85 characters), kept apart as written
    (t03,) = documents(devcorpus_text("T-03"))
    organs = "成都市发展和改革委员会 中共成都市委社会工作部 成都市规划和自然资源局 成都市住房和城乡建设局"
    assert (t03.title, t03.issuer) == (
        f"{organs} 关于印发成都市城市社区嵌入式服务设施建设工程实施方案的通知",
        organs,
    )
    # devcorpus M-06: …的决定 附:修正本 (the law database's note of the revised text it carries)
    (m06,) = documents(devcorpus_text("M-06"))
    assert (m06.title, m06.date) == (
        "四川省人民代表大会常务委员会关于修改《四川省防震减灾条例》的决定",
        "1999-12-10",
    )


def test_a_decision_a_report_says_was_adopted_at_a_meeting():
    # http://news.sina.com.cn/c/2007-11-23/030714367997.shtml (devcorpus T-12, line 5, a cut)
    text = (
        "东亚讯 (记者/单立国 毕成功) 记者昨日从省政府获悉,《吉林省人民政府关于修改、废止部分政府规章和公布"
        "现行有效规章目录的决定》已经省政府第11次常务会议通过,已于日前公布施行。"
    )
    assert [(d.title, d.issuer) for d in documents(from_text(text, "T-12.txt"))] == [
        ("吉林省人民政府关于修改、废止部分政府规章和公布现行有效规章目录的决定", "吉林省人民政府")
    ]


def test_a_regulation_in_its_amended_edition_dated_by_its_adoption():
    # devcorpus Y-11: …条例(2003年修正) / organ / …条例 / (2001年11月14日…通过 / 根据…修正)
    (y11,) = documents(devcorpus_text("Y-11"))
    assert (y11.title, y11.date) == ("上海市市容环境卫生管理条例", "2001-11-14")


def test_a_notice_dated_without_its_organ_and_the_document_it_forwards():
    # devcorpus Y-08: the notice's date alone (二〇〇九年八月三十日), then the eight organs, one a line,
    # over the title of the measure the notice forwards
    notice, measure = documents(devcorpus_text("Y-08"))
    assert (notice.number, notice.date) == ("沧政办字〔2009〕120号", "2009-08-30")
    assert (measure.title, measure.issuer) == (
        "支持农村邮政物流发展实施办法",
        "沧州市发展改革委 沧州市邮政局 沧州市财政局 沧州市农业局 沧州市商务局 沧州市工商局"
        " 沧州市国税局 沧州市文化局",
    )


def test_a_decision_and_its_adoption_note_on_a_page_flattened_to_one_line():
    # devcorpus Q-05: … 关于接受…区长职务的决定 (2021年8月2日南京市高淳区第十六届人大常委会第三十二次
    # 会议通过) 根据《…》… (the page's lines joined with spaces)
    (q05,) = documents(devcorpus_text("Q-05"))
    assert (q05.title, q05.issuer, q05.date) == (
        "关于接受刘伟同志辞去南京市高淳区人民政府区长职务的决定",
        "南京市高淳区人大常委会",
        "2021-08-02",
    )


def test_reports_a_session_adopted_and_drafts_for_review_are_no_documents():
    # devcorpus C-11 (河北法制报, 2020-11-27): the 法制委员会's 审议结果的报告 voted through; the
    # regulation adopted the same day is a document
    c11 = [d.title for d in documents(devcorpus_text("C-11"))]
    assert "河北省多元化解纠纷条例" in c11
    assert not [t for t in c11 if t.endswith("报告")]
    # devcorpus E-01 (traditional script, inserted pinyin): 《天津市人民代表大會常務委員會工作報告
    # (審議稿)》 passed on to the congress: a draft report
    assert not [d for d in documents(devcorpus_text("E-01")) if "報告" in d.title]


def test_a_decision_approving_several_texts_at_once_is_one_document():
    # devcorpus C-02: 表决通过关于批准广州等10个市12项法规、决定的决定 (a batch named by its count),
    # adopted by the province's standing committee; the accepted resignation in 《》 and the three
    # regulations stay documents
    c02 = [(d.title, d.issuer) for d in documents(devcorpus_text("C-02"))]
    assert ("关于批准广州等10个市12项法规、决定的决定", "省人大常委会") in c02
    assert "广东省人民代表大会常务委员会关于接受王曦辞去广东省人民政府副省长职务请求的决定" in [
        t for t, _ in c02
    ]
    # devcorpus W-12: 关于批准《太原市…条例》《太原市…的决定》《大同市电动车管理条例》的决定, one
    # decision; the texts it approves are not adopted here
    w12 = [d.title for d in documents(devcorpus_text("W-12"))]
    assert w12 == [
        "关于召开山西省第十二届人民代表大会第六次会议的决定",
        "山西省人民代表大会常务委员会关于修改<山西省人民代表大会常务委员会人事任免办法>的决定",
        "关于批准《太原市中小学校幼儿园规划建设条例》《太原市人民代表大会常务委员会关于修改<太原市立法条例>"
        "的决定》《大同市电动车管理条例》的决定",
    ]
    # devcorpus Y-04: a decision approving one text is a document
    y04 = [d.title for d in documents(devcorpus_text("Y-04"))]
    assert "關於批准《關於制止非法劫持航空器的公約的補充議定書》的決定" in y04


def test_a_vote_goes_on_after_a_comma_with_laws_named_in_short_form():
    # devcorpus C-10 (新华社, 2016-11-07): 会议经表决,通过了…的解释,通过了网络安全法、电影产业促进法、
    # 关于修改民办教育促进法的决定、关于修改海洋环境保护法的决定、关于修改对外贸易法等十二部法律的决定
    c10 = [(d.title, d.issuer) for d in documents(devcorpus_text("C-10"))]
    assert c10 == [
        (title, "全国人大常委会")
        for title in (
            "全国人大常委会关于香港特别行政区基本法第一百零四条的解释",  # a 解释 of a law
            "网络安全法",
            "电影产业促进法",
            "关于修改民办教育促进法的决定",
            "关于修改海洋环境保护法的决定",
            "关于修改对外贸易法等十二部法律的决定",
        )
    ]


def test_a_presidential_order_in_the_sentence_numbers_the_one_law_or_decision_it_promulgates():
    # devcorpus Y-10 (traditional script): 表決通過關于修改立法法的決定,國家主席習近平簽署第20號主席令
    # 予以公布
    y10 = documents(devcorpus_text("Y-10"))[0]
    assert (y10.title, y10.number, y10.number_verbatim) == (
        "關于修改立法法的決定",
        "中华人民共和国主席令第20号",
        "第20號主席令",
    )
    # devcorpus Y-04: 通過了無障礙環境建設法、對外關係法。國家主席習近平分別簽署第6、7號主席令予以公布:
    # two laws, no number for either
    assert not [d for d in documents(devcorpus_text("Y-04")) if d.number]
    # devcorpus C-10: 分别签署第53、54、55、56、57、58号主席令 for the list: none
    assert not [d for d in documents(devcorpus_text("C-10")) if d.number]
