"""gazette-kg serve: the build over the SPARQL 1.1 Protocol, with the Oxigraph server."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.errors import EXIT_ENDPOINT, EXIT_OK

HELP = "serve the build over the SPARQL 1.1 Protocol (Oxigraph server, read-only, query UI)"


def __getattr__(name: str) -> str:
    """EPILOG, built when asked for: it names kg.serve's defaults, which `gazette-kg --help`
    need not import."""
    if name == "EPILOG":
        return _epilog()
    raise AttributeError(name)


def _epilog() -> str:
    from kg import serve

    return f"""Starts `oxigraph serve-read-only` on a snapshot of the build's store, with the union of
the named graphs as default graph and a query time limit; the bundled query UI is at the server's
root, the SPARQL endpoint at /query, the Graph Store Protocol (read) at /store. --writable starts
`oxigraph serve` instead (SPARQL Update at /update): changes go to the snapshot, never to the
build, and are gone when the server stops. A guard in front holds the time limit (a query past it
is stopped: 500) and refuses SERVICE and LOAD (403) except for the endpoints --allow-service names.
Stop it with Ctrl-C or `kill` (SIGTERM).

example:
  gazette-kg serve --port {serve.DEFAULT_PORT}
  gazette-kg query personnel-changes --endpoint http://127.0.0.1:{serve.DEFAULT_PORT}/query"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from kg import serve

    parser.add_argument(
        "--port",
        type=int,
        default=serve.DEFAULT_PORT,
        metavar="N",
        help=f"TCP port (default {serve.DEFAULT_PORT}; 0 picks a free one)",
    )
    parser.add_argument(
        "--host",
        default=serve.DEFAULT_HOST,
        help=f"address to listen on (default {serve.DEFAULT_HOST}, this machine only)",
    )
    parser.add_argument(
        "--timeout",
        type=int,
        default=serve.DEFAULT_TIMEOUT,
        metavar="S",
        help=f"query time limit in seconds (default {serve.DEFAULT_TIMEOUT})",
    )
    parser.add_argument(
        "--writable",
        action="store_true",
        help="accept SPARQL Update and Graph Store writes (on a scratch copy)",
    )
    parser.add_argument(
        "--allow-service",
        action="append",
        default=[],
        metavar="URL",
        help="an endpoint SERVICE may call (repeatable; by default SERVICE is refused)",
    )


def run(args: argparse.Namespace) -> int:
    from kg import serve
    from kg.query.local import check_timeout

    serve.interrupt_on_sigterm()
    timeout = check_timeout(args.timeout)
    if not serve.is_loopback(args.host):
        print(
            f"warning: listening on {args.host}: other machines can query this build",
            file=sys.stderr,
        )
    server = serve.start(
        Path(args.build) / "store",
        host=args.host,
        port=args.port or None,
        timeout=timeout,
        writable=args.writable,
        capture=False,
        allow_service=args.allow_service,
    )
    mode = "read-write (scratch copy)" if args.writable else "read-only"
    try:
        print(
            f"serving {args.build} {mode} at {server.url}/  (query UI)\n"
            f"  SPARQL endpoint: {server.query_url}\n"
            f"  Graph Store:     {server.store_url}\n"
            "  Ctrl-C stops it",
            file=sys.stderr,
        )
        code = serve.serve_forever(server)
    except KeyboardInterrupt:
        # Ctrl-C or `kill` before serve_forever was waiting (the line above was just read by a
        # script that stops us at once): the same orderly stop
        code = 0
    finally:
        server.stop()
    return EXIT_OK if code in (0, -2, -15) else EXIT_ENDPOINT
