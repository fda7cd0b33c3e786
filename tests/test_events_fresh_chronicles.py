"""Events of fresh chronicle and meeting pages (/tmp/events3, judged by hand) that published a wrong
fact: a day inside a dated entry read against the page's posting date (宿松 1995: 9日 → 1995-01-09),
ranges of days written with a box-drawing dash run into the entry above (庆元 1989: 1月11─14日), an
escort read as the visitor (蕉嶺: 在副省長歐廣源,…等陪同下), a note's figure read into a role (三和镇:
…台阶。1 / 镇党委书记王纯).

The fixtures are cuts of the real pages, their address on line 1 (what each keeps is said there)."""

from __future__ import annotations

from kg.extract import extract_source
from kg.text.source import read
from tests.conftest import FIXTURES, records_of


def _events(name: str) -> list:
    return records_of(extract_source(read(FIXTURES / "events" / name)), "event")


def _people(event) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.role, p.attendance) for p in event.participants]


def test_a_day_inside_a_dated_entry_takes_the_entrys_month():
    # "7月1-2日 宿松…遭受暴雨袭击,…。9日,长江汇口水位达21.79米,…。省委书记卢荣景到江堤视察。" under
    # "时间:2022-01-10": 9日 was read against the posting line's month (1995-01-09).
    events = _events("susong-chronicle-1995-cut.txt")
    assert [(e.date, e.end_date) for e in events] == [
        ("1995-06-23", "1995-06-30"),
        ("1995-07-09", None),
    ]
    assert _people(events[1]) == [("卢荣景", "省委书记", "到")]


def test_a_range_of_days_with_a_box_drawing_dash_opens_its_own_entry():
    # 1月11─14日 and 3月1─3日, 3月1─10日 ran on into the entries of 1月3日 and 3月1日: the county
    # secretary's report was dated 1月3日 under a wage rule's title, and two visits were welded
    # under a circular's.
    events = _events("qingyuan-chronicle-1989-cut.txt")
    assert [(e.date, e.end_date, _people(e)) for e in events] == [
        ("1989-01-11", "1989-01-14", [("徐培金", "县委书记", "作")]),
        ("1989-02-14", None, [("徐培金", "县委书记", "率")]),
        ("1989-03-01", "1989-03-03", [("王家扬", "全国政协委员", "来")]),
        ("1989-03-01", "1989-03-10", [("张春法", "县委副书记", "率领")]),
    ]
    assert events[0].title == "全县农村工作会议"


def test_an_escort_named_before_others_unnamed_accompanies():
    # 溫家寶,在副省長歐廣源,市委、市政府有關領導等陪同下到蕉嶺視察: 歐廣源 was read as going (到), and
    # the visitor, a comma before 在…陪同下, took no part
    (event,) = _events("jiaoling-chronicle-1995-trad-cut.txt")
    assert event.month_day == "--03-26"
    assert _people(event) == [
        ("溫家寶", "中共中央政治局候補委員、中央書記處書記", "到"),
        ("歐廣源", "副省長", "陪同"),
    ]


def test_a_figure_run_on_from_the_line_above_is_no_part_of_a_role():
    # "…推动三和镇各项事业的发展再上一个新的台阶。1" / "镇党委书记王纯同志做出了重要讲话": role «1镇党委书记»
    (event,) = _events("sanhe-town-session-2018-09-cut.txt")
    assert event.title == "三和镇第十三届人民代表大会第三次会议"
    assert ("王纯", "镇党委书记", "做") in _people(event)
