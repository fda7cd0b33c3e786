"""The named library on other SPARQL engines: Apache Jena ARQ and Virtuoso 7, as Debian packages them.

Each engine is started once per test session on 127.0.0.1 (free ports, a temporary folder) and
given the sample build: ARQ reads the build's store dumped as N-Quads (its default graph is the
union, as in the build's store); Virtuoso gets the named graphs by ``gazette-kg push`` through its
Graph Store, with the grants docs/queries.md names, and reads their union as its default graph.
Every example of every named query must then give the local (Oxigraph) rows: same variables, same
number of rows in the same order, the same terms up to the order of GROUP_CONCAT's parts and the
spelling of numbers (``1.50`` and ``1.5``, xsd:int and xsd:integer are one number).

An engine that is not installed is skipped with the reason; ``.ci/sparql-engines.sh`` installs both.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import socket
import subprocess
import time
import urllib.request
import zipfile
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pytest

import kg.query as queries
from kg.push import push
from kg.query.local import evaluate
from tests.query_examples import QUERIES, cases, group_concat_columns

pytestmark = pytest.mark.server

JAVA_LIBS = Path("/usr/share/java")
# Jena's libraries and what they need (libapache-jena-java's Depends), not all of /usr/share/java,
# which holds several SLF4J bindings and whatever else the machine installed.
JENA_CLASSPATH = [
    "jena-arq",
    "jena-base",
    "jena-core",
    "jena-iri",
    "jena-dboe-base",
    "jena-dboe-storage",
    "jena-dboe-transaction",
    "commons-cli",
    "commons-codec",
    "commons-compress",
    "commons-csv",
    "commons-io",
    "commons-lang3",
    "dexx.collection",
    "gson",
    "guava",
    "httpclient",
    "httpcore",
    "jackson-annotations",
    "jackson-core",
    "jackson-databind",
    "jakarta.json-api",
    "jsonld-java",
    "protobuf",
    "thrift",
    "titanium-json-ld",
    "slf4j-api",
    "slf4j-nop",
]
XSD = "http://www.w3.org/2001/XMLSchema#"
NUMERIC = {
    XSD + name
    for name in [
        "integer",
        "decimal",
        "double",
        "float",
        "int",
        "long",
        "short",
        "byte",
        "nonNegativeInteger",
    ]
}
# the client compiler alone and the serial collector: ARQ comes up in half the time (9 s, was 15)
JVM_FLAGS = ("-Xmx1g", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")
STARTUP = 120.0  # seconds an engine may take to come up (Virtuoso makes a database first)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, process: subprocess.Popen, log: Path) -> None:
    """Until ``url`` answers; fail with the engine's last log lines if it died or never did."""
    deadline = time.monotonic() + STARTUP
    while time.monotonic() < deadline:
        if process.poll() is not None:
            break
        with contextlib.suppress(OSError), urllib.request.urlopen(url, timeout=5):
            return
        time.sleep(0.5)
    tail = log.read_text(errors="replace").splitlines()[-5:] if log.exists() else []
    pytest.fail(f"{url} did not come up: " + " | ".join(tail))


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def jena_resources(folder: Path) -> Path:
    """Debian's jena-core moved its bundled xerces to the package ``xerces`` but left the message
    files under ``org/apache/jena/ext/xerces``, so ARQ fails at start ("internal error" while
    making the XSD datatypes). The files copied where the classes look for them."""
    with zipfile.ZipFile(JAVA_LIBS / "jena-core.jar") as jar:
        for name in jar.namelist():
            prefix = "org/apache/jena/ext/xerces/"
            if name.startswith(prefix) and name.endswith(".properties"):
                target = folder / "xerces" / name[len(prefix) :]
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(jar.read(name))
    return folder


@dataclass
class Started:
    """An engine's process, its query URL and its log; or why it is not there."""

    process: subprocess.Popen | None = None
    url: str = ""
    log: Path | None = None
    sql_port: int = 0
    http_port: int = 0
    missing: str = ""


def start_arq(sample_build: Path, folder: Path) -> Started:
    """Jena ARQ behind tests/engines/ArqEndpoint.java, reading the sample build (not waited for)."""
    java = shutil.which("java")
    if not java or not (JAVA_LIBS / "jena-arq.jar").is_file():
        return Started(missing="Jena ARQ is not installed (Debian: libapache-jena-java)")
    if not shutil.which("javac"):
        return Started(missing="no JDK to compile the ARQ endpoint (Debian: default-jdk-headless)")
    import pyoxigraph as ox

    data = folder / "data.nq"
    ox.Store.read_only(str(sample_build / "store")).dump(str(data), format=ox.RdfFormat.N_QUADS)
    jars = [JAVA_LIBS / f"{name}.jar" for name in JENA_CLASSPATH]
    classpath = os.pathsep.join(
        [*(str(j) for j in jars if j.is_file()), str(jena_resources(folder))]
    )
    source = Path(__file__).parent / "engines" / "ArqEndpoint.java"
    port = free_port()
    log = folder / "arq.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [java, *JVM_FLAGS, "-cp", classpath, str(source), str(port), str(data)],
            stdout=out,
            stderr=subprocess.STDOUT,
            cwd=folder,
        )
    return Started(process, f"http://127.0.0.1:{port}/query", log)


VIRTUOSO_INI = """\
[Database]
DatabaseFile = virtuoso.db
ErrorLogFile = virtuoso.log
LockFile = virtuoso.lck
TransactionFile = virtuoso.trx
xa_persistent_file = virtuoso.pxa
Striping = 0

[TempDatabase]
DatabaseFile = virtuoso-temp.db
TransactionFile = virtuoso-temp.trx
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
NumberOfBuffers = 20000
MaxDirtyBuffers = 15000
ServerThreads = 10
CheckpointInterval = 0
DirsAllowed = .

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerThreads = 5
MaxClientConnections = 5

[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
"""

# What docs/queries.md tells Virtuoso users to run before `gazette-kg push`
VIRTUOSO_GRANTS = 'GRANT SPARQL_UPDATE TO "SPARQL";'


def start_virtuoso(folder: Path) -> Started:
    """A fresh Virtuoso 7 (Debian's virtuoso-opensource-7) in ``folder`` (not waited for)."""
    server = shutil.which("virtuoso-t")
    if not server or not shutil.which("isql-vt"):
        return Started(missing="Virtuoso is not installed (Debian: virtuoso-opensource-7-bin)")
    sql_port, http_port = free_port(), free_port()
    (folder / "virtuoso.ini").write_text(
        VIRTUOSO_INI.format(sql_port=sql_port, http_port=http_port), encoding="utf-8"
    )
    process = subprocess.Popen(
        [server, "+foreground", "+configfile", "virtuoso.ini"],
        cwd=folder,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{http_port}/sparql"
    return Started(process, url, folder / "virtuoso.log", sql_port, http_port)


@pytest.fixture(scope="session")
def engines(sample_build, tmp_path_factory):
    """Both engines, started together (each takes seconds to come up), stopped at the end."""
    started = {
        "arq": start_arq(sample_build, tmp_path_factory.mktemp("arq")),
        "virtuoso": start_virtuoso(tmp_path_factory.mktemp("virtuoso")),
    }
    try:
        yield started
    finally:
        for engine in started.values():
            if engine.process is not None:
                stop(engine.process)


def ready(engine: Started) -> Started:
    if engine.missing:
        pytest.skip(engine.missing + "; .ci/sparql-engines.sh installs it")
    assert engine.process is not None and engine.log is not None
    wait_for(engine.url + "?query=ASK%7B%7D", engine.process, engine.log)
    return engine


@pytest.fixture(scope="session")
def arq_endpoint(engines):
    """Jena ARQ holding the sample build (its store dumped as N-Quads)."""
    return ready(engines["arq"]).url


@pytest.fixture(scope="session")
def virtuoso_endpoint(engines, sample_build):
    """Virtuoso 7 into which the sample build was pushed, after the grants docs/queries.md names."""
    engine = ready(engines["virtuoso"])
    subprocess.run(
        [
            shutil.which("isql-vt") or "isql-vt",
            f"127.0.0.1:{engine.sql_port}",
            "dba",
            "dba",
            f"exec={VIRTUOSO_GRANTS}",
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    graph_store = f"http://127.0.0.1:{engine.http_port}/sparql-graph-crud"
    push(sample_build, engine.url, graph_store, timeout=120)
    return engine.url


def comparable(term, concatenated: bool):
    """A term as the comparison sees it: numbers by value, booleans by value ("1" is true),
    GROUP_CONCAT values as sorted parts (nothing to join is "" on Virtuoso, as SPARQL 1.1's
    GroupConcat of no values, and unbound on Oxigraph and ARQ: the same empty list here)."""
    if concatenated:
        parts = re.split(r"; ", term.value) if term is not None and term.value else []
        return ("parts", tuple(sorted(parts)))
    if term is None:
        return None
    if term.kind == "literal" and term.datatype in NUMERIC:
        with contextlib.suppress(InvalidOperation):
            return ("number", Decimal(term.value).normalize())
    if term.kind == "literal" and term.datatype == XSD + "boolean":
        return ("boolean", term.value in ("true", "1"))
    if term.kind == "bnode":
        return ("bnode",)  # blank node labels are the engine's own
    return (term.kind, term.value, term.datatype, term.language)


def differences(query, here, there) -> list[str]:
    """What differs between the local result and an engine's (empty when they agree)."""
    if there.variables != here.variables:
        return [f"variables {there.variables} != {here.variables}"]
    joined = group_concat_columns(query.text)
    flags = [v in joined for v in here.variables]

    def rows(result):
        return [
            tuple(comparable(t, f) for t, f in zip(row, flags, strict=True)) for row in result.rows
        ]

    theirs, ours = rows(there), rows(here)
    if len(theirs) != len(ours):
        return [f"{len(theirs)} rows, locally {len(ours)}"]
    return [
        f"row {number}: {a} != {b}"
        for number, (a, b) in enumerate(zip(theirs, ours, strict=True))
        if a != b
    ][:3]


ENGINES = ("arq_endpoint", "virtuoso_endpoint")


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(("name", "params"), cases())
def test_every_named_query_gives_the_local_rows(request, sample_build, engine, name, params):
    endpoint = request.getfixturevalue(engine)
    query = QUERIES[name]
    here = evaluate(str(sample_build / "store"), queries.prepare(query, params))
    there = queries.run(query, params, endpoint=endpoint, timeout=60)
    assert differences(query, here, there) == []


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_no_named_query_is_sent_as_an_update(name):
    """SPARQLWrapper guesses the form from the text, header comments included ("removed" is
    MOVE); the remote runner sets the form our tokenizer reads, so every query goes as a query."""
    from kg.query import remote
    from kg.query.lexer import form

    text = QUERIES[name].text
    sparql = remote._wrapper("http://127.0.0.1:9/query", text, 5)
    assert (sparql.queryType, sparql.isSparqlUpdateRequest()) == (form(text), False)
