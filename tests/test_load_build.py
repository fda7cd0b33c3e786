"""Reading a build back (views, `build --add`): Oxigraph's parse converted to rdflib terms gives
the very terms rdflib's own TriG parser gives, graph by graph."""

from __future__ import annotations

import pytest
from rdflib import Dataset

from kg.build import load_dataset, load_union, read_graph_triples
from kg.errors import InputError
from kg.namespaces import ONTOLOGY_IRI


def _by_graph(dataset: Dataset) -> dict[str, set]:
    out: dict[str, set] = {}
    for s, p, o, g in dataset.quads((None, None, None, None)):
        out.setdefault(str(getattr(g, "identifier", g)), set()).add((s, p, o))
    return out


def test_the_same_terms_as_rdflib_parses(sample_build):
    parsed = Dataset()
    parsed.parse(sample_build / "graph.trig", format="trig")
    expected = _by_graph(parsed)
    read = {name: set(triples) for name, triples in read_graph_triples(sample_build).items()}
    assert read == expected
    # literals keep datatype and language exactly (Literal equality compares both)
    kinds = {
        (type(o).__name__, getattr(o, "datatype", None), getattr(o, "language", None))
        for triples in read.values()
        for _, _, o in triples
    }
    assert any(k[2] == "zh" for k in kinds) and any(k[1] is not None for k in kinds)
    assert _by_graph(load_dataset(sample_build)) == expected


def test_the_union_is_every_graph_but_the_ontology(sample_build):
    triples = read_graph_triples(sample_build)
    expected = {t for name, ts in triples.items() if name != ONTOLOGY_IRI for t in ts}
    union = load_union(sample_build)
    assert set(union) == expected and len(union) == len(expected)


def test_a_broken_graph_trig_is_one_error_naming_it(tmp_path):
    (tmp_path / "graph.trig").write_text("<a> <b> .\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"graph\.trig"):
        read_graph_triples(tmp_path)
