"""The issued-document catalogue (发文目录): entries, the list's end, RDF and shapes."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal

from kg.extract import extract_genres
from kg.iris import Minter
from kg.namespaces import DCTERMS, ELI, GKG, RDF, SDO
from kg.rdf import map_records
from kg.resources import package_path
from kg.text.source import from_text, read
from kg.validate import validate
from tests.conftest import FIXTURES, records_of

MINE = ("issue", "documents", "catalogue", "citations")


def extract(source, genres=("catalogue",)):
    return extract_genres(source, genres)


def test_sample_catalogue_checked_by_hand(sample_records):
    entries = records_of(sample_records, "catalogue_entry")
    assert [(e.number, e.title, e.source.start_line) for e in entries] == [
        ("温政发〔2023〕18号", "温州市人民政府关于修改和废止部分行政规范性文件的决定", 1603),
        ("温政发〔2023〕19号",
         "温州市人民政府关于印发温州市生态文明建设规划（2021-2030年）的通知", 1604),
        ("温政办〔2023〕56号",
         "温州市人民政府办公室关于印发温州市区声环境功能区划分方案（2023年）的通知", 1605),
        ("温政办〔2023〕58号",
         "温州市人民政府办公室关于建立土地利用年度计划和耕地占补平衡“指标银行”的通知", 1606),
    ]  # fmt: skip
    assert [e.issuer_resolved for e in entries] == ["温州市人民政府"] * 2 + [
        "温州市人民政府办公室"
    ] * 2
    # the feature article after the list is neither catalogue nor warned about
    assert not [w for w in records_of(sample_records, "warning") if w.genre == "catalogue"]


def test_catalogue_of_another_city_in_list_and_table_form():
    entries = extract(read(FIXTURES / "documents" / "hangzhou-catalogue.txt"))
    assert [(e.number, e.date, e.source.start_line, e.source.end_line) for e in entries] == [
        ("杭政函〔2023〕35号", None, 4, 5),  # title above its bracketed number
        ("杭政函〔2023〕36号", None, 6, 6),  # number after the title on one line
        ("杭政〔2023〕12号", None, 7, 8),  # number first, title wrapped onto the next line
        ("杭政办〔2023〕7号", "2023-05-08", 11, 11),  # table row with a date column
        ("杭政办函〔2023〕22号", "2023-05-15", 12, 12),  # ［］ brackets in a table row
    ]
    assert entries[2].title == "杭州市人民政府关于印发杭州市深化“亩均论英雄”改革实施方案的通知"
    assert entries[3].title == "杭州市人民政府办公厅关于加快推进城市更新工作的实施意见"
    assert entries[3].issuer == "杭州市人民政府办公厅"
    assert all(e.kind == "catalogue_entry" for e in entries)  # no warnings for the article after it


def test_number_without_title_is_warned():
    text = "2023年5月县政府发文目录\n\n- 某政发〔2023〕1号 某县人民政府关于甲的通知\n- 某政发〔2023〕2号\n"
    records = extract(from_text(text, "cat.txt"))
    assert [r.kind for r in records] == ["catalogue_entry", "warning"]
    assert records[1].source.start_line == 4
    assert "某政发〔2023〕2号" in records[1].message


@pytest.fixture(scope="module")
def sample_graph(sample_source) -> Graph:
    graph, _ = map_records(extract(sample_source, MINE), Minter(), sample_source.name, "温州市")
    return graph


def test_catalogue_in_rdf(sample_graph):
    g = sample_graph
    [issue] = g.subjects(RDF.type, SDO.PublicationIssue)
    entries = list(g.objects(issue, GKG.catalogueEntry))
    assert len(entries) == 4
    listed = sorted(str(g.value(d, ELI.number)) for d in g.objects(issue, GKG.listsDocument))
    assert listed == sorted(["温政发〔2023〕18号", "温政发〔2023〕19号", "温政办〔2023〕56号",
                             "温政办〔2023〕58号"])  # fmt: skip
    [d58] = g.subjects(ELI.number, Literal("温政办〔2023〕58号"))
    assert g.value(d58, ELI.published_in) is None  # catalogued, not printed
    assert g.value(d58, ELI.passed_by) is not None  # the catalogue's title names its issuer
    [d18] = g.subjects(ELI.number, Literal("温政发〔2023〕18号"))
    assert g.value(d18, ELI.published_in) == issue
    for entry in entries:
        assert (entry, RDF.type, GKG.CatalogueEntry) in g
        assert g.value(entry, DCTERMS.title) is not None


def test_catalogue_entry_shape_bites(sample_graph):
    shapes = Graph().parse(package_path("ontology", "shapes", "documents.ttl"))
    assert validate(sample_graph, shapes).valid
    broken = Graph()
    for triple in sample_graph:
        broken.add(triple)
    [d58] = broken.subjects(ELI.number, Literal("温政办〔2023〕58号"))
    for predicate in (ELI.number, GKG.issuerCode, GKG.numberYear, GKG.numberSequence):
        broken.remove((d58, predicate, None))
    report = validate(broken, shapes)
    assert any("catalogue entry names exactly one document" in r.message for r in report.violations)
    entry = next(broken.subjects(RDF.type, GKG.CatalogueEntry))
    broken.remove((entry, GKG.entryDocument, None))
    assert any(r.focus == str(entry) for r in validate(broken, shapes).violations)
