"""The named query library: headers, valid flat SPARQL, and every query's rows on the sample.

Expected rows were checked by hand against kg/data/wenzhou-gazette-2023-06.txt (line numbers in the
comments); the project figures also against an independent reading of the two project tables
(附表1 lines 1206-1271, 附表2 lines 1279-1291). IRIs are left out: kg/iris.py pins them.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib.plugins.sparql import prepareQuery

from kg.query import library, prepare
from kg.query.lexer import tokens
from kg.query.local import evaluate
from kg.query.params import parse_assignments
from kg.query.results import plain
from tests.conftest import FIXTURES

QUERIES = library()
CJK = re.compile(r"[\u4e00-\u9fff]")
ISSUE = ("温州市人民政府公报", "6")
DECISION = "温政发〔2023〕18号"
DECISION_TITLE = "温州市人民政府关于修改和废止部分行政规范性文件的决定"
PLAN_NOTICE = "温政发〔2023〕19号"
PLAN_NOTICE_TITLE = "温州市人民政府关于印发温州市生态文明建设规划(2021-2030年)的通知"


def example_params(example: str) -> dict[str, str]:
    argv = shlex.split(example)
    return parse_assignments([argv[i + 1] for i, arg in enumerate(argv) if arg == "--param"])


def cases() -> list[tuple[str, dict[str, str]]]:
    """Every query with the parameters of each of its examples."""
    return [(name, example_params(ex)) for name, q in QUERIES.items() for ex in q.examples]


def select(build, name: str, params: dict[str, str], *columns: str) -> list[tuple]:
    """The plain values of ``columns`` (default: all) of each row, in the query's order."""
    result = evaluate(str(build / "store"), prepare(QUERIES[name], params))
    index = [result.variables.index(c) for c in columns or result.variables]
    return [tuple(row[i] for i in index) for row in plain(result)]


# --------------------------------------------------------------------------- the library itself
def test_at_least_fifteen_queries_each_explaining_itself():
    assert len(QUERIES) >= 15
    for name, query in QUERIES.items():
        assert query.title and query.en.endswith(("?", ".")), name
        assert CJK.search(query.zh) and query.zh.endswith(("？", "。")), name
        assert query.examples and all(
            e.startswith(f"gazette-kg query {name}") for e in query.examples
        ), name
        declared = {p.name for p in query.params}
        for example in query.examples:
            assert set(example_params(example)) <= declared, (name, example)
        for param in query.params:
            assert param.description, (name, param.name)
            assert not (param.required and param.default), (name, param.name)


@pytest.mark.parametrize(("name", "params"), cases())
def test_every_example_is_valid_sparql_for_rdflib_and_oxigraph(name, params):
    text = prepare(QUERIES[name], params)
    prepareQuery(text)  # raises on a syntax error
    assert isinstance(ox.Store().query(text), ox.QuerySolutions)


def nested_optional(text: str) -> int | None:
    """Offset of an OPTIONAL inside another OPTIONAL of the same (sub)query, else None.

    A subquery is evaluated on its own, so an OPTIONAL within it does not nest in the outer one.
    """
    frames: list[str] = []  # per open brace: "optional", "subquery" or "group"
    pending = False
    previous = ""
    for tok in tokens(text):
        if tok.keyword == "OPTIONAL":
            pending = True
        elif tok.text == "{":
            if pending:
                for frame in reversed(frames):
                    if frame == "subquery":
                        break
                    if frame == "optional":
                        return tok.start
            frames.append("optional" if pending else "group")
            pending = False
        elif tok.text == "}":
            frames.pop()
        elif tok.keyword == "SELECT" and previous == "{":
            frames[-1] = "subquery"
        previous = tok.text
    return None


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_flat_style_no_nested_optional_and_a_total_order(name):
    assert nested_optional(QUERIES[name].text) is None, name
    assert re.search(r"\bORDER BY\b", QUERIES[name].text), f"{name}: rows need a fixed order"


def test_the_nesting_check_bites():
    assert nested_optional("SELECT * { ?s ?p ?o OPTIONAL { ?s ?q ?r OPTIONAL { ?r ?x ?y } } }")
    assert nested_optional("SELECT * { OPTIONAL { { ?a ?b ?c } UNION { OPTIONAL { ?d ?e ?f } } } }")
    assert nested_optional("SELECT * { OPTIONAL { ?a ?b ?c } OPTIONAL { ?d ?e ?f } }") is None
    assert (
        nested_optional(
            "SELECT * { OPTIONAL { { SELECT ?a { ?a ?b ?c OPTIONAL { ?c ?d ?e } } } } }"
        )
        is None
    )


NOTHING = {
    "zh": "不存在的名称",
    "string": "no such value",
    "integer": "999999",
    "iri": "https://example.org/none",
}


def filter_cases() -> list[tuple[str, str, dict[str, str]]]:
    """For each parameter that selects (not the day a status is read on, not a range end), the
    query's first example with that parameter set to a value found nowhere."""
    found = []
    for name, query in QUERIES.items():
        base = example_params(query.examples[0])
        for param in query.params:
            if param.type in NOTHING:
                found.append((name, param.name, {**base, param.name: NOTHING[param.type]}))
    return found


@pytest.mark.parametrize(("name", "param", "params"), filter_cases())
def test_a_parameter_restricts_rows_it_is_never_only_optional(sample_build, name, param, params):
    # A parameter used only inside OPTIONAL would keep every row and show the given value in it.
    assert select(sample_build, name, params) == [], param


# --------------------------------------------------------------------------- rows on the sample
def test_personnel_changes(sample_build):
    # lines 1313-1339: 市人民政府决定 … 8 appointments (任) and 8 removals (免去)
    rows = select(
        sample_build,
        "personnel-changes",
        {},
        "person",
        "action",
        "post",
        "organization",
        "date",
        "decidedBy",
        "issueTitle",
        "issueNumber",
    )
    assert len(rows) == 16
    assert {r[4:] for r in rows} == {("2023-06", "温州市人民政府", *ISSUE)}
    assert [r[:4] for r in rows if r[1] == "remove"] == [
        ("毛正晓", "remove", "温州市人民政府办公室副主任", "温州市人民政府办公室"),
        ("王晓康", "remove", "温州市医疗保障局副局长", "温州市医疗保障局"),
        ("程鸿伟", "remove", "温州市司法局副局长", "温州市司法局"),
        ("叶明坚", "remove", "温州市投资促进局副局长", "温州市投资促进局"),
        ("金剑欣", "remove", "温州铁路南站综合管理中心主任", "温州铁路南站综合管理中心"),
        (
            "王云师",
            "remove",
            "第十批温州市对口支援新疆拜城县指挥部副指挥长",
            "第十批温州市对口支援新疆拜城县指挥部",
        ),
        (
            "苏志炜",
            "remove",
            "第十批温州市对口支援新疆拜城县指挥部副指挥长",
            "第十批温州市对口支援新疆拜城县指挥部",
        ),
        (
            "池晓荣",
            "remove",
            "第十批温州市对口支援新疆拜城县指挥部指挥长",
            "第十批温州市对口支援新疆拜城县指挥部",
        ),
    ]
    assert sorted(r[:4] for r in rows if r[1] == "appoint") == sorted(
        [
            ("毛正晓", "appoint", "温州市人民政府副秘书长", "温州市人民政府"),
            ("王晓康", "appoint", "温州市人力资源和社会保障局局长", "温州市人力资源和社会保障局"),
            ("叶明坚", "appoint", "温州市应急管理局副局长", "温州市应急管理局"),
            ("胡坚", "appoint", "温州市医疗保障局副局长", "温州市医疗保障局"),
            ("项欣华", "appoint", "温州市投资促进局副局长", "温州市投资促进局"),
            ("王云师", "appoint", "温州市住房公积金管理中心副主任", "温州市住房公积金管理中心"),
            ("余海燕", "appoint", "温州市司法局副局长", "温州市司法局"),
            ("林国锋", "appoint", "温州铁路南站综合管理中心主任", "温州铁路南站综合管理中心"),
        ]
    )
    assert select(
        sample_build, "personnel-changes", {"organization": "温州市应急管理局"}, "person", "action"
    ) == [("叶明坚", "appoint")]


def test_person_timeline(sample_build):
    # lines 1343-1351, 1353-1361, 1397-1403: the three news briefs naming 刘小涛
    assert select(
        sample_build, "person-timeline", {"person": "刘小涛"}, "date", "kind", "what", "role", "how"
    ) == [
        (
            "2023-06-06",
            "brief",
            "市委全面依法治市委员会第五次会议召开",
            "省委常委、市委书记、市委全面依法治市委员会主任",
            "主持",
        ),
        (
            "2023-06-06",
            "brief",
            "温州市打造高质量发展建设共同富裕示范区市域样板领导小组会议召开",
            "省委常委、市委书记",
            "强调",
        ),
        ("2023-06-28", "brief", "温州市新闻传媒中心成立", "省委常委、市委书记", "代表"),
    ]
    # line 1317: 王晓康任…局长，免去其…副局长职务
    assert select(
        sample_build, "person-timeline", {"person": "王晓康"}, "date", "kind", "what", "role", "how"
    ) == [
        ("2023-06", "appoint", "6月份市政府人事任免", "温州市人力资源和社会保障局局长", "任"),
        ("2023-06", "remove", "6月份市政府人事任免", "温州市医疗保障局副局长", "免去其"),
    ]


AMENDED_TEXT = {  # line 164-168, the 修改内容 column, verbatim
    "温政办〔2021〕61号": [
        (
            "1",
            "一4",
            "delete",
            "4.支持品牌门店提质提升。国际知名品牌和国内知名品牌(含中华老字号)在我市开设独立法人性质"
            "的各类传统品牌门店(含非法人企业转法人企业)改造升级为有区域引领性的品牌旗舰店、品牌功能店,"
            "装修成本达到100万元的,按照项目核定装修成本的40%、最高60万元奖励。(责任单位:市商务局)",
            None,
        ),
        (
            "2",
            "三8",
            "delete",
            "前述潮店网红店开票销售额增长30%、50%、80%以上的,分别按企业形成的地方综合贡献度增量部分的"
            "50%、80%、100%给予奖励",
            None,
        ),
    ],
    "温政办〔2021〕69号": [
        (
            "1",
            "三(一)2",
            "replace",
            "各地依法依规对高耗能企业进行严格检查,制定年度整治提升方案,实施分类整治,对标提升,达标销号,"
            "涉及安全、环保、质量、能源等违法违规且整改不达标的企业一律关停退出",
            "各地依法依规对高耗能企业进行严格检查,制定年度整治提升方案,实施分类整治,对标提升,达标销号,"
            "涉及安全、环保、质量、能源等违法违规且整改不达标的企业依法处置",
        ),
    ],
    "温政办〔2021〕73号": [
        (
            "1",
            "三",
            "delete",
            "而且被投资企业注册地迁往温州或在温州设立子公司的,都应承诺5年内不迁出温州",
            None,
        ),
    ],
    "温政办〔2022〕2号": [
        (
            "1",
            "三21",
            "replace",
            "鼓励拥有专用固定车位的居民自建自管充电设施,居民自建充电基础设施应与物业服务人签订服务协议,"
            "由物业服务人协助管理,并向当地电力部门提出用电报装",
            "鼓励拥有专用固定车位的居民自建自管充电设施,居民自建充电基础设施的,应向当地电力部门提出用电"
            "报装;可以与物业服务人签订服务协议,委托其协助管理充电基础设施。(责任单位:市住建局)",
        ),
    ],
    "温政发〔2021〕27号": [
        (
            "1",
            "九",
            "replace",
            "符合下列情形之一的规范性文件,经市司法局合法性审查、市政府主要负责人签发后公布后实施:(一)为"
            "预防、应对和处置自然灾害、事故灾难、公共卫生事件和社会安全事件等突发事件,保障公共利益,需要"
            "立即制定规范性文件的;(二)执行上级行政机关、同级人民代表大会及其常务委员会的命令和决定,需要"
            "立即制定规范性文件的;(三)依法律、法规、规章及上级相关文件规定,需要立即制定规范性文件文件的。",
            "因紧急情况需要即时制定行政规范性文件,经制定机关主要负责人批准,可以简化制定程序",
        ),
    ],
}


def test_amendments(sample_build):
    # lines 146-176: 5 documents amended (附件1), 2 repealed (附件2), in force from 2023年8月1日
    rows = select(
        sample_build,
        "amendments",
        {"decision": DECISION},
        "decision",
        "target",
        "action",
        "effective",
        "order",
        "provision",
        "change",
        "oldText",
        "newText",
    )
    assert {r[0] for r in rows} == {DECISION} and {r[3] for r in rows} == {"2023-08-01"}
    repealed = [r[1] for r in rows if r[2] == "repeal"]
    assert repealed == ["温政办〔2021〕81号", "温政办〔2022〕5号"]
    assert [r[4:] for r in rows if r[2] == "repeal"] == [(None,) * 5] * 2
    amended: dict[str, list] = {}
    for row in rows:
        if row[2] == "amend":
            amended.setdefault(row[1], []).append(row[4:])
    assert amended == AMENDED_TEXT


def test_document_status_on_a_date(sample_build):
    def status(day: str) -> list[tuple]:
        return select(sample_build, "document-status", {"date": day}, "number", "status", "since")

    # line 152: 本决定自2023年8月1日起施行; 附件2 repeals 81号 and 5号, 附件1 amends five
    amended = [
        "温政办〔2021〕61号",
        "温政办〔2021〕69号",
        "温政办〔2021〕73号",
        "温政办〔2022〕2号",
        "温政发〔2021〕27号",
    ]
    cited_only = [
        "温政办〔2017〕52号",
        "温政办〔2023〕58号",
        "温政发〔2004〕63号",
        "省政府令第372号",
    ]
    before, after = (
        dict((r[0], r[1:]) for r in status("2023-07-31")),
        dict((r[0], r[1:]) for r in status("2023-08-01")),
    )
    assert len(before) == len(after) == 14
    for number in amended:
        assert (before[number], after[number]) == (("in force", None), ("amended", "2023-08-01"))
    for number in ("温政办〔2021〕81号", "温政办〔2022〕5号"):
        assert (before[number], after[number]) == (("in force", None), ("repealed", "2023-08-01"))
    assert before[DECISION] == ("not yet in force", None)
    assert (
        after[DECISION] == after[PLAN_NOTICE] == after["温政办〔2023〕56号"] == ("in force", None)
    )
    for number in cited_only:  # known from a citation or the catalogue only: no status
        assert before[number] == after[number] == (None, None)
    assert status("2020-12-31")[1:2] == [("温政办〔2021〕61号", "not yet issued", None)]


def test_document_history(sample_build):
    # lines 161-164: 61号 loses 一4 and 三8
    rows = select(
        sample_build,
        "document-history",
        {"number": "温政办〔2021〕61号"},
        "effective",
        "action",
        "decisionNumber",
        "decisionTitle",
        "adopted",
        "provisions",
        "issueTitle",
    )
    assert len(rows) == 1
    effective, action, number, title, adopted, provisions, issue = rows[0]
    assert (effective, action, number, title, adopted) == (
        "2023-08-01",
        "amend",
        DECISION,
        DECISION_TITLE,
        "2023-06-22",
    )
    assert sorted(provisions.split("; ")) == ["一4 (delete)", "三8 (delete)"]
    assert issue.startswith("温州市人民政府公报")


def test_documents(sample_build):
    # lines 136-159 (18号, signed 2023年6月22日), 178-188 (19号, 6月12日); 56号 at page 65
    assert select(
        sample_build,
        "documents",
        {},
        "number",
        "issuer",
        "type",
        "signed",
        "inForce",
        "issueTitle",
        "issueNumber",
    ) == [
        ("温政办〔2023〕56号", "温州市人民政府办公室", "notice", "2023-06-01", None, *ISSUE),
        (DECISION, "温州市人民政府", "decision", "2023-06-22", "2023-08-01", *ISSUE),
        (PLAN_NOTICE, "温州市人民政府", "notice", "2023-06-12", None, *ISSUE),
    ]
    assert select(sample_build, "documents", {"issuer": "温州市人民政府办公室"}, "number") == [
        ("温政办〔2023〕56号",)
    ]


def test_issue_contents(sample_build):
    # lines 104-134: the 目录 with its headings and page numbers
    assert select(
        sample_build,
        "issue-contents",
        {"issueNumber": "6"},
        "position",
        "heading",
        "title",
        "number",
        "page",
    ) == [
        ("1", "市政府文件", DECISION_TITLE, DECISION, "2"),
        (
            "2",
            "市政府文件",
            "温州市人民政府关于印发温州市生态文明建设规划（2021-2030年）的通知",
            PLAN_NOTICE,
            "5",
        ),
        (
            "3",
            "市府办文件",
            "温州市人民政府办公室关于印发温州市区声环境功能区划分方案（2023年）的通知",
            "温政办〔2023〕56号",
            "65",
        ),
        ("4", "机构人事", "6月份市政府人事任免", None, "66"),
        (
            "5",
            "政务简讯",
            "温州市打造高质量发展建设共同富裕示范区市域样板领导小组会议召开等简讯6则",
            None,
            "67",
        ),
        ("6", "政府记事", "6月份市政府记事", None, "71"),
        ("7", "发文目录", "6月份市政府、市政府办公室发文目录", None, "75"),
    ]


def test_catalogue_entries_not_printed(sample_build):
    # lines 1601-1606: four entries; 58号 is the one the issue does not print
    assert select(
        sample_build, "catalogue-not-printed", {}, "issueTitle", "issueNumber", "number", "title"
    ) == [
        (
            *ISSUE,
            "温政办〔2023〕58号",
            "温州市人民政府办公室关于建立土地利用年度计划和耕地占补平衡“指标银行”的通知",
        ),
    ]


CITED_BY_PLAN = [  # 《…》 in the plan printed with 19号 (lines 190-1300), none printed in the issue
    "民间河长工作规范",
    "深化生态文明示范创建高水平建设新时代美丽温州规划纲要（2020—2035年）",
    "温州城市绿化实施细则",
    "温州市全域“无废城市”建设工作实施方案(2022—2025年)",
    "温州市国民经济与社会发展“十四五”规划",
    "温州市市直有关单位生态环境保护责任清单",
    "温州市森林生态效益补偿基金管理办法",
    "温州市环境应急监测能力提升计划",
    "温州市生态环境基础设施提升行动计划（2022-2025）",
    "温州市生态环境服务机构管理条例",
    "温州市碳达峰实施方案",
    "温州市级饮用水水源地生态保护补偿专项资金管理办法",
    "温州市美丽海湾保护与建设总体方案",
    "温州市重大疫情医疗废物应急处置方案",
    "环境违法行为举报奖励实施细则",
    "生态环境保护综合行政执法装备配备标准化建设指导标准(2020年版)",
    "生态环境志愿服务组织建设及服务管理规范",
    "美丽温州绿色生产生活试点建设三年行动方案(2021-2023年)",
]


def test_documents_cited_but_never_printed(sample_build, sample_source):
    rows = select(sample_build, "cited-not-printed", {}, "number", "title", "citing")
    assert rows == [
        (None, "温州市区声环境功能区划分方案(2023年)", "温政办〔2023〕56号"),
        (
            "温政办〔2021〕61号",
            "温州市人民政府办公室关于大力发展首发首店促进品质消费的若干政策意见",
            DECISION,
        ),
        ("温政办〔2021〕69号", "温州市制造业千企节能改造行动方案(2021-2023)", DECISION),
        ("温政办〔2021〕73号", "温州市科技创新创业投资基金管理办法", DECISION),
        ("温政办〔2021〕81号", "温州市人民政府办公室关于进一步加强地下水管理的实施意见", DECISION),
        ("温政办〔2022〕2号", "温州市支持新能源汽车产业发展及推广应用若干政策措施", DECISION),
        ("温政办〔2022〕5号", "温州市人民政府办公室关于支持农业“双强行动”的若干政策意见", DECISION),
        ("温政发〔2021〕27号", "温州市政府行政规范性文件制定实施细则", DECISION),
        ("省政府令第372号", "浙江省行政规范性文件管理办法", DECISION),
        *[(None, title, PLAN_NOTICE) for title in CITED_BY_PLAN],
        ("温政办〔2017〕52号", "温州市突发环境事件应急预案(修编)", PLAN_NOTICE),
        ("温政发〔2004〕63号", "温州市生态文明建设规划", PLAN_NOTICE),
    ]
    text = sample_source.text
    for number, title, _ in rows:  # each really is cited in the text
        assert f"《{title}》" in text or (number and number in text), title


def test_projects_by_place(sample_build):
    # 附表1/附表2 建设地点 (全市 is 温州市, 生态园 is 温州生态园); 待定 budgets: rows 17 and 42
    assert select(
        sample_build, "projects-by-place", {}, "place", "projects", "totalYuan", "budgetUnknown"
    ) == [
        ("瑞安市", "5", "97897000000", "0"),
        ("苍南县", "8", "96317000000", "1"),
        ("龙湾区", "6", "95581000000", "0"),
        ("鹿城区", "4", "85706000000", "0"),
        ("瓯海区", "2", "65480000000", "0"),
        ("永嘉县", "2", "64925000000", "0"),
        ("温州市", "23", "50930000000", "1"),
        ("乐清市", "5", "29443000000", "0"),
        ("瓯江口产业集聚区", "1", "27300000000", "0"),
        ("洞头区", "3", "14417000000", "0"),
        ("泰顺县", "5", "9585000000", "0"),
        ("温州生态园", "2", "7886000000", "0"),
        ("龙港市", "3", "2437000000", "0"),
        ("文成县", "1", "525000000", "0"),
        ("平阳县", "2", "343000000", "0"),
    ]


def test_budget_per_lead_agency(sample_build):
    # the first name of each 责任单位 cell, short names resolved (市住建局 → 温州市住房和城乡建设局)
    assert select(
        sample_build,
        "budget-per-lead-agency",
        {},
        "agency",
        "projects",
        "totalYuan",
        "budgetUnknown",
    ) == [
        ("苍南县人民政府", "5", "95300000000", "0"),
        ("相关县(市、区)政府", "3", "71470000000", "0"),
        ("温州市铁投集团", "1", "27300000000", "0"),
        ("温州市自然资源和规划局", "6", "21091000000", "1"),
        ("鹿城区人民政府", "1", "20000000000", "0"),
        ("洞头区人民政府", "1", "13400000000", "0"),
        ("泰顺县人民政府", "2", "9360000000", "0"),
        ("温州市住房和城乡建设局", "4", "8380000000", "0"),
        ("温州生态园管理委员会", "1", "7660000000", "0"),
        ("温州市五水共治工作领导小组办公室", "1", "5600000000", "0"),
        ("瑞安市人民政府", "2", "5570000000", "0"),
        ("温州市公用事业投资集团有限公司", "1", "5498000000", "0"),
        ("龙湾区人民政府", "2", "3145000000", "0"),
        ("中共温州市委宣传部", "1", "2000000000", "0"),
        ("龙港市人民政府", "1", "1740000000", "0"),
        ("温州市生态环境局", "10", "1719000000", "1"),
        ("温州市水利局", "2", "840000000", "0"),
        ("乐清市人民政府", "1", "546000000", "0"),
        ("文成县人民政府", "1", "525000000", "0"),
        ("温州市发展和改革委员会", "1", "500000000", "0"),
        ("温州市交通运输局", "1", "50000000", "0"),
        ("温州市农业农村局", "1", "25000000", "0"),
    ]


def test_co_responsible_agencies(sample_build):
    rows = select(
        sample_build,
        "co-responsible-agencies",
        {"agency": "温州市生态环境局"},
        "partner",
        "sharedProjects",
        "agencyLeads",
        "partnerLeads",
    )
    assert rows[:6] == [
        ("功能区管委会", "8", "7", "0"),
        ("相关县(市、区)政府", "8", "7", "0"),
        ("各县(市、区)政府", "3", "1", "0"),
        ("温州市住房和城乡建设局", "2", "1", "0"),
        ("温州市公用事业投资集团有限公司", "2", "1", "0"),
        ("温州市自然资源和规划局", "2", "0", "2"),  # rows 39 (市住建局 first) and 40 (it leads)
    ]
    assert rows[6:] == [
        ("中共温州市委宣传部", "1", "1", "0"),
        ("功能区政府", "1", "0", "0"),
        ("平阳县人民政府", "1", "1", "0"),
        ("泰顺县人民政府", "1", "0", "0"),
        ("洞头区人民政府", "1", "1", "0"),
        ("温州市五水共治工作领导小组办公室", "1", "0", "1"),
        ("温州市交通运输局", "1", "0", "1"),
        ("温州市农业农村局", "1", "0", "0"),
        ("温州市城发集团", "1", "1", "0"),
        ("温州市文化广电旅游局", "1", "1", "0"),
        ("温州市水利局", "1", "0", "0"),
        ("温州市综合行政执法局", "1", "0", "0"),
        ("温州日报报业集团", "1", "1", "0"),
        ("温州海事局", "1", "1", "0"),
        ("苍南县人民政府", "1", "1", "0"),
        ("龙湾区人民政府", "1", "1", "0"),
    ]


def test_flagged_projects(sample_build):
    # the * rows of 附表1 (lines 1215-1269) and 附表2 (lines 1287-1291)
    rows = select(
        sample_build,
        "flagged-projects",
        {},
        "list",
        "sequence",
        "project",
        "lead",
        "amount",
        "unit",
        "yuan",
        "indicator",
    )
    assert [r[:2] for r in rows] == [("long", s) for s in "4567"] + [
        ("near", s) for s in ("4", "5", "6", "34", "36", "37", "38", "39", "40", "41")
    ]
    assert rows[4:] == [
        (
            "near",
            "4",
            "全市城镇生活污水厂新建改扩建",
            "温州市五水共治工作领导小组办公室",
            "56",
            "亿元",
            "5600000000",
            "提高水环境质量、城镇污水处理率指标",
        ),
        (
            "near",
            "5",
            "温州市瓯江引水工程",
            "温州市公用事业投资集团有限公司",
            "54.98",
            "亿元",
            "5498000000",
            "提高水环境质量指标",
        ),
        (
            "near",
            "6",
            "流域水环境治理提升工程",
            "龙湾区人民政府",
            "1.45",
            "亿元",
            "145000000",
            "提高水环境质量指标",
        ),
        (
            "near",
            "34",
            "全市农村生活污水治理设施提升",
            "温州市住房和城乡建设局",
            "15",
            "亿元",
            "1500000000",
            "提高农村生活污水治理率指标",
        ),
        (
            "near",
            "36",
            "瑞安市赵山渡库区生态搬迁二期工程(江南地块)",
            "瑞安市人民政府",
            "5.7",
            "亿元",
            "570000000",
            "提高集中式饮用水源地水质优良比例指标",
        ),
        (
            "near",
            "37",
            "市域铁路S1线灵昆车辆段, S2线一期工程",
            "温州市铁投集团",
            "273",
            "亿元",
            "27300000000",
            "提高公共交通出行分担率指标",
        ),
        (
            "near",
            "38",
            "新能源汽车充电桩建设工程",
            "温州市发展和改革委员会",
            "5",
            "亿元",
            "500000000",
            "提高公共交通出行分担率指标",
        ),
        (
            "near",
            "39",
            "全市城市公园绿地和城市绿道建设",
            "温州市住房和城乡建设局",
            "47",
            "亿元",
            "4700000000",
            "提高城镇人均公园绿地面积指标",
        ),
        (
            "near",
            "40",
            "全市“十大重要湿地和百大乡村湿地”建设工程",
            "温州市自然资源和规划局",
            "200",
            "亿元",
            "20000000000",
            "提高城镇人均公园绿地面积指标",
        ),
        (
            "near",
            "41",
            "温州生态园三垟城市湿地公园建设工程",
            "温州生态园管理委员会",
            "76.6",
            "亿元",
            "7660000000",
            "提高城镇人均公园绿地面积指标",
        ),
    ]
    assert [r[2:4] for r in rows[:4]] == [
        ("轨道交通M1线、轨道交通M2线一期工程、市域铁路S3线一期工程", "相关县(市、区)政府"),
        ("历史文化街区改造项目", "鹿城区人民政府"),
        ("永昌古镇文旅开发项目", "龙湾区人民政府"),
        ("宣传文化阵地提升工程", "中共温州市委宣传部"),
    ]


def test_bureau_dossier(sample_build):
    # 温州市医疗保障局: line 1317 (王晓康 removed as 副局长) and 1321 (胡坚 appointed)
    assert select(
        sample_build,
        "bureau-dossier",
        {"agency": "温州市医疗保障局"},
        "kind",
        "item",
        "detail",
        "person",
        "date",
        "yuan",
    ) == [
        ("personnel change", "温州市医疗保障局副局长", "appoint", "胡坚", "2023-06", None),
        ("personnel change", "温州市医疗保障局副局长", "remove", "王晓康", "2023-06", None),
    ]
    # 市住建局 in 责任单位: leads rows 34, 39 and two more, co-responsible in rows 1 and 4
    assert select(
        sample_build,
        "bureau-dossier",
        {"agency": "温州市住房和城乡建设局"},
        "kind",
        "item",
        "detail",
        "yuan",
    ) == [
        ("project", "全市农村生活污水治理设施提升", "lead", "1500000000"),
        ("project", "全市城市公园绿地和城市绿道建设", "lead", "4700000000"),
        ("project", "全市城镇生活污水厂新建改扩建", "co-responsible", "5600000000"),
        ("project", "城镇生活垃圾处理设施建设", "lead", "1600000000"),
        ("project", "建筑垃圾资源化利用与处置建设工程", "lead", "580000000"),
        ("project", "生态环境信息化平台及监管基础设施建设", "co-responsible", "37000000"),
    ]


def test_meeting_copresence(sample_build):
    # line 1343-1351: 刘小涛 and 张振丰 at the 6月6日 共同富裕 meeting; his other two briefs name
    # nobody else
    assert select(
        sample_build,
        "meeting-copresence",
        {"person": "刘小涛"},
        "person",
        "other",
        "events",
        "first",
        "last",
    ) == [("刘小涛", "张振丰", "1", "2023-06-06", "2023-06-06")]
    # line 1419: 6月5日 王彩莲 with 张振丰, 杨胜杰, 李无文, 王振勇, 章月影, and line 1431 (6日)
    pairs = select(sample_build, "meeting-copresence", {}, "person", "other", "events")
    assert len(pairs) == len({(p, o) for p, o, _ in pairs})
    assert all((o, p, n) in pairs for p, o, n in pairs)  # symmetric


def test_officials_who_moved(sample_build):
    # lines 1315, 1317, 1319, 1325-1327: 任 … ，免去其 … 职务 across two organisations
    assert select(
        sample_build,
        "officials-moved",
        {},
        "person",
        "fromOrganization",
        "toOrganization",
        "date",
        "notice",
    ) == [
        ("叶明坚", "温州市投资促进局", "温州市应急管理局", "2023-06", "6月份市政府人事任免"),
        ("毛正晓", "温州市人民政府办公室", "温州市人民政府", "2023-06", "6月份市政府人事任免"),
        (
            "王云师",
            "第十批温州市对口支援新疆拜城县指挥部",
            "温州市住房公积金管理中心",
            "2023-06",
            "6月份市政府人事任免",
        ),
        (
            "王晓康",
            "温州市医疗保障局",
            "温州市人力资源和社会保障局",
            "2023-06",
            "6月份市政府人事任免",
        ),
    ]


def test_events_between(sample_build):
    # lines 1407-1415: 1日 杨胜杰; 2日 杨胜杰 and 陈应许
    rows = select(
        sample_build,
        "events-between",
        {"from": "2023-06-01", "to": "2023-06-02"},
        "date",
        "kind",
        "event",
        "person",
        "role",
        "how",
    )
    assert [r[:1] + r[3:] for r in rows] == [
        ("2023-06-01", "杨胜杰", "常务副市长", "参加"),
        ("2023-06-02", "陈应许", "副市长", "参加"),
        ("2023-06-02", "杨胜杰", "常务副市长", "参加"),
    ]
    assert rows[1][2] == "2023年全民心理健康——“阳光护航”主题宣传月启动仪式"
    assert rows[2][2] == "全省“十四五”规划实施中期评估工作推进会"
    assert rows[0][2].startswith("全省能源绿色低碳发展和保供稳价工程")
    everything = select(sample_build, "events-between", {}, "node")
    assert len({r[0] for r in everything}) == 78  # 72 chronicle entries and 6 briefs


def test_post_holders(sample_build):
    # line 1329 余海燕任…副局长 (from 2023-06), line 1337 免去程鸿伟的…副局长职务 (until 2023-06)
    assert select(
        sample_build,
        "post-holders",
        {"organization": "温州市司法局"},
        "post",
        "person",
        "from",
        "until",
    ) == [
        ("温州市司法局副局长", "程鸿伟", None, "2023-06"),
        ("温州市司法局副局长", "余海燕", "2023-06", None),
    ]


def test_agency_names(sample_build):
    rows = select(sample_build, "agency-names", {}, "agency", "alsoWritten")
    assert ("温州市住房和城乡建设局", "市住建局") in rows  # line 1207 责任单位 column
    assert ("温州市五水共治工作领导小组办公室", "市治水办") in rows  # line 1215
    assert ("温州市发展和改革委员会", "市发展改革委") in rows  # line 1264
    assert len(rows) == 27 and rows == sorted(rows)
    for agency, written in rows:
        assert agency != written


def test_source_of(sample_build):
    person = "https://example.org/gazette-kg/id/person/a700b0a0f22138b5"  # 刘小涛
    rows = select(
        sample_build, "source-of", {"entity": person}, "source", "startLine", "endLine", "quote"
    )
    assert [r[:3] for r in rows] == [
        ("温州市人民政府公报", "1343", "1351"),
        ("温州市人民政府公报", "1353", "1361"),
        ("温州市人民政府公报", "1397", "1403"),
    ]
    assert all("刘小涛" in r[3] for r in rows)
    assert rows[2][3].startswith("温州市新闻传媒中心成立\n")


def test_every_query_has_a_rows_test():
    """Here, or in the test file of the helper who wrote it (issue 7's queries: test_checks.py,
    test_indicators.py; document-history also in test_archive.py)."""
    here = {
        m.group(1)
        for m in re.finditer(
            r'select\(\s*sample_build,\s*"([a-z-]+)"', Path(__file__).read_text(encoding="utf-8")
        )
    }
    elsewhere = "\n".join(
        p.read_text(encoding="utf-8")
        for p in Path(__file__).parent.glob("test_*.py")
        if p.name != Path(__file__).name
    )
    for name in QUERIES:
        assert name in here or f'"{name}"' in elsewhere, name


def test_docs_list_every_query():
    docs = (Path(__file__).parent.parent / "docs" / "queries.md").read_text(encoding="utf-8")
    for name in QUERIES:
        assert f"| `{name}`" in docs, name


def test_chinese_continuation_lines_join_without_a_space():
    from kg.query.library import parse

    query = parse("# title: t\n# zh: 第一行\n#   第二行。\nSELECT * WHERE {} ORDER BY ?x", "t")
    assert query.zh == "第一行第二行。"


def test_a_document_declared_invalid_is_no_longer_in_force(tmp_path):
    # 宣布失效 ends a document's force as 废止 does (amendment action `expire`)
    from kg.build import build

    out = tmp_path / "out"
    build([FIXTURES / "amendments" / "county-expire-notice.txt"], out=out, views=False)
    status = dict(
        (n, (s, since))
        for n, s, since in select(out, "document-status", {"date": "2021-12-01"}, "number", "status", "since")
    )  # fmt: skip
    assert status["桐政发〔2015〕12号"] == ("repealed", "2021-11-15")
    before = select(
        out, "document-status", {"date": "2021-11-14", "number": "桐政发〔2015〕12号"}, "status"
    )
    assert before == [("in force",)]
