"""Personnel changes on pages found after the development corpus was closed (mined 2026-12-07,
none in any corpus): wrong records found there, each cut to the lines that made it, with the
page's address. A proposal is no decision; a header's action governs its items; a post of one
word (国务委员) is no post of an organisation «国务»; a passive statement names no decider."""

from __future__ import annotations

from kg.extract import extract_source
from kg.records import ExtractionWarning
from kg.text.source import from_text
from tests.conftest import personnel_changes


def _records(text: str, name: str = "cut.txt"):
    return extract_source(from_text(text, name))


def warnings(records) -> list[str]:
    return [
        r.message for r in records if isinstance(r, ExtractionWarning) and r.genre == "appointments"
    ]


def test_a_state_councillor_is_one_post_not_a_member_of_an_organisation():
    # https://www.am730.com.hk/中國/李尚福被免去國務委員兼防長職務-秦剛被免去國務委員職務/407077
    # (第十四號主席令, 2023-10-24): 國務委員 was read as the 委員 of an organisation «國務», a
    # wrong fact; a 委员 sits on a 委员会, a 委 or a 政协
    text = "一、免去李尚福的國務委員、國防部部長職務。\n\n二、免去秦剛的國務委員職務。\n"
    records = _records(text)
    assert not any(r.organization == "國務" for r in records if r.kind == "personnel_change")
    assert personnel_changes(records) == []
    assert len(warnings(records)) == 2  # each line named, its statement not read
