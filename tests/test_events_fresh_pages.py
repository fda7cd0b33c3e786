"""Events of fresh pages (probe 6, mine 2) that published a wrong fact: a posting date in the address
dating a yearbook's chronicle of another year, meetings folded into one event, a verb of the next
person given to a list, a name cut by a line break, a preparatory meeting taken for the session.

The fixtures are cuts of the real pages, their address on line 1: neimenggu-yearbook (the volume
line and the first three entries), huainan-chronicle (the heading and the entries of 1日),
mianxian-chronicle (the heading and the entries of 7日 to 16日), suixi-town-sessions (the first two
towns), huian-session-opening (the opening and the rostrum), keyouzhongqi-chronicle (the heading
and the entry of 4月15日 whose line breaks inside a name), npc-preparatory-meeting (the first
paragraphs), changzhou-livelihood-vote (its first paragraph)."""

from __future__ import annotations

from kg.extract import extract_source
from kg.text.source import read
from tests.conftest import FIXTURES, records_of


def _events(name: str) -> list:
    return records_of(extract_source(read(FIXTURES / "events" / name)), "event")


def _people(event) -> list[tuple[str, str | None]]:
    return [(p.name, p.attendance) for p in event.participants]


def test_a_yearbooks_chronicle_is_not_dated_by_the_day_its_page_was_posted():
    # …/2018juan/dashiji/2020-02-10/17880.html over "2018卷" (2017's events: 1日 2017年自治區…): the
    # entries were dated 2020-02-01, 2020-02-06…09, 2020-02-07…09 (date_from "page"). The page
    # tells neither their month nor their year: they stand undated.
    events = _events("neimenggu-yearbook-2018-chronicle-trad-cut.txt")
    assert len(events) == 3
    assert [(e.date, e.end_date, e.month_day, e.date_from) for e in events] == [
        (None, None, None, None)
    ] * 3
    assert _people(events[0]) == [("布小林", "主持"), ("劉新樂", "出席"), ("張華", "出席")]


def test_undated_paragraphs_under_a_days_entry_that_hold_meetings_are_events_of_their_own():
    # 1日 …前往壽縣小甸鎮開展“七一”主題黨日活動 / 2022年第三批全省重大項目開工動員會…在合肥召開 /
    # 市委人才工作領導小組會議在市政務中心召開 / 市委書記任澤鋒主持召開市疫情防控工作領導小組(擴大)會議:
    # one event of four lines, 王啟超 published at the 壽縣 visit he was not at.
    events = _events("huainan-chronicle-2022-07-trad-cut.txt")
    assert [(e.source.start_line, e.source.end_line) for e in events] == [
        (3, 3),
        (4, 4),
        (5, 5),
        (6, 6),
    ]
    assert events[0].title == "前往壽縣小甸鎮(zhèn)開展“七一”主題黨日活動(dòng)"
    assert "王啟超" not in {p.name for p in events[0].participants}
    assert events[2].title == "市委人才工作領(lǐng)導(dǎo)小組會(huì)議"  # its first character kept
    assert ("王啟超", "出席") in _people(events[2])


def test_a_line_marked_with_a_reference_mark_is_an_entry_of_the_same_day():
    # ※ lines of a 大事记: 10日 贾庆林来勉考察,马大勇陪同。 / ※ 封加平率队来勉调研…,县长马仕强陪同… /
    # ※ 马大勇主持召开县脱贫攻坚领导小组第9次会议: one event (马仕强 陪同 贾庆林, 封加平 at his visit);
    # 16日 马大勇参加全市…表彰大会 / ※ 县长马仕强主持召开县政府脱贫攻坚专题会: 马仕强 presided the city's 大会.
    events = _events("mianxian-chronicle-2020-10-cut.txt")
    by_line = {e.source.start_line: e for e in events}
    assert _people(by_line[8]) == [("贾庆林", "来"), ("马大勇", "陪同")]
    assert (by_line[9].date, _people(by_line[9])) == (
        "2020-10-10",
        [("封加平", "率队"), ("马仕强", "陪同")],
    )
    assert (by_line[10].title, by_line[10].date) == ("县脱贫攻坚领导小组第9次会议", "2020-10-10")
    assert _people(by_line[15]) == [("马大勇", "参加")]
    assert (by_line[16].date, _people(by_line[16])) == ("2020-10-16", [("马仕强", "主持")])


def test_two_towns_sessions_of_one_name_and_day_are_two_events():
    # 洋青鎮召開第十八屆人民代表大會第一次會議。…蘇琛,…陳林英到會指導 / 北坡鎮召開第十八屆…(the same name and
    # days)。…何江,…姚德到會指導: one event carried the four guests.
    events = _events("suixi-town-sessions-2021-09-trad-cut.txt")
    assert [(e.source.start_line, e.month_day, _people(e)) for e in events] == [
        (4, "--09-22", [("蘇琛", "到會"), ("陳林英", "到會")]),
        (6, "--09-22", [("何江", "到會"), ("姚德", "到會")]),
    ]


def test_a_verb_that_describes_the_next_person_is_not_the_lists():
    # 大会执行主席庄稼祥、…、刘宗斌,列席会议的县委副书记、代县长黄育奇在主席台前排就座: the eleven were
    # given 列席, which is 黄育奇's alone.
    (event,) = _events("huian-session-opening-cut.txt")
    assert _people(event) == [("黄育奇", "就座")]


def test_a_name_broken_by_a_line_after_a_title_ending_in_a_surname():
    # …旗疫情工作总指挥长王 / 海英主持召开…调度会: 长王海英 (title …总指挥) and a second 王海英.
    (event,) = _events("keyouzhongqi-chronicle-2024-04-cut.txt")
    assert [(p.name, p.role, p.attendance) for p in event.participants] == [
        ("王海英", "旗委副书记、旗长、旗疫情工作总指挥长", "主持")
    ]


def test_a_preparatory_meeting_held_by_a_session_is_titled_as_such():
    # 第十三屆全國人民代表大會第一次會議4日上午在人民大會堂舉行預備會議。…張德江主持會議: the session
    # opened on 3月5日 under its presidium; 張德江 presided the preparatory meeting of the 4th.
    (event,) = _events("npc-preparatory-meeting-2018-03-trad-cut.txt")
    assert (event.title, event.date) == ("第十三届全国人民代表大会第一次会议预备会议", "2018-03-04")
    assert _people(event) == [("張德江", "主持")]


def test_who_speaks_at_a_gathering_held_after_the_event_is_not_at_the_event():
    # changzhou-livelihood-vote (probe 6 minsheng-01, its first paragraph): 常州市十七届人大三次会议票决
    # 通过…民生实事项目。大会闭幕后,市政府新闻办召开新闻发布会,…常务副市长李林介绍…: 李林 was published at
    # the vote (介绍); he spoke at the press conference after it, an event of its own.
    records = extract_source(
        read(FIXTURES / "events" / "changzhou-livelihood-vote-2024-01-cut.txt")
    )
    assert [(e.title, e.date, _people(e)) for e in records_of(records, "event")] == [
        ("新闻发布会", "2024-01-18", [("李林", "介绍")])
    ]


def test_a_chronicles_entries_of_a_day_alone_take_no_month_from_the_address():
    # The same page cut to two entries without its volume line (1日 …, 6—9日 …): the address says
    # when the page was posted (2020-02-10), not the month of entries that give only their day.
    events = _events("neimenggu-yearbook-chronicle-entries-trad-cut.txt")
    assert [(e.date, e.month_day) for e in events] == [(None, None), (None, None)]


def test_a_date_inside_a_longer_run_of_digits_in_the_address_dates_a_report():
    # H-18 (…/html/fzgg00200220170828161c7285-….html, 8月15日 … 8月21日 under no year): the run of
    # digits holds one date, 2017-08-28, and the text's first day falls in the weeks before it.
    from tests.conftest import devcorpus_path

    events = records_of(extract_source(read(devcorpus_path("H-18"))), "event")
    assert events and all(e.date and e.date.startswith("2017-08-") for e in events)
    assert ("2017-08-15", "page") in {(e.date, e.date_from) for e in events}


def test_people_named_before_a_collective_of_the_four_leaderships_share_its_verb():
    # district-standing-committee (mine 2 020, its first paragraph): 区委副书记、区长尤宇川主持会议并讲话,
    # 区人大常委会主任周俊雄、区政协主席叶水山等区四套班子领导,…参加: only 尤宇川 was read.
    (event,) = _events("district-standing-committee-2024-12-cut.txt")
    assert _people(event) == [("尤宇川", "主持"), ("周俊雄", "参加"), ("叶水山", "参加")]


def test_a_meeting_presided_on_anothers_behalf_is_titled_by_its_name():
    # huangshi-executive-meeting-entrusted (probe 6 huiyi-02, its first paragraph): 14日,受市委副书记、
    # 市长吴之凌委托,…何运平主持召开市政府第29次常务会议,审议…: the whole sentence was the title.
    (event,) = _events("huangshi-executive-meeting-entrusted-cut.txt")
    assert event.title == "市政府第29次常务会议"


def test_a_presider_seated_on_the_rostrum_before_is_the_presider():
    # shuicheng-session-rostrum (mine 2 008, the opening to 主持): 大会执行主席…蔡盛周…在主席台前排就座 /
    # 大会由主席团常务主席、执行主席蔡盛周主持: he kept the first verb read, 就座.
    (event,) = _events("shuicheng-session-rostrum-cut.txt")
    people = dict(_people(event))
    assert (people["蔡盛周"], people["张志祥"]) == ("主持", "就座")
