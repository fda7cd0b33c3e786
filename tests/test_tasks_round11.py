"""Task lists of held-out round 11 (O), read after it joined the development corpus."""

from __future__ import annotations

from kg.extract import extract_source
from tests.conftest import devcorpus_text, records_of


def test_items_numbered_by_a_bare_number_and_a_space_under_a_line_opening_the_shishi():
    # O-23 (大同新闻网 news reposted on nync.com): "…确定以下10项为市政府2022年度民生实事项目:" then
    # "1 实施10条城市“断头路”畅通工程;" … "10 实施城区小学“放心午餐”食品安全保障工程。": the number
    # and the item parted by a space only. It was kept unread; the separating ";" is no part of a name.
    found = records_of(extract_source(devcorpus_text("O-23")), "project")
    assert [p.seq for p in found] == list(range(1, 11))
    assert found[0].name == "实施10条城市“断头路”畅通工程"
    assert found[1].name == "发展数据呼叫、标注、清洗等数据服务产业,创造5000个就业岗位"
    assert found[9].name == "实施城区小学“放心午餐”食品安全保障工程。"
    assert all(not p.responsible and p.section == "实事" for p in found)


def test_an_items_budget_stated_first_in_the_work_under_its_heading_sentence():
    # O-24 (遵化 portal, 民生实事 实施方案 2022): "1、农村中小学校改扩建工程。计划投资3491万元,实施…。
    # (责任单位:市教育局)": the heading sentence names the item, the investment that opens its work is
    # its budget (item 2, cut before its units, is left out).
    (found,) = records_of(extract_source(devcorpus_text("O-24")), "project")
    assert found.name == "农村中小学校改扩建工程。"
    assert (found.budget, found.budget_unit, found.responsible) == ("3491", "万元", ["市教育局"])
