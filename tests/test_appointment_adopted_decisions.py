"""Personnel changes on real texts: a resignation accepted by a decision adopted among others,
named by its title without 《》 (…的决定等有关人事任免事项; …的决议,关于接受X辞去A职务的决定).
Each text is a development-corpus text (round 10), read whole (tests/conftest.py); its address is
beside it."""

from __future__ import annotations

from kg.extract import extract_source
from kg.text.source import from_text
from tests.conftest import devcorpus_text, personnel_changes


def changes(records) -> list[tuple]:
    return personnel_changes(records)


def test_a_decision_adopted_with_other_personnel_matters_after_deng():
    # devcorpus F-11 (http://lipu.qlgl.gov.cn/show-1-58462-13.html): 会议表决通过了关于接受蔡丽新辞去
    # 自治区副主席职务请求的决定等有关人事任免事项、关于个别代表的代表资格的报告。
    found = changes(extract_source(devcorpus_text("F-11")))
    assert found == [("蔡丽新", "remove", "自治区", "副主席")]


def test_a_decision_named_alone_after_the_clause_that_adopted_a_list():
    # devcorpus J-03 (https://cabb123.com/2cab5a332b00b4c8185b85cacff9c6cc9/c.html): …的决议,
    # 关于接受刘苏社辞去自治区副主席职务的决定;表决通过了人事任免事项。
    found = changes(extract_source(devcorpus_text("J-03")))
    assert found == [("刘苏社", "remove", "自治区", "副主席")]


def test_a_decision_named_alone_without_an_adoption_before_it_is_not_read():
    # a minimal cut of devcorpus J-03 (address above): the title alone, nothing adopted before it
    # in the sentence, is no decision made.
    text = "关于接受刘苏社辞去自治区副主席职务的决定;表决通过了人事任免事项。\n"
    assert changes(extract_source(from_text(text, "cut.txt"))) == []
