"""Running a query on the build's embedded store, in a worker process that can be killed.

pyoxigraph has no query timeout of its own, so each query runs in a child process
(``python -m kg.query.local STORE``, the query on stdin) that opens the store read-only, checks the
query (kg.query.sandbox), evaluates it and sends back the complete :class:`Result`. If no answer
arrives within the time limit the child is killed and nothing is written: all or nothing. A plain
subprocess rather than multiprocessing: forkserver and spawn re-import the caller's ``__main__``
(failing for ``python -``, re-running unguarded scripts), and fork copies a parent's storage threads.

The default graph holds the union of the named graphs (kg.store.create), unless the query names its
own dataset with FROM / FROM NAMED (graphs of the build only), which Oxigraph honours as SPARQL says.
"""

from __future__ import annotations

import pickle
import subprocess
import sys
from pathlib import Path
from subprocess import PIPE

from kg.errors import GazetteKGError, InputError, QueryError, QueryTimeout
from kg.query import (
    DEFAULT_TIMEOUT,
    results,
    sandbox,
)


def evaluate(store_path: str, query: str) -> results.Result:
    """Check and evaluate ``query`` on the store at ``store_path`` (in the current process)."""
    import pyoxigraph as ox  # here, so that importing this module stays light

    store = ox.Store.read_only(str(store_path))  # the caller checked that the folder exists
    graphs = {g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode)}
    sandbox.check(query, graphs)  # FROM / FROM NAMED of the build's graphs: Oxigraph honours them
    try:
        answer = store.query(query)  # the default graph holds the union (kg.store.create)
        return results.from_ox_results(answer)
    except SyntaxError as exc:
        raise QueryError(f"the query does not parse: {exc}") from None
    except (OSError, RuntimeError) as exc:
        raise QueryError(f"the query failed: {exc}") from None


def worker_main(store_path: str) -> int:
    """The worker process: the query on stdin, ("ok", Result) or ("error", kind, message) pickled
    on stdout. Run as ``python -m kg.query.local STORE``."""
    query = sys.stdin.buffer.read().decode("utf-8")
    try:
        message: tuple = ("ok", evaluate(store_path, query))
    except GazetteKGError as exc:
        message = ("error", type(exc).__name__, str(exc))
    except Exception as exc:  # anything else is reported, never lost in the child
        message = ("error", "QueryError", f"{type(exc).__name__}: {exc}")
    sys.stdout.buffer.write(pickle.dumps(message))
    sys.stdout.buffer.flush()
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


def run(store_path: Path, query: str, timeout: float = DEFAULT_TIMEOUT) -> results.Result:
    """The complete result of ``query`` on the store, or QueryTimeout after ``timeout`` seconds."""
    seconds = check_timeout(timeout)
    if not Path(store_path).is_dir():
        raise InputError("no store here: run `gazette-kg build` first", path=str(store_path))
    argv = [sys.executable, "-m", "kg.query.local", str(store_path)]
    worker = subprocess.Popen(argv, stdin=PIPE, stdout=PIPE, stderr=PIPE)
    try:
        out, err = worker.communicate(query.encode("utf-8"), timeout=seconds)
    except subprocess.TimeoutExpired:
        raise QueryTimeout(f"timed out after {seconds} s") from None
    finally:  # timed out, interrupted (Ctrl-C) or failed: never leave the worker running
        if worker.poll() is None:
            worker.kill()
            worker.communicate()
    if worker.returncode != 0 or not out:
        last = err.decode("utf-8", errors="replace").strip().splitlines()[-1:] or ["no output"]
        raise QueryError(f"the query worker failed: {last[0]}")
    message = pickle.loads(out)  # our own child's answer
    if message[0] == "ok":
        return message[1]
    raise _ERRORS.get(message[1], QueryError)(message[2])


if __name__ == "__main__":
    sys.exit(worker_main(sys.argv[1]))
