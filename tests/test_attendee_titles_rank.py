"""Attendee titles (kg/data/attendee_titles.txt): a military rank before a name (少将) is a title as
any other, so a list of those present does not break at it."""

from __future__ import annotations

from pathlib import Path

from kg.extract import extract_source
from kg.text.source import read

FIXTURES = Path(__file__).parent / "fixtures"


def test_a_major_general_before_his_name_is_one_of_those_present():
    # 兴宁 一月大事记 (http://paris-si.com/thread-2325-1-1.html, cut: 4日 and 6日), the 4日 座谈会:
    # "副省長劉志庚,…,原廣州空軍裝備部少將林紹新,原華南理工大學(xué)校長劉煥彬,…等參加了座談會": the list was
    # read from 劉煥彬 on, the four before it and 林紹新 lost
    records = extract_source(read(FIXTURES / "events" / "xingning-chronicle-january-trad-cut.txt"))
    events = [r for r in records if r.kind == "event" and r.title.endswith("座談會")]
    (meeting,) = events
    names = [p.name for p in meeting.participants]
    assert names[:5] == ["劉志庚", "黃浩", "肖耀堂", "林紹新", "劉煥彬"]
    assert len(names) == 8
    assert meeting.participants[3].role == "原廣州空軍裝備部少將"
