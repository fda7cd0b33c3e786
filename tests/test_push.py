"""gazette-kg push: the build's named graphs into a running triplestore via the Graph Store Protocol."""

from __future__ import annotations

import socket

import pytest

from kg import serve
from kg.cli import main
from kg.errors import EndpointError, UsageError
from kg.push import graph_store_for, graph_url, named_graphs, push
from kg.query import local, remote

pytestmark = pytest.mark.server

PER_GRAPH = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"


@pytest.fixture()
def empty_store():
    """An empty, writable, in-memory Oxigraph server (union default graph) for each test."""
    with serve.start(None, writable=True) as server:
        yield server


def per_graph(result) -> list[tuple[str, int]]:
    return [(row[0].value, int(row[1].value)) for row in result.rows]


def test_push_keeps_every_named_graph_with_its_triples(sample_build, empty_store):
    pushed = push(sample_build, empty_store.query_url, timeout=30)
    local_counts = per_graph(local.run(sample_build / "store", PER_GRAPH))
    remote_counts = per_graph(remote.run(empty_store.query_url, PER_GRAPH, timeout=10))
    assert remote_counts == local_counts
    assert [(p.graph, p.triples) for p in pushed] == local_counts
    assert any(g == "https://w3id.org/gazette-kg/ontology" for g, _ in local_counts)


def test_push_twice_is_idempotent_and_leaves_other_graphs_alone(sample_build, empty_store):
    body = b"<http://x/a> <http://x/b> <http://x/c> .\n"
    from kg.push import put_graph

    put_graph(empty_store.store_url, "http://x/other", body, timeout=10)
    push(sample_build, empty_store.query_url)
    first = per_graph(remote.run(empty_store.query_url, PER_GRAPH, timeout=10))
    push(sample_build, empty_store.query_url)
    assert per_graph(remote.run(empty_store.query_url, PER_GRAPH, timeout=10)) == first
    assert ("http://x/other", 1) in first


def test_cli_push_prints_one_line_per_graph(sample_build, empty_store, capsys):
    code = main(
        [
            "push",
            "--endpoint",
            empty_store.query_url,
            "--graph-store",
            empty_store.store_url,
            "--build",
            str(sample_build),
        ]
    )
    captured = capsys.readouterr()
    assert code == 0
    lines = [line.split("\t") for line in captured.out.splitlines()]
    assert [(g, int(n)) for g, n in lines] == per_graph(
        local.run(sample_build / "store", PER_GRAPH)
    )
    assert "counts checked" in captured.err


def test_a_read_only_store_refuses_the_push_with_exit_3(sample_build, capsys):
    with serve.start(sample_build / "store") as server:
        code = main(["push", "--endpoint", server.query_url, "--build", str(sample_build)])
    captured = capsys.readouterr()
    assert (code, captured.out) == (3, "")
    assert "refused graph" in captured.err and "HTTP 403" in captured.err


def test_an_unreachable_store_is_exit_3(sample_build, capsys):
    port = serve.free_port()
    code = main(
        ["push", "--endpoint", f"http://127.0.0.1:{port}/query", "--build", str(sample_build)]
    )
    assert code == 3
    assert "cannot reach" in capsys.readouterr().err


def test_a_silent_store_is_a_timeout(sample_build):
    with socket.socket() as listener:  # accepts connections, never answers
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        port = listener.getsockname()[1]
        with pytest.raises(Exception) as info:
            push(sample_build, f"http://127.0.0.1:{port}/query", timeout=1)
    assert info.value.exit_code == 4


def test_graph_store_url():
    assert graph_store_for("http://127.0.0.1:7878/query") == "http://127.0.0.1:7878/store"
    with pytest.raises(UsageError, match="give --graph-store"):
        graph_store_for("http://localhost:3030/kg/sparql")
    assert graph_url("http://h/store", "https://e.org/g/1#x") == (
        "http://h/store?graph=https%3A%2F%2Fe.org%2Fg%2F1%23x"
    )
    assert graph_url("http://h/rdf?x=1", "http://g") == "http://h/rdf?x=1&graph=http%3A%2F%2Fg"


def test_named_graphs_are_sorted_n_triples(sample_build):
    graphs = list(named_graphs(sample_build))
    assert [g for g, _, _ in graphs] == sorted(g for g, _, _ in graphs)
    for _, body, count in graphs:
        lines = body.decode("utf-8").splitlines()
        assert lines == sorted(lines) and len(lines) == count and count > 0


def test_file_urls_are_refused(sample_build):
    with pytest.raises(UsageError, match="http:// or https://"):
        push(sample_build, "file:///etc/passwd")
    with pytest.raises(EndpointError.__mro__[1]):
        push(sample_build, "http://127.0.0.1:1/query", graph_store="ftp://x/store")
