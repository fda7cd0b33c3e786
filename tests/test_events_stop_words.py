"""Participants on fresh pages (probe 5, 2026-12-07): a word of manner before the verb is no part of
a name, and a word that stops a role on its left may open the role's own organ or place."""

from __future__ import annotations

from kg.extract import extract_source
from kg.text.source import read
from tests.conftest import FIXTURES, devcorpus_text, records_of


def _participants(source):
    return [
        (p.name, p.role, p.attendance)
        for e in records_of(extract_source(source), "event")
        for p in e.participants
    ]


def test_a_standing_attendance_is_no_part_of_the_name():
    # 黑山 县政府第七次常务会议 (willonit.com mirror): "县人大常委会副主任张贵、县政协副主席徐冰常务列席会议":
    # 常务列席 is how they attend (as 固定列席); the name was published as 徐冰常务.
    found = _participants(read(FIXTURES / "events" / "heishan-executive-meeting-cut.txt"))
    assert ("张贵", "县人大常委会副主任", "列席") in found
    assert ("徐冰", "县政协副主席", "列席") in found
    assert not any(name.endswith("常务") for name, _, _ in found)


def test_an_organ_that_opens_with_a_word_that_stops_roles_is_read_whole():
    # 黄冈 2023-10-26 (hywtqc.cn, traditional script with inserted pinyin): "市政協(xié)副主席、黃岡市臨空
    # 經(jīng)濟區黨工委書(shū)記周銀芝出席": 經 (经 of 经…批准) opens 經濟區 here; the role was cut after it
    # (濟區黨工委書記). The pinyin is not what cut it: the reading leaves it out.
    found = _participants(read(FIXTURES / "events" / "huanggang-projects-start-2023-10-trad.txt"))
    roles = {name: role for name, role, _ in found}
    assert roles["周銀芝"] == "市政協(xié)副主席、黃岡市臨空經(jīng)濟區黨工委書(shū)記"
    assert roles["夏志東"] == "市政協(xié)副主席、黃州區委書(shū)記"
    # B-12 (连云港 政府大事记 2007年5月): "会见了以以色列化工集团首席执行官、常务副总裁尼森·阿达先生为首的
    # 客人一行": 以 of 以…为首, then 以色列, the country the organ's name opens with (not read because
    # the character is written twice: a single 以 before 以色列, 会见了以色列…, is the same grammar).
    roles = {
        p.name: p.role
        for e in records_of(extract_source(devcorpus_text("B-12")), "event")
        for p in e.participants
    }
    assert roles["尼森·阿达"] == "以色列化工集团首席执行官、常务副总裁"


def test_a_report_credited_to_an_agency_then_opened_by_an_official_and_the_day():
    # 沈阳今报 on sina, 2003-09-03: "据新华社 国务院总理温家宝9月2日主持召开国务院常务会议。": the credit
    # (据新华社), then the official and the day with its month, gave no event (the month was read as
    # a count of people after the name, 9 人, and the credit stopped the item's lead).
    events = records_of(
        extract_source(read(FIXTURES / "events" / "sina-state-council-meeting-2003-09.txt")),
        "event",
    )
    assert [(e.date, e.title) for e in events] == [("2003-09-02", "国务院常务会议")]
    assert [(p.name, p.role, p.attendance) for p in events[0].participants] == [
        ("温家宝", "国务院总理", "主持")
    ]


def test_an_organ_then_the_day_then_the_meeting_it_held_opens_an_item():
    # 文汇报 (whb.cn, 2018-12-26): "上海市政府今天(12月26日)举行全体会议,…。上海市委副书记、市长应勇主持
    # 会议并强调,…" / "上海市领导周波、翁铁慧、…龚道安出席会议并作审议发言。": the organ, then the day,
    # then the meeting held, gave no item (the meeting is named after its verb, not before the day).
    (event,) = records_of(
        extract_source(read(FIXTURES / "events" / "shanghai-government-plenary-2018-12-cut.txt")),
        "event",
    )
    assert (event.date, event.month_day) == (None, "--12-26")  # the cut tells no year
    assert event.title == "上海市政府今天(12月26日)举行全体会议"
    assert [(p.name, p.attendance) for p in event.participants] == [
        ("应勇", "主持"),
        ("周波", "出席"),
        ("翁铁慧", "出席"),
        ("吴清", "出席"),
        ("许昆林", "出席"),
        ("彭沉雷", "出席"),
        ("陈群", "出席"),
        ("龚道安", "出席"),
    ]
    assert event.participants[0].role == "上海市委副书记、市长"


def test_groups_of_officials_parted_by_a_semicolon_share_the_verb_after_the_last():
    # 兴宁 一月大事记 (paris-si.com mirror, traditional script with inserted pinyin): "6日,…啟動儀式。副省長
    # 劉昆、…,副市長鄧建華;主持興寧市委全面工作的副書記、市長陳略宇,以及…負責(zé)同志出席了啟動儀式。": the
    # eight before the semicolon took part too; only 陳略宇 was read.
    events = records_of(
        extract_source(read(FIXTURES / "events" / "xingning-chronicle-january-trad-cut.txt")),
        "event",
    )
    (launch,) = [e for e in events if e.title.endswith("啟動儀式")]
    assert [(p.name, p.attendance) for p in launch.participants] == [
        ("劉昆", "出席"),
        ("顏學(xué)亮", "出席"),
        ("黃柏青", "出席"),
        ("戴運龍", "出席"),
        ("李嘉", "出席"),
        ("朱澤君", "出席"),
        ("葉勝坤", "出席"),
        ("鄧建華", "出席"),
        ("陳略宇", "出席"),
    ]
    assert launch.participants[-1].role == "副書記、市長"
