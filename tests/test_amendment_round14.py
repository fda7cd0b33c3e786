"""Amendments of the fourteenth held-out round: a decision printed run on with its adoption note
and its body on one line, as a periodical's abstract prints it (HA-32), also after the
announcement that publishes it (a fresh page); a bill named in the clause that says what the
session heard (…修正案(草案)》的议案) is no target."""

from __future__ import annotations

from kg.extract import extract_genres
from kg.records import AmendmentRecord
from tests.conftest import cut_records, devcorpus_text


def amendments(records: list) -> list[tuple]:
    return [
        (r.target_title, r.action, r.effective, r.by_title)
        for r in records
        if isinstance(r, AmendmentRecord)
    ]


SHANGHAI = "上海市人民代表大会常务委员会关于修改《上海市人民代表大会议事规则》的决定"
HUNAN = "湖南省人民代表大会常务委员会关于修改《湖南省环境保护条例》的决定"


def test_a_decision_run_on_with_its_note_and_body_on_one_line_amends_its_target():
    # devcorpus HA-32 (https://jxxfw.com/periodical/4635bdc63fc99661049dc1c2b2532770.html):
    # …的决定(2001年10月24日…会议通过)上海市…会议决定对《上海市人民代表大会议事规则》作如下修改:一、…
    records = extract_genres(devcorpus_text("HA-32"), ("amendments",))
    assert amendments(records) == [("上海市人民代表大会议事规则", "amend", "2001-11-10", SHANGHAI)]


def test_the_run_on_decision_is_read_after_the_announcement_that_publishes_it():
    # https://csrcare.com/Law/Show?id=19398 (the page's one line, cut after change 一): the 公告's
    # note, signature and date, then the decision's title (a space where a line broke in it)
    records = cut_records(
        "湖南省第九届人民代表大会常务委员会公告 (第96号) 《湖南省人民代表大会常务委员会关于修改<湖南省"
        "环境保护条例>的决定》于2002年3月29日经湖南省第九届人民代表大会常务委员会第二十八次会议通过,"
        "现予公布,自2002年5月1日起施行。 湖南省人民代表大会常务委员会 2002年3月29日 湖南省人民代表"
        "大会常务委员会关于 修改《湖南省环境保护条例》的决定 (2002年3月29日湖南省第九届人民代表大会 "
        "常务委员会第二十八次会议通过) 湖南省第九届人民代表大会常务委员会第二十八次会议审议了湖南省人民"
        "政府关于《湖南省环境保护条例修正案(草案)》的议案,决定对《湖南省环境保护条例》作如下修改: "
        "一、第六条第一款修改为:“一切单位和个人都有保护环境的义务。” 本决定自2002年5月1日起施行。\n"
    )
    assert amendments(records) == [("湖南省环境保护条例", "amend", "2002-05-01", HUNAN)]


def test_a_date_before_a_title_and_its_note_is_no_part_of_the_title():
    # the same line without the title's note: no decision run on with its body, nothing amended
    records = cut_records(
        "湖南省人民代表大会常务委员会 2002年3月29日 湖南省人民代表大会常务委员会关于 修改《湖南省"
        "环境保护条例》的决定 湖南省第九届人民代表大会常务委员会第二十八次会议审议了湖南省人民政府关于"
        "《湖南省环境保护条例修正案(草案)》的议案。\n"
    )
    assert amendments(records) == []


def test_a_bill_the_session_heard_is_no_target_of_the_decision():
    # http://m.tdlvshi.com/article_view_337991.html: …审议了湖南省人民政府关于《湖南省环境保护条例
    # 修正案(草案)》的议案,决定对《湖南省环境保护条例》作如下修改: — the bill was read as a target
    records = cut_records(
        "湖南省人民代表大会常务委员会关于修改《湖南省环境保护条例》的决定\n"
        "湖南省第九届人民代表大会常务委员会第二十八次会议审议了湖南省人民政府关于《湖南省环境保护条例"
        "修正案(草案)》的议案,决定对《湖南省环境保护条例》作如下修改:\n"
        "一、第六条第一款修改为:“一切单位和个人都有保护环境的义务。”\n"
        "三、删去第三十八条。\n"
    )
    assert [(t, a) for t, a, _, _ in amendments(records)] == [("湖南省环境保护条例", "amend")]
