"""The serialisers and the JSON-LD context on a small crafted dataset (no build needed)."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import FOAF, PROV, RDF, RDFS, SKOS, XSD

from kg.export import jsonld, rdf
from kg.export.context import REUSED, REUSED_PLAIN, generate_context, load_context, shipped_context
from kg.namespaces import ELI, GKG_NS, OA, PREFIXES, ontology_terms

BASE = "https://example.org/gazette-kg/id/"
G1, G2 = URIRef(BASE + "graph/aa01"), URIRef(BASE + "graph/bb02")
HOSTILE = 'quote " backslash \\ newline \n tab \t sep \u2028 bom \ufeff x:a\\/b "; .'


def crafted() -> Dataset:
    """Two named graphs and a default graph, hostile literals, a blank node, shared triples."""
    ds = Dataset()
    g1, g2 = ds.graph(G1), ds.graph(G2)
    person, span = URIRef(BASE + "person/3f2a"), URIRef(BASE + "span/00ff")
    g1.add((person, RDF.type, FOAF.Person))
    g1.add((person, FOAF.name, Literal("张三", lang="zh")))
    g1.add((person, FOAF.name, Literal("Zhang San", lang="en")))
    g1.add((person, PROV.wasDerivedFrom, span))
    g1.add((span, RDF.type, URIRef(GKG_NS + "SourceSpan")))
    g1.add((span, URIRef(GKG_NS + "startLine"), Literal(5, datatype=XSD.positiveInteger)))
    g1.add((span, URIRef(GKG_NS + "quote"), Literal(HOSTILE)))
    g1.add((span, OA.hasSource, URIRef(BASE + "issue/77")))
    g1.add((person, FOAF.age, Literal(42)))
    g1.add((person, FOAF.knows, BNode("x1")))
    g1.add((person, RDFS.seeAlso, URIRef("https://w3id.org/gazette-kg/concept/action/appoint")))
    g1.add(
        (
            person,
            URIRef(BASE + "amendment/01/modification/02"),
            Literal("1.50", datatype=XSD.decimal),
        )
    )
    g2.add((person, FOAF.name, Literal("张三", lang="zh")))  # the same triple in two graphs
    g2.add((URIRef(BASE + "document/9"), ELI.number, Literal("温政发〔2023〕18号")))
    g2.add((URIRef(BASE + "document/9"), SKOS.prefLabel, Literal("2023-06-01", datatype=XSD.date)))
    g2.add((URIRef(BASE + "document/9"), FOAF.mbox, Literal(True)))
    ds.add((URIRef("http://example.com/default"), RDFS.label, Literal("in the default graph")))
    return ds


def nquads(source) -> set[bytes]:
    return set(rdf.nquads_bytes(source).splitlines())


def union(ds: Dataset) -> Graph:
    graph = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def test_turtle_round_trips_to_the_union_and_reads_well():
    data = rdf.turtle_bytes(crafted(), BASE)
    back = Graph().parse(data=data.decode("utf-8"), format="turtle")
    assert isomorphic(back, union(crafted()))
    text = data.decode("utf-8")
    assert "@prefix foaf: <http://xmlns.com/foaf/0.1/> ." in text
    assert "@prefix person: <https://example.org/gazette-kg/id/person/> ." in text
    assert "@prefix qb:" not in text  # only vocabularies the data uses
    assert "person:3f2a a foaf:Person ;" in text  # rdf:type first, entity prefixes
    outside_literals = [line for line in text.split("\n") if "gkg:quote" not in line]
    assert not any("\\/" in line for line in outside_literals)  # nested IRIs in full
    assert "x:a\\\\/b" in text  # ...while a literal that looks like one is left alone
    assert "<https://example.org/gazette-kg/id/amendment/01/modification/02>" in text
    assert "\n\nperson:3f2a" in text  # a blank line between subject blocks
    header = [line for line in text.split("\n") if line.startswith("@prefix")]
    assert header == sorted(header) and text.startswith(header[0])


def test_trig_keeps_named_graphs():
    data = rdf.trig_bytes(crafted(), BASE)
    back = Dataset()
    back.parse(data=data.decode("utf-8"), format="trig")
    assert nquads(back) == nquads(crafted())
    assert data.count(b" {\n") == 2


def test_ntriples_sorted_and_round_trips():
    data = rdf.ntriples_bytes(crafted())
    lines = data.splitlines()
    assert lines == sorted(lines)
    assert len(lines) == len(set(lines)) == len(union(crafted()))
    back = Graph().parse(data=data.decode("utf-8"), format="nt")
    assert isomorphic(back, union(crafted()))


def test_blank_nodes_get_canonical_labels():
    one, two = crafted(), crafted()
    two.graph(G1).remove((None, FOAF.knows, None))
    two.graph(G1).add((URIRef(BASE + "person/3f2a"), FOAF.knows, BNode("other-label")))
    assert rdf.trig_bytes(one) == rdf.trig_bytes(two)
    assert b"_:c14n0" in rdf.trig_bytes(one)


def test_pairs_dataset_and_oxigraph_inputs_agree():
    ds = crafted()
    ds.remove((None, None, None, ds.default_graph.identifier))
    pairs = [(G1, ds.graph(G1)), (G2, ds.graph(G2))]
    assert rdf.trig_bytes(pairs) == rdf.trig_bytes(ds)
    assert rdf.trig_bytes(pairs) == rdf.trig_bytes(ox.Dataset(rdf.quads_of(ds)))
    assert rdf.turtle_bytes(ds.graph(G2)) == rdf.turtle_bytes([(G2, ds.graph(G2))])


def test_write_turtle_is_atomic_utf8(tmp_path):
    path = rdf.write_turtle(crafted(), tmp_path / "graph.ttl", BASE)
    assert path.read_bytes() == rdf.turtle_bytes(crafted(), BASE)
    assert "张三" in path.read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.ttl"]


@pytest.mark.parametrize("reader", ["rdflib", "oxigraph"])
def test_jsonld_round_trips_without_network(reader):
    quads = rdf.quads_of(crafted())
    data = jsonld.jsonld_bytes(quads, BASE)
    if reader == "rdflib":
        back = Dataset()
        back.parse(data=data.decode("utf-8"), format="json-ld")
        assert nquads(back) == nquads(crafted())
    else:
        assert nquads(list(ox.parse(data, format=ox.RdfFormat.JSON_LD))) == nquads(crafted())


@pytest.mark.parametrize("base", ["urn:gkg:id/", "https://data.example.gov.cn/id#"])
def test_jsonld_round_trips_with_any_base(base):
    ds = Dataset()
    g = ds.graph(URIRef(base + "graph/1"))
    g.add((URIRef(base + "person/1"), FOAF.knows, URIRef(base + "person/2")))
    g.add((URIRef(base + "person/1"), FOAF.name, Literal("张三", lang="zh")))
    data = jsonld.jsonld_bytes(rdf.quads_of(ds), base)
    back = Dataset()
    back.parse(data=data.decode("utf-8"), format="json-ld")
    assert nquads(back) == nquads(ds)
    assert nquads(list(ox.parse(data, format=ox.RdfFormat.JSON_LD))) == nquads(ds)


def test_jsonld_is_pleasant():
    doc = json.loads(jsonld.jsonld_bytes(rdf.quads_of(crafted()), BASE))
    assert isinstance(doc["@context"], dict)  # embedded, never a remote URL
    graphs = {g["id"]: g["@graph"] for g in doc["@graph"] if "@graph" in g}
    person = next(n for n in graphs["graph/aa01"] if n["id"] == "person/3f2a")
    assert person["type"] == "foaf:Person"
    assert person["wasDerivedFrom"] == "span/00ff"
    assert "张三" in person["name"]  # Chinese is the default language
    assert {"@value": "Zhang San", "@language": "en"} in person["name"]
    assert person["foaf:age"] == 42
    span = next(n for n in graphs["graph/aa01"] if n["id"] == "span/00ff")
    assert span["type"] == "SourceSpan" and span["startLine"] == "5"
    assert span["quote"] == HOSTILE  # xsd:string property: plain, no language


def test_same_bytes_for_the_same_data():
    assert rdf.turtle_bytes(crafted(), BASE) == rdf.turtle_bytes(crafted(), BASE)
    quads = rdf.quads_of(crafted())
    assert jsonld.jsonld_bytes(quads, BASE) == jsonld.jsonld_bytes(list(reversed(quads)), BASE)


def test_shipped_context_agrees_with_the_ontology():
    """Every shipped entry is what the ontology generates (regenerate with
    ``python -m kg.export.context --write``); the loaded context covers every term."""
    shipped = shipped_context()["@context"]
    generated = generate_context()["@context"]
    stale = {k: v for k, v in shipped.items() if k in generated and generated[k] != v}
    assert not stale, "run: python -m kg.export.context --write"
    loaded = load_context()
    for term in ontology_terms():
        if term in PREFIXES or term in REUSED or term in REUSED_PLAIN:
            continue  # the key is taken; the term is written gkg:<term>
        entry = loaded.get(term)
        iri = entry if isinstance(entry, str) else (entry or {}).get("@id")
        assert iri == f"gkg:{term}", term


def test_turtle_and_trig_from_rdflib_are_the_same_under_other_hash_seeds(tmp_path):
    """The build hands rdflib graphs to write_turtle/write_trig: same bytes whatever the seed."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    script = (
        "import sys; sys.path.insert(0, 'tests'); from test_export_rdf import crafted, BASE; "
        "from kg.export import rdf; ds = crafted(); "
        "sys.stdout.buffer.write(rdf.turtle_bytes(ds, BASE) + rdf.trig_bytes(ds, BASE) "
        "+ rdf.ntriples_bytes(ds))"
    )
    root = Path(__file__).resolve().parent.parent
    outputs = set()
    for seed in ("0", "1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", script],
            cwd=root,
            env=env,
            capture_output=True,
            timeout=120,
            check=True,
        )
        outputs.add(done.stdout)
    assert len(outputs) == 1


def test_rdflib_graphs_sorted_as_quad_key_sorts():
    """An rdflib graph's quads are sorted by keys Oxigraph writes (each triple's N-Triples
    line): the order of :func:`rdf.quad_key`, also where one term is a prefix of another."""
    ds = crafted()
    near = Graph()
    for local in ("a", "a/b", "a-", "a/", "ab", "a#b"):
        near.add((URIRef(BASE + local), RDFS.label, Literal("a")))
        near.add((URIRef(BASE + local), RDFS.label, Literal("a", lang="zh")))
        near.add((URIRef(BASE + local), RDFS.label, Literal("ab")))
        near.add((URIRef(BASE + local), RDFS.label, Literal("a b")))
        near.add((URIRef(BASE + local), RDF.type, URIRef(BASE + "Z")))
        near.add((URIRef(BASE + local), RDFS.comment, Literal("1", datatype=XSD.integer)))
        near.add((URIRef(BASE + local), RDFS.comment, Literal("1", datatype=XSD.decimal)))
    for source in (ds, union(ds), near):
        quads = rdf.quads_of(source)
        assert list(quads) == sorted(ox.Dataset(list(quads)), key=rdf.quad_key)
