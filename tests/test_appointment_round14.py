"""Personnel changes of the fourteenth held-out round: names a note marks in a list of 获聘
(区鉷（民进）: a surname the table lacks, a rare character read in an extension block), and the
letters of appointment handed to two groups of newly appointed written 新聘任的. A development-corpus
text is read whole (tests/conftest.py); a fresh page by a cut with its address."""

from __future__ import annotations

from kg.extract import names
from kg.extract.appointments import _is_held_title
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
