"""The year of a target clause whose lead says 今年: the text's own date or its page's address
gives it; other goals the text cites (2035年远景目标, 2030年前碳达峰目标) are no statement of its
targets' year; and a text that states no year has its targets left unread, with a warning that
says so (probe5 zhibiao-01, zhibiao-05)."""

from __future__ import annotations

from kg.extract import extract_source
from kg.extract.targets import _stated_years
from kg.text.normalize import clean
from kg.text.source import read
from tests.conftest import FIXTURES, devcorpus_lines, devcorpus_text, records_of

# 中新经纬 (jwview.com/jingwei/html/03-05/661547.shtml): 新华社北京3月5日电 …今年发展主要预期目标
# 是:经济增长4.5%-5%,…; then why (…同2035年远景目标总体衔接, …有序实现2030年前碳达峰目标):
# neither the text nor its address states the year
XINHUA_NO_YEAR = FIXTURES / "targets" / "xinhua-targets-no-year.txt"
# 文汇报 e-paper (dzb.whb.cn/html/2019-01/28/…) without its date line: the address dates it
SHANGHAI_ADDRESS = FIXTURES / "targets" / "shanghai-2019-address-dated.txt"


def test_a_text_that_states_no_year_leaves_its_targets_unread_and_says_so():
    records = extract_source(read(XINHUA_NO_YEAR))
    assert records_of(records, "indicator") == []
    warnings = [r.message for r in records_of(records, "warning") if r.genre == "targets"]
    assert warnings == [
        "target clause at line 2: the text states no year for its targets;"
        " its 6 targets are not read"
    ]  # not "states its targets for different years": 2035 and 2030 are other goals


def test_other_goals_a_text_cites_are_no_year_of_its_targets():
    text = XINHUA_NO_YEAR.read_text(encoding="utf-8").split("\n")
    lines = [(n, clean(t)) for n, t in enumerate(text, 1)]
    assert any("2035年远景目标" in t for _, t in lines)
    assert any("2030年前碳达峰目标" in t for _, t in lines)
    assert _stated_years(lines) == set()


def test_the_page_address_dates_a_clause_of_this_year():
    records = records_of(extract_source(read(SHANGHAI_ADDRESS)), "indicator")
    assert [(r.name, r.target_near, r.target_near_year) for r in records][:2] == [
        ("生产总值增长", "6%-6.5%", 2019),
        ("地方一般公共预算收入增长", "5%", 2019),
    ]
    assert {r.target_near_year for r in records} == {2019}


def test_a_text_states_the_year_of_its_targets_in_a_leads_words():
    # I-11 (五莲, 2013): line 4, 2012年的政府工作,也提出了2013年的政府工作目标。, is no statement
    # of 2012's targets (the old reading took the first year before 目标); line 7, 2013年的主要预期
    # 目标是:…, is the text's
    text = devcorpus_text("I-11").text.split("\n")
    lines = [(n, clean(t)) for n, t in enumerate(text, 1)]
    assert _stated_years(lines) == {2013}
    assert _stated_years([(4, clean(devcorpus_lines("I-11", 4)))]) == set()
