"""Cited documents: 《title》 and 发文字号 paired, deduplicated per citing document, in RDF."""

from __future__ import annotations

from rdflib import Literal

from kg.extract import extract_genres
from kg.iris import Minter
from kg.namespaces import DCTERMS, ELI
from kg.rdf import map_records
from kg.text.source import from_text, read
from tests.conftest import FIXTURES, devcorpus_path, records_of

MINE = ("issue", "documents", "catalogue", "citations")


def extract(source, genres=("citations",)):
    return extract_genres(source, genres)


def cited(records, by=None):
    return [(r.number, r.title) for r in records
            if r.kind == "cited_document" and (by is None or r.cited_by == by)]  # fmt: skip


def test_sample_decision_18_cites_its_targets_and_its_legal_basis(sample_records):
    assert cited(sample_records, "温政发〔2023〕18号") == [
        ("省政府令第372号", "浙江省行政规范性文件管理办法"),
        ("温政发〔2021〕27号", "温州市政府行政规范性文件制定实施细则"),
        # the title wraps over a blank line in the source (lines 148-150)
        ("温政办〔2021〕81号", "温州市人民政府办公室关于进一步加强地下水管理的实施意见"),
        (
            "温政办〔2021〕61号",
            "温州市人民政府办公室关于大力发展首发首店促进品质消费的若干政策意见",
        ),
        ("温政办〔2021〕69号", "温州市制造业千企节能改造行动方案(2021-2023)"),
        ("温政办〔2021〕73号", "温州市科技创新创业投资基金管理办法"),
        ("温政办〔2022〕2号", "温州市支持新能源汽车产业发展及推广应用若干政策措施"),
        ("温政办〔2022〕5号", "温州市人民政府办公室关于支持农业“双强行动”的若干政策意见"),
    ]


def test_sample_citation_counts(sample_records):
    records = records_of(sample_records, "cited_document")
    assert len(records) == 32
    by_doc = {}
    for r in records:
        by_doc[r.cited_by] = by_doc.get(r.cited_by, 0) + 1
    # The chronicle's 《温州市全民健身促进条例》 (line 1563) is cited outside any document.
    assert by_doc == {
        "温政发〔2023〕18号": 8,
        "温政发〔2023〕19号": 22,
        "温政办〔2023〕56号": 1,
        None: 1,
    }
    plan = [c for c in cited(records, "温政发〔2023〕19号") if c[0]]
    assert plan == [
        ("温政发〔2004〕63号", "温州市生态文明建设规划"),
        ("温政办〔2017〕52号", "温州市突发环境事件应急预案(修编)"),
    ]
    [wrapped] = [r for r in records if r.number == "温政办〔2021〕81号"]
    assert (wrapped.source.start_line, wrapped.source.end_line) == (148, 150)


def test_publications_are_not_documents_and_self_is_not_cited():
    records = extract(read(FIXTURES / "documents" / "province-gazette.txt"))
    assert cited(records, "浙政发〔2023〕8号") == [
        (None, "浙江省数字经济促进实施方案"),
        (None, "浙江省数字经济促进条例"),  # cited twice in the section, reported once
        ("国发〔2022〕5号", "国务院关于加快推进政务服务标准化规范化便利化的指导意见"),
    ]  # 《浙江日报》 is a newspaper
    assert cited(records, "浙政办发〔2023〕15号") == [
        ("省政府令第372号", "浙江省农村供水管理办法"),
        ("浙政办发〔2021〕40号", None),
    ]


def test_web_copy_cites_from_its_own_number_or_title():
    jiangsu = extract(read(FIXTURES / "documents" / "jiangsu-portal-copy.txt"))
    assert cited(jiangsu, "苏政办发〔2023〕30号") == [(None, "江苏省促进民营经济发展若干措施")]
    guangdong = extract(read(FIXTURES / "documents" / "guangdong-notice-no-headings.txt"))
    title = "广东省人民政府办公厅关于印发广东省推动新型储能产业高质量发展行动方案的通知"
    assert cited(guangdong, title) == [
        (None, "广东省推动新型储能产业高质量发展行动方案"),
        ("粤府〔2022〕31号", "广东省人民政府关于加快建设通信基础设施的意见"),
    ]


def test_number_then_title_mentions_merge():
    text = (
        "某市人民政府关于甲的通知\n\n某政发〔2023〕9号\n\n各区人民政府：\n\n"
        "按照某政办〔2020〕3号文件，对《某市乙管理办法》（某政办〔2020〕3号）进行修订，"
        "《某市乙管理办法》同时废止；《某市晚报》刊登。\n\n某市人民政府\n2023年1月5日\n"
    )
    records = extract(from_text(text, "merge.txt"))
    assert cited(records) == [("某政办〔2020〕3号", "某市乙管理办法")]


def test_citations_in_rdf(sample_source):
    graph, _ = map_records(extract(sample_source, MINE), Minter(), sample_source.name, "温州市")
    [d18] = graph.subjects(ELI.number, Literal("温政发〔2023〕18号"))
    targets = {str(graph.value(t, ELI.number)) for t in graph.objects(d18, ELI.cites)}
    assert "温政发〔2021〕27号" in targets and len(targets) == 8
    [d27] = graph.subjects(ELI.number, Literal("温政发〔2021〕27号"))
    assert graph.value(d27, DCTERMS.isReferencedBy) is not None
    assert str(graph.value(d27, ELI.title)) == "温州市政府行政规范性文件制定实施细则"


def test_a_short_form_a_type_word_alone_and_a_placeholder_cite_no_document():
    # http://law61.infoeach.com/view-NjF8OTQ3MzA=.html: a short form the text defines; and
    # https://m.juanbaike.com/changshi/8QWqwK32xr.html: a placeholder in an example
    for text in (
        "结合我市实际,制定泉州中心市区道路交通安全管理规定(以下简称《规定》)",
        "例如:“本规定自某年某月某日起执行,原《×××规定》即行废止。”",
    ):
        assert cited(extract(from_text(text, "cut.txt"))) == []
    # http://law312.infoeach.com/view-MzEyfDEyMTcyOA==.html (devcorpus K-15): the law cited, then
    # its short form
    line = devcorpus_path("K-15").read_text(encoding="utf-8").splitlines()[24]
    text = "宁夏回族自治区《地方志工作条例》实施办法\n\n" + line
    assert [t for _, t in cited(extract(from_text(text, "cut.txt")))] == ["地方志工作条例"]
