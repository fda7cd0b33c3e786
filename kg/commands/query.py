"""gazette-kg query: run a named query of the library, or a .rq file, locally or on an endpoint."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from kg.errors import EXIT_OK, UsageError

if TYPE_CHECKING:
    from kg.query.library import NamedQuery

HELP = "run a named query of the library, or a .rq file, on the build or on a SPARQL endpoint"
EPILOG = """Parameters are bound as RDF terms (a VALUES row), never pasted into the query text.
Queries on the build's store run in a worker with a time limit and may not use SERVICE, updates
or FROM outside the build's graphs. Formats: table (for people), csv, tsv, json (SPARQL 1.1
results formats). `--list` shows the library; docs/queries.md describes the .rq header.

examples:
  gazette-kg query --list
  gazette-kg query personnel-changes --param action=remove --format csv
  gazette-kg query my.rq --endpoint http://127.0.0.1:7878/query --timeout 10"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from kg.query import DEFAULT_TIMEOUT
    from kg.query.formats import FORMATS

    parser.add_argument(
        "query",
        nargs="?",
        metavar="NAME|FILE.rq",
        help="a query of the library (see --list) or a SPARQL query file",
    )
    parser.add_argument("--list", action="store_true", help="list the library's queries")
    parser.add_argument(
        "--param",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="bind the query's parameter KEY (repeatable)",
    )
    parser.add_argument(
        "--endpoint",
        metavar="URL",
        help="run on this SPARQL 1.1 endpoint instead of the build's store",
    )
    parser.add_argument("--format", choices=FORMATS, default="table", help="output format")
    parser.add_argument(
        "--timeout",
        type=int,
        default=DEFAULT_TIMEOUT,
        metavar="S",
        help=f"time limit in whole seconds (default {DEFAULT_TIMEOUT})",
    )
    parser.add_argument(
        "--show",
        action="store_true",
        help="print the query with its parameters bound, do not run it",
    )


def describe(query: NamedQuery) -> str:
    """A library entry as --list prints it."""
    lines = [f"{query.name}  —  {query.title}", f"    {query.en}", f"    {query.zh}"]
    for param in query.params:
        mode = (
            "required"
            if param.required
            else (f"default {param.default}" if param.default is not None else "optional")
        )
        text = f"    --param {param.name}=<{param.type}>  ({mode})"
        lines.append(f"{text}  {param.description}".rstrip())
    lines.extend(f"    e.g. {example}" for example in query.examples)
    return "\n".join(lines)


def run_list() -> int:
    from kg.query import library

    sys.stdout.write("\n\n".join(describe(q) for q in library().values()) + "\n")
    return EXIT_OK


def run(args: argparse.Namespace) -> int:
    if args.list:
        return run_list()
    if not args.query:
        raise UsageError("give a query name or a .rq file (or --list to see the library)")
    import kg.query as queries
    from kg.query import find, prepare
    from kg.query.formats import write
    from kg.query.params import parse_assignments

    query = find(args.query)
    given = parse_assignments(args.param)
    if args.show:
        sys.stdout.write(prepare(query, given))
        return EXIT_OK
    from kg.query.names import (
        resolve_given,  # 市生态环境局 → 温州市生态环境局, as the text reads it
    )

    given, notes = resolve_given(
        query, given, build=args.build, endpoint=args.endpoint, timeout=args.timeout
    )
    for note in notes:
        print(f"note: {note}", file=sys.stderr)
    with queries.stream(
        query, given, build=args.build, endpoint=args.endpoint, timeout=args.timeout
    ) as result:  # rows are written as the store finds them: `| head` prints at once
        write(result, args.format, sys.stdout)
        sys.stdout.flush()  # a closed pipe is found here, while the query can still be stopped
    return EXIT_OK
