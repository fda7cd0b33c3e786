"""Every node the build mints has an rdfs:label in Chinese, the shapes catch one that lacks it, and
reports cite a fact's place as file:line, for the sample and for a user's own text alike."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from kg.iris import Minter
from kg.namespaces import GKG, RDF, RDFS, SH, bind_prefixes
from kg.rdf import map_records
from kg.text.source import read
from kg.validate import shapes_graph, validate

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def sample_graph(sample_build) -> Graph:
    return Graph().parse(sample_build / "graph.ttl")


def _zh_labels(graph: Graph, node) -> list[str]:
    return [
        str(o)
        for o in graph.objects(node, RDFS.label)
        if isinstance(o, Literal) and o.language == "zh"
    ]


def test_every_typed_node_of_the_sample_has_a_chinese_label(sample_graph):
    unlabelled = sorted(
        str(s)
        for s in set(sample_graph.subjects(RDF.type, None))
        if not _zh_labels(sample_graph, s)
    )
    assert unlabelled == []


def test_every_label_is_chinese_or_english(sample_graph):
    languages = {o.language for o in sample_graph.objects(None, RDFS.label)}
    assert languages == {"zh", "en"}


def test_every_class_the_build_emits_is_targeted_by_a_label_shape(sample_graph):
    shapes = shapes_graph()
    targeted = set()
    for shape in (
        URIRef("https://w3id.org/gazette-kg/shapes#LabelShape"),
        URIRef("https://w3id.org/gazette-kg/shapes#DerivedLabelShape"),
    ):
        targeted |= set(shapes.objects(shape, SH.targetClass))
    emitted_by_node: dict = {}
    for s, c in sample_graph.subject_objects(RDF.type):
        emitted_by_node.setdefault(s, set()).add(c)
    # a node is covered when one of its classes is targeted (an event is schema:Event and
    # prov:Activity: targeting schema:Event is enough)
    uncovered = sorted(
        {str(sorted(classes)[0]) for classes in emitted_by_node.values() if not classes & targeted}
    )
    assert uncovered == []


def test_the_sample_labels_read_as_people_write_them(sample_graph):
    labels = {label for o in sample_graph.objects(None, RDFS.label) for label in [str(o)]}
    # a personnel change, the issue, a document known by its number, a span
    assert "任命林国锋为温州铁路南站综合管理中心主任" in labels
    assert "appointment of 林国锋 as 温州铁路南站综合管理中心主任" in labels
    assert "温州市人民政府公报2023年第6期" in labels
    assert "温政发〔2023〕18号" in labels
    assert any(label.startswith("wenzhou-gazette-2023-06.txt 第") for label in labels)


def test_each_document_has_one_chinese_label(sample_graph):
    from kg.namespaces import ELI

    several = {
        str(d): _zh_labels(sample_graph, d)
        for d in set(sample_graph.subjects(RDF.type, ELI.LegalResource))
        if len(_zh_labels(sample_graph, d)) != 1
    }
    assert several == {}


def _without_label(graph: Graph, node) -> Graph:
    edited = bind_prefixes(Graph())
    for triple in graph:
        if not (triple[0] == node and triple[1] == RDFS.label):
            edited.add(triple)
    return edited


def _own_text_graph() -> Graph:
    source = read(FIXTURES / "appointments" / "county_probation.txt")
    from kg.extract import extract_source

    graph, _ = map_records(extract_source(source), Minter(), source.name, "文成县")
    return graph


def test_a_missing_label_is_a_violation_cited_by_file_and_line_for_a_users_own_text():
    graph = _own_text_graph()
    assert validate(graph).violations == []
    change = sorted(graph.subjects(RDF.type, GKG.PersonnelChange))[0]
    report = validate(_without_label(graph, change))
    assert [(r.focus, r.path) for r in report.violations] == [(str(change), str(RDFS.label))]
    source = report.violations[0].source
    assert source is not None and source.startswith("county_probation.txt:"), source
    assert "/source/" not in report.to_text()


def test_a_label_in_no_language_or_another_one_is_a_violation():
    graph = _own_text_graph()
    change = sorted(graph.subjects(RDF.type, GKG.PersonnelChange))[0]
    for label in (Literal("任命"), Literal("任命", lang="ja")):
        edited = _without_label(graph, change)
        edited.add((change, RDFS.label, label))
        assert [r.focus for r in validate(edited).violations] == [str(change)]


def test_the_source_file_is_in_the_graph_for_issues_and_plain_texts(sample_graph):
    files = {str(o) for o in sample_graph.objects(None, GKG.sourceFile)}
    assert files == {"wenzhou-gazette-2023-06.txt"}
    assert {str(o) for o in _own_text_graph().objects(None, GKG.sourceFile)} == {
        "county_probation.txt"
    }
