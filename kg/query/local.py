"""Running a query on the build's embedded store, in a worker process that can be killed.

pyoxigraph has no query timeout of its own, so each query runs in a child process that opens the
store read-only, checks the query (kg.query.sandbox), evaluates it and sends back the complete
:class:`Result`. If no answer arrives within the time limit the child is killed and nothing is
written: all or nothing. The parent never opens the store itself, so the child starts from a
process without storage threads (the ``forkserver`` start method on POSIX, ``spawn`` elsewhere).

The default graph is the union of the named graphs, unless the query names its own dataset with
FROM / FROM NAMED (graphs of the build only), which Oxigraph then honours as SPARQL says.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import sys
from pathlib import Path

from kg.errors import GazetteKGError, InputError, QueryError, QueryTimeout
from kg.query import results, sandbox

DEFAULT_TIMEOUT = 30


def evaluate(store_path: str, query: str) -> results.Result:
    """Check and evaluate ``query`` on the store at ``store_path`` (in the current process)."""
    import pyoxigraph as ox

    from kg.store import open_store

    store = open_store(Path(store_path))
    graphs = {g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode)}
    dataset = sandbox.check(query, graphs)
    try:
        answer = store.query(query, use_default_graph_as_union=not dataset.explicit)
        return results.from_ox_results(answer)
    except SyntaxError as exc:
        raise QueryError(f"the query does not parse: {exc}") from None
    except (OSError, RuntimeError) as exc:
        raise QueryError(f"the query failed: {exc}") from None


def _worker(conn: multiprocessing.connection.Connection, store_path: str, query: str) -> None:
    """Child process entry: send ("ok", Result) or ("error", exit code, message)."""
    try:
        conn.send(("ok", evaluate(store_path, query)))
    except GazetteKGError as exc:
        conn.send(("error", type(exc).__name__, str(exc)))
    except Exception as exc:  # anything else is reported, never lost in the child
        conn.send(("error", "QueryError", f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()


def _context() -> multiprocessing.context.BaseContext:
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    if method == "forkserver":
        context.set_forkserver_preload(["kg.query.local", "pyoxigraph"])
    return context


_ERRORS: dict[str, type[GazetteKGError]] = {"QueryError": QueryError, "InputError": InputError}


def check_timeout(timeout: float) -> int:
    """The time limit as whole seconds ≥ 1 (SPARQLWrapper applies only integers; keep both alike)."""
    if isinstance(timeout, bool) or int(timeout) != timeout or timeout < 1:
        raise QueryError(f"timeout must be a whole number of seconds ≥ 1, got {timeout!r}")
    return int(timeout)


def run(store_path: Path, query: str, timeout: float = DEFAULT_TIMEOUT) -> results.Result:
    """The complete result of ``query`` on the store, or QueryTimeout after ``timeout`` seconds."""
    seconds = check_timeout(timeout)
    if not Path(store_path).is_dir():
        raise InputError("no store here: run `gazette-kg build` first", path=str(store_path))
    context = _context()
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_worker, args=(sender, str(store_path), query), daemon=True)
    process.start()
    sender.close()
    answered = False
    try:
        if not receiver.poll(seconds):
            raise QueryTimeout(f"timed out after {seconds} s")
        message = receiver.recv()
        answered = True
    except EOFError:
        raise QueryError("the query worker ended without an answer") from None
    finally:
        _stop(process, answered)
        receiver.close()
    if message[0] == "ok":
        return message[1]
    raise _ERRORS.get(message[1], QueryError)(message[2])


def _stop(process: multiprocessing.process.BaseProcess, answered: bool) -> None:
    """End the worker: it has answered (let it exit) or is abandoned (kill it); never leave it."""
    if answered:
        process.join(timeout=2)
    if process.is_alive():
        process.kill()
        process.join(timeout=5)


if __name__ == "__main__":  # pragma: no cover - debugging aid: python -m kg.query.local STORE Q
    print(evaluate(sys.argv[1], sys.argv[2]))
