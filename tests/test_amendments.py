"""Amendment decisions (修改/废止/宣布失效): extraction, grammar, RDF mapping and shapes.

The golden facts of the sample (温政发〔2023〕18号) were checked by hand against lines 136-176 of
the sample issue; the fixtures in tests/fixtures/amendments/ are written in the styles of other
governments (a provincial 令 with running-text changes, a city 废止/失效 table broken across a
page, a county 宣布失效 notice, a web copy with half-width brackets and ASCII quotes, an ordinary
document that repeals its predecessor).
"""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from kg import namespaces
from kg.extract import extract_genres
from kg.extract.amendment_changes import parse as parse_changes
from kg.iris import Minter
from kg.namespaces import ELI, GKG, PROV, RDF, bind_prefixes
from kg.rdf.amendments import map_amendment
from kg.rdf.context import MapContext
from kg.records import AmendmentRecord, ExtractionWarning, TextChange
from kg.resources import package_path
from kg.text.source import Source, from_text, read
from kg.validate import validate

FIXTURES = Path(__file__).parent / "fixtures" / "amendments"
BY = "温政发〔2023〕18号"


# ---------------------------------------------------------------- helpers


def amendments_of(source: Source) -> list:
    """The amendments genre's records of a source, through the segmenter and the registry."""
    return extract_genres(source, ["amendments"])


def split(records: list) -> tuple[list[AmendmentRecord], list[ExtractionWarning]]:
    return (
        [r for r in records if isinstance(r, AmendmentRecord)],
        [r for r in records if isinstance(r, ExtractionWarning)],
    )


def fixture(name: str) -> tuple[list[AmendmentRecord], list[ExtractionWarning]]:
    return split(amendments_of(read(FIXTURES / name)))


def text(body: str, name: str = "inline.txt"):
    return split(amendments_of(from_text(body, name)))


def by_number(records: list[AmendmentRecord]) -> dict[str | None, AmendmentRecord]:
    return {r.target_number: r for r in records}


def graph_of(records: list, government: str | None = "温州市") -> Graph:
    minter = Minter()
    graph = bind_prefixes(Graph())
    ctx = MapContext(
        graph=graph,
        minter=minter,
        source_key="test",
        source_iri=minter.mint("source", "test"),
        government=government,
    )
    for record in records:
        if isinstance(record, AmendmentRecord):
            map_amendment(record, ctx)
    return graph


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(package_path("ontology", "shapes", "amendments.ttl"), format="turtle")


@pytest.fixture(scope="module")
def sample(sample_source):
    return split(amendments_of(sample_source))


# ---------------------------------------------------------------- the sample, checked by hand


def test_sample_counts_decision_and_effective_date(sample):
    records, warnings = sample
    assert [r.action for r in records].count("amend") == 5
    assert [r.action for r in records].count("repeal") == 2
    assert len(records) == 7
    assert {r.by for r in records} == {BY}
    assert {r.effective for r in records} == {"2023-08-01"}
    assert {r.by_title for r in records} == {"温州市人民政府关于修改和废止部分行政规范性文件的决定"}
    assert warnings == []


def test_sample_targets(sample):
    records, _ = sample
    assert [(r.action, r.target_number, r.target_title) for r in records] == [
        (
            "amend",
            "温政办〔2021〕61号",
            "温州市人民政府办公室关于大力发展首发首店促进品质消费的若干政策意见",
        ),
        ("amend", "温政办〔2021〕69号", "温州市制造业千企节能改造行动方案(2021-2023)"),
        ("amend", "温政办〔2021〕73号", "温州市科技创新创业投资基金管理办法"),
        ("amend", "温政办〔2022〕2号", "温州市支持新能源汽车产业发展及推广应用若干政策措施"),
        ("amend", "温政发〔2021〕27号", "温州市政府行政规范性文件制定实施细则"),
        ("repeal", "温政办〔2021〕81号", "温州市人民政府办公室关于进一步加强地下水管理的实施意见"),
        ("repeal", "温政办〔2022〕5号", "温州市人民政府办公室关于支持农业“双强行动”的若干政策意见"),
    ]
    assert [(r.source.start_line, r.source.end_line) for r in records] == [
        (164, 164),
        (165, 165),
        (166, 166),
        (167, 167),
        (168, 168),
        (175, 175),
        (176, 176),
    ]
    assert all(r.changes == [] for r in records if r.action == "repeal")


def test_sample_61_carries_two_deletions(sample):
    change = by_number(sample[0])["温政办〔2021〕61号"].changes
    assert change == [
        TextChange(
            "一4",
            "delete",
            "4.支持品牌门店提质提升。国际知名品牌和国内知名品牌(含中华老字号)在我市开设独立法人"
            "性质的各类传统品牌门店(含非法人企业转法人企业)改造升级为有区域引领性的品牌旗舰店、"
            "品牌功能店,装修成本达到100万元的,按照项目核定装修成本的40%、最高60万元奖励。"
            "(责任单位:市商务局)",
            None,
        ),
        TextChange(
            "三8",
            "delete",
            "前述潮店网红店开票销售额增长30%、50%、80%以上的,分别按企业形成的地方综合贡献度"
            "增量部分的50%、80%、100%给予奖励",
            None,
        ),
    ]


def test_sample_69_replaces_in_bracketed_provision(sample):
    assert by_number(sample[0])["温政办〔2021〕69号"].changes == [
        TextChange(
            "三(一)2",
            "replace",
            "各地依法依规对高耗能企业进行严格检查,制定年度整治提升方案,实施分类整治,对标提升,"
            "达标销号,涉及安全、环保、质量、能源等违法违规且整改不达标的企业一律关停退出",
            "各地依法依规对高耗能企业进行严格检查,制定年度整治提升方案,实施分类整治,对标提升,"
            "达标销号,涉及安全、环保、质量、能源等违法违规且整改不达标的企业依法处置",
        ),
    ]


def test_sample_73_and_2_and_27(sample):
    records = by_number(sample[0])
    assert records["温政办〔2021〕73号"].changes == [
        TextChange(
            "三",
            "delete",
            "而且被投资企业注册地迁往温州或在温州设立子公司的,都应承诺5年内不迁出温州",
            None,
        )
    ]
    assert records["温政办〔2022〕2号"].changes == [
        TextChange(
            "三21",
            "replace",
            "鼓励拥有专用固定车位的居民自建自管充电设施,居民自建充电基础设施应与物业服务人签订"
            "服务协议,由物业服务人协助管理,并向当地电力部门提出用电报装",
            "鼓励拥有专用固定车位的居民自建自管充电设施,居民自建充电基础设施的,应向当地电力"
            "部门提出用电报装;可以与物业服务人签订服务协议,委托其协助管理充电基础设施。"
            "(责任单位:市住建局)",
        )
    ]
    (nine,) = records["温政发〔2021〕27号"].changes
    assert (nine.provision, nine.type) == ("九", "replace")
    # the quoted old text holds ; and 。 of its own: the quotation, not the punctuation, ends it
    assert nine.old_text.startswith("符合下列情形之一的规范性文件,经市司法局合法性审查")
    assert nine.old_text.endswith(
        "(三)依法律、法规、规章及上级相关文件规定,需要立即制定规范性文件文件的。"
    )
    assert (
        nine.new_text
        == "因紧急情况需要即时制定行政规范性文件,经制定机关主要负责人批准,可以简化制定程序"
    )


def test_sample_json_fields(sample):
    out = sample[0][0].to_json()
    assert out["kind"] == "amendment"
    assert out["source"]["file"] == "wenzhou-gazette-2023-06.txt"
    assert out["source"]["start_line"] == 164
    assert set(out) >= {"by", "target_number", "target_title", "action", "effective", "changes"}
    assert set(out["changes"][0]) >= {"provision", "type", "old_text", "new_text"}


# ---------------------------------------------------------------- other governments


def test_province_running_text_with_order_numbers():
    records, warnings = fixture("province-regulations.txt")
    assert warnings == []
    assert {r.by for r in records} == {"江西省人民政府令第262号"}
    # 自公布之日起施行: the decision takes effect on the order's date
    assert {r.effective for r in records} == {"2023-04-03"}
    assert [(r.action, r.target_number, r.target_title) for r in records] == [
        ("amend", "江西省人民政府令第72号", "江西省城市供水管理办法"),
        ("amend", "江西省人民政府令第140号", "江西省农村公路条例实施办法"),
        ("amend", "江西省人民政府令第150号", "江西省城市绿化管理办法"),
        ("repeal", "江西省人民政府令第95号", "江西省城市房屋拆迁管理办法"),
        ("repeal", "江西省人民政府令第113号", "江西省行政事业性收费管理办法"),
    ]
    water, roads, green = records[:3]
    assert [(c.provision, c.type, c.old_text) for c in water.changes] == [
        ("第三条", "replace", None),
        ("第十条", "replace", "建设行政主管部门"),
        ("第十条", "replace", "卫生行政部门"),
        ("第十五条第二款", "delete", None),
        ("第二十条", "insert", None),
        ("第二十一条至第三十二条", "replace", None),
    ]
    assert water.changes[0].new_text.endswith("做好城市供水相关工作。")  # a quote over two lines
    assert water.changes[2].new_text == "卫生健康主管部门"
    assert (water.changes[4].position, water.changes[4].new_provision) == ("after", "第二十一条")
    assert (water.changes[5].note, water.changes[5].new_provision) == (
        "renumber",
        "第二十二条至第三十三条",
    )
    assert (water.source.start_line, water.source.end_line) == (17, 29)
    assert roads.changes == [TextChange("第八条第一款第(三)项", "delete", None, None)]
    assert green.changes == [
        TextChange("第十二条", "delete", "报省建设行政主管部门备案", None),
        TextChange("第十八条", "insert", None, "、公园", anchor="城市绿地", position="after"),
    ]


def test_city_tables_page_break_and_expire():
    records, warnings = fixture("city-repeal-table.txt")
    assert warnings == []  # 3 repealed and 2 declared invalid, as the decision states
    assert {r.by for r in records} == {"成府发〔2022〕9号"}
    assert {r.effective for r in records} == {"2022-05-01"}
    assert [(r.action, r.form, r.target_number) for r in records] == [
        ("repeal", "废止", "成府发〔2012〕20号"),
        ("repeal", "废止", "成办发〔2015〕41号"),
        ("repeal", "废止", "成府发〔2016〕8号"),
        ("repeal", "宣布失效", "成办发〔2019〕6号"),
        ("repeal", "宣布失效", "成办函〔2020〕3号"),
    ]
    broken = records[1]
    assert broken.target_title == "成都市人民政府办公厅关于进一步规范户外广告设置管理的实施意见"
    assert (broken.source.start_line, broken.source.end_line) == (27, 32)


def test_stated_count_checked_against_rows():
    body = (FIXTURES / "city-repeal-table.txt").read_text(encoding="utf-8")
    body = body.replace(
        "3\t《成都市人民政府关于印发成都市公共租赁住房管理办法的通知》\t成府发〔2016〕8号\t2016年3月2日\n",
        "",
    )
    records, warnings = text(body)
    assert [r.form for r in records].count("废止") == 2
    assert [(w.source.start_line, w.message) for w in warnings] == [
        (9, "the decision states 3 documents (repeal), 2 found in the text")
    ]


def test_county_expire_list_with_and_without_title_marks():
    records, warnings = fixture("county-expire-notice.txt")
    assert warnings == []
    assert {(r.action, r.form) for r in records} == {("repeal", "宣布失效")}
    assert {r.effective for r in records} == {"2021-11-15"}  # 自印发之日起施行
    assert [(r.target_number, r.target_title) for r in records] == [
        ("桐政发〔2015〕12号", "桐庐县人民政府关于加快发展民宿经济的若干意见"),
        (
            "桐政办发〔2014〕88号",
            "桐庐县人民政府办公室关于印发桐庐县农村生活垃圾分类处理实施方案的通知",
        ),
        ("桐政发〔2013〕5号", "桐庐县城市管理综合执法暂行办法"),
        ("桐政〔2012〕61号", "桐庐县人民政府关于调整县级储备粮规模的通知"),
    ]


def test_web_copy_half_width_brackets_and_ascii_quotes():
    records, warnings = fixture("web-copy-halfwidth.txt")
    assert {r.by for r in records} == {"漳政规〔2020〕3号"}
    assert {r.effective for r in records} == {"2020-06-12"}  # 自公布之日起施行
    got = by_number(records)
    assert got["漳政综〔2016〕45号"].changes == [
        TextChange("第三条", "replace", None, "市城市管理局是本市城市道路挖掘的行政主管部门。")
    ]
    assert got["漳政规〔2017〕8号"].changes == [
        TextChange("第五条", "replace", "市规划局", "市自然资源局"),
        TextChange("第九条第(二)项", "delete", None, None),
        TextChange(
            "第十二条",
            "insert",
            None,
            "设置大型户外广告的,应当进行安全评估。",
            position="after",
            new_provision="第二款",
        ),
    ]
    repeals = [r.target_number for r in records if r.action == "repeal"]
    assert repeals == ["漳政综〔2014〕120号", "漳政〔2009〕33号", "漳政〔2011〕14号"]
    # 五、…第六条按照上级文件精神重新表述: kept as an amendment without changes, and warned about
    assert got["漳政综〔2015〕7号"].action == "amend"
    assert got["漳政综〔2015〕7号"].changes == []
    assert [(w.source.start_line, w.message[:30]) for w in warnings] == [
        (11, "cannot read amendment instruct")
    ]


def test_ordinary_document_repeals_its_predecessor():
    records, warnings = fixture("ordinary-repeal-clause.txt")
    assert warnings == []
    (record,) = records
    assert (record.by, record.action, record.target_number, record.effective) == (
        "嘉政发〔2022〕15号",
        "repeal",
        "嘉政发〔2016〕40号",
        "2022-08-01",
    )
    assert record.target_title == "嘉兴市市区临时救助实施办法（试行）"


UNREADABLE_CELL = """某某市人民政府关于修改部分市政府规范性文件的决定
某政发〔2022〕7号
市政府决定对下列文件予以修改。本决定自2022年10月1日起施行。
某某市人民政府
2022年9月1日
修改的市政府规范性文件目录
序号\t文件名称\t文号\t修改内容
1\t《某某市河道管理办法》\t某政发〔2018〕3号\t将第五条与第六条合并
2\t《某某市停车管理办法》\t某政发〔2019〕9号\t
3\t《某某市节水管理办法》\t某政发〔2020〕4号\t将第二条中的“市水利局”修改为“市水务局”；第七条调整顺序并重新表述。
"""


def test_unreadable_cells_are_warned_not_dropped():
    records, warnings = text(UNREADABLE_CELL)
    assert [r.target_number for r in records] == [
        "某政发〔2018〕3号",
        "某政发〔2019〕9号",
        "某政发〔2020〕4号",
    ]
    assert records[2].changes == [TextChange("第二条", "replace", "市水利局", "市水务局")]
    assert sorted((w.source.start_line, w.message[:14]) for w in warnings) == [
        (8, "cannot read am"),
        (9, "no 修改内容 for 某某"),
        (10, "cannot read am"),
    ]


ACTION_COLUMN = """某县人民政府关于公布行政规范性文件清理结果的通知
某政〔2023〕2号
现将清理结果公布如下。本通知自公布之日起施行。
某县人民政府
2023年3月3日
序号\t文件名称\t文号\t清理意见
1\t《某县扶贫资金管理办法》\t某政〔2016〕11号\t废止
2\t《某县城乡环境整治方案》\t某政办〔2018〕20号\t宣布失效
3\t《某县殡葬管理规定》\t某政〔2017〕5号\t继续有效
4\t《某县招商引资办法》\t某政〔2019〕8号\t保留
"""


def test_per_row_action_column():
    records, warnings = text(ACTION_COLUMN)
    assert warnings == []
    assert [(r.action, r.form, r.target_number, r.effective) for r in records] == [
        ("repeal", "废止", "某政〔2016〕11号", "2023-03-03"),
        ("repeal", "宣布失效", "某政办〔2018〕20号", "2023-03-03"),
    ]


def test_citations_in_an_ordinary_document_are_not_amendments():
    records, warnings = text("""某市人民政府关于印发某市优化营商环境若干措施的通知
某政发〔2023〕1号
根据《优化营商环境条例》（国务院令第722号）和《某省优化营商环境办法》，制定本措施。
本措施自2023年2月1日起施行。原措施的有关规定与本措施不一致的，以本措施为准。
""")
    assert records == [] and warnings == []


# ---------------------------------------------------------------- the instruction grammar


@pytest.mark.parametrize(
    ("instruction", "expected"),
    [
        (
            "删去第十条、第十二条。",
            [
                TextChange("第十条", "delete", None, None),
                TextChange("第十二条", "delete", None, None),
            ],
        ),
        (
            "将第七条第二款第（三）项删除。",
            [TextChange("第七条第二款第(三)项", "delete", None, None)],
        ),
        ("删去第五条第二款中的“经批准”。", [TextChange("第五条第二款", "delete", "经批准", None)]),
        ("将第三条中的“报市政府”删除。", [TextChange("第三条", "delete", "报市政府", None)]),
        (
            "将第十二条修改为：“第十二条 县级以上人民政府应当加强领导。”",
            [TextChange("第十二条", "replace", None, "第十二条县级以上人民政府应当加强领导。")],
        ),
        (
            "第十条中的“市政府”改为“市人民政府”，“市建委”改为“市住建局”。",
            [
                TextChange("第十条", "replace", "市政府", "市人民政府"),
                TextChange("第十条", "replace", "市建委", "市住建局"),
            ],
        ),
        (
            "将文中的“市经信委”统一修改为“市经信局”。",
            [TextChange("全文", "replace", "市经信委", "市经信局")],
        ),
        ('将"市法制办"修改为"市司法局"', [TextChange(None, "replace", "市法制办", "市司法局")]),
        (
            "将标题修改为「某市停车管理办法」。",
            [TextChange("标题", "replace", None, "某市停车管理办法")],
        ),
        (
            "在第三条后增加一条，作为第四条：“第四条 甲。”",
            [
                TextChange(
                    "第三条", "insert", None, "第四条甲。", position="after", new_provision="第四条"
                )
            ],
        ),
        (
            "增加一款作为第二款：“乙。”",
            [TextChange("第二款", "insert", None, "乙。", new_provision="第二款")],
        ),
        (
            "在第五条中的“规划”后增加“、建设”。",
            [TextChange("第五条", "insert", None, "、建设", anchor="规划", position="after")],
        ),
        (
            "第七条增加“并报省人民政府备案”。",
            [TextChange("第七条", "insert", None, "并报省人民政府备案")],
        ),
        (
            "第十条改为第十一条。",
            [
                TextChange(
                    "第十条", "replace", None, None, new_provision="第十一条", note="renumber"
                )
            ],
        ),
        ("删除二（三）5“5.加强宣传。”", [TextChange("二(三)5", "delete", "5.加强宣传。", None)]),
        (
            "将第五条中的“甲”修改为“乙”，删去第九条第(二)项，在第十二条后增加一款，作为第二款：“丙。”",
            [
                TextChange("第五条", "replace", "甲", "乙"),
                TextChange("第九条第(二)项", "delete", None, None),
                TextChange(
                    "第十二条", "insert", None, "丙。", position="after", new_provision="第二款"
                ),
            ],
        ),
        (
            "删去第三条中的“甲”，并将“乙”修改为“丙”。",
            [
                TextChange("第三条", "delete", "甲", None),
                TextChange("第三条", "replace", "乙", "丙"),
            ],
        ),
        (
            "将第四条修改为：“甲，将乙删除。”",
            [TextChange("第四条", "replace", None, "甲，将乙删除。")],
        ),
        (
            "将附件2第三条中的“30日”修改为“15日”。",
            [TextChange("附件2第三条", "replace", "30日", "15日")],
        ),
    ],
)
def test_grammar_forms(instruction, expected):
    parsed = parse_changes(instruction)
    assert parsed.unparsed == []
    assert parsed.changes == expected


@pytest.mark.parametrize(
    "instruction",
    [
        "将第八条、第九条合并为一条。",
        "第六条按照新规定重新表述“某某”。",
    ],
)
def test_grammar_reports_what_it_cannot_read(instruction):
    parsed = parse_changes(instruction)
    assert parsed.changes == []
    assert parsed.unparsed


def test_grammar_skips_renumbering_boilerplate():
    parsed = parse_changes("此外，对相关规章的条文顺序作相应调整。")
    assert parsed.changes == [] and parsed.unparsed == []


# ---------------------------------------------------------------- RDF


def test_sample_graph_is_valid_and_linked(sample, shapes):
    graph = graph_of(sample[0])
    report = validate(graph, shapes)
    assert report.violations == [] and report.warnings == []
    amendments = set(graph.subjects(RDF.type, GKG.Amendment))
    modifications = set(graph.subjects(RDF.type, GKG.TextualModification))
    assert (len(amendments), len(modifications)) == (7, 6)
    assert len(list(graph.triples((None, ELI.amends, None)))) == 5
    assert len(list(graph.triples((None, ELI.repeals, None)))) == 2
    for node in amendments | modifications:
        assert graph.value(node, PROV.wasDerivedFrom) is not None
    decisions = set(graph.objects(None, GKG.amendingDocument))
    assert len(decisions) == 1
    (decision,) = decisions
    assert graph.value(decision, ELI.number) == Literal(BY)
    assert set(graph.objects(None, GKG.effectiveFrom)) == {
        Literal("2023-08-01", datatype=namespaces.XSD.date)
    }


def test_same_number_gives_one_document_iri(sample):
    """The target of an amendment is the document other genres meet under the same number."""
    graph = graph_of(sample[0])
    minter = Minter()
    ctx = MapContext(
        graph=Graph(),
        minter=minter,
        source_key="other",
        source_iri=minter.mint("source", "other"),
        government="温州市",
    )
    record = by_number(sample[0])["温政办〔2021〕61号"]
    cited = ctx.document(record.source, number="温政办[2021]61号", title="另一种写法")
    assert cited in set(graph.objects(None, GKG.targetDocument))


def test_expire_maps_to_concept_and_eli_changes(shapes):
    records, _ = fixture("county-expire-notice.txt")
    graph = graph_of(records, government="桐庐县")
    expire = URIRef("https://w3id.org/gazette-kg/concept/amendment-action/expire")
    assert len(set(graph.subjects(GKG.amendmentAction, expire))) == 4
    assert len(list(graph.triples((None, ELI.changes, None)))) == 4
    assert not list(graph.triples((None, ELI.repeals, None)))
    assert validate(graph, shapes).violations == []


def test_fixture_graphs_are_valid(shapes):
    for name in ("province-regulations.txt", "web-copy-halfwidth.txt", "city-repeal-table.txt"):
        records, _ = fixture(name)
        report = validate(graph_of(records, government=None), shapes)
        assert report.violations == [], name


def test_mapping_is_deterministic(sample):
    first = graph_of(sample[0]).serialize(format="nt")
    second = graph_of(copy.deepcopy(sample[0])).serialize(format="nt")
    assert sorted(first.splitlines()) == sorted(second.splitlines())


# ---------------------------------------------------------------- the shapes bite


@pytest.fixture()
def good(sample) -> Graph:
    return graph_of(sample[0])


def _amendment(graph: Graph, number: str) -> URIRef:
    for node in graph.subjects(RDF.type, GKG.Amendment):
        target = graph.value(node, GKG.targetDocument)
        if graph.value(target, ELI.number) == Literal(number):
            return node
    raise AssertionError(number)


def _messages(graph: Graph, shapes: Graph, severity: str = "Violation") -> list[str]:
    return [r.message for r in validate(graph, shapes).results if r.severity == severity]


def _first_modification(graph: Graph, amendment: URIRef) -> URIRef:
    return sorted(graph.objects(amendment, GKG.hasModification))[0]


def test_shape_amendment_without_target(good, shapes):
    good.remove((_amendment(good, "温政办〔2021〕81号"), GKG.targetDocument, None))
    assert _messages(good, shapes) == ["An amendment needs exactly one target document."]


def test_shape_amendment_without_deciding_document_or_action(good, shapes):
    node = _amendment(good, "温政办〔2021〕81号")
    good.remove((node, GKG.amendingDocument, None))
    good.remove((node, GKG.amendmentAction, None))
    assert len(_messages(good, shapes)) == 2


def test_shape_decision_cannot_target_itself(good, shapes):
    node = _amendment(good, "温政办〔2021〕81号")
    good.set((node, GKG.targetDocument, good.value(node, GKG.amendingDocument)))
    assert any("other than its target" in m for m in _messages(good, shapes))


def test_shape_repeal_carrying_modifications(good, shapes):
    node = _amendment(good, "温政办〔2021〕61号")
    good.set(
        (
            node,
            GKG.amendmentAction,
            URIRef("https://w3id.org/gazette-kg/concept/amendment-action/repeal"),
        )
    )
    assert _messages(good, shapes) == [
        "A repeal or a declaration of invalidity carries no textual modifications."
    ]


def test_shape_modification_without_type(good, shapes):
    mod = _first_modification(good, _amendment(good, "温政办〔2021〕73号"))
    good.remove((mod, GKG.modificationType, None))
    messages = _messages(good, shapes)
    assert "A modification's type is exactly one of delete, replace, insert, renumber." in messages


def test_shape_deletion_with_new_text_and_insert_without(good, shapes):
    deletion = _first_modification(good, _amendment(good, "温政办〔2021〕73号"))
    good.add((deletion, GKG.newText, Literal("新文", lang="zh")))
    assert _messages(good, shapes) == ["A deletion has no new text."]
    replace = _first_modification(good, _amendment(good, "温政办〔2021〕69号"))
    good.remove((deletion, GKG.newText, None))
    good.remove((replace, GKG.newText, None))
    assert _messages(good, shapes) == ["A replacement or an insertion needs its new text."]


def test_shape_renumbering_needs_new_number(good, shapes):
    mod = _first_modification(good, _amendment(good, "温政办〔2021〕73号"))
    good.set(
        (
            mod,
            GKG.modificationType,
            URIRef("https://w3id.org/gazette-kg/concept/modification-type/renumber"),
        )
    )
    assert _messages(good, shapes) == ["A renumbering needs the new provision number."]


def test_shape_orphan_modification(good, shapes):
    node = _amendment(good, "温政办〔2021〕73号")
    good.remove((node, GKG.hasModification, None))
    assert "A modification belongs to exactly one amendment." in _messages(good, shapes)


def test_shape_effective_date(good, shapes):
    node = _amendment(good, "温政办〔2021〕81号")
    good.remove((node, GKG.effectiveFrom, None))
    assert _messages(good, shapes) == []
    assert _messages(good, shapes, "Warning") == [
        "An amendment should have an effective date (自…起施行)."
    ]
    good.add((node, GKG.effectiveFrom, Literal("2023年8月1日")))
    assert _messages(good, shapes) == [
        "An effective date is one xsd:date (or xsd:gYearMonth, xsd:gYear)."
    ]


def test_shape_amendment_without_changes_warns(good, shapes):
    node = _amendment(good, "温政办〔2021〕73号")
    for mod in list(good.objects(node, GKG.hasModification)):
        good.remove((node, GKG.hasModification, mod))
        good.remove((mod, None, None))
    assert _messages(good, shapes) == []
    assert any(
        m.startswith("An amendment should state its textual modifications")
        for m in _messages(good, shapes, "Warning")
    )


def test_shape_provenance_and_position(good, shapes):
    node = _amendment(good, "温政办〔2021〕81号")
    good.remove((node, PROV.wasDerivedFrom, None))
    mod = _first_modification(good, _amendment(good, "温政办〔2021〕69号"))
    good.add((mod, GKG.insertPosition, Literal("inside")))
    assert sorted(_messages(good, shapes)) == [
        "An amendment must cite its source span.",
        "An insert position is after, before or end.",
    ]


def test_standing_committee_decision_without_number():
    records, warnings = fixture("provincial-congress-standing-committee.txt")
    assert warnings == []
    assert {r.by for r in records} == {None}
    assert {r.by_title for r in records} == {
        "青海省人民代表大会常务委员会关于修改和废止部分地方性法规的决定"
    }
    assert {r.effective for r in records} == {"2019-09-27"}  # adopted and published that day
    assert [(r.action, r.target_title) for r in records] == [
        ("amend", "青海省农村牧区能源建设管理条例"),
        ("amend", "青海省气象灾害防御条例"),
        ("repeal", "青海省城镇国有土地使用权出让和转让办法"),
        ("repeal", "青海省个体工商户条例"),
    ]
    energy, weather = records[:2]
    assert [(c.provision, c.type, c.new_provision, c.position) for c in energy.changes] == [
        ("第七条", "insert", "第六项", None),
        ("第九条", "replace", None, None),  # 修改为： with the quotation on the next line
        ("第十三条", "insert", "第二款", None),
        ("第十三条", "insert", "第十四条", "after"),
    ]
    assert energy.changes[1].new_text == (
        "各级人民政府应当因地制宜开发农村牧区能源，提高可再生能源在能源消费中的比重。"
    )
    assert weather.changes == [
        TextChange("第五条", "replace", None, None, new_provision="第六条", note="renumber"),
        TextChange(
            "第六条",
            "replace",
            None,
            "第六条县级以上气象主管机构负责本行政区域内的气象灾害防御工作。",
        ),
        TextChange("第十一条", "delete", None, None),
    ]
    graph = graph_of(records, government="青海省")
    decisions = set(graph.objects(None, GKG.amendingDocument))
    assert len(decisions) == 1  # one document known by its title


def test_dates_in_chinese_numerals():
    records, warnings = text("""某县人民政府关于废止部分县政府文件的决定
某政发〔2021〕40号
县政府决定废止下列文件：
1.《某县农村土地流转管理办法》（某政发〔2012〕3号）
本决定自二〇二一年十二月一日起施行。
某县人民政府
二〇二一年十一月十五日
""")
    assert warnings == []
    assert [(r.action, r.target_number, r.effective) for r in records] == [
        ("repeal", "某政发〔2012〕3号", "2021-12-01")
    ]


def test_a_mention_of_repeal_is_not_a_repeal_clause():
    records, _ = text("""某市人民政府关于做好文件清理工作的通知
某政办发〔2022〕5号
各地要对照《某市行政规范性文件管理办法》（某政发〔2019〕2号）废止条件，及时清理。
""")
    assert records == []


SPILLING_TABLE = """某市人民政府关于修改部分市政府规范性文件的决定
某政发〔2022〕8号
市政府决定对下列2件文件予以修改。本决定自2022年10月1日起施行。
某某市人民政府
2022年9月1日
修改的市政府规范性文件目录
文件名称\t文号\t修改内容
《某市河道管理办法》\t某政发〔2018〕3号\t删去第五条。
将第六条中的“市水利局”修改为“市水务局”。
\t\t在第九条后增加一条，作为第十条：“第十条 违反本办法的，
依法处理。”
《某市停车管理办法》\t某政发〔2019〕9号\t将第二条修改为：“本办法适用于市区。”
"""


def test_table_without_seq_column_and_cells_spilling_over_lines():
    records, warnings = text(SPILLING_TABLE)
    assert warnings == []
    river, parking = records
    assert [(c.provision, c.type) for c in river.changes] == [
        ("第五条", "delete"),
        ("第六条", "replace"),
        ("第九条", "insert"),
    ]
    assert river.changes[2].new_text == "第十条违反本办法的，依法处理。"
    assert (river.source.start_line, river.source.end_line) == (8, 11)
    assert parking.changes == [TextChange("第二条", "replace", None, "本办法适用于市区。")]


def test_attachment_heading_over_numbered_lines():
    records, warnings = text("""某市人民政府办公室关于废止部分市政府办公室文件的通知
某政办发〔2020〕12号
经市政府同意，决定废止《某市菜篮子工程管理办法》（某政办发〔2008〕7号）等3件文件，自印发之日起停止执行。
某市人民政府办公室
2020年4月2日
附件：决定废止的市政府办公室文件目录
1.《某市菜篮子工程管理办法》（某政办发〔2008〕7号）
2.某市农贸市场建设实施意见（某政办发〔2010〕21号）
3.《某市关于加强节日市场监管的通知》（某政办〔2011〕9号）
""")
    assert warnings == []
    assert [(r.action, r.target_number, r.effective) for r in records] == [
        ("repeal", "某政办发〔2008〕7号", "2020-04-02"),
        ("repeal", "某政办发〔2010〕21号", "2020-04-02"),
        ("repeal", "某政办〔2011〕9号", "2020-04-02"),
    ]
    assert records[1].target_title == "某市农贸市场建设实施意见"


def test_web_copy_with_table_flattened_into_lines():
    records, warnings = fixture("web-copy-flattened-table.txt")
    assert warnings == []  # 2 amended and 2 repealed, as the decision states
    assert [(r.action, r.target_number) for r in records] == [
        ("amend", "甬政发〔2019〕30号"),
        ("amend", "甬政发〔2020〕8号"),
        ("repeal", "甬政办发〔2016〕102号"),
        ("repeal", "甬政〔2015〕17号"),
    ]
    assert records[0].changes == [TextChange("二(三)", "replace", "市交通局", "市交通运输局")]
    assert records[1].changes == [
        TextChange("五(二)3", "delete", None, None),
        TextChange("六", "insert", None, "（责任单位：市综合行政执法局）", position="after"),
    ]


def test_table_without_number_column():
    records, warnings = text("""某县人民政府关于废止部分规范性文件的决定
某政发〔2020〕6号
县政府决定废止下列文件。本决定自2020年5月1日起施行。
某县人民政府
2020年4月20日
序号\t文件名称\t发文日期
1\t《某县殡葬改革实施办法》（某政发〔2005〕9号）\t2005年3月1日
2\t《某县城区摊点管理规定》\t2007年6月5日
""")
    assert warnings == []
    assert [(r.action, r.target_number, r.target_title) for r in records] == [
        ("repeal", "某政发〔2005〕9号", "某县殡葬改革实施办法"),
        ("repeal", None, "某县城区摊点管理规定"),
    ]


def test_ontology_module_labels_every_term_in_english_and_chinese():
    from rdflib.namespace import RDFS, SKOS

    module = Graph().parse(package_path("ontology", "modules", "amendments.ttl"), format="turtle")
    defined_by = URIRef("https://w3id.org/gazette-kg/ontology")
    terms = set(module.subjects(RDFS.isDefinedBy, defined_by))
    assert len(terms) >= 20
    for term in terms:
        for predicate in (RDFS.label,):
            languages = {o.language for o in module.objects(term, predicate)}
            assert {"en", "zh"} <= languages, (term, predicate)
        described = set(module.objects(term, RDFS.comment)) | set(
            module.objects(term, SKOS.definition)
        )
        assert {"en", "zh"} <= {o.language for o in described}, term
    for name in (
        "Amendment",
        "TextualModification",
        "amendingDocument",
        "targetDocument",
        "amendmentAction",
        "effectiveFrom",
        "hasModification",
        "provision",
        "modificationType",
        "oldText",
        "newText",
    ):
        assert getattr(GKG, name) in terms


def test_repeal_of_provisions_is_an_amendment_deleting_them():
    records, warnings = text("""某市人民政府关于废止部分规范性文件和条款的决定
某政发〔2021〕3号
一、废止《某市城市供水管理办法》（某政发〔2010〕5号）第五条、第七条第二款。
二、废止《某市建筑垃圾管理规定》（某政发〔2012〕8号）。
本决定自2021年3月1日起施行。
""")
    assert warnings == []
    assert [(r.action, r.target_number) for r in records] == [
        ("amend", "某政发〔2010〕5号"),
        ("repeal", "某政发〔2012〕8号"),
    ]
    assert records[0].changes == [
        TextChange("第五条", "delete", None, None),
        TextChange("第七条第二款", "delete", None, None),
    ]


# ---------------------------------------------------------------- decisions reported in the news


def test_news_report_targets_named_without_title_marks():
    """Xinhua on 国务院令 (A-12 of the development corpus): the targets are short titles without
    《》, objects of 修改 (修改渔业法实施细则等3部…, 修改护士条例，) or the title a change was made
    in (在人工影响天气条例中引入“备案”); 修改了相关规定 names no document."""
    records, _warnings = fixture("news-report-xinhua-2020.txt")
    assert [(r.target_title, r.action) for r in records] == [
        ("渔业法实施细则", "amend"),
        ("护士条例", "amend"),
        ("船员条例", "amend"),
        ("城市房地产开发经营管理条例", "amend"),
        ("城市供水条例", "amend"),
        ("人工影响天气条例", "amend"),
    ]
    assert {r.by_title for r in records} == {"国务院关于修改和废止部分行政法规的决定"}
    assert {r.by for r in records} == {None}  # the report gives no order number


def test_news_report_in_traditional_script_with_pinyin_keeps_titles_as_written():
    """A traditional-script mirror with pinyin inserted (A-14): the examples after 比如 of each
    counted action are its targets; titles stay as the text writes them; 《決定》 (the decision
    itself) is no target."""
    records, _warnings = fixture("news-report-trad-pinyin-2008.txt")
    assert [(r.target_title, r.action, r.form) for r in records] == [
        ("鐵路留用土地辦法", "repeal", "废止"),
        ("旅客丟失車票和發(fā)生急病、死亡處理辦法", "repeal", "废止"),
        ("企業(yè)職工獎懲條例", "repeal", "废止"),
        ("城鎮(zhèn)個人建造住宅管理辦法", "repeal", "废止"),
        ("國家工作人員公費醫(yī)療預(yù)防實施辦法", "repeal", "宣布失效"),
        ("文物特許出口管理試行辦法", "repeal", "宣布失效"),
        ("中華人民共和國筵席稅暫行條例", "repeal", "宣布失效"),
    ]
    assert records[0].by_title == "國務(wù)院關(guān)于廢止部分行政法規(guī)的決定"
    assert "行政法規(guī)予以廢止" in records[0].source.quote  # the line as written


def test_a_cited_decision_is_not_a_reported_one():
    """根据《…决定》 in a report names the basis, not the decision reported."""
    records, _ = text("根据《国务院关于取消和下放一批行政审批项目的决定》，修改护士条例。\n")
    assert records == []


def test_table_row_flattened_with_spaces_reads_no_target_from_its_remark():
    """达州市人民政府令第48号 (http://law345.infoeach.com, A-34): 序号 文件名称 文号 说明 flattened
    with spaces; the 《》 in the 说明 column are not targets."""
    records, _ = text(
        "达州市人民政府关于废止部分政策性文件的决定\n"
        "一、对…的28件文件予以废止。(目录见附件1)\n"
        "附件1:达州市人民政府决定废止的政策性文件目录(28件)\n"
        "序号 文件名称 发布机关及文号 说明\n"
        "1 关于城市规划建设管理规定的通知 达市府发〔2000〕65号 1、制定依据发生了重大变化。"
        "(2008年3月新的《城乡规划法》正式实施后,原《城市规划法》已废止)\n"
    )
    assert [(r.target_title, r.target_number, r.action) for r in records] == [
        ("关于城市规划建设管理规定的通知", "达市府发〔2000〕65号", "repeal")
    ]


def test_references_in_a_clause_opened_by_genju_are_the_basis():
    """国务院令第645号 (A-42): 根据…国务院公布的《A》和…《B》，… cites A and B; they are not amended."""
    records, _ = text(
        "国务院关于修改部分行政法规的决定\n"
        "根据2013年7月13日国务院公布的《国务院关于取消和下放50项行政审批项目等事项的决定》和"
        "2013年11月8日国务院公布的《国务院关于取消和下放一批行政审批项目的决定》,国务院对"
        "行政法规进行了清理。\n"
        "二、删去《外国商会管理暂行规定》第七条。\n"
    )
    assert [r.target_title for r in records] == ["外国商会管理暂行规定"]


def test_copy_without_title_read_from_its_operative_line():
    """A web copy of 常州市人民政府 repealing two 规章 (2024-12, A-35) that lost its title: the
    line 决定对以下2件市政府规章予以废止： opens the list."""
    records, warnings = text(
        "为维护法治统一,及时清理与改革决策和经济社会发展不相适应的市政府规章,"
        "市政府决定对以下2件市政府规章予以废止:\n"
        "一、《常州市城市市容管理办法》(2016年12月1日常州市人民政府令第2号发布)\n"
        "二、《常州市生活垃圾分类管理办法》(2018年11月23日常州市人民政府令第8号发布)\n"
        "本决定自公布之日起施行。\n"
    )
    assert [(r.target_number, r.action) for r in records] == [
        ("常州市人民政府令第2号", "repeal"),
        ("常州市人民政府令第8号", "repeal"),
    ]
    assert warnings == []


# ---------------------------------------------------------------- targets in adopted titles


def test_targets_named_in_the_titles_of_approved_decisions():
    """A congress report (A-47, traditional script): 表决通过关于批准《…关于修改〈T〉的决定》、… — each
    approved decision's title names its target; the approved 条例 themselves, a decision naming no
    target (关于废止和修改…相关地方性法规的决定) and the title cut off by the page are none."""
    records, _warnings = fixture("congress-news-approved-decisions-2019-trad.txt")
    assert [(r.target_title, r.action, r.by) for r in records] == [
        ("深圳市生態(tài)公益林條例", "amend", None),
        ("汕頭市立法條例", "amend", None),
        ("佛山市機動(dòng)車(chē)和非道路移動(dòng)機械排氣污染防治條例", "amend", None),
        ("惠州市西枝江水系水質(zhì)保護條例", "amend", None),
        ("汕尾市水環(huán)境保護條例", "amend", None),
        ("中山市水環(huán)境保護條例", "amend", None),
        ("江門(mén)市潭江流域水質(zhì)保護條例", "amend", None),
    ]
    assert records[4].by_title.endswith(
        "關(guān)于修改〈汕尾市水環(huán)境保護條例〉等兩項地方性法規的決定"
    )


def test_target_in_an_adopted_decision_title_without_title_marks():
    """表决通过关于修改《T》等三项地方性法规修正案的决定 (A-48): the decision's title is unquoted, its
    target quoted; the 条例 adopted in the same sentence are no targets."""
    records, _warnings = fixture("congress-news-repeal-2007.txt")
    amended = [(r.target_title, r.by_title) for r in records if r.action == "amend"]
    assert amended == [
        (
            "广东省各级人民代表大会常务委员会议事规则",
            "关于修改《广东省各级人民代表大会常务委员会议事规则》等三项地方性法规修正案的决定",
        )
    ]


def test_chronicle_entry_issuing_an_amending_notice():
    """A 大事记 entry (B-09): 以济政发〔2007〕25号文件印发《关于修改〈T〉的通知》 — the number is the
    amending document's; a notice issued with a title that changes nothing is no amendment."""
    records, warnings = fixture("chronicle-issued-amending-notice-2007.txt")
    assert warnings == []
    assert [(r.by, r.target_title, r.action) for r in records] == [
        ("济政发〔2007〕25号", "济宁市科学技术奖励办法", "amend")
    ]


def test_a_cited_or_debated_amending_decision_is_not_adopted():
    """The titles of A-47 cited as a basis, or debated as a draft: no adoption, no target."""
    records, _ = text(
        "根据《深圳市人民代表大会常务委员会关于修改〈深圳市生态公益林条例〉的决定》，制定本办法。\n"
        "会议审议了《中山市人民代表大会常务委员会关于修改〈中山市水环境保护条例〉的决定（草案）》。\n"
    )
    assert records == []


def test_catalogue_rows_flattened_to_two_lines():
    """A repeal catalogue copied a cell a line (A-45): ``01 title`` then ``银发(90)96 90.4.6``
    under 废止(六十八件):. A number with a two-digit year is kept as written (no year guessed);
    a title holding a 《》 is one title, not a target of its own; the row cut off (10 关于编报国库)
    is not read."""
    records, _warnings = fixture("catalogue-rows-two-lines-2000.txt")
    assert {(r.by, r.action, r.form) for r in records} == {("银发〔2000〕262号", "repeal", "废止")}
    assert [r.target_number for r in records] == [
        "银发(90)96",
        "银发(90)120",
        "银发(90)121",
        "银发(90)275",
        "银发(90)282",
        "银发(90)305",
        "银发(91)27",
        "银发(91)35",
        "银发(91)79",
    ]
    assert records[1].target_title == "印发《关于加强储蓄管理工作的暂行规定》的通知"
    assert (records[0].source.start_line, records[0].source.end_line) == (22, 23)


def test_cleanup_result_lines_name_the_first_of_each_group():
    """A county clean-up result whose decision is only 本决定 (A-36): 《A》等4件规范性文件失效 and
    《B》等2件规范性文件废止 name their first target (the whole 通知 title, its inner 〈〉 kept); the
    group 继续有效 is no record and no warning; the unnamed rest is warned about by count."""
    records, warnings = fixture("county-cleanup-result-2024.txt")
    assert [(r.target_title, r.action, r.form) for r in records] == [
        (
            "花垣县人民政府办公室关于印发〈花垣县行政许可事项清单(2022年版)〉的通知",
            "repeal",
            "宣布失效",
        ),
        (
            "花垣县人民政府办公室关于印发〈花垣县农村土地经营权流转管理办法实施细则(试行)〉的通知",
            "repeal",
            "废止",
        ),
    ]
    assert [w.message for w in warnings] == [
        "the decision states 4 documents (expire), 1 found in the text",
        "the decision states 2 documents (repeal), 1 found in the text",
    ]


def test_repeal_clause_of_a_notice_whose_head_is_a_plain_title():
    """原2007年印发的《…预案》同时废止 in a county notice (A-54) whose title is no decision's: the
    notice, named by its title line, repeals its predecessor; the plan it issues is no target."""
    records, _ = fixture("county-notice-repeals-predecessor-2017.txt")
    assert [(r.target_title, r.action, r.by_title) for r in records] == [
        (
            "牟定县突发环境事件应急预案",
            "repeal",
            "牟定县人民政府办公室关于印发牟定县突发环境事件应急预案(试行)的通知",
        )
    ]


def test_changes_under_empty_title_marks_go_to_the_target_of_the_title():
    """决定对《》的部分条款作如下修改： (A-46, the copy lost the words): the changes belong to the one
    target the decision's title names; the promulgated 《…关于修改〈T〉…的决定》 is the decision, not
    a target of its own."""
    records, warnings = fixture("city-decision-empty-title-marks-1997.txt")
    assert warnings == []
    assert [(r.target_title, r.action, r.effective) for r in records] == [
        ("北京市个体工商户、私营企业雇工劳动管理暂行办法", "amend", "1998-01-01")
    ]
    assert [(c.provision, c.type) for c in records[0].changes] == [
        ("第十八条第五项", "delete"),
        ("第十九条", "replace"),
    ]


def test_decision_copy_without_title_read_from_its_operative_line():
    """A 政府令 copy that starts at its 题注 (A-41): 经…讨论决定,修改《A》(…)等42件…规章,具体如下:
    opens the decision; 一、A(…桂政发[1980]94号) names the target and its number; the changes
    below are read, the one whose quotation the page cut off is warned about."""
    records, warnings = fixture("region-order-changes-2004.txt")
    assert [(r.by, r.target_number, r.target_title, r.action) for r in records] == [
        (
            "广西壮族自治区人民政府令第7号",
            "桂政发〔1980〕94号",
            "广西壮族自治区海洋水产资源繁殖保护实施细则暂行规定",
            "amend",
        )
    ]
    assert [(c.provision, c.type, c.new_text) for c in records[0].changes] == [
        ("第一条第五项", "delete", None),
        ("第二条第一项", "replace", "十二月十六日至翌年六月三十日"),
        ("第二条第一项", "replace", "一月十五日至六月三十日"),
    ]
    assert any("cannot read amendment instruction: 第二项" in w.message for w in warnings)


def test_provision_quoted_whole_before_the_words_changed():
    changes = parse_changes(
        "第二条第一项“北部湾为保护区。禁渔期为一月。”中的“一月”修改为“二月”。"
    ).changes
    assert changes == [TextChange("第二条第一项", "replace", "一月", "二月")]


def test_report_listing_the_repealed_after_a_colon():
    """A Q&A report on one line (A-40): 决定予以废止: 一是《A》 names A; 《决定》 and the cited
    basis are none."""
    records, _ = fixture("qa-news-repeal-list-2011.txt")
    assert [(r.target_title, r.action, r.by_title) for r in records] == [
        (
            "关于各地厂矿对于法定假日工资发放办法的决定",
            "repeal",
            "国务院关于废止和修改部分行政法规的决定",
        )
    ]


def test_bilingual_law_database_page():
    """An English/Chinese page (A-07): the title with the database's suffix (2016) [部分失效], the
    number (No. 666) (第666号), each line's English before its Chinese, and English lines, are
    read past; 一、删去《A》第十六条中的“…” is the change."""
    records, warnings = fixture("bilingual-state-council-order-2016.txt")
    assert warnings == []
    assert [(r.by, r.by_title, r.target_title, r.effective) for r in records] == [
        (
            "第666号",
            "国务院关于修改部分行政法规的决定",
            "中华人民共和国计量法实施细则",
            "2016-02-06",
        )
    ]
    assert records[0].changes == [TextChange("第十六条", "delete", "后方可申请办理营业执照", None)]


def test_decision_adopted_on_titles_named_before_it():
    """表决通过了废止上述条例和三项地方性法规的决定 (A-48): the targets are the titles named before
    in the sentence, less the one in the clause of cause (因《…监督法》已于…实施), as the objects count
    them: 上述条例 (the one title ending in 条例) and 三项 (three)."""
    records, _ = fixture("congress-news-repeal-2007.txt")
    assert [(r.target_title, r.form) for r in records if r.action == "repeal"] == [
        ("广东省各级人民代表大会常务委员会监督条例", "废止"),
        ("广东省各级人民代表大会常务委员会执法检查工作规定", "废止"),
        ("广东省各级人民代表大会常务委员会实施个案监督工作规定", "废止"),
        ("广东省各级人民代表大会常务委员会评议工作规定", "废止"),
    ]


def test_titles_named_before_are_not_taken_when_the_count_disagrees():
    body = (FIXTURES / "congress-news-repeal-2007.txt").read_text(encoding="utf-8")
    records, _ = text(body.replace("上述条例和三项地方性法规", "上述条例和两项地方性法规"))
    assert [r for r in records if r.action == "repeal"] == []


def test_decision_title_broken_over_three_lines():
    """…关于修改 / 《南平市…常务委员会 / 立法条例》的决定 (A-37): the head is the whole title, so its
    pieces are not read as an instruction; the changes go to the title's target."""
    records, warnings = fixture("city-congress-title-over-three-lines-2024.txt")
    assert warnings == []
    assert [(r.target_title, r.action, r.by_title) for r in records] == [
        (
            "南平市人民代表大会及其常务委员会立法条例",
            "amend",
            "南平市人民代表大会常务委员会关于修改《南平市人民代表大会及其常务委员会立法条例》的决定",
        )
    ]
    assert [c.new_provision for c in records[0].changes][:2] == ["第三条", "第四条"]


def test_decision_adopted_naming_several_titles():
    """会议表决通过了关于修改《A》、《B》、《C》、《重庆市实施〈…〉办法》的决定 (H-09, a session news
    report): each title the decision's title lists is a target, nested 〈〉 kept."""
    records, warnings = fixture("congress-news-decision-four-titles-2014.txt")
    assert warnings == []
    assert [(r.target_title, r.action, r.by) for r in records] == [
        ("重庆市城市园林绿化条例", "amend", None),
        ("重庆市风景名胜区条例", "amend", None),
        ("重庆市旅游条例", "amend", None),
        ("重庆市实施〈中华人民共和国野生动物保护法〉办法", "amend", None),
    ]
    assert all(r.by_title and r.by_title.startswith("关于修改《重庆市城市园林") for r in records)


def test_revised_text_adopted_in_a_list_of_titles():
    """会议表决通过了《江西省公路条例》、新修订的《江西省实施〈…〉办法》、《…关于批准〈…〉的决定》
    (H-01): the revised title is amended; the new regulation and the approvals are not amendments."""
    records, _ = fixture("congress-news-revised-adopted-2015.txt")
    assert [(r.target_title, r.action) for r in records] == [
        ("江西省实施〈中华人民共和国消费者权益保护法〉办法", "amend")
    ]


def test_revised_text_only_under_debate_is_no_amendment():
    body = (FIXTURES / "congress-news-revised-adopted-2015.txt").read_text(encoding="utf-8")
    records, _ = text(body.replace("会议表决通过了", "会议审议了"))
    assert records == []


def test_issued_cleanup_notice_repeals_the_title_after_it():
    """印发《…关于公布第五批规范性文件清理结果的通知》(渝城管局〔2020〕143号),废止《…的通知》
    (渝市政委发〔2011〕12号)等6件 (H-10, a 政策解读 of the notice): the notice and its number are the
    instrument, the title after 废止 and its number the target; 根据《…办法》 is the basis."""
    records, _ = fixture("interpretation-cleanup-result-2020.txt")
    assert [(r.by, r.target_number, r.target_title, r.action) for r in records] == [
        (
            "渝城管局〔2020〕143号",
            "渝市政委发〔2011〕12号",
            "重庆市市政管理委员会关于加强市政维护工程技术管理的通知",
            "repeal",
        )
    ]


def test_order_revising_a_regulation_by_the_note_under_its_title():
    """畢節市人民政府令 / 第12號 printing a regulation whose note reads (…令第3號公布 …令第12號修訂)
    (H-14, traditional script): order 12 amends the regulation first published by order 3."""
    records, _ = fixture("order-revised-regulation-note-2025-trad.txt")
    assert [(r.by, r.target_number, r.target_title, r.action, r.effective) for r in records] == [
        (
            "畢節市人民政府令第12號",
            "畢節市人民政府令第3號",
            "畢節市人民政府起草地方性法規草案和制定市政府規章程序辦法",
            "amend",
            "2026-01-01",
        )
    ]


def test_history_note_without_its_order_is_not_read():
    """The same page without the order's lines: the note is the regulation's past, and no text
    here decides it."""
    lines = (
        (FIXTURES / "order-revised-regulation-note-2025-trad.txt").read_text("utf-8").splitlines()
    )
    records, _ = text("\n".join(lines[:5] + lines[10:]))
    assert records == []


def test_national_news_decisions_adopted():
    """通過了關于修改立法法的決定 (a law named without 《》, after a bare 通過 that a decision's title
    follows) and 全票通過新修訂的《…附件一…》、新修訂的《…附件二…》 (real 新华社 reports, 2015 and
    2021, traditional script); the resolutions on work reports are no amendments. The law named by
    its short form is named by the full title the report writes too (《中華人民共和國立法法》根據本
    決定作相應修改)."""
    records, _ = fixture("npc-news-decisions-adopted-2015-2021-trad.txt")
    assert [(r.target_title, r.action) for r in records] == [
        ("中華人民共和國立法法", "amend"),
        (
            "中華人民共和國香港特別行政區(qū)基本法附件一香港特別行政區(qū)行政長官的產(chǎn)生辦法",
            "amend",
        ),
        (
            "中華人民共和國香港特別行政區(qū)基本法附件二香港特別行政區(qū)立法會的產(chǎn)生辦法和表決程序",
            "amend",
        ),
    ]


def test_decisions_adopted_with_their_organ_named():
    """表决通过海南省人民代表大会常务委员会关于修改《T》的决定 (海南, 2018): the organ before 关于
    belongs to the title; the new regulations and the approvals of city rules are not amendments."""
    records, _ = fixture("congress-news-decisions-organ-named-2018.txt")
    assert [(r.target_title, r.action) for r in records] == [
        ("海南省人口与计划生育条例", "amend"),
        ("海南省矿产资源管理条例", "amend"),
    ]


def test_amendment_act_adopted_and_a_draft_only_reported_on():
    """表決通過了《…保護條例修正案》 amends the regulation; the same title as a 草案 reported on is
    not adopted (湖南, 2019); the approved city decision names its target."""
    records, _ = fixture("congress-news-amendment-act-2019-trad.txt")
    assert [(r.target_title, r.action, r.source.start_line) for r in records] == [
        ("湖南省長株潭城市群生態(tài)綠心地區(qū)保護條例", "amend", 3),
        ("湘西土家族苗族自治州鳳凰歷史文化名城保護條例", "amend", 3),
    ]


def test_a_decision_of_another_kind_in_the_list_is_passed_over():
    body = (FIXTURES / "npc-news-decisions-adopted-2015-2021-trad.txt").read_text("utf-8")
    records, _ = text(
        body.replace(
            "通過了關于修改立法法的決定", "通過了關于設立全國生態日的決定、關于修改立法法的決定"
        )
    )
    assert ("中華人民共和國立法法", "amend") in [(r.target_title, r.action) for r in records]


def test_a_law_by_its_short_name_is_kept_when_the_text_writes_no_full_title():
    # http://sfmzp.com/article-7714-1.html (devcorpus Y-10, line 8), its last sentence left out
    records, _ = text("會議經表決,通過了關于修改立法法的決定。本決定自公布之日起施行。")
    assert [(r.target_title, r.action) for r in records] == [("立法法", "amend")]


def test_a_targets_own_number_before_the_history_of_its_revision():
    # http://law.foodmate.net/show-183063.html (devcorpus Q-12, line 8): a parenthesis of more than
    # 80 characters, the target's own order first, the order that revised it after 根据
    records, _ = text(
        "上海市人民政府关于废止《上海市一次性塑料饭盒管理暂行办法》的决定\n"
        "经研究,市人民政府决定废止《上海市一次性塑料饭盒管理暂行办法》(2000年6月14日上海市人民政府令"
        "第84号公布,根据2010年12月20日上海市人民政府令第52号公布的《上海市人民政府关于修改<上海市农机"
        "事故处理暂行规定>等148件市政府规章的决定》修正并重新公布)。\n"
    )
    assert [(r.target_title, r.target_number, r.action) for r in records] == [
        ("上海市一次性塑料饭盒管理暂行办法", "上海市人民政府令第84号", "repeal")
    ]


def test_report_reads_the_targets_before_their_verb():
    """对《X》(文号)等6件…予以废止: the list right before its count and verb is the object (the H-10
    sentence in the other order a report may use); the issued notice's number is the instrument's."""
    body = (FIXTURES / "interpretation-cleanup-result-2020.txt").read_text("utf-8")
    body = body.replace(
        "废止《重庆市市政管理委员会关于加强市政维护工程技术管理的通知》(渝市政委发〔2011〕12号)等6件部门行政规范性文件",
        "对《重庆市市政管理委员会关于加强市政维护工程技术管理的通知》(渝市政委发〔2011〕12号)等6件部门行政规范性文件予以废止",
    )
    records, _ = text(body)
    assert [(r.by, r.target_number, r.action) for r in records] == [
        ("渝城管局〔2020〕143号", "渝市政委发〔2011〕12号", "repeal")
    ]


def test_report_reads_an_order_number_published_or_signed():
    """签署国务院令 (no number) in the 2020 新华社 report (A-12); 发布第N号…令 gives the number."""
    body = (FIXTURES / "news-report-xinhua-2020.txt").read_text("utf-8")
    records, _ = text(body)
    assert {r.by for r in records} == {None}
    records, _ = text(body.replace("日前签署国务院令", "日前发布第726号国务院令"))
    assert {r.by for r in records} == {"国务院令第726号"}


def test_a_decision_cited_as_the_form_of_publication_is_no_target():
    """以《厦门市人民政府关于废止和修改部分市政府规章的决定》(市政府令第161号)的形式予以公布: a report
    that names the decisions but none of their targets (厦门市法制局, 2019,
    https://sf.xm.gov.cn/ztzl/yfxz/zffz/2016/75601/201905/t20190507_2257567.htm)."""
    records, _ = text(
        "一是在积极开展规章清理的基础上,提请市政府研究通过了规章清理结果,并以《厦门市人民政府关于废止和"
        "修改部分市政府规章的决定》(市政府令第161号)的形式予以公布。\n"
        "二是在全面开展市政府规范性文件清理的基础上,提请市政府研究通过了市政府规范性文件清理结果,并以"
        "《厦门市人民政府关于废止和宣布失效一批市政府文件的通知》(厦府〔2016〕278号文)的形式予以公布。\n"
    )
    assert records == []


def test_decision_body_numbered_by_action_with_history_notes():
    """现决定： then 一、废止9部省政府规章 / （一）《…》（1989年省政府令第4号，1998年省政府令第11号修正）
    (K-07, a 黑龙江 decision copied without its title): the numbered action heading under the 决定
    line makes it a decision; the 修正 in a target's history is no action; a target's own number is
    the first not of a revising step (none for 1987年10月13日公布，2006年…令第11号修正), its year kept
    before an order of an organ named without its place (numbers starting again each year)."""
    records, _ = fixture("province-decision-body-only-2017.txt")
    got = [(r.target_number, r.target_title, r.action) for r in records]
    assert got[:5] == [
        ("1989年省政府令第4号", "黑龙江省乡镇船舶和渡口安全管理办法", "repeal"),
        ("1999年省政府令第2号", "黑龙江省按比例安排残疾人就业规定", "repeal"),
        ("2003年省政府令第5号", "黑龙江省行政事业性收费和罚没票据管理办法", "repeal"),
        (None, "黑龙江省犬类管理规定", "repeal"),
        ("2010年省政府令第4号", "黑龙江省相对集中行政处罚权规定", "repeal"),
    ]
    assert len([r for r in records if r.action == "repeal"]) == 9
    assert got[-1] == (None, "黑龙江省农业植物检疫实施办法", "amend")


def test_action_heading_without_a_decision_line_is_no_decision():
    body = (FIXTURES / "province-decision-body-only-2017.txt").read_text(encoding="utf-8")
    records, _ = text(body.replace("现决定:", "现说明如下:"))
    assert [r for r in records if r.action == "repeal"] == []


def test_own_number_skips_revising_steps():
    from kg.extract.amendments import own_number

    assert own_number("(2005年浙江省人民政府令第200号公布)").normalized == "浙江省人民政府令第200号"
    assert own_number("(2019年9月19日市政府令第1号公布)").normalized == "市政府令第1号"
    assert own_number("(1987年10月13日公布,2006年省政府令第11号修正)") is None


def test_news_approving_a_city_revision_named_with_its_organ():
    """表决通过了自治区人大常委会关于批准《拉萨市人大常委会关于修订〈T〉的决定》的决定 (K-05): the
    approving decision's organ before 关于批准, and 修订 in the approved decision's title."""
    records, _ = fixture("congress-news-approved-revision-2009.txt")
    assert [(r.target_title, r.action) for r in records] == [("拉萨市暂住人员管理条例", "amend")]


def test_news_revised_suffix_count_tails_and_approved_repeal_resolution():
    """表決通過了《T（修訂）》《…關于廢止〈A〉的決定》，批準了《B》等4件州（市）地方性法規、《C》等5件
    單行條例和廢止《D》等2件單行條例的決議 (K-08, traditional script): T amended, A repealed, and D
    repealed by the approving resolution; the titles before a count are no targets."""
    records, _ = fixture("congress-news-approvals-repeal-2024-trad.txt")
    assert sorted((r.target_title, r.action) for r in records) == sorted(
        [
            ("云南省紅十字會條例", "amend"),
            ("云南省行政復(fù)議條例", "repeal"),
            ("云南省西雙版納傣族自治州野生動物保護(hù)條例", "repeal"),
        ]
    )


def test_news_list_of_titles_without_marks():
    """表决通过了自治区六堡茶发展条例、修订后的自治区征兵工作条例、关于修改自治区水利工程管理条例等九件
    地方性法规的决定、关于废止…的决定，表决批准了…条例、关于修改《百色市立法条例》等五件…的决定 (K-10):
    titles without 《》 in the list are passed over, a revised one amended."""
    records, _ = fixture("congress-news-plain-titles-2025.txt")
    assert sorted((r.target_title, r.action) for r in records) == sorted(
        [
            ("自治区征兵工作条例", "amend"),
            ("自治区水利工程管理条例", "amend"),
            ("自治区商品交易市场管理条例", "repeal"),
            ("百色市立法条例", "amend"),
        ]
    )


def test_news_lists_under_debate_are_no_amendments():
    for name in (
        "congress-news-plain-titles-2025.txt",
        "congress-news-approvals-repeal-2024-trad.txt",
    ):
        body = (FIXTURES / name).read_text(encoding="utf-8")
        for verb in ("表决通过了", "表決通過了", "表决批准了", "批準(zhǔn)了"):
            body = body.replace(verb, "审议了")
        records, _ = text(body)
        assert records == [], name


def test_the_revised_law_a_decision_carries_out_is_no_target():
    # http://m.003gm.com/html/1873/2022-12-28/content-126379.html (N-14), a cut: 2021年修订的《…》
    # says which state of the law the order follows; it is the basis, not a law it amends.
    text = (
        "盤錦市人民政府令 第58號\n"
        "為認真貫徹落實2021年修訂的《中華人民共和國行政處罰法》,進一步提高立法質(zhì)量,市政府決定"
        "對《盤錦市人民政府地方性法規(guī)草案擬定和規(guī)章制定程序規(guī)定》作如下修改:\n"
    )
    found = amendments_of(from_text(text, "order.txt"))
    assert [(a.action, a.target_title) for a in found] == [
        ("amend", "盤錦市人民政府地方性法規(guī)草案擬定和規(guī)章制定程序規(guī)定"),
    ]


def test_a_decision_to_repeal_counted_documents_listed_below_it():
    # https://law.lawtime.cn/d377315382409.html (U-11, 张家界, 2004), a cut: 决定废止《T》等4个
    # 文件。 then the list of the repealed, each with its number and date in brackets.
    text = (
        "各区、县人民政府,市直及驻张各单位:\n\n"
        "  依据清理结果,市人民政府决定废止《张家界市城市房屋拆迁管理办法》等4个文件。\n\n"
        "  附件:废止文件目录\n\n"
        "  1、《大庸市人民政府关于在城市规划区实行统一征地、征地拆迁费用包干及征地拆迁补偿标准的通知》"
        "(大政发[1992]20号,1992年7月28日发文)\n\n"
        "  2、《张家界市城市房屋拆迁管理办法》(市人民政府1999年第2号令,1999年7月28日发文)\n\n"
        "  3、《张家界市人民政府关于调整城市房屋拆迁补偿标准的通知》(张政发[2000]6号,2000年3月7日发文)\n\n"
        "  4、《张家界市人民政府关于调整城市房屋拆迁补偿标准的补充通知》(张政发[2000]18号,2000年12月4日"
        "发文)\n"
    )
    found = amendments_of(from_text(text, "notice.txt"))
    assert [(a.action, a.target_number) for a in found if isinstance(a, AmendmentRecord)] == [
        ("repeal", "大政发〔1992〕20号"),
        ("repeal", "市人民政府令〔1999〕第2号"),  # an order numbered within its year, 令 after it
        ("repeal", "张政发〔2000〕6号"),
        ("repeal", "张政发〔2000〕18号"),
    ]


# https://freewechat.com/a/MjM5NDcxODc5OA==/2656126819/1 (W-12, a cut of its line 10): a provincial session report whose web copy
# writes the inner title marks as ASCII angle brackets
SHANXI_SESSION = (
    "当天下午举行第二次全体会议,出席42人,符合法定人数。"
    "会议表决通过了关于召开山西省第十二届人民代表大会第六次会议的决定和《山西省人民代表大会常务委员会关于修改<山西省人民代表"
    "大会常务委员会人事任免办法>的决定》,表决通过了关于批准《太原市中小学校幼儿园规划建设条例》《太原市人民代表大会常务委员"
    "会关于修改<太原市立法条例>的决定》《大同市电动车管理条例》的决定"
)


def test_inner_title_marks_written_as_angle_brackets():
    records, _ = text(SHANXI_SESSION, "W-12.txt")
    assert {(r.target_title, r.action) for r in records} == {
        ("山西省人民代表大会常务委员会人事任免办法", "amend"),
        ("太原市立法条例", "amend"),
    }


def test_a_draft_put_out_for_comment_amends_nothing_yet():
    # http://www.hnxxrd.gov.cn/jb_9179/202311/t20231122_2099704.html, a cut: the notice publishes
    # a draft revision for comment; it was read as an amendment of the 自治条例
    records, _ = text(
        "关于《湘西土家族苗族自治州自治条例》(修正草案·二审稿)公开征求意见的通知\n\n"
        "作者: 发布时间:2023年11月20日 来源:\n\n湘西自治州人大常委会法工委\n\n"
        "关于《湘西土家族苗族自治州自治条例》(修正草案·二审稿)\n\n公开征求意见的通知\n\n\n"
        "为了广泛征求社会各方面意见,提高立法质量,现将《湘西土家族苗族自治州自治条例》(修正草案·二审稿)"
        "予以公布。如有修改意见和建议,请于2023年12月15日前反馈至湘西州人大常委会法制工作委员会。\n",
        "draft.txt",
    )
    assert records == []


def test_a_target_named_by_the_title_and_again_with_its_number_is_one_amendment():
    # http://law309.infoeach.com/view-MzA5fDExMjIw.html (devcorpus Q-11): 关于修改《T》的决定 and
    # 对《T》(1991年市人民政府令第43号)作如下修改; dated by the re-issued text's note (1998年1月4日根据
    # 《关于修改〈T〉的决定》修订发布), not by the date T was first issued (1991年10月31日)
    from tests.conftest import devcorpus_text

    records, _ = split(amendments_of(devcorpus_text("Q-11")))
    assert [(r.target_title, r.target_number, r.effective) for r in records] == [
        ("天津市特殊超限货物道路运输管理办法", "1991年市人民政府令第43号", "1998-01-04")
    ]
    assert records[0].changes  # the changes of both readings kept


def test_a_regulation_printed_in_the_edition_a_decision_made():
    # http://law600.infoeach.com/view-NjAwfDU2MTc0.html (devcorpus Y-11): …条例(2003年修正), its note's
    # 2003 step naming the amending decision; the 2001 adoption is its past
    from tests.conftest import devcorpus_text

    records, _ = split(amendments_of(devcorpus_text("Y-11")))
    assert [(r.target_title, r.action, r.by, r.by_title) for r in records] == [
        (
            "上海市市容环境卫生管理条例",
            "amend",
            None,
            "关于修改〈上海市市容环境卫生管理条例〉的决定",
        )
    ]


def test_titles_cited_with_a_count_as_the_basis_of_a_clean_up_are_no_targets():
    # devcorpus E-05 (天津市人民政府令第20号, 2020): 市人民政府对照3个《国务院关于修改部分行政法规的决定》
    # (国务院令第709号、第710号、第714号)对现行有效的规章进行了清理: the State Council's decisions are
    # the basis, the city's 规章 listed after it are the targets
    from tests.conftest import devcorpus_text

    records, _ = split(amendments_of(devcorpus_text("E-05")))
    assert not [r for r in records if r.target_title == "国务院关于修改部分行政法规的决定"]
    assert "天津市防止拆船污染环境管理实施办法" in {r.target_title for r in records}


def test_decisions_listed_after_laws_named_in_short_form_amend_the_laws_they_name():
    # devcorpus C-10 (新华社, 2016-11-07): …,通过了网络安全法、电影产业促进法、关于修改民办教育促进法的
    # 决定、关于修改海洋环境保护法的决定、关于修改对外贸易法等十二部法律的决定 (a bare 通过 after a comma)
    from tests.conftest import devcorpus_text

    records, _ = split(amendments_of(devcorpus_text("C-10")))
    assert [(r.target_title, r.action) for r in records] == [
        ("民办教育促进法", "amend"),
        ("海洋环境保护法", "amend"),
        ("对外贸易法", "amend"),
    ]


def test_a_regulation_printed_under_its_title_states_the_decisions_that_amended_it():
    # devcorpus C-12 (ruilaw.cn law database): 河北省人民代表大会议事规则 / (1991年…通过 根据1998年4月3日
    # …《关于修改〈河北省人民代表大会议事规则〉的决定》修正 2024年1月24日…修订), no edition after the title
    from tests.conftest import devcorpus_text

    records, _ = split(amendments_of(devcorpus_text("C-12")))
    assert [(r.target_title, r.action, r.by_title) for r in records] == [
        ("河北省人民代表大会议事规则", "amend", "关于修改〈河北省人民代表大会议事规则〉的决定")
    ]


def test_a_note_naming_the_amending_order_by_its_number_gives_it_and_the_targets_number():
    # http://www.9677948.buzz/news/gzwj/zcgwj/868923.htm (devcorpus J-06, traditional script): a
    # regulation re-published under its note (2015年8月30日…人民政府令第195號發布 根據2020年7月11日…
    # 人民政府令第216號《關于修改〈…商品條碼管理辦法〉等13件政府規章的決定》修正): the order that amends
    # it is 令第216號, and the regulation is known by the order that published it, 令第195號
    from tests.conftest import devcorpus_text

    records, _ = split(amendments_of(devcorpus_text("J-06")))
    assert [(r.target_title, r.action, r.by, r.target_number) for r in records] == [
        (
            "新疆維吾爾自治區商品條碼管理辦法",
            "amend",
            "新疆維吾爾自治區人民政府令第216號",
            "新疆維吾爾自治區人民政府令第195號",
        )
    ]


def test_regulations_adopted_as_a_revision_with_the_suffix_revision_act_are_amended():
    # https://www.hunantoday.cn/news/xhn/202511/31000814.html (devcorpus F-12): 会议表决通过了《湖南省
    # 开放型经济促进条例》《湖南省统计条例(修订案)》…: the three 修订案 amend their regulations, the new
    # 条例 amends nothing
    from tests.conftest import devcorpus_text

    records, _ = split(amendments_of(devcorpus_text("F-12")))
    titles = [(r.target_title, r.action) for r in records]
    for title in ("湖南省统计条例", "湖南省档案条例", "湖南省湿地保护条例"):
        assert (title, "amend") in titles
    assert not [t for t, _a in titles if "开放型经济" in t or "修订案" in t]


def test_numbered_targets_of_an_amending_decision_whose_decision_line_was_lost():
    # https://defendlib.com/article/show/944.html (devcorpus F-10, 津政令第7号): the page is jumbled
    # in the middle (根据《中华人民共和国 的规定实施处罚。”四、《T》(2005年市人民政府令第96号)。), an unclosed
    # 《 and items run on after a closing quote (…。”六、《T》(…)。); each numbered target under the
    # title 关于修改部分市政府规章的决定 is amended, the changes below it its own
    from tests.conftest import devcorpus_text

    records, _ = split(amendments_of(devcorpus_text("F-10")))
    assert [(r.target_number, r.action) for r in records] == [
        ("2005年市人民政府令第96号", "amend"),
        ("1993年市人民政府令第7号", "amend"),
        ("1997年市人民政府令第89号", "amend"),
        ("1998年市人民政府令第118号", "amend"),
        ("1998年市人民政府令第126号", "amend"),
    ]
    assert records[2].target_title == "天津市房地产抵押管理规定"
    assert [c.provision for c in records[2].changes] == ["第十五条"]


def test_a_decision_named_without_quotes_whose_target_title_holds_a_pause_mark():
    # devcorpus F-11 (广西人大, 2024): 会议表决通过了…,关于废止自治区实施领导干部、企业领导人员任期经济
    # 责任审计条例的决定; the 、 inside the title does not part two targets
    from tests.conftest import devcorpus_text

    records, _ = split(amendments_of(devcorpus_text("F-11")))
    assert ("自治区实施领导干部、企业领导人员任期经济责任审计条例", "repeal") in [
        (r.target_title, r.action) for r in records
    ]
