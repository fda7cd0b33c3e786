"""PDF → lines, read from the text layer by PDFium (pypdfium2, Apache-2.0/BSD-3).

Per page, every character with its box; ruled tables (a grid of drawn lines, as typesetters and
browsers draw table borders) found from the page's thin path objects, each grid cell's characters
read as that cell's text, each grid row one line of tab-separated cells (a cell spanning columns
followed by empty cells, so columns stay aligned); a cell's lines joined by a space where its
author ended a line, told by the geometry and, in a tagged PDF, by its runs of text (its
marked-content sequences, or, where each sequence is one line, its structure tree's elements). The
other characters make lines by their vertical position, in reading order top to bottom, left to
right; on a page set in columns (two or more), each column's lines, left to right, between the
lines over them. Then, over the document:

* running headers and footers dropped: the first or last line of a page whose text, digits aside,
  is the first or last line of at least half the pages; page numbers (3, - 3 -, 第3页, 3/65) at the
  top or bottom of a page;
* a line that runs to the right edge of the text and is followed by a line starting at the left
  edge (not indented) is one line wrapped by the layout: joined, across pages too; in a tagged
  PDF, so are two lines of one run of text on a page, whatever their length.

Each line keeps the page it starts on. PDFium folds the look-alike code points some text layers
carry (Kangxi radicals for 日, 生) as it reads; kg.text.reading folds what is left.

Measured (benchmarks/convert_pdf.py): pdfplumber (pdfminer.six) took 0.4 s a page for text and as
much again for tables, PyMuPDF 0.8 s a page for find_tables (and is AGPL); PDFium's characters and
paths, read here, cost about 10 ms a page, half of it PDFium loading the page.
"""

from __future__ import annotations

import bisect
import ctypes
import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from operator import attrgetter

from kg.errors import InputError
from kg.formats import PDF, Converted, Origin, package_version

_MIN_TEXT = 2  # characters of text in the whole document below which it is a scan
_THIN = 2.0  # points: a path this thin in one direction is a rule
_TOL = 2.0  # points: rules this close are one
_PAGE_NUMBER = re.compile(
    r"^[-—–－~·\s]*(?:第\s*)?\d{1,4}\s*(?:页)?\s*(?:(?:[/／]|of|共)\s*\d{1,4}\s*页?)?[-—–－~·\s]*$"
)
# A full line ending a sentence is taken as a paragraph's last line (a title may follow at the left
# edge), not as a wrapped one: a sentence end at a line break loses nothing to the extractors.
_SENTENCE_END = frozenset("。！？：；!?:;")


@dataclass(slots=True)
class _Char:
    ch: str
    x0: float
    x1: float
    y0: float
    y1: float
    base: float  # the baseline: characters of one line share it, whatever their font
    origin: float  # where the glyph's advance starts (the box can be narrower than the advance)
    follows: bool = False  # it continues the character before it in the text layer (no break)
    space_after: bool = False  # PDFium put a space after it (a gap in the text run)
    index: int = -1  # its index in the page's text layer
    side: int = -1  # its column on a page in columns (-1: over the columns, or not known)


@dataclass(slots=True)
class _Line:
    page: int
    top: float
    bottom: float
    x0: float
    x1: float
    text: str
    height: float
    row: bool = False  # a table row
    page_height: float = 842.0
    pages: list[int] = field(default_factory=list)
    column: tuple[float, float] | None = None  # its column's left and right text edges, if any
    ends: tuple[_Char, _Char] | None = None  # its first and last characters, left to right
    runs: tuple[int, int] = (-1, -1)  # the marked-content runs it starts and ends in (tagged)


def convert(data: bytes, name: str, digest: str) -> Converted:
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    if b"%%EOF" not in data[-2048:]:
        raise InputError(
            "truncated PDF: it does not end with %%EOF (an interrupted download?); fetch it again",
            path=name,
        )
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == raw.FPDF_ERR_PASSWORD:
            raise InputError(
                "encrypted PDF: it needs a password to open; decrypt it first "
                "(qpdf --password=PASSWORD --decrypt IN.pdf OUT.pdf)",
                path=name,
            ) from None
        raise InputError(f"damaged PDF: PDFium cannot open it ({exc})", path=name) from None
    try:
        tagged = bool(raw.FPDFCatalog_IsTagged(document.raw))
        pages = [_page_lines(document, index, raw, tagged) for index in range(len(document))]
        count = len(document)
    finally:
        document.close()
    text_chars = sum(len(ln.text) for page in pages for ln in page)
    if text_chars < _MIN_TEXT:
        raise InputError(
            f"no text layer in {count} page{'s' if count != 1 else ''} (a scan?): "
            "OCR it first (ocrmypdf -l chi_sim IN.pdf OUT.pdf)",
            path=name,
        )
    lines = _join_wrapped(_drop_running(pages))
    origin = Origin(
        format=PDF,
        media_type="application/pdf",
        file_sha256=digest,
        converter=f"pypdfium2 {package_version('pypdfium2')} (PDFium {_pdfium_version()})",
        pages=count,
    )
    return Converted(
        lines=tuple(ln.text for ln in lines),
        origin=origin,
        line_pages=tuple(ln.page for ln in lines),
    )


def _pdfium_version() -> str:
    from pypdfium2.version import PDFIUM_INFO

    return str(PDFIUM_INFO).split("@", 1)[0]


# ------------------------------------------------------------------------------- one page


def _page_lines(document, index: int, raw, tagged: bool) -> list[_Line]:
    page = document[index]
    try:
        _, _, _, top = page.get_bbox()
        height = top
        textpage = page.get_textpage()
        try:
            chars = _chars(textpage.raw, raw)
            rules = _rules(page.raw, raw)
            runs = _page_runs(page.raw, textpage.raw, raw) if tagged else None
            lines: list[_Line] = []
            for table in _tables(rules):
                chars = table.take(chars, runs)
                lines.extend(table.lines(index + 1, runs))
            text = _text_lines(chars, index + 1)
            columns = _gutters(chars, text)
            if columns is None:
                lines.extend(text)
                lines.sort(key=lambda ln: (-ln.top, ln.x0))
            else:
                lines = _in_columns(lines, chars, columns, index + 1)
            if runs is not None:
                for ln in lines:
                    if ln.ends is not None:
                        ln.runs = (runs(ln.ends[0]), runs(ln.ends[1]))
        finally:
            textpage.close()
    finally:
        page.close()
    for ln in lines:
        ln.pages = [index + 1]
    for ln in lines:
        ln.page_height = height
    return lines


def _gutters(chars: list[_Char], lines: list[_Line]) -> _Columns | None:
    """The gaps between the columns of a page set in two columns or more, left to right, each as
    (the right edge of the column before it, the left edge of the one after), with the page's rows
    of characters; None for a page in one column (``lines``: the page read as one). A gap shows
    as a strip that few rows of text cross (a title, a running header over the columns), with text
    on both sides, whether or not the columns' baselines line up. Such strips also part the cells
    of a table drawn without rules: they are taken for gutters where the text layer was drawn
    column by column (a table's is drawn row by row), each column holding lines on half its rows
    or more, or else where two lines in five reach their column's right edge, as set text does
    (a table's cells are ragged, unless they wrap)."""
    if len(lines) < 6:
        return None
    left = min(ln.x0 for ln in lines)
    right = max(ln.x1 for ln in lines)
    width = right - left
    # Cheap first: a page in one column is crossed everywhere. A line with no space in it has no
    # gap of an em (_join_chars writes one there): over the middle, it crosses all three places.
    a, b = left + 0.42 * width, left + 0.58 * width
    if sum(1 for ln in lines if ln.x0 < a and ln.x1 > b and " " not in ln.text) * 2 >= len(lines):
        return None
    for share in (0.5, 0.33, 0.67, 0.42, 0.58, 0.25, 0.75):
        x = left + share * width
        if sum(1 for c in chars if c.x0 < x < c.x1) * 2 < len(lines):
            break
    else:
        return None
    rows = [sorted(row, key=_X0) for row in _group(chars)]
    step = 2.0
    covered = [0] * (int(width / step) + 2)
    runs: list[list[tuple[float, float]]] = []
    cuts: list[list[int]] = []  # per row, where each of its runs ends among its characters
    for row in rows:
        spans: list[tuple[float, float]] = []
        ends_at: list[int] = []
        start, end = row[0].x0, row[0].x1
        for i, c in enumerate(row):
            height = c.y1 - c.y0
            if c.x0 - end < (height if height > 1.0 else 1.0):
                if c.x1 > end:
                    end = c.x1
            elif i:
                spans.append((start, end))
                ends_at.append(i)
                start, end = c.x0, c.x1
        spans.append((start, end))
        ends_at.append(len(row))
        runs.append(spans)
        cuts.append(ends_at)
        for a, b in spans:
            for k in range(int((a - left) / step), int((b - left) / step) + 1):
                covered[k] += 1
    allowed = max(1, len(rows) // 10)
    strips: list[tuple[float, float]] = []
    k, high = int(0.15 * width / step), int(0.85 * width / step)
    while k <= high:
        if covered[k] <= allowed:
            j = k
            while j + 1 < len(covered) and covered[j + 1] <= allowed:
                j += 1
            g0, g1 = left + k * step, left + (j + 1) * step
            central = 0.3 * width <= g0 - left and g1 - left <= 0.7 * width
            if g1 - g0 >= 4.0 and _text_beside(runs, g0, g1, central):
                strips.append((g0, g1))
            k = j + 1
        else:
            k += 1
    if not strips:
        return None
    # Per column, the right ends of its lines on the rows that cross no strip.
    bounds = [left] + [x for strip in strips for x in strip] + [right]
    columns = [(bounds[2 * i], bounds[2 * i + 1]) for i in range(len(strips) + 1)]
    ends: list[list[float]] = [[] for _ in columns]
    starts: list[list[float]] = [[] for _ in columns]
    filled: list[list[int]] = [[] for _ in columns]  # per column, the rows with text in it
    for number, (row, spans) in enumerate(zip(rows, runs, strict=True)):
        if any(a < g1 and b > g0 for a, b in spans for g0, g1 in strips):
            for rows_filled in filled:  # a title over the columns: no gap in any
                rows_filled.append(number)
            continue
        first = 0
        for (a, b), last in zip(spans, cuts[number], strict=True):
            side = bisect.bisect_left(bounds, (a + b) / 2) // 2  # a run lies in one column
            for c in row[first:last]:
                c.side = side
            first = last
            if filled[side] and filled[side][-1] == number:
                starts[side][-1] = min(starts[side][-1], a)
                ends[side][-1] = max(ends[side][-1], b)
            else:
                starts[side].append(a)
                ends[side].append(b)
                filled[side].append(number)
    if any(not e for e in ends):
        return None
    em = sorted(c.y1 - c.y0 for c in chars)[len(chars) // 2] or 10.0
    if not (_drawn_by_column(chars) and all(_dense(rows) for rows in filled)):
        lined = sum(len(e) for e in ends)
        full = sum(1 for e in ends for x in e if x >= max(e) - 1.5 * em)
        if full * 5 < lined * 2:  # fewer than 2 in 5 lines reach their column's edge
            return None
    gutters = [(max(ends[i]), min(starts[i + 1])) for i in range(len(strips))]
    return _Columns(gutters, rows, runs, cuts)


def _dense(rows: list[int]) -> bool:
    """Whether a column's rows (their numbers on the page) make a column: three lines or more, on
    at least half the rows from its first to its last (not a page's header and footer alone)."""
    return len(rows) >= 3 and len(rows) * 2 >= rows[-1] - rows[0] + 1


def _text_beside(
    runs: list[list[tuple[float, float]]], g0: float, g1: float, central: bool
) -> bool:
    """Whether rows of text end before the strip and start after it: three or more on each side,
    or, for a strip near the middle, six before and one after (the right column of a two-column
    issue's last page may hold little)."""
    before = after = 0
    for spans in runs:
        if any(a < g1 and b > g0 for a, b in spans):
            continue
        before += any(b <= g0 for _, b in spans)
        after += any(a >= g1 for a, _ in spans)
    return before >= 3 and (after >= 3 or (central and after >= 1 and before >= 6))


def _drawn_by_column(chars: list[_Char]) -> bool:
    """Whether the text layer was drawn column by column: going through the characters beside the
    gutters in the order they were drawn, it comes back from a column to one left of it at most
    once (a running header or page number drawn before the columns). A table drawn without rules
    comes back to its first column at every row; a page whose bands of columns a title parts
    comes back once per band, and is left to the other test."""
    back = 0
    side = -1
    for c in chars:
        if c.side >= 0:
            if c.side < side:
                back += 1
            side = c.side
    return side >= 0 and back <= 1


@dataclass(slots=True)
class _Columns:
    """A page in columns: the gutters, its rows of characters (top to bottom, each left to right),
    each row's runs of text (gaps under an em) as (left, right) and where each run ends among the
    row's characters."""

    gutters: list[tuple[float, float]]
    rows: list[list[_Char]]
    runs: list[list[tuple[float, float]]]
    cuts: list[list[int]]


def _in_columns(table_lines: list[_Line], chars, columns: _Columns, page: int) -> list[_Line]:
    """A page in columns in reading order: what crosses a gutter (a title, a running header, a
    table over the columns) in its place top to bottom, and between two such lines each column's
    lines, left to right. The page's first and last rows, set apart from the others by more than
    their spacing, are read in their place too: a running header or page number centred over
    three columns lies over the middle one, not in it."""
    gutters = columns.gutters
    left = min(c.x0 for c in chars)
    right = max(c.x1 for c in chars)
    middles = [(edge + start) / 2 for edge, start in gutters]
    bounds = [left] + [x for gutter in gutters for x in gutter] + [right]
    across: list[_Char] = []
    sides: list[list[_Char]] = [[] for _ in range(len(gutters) + 1)]
    apart = _set_apart(columns.rows)
    for number, (row, spans) in enumerate(zip(columns.rows, columns.runs, strict=True)):
        if number in apart or any(a < m < b for a, b in spans for m in middles):
            across.extend(row)
            continue
        first = 0
        for (a, b), last in zip(spans, columns.cuts[number], strict=True):
            sides[bisect.bisect_left(middles, (a + b) / 2)].extend(row[first:last])
            first = last
    full = _text_lines(across, page)
    lines: list[tuple[int, _Line]] = []
    for side, part in enumerate(sides):
        for line in _text_lines(part, page):
            line.column = (bounds[2 * side], bounds[2 * side + 1])
            lines.append((side, line))
    for line in table_lines:
        if any(line.x0 < edge and line.x1 > start for edge, start in gutters):
            full.append(line)
        else:
            lines.append((sum(1 for _, start in gutters if line.x0 >= start - 0.5), line))
    full.sort(key=lambda ln: (-ln.top, ln.x0))
    tops = [-ln.top for ln in full]  # ascending
    keyed = [((2 * k + 1, 0, -ln.top, ln.x0), ln) for k, ln in enumerate(full)]
    for side, line in lines:
        zone = bisect.bisect_left(tops, -line.top)  # the full-width lines above it
        keyed.append(((2 * zone, side, -line.top, line.x0), line))
    keyed.sort(key=lambda item: item[0])
    return [line for _, line in keyed]


def _set_apart(rows: list[list[_Char]]) -> set[int]:
    """Of a page's rows (top to bottom), the first and the last if a gap wider than one and a half
    times the usual distance between two rows' baselines parts it from the next one in."""
    bases = [row[0].base for row in rows]
    if len(bases) < 4:
        return set()
    steps = sorted(a - b for a, b in itertools.pairwise(bases))
    usual = steps[len(steps) // 2]
    apart = set()
    if bases[0] - bases[1] > 1.5 * usual:
        apart.add(0)
    if bases[-2] - bases[-1] > 1.5 * usual:
        apart.add(len(rows) - 1)
    return apart


def _unchecked(function, restype=ctypes.c_int):
    """A PDFium function called without ctypes' per-argument conversion (pointers passed as
    c_void_p, indices as int): a third of the cost of a call through pypdfium2's typed binding,
    which matters for the calls made once per character or page object."""
    call = ctypes.CFUNCTYPE(restype)(ctypes.cast(function, ctypes.c_void_p).value)
    call.argtypes = None
    return call


class _Handle(ctypes.c_void_p):
    """A pointer a call returns as it is (ctypes turns a plain c_void_p result into an int)."""


def _address(pointer) -> ctypes.c_void_p:
    return ctypes.c_void_p(ctypes.cast(pointer, ctypes.c_void_p).value)


class _Runs:
    """The runs of text of a tagged PDF's page: ``runs(ch)`` is the run the character belongs to
    (-1: none). A browser printing a page marks each run of text between two breaks of the
    document (``<br>``, a ``<p>``, a table cell, an inline element's edge) as a marked-content
    sequence of its own, whichever lines the layout wraps it on: there a run is the sequence
    (its ID). A PDF library may mark each line as a sequence instead (WeasyPrint: each line box a
    ``Span``); then ``tree`` maps each sequence to its run read from the structure tree
    (:func:`_tree_runs`), and ``structured`` is set: two lines of one run were wrapped by the
    layout, whatever their geometry. Asked only for a line's first and last characters, where a
    cell's lines meet and their geometry cannot tell an author's line end from a wrap, and for a
    character running over a cell's rule."""

    def __init__(self, textpage, raw, tree: dict[int, int] | None = None) -> None:
        self._page = _address(textpage)
        self._object = _unchecked(raw.FPDFText_GetTextObject, _Handle)
        self._id = _unchecked(raw.FPDFPageObj_GetMarkedContentID)
        self._tree = tree
        self.structured = tree is not None

    def sequence(self, ch: _Char) -> int:
        """The ID of the marked-content sequence that draws the character (-1: none)."""
        if ch.index < 0:
            return -1
        obj = self._object(self._page, ch.index)
        return self._id(obj) if obj else -1

    def __call__(self, ch: _Char) -> int:
        sequence = self.sequence(ch)
        if self._tree is None or sequence < 0:
            return sequence
        return self._tree.get(sequence, -1)


def _page_runs(page, textpage, raw) -> _Runs | None:
    """A tagged page's runs: its marked-content sequences, where one spans two lines (a browser's
    run of text); else, a sequence being one line, they say nothing about where the author ended a
    line, and the runs are read from the structure tree (None if it has none for the page)."""
    if _sequence_spans_lines(page, raw):
        return _Runs(textpage, raw)
    tree = _tree_runs(page, raw)
    return _Runs(textpage, raw, tree) if tree else None


def _sequence_spans_lines(page, raw) -> bool:
    """Whether a marked-content sequence of the page draws text on two lines: two of its text
    objects (each one line's piece) lie one under the other, overlapping by less than half the
    smaller's height."""
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    bounds_at = [ctypes.c_void_p(ctypes.addressof(v)) for v in (left, bottom, right, top)]
    get_object = _unchecked(raw.FPDFPage_GetObject, _Handle)
    get_type = _unchecked(raw.FPDFPageObj_GetType)
    get_id = _unchecked(raw.FPDFPageObj_GetMarkedContentID)
    get_bounds = _unchecked(raw.FPDFPageObj_GetBounds)
    text = raw.FPDF_PAGEOBJ_TEXT
    handle = _address(page)
    seen: dict[int, tuple[float, float]] = {}
    for i in range(raw.FPDFPage_CountObjects(page)):
        obj = get_object(handle, i)
        if get_type(obj) != text:
            continue
        sequence = get_id(obj)
        if sequence < 0 or not get_bounds(obj, *bounds_at):
            continue
        low, high = bottom.value, top.value
        before = seen.get(sequence)
        if before is None:
            seen[sequence] = (low, high)
            continue
        overlap = min(high, before[1]) - max(low, before[0])
        if overlap < 0.5 * min(high - low, before[1] - before[0]):
            return True
    return False


# Structure types a run of text goes on through (ISO 32000-1 14.8.4.4: inline-level elements);
# any other element (a paragraph, a table cell) starts a run and ends one.
_INLINE = frozenset(
    t.encode("utf-16-le")
    for t in ("Span", "Quote", "Note", "Reference", "Code", "Link", "Em", "Strong")
)


def _tree_runs(page, raw) -> dict[int, int]:
    """The page's marked-content sequences mapped to runs of text read from its structure tree: the
    sequences an element (a paragraph, a table cell) holds, directly or through inline elements
    (``Span``), between two of its children that draw nothing (a ``<br>``: WeasyPrint keeps it in
    the tree as an element without content) are one run."""
    tree = raw.FPDF_StructTree_GetForPage(page)
    if not tree:
        return {}
    count = _unchecked(raw.FPDF_StructElement_CountChildren)
    child = _unchecked(raw.FPDF_StructElement_GetChildAtIndex, _Handle)
    child_id = _unchecked(raw.FPDF_StructElement_GetChildMarkedContentID)
    own_id = _unchecked(raw.FPDF_StructElement_GetMarkedContentID)
    get_type = _unchecked(raw.FPDF_StructElement_GetType, ctypes.c_ulong)
    size = 64
    buffer = ctypes.create_string_buffer(size)
    buffer_at = ctypes.c_void_p(ctypes.addressof(buffer))
    runs: dict[int, int] = {}
    run = 0

    def inline(element) -> bool:
        length = get_type(element, buffer_at, size)
        return 2 < length <= size and buffer.raw[: length - 2] in _INLINE

    def walk(element, starts: bool) -> None:
        nonlocal run
        if starts:
            run += 1
        kids = count(element)
        if kids <= 0:
            sequence = own_id(element)
            if sequence >= 0:
                runs[sequence] = run
            return
        for k in range(kids):
            kid = child(element, k)
            if not kid:
                sequence = child_id(element, k)
                if sequence >= 0:
                    runs[sequence] = run
                else:  # a child that draws nothing here (a <br>, or an element on another page)
                    run += 1
            elif inline(kid):
                walk(kid, False)
            else:
                walk(kid, True)
                run += 1

    try:
        for k in range(raw.FPDF_StructTree_CountChildren(tree)):
            top = raw.FPDF_StructTree_GetChildAtIndex(tree, k)
            if top:
                walk(_address(top), True)
    finally:
        raw.FPDF_StructTree_Close(tree)
    return runs


def _chars(textpage, raw) -> list[_Char]:
    count = raw.FPDFText_CountChars(textpage)
    if count <= 0:
        return []
    buffer = ctypes.create_string_buffer((count + 1) * 2)
    raw.FPDFText_GetText(textpage, 0, count, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)))
    text = buffer.raw[: count * 2].decode("utf-16-le", errors="replace")
    if len(text) != count:  # characters outside the BMP: ask one by one
        text = "".join(chr(raw.FPDFText_GetUnicode(textpage, i) or 0xFFFD) for i in range(count))
    box = raw.FS_RECTF()
    x, y = ctypes.c_double(), ctypes.c_double()
    get_box, get_origin = (
        _unchecked(raw.FPDFText_GetLooseCharBox),
        _unchecked(raw.FPDFText_GetCharOrigin),
    )
    page = _address(textpage)
    box_at = ctypes.c_void_p(ctypes.addressof(box))
    x_at, y_at = ctypes.c_void_p(ctypes.addressof(x)), ctypes.c_void_p(ctypes.addressof(y))
    chars: list[_Char] = []
    append = chars.append
    previous: _Char | None = None
    regular = False  # the character before has its origin at its box's left edge
    for i, ch in enumerate(text):
        if ch in "\r\n\x00\ufffe":
            previous = None
            continue
        if not get_box(page, i, box_at):
            continue
        left, right, bottom, top = box.left, box.right, box.bottom, box.top
        if right - left < 0.5 and ch.isspace():  # a generated space: its place is unsure
            if previous is not None:
                previous.space_after = True
            continue
        width = right - left
        if (  # about as wide as the one before, on its bottom: its baseline, origin at its left
            regular
            and previous is not None
            and bottom == previous.y0
            and width >= 0.85 * (previous.x1 - previous.x0)
            and (width >= 0.85 * (top - bottom) or not _wide(ch))  # not a narrowed ideograph
        ):
            base, origin = previous.base, left
        else:
            get_origin(page, i, x_at, y_at)
            base, origin = y.value, x.value
            regular = abs(origin - left) < 0.01
        follows = previous is not None and not previous.space_after
        previous = _Char(ch, left, right, bottom, top, base, origin, follows, False, i)
        append(previous)
    return chars


def _rules(page, raw) -> list[tuple[str, float, float, float]]:
    """The page's thin paths as rules: ("h", y, x0, x1) and ("v", x, y0, y1)."""
    rules: list[tuple[str, float, float, float]] = []
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    bounds_at = [ctypes.c_void_p(ctypes.addressof(v)) for v in (left, bottom, right, top)]
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    get_object = _unchecked(raw.FPDFPage_GetObject, _Handle)
    get_type = _unchecked(raw.FPDFPageObj_GetType)
    get_bounds = _unchecked(raw.FPDFPageObj_GetBounds)
    path = raw.FPDF_PAGEOBJ_PATH
    handle = _address(page)
    for i in range(raw.FPDFPage_CountObjects(page)):
        obj = get_object(handle, i)
        if get_type(obj) != path or not get_bounds(obj, *bounds_at):
            continue
        x0, y0, x1, y1 = left.value, bottom.value, right.value, top.value
        width, height = x1 - x0, y1 - y0
        if width <= _THIN and height > _THIN:
            rules.append(("v", (x0 + x1) / 2, y0, y1))
        elif height <= _THIN and width > _THIN:
            rules.append(("h", (y0 + y1) / 2, x0, x1))
        elif width > _THIN and height > _THIN:
            typed = ctypes.cast(obj, raw.FPDF_PAGEOBJECT)
            raw.FPDFPath_GetDrawMode(typed, fill, stroke)
            if stroke.value and raw.FPDFPath_CountSegments(typed) in (4, 5):  # a stroked box
                rules += [
                    ("h", y0, x0, x1),
                    ("h", y1, x0, x1),
                    ("v", x0, y0, y1),
                    ("v", x1, y0, y1),
                ]
    return rules


def _cluster(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= _TOL:
            continue
        out.append(v)
    return out


class _Table:
    """A ruled table: row edges ``ys`` (top first) from its horizontal rules and, in each row, the
    column edges of the vertical rules crossing it (two tables drawn one under the other are one
    group of rules with rows of different columns). A cell with no rule under it goes on into the
    row below: its characters are the upper cell's, the lower row has an empty cell there."""

    def __init__(self, ys: list[float], rules) -> None:
        self.ys = ys
        self._neg_ys = [-y for y in ys]
        verticals = [(at, start, end) for kind, at, start, end in rules if kind == "v"]
        horizontals = [(at, start, end) for kind, at, start, end in rules if kind == "h"]
        self.columns: list[list[float]] = []  # per row: its column edges, left to right
        for r in range(len(ys) - 1):
            middle = (ys[r] + ys[r + 1]) / 2
            xs = _cluster([x for x, y0, y1 in verticals if y0 - _TOL <= middle <= y1 + _TOL])
            self.columns.append(xs if len(xs) >= 2 else [])
        # owner[(r, c)]: the (row, column) of the cell that row r's column c continues.
        self.owner: dict[tuple[int, int], tuple[int, int]] = {}
        for r in range(1, len(ys) - 1):
            above = self.columns[r - 1]
            for c in range(len(self.columns[r]) - 1):
                x0, x1 = self.columns[r][c], self.columns[r][c + 1]
                middle = (x0 + x1) / 2
                ruled = any(
                    abs(at - ys[r]) <= _TOL and start - _TOL <= middle <= end + _TOL
                    for at, start, end in horizontals
                )
                if ruled:
                    continue
                for k in range(len(above) - 1):
                    if abs(above[k] - x0) <= _TOL and abs(above[k + 1] - x1) <= _TOL:
                        self.owner[(r, c)] = self.owner.get((r - 1, k), (r - 1, k))
                        break
        self.cells: dict[tuple[int, int], list[_Char]] = {}

    def take(self, chars: list[_Char], runs: _Runs | None = None) -> list[_Char]:
        """Put the characters inside the table's cells into them; return the others. A character
        that continues the text run of the one before it without a gap, on its baseline, stays in
        that one's cell: a word too wide for its cell overflows the rule (Chromium prints
        315301.63 in a narrow cell with its 3 over the next cell's edge). In a tagged PDF
        (``runs``), only if one marked-content sequence draws both: the next cell's text may
        follow an overflowing word without a gap (WeasyPrint's 2024-2030 or ≥13.78, kept whole,
        run over the rule up to the next cell's first character)."""
        rest: list[_Char] = []
        top, bottom = self.ys[0], self.ys[-1]
        previous: _Char | None = None
        previous_key: tuple[int, int] | None = None
        for ch in chars:
            y = (ch.y0 + ch.y1) / 2
            key = None
            if bottom < y < top:
                r = bisect.bisect_right(self._neg_ys, -y) - 1
                xs = self.columns[r] if 0 <= r < len(self.columns) else []
                x = (ch.x0 + ch.x1) / 2
                if xs and xs[0] < x < xs[-1]:
                    c = bisect.bisect_right(xs, x) - 1
                    key = self.owner.get((r, c), (r, c))
            if (
                key is not None
                and previous_key is not None
                and key != previous_key
                and ch.follows
                and previous is not None
                and abs(ch.base - previous.base) < 0.1 * (ch.y1 - ch.y0)
                and abs(ch.x0 - previous.x1) < 0.1 * (ch.y1 - ch.y0)
                and (runs is None or runs.sequence(ch) == runs.sequence(previous))
            ):
                key = previous_key
            if key is None:
                rest.append(ch)
            else:
                self.cells.setdefault(key, []).append(ch)
            previous, previous_key = ch, key
        return rest

    def lines(self, page: int, runs: _Runs | None = None) -> list[_Line]:
        out: list[_Line] = []
        for r, xs in enumerate(self.columns):
            if not xs:
                continue
            cells = [
                ""
                if (r, c) in self.owner
                else _cell_text(self.cells.get((r, c), []), xs[c], xs[c + 1], runs)
                for c in range(len(xs) - 1)
            ]
            if not any(cells):
                continue
            top, bottom = self.ys[r], self.ys[r + 1]
            out.append(
                _Line(page, top, bottom, xs[0], xs[-1], "\t".join(cells), top - bottom, True)
            )
        return out


def _tables(rules) -> list[_Table]:
    """Groups of touching rules with at least one row of two cells or more."""
    if not rules:
        return []
    boxes: list[list] = []  # [x0, y0, x1, y1, rules]
    for rule in sorted(rules, key=lambda r: -(r[1] if r[0] == "h" else r[3])):
        kind, at, start, end = rule
        x0, y0, x1, y1 = (start, at, end, at) if kind == "h" else (at, start, at, end)
        merged = [x0, y0, x1, y1, [rule]]
        kept = []
        for box in boxes:  # every group the rule touches joins it
            if (
                x0 <= box[2] + _TOL
                and x1 >= box[0] - _TOL
                and y0 <= box[3] + _TOL
                and y1 >= box[1] - _TOL
            ):
                merged[0], merged[1] = min(merged[0], box[0]), min(merged[1], box[1])
                merged[2], merged[3] = max(merged[2], box[2]), max(merged[3], box[3])
                merged[4].extend(box[4])
            else:
                kept.append(box)
        kept.append(merged)
        boxes = kept
    tables = []
    for *_, group in boxes:
        ys = _cluster([r[1] for r in group if r[0] == "h"])[::-1]
        verticals = [r for r in group if r[0] == "v"]
        if ys and verticals:  # a row cut by the page's edge has no rule there: its columns end
            low, high = min(r[2] for r in verticals), max(r[3] for r in verticals)
            if low < ys[-1] - _TOL:
                ys.append(low)
            if high > ys[0] + _TOL:
                ys.insert(0, high)
        if len(ys) < 2:
            continue
        table = _Table(ys, group)
        if any(len(xs) >= 3 for xs in table.columns):
            tables.append(table)
    return tables


# ------------------------------------------------------------------------------ text lines


_BASE = attrgetter("base")
_X0 = attrgetter("x0")


def _group(chars: list[_Char]) -> list[list[_Char]]:
    """Characters in lines: sorted top to bottom by their baseline, a new line where a baseline
    lies lower than the current line's by more than a third of its characters' height."""
    lines: list[list[_Char]] = []
    floor = 0.0
    line: list[_Char] = []
    for ch in sorted(chars, key=_BASE, reverse=True):  # stable: ties keep the text's order
        base = ch.base
        if not lines or base < floor:
            line = [ch]
            lines.append(line)
            height = ch.y1 - ch.y0
            floor = base - (height if height > 1.0 else 1.0) / 3
        else:
            line.append(ch)
    return lines


def _join_chars(chars: list[_Char]) -> str:
    """A line's characters left to right; a space where PDFium put one or where a gap wider than
    the characters' height separates two runs."""
    out: list[str] = []
    append = out.append
    previous: _Char | None = None
    previous_height = 0.0
    for ch in sorted(chars, key=_X0):
        height = ch.y1 - ch.y0
        if previous is not None and ch.ch != " " and previous.ch != " ":
            gap = ch.x0 - previous.x1
            if gap > height and gap > previous_height and gap > 1.0:
                append(" ")
        append(ch.ch)
        if ch.space_after:
            append(" ")
        previous, previous_height = ch, height
    text = "".join(out)
    if "  " in text:
        text = re.sub(r" {2,}", " ", text)
    return text.strip()


def _text_lines(chars: list[_Char], page: int) -> list[_Line]:
    out = []
    for group in _group(chars):
        text = _join_chars(group)
        if not text:
            continue
        boxed = [c for c in group if c.y1 > c.y0] or group
        top, bottom = boxed[0].y1, boxed[0].y0
        left, right = boxed[0].x0, boxed[0].x1
        first = last = boxed[0]
        heights = []
        for c in boxed:
            if c.y1 > top:
                top = c.y1
            if c.y0 < bottom:
                bottom = c.y0
            if c.x0 < left:
                left, first = c.x0, c
            if c.x1 > right:
                right, last = c.x1, c
            heights.append(c.y1 - c.y0)
        heights.sort()
        line = _Line(page, top, bottom, left, right, text, heights[len(heights) // 2] or 10.0)
        line.ends = (first, last)
        out.append(line)
    return out


def _spaced_break(before: str, after: str) -> bool:
    """Whether a line broken between these two characters must have broken at a space: the
    Unicode line breaking rules (UAX 14) part letters, digits and the signs and circled numbers
    set among them (≥85 ≥80, ①86.35 ②85, 95%) ②PM2.5) only at a space, and a letter or digit
    from an opening bracket (0.4734 (预估值)); nor do they break before a hyphen (- - -). After
    a hyphen or a slash and around a dash they may break; ideographs may be parted anywhere."""
    if _wide(before) or _wide(after) or before.isspace() or after.isspace():
        return False
    if before in "-/—–" or after in "—–":
        return False
    if after in "([{":
        return before.isalnum()
    return True


def _wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


# Characters a line does not start with (they stay with the one before: 吨/年, 目标。) and those it
# does not end with (they go with the one after: 〔2017〕, “三上”): a layout breaks around them.
_NO_START = frozenset("，。、；：？！）」』】》〉〕］｝”’,.;:?!)]}%/·…～-")
_NO_END = frozenset("（「『【《〈〔［｛“‘([{+$￥")


def _advance_end(ch: _Char, em: float) -> float:
    """Where a character's advance ends: its box, or one em past its origin for a full-width one
    (the text layer gives some ideographs, mapped from Kangxi radicals, a narrower box)."""
    return max(ch.x1, ch.origin + em) if _wide(ch.ch) else ch.x1


def _first_unit(line: list[_Char], em: float) -> float:
    """The width of what a layout cannot break at the start of a line: one ideograph, or a run of
    Latin letters and digits, with the punctuation that may not be parted from it."""
    i = 0
    while i < len(line) - 1 and line[i].ch in _NO_END:
        i += 1
    while i < len(line) - 1 and not line[i].space_after:
        after = line[i + 1]
        if after.ch in _NO_START or (
            not _wide(line[i].ch) and not _wide(after.ch) and not after.ch.isspace()
        ):
            i += 1
        else:
            break
    return _advance_end(line[i], em) - line[0].origin


def _cell_text(chars: list[_Char], left: float, right: float, runs: _Runs | None = None) -> str:
    """A cell's lines joined. A layout breaks a line where the next piece does not fit: if the
    first piece of the next line (an ideograph, a number) would have fitted in what the line
    leaves of the cell (the padding being what the text leaves on the left), the line was ended
    by its author (公里 / 公顷 stacked in one cell, values a space apart) and is joined by a space;
    else it was wrapped by the layout and is joined with nothing between ideographs, a space
    between Latin words, and nothing inside a number a layout broke (:func:`_broken_number`). A
    line its author ended where the next piece would not have fitted anyway looks like a wrapped
    one; a tagged PDF (``runs``) still tells them apart: the lines of one run of text
    (marked-content sequence) were wrapped, a line that ends one run and a line that starts
    another were broken by the document (不明显 / 不降低, two values a ``<br>`` apart in a cell
    three ideographs wide). Where the runs are read from the structure tree (a PDF library that
    marks each line as a sequence of its own, :class:`_Runs`), two lines of one run were wrapped
    by the layout whatever their geometry (one short of the edge before a number too long for what
    was left), and are joined with nothing where no space is needed (:func:`_wrapped_run`). An
    untagged PDF cannot say: its cell is a box of lines, whatever
    table finder reads it (pdfplumber's gives 完成上级\n管控目标, one value, as it gives
    稳步下降\n稳步提升, two)."""
    if not chars:
        return ""
    padding = max(0.0, min(c.x0 for c in chars) - left)
    widths = sorted(c.x1 - c.x0 for c in chars if _wide(c.ch))
    em = widths[len(widths) // 2] if widths else max(c.y1 - c.y0 for c in chars)
    limit = right - padding - 0.1 * em
    text = ""
    end = 0.0  # where the line before ends
    last: _Char | None = None  # the line before's last character
    for group in _group(chars):
        part = _join_chars(group)
        line = sorted((c for c in group if not c.ch.isspace()), key=lambda c: c.x0)
        if not part or not line:
            continue
        if (
            text
            and (
                end + _first_unit(line, em) <= limit
                or (
                    _spaced_break(text[-1], part[0])
                    and not (  # a number broken where its next character did not fit
                        end + _advance_end(line[0], em) - line[0].origin > limit
                        and _broken_number(text, part)
                    )
                )
                or (runs is not None and last is not None and _new_run(runs, last, line[0]))
            )
            and not _wrapped_run(runs, last, line[0], text[-1] + part[0])
        ):
            text += " "
        text += part
        end = _advance_end(line[-1], em)
        last = line[-1]
    return text.replace("\t", " ")


def _wrapped_run(runs: _Runs | None, before: _Char | None, after: _Char, meeting: str) -> bool:
    """Whether a cell's line ending ``before`` and the next starting ``after`` are one run of text
    of the structure tree (``runs.structured``), parted by the layout whatever their geometry, and
    joined with nothing (``meeting``, the two characters, is not a break only a space allows)."""
    if runs is None or before is None or not getattr(runs, "structured", False):
        return False
    if _spaced_break(meeting[0], meeting[1]):
        return False
    first = runs(before)
    return first >= 0 and runs(after) == first


# A number at the end of a line and what may continue it at the start of the next (14.8 / 6公里,
# 3.5 / %, 67. / 5万吨), and the two read as one number.
_NUMBER_TAIL = re.compile(r"\d+(?:\.\d+)?\.?$")
_NUMBER_HEAD = re.compile(r"(?:\.?\d+(?:\.\d+)?)?[%‰％]?")
_ONE_NUMBER = re.compile(r"\d+(?:\.\d+)?[%‰％]?")
# What a number follows where a layout that keeps numbers whole (UAX 14: Chromium, Word) may break
# before it, besides an ideograph or full-width sign: a dash, an opening bracket or quotation mark.
_BREAK_BEFORE_NUMBER = frozenset("—–([{“‘")


def _broken_number(before: str, after: str) -> bool:
    """Whether a line ending ``before`` and the next line starting ``after``, wrapped where the
    next line's first character would not have fitted, part one number: joined, the number ending
    the one and what starts the other read as one number (14.8 / 6 → 14.86, 3.5 / % → 3.5%), and
    something says it is one: the second part starts with a decimal point or a percent sign, or
    the first follows on its line an ideograph, a dash, an opening bracket or a range's hyphen
    (化整治14.8 / 6公里, 消费）67. / 5万吨, (202 / 0年), 2023-20 / 25年), where a layout keeping
    numbers whole would have carried the whole number to the next line. A layout that breaks
    anywhere (ReportLab's CJK wrap) breaks numbers so. Two numbers an author stacked or a layout
    wrapped at the space between them (100 / 100, ≥50 / 100, 81.77, / 2020年), the first starting
    its line or following a space or a sign, or ending with a comma, stay two."""
    tail = _NUMBER_TAIL.search(before)
    head = _NUMBER_HEAD.match(after)
    if tail is None or head is None or not head.group():
        return False
    first, second = tail.group(), head.group()
    if not _ONE_NUMBER.fullmatch(first + second):
        return False
    if second[0] in ".%‰％":
        return True
    at = tail.start()
    if at == 0:
        return False
    sign = before[at - 1]
    return (
        _wide(sign)
        or sign in _BREAK_BEFORE_NUMBER
        or (sign in "-~" and at > 1 and before[at - 2].isdigit())  # a range: 2023-20 / 25年
    )


def _new_run(runs: _Runs, before: _Char, after: _Char) -> bool:
    """Whether ``after`` starts a marked-content run other than the one ``before`` ends."""
    first = runs(before)
    if first < 0:
        return False
    second = runs(after)
    return second >= 0 and second != first


# ------------------------------------------------------------------------------ document


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def _drop_running(pages: list[list[_Line]]) -> list[list[_Line]]:
    """Pages without their running headers and footers and their page numbers."""
    with_text = [p for p in pages if p]
    threshold = max(2, (len(with_text) + 1) // 2)
    for edge in (0, -1):
        for _ in range(2):  # a header may be two lines (title, then issue and date)
            keys: dict[str, int] = {}
            for page in with_text:
                if page and not page[edge].row:
                    k = _key(page[edge].text)
                    keys[k] = keys.get(k, 0) + 1
            running = {k for k, n in keys.items() if n >= threshold and len(with_text) >= 2}
            dropped = False
            for page in with_text:
                if not page or page[edge].row:
                    continue
                line = page[edge]
                in_band = _in_band(line, edge)
                if (_key(line.text) in running) or (in_band and _PAGE_NUMBER.match(line.text)):
                    page.pop(edge)
                    dropped = True
            if not dropped:
                break
    return pages


def _in_band(line: _Line, edge: int) -> bool:
    height = line.page_height
    return line.bottom > height * 0.85 if edge == 0 else line.top < height * 0.15


def _join_wrapped(pages: list[list[_Line]]) -> list[_Line]:
    """The document's lines with those the layout wrapped joined: a line reaching its column's
    right edge, not ending a sentence, followed by one at the left edge of the same height; and,
    in a tagged PDF, a line whose last character and the next line's first are of one
    marked-content run on one page (one paragraph of a page the browser printed, whatever the
    line's length: it wrapped before a word or number too long for what was left)."""
    body = [ln for page in pages for ln in page if not ln.row]
    if not body:
        return [ln for page in pages for ln in page]
    left = min(ln.x0 for ln in body)
    right = max(ln.x1 for ln in body)
    out: list[_Line] = []
    for page in pages:
        for line in page:
            previous = out[-1] if out else None
            edge = previous.column[1] if previous is not None and previous.column else right
            start = line.column[0] if line.column else left
            if (
                previous is not None
                and not previous.row
                and not line.row
                and (
                    (
                        previous.x1 >= edge - 1.5 * previous.height
                        and line.x0 <= start + 0.5 * line.height
                        and abs(previous.height - line.height) <= 0.25 * previous.height
                        and previous.text[-1] not in _SENTENCE_END
                    )
                    or (
                        previous.runs[1] >= 0
                        and previous.runs[1] == line.runs[0]
                        and previous.pages[-1] == line.page
                    )
                )
            ):
                joint = " " if _spaced_break(previous.text[-1], line.text[0]) else ""
                previous.text += joint + line.text
                previous.x1 = line.x1
                previous.runs = (previous.runs[0], line.runs[1])
                previous.pages.extend(p for p in line.pages if p not in previous.pages)
                continue
            out.append(line)
    return out
