"""Personnel changes on real texts: resignations as sessions and their reports write them (提出辞去,
辞呈, 接受其辞去, a congress confirming its standing committee's acceptance), posts of a body's
composition, one change told twice, headlines set apart by spaces, a counted removal, and what
must not be published (a party committee's posts as a congress's decision, a career, one person's
statement run into the next one's, a tribunal as a judge's body). A development-corpus text is read
by its lines (tests/conftest.py); a page in no corpus is quoted exactly, its address beside it."""

from __future__ import annotations

from kg.records import ExtractionWarning, PersonnelChangeRecord
from tests.conftest import cut_records, devcorpus_lines, personnel_changes


def changes(records) -> list[tuple]:
    return personnel_changes(records, "form")


def warnings(records) -> list[str]:
    return [
        r.message for r in records if isinstance(r, ExtractionWarning) and r.genre == "appointments"
    ]


def test_resignations_a_session_reports_with_their_persons_as_subject():
    # devcorpus N-03 (http://ahscb.com/html/2016-02/03/content_208131.htm): X提出辞去A、B职务 and
    # X、Y分别提出辞去A职务 report the resignations the session accepted (辞职7人)
    records = cut_records(devcorpus_lines("N-03", 4, 6))
    removed = [c for c in changes(records) if c[4] == "辞去"]
    assert removed == [
        ("朱勇", "remove", "省十二届人大常委会", "委员", "辞去"),
        ("朱勇", "remove", "内务司法委员会", "主任委员", "辞去"),
        ("秦亚东", "remove", "省十二届人大常委会", "委员", "辞去"),
        ("秦亚东", "remove", "人事代表选举委员会", "主任委员", "辞去"),
        ("张志轩", "remove", "省十二届人大常委会", "委员", "辞去"),
        ("张荣国", "remove", "省十二届人大常委会", "委员", "辞去"),
        ("王晓林", "remove", "省十二届人大常委会", "委员", "辞去"),
        ("高开焰", "remove", "省十二届人大常委会", "委员", "辞去"),
        ("马亚杰", "remove", "省十二届人大常委会", "委员", "辞去"),
    ]
    # a deputy's seat is no post: the clause stays a warning
    assert any("朱永和提出辞去省十二届人大代表职务" in w for w in warnings(records))


def test_a_resignation_reported_then_accepted_is_one_change_kept_as_the_decision():
    # devcorpus M-11 (http://www.ahszrd.gov.cn/index.php?a=shows&catid=246&id=2574)
    records = cut_records(devcorpus_lines("M-11", 20))
    assert changes(records) == [("张晓东", "remove", "宿州市人民政府", "副市长", "接受辞去")]


def test_a_letter_of_resignation_accepted():
    # devcorpus S-11 (https://bilezu.com/html/444912284.html): 接受了X辞去A职务的辞呈
    records = cut_records(devcorpus_lines("S-11", 6))
    assert changes(records)[0] == ("潘汉胜", "remove", "市政府", "市长", "接受辞去")


def test_letters_of_resignation_adopted_one_statement_each():
    # devcorpus N-02 (http://www.cnlexun.com/contents/55/413.html, traditional script with inserted
    # pinyin): 通过了关于X、Y两位同志辞去A以及Z等15位同志辞去B的辞呈; a deputy's seat (B) is no post
    records = cut_records(devcorpus_lines("N-02", 4, 6))
    assert changes(records)[:2] == [
        ("陳月洪", "remove", "縣人大常委會", "委員", "接受辞去"),
        ("朱春龍", "remove", "縣人大常委會", "委員", "接受辞去"),
    ]
    assert any("县人大代表" in w for w in warnings(records))


def test_its_resignation_after_an_appointment_is_the_appointees():
    # devcorpus Y-01 (https://gd.ifeng.com/c/8dI0WwTghd1): 接受其辞去A职务的请求, 其 the person just
    # appointed
    records = cut_records(devcorpus_lines("Y-01", 5))
    assert changes(records) == [
        ("陈晖东", "appoint", "中山市人民政府", "副市长", "决定任命"),
        ("陈晖东", "remove", "中山市人大常委会", "副主任", "接受辞去"),
        ("刘云梅", "remove", "中山市人民政府", "副市长", "免去"),
    ]


def test_a_congress_confirming_its_standing_committees_acceptance():
    # devcorpus Y-10 (http://sfmzp.com/article-7714-1.html, traditional script)
    records = cut_records(devcorpus_lines("Y-10", 11))
    assert changes(records) == [
        ("陳吉寧", "remove", "全國人大常委會", "委員", "接受辞去"),
        ("陳豪", "remove", "全國人大常委會", "委員", "接受辞去"),
    ]


def test_members_of_a_body_as_its_composition_lists_them():
    # devcorpus L-02 (https://static.nfapp.southcn.com/content/202007/16/c3773569.html)
    records = cut_records(devcorpus_lines("L-02", 6, 18))
    members = [(p, org, post) for p, _, org, post, _ in changes(records) if post == "组成人员"]
    assert members == [
        (name, "区人大常委会代表资格审查委员会", "组成人员")
        for name in ("方卫春", "曹环球", "蓝永兴", "杨振华", "罗华平")
    ]


def test_a_headline_with_the_post_alone_and_the_report_naming_its_organisation_are_one_change():
    # devcorpus U-02 (http://lzzx.liuzhou.gov.cn/xw/201001/t20100123_350131.html): the page title
    # names the standing committee without its place, so the headline's bare 副市长 was given the
    # organisation 人民政府 and published beside the report's 市人民政府副市长
    records = cut_records(devcorpus_lines("U-02", 4, 10, 12))
    assert changes(records) == [("胡明朗", "appoint", "市人民政府", "副市长", "决定任命")]


def test_a_party_committees_posts_are_not_the_congress_decision_told_before():
    # http://m.dddjmc.com/news/fujian/yghx/2019-08-28/2300570.html (traditional script with
    # inserted pinyin): the congress's decisions, then a district party committee's announced at
    # its own meeting, whose posts were published as decided by the city's standing committee
    records = cut_records(
        "臺(tái)海網(wǎng)8月28日訊(海峽導(dǎo)報(bào)記者 張雄敏 劉龍 通訊員 鄭文典 薛敏靈) 8月27日上午,"
        "漳州市十六屆人大常委會(huì)召開(kāi)第二十三次會(huì)議。會(huì)議決定任命侯為東為漳州市人民政府副市長(zhǎng);"
        "因工作崗位變動(dòng),決定接受沈志平同志辭去漳州市人民政府副市長(zhǎng)職務(wù)。\n"
        "另外,8月27日上午,薌城區(qū)相繼召開(kāi)區(qū)委常委會(huì)(擴(kuò)大)會(huì)議和全區(qū)領(lǐng)導(dǎo)干部大會(huì),"
        "宣布薌城區(qū)主要領(lǐng)導(dǎo)任免決定:胡棟良同志任中共漳州市薌城區(qū)委委員、常委、書(shū)記;"
        "石振棋同志任中共漳州市薌城區(qū)委副書(shū)記,提名為漳州市薌城區(qū)人民政府區(qū)長(zhǎng)候選人;"
        "侯為東同志不再擔(dān)任中共漳州市薌城區(qū)委書(shū)記、常委、委員職務(wù)。\n"
    )
    decided = [
        (r.person, r.action, r.decided_by) for r in records if isinstance(r, PersonnelChangeRecord)
    ]
    congress = "漳州市十六屆人大常委會(huì)"
    assert decided[:2] == [("侯為東", "appoint", congress), ("沈志平", "remove", congress)]
    assert len(decided) == 9 and all(body is None for _, _, body in decided[2:])


def test_a_party_inspection_team_is_not_the_congress_decision_told_before():
    # http://www.simfy.cn/news/2017-03-31/detail-ifycwyns3836660.shtml?from=henan_ydph
    # (traditional script)
    records = cut_records(
        "圓滿完成各項議程后,省十二屆人大常委會第二十七次會議于3月30日下午在鄭州閉幕,據悉,會議表決通過"
        "了一批人事任免事項。\n"
        "此外,經表決,決定免去米劍峰的河南省監察廳廳長職務,同時,決定免去劉荃的河南省審計廳廳長職務,"
        "決定任命劉荃為河南省監察廳廳長。同時,決定任命王東偉為河南省財政廳廳長,任命汪中山為河南省審計廳"
        "廳長,任命宋海萍為河南省高級人民法院副院長。\n"
        "記者同時留意到,今年3月29日,十屆省委第一輪巡視工作動員部署會召開,按照省委統一部署,十屆省委"
        "第一輪巡視安排10個巡視組,對安陽等6個省轄市、龍安區等14個縣(區)開展巡視。經省委巡視工作領導"
        "小組研究,決定授權米劍峰等10名同志分別擔任第一輪巡視的省委各巡視組組長,韓若冰等10名同志分別"
        "擔任副組長。據悉,米劍峰任省委第一巡視組組長,將帶領省委第一巡視組對許昌市和鄢陵縣展開巡視。\n"
    )
    decided = {
        (r.person, r.post, r.decided_by) for r in records if isinstance(r, PersonnelChangeRecord)
    }
    assert ("汪中山", "廳長", "省十二屆人大常委會") in decided
    assert ("米劍峰", "組長", None) in decided
    assert all(body == "省十二屆人大常委會" for _, post, body in decided if post != "組長")


def test_a_career_dated_in_chinese_numerals_is_no_decision():
    # http://92880.cn/gn/news/2009/03-01/1583394.shtml (traditional script with inserted pinyin):
    # 二00三年一月后,X擔任北京市委副書記、市長 was read as two appointments
    records = cut_records(
        "在2008年9月14日下午召開(kāi)的山西省第十一屆人民代表大會(huì)常務(wù)委員會(huì)第五次會(huì)議上,王君"
        "被任命為山西省副省長(zhǎng)、代省長(zhǎng),同時(shí)接受孟學(xué)農(nóng)辭去山西省省長(zhǎng)的請(qǐng)求,免去張建民"
        "山西省副省長(zhǎng)職務(wù)。資料圖為:2008年1月22日,孟學(xué)農(nóng)在山西省十一屆人民代表大會(huì)一次"
        "會(huì)議上當(dāng)選為山西省省長(zhǎng)。 中新社發(fā) 張?jiān)?攝\n"
        "孟學(xué)農(nóng)于一九四九年出生,先后擔(dān)任浙江省委辦公廳秘書(shū)、共青團(tuán)北京市委副書(shū)記。"
        "二00三年一月后,孟學(xué)農(nóng)擔(dān)任北京市委副書(shū)記、市長(zhǎng),同年四月由于抗擊“非典”不力請(qǐng)辭"
        "北京市市長(zhǎng)職務(wù),同月被接受辭職。\n"
    )
    # 接受孟學農辭去山西省省長的請求 (the request named, 職務 left out) is the decision's removal
    changes = [(r.person, r.action) for r in records if isinstance(r, PersonnelChangeRecord)]
    assert changes == [
        ("王君", "appoint"),
        ("王君", "appoint"),
        ("孟學(xué)農(nóng)", "remove"),
        ("張建民", "remove"),
    ]
    # the same sentence cut after its date: the party committee written first is not carried to
    # the government's head (市長 of 北京市委 before)
    records = cut_records(
        "孟學(xué)農(nóng)擔(dān)任北京市委副書(shū)記、市長(zhǎng),同年四月由于抗擊“非典”不力請(qǐng)辭北京市市長(zhǎng)"
        "職務(wù),同月被接受辭職。\n"
    )
    assert [(r.post, r.organization) for r in records if isinstance(r, PersonnelChangeRecord)] == [
        ("副書(shū)記", "北京市委")
    ]
    assert any("市长" in w for w in warnings(records))


def test_removals_of_several_persons_each_with_their_own_posts():
    # http://lyrb.lyd.com.cn/html/2007-09/28/content_334838.htm: 免去A的X职务、B的Y职务 gave A
    # every post, the next person's name run into the organisation (张巍巍的市人大常委会…: wrong
    # facts); 决定任命A任X、B任Y was not read
    records = cut_records(
        "本报讯 (记者 李江涛 通讯员 王川一)26日至27日,市十二届人大常委会举行第三十次会议,会议由市人大"
        "常委会主任常振义主持。\n"
        "会议根据市人大常委会主任常振义的提请,经审议表决,任命宋莉为市人大常委会副秘书长,免去刘中银的"
        "市人大常委会副秘书长职务、张巍巍的市人大常委会农村工作委员会副主任职务。会议根据市人民政府市长"
        "郭洪昌的提请,经审议表决,决定任命李胜平任市发展和改革委员会主任、张建平任市民政局局长、张好富任"
        "市公用事业局局长、蒋勤任市园林局局长、左发勤任市体育局局长,免去孙海献的市发展和改革委员会主任"
        "职务、于力强的市民政局局长职务、王凤民的市公用事业局局长职务、李新的市交通局局长职务、杜勇杰的"
        "市园林局局长职务。会议还根据市人民检察院检察长牛学理的提请,经审议表决,免去朱福才的市人民检察院"
        "副检察长职务。\n"
    )
    assert [(p, a, org, post) for p, a, org, post, _ in changes(records)] == [
        ("宋莉", "appoint", "市人大常委会", "副秘书长"),
        ("刘中银", "remove", "市人大常委会", "副秘书长"),
        ("张巍巍", "remove", "市人大常委会农村工作委员会", "副主任"),
        ("李胜平", "appoint", "市发展和改革委员会", "主任"),
        ("张建平", "appoint", "市民政局", "局长"),
        ("张好富", "appoint", "市公用事业局", "局长"),
        ("蒋勤", "appoint", "市园林局", "局长"),
        ("左发勤", "appoint", "市体育局", "局长"),
        ("孙海献", "remove", "市发展和改革委员会", "主任"),
        ("于力强", "remove", "市民政局", "局长"),
        ("王凤民", "remove", "市公用事业局", "局长"),
        ("李新", "remove", "市交通局", "局长"),
        ("杜勇杰", "remove", "市园林局", "局长"),
        ("朱福才", "remove", "市人民检察院", "副检察长"),
    ]


def test_a_judge_is_the_courts_not_the_tribunals():
    # http://fzhcxjc.com/news/china/6663.html (traditional script with inserted pinyin):
    # 民事審判第一庭副庭長、審判員 — the tribunal written first was carried to the judge's seat;
    # the tribunal's head is a post of the court too, the tribunal written in the post (HA-01's gold)
    records = cut_records(
        "新華網(wǎng)上海8月8日電(記者仇逸 黃安琪)上海市十四屆人大常委會(huì)8日舉行第六次會(huì)議,經(jīng)"
        "無記名投票表決,決定撤銷陳雪明的上海市高級人民法院審判委員會(huì)委員、民事審判第一庭庭長、審判員"
        "職務(wù);撤銷趙明華的上海市高級人民法院民事審判第一庭副庭長、審判員職務(wù);撤銷倪政文的上海市"
        "高級人民法院審判員職務(wù)。\n"
    )
    assert [(p, org, post) for p, _, org, post, _ in changes(records)] == [
        ("陳雪明", "上海市高級人民法院", "審判委員會(huì)委員"),
        ("陳雪明", "上海市高級人民法院", "民事審判第一庭庭長"),
        ("陳雪明", "上海市高級人民法院", "審判員"),
        ("趙明華", "上海市高級人民法院", "民事審判第一庭副庭長"),
        ("趙明華", "上海市高級人民法院", "審判員"),
        ("倪政文", "上海市高級人民法院", "審判員"),
    ]


def test_a_list_of_headlines_each_a_statement_set_apart_by_spaces():
    # devcorpus S-08 (http://hnr.cn/news/gnxw/201303/t20130331_390624.html): the headlines ran
    # together (spaces dropped, lines joined) into one unreadable clause
    records = cut_records(devcorpus_lines("S-08", 7, 8, 9, 12, 14, 18))
    assert {
        (r.person, r.action, r.organization, r.post, r.acting, r.decided_by)
        for r in records
        if isinstance(r, PersonnelChangeRecord)
    } == {
        ("王宪魁", "remove", "黑龙江省", "省长", False, None),
        ("陆昊", "appoint", "黑龙江省", "省长", True, None),
        ("李斌", "remove", "安徽省", "省长", False, None),
        # the posts listed with the acting one that fills the vacancy share its organisation
        ("王学军", "appoint", "安徽省", "副省长", False, None),
        ("王学军", "appoint", "安徽省", "省长", True, None),
        ("骆惠宁", "remove", "青海省", "省长", False, None),
        ("郝鹏", "appoint", "青海省", "省长", True, None),
        ("张吉福", "appoint", "北京平谷区委", "书记", False, None),
        ("齐静", "appoint", "怀柔区委", "书记", False, None),
    }


def test_a_counted_removal_names_its_persons_by_the_posts_they_still_hold():
    # devcorpus S-07 (http://www.ttav89.com/zgzx/2009-04/23/content_7707165.htm, traditional
    # script): the six removed are named in the next sentence by their other posts (no decision)
    line = devcorpus_lines("S-07", 14)
    assert changes(cut_records(line)) == [
        (name, "remove", "吉林省政府", "副秘書長", "免去")
        for name in ("高繼泰", "李杰", "王寶柱", "臧忠生", "李福春", "姜有為")
    ]
    # the sentence cut after three of the six: not as many as counted, nothing read
    assert changes(cut_records(line[: line.index(",臧忠生")])) == []


def test_a_resignation_asked_for_by_the_person_the_reason_names():
    # devcorpus U-03 (https://news.sohu.com/20061230/n247353194.shtml): the decision accepting the
    # request names no post; the sentence after it tells who asked to leave which post
    records = cut_records(devcorpus_lines("U-03", 10, 11))
    assert ("于冲", "remove", "市政府", "副市长", "辞去") in changes(records)
