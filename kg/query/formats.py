"""Writing results: a readable table, or the SPARQL 1.1 CSV, TSV and JSON results formats.

``csv`` is the W3C SPARQL 1.1 CSV format (plain values, RFC 4180, CRLF, UTF-8 without BOM);
``tsv`` the SPARQL 1.1 TSV format (terms in N-Triples syntax, so IRIs and datatypes survive);
``json`` the SPARQL 1.1 JSON results format. ``table`` is for people: IRIs shortened with the
project's prefixes, literals shown as their text, columns aligned by display width (a Chinese
character takes two columns in a terminal).
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Callable

from kg.namespaces import PREFIXES
from kg.query.results import RDF_LANG_STRING, XSD_STRING, Result, Term

FORMATS = ("table", "csv", "tsv", "json")


def _json_term(term: Term) -> dict[str, str]:
    if term.kind == "iri":
        return {"type": "uri", "value": term.value}
    if term.kind == "bnode":
        return {"type": "bnode", "value": term.value}
    data = {"type": "literal", "value": term.value}
    if term.language:
        data["xml:lang"] = term.language
    elif term.datatype and term.datatype != XSD_STRING:
        data["datatype"] = term.datatype
    return data


def to_json(result: Result) -> str:
    if result.kind == "boolean":
        return json.dumps({"head": {}, "boolean": result.boolean}) + "\n"
    bindings = [
        {name: _json_term(term) for name, term in zip(result.variables, row, strict=True) if term}
        for row in result.rows
    ]
    document = {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def _csv_value(term: Term | None) -> str:
    if term is None:
        return ""
    return f"_:{term.value}" if term.kind == "bnode" else term.value


def to_csv(result: Result) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    if result.kind == "boolean":
        writer.writerow(["boolean"])
        writer.writerow(["true" if result.boolean else "false"])
        return buffer.getvalue()
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow([_csv_value(term) for term in row])
    return buffer.getvalue()


def to_tsv(result: Result) -> str:
    if result.kind == "boolean":
        return "?boolean\n" + ("true" if result.boolean else "false") + "\n"
    lines = ["\t".join(f"?{name}" for name in result.variables)]
    for row in result.rows:
        lines.append("\t".join(term.n3() if term else "" for term in row))
    return "\n".join(lines) + "\n"


def short(term: Term | None) -> str:
    """A term as a person reads it in a table."""
    if term is None:
        return ""
    if term.kind == "iri":
        for prefix, namespace in PREFIXES.items():
            local = term.value[len(namespace) :]
            if term.value.startswith(namespace) and local and "/" not in local:
                return f"{prefix}:{local}"
        return term.value
    if term.kind == "bnode":
        return f"_:{term.value}"
    return " ".join(term.value.split())  # a table cell is one line


def width(text: str) -> int:
    """Columns ``text`` takes in a terminal: wide and full-width characters count two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, columns: int) -> str:
    return text + " " * (columns - width(text))


def to_table(result: Result) -> str:
    if result.kind == "boolean":
        return ("true" if result.boolean else "false") + "\n"
    header = list(result.variables)
    cells = [[short(term) for term in row] for row in result.rows]
    widths = [max([width(h)] + [width(r[i]) for r in cells]) for i, h in enumerate(header)]
    lines = [
        "  ".join(_pad(h, w) for h, w in zip(header, widths, strict=True)).rstrip(),
        "  ".join("-" * w for w in widths),
    ]
    for row in cells:
        lines.append("  ".join(_pad(c, w) for c, w in zip(row, widths, strict=True)).rstrip())
    count = len(result.rows)
    lines.append(f"({count} row{'s' if count != 1 else ''})")
    return "\n".join(lines) + "\n"


WRITERS: dict[str, Callable[[Result], str]] = {
    "table": to_table,
    "csv": to_csv,
    "tsv": to_tsv,
    "json": to_json,
}


def render(result: Result, fmt: str) -> str:
    return WRITERS[fmt](result)


__all__ = ["FORMATS", "RDF_LANG_STRING", "WRITERS", "render", "short", "width"]
