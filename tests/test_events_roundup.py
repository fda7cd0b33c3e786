"""Events of a round-up of reports, each under its headline: a report opened by an official, then
the day (省长徐守盛17日下午在兰州会见了…), and the headline over the next report, which is no part
of the report before it."""

from __future__ import annotations

from kg.extract import extract_source
from tests.conftest import devcorpus_text


def _events(source):
    return [r for r in extract_source(source) if r.kind == "event"]


def test_reports_opened_by_an_official_then_the_day_under_their_headlines():
    # devcorpus I-01 (https://www.gov.cn/gzdt/2007-09/17/content_753022.htm): 吉姆·多尔, met on
    # the 17th in the fourth report, was published as taking part in the second report's visit of
    # 9月10日至15日 (one item ran on over the headlines and reports after it); that visit is 向巴平措's
    # alone (a name of four, read since round 12)
    events = _events(devcorpus_text("I-01"))
    found = [
        (e.date, e.end_date, [(p.role, p.name, p.attendance) for p in e.participants])
        for e in events
    ]
    assert found == [
        (
            "2007-09-10",
            "2007-09-15",
            [("西藏自治区党委副书记、自治区主席", "向巴平措", "深入")],
        ),
        (
            "2007-09-17",
            None,
            [
                ("甘肃省委副书记、省长", "徐守盛", "会见"),
                ("中国电信集团公司总经理", "王晓初", "会见"),
            ],
        ),
        (
            "2007-09-17",
            None,
            [
                ("黑龙江省委副书记、省长", "张左己", "会见"),
                ("美国威斯康星州州长", "吉姆·多尔", "会见"),
            ],
        ),
    ]
    assert [e.source.start_line for e in events] == [8, 10, 13]  # not their headlines above
    assert all(e.source.end_line not in (9, 12) for e in events)


def test_a_meeting_whose_name_gives_its_year_dates_the_day_of_the_item():
    # devcorpus J-08 (https://www.fzmq.gov.cn/xjwz/zwgk/zdhy/cwhy/202512/t20251230_5263811.htm):
    # 9月25日晚上,陈禺县长主持召开县十八届政府2025年党组会议和第21次常务会议, put up on 30 December:
    # the text tells no year but the meeting's name (the page's date is three months later)
    text = devcorpus_text("J-08")
    (event,) = _events(text)
    assert event.title == "县十八届政府2025年党组会议和第21次常务会议"
    assert (event.date, event.date_from, event.month_day) == ("2025-09-25", "entry", None)
    assert [(p.role, p.name, p.attendance) for p in event.participants] == [
        ("县长", "陈禺", "主持")
    ]


def test_a_chronicle_of_numbered_entries_each_opened_by_its_date():
    # devcorpus J-09 (https://www.shiquan.gov.cn/Content-2824648.html): 1.4月28日,… was read as
    # the decimal 1.4 and the whole 大事记 was kept unread; no year is told, so no date is given
    events = _events(devcorpus_text("J-09"))
    assert [(e.date, e.month_day, e.end_month_day) for e in events][:2] == [
        (None, "--04-28", None),
        (None, "--04-28", "--04-30"),
    ]
    assert len(events) == 6  # 3. and 6. name no official, 9. is cut
    first = [(p.role, p.name, p.attendance) for p in events[0].participants]
    assert first == [
        ("县委副书记、县长", "杨利", "调研"),
        ("县政府副县长", "王善武", "参加"),
        ("经开区管委会主任", "王全波", "参加"),  # the organ opens with 经: not cut to 开区…
    ]


def test_a_dotted_name_ends_before_the_verb_that_closes_its_clause():
    # devcorpus J-03 (新疆日报 item on https://cabb123.com/2cab5a332b00b4c8185b85cacff9c6cc9/c.html):
    # 自治区人大常委会主任祖木热提·吾布力主持会议。 was read as one name 祖木热提·吾布力主持会议 and no
    # event was recorded; the page's date line (2023 12/23 13:13:41) gives the year (round 14)
    (event,) = _events(devcorpus_text("J-03"))
    assert event.title == "自治区十四届人大常委会第七次会议"
    assert (event.date, event.month_day) == ("2023-12-22", None)
    assert [(p.role, p.name, p.attendance) for p in event.participants] == [
        ("自治区人大常委会主任", "祖木热提·吾布力", "主持")
    ]
