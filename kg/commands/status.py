"""gazette-kg status: a document's status as of a date, with the chain of decisions."""

from __future__ import annotations

import argparse
import sys

HELP = "show whether a document is in force, amended or repealed on a date, and by which decisions"
EPILOG = """The answer is the named query document-status (queries/document-status.rq) and the
decisions come from document-history, so SPARQL users get the same answer. Decisions that take
effect after the day are listed as pending.

example:
  gazette-kg status 温政办〔2021〕61号 --as-of 2023-07-31"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("number", metavar="NUMBER", help="the 发文字号, any bracket spelling")
    parser.add_argument(
        "--as-of", default=None, metavar="DATE", help="the day (YYYY-MM-DD; default: today)"
    )
    parser.add_argument(
        "--endpoint",
        default=None,
        metavar="URL",
        help="ask a SPARQL endpoint instead of the build's store",
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")


def run(args: argparse.Namespace) -> int:
    import json
    from dataclasses import asdict

    from kg.status import document_status, to_text

    status = document_status(args.number, args.as_of, build=args.build, endpoint=args.endpoint)
    if args.json:
        sys.stdout.write(json.dumps(asdict(status), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(to_text(status))
    return 0
