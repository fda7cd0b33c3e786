"""Serving the build over the SPARQL 1.1 Protocol with the Oxigraph server (PyPI ``oxigraph``).

We start the existing server rather than write an HTTP layer: ``oxigraph serve-read-only`` by default
(no SPARQL Update, no Graph Store writes), ``oxigraph serve`` only when asked (``--writable``), always
with the union of the named graphs as default graph (as the embedded store is queried) and a query
time limit (``--timeout-s``; Oxigraph applies it on a best-effort basis: a COUNT over a cross
product ran past it in our trials, so clients keep their own limit). Its bundled query UI (YASGUI)
works offline at ``/``.

The server reads a snapshot of the build's store, never the store itself: reading a RocksDB folder
that another process writes is undefined (Oxigraph's CLI says so), and a build replaces its folder
while a server may still be running. The snapshot hard-links the immutable table files (``*.sst``,
``*.blob``; RocksDB never rewrites them, it only adds and unlinks) and copies the rest (MANIFEST,
logs), so it is cheap even for a large store, and a writable server's changes stay in the snapshot.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from kg.errors import EndpointError, InputError, QueryTimeout, UsageError

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
DEFAULT_TIMEOUT = 30
READY_WITHIN = 30.0  # seconds to wait for the server to answer before giving up
IMMUTABLE = (".sst", ".blob")
LOOPBACK = ("127.0.0.1", "localhost", "::1")


def oxigraph_binary() -> str:
    """The ``oxigraph`` executable: beside this Python (a virtualenv's bin/), else on PATH."""
    name = "oxigraph.exe" if os.name == "nt" else "oxigraph"
    beside = Path(sys.executable).parent / name
    if beside.is_file():
        return str(beside)
    found = shutil.which("oxigraph")
    if found is None:
        raise UsageError("the oxigraph server is not installed: pip install oxigraph")
    return found


def free_port(host: str = DEFAULT_HOST) -> int:
    """A TCP port nobody listens on right now (the OS picks it)."""
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def check_port_free(host: str, port: int) -> None:
    """Refuse a port another program listens on (the readiness check would take its answers)."""
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as sock:
        try:
            sock.bind((host, port))
        except OSError as exc:
            raise UsageError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None


def _link_or_copy(src: str, dst: str) -> None:
    if src.endswith(IMMUTABLE):
        try:
            os.link(src, dst)
            return
        except OSError:
            pass  # another file system, or links not allowed: copy instead
    shutil.copy2(src, dst)


def snapshot(store: Path, target: Path) -> Path:
    """A private copy of the store at ``target`` (immutable files hard-linked, the rest copied)."""
    if not (store / "CURRENT").is_file():
        raise InputError("no store here: run `gazette-kg build` first", path=str(store))
    shutil.copytree(
        store, target, copy_function=_link_or_copy, ignore=shutil.ignore_patterns("LOCK")
    )
    return target


def _scratch(store: Path | None) -> Path:
    """A private folder for the snapshot: beside the build folder (same file system, so hard links
    work), else in the system's temporary folder."""
    if store is not None:
        with contextlib.suppress(OSError):
            return Path(
                tempfile.mkdtemp(prefix=".gazette-kg-serve-", dir=Path(store).parent.parent)
            )
    return Path(tempfile.mkdtemp(prefix="gazette-kg-serve-"))


@dataclass
class Server:
    """A running Oxigraph server; stop it with :meth:`stop` or use it as a context manager."""

    process: subprocess.Popen
    host: str
    port: int
    scratch: Path | None = None
    log: IO[bytes] | None = field(default=None, repr=False)

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def query_url(self) -> str:
        return self.url + "/query"

    @property
    def update_url(self) -> str:
        return self.url + "/update"

    @property
    def store_url(self) -> str:
        """The Graph Store Protocol endpoint."""
        return self.url + "/store"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        if self.log is not None:
            self.log.close()
        if self.scratch is not None:
            shutil.rmtree(self.scratch, ignore_errors=True)

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def command(location: Path | None, host: str, port: int, timeout: int, writable: bool) -> list[str]:
    """The oxigraph command line."""
    argv = [oxigraph_binary(), "serve" if writable else "serve-read-only"]
    if location is not None:
        argv += ["--location", str(location)]
    bind = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    # A build's store holds the deduplicated union as its default graph (kg.store.create), so a
    # read-only server of it needs no --union-default-graph; an empty or writable server, whose
    # named graphs `push` or SPARQL Update may change, does (the stored union would go stale).
    union = ["--union-default-graph"] if location is None or writable else []
    return [*argv, "--bind", bind, *union, "--timeout-s", str(timeout)]


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=1) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


def wait_ready(server: Server, within: float = READY_WITHIN) -> None:
    """Return once the server answers HTTP; fail if it exits or stays silent ``within`` seconds."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if _answers(server.url + "/"):
            return
        try:
            server.process.wait(timeout=0.05)  # also the pause between two tries
        except subprocess.TimeoutExpired:
            continue
        raise EndpointError(f"the oxigraph server stopped at start: {_log_tail(server)}")
    raise QueryTimeout(f"the oxigraph server did not answer within {within:g} s")


def _log_tail(server: Server) -> str:
    if server.log is None:
        return f"exit code {server.process.returncode}"
    server.log.seek(0)
    text = server.log.read().decode("utf-8", errors="replace").strip()
    return " ".join(text.splitlines()[-3:]) or f"exit code {server.process.returncode}"


def start(
    store: Path | None,
    *,
    host: str = DEFAULT_HOST,
    port: int | None = None,
    timeout: int = DEFAULT_TIMEOUT,
    writable: bool = False,
    capture: bool = True,
) -> Server:
    """Start a server on a snapshot of ``store`` (None: an empty in-memory, writable store).

    ``port`` None picks a free one. ``capture`` keeps the server's log in a temporary file
    (reported if it fails to start) instead of this process's stderr.
    """
    if store is None and not writable:
        raise UsageError("an empty store can only be served writable")
    scratch = _scratch(store)
    try:
        location = snapshot(Path(store), scratch / "store") if store is not None else None
        if location is not None and writable:
            _drop_stored_union(location)
        port = port or free_port(host)
        check_port_free(host, port)
        log = tempfile.TemporaryFile(dir=scratch) if capture else None  # noqa: SIM115 - the
        # log lives as long as the server; Server.stop closes it
        argv = command(location, host, port, timeout, writable)
        process = subprocess.Popen(
            argv, stdin=subprocess.DEVNULL, stdout=log or 2, stderr=log or 2
        )  # the server's messages never reach stdout, which is for data
    except BaseException:
        shutil.rmtree(scratch, ignore_errors=True)
        raise
    server = Server(process, host, port, scratch, log)
    try:
        wait_ready(server)
    except BaseException:
        server.stop()
        raise
    return server


def _drop_stored_union(location: Path) -> None:
    """A writable server answers from the union of its named graphs, which updates and pushes
    change; the build's stored union (kg.store.create) would go stale and double every triple,
    so the scratch copy drops it. (RocksDB never rewrites the hard-linked table files.)"""
    import pyoxigraph as ox

    copy = ox.Store(str(location))
    copy.clear_graph(ox.DefaultGraph())
    copy.flush()
    del copy


def serve_forever(server: Server) -> int:
    """Block until the server exits or the user presses Ctrl-C (or, after
    :func:`interrupt_on_sigterm`, sends SIGTERM); the server's exit code."""

    with contextlib.suppress(KeyboardInterrupt):
        return server.process.wait()
    return 0


def interrupt_on_sigterm() -> None:
    """Make SIGTERM (`kill`) interrupt this process as Ctrl-C does, so that the server child is
    stopped and its snapshot removed instead of left serving."""

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)


def is_loopback(host: str) -> bool:
    return host in LOOPBACK
