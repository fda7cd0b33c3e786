"""Lists of 实事 and 工程 opened by a heading or a sentence that counts them (round 10, I-07, J-12);
a unit with its other name in brackets (I-08)."""

from __future__ import annotations

from kg.extract import extract_source
from tests.conftest import devcorpus_text, records_of


def test_a_sentence_counting_the_shishi_opens_the_numbered_lines_below_it():
    # I-07 (vocabexpress.net mirror, traditional script with inserted pinyin): "…將著力辦好十件實事。"
    # then "1.…" items; the page is cut inside item 7, which is left out.
    found = records_of(extract_source(devcorpus_text("I-07")), "project")
    assert [p.seq for p in found] == [1, 2, 3, 4, 5, 6]
    assert found[0].name.startswith("開展職業(yè)技能培訓(xùn)和評(píng)價(jià)取證。")
    assert found[5].name.endswith("液化石油氣“瓶改管”改造。")
    assert all(not p.responsible for p in found)


def test_bare_numbers_a_line_under_a_heading_counting_works_and_shishi():
    # J-12 (cnread.news, traditional): "十大工程" / "1" / item / … then "十件民生實事" / "1" / item;
    # the separating ";" dropped, item 4 cut after its number (the space of "吃上 放心食品" is folded
    # by clean(), as in every value: the scorer compares without it).
    found = records_of(extract_source(devcorpus_text("J-12")), "project")
    works = [p for p in found if p.section == "工程"]
    shishi = [p for p in found if p.section == "实事"]
    assert [p.seq for p in works] == list(range(1, 11))
    assert works[0].name == "實施延塞快速幹道和210國道城區過境線改遷工程, 加快推進延塞一體化進程"
    assert works[9].name == "實施農村人居環境改善工程, 建設美麗宜居村莊。"
    assert [p.seq for p in shishi] == [1, 2, 3]
    assert shishi[2].name.endswith("讓群眾吃上放心食品")


def test_a_unit_with_its_other_name_in_brackets_is_a_unit():
    # I-08 (deaufficio.com, a pipe table one cell a line, 牵头责任单位 last): row 1's unit is
    # "市财政局(国资委)", kept whole; it was no unit, and the row was dropped.
    found = records_of(extract_source(devcorpus_text("I-08")), "project")
    assert [p.seq for p in found] == [1, 2, 3, 4]
    assert found[0].name == "一般公共预算收入增速与地区生产总值增速同步。"
    assert found[0].responsible == ["市财政局(国资委)"]
