"""A Word file (.docx) → lines, read with python-docx: the body's paragraphs and tables in order.

A paragraph is a line (its soft line breaks too); a table row is one line of its cells joined by
tabs, a cell's paragraphs joined by a space; a cell merged across columns (gridSpan) is followed by
empty cells and a cell continued from the row above (vMerge) is empty, so columns stay aligned; a
row keeps its empty cells, its last ones too, as the web page reader writes them.
Headers, footers, comments and text boxes are not the document's text and are not read.
"""

from __future__ import annotations

import io

from kg.errors import InputError
from kg.formats import DOCX, MEDIA_TYPES, Converted, Origin, package_version

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def convert(data: bytes, name: str, digest: str) -> Converted:
    import docx
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors on bad parts
        raise InputError(
            f"damaged Word file: python-docx cannot open it ({exc})", path=name
        ) from None
    lines: list[str] = []
    for element in _blocks(document.element.body, qn):
        if element.tag == qn("w:p"):
            lines.extend(line.rstrip() for line in Paragraph(element, document).text.split("\n"))
        elif element.tag == qn("w:tbl"):  # a row keeps its empty last cells, as on a page
            lines.extend(_rows(Table(element, document), qn))
    if not any(line.strip() for line in lines):
        raise InputError("empty Word document: no paragraph or table holds text", path=name)
    origin = Origin(
        format=DOCX,
        media_type=MEDIA_TYPES[DOCX],
        file_sha256=digest,
        converter=f"python-docx {package_version('python-docx')}",
    )
    return Converted(lines=tuple(lines), origin=origin)


def _blocks(body, qn):
    """Paragraphs and tables of the body in order, content controls (w:sdt) opened."""
    stack = list(reversed(list(body.iterchildren())))
    while stack:
        element = stack.pop()
        if element.tag == qn("w:sdt"):
            content = element.find(qn("w:sdtContent"))
            if content is not None:
                stack.extend(reversed(list(content.iterchildren())))
        elif element.tag in (qn("w:p"), qn("w:tbl")):
            yield element


def _rows(table, qn) -> list[str]:
    from docx.table import _Cell

    rows = []
    for row in table.rows:
        cells: list[str] = []
        for tc in row._tr.tc_lst:
            properties = tc.tcPr
            merge = properties.find(qn("w:vMerge")) if properties is not None else None
            continued = merge is not None and merge.get(qn("w:val")) in (None, "continue")
            text = "" if continued else _cell_text(_Cell(tc, table), qn)
            cells.append(text)
            span = tc.grid_span
            cells.extend([""] * (span - 1))
        if any(cells):
            rows.append("\t".join(cells))
    return rows


def _cell_text(cell, qn) -> str:
    parts = [p.text.replace("\n", " ").strip() for p in cell.paragraphs]
    for inner in cell.tables:  # a table inside a cell: its rows, run on
        parts.extend(row.replace("\t", " ") for row in _rows(inner, qn))
    return " ".join(p for p in parts if p).replace("\t", " ")
