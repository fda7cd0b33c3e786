"""The bundled sample issue as the other formats publish it: a portal web page, a Word file and
PDFs (printed by headless Chromium from the page, typeset from it by WeasyPrint, typeset by
ReportLab), made at test time from the text so that every format carries the same real content.

The page is what a government portal shows: a navigation bar, the article (its paragraphs as
``<p>``, some lines joined by ``<br>``, the tab-separated lines of the sample as ``<table>`` rows)
and a footer; its publication date is the issue's 出版日期 and its address a test address (the
sample's own page is not known). The PDFs are made from the same lines.
"""

from __future__ import annotations

import html
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

PAGE_ADDRESS = (
    "https://example.org/wenzhou-gazette-2023-06.html"  # a test address, not the portal's
)
PAGE_DATE = "2023-07-20"  # the sample's 出版日期

CJK_FONTS = (  # TrueType CJK fonts ReportLab can embed; Debian: fonts-wqy-microhei, -zenhei
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
)


def blocks(text: str) -> Iterator[tuple[str, list[str]]]:
    """The sample's non-blank lines in order, grouped: ("table", rows) for consecutive lines
    holding a tab, ("lines", [line]) for each other line."""
    table: list[str] = []
    for line in text.split("\n"):
        if "\t" in line:
            table.append(line)
            continue
        if table:
            yield "table", table
            table = []
        if line.strip():
            yield "lines", [line]
    if table:
        yield "table", table


def _cells(row: str) -> list[str]:
    return row.split("\t")


def _stacked(cell: str) -> str:
    """A cell's text for a page. A space in a cell of the sample is where the printed cell broke
    its line (公里 / 公顷 stacked, ≥50 / 100 / 逐步下降 / 逐年提高 one value a line); the page
    breaks the line there with ``<br>``, as portals write a cell's lines, and a reader of the page
    joins them with a space again."""
    return "<br>".join(html.escape(part) for part in cell.split(" "))


def page_html(text: str, title: str = "温州市人民政府公报 2023年第6期") -> str:
    """The sample as a portal article page."""
    body: list[str] = []
    pending: list[str] = []  # short lines of the front matter joined by <br>, as portals do

    def flush() -> None:
        if pending:
            body.append("<p>" + "<br>".join(html.escape(x) for x in pending) + "</p>")
            pending.clear()

    for kind, lines in blocks(text):
        if kind == "table":
            flush()
            width = max(len(_cells(r)) for r in lines)
            rows = []
            for row in lines:
                cells = _cells(row) + [""] * (width - len(_cells(row)))
                rows.append("<tr>" + "".join(f"<td>{_stacked(c)}</td>" for c in cells) + "</tr>")
            body.append('<table border="1">' + "".join(rows) + "</table>")
        elif len(lines[0]) <= 12 and len(pending) < 3:
            pending.append(lines[0])
        else:
            flush()
            body.append(f"<p>{html.escape(lines[0])}</p>")
    flush()
    nav = "".join(
        f'<li><a href="/col/{i}/index.html">{name}</a></li>'
        for i, name in enumerate(["首页", "政务公开", "政务服务", "互动交流", "走进温州"], 1)
    )
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>{html.escape(title)}</title>
<meta name="PubDate" content="{PAGE_DATE} 09:30">
<link rel="canonical" href="{PAGE_ADDRESS}">
<style>
body {{ font-family: "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; font-size: 11pt; }}
table {{ border-collapse: collapse; table-layout: fixed; width: 100%; }} td {{ border: 1px solid #000; padding: 2px; }}
tr {{ break-inside: avoid; }}
@media print {{ nav, footer, .crumbs {{ display: none; }} }}
</style></head>
<body>
<header><div class="logo">温州市人民政府门户网站</div>
<nav><ul>{nav}</ul></nav></header>
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/col/2/">政务公开</a> &gt; 政府公报</div>
<div class="article">
<h1>{html.escape(title)}</h1>
<div class="info">发布日期：{PAGE_DATE}　来源：市政府办公室</div>
<div id="zoom">
{chr(10).join(body)}
</div></div>
<footer><p>主办：温州市人民政府办公室　承办：温州市大数据发展管理局</p>
<p>网站标识码：3303000001　浙ICP备05000000号</p><p>联系我们　网站地图　隐私声明</p></footer>
</body></html>
"""


def write_docx(text: str, path: Path) -> Path:
    """The sample as a Word file: paragraphs, and its tab-separated lines as tables."""
    import docx

    document = docx.Document()
    for kind, lines in blocks(text):
        if kind == "lines":
            document.add_paragraph(lines[0])
            continue
        width = max(len(_cells(r)) for r in lines)
        table = document.add_table(rows=len(lines), cols=width)
        for row, line in zip(table.rows, lines, strict=True):
            for cell, value in zip(row.cells, _cells(line), strict=False):
                cell.text = value
    document.save(path)
    return path


def cjk_font() -> Path | None:
    for candidate in CJK_FONTS:
        if Path(candidate).is_file():
            return Path(candidate)
    return None


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def print_pdf(page: Path, pdf: Path) -> Path:
    """``page`` printed to ``pdf`` by headless Chromium (its own header and footer included: the
    date and title above, the address and page number below, as a browser prints a page)."""
    command = [
        chromium() or "chromium",
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        f"--user-data-dir={pdf.parent / 'chromium-profile'}",
        f"--print-to-pdf={pdf}",
        page.resolve().as_uri(),
    ]
    subprocess.run(
        command, check=True, capture_output=True, timeout=120, env={**os.environ, "LANG": "C.UTF-8"}
    )
    return pdf


def weasyprint_pdf(page: Path, pdf: Path) -> Path:
    """``page`` typeset by WeasyPrint (a PDF library laying out HTML and CSS with Pango) as a tagged
    PDF: a structure tree of the page's elements (a ``<br>`` kept in it as an element that draws
    nothing), each line box its own ``Span`` marked-content sequence. Raises ImportError without
    WeasyPrint and OSError without Pango."""
    import weasyprint

    weasyprint.HTML(filename=str(page)).write_pdf(str(pdf), pdf_tags=True)
    return pdf


def _fonts(font: Path):
    """Registers ``font`` as "cjk" (and DejaVu Sans as "fallback") with ReportLab; returns the
    function that writes a text as Paragraph markup, a character the CJK font lacks or draws blank
    (Ⅴ) in the fallback font."""
    from xml.sax.saxutils import escape

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("cjk", str(font), subfontIndex=0))
    face = pdfmetrics.getFont("cjk").face
    # A character the font maps to a blank glyph (WenQuanYi Micro Hei's Ⅴ has no outline) is not
    # covered: ReportLab would print nothing there.
    covered = {
        code
        for code, glyph in face.charToGlyph.items()
        if face.glyphPos[glyph + 1] > face.glyphPos[glyph] or chr(code).isspace()
    }
    fallback = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if fallback.is_file():
        pdfmetrics.registerFont(TTFont("fallback", str(fallback)))

    def markup(value: str) -> str:
        out = []
        for ch in value:
            if ord(ch) not in covered and fallback.is_file() and not ch.isspace():
                out.append(f'<font name="fallback">{escape(ch)}</font>')
            else:
                out.append(escape(ch))
        return "".join(out)

    return markup


def typeset_pdf(text: str, pdf: Path, font: Path, repeat: int = 1) -> Path:
    """The sample typeset by ReportLab on A4 pages: lines as paragraphs, tab-separated lines as
    ruled tables of equal columns (a space in a cell as a line break), a running header and a page
    number on every page. ``repeat`` prints it that many times (a long issue for benchmarks).
    Characters the CJK font lacks or draws blank (Ⅴ) are set in DejaVu Sans."""

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    markup = _fonts(font)

    body = ParagraphStyle("body", fontName="cjk", fontSize=10, leading=14, wordWrap="CJK")
    cell = ParagraphStyle("cell", fontName="cjk", fontSize=7, leading=9, wordWrap="CJK")
    story: list = []
    for _ in range(repeat):
        for kind, lines in blocks(text):
            if kind == "lines":
                story.append(Paragraph(markup(lines[0]), body))
                continue
            width = max(len(_cells(r)) for r in lines)
            data = [
                [
                    Paragraph("<br/>".join(markup(part) for part in value.split(" ")), cell)
                    for value in _cells(row) + [""] * (width - len(_cells(row)))
                ]
                for row in lines
            ]
            table = Table(data, colWidths=[(A4[0] - 72) / width] * width)
            table.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ]
                )
            )
            story.append(table)

    def running(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont("cjk", 8)
        canvas.drawCentredString(A4[0] / 2, A4[1] - 24, "温州市人民政府公报")
        canvas.drawCentredString(A4[0] / 2, 20, f"— {document.page} —")
        canvas.restoreState()

    document = SimpleDocTemplate(
        str(pdf),
        pagesize=A4,
        invariant=1,
        leftMargin=36,
        rightMargin=36,
        title="温州市人民政府公报",
    )
    document.build(story, onFirstPage=running, onLaterPages=running)
    return pdf


def columns_pdf(text: str, pdf: Path, font: Path, columns: int = 2, repeat: int = 1) -> Path:
    """The sample's lines outside its tables typeset by ReportLab on A4 pages in ``columns``
    columns, as some gazettes print: a running header and a page number across the columns on
    every page, justified paragraphs flowing down the left column, then the next. ``repeat``
    prints them that many times (a long issue for benchmarks)."""

    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    markup = _fonts(font)
    body = ParagraphStyle(
        "body", fontName="cjk", fontSize=9, leading=13, wordWrap="CJK", alignment=TA_JUSTIFY
    )
    story = [
        Paragraph(markup(lines[0]), body)
        for _ in range(repeat)
        for kind, lines in blocks(text)
        if kind == "lines"
    ]
    margin, gutter = 42, 18
    width = (A4[0] - 2 * margin - (columns - 1) * gutter) / columns
    frames = [
        Frame(margin + k * (width + gutter), 48, width, A4[1] - 96, id=f"column{k}")
        for k in range(columns)
    ]

    def running(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont("cjk", 8)
        canvas.drawCentredString(A4[0] / 2, A4[1] - 28, "温州市人民政府公报")
        canvas.drawCentredString(A4[0] / 2, 24, f"— {document.page} —")
        canvas.restoreState()

    document = BaseDocTemplate(str(pdf), pagesize=A4, invariant=1, title="温州市人民政府公报")
    document.addPageTemplates([PageTemplate(id="columns", frames=frames, onPage=running)])
    document.build(story)
    return pdf
