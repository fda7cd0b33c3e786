"""User queries on the local store: no SERVICE, no updates, no FROM outside the build, a time limit."""

from __future__ import annotations

import time

import pytest
from rdflib import Graph, Literal, URIRef

from kg import store
from kg.cli import main
from kg.errors import QueryError, QueryTimeout
from kg.query import local, sandbox

G1 = "http://example.org/graph/1"
G2 = "http://example.org/graph/2"
# A query that runs for minutes on any data: a cross product of 10^9 rows.
DIGITS = " ".join(str(i) for i in range(10))
SLOW = (
    "SELECT (COUNT(*) AS ?n) WHERE { "
    + " ".join(f"VALUES ?v{i} {{ {DIGITS} }}" for i in range(9))
    + " }"
)


@pytest.fixture(scope="module")
def two_graphs(tmp_path_factory):
    """A build folder whose store has two named graphs with one triple each."""
    build = tmp_path_factory.mktemp("sandbox")
    graphs = []
    for iri, value in ((G1, "one"), (G2, "two")):
        graph = Graph()
        graph.add((URIRef("http://example.org/s"), URIRef("http://example.org/p"), Literal(value)))
        graphs.append((URIRef(iri), graph))
    store.create(build / "store", graphs)
    return build


def values(build, query: str) -> list[str]:
    result = local.run(build / "store", query, timeout=10)
    return sorted(row[0].value for row in result.rows)


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { service silent <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "PREFIX e: <http://127.0.0.1:9/>\nSELECT * WHERE { ?s ?p ?o . SERVICE e:x { ?s ?p ?o } }",
    ],
)
def test_service_is_refused(query, two_graphs):
    with pytest.raises(QueryError, match="SERVICE is not allowed"):
        local.run(two_graphs / "store", query)


@pytest.mark.parametrize(
    ("query", "keyword"),
    [
        ("LOAD <file:///etc/passwd>", "LOAD"),
        ("LOAD <http://127.0.0.1:9/data.ttl> INTO GRAPH <http://x/g>", "LOAD"),
        ("INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }", "INSERT"),
        ("DELETE WHERE { ?s ?p ?o }", "DELETE"),
        ("DROP ALL", "DROP"),
        ("CLEAR DEFAULT", "CLEAR"),
        ("CREATE GRAPH <http://x/g>", "CREATE"),
        ("COPY DEFAULT TO <http://x/g>", "COPY"),
        ("SELECT * WHERE { ?s ?p ?o } ; DROP ALL", "DROP"),
    ],
)
def test_updates_are_refused(query, keyword, two_graphs):
    with pytest.raises(QueryError, match=f"{keyword} is not allowed"):
        local.run(two_graphs / "store", query)


@pytest.mark.parametrize(
    "query",
    [
        "SELECT ?o FROM <file:///etc/passwd> WHERE { ?s ?p ?o }",
        "SELECT ?o FROM NAMED <http://127.0.0.1:9/remote> WHERE { GRAPH ?g { ?s ?p ?o } }",
        f"SELECT ?o FROM <{G1}> FROM <https://elsewhere.example/g> WHERE {{ ?s ?p ?o }}",
        "PREFIX f: <file:///etc/>\nSELECT ?o FROM f:passwd WHERE { ?s ?p ?o }",
    ],
)
def test_from_outside_the_build_is_refused(query, two_graphs):
    with pytest.raises(QueryError, match="is not a graph of this build"):
        local.run(two_graphs / "store", query)


def test_from_a_graph_of_the_build_reads_only_that_graph(two_graphs):
    assert values(two_graphs, "SELECT ?o WHERE { ?s ?p ?o }") == ["one", "two"]
    assert values(two_graphs, f"SELECT ?o FROM <{G2}> WHERE {{ ?s ?p ?o }}") == ["two"]
    named = f"SELECT ?o FROM NAMED <{G1}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"
    assert values(two_graphs, named) == ["one"]


def test_keywords_inside_strings_iris_and_comments_are_not_refused(two_graphs):
    query = """# SERVICE <http://x/> and DROP ALL in a comment
    PREFIX load: <http://example.org/service#>
    SELECT ?o WHERE { ?s ?p ?o FILTER(?o != "SERVICE { DROP ALL }" && ?o != 'FROM <file:///x>')
                      FILTER(?s != <http://example.org/DROP>) }"""
    assert values(two_graphs, query) == ["one", "two"]


def test_bad_syntax_is_a_query_error_with_the_position(two_graphs):
    with pytest.raises(QueryError, match=r"does not parse: error at 1:\d+"):
        local.run(two_graphs / "store", "SELECT ?s WHERE { ?s ?p }")


def test_a_slow_query_is_stopped_after_the_time_limit(two_graphs):
    started = time.monotonic()
    with pytest.raises(QueryTimeout, match="timed out after 1 s") as info:
        local.run(two_graphs / "store", SLOW, timeout=1)
    assert info.value.exit_code == 4
    assert time.monotonic() - started < 5


@pytest.mark.parametrize("timeout", [0, -1, 0.5, 1.5, True, float("inf"), "3"])
def test_timeouts_are_whole_seconds_of_at_least_one(timeout, two_graphs):
    with pytest.raises(QueryError, match="whole number of seconds"):
        local.run(two_graphs / "store", "ASK {}", timeout=timeout)


def test_cli_timeout_exit_4_and_no_partial_output(two_graphs, tmp_path, capsys):
    path = tmp_path / "slow.rq"
    path.write_text(SLOW, encoding="utf-8")
    code = main(
        ["query", str(path), "--build", str(two_graphs), "--timeout", "1", "--format", "csv"]
    )
    captured = capsys.readouterr()
    assert code == 4
    assert captured.out == ""
    assert captured.err == "error: timed out after 1 s\n"


def test_cli_refusal_exit_2_one_error_line(two_graphs, tmp_path, capsys):
    path = tmp_path / "service.rq"
    path.write_text(
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", encoding="utf-8"
    )
    code = main(["query", str(path), "--build", str(two_graphs)])
    captured = capsys.readouterr()
    assert (code, captured.out) == (2, "")
    assert captured.err.startswith("error: SERVICE is not allowed")
    assert captured.err.count("\n") == 1


def test_check_reports_the_dataset_asked_for():
    dataset = sandbox.check(
        f"SELECT * FROM <{G1}> FROM NAMED <{G2}> WHERE {{ ?s ?p ?o }}", {G1, G2}
    )
    assert (dataset.default, dataset.named, dataset.explicit) == ((G1,), (G2,), True)
    assert not sandbox.check("SELECT * WHERE { ?s ?p ?o }", {G1}).explicit
