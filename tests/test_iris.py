"""IRIs are pinned: changing one of these is a deliberate, reviewed act (it breaks every link
published with the old one)."""

from __future__ import annotations

import pytest

from kg.errors import UsageError
from kg.iris import Minter, check_iri, resolve_base

BASE = "https://example.org/gazette-kg/id/"


def test_pinned_iris():
    m = Minter()
    assert str(m.document("温州市", "温政发〔2023〕18号")) == BASE + "document/044c35a1c9bafdac"
    assert str(m.organization("温州市司法局")) == BASE + "organization/ef5de1024affe86c"
    assert str(m.person("温州市", "林国锋")) == BASE + "person/ba0682b102b47f48"
    assert str(m.issue("温州市人民政府公报", 2023, 6)) == BASE + "issue/8fc4aa2663a3bde2"
    assert (
        str(m.project("温州市生态文明建设规划(2021-2030年)", "near", 27))
        == BASE + "project/035a22bd91b0a5e4"
    )
    assert str(m.span("温州市人民政府公报|2023|6", 1331, 1331)) == BASE + "span/dd2dcd355a58de5c"
    assert str(m.graph("温州市人民政府公报|2023|6")) == BASE + "graph/be09249afe187a34"


@pytest.mark.parametrize(
    "variant",
    [
        "温政发[2023]18号",
        "温政发【2023】18号",
        "温政发（2023）18号",
        "温政发〔２０２３〕１８号",
        "温政发\u200b〔2023〕18号",
    ],
)
def test_spelling_variants_give_one_iri(variant):
    m = Minter()
    assert m.document("温州市", variant) == m.document("温州市", "温政发〔2023〕18号")


def test_same_name_in_other_government_is_another_person():
    m = Minter()
    assert m.person("温州市", "王伟") != m.person("宁波市", "王伟")


def test_base_iri_is_configurable_and_checked(monkeypatch):
    assert str(Minter(resolve_base("https://data.example.gov.cn/id")).organization("x")).startswith(
        "https://data.example.gov.cn/id/organization/"
    )
    monkeypatch.setenv("GAZETTE_KG_BASE_IRI", "https://env.example/kg/")
    assert resolve_base(None) == "https://env.example/kg/"
    for bad in ["not an iri", "ftp://x/", "https://exa mple.org/", "relative/path/"]:
        with pytest.raises(UsageError):
            resolve_base(bad)


def test_check_iri_refuses_bad_code_points():
    for bad in ["https://example.org/a b", "https://example.org/<x>", "https://example.org/温州"]:
        with pytest.raises(ValueError):
            check_iri(bad)


def test_title_spellings_of_one_document_give_one_iri():
    m = Minter()
    plan = m.document_by_title("温州市", "温州市生态文明建设规划(2021-2030年)")
    for variant in [
        "温州市生态文明建设规划(2021-2030)",
        "《温州市生态文明建设规划（2021—2030年）》",
        "温州市生态文明建设规划 (2021-2030年)",
    ]:
        assert m.document_by_title("温州市", variant) == plan
    assert m.document_by_title("温州市", "温州市生态文明建设规划") != plan


def test_a_title_cited_alone_is_the_numbered_document_of_the_same_source(sample_build):
    from rdflib import Graph

    from kg.namespaces import ELI, RDF

    graph = Graph().parse(sample_build / "graph.ttl")
    plans = {
        d
        for d in graph.subjects(RDF.type, ELI.LegalResource)
        for t in graph.objects(d, ELI.title)
        if str(t).startswith("温州市生态文明建设规划(2021-2030")
    }
    assert len(plans) == 1  # cited once without 年, printed with it
