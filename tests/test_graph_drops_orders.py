"""Presidential orders (主席令) are numbered afresh in each term: 第37号 of the 九届 and 第37号 of the
十届 are two orders (issue 12). A number with its term keeps it and keys the order by it; a number
without its term is keyed within the text that names it, never by the number or the title alone
(amending decisions reuse their title), and without a title the citation is warned and left out.
And a cited number's issuer code does not take the preposition before it (经由主席令第45号)."""

from __future__ import annotations

from pathlib import Path

from rdflib import Literal

from kg.extract import extract_source
from kg.extract.context import detect_government
from kg.iris import Minter
from kg.namespaces import ELI, GKG
from kg.rdf import map_records
from kg.text import docnumber
from kg.text.source import Source, read
from kg.validate import validate
from tests.conftest import devcorpus_text

FIXTURES = Path(__file__).parent / "fixtures" / "documents"


def _mapped(source: Source):
    records = extract_source(source)
    graph, _ = map_records(records, Minter(), source.name, detect_government(source))
    return records, graph


def test_an_order_numbered_in_its_term_is_keyed_with_its_term():
    # http://law633.infoeach.com/view-NjMzfDE1Mw==.html: 中华人民共和国主席令(九届第37号) over the
    # note of the law it publishes
    records, graph = _mapped(read(str(FIXTURES / "probe6-gongwen-01-zhuxiling-cut.txt")))
    (document,) = [r for r in records if r.kind == "document"]
    assert document.number == "中华人民共和国主席令（九届）第37号"
    (node,) = graph.subjects(ELI.number, Literal(document.number))
    assert node == Minter().document(None, document.number)
    assert node != Minter().document(None, "中华人民共和国主席令（十届）第37号")
    assert validate(graph).valid


def test_a_number_with_its_term_reads_back_as_itself():
    number = docnumber.parse("中华人民共和国主席令（九届）第37号")
    assert number is not None and number.term == "九" and number.seq == 37
    assert not docnumber.needs_term(number)
    assert docnumber.needs_term(docnumber.parse("中华人民共和国主席令第37号"))
    assert not docnumber.needs_term(docnumber.parse("浙江省人民政府令第389号"))


def test_an_order_without_its_term_is_keyed_within_its_text_only():
    # devcorpus Y-10 (traditional): 表決通過關于修改立法法的決定,國家主席習近平簽署第20號主席令予以公布
    source = devcorpus_text("Y-10")
    records, graph = _mapped(source)
    (document,) = [r for r in records if r.kind == "document" and r.number]
    # the record keeps the number as the text gives it
    assert document.number == "中华人民共和国主席令第20号"
    (node,) = graph.subjects(ELI.number, Literal(document.number))
    assert node == Minter().order_in_source(source.name, document.number)
    # not the title's node: the decisions amending 立法法 share their title (the next test)
    assert node != Minter().document_by_title(detect_government(source), document.title)
    assert validate(graph).valid


def test_two_orders_sharing_a_title_are_two_nodes():
    # 立法法 was amended in 2015 (主席令第20号, devcorpus Y-10) and in 2023 (主席令第3号,
    # https://hk.lexiscn.com/law/law-chinese-1-4587032-T.html); both decisions are titled
    # 全国人民代表大会关于修改《中华人民共和国立法法》的决定: keyed by title they were one node
    # with two eli:number values
    nodes = {}
    for source in (devcorpus_text("Y-10"), read(str(FIXTURES / "lexiscn-lifafa-2023.txt"))):
        records, graph = _mapped(source)
        (document,) = [r for r in records if r.kind == "document" and r.number]
        number = document.number
        (node,) = graph.subjects(ELI.number, Literal(number))
        # not the node of its title, which every decision of that title would share
        assert node != Minter().document_by_title(detect_government(source), document.title)
        assert len(list(graph.objects(node, ELI.number))) == 1
        nodes[number] = node
        assert validate(graph).valid
    assert set(nodes) == {"中华人民共和国主席令第20号", "中华人民共和国主席令第3号"}
    assert nodes["中华人民共和国主席令第20号"] != nodes["中华人民共和国主席令第3号"]


def test_within_its_text_the_order_is_one_node_for_every_record_naming_it():
    # the 2023 page: the document, the amendment it makes (by 主席令第3号) and the citation of
    # 立法法 inside it all name the one order
    source = read(str(FIXTURES / "lexiscn-lifafa-2023.txt"))
    _, graph = _mapped(source)
    (node,) = graph.subjects(ELI.number, Literal("中华人民共和国主席令第3号"))
    assert list(graph.subjects(GKG.amendingDocument, node))
    assert list(graph.objects(node, ELI.cites))


def test_an_order_cited_without_term_or_title_is_warned_and_left_out():
    # https://www.chaxiaohao.com/read-1750471059l1657533.html (2025): 中华人民共和国主席令第76号是…,
    # 《民法典》经由主席令第45号公布后 — neither number says its term, nor goes with a title
    records, graph = _mapped(read(str(FIXTURES / "chaxiaohao-zhuxiling-76.txt")))
    cited = [r.number for r in records if r.kind == "cited_document" and r.number]
    assert cited == ["中华人民共和国主席令第76号", "主席令第45号"]  # not «经由主席令第45号»
    warned = [r.message for r in records if r.kind == "warning"]
    assert [m.split(" ")[0] for m in warned] == cited
    assert not list(graph.subjects(ELI.number, None))
    assert validate(graph).valid


def test_a_preposition_before_a_cited_number_is_not_its_issuer_code():
    # the same page: 经由 ("by way of") takes the number as its object, as 以 and 根据 do
    text = "《民法典》经由主席令第45号公布后,全国法院系统随即开展配套司法解释清理工作"
    assert [n.issuer_code for n, _, _ in docnumber.find_all(text)] == ["主席令"]
