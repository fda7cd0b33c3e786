"""A web page → lines: the main content of a government portal page, parsed by selectolax (Lexbor).

What is not content is removed first: scripts, styles, forms, ``<nav>``, ``<header>``, ``<footer>``,
``<aside>`` and elements whose class or id names navigation, breadcrumbs, sharing, footers or
sidebars. The content is then the portals' article container when there is one (#zoom,
.TRS_Editor, .article, <article>, <main>, …; the first that holds Chinese text), else what is left
of the body. Nothing inside it is dropped or de-duplicated: a gazette repeats lines on purpose.

Blocks (``<p>``, ``<div>``, headings, list items) and ``<br>`` end lines; a table row is one line of
its cells joined by tabs on the table's grid (colspan and rowspan leave empty cells, so columns stay
aligned), the lines inside a cell joined by a space; a table whose cells hold
paragraphs or tables of their own lays out a page and is read as blocks. The page's publication
date (meta PubDate / article:published_time / 发布日期) and its address (canonical link, og:url)
go into the source's origin.

Measured on the sample as a portal page: trafilatura 0.36 s CPU and it dropped a repeated masthead
line as a duplicate; selectolax parses it in a few milliseconds and the rules here keep every line.
"""

from __future__ import annotations

import codecs
import re

from kg.errors import InputError
from kg.formats import HTML, Converted, Origin, package_version

_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "form",
    "nav",
    "header",
    "footer",
    "aside",
    "iframe",
    "svg",
    "button",
    "select",
    "textarea",
)
_CHROME = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|crumbs?|bread|position|location|share|footer|"
    r"foot|copyright|sidebar|side|toolbar|search|login|header|topbar|top-bar|dqwz|wzdh)(?:$|[\s_-])",
    re.IGNORECASE,
)
_CONTENT = (
    "#zoom",
    ".TRS_Editor",
    "#UCAP-CONTENT",
    ".article-content",
    ".article",
    "article",
    "main",
    "#content",
    ".content",
    ".main",
)
_BLOCKS = frozenset(
    [
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "section",
        "article",
        "main",
        "blockquote",
        "pre",
        "address",
        "center",
        "figure",
        "figcaption",
        "table",
        "tr",
        "caption",
        "hr",
        "body",
        "html",
    ]
)
_DATE = re.compile(
    r"(?:发布日期|发布时间|成文日期|日期)\s*[:：]?\s*(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})"
)
_META_DATE = ("PubDate", "pubdate", "publishdate", "article:published_time", "firstpublishedtime")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_SPACE = re.compile(r"[ \t\r\n\f\u00a0]+")


def convert(data: bytes, name: str, digest: str) -> Converted:
    from selectolax.lexbor import LexborHTMLParser

    markup, encoding = _decode(data, name)
    tree = LexborHTMLParser(markup)
    date = _meta_date(tree)
    address = _address(tree)
    for tag in _DROP_TAGS:
        for node in tree.css(tag):
            node.decompose()
    for node in tree.css("[class], [id]"):
        label = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
        if _CHROME.search(label) and not _CJK.search(label):
            node.decompose()
    root = _content(tree)
    lines = _lines(root) if root is not None else []
    if date is None:
        found = _DATE.search("\n".join(lines[:20]))
        if found:
            year, month, day = found.groups()
            date = f"{year}-{int(month):02d}-{int(day):02d}"
    if not any(_CJK.search(line) for line in lines):
        raise InputError(
            "no Chinese text in the page's content: not a gazette page (or its text is loaded "
            "by script: save the page as the browser shows it)",
            path=name,
        )
    origin = Origin(
        format=HTML,
        media_type="text/html",
        file_sha256=digest,
        converter=f"selectolax {package_version('selectolax')} (Lexbor)",
        date=date,
        address=address,
    )
    return Converted(lines=tuple(lines), origin=origin, encoding=encoding)


def _decode(data: bytes, name: str) -> tuple[str, str]:
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace"), "utf-8"
    head = data[:4096].decode("ascii", errors="ignore")
    declared = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_-]+)", head, re.IGNORECASE)
    candidates = []
    if declared:
        label = declared.group(1).lower()
        candidates.append("gb18030" if label in ("gb2312", "gbk", "gb18030", "x-gbk") else label)
    candidates += ["utf-8", "gb18030"]
    for encoding in candidates:
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError):
            continue
    raise InputError(
        "cannot decode the page (neither its declared charset, UTF-8 nor GB18030)", path=name
    )


def _meta_date(tree) -> str | None:
    for key in _META_DATE:
        for node in tree.css(f'meta[name="{key}"], meta[property="{key}"]'):
            content = (node.attributes.get("content") or "").strip()
            found = re.match(r"(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})", content)
            if found:
                year, month, day = found.groups()
                return f"{year}-{int(month):02d}-{int(day):02d}"
    return None


def _address(tree) -> str | None:
    for selector, attribute in (
        ('link[rel="canonical"]', "href"),
        ('meta[property="og:url"]', "content"),
        ('meta[name="Url"]', "content"),
        ('meta[name="url"]', "content"),
    ):
        node = tree.css_first(selector)
        value = (node.attributes.get(attribute) or "").strip() if node is not None else ""
        if re.fullmatch(r"https?://[^\s<>\"{}|\\^`]+", value):  # an IRI as it stands
            return value
    return None


def _content(tree):
    for selector in _CONTENT:
        for node in tree.css(selector):
            if _CJK.search(node.text(separator=" ") or ""):
                return node
    return tree.body


def _lines(root) -> list[str]:
    """The text of ``root`` as lines (an explicit stack: page nesting depth is not bounded)."""
    lines: list[str] = []
    current: list[str] = []

    def end_line() -> None:
        text = _SPACE.sub(" ", "".join(current)).strip()
        if text:
            lines.append(text)
        current.clear()

    stack: list[tuple[object, bool]] = [(root, False)]
    while stack:
        node, closing = stack.pop()
        tag = node.tag
        if closing:
            end_line()
            continue
        if tag == "-text":
            current.append(node.text_content or "")
            continue
        if tag == "br":
            end_line()
            continue
        if tag == "table" and _is_data_table(node):
            end_line()
            lines.extend(_table_rows(node))
            continue
        if tag in _BLOCKS:
            end_line()
            stack.append((node, True))
        children = list(node.iter(include_text=True))
        stack.extend((child, False) for child in reversed(children))
    end_line()
    return lines


def _is_data_table(table) -> bool:
    """A table of data, not of layout: no table, and no more than a few paragraphs, in a cell."""
    for cell in table.css("td, th"):
        if cell.css_first("table") is not None or len(cell.css("p, div")) > 3:
            return False
    return True


def _span(cell, name: str) -> int:
    value = (cell.attributes.get(name) or "1").strip()
    return int(value) if value.isdigit() else 1


def _table_rows(table) -> list[str]:
    """The table's rows, each a full row of tab-separated cells on the table's grid (the HTML
    table model): a cell spanning columns (colspan) is followed by empty cells, and a cell
    spanning rows (rowspan) leaves an empty cell in its columns of the rows below, as the PDF and
    Word readers write a merged cell, so that every row's cells stand under their headings."""
    rows: list[str] = []
    below: dict[int, int] = {}  # column → rows still covered by a rowspan from above
    trs = table.css("tr")
    for index, row in enumerate(trs):
        left = len(trs) - index  # rows from this one to the table's end
        cells: list[str] = []
        column = 0
        for cell in row.iter():
            if cell.tag not in ("td", "th"):
                continue
            while below.get(column, 0) > 0:  # columns a cell from a row above still holds
                cells.append("")
                column += 1
            parts = [_SPACE.sub(" ", part).strip() for part in _cell_lines(cell)]
            cells.append(" ".join(p for p in parts if p).replace("\t", " "))
            width = min(max(_span(cell, "colspan"), 1), 50)
            cells.extend([""] * (width - 1))
            height = _span(cell, "rowspan")
            height = left if height == 0 else min(height, left)  # rowspan=0: to the end
            for k in range(column, column + width):
                below[k] = max(below.get(k, 0), height)
            column += width
        held = [k for k, n in below.items() if n > 0]
        if held and column <= max(held):  # columns after the row's last cell held from above
            cells.extend([""] * (max(held) + 1 - column))
        below = {k: n - 1 for k, n in below.items() if n > 1}  # one row fewer to hold
        if any(cells):
            rows.append("\t".join(cells))
    return rows


def _cell_lines(cell) -> list[str]:
    out: list[str] = [""]
    stack = [cell]
    order: list = []
    while stack:
        node = stack.pop()
        order.append(node)
        if node.tag != "-text":
            stack.extend(reversed(list(node.iter(include_text=True))))
    for node in order[1:]:
        if node.tag == "-text":
            out[-1] += node.text_content or ""
        elif node.tag == "br" or node.tag in _BLOCKS:
            out.append("")
    return out
