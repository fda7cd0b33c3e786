"""The library on an archive of three issues: a triple held by several named graphs (an agency, a
person or a place named in every issue) is one triple of the union default graph (the build's
store holds that union, deduplicated, as its default graph: kg.store.create).

Oxigraph 0.5 yields such a triple once per graph holding it (oxigraph/oxigraph#1919, fixed after
0.5) and Virtuoso does so by design, so the queries must not depend on it: each query gives the same
rows on the archive's store as on a store where the whole archive is one merged graph.
"""

from __future__ import annotations

import shlex
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.build import build
from kg.query import library, prepare
from kg.query.local import evaluate
from kg.query.params import parse_assignments
from kg.resources import sample_issue

ARCHIVE = Path(__file__).parent / "fixtures" / "archive"
QUERIES = library()


def cases() -> list[tuple[str, dict[str, str]]]:
    found = []
    for name, query in QUERIES.items():
        for example in query.examples:
            argv = shlex.split(example)
            found.append(
                (
                    name,
                    parse_assignments(
                        [argv[i + 1] for i, arg in enumerate(argv) if arg == "--param"]
                    ),
                )
            )
    return found


@pytest.fixture(scope="module")
def stores(tmp_path_factory) -> tuple[str, str]:
    """(the archive's store, the same triples merged into one named graph)."""
    root = tmp_path_factory.mktemp("archive")
    inputs = [sample_issue(), *sorted(ARCHIVE.glob("*.txt"))]
    build(inputs, out=root / "out", views=False)
    archive = ox.Store.read_only(str(root / "out" / "store"))
    merged = ox.Store(str(root / "merged"))
    merged.extend(  # the named graphs' triples, merged into one default graph
        ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph())
        for q in archive
        if isinstance(q.graph_name, ox.NamedNode)
    )
    merged.flush()
    del merged, archive
    return str(root / "out" / "store"), str(root / "merged")


def test_the_archive_repeats_triples_across_graphs(stores):
    # the premise: without it this file would test nothing
    in_graphs = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    in_default = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    archive, merged = stores
    repeated = int(evaluate(archive, in_graphs).rows[0][0].value)
    distinct = int(evaluate(merged, in_default).rows[0][0].value)
    assert repeated > distinct
    # the build's store holds the deduplicated union as its default graph
    assert int(evaluate(archive, in_default).rows[0][0].value) == distinct


@pytest.mark.parametrize(("name", "params"), cases())
def test_rows_do_not_depend_on_how_many_graphs_hold_a_triple(stores, name, params):
    text = prepare(QUERIES[name], params)
    archive, merged = (evaluate(store, text) for store in stores)
    assert archive.variables == merged.variables
    assert sorted(archive.rows, key=repr) == sorted(merged.rows, key=repr), name
    assert len(set(archive.rows)) == len(archive.rows), f"{name}: repeated rows"
