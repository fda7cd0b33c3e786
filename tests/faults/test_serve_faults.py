"""Issue 16, cases 2–4: a query, a SERVICE clause or `kill -9` must not take the server or the
machine down. Real processes: the guard and the Oxigraph server it starts, on 127.0.0.1."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from kg import serve

pytestmark = pytest.mark.server

CROSS_COUNT = "SELECT (COUNT(*) AS ?n) WHERE {?a ?b ?c . ?d ?e ?f . ?g ?h ?i}"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
JSON = "application/sparql-results+json"


@pytest.fixture
def build(sample_build, tmp_path) -> Path:
    """A build folder of its own (its snapshots go beside it, in tmp_path)."""
    shutil.copytree(sample_build / "store", tmp_path / "build" / "store")
    return tmp_path / "build"


def request(url: str, query: str, *, method: str = "GET", kind: str = "query", timeout=30):
    """(status, body) of a SPARQL Protocol request."""
    if method == "GET":
        req = urllib.request.Request(f"{url}?{urllib.parse.urlencode({kind: query})}")
    elif kind == "query":
        req = urllib.request.Request(
            url, data=query.encode(), headers={"Content-Type": "application/sparql-query"}
        )
    else:
        body = urllib.parse.urlencode({kind: query}).encode()
        req = urllib.request.Request(
            url, data=body, headers={"Content-Type": "application/x-www-form-urlencoded"}
        )
    req.add_header("Accept", JSON)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def alive(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie nobody has reaped yet counts as dead)."""
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    except FileNotFoundError:
        return False


def cpu_ticks(pid: int) -> int:
    with open(f"/proc/{pid}/stat") as handle:
        fields = handle.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


def wait_until(condition, within: float = 10.0) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


linux_only = pytest.mark.skipif(
    not Path("/proc/self/stat").exists(), reason="reads processes from /proc (Linux)"
)


# -- case 2: the time limit holds, and a client that leaves frees the CPU -----------------------


@linux_only
def test_a_cross_product_count_is_stopped_at_the_time_limit(build):
    with serve.start(build / "store", timeout=2) as server:
        busy = server.process.pid
        started = time.monotonic()
        status, body = request(server.query_url, CROSS_COUNT)
        took = time.monotonic() - started
        assert status == 500
        assert b"time limit of 2 s" in body
        assert 2 <= took < 4.5, took
        assert not alive(busy)  # the query's CPU is free, not left burning
        assert server.oxigraph.restarts == 1
        status, body = request(server.query_url, COUNT)  # and the server serves on
        assert status == 200
        assert int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) > 10000


@linux_only
def test_a_client_that_leaves_frees_the_cpu_at_once(build):
    with serve.start(build / "store", timeout=60) as server:
        busy = server.process.pid
        query = urllib.parse.urlencode({"query": CROSS_COUNT})
        with socket.create_connection(("127.0.0.1", server.port)) as client:
            client.sendall(f"GET /query?{query} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
            assert wait_until(lambda: cpu_ticks(busy) > 20, within=10)  # Oxigraph is at it
        left = time.monotonic()
        assert wait_until(lambda: not alive(busy), within=3)
        assert time.monotonic() - left < 3  # not at the 60 s limit
        server.oxigraph.current()  # waits for the restart to finish
        fresh = server.process.pid
        time.sleep(0.3)  # past its start
        before = cpu_ticks(fresh)
        time.sleep(0.5)
        assert cpu_ticks(fresh) - before <= 10  # the new child is idle (a query takes ~50)
        assert request(server.query_url, COUNT)[0] == 200


def test_a_read_cut_by_another_request_s_restart_is_sent_again(build):
    # a join of ~2 s, cut by a restart 0.3 s in (what a timed-out or abandoned query causes)
    join = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o . ?x ?y ?o }"
    with serve.start(build / "store", timeout=60) as server:
        answers: list[tuple[int, bytes]] = []
        reader = threading.Thread(target=lambda: answers.append(request(server.query_url, join)))
        reader.start()
        time.sleep(0.3)
        server.oxigraph.restart(server.oxigraph.current()[0])
        reader.join()
        assert server.oxigraph.restarts == 1
    ((status, body),) = answers
    assert status == 200, body
    assert int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) > 1_000_000


# -- case 3: SERVICE refused unless allowed; never a 200 with a cut body -----------------------


class Listener:
    """A TCP listener on 127.0.0.1 that records connections and closes them at once."""

    def __init__(self):
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.2)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/sparql"
        self.connections = 0
        self.running = True
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self):
        while self.running:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def close(self):
        self.running = False
        self.thread.join()
        self.sock.close()


@pytest.fixture
def listener():
    it = Listener()
    yield it
    it.close()


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_service_is_refused_and_no_request_leaves(build, listener, method):
    queries = [
        f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ service silent <{listener.url}> {{ ?s ?p ?o }} }}",
        f"PREFIX r: <{listener.url[:-6]}>\nSELECT * WHERE {{ SERVICE r:sparql {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ VALUES ?e {{ <{listener.url}> }} SERVICE ?e {{ ?s ?p ?o }} }}",
    ]
    with serve.start(build / "store") as server:
        for query in queries:
            status, body = request(server.query_url, query, method=method)
            assert status == 403, (query, body)
            assert b"SERVICE" in body and b"is not allowed" in body
        time.sleep(0.3)
        assert listener.connections == 0


def test_service_in_an_update_of_a_writable_server_is_refused(build, listener):
    update = f"INSERT {{ ?s ?p ?o }} WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}"
    with serve.start(build / "store", writable=True) as server:
        status, body = request(server.update_url, update, method="POST", kind="update")
        assert status == 403, body
        status, body = request(
            server.update_url, f"LOAD <{listener.url}>", method="POST", kind="update"
        )
        assert status == 403, body
    assert listener.connections == 0


def test_an_allowed_endpoint_that_fails_is_an_error_never_a_cut_200(build, listener):
    query = f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}"
    with serve.start(build / "store", allow_service=[listener.url]) as server:
        status, body = request(server.query_url, query)
    assert listener.connections >= 1  # allowed: Oxigraph did call it
    assert status != 200, body  # Oxigraph itself answers 200 and a cut JSON document
    assert status == 502 and b"broke off" in body


# -- case 4: kill -9 of serve takes the child with it; the next serve removes the snapshot ------


def children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    if int(handle.read().rsplit(")", 1)[1].split()[1]) == pid:
                        found.append(int(entry))
            except (FileNotFoundError, ProcessLookupError, IndexError, ValueError):
                continue
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="parent-death signal: Linux")
def test_kill_9_of_serve_takes_oxigraph_with_it_and_the_next_serve_cleans_up(build):
    process = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "serve", "--port", "0", "--build", str(build)],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        url = None
        while url is None and time.monotonic() < deadline:
            line = process.stderr.readline()
            if "SPARQL endpoint:" in line:
                url = line.split("SPARQL endpoint:")[1].strip()
        assert url, "serve did not start"
        assert request(url, COUNT)[0] == 200
        (child,) = children(process.pid)
        (snapshot,) = [p for p in build.parent.iterdir() if p.name.startswith(".gazette-kg-")]
        process.kill()  # kill -9: no handler runs, no cleanup
        process.wait(timeout=10)
        assert wait_until(lambda: not alive(child), within=5), "oxigraph outlived serve"
        assert snapshot.exists()  # nobody could remove it ...
    finally:
        if process.poll() is None:
            process.kill()
    with serve.start(build / "store") as server:  # ... until the next serve
        assert not snapshot.exists()
        assert server.scratch.exists()
        # a running server's snapshot is never taken for a stale one
        assert serve.remove_stale_snapshots(build.parent) == []
        assert server.scratch.exists()
        assert request(server.query_url, COUNT)[0] == 200
    assert not server.scratch.exists()


ALLOWED = "http://127.0.0.1:9/sparql"


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/other> { ?s ?p ?o } }",
        "BASE <http://127.0.0.1:9/> SELECT * WHERE { SERVICE <sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { SERVICE ?endpoint { ?s ?p ?o } }",
        "PREFIX e: <http://elsewhere/>\nSELECT * WHERE { SERVICE SILENT e:sparql { ?s ?p ?o } }",
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/spar\\u0071l> { ?s ?p ?o } }",
        "LOAD <http://127.0.0.1:9/data.ttl>",
    ],
)
def test_only_the_allowed_endpoint_itself_may_be_called(query):
    from kg.errors import QueryError
    from kg.query.sandbox import refuse_remote

    with pytest.raises(QueryError, match="is not allowed"):
        refuse_remote(query, [ALLOWED])
    refuse_remote(f"SELECT * WHERE {{ SERVICE <{ALLOWED}> {{ ?s ?p ?o }} }}", [ALLOWED])
    refuse_remote('SELECT * WHERE { ?s ?p "SERVICE <http://x/> { }" }')  # a string, no call


def test_allow_service_takes_http_urls_only(build):
    from kg.errors import UsageError

    with pytest.raises(UsageError, match="--allow-service takes an http"):
        serve.start(build / "store", allow_service=["file:///etc/passwd"])
    assert [p.name for p in build.parent.iterdir()] == ["build"]  # nothing started or left
