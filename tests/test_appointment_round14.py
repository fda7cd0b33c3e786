"""Personnel changes of the fourteenth held-out round: names a note marks in a list of 获聘
(区鉷（民进）: a surname the table lacks, a rare character read in an extension block), the
letters of appointment handed to two groups of newly appointed written 新聘任的, a body's
announcement (国务院宣布，X兼任A) and a 任免通知's (X正式出任A, X和Y不再担任A一职，分别出任B和C), a
passive appointment with its day between, a body's short name in parentheses. A development-corpus
text is read whole (tests/conftest.py); a fresh page by a cut with its address."""

from __future__ import annotations

from kg.extract import names
from kg.extract.appointments import _is_held_title, _subject_first
from tests.conftest import cut_records, devcorpus_records, personnel_changes


def changes(records) -> list[tuple]:
    return personnel_changes(records, "form")


def test_names_a_party_note_marks_are_read_in_a_list_of_the_hired():
    # devcorpus HA-25 (https://www.sofeveq.xyz/news/info/2161/637911.htm, line 4): 徐遠通(無黨派)、
    # 區鉷(民進)、羅斯寧(民盟)、黃文杰(無黨派)獲聘省文史研究館館員 — the clause was a warning: 区 is no
    # surname of the table and 鉷 reads 𫟹, outside the basic block
    found = [c for c in changes(devcorpus_records("HA-25")) if c[3] == "館員"]
    assert found == [
        (person, "appoint", "省文史研究館", "館員", "获聘")
        for person in ("徐遠通", "區鉷", "羅斯寧", "黃文杰")
    ]
    # the serving members listed after it (其他在任的…是毛蘊詩(民建)…) are a status, not read
    assert not [c for c in changes(devcorpus_records("HA-25")) if c[0] == "毛蘊詩"]


def test_a_name_with_its_note_and_its_near_forms():
    assert names.noted_names("徐远通(无党派)、区𫟹(民进)", _is_held_title) == ["徐远通", "区𫟹"]
    # a level word and a post are no names, noted or not; every item needs its note
    assert names.noted_names("区长(女)", _is_held_title) == []
    assert names.noted_names("区𫟹(民进)、罗斯宁", _is_held_title) == []
    assert names.noted_names("区𫟹", _is_held_title) == []


def test_letters_handed_to_two_groups_of_the_newly_appointed_written_in_full():
    # https://163qymail.com/n1/2024/0708/c415581-40273430.html (a 新华社 report in traditional
    # script): the 國務院參事 and the 中央文史研究館館員, joined by 和, after 新聘任的
    records = cut_records(
        "6月26日,中共中央政治局常委、國務院總理李強向新聘任的國務院參事劉實、常繼樂、李卓彬、尹中立、"
        "盧琦、張平、劉衛東和中央文史研究館館員孫曉云、張平、趙汀陽、榮新江、萬建中頒發聘書。"
    )
    found = [(c[0], c[2], c[3]) for c in changes(records)]
    assert found == [
        *(
            (p, "國務院", "參事")
            for p in ("劉實", "常繼樂", "李卓彬", "尹中立", "盧琦", "張平", "劉衛東")
        ),
        *((p, "中央文史研究館", "館員") for p in ("孫曉云", "張平", "趙汀陽", "榮新江", "萬建中")),
    ]


def test_a_state_councils_announcement_gives_its_subject_first_statements():
    # devcorpus HA-26 (https://www2.hkej.com/landing/articleprint/id/1809882, lines 6 and 9, a Hong
    # Kong newspaper): 國務院昨天宣布, X兼任A, 以及 (a post held before) Y擔任B — the clause after
    # the announcement is the decision announced; the short name in parentheses is no part of the
    # post; 其中較矚目的還有任命… singles out one of the decisions a report counts
    records = cut_records(
        "國務院昨天宣布,中部戰區第81集團軍政委方永祥兼任退役軍人事務部(簡稱退役部)副部長,以及原國務院"
        "法制辦副主任錢鋒擔任退役部副部長。至此,退役部形成「一正兩副」領導層架構。\n"
        "昨天國務院集中發布了百餘名省部級官員的任免消息,其中較矚目的還有任命許甘露為公安部副部長、"
        "國家移民管理局局長,任命孫力軍為公安部副部長。\n"
    )
    assert personnel_changes(records, "decided_by", "form") == [
        ("方永祥", "appoint", "退役軍人事務部", "副部長", "國務院", "兼任"),
        ("錢鋒", "appoint", "退役部", "副部長", "國務院", "担任"),
        ("許甘露", "appoint", "公安部", "副部長", "國務院", "任命"),
        ("許甘露", "appoint", "國家移民管理局", "局長", "國務院", "任命"),
        ("孫力軍", "appoint", "公安部", "副部長", "國務院", "任命"),
    ]
    # the same statements with no announcement before them, in a text of no 任免: not read
    unannounced = cut_records(
        "中部戰區第81集團軍政委方永祥兼任退役軍人事務部(簡稱退役部)副部長,以及原國務院法制辦副主任"
        "錢鋒擔任退役部副部長。\n"
    )
    assert personnel_changes(unannounced) == []


def test_an_announcement_by_a_body_that_is_no_state_organ_is_not_read():
    # http://www.da-lei.com.tw/?p=6358 (a Taiwanese cabinet reshuffle, traditional script): 行政院
    # and a spokesman announce; no state body the extractor reads decides, nothing is read
    records = cut_records(
        "行政院今天宣布5位首長人事異動,新任外交部長為吳釗燮、新任國防部長為嚴德發、新任陸委會主委為"
        "陳明通、新任勞動部長許銘春、新任退輔會主委邱國正。\n"
        "國安人事也傳異動,總統府發言人黃重諺宣布,現任總統府秘書長吳釗燮將接任外交部長一職,新任秘書長"
        "將另有安排,在人選確定前,由總統府副秘書長劉建忻代理。而現任國安會秘書長嚴德發將接任國防部長,"
        "新任秘書長由外交部長李大維接任;前雲林縣財政局長陳錦稷將擔任國安會諮委。\n"
    )
    assert personnel_changes(records) == []


def test_a_notice_of_appointments_states_who_comes_in_and_who_goes_out():
    # devcorpus HA-27 (文汇网, http://sp.wenweipo.com/opencc/index.php?url=…IN1505190011.htm,
    # line 13): the 任免通知 明确 (a notice stating, not a career told after 此前), X正式出任A, X和Y
    # 不再担任A一职, 分别出任B和C (one post each, in order; the rank in parentheses dropped)
    records = cut_records(
        "此前的4月24日的任免通知正式明确,国务院副秘书长「一进二出」,陕西省委原常委江泽林正式出任国务院"
        "副秘书长,与此同时,张勇和毕井泉不再担任国务院副秘书长一职,分别出任国家发改委副主任(正部长级)"
        "和国家食品药监局局长。\n"
    )
    assert personnel_changes(records, "form") == [
        ("江泽林", "appoint", "国务院", "副秘书长", "出任"),
        ("张勇", "remove", "国务院", "副秘书长", "不再担任"),
        ("毕井泉", "remove", "国务院", "副秘书长", "不再担任"),
        ("张勇", "appoint", "国家发改委", "副主任", "出任"),
        ("毕井泉", "appoint", "国家食品药监局", "局长", "出任"),
    ]


def test_a_career_told_with_the_same_verbs_is_not_read():
    # https://m.uibq.com/ask/822814GWq9A0mZq (2023 国务院组成部门, a copy with names cut): a career
    # (2015年8月…出任, 担任过) is no decision; 吴还担任过国务院秘书长 gave «吴还» 秘书长 of «过国务院»
    records = cut_records(
        "在这26人中,国防部长李、公安部部长王晓红、外交部部长秦刚同时担任国务委员。另外两个是吴和。"
        "吴还担任过国务院秘书长。\n"
        "原国家发展和改革委员会主任何被任命为中共中央政治局委员、国务院副总理。\n"
        "2015年8月,郑栅洁出任国家能源局副局长、党组成员。2017年4月调任国台办副主任。\n"
    )
    assert [c for c in personnel_changes(records) if c[0] in ("吴还", "郑栅洁")] == []
    assert _subject_first("吴还担任过国务院秘书长", strict=False) is None


def test_a_passive_appointment_with_its_day_between():
    # devcorpus HA-33 (http://news.sohu.com/20120728/n349232871.shtml, line 8): 刘晓凯已于25日被任命
    # 为省委统战部部长 — a party post, no state decider
    records = cut_records(
        "会议还接受刘晓凯辞去贵州省副省长职务的请求。刘晓凯已于25日被任命为省委统战部部长。\n"
    )
    assert personnel_changes(records, "decided_by")[1:] == [
        ("刘晓凯", "appoint", "省委统战部", "部长", None)
    ]


def test_a_bodys_short_name_in_parentheses_is_no_part_of_the_post():
    # http://m.mnw.cn/news/china/2249954.html (央视新闻, 2020-02-13): 国务院港澳事务办公室(港澳办)主任
    records = cut_records(
        "就国务院公布由全国政协副主席夏宝龙兼任国务院港澳事务办公室(港澳办)主任职务,行政长官林郑月娥"
        "今日(2月13日)发表以下声明∶\n"
    )
    assert personnel_changes(records) == [("夏宝龙", "appoint", "国务院港澳事务办公室", "主任")]
