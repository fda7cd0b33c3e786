"""Writing results: a readable table, or the SPARQL 1.1 CSV, TSV and JSON results formats.

``csv`` is the W3C SPARQL 1.1 CSV format (plain values, RFC 4180, CRLF, UTF-8 without BOM);
``tsv`` the SPARQL 1.1 TSV format (terms in N-Triples syntax, so IRIs and datatypes survive);
``json`` the SPARQL 1.1 JSON results format. ``table`` is for people: IRIs shortened with the
project's prefixes, literals shown as their text, columns aligned by display width (a Chinese
character takes two columns in a terminal).

Every format is written as the rows come (:func:`write` takes a :class:`~kg.query.results.Stream`),
so a large result piped to ``head`` starts at once; a table sets its column widths by its first
:data:`TABLE_BLOCK` rows (a longer cell further down widens its own line only).
"""

from __future__ import annotations

import csv
import io
import json
import textwrap
import unicodedata
from collections.abc import Callable
from itertools import islice
from typing import IO

from kg.query.results import RDF_LANG_STRING, XSD_STRING, Result, Stream, Term

FORMATS = ("table", "csv", "tsv", "json")
TABLE_BLOCK = 1000  # rows a table reads before it writes, to set its column widths


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


def write_json(result: Stream, out: IO[str]) -> None:
    """The SPARQL 1.1 JSON results format, one binding at a time (the text ``json.dumps`` with
    ``indent=1`` gives for the whole document)."""
    if result.kind == "boolean":
        out.write(json.dumps({"head": {}, "boolean": result.boolean}) + "\n")
        return
    head = json.dumps({"vars": list(result.variables)}, ensure_ascii=False, indent=1)
    out.write('{\n "head": ' + head.replace("\n", "\n ") + ',\n "results": {\n  "bindings": [')
    first = True
    for row in result.rows:
        binding = {
            name: _json_term(term) for name, term in zip(result.variables, row, strict=True) if term
        }
        text = json.dumps(binding, ensure_ascii=False, indent=1)
        out.write(("\n" if first else ",\n") + textwrap.indent(text, "   "))
        first = False
    out.write("]\n }\n}\n" if first else "\n  ]\n }\n}\n")


def _csv_value(term: Term | None) -> str:
    if term is None:
        return ""
    return f"_:{term.value}" if term.kind == "bnode" else term.value


def write_csv(result: Stream, out: IO[str]) -> None:
    writer = csv.writer(out, lineterminator="\r\n")
    if result.kind == "boolean":
        writer.writerow(["boolean"])
        writer.writerow(["true" if result.boolean else "false"])
        return
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow([_csv_value(term) for term in row])


def write_tsv(result: Stream, out: IO[str]) -> None:
    if result.kind == "boolean":
        out.write("?boolean\n" + ("true" if result.boolean else "false") + "\n")
        return
    out.write("\t".join(f"?{name}" for name in result.variables) + "\n")
    for row in result.rows:
        out.write("\t".join(term.n3() if term else "" for term in row) + "\n")


def short(term: Term | None) -> str:
    """A term as a person reads it in a table."""
    if term is None:
        return ""
    if term.kind == "iri":
        from kg.namespaces import PREFIXES  # rdflib: imported by a table, not by `query --list`

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


def write_table(result: Stream, out: IO[str]) -> None:
    if result.kind == "boolean":
        out.write(("true" if result.boolean else "false") + "\n")
        return
    header = list(result.variables)
    cells = [[short(term) for term in row] for row in islice(result.rows, TABLE_BLOCK)]
    widths = [max([width(h)] + [width(r[i]) for r in cells]) for i, h in enumerate(header)]

    def line(row: list[str]) -> str:
        return "  ".join(_pad(c, w) for c, w in zip(row, widths, strict=True)).rstrip() + "\n"

    out.write(line(header) + "  ".join("-" * w for w in widths) + "\n")
    out.writelines(line(row) for row in cells)
    count = len(cells)
    for row in result.rows:  # past the first block: the widths stay
        out.write(line([short(term) for term in row]))
        count += 1
    out.write(f"({count} row{'s' if count != 1 else ''})\n")


WRITERS: dict[str, Callable[[Stream, IO[str]], None]] = {
    "table": write_table,
    "csv": write_csv,
    "tsv": write_tsv,
    "json": write_json,
}


def write(result: Stream | Result, fmt: str, out: IO[str]) -> None:
    """Write ``result`` to ``out`` in format ``fmt``, each row as it comes."""
    WRITERS[fmt](result if isinstance(result, Stream) else Stream.of(result), out)


def render(result: Result, fmt: str) -> str:
    buffer = io.StringIO(newline="")
    write(result, fmt, buffer)
    return buffer.getvalue()


__all__ = ["FORMATS", "RDF_LANG_STRING", "WRITERS", "render", "short", "width", "write"]
