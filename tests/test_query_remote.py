"""Remote queries: time limits, POST for long queries, content-type checks, retries, exit codes."""

from __future__ import annotations

import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest
from rdflib import Graph, Literal, URIRef

from kg import serve, store
from kg.cli import main
from kg.errors import EndpointError, QueryError, QueryTimeout, UsageError
from kg.query import remote

pytestmark = pytest.mark.server

ANSWER = {
    "head": {"vars": ["x"]},
    "results": {"bindings": [{"x": {"type": "literal", "value": "ok"}}]},
}


@pytest.fixture(scope="module")
def small_server(tmp_path_factory):
    graph = Graph()
    for i in range(3):
        graph.add(
            (URIRef(f"http://example.org/s{i}"), URIRef("http://example.org/p"), Literal(f"v{i}"))
        )
    path = tmp_path_factory.mktemp("remote") / "store"
    store.create(path, [(URIRef("http://example.org/g"), graph)])
    with serve.start(path) as server:
        yield server


class Scripted(BaseHTTPRequestHandler):
    """Answers each request with the next (status, content type, body) of ``script``."""

    script: ClassVar[list[tuple[int, str, bytes]]] = []
    seen: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.seen.append(self.command)
        status, content_type, body = self.script.pop(0)
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_GET

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def scripted():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Scripted)
    Scripted.seen = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield Scripted, f"http://127.0.0.1:{server.server_address[1]}/sparql"
    server.shutdown()
    server.server_close()


def test_select_on_a_real_server(small_server):
    result = remote.run(small_server.query_url, "SELECT ?o WHERE { ?s ?p ?o } ORDER BY ?o", 10)
    assert [row[0].value for row in result.rows] == ["v0", "v1", "v2"]


def test_ask_and_construct(small_server):
    assert remote.run(small_server.query_url, "ASK { ?s ?p 'v1' }", 10).boolean is True
    result = remote.run(
        small_server.query_url,
        "CONSTRUCT { ?s <http://x/q> ?o } WHERE { ?s ?p ?o FILTER(?o = 'v2') }",
        10,
    )
    assert [(r[0].value, r[1].value, r[2].value) for r in result.rows] == [
        ("http://example.org/s2", "http://x/q", "v2")
    ]


def test_long_queries_go_by_post(small_server):
    padding = "# " + "x" * 3000 + "\n"
    query = padding + "SELECT ?o WHERE { ?s ?p ?o } ORDER BY ?o"
    assert remote._wrapper(small_server.query_url, query, 5).method == remote.POST
    assert remote._wrapper(small_server.query_url, "ASK {}", 5).method == remote.GET
    assert len(remote.run(small_server.query_url, query, 10).rows) == 3


def test_bad_query_is_exit_2_with_the_servers_message(small_server, tmp_path, capsys):
    path = tmp_path / "bad.rq"
    path.write_text("SELECT ?s WHERE { ?s ?p }", encoding="utf-8")
    code = main(["query", str(path), "--endpoint", small_server.query_url])
    captured = capsys.readouterr()
    assert (code, captured.out) == (2, "")
    assert captured.err.startswith("error: the endpoint rejected the query: error at 1:")


def test_unreachable_endpoint_is_exit_3(tmp_path, capsys):
    port = serve.free_port()
    code = main(["query", "--endpoint", f"http://127.0.0.1:{port}/query", str(_ask(tmp_path))])
    assert code == 3
    assert "cannot reach" in capsys.readouterr().err


def _ask(tmp_path):
    path = tmp_path / "ask.rq"
    path.write_text("ASK { ?s ?p ?o }", encoding="utf-8")
    return path


def test_silent_endpoint_is_exit_4_after_the_time_limit(tmp_path, capsys):
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        url = f"http://127.0.0.1:{listener.getsockname()[1]}/query"
        code = main(["query", str(_ask(tmp_path)), "--endpoint", url, "--timeout", "1"])
    captured = capsys.readouterr()
    assert (code, captured.out) == (4, "")
    assert captured.err == f"error: {url} did not answer within 1 s\n"


def test_html_instead_of_results_is_reported_with_its_start(scripted):
    handler, url = scripted
    handler.script = [(200, "text/html; charset=utf-8", b"<html><body>Please log in</body></html>")]
    with pytest.raises(
        EndpointError,
        match="expected SPARQL JSON results, got text/html: <html><body>Please log in",
    ):
        remote.run(url, "SELECT * WHERE { ?s ?p ?o }", 5)


def test_transient_errors_are_retried_then_answered(scripted):
    handler, url = scripted
    body = json.dumps(ANSWER).encode()
    handler.script = [
        (503, "text/plain", b"busy"),
        (502, "text/plain", b"gateway"),
        (200, "application/sparql-results+json", body),
    ]
    result = remote.run(url, "SELECT ?x WHERE { ?s ?p ?x }", 5)
    assert [row[0].value for row in result.rows] == ["ok"]
    assert len(handler.seen) == 3


@pytest.mark.parametrize(
    ("status", "error", "exit_code"),
    [
        (500, EndpointError, 3),
        (401, EndpointError, 3),
        (400, QueryError, 2),
        (404, EndpointError, 3),
    ],
)
def test_other_errors_are_not_retried(scripted, status, error, exit_code):
    handler, url = scripted
    handler.script = [(status, "text/plain", b"no")] * 3
    with pytest.raises(error) as info:
        remote.run(url, "SELECT ?x WHERE { ?s ?p ?x }", 5)
    assert info.value.exit_code == exit_code
    assert len(handler.seen) == 1


def test_malformed_json_is_exit_3(scripted):
    handler, url = scripted
    handler.script = [(200, "application/sparql-results+json", b'{"head": {"vars": ["x"]}, "res')]
    with pytest.raises(EndpointError, match="incomplete or unreadable"):
        remote.run(url, "SELECT ?x WHERE { ?s ?p ?x }", 5)


def test_updates_and_bad_urls_are_refused_before_any_request():
    with pytest.raises(QueryError, match="INSERT is not allowed"):
        remote.run("http://127.0.0.1:1/q", "INSERT DATA { <http://a> <http://b> <http://c> }", 5)
    for url in ("file:///etc/passwd", "ftp://x/q", "localhost:7878/query", "http:///query"):
        with pytest.raises(UsageError):
            remote.run(url, "ASK {}", 5)
    with pytest.raises(QueryError, match="whole number"):
        remote.run("http://127.0.0.1:1/q", "ASK {}", 0.5)
    assert QueryTimeout.exit_code == 4


def test_words_in_comments_do_not_turn_a_select_into_an_update(small_server):
    # SPARQLWrapper's own guess reads "removed" as MOVE and would send an update
    query = "# who was removed, moved, created or dropped\nSELECT ?o WHERE { ?s ?p ?o } ORDER BY ?o"
    assert remote._wrapper(small_server.query_url, query, 5).queryType == "SELECT"
    assert len(remote.run(small_server.query_url, query, 10).rows) == 3
