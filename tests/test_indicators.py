"""Indicator tables: extraction (sample and fixtures), the Data Cube mapping, shapes, 指标贡献 links.

Counts and values below were checked by hand against the sample's text (表2-1 lines 366-431, 表2-2
lines 438-492).
"""

from __future__ import annotations

import functools
import re

import pytest
from rdflib import Graph, Literal, URIRef

from kg.extract import extract_genres, extract_source
from kg.extract.indicators import cells_of, read_header, split_cell
from kg.iris import Minter
from kg.namespaces import DCTERMS, GKG, QB, RDF, SKOS, XSD
from kg.rdf import map_records
from kg.rdf.indicators import (
    contribution_parts,
    indicator_iri,
    is_empty_mark,
    link_contributions,
    parse_number,
)
from kg.resources import package_path
from kg.text.source import from_text, read
from kg.validate import validate
from tests.conftest import FIXTURES, records_of

T21 = "表2-1省级生态文明建设指标规划表"
T22 = "表2-2国家级生态文明建设指标规划表"


def rows(records, table, sub=False):
    return [
        r for r in records_of(records, "indicator") if r.table == table and (sub or r.sub is None)
    ]


def row(records, table, seq, sub=None):
    found = [
        r
        for r in records_of(records, "indicator")
        if r.table == table and r.seq == seq and r.sub == sub
    ]
    assert len(found) == 1, (table, seq, sub, found)
    return found[0]


def warnings_at(records, line):
    return [
        w.message
        for w in records_of(records, "warning")
        if w.genre == "indicators" and w.source.start_line == line
    ]


# ------------------------------------------------------------------------------ the sample


def test_row_counts_per_table(sample_records):
    # 表2-1 numbers its rows 1-49, but row 24 is not in the text (line 401 holds only "4.13");
    # 表2-2 has rows 1-39.
    assert [r.seq for r in rows(sample_records, T21)] == [*range(1, 24), *range(25, 50)]
    assert [r.seq for r in rows(sample_records, T22)] == list(range(1, 40))
    assert len(rows(sample_records, T21, sub=True)) == 48 + 24
    assert len(rows(sample_records, T22, sub=True)) == 39 + 15


def test_plain_rows_keep_every_column(sample_records):
    r = row(sample_records, T21, 3)
    assert (r.domain, r.task, r.name, r.unit, r.reference_value, r.nature) == (
        "生态制度",
        "(一)目标责任体系与制度建设",
        "生态文明建设工作占党政实绩考核的比例",
        "%",
        "≥25",
        "约束性",
    )
    assert (r.baseline, r.target_near, r.target_far, r.met) == ("28.3", "不下降", "不下降", True)
    assert (r.baseline_year, r.target_near_year, r.target_far_year) == (2020, 2025, 2030)
    assert r.plan == "温州市生态文明建设规划(2021-2030年)"
    r = row(sample_records, T22, 39)
    assert (r.name, r.baseline, r.target_near, r.target_far, r.met) == (
        "公众对生态文明建设的参与度",
        "71.17",
        "≥82",
        "≥85",
        False,
    )


def test_a_row_split_across_a_page_break(sample_records):
    # Line 377 starts row 9 (领域, 任务 only), the header repeats (379), the row follows on 380 and
    # its sub-indicator ② on 381.
    r = row(sample_records, T21, 9)
    assert (r.domain, r.task, r.name, r.met) == (
        "生态安全",
        "(二)生态环境质量改善",
        "水环境质量",
        False,
    )
    assert (r.source.start_line, r.source.end_line) == (380, 381)
    one, two = row(sample_records, T21, 9, "①"), row(sample_records, T21, 9, "②")
    assert one.name == "地表水环境质量达到或优于Ⅲ类水质比例"
    assert one.baseline == "地表水省控以上断面达到或优于Ⅲ类水质比例为87.5%"
    assert (two.name, two.unit, two.reference_value, two.target_near) == (
        "Ⅴ类水体比例",
        "%",
        "0",
        "0",
    )
    assert two.source.end_line == 381


def test_irregular_rows(sample_records):
    # Row 11 lost its 序号 (line 383): inferred from 10 and 12, with a warning.
    r = row(sample_records, T21, 11)
    assert (r.name, r.seq_inferred, r.baseline) == ("生态环境状况指数（EI）", True, "82.5")
    assert any("read as 11" in m for m in warnings_at(sample_records, 383))
    # Row 13 is shifted one cell right and has no 是否达标.
    r = row(sample_records, T21, 13)
    assert (r.name, r.unit, r.reference_value, r.met) == (
        "森林蓄积量",
        None,
        "逐年提高且提高幅度大于全省平均值",
        None,
    )
    # Row 35 prints its 2030 value twice: 95 | 96 | 97 | 97 | 是.
    r = row(sample_records, T21, 35)
    assert (r.baseline, r.target_near, r.target_far, r.met) == ("95", "96", "97", True)
    # 表2-2 row 38 prints its 2025 value twice: 82.05 | ≥85 | ≥85 | ≥87.
    r = row(sample_records, T22, 38)
    assert (r.target_near, r.target_far) == ("≥85", "≥87")
    # "28 节约用水" printed alone (line 405) before the row (406): one row spanning both lines.
    r = row(sample_records, T21, 28)
    assert (r.source.start_line, r.source.end_line, r.domain) == (405, 406, "生态经济")
    assert row(sample_records, T21, 28, "①").baseline == "23.92"


def test_sub_indicators_split_their_cells(sample_records):
    units = [row(sample_records, T21, 43, s).unit for s in "①②③④"]
    assert units == ["%", "%", "千克", "个"]
    assert row(sample_records, T21, 43, "③").target_near == "逐步下降"
    assert row(sample_records, T21, 43).baseline == "无数据"  # one cell shared by all four
    assert row(sample_records, T21, 43, "④").baseline == "无数据"
    r = row(sample_records, T21, 22, "②")
    assert (r.name, r.reference_value) == ("永久基本农田保护红线", "严格遵守, 面积不缩小")
    r = row(sample_records, T22, 8, "③")
    assert (r.name, r.baseline, r.target_near) == ("黑臭水体消除比例", "黑臭水体比例0%", "0")
    # Sub-indicators continuing on the next line (②③ of row 14, line 387).
    r = row(sample_records, T21, 14, "③")
    assert (r.name, r.unit, r.reference_value, r.source.end_line) == (
        "特有性或指示性水生物种保护率",
        "%",
        "不降低",
        387,
    )
    # Items without markers: by unit count (表2-2 row 13) and as bare lines (row 17).
    assert row(sample_records, T22, 13).name == "海岸生态修复"
    assert row(sample_records, T22, 13, "②").unit == "公顷"
    assert row(sample_records, T22, 17, "②").name == "自然保护地"


def test_what_cannot_be_placed_is_warned_with_its_line(sample_records):
    assert any("4.13" in m for m in warnings_at(sample_records, 401))
    assert any("no row numbered 24" in m for m in warnings_at(sample_records, 400))
    assert any("保持稳定或持续改善" in m for m in warnings_at(sample_records, 487))
    assert any("% 千克" in m for m in warnings_at(sample_records, 488))
    assert any("no ①② marker" in m for m in warnings_at(sample_records, 464))


def test_stated_figures_of_the_sample(sample_records):
    figures = {
        (f.source.start_line, f.subject, f.scope): (f.value, f.approximate)
        for f in records_of(sample_records, "stated_figure")
        if f.source.start_line in (362, 436, 1136, 1143, 1147)
    }
    assert figures[(362, "indicators", T21)] == ("48", False)
    assert figures[(362, "indicators_met", T21)] == ("43", False)
    assert figures[(362, "indicators_unmet", T21)] == ("5", False)
    assert figures[(436, "indicators_met", T22)] == ("35", False)
    assert figures[(436, "indicators_unmet", T22)] == ("4", False)
    assert figures[(1136, "projects", None)] == ("49", False)
    assert figures[(1136, "budget", None)] == ("3010.39", True)
    assert figures[(1143, "projects", "生态空间")] == ("14", False)
    assert figures[(1147, "budget", None)] == ("3012.47", False)


# ------------------------------------------------------------------------------ fixtures


@functools.cache
def fixture_records(name: str):
    return extract_source(read(FIXTURES / "indicators" / name))


def test_county_table_with_page_break_and_stray_cells():
    records = fixture_records("county-tabs.txt")
    table = "表3-1安吉县生态文明建设示范县指标表"
    assert [r.seq for r in rows(records, table)] == list(range(1, 13))
    r = row(records, table, 6)
    assert (r.name, r.seq_inferred, r.baseline_year) == ("地表水Ⅲ类以上断面比例", True, 2021)
    assert (row(records, table, 3).target_far, row(records, table, 3).met) == ("100", True)
    assert row(records, table, 4, "②").unit == "微克/立方米"
    assert row(records, table, 4, "②").target_far == "≤22"
    assert row(records, table, 8).source.start_line == 35  # the stray "8 生物多样性保护：" line
    assert any("3.5" in m for m in warnings_at(records, 34))


def test_web_copy_with_pipes_and_year_columns():
    records = fixture_records("district-web.txt")
    table = "表1余江区“十四五”生态环境保护主要指标"
    found = rows(records, table)
    assert len(found) == 9
    r = row(records, table, 7)
    assert (r.name, r.baseline, r.target_near, r.nature, r.met) == (
        "森林覆盖率",
        "60.8",
        "≥61",
        "约束性",
        None,
    )
    assert (r.baseline_year, r.target_near_year, r.target_far_year) == (2020, 2025, None)
    assert not [w for w in records_of(records, "warning") if w.genre == "indicators"]


def test_province_table_continued_over_a_page_with_whereof_items():
    records = fixture_records("province-continued.txt")
    table = "表4福建省“十四五”生态环境保护主要指标"
    assert [r.seq for r in rows(records, table)] == list(range(1, 9))  # across "表4（续）"
    r = row(records, table, 4, "①")  # 其中：县城生活污水集中收集率
    assert (r.name, r.baseline, r.target_near, r.target_far, r.nature) == (
        "县城生活污水集中收集率", "52", "≥65", "≥75", "预期性",
    )  # fmt: skip
    assert (r.baseline_year, r.target_near_year, r.target_far_year) == (2020, 2025, 2035)
    assert row(records, table, 7).baseline == "93左右"
    assert not [w for w in records_of(records, "warning") if w.genre == "indicators"]
    [figure] = records_of(records, "stated_figure")
    assert (figure.subject, figure.scope, figure.value) == ("indicators", table, "8")  # 八项


def test_a_row_that_lost_its_tabs_is_warned_and_the_table_goes_on():
    from kg.text.source import from_text

    text = "\n".join(
        [
            "衢州市人民政府关于印发衢州市美丽城镇建设规划的通知",
            "衢政发〔2022〕5号",
            "表1 美丽城镇建设指标",
            "序号\t指标名称\t单位\t现状值\t目标值",
            "1\t镇区污水处理率\t%\t90\t95",
            "2 镇区生活垃圾分类覆盖率 % 80 100",
            "3\t镇区绿化覆盖率\t%\t35\t40",
            "",
            "二、重点任务",
        ]
    )
    records = extract_source(from_text(text, "quzhou.txt"))
    assert [r.seq for r in rows(records, "表1美丽城镇建设指标")] == [1, 3]
    messages = [w.message for w in records_of(records, "warning") if w.genre == "indicators"]
    assert any("镇区生活垃圾分类覆盖率" in m and "has no cells" in m for m in messages)
    assert any("no row numbered 2" in m for m in messages)


def test_table_helpers():
    assert cells_of("| a | b |") == ["a", "b"]
    assert cells_of("|---|---|") == []
    assert cells_of("no table here") is None
    header = read_header(["类别", "序号", "指标", "单位", "2020年", "2025年", "属性"], 1)
    assert header is not None
    assert header.roles == ("domain", "seq", "name", "unit", "baseline", "target", "nature")
    assert read_header(["序号", "重点工程", "指标贡献", "投资总预算(亿元)"], 1) is None
    assert split_cell("①86.35 ②85", ["①", "②"]) == ["86.35", "85"]
    assert split_cell("面积不减小, 性质不改变 严格遵守", ["①", "②"]) == [
        "面积不减小, 性质不改变",
        "严格遵守",
    ]
    assert split_cell("立方米 /万元", ["①", "②"]) is None  # one unit, shared


# ------------------------------------------------------------------------------ RDF


@functools.cache
def fixture_graph(name: str) -> Graph:
    records = fixture_records(name)
    graph, _ = map_records(records, Minter(), name, None)
    return graph


@functools.cache
def shapes() -> Graph:
    return Graph().parse(package_path("ontology", "shapes", "indicators.ttl"))


def test_parse_number():
    assert parse_number("≥98.5") == ("98.5", "ge", None)
    assert parse_number("68.3%") == ("68.3", None, "%")
    assert parse_number("持续提升") is None
    assert parse_number("62（原林业统计口径）") is None


def test_one_observation_per_filled_cell():
    g = fixture_graph("county-tabs.txt")
    tables = set(g.subjects(RDF.type, GKG.IndicatorTable))
    assert len(tables) == 1
    table = tables.pop()
    assert (table, QB.structure, GKG.IndicatorTableStructure) in g
    indicators = set(g.subjects(RDF.type, GKG.Indicator))
    assert len(indicators) == 12 + 4
    observations = set(g.subjects(RDF.type, QB.Observation))
    assert all((o, QB.dataSet, table) in g for o in observations)
    name = Literal("城镇污水处理率", lang="zh")
    [indicator] = g.subjects(SKOS.prefLabel, name)
    assert (indicator, GKG.meetsReference, Literal(False)) in g
    cells = {
        str(g.value(o, GKG.valueKind)).rsplit("/", 1)[1]: o
        for o in g.subjects(GKG.indicator, indicator)
    }
    assert set(cells) == {"reference", "baseline", "target-near", "target-far"}
    target = cells["target-far"]
    assert g.value(target, GKG.statedValue) == Literal("≥98")
    assert g.value(target, GKG.numericValue) == Literal("98", datatype=XSD.decimal)
    assert str(g.value(target, GKG.comparator)).endswith("/comparator/ge")
    assert g.value(target, GKG.unitText) == Literal("%")
    assert g.value(target, GKG.refYear) == Literal("2030", datatype=XSD.gYear)


def test_sub_indicators_and_plan_links():
    g = fixture_graph("county-tabs.txt")
    [sub] = g.subjects(SKOS.prefLabel, Literal("PM2.5浓度", lang="zh"))
    parent = g.value(sub, GKG.subIndicatorOf)
    assert g.value(parent, SKOS.prefLabel) == Literal("环境空气质量", lang="zh")
    table = g.value(sub, GKG.inTable)
    plan = g.value(table, DCTERMS.isPartOf)
    assert (plan, RDF.type, GKG.Plan) in g


def test_projects_link_to_the_indicators_their_wording_names():
    g = fixture_graph("county-tabs.txt")
    links = {
        (str(g.value(p, GKG.indicatorContribution)), str(g.value(i, SKOS.prefLabel)))
        for p, i in g.subject_objects(GKG.contributesTo)
    }
    assert ("提高水环境质量、林草覆盖率指标", "水环境质量") in links
    assert ("提高水环境质量、林草覆盖率指标", "林草覆盖率") in links
    assert ("提高城镇污水处理率指标", "城镇污水处理率") in links
    assert ("提高环境空气质量指标", "环境空气质量") in links
    assert not any(name in ("优良天数比例", "PM2.5浓度") for _, name in links)
    assert len(links) == 6
    assert link_contributions(g) == 0  # idempotent


def test_contribution_wording():
    assert contribution_parts("提高水环境质量、城镇污水处理率指标") == [
        "水环境质量",
        "城镇污水处理率",
    ]
    assert contribution_parts("提高生态环境公众满意度、参与度指标") == [
        "生态环境公众满意度",
        "参与度",
    ]


def test_sample_graph_conforms_to_the_indicator_shapes(sample_records):
    graph, _ = map_records(sample_records, Minter(), "sample.txt", "温州市")
    report = validate(graph, shapes())
    assert report.results == []
    assert len(set(graph.subjects(RDF.type, GKG.Indicator))) == 126
    assert len(set(graph.subjects(RDF.type, GKG.StatedFigure))) >= 22


def test_a_dash_in_a_cell_publishes_no_observation(sample_records):
    # 表2-2 row 35 (line 487): 绿色产品市场占有率 | % | ≥50 | 参考性 | — | ≥50 | 100 | …: the 现状值
    # cell holds a dash; the record keeps it as printed, the graph has no observation for it
    [record] = [r for r in rows(sample_records, T22) if r.name == "绿色产品市场占有率"]
    assert record.baseline == "—"
    graph, _ = map_records(sample_records, Minter(), "sample.txt", "温州市")
    assert not list(graph.subjects(GKG.statedValue, Literal("—")))
    indicator = URIRef(indicator_iri(record, Minter()))
    kinds = {
        str(graph.value(o, GKG.valueKind)).rsplit("/", 1)[1]
        for o in graph.subjects(GKG.indicator, indicator)
    }
    assert kinds == {"reference", "target-near", "target-far"}
    # words that say why a value is missing are statements and stay observations
    assert list(graph.subjects(GKG.statedValue, Literal("无数据")))
    assert is_empty_mark("—") and is_empty_mark("－") and is_empty_mark("／")
    assert not is_empty_mark("-5") and not is_empty_mark("无数据") and not is_empty_mark("一级")


# ------------------------------------------------------------------------------ shapes bite


def _broken(edit) -> list[tuple[str, str]]:
    graph = Graph()
    graph += fixture_graph("county-tabs.txt")
    edit(graph)
    return [(r.severity, r.message) for r in validate(graph, shapes()).results]


def _some(graph: Graph, predicate: URIRef) -> URIRef:
    return sorted(graph.subjects(predicate, None))[0]


def test_the_fixture_graph_is_clean():
    assert _broken(lambda g: None) == []


def test_shape_observation_without_its_table():
    def edit(g):
        g.remove((_some(g, GKG.valueKind), QB.dataSet, None))

    assert (
        "Violation",
        "An observation belongs to exactly one indicator table (Data Cube IC-1).",
    ) in _broken(edit)


def test_shape_observation_in_another_table_than_its_indicator():
    def edit(g):
        obs = _some(g, GKG.valueKind)
        other = URIRef("https://example.org/other-table")
        g.add((other, RDF.type, GKG.IndicatorTable))
        g.set((obs, QB.dataSet, other))

    messages = [m for _, m in _broken(edit)]
    assert "An observation's indicator stands in the observation's own table." in messages


def test_shape_numeric_value_without_unit_is_a_warning():
    def edit(g):
        g.remove((_some(g, GKG.numericValue), GKG.unitText, None))

    results = _broken(edit)
    assert results and all(severity == "Warning" for severity, _ in results)
    assert any("unit" in m for _, m in results)


def test_shape_indicator_without_table_and_bad_nature():
    def edit(g):
        indicator = _some(g, GKG.inTable)
        g.remove((indicator, GKG.inTable, None))
        g.set((indicator, GKG.nature, URIRef("https://w3id.org/gazette-kg/concept/x/y")))

    messages = [m for _, m in _broken(edit)]
    assert "An indicator stands in exactly one indicator table." in messages
    assert "An indicator's nature is one concept of the indicator-nature scheme." in messages


def test_shape_table_without_structure_and_figure_without_value():
    def edit(g):
        g.remove((None, QB.structure, None))
        g.remove((_some(g, GKG.figureValue), GKG.figureValue, None))

    messages = [m for _, m in _broken(edit)]
    assert any("IC-2" in m for m in messages)
    assert "A stated figure has exactly one value, an xsd:decimal." in messages


def test_shape_contribution_to_something_else():
    def edit(g):
        project = _some(g, GKG.indicatorContribution)
        g.add((project, GKG.contributesTo, URIRef("https://example.org/not-an-indicator")))

    assert "A project contributes to indicators (gkg:Indicator)." in [m for _, m in _broken(edit)]


@pytest.mark.parametrize("path", [GKG.statedValue, GKG.valueKind])
def test_shape_observation_without_dimension_or_measure(path):
    def edit(g):
        obs = _some(g, GKG.indicator)
        g.remove((obs, path, None))

    assert any(severity == "Violation" for severity, _ in _broken(edit))


# ------------------------------------------------------------------------------ named queries


def run_named(records, name: str, **params: str) -> list[dict[str, str]]:
    """A library query over the records' graph in an in-memory Oxigraph store (the engine the
    build's store uses), parameters bound the way `gazette-kg query` binds them."""
    import pyoxigraph as ox

    from kg.query import find, prepare

    graph, _ = map_records(records, Minter(), "test.txt", None)
    store = ox.Store()
    store.load(graph.serialize(format="nt").encode(), ox.RdfFormat.N_TRIPLES)
    solutions = store.query(prepare(find(name), params))
    names = [v.value for v in solutions.variables]
    return [{n: (s[n].value if s[n] is not None else "") for n in names} for s in solutions]


def test_query_unmet_indicators(sample_records):
    found = run_named(sample_records, "unmet-indicators")
    assert [(r["table"][:4], int(r["sequence"])) for r in found] == [
        ("表2-1", 9), ("表2-1", 34), ("表2-1", 37), ("表2-1", 43), ("表2-1", 48),
        ("表2-2", 31), ("表2-2", 33), ("表2-2", 35), ("表2-2", 39),
    ]  # fmt: skip
    park = found[5]
    assert (park["name"], park["baseline"], park["targetNear"], park["targetFar"]) == (
        "城镇人均公园绿地面积", "13.54", "≥13.78", "≥15",
    )  # fmt: skip
    assert park["projectCount"] == "3" and "温州生态园三垟城市湿地公园建设工程" in park["projects"]
    one = run_named(sample_records, "unmet-indicators", table=T22)
    assert len(one) == 4


def test_query_budget_by_domain():
    found = run_named(fixture_records("county-tabs.txt"), "budget-by-domain")
    assert [(r["domain"], r["projects"], r["totalYuan"]) for r in found] == [
        ("生态安全领域", "2", "65000000"),
        ("生态经济领域", "2", "39600000"),
        ("生态生活领域", "1", "15000000"),
    ]


def test_indicator_iris_are_pinned():
    """Changing one of these is a deliberate, reviewed act (published IRIs would break)."""
    minter = Minter()
    plan = "温州市生态文明建设规划(2021-2030年)"
    row9 = minter.indicator(plan, T21, 9, None)
    base = "https://example.org/gazette-kg/id/"
    assert str(minter.indicator(plan, T21, 9, "②")) == base + "indicator/448a362efff7213b"
    assert str(minter.indicator_table(plan, T21)) == base + "indicator-table/3bf13e34a89a36d2"
    assert str(minter.observation(row9, "baseline")) == (
        base + "indicator/a4c24ea812213140/observation/7454777d36f505fa"
    )
    assert str(minter.stated_figure(plan, "indicators_met", T21, None, "43")) == (
        base + "stated-figure/ef26dad48999757f"
    )


def test_an_html_table_copied_with_its_tags_gives_its_complete_rows():
    # http://meilidazhou.isenlin.cn (first line of the fixture): 达州“十四五”林业发展主要目标指标表, the page's HTML kept in the copy;
    # the copy ends inside row 2, which is not read (its 属性 cell is cut to "约").
    source = read(FIXTURES / "indicators" / "dazhou-html-table.txt")
    rows = [r for r in extract_genres(source, ["indicators"]) if r.kind == "indicator"]
    assert [
        (r.seq, r.domain, r.name, r.unit, r.baseline, r.target_near, r.nature) for r in rows
    ] == [(1, "生态建设", "森林覆盖率", "%", "45.31", "46.3", "约束性")]


def test_a_forum_copy_a_cell_a_line_with_anti_copy_garbage():
    # https://icbw.com.cn/thread-64618-1-322.html (first line of the fixture; shared devcorpus B-04):
    # 专栏1, each cell on a line after a |, runs of "! C3 ^4 a5" garbage before and after the cells.
    source = read(FIXTURES / "indicators" / "forum-jammer.txt")
    records = extract_genres(source, ["indicators"])
    rows = [r for r in records if r.kind == "indicator"]
    assert [(r.domain, r.task, r.name, r.unit, r.baseline, r.target_near, r.nature) for r in rows] == [
        ("生态环境质量", "1。空气质量", "地级及以上城市2空气质量优良天数比率", "%", "76。7", None, "约束性"),
        ("生态环境质量", "1。空气质量", "细颗粒物未达标地级及以上城市浓度下降", "%", "-", "-", "约束性"),
        ("生态环境质量", "1。空气质量", "地级及以上城市重度及以上污染天数比例下降", "%", "-", "-", "预期性"),
        ("生态环境质量", "2。水环境质量", "地表水质量3达到或好于Ⅲ类水体比例", "%", "66", ">70", "约束性"),
        ("生态环境质量", "2。水环境质量", "地表水质量劣Ⅴ类水体比例", "%", "9。7", "<5", "约束性"),
        ("生态环境质量", "2。水环境质量", "重要江河湖泊水功能区水质达标率", "%", "70。8", ">80", "预期性"),
    ]  # fmt: skip
    assert {r.table for r in rows} == {"专栏1“十三五”生态环境保护主要指标"}
    assert (rows[0].baseline_year, rows[0].target_near_year) == (2015, 2020)
    # ">808 {# m/ …": the run's first 8 may end the number (>808) or start the run; not guessed
    [warning] = [r for r in records if r.kind == "warning"]
    assert "«>80…»" in warning.message and warning.source.start_line == 12  # the row's first line


def test_unjam_cuts_the_runs_and_keeps_ascii_tables():
    from kg.extract.indicators import UNREADABLE, unjam

    assert unjam("7 m9 A6 L. m1 k4 X! _ | 地级(%): p) I1 L4 V/ \\& y2 `8 z") == " | 地级(%)"
    assert unjam("| 76。7! C3 ^4 a5 w% S1 Q R6 Z+ \\- l") == "| 76。7"
    assert unjam("| >808 {# m/ \\1 r; \\) m% t") == "| >80" + UNREADABLE
    assert unjam("| a | b | c | d | e | f |") == "| a | b | c | d | e | f |"
    assert unjam("森林覆盖率 % 45.31 46.3") == "森林覆盖率 % 45.31 46.3"


def test_a_table_run_together_on_one_line():
    # https://www.xiaomilidoc.com/p-10504247.html (first line of the fixture; devcorpus B-33): the
    # PDF's table without cell breaks, "指标名称计量单位2020 年目标值资料来源一、经济发展1 地区…"
    records = fixture_records("run-together.txt")
    found = {(r.seq, r.sub): r for r in records_of(records, "indicator")}
    assert sorted(found, key=lambda k: (k[0], k[1] or "")) == [
        *((n, None) for n in range(1, 10)),
        (10, "①"), (10, "②"),
        *((n, None) for n in range(11, 17)),
        (17, "①"), (17, "②"), (17, "③"),
        (18, None),
        (19, "①"), (19, "②"),
        (20, None), (21, None), (22, "①"), (22, "②"), (23, None), (24, None),
    ]  # fmt: skip
    r = found[1, None]
    assert (r.domain, r.name, r.unit, r.target_near, r.target_near_year) == (
        "一、经济发展", "地区生产总值(2010年不变价)", "亿元", "翻一番(全省人均GDP ≥ 10万元)", 2020,
    )  # fmt: skip
    assert (found[4, None].name, found[4, None].target_near) == ("种植业“三品”比重", "≥ 55")
    assert (found[8, None].domain, found[8, None].name) == (
        "二、创新驱动",
        "研发经费支出占GDP 比重",
    )
    # a group: its name and its first item's run together, told apart by the second item; the
    # group has no figure of its own: its items are records and name it, it is none
    assert (found[10, "①"].parent, found[10, "②"].parent) == ("人力资源水平", "人力资源水平")
    assert (found[10, "①"].name, found[10, "①"].unit, found[10, "①"].target_near) == (
        "每万劳动力中研发人员数", "人年", "≥140",
    )  # fmt: skip
    assert (found[17, "①"].parent, found[17, "①"].name) == (
        "基本社会保障",
        "城乡基本养老保险参保率",
    )
    assert (found[19, "①"].parent, found[19, "①"].name) == (
        "食品药品检测合格率", "获证食品生产企业抽检合格率",
    )  # fmt: skip
    # "≥9818 城镇…": the value is 98, the 18 the next row's number
    assert (found[17, "③"].target_near, found[18, None].target_near) == ("≥98", "<4/<5.5")
    assert (found[16, None].unit, found[16, None].target_near) == ("年", "≥ 10.8")
    # 公共交通服务水平城市万人公交车拥有量: no later item shares words with it; the group's
    # closing word 水平 tells them apart
    assert (found[22, "①"].parent, found[22, "①"].name, found[22, "①"].unit) == (
        "公共交通服务水平", "城市万人公交车拥有量", "标台",
    )  # fmt: skip
    assert (found[22, "②"].name, found[22, "②"].target_near) == (
        "行政村双车道四级公路覆盖率",
        "≥90",
    )
    messages = [w.message for w in records_of(records, "warning") if w.genre == "indicators"]
    assert not any("cannot be told apart" in m or "no row numbered" in m for m in messages)


def test_run_together_helpers():
    from kg.extract.indicators import _split_group, run_header

    _, words = run_header("江苏…计算方法指标名称计量单位2020 年目标值资料来源一、经济发展")
    assert words == ["指标名称", "计量单位", "2020 年目标值", "资料来源"]
    assert run_header("各地要对照指标名称和单位填报") is None
    # no item shares words with it: the one place a group's closing word (水平) ends inside it
    assert _split_group("公共交通服务水平城市万人公交车拥有量", ["行政村双车道四级公路覆盖率"]) == (
        "公共交通服务水平",
        "城市万人公交车拥有量",
    )


def test_transposed_table_in_blocks():
    """A table laid out across the page: one row per field (主要指标 / 2022年目标值 / 属性), one
    column per indicator, the label alone on its line or before its cells, the labels repeated
    for each block; a block the text ends in (no 属性 row) is not read."""
    records = fixture_records("transposed-blocks.txt")
    found = [r for r in records_of(records, "indicator")]
    assert len(found) == 18
    first = found[0]
    assert (first.name, first.nature, first.target_near, first.unit) == (
        "粮食综合生产能力", "约束性", ">6", "亿吨",
    )  # fmt: skip
    assert (first.target_near_year, first.baseline_year, first.baseline) == (2022, None, None)
    assert first.source.start_line == 3  # the names' line
    by_name = {r.name: r for r in found}
    assert (by_name["农业劳动生产率"].target_near, by_name["农业劳动生产率"].unit) == (
        "5.5", "万元/人",
    )  # fmt: skip
    assert (
        by_name["农产品加工产值与农业产值比"].target_near,
        by_name["农产品加工产值与农业产值比"].unit,
    ) == ("2.5", None)
    assert (by_name["有村规民约的村占比"].target_near, by_name["有村规民约的村占比"].unit) == (
        "100",
        "%",
    )
    assert "农村居民恩格尔系数" not in by_name  # the cut fifth block
    messages = [w.message for w in records_of(records, "warning") if w.genre == "indicators"]
    assert any("lacks its 属性 row" in m for m in messages)


def test_transposed_block_with_a_lost_cell_is_not_read():
    text = (FIXTURES / "indicators" / "transposed-blocks.txt").read_text("utf-8")
    text = text.replace("78% | 32% | >90% | >85% |", "78% | 32% | >90% |")
    records = extract_source(from_text(text, "transposed-lost-cell.txt"))
    names = {r.name for r in records_of(records, "indicator")}
    assert "畜禽粪污综合利用率" not in names and "粮食综合生产能力" in names
    messages = [w.message for w in records_of(records, "warning") if w.genre == "indicators"]
    assert any("unequal numbers of cells" in m for m in messages)


def test_a_unit_is_split_off_the_values_only_when_unambiguous():
    from kg.extract.indicators import _unit_in_values

    def split(**cells):
        values = {"reference": None, "baseline": None, "target_near": None, "target_far": None}
        unit, out = _unit_in_values({**values, **cells})
        return unit, {k: v for k, v in out.items() if v is not None}

    assert split(target_near=">6亿吨") == ("亿吨", {"target_near": ">6"})
    assert split(baseline="58%", target_near="≥61.5%") == (
        "%",
        {"baseline": "58", "target_near": "≥61.5"},
    )
    assert split(baseline="5.2万元/人", target_near="持续提升") == (
        "万元/人", {"baseline": "5.2", "target_near": "持续提升"},
    )  # fmt: skip
    # kept as written: no unit, a unit not on the list, words after it, two units, a bare number
    assert split(target_near="2.5") == (None, {"target_near": "2.5"})
    assert split(target_near="32亿人年次") == (None, {"target_near": "32亿人年次"})
    assert split(target_near="6亿吨以上") == (None, {"target_near": "6亿吨以上"})
    assert split(baseline="5万吨", target_near="6亿吨")[0] is None
    assert split(baseline="5", target_near="6亿吨")[0] is None


# https://edutainingadventures.com/ghuadong/8731_3.html (devcorpus P-14), a cut: a Word table copied
# a cell a paragraph; rows end at their 属性 cell, 其中 sub-rows give their figures column by column
# after their row's, a row heading its sub-rows has none of its own (its items are records, it is
# not: it only names them), and the rows are numbered afresh in each group (1.–4. under 一、, 1.–6.
# under 二、 …). Two 其中 rows of 三、 bear one name.
P14_CUT = (
    "  “十四五”教育事业发展主要指标表|指  标|2020年|2025年|属性|一、发展水平|     "
    "|1.学前教育毛入园率(%)|99%|99%以上|约束性"
    "|4.劳动年龄人口平均受教育年限(年)|11.4年|12.3年以上|约束性|二、优质资源建设"
    "|1.省市优质幼儿园比例(%)|85.1%|90%以上|预期性"
    "|4.义务教育标准班额比例(%)|其中:小学|初中|34.52%|77.34%|80%以上|85%以上|预期性"
    "|三、师资发展水平|1.幼儿教师专科及以上学历比例(%)|其中:本科及以上学历比例(%)"
    "|97.74%|49.85%|100%|50%|预期性"
    "|2.小学教师专科及以上学历比例(%)|其中:本科及以上学历比例(%)|100%|91.34%|100%|95%|预期性"
)


def p14_records(numbered: bool = True) -> list:
    cells = P14_CUT if numbered else re.sub(r"\|\d\.", "|", P14_CUT)
    text = "\n\n".join(cells.split("|")) + "\n"
    return list(extract_source(from_text(text, "table.txt")))


def test_a_table_printed_a_cell_a_paragraph_with_whereof_rows():
    found = [r for r in p14_records() if r.kind == "indicator"]
    assert [
        (r.domain, r.seq, r.sub, r.name, r.unit, r.baseline, r.target_near, r.nature, r.parent)
        for r in found
    ] == [
        ("发展水平", 1, None, "学前教育毛入园率", "%", "99%", "99%以上", "约束性", None),
        ("发展水平", 4, None, "劳动年龄人口平均受教育年限", "年", "11.4年", "12.3年以上", "约束性", None),
        ("优质资源建设", 1, None, "省市优质幼儿园比例", "%", "85.1%", "90%以上", "预期性", None),
        ("优质资源建设", 4, "①", "小学", "%", "34.52%", "80%以上", "预期性", "义务教育标准班额比例"),
        ("优质资源建设", 4, "②", "初中", "%", "77.34%", "85%以上", "预期性", "义务教育标准班额比例"),
        ("师资发展水平", 1, None, "幼儿教师专科及以上学历比例", "%", "97.74%", "100%", "预期性", None),
        ("师资发展水平", 1, "①", "本科及以上学历比例", "%", "49.85%", "50%", "预期性",
         "幼儿教师专科及以上学历比例"),
        ("师资发展水平", 2, None, "小学教师专科及以上学历比例", "%", "100%", "100%", "预期性", None),
        ("师资发展水平", 2, "①", "本科及以上学历比例", "%", "91.34%", "95%", "预期性",
         "小学教师专科及以上学历比例"),
    ]  # fmt: skip
    assert {(r.baseline_year, r.target_near_year) for r in found} == {(2020, 2025)}
    assert {r.table for r in found} == {"“十四五”教育事业发展主要指标表"}  # its title, unnumbered
    # the numbers restart in each group: they count within it
    assert {r.seq_scope for r in found} == {"发展水平", "优质资源建设", "师资发展水平"}
    assert all(r.seq_scope == r.domain for r in found)


@pytest.mark.parametrize("numbered", [True, False], ids=["numbered", "without-numbers"])
def test_rows_of_one_name_get_distinct_iris_and_the_graph_is_valid(numbered):
    """The two 本科及以上学历比例 of 三、 (and the rows 1. of every group) are distinct
    indicators, each an item of its own row, with or without the rows' numbers."""
    records = p14_records(numbered)
    found = [r for r in records if r.kind == "indicator"]
    assert [r.seq is None for r in found] == [not numbered] * 9
    gaps = [r.message.split(": ", 1)[1].split(" (")[0] for r in records if r.kind == "warning"]
    # the cut leaves rows out: the numbering is checked within each group
    expected = [f"no row numbered {n} in {g}" for g in ("发展水平", "优质资源建设") for n in (2, 3)]
    assert gaps == (expected if numbered else [])
    graph, _ = map_records(records, Minter(), "table.txt", None)
    indicators = set(graph.subjects(RDF.type, GKG.Indicator))
    assert len(indicators) == len(found) + 1 == 10  # and the heading its items name
    (heading,) = graph.subjects(SKOS.prefLabel, Literal("义务教育标准班额比例", lang="zh"))
    items = graph.subjects(GKG.subIndicatorOf, heading)
    labels = {
        str(graph.value(i, GKG.subIndicatorMarker)): str(graph.value(i, SKOS.prefLabel))
        for i in items
    }
    assert labels == {"①": "小学", "②": "初中"}
    assert graph.value(heading, GKG.indicatorSequence) == (
        Literal(4, datatype=XSD.positiveInteger) if numbered else None
    )
    named = sorted(graph.subjects(SKOS.prefLabel, Literal("本科及以上学历比例", lang="zh")))
    assert len(named) == 2
    parents = {graph.value(i, GKG.subIndicatorOf) for i in named}
    assert {str(graph.value(p, SKOS.prefLabel)) for p in parents} == {
        "幼儿教师专科及以上学历比例",
        "小学教师专科及以上学历比例",
    }
    assert all(p in indicators for p in parents)
    report = validate(graph, shapes())
    assert [r for r in report.results if r.severity.endswith("Violation")] == []
    sequence = [r for r in report.results if "序号" in str(r.message)]
    assert len(sequence) == (0 if numbered else 10)


def test_a_numbered_table_printed_a_cell_a_paragraph():
    # https://sthjj.changde.gov.cn/zwgk//public/6617357/8274286.html (devcorpus R-10), a cut:
    # 领域 · 任务 · 序号 · 指标名称 · 单位 · 省级指标值 · 指标属性 a line each; a row from its 序号
    # to its 属性, its 领域/任务 before the number when they change. A row with items under its
    # number (森林覆盖率: 山区 · 丘陵区 … · % · ≥60 · ≥40 …) gives one sub-indicator per item, the
    # row only heading them; a row whose items share its one value (环境空气质量) is read with it,
    # the items noted; a row that divides no way (a value left out of the cut) is noted, and
    # the next row keeps the 任务 given before it.
    cells = (
        "领域|任务|序号|指标名称|单位|省级指标值|指标属性"
        "|(一)|制度与保障机制完善|1|生态文明建设规划|-|制定实施|约束性"
        "|2|生态文明建设工作占党政实绩考核的比例|%|≥20|约束性"
        "|(二)|环境质量改善|9|环境空气质量|优良天数比例提高幅度|重污染天数比例下降幅度|-"
        "|高于上年和县市区平均水平基本消除|约束性"
        "|(三)|生态系统保护|12|森林覆盖率|山区|丘陵区|平原地区|高寒区或草原区林草覆盖率|%"
        "|≥60|≥40|≥18|≥70|参考性"
        "|13|生物物种资源保护|重点保护物种受到严格保护|外来物种入侵|-|-|执行|不明显|参考性"
        "|17|生态保护红线划定占国土面积比例:|非湖区县(市)|湖区县(市)|城区|%|20%以上|15%以上|参考性"
        "|14|危险废物安全处置率|%|100|约束性"
    )
    text = "\n".join(cells.split("|")) + "\n"
    records = extract_source(from_text(text, "table.txt"))
    found = [r for r in records if r.kind == "indicator"]
    assert [(r.seq, r.sub, r.task, r.name, r.unit, r.target_near, r.nature) for r in found] == [
        (1, None, "制度与保障机制完善", "生态文明建设规划", "-", "制定实施", "约束性"),
        (2, None, "制度与保障机制完善", "生态文明建设工作占党政实绩考核的比例", "%", "≥20", "约束性"),
        (9, None, "环境质量改善", "环境空气质量", "-", "高于上年和县市区平均水平基本消除", "约束性"),
        (12, "①", "生态系统保护", "山区", "%", "≥60", "参考性"),
        (12, "②", "生态系统保护", "丘陵区", "%", "≥40", "参考性"),
        (12, "③", "生态系统保护", "平原地区", "%", "≥18", "参考性"),
        (12, "④", "生态系统保护", "高寒区或草原区林草覆盖率", "%", "≥70", "参考性"),
        (13, "①", "生态系统保护", "重点保护物种受到严格保护", "-", "执行", "参考性"),
        (13, "②", "生态系统保护", "外来物种入侵", "-", "不明显", "参考性"),
        (14, None, "生态系统保护", "危险废物安全处置率", "%", "100", "约束性"),
    ]  # fmt: skip
    assert {r.parent for r in found if r.seq == 12} == {"森林覆盖率"}
    notes = [r.message for r in records if r.kind == "warning" and r.genre == "indicators"]
    shared = "«优良天数比例提高幅度、重污染天数比例下降幅度» share the row's one value"
    assert any(shared in m for m in notes)
    assert any("does not come to the header's columns" in m for m in notes)  # row 17, cut short
    graph, _ = map_records(records, Minter(), "table.txt", None)
    assert [r for r in validate(graph, shapes()).results if r.severity.endswith("Violation")] == []
    (forest,) = graph.subjects(SKOS.prefLabel, Literal("森林覆盖率", lang="zh"))
    assert len(set(graph.subjects(GKG.subIndicatorOf, forest))) == 4


def test_a_table_printed_a_paragraph_a_cell_with_its_category_column():
    # http://takinupcharters.com/article-40817-53876.html (devcorpus P-13), a cut: traditional
    # script with inserted pinyin; 类别 · 指标 · 2015 基期值 · 2020 目标值 · 年均增速〔累计〕 · 指标属性,
    # a header cell over two lines of one paragraph; a group's 类别 printed on its first row only;
    # the unit's closing parenthesis lost in the copy (小麥稻谷自給率(%). Two rows: the header's
    # five words are evidence enough.
    text = (
        "    專欄1 “十三五”農(nóng)業(yè)現(xiàn)代化主要指標(biāo)\n\n    類別\n\n    指  標(biāo)\n\n"
        "    2015\n    基期值\n\n    2020\n    目標(biāo)值\n\n    年均增速\n    〔累計〕\n\n"
        "    指標(biāo)屬性\n\n    糧食供給保障\n\n    糧食(谷物)綜合生產(chǎn)能力(億噸)\n\n"
        "    5\n\n    5.5\n\n    0.5\n\n    約束性\n\n    小麥稻谷自給率(%\n\n    100\n\n"
        "    100\n\n    -\n\n    約束性\n"
    )
    records = extract_source(from_text(text, "table.txt"))
    found = [r for r in records if r.kind == "indicator"]
    assert [
        (r.domain, r.name, r.unit, r.baseline, r.baseline_year, r.target_near, r.nature)
        for r in found
    ] == [
        ("糧食供給保障", "糧食(谷物)綜合生產(chǎn)能力", "億噸", "5", 2015, "5.5", "約束性"),
        ("糧食供給保障", "小麥稻谷自給率", "%", "100", 2015, "100", "約束性"),
    ]
    assert {r.target_near_year for r in found} == {2020}
