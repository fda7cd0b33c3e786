"""Serving the build over the SPARQL 1.1 Protocol with the Oxigraph server (PyPI ``oxigraph``).

We start the existing server rather than write a SPARQL layer: ``oxigraph serve-read-only`` by
default (no SPARQL Update, no Graph Store writes), ``oxigraph serve`` only when asked
(``--writable``), with the union of the named graphs as default graph (as the embedded store is
queried). Its bundled query UI (YASGUI) works offline at ``/``. Oxigraph listens on a private
loopback port; the user's address belongs to the guard in front of it (kg.serve_guard), which holds
the time limit (Oxigraph's own is best-effort), refuses SERVICE and never answers 200 with a cut
body. To stop a query, the guard kills the child and starts a new one on the same snapshot.

The server reads a snapshot of the build's store, never the store itself: reading a RocksDB folder
that another process writes is undefined (Oxigraph's CLI says so), and a build replaces its folder
while a server may still be running. The snapshot hard-links the immutable table files (``*.sst``,
``*.blob``; RocksDB never rewrites them, it only adds and unlinks) and copies the rest (MANIFEST,
logs), so it is cheap even for a large store, and a writable server's changes stay in the snapshot.
An empty server (``start(None)``) gets an empty store folder there, so that a restart keeps what was
pushed into it.

Nothing outlives the ``serve`` process: the child is started with a parent-death signal (Linux),
so it is killed with its parent even by ``kill -9``; each snapshot folder holds a lock its server
keeps while it runs, and the next ``serve`` removes the folders whose lock nobody holds.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Collection
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


SCRATCH_PREFIX = "gazette-kg-serve-"
OWNER_LOCK = "owner.lock"
UNLOCKED_GRACE = 60.0  # seconds a folder without its lock file is left alone (being created)


def _hold_lock(folder: Path) -> int | None:
    """Take the lock that says "a running server owns this folder"; its descriptor (kept open
    while the server runs), or None where there is no fcntl (the folder is then never removed
    as stale)."""
    try:
        import fcntl
    except ImportError:  # Windows
        return None
    # locked under another name, then renamed: no other serve ever sees it unlocked
    fd = os.open(folder / (OWNER_LOCK + ".new"), os.O_RDWR | os.O_CREAT, 0o600)
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    os.write(fd, f"{os.getpid()}\n".encode())
    os.replace(folder / (OWNER_LOCK + ".new"), folder / OWNER_LOCK)
    return fd


def _is_stale(folder: Path) -> bool:
    try:
        import fcntl
    except ImportError:
        return False
    try:
        fd = os.open(folder / OWNER_LOCK, os.O_RDWR)
    except FileNotFoundError:
        try:
            return time.time() - folder.stat().st_mtime > UNLOCKED_GRACE
        except OSError:
            return False
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False  # its server is running
    finally:
        os.close(fd)  # closing drops the lock we may have just taken
    return True


def remove_stale_snapshots(folder: Path) -> list[Path]:
    """Remove the snapshot folders in ``folder`` whose server has died (killed with -9, or a
    machine crash); those of running servers stay. The folders removed."""
    removed = []
    with contextlib.suppress(OSError):
        for entry in sorted(Path(folder).iterdir()):
            name = entry.name.lstrip(".")
            if name.startswith(SCRATCH_PREFIX) and entry.is_dir() and _is_stale(entry):
                shutil.rmtree(entry, ignore_errors=True)
                removed.append(entry)
    return removed


def _scratch(store: Path | None) -> tuple[Path, int | None]:
    """A private folder for the snapshot and its lock: beside the build folder (same file system,
    so hard links work), else in the system's temporary folder. Stale ones there go first."""
    places: list[tuple[Path, str]] = []
    if store is not None:
        places.append((Path(store).parent.parent, "." + SCRATCH_PREFIX))
    places.append((Path(tempfile.gettempdir()), SCRATCH_PREFIX))
    for parent, prefix in places:
        try:
            remove_stale_snapshots(parent)
            folder = Path(tempfile.mkdtemp(prefix=prefix, dir=parent))
        except OSError:
            continue
        try:
            return folder, _hold_lock(folder)
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
    raise UsageError("cannot create a scratch folder for the server's snapshot")


# Run by the child's own Python before it becomes oxigraph: ask the kernel to kill it when its
# parent dies (PR_SET_PDEATHSIG, kept across exec), then make sure the parent is still there.
_LAUNCHER = """import ctypes, os, signal, sys
ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL, 0, 0, 0)
if os.getppid() != int(sys.argv[1]):
    sys.exit(1)
os.execv(sys.argv[2], sys.argv[2:])
"""


def _dies_with_parent(argv: list[str]) -> list[str]:
    """``argv`` run so that the kernel kills it when this process dies (Linux); unchanged
    elsewhere (there the snapshot is still removed by the next ``serve``)."""
    if not sys.platform.startswith("linux"):
        return argv
    return [sys.executable, "-I", "-S", "-c", _LAUNCHER, str(os.getpid()), *argv]


class Oxigraph:
    """The Oxigraph child behind the guard, restartable on the same snapshot.

    Children are started by one long-lived thread: the kernel's parent-death signal follows the
    thread that started a child, and the guard's request threads end after each request.
    """

    def __init__(
        self,
        location: Path | None,
        scratch: Path,
        timeout: int,
        writable: bool,
        log: IO[bytes] | None,
    ):
        self.location = location
        self.scratch = scratch
        self.timeout = timeout
        self.writable = writable
        self.log = log
        self.generation = 0
        self.port = 0
        self.process: subprocess.Popen | None = None
        self.restarts = 0
        self._lock = threading.Lock()
        self._starter = concurrent.futures.ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="gazette-kg-serve-oxigraph"
        )
        self._stopped = False

    def current(self) -> tuple[int, int]:
        with self._lock:
            return self.generation, self.port

    def _spawn(self) -> None:
        # The private port is free when picked, but another program may take it before Oxigraph
        # binds it (a shared machine): then Oxigraph stops at start, and another port is tried.
        for attempt in range(_SPAWN_TRIES):
            self.port = free_port(DEFAULT_HOST)
            # Oxigraph's own limit backs the guard's (which answers first): one second later
            argv = command(self.location, DEFAULT_HOST, self.port, self.timeout + 1, self.writable)
            out = self.log or 2  # the server's messages never reach stdout, which is for data
            self.process = self._starter.submit(
                subprocess.Popen,
                _dies_with_parent(argv),
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=out,
            ).result()
            try:
                _wait_ready(self.process, f"http://{DEFAULT_HOST}:{self.port}/", self.log)
                return
            except EndpointError as error:
                if attempt + 1 == _SPAWN_TRIES or not _ADDRESS_IN_USE.search(str(error)):
                    raise

    def start(self) -> None:
        with self._lock:
            self._spawn()

    def restart(self, generation: int, reason: str = "") -> None:
        with self._lock:
            if generation != self.generation or self._stopped:
                return  # another request restarted it already, or the server is stopping
            self._kill()
            self.restarts += 1
            self.generation += 1
            self._spawn()

    def _kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()  # a query Oxigraph does not stop would also stop a SIGTERM
            self.process.wait(timeout=10)

    def exited(self) -> int | None:
        """The child's exit code if it ended on its own (not killed by a restart or a stop)."""
        with self._lock:
            if self._stopped or self.process is None:
                return None
            return self.process.poll()

    def stop(self) -> None:
        with self._lock:
            self._stopped = True
            if self.process is not None and self.process.poll() is None:
                self.process.terminate()
                try:
                    self.process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    self._kill()
        self._starter.shutdown(wait=True)


@dataclass
class Server:
    """A running server: the guard on the user's address, Oxigraph behind it. Stop it with
    :meth:`stop` or use it as a context manager."""

    oxigraph: Oxigraph
    guard: object  # kg.serve_guard.Guard
    host: str
    port: int
    scratch: Path
    lock: int | None = None
    log: IO[bytes] | None = field(default=None, repr=False)
    thread: threading.Thread | None = field(default=None, repr=False)

    @property
    def process(self) -> subprocess.Popen | None:
        """The Oxigraph child now running (a new one after each restart)."""
        return self.oxigraph.process

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
        self.guard.shutdown()  # type: ignore[attr-defined]
        self.guard.server_close()  # type: ignore[attr-defined]
        self.oxigraph.stop()
        if self.log is not None:
            self.log.close()
        if self.lock is not None:
            with contextlib.suppress(OSError):
                os.close(self.lock)
            self.lock = None
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


_SPAWN_TRIES = 3
_ADDRESS_IN_USE = re.compile(r"(?i)address already in use|addrinuse|os error 98")


def _wait_ready(
    process: subprocess.Popen, url: str, log: IO[bytes] | None, within: float = READY_WITHIN
) -> None:
    """Return once the child answers HTTP; fail if it exits or stays silent ``within`` seconds."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if _answers(url):
            return
        try:
            process.wait(timeout=0.02)  # also the pause between two tries
        except subprocess.TimeoutExpired:
            continue
        raise EndpointError(f"the oxigraph server stopped at start: {_log_tail(process, log)}")
    process.kill()
    raise QueryTimeout(f"the oxigraph server did not answer within {within:g} s")


def _log_tail(process: subprocess.Popen, log: IO[bytes] | None) -> str:
    if log is None:
        return f"exit code {process.returncode}"
    log.seek(0)
    text = log.read().decode("utf-8", errors="replace").strip()
    return " ".join(text.splitlines()[-3:]) or f"exit code {process.returncode}"


def start(
    store: Path | None,
    *,
    host: str = DEFAULT_HOST,
    port: int | None = None,
    timeout: int = DEFAULT_TIMEOUT,
    writable: bool = False,
    capture: bool = True,
    allow_service: Collection[str] = (),
) -> Server:
    """Start a server on a snapshot of ``store`` (None: an empty, writable store).

    ``port`` None picks a free one. Oxigraph's log goes to a temporary file (its tail is reported
    if it fails to start: its own "Listening" line names the private port, not the user's).
    ``capture`` False prints the guard's notices (a query stopped at the time limit) on stderr.
    ``allow_service``: the endpoints SERVICE may name (none by default).
    """
    from kg.serve_guard import Guard

    if store is None and not writable:
        raise UsageError("an empty store can only be served writable")
    for url in allow_service:
        if urllib.parse.urlsplit(url).scheme not in ("http", "https"):
            raise UsageError(f"--allow-service takes an http(s) URL, got {url!r}")
    if port:
        check_port_free(host, port)  # else the guard binds port 0: the system picks a free one
    scratch, lock = _scratch(store)
    log = oxigraph = guard = None
    try:
        if store is not None:
            location = snapshot(Path(store), scratch / "store")
            if writable:
                _drop_stored_union(location)
        else:
            location = scratch / "store"  # on disk, so that a restart keeps what was pushed
        log = tempfile.TemporaryFile(dir=scratch)  # noqa: SIM115 - the
        # log lives as long as the server; Server.stop closes it
        oxigraph = Oxigraph(location, scratch, timeout, writable, log)
        oxigraph.start()
        notice = None if capture else _print_notice
        guard = Guard((host, port or 0), oxigraph, timeout, allow_service, notice)
        port = guard.server_address[1]
    except BaseException:
        if oxigraph is not None:
            oxigraph.stop()
        if log is not None:
            log.close()
        if lock is not None:
            os.close(lock)
        shutil.rmtree(scratch, ignore_errors=True)
        raise
    thread = threading.Thread(
        target=guard.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True
    )
    thread.start()
    return Server(oxigraph, guard, host, port, scratch, lock, log, thread)


def _print_notice(message: str) -> None:
    print(f"serve: {message}", file=sys.stderr, flush=True)


def _drop_stored_union(location: Path) -> None:
    """A writable server answers from the union of its named graphs, which updates and pushes
    change; the build's stored union (kg.store.create) would go stale and double every triple,
    so the scratch copy drops it. (RocksDB never rewrites the hard-linked table files.)"""
    import pyoxigraph as ox

    copy = ox.Store(str(location))
    copy.clear_graph(ox.DefaultGraph())
    copy.flush()
    del copy


def serve_forever(server: Server, poll: float = 0.2) -> int:
    """Block until Oxigraph exits on its own or the user presses Ctrl-C (or, after
    :func:`interrupt_on_sigterm`, sends SIGTERM); Oxigraph's exit code, 0 for Ctrl-C."""
    try:
        while True:
            code = server.oxigraph.exited()
            if code is not None:
                return code
            time.sleep(poll)
    except KeyboardInterrupt:
        return 0


def interrupt_on_sigterm() -> None:
    """Make SIGTERM (`kill`) interrupt this process as Ctrl-C does, so that the server child is
    stopped and its snapshot removed instead of left serving."""

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)


def is_loopback(host: str) -> bool:
    return host in LOOPBACK
