"""Resolution of agencies, places and persons relative to the issuing government."""

from __future__ import annotations

import pytest

from kg.resolve import agencies, persons, places


@pytest.mark.parametrize(
    ("surface", "government", "name", "kind"),
    [
        ("市生态环境局", "温州市", "温州市生态环境局", agencies.DEPARTMENT),
        ("市住建局", "温州市", "温州市住房和城乡建设局", agencies.DEPARTMENT),  # alias table
        ("市发展改革委", "温州市", "温州市发展和改革委员会", agencies.DEPARTMENT),
        ("市公用集团", "温州市", "温州市公用事业投资集团有限公司", agencies.ENTERPRISE),
        ("市委宣传部", "温州市", "中共温州市委宣传部", agencies.PARTY),
        ("市政府", "温州市", "温州市人民政府", agencies.GOVERNMENT),
        ("市人民政府", "温州市", "温州市人民政府", agencies.GOVERNMENT),
        ("乐清市政府", "温州市", "乐清市人民政府", agencies.GOVERNMENT),
        ("苍南县政府", "温州市", "苍南县人民政府", agencies.GOVERNMENT),
        ("温州生态园管委会", "温州市", "温州生态园管理委员会", agencies.COMMITTEE),
        (
            "第十批温州市对口支援新疆拜城县指挥部",
            "温州市",
            "第十批温州市对口支援新疆拜城县指挥部",
            agencies.HEADQUARTERS,
        ),
        ("温州铁路南站综合管理中心", "温州市", "温州铁路南站综合管理中心", agencies.INSTITUTION),
        ("县财政局", "安吉县", "安吉县财政局", agencies.DEPARTMENT),  # a county's own short forms
        ("省政府", "浙江省", "浙江省人民政府", agencies.GOVERNMENT),
        ("区政府", "鹿城区", "鹿城区人民政府", agencies.GOVERNMENT),
        ("市市场监管局", "温州市", "温州市市场监督管理局", agencies.DEPARTMENT),
        ("市场监督管理局", "温州市", "市场监督管理局", agencies.DEPARTMENT),  # 市场 is no prefix
        ("市住建局", "宁波市", "宁波市住建局", agencies.DEPARTMENT),  # aliases are per government
        ("县政府办公室", "永嘉县", "永嘉县人民政府办公室", agencies.OFFICE),
        (
            "浙江省第十四届人民代表大会常务委员会",
            "杭州市",
            "浙江省人民代表大会常务委员会",
            agencies.CONGRESS,
        ),  # the term number does not make another body
        ("市人大常委会", "温州市", "温州市人民代表大会常务委员会", agencies.CONGRESS),
        ("人大常委会", "杭州市", "杭州市人民代表大会常务委员会", agencies.CONGRESS),
        ("省人民政府", "温州市", "浙江省人民政府", agencies.GOVERNMENT),  # the province above
        (
            "市政府",
            "安吉县",
            "湖州市人民政府",
            agencies.GOVERNMENT,
        ),  # a county text's 市 is its city
    ],
)
def test_agency_resolution(surface, government, name, kind):
    agency = agencies.resolve(surface, government)
    assert (agency.name, agency.kind) == (name, kind)


@pytest.mark.parametrize(
    "surface",
    [
        "相关县(市、区)政府",
        "相关县（市、区）政府",
        "各县(市、区)人民政府",
        "功能区管委会",
        "市各有关单位",
    ],
)
def test_collective_parties_are_not_expanded(surface):
    agency = agencies.resolve(surface, "温州市")
    assert agency.collective
    assert "温州市" not in agency.name or agency.name.startswith("市")


def test_units_know_their_parent():
    assert agencies.resolve("温州市人民政府办公室", "温州市").parent == "温州市人民政府"
    assert agencies.resolve("市政府办公室", "温州市").parent == "温州市人民政府"


@pytest.mark.parametrize(
    ("surface", "name", "kind", "parent"),
    [
        ("鹿城区", "鹿城区", "district", "温州市"),
        ("鹿城", "鹿城区", "district", "温州市"),
        ("瑞安市", "瑞安市", "county-level-city", "温州市"),
        ("生态园", "温州生态园", "zone", "温州市"),
        ("瓯江口产业集聚区", "瓯江口产业集聚区", "zone", "温州市"),
        ("全市", "温州市", "city", "浙江省"),
        ("余杭区", "余杭区", "district", None),  # not in the table: kept, kind guessed
    ],
)
def test_place_resolution(surface, name, kind, parent):
    place = places.resolve(surface, "温州市")
    assert (place.name, place.kind, place.parent) == (name, kind, parent)


def test_typo_repair_needs_a_frequent_name():
    names = ["章月影"] * 5 + ["章月影许", "王振勇", "王振勇", "李无"]
    assert persons.typo_repairs(names) == {"章月影许": "章月影"}
    assert persons.typo_repairs(["张三", "张三丰"]) == {}  # 张三 only once: no evidence


def test_sample_typo_resolved_with_warning(sample_records):
    events = [r for r in sample_records if r.kind == "event"]
    typo = [p for e in events for p in e.participants if p.name == "章月影许"]
    assert [p.name_resolved for p in typo] == ["章月影"]
    warnings = [w for w in sample_records if w.kind == "warning" and w.genre == "resolve"]
    assert [(w.source.start_line, w.message) for w in warnings] == [
        (1523, "name '章月影许' read as '章月影' (typo of the original)")
    ]


def test_sample_entity_counts(sample_build):
    """Checked by hand against the text: 12 persons in the personnel section, 10 officials in the
    chronicle and briefs (刘小涛 and the mayor and eight deputy mayors; the typo 章月影许 is 章月影),
    18 members of the editorial board; 16 places (12 county-level areas, 2 zones, the city, the
    province); 44 agencies with the collective parties kept as written (功能区政府 and 功能区委 are the
    original's own wordings)."""
    from rdflib import Graph

    from kg.namespaces import FOAF, ORG, RDF, RDFS, SDO, SKOS

    graph = Graph().parse(sample_build / "graph.ttl")
    persons = {str(graph.value(p, FOAF.name)) for p in graph.subjects(RDF.type, FOAF.Person)}
    places = {
        str(graph.value(p, RDFS.label)) for p in graph.subjects(RDF.type, SDO.AdministrativeArea)
    }
    agencies = {
        str(graph.value(o, SKOS.prefLabel)): str(graph.value(o, ORG.classification))
        for o in graph.subjects(RDF.type, ORG.Organization)
    }
    assert len(persons) == 40
    assert {"章月影", "陈宽", "刘小涛", "梁彬", "林国锋"} <= persons
    assert "章月影许" not in persons
    assert len(places) == 16
    assert {"鹿城区", "龙港市", "瓯江口产业集聚区", "温州生态园", "温州市", "浙江省"} <= places
    assert len(agencies) == 44
    kinds = {name: kind.rsplit("/", 1)[-1] for name, kind in agencies.items()}
    assert [n for n, k in sorted(kinds.items()) if k == "collective"] == [
        "功能区委",
        "功能区政府",
        "功能区管委会",
        "各县(市、区)政府",
        "相关县(市、区)政府",
    ]
    assert kinds["温州市住房和城乡建设局"] == "department"  # from 市住建局, via the alias table
    assert kinds["中共温州市委宣传部"] == "party-organ"
    assert kinds["温州市公用事业投资集团有限公司"] == "state-owned-enterprise"
    assert kinds["第十批温州市对口支援新疆拜城县指挥部"] == "temporary-headquarters"
    # 温州市 and 11 of its 12 county-level governments (瓯海区 is named only as a place)
    assert sum(k == "government" for k in kinds.values()) == 12
