"""Official documents: extraction from the sample and other styles, RDF mapping, shapes that bite."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef

from kg.extract import extract_genres
from kg.extract.documents import split_addressees
from kg.iris import Minter
from kg.namespaces import ELI, GKG, RDF, SDO, SKOS, XSD
from kg.rdf import map_records
from kg.rdf.documents import document_types
from kg.resources import package_path
from kg.text import docnumber
from kg.text.source import from_text, read
from kg.validate import validate
from tests.conftest import FIXTURES, devcorpus_text, records_of

DOCS = FIXTURES / "documents"
MINE = ("issue", "documents", "catalogue", "citations")


def extract(source, genres=("documents",)):
    return extract_genres(source, genres)


def by_number(records):
    return {r.number: r for r in records if r.kind == "document"}


# ---------------------------------------------------------------- the sample, checked by hand


def test_sample_prints_exactly_three_documents(sample_records):
    documents = records_of(sample_records, "document")
    assert [d.number for d in documents] == [
        "温政发〔2023〕18号",
        "温政发〔2023〕19号",
        "温政办〔2023〕56号",
    ]
    assert not [w for w in records_of(sample_records, "warning") if w.genre == "documents"]


def test_sample_decision_18(sample_records):
    d = by_number(sample_records)["温政发〔2023〕18号"]
    assert (d.number_verbatim, d.issuer_code, d.year, d.seq) == (
        "温政发〔2023〕18号",
        "温政发",
        2023,
        18,
    )
    assert d.title == "温州市人民政府关于修改和废止部分行政规范性文件的决定"
    assert (d.issuer, d.issuer_resolved, d.type) == ("温州市人民政府", "温州市人民政府", "决定")
    assert (d.date, d.effective, d.expires) == ("2023-06-22", "2023-08-01", None)
    assert d.registration_number == "ZJCC00-2023-0007"  # printed "ZJCC00 - 2023 - 0007"
    assert d.addressees == ["各县（市、区）人民政府", "市政府直属各单位"]
    assert d.attachments == ["修改的市政府行政规范性文件目录", "废止的市政府行政规范性文件目录"]
    assert d.printed
    assert (d.source.start_line, d.source.end_line) == (136, 159)
    assert d.source.quote.startswith("ZJCC00 - 2023 - 0007\n温州市人民政府 关于修改")


def test_sample_notice_19(sample_records):
    d = by_number(sample_records)["温政发〔2023〕19号"]
    assert d.title == "温州市人民政府关于印发温州市生态文明建设规划(2021-2030年)的通知"
    assert (d.issuer, d.type, d.date, d.effective) == ("温州市人民政府", "通知", "2023-06-12", None)
    assert d.registration_number is None
    assert d.addressees == ["各县(市、区)人民政府", "市各有关单位"]
    assert d.attachments == []
    assert (d.source.start_line, d.source.end_line) == (178, 188)


def test_sample_office_notice_56(sample_records):
    d = by_number(sample_records)["温政办〔2023〕56号"]
    assert d.title == "温州市人民政府办公室关于印发温州市区声环境功能区划分方案(2023年)的通知"
    assert (d.issuer, d.issuer_resolved) == ("温州市人民政府办公室", "温州市人民政府办公室")
    assert (d.type, d.date, d.effective) == ("通知", "2023-06-01", None)
    # four districts sharing one suffix stay one addressee as written
    assert d.addressees == ["鹿城、龙湾、瓯海、洞头区人民政府", "市各有关单位"]
    assert (d.source.start_line, d.source.end_line) == (1295, 1305)


# ---------------------------------------------------------------- other governments' styles


def test_provincial_documents():
    docs = by_number(extract(read(DOCS / "province-gazette.txt")))
    notice = docs["浙政发〔2023〕8号"]
    assert (notice.type, notice.date, notice.effective) == ("通知", "2023-04-18", "2023-04-18")
    assert notice.registration_number == "ZJSP01-2023-0004"
    assert notice.addressees == ["各市、县（市、区）人民政府", "省政府直属各单位"]
    opinion = docs["浙政办发〔2023〕15号"]
    assert opinion.title == "浙江省人民政府办公厅关于进一步加强农村饮用水安全保障工作的意见"
    assert (opinion.issuer, opinion.type) == ("浙江省人民政府办公厅", "意见")
    assert (opinion.date, opinion.effective, opinion.expires) == (
        "2023-04-28",
        "2023-06-01",
        "2028-05-31",
    )
    assert opinion.attachments == ["浙江省农村饮用水工程名录", "农村饮用水水质检测要求"]


def test_county_web_notice_with_lenticular_brackets():
    [d] = extract(read(DOCS / "county-web-notice.txt"))
    assert (d.number, d.number_verbatim, d.issuer_code) == (
        "永政办发〔2023〕34号",
        "永政办发【2023】34号",
        "永政办发",
    )
    assert d.title == "永嘉县人民政府办公室关于做好2023年防汛防台工作的通知"
    assert (d.date, d.effective) == ("2023-05-10", "2023-05-10")  # 自印发之日起实施
    assert d.addressees == ["各乡镇人民政府", "街道办事处", "县政府直属各单位"]


def test_notice_without_number_or_headings():
    [d] = extract(read(DOCS / "guangdong-notice-no-headings.txt"))
    assert d.number is None
    assert d.title == "广东省人民政府办公厅关于印发广东省推动新型储能产业高质量发展行动方案的通知"
    assert (d.issuer, d.issuer_resolved, d.type) == (
        "广东省人民政府办公厅",
        "广东省人民政府办公厅",
        "通知",
    )
    assert d.date == "2023-03-13"  # 二〇二三年三月十三日
    assert d.addressees == ["各地级以上市人民政府", "省政府各部门、各直属机构"]


def test_portal_metadata_gives_the_number():
    [d] = extract(read(DOCS / "jiangsu-portal-copy.txt"))
    assert (d.number, d.issuer_code) == ("苏政办发〔2023〕30号", "苏政办发")
    assert d.title == "省政府办公厅关于印发江苏省促进民营经济发展若干措施的通知"
    assert d.issuer == "江苏省人民政府办公厅"  # the signature, not the title's 省政府办公厅
    assert (d.date, d.effective) == ("2023-05-30", "2023-07-01")
    assert d.source.start_line == 9


def test_government_order_heading():
    [d] = extract(read(FIXTURES / "amendments" / "province-regulations.txt"))
    assert (d.number, d.issuer_code, d.year, d.seq) == (
        "江西省人民政府令第262号",
        "江西省人民政府令",
        None,
        262,
    )
    assert d.title == "江西省人民政府关于修改和废止部分省政府规章的决定"
    assert (d.issuer, d.date, d.effective) == ("江西省人民政府", "2023-04-03", "2023-04-03")


def test_county_gazette_bad_input_is_warned_by_line():
    records = extract(read(DOCS / "county-gazette.txt"))
    docs = by_number(records)
    assert list(docs) == ["苍政发〔2023〕12号", "苍政办发〔2023〕41号"]
    assert docs["苍政发〔2023〕12号"].number_verbatim == "苍政发（2023）12号"
    assert docs["苍政发〔2023〕12号"].effective == "2023-07-01"
    assert docs["苍政办发〔2023〕41号"].date is None  # 2023年6月31日 does not exist
    warnings = [(w.source.start_line, w.message) for w in records if w.kind == "warning"]
    assert warnings == [
        (43, "date signed '2023年6月31日' at line 43 is not a valid date"),
        (45, "发文字号 苍政办发〔2023〕42号 at line 45 has no title above or below it: "
             "not read as a document"),
    ]  # fmt: skip


def test_garbled_effective_date_is_warned():
    text = (
        "某市人民政府关于甲的决定\n\n某政发〔2023〕3号\n\n各区人民政府：\n\n"
        "本决定自2023年13月1日起施行。\n\n某市人民政府\n2023年6月1日\n"
    )
    records = extract(from_text(text, "bad-effective.txt"))
    [d] = [r for r in records if r.kind == "document"]
    assert d.effective is None
    [w] = [r for r in records if r.kind == "warning"]
    assert w.source.start_line == 7
    assert "'2023年13月1日'" in w.message


@pytest.mark.parametrize(
    ("written", "parts"),
    [
        (
            "各县（市、区）人民政府，市政府直属各单位",
            ["各县（市、区）人民政府", "市政府直属各单位"],
        ),
        ("各县(市、区)人民政府,市各有关单位", ["各县(市、区)人民政府", "市各有关单位"]),
        ("各乡镇人民政府、街道办事处", ["各乡镇人民政府", "街道办事处"]),
        ("鹿城、龙湾、瓯海、洞头区人民政府", ["鹿城、龙湾、瓯海、洞头区人民政府"]),
        ("省各委办厅局；省各直属单位", ["省各委办厅局", "省各直属单位"]),
    ],
)
def test_addressees_respect_parentheses_and_shared_suffixes(written, parts):
    assert split_addressees(written) == parts


# ---------------------------------------------------------------- RDF


@pytest.fixture(scope="module")
def sample_graph(sample_source) -> Graph:
    records = extract(sample_source, MINE)
    graph, _ = map_records(records, Minter(), sample_source.name, "温州市")
    return graph


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(package_path("ontology", "shapes", "documents.ttl"))


def doc_iri(graph: Graph, number: str) -> URIRef:
    [iri] = graph.subjects(ELI.number, Literal(number))
    return iri


def test_every_document_type_word_has_a_concept():
    concepts = document_types()
    assert set(docnumber.DOC_TYPES) <= set(concepts)
    assert str(concepts["决定"]) == "https://w3id.org/gazette-kg/concept/document-type/decision"


def test_decision_18_in_rdf(sample_graph):
    g = sample_graph
    d = doc_iri(g, "温政发〔2023〕18号")
    assert (d, RDF.type, ELI.LegalResource) in g
    assert g.value(d, ELI.type_document) == document_types()["决定"]
    assert g.value(d, ELI.date_document) == Literal("2023-06-22", datatype=XSD.date)
    assert g.value(d, ELI.first_date_entry_in_force) == Literal("2023-08-01", datatype=XSD.date)
    assert g.value(d, ELI.id_local) == Literal("ZJCC00-2023-0007")
    assert g.value(d, GKG.issuerCode) == Literal("温政发")
    issue = g.value(d, ELI.published_in)
    assert (issue, RDF.type, SDO.PublicationIssue) in g
    organ = g.value(d, ELI.passed_by)
    assert str(g.value(organ, SKOS.prefLabel)) == "温州市人民政府"
    assert sorted(str(a) for a in g.objects(d, GKG.addressee)) == [
        "各县（市、区）人民政府",
        "市政府直属各单位",
    ]
    attachments = sorted((int(g.value(a, SDO.position)), str(g.value(a, ELI.title)))
                         for a in g.objects(d, ELI.has_part))  # fmt: skip
    assert attachments == [
        (1, "修改的市政府行政规范性文件目录"),
        (2, "废止的市政府行政规范性文件目录"),
    ]
    # one document node however many sections name it: body, TOC, catalogue
    assert len(list(g.objects(d, ELI.title))) == 1


def test_sample_graph_conforms(sample_graph, shapes):
    report = validate(sample_graph, shapes)
    assert report.valid, report.to_text()
    assert not report.warnings, report.to_text()


def _broken(graph: Graph, number: str, predicate, value) -> Graph:
    broken = Graph()
    for triple in graph:
        broken.add(triple)
    d = doc_iri(graph, number)
    broken.remove((d, predicate, None))
    if value is not None:
        broken.add((d, predicate, value))
    return broken


@pytest.mark.parametrize(
    ("predicate", "value", "message"),
    [
        (ELI.date_document, Literal("2023-13-01", datatype=XSD.date), "date signed"),
        (ELI.date_document, Literal("2023-06-22"), "date signed"),
        (ELI.first_date_entry_in_force, Literal("2023年8月1日"), "entry into force"),
        (ELI.date_no_longer_in_force, Literal("2028-02-30", datatype=XSD.date), "end of validity"),
        (ELI.id_local, Literal("ZJCC00 - 2023 - 0007"), "ZJCC00-2023-0007"),
        (ELI.number, Literal("温政发[2023]18号"), "normalised form"),
        (ELI.number, None, "issuer code or sequence"),  # parts without the number itself
        (ELI.passed_by, Literal("温州市人民政府"), "org:Organization"),
        (ELI.type_document, URIRef("https://example.org/type/decision"), "document-type"),
    ],
)
def test_document_shapes_bite(sample_graph, shapes, predicate, value, message):
    report = validate(_broken(sample_graph, "温政发〔2023〕18号", predicate, value), shapes)
    assert not report.valid
    assert any(message in r.message for r in report.violations), report.to_text()


def test_printed_document_without_title_fails(sample_graph, shapes):
    report = validate(_broken(sample_graph, "温政办〔2023〕56号", ELI.title, None), shapes)
    assert any("needs its title" in r.message for r in report.violations), report.to_text()


def test_mapping_is_deterministic(sample_source):
    records = extract(sample_source, MINE)
    first, _ = map_records(records, Minter(), sample_source.name, "温州市")
    second, _ = map_records(extract(sample_source, MINE), Minter(), sample_source.name, "温州市")
    assert first.serialize(format="nt") and sorted(first) == sorted(second)


def test_news_report_gives_documents_reported_as_issued():
    records = extract(read(DOCS / "news-report-ningbo.txt"))
    assert [(d.number, d.title, d.issuer, d.type, d.printed, d.source.start_line) for d in records] == [
        ("甬政办发〔2023〕21号", "宁波市促进民营经济高质量发展若干措施", "市政府办公厅", "措施", False, 3),
        (None, "宁波市重大项目“赛马”激励办法（试行）", "市发展改革委", "办法", False, 5),
    ]  # fmt: skip
    assert all(d.issuer_resolved is None for d in records)  # abbreviations: left to kg.resolve


# ---------------------------------------------------------------- portal and law-database metadata

# http://laodongfa.com/stadata/bmgz/7504.html (a law-database page: metadata lines, no title)
_LAW_DATABASE = """发文机关:山西省人民政府
发布日期:2018年03月27
生效日期:2018年03月27
时效性 :现行有效
文号 :晋政发〔2018〕13号
<p>各市、县人民政府,省人民政府各委、办、厅、局:</p><p> 现将《山西省激发重点群体活力带动城乡居民增收的实施方案》印发给你们,请认真组织实施。</p>
"""

# http://www.liangshan.gov.cn (梁政发【2023】7号; an 索引号 block with two pairs a line)
_INDEX_BLOCK = """索引号 11370832004235253L/2023-05260 成文时间 2023-03-10
发布机构 梁山县人民政府办公室 组配分类 梁政发
成文日期 2023-03-10 废止日期
有效性 有效
梁政发【2023】7号关于印发梁山县突发事件总体应急预案的通知
各乡镇人民政府、街道办事处,开发区管委会,县直各有关部门,驻梁有关单位,各企事业单位:
现将《梁山县突发事件总体应急预案》印发给你们,请结合实际抓好贯彻落实。
梁山县人民政府
2023年3月9日
"""


def test_metadata_lines_without_a_title():
    """文号 :…, 发文机关:…, 2018年03月27 lacking 日: a document known by its number."""
    (doc,) = extract(from_text(_LAW_DATABASE))
    assert (doc.number, doc.issuer, doc.date, doc.effective) == (
        "晋政发〔2018〕13号",
        "山西省人民政府",
        "2018-03-27",
        "2018-03-27",
    )
    assert doc.title is None and not doc.printed


def test_index_block_and_number_run_into_the_title():
    (doc,) = extract(from_text(_INDEX_BLOCK))
    assert doc.number_verbatim == "梁政发【2023】7号"
    assert doc.title == "关于印发梁山县突发事件总体应急预案的通知"
    assert (doc.issuer, doc.date) == ("梁山县人民政府", "2023-03-09")  # the signature wins


def test_a_reported_document_is_one_record():
    """A news headline and its lead name the same decision (https://m.news.shi-fen.com/china/
    202004/50-685476.html): one record, its issuer from the title."""
    body = (FIXTURES / "amendments" / "news-report-xinhua-2020.txt").read_text(encoding="utf-8")
    (doc,) = extract(from_text(body))
    assert (doc.title, doc.issuer, doc.printed) == (
        "国务院关于修改和废止部分行政法规的决定",
        "国务院",
        False,
    )


# ---------------------------------------------------------------- law-database layouts

# http://law161.infoeach.com/view-MTYxfDcyNTI0.html: title, the organ on its own line, the order's
# number, the promulgation note, the signer and a date typed with the letter O for 〇
_ORDER_UNDER_ORGAN = """铁岭市行政执法责任制规定

辽宁省铁岭市人民政府


铁岭市人民政府令第 42 号

《铁岭市行政执法责任制规定》业经2004年7月15日市政府第6次常务会议审议通过,现予发布,自2004年8月1日起施行。



市长 左大光

二OO四年七月二十日
"""

# http://law21.infoeach.com/view-MjF8NTA3NTE=.html: the same layout for a numbered notice
_NOTICE_UNDER_ORGAN = """中国人民银行关于公布第六批金融规章和规范性文件废止、失效目录的通知
中国人民银行

银发[2000]262号


人民银行各分行、营业管理部,各政策性银行、国有独资商业银行、股份制商业银行
、烟台、蚌埠住房储蓄银行,中国邮政储汇局,总行直接监管的信托投资公司、财务
公司、融资租赁公司:
现公布第六批废止、失效金融规章和规范性文件目录,共计137件。
"""

# http://zb.gov.cn/zbxzf/xzfwj/202404/49ca3d0c669f4c2ebf6f7fabf563549c.shtml: a portal's keys
# each on its own line, the value on the next (• 发文字号: / 镇政发〔2024〕7号)
_KEYS_OVER_VALUES = """镇巴县人民政府工作规则

  • 索引号:

    6107280000/2024-001005
  • 主题分类:

  • 发文机构:

    县政府网站
  • 发文字号:

    镇政发〔2024〕7号
  • 发文日期:

    2024年04月06日 16:40
  • 内容概述:

镇巴县人民政府工作规则

第一章总则

一、根据《中华人民共和国宪法》,结合本县实际,制定本规则。
"""


def test_order_number_under_the_issuing_organ():
    (doc,) = extract(from_text(_ORDER_UNDER_ORGAN))
    assert (doc.number, doc.title, doc.type) == (
        "铁岭市人民政府令第42号",
        "铁岭市行政执法责任制规定",
        "规定",
    )
    assert (doc.issuer, doc.date, doc.effective) == ("铁岭市人民政府", "2004-07-20", "2004-08-01")


def test_notice_number_under_the_issuing_organ():
    (doc,) = extract(from_text(_NOTICE_UNDER_ORGAN))
    assert doc.number == "银发〔2000〕262号"
    assert doc.title == "中国人民银行关于公布第六批金融规章和规范性文件废止、失效目录的通知"
    assert (doc.issuer, doc.type) == ("中国人民银行", "通知")


def test_number_printed_under_its_metadata_key():
    (doc,) = extract(from_text(_KEYS_OVER_VALUES))
    assert (doc.number, doc.title, doc.date) == (
        "镇政发〔2024〕7号",
        "镇巴县人民政府工作规则",
        "2024-04-06",
    )
    assert doc.issuer is None  # 县政府网站 is the page's owner, not an organ
    assert doc.addressees == []


# ---------------------------------------------------------------- web copies without a number

# https://www.html360.net/2024/12/page/30: a title wrapped over three lines (…关于修改 / 《…
# / …》的决定) under the page's month, and the adoption note under it
_WRAPPED_TITLE = """2024年12月

南平市人民代表大会常务委员会关于修改

《南平市人民代表大会及其常务委员会

立法条例》的决定

(2024年10月30日南平市第六届人民代表大会常务委员会第二十一次会议通过 2024年11月28日福建省第十四届人民代表大会常务委员会第十三次会议批准)

南平市第六届人民代表大会常务委员会第二十一次会议决定对《南平市人民代表大会及其常务委员会立法条例》作如下修改:

一、增加一条,作为第三条:“地方立法应当坚持中国共产党的领导。”
"""

# https://ytlst.com/gansu/6343.html: title / organ / title again, no date, no number: the body
# opens with the decision's enacting formula
_ENACTED = """甘肃省人民代表大会常务委员会关于修改部分地方性法规的决定
甘肃省人大常委会
甘肃省人民代表大会常务委员会关于修改部分地方性法规的决定
甘肃省第十一届人民代表大会常务委员会第十七次会议决定,修改下列地方性法规:
一、对下列明显不适应经济社会发展要求和我省实际的法规进行修改
"""

# http://law.foodmate.net/show-221381.html: the title cut off by the page, an order's
# promulgation note first
_ORDER_NOTE_ONLY = """(2004年6月29日广西壮族自治区人民政府令第7号公布 自公布之日起施行)
全文
为了适应《中华人民共和国行政许可法》的贯彻实施,深化行政审批制度改革,自治区人民政府组织有关部门对含有行政许可规定的现行政府规章进行了清理。
"""

# https://shijieshipin.com/zhengce/show-31761.html: the promulgation note, the signer and the date
# printed over the title
_NOTE_OVER_TITLE = """《山东省人民政府关于废止〈山东省信访规定〉等3件省政府规章的决定》已经2016年2月26日省政府第73次常务会议通过,现予公布,自公布之日起施行。
省长 郭树清
2016年4月15日
山东省人民政府关于废止《山东省信访规定》等3件省政府规章的决定
依照《中华人民共和国行政许可法》等有关法律、法规以及行政审批制度改革要求,省政府对现行有效的省政府规章进行了清理。经过清理,省政府决定废止以下规章:
一、山东省信访规定(省政府令第114号)。
"""

# http://law256.infoeach.com/view-MjU2fDEwNDgz.html: a bare date closes the text
_BARE_CLOSING_DATE = """北京市人民政府关于修改《北京市个体工商户、私营企业雇工劳动管理暂行办法》部分条款的决定

北京市人民政府


现发布《北京市人民政府关于修改〈北京市个体工商户、私营企业雇工劳动管理暂行办法〉部分条款的决定》,自1998年1月1日起施行。

市人民政府决定对《》的部分条款作如下修改:
1、删去第十八条第五项。
本决定自1998年1月1日起施行。《北京市个体工商户、私营企业雇工劳动管理暂行办法》依照本决定修正后,汇编重新公布。



1997年12月31日
"""

# http://www.mdx.gov.cn/info/egovinfo/1007/overt_centent/11532323015172622Y-/2018-1220012.htm:
# metadata keys glued to the values before them, a number garbled, the addressees under the title
_ADDRESSED = """牟定县人民政府办公室关于印发牟定县突发环境事件应急预案(试行)的通知

索引号:11532323015172622Y-/2018-1220012 公文目录:应急管理 发文日期:2017年06月28日 主题词: 文  号: 成文日期:

牟政办发〔201746

各乡镇人民政府,县级有关部门:

经县人民政府同意,现将《牟定县突发环境事件应急预案(试行)》印发给你们,请认真贯彻执行。

牟定县人民政府办公室
"""


def test_title_wrapped_over_three_lines():
    (doc,) = extract(from_text(_WRAPPED_TITLE))
    assert (
        doc.title
        == "南平市人民代表大会常务委员会关于修改《南平市人民代表大会及其常务委员会立法条例》的决定"
    )
    assert (doc.issuer, doc.date, doc.addressees) == (
        "南平市人民代表大会常务委员会",
        "2024-10-30",
        [],
    )
    assert doc.source.start_line == 3


def test_decision_known_by_its_enacting_formula():
    (doc,) = extract(from_text(_ENACTED))
    assert doc.title == "甘肃省人民代表大会常务委员会关于修改部分地方性法规的决定"
    assert (doc.issuer, doc.date, doc.addressees) == ("甘肃省人民代表大会常务委员会", None, [])


def test_order_known_by_its_promulgation_note():
    (doc,) = extract(from_text(_ORDER_NOTE_ONLY))
    assert (doc.number, doc.title, doc.date) == (
        "广西壮族自治区人民政府令第7号",
        None,
        "2004-06-29",
    )


def test_promulgation_note_and_signature_over_the_title():
    (doc,) = extract(from_text(_NOTE_OVER_TITLE))
    assert doc.title == "山东省人民政府关于废止《山东省信访规定》等3件省政府规章的决定"
    assert (doc.issuer, doc.date, doc.number) == ("山东省人民政府", "2016-04-15", None)
    assert doc.source.start_line == 1


def test_bare_date_closing_the_text_is_the_date_signed():
    (doc,) = extract(from_text(_BARE_CLOSING_DATE))
    assert doc.title.startswith("北京市人民政府关于修改《北京市个体工商户")
    assert (doc.date, doc.effective) == ("1997-12-31", "1998-01-01")


def test_addressees_make_a_web_copy_a_document():
    doc, warning = extract(from_text(_ADDRESSED))
    assert "牟政办发〔201746" in warning.message  # a garbled number, warned, not read
    assert doc.title == "牟定县人民政府办公室关于印发牟定县突发环境事件应急预案(试行)的通知"
    assert (doc.number, doc.date) == (None, "2017-06-28")  # the portal's 发文日期
    assert doc.addressees == ["各乡镇人民政府", "县级有关部门"]


# ---------------------------------------------------------------- documents reported as adopted

# https://news.sohu.com/20070126/n247846728.shtml: two regulations voted through by their titles
# and a decision named without 《》, the session in the line before
_VOTED = """为期三天半的广东省十届人大常委会第二十九次会议于昨日闭幕。
会议表决通过了《广东省港口管理条例》和《广东省海域使用管理条例》,表决通过关于修改《广东省各级人民代表大会常务委员会议事规则》等三项地方性法规修正案的决定。
"""

# http://ladyspots.com/gdywdt/gdyw/content/post_2266190.html (traditional script, pinyin inserted
# with a space before its closing parenthesis: 會(huì )), cut in the approvals that follow
_VOTED_TRADITIONAL = """3月28日上午,省十三屆人大常委會(huì )第十一次會(huì )議在廣州舉行第二次全體會(huì )議。省人大常委會(huì )主任李玉妹出席會(huì )議。
會(huì )議表決通過(guò)《廣東省防汛防旱防風(fēng)條例》、《廣東省化妝品安全條例》、《廣東省全民閱讀促進(jìn)條例》、《廣東省河道采砂管理條例》、《廣東省紅十字會(huì )條例》、《廣東省無(wú)線(xiàn)電管理條例》;表決通過(guò)關(guān)于批準《廣州市供水用水條例》、《佛山市排水管
"""

# http://nanchang.baogaosu.com/xinwen/…/38180922/ (H-01): a vote list whose items are qualified
# (新修订的《…》) or are no titles (…审查报告, 人事任免事项); the decisions on persons are documents
# adopted like the others (the persons' changes are also read as appointments)
_VOTED_LIST = """江西省第十二届人大常委会第二十次会议今天(9月24日)在南昌闭会。
会议表决通过了《江西省公路条例》、新修订的《江西省实施〈中华人民共和国消费者权益保护法〉办法》、《江西省人民代表大会常务委员会关于批准〈南昌市养犬管理条例〉的决定》、省人大常委会代表资格审查委员会关于代表资格的审查报告、《江西省人民代表大会常务委员会关于接受莫建成辞去江西省人民政府副省长职务的请求的决定》及人事任免事项。
"""
# http://szb.ngdsb.cn/html/2024-03/21/content_58865_17171653.htm (H-08): decisions written
# without 《》 in a list, the organ named only on the first
_VOTED_BARE_LIST = """会议表决通过《海南省乡村振兴促进规定》;表决通过海南省人民代表大会常务委员会关于批准《海口市法律援助若干规定》的决定、关于批准《海口市人民代表大会议事规则》的决定、关于批准《三亚市电梯安全管理规定》的决定。
"""
# https://hainanpc.gov.cn/eportal/ui?articleKey=8a3686f17b8c4ece9561d82256f188cd (H-11, a cut):
# the decision referring a draft to the congress (提请审议〈…(草案)〉) is adopted, the draft is not
_VOTED_PROCEDURAL = """会议通过了《海南省人民代表大会常务委员会关于提请审议〈海南省各级人民代表大会及其常务委员会审查监督预算条例修正案(草案)〉的决定》、《海南省人民代表大会常务委员会关于批准〈乐东黎族自治县自治条例〉的决定》。通过了《海南省人民代表大会常务委员会关于召开海南省第三届人民代表大会第五次会议的决定》;
"""


def test_laws_voted_through_in_a_news_report():
    docs = extract(from_text(_VOTED))
    # the cut names the body only in its session's name: the issuer keeps the term written
    # there (the whole page names it 广东省人大常委会 too, and gives that)
    assert [(d.title, d.issuer, d.type, d.printed) for d in docs] == [
        ("广东省港口管理条例", "广东省十届人大常委会", "条例", False),
        ("广东省海域使用管理条例", "广东省十届人大常委会", "条例", False),
        (
            "关于修改《广东省各级人民代表大会常务委员会议事规则》等三项地方性法规修正案的决定",
            "广东省十届人大常委会",
            "决定",
            False,
        ),
    ]


def test_laws_voted_through_in_traditional_script():
    docs = extract(from_text(_VOTED_TRADITIONAL))
    assert [d.title for d in docs] == [
        "廣東省防汛防旱防風(fēng)條例",
        "廣東省化妝品安全條例",
        "廣東省全民閱讀促進(jìn)條例",
        "廣東省河道采砂管理條例",
        "廣東省紅十字會(huì)條例",  # as written, less the space in (huì )
        "廣東省無(wú)線(xiàn)電管理條例",
    ]
    assert {d.issuer for d in docs} == {"省人大常委會(huì)"}


def test_a_vote_list_with_qualified_items_and_items_that_are_no_titles():
    docs = extract(from_text(_VOTED_LIST))
    assert [d.title for d in docs] == [
        "江西省公路条例",
        "江西省实施〈中华人民共和国消费者权益保护法〉办法",
        "江西省人民代表大会常务委员会关于批准〈南昌市养犬管理条例〉的决定",
        "江西省人民代表大会常务委员会关于接受莫建成辞去江西省人民政府副省长职务的请求的决定",
    ]
    # the title names its issuer; otherwise the body whose session voted, as its session's name
    # writes it (江西省人大常委会 is no words of the text)
    assert [d.issuer for d in docs] == ["江西省第十二届人大常委会"] * 2 + [
        "江西省人民代表大会常务委员会"
    ] * 2


def test_decisions_written_without_quotes_in_a_vote_list():
    docs = extract(from_text(_VOTED_BARE_LIST))
    assert [d.title for d in docs] == [
        "海南省乡村振兴促进规定",
        "海南省人民代表大会常务委员会关于批准《海口市法律援助若干规定》的决定",
        "关于批准《海口市人民代表大会议事规则》的决定",
        "关于批准《三亚市电梯安全管理规定》的决定",
    ]


def test_a_sessions_decision_referring_a_draft_is_a_document():
    # and the next sentence goes on with the vote, its subject left out (。通过了《…关于召开…的决定》)
    docs = extract(from_text(_VOTED_PROCEDURAL))
    assert [d.title for d in docs] == [
        "海南省人民代表大会常务委员会关于提请审议〈海南省各级人民代表大会及其常务委员会审查监督预算条例"
        "修正案(草案)〉的决定",
        "海南省人民代表大会常务委员会关于批准〈乐东黎族自治县自治条例〉的决定",
        "海南省人民代表大会常务委员会关于召开海南省第三届人民代表大会第五次会议的决定",
    ]


def test_a_title_adopted_before_is_only_cited():
    # http://bbs.tongheshandao.com/archiver/showtopic-13251.aspx (B-28): 审议通过的《…》 cites
    text = "通知称,根据省十三届人大五次会议审议通过的《政府工作报告》,省政府常务会议研究确定了13个方面重点工作。\n"
    assert extract(from_text(text)) == []


# https://dlrk.jining.gov.cn/art/2009/8/25/art_177_23739.html (2007年5月大事记, a cut): a document in a
# chronicle entry, its number before the verb, its day from the entry (△ keeps the day before)
_CHRONICLE = """济宁市人民政府2007年5月大事记
8—9日 省政协常委、港澳台侨和外事委员会副主任邢德茂带领省政协调研组一行,在济宁调研留学归国人员创业及工作生活情况,市委常委、副市长张术平,市政协副主席徐永莲等陪同。
9日 全市企业对外合资合作现场会在兖州召开,市委副书记、市长张振川讲话,副市长段修龙主持。
△ 市政府以济政发〔2007〕24号文件印发《关于实施促进中小企业成长计划的意见》。
13日 市政府以济政发〔2007〕25号文件印发《关于修改〈济宁市科学技术奖励办法〉的通知》。
"""

# http://destroybadbreath.com/sy/rdxw/200801/t20080124_577530.htm (traditional script, garbled):
# the day of signing, the month from the dateline and the year from the page's date
_SIGNED_ON_A_DAY = """時間:2008-01-24 08:02   來源:新華網(wǎng)

  新華網(wǎng)北京1月23日電(記者 劉佳婧、張景勇)國務(wù)院總理溫家寶15日簽署國務(wù)院令,公布《國務(wù)院關(guān)于廢止部分行政法規(guī)的決定》,自公布之日起生效,共有92件行政法規(guī)被廢止或宣布失效。
"""


def test_documents_issued_in_a_chronicle():
    docs = extract(from_text(_CHRONICLE))
    assert [(d.number, d.title, d.issuer, d.date) for d in docs] == [
        ("济政发〔2007〕24号", "关于实施促进中小企业成长计划的意见", "市政府", "2007-05-09"),
        ("济政发〔2007〕25号", "关于修改〈济宁市科学技术奖励办法〉的通知", "市政府", "2007-05-13"),
    ]


def test_reported_document_dated_by_its_day_and_the_dateline():
    (doc,) = extract(from_text(_SIGNED_ON_A_DAY))
    assert (doc.title, doc.issuer, doc.date) == (
        "國務(wù)院關(guān)于廢止部分行政法規(guī)的決定",
        "國務(wù)院",
        "2008-01-15",
    )


# http://122.114.169.12/Item/Show.asp?d=5146&m=1&p=3 (大名县 大事记): the issuers after the verb,
# and the title's closing 》 lost before the 。 that ends it
_ISSUERS_AFTER_THE_VERB = """1月18日 为深入开展“中国书法之乡”创建活动,提升我县文化软实力,加快建设文化强县步伐。我县召开创建“中国书法之乡”活动调度会。县委常委、宣传部长、统战部长李建方主持会议并讲具体意见。
会上下发了县委、县政府《关于在全县开展创建“中国书法之乡”活动的实施意见。、
"""

# http://925eat.com/news_html/201804/20180425/news_20180425_2824739.shtml (traditional script):
# a regulation issued years before, named in a clause opened by 按照
_CITED_AS_ISSUED_BEFORE = """年齡上,按照2009出臺的國務院《政府參事工作條例》規定:“參事的首聘年齡不得低于55周歲,不得高于65周歲。
"""


def test_issuers_after_the_verb_and_a_title_left_open():
    (doc,) = extract(from_text(_ISSUERS_AFTER_THE_VERB))
    assert (doc.title, doc.issuer) == (
        "关于在全县开展创建“中国书法之乡”活动的实施意见",
        "县委、县政府",
    )


def test_a_regulation_cited_as_issued_before_is_no_document():
    assert extract(from_text(_CITED_AS_ISSUED_BEFORE)) == []


# http://news.enorth.com.cn/system/2015/01/06/012381456.shtml: drafts of a session's agenda and
# lists voted through are no documents (no type word; a draft is not yet a document)
_DRAFTS_VOTED = """会议分别审议并通过了《滨海新区第二届人民代表大会第二次会议议程(草案)》;《滨海新区第二届人民代表大会第二次会议主席团和秘书长名单(草案)》;
"""


# https://www.shixunkuaibao.com/?p=2867384 (K-10, a cut): laws voted through written without 《》
# (one qualified, 修订后的); the decisions on the next congress session (its convening, who
# attends) are procedural, and that session, named as an object (提请…审议, 关于召开…), is not
# the body whose session is reported
_VOTED_UNQUOTED = """自治区十四届人大常委会第二十一次会议闭幕
会议决定将自治区粮食安全保障条例草案提请自治区第十四届人民代表大会第五次会议审议,表决通过了关于召开自治区第十四届人民代表大会第五次会议的决定、关于自治区第十四届人民代表大会第五次会议列席人员的决定。
会议表决通过了自治区六堡茶发展条例、修订后的自治区征兵工作条例、关于修改自治区水利工程管理条例等九件地方性法规的决定、关于废止自治区商品交易市场管理条例的决定,表决批准了南宁市历史文化街区和历史建筑保护条例。会议还表决通过了关于批准2025年自治区本级财政第二次预算调整方案的决议,关于自治区十四届人大三次会议主席团交付审议的第7、15号议案审议结果的报告,关于个别代表的代表资格的报告和其他人事任免事项。
"""


def test_laws_voted_through_without_quotes_and_the_sessions_own_decisions():
    # the convening decision and the one on who attends are adopted decisions named by their
    # titles (devcorpus/README.md, "Decisions and resolutions adopted at a session"); the draft
    # referred (…条例草案提请…审议), the reports and the 人事任免事项 are not documents
    docs = extract(from_text(_VOTED_UNQUOTED))
    assert [d.title for d in docs] == [
        "关于召开自治区第十四届人民代表大会第五次会议的决定",
        "关于自治区第十四届人民代表大会第五次会议列席人员的决定",
        "自治区六堡茶发展条例",
        "自治区征兵工作条例",
        "关于修改自治区水利工程管理条例等九件地方性法规的决定",
        "关于废止自治区商品交易市场管理条例的决定",
        "关于批准2025年自治区本级财政第二次预算调整方案的决议",
    ]
    # the cut names the standing committee only in its session's name (the page, K-10, names it
    # 自治区人大常委会 too, and gives that)
    assert {d.issuer for d in docs} == {"自治区十四届人大常委会"}


# http://www.nmgrd.gov.cn/zyfbx/tzggx/202312/t20231201_425003.html (K-09, a cut): the 公告 names
# the decision with <> for the inner 《》; the decision printed below under its adoption note is
# read in its own spelling, once
_ANNOUNCED_AND_PRINTED = """内蒙古自治区第十四届人民代表大会常务委员会公告

第二十二号

  2023年11月30日,内蒙古自治区第十四届人民代表大会常务委员会第七次会议通过《内蒙古自治区人民代表大会常务委员会关于修改<内蒙古自治区旗县级人民代表大会议事规则>等4件地方性法规的决定》,现予公布,自公布之日起施行。

2023年11月30日

内蒙古自治区人民代表大会常务委员会关于修改《内蒙古自治区旗县级人民代表大会议事规则》等4件地方性法规的决定

(2023年11月30日内蒙古自治区第十四届人民代表大会常务委员会第七次会议通过)

  内蒙古自治区第十四届人民代表大会常务委员会第七次会议,决定对《内蒙古自治区旗县级人民代表大会议事规则》等4件地方性法规作如下修改:
"""


def test_a_decision_announced_and_printed_is_read_from_its_heading():
    (doc,) = extract(from_text(_ANNOUNCED_AND_PRINTED))
    assert (doc.title, doc.date) == (
        "内蒙古自治区人民代表大会常务委员会关于修改《内蒙古自治区旗县级人民代表大会议事规则》"
        "等4件地方性法规的决定",
        "2023-11-30",
    )


def test_drafts_voted_through_are_no_documents():
    assert extract(from_text(_DRAFTS_VOTED)) == []


# http://law633.infoeach.com/view-NjMzfDE1Mw==.html: a law under the organ that adopted it, the
# order's heading (主席令(九届第37号): the number with its term), the promulgation note, and the
# signer named with the state (中华人民共和国主席 江泽民)
_LAW_PROMULGATED = """中华人民共和国国家通用语言文字法

全国人民代表大会常务委员会


中华人民共和国主席令(九届第37号)

《中华人民共和国国家通用语言文字法》已由中华人民共和国第九届全国人民代表大会常务委员会第十八次会议于2000年10月31日通过,现予公布,自2001年1月1日起施行。

                 中华人民共和国主席 江泽民
                         2000年10月31日


中华人民共和国国家通用语言文字法


(2000年10月31日第九届全国人民代表大会常务委员会第十八次会议通过 2000年10月31日中华人民共和国主席令第三十七号公布 自2001年1月1日起施行)

目录
第一章 总则
"""


def test_law_promulgated_by_order_under_its_title():
    (doc,) = extract(from_text(_LAW_PROMULGATED))
    assert (doc.title, doc.type, doc.number) == (
        "中华人民共和国国家通用语言文字法",
        "法",
        "中华人民共和国主席令（九届）第37号",
    )
    assert (doc.issuer, doc.date, doc.effective) == (
        "全国人民代表大会常务委员会",
        "2000-10-31",
        "2001-01-01",
    )


# http://news.wenweipo.com/2012/07/17/IN1207170077.htm (H-02, a cut): the lead gives a shorter
# form of a title the report then gives in full; one document, the full title
_HEADLINE_SHORT_TITLE = """7月17日上午,海南省四屆人大常委會第三十二次會議通過了《海南省人民代表大會常務委員會關於成立三沙市人民代表大會籌備組的決定》。
會議表決通過了《海南省氣象災害防禦條例》、《海南省人民代表大會常務委員會關於成立三沙市第一屆人民代表大會籌備組的決定》。
"""


def test_a_headline_short_form_of_a_title_is_the_same_document():
    docs = extract(from_text(_HEADLINE_SHORT_TITLE))
    assert [d.title for d in docs] == [
        "海南省氣象災害防禦條例",
        "海南省人民代表大會常務委員會關於成立三沙市第一屆人民代表大會籌備組的決定",
    ]


# http://zwgkw.thx.gov.cn/openness/detail/content/5c4829ad7f8b9a6f388be521.html (H-16, a cut): an
# empty metadata key (内容概述:) right above the title does not take the title as its value
_EMPTY_KEY_OVER_TITLE = """索引号: 003129766/201901-00336 组配分类: 规范性文件发布
信息分类: 通知   发布机构: 太湖县人民政府办公室
生成日期: 2019-01-23 文号:
发文日期: 2019-01-23 生效时间: 2019-01-23
废止时间: 2020-01-23 名称: 太湖县人民政府关于印发《太湖县人民政府工作规则》的通知
信息来源: 关键词:
浏览次数: 590 内容概述:

太湖县人民政府关于印发《太湖县人民政府工作规则》的通知

各乡、镇人民政府,县政府各部门、各直属机构:

  《太湖县人民政府工作规则》已经2019年1月4日县政府第三次全体会议通过,现予印发,请遵照执行。

太湖县人民政府
2019年1月17日
"""


def test_an_empty_metadata_key_above_the_title():
    (doc,) = extract(from_text(_EMPTY_KEY_OVER_TITLE))
    assert (doc.title, doc.issuer, doc.date) == (
        "太湖县人民政府关于印发《太湖县人民政府工作规则》的通知",
        "太湖县人民政府",
        "2019-01-17",
    )


# http://so.shenzhenrexian.net/so/20230531/172172.html (H-04): a news lede, then two decisions
# printed one after the other, each title wrapped over three lines with its adoption note
_TWO_PRINTED_DECISIONS = """张宏义任济源市代理市长
2023年5月31日上午,济源市第十五届人民代表大会常务委员会第七次会议召开。会议经过审议和表决,决定接受庄建球同志辞去济源市人民政府市长职务的请求;决定任命张宏义同志为济源市人民政府代理市长。
【资料图】
济源市人民代表大会常务委员会
关于接受庄建球同志辞去济源市人民政府
市长职务请求的决定
(2023年5月31日济源市第十五届人民代表大会常务委员会第七次会议通过)
根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》第三十二条的规定和本人申请,济源市第十五届人民代表大会常务委员会第七次会议决定,接受庄建球同志辞去济源市人民政府市长职务的请求,报济源市第十五届人民代表大会备案。
济源市人民代表大会常务委员会
2023年5月31日
济源市人民代表大会常务委员会
关于张宏义同志代理济源市人民政府市长
的决定
(2023年5月31日济源市第十五届人民代表大会常务委员会第七次会议通过)
根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》第五十条的规定,济源市第十五届人民代表大会常务委员会第七次会议决定:张宏义同志代理济源市人民政府市长。
济源市人民代表大会常务委员会
2023年5月31日
"""


def test_decisions_printed_one_after_another_with_adoption_notes():
    docs = extract(from_text(_TWO_PRINTED_DECISIONS))
    assert [(d.title, d.issuer, d.date, d.source.start_line) for d in docs] == [
        (
            "济源市人民代表大会常务委员会关于接受庄建球同志辞去济源市人民政府市长职务请求的决定",
            "济源市人民代表大会常务委员会",
            "2023-05-31",
            4,
        ),
        (
            "济源市人民代表大会常务委员会关于张宏义同志代理济源市人民政府市长的决定",
            "济源市人民代表大会常务委员会",
            "2023-05-31",
            11,
        ),
    ]


# http://law582.infoeach.com/view-NTgyfDExNjk4Mg==.html (H-15, a cut): a law database prints
# title / organ / title / number; the organ is not part of the title; the signer's name is left
# out (省长 over the date)
_ORGAN_OVER_WHOLE_TITLE = """河北省人工影响天气管理规定

河北省人民政府


河北省人工影响天气管理规定

政府令〔2010〕第15号


《河北省人工影响天气管理规定》已经2010年12月14日省政府第76次常务会议通过,现予公布,自2011年2月1日起施行。

省长

二○一○年十二月二十五日

河北省人工影响天气管理规定
"""


def test_the_organ_over_a_whole_title_and_a_signer_without_name():
    (doc,) = extract(from_text(_ORGAN_OVER_WHOLE_TITLE))
    assert (doc.title, doc.number_verbatim, doc.date, doc.effective) == (
        "河北省人工影响天气管理规定",
        "政府令〔2010〕第15号",
        "2010-12-25",
        "2011-02-01",
    )
    # the organ between the title and the title again; an order numbered in its year keeps 第
    assert (doc.issuer, doc.number) == ("河北省人民政府", "政府令〔2010〕第15号")


@pytest.mark.parametrize(
    ("text", "number", "title"),
    [
        (  # https://www.caidian.gov.cn/zwgk/zc/zfwj/qzfbgwj/202302/t20230208_2147809.shtml (M-08):
            # keys spaced to fill their cells and no colons
            "区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知\n\n"
            "2023-01-05 10:00 区人民政府办公室\n"
            "索 引 号 MB1534522/2023-05475 发文日期 2023-01-03\n"
            "发布机构 区人民政府办公室 文    号 蔡政办〔2023〕1号\n"
            "分   类 政务公开 有 效 性 有效\n\n"
            "各街道办事处、乡人民政府,区人民政府各部门、各直属机构:\n",
            "蔡政办〔2023〕1号",
            "区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知",
        ),
        (  # http://www.haiyan.gov.cn/art/2022/4/26/art_1229436874_59379425.html (M-09): a
            # table flattened with |, the title a cell of it
            "索引号: | 113304240025561412/2022-69894 | 成文日期: | 2022-04-18 |\n"
            "文件编号: | 盐政办发〔2022〕16号 | 组配分类: | 政府工作报告 |\n"
            "发布机构: | 县政府办公室 | 有效性: |\n"
            "海盐县人民政府办公室关于印发政府工作报告2022年重点工作责任分解的通知 |\n||\n",
            "盐政办发〔2022〕16号",
            "海盐县人民政府办公室关于印发政府工作报告2022年重点工作责任分解的通知",
        ),
        (  # http://www.qz.gov.cn/art/2021/3/26/art_1229563913_2265193.html (P-11): 文件编号
            "索引号: 11330800002618015K/2021-121563 成文日期: 2021-03-24\n"
            "发布机构: 市政府办公室 公开方式: 主动公开\n"
            "有效性: 有效 组配分类: 市府办文件\n"
            "文件编号: 衢政办发〔2021〕3号 统一编号:\n\n"
            "关于印发2021年政府工作报告重点工作责任分解的通知\n\n"
            "各县(市、区)人民政府,市政府各部门,直属各单位:\n",
            "衢政办发〔2021〕3号",
            "关于印发2021年政府工作报告重点工作责任分解的通知",
        ),
    ],
    ids=["spaced-keys", "pipe-table", "file-number-key"],
)
def test_portal_metadata_as_portals_print_it(text, number, title):
    documents = [r for r in extract(from_text(text, "page.txt")) if r.kind == "document"]
    assert [(d.number, d.title) for d in documents] == [(number, title)]


def test_a_number_written_in_traditional_script_with_pinyin_is_one_identifier():
    # http://htgfsre.cn/nw41430/20200823/0001-41430_54611.html, a cut: the record keeps the
    # number as written; the graph knows the document by its simplified, normalised number, so a
    # simplified copy of the same notice names the same document.
    text = (
        "滬府發(fā)〔2017〕92號\n"
        "上海市人民政府印發(fā)《關(guān)于本市加強(qiáng)政務(wù)誠信建設(shè)的實(shí)施意見》的通知\n"
        "各區(qū)人民政府,市政府各委、辦、局:\n"
        "上海市人民政府\n2017年12月20日\n"
    )
    plain = "沪府发〔2017〕92号\n上海市人民政府印发《关于本市加强政务诚信建设的实施意见》的通知\n"
    numbers = set()
    for written in (text, plain):
        source = from_text(written, "notice.txt")
        graph, _ = map_records(extract(source), Minter(), source.name, None)
        documents = set(graph.subjects(RDF.type, ELI.LegalResource))
        numbers |= {str(n) for d in documents for n in graph.objects(d, ELI.number)}
        assert len(documents) == 1
    assert numbers == {"沪府发〔2017〕92号"}
    record = next(r for r in extract(from_text(text, "notice.txt")) if r.kind == "document")
    assert record.number_verbatim == "滬府發(fā)〔2017〕92號"


@pytest.mark.parametrize(
    ("text", "number", "title"),
    [
        (  # http://law865.infoeach.com/view-ODY1fDExOTI0NA==.html (T-09): the order's number in
            # brackets under its heading
            "石家庄市人民政府令\n(第166号)\n\n\n"
            "  《石家庄市人民政府关于修改〈石家庄市行政村档案管理办法〉的决定》已经二○○九年四月十一日"
            "市第十二届人民政府第四十次常务会议讨论通过,现予公布,自公布之日起施行。\n",
            "石家庄市人民政府令第166号",
            "石家庄市人民政府关于修改〈石家庄市行政村档案管理办法〉的决定",
        ),
        (  # https://shandong-chorography.org/database/d70/section/12/article/202/ (T-05): a
            # mirror's address between the heading and the number
            "潍坊市人民政府令\n\n"
            "Original URL: http://lib.sdsqw.cn/bin/mse.exe?seachword=&K=d70&A=12&rec=202&run=13\n\n"
            "第77号\n"
            "《潍坊市突发公共卫生事件应急办法》已经二三年九月二十九日第七次市政\n"
            "府常务会议研究通过,现予发布施行。\n",
            "潍坊市人民政府令第77号",
            "潍坊市突发公共卫生事件应急办法",
        ),
        (  # http://law893.infoeach.com/view-ODkzfDEwMzMyMA==.html (T-04): a people's congress
            # standing committee's announcement, the law database's own number after the title
            "四川省第十一届人民代表大会常务委员会公告\n\n  第28号\n\n\n"
            "  《四川省村务公开条例》(NO:SC112371)已由四川省第十一届人民代表大会常务委员会第十次会议于"
            "2009年7月22日通过,现予公布,自2009年11月1日起施行。\n\n"
            "四川省人民代表大会常务委员会\n2009年7月22日\n",
            "四川省第十一届人民代表大会常务委员会公告第28号",
            "四川省村务公开条例",
        ),
    ],
    ids=["order-number-in-brackets", "address-line-between", "congress-announcement"],
)
def test_orders_and_announcements_numbered_under_their_heading(text, number, title):
    documents = [r for r in extract(from_text(text, "page.txt")) if r.kind == "document"]
    assert [(d.number, d.title) for d in documents] == [(number, title)]


def test_a_congress_announcement_number_parses():
    parsed = docnumber.parse("四川省第十三届人民代表大会常务委员会公告第21号")
    assert parsed is not None
    assert (parsed.issuer_code, parsed.year, parsed.seq) == (
        "四川省第十三届人民代表大会常务委员会公告",
        None,
        21,
    )
    assert parsed.normalized == "四川省第十三届人民代表大会常务委员会公告第21号"


def test_metadata_keys_glued_to_their_values():
    # http://m.yestaryl.com/law/1/28418.html (Q-09, traditional script, inserted pinyin), a cut:
    # the key runs into its value (發文字號國辦發〔1988〕25號); the number is the value, not key and value, and a
    # heading that is only a type word (通 知) is no title.
    text = (
        "發(fā)文機(jī)關(guān)國(guó)務(wù)院\n"
        "發(fā)文日期1988年05月31日\n"
        "發(fā)文字號(hào)國(guó)辦發(fā)〔1988〕25號(hào)\n"
        "施行日期1988年05月31日\n"
        "通 知\n"
        "制定與發(fā)布行政法規(guī),是 憲法賦予國(guó)務(wù)院的一項(xiàng)重要職權(quán)。\n"
    )
    documents = [r for r in extract(from_text(text, "page.txt")) if r.kind == "document"]
    assert [(d.number, d.title, d.date) for d in documents] == [
        ("國(guó)辦發(fā)〔1988〕25號(hào)", None, "1988-05-31")
    ]
    assert docnumber.parse("发文字号国办发〔1988〕25号") is None


@pytest.mark.parametrize(
    ("text", "number", "title"),
    [
        (  # https://www.jiaxing.gov.cn/art/2023/3/3/art_1229567743_2459907.html: 发文文号,
            # its value run into the next key once the space between them is read away
            "索引号: 002546445/2023-448528 公开方式: 主动公开\n"
            "发文文号: 嘉政办发〔2023〕7号 发布机关: 市政府办公室\n"
            "成文日期: 2023-03-01\n\n"
            "嘉兴市人民政府办公室关于印发2023年政府工作报告重点工作和市政府民生实事项目责任分解的通知\n"
            "发布日期:2023-03-03 09:37 信息来源:市政府办公室 浏览次数:\n\n"
            "各县(市、区)人民政府,市级有关部门(单位):\n",
            "嘉政办发〔2023〕7号",
            "嘉兴市人民政府办公室关于印发2023年政府工作报告重点工作和市政府民生实事项目责任分解的通知",
        ),
        (  # http://www.ybie.cn/xxgk/zfwj/1560755393726.html (Q-06, traditional script): the
            # page's time and hit count between title and number
            "封丘縣人民政府辦公室 關于推進全縣政務信息資源共享工作的 通 知\n"
            "時間:2019年06月17日 點擊次數:28596\n"
            "封政辦〔2019〕26號\n"
            "各鄉(鎮)人民政府,縣政府各部門:\n",
            "封政辦〔2019〕26號",
            "封丘縣人民政府辦公室關于推進全縣政務信息資源共享工作的通知",
        ),
    ],
    ids=["number-run-into-next-key", "hit-count-between"],
)
def test_numbers_as_portals_print_them_beside_their_titles(text, number, title):
    documents = [r for r in extract(from_text(text, "page.txt")) if r.kind == "document"]
    assert [(d.number, d.title) for d in documents] == [(number, title)]


def test_a_session_report_lists_a_bare_decision_and_a_quoted_one():
    # https://freewechat.com/a/MjM5NDcxODc5OA==/2656126819/1 (W-12, a cut of its line 10): the
    # decision convening a session (关于召开…会议的决定) and the quoted decision after 和 are both
    # adopted; 关于批准《A》《B》《C》的决定 is one decision, its quoted titles what it approves (they
    # are no documents adopted here)
    records = extract(
        from_text(
            "会议表决通过了关于召开山西省第十二届人民代表大会第六次会议的决定和《山西省人民代表大会常务委员会"
            "关于修改<山西省人民代表大会常务委员会人事任免办法>的决定》,表决通过了关于批准《太原市中小学校"
            "幼儿园规划建设条例》《太原市人民代表大会常务委员会关于修改<太原市立法条例>的决定》《大同市电动车"
            "管理条例》的决定",
            "W-12.txt",
        )
    )
    assert [r.title for r in records if r.kind == "document"] == [
        "关于召开山西省第十二届人民代表大会第六次会议的决定",
        "山西省人民代表大会常务委员会关于修改<山西省人民代表大会常务委员会人事任免办法>的决定",
        "关于批准《太原市中小学校幼儿园规划建设条例》《太原市人民代表大会常务委员会关于修改<太原市立法条例>"
        "的决定》《大同市电动车管理条例》的决定",
    ]


def test_a_history_note_is_no_document_issued_and_a_sessions_date_decision_is_adopted():
    # http://law309.infoeach.com/view-MzA5fDExMjIw.html (devcorpus Q-11): the re-issued text's
    # history note; its issuer was read as "1998年1月4日根据市人民政府"
    note = (
        "(1991年10月31日市人民政府发布1998年1月4日根据市人民政府《关于修改〈天津市特殊超限货物"
        "道路运输管理办法〉的决定》修订发布)"
    )
    records = extract(from_text(note, "cut.txt"))
    assert [r for r in records if r.kind == "document"] == []
    # https://paper.cuduwang.com/Html/2017-01-20/24732.html (devcorpus W-02): the decision fixing
    # the session's date, adopted by the county's standing committee
    vote = (
        "本报讯昨日上午,县十六届人大常委会第二次会议召开。"
        "会议审议通过了关于县十六届人大二次会议召开时间及建议议程的决定,"
    )
    records = extract(from_text(vote, "cut.txt"))
    assert [(r.title, r.issuer) for r in records if r.kind == "document"] == [
        ("关于县十六届人大二次会议召开时间及建议议程的决定", "县十六届人大常委会")
    ]  # the gold's issuer: the session's body as written, its term kept


def test_a_revised_draft_voted_through_is_no_document_of_its_own():
    # https://qingdaonews.com/content/2005-05/01/content_4642803.htm: a headline naming the 修改稿
    records = extract(
        from_text(
            "表决通过《青岛市人民代表大会常务委员会人事任免办法(修改稿)》和青岛市与美国迈阿密市建立友好"
            "城市关系的议案\n本报讯市十三届人大常委会第21次会议前日下午在八大关会议厅结束。\n",
            "cut.txt",
        )
    )
    assert [r for r in records if r.kind == "document"] == []


def test_portal_metadata_flattened_with_bars_gives_the_cell_after_each_key():
    # devcorpus X-08 (a 杭州 page copied in traditional script): 文號: | 杭政辦函〔2018〕14號 | 成文日期:
    # | 2018-02-08 | and 發布單位: | 市政府 |; the excerpt has no title: a document of number,
    # date and issuer (it was a citation of the page's own number)
    documents = [r for r in extract(devcorpus_text("X-08")) if r.kind == "document"]
    assert [(d.number, d.title, d.issuer, d.date) for d in documents] == [
        ("杭政辦函〔2018〕14號", None, "市政府", "2018-02-08")
    ]
    # devcorpus M-09: the title's full name of the issuer before the portal's short one
    # (发布机构: | 县政府办公室 |); N-14: an order's government before the portal's 發文機關 盤錦市政府
    (m09,) = [r for r in extract(devcorpus_text("M-09")) if r.kind == "document"]
    assert m09.issuer == "海盐县人民政府办公室"
    (n14,) = [r for r in extract(devcorpus_text("N-14")) if r.kind == "document"]
    assert n14.issuer == "盤錦市人民政府"
    assert n14.title.startswith("盤錦市人民政府令第58號關(guān)于修改《")


def test_a_law_database_page_with_a_download_line_and_a_signer_with_a_colon():
    # http://law374.infoeach.com/view-Mzc0fDEyNDkzMw==.html, a cut: the page's 下载地址 line was read
    # as the first line of the title, and 市长:董伟 over the date was no signer (no date)
    text = "您的位置: 首页 » 法律资料网 » 法律法规 »\n\n鞍山市行政复议程序规定\n\n作者:法律资料网 时间:2024-07-12 15:53:57  浏览:8047   来源:法律资料网\n下载地址: 点击此处下载\n\n鞍山市行政复议程序规定\n\n辽宁省鞍山市人民政府\n\n\n鞍山市人民政府令第16号\n\n\n  《鞍山市行政复议程序规定》业经一九九四年四月二十五日市政府常务会议讨论通过,现予发布实施。\n\n                               市长:董伟\n                          一九九四年五月十八日\n             鞍山市行政复议程序规定\n"
    documents = [r for r in extract(from_text(text, "cut.txt")) if r.kind == "document"]
    assert [(d.number, d.title, d.issuer, d.date) for d in documents] == [
        ("鞍山市人民政府令第16号", "鞍山市行政复议程序规定", "鞍山市人民政府", "1994-05-18")
    ]


def test_a_law_page_under_a_site_menu_and_a_breadcrumb_dated_under_its_title():
    # https://haolvshi.com.cn/flfgk/46370.html, a cut: a menu of topics, one a line, pushed the
    # title past the lines a head is looked for in; the breadcrumb ending in the title was taken
    # for it; the date in parentheses under the title is the text's date
    text = "• 离婚\n  • 社保\n  • 五险一金\n  • 结婚\n  • 公积金\n  • 商标\n  • 产假\n  • 按揭\n  • 廉租房\n  • 欠薪\n  • 营业执照\n好律师> 法律法规库> 地方法规> 陕西省县级以上各级人民政府任免工作人员试行办法\n  • 【发布单位】82502\n  • 【发布文号】--\n  • 【发布日期】1984-07-04\n  • 【生效日期】1984-07-04\n  • 【失效日期】--\n  • 【文件来源】\n  • 【所属类别】地方法规\n\n陕西省县级以上各级人民政府任免工作人员试行办法\n\n陕西省县级以上各级人民政府任免工作人员试行办法\n\n(1984年7月4日)\n\n第一章 总则\n\n\n\n第一条 为健全干部任免制度,根据《 中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》的有关规定,制定本办法。\n\n"
    documents = [r for r in extract(from_text(text, "cut.txt")) if r.kind == "document"]
    assert [(d.title, d.date) for d in documents] == [
        ("陕西省县级以上各级人民政府任免工作人员试行办法", "1984-07-04")
    ]


def test_a_page_that_writes_its_own_title_as_a_citation_of_itself():
    # devcorpus K-24 and N-10 (成都 portal copies): the title line is 《…的通知》; the title and the
    # issuer read from it were given with the marks (issuer 《武汉市人民政府办公厅 on a 武汉 page)
    (k24,) = [r for r in extract(devcorpus_text("K-24")) if r.kind == "document"]
    assert k24.title == (
        "成都市人民政府办公厅关于印发2019年〈政府工作报告〉确定的主要目标任务责任分解方案的通知"
    )
    (n10,) = [r for r in extract(devcorpus_text("N-10")) if r.kind == "document"]
    assert not n10.title.startswith("《") and n10.issuer == "成都市人民政府"


def test_a_law_page_whose_download_line_stood_between_the_title_and_the_notice():
    # http://law61.infoeach.com/view-NjF8OTQ3MzA=.html, a cut: the 下载地址 line ended the head, so
    # the notice was no document and its headline a report that 泉州市人民政府 issued the 规定
    text = "您的位置: 首页 » 法律资料网 » 法律法规 »\n\n泉州市人民政府关于印发《泉州中心市区道路交通安全管理规定》的通知\n\n时间:2024-07-12 10:15:15 来源: 法律资料网 作者:法律资料网 阅读:9851\n下载地址: 点击此处下载\n\n泉州市人民政府关于印发《泉州中心市区道路交通安全管理规定》的通知\n\n福建省泉州市人民政府\n\n\n泉州市人民政府关于印发《泉州中心市区道路交通安全管理规定》的通知\n\n\n各县(市、区)人民政府、泉州开发区管委会,市直各单位:\n《泉州中心市区道路交通安全管理规定》已经泉州市人民政府第3次市长办公会议研究通过,现印发给你们,请遵照执行。\n二○○七年二月十二日\n\n"
    documents = [r for r in extract(from_text(text, "cut.txt")) if r.kind == "document"]
    assert [(d.title, d.issuer, d.addressees) for d in documents] == [
        (
            "泉州市人民政府关于印发《泉州中心市区道路交通安全管理规定》的通知",
            "泉州市人民政府",
            ["各县(市、区)人民政府", "泉州开发区管委会", "市直各单位"],
        )
    ]


def test_a_portal_date_above_or_under_the_number_dates_a_document_whose_signature_is_lost():
    # https://kb9.cn/read/133480.html (【公布日期】2020.01.17 above) and
    # http://m.galtzs.cn/new/63/74/117/2006/2/wa249843852152260023944-0.htm (頒布時間 under 皖政[1985]38號,
    # traditional script with pinyin), cuts: neither excerpt reaches the signature
    for text, number, date in (
        (
            "文章属性\n∙【制定机关】武汉市人民政府办公厅\n∙【公布日期】2020.01.17\n∙【字 号】武政办〔2020〕1号\n∙【施行日期】2020.01.17\n∙【效力等级】地方规范性文件\n∙【时效性】现行有效\n∙【主题分类】机关工作\n正文\n市人民政府办公厅关于印发2020年市\n《政府工作报告》确定的主要目标任务责任分解方案的通知\n武政办〔2020〕1号\n各区人民政府,市人民政府各部门,各有关单位:\n",
            "武政办〔2020〕1号",
            "2020-01-17",
        ),
        (
            "法規(guī)庫(kù)\n\n安徽省人民政府關(guān)于任免國(guó)家機(jī)關(guān)工作人員問(wèn)題的通知\n\n皖政[1985]38號(hào)\n\n頒布時(shí)間:1985-05-04 00:00:00.000 發(fā)文單位:安徽省人民政府\n\n  根據(jù)《中華人民共和國(guó)地方各級(jí)人民代表大會(huì)和地方各級(jí)人民政府組織法》和國(guó)務(wù)院關(guān)于干部任免的規(guī)定精神,現(xiàn)將我省任國(guó)家機(jī)關(guān)工作人員的有關(guān)問(wèn)題通知如下:\n",
            "皖政〔1985〕38号",
            "1985-05-04",
        ),
    ):
        documents = [r for r in extract(from_text(text, "cut.txt")) if r.kind == "document"]
        assert [(d.number, d.date) for d in documents] == [(number, date)]


def test_portal_metadata_above_the_first_document_whose_own_number_is_a_metadata_value():
    # devcorpus P-09 (国办函〔2014〕31号, traditional script): the number on the 發文字號 line is the
    # page's metadata, not a document before this one; 成文日期 2014年02月23日 dates the notice
    (p09,) = [r for r in extract(devcorpus_text("P-09")) if r.kind == "document"]
    assert p09.date == "2014-02-23"


def test_a_news_reports_document_issued_jointly_or_by_a_place_names_its_issuers_as_written():
    # devcorpus G-07 (国家林草局、国家发展改革委近日联合印发《…》), G-09 (5月19日,广州市发布《…》: a
    # government named by its place) and G-10 (中共中央、國務院昨天(1日)印發了《…》): the words of time
    # and manner between the subject and the verb are no part of it
    found = {
        stem: [(r.title, r.issuer) for r in extract(devcorpus_text(stem)) if r.kind == "document"]
        for stem in ("G-07", "G-09", "G-10")
    }
    assert found == {
        "G-07": [("“十四五”林业草原保护发展规划纲要", "国家林草局、国家发展改革委")],
        "G-09": [("广州市国民经济和社会发展第十四个五年规划和2035年远景目标纲要", "广州市")],
        "G-10": [("長江三角洲區域一體化發展規劃綱要", "中共中央、國務院")],
    }


def test_an_order_note_that_lost_its_opening_bracket_gives_the_number_and_date():
    # https://www.moj.gov.cn/pub/sfbgw/flfggz/flfggzdfzwgz/200411/t20041112_135056.html (devcorpus
    # J-05): under the title, "2004年2月16日海南省人民政府第30次常务会议审议通过  2004年2月26日海南省
    # 人民政府令第171号公布  自公布之日起施行)" — the copy lost the note's "(", and the adoption says
    # 审议通过; the number and date are the promulgation's, not the adoption's
    documents = by_number(extract(devcorpus_text("J-05")))
    document = documents["海南省人民政府令第171号"]
    assert (
        document.title
        == "海南省人民政府关于修改《海南省城市市容和环境卫生管理办法》等30件规章的决定"
    )
    assert (document.issuer, document.date) == ("海南省人民政府", "2004-02-26")


def test_titles_voted_through_in_a_list_parted_by_commas_are_each_a_document():
    # devcorpus F-11 (广西人大, 2024): 会议表决通过了自治区精神卫生条例,修订后的自治区安全生产条例,关于
    # 修改…等七件地方性法规的决定,关于废止…审计条例的决定;表决批准了… — commas between titles
    titles = [r.title for r in extract(devcorpus_text("F-11")) if r.kind == "document"]
    assert titles == [
        "自治区精神卫生条例",
        "自治区安全生产条例",
        "关于修改自治区实施中华人民共和国人民防空法办法等七件地方性法规的决定",
        "关于废止自治区实施领导干部、企业领导人员任期经济责任审计条例的决定",
        "关于接受蔡丽新辞去自治区副主席职务请求的决定",  # (…的决定等有关人事任免事项, line 7)
    ]
