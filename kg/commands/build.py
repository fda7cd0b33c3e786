"""gazette-kg build: texts → the build folder."""

from __future__ import annotations

import argparse
import sys

from kg.errors import EXIT_INVALID, EXIT_OK, UsageError

HELP = "build the knowledge graph of gazette texts (default: the bundled sample issue)"
EPILOG = """Inputs are files, folders (their .txt, .pdf, .html/.htm, .docx and .ofd files) or glob
patterns, each read by its content (text, PDF, web page, Word file); with none, the bundled sample
issue (温州市人民政府公报 2023年第6期) is built. The build folder is replaced as a whole only when
the build succeeds.

examples:
  gazette-kg build
  gazette-kg build issues/*.txt --out wenzhou-kg --base-iri https://data.example.gov.cn/id/
  gazette-kg build --add 2023-07.txt --out wenzhou-kg
  gazette-kg build 2023-06.pdf page.html --out pdf-kg"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "inputs",
        nargs="*",
        metavar="FILE",
        help="gazette texts (UTF-8, GB18030, UTF-16), PDFs, web pages, Word files",
    )
    parser.add_argument(
        "--out",
        default=None,
        metavar="DIR",
        help="where to write (default: --build, ./gazette-kg-out or $GAZETTE_KG_OUT)",
    )
    parser.add_argument(
        "--base-iri",
        default=None,
        metavar="IRI",
        help="base of minted IRIs (default: $GAZETTE_KG_BASE_IRI or an example.org placeholder)",
    )
    parser.add_argument("--no-views", action="store_true", help="skip the HTML views")
    parser.add_argument(
        "--add",
        action="store_true",
        help="add FILES to the existing build (replacing the same sources) instead "
        "of rebuilding it",
    )


def run(args: argparse.Namespace) -> int:
    if args.add and not args.inputs:
        raise UsageError("--add needs the files to add")
    from kg.build import build

    result = build(
        args.inputs,
        out=args.out or args.build,
        base_iri=args.base_iri,
        views=not args.no_views,
        add=args.add,
    )
    sys.stderr.write(_summary_head(result))
    return EXIT_OK if result.valid else EXIT_INVALID


def _summary_head(result) -> str:
    summary = result.summary
    counts = ", ".join(f"{n} {kind}" for kind, n in summary["records"].items()) or "no records"
    state = "valid" if result.valid else f"INVALID ({len(result.report.violations)} violations)"
    warnings = len(summary["extraction_warnings"])
    # Self-consistency findings apart: `gazette-kg validate graph.ttl` (shapes only) cannot list them
    consistency = len(result.report.consistency_findings)
    shacl = len(result.report.warnings) - consistency
    return (
        f"built {result.out}/: {counts}; {summary['triples']} triples; {state}; "
        f"{shacl} SHACL warnings, {consistency} self-consistency warnings, "
        f"{warnings} extraction warnings (see {result.out}/summary.txt)\n"
    )
