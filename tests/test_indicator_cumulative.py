"""Totals over a plan's period (〔累计〕): a table's column of them, read into
IndicatorRecord.cumulative, the graph (value kind cumulative) and the indicators page. Texts:
the forum copy of 专栏1 “十三五”生态环境保护主要指标 (https://icbw.com.cn/thread-64618-1-322.html,
tests/fixtures/indicators/forum-jammer.txt, shared devcorpus B-04: 指标 · 2015年 · 2020年 ·
〔累计〕 · 属性), devcorpus I-09 (指标 · 2020年基期值 · 2025年目标值 · 年均增(5年累计), brackets
garbled by the copy) and P-13 (年均增速〔累计〕, one cell a paragraph). Values checked by hand
against the texts."""

from __future__ import annotations

import functools

from rdflib import Graph, Literal

from kg.evaluate import indicator_value_check
from kg.extract import extract_genres
from kg.iris import Minter
from kg.namespaces import GKG, SKOS
from kg.rdf import map_records
from kg.resources import package_path
from kg.text.source import read
from kg.validate import validate
from kg.views import indicators
from tests.conftest import FIXTURES, devcorpus_records, records_of


def _totals(records) -> dict[str, str | None]:
    return {r.name: r.cumulative for r in records_of(records, "indicator")}


def test_a_column_of_totals_is_read_as_written():
    source = read(FIXTURES / "indicators" / "forum-jammer.txt")
    assert _totals(extract_genres(source, ["indicators"])) == {
        "地级及以上城市2空气质量优良天数比率": "-",
        "细颗粒物未达标地级及以上城市浓度下降": "〔18〕",
        "地级及以上城市重度及以上污染天数比例下降": "〔25〕",
        "地表水质量3达到或好于Ⅲ类水体比例": "-",
        "地表水质量劣Ⅴ类水体比例": "-",
        "重要江河湖泊水功能区水质达标率": None,  # its row prints no 累计 cell
    }


def test_a_rate_column_gives_its_bracketed_totals_only():
    # 年均增(5年累计): [4] a total over the five years, its brackets as the copy garbled them
    assert _totals(devcorpus_records("I-09")) == {
        "粮食综合生产能力": "一",  # the copy's dash
        "农业科技进步贡献率": "[4]",
        "高标准农田面积": "[2.75)",
        "农作物耕种收综合机械化率": "[4]",
        "农产品质量安全例行监测合格率": "[0.2]",
        "乡村义务教育学校专任教师本科以上学历比例": "[1.6)",
        "乡镇(街道)范围具备综合功能的养老服务机构覆盖率": "(9)",
    }
    # 年均增速〔累计〕: a bare 0.5 is an annual rate by the header's wording, not read as a total
    rows = {r.name: r for r in records_of(devcorpus_records("P-13"), "indicator")}
    assert [(r.baseline, r.target_near, r.cumulative) for r in rows.values()] == [
        ("5", "5.5", None),
        ("100", "100", "-"),
    ]


def test_no_total_where_the_table_has_no_such_column(sample_records):
    assert all(r.cumulative is None for r in records_of(sample_records, "indicator"))


@functools.cache
def _graph() -> Graph:
    graph, _ = map_records(list(devcorpus_records("I-09")), Minter(), "I-09", None)
    return graph


def test_a_total_is_an_observation_of_its_own_kind():
    graph = _graph()
    [indicator] = graph.subjects(SKOS.prefLabel, Literal("高标准农田面积", lang="zh"))
    cells = {
        str(graph.value(o, GKG.valueKind)).rsplit("/", 1)[1]: str(graph.value(o, GKG.statedValue))
        for o in graph.subjects(GKG.indicator, indicator)
    }
    assert cells == {"baseline": "8", "target-near": "10.75", "cumulative": "[2.75)"}
    shapes = Graph().parse(package_path("ontology", "shapes", "indicators.ttl"))
    assert "Violation" not in {r.severity for r in validate(graph, shapes).results}


def test_the_page_shows_the_totals_column():
    [table] = indicators.indicator_tables(_graph())
    assert ("cumulative", "累计", "") in table.columns
    row = next(r for r in table.rows if r["name"] == "农业科技进步贡献率")
    assert row["cumulative"] == "[4]"


def test_the_value_check_compares_a_gold_total_with_the_records():
    gold = {"name": "农业科技进步贡献率", "targets": {"2025": "64", "累计": "[4]"}}
    record = {"target_near": "64", "target_near_year": 2025, "cumulative": "[4]"}
    assert indicator_value_check(gold, record) == ([], [])
    assert indicator_value_check(gold, dict(record, cumulative="[5]")) == (
        ["累计: [4] (record: [5])"],
        [],
    )
    # a total is never compared with a target of no year (D-11's, G-08's prose)
    assert indicator_value_check(gold, dict(record, cumulative=None, target_far="[4]")) == (
        [],
        ["累计: [4]"],
    )
