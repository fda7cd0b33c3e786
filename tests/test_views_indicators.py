"""The indicators page (kg/views/indicators.py): rows read from the graph, the page's safety and
offline-ness, determinism, the build's output and the `view indicators` command; then the page in
headless Chromium (loads, no console error, no network request, search and the unmet filter).

``crafted_indicator_graph`` maps hand-written records the way the build does (kg.rdf.map_records),
in another government's style (a county's 十四五 plan with a provincial-style designation table and
a 7-column table without 参照值 and 是否达标), with hostile text in names, wordings and quotes.
"""

from __future__ import annotations

import json
import re

import pytest
from rdflib import Graph
from test_views_browser import driver as chromium  # noqa: F401  (the shared Chromium fixture)

from kg.cli import main
from kg.errors import UsageError
from kg.iris import Minter
from kg.namespaces import GKG, RDF
from kg.rdf import map_records
from kg.rdf.indicators import link_contributions
from kg.records import IndicatorRecord, IssueRecord, PlanRecord, ProjectRecord, SourceSpan
from kg.views import PAGES, indicators, union_graph, write_default_views

XSS_NAME = "森林覆盖率<script>window.__pwned=1</script>"
XSS_SUB = '<img src=x onerror="window.__pwned=2">自然保护地面积占比'
XSS_QUOTE = "原文</script><svg onload=window.__pwned=3>"
XSS_PROJECT = '国土绿化行动<b onmouseover="window.__pwned=4">工程</b>'
PLAN = "某县生态环境保护“十四五”规划"
TABLE_A = "表3-1 某县生态文明建设示范县指标表"
TABLE_B = "表3-2 某县“十四五”生态环境保护主要指标"


def _span(line: int, quote: str = "") -> SourceSpan:
    return SourceSpan("county-plan.txt", line, line, quote or f"第{line}行")


def _indicator(line: int, table: str, seq: int | None, name: str, **cells) -> IndicatorRecord:
    defaults = dict(
        domain="生态空间",
        task="(一)空间格局优化",
        sub=None,
        unit="%",
        reference_value=None,
        nature=None,
        baseline=None,
        target_near=None,
        target_far=None,
        met=None,
        plan=PLAN,
        baseline_year=2020,
        target_near_year=2025,
        target_far_year=None,
    )
    defaults.update(cells)
    return IndicatorRecord(
        _span(line, defaults.pop("quote", "")), table=table, seq=seq, name=name, **defaults
    )


def crafted_records() -> list:
    a = dict(target_far_year=2035, nature="约束性")
    return [
        IssueRecord(_span(1), "某县人民政府公报", 2024, 2, None, None, None, "某县"),
        PlanRecord(_span(5), PLAN, None, None, "2021", "2025"),
        ProjectRecord(
            _span(90, "1\t国土绿化行动工程\t提高森林覆盖率"),
            seq=1,
            list="main",
            section="生态空间领域",
            name=XSS_PROJECT,
            construction_type=None,
            locations=[],
            indicator="提高森林覆盖率<script>、湿地保有量指标",
            content=None,
            period_start="2021",
            period_end="2025",
            budget="2.35",
            budget_unit="亿元",
            flagged=False,
            responsible=["某县林业局", "某县财政局"],
            plan=PLAN,
        ),
        _indicator(
            20,
            TABLE_A,
            1,
            XSS_NAME,
            reference_value="≥60",
            baseline="58.2",
            target_near="≥60",
            target_far="≥62",
            met=False,
            quote=XSS_QUOTE,
            **a,
        ),
        _indicator(
            21,
            TABLE_A,
            2,
            "生态保护红线",
            unit="-",
            reference_value="面积不减少",
            baseline="已划定",
            target_near="面积不减少",
            target_far="面积不减少",
            met=True,
            **a,
        ),
        _indicator(22, TABLE_A, 2, "湿地保有量", sub="①", unit="万亩", baseline="3.1", **a),
        _indicator(22, TABLE_A, 2, XSS_SUB, sub="②", baseline="8.6", **a),
        _indicator(
            23,
            TABLE_A,
            4,
            "生态环境公众满意度",
            domain="生态文化",
            task="(五)观念意识普及",
            reference_value="≥85",
            baseline="",
            target_near="≥88",
            target_far="≥90",
            **a,
        ),
        _indicator(
            40,
            TABLE_B,
            1,
            "地表水达到或好于Ⅲ类水体比例",
            domain="环境治理",
            task=None,
            baseline="90",
            target_near="≥92",
            nature="约束性",
        ),
        _indicator(
            41,
            TABLE_B,
            2,
            "森林覆盖率",
            domain="生态保护",
            task=None,
            baseline="58.2",
            target_near="60.5",
            nature="预期性",
        ),
    ]


def crafted_indicator_graph() -> Graph:
    graph, _iri = map_records(crafted_records(), Minter(), "county-plan.txt", "某县")
    link_contributions(graph)
    return graph


@pytest.fixture(scope="module")
def crafted() -> Graph:
    return crafted_indicator_graph()


@pytest.fixture(scope="module")
def page(crafted) -> str:
    return indicators.render_page(indicators.indicator_tables(crafted), FINDINGS, ["某县公报"])


FINDINGS = [
    {
        "check": "indicators_met",
        "message_en": "the text at line 18 states 2 indicators met; the rows <b>give</b> 1.",
        "message_zh": "第18行载明达标指标2项，而表中各行计得1项。<script>window.__pwned=6</script>",
        "stated": "2",
        "computed": "1",
        "spans": [
            {"file": "county-plan.txt", "start_line": 18, "end_line": 18},
            {"file": "county-plan.txt", "start_line": 20, "end_line": 23},
        ],
    }
]


# ---------------------------------------------------------------------------------- rows


def test_rows_come_from_the_graph(crafted):
    rows = indicators.indicator_rows(crafted)
    assert [(r["table"], r["seq"], r["sub"]) for r in rows] == [
        (TABLE_A, 1, ""),
        (TABLE_A, 2, ""),
        (TABLE_A, 2, "①"),
        (TABLE_A, 2, "②"),
        (TABLE_A, 4, ""),
        (TABLE_B, 1, ""),
        (TABLE_B, 2, ""),
    ]
    first = rows[0]
    assert first["name"] == XSS_NAME and first["met"] is False and first["nature"] == "约束性"
    assert (first["reference"], first["baseline"], first["target_near"], first["target_far"]) == (
        "≥60",
        "58.2",
        "≥60",
        "≥62",
    )
    assert (first["baseline_year"], first["target_far_year"]) == ("2020", "2035")
    assert first["quote"] == XSS_QUOTE and first["lines"] == "20"
    assert rows[1]["met"] is True and rows[4]["met"] is None
    assert rows[2]["parent"] == rows[1]["iri"] and rows[2]["unit"] == "万亩"
    assert rows[6]["nature"] == "预期性"


def test_rows_list_the_projects_that_name_them(crafted):
    rows = {(r["table"], r["seq"], r["sub"]): r for r in indicators.indicator_rows(crafted)}
    (project,) = rows[(TABLE_A, 1, "")]["projects"]
    assert project["name"] == XSS_PROJECT
    assert (project["budget"], project["budget_unit"], project["lead"]) == (
        "2.35",
        "亿元",
        "某县林业局",
    )
    assert project["lines"] == "90" and project["via"] == ""
    # the row lists what names its sub-indicator, saying which one
    assert [p["via"] for p in rows[(TABLE_A, 2, "")]["projects"]] == ["①"]
    assert rows[(TABLE_A, 2, "①")]["projects"][0]["via"] == ""
    assert rows[(TABLE_A, 4, "")]["projects"] == []
    # the same name in the other table is another indicator of the same plan: linked as well
    assert len(rows[(TABLE_B, 2, "")]["projects"]) == 1


def test_tables_read_their_columns_and_years_from_the_data(crafted):
    a, b = indicators.indicator_tables(crafted)
    assert (a.title, len(a.main_rows), len(a.rows)) == (TABLE_A, 3, 5)
    assert [(k, y) for k, _, y in a.columns if y] == [
        ("baseline", "2020年"),
        ("target_near", "2025年"),
        ("target_far", "2035年"),
    ]
    assert a.missing_numbers() == [3]
    assert (a.count(True), a.count(False), a.count(None)) == (1, 1, 1)
    # the 十四五 table has no 参照值, no 是否达标, no 任务 and one target: those columns are not shown
    assert [k for k, _, _ in b.columns] == [
        "domain", "seq", "name", "unit", "nature", "baseline", "target_near"
    ]  # fmt: skip
    assert [t.title for t in indicators.indicator_tables(crafted, focus="表3-2")] == [TABLE_B]
    with pytest.raises(UsageError, match="no indicator table matches"):
        indicators.indicator_tables(crafted, focus="表9")


def test_no_tables_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match="no indicator table"):
        indicators.write_page(Graph(), tmp_path / "i.html")


# ---------------------------------------------------------------------------------- page


def _island(page: str) -> dict:
    return json.loads(page.split('id="gkg-data">', 1)[1].split("</script>", 1)[0])


def test_page_is_safe_and_offline(page):
    from test_views import _Scan

    scan = _Scan()
    scan.feed(page)
    assert [t for t, _ in scan.tags].count("script") == 2  # the data island and our script
    assert not [a for _, attrs in scan.tags for a in attrs if a.startswith("on")]
    assert [t for t, _ in scan.tags if t in ("img", "svg", "b", "iframe", "object")] == []
    for _, attrs in scan.tags:
        for name in ("src", "href", "action", "srcset"):
            assert name not in attrs, attrs
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=" in page and "&lt;/script&gt;&lt;svg onload" in page
    assert "window.__pwned" not in scan.scripts[1]
    assert all("<" not in s and ">" not in s for s in scan.scripts[0].split('"'))
    csp = [a["content"] for t, a in scan.tags if a.get("http-equiv") == "Content-Security-Policy"]
    assert csp and "default-src 'none'" in csp[0] and "connect-src 'none'" in csp[0]


def test_page_shows_rows_unmet_findings_and_header_years(page):
    data = _island(page)
    assert data["total"] == 7 and len(data["rows"]) == 7
    assert [r["unmet"] for r in data["rows"]].count(True) == 1
    subs = [r for r in data["rows"] if r["group"] != r["id"]]
    assert len(subs) == 2 and {s["group"] for s in subs} == {"r1"}
    assert page.count('class="row unmet"') == 1 and page.count('class="row sub"') == 2
    assert "2035年" in page and "2025年" in page and "no row numbered 3 in the text" in page
    assert "indicators met · 达标指标数" in page and "rows: county-plan.txt, lines 20–23" in page
    assert "&lt;b&gt;give&lt;/b&gt;" in page and "第18行载明达标指标2项" in page
    assert "2.35 亿元" in page and "某县林业局" in page and "(names ①)" in page


def test_page_without_findings_has_no_findings_section(crafted):
    page = indicators.render_page(indicators.indicator_tables(crafted))
    assert 'id="gkg-findings"' not in page


def test_page_is_deterministic(crafted, tmp_path):
    first, _ = indicators.write_page(crafted, tmp_path / "a.html", FINDINGS)
    again, _ = indicators.write_page(crafted_indicator_graph(), tmp_path / "b.html", FINDINGS)
    assert first.read_bytes() == again.read_bytes()
    assert XSS_PROJECT.encode("utf-8") not in first.read_bytes()  # escaped, as UTF-8


def test_default_views_write_the_page_and_link_it(crafted, tmp_path):
    (tmp_path / "summary.json").write_text(
        json.dumps({"consistency_findings": FINDINGS}), encoding="utf-8"
    )
    paths = write_default_views(crafted, tmp_path / "views")
    assert tmp_path / "views" / "indicators.html" in paths
    index = (tmp_path / "views" / "index.html").read_text(encoding="utf-8")
    assert 'href="indicators.html"' in index
    assert (
        "2 tables, 5 rows and 2 sub-indicators, 1 marked 否 (not met); 1 self-consistency finding<"
        in index
    )
    page = (tmp_path / "views" / "indicators.html").read_text(encoding="utf-8")
    assert "第18行载明达标指标2项" in page


def test_default_views_say_why_the_page_is_missing(tmp_path):
    paths = write_default_views(Graph(), tmp_path)
    assert "indicators.html" not in {p.name for p in paths}
    assert "the graph has no indicator table to show" in (tmp_path / "index.html").read_text()


# ---------------------------------------------------------------------------------- the sample


@pytest.fixture(scope="module")
def sample_graph(sample_build):
    from kg.build import load_dataset

    return union_graph(load_dataset(sample_build))


def test_sample_tables_checked_by_hand(sample_graph):
    """表2-1: rows 1–49 without 24 (not in the text), 24 sub-indicators; 表2-2: 39 rows, 15
    sub-indicators; the rows marked 否 are those whose 是否达标 cell reads 否 (lines 380, 414,
    417, 425, 430; 481, 485, 487, 492)."""
    provincial, national = indicators.indicator_tables(sample_graph)
    assert provincial.title.startswith("表2-1") and national.title.startswith("表2-2")
    assert (len(provincial.main_rows), len(provincial.rows)) == (48, 72)
    assert provincial.missing_numbers() == [24]
    assert (len(national.main_rows), len(national.rows)) == (39, 54)
    unmet = {
        t.title[:4]: [(r["seq"], r["name"]) for r in t.main_rows if r["met"] is False]
        for t in (provincial, national)
    }
    assert unmet == {
        "表2-1": [
            (9, "水环境质量"),
            (34, "“千吨万人”以上集中式饮用水水源地水质优良比例"),
            (37, "农村生活污水治理率"),
            (43, "绿色产品市场占有率"),
            (48, "生态环境公众参与度"),
        ],
        "表2-2": [
            (31, "城镇人均公园绿地面积"),
            (33, "公共交通出行分担率"),
            (35, "绿色产品市场占有率"),
            (39, "公众对生态文明建设的参与度"),
        ],
    }
    assert (provincial.count(True), provincial.count(None)) == (42, 1)  # row 13 is blank
    years = {(k, y) for t in (provincial, national) for k, _, y in t.columns if y}
    assert years == {("baseline", "2020年"), ("target_near", "2025年"), ("target_far", "2030年")}


def test_sample_row_values_and_projects(sample_graph):
    rows = indicators.indicator_rows(sample_graph)
    (row,) = [r for r in rows if r["table"].startswith("表2-1") and r["seq"] == 48]
    assert (row["unit"], row["reference"], row["nature"], row["baseline"]) == (
        "-",
        "≥80",
        "参考性",
        "71.17",
    )
    assert row["lines"] == "430" and "生态环境公众参与度" in row["quote"]
    assert row["projects"] and all(p["name"] and p["lead"] for p in row["projects"])
    assert all(
        p["budget"] == "" or re.fullmatch(r"\d+(\.\d+)?", p["budget"]) for p in row["projects"]
    )


def test_sample_page_is_the_one_in_the_build(sample_build, sample_graph, tmp_path):
    # its speed is measured by benchmarks/bench_pipeline.py (the sample built with views), not here
    from kg.views.reader import Reader

    reader = Reader(sample_graph)
    reader.entities()  # the build's views share one reader whose kinds are already worked out
    indicators.write_page(reader, tmp_path / "i.html", indicators.load_findings(sample_build))
    built = (sample_build / "views" / "indicators.html").read_text(encoding="utf-8")
    assert built == (tmp_path / "i.html").read_text(encoding="utf-8")
    findings = json.loads((sample_build / "summary.json").read_text())["consistency_findings"]
    assert built.count('<tr class="finding">') == len(findings) > 0


def test_view_indicators_command(sample_build, tmp_path, capsys):
    out = tmp_path / "national.html"
    code = main(["view", "indicators", "--build", str(sample_build), "--focus", "表2-2",
                 "--out", str(out)])  # fmt: skip
    assert code == 0
    page = out.read_text(encoding="utf-8")
    assert (
        "表2-2国家级生态文明建设指标规划表" in page and "表2-1省级" not in page.split("<main>")[1]
    )
    assert "1 table, 39 rows and 15 sub-indicators, 4 marked 否" in capsys.readouterr().err
    assert main(["view", "indicators", "--build", str(sample_build), "--gexf", "x.gexf"]) == 2
    assert "indicators" in PAGES


# ---------------------------------------------------------------------------------- browser


def _open(driver, path):
    from selenium.webdriver.support.ui import WebDriverWait
    from test_views_browser import PAGE_TIMEOUT

    driver.get_log("browser")
    driver.get_log("performance")
    driver.get(path.resolve().as_uri())
    WebDriverWait(driver, PAGE_TIMEOUT).until(
        lambda d: d.execute_script("return !!(window.gkg && window.gkg.ready)")
    )


def _type(driver, text: str) -> int:
    from selenium.webdriver.common.by import By

    box = driver.find_element(By.ID, "gkg-search")
    box.clear()
    if text:
        box.send_keys(text)
    return driver.execute_script("return window.gkg.shown")


def _clean(driver) -> None:
    from test_views_browser import LOCAL_SCHEMES, console_errors, requests_made

    assert console_errors(driver) == []
    assert [u for u in requests_made(driver) if not u.startswith(LOCAL_SCHEMES)] == []
    assert driver.execute_script("return window.__pwned === undefined")


@pytest.mark.browser
def test_crafted_page_in_chromium(chromium, crafted, tmp_path):  # noqa: F811
    driver = chromium
    from selenium.webdriver.common.by import By

    path, _ = indicators.write_page(crafted, tmp_path / "indicators.html", FINDINGS)
    _open(driver, path)
    assert driver.execute_script("return window.gkg.shown") == 7
    assert driver.find_elements(By.CSS_SELECTOR, "main img, main svg, main b") == []
    assert XSS_NAME in driver.find_element(By.ID, "r0").text
    assert _type(driver, "onerror") == 3  # the sub-indicator's name: its row and both items
    assert (
        _type(driver, "某县林业局") == 5
    )  # lead agencies: rows 1, 2 (with ①②) of 表3-1, row 2 of 表3-2
    button = driver.find_element(By.CSS_SELECTOR, "#r0 button.more")
    detail = driver.find_element(By.ID, "r0-more")
    assert not detail.is_displayed()
    button.click()
    assert detail.is_displayed() and XSS_QUOTE in detail.text and XSS_PROJECT in detail.text
    _clean(driver)


@pytest.mark.browser
def test_sample_page_in_chromium(chromium, sample_build, sample_graph):  # noqa: F811
    driver = chromium
    from selenium.webdriver.common.by import By
    from test_views_browser import ARTIFACTS

    graph_rows = len(set(sample_graph.subjects(RDF.type, GKG.Indicator)))
    unmet = {s for s, o in sample_graph.subject_objects(GKG.meetsReference) if not o.toPython()}
    _open(driver, sample_build / "views" / "indicators.html")
    assert driver.execute_script("return window.gkg.shown") == graph_rows == 126
    ARTIFACTS.mkdir(exist_ok=True)
    driver.save_screenshot(str(ARTIFACTS / "sample-indicators.png"))
    driver.find_element(By.ID, "gkg-unmet").click()
    visible = driver.execute_script("return window.gkg.visibleRows()")
    shown_unmet = driver.find_elements(By.CSS_SELECTOR, "tr.row.unmet:not(.off)")
    assert len(shown_unmet) == len(unmet) == 9
    # every row shown is marked 否 or is a sub-indicator of one
    marked = {tr.get_attribute("id") for tr in shown_unmet}
    subs = driver.find_elements(By.CSS_SELECTOR, "tr.row.sub:not(.off)")
    assert set(visible) == marked | {tr.get_attribute("id") for tr in subs}
    assert _type(driver, "公众") == 2  # 生态环境公众参与度 (表2-1), 公众对…参与度 (表2-2)
    driver.find_element(By.ID, "gkg-unmet").click()
    assert _type(driver, "公众") > 2  # also the rows that are met
    assert "rows shown" in driver.find_element(By.ID, "gkg-status").text
    _clean(driver)
