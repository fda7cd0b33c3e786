"""Events of probe 8's fresh pages: wrong participants found there (issue 12).

- A clause of an earlier time (去年10月,淄博市市長徐景顏率團到臺中考察, told in a speech at the 會見
  of 2014-03-18) gave its group to the event.
- 主持 a branch venue (崔洪刚主持济宁分会场会议) was read as chairing the province's teleconference.
- A verb opening the topic of 对 (…在会上对推进各自分工负责的重点工作…,分别谈了打算设想) was read
  as the part seven vice-mayors took in the 市长办公会.
- 即 (at once) was kept at a name's end (市長孫勇即主持召開… → 孫勇即), and the event was titled by
  the clause before the meeting (市八屆人大一次會議剛閉幕,…), not the meeting held (…部署會).

The fixtures are cuts of the real pages, their address on line 1: zibo-taichung-visit (lines 1-5 and
10-12 of the page), jining-chronicle (lines 1, 2, 6, 10-14, 24, 30-31), kislak-work-report-meeting
(the whole page)."""

from __future__ import annotations

from kg.extract import extract_source
from kg.text.source import read
from tests.conftest import FIXTURES, records_of


def _events(name: str):
    return records_of(extract_source(read(FIXTURES / "events" / name)), "event")


def _people(event) -> list[tuple[str, str | None, str]]:
    return [(p.name, p.role, p.attendance) for p in event.participants]


def test_a_group_in_a_clause_of_last_year_takes_no_part_in_the_event():
    # It gave 徐景顏 (淄博市市長) the part «率» in the 會見 of 2014-03-18: a trip to 臺中 of 去年10月.
    events = _events("zibo-taichung-visit-2014-03-trad-cut.txt")
    assert [(e.date, e.title) for e in events] == [("2014-03-18", "會見了黃國榮一行")]
    assert _people(events[0]) == [
        ("周清利", "淄博市委書記、市人大常委會主任", "會見"),
        ("李樹民", "淄博市副市長", "參加"),
        ("曹曉武", "山東省臺辦副主任", "參加"),
    ]


def test_chairing_a_branch_venue_and_a_topic_after_dui_are_no_part_taken():
    events = _events("jining-chronicle-2009-02-cut.txt")
    assert [(e.month_day, e.title) for e in events] == [
        ("--02-01", "市长办公会"),
        ("--02-04", "全省安全生产工作电视会议"),
    ]
    # 副市长崔洪刚、侯端敏…江成在会上对推进…重点工作…,分别谈了打算设想: no «推进» of the meeting
    assert _people(events[0]) == [("张振川", "市委副书记、市长", "主持")]
    # 崔洪刚主持济宁分会场会议: he chaired the local venue, not the teleconference
    assert _people(events[1]) == [("张振川", "市委副书记、市长", "出席")]


def test_ji_at_once_after_a_name_ends_it():
    events = _events("kislak-work-report-meeting-2022-01-trad.txt")
    # titled by the meeting held (主持召開…部署會), not the clause of the session just closed before it
    assert [(e.month_day, e.title) for e in events] == [
        ("--01-15", "2022年市《政府工作報告》目標任務分解動員部署會")
    ]
    assert _people(events[0])[0] == ("孫勇", "市委副書記、市長", "主持")
    assert len(events[0].participants) == 10
