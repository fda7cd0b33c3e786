"""A page quoting reports of two governments lends neither's name to the other's statements
(kg.extract.context): the organs it names by the bare level word (省监委, 省十三届人大常委会) are
resolved to no government where the reports cannot be told apart."""

from __future__ import annotations

from kg.extract import extract_source
from kg.extract.context import detect_government
from kg.records import PersonnelChangeRecord
from kg.resources import data_file
from kg.text.source import read
from tests.conftest import FIXTURES, devcorpus_text

# http://www.teke168.cn/html/201862565414.html: 据浙江在线…讯 (劉建超, 任振鶴) and 又据…陕西新闻网…讯
# (王興寧), both of a 省十三届人大常委会第三次会议; only a citation names 陕西省 with an organ.
TWO_PROVINCES = FIXTURES / "appointments" / "two_provinces_trad.txt"


def _changes(source):
    return [r for r in extract_source(source) if isinstance(r, PersonnelChangeRecord)]


def test_a_page_of_two_provinces_reports_has_no_government():
    assert detect_government(read(TWO_PROVINCES)) is None


def test_one_provinces_name_is_not_lent_to_the_others_appointments():
    changes = _changes(read(TWO_PROVINCES))
    by_person = {}
    for change in changes:
        by_person.setdefault(change.person, []).append(change)
    assert set(by_person) == {"劉建超", "任振鶴", "王興寧"}
    # (resolved names are canonical: simplified script, no inserted pinyin)
    for person in ("劉建超", "任振鶴"):  # 浙江's: no province lent
        for change in by_person[person]:
            assert "陕西" not in (change.organization_resolved or "")
            assert "陕西" not in (change.decided_by_resolved or "")
            assert change.organization_resolved == "省监委"
    # 王興寧's organ names its province itself
    assert {c.organization_resolved for c in by_person["王興寧"]} == {"陕西省监委"}


def test_a_districts_chain_of_names_is_one_government():
    # 常州市武进区 names its city before it; 武进区 and 常州市 are not a second government
    source = devcorpus_text("A-23")
    assert detect_government(source) == "常州市武進區"


def test_the_sample_keeps_its_government():
    assert detect_government(read(data_file("wenzhou-gazette-2023-06.txt"))) == "温州市"
