"""Personnel: a bare assistant's post is the government's only as its own head's (市长助理, not
部长助理 nor 行长助理); a request to resign a body reviewed is read whatever verb of review opens the
clause, and no such verb (审议, 听取) is ever inside a post's organisation; 任 the verb is spelled
once (kg/extract/appointments.py). A development-corpus text is read by its lines
(tests/conftest.py)."""

from __future__ import annotations

from kg.extract import appointments
from kg.records import ExtractionWarning
from tests.conftest import cut_records, devcorpus_lines, personnel_changes


def test_a_bare_bank_assistant_is_not_the_deciding_governments_post():
    # devcorpus A-27 (gov.cn via a web copy, 2016-12), line 4, cut: 央行 left out before 行長助理.
    # 行长助理 ends in 长助理 but is a bank's, never a government's: a warning, no record whose
    # organisation the deciding government would fill
    records = cut_records("國務院任命殷勇為央行副行長,任命劉國強為行長助理。\n")
    assert personnel_changes(records) == [("殷勇", "appoint", "央行", "副行長")]
    assert any(isinstance(r, ExtractionWarning) and "行长助理" in r.message for r in records), (
        records
    )


def test_a_bare_ministers_assistant_is_not_the_deciding_governments_post():
    # devcorpus N-04 (gov.cn 國務院任免國家工作人員, a web copy), line 7, cut: 外交部 left out
    records = cut_records("免去農融的部長助理職務;免去左力(女)的司法部副部長職務。\n")
    assert ("農融", "remove", None, "部長助理") not in personnel_changes(records)
    assert ("左力", "remove", "司法部", "副部長") in personnel_changes(records)


def test_the_ministers_and_banks_assistants_with_their_body_are_read():
    # devcorpus N-04 line 7 and A-27 line 4 as written: the organisation is theirs
    assert ("農融", "remove", "外交部", "部長助理") in personnel_changes(
        cut_records(devcorpus_lines("N-04", 7))
    )
    assert ("劉國強", "appoint", "央行", "行長助理") in personnel_changes(
        cut_records(devcorpus_lines("A-27", 4))
    )


def test_only_a_governments_own_heads_assistant_is_its_post():
    # the titles of kg/data/post_titles.tsv ending in 长助理
    post = appointments._GOVERNMENT_POST
    for title in ("市长助理", "省长助理", "县长助理", "区长助理", "州长助理"):
        assert post.search(title), title
    for title in ("部长助理", "行长助理", "总经理助理"):
        assert not post.search(title), title


# devcorpus K-04 (http://www.zhxpm.cn/html/2011/rj_1011/11866.shtml) line 5, simplified as the
# reader reads it: the two clauses of the requests reviewed
_K04_FIRST = "会议首先就县人民政府县长肖克关于成兵、石庆光、关钟三位同志辞去领导职务的提请报告"
_K04_SECOND = (
    "县人民法院院长李宗林、县人民检察院检察长杨通辉关于辞去领导职务的提请报告进行了认真审查"
)
_K04_PERSONS = [("李宗林", "县人民法院院长"), ("杨通辉", "县人民检察院检察长")]


def _reported(clause: str):
    match = appointments._REPORTED.match(clause)
    assert match is not None, clause
    return appointments._reported_persons(match.group("whom") or match.group("who"))


def test_the_requests_reviewed_are_read_as_k04_writes_them():
    assert _reported(_K04_FIRST) == [("成兵", None), ("石庆光", None), ("关钟", None)]
    assert _reported(_K04_SECOND) == _K04_PERSONS


def test_a_verb_of_review_opening_the_clause_is_no_part_of_the_post():
    # K-04's second clause cut to the report, opened by the verbs K-04 (会议…审查), U-01 (会议听取了,
    # 听取了) and the shared A-01 (会议审议, line 9) write before a report: the persons as before
    report = _K04_SECOND.removesuffix("进行了认真审查")
    for opening in (
        "",
        "会议",
        "审议了",
        "听取了",
        "会议听取了",
        "会议审议",
        "会议首先就",
        "审查了",
    ):
        assert _reported(opening + report) == _K04_PERSONS, opening


def test_no_organisation_holds_a_verb_of_review():
    # 审议了县人民法院 (a clause's opening read into a post) is no organisation; a body named for a
    # review (代表资格审查委员会, S-09 line 10) is
    assert appointments.split_post("审议了县人民法院院长") is None
    assert appointments.split_post("听取了县人民法院院长") is None
    held = appointments.split_post("市人大常委会代表资格审查委员会委员")
    assert held is not None and held.organization == "市人大常委会代表资格审查委员会"


def test_k04_reads_its_removals_and_no_post_holds_a_verb_of_review():
    for stem, line in (("K-04", 5), ("U-01", 7), ("S-09", 10)):
        for change in personnel_changes(cut_records(devcorpus_lines(stem, line))):
            assert not any(v in (change[2] or "") for v in ("审议", "審議", "听取", "聽取")), change
    removed = personnel_changes(cut_records(devcorpus_lines("K-04", 5)), "form")
    assert ("李宗林", "remove", "縣人民法院", "院長", "接受辞去") in removed


def test_ren_the_verb_is_one_spelling_everywhere():
    # 任命, 任免, 任职, 任期, 任过, 任满 are not 任 the verb, in every rule that reads it
    for rule in (appointments._SUBJECT_VERB, appointments._CARRIED):
        for word in ("任命", "任免", "任职", "任期", "任过", "任满"):
            assert not rule.match(word + "副市长"), (rule, word)
        assert rule.match("任副市长"), rule
