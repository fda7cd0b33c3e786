"""Document lists outside a 发文目录 section (a portal's 规章库 page, a list of orders): read only
when a header row, a list heading or dated rows say the list is a catalogue; never a decision's
list of repealed documents. Fixtures are cuts of real pages (their first line names the source)."""

from __future__ import annotations

from kg.extract import extract_genres, extract_source
from kg.iris import Minter
from kg.rdf import map_records
from kg.text import docnumber
from kg.text.source import read
from kg.validate import validate
from tests.conftest import FIXTURES, records_of

LISTS = FIXTURES / "catalogue"


def test_order_list_of_a_portal_page_gives_number_and_promulgation_date():
    source = read(LISTS / "guizhangku-order-list.txt")
    entries = records_of(extract_genres(source, ["catalogue"]), "catalogue_entry")
    assert [(e.number, e.date, e.title, e.source.start_line) for e in entries] == [
        ("市政府令第1号", "2019-09-19", None, 3),  # not 2021-02-22, the revision date
        ("市政府令第2号", "2019-12-12", None, 4),  # not the 施行 date
        ("市政府令第3号", "2021-02-22", None, 5),
    ]


def test_title_less_entries_map_and_validate():
    source = read(LISTS / "guizhangku-order-list.txt")
    graph, _ = map_records(extract_source(source), Minter(), source.name, None)
    report = validate(graph)
    assert report.valid, report.to_text()
    assert not report.warnings, report.to_text()


def test_a_repeal_decisions_list_is_no_catalogue():
    source = read(LISTS / "shandong-repeal-decision.txt")
    assert not records_of(extract_genres(source, ["catalogue"]), "catalogue_entry")


def test_order_number_after_a_date_does_not_take_the_days_character():
    (found,) = docnumber.find_all("2019年9月19日市政府令第1号公布")
    assert found[0].normalized == "市政府令第1号"
    (found,) = docnumber.find_all("2019年9月19日日照市人民政府令第1号")
    assert found[0].issuer_code == "日照市人民政府令"
