"""Events of held-out round 11 (O), read after it joined the development corpus, and the titles of
meeting news they led to."""

from __future__ import annotations

from kg.extract import extract_source
from tests.conftest import devcorpus_text, records_of


def test_a_meeting_with_a_guest_is_titled_by_its_verb_and_the_guest():
    # O-22 (信阳 e-paper, 2011, the year in the address): "8月30日上午,市长郭瑞民在市行政中心亲切会见了
    # 中国港中旅集团公司副总经理许慕韩一行,双方就…进行了深入交流和沟通。": the title was the whole
    # sentence; the meeting is the 会见 clause, without who met, where and how (as the gold titles
    # of D-03, J-07, B-12 and R-01 have it). 张春香 "会见时在座" takes part in it.
    events = records_of(extract_source(devcorpus_text("O-22")), "event")
    assert [(e.date, e.title) for e in events] == [
        ("2011-08-30", "会见了中国港中旅集团公司副总经理许慕韩一行")
    ]
    assert [p.name for p in events[0].participants] == ["郭瑞民", "许慕韩", "张春香"]


def test_the_title_of_a_meeting_with_a_guest_in_a_chronicle_entry():
    # B-12 (连云港 政府大事记 2007年5月): "9日,市长刘永忠会见了日本佐贺市市长…率领的综合代表团一行。
    # 市人大常委会主任宋开智,副市长凌迎兵陪同会见。" and R-01's "…等会见并宴请了由…率领的摩洛哥代表团":
    # the meeting's words, as their gold; "陪同会见" names no guest and titles nothing.
    titles = {e.title for e in records_of(extract_source(devcorpus_text("B-12")), "event")}
    assert "会见了日本佐贺市市长秀岛敏行、议会长福井久南率领的综合代表团一行" in titles
    assert not any(t.startswith("陪同") for t in titles)
    titles = {e.title for e in records_of(extract_source(devcorpus_text("R-01")), "event")}
    assert (
        "会见并宴请了由摩洛哥青年和体育大臣阿曼·穆维萨先生和阿加迪尔市市政委员会主席穆罕默德·渥里格先生"
        "率领的摩洛哥代表团"
    ) in titles


def test_how_long_a_session_lasted_and_the_time_of_day_are_no_part_of_its_name():
    # K-05 (npc.gov.cn): "1月8日,为期两天的自治区九届人大常委会第七次会议圆满完成各项议程,于今天下午在拉萨闭
    # 幕。" and A-48 (sohu, 2007): "为期三天半的广东省十届人大常委会第二十九次会议于昨日闭幕。": titled by the
    # meeting's name, as K-05's gold has it (the whole clause, and 为期…的, were kept before)
    (event,) = records_of(extract_source(devcorpus_text("K-05")), "event")
    assert event.title == "自治区九届人大常委会第七次会议"
    (event,) = records_of(extract_source(devcorpus_text("A-48")), "event")
    assert (event.date, event.title) == ("2007-01-25", "广东省十届人大常委会第二十九次会议")


def test_a_guests_organ_that_opens_with_the_word_before_it_is_read_whole():
    # B-12 (连云港 政府大事记 2007年5月): "△副市长施炎会见了以以色列化工集团首席执行官、常务副总裁尼森·
    # 阿达先生为首的客人一行": 以 of 以…为首 stops the role on its left, and the second 以 was taken
    # for it too, so the role was published as 色列化工集团…; now as the gold has it.
    events = records_of(extract_source(devcorpus_text("B-12")), "event")
    roles = {p.name: p.role for e in events for p in e.participants}
    assert roles["尼森·阿达"] == "以色列化工集团首席执行官、常务副总裁"
    assert roles["施炎"] == "副市长"


def test_a_visit_is_titled_by_what_the_official_who_opens_it_went_to_do():
    # B-10 (岳阳 大事记 2018年8月): "省委书记杜家毫到岳阳市调研", "…张涛率督查组一行到岳阳市督查调研矮围
    # 整治和“空心房”整治情况": the titles were the whole clause; now, as the gold, the visit without who
    # made it and whom they led. A clause that only says where they went titles nothing of its own.
    titles = [e.title for e in records_of(extract_source(devcorpus_text("B-10")), "event")]
    assert "到岳阳市调研" in titles
    assert "到岳阳市督查调研矮围整治和“空心房”整治情况" in titles
    assert "到岳阳市专题调研产业项目建设" in titles  # 省发改委主任胡伟林率调研组到…
    # V-07 (惠州 仲恺, 2016): "…杨鹏飞带队调研我区重点项目建设并现场办公,现场察看…"
    (event,) = records_of(extract_source(devcorpus_text("V-07")), "event")
    assert event.title == "调研我区重点项目建设并现场办公"


def test_a_visit_told_after_several_officials_or_by_what_it_was_on():
    # B-09 (济宁 政府大事记 2007年5月): "市委副书记、市长张振川,市委常委、政法委书记步士金,副市长韩军等走访
    # 慰问公安干警": the officials are groups parted by commas, then 等; B-11 (长沙 开福区 2021年7月):
    # "开福区委副书记、代区长高伟就区税务工作开展调研". Titled as their gold.
    titles = [e.title for e in records_of(extract_source(devcorpus_text("B-09")), "event")]
    assert "走访慰问公安干警" in titles
    assert "到济宁日报社考察指导工作" in titles
    titles = [e.title for e in records_of(extract_source(devcorpus_text("B-11")), "event")]
    assert "就区税务工作开展调研" in titles


def test_a_news_agencys_dateline_before_the_meeting_held_is_no_part_of_its_title():
    # S-05 (辽宁 2007, traditional script): "據中新網瀋陽22日電:12月22日上午,遼寧省十屆人大常委會第三十五次
    # 會議在瀋陽召開": the dateline and its colon stood before the meeting's name in the title
    titles = [e.title for e in records_of(extract_source(devcorpus_text("S-05")), "event")]
    assert titles == ["遼寧省十屆人大常委會第三十五次會議"]


def test_a_meeting_that_needs_its_organ_is_titled_by_the_clause_not_the_sentence():
    # X-04 (山西 2023): "山西省委常委会召开扩大会议,传达学习党的二十届二中全会精神,…" and R-01's
    # "市科协举行成立40周年座谈会,市委副书记朱报春到会并讲话,…": 扩大会议 and 成立40周年座谈会 need
    # the organ before the verb, so the clause is the title, as their gold (the sentence was).
    titles = [e.title for e in records_of(extract_source(devcorpus_text("X-04")), "event")]
    assert "山西省委常委会召开扩大会议" in titles
    titles = [e.title for e in records_of(extract_source(devcorpus_text("R-01")), "event")]
    assert "市科协举行成立40周年座谈会" in titles
