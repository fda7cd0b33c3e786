"""gazette-kg extract: texts → records as JSON Lines on stdout."""

from __future__ import annotations

import argparse
import sys

USES_BUILD = False  # reads texts; the records of a build are in its records.jsonl

HELP = "print the records extracted from gazette texts as JSON Lines"
EPILOG = """One JSON object per line with "kind" and "source" (file, start_line, end_line, quote);
values as written in the text, resolved names in fields ending in _resolved. The schema is in
README.md. With no FILE, the bundled sample issue.

example:
  gazette-kg extract notice.txt | jq -c 'select(.kind == "personnel_change")'"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from kg.records import RECORD_KINDS

    parser.add_argument(
        "inputs", nargs="*", metavar="FILE", help="gazette texts, PDFs, web pages, Word files"
    )
    parser.add_argument(
        "--kind",
        action="append",
        default=None,
        choices=sorted(RECORD_KINDS),
        metavar="KIND",
        help="only records of this kind (repeatable): " + ", ".join(sorted(RECORD_KINDS)),
    )


def run(args: argparse.Namespace) -> int:
    from kg.build import records_jsonl, resolve_inputs
    from kg.extract import extract_source, require_content
    from kg.text.source import read

    for path in resolve_inputs(args.inputs):
        source = read(path)
        records = extract_source(source)
        require_content(records, source)
        if args.kind:
            records = [r for r in records if r.kind in args.kind]
        sys.stdout.write(records_jsonl(records))
    return 0
