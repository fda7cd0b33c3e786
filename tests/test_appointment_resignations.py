"""Personnel changes: resignations as sessions and their reports write them (提出辞去, 辞呈, 接受其辞去,
a congress confirming its standing committee's acceptance), posts of a body's composition, and one
change told in a headline and again in the report. Each text is a cut of a development-corpus page,
its address copied from the page's `# source:` line."""

from __future__ import annotations

from kg.extract import extract_source
from kg.records import ExtractionWarning, PersonnelChangeRecord
from kg.text.source import from_text


def _records(text: str, name: str = "cut.txt"):
    return extract_source(from_text(text, name))


def changes(records) -> list[tuple]:
    return [
        (r.person, r.action, r.organization, r.post, r.form)
        for r in records
        if isinstance(r, PersonnelChangeRecord)
    ]


def warnings(records) -> list[str]:
    return [
        r.message for r in records if isinstance(r, ExtractionWarning) and r.genre == "appointments"
    ]


def test_resignations_a_session_reports_with_their_persons_as_subject():
    # http://ahscb.com/html/2016-02/03/content_208131.htm (devcorpus N-03), a cut: X提出辞去A、B职务
    # and X、Y分别提出辞去A职务 report the resignations the session accepted (辞职7人)
    records = _records(
        "2月2日下午,省十二届人大常委会第二十七次会议上,表决通过了多项人事任免案,共计27人次。\n"
        "提出辞职7人,因年龄原因,朱勇提出辞去省十二届人大常委会委员、内务司法委员会主任委员职务,"
        "张志轩、张荣国分别提出辞去省十二届人大常委会委员职务。因退出现役,朱永和提出辞去省十二届人大"
        "代表职务,蚌埠市人大常委会已决定接受其辞职。"
    )
    assert changes(records) == [
        ("朱勇", "remove", "省十二届人大常委会", "委员", "辞去"),
        ("朱勇", "remove", "内务司法委员会", "主任委员", "辞去"),
        ("张志轩", "remove", "省十二届人大常委会", "委员", "辞去"),
        ("张荣国", "remove", "省十二届人大常委会", "委员", "辞去"),
    ]
    # a deputy's seat is no post: the clause stays a warning
    assert any("朱永和提出辞去省十二届人大代表职务" in w for w in warnings(records))


def test_a_resignation_reported_then_accepted_is_one_change_kept_as_the_decision():
    # http://www.ahszrd.gov.cn/index.php?a=shows&catid=246&id=2574 (devcorpus M-11)
    records = _records(
        "因工作变动,张晓东提出辞去宿州市人民政府副市长职务。根据《中华人民共和国地方各级人民代表大会和"
        "地方各级人民政府组织法》第二十七条的规定,宿州市第五届人民代表大会常务委员会第三十一次会议决定:"
        "接受张晓东辞去宿州市人民政府副市长职务的请求,报宿州市人民代表大会备案。"
    )
    assert changes(records) == [("张晓东", "remove", "宿州市人民政府", "副市长", "接受辞去")]


def test_a_letter_of_resignation_accepted():
    # https://bilezu.com/html/444912284.html (devcorpus S-11): 接受了X辞去A职务的辞呈
    records = _records(
        "会议听取、审议并通过有关人事任免议案。会议接受了潘汉胜辞去市政府市长职务的辞呈。"
        "任命陈锦秀为市人民政府副市长、代理市长。"
    )
    assert changes(records)[0] == ("潘汉胜", "remove", "市政府", "市长", "接受辞去")


def test_letters_of_resignation_adopted_one_statement_each():
    # http://www.cnlexun.com/contents/55/413.html (devcorpus N-02, traditional script): 通过了关于
    # X、Y两位同志辞去A以及Z等15位同志辞去B的辞呈; a deputy's seat (B) is no post and stays a warning
    records = _records(
        "4月26日,永豐縣十六屆人大常委會第二十二次會議召開。\n"
        "會議舉手表決通過了關于陳月洪、朱春龍兩位同志辭去縣人大常委會委員以及曾常輝、徐世菊、文全善"
        "等15位同志辭去縣人大代表的辭呈。"
    )
    assert changes(records) == [
        ("陳月洪", "remove", "縣人大常委會", "委員", "接受辞去"),
        ("朱春龍", "remove", "縣人大常委會", "委員", "接受辞去"),
    ]
    assert any("县人大代表" in w for w in warnings(records))


def test_its_resignation_after_an_appointment_is_the_appointees():
    # https://gd.ifeng.com/c/8dI0WwTghd1 (devcorpus Y-01): 接受其辞去A职务的请求, 其 the person just
    # appointed
    records = _records(
        "会议经表决,决定任命陈晖东为中山市人民政府副市长,接受其辞去中山市人大常委会副主任职务的请求。"
    )
    assert changes(records) == [
        ("陈晖东", "appoint", "中山市人民政府", "副市长", "决定任命"),
        ("陈晖东", "remove", "中山市人大常委会", "副主任", "接受辞去"),
    ]


def test_a_congress_confirming_its_standing_committees_acceptance():
    # http://sfmzp.com/article-7714-1.html (devcorpus Y-10, traditional script)
    records = _records(
        "會議還表決通過了關于確認全國人大常委會接受陳吉寧、陳豪辭去全國人大常委會委員職務的請求的決定。"
    )
    assert changes(records) == [
        ("陳吉寧", "remove", "全國人大常委會", "委員", "接受辞去"),
        ("陳豪", "remove", "全國人大常委會", "委員", "接受辞去"),
    ]
    # a motion still to be decided is no decision
    assert not changes(
        _records(
            "會議審議了關于確認全國人大常委會接受陳吉寧辭去全國人大常委會委員職務的請求的議案。"
        )
    )


def test_members_of_a_body_as_its_composition_lists_them():
    # https://static.nfapp.southcn.com/content/202007/16/c3773569.html (devcorpus L-02)
    records = _records(
        "会议还决定了有关人事任免。会议决定任命祝庆盟为金湾区人民政府副区长,"
        "任命方卫春、曹环球为区人大常委会代表资格审查委员会组成人员。"
    )
    assert changes(records)[1:] == [
        ("方卫春", "appoint", "区人大常委会代表资格审查委员会", "组成人员", "任命"),
        ("曹环球", "appoint", "区人大常委会代表资格审查委员会", "组成人员", "任命"),
    ]


def test_a_headline_with_the_post_alone_and_the_report_naming_its_organisation_are_one_change():
    # http://lzzx.liuzhou.gov.cn/xw/201001/t20100123_350131.html (devcorpus U-02): the page title
    # names the standing committee without its place, so the headline's bare 副市长 was given the
    # organisation 人民政府 and published beside the report's 市人民政府副市长
    records = _records(
        "人大常委会召开第二十八次会议\n\n"
        "   决定市十二届人大八次会议于23日至5日举行;任命胡明朗为副市长\n\n"
        "   市十二届人大常委会第二十八次会议于昨天上午召开。会议决定市十二届人大八次会议于今年23日至5日"
        "举行,决定任命胡明朗为市人民政府副市长。\n"
    )
    assert changes(records) == [("胡明朗", "appoint", "市人民政府", "副市长", "决定任命")]


def test_a_party_committees_posts_are_not_the_congress_decision_told_before():
    # http://m.dddjmc.com/news/fujian/yghx/2019-08-28/2300570.html (traditional script), a cut: the
    # congress's decisions, then a district party committee's announced at its own meeting; its
    # posts were published as decided by the city's standing committee (a wrong fact)
    records = _records(
        "8月27日上午,漳州市十六屆人大常委會召開第二十三次會議。會議決定任命侯為東為漳州市人民政府副市長;"
        "因工作崗位變動,決定接受沈志平同志辭去漳州市人民政府副市長職務。\n"
        "另外,8月27日上午,薌城區相繼召開區委常委會(擴大)會議和全區領導干部大會,宣布薌城區主要領導"
        "任免決定:胡棟良同志任中共漳州市薌城區委委員、常委、書記;侯為東同志不再擔任中共漳州市薌城區委"
        "書記、常委、委員職務。\n"
    )
    decided = {
        (r.person, r.action, r.post, r.decided_by)
        for r in records
        if isinstance(r, PersonnelChangeRecord)
    }
    assert ("侯為東", "appoint", "副市長", "漳州市十六屆人大常委會") in decided
    assert ("沈志平", "remove", "副市長", "漳州市十六屆人大常委會") in decided
    party = {(p, a, post) for p, a, post, body in decided if body is None}
    assert party == {
        ("胡棟良", "appoint", "委員"),
        ("胡棟良", "appoint", "常委"),
        ("胡棟良", "appoint", "書記"),
        ("侯為東", "remove", "書記"),
        ("侯為東", "remove", "常委"),
        ("侯為東", "remove", "委員"),
    }
    # a party committee's inspection team likewise (省委第一巡视组)
    # http://www.simfy.cn/news/2017-03-31/detail-ifycwyns3836660.shtml (traditional script), a cut
    records = _records(
        "省十二屆人大常委會第二十七次會議于3月30日下午在鄭州閉幕。經表決,決定任命汪中山為河南省審計廳廳長。"
        "\n據悉,米劍峰任省委第一巡視組組長,將帶領省委第一巡視組對許昌市和鄢陵縣展開巡視。\n"
    )
    assert {(r.person, r.decided_by) for r in records if isinstance(r, PersonnelChangeRecord)} == {
        ("汪中山", "省十二屆人大常委會"),
        ("米劍峰", None),
    }


def test_a_career_dated_in_chinese_numerals_is_no_decision():
    # http://92880.cn/gn/news/2009/03-01/1583394.shtml (traditional script), a cut: 二00三年一月后,
    # X擔任北京市委副書記、市長 was read as two appointments, the mayor's post in the party committee
    records = _records(
        "在2008年9月14日下午召開的山西省第十一屆人民代表大會常務委員會第五次會議上,王君被任命為山西省"
        "副省長、代省長,免去張建民山西省副省長職務。\n"
        "孟學農于一九四九年出生,先後擔任浙江省委辦公廳秘書、共青團北京市委副書記。二00三年一月后,"
        "孟學農擔任北京市委副書記、市長,同年四月由于抗擊“非典”不力請辭北京市市長職務。\n"
    )
    assert {r.person for r in records if isinstance(r, PersonnelChangeRecord)} == {
        "王君",
        "張建民",
    }


def test_a_mayor_is_never_the_post_of_the_party_committee_named_before_it():
    # the same page's phrase read as a statement, without the year that makes it a career: the
    # party committee written first is not carried to the government's head
    records = _records("人事任免\n孟學農任北京市委副書記、市長。\n", "cut.txt")
    assert [
        (r.person, r.post, r.organization) for r in records if isinstance(r, PersonnelChangeRecord)
    ] == [("孟學農", "副書記", "北京市委")]
    assert any("市長" in w or "市长" in w for w in warnings(records))


def test_removals_of_several_persons_each_with_their_own_posts():
    # http://lyrb.lyd.com.cn/html/2007-09/28/content_334838.htm, a cut: 免去A的X职务、B的Y职务 gave A
    # every post, the next person's name run into the organisation (张巍巍的市人大常委会…: wrong
    # facts); 决定任命A任X、B任Y was not read
    records = _records(
        "26日至27日,市十二届人大常委会举行第三十次会议,会议由市人大常委会主任常振义主持。\n"
        "会议根据市人大常委会主任常振义的提请,经审议表决,任命宋莉为市人大常委会副秘书长,"
        "免去刘中银的市人大常委会副秘书长职务、张巍巍的市人大常委会农村工作委员会副主任职务。"
        "会议根据市人民政府市长郭洪昌的提请,经审议表决,决定任命李胜平任市发展和改革委员会主任、"
        "张建平任市民政局局长,免去孙海献的市发展和改革委员会主任职务、于力强的市民政局局长职务。\n"
    )
    assert [(p, a, org, post) for p, a, org, post, _ in changes(records)] == [
        ("宋莉", "appoint", "市人大常委会", "副秘书长"),
        ("刘中银", "remove", "市人大常委会", "副秘书长"),
        ("张巍巍", "remove", "市人大常委会农村工作委员会", "副主任"),
        ("李胜平", "appoint", "市发展和改革委员会", "主任"),
        ("张建平", "appoint", "市民政局", "局长"),
        ("孙海献", "remove", "市发展和改革委员会", "主任"),
        ("于力强", "remove", "市民政局", "局长"),
    ]


def test_a_judge_is_the_courts_not_the_tribunals():
    # http://fzhcxjc.com/news/china/6663.html (traditional script), a cut: 民事審判第一庭副庭長、
    # 審判員 — the tribunal written first was carried to the judge's seat
    records = _records(
        "上海市十四屆人大常委會8日舉行第六次會議,經無記名投票表決,決定撤銷陳雪明的上海市高級人民法院"
        "審判委員會委員、民事審判第一庭庭長、審判員職務;撤銷趙明華的上海市高級人民法院民事審判第一庭"
        "副庭長、審判員職務。\n"
    )
    assert [(p, org, post) for p, _, org, post, _ in changes(records)] == [
        ("陳雪明", "上海市高級人民法院", "審判委員會委員"),
        ("陳雪明", "上海市高級人民法院民事審判第一庭", "庭長"),
        ("陳雪明", "上海市高級人民法院", "審判員"),
        ("趙明華", "上海市高級人民法院民事審判第一庭", "副庭長"),
        ("趙明華", "上海市高級人民法院", "審判員"),
    ]


def test_a_list_of_headlines_each_a_statement_set_apart_by_spaces():
    # http://hnr.cn/news/gnxw/201303/t20130331_390624.html (devcorpus S-08), a cut: the headlines
    # ran together (spaces dropped, lines joined) into one unreadable clause
    records = _records(
        "代理省长、代理主席任免:\n"
        "王宪魁辞去黑龙江省省长职务 陆昊任代理省长\n"
        "李斌辞去安徽省省长职务 王学军任副省长、代理省长\n"
        "骆惠宁辞去青海省省长职务 郝鹏任代省长\n"
        "本月各地具体任免如下:\n"
        "张吉福任北京平谷区委书记 齐静任怀柔区委书记\n"
    )
    assert {
        (r.person, r.action, r.organization, r.post, r.acting)
        for r in records
        if isinstance(r, PersonnelChangeRecord)
    } == {
        ("王宪魁", "remove", "黑龙江省", "省长", False),
        ("陆昊", "appoint", "黑龙江省", "省长", True),
        ("李斌", "remove", "安徽省", "省长", False),
        # the posts listed with the acting one that fills the vacancy share its organisation
        ("王学军", "appoint", "安徽省", "副省长", False),
        ("王学军", "appoint", "安徽省", "省长", True),
        ("骆惠宁", "remove", "青海省", "省长", False),
        ("郝鹏", "appoint", "青海省", "省长", True),
        ("张吉福", "appoint", "北京平谷区委", "书记", False),
        ("齐静", "appoint", "怀柔区委", "书记", False),
    }
    # a party committee's posts: no state decider
    assert all(r.decided_by is None for r in records if isinstance(r, PersonnelChangeRecord))


def test_a_counted_removal_names_its_persons_by_the_posts_they_still_hold():
    # http://www.ttav89.com/zgzx/2009-04/23/content_7707165.htm (devcorpus S-07, traditional
    # script), a cut: the six removed are named in the next sentence by their other posts, which
    # are no decision
    text = (
        "記者登錄吉林省政府網站了解到,被免去吉林省政府副秘書長職務的{n}人,目前還擔任著其他政府部門的"
        "職務。高繼泰任吉林省農村信用社聯合社理事長,李杰任吉林省國家安全廳廳長,王寶柱任省直機關事務"
        "管理局局長。\n"
    )
    records = _records(text.format(n=3))
    assert changes(records) == [
        ("高繼泰", "remove", "吉林省政府", "副秘書長", "免去"),
        ("李杰", "remove", "吉林省政府", "副秘書長", "免去"),
        ("王寶柱", "remove", "吉林省政府", "副秘書長", "免去"),
    ]
    # named fewer or more than counted: not those removed, nothing read
    assert changes(_records(text.format(n=6))) == []
