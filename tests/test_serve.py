"""gazette-kg serve: a real Oxigraph server on 127.0.0.1, read-only, union default graph, query UI."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from kg import serve
from kg.errors import UsageError
from kg.query import local, remote

pytestmark = pytest.mark.server

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
COUNT_PER_GRAPH = (
    "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"
)
INSERT = b"update=INSERT+DATA+%7B%3Chttp%3A%2F%2Fx%2Fa%3E+%3Chttp%3A%2F%2Fx%2Fb%3E+%22c%22%7D"


@pytest.fixture(scope="module")
def served(sample_build):
    with serve.start(sample_build / "store") as server:
        yield server


def count(endpoint_or_store, query: str = COUNT) -> int:
    if isinstance(endpoint_or_store, str):
        result = remote.run(endpoint_or_store, query, timeout=10)
    else:
        result = local.run(endpoint_or_store, query, timeout=10)
    return int(result.rows[0][0].value)


def post_update(server: serve.Server) -> int:
    request = urllib.request.Request(
        server.update_url,
        data=INSERT,
        method="POST",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code


def test_listens_on_loopback_and_answers_with_the_union_of_named_graphs(served, sample_build):
    assert served.url.startswith("http://127.0.0.1:")
    union = count(served.query_url)
    per_graph = remote.run(served.query_url, COUNT_PER_GRAPH, timeout=10)
    assert union == sum(int(row[1].value) for row in per_graph.rows)
    assert union == count(sample_build / "store")
    assert len(per_graph.rows) >= 3  # the issue, the ontology, the derived facts


def test_is_read_only_by_default(served, sample_build):
    before = count(served.query_url)
    assert post_update(served) == 403
    put = urllib.request.Request(
        served.store_url + "?graph=http%3A%2F%2Fx%2Fg",
        method="PUT",
        data=b"<http://x/a> <http://x/b> <http://x/c> .\n",
        headers={"Content-Type": "application/n-triples"},
    )
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(put, timeout=10)
    assert info.value.code == 403
    assert count(served.query_url) == before


def test_bundled_query_ui_works_offline(served):
    with urllib.request.urlopen(served.url + "/", timeout=10) as response:
        page = response.read().decode("utf-8")
        assert response.headers["Content-Type"].startswith("text/html")
    assert "yasgui" in page.lower()
    assert 'src="http' not in page and 'href="http' not in page
    with urllib.request.urlopen(served.url + "/yasgui.min.js", timeout=10) as response:
        assert response.status == 200


def test_serves_a_snapshot_so_a_rebuild_cannot_disturb_it(sample_build, tmp_path):
    build = tmp_path / "build"
    shutil.copytree(sample_build / "store", build / "store")
    with serve.start(build / "store") as server:
        before = count(server.query_url)
        shutil.rmtree(build / "store")  # what a rebuild does to the old folder
        assert count(server.query_url) == before
    assert not server.scratch.exists()


def test_writable_changes_the_snapshot_never_the_build(sample_build):
    before = count(sample_build / "store")
    with serve.start(sample_build / "store", writable=True) as server:
        assert post_update(server) in (200, 204)
        assert count(server.query_url) == before + 1
    assert count(sample_build / "store") == before


def test_the_query_time_limit_is_passed_to_the_server():
    # Oxigraph applies --timeout-s on a best-effort basis (a COUNT over a cross product ran past
    # it), so the guard in front holds the limit (tests/faults/test_serve_faults.py); Oxigraph
    # gets one second more as a backstop.
    argv = serve.command(None, "127.0.0.1", 1, 7, writable=False)
    assert argv[1:] == [
        "serve-read-only",
        "--bind",
        "127.0.0.1:1",
        "--union-default-graph",  # an empty server, to be filled by push
        "--timeout-s",
        "7",
    ]
    argv = serve.command(Path("/x/store"), "::1", 2, 3, writable=True)
    assert argv[1:] == [
        "serve",
        "--location",
        str(Path("/x/store")),
        "--bind",
        "[::1]:2",
        "--union-default-graph",  # writable: the stored union would go stale
        "--timeout-s",
        "3",
    ]


def test_a_busy_port_is_reported(served, sample_build):
    with pytest.raises(UsageError, match=f"cannot listen on 127.0.0.1:{served.port}"):
        serve.start(sample_build / "store", port=served.port)


def test_cli_serve_runs_until_interrupted(sample_build):
    port = serve.free_port()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kg.cli",
            "serve",
            "--port",
            str(port),
            "--build",
            str(sample_build),
        ],
        stderr=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=env,
        # as from a terminal: a runner started in the background passes SIGINT on ignored, and the
        # server rightly keeps ignoring it (as tests/faults/test_ctrl_c_early.py starts its child)
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        lines = []  # the banner is printed once the server answers; oxigraph may log first
        while not any("serving" in line for line in lines) and len(lines) < 20:
            line = process.stderr.readline().decode("utf-8")
            if not line:
                break
            lines.append(line)
        assert any(f"at http://127.0.0.1:{port}/" in line for line in lines), lines
        assert count(f"http://127.0.0.1:{port}/query") == count(sample_build / "store")
    finally:
        process.send_signal(signal.SIGINT)
        code = process.wait(timeout=20)
    assert code == 0
    assert process.stdout.read() == b""


def test_sigterm_stops_the_server_and_removes_its_snapshot(sample_build, tmp_path):
    """`kill` (SIGTERM) of `gazette-kg serve` must not leave the oxigraph child serving."""
    import os
    import signal
    import subprocess
    import sys
    import time

    process = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "serve", "--port", "0", "--build", str(sample_build)],
        cwd=tmp_path,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    lines = []
    while time.monotonic() < deadline:
        line = process.stderr.readline()
        lines.append(line)
        if "SPARQL endpoint:" in line:
            break
    url = lines[-1].split("SPARQL endpoint:")[1].strip()
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=30) == 0
    with pytest.raises(OSError):
        urllib.request.urlopen(url + "?query=ASK%7B%7D", timeout=5)
    assert not [p for p in os.listdir(tmp_path) if p.startswith(".gazette-kg-serve")]
