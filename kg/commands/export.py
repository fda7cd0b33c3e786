"""gazette-kg export: the build → a portal-ready folder (dumps, CSV, DCAT-AP/VoID, ontology docs)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.errors import EXIT_OK

HELP = "write portal-ready exports (Turtle, N-Triples, TriG, JSON-LD, CSV) with DCAT-AP/VoID"
EPILOG = """Writes one folder, replaced as a whole: the chosen formats (default: all), the ontology
documentation (ontology/index.html), catalog.ttl (DCAT-AP 3 catalogue + VoID statistics, checked
with the official DCAT-AP 3.0.1 SHACL shapes; warnings are reported, violations fail), README.md
and SHA256SUMS. Two exports of one build are byte-identical.

No licence is assumed: without --license the catalogue says that none was set. Dataset metadata
comes from --metadata FILE (TOML, keys as the options below with _ for -) and the options, which win.

examples:
  gazette-kg export
  gazette-kg export --format turtle --format csv --excel --out wenzhou-open-data
  gazette-kg export --metadata publish.toml --license https://data.example.gov.cn/terms \\
      --publisher 温州市大数据发展管理局 --download-url https://data.example.gov.cn/dumps/"""

TEXT_OPTIONS = (
    ("title-zh", "dataset title in Chinese"),
    ("title-en", "dataset title in English"),
    ("description-zh", "dataset description in Chinese"),
    ("description-en", "dataset description in English"),
    ("publisher", "publisher name (foaf:name)"),
    ("publisher-iri", "publisher IRI"),
    ("publisher-type", "ADMS publisher type, e.g. LocalAuthority"),
    ("license", "licence IRI set by the publisher (e.g. the portal's terms page)"),
    ("rights", "rights statement text"),
    ("contact-email", "contact point e-mail"),
    ("contact-url", "contact point web page"),
    ("homepage", "catalogue home page"),
    ("landing-page", "dataset landing page"),
    ("download-url", "where the export folder will be published (base of the download URLs)"),
    ("sparql-endpoint", "public SPARQL endpoint (void:sparqlEndpoint)"),
    ("version", "dataset version (dcat:version)"),
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from kg.export import FORMATS

    parser.add_argument(
        "--format",
        action="append",
        choices=[*FORMATS, "all"],
        default=None,
        help="format to write; repeat for several (default: all)",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=None,
        metavar="DIR",
        help="export folder (default: BUILD/export)",
    )
    parser.add_argument(
        "--excel",
        action="store_true",
        help="CSV for Excel: UTF-8 with BOM, cells starting = + - @ neutralised",
    )
    parser.add_argument(
        "--metadata",
        type=Path,
        default=None,
        metavar="FILE",
        help="dataset metadata as TOML (options below override it)",
    )
    for name, text in TEXT_OPTIONS:
        parser.add_argument(f"--{name}", default=None, metavar="TEXT", help=text)
    parser.add_argument(
        "--keyword",
        action="append",
        default=None,
        metavar="WORD",
        help="extra keyword (repeatable)",
    )


def run(args: argparse.Namespace) -> int:
    from kg.export import FORMATS, export
    from kg.export import metadata as metadata_file

    formats = FORMATS if not args.format or "all" in args.format else tuple(args.format)
    overrides = {
        name.replace("-", "_"): getattr(args, name.replace("-", "_")) for name, _ in TEXT_OPTIONS
    }
    meta = metadata_file.load(args.metadata).merged(**overrides, keywords=args.keyword or ())
    out = args.out or Path(args.build) / "export"
    result = export(args.build, out, formats, meta, excel=args.excel)
    _report(result)
    return EXIT_OK


def _report(result) -> None:
    err = sys.stderr
    tables = ", ".join(f"{name} {n}" for name, n in result.table_rows.items())
    err.write(
        f"exported {result.out}/: {len(result.paths)} files"
        + (f"; CSV rows: {tables}" if tables else "")
        + "\n"
    )
    check = result.validation
    err.write(
        f"DCAT-AP 3.0.1: valid, {len(check.warnings)} warnings "
        f"(see {result.out}/catalog-report.txt)\n"
    )
    for note in result.notes:
        err.write(f"note: {note}\n")
