"""Running a query on the build's embedded store, in a worker process that can be killed.

pyoxigraph has no query timeout of its own, so each query runs in a child process
(``python -m kg.query.local STORE``, the query on stdin) that opens the store read-only, checks the
query (kg.query.sandbox), evaluates it and sends the result back in pickled frames: a head (kind,
variables), rows in batches as Oxigraph finds them (the first at once, then larger), and an end.
:func:`stream` hands the rows on as they arrive, so that ``gazette-kg query … | head`` prints at
once and stops the worker when the pipe closes; :func:`run` collects them, all or nothing. If the
end has not arrived within the time limit the child is killed: QueryTimeout. A plain subprocess
rather than multiprocessing: forkserver and spawn re-import the caller's ``__main__`` (failing for
``python -``, re-running unguarded scripts), and fork copies a parent's storage threads.

The default graph holds the union of the named graphs (kg.store.create), unless the query names its
own dataset with FROM / FROM NAMED (graphs of the build only), which Oxigraph honours as SPARQL says.
"""

from __future__ import annotations

import contextlib
import pickle
import queue
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from subprocess import PIPE
from typing import IO

from kg.errors import GazetteKGError, InputError, QueryError, QueryTimeout
from kg.query import (
    DEFAULT_TIMEOUT,
    results,
    sandbox,
)


def evaluate_stream(store_path: str, query: str) -> results.Stream:
    """Check ``query`` and start evaluating it on the store at ``store_path`` (in the current
    process); the rows are evaluated as they are read."""
    import pyoxigraph as ox  # here, so that importing this module stays light

    store = ox.Store.read_only(str(store_path))  # the caller checked that the folder exists
    graphs = {g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode)}
    sandbox.check(query, graphs)  # FROM / FROM NAMED of the build's graphs: Oxigraph honours them
    try:
        answer = store.query(query)  # the default graph holds the union (kg.store.create)
        return results.stream_ox_results(answer)
    except SyntaxError as exc:
        raise QueryError(f"the query does not parse: {exc}") from None
    except (OSError, RuntimeError) as exc:
        raise QueryError(f"the query failed: {exc}") from None


def evaluate(store_path: str, query: str) -> results.Result:
    """Check and evaluate ``query`` on the store at ``store_path`` (in the current process)."""
    stream = evaluate_stream(store_path, query)
    try:
        return stream.collect()
    except (OSError, RuntimeError) as exc:
        raise QueryError(f"the query failed: {exc}") from None


BATCH_ROWS = 1024  # rows per frame at most; the first frames are smaller, to arrive at once
BATCH_SECONDS = 0.05  # a frame is sent when its first row is this old, even if small


def _send(out: IO[bytes], frame: tuple) -> None:
    pickle.dump(frame, out, protocol=pickle.HIGHEST_PROTOCOL)
    out.flush()


def _error(exc: BaseException) -> tuple:
    if isinstance(exc, GazetteKGError):
        return ("error", type(exc).__name__, str(exc))
    if isinstance(exc, (OSError, RuntimeError)):
        return ("error", "QueryError", f"the query failed: {exc}")
    return ("error", "QueryError", f"{type(exc).__name__}: {exc}")


def worker_main(store_path: str) -> int:
    """The worker process: the query on stdin; on stdout pickled frames ("head", kind, variables,
    boolean), ("rows", [row, ...])..., then ("end",), or ("error", kind, message) at any point.
    Run as ``python -m kg.query.local STORE``."""
    query = sys.stdin.buffer.read().decode("utf-8")
    out = sys.stdout.buffer
    try:
        stream = evaluate_stream(store_path, query)
        _send(out, ("head", stream.kind, stream.variables, stream.boolean))
        batch: list = []
        size, since = 1, 0.0
        for row in stream.rows:
            if not batch:
                since = time.monotonic()
            batch.append(row)
            if len(batch) >= size or time.monotonic() - since >= BATCH_SECONDS:
                _send(out, ("rows", batch))
                batch, size = [], min(size * 2, BATCH_ROWS)
        if batch:
            _send(out, ("rows", batch))
        _send(out, ("end",))
    except BrokenPipeError:
        return 0  # the parent stopped reading (its reader closed): nothing to tell
    except Exception as exc:  # anything else is reported, never lost in the child
        _send(out, _error(exc))
    return 0


_ERRORS: dict[str, type[GazetteKGError]] = {"QueryError": QueryError, "InputError": InputError}


def check_timeout(timeout: float) -> int:
    """The time limit as whole seconds ≥ 1 (SPARQLWrapper applies only integers; keep both alike)."""
    try:
        whole = not isinstance(timeout, bool) and int(timeout) == timeout and timeout >= 1
    except (TypeError, ValueError, OverflowError):
        whole = False
    if not whole:
        raise QueryError(f"timeout must be a whole number of seconds ≥ 1, got {timeout!r}")
    return int(timeout)


class _Frames:
    """The worker's frames, read by a thread into a small queue (the worker waits when the reader
    is slow, so memory stays bounded), taken with the time limit."""

    def __init__(self, pipe: IO[bytes], deadline: float, seconds: int):
        self.deadline = deadline
        self.seconds = seconds
        self.queue: queue.Queue = queue.Queue(maxsize=8)
        self.closed = threading.Event()
        self.thread = threading.Thread(target=self._read, args=(pipe,), daemon=True)
        self.thread.start()

    def _put(self, frame: tuple) -> bool:
        while not self.closed.is_set():
            try:
                self.queue.put(frame, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def _read(self, pipe: IO[bytes]) -> None:
        while True:
            try:
                frame = pickle.load(pipe)  # our own child's frames
            except (EOFError, OSError, pickle.UnpicklingError, ValueError):
                self._put(("eof",))
                return
            if not self._put(frame) or frame[0] in ("end", "error"):
                return

    def take(self) -> tuple:
        remaining = self.deadline - time.monotonic()
        try:
            if remaining <= 0:
                raise queue.Empty
            return self.queue.get(timeout=remaining)
        except queue.Empty:
            raise QueryTimeout(f"timed out after {self.seconds} s") from None


def _failure(frame: tuple, log: IO[bytes]) -> Exception:
    if frame[0] == "error":
        return _ERRORS.get(frame[1], QueryError)(frame[2])
    log.seek(0)
    last = log.read().decode("utf-8", errors="replace").strip().splitlines()[-1:] or ["no output"]
    return QueryError(f"the query worker failed: {last[0]}")


def _rows(frames: _Frames, log: IO[bytes]) -> Iterator[results.Row]:
    while True:
        frame = frames.take()
        if frame[0] == "rows":
            yield from frame[1]
        elif frame[0] == "end":
            return
        else:
            raise _failure(frame, log)


@contextlib.contextmanager
def stream(
    store_path: Path, query: str, timeout: float = DEFAULT_TIMEOUT
) -> Iterator[results.Stream]:
    """The result of ``query`` on the store, its rows read as the worker finds them; reading past
    ``timeout`` seconds (from the start) raises QueryTimeout. Leaving the block stops the worker,
    however it is left (the rows read to the end, an error, a closed pipe, Ctrl-C)."""
    seconds = check_timeout(timeout)
    if not Path(store_path).is_dir():
        raise InputError("no store here: run `gazette-kg build` first", path=str(store_path))
    argv = [sys.executable, "-m", "kg.query.local", str(store_path)]
    with tempfile.TemporaryFile() as log:
        worker = subprocess.Popen(argv, stdin=PIPE, stdout=PIPE, stderr=log)
        frames = None
        try:
            worker.stdin.write(query.encode("utf-8"))
            worker.stdin.close()
            frames = _Frames(worker.stdout, time.monotonic() + seconds, seconds)
            head = frames.take()
            if head[0] != "head":
                raise _failure(head, log)
            yield results.Stream(head[1], head[2], _rows(frames, log), head[3])
        finally:  # timed out, interrupted (Ctrl-C), failed or done: never leave the worker running
            if frames is not None:
                frames.closed.set()
            if worker.poll() is None:
                worker.kill()
            worker.wait()
            worker.stdout.close()


def run(store_path: Path, query: str, timeout: float = DEFAULT_TIMEOUT) -> results.Result:
    """The complete result of ``query`` on the store, or QueryTimeout after ``timeout`` seconds."""
    with stream(store_path, query, timeout) as result:
        return result.collect()


if __name__ == "__main__":
    sys.exit(worker_main(sys.argv[1]))
