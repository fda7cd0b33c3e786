"""Plans and key-project tables: golden facts of the sample, fixtures from other governments, the
RDF mapping and the shapes that guard it."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rdflib import Graph, Literal, URIRef

from kg import namespaces as ns
from kg.extract import extract_source
from kg.extract import projects as extract_projects
from kg.iris import Minter
from kg.rdf import map_records
from kg.rdf import projects as rdf_projects
from kg.rdf.context import MapContext
from kg.resources import ontology_files, package_path
from kg.text.source import from_text, read
from kg.validate import validate
from tests.conftest import FIXTURES, records_of

PLAN = "温州市生态文明建设规划(2021-2030年)"
SHAPES = package_path("ontology", "shapes", "projects.ttl")


# ------------------------------------------------------------------ helpers


@pytest.fixture(scope="module")
def sample_projects(sample_records):
    return records_of(sample_records, "project")


def by_key(projects, list_name: str, seq: int):
    (found,) = [p for p in projects if p.list == list_name and p.seq == seq]
    return found


def fixture_records(name: str):
    return extract_source(read(FIXTURES / "projects" / name))


def project_warnings(records) -> list[tuple[int, str]]:
    return [
        (w.source.start_line, w.message)
        for w in records_of(records, "warning")
        if w.genre == "projects"
    ]


def mapped(records, government: str) -> Graph:
    wanted = [r for r in records if r.kind in ("plan", "project")]
    graph, _ = map_records(wanted, Minter(), "test.txt", government)
    return graph


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES, format="turtle")


@pytest.fixture(scope="module")
def sample_graph(sample_records) -> Graph:
    return mapped(sample_records, "温州市")


# ------------------------------------------------------------------ the sample: golden facts


def test_sample_has_49_projects_42_near_7_long(sample_projects):
    assert len(sample_projects) == 49
    near = [p.seq for p in sample_projects if p.list == "near"]
    long = [p.seq for p in sample_projects if p.list == "long"]
    assert near == list(range(1, 43))
    assert long == list(range(1, 8))
    assert {p.plan for p in sample_projects} == {PLAN}
    assert {p.plan_notice for p in sample_projects} == {"温政发〔2023〕19号"}
    assert {p.budget_unit for p in sample_projects} == {"亿元"}


def test_sample_plan_record(sample_records):
    (plan,) = records_of(sample_records, "plan")
    assert (plan.title, plan.notice, plan.period_start, plan.period_end) == (
        PLAN,
        "温政发〔2023〕19号",
        "2021",
        "2030",
    )
    assert (plan.source.start_line, plan.source.end_line) == (178, 190)


def test_sample_tables_are_read_without_warnings(sample_records):
    assert project_warnings(sample_records) == []


def test_sample_row_1(sample_projects):
    p = by_key(sample_projects, "near", 1)
    assert p.name == "生态环境信息化平台及监管基础设施建设"
    assert p.section == "生态制度领域"
    assert p.construction_type == "新建类"
    assert p.locations == ["全市"] and p.locations_resolved == ["温州市"]
    assert p.indicator == "落实重大目标任务部署、提高生态环境监管能力"
    assert p.content.startswith("完善美丽温州“云管家”平台;")
    assert (p.period_start, p.period_end, p.budget, p.flagged) == ("2022", "2025", "0.37", False)
    assert p.responsible == ["市生态环境局", "市住建局", "相关县(市、区)政府", "功能区管委会"]
    assert p.responsible_roles == ["责任单位"] * 4
    assert p.table == "温州市生态文明建建设近期重点工程清单"  # the typo of the original, kept
    assert p.table_label == "附表1"
    assert (p.source.start_line, p.source.end_line) == (1209, 1209)


@pytest.mark.parametrize(
    ("list_name", "seq", "name", "budget", "flagged", "responsible"),
    [
        (
            "near",
            4,
            "全市城镇生活污水厂新建改扩建",
            "56",
            True,
            [
                "市治水办",
                "市生态环境局",
                "市住建局",
                "市综合行政执法局",
                "市公用集团",
                "各县(市、区)政府",
                "功能区政府",
            ],
        ),
        ("near", 14, "异位修复中心建设", "0.1", False, ["市生态环境局", "龙湾区政府"]),
        (
            "near",
            17,
            "珍稀濒危野生动植物抢救保护建设重点项目",
            None,
            False,
            ["市自然资源和规划局", "苍南县政府"],
        ),
        ("near", 26, "光伏项目", "60", False, ["相关县(市、区)政府", "功能区管委会"]),
        ("near", 27, "华能瑞安1号海上风电场工程项目", "50", False, ["瑞安市政府"]),
        ("near", 28, "苍南1#2#海上风电项目", "123.4", False, ["苍南县政府"]),
        ("near", 37, "市域铁路S1线灵昆车辆段, S2线一期工程", "273", True, ["市铁投集团"]),
        (
            "near",
            42,
            "绿色系列创建及生态文化载体建设",
            None,
            False,
            [
                "市生态环境局",
                "市委宣传部",
                "市文化广电旅游局",
                "各县(市、区)政府",
                "功能区管委会",
                "市城发集团",
                "温州日报报业集团",
            ],
        ),
        ("long", 1, "浙江三澳核能二期、三期", "420", False, ["苍南县政府"]),
        (
            "long",
            4,
            "轨道交通M1线、轨道交通M2线一期工程、市域铁路S3线一期工程",
            "649",
            True,
            ["相关县(市、区)政府"],
        ),
        (
            "long",
            7,
            "宣传文化阵地提升工程",
            "20.00",
            True,
            [
                "市委宣传部",
                "市文化广电旅游局",
                "各县(市、区)政府",
                "功能区委",
                "市城发集团",
                "温州日报报业集团",
            ],
        ),
    ],
)
def test_sample_rows(sample_projects, list_name, seq, name, budget, flagged, responsible):
    p = by_key(sample_projects, list_name, seq)
    assert (p.name, p.budget, p.flagged, p.responsible) == (name, budget, flagged, responsible)


def test_sample_wrapped_cells_are_joined(sample_projects):
    p = by_key(sample_projects, "near", 26)
    assert p.indicator == "提高单位地区生产总值二氧化碳排放、能源降耗增效指标"
    assert p.responsible == ["相关县(市、区)政府", "功能区管委会"]


def test_sample_locations_and_sections(sample_projects):
    assert by_key(sample_projects, "near", 13).locations == ["鹿城区", "龙湾区", "平阳县", "生态园"]
    assert by_key(sample_projects, "near", 18).locations == [
        "洞头区",
        "平阳县",
        "龙港市",
        "苍南县",
        "瑞安市",
        "乐清市",
    ]
    sections = {}
    for p in sample_projects:
        sections.setdefault((p.list, p.section), []).append(p.seq)
    assert sections == {
        ("near", "生态制度领域"): [1, 2, 3],
        ("near", "生态安全领域"): list(range(4, 15)),
        ("near", "生态空间领域"): list(range(15, 23)),
        ("near", "生态经济领域"): list(range(23, 34)),
        ("near", "生态生活领域"): list(range(34, 42)),
        ("near", "生态文化领域"): [42],
        ("long", "生态经济领域"): [1, 2, 3],
        ("long", "生态生活领域"): [4],
        ("long", "生态文化领域"): [5, 6, 7],
    }


def test_sample_counts_and_sums(sample_projects):
    unknown = [(p.list, p.seq) for p in sample_projects if p.budget is None]
    assert unknown == [("near", 17), ("near", 42)]
    flagged = [(p.list, p.seq) for p in sample_projects if p.flagged]
    assert flagged == [("near", s) for s in (4, 5, 6, 34, 36, 37, 38, 39, 40, 41)] + [
        ("long", s) for s in (4, 5, 6, 7)
    ]
    # Summed by hand from the table cells (the plan's prose states 约3010.39亿元 for all 49).
    sums = {
        name: sum(Decimal(p.budget) for p in sample_projects if p.list == name and p.budget)
        for name in ("near", "long")
    }
    assert sums == {"near": Decimal("1604.59"), "long": Decimal("1412.60")}


def test_sample_periods(sample_projects):
    periods = {(p.period_start, p.period_end) for p in sample_projects}
    assert ("2017", "2025") in periods and ("2024", "2030") in periods
    assert all(p.period_start <= p.period_end for p in sample_projects)


def test_project_json_fields(sample_projects):
    data = by_key(sample_projects, "long", 7).to_json()
    assert data["kind"] == "project"
    for name in (
        "seq",
        "list",
        "section",
        "name",
        "construction_type",
        "locations",
        "indicator",
        "content",
        "period_start",
        "period_end",
        "budget",
        "budget_unit",
        "flagged",
        "responsible",
        "plan",
        "responsible_resolved",
        "locations_resolved",
        "plan_notice",
        "table",
        "table_label",
        "seq_scope",
        "responsible_roles",
    ):
        assert name in data
    assert data["budget"] == "20.00"
    assert data["source"]["start_line"] == 1291


# ------------------------------------------------------------------ fixtures from other governments


def test_county_plan_in_wan_yuan_with_lead_and_cooperating_columns():
    records = fixture_records("anji-county-plan.txt")
    (plan,) = records_of(records, "plan")
    assert (plan.title, plan.notice) == ("安吉县生态环境保护“十四五”规划", "安政发〔2022〕7号")
    assert (plan.period_start, plan.period_end) == ("2021", "2025")
    projects = records_of(records, "project")
    assert [(p.section, p.seq) for p in projects] == [
        ("水环境治理类", 1),
        ("水环境治理类", 2),
        ("水环境治理类", 3),
        ("大气污染防治类", 1),
        ("大气污染防治类", 2),
        ("土壤和固废治理类", 1),
    ]
    assert {p.budget_unit for p in projects} == {"万元"}
    assert {p.list for p in projects} == {"main"}
    assert [p.budget for p in projects] == ["12500", "8600", None, "3200", "1250.5", "4100"]
    first = projects[0]
    assert first.responsible == ["县住建局", "县生态环境分局", "县发改局"]
    assert first.responsible_roles == ["牵头单位", "配合单位", "配合单位"]
    assert first.responsible_resolved[0] == "安吉县住建局"
    assert first.construction_type == "改扩建" and first.period_end == "2023"
    assert projects[1].responsible == ["县住建局", "各乡镇人民政府(街道办事处)"]
    assert projects[2].flagged and projects[2].name == "西苕溪流域综合治理"
    assert (projects[2].period_start, projects[2].period_end) == ("2022", "2022")
    assert projects[4].responsible_roles == ["牵头单位", "牵头单位", "配合单位"]
    # 序号 restart in every section, so the section is part of the numbering scope.
    assert len({(p.seq_scope, p.seq) for p in projects}) == 6
    assert project_warnings(records) == [(29, "column '“十四五”计划投资(万元)' not read")]
    (total,) = [f for f in records_of(records, "stated_figure") if f.table]
    assert (total.value, total.unit) == ("29650.5", "万元")
    assert sum(Decimal(p.budget) for p in projects if p.budget) == Decimal(total.value)


def test_provincial_table_with_another_column_order():
    records = fixture_records("zhejiang-provincial-table.txt")
    projects = records_of(records, "project")
    assert [p.name for p in projects] == [
        "扩大杭嘉湖南排工程",
        "钱塘江海塘安澜工程",
        "浙东引水工程提升",
        "开化水库工程",
    ]
    first, second, third, fourth = projects
    assert first.responsible == ["省水利厅", "杭州市人民政府", "嘉兴市人民政府"]
    assert first.responsible_resolved[0] == "浙江省水利厅"
    assert first.locations == ["杭州市", "嘉兴市"]
    assert first.content == "新建排水泵站3座，拓浚河道60公里。"
    assert (first.budget, first.section, first.construction_type) == ("120", "防洪排涝工程", None)
    assert second.responsible == ["有关市、县（市、区）人民政府"]  # one collective party
    assert (second.period_start, second.period_end) == ("2021", "2025")  # 2021-25
    assert (third.period_start, third.period_end) == ("2023", None)  # 2023年起
    assert (fourth.budget, fourth.period_start, fourth.period_end) == ("39.88", "2019", "2024")
    assert {p.list for p in projects} == {"main"}
    assert {p.table_label for p in projects} == {"附表"}
    assert project_warnings(records) == [(23, "budget '约120' read as 120")]


def test_row_broken_over_a_page_with_the_header_repeated():
    records = fixture_records("lishui-page-break.txt")
    projects = records_of(records, "project")
    assert [(p.list, p.seq) for p in projects] == [
        ("near", 1),
        ("near", 2),
        ("near", 3),
        ("near", 5),
        ("long", 1),
        ("long", 2),
    ]
    broken = projects[1]
    assert broken.name == "瓯江干流生态修复工程"
    assert broken.content == "实施瓯江干流堤防生态化改造，修复岸线35公里，建设生态缓冲带。"
    assert (broken.period_start, broken.period_end, broken.budget) == ("2021", "2024", "12.6")
    assert broken.responsible == ["市水利局", "莲都区政府", "青田县政府"]
    assert (broken.source.start_line, broken.source.end_line) == (24, 31)
    dangling = projects[2]
    assert dangling.responsible == ["市农业农村局", "松阳县政府"]
    assert (dangling.source.start_line, dangling.source.end_line) == (32, 33)
    assert projects[0].locations_resolved == ["丽水市"]
    assert project_warnings(records) == [
        (
            34,
            "table line could not be placed in any row: "
            "'l4 | 遂昌金矿生态修复 | 新建类 | 遂昌县 | 提高矿山生态修复指标 | 修复废弃矿山12处。 | 2022-2'",
        ),
        (35, "序号 goes from 3 to 5: a row may be missing or misread"),
        (42, "period ends (2026) before it starts (2028)"),
    ]


def test_web_copy_without_a_notice():
    records = fixture_records("linan-web-copy.txt")
    (plan,) = records_of(records, "plan")
    assert (plan.title, plan.notice) == ("杭州市临安区2023年生态环境保护重点项目计划", None)
    projects = records_of(records, "project")
    assert [(p.seq, p.budget, p.period_start, p.period_end) for p in projects] == [
        (1, "3600", "2022", "2024"),
        (2, "2480", "2023", "2023"),
        (3, None, "2023", "2025"),
    ]
    assert projects[1].responsible == ["锦城街道办事处", "区住建局"]
    assert projects[1].responsible_roles == ["实施主体", "实施主体"]
    assert projects[1].responsible_resolved[1] == "临安区住建局"
    assert {p.budget_unit for p in projects} == {"万元"}
    assert project_warnings(records) == [(9, "column '2023年计划投资（万元）' not read")]


def test_units_on_a_second_header_line():
    text = "\n".join(
        [
            "某市“十四五”综合交通规划",
            "附表 重大项目表",
            "序号\t项目名称\t建设年限\t总投资\t责任单位",
            "\t\t\t（亿元）\t",
            "1\t某某快速路\t2021-2024\t18.5\t市交通运输局",
        ]
    )
    records = extract_source(from_text(text, "two-row-header.txt"))
    (project,) = records_of(records, "project")
    assert (project.budget, project.budget_unit) == ("18.5", "亿元")
    assert project_warnings(records) == []


def test_budget_without_any_unit_is_reported():
    text = "某县2024年重点项目计划\n序号\t项目名称\t总投资\t责任单位\n1\t某某公园\t3000\t县住建局"
    records = extract_source(from_text(text, "no-unit.txt"))
    assert records_of(records, "project")[0].budget_unit is None
    assert project_warnings(records) == [(2, "budget column '总投资' names no unit")]


def test_columns_not_read_are_reported_and_people_are_not_parties():
    text = (
        "某县2024年重点项目计划\n序号\t项目名称\t总投资（万元）\t责任单位\t责任领导\t资金来源\n"
        "1\t某某公园\t3000\t县住建局\t张三\t财政"
    )
    records = extract_source(from_text(text, "columns.txt"))
    assert records_of(records, "project")[0].responsible == ["县住建局"]
    assert project_warnings(records) == [
        (2, "column '责任领导' not read"),
        (2, "column '资金来源' not read"),
    ]


def test_a_news_report_naming_a_plan_is_not_a_plan():
    text = "湖州市发布2024年重大项目建设计划\n记者从市发展改革委获悉，今年全市安排重大项目320个。"
    records = extract_source(from_text(text, "news.txt"))
    assert records_of(records, "plan") == [] and records_of(records, "project") == []


# ------------------------------------------------------------------ cell grammar


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("重点工程", "name"),
        ("项目名称", "name"),
        ("工程项目名称", "name"),
        ("建设内容及规模", "content"),
        ("主要建设内容和规模", "content"),
        ("实施期限(年)", "period"),
        ("建设年限", "period"),
        ("起止年限", "period"),
        ("计划开工时间", "period_start"),
        ("计划竣工时间", "period_end"),
        ("投资总预算(亿元)", "budget"),
        ("总投资（万元）", "budget"),
        ("投资估算", "budget"),
        ("资金来源", "funding"),
        ("建设性质", "construction_type"),
        ("建设状态", "construction_type"),
        ("建设地点", "locations"),
        ("所在县（市、区）", "locations"),
        ("牵头单位", "responsible"),
        ("配合单位", "responsible"),
        ("实施主体", "responsible"),
        ("项目业主", "responsible"),
        ("责任领导", "person"),
        ("指标贡献", "indicator"),
        ("指标名称", None),
        ("备注", "remarks"),
    ],
)
def test_columns_by_meaning(header, role):
    assert extract_projects.column_role(header) == role


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (
            "市生态环境局、市住建局,相关县(市、区)政府、功能区管委会",
            ["市生态环境局", "市住建局", "相关县(市、区)政府", "功能区管委会"],
        ),
        ("市生态环境局, 龙湾区政府", ["市生态环境局", "龙湾区政府"]),
        ("各县（市、区）政府；市城发集团", ["各县（市、区）政府", "市城发集团"]),
        ("", []),
    ],
)
def test_split_never_inside_parentheses(cell, expected):
    assert extract_projects.split_list(cell) == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("2020-2025", ("2020", "2025", None)),
        ("2021—2025年", ("2021", "2025", None)),
        ("2021年3月-2023年12月", ("2021", "2023", None)),
        ("2021-25", ("2021", "2025", None)),
        ("２０２３年", ("2023", "2023", None)),
        ("2023年起", ("2023", None, None)),
        ("待定", (None, None, None)),
        ("三年", (None, None, "period '三年' names no year")),
    ],
)
def test_period_grammar(cell, expected):
    assert extract_projects.parse_period(cell) == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("0.37", ("0.37", None)),
        ("20.00", ("20.00", None)),
        ("12,500", ("12500", None)),
        ("１２.５", ("12.5", None)),
        ("待定", (None, None)),
        ("—", (None, None)),
        (None, (None, "empty budget cell")),
        ("约5.2", ("5.2", "budget '约5.2' read as 5.2")),
        ("另行测算", (None, "budget '另行测算' is not a number; kept as unknown")),
    ],
)
def test_budget_grammar(cell, expected):
    assert extract_projects.parse_budget(cell) == expected


@pytest.mark.parametrize(
    ("title", "period"),
    [
        (PLAN, ("2021", "2030")),
        ("安吉县生态环境保护“十四五”规划", ("2021", "2025")),
        ("某市国民经济和社会发展第十三个五年规划纲要", (None, None)),
        ("某县“十三五”规划", ("2016", "2020")),
        ("杭州市临安区2023年生态环境保护重点项目计划", ("2023", "2023")),
    ],
)
def test_plan_period(title, period):
    assert extract_projects.plan_period(title) == period


# ------------------------------------------------------------------ RDF


def test_plan_is_promulgated_by_its_notice(sample_graph):
    ctx = MapContext(
        graph=Graph(),
        minter=Minter(),
        source_key="x",
        source_iri=URIRef("urn:x"),
        government="温州市",
    )
    plan = rdf_projects.plan_iri(ctx, PLAN)
    assert (plan, ns.RDF.type, ns.GKG.Plan) in sample_graph
    assert (plan, ns.RDF.type, ns.ELI.LegalResource) in sample_graph
    assert (plan, ns.ELI.title, Literal(PLAN, lang="zh")) in sample_graph
    (notice,) = sample_graph.subjects(ns.GKG.promulgates, plan)
    assert (notice, ns.ELI.number, Literal("温政发〔2023〕19号")) in sample_graph
    assert (notice, ns.ELI.has_part, plan) in sample_graph
    assert len(set(sample_graph.subjects(ns.GKG.partOfPlan, plan))) == 49


def test_projects_in_rdf(sample_graph):
    projects = set(sample_graph.subjects(ns.RDF.type, ns.GKG.Project))
    assert len(projects) == 49
    assert all((p, ns.RDF.type, ns.SDO.Project) in sample_graph for p in projects)
    assert len(set(sample_graph.subjects(ns.GKG.budgetUnknown, Literal(True)))) == 2
    assert len(set(sample_graph.subjects(ns.GKG.targetsUnmetIndicator, Literal(True)))) == 14
    (project,) = sample_graph.subjects(ns.RDFS.label, Literal("宣传文化阵地提升工程", lang="zh"))
    budget = sample_graph.value(project, ns.GKG.budget)
    assert sample_graph.value(budget, ns.SDO.value) == Literal("20.00", datatype=ns.XSD.decimal)
    assert str(sample_graph.value(budget, ns.SDO.value)) == "20.00"
    assert sample_graph.value(budget, ns.SDO.currency) == Literal("CNY")
    assert sample_graph.value(budget, ns.GKG.amountUnit) == Literal("亿元", lang="zh")
    assert sample_graph.value(budget, ns.GKG.amountInYuan).toPython() == Decimal("2000000000")
    assert sample_graph.value(project, ns.GKG.periodStart) == Literal("2021", datatype=ns.XSD.gYear)
    assert sample_graph.value(project, ns.GKG.constructionType) == Minter().concept(
        "construction-type", "new"
    )
    assert sample_graph.value(project, ns.GKG.projectList) == Minter().concept(
        "project-list", "long"
    )


def test_responsibilities_in_order_with_collective_parties(sample_graph):
    (project,) = sample_graph.subjects(
        ns.RDFS.label, Literal("生态环境信息化平台及监管基础设施建设", lang="zh")
    )
    nodes = sorted(
        sample_graph.objects(project, ns.GKG.responsibility),
        key=lambda n: sample_graph.value(n, ns.GKG.position).toPython(),
    )
    labels = [
        str(sample_graph.value(sample_graph.value(n, ns.PROV.agent), ns.SKOS.prefLabel))
        for n in nodes
    ]
    assert labels[:2] == ["温州市生态环境局", "温州市住房和城乡建设局"]
    assert [sample_graph.value(n, ns.GKG.lead).toPython() for n in nodes] == [
        True,
        False,
        False,
        False,
    ]
    collective = sample_graph.value(nodes[2], ns.PROV.agent)
    assert (collective, ns.RDF.type, ns.GKG.CollectiveParty) in sample_graph
    assert (
        sample_graph.value(nodes[1], ns.PROV.agent),
        ns.RDF.type,
        ns.GKG.CollectiveParty,
    ) not in sample_graph


def test_etc_closing_a_list_is_no_part_of_a_name():
    text = (
        "某县2024年重点项目计划\n序号\t项目名称\t建设地点\t总投资（万元）\t责任单位\n"
        "1\t某某公园\t城关镇、东城街道等\t3000\t县住建局、县水利局等"
    )
    records = extract_source(from_text(text, "etc.txt"))
    (project,) = records_of(records, "project")
    assert project.locations == ["城关镇", "东城街道等"]  # as written
    graph = mapped(records, "某县")
    assert {str(o) for o in graph.objects(None, ns.SKOS.prefLabel)} == {"某县住建局", "某县水利局"}
    places = {str(graph.value(o, ns.RDFS.label)) for o in graph.objects(None, ns.SDO.location)}
    assert places == {"城关镇", "东城街道"}


def test_sample_projects_conform(sample_graph, shapes):
    report = validate(sample_graph, shapes)
    assert report.violations == [] and report.warnings == []


def test_mapping_is_deterministic(sample_records):
    first, second = mapped(sample_records, "温州市"), mapped(sample_records, "温州市")
    assert set(first) == set(second)


def test_restarted_numbering_gets_distinct_iris():
    graph = mapped(fixture_records("anji-county-plan.txt"), "安吉县")
    assert len(set(graph.subjects(ns.RDF.type, ns.GKG.Project))) == 6
    amounts = {str(o) for o in graph.objects(None, ns.GKG.amountInYuan)}
    assert "125000000" in amounts  # 12,500 万元


def test_inverted_period_in_a_fixture_is_a_violation(shapes):
    report = validate(mapped(fixture_records("lishui-page-break.txt"), "丽水市"), shapes)
    assert [(r.path, r.value) for r in report.violations] == [(str(ns.GKG.periodStartYear), "2028")]


# ------------------------------------------------------------------ the shapes bite


def _one_project(graph: Graph, name: str) -> URIRef:
    (project,) = graph.subjects(ns.RDFS.label, Literal(name, lang="zh"))
    return project


def _broken(sample_graph: Graph, change) -> Graph:
    graph = Graph()
    for triple in sample_graph:
        graph.add(triple)
    change(graph, _one_project(graph, "光伏项目"))
    return graph


def _drop_name(g, p):
    g.remove((p, ns.RDFS.label, None))


def _negative_budget(g, p):
    budget = g.value(p, ns.GKG.budget)
    g.set((budget, ns.SDO.value, Literal("-60", datatype=ns.XSD.decimal)))


def _end_before_start(g, p):
    g.set((p, ns.GKG.periodEndYear, Literal(2019, datatype=ns.XSD.integer)))


def _responsibility_without_agent(g, p):
    node = next(n for n in g.objects(p, ns.GKG.responsibility))
    g.remove((node, ns.PROV.agent, None))


def _budget_and_unknown(g, p):
    g.add((p, ns.GKG.budgetUnknown, Literal(True)))


def _second_lead(g, p):
    node = next(
        n
        for n in g.objects(p, ns.GKG.responsibility)
        if g.value(n, ns.GKG.position).toPython() == 2
    )
    g.set((node, ns.GKG.lead, Literal(True)))


def _list_outside_scheme(g, p):
    g.set((p, ns.GKG.projectList, Minter().concept("project-list", "someday")))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (_drop_name, "A project needs a name (rdfs:label)."),
        (_negative_budget, "A budget is exactly one non-negative xsd:decimal (schema:value)."),
        (_end_before_start, "A project's period cannot end before it starts."),
        (
            _responsibility_without_agent,
            "A responsibility needs exactly one organisation (prov:agent).",
        ),
        (
            _budget_and_unknown,
            "A project states a budget or says it is unknown (待定), not both and not neither.",
        ),
        (_second_lead, "Only the party in position 1 is the lead."),
        (_list_outside_scheme, "A project stands in exactly one list of the project-list scheme."),
    ],
)
def test_shapes_bite(sample_graph, shapes, change, message):
    report = validate(_broken(sample_graph, change), shapes)
    assert len(report.violations) == 1
    assert message in report.violations[0].message


# ------------------------------------------------------------------ ontology and data tables


def test_plans_module_terms_have_labels_and_comments_in_both_languages():
    path = next(p for p in ontology_files() if p.name == "plans.ttl")
    graph = Graph().parse(path, format="turtle")
    subjects = {s for s in graph.subjects() if isinstance(s, URIRef)}
    assert len(subjects) > 30
    for subject in subjects:
        for predicate in (ns.RDFS.label,):
            langs = {o.language for o in graph.objects(subject, predicate)}
            assert {"en", "zh"} <= langs, subject
        comments = {o.language for o in graph.objects(subject, ns.RDFS.comment)} | {
            o.language for o in graph.objects(subject, ns.SKOS.definition)
        }
        assert {"en", "zh"} <= comments, subject
        assert (
            subject,
            ns.RDFS.isDefinedBy,
            URIRef("https://w3id.org/gazette-kg/ontology"),
        ) in graph


def test_construction_types_table_names_concepts_of_the_ontology():
    path = next(p for p in ontology_files() if p.name == "plans.ttl")
    graph = Graph().parse(path, format="turtle")
    for written, notation in rdf_projects.construction_types().items():
        concept = Minter().concept("construction-type", notation)
        assert (concept, ns.SKOS.notation, Literal(notation)) in graph, written
    assert rdf_projects.construction_types()["新建类"] == "new"
    assert rdf_projects.construction_types()["续建类"] == "continued"
    assert rdf_projects.money_units()["亿元"] == Decimal(100000000)


def test_pinned_iris(sample_records):
    """Changing one of these is a deliberate, reviewed act (DESIGN.md §3)."""
    (record,) = [p for p in records_of(sample_records, "project") if (p.list, p.seq) == ("near", 1)]
    ctx = MapContext(
        graph=Graph(),
        minter=Minter(),
        source_key="x",
        source_iri=URIRef("urn:x"),
        government="温州市",
    )
    base = "https://example.org/gazette-kg/id/"
    project = rdf_projects.project_iri(record, ctx)
    assert project == URIRef(base + "project/c3d2694630a24b0a")
    assert rdf_projects.plan_iri(ctx, PLAN) == URIRef(base + "document/c43dd971ce9eb924")
    graph = mapped([record], "温州市")
    (lead,) = [
        n
        for n in graph.objects(project, ns.GKG.responsibility)
        if graph.value(n, ns.GKG.lead).toPython()
    ]
    assert lead == URIRef(base + "project/c3d2694630a24b0a/responsibility/f6fc42039fba3776")
