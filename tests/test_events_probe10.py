"""Events of probe 10's fresh pages: a photo caption saying a session held its closing sitting
(…第二次会议在北京人民大会堂举行闭幕会) names the session, as the report under it does, so the two are
one event. Cuts of real pages, their addresses given."""

from __future__ import annotations

from tests.conftest import cut_records, devcorpus_lines, records_of

# http://news.jsw.com.cn/zhuanti/2014-03/13/content_3014419.htm (probe 10 page 12), its lines 3-8:
# two photo captions, the headline, the report's lead and who chaired and sat.
NPC_2014 = (
    "# source: http://news.jsw.com.cn/zhuanti/2014-03/13/content_3014419.htm\n"
    "\n"
    "3月13日,第十二届全国人民代表大会第二次会议在北京人民大会堂举行闭幕会。 新华社记者 张铎 摄\n"
    "3月13日,第十二届全国人民代表大会第二次会议在北京人民大会堂举行闭幕会。张德江主持闭幕会并讲话。"
    " 新华社记者 李学仁 摄\n"
    "(两会授权发布)十二届全国人大二次会议在京闭幕 表决通过关于政府工作报告的决议、关于全国人大常委会"
    "工作报告的决议等\n"
    "新华社北京3月13日电 第十二届全国人民代表大会第二次会议在圆满完成各项议程后,13日上午在人民大会堂"
    "闭幕。\n"
    "今天的大会应出席代表2983人,出席2910人,缺席73人,出席人数符合法定人数。\n"
    "闭幕会由大会主席团常务主席、执行主席、全国人大常委会委员长张德江主持。\n"
    "习近平、李克强、俞正声、刘云山、王岐山、张高丽和大会主席团成员在主席台就座。\n"
)


def test_a_caption_of_the_sessions_closing_sitting_is_the_reports_event():
    # the caption gave an event of its own, titled with the whole clause (…在北京人民大会堂举行
    # 闭幕会), 张德江 in it without his titles, beside the report's
    (event,) = records_of(cut_records(NPC_2014), "event")
    assert event.title == "第十二届全国人民代表大会第二次会议"
    assert event.date == "2014-03-13"
    roles = {p.name: p.role for p in event.participants}
    assert roles["张德江"] == "大会主席团常务主席、执行主席、全国人大常委会委员长"
    assert {"习近平", "李克强", "张高丽"} <= set(roles)


def test_the_caption_alone_names_the_session():
    (event,) = records_of(cut_records("\n".join(NPC_2014.split("\n")[:4]) + "\n"), "event")
    assert event.title == "第十二届全国人民代表大会第二次会议"


def test_a_standing_committee_holding_a_plenary_sitting_keeps_the_whole_clause():
    # devcorpus A-22 line 7: the organ before 举行 is no session (the gold's title is the clause)
    (event,) = records_of(cut_records(devcorpus_lines("A-22", 1, 7)), "event")
    assert event.title == "新区二届人大常委会举行第八次全体会议"


# http://5.quxian.cn/forum.php?goto=lastpost&mod=redirect&tid=131042 (probe 10 page 14, 渠县第十九届人民代表大会第五次会议主席团第一次会议), its
# line 3: an agenda item (通报列席人员和邀请到主席台就座人员情况) between who attended and who took part.
QUXIAN = (
    "2月24日下午,渠县第十九届人民代表大会第五次会议召开主席团第一次会议。县委书记刘伟,县人大常委会"
    "主任杜权军,县委副书记徐远航出席会议。会议以举手表决的方式,通过推选主席团常务主席;决定大会日程;"
    "推选大会全体会议执行主席;决定大会副秘书长;通报列席人员和邀请到主席台就座人员情况;决定关于议案的"
    "规定、提出议案的截止时间。县领导王永明、张彪、解青、许超、王兴、吴强、曾万富、郭鹏飞参加会议。\n"
)


def test_a_verb_before_a_noun_for_attendees_is_no_participant():
    # 通报 (a verb) before 列席人员 was read as a person who 列席
    (event,) = records_of(cut_records(QUXIAN), "event")
    people = {p.name: p.attendance for p in event.participants}
    assert "通报" not in people
    assert people["刘伟"] == "出席" and people["郭鹏飞"] == "参加"
    assert len(people) == 11


# http://big5.cctv.com/gate/big5/tv.cctv.com/2018/03/21/VIDE5B2qmVEUmeSMiIhbXLS6180321.shtml (probe 10
# page 16), its line 12: a site's news credited with its programme in brackets, then the premier, the
# day and the meeting he chaired.
CCTV_2018 = (
    "# source: http://big5.cctv.com/gate/big5/tv.cctv.com/2018/03/21/VIDE5B2qmVEUmeSMiIhbXLS6180321"
    ".shtml\n"
    "\n"
    "央視網消息(新聞聯播):國務院總理李克強3月21日主持召開國務院常務會議,確定《政府工作報告》重點任務"
    "分工。新一屆國務院開始全面履職。\n"
)
# https://m.fx361.cc/news/2014/0226/2910178.html (fresh, 2014-02-26), its line 5.
FX361_2014 = (
    "# source: https://m.fx361.cc/news/2014/0226/2910178.html\n"
    "\n"
    "国务院总理李克强1月23日主持召开国务院第二次全体会议,讨论即将提请十二届全国人大二次会议审议的政府"
    "工作报告。\n"
)


def test_a_name_ending_in_qiang_before_the_day_and_the_verb_opens_an_item():
    # 李克强 + 3月21日: the name was read without the verb after the day, so 强 ended no name and
    # no item opened; the masthead's programme in brackets (新聞聯播) hid the paragraph's start
    for text, date, title in (
        (CCTV_2018, "2018-03-21", "國務院常務會議"),
        (FX361_2014, "2014-01-23", "国务院第二次全体会议"),
    ):
        (event,) = records_of(cut_records(text), "event")
        assert (event.date, event.title) == (date, title)
        assert [(p.name, p.attendance) for p in event.participants] == [
            (event.participants[0].name, "主持")
        ]
        assert event.participants[0].name in ("李克強", "李克强")


def test_the_premiers_words_on_a_day_are_no_meeting():
    # near-form: the day, then a report's words (在政府工作报告中提出): no part taken, no event
    text = FX361_2014.replace("主持召开国务院第二次全体会议,讨论", "在政府工作报告中提出,要")
    assert "主持" not in text
    assert records_of(cut_records(text), "event") == []


# https://taiyuan.baogaosu.com/xinwen/%E5%B1%8A%E5%85%A8%E5%9B%BD%E4%BA%BA%E5%A4%A7%E4%B8%80%E6%AC%A1
# %E4%BC%9A%E8%AE%AE%E5%9C%A8%E4%BA%AC%E9%97%AD%E5%B9%95%E4%B9%A0%E8%BF%91/65712192 (fresh, 2018), its
# page date and lead, and who chaired.
TAIYUAN_2018 = (
    "21.03.2018  18:21\n"
    "\n"
    "    新华社北京3月20日电 中华人民共和国第十三届全国人民代表大会第一次会议,在圆满完成各项议程,产生新一届"
    "国家机构组成人员后,20日上午在人民大会堂闭幕。\n"
    "  闭幕会由大会执行主席、十三届全国人大常委会委员长栗战书主持。\n"
)


def test_a_session_closing_after_its_agenda_and_a_clause_ending_in_hou_is_named_alone():
    # the title was the whole sentence (…,在圆满完成各项议程,产生新一届国家机构组成人员后,20日上午在
    # 人民大会堂闭幕): a comma before 在, a second clause ending 后 and the day 20日 were not passed over
    (event,) = records_of(cut_records(TAIYUAN_2018), "event")
    assert event.title == "中华人民共和国第十三届全国人民代表大会第一次会议"
    assert event.date == "2018-03-20"
    # near-form: the sentence cut before its verb names no meeting held (the clause stays the title)
    cut = TAIYUAN_2018.replace("20日上午在人民大会堂闭幕", "代表们走出人民大会堂")
    assert all(
        e.title != "中华人民共和国第十三届全国人民代表大会第一次会议"
        for e in records_of(cut_records(cut), "event")
    )
