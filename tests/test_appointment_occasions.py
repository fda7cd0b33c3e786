"""A decider belongs to its own occasion: the body a preamble named deciding does not carry over to
the statements another occasion announces (a party meeting: 召开领导干部大会，宣布…任免决定), and a
people's congress fills no seat of a party group (人民政府党组成员). The clauses before a colon are
all read, so a decider named after a clause that is none (5月29日下午,…第九次會議表決通過:) is
the decider. A page in no corpus is quoted exactly, its address beside it."""

from __future__ import annotations

import pytest

from kg.extract import appointments, extract_source
from kg.records import PersonnelChangeRecord
from kg.text.source import read
from tests.conftest import FIXTURES, cut_records, devcorpus_records

# http://m.dddjmc.com/news/fujian/yghx/2019-08-28/2300570.html (issue 11's probe page renmian-04;
# traditional script with inserted pinyin), lines 2, 4 and 5: the standing committee's decisions,
# then what the 古雷開發區 leading cadres' meeting announced.
ZHANGZHOU = (
    "臺(tái)海網(wǎng)8月28日訊(海峽導(dǎo)報(bào)記者 張雄敏 劉龍 通訊員 鄭文典 薛敏靈) "
    "8月27日上午,漳州市十六屆人大常委會(huì)召開(kāi)第二十三次會(huì)議。"
    "會(huì)議決定任命侯為東為漳州市人民政府副市長(zhǎng);因工作崗位變動(dòng),"
    "決定接受沈志平同志辭去漳州市人民政府副市長(zhǎng)職務(wù)。\n"
    "8月27日下午,古雷開(kāi)發(fā)區(qū)召開(kāi)領(lǐng)導(dǎo)干部大會(huì),"
    "宣布開(kāi)發(fā)區(qū)主要領(lǐng)導(dǎo)任免決定:"
    "漳州市委常委沈志平兼任中共漳州市委古雷港經(jīng)濟(jì)開(kāi)發(fā)區(qū)工作委員會(huì)委員、書(shū)記;"
    "漳州市副市長(zhǎng)侯為東兼任中共漳州市委古雷港經(jīng)濟(jì)開(kāi)發(fā)區(qū)工作委員會(huì)委員、副書(shū)記,"
    "漳州古雷港經(jīng)濟(jì)開(kāi)發(fā)區(qū)管委會(huì)主任。\n"
    "吳文團(tuán)同志不再擔(dān)任中共漳州市委古雷港經(jīng)濟(jì)開(kāi)發(fā)區(qū)工作委員會(huì)書(shū)記、委員職務(wù);"
    "盧力同志不再擔(dān)任漳州市人民政府黨組成員,"
    "中共漳州市委古雷港經(jīng)濟(jì)開(kāi)發(fā)區(qū)工作委員會(huì)副書(shū)記、委員,"
    "漳州古雷港經(jīng)濟(jì)開(kāi)發(fā)區(qū)管委會(huì)主任職務(wù)。\n"
)
CONGRESS = "漳州市十六屆人大常委會(huì)"


def _changes(records) -> list[PersonnelChangeRecord]:
    return [r for r in records if isinstance(r, PersonnelChangeRecord)]


def test_a_removal_another_meeting_announced_names_no_congress_as_decider():
    # 盧力 不再擔任漳州市人民政府黨組成員 was published decided by the standing committee of line 2,
    # a wrong fact (issue 11, probe judgement B)
    found = [(r.person, r.action, r.post, r.decided_by) for r in _changes(cut_records(ZHANGZHOU))]
    assert found[:2] == [
        ("侯為東", "appoint", "副市長(zhǎng)", CONGRESS),
        ("沈志平", "remove", "副市長(zhǎng)", CONGRESS),
    ]
    assert ("盧力", "remove", "黨組成員", None) in found
    assert all(decider is None for *_, decider in found[2:])


@pytest.mark.parametrize("rule", ["_other_occasion", "_party_post"])
def test_either_rule_alone_keeps_the_congress_off_the_party_groups_seat(monkeypatch, rule):
    # the meeting that announced the removal is another occasion, and a congress fills no seat of
    # a party group: each of the two reasons is enough by itself
    monkeypatch.setattr(appointments, rule, lambda text: False)
    found = {(r.person, r.post): r.decided_by for r in _changes(cut_records(ZHANGZHOU))}
    assert found[("盧力", "黨組成員")] is None


def test_a_meeting_told_as_where_a_decision_was_taken_is_the_deciding_body_s():
    # devcorpus A-25 (在當天舉行的會議上,還通過了其他人事任免議案,決定:) and S-05 (在隨後召開的第二次
    # 全體會議上,分別表決通過了…): a sitting of the body named, not another occasion
    for stem, decider in (("A-25", "天津市第十六屆人大常委會"), ("S-05", "遼寧省十屆人大常委會")):
        records = _changes(devcorpus_records(stem))
        assert records and {r.decided_by for r in records} == {decider}


def test_every_clause_before_the_colon_is_read():
    # devcorpus K-01 (5月29日下午,湖北省十三屆人大常委會第九次會議表決通過:) and Q-05 (根據《…》…的
    # 規定,經高淳区第十六届人民代表大会常务委员会第三十二次会议审议决定:): the decider followed a clause
    # that is none, and was not read
    for stem, decider, meeting in (
        ("K-01", "湖北省十三屆人大常委會", "第九次會議"),
        ("Q-05", "高淳区第十六届人民代表大会常务委员会", "第三十二次会议"),
    ):
        records = _changes(devcorpus_records(stem))
        assert records and {(r.decided_by, r.meeting) for r in records} == {(decider, meeting)}


def test_a_governments_own_notice_decides_the_party_group_seat_it_lists():
    # tests/fixtures/appointments/county_probation.txt (文成县人民政府 文政干〔2023〕8号): 金鑫同志
    # 兼任县财政局党组成员, listed with the posts the county government decided; only a congress
    # is kept off a party group's seat
    records = _changes(extract_source(read(FIXTURES / "appointments" / "county_probation.txt")))
    seat = next(r for r in records if r.post == "党组成员")
    assert (seat.person, seat.decided_by) == ("金鑫", "县政府")


def test_the_person_a_decision_names_after_by_is_read():
    # devcorpus HA-02 (中新网 2012-03-30, line 6): 同时,根据中共中央组织部的建议,经中共海南省委研究
    # 决定,由李秀领同志任中共海南省委组织部部长 — 由 before the name hid the statement; a party
    # committee's post, so no state decider
    records = _changes(devcorpus_records("HA-02"))
    found = [(r.person, r.action, r.organization, r.post, r.decided_by) for r in records]
    assert ("李秀领", "appoint", "中共海南省委组织部", "部长", None) in found
