"""The sample issue as a portal page, a Word file and PDFs (typeset by ReportLab, printed by headless
Chromium) gives the records the text gives (issue 14). The files are made from the bundled sample
at test time (tests/formats_samples.py), once per module."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

import formats_samples as samples
import pytest

from kg.extract import extract_source
from kg.resources import sample_issue
from kg.text.source import read

KINDS = ("personnel_change", "amendment", "project", "indicator")


def _facts(records, kinds=KINDS) -> list[str]:
    """The records of the four kinds (or of ``kinds``) without their provenance, white space aside
    (a PDF cannot say whether a line its layout wrapped had a space at the break)."""
    out = []
    for record in records:
        if record.kind in kinds:
            data = record.to_json()
            del data["source"]
            out.append(re.sub(r"\s+", "", json.dumps(data, ensure_ascii=False, sort_keys=True)))
    return sorted(out)


def _assert_the_text_records(records, text_records) -> None:
    """The 16 personnel changes, 7 amendments, 49 projects and 126 indicators of the text, and the
    records of every other kind but the issue's and the warnings."""
    counts = Counter(r.kind for r in records)
    assert [counts[k] for k in KINDS] == [16, 7, 49, 126]
    assert _facts(records) == _facts(text_records)
    others = {r.kind for r in text_records} - {"issue", "warning"}
    assert _facts(records, others) == _facts(text_records, others)


@pytest.fixture(scope="module")
def text() -> str:
    return sample_issue().read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def text_records(sample_records):
    return sample_records


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("formats")


@pytest.fixture(scope="module")
def page(text, folder) -> Path:
    path = folder / "wenzhou-2023-06.html"
    path.write_text(samples.page_html(text), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def word(text, folder) -> Path:
    return samples.write_docx(text, folder / "wenzhou-2023-06.docx")


@pytest.fixture(scope="module")
def typeset(text, folder) -> Path:
    pytest.importorskip("reportlab", reason="ReportLab (the test extra) typesets the PDF")
    font = samples.cjk_font()
    if font is None:
        pytest.skip("no TrueType CJK font (Debian: fonts-wqy-microhei)")
    return samples.typeset_pdf(text, folder / "wenzhou-2023-06-typeset.pdf", font)


@pytest.fixture(scope="module")
def printed(page, folder) -> Path:
    if samples.chromium() is None:
        pytest.skip("no chromium (Debian: chromium; .ci/browser.sh installs it)")
    if not Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc").is_file():
        pytest.skip("no Noto CJK fonts (Debian: fonts-noto-cjk; .ci/browser.sh installs them)")
    return samples.print_pdf(page, folder / "wenzhou-2023-06-printed.pdf")


def test_page_gives_the_records_of_the_text(page, text_records):
    source = read(page)
    assert source.origin.format == "html"
    assert source.origin.date == samples.PAGE_DATE
    assert source.origin.address == samples.PAGE_ADDRESS
    assert source.origin.converter.startswith("selectolax ")
    text = "\n".join(source.lines)
    assert "首页" not in text and "浙ICP备" not in text  # navigation and footer are not content
    assert _facts(extract_source(source)) == _facts(text_records)


def test_word_file_gives_the_records_of_the_text(word, text_records):
    source = read(word)
    assert source.origin.format == "docx"
    assert source.origin.converter.startswith("python-docx ")
    assert _facts(extract_source(source)) == _facts(text_records)


def _check_pages(source, records) -> None:
    pages = source.origin.pages
    for record in records:
        span = record.source
        assert 1 <= span.start_page <= span.end_page <= pages, span
        assert span.quote == source.quote(span.start_line, span.end_line)


@pytest.fixture(scope="module")
def typeset_read(typeset):
    source = read(typeset)
    return source, extract_source(source)


def test_typeset_pdf_gives_the_records_of_the_text(typeset_read, text_records):
    source, records = typeset_read
    assert source.origin.format == "pdf"
    assert source.origin.pages == max(source.line_pages) > 40
    assert source.origin.converter.startswith("pypdfium2 ")
    text = "\n".join(source.lines)
    assert "— 3 —" not in text  # page numbers and the running header are dropped
    assert text.count("温州市人民政府公报") == sample_issue().read_text("utf-8").count(
        "温州市人民政府公报"
    )
    records = extract_source(source)
    counts = Counter(r.kind for r in records)
    assert [counts[k] for k in KINDS] == [16, 7, 49, 126]
    # The tables survive: every project, and every indicator but those of one row of 表2-1
    # (docs/formats.md), 27, whose cell holds two values, the first ending its fourth full line,
    # which a PDF without tags cannot tell from one value wrapped (row 15's 完成上级 / 管控目标 is
    # one, drawn alike). Rows 33 and 43 (稳步下降 / 稳步提升, four ideographs a line, four a column)
    # come out run together and are split by their sub-items' count (kg/extract/indicators.py).
    facts, expected = Counter(_facts(records)), Counter(_facts(text_records))
    differing = [json.loads(fact) for fact in (expected - facts).elements()]
    assert len(differing) <= 3
    assert {d["parent"] or d["name"] for d in differing} <= {
        "节能降耗增效",  # 27: ①'s value ends at a full line, ② follows
    }
    # Numbers ReportLab broke where their next character did not fit are one number again
    # (表2-1 row 28's ≥3.5 / %, 表2-2 row 13's 14.8 / 6公里), values a line apart stay apart.
    assert "年均下降幅度≥3.5% 增长幅度高于全省平均或逐年上升" in text
    assert "其中生态化整治14.86公里" in text and "总面积315301.63公顷" in text
    assert "现状值(2020年)\t规划值(2025年)" in text
    assert "\t≥50 100 逐步下降" in text
    projects = [r for r in records if r.kind == "project"]
    assert _facts(projects) == _facts(r for r in text_records if r.kind == "project")
    _check_pages(source, records)
    span = records[0].to_json()["source"]  # what `extract` prints and records.jsonl holds
    assert set(span) == {"file", "start_line", "end_line", "quote", "start_page", "end_page"}


@pytest.mark.browser
def test_pdf_printed_by_chromium_gives_the_records_of_the_text(printed, text_records):
    source = read(printed)
    assert source.origin.pages == max(source.line_pages) > 40
    text = "\n".join(source.lines)
    assert "file://" not in text  # Chromium's own header and footer are dropped
    # Chromium's text layer with Noto CJK maps some ideographs to Kangxi radicals (⽇ for 日);
    # PDFium folds them as it reads, kg.text.reading what is left.
    assert not re.search(r"[\u2f00-\u2fdf]", text)
    records = extract_source(source)
    # Every record, values on lines of their own in a cell included where a line was full anyway
    # (不明显 / 不降低, three ideographs a column): Chromium's PDF is tagged, each run of text
    # between two <br> its own marked-content sequence, which tells them from a wrapped value.
    # And the records of every other kind but the issue's (its table of contents, whose entries a
    # text parts by blank lines, docs/formats.md) and warnings (they name lines): a paragraph is
    # one run, so its lines are joined where the layout wrapped them short of the edge (before a
    # number or a quotation too long for what was left of the line).
    _assert_the_text_records(records, text_records)
    # A number too wide for its cell overflows into the next one (315301.63, 0.596，): it stays.
    assert "总面积315301.63公顷" in text and "②0.596，并逐年提升" in text
    projects = [r for r in records if r.kind == "project"]
    assert _facts(projects) == _facts(r for r in text_records if r.kind == "project")
    _check_pages(source, records)


@pytest.fixture(scope="module")
def tagged(page, folder) -> Path:
    try:
        import weasyprint  # noqa: F401
    except ImportError:
        pytest.skip("no WeasyPrint (the test extra) to typeset the page")
    except OSError as exc:  # WeasyPrint loads Pango when imported
        pytest.skip(f"no Pango for WeasyPrint (Debian: libpango-1.0-0, libpangoft2-1.0-0): {exc}")
    if not Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc").is_file():
        pytest.skip("no Noto CJK fonts (Debian: fonts-noto-cjk; .ci/browser.sh installs them)")
    return samples.weasyprint_pdf(page, folder / "wenzhou-2023-06-weasyprint.pdf")


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def test_tagged_pdf_typeset_by_a_pdf_library_gives_the_records_of_the_text(tagged, text_records):
    """The sample's page typeset by WeasyPrint, tagged: each line box is a marked-content sequence
    of its own, so the sequences cannot tell a cell's line its author ended from one the layout
    wrapped (73 of the 198 records differed read so, 63 untagged); its structure tree can: a
    cell's lines between two <br> (elements that draw nothing) are one run (表2-1 row 27's
    完成地方年度能耗“双控”目标任务 / 完成上级规定的年度减煤目标任务, two values, row 15's
    完成上级 / 管控目标 one, which ReportLab's untagged PDF draws alike), and a number WeasyPrint
    keeps whole over a cell's rule (2024-2030, ≥13.78) stays in its cell, the next cell's text,
    drawn by another sequence, in its own."""
    import pypdfium2 as pdfium

    source = read(tagged)
    assert source.origin.format == "pdf"
    assert source.origin.pages == max(source.line_pages) > 40
    records = extract_source(source)
    _assert_the_text_records(records, text_records)
    _check_pages(source, records)
    # Every quote is on its pages: its first cell's first characters on its start page, its last
    # cell's last on its end page, or on the next where a line goes on over the page's end (a
    # line keeps the page it starts on).
    document = pdfium.PdfDocument(tagged)
    try:
        pages = [
            _squeezed(document[i].get_textpage().get_text_range()) for i in range(len(document))
        ]
    finally:
        document.close()
    for record in records:
        span = record.source
        lines = span.quote.split("\n")
        head = _squeezed(lines[0].split("\t")[0])[:8]
        tail = _squeezed([c for c in lines[-1].split("\t") if c.strip()][-1])[-8:]
        assert head in pages[span.start_page - 1], (record.kind, span.start_page, head)
        assert tail in "".join(pages[span.end_page - 1 : span.end_page + 1]), (record.kind, tail)


def test_a_folder_contributes_every_format(page, word, folder):
    from kg.build import resolve_inputs

    found = resolve_inputs([folder])
    assert page in found and word in found


def test_graph_records_the_origin_and_the_pages(typeset_read):
    from rdflib import Literal, URIRef

    from kg.iris import Minter, resolve_base
    from kg.namespaces import DCTERMS, GKG, SDO, XSD
    from kg.rdf import map_records

    source, records = typeset_read
    origin = source.origin.to_json()
    graph, _ = map_records(records, Minter(resolve_base(None)), source.name, "温州市", origin)
    pdf = URIRef("https://www.iana.org/assignments/media-types/application/pdf")
    (issue,) = graph.subjects(DCTERMS["format"], pdf)
    pages = Literal(source.origin.pages, datatype=XSD.positiveInteger)
    assert graph.value(issue, SDO.numberOfPages) == pages
    assert str(graph.value(issue, GKG.converter)).startswith("pypdfium2 ")
    spans = set(graph.subjects(GKG.startLine, None))
    assert spans and all(graph.value(s, GKG.startPage) is not None for s in spans)


def _cell(lines: list[str], runs: list[int], em: float = 10.0):
    """The characters of a cell's lines set one em apart from its left edge (x=0), line under
    line, and the function that gives each character the marked-content run given for its line
    (what kg.formats.pdf._Runs asks PDFium)."""
    from kg.formats.pdf import _Char

    chars, run_of = [], {}
    for number, (line, run) in enumerate(zip(lines, runs, strict=True)):
        base = 100.0 - 1.5 * em * number
        for k, ch in enumerate(line):
            x = k * em
            chars.append(_Char(ch, x, x + em, base - 1, base + em - 1, base, x, k > 0))
            run_of[id(chars[-1])] = run
    return chars, lambda ch: run_of[id(ch)]


def test_a_tagged_cell_tells_a_line_its_author_ended_from_a_wrapped_one():
    """The sample's 表2-1 row 14 cell 不明显 / 不降低 in a column three ideographs wide: both lines
    full, so their geometry says wrapped; in a tagged PDF the two lines are two runs of text (a
    <br> between them) and a space joins them, one run wrapped over two lines is joined."""
    from kg.formats.pdf import _cell_text

    chars, runs = _cell(["不明显", "不降低"], [0, 1])
    assert _cell_text(chars, 0.0, 30.0, runs) == "不明显 不降低"
    assert _cell_text(chars, 0.0, 30.0) == "不明显不降低"  # untagged: no way to tell
    assert _cell_text(chars, 0.0, 45.0) == "不明显 不降低"  # 不 would have fitted: ended
    wrapped, runs = _cell(["不明显", "不降低"], [0, 0])
    assert _cell_text(wrapped, 0.0, 30.0, runs) == "不明显不降低"


def test_a_number_a_layout_broke_in_a_cell_is_one_number():
    """ReportLab's CJK wrap breaks a line anywhere, inside a number too (the sample's 表2-2 row 13:
    其中生态化整治14.8 / 6公里, 表2-1 row 28: ≥3.5 / %). Where the next line's first character would
    not have fitted and the parts read as one number, after an ideograph (a layout keeping numbers
    whole would have carried the number down whole) or with % at the break, they are joined;
    numbers on lines of their own stay apart."""
    from kg.formats.pdf import _cell_text

    broken, _ = _cell(["化整治14.8", "6公里"], [0, 0])
    assert _cell_text(broken, 0.0, 75.0) == "化整治14.86公里"
    assert _cell_text(broken, 0.0, 90.0) == "化整治14.8 6公里"  # 6 would have fitted: ended
    percent, _ = _cell(["幅度≥3.5", "%", "增长幅度"], [0, 0, 0])
    assert _cell_text(percent, 0.0, 60.0) == "幅度≥3.5% 增长幅度"
    point, _ = _cell(["积315301.", "63公顷"], [0, 0])  # 表2-1 row 23: 总面积315301. / 63公顷
    assert _cell_text(point, 0.0, 85.0) == "积315301.63公顷"
    # Values stacked, or wrapped at the space between them (the sample's page with spaces in its
    # cells printed by Chromium: 逐年提升(2019年81.77, / 2020年82.05)), stay apart.
    for stacked in (["100", "100"], ["≥50", "100"], ["2020", "2025"], ["2019年81.77,", "2020年"]):
        chars, _ = _cell(stacked, [0, 0])
        assert _cell_text(chars, 0.0, 10.0 * len(stacked[0])) == " ".join(stacked)
    tagged, runs = _cell(["化整治14.8", "6公里"], [0, 1])  # two runs: the author's break
    assert _cell_text(tagged, 0.0, 75.0, runs) == "化整治14.8 6公里"


def test_a_table_row_cut_by_the_page_edge_is_a_row():
    """A row that goes on over the page: its column rules run past the table's last horizontal
    rule to the page's edge, where no rule closes it; the part on this page is still a row."""
    from kg.formats.pdf import _tables

    columns = (50.0, 150.0, 250.0)
    rules = [("h", y, 50.0, 250.0) for y in (700.0, 680.0, 660.0)]
    rules += [("v", x, 600.0, 700.0) for x in columns]  # the last row is cut at y=600
    (table,) = _tables(rules)
    assert table.ys == [700.0, 680.0, 660.0, 600.0]
    assert table.columns[-1] == list(columns)


# A cut of a real portal page: 达州市“十四五”林业发展主要目标指标表, http://meilidazhou.isenlin.cn (the
# store's copy is devcorpus/raw/B-37; it ends inside the second row's 属性 cell, as here). Its
# 类别 cell spans the rows below (rowspan="4").
DAZHOU_TABLE = (
    '<p align="center"> “十四五”林业发展主要目标指标表</p> <table align="center" border="1" '
    'cellpadding="3" cellspacing="0" class="efileTemplatesTable" style="border-collapse: '
    'collapse; width: 100%;" width="729"> <tbody> <tr> <td> <div>类别</div> </td> <td> '
    "<div>序号</div> </td> <td> <div>指标名称</div> </td> <td> <div>2020年</div> </td> <td> "
    '<div>2025年</div> </td> <td> <div>属性</div> </td> </tr> <tr> <td rowspan="4"> '
    "<div>生态建设</div> </td> <td> <div>1</div> </td> <td> <div>森林覆盖率(%)</div> </td> <td> "
    "<div>45.31</div> </td> <td> <div>46.3</div> </td> <td> <div>约束性</div> </td> </tr> <tr> "
    "<td> <div>2</div> </td> <td> <div>森林蓄积量(万立方米)</div> </td> <td> <div>4606.24</div> "
    "</td> <td> <div>5000</div> </td> <td> <div>约"
)


def test_a_cell_spanning_rows_leaves_its_columns_to_the_rows_below(tmp_path):
    path = tmp_path / "dazhou.html"
    path.write_text(f"<html><body>{DAZHOU_TABLE}</body></html>", encoding="utf-8")
    lines = read(path).lines
    at = lines.index("类别\t序号\t指标名称\t2020年\t2025年\t属性")
    assert lines[at + 1 : at + 3] == (
        "生态建设\t1\t森林覆盖率(%)\t45.31\t46.3\t约束性",
        "\t2\t森林蓄积量(万立方米)\t4606.24\t5000\t约",  # 序号 2 under 序号, not under 类别
    )


def test_spans_across_columns_and_rows_keep_every_cell_under_its_heading(tmp_path):
    """Two heading rows (序号 and 指标属性 spanning both, 规划值 over two years), as portal pages
    print plan tables; a rowspan reaching past a row's last cell still holds its column. The row
    is the sample's 表2-2 row 3, its headings the sample's."""
    page = (
        "<html><body><div id='zoom'><p>表2-2国家级生态文明建设指标规划表</p><table>"
        '<tr><td rowspan="2">序号</td><td colspan="2">规划值</td><td rowspan="2">指标属性</td>'
        "</tr><tr><td>2025年</td><td>2030年</td></tr>"
        "<tr><td>3</td><td>不下降</td><td>不下降</td><td>约束性</td></tr></table></div></body></html>"
    )
    path = tmp_path / "spans.html"
    path.write_text(page, encoding="utf-8")
    assert read(path).lines[1:] == (
        "序号\t规划值\t\t指标属性",
        "\t2025年\t2030年\t",
        "3\t不下降\t不下降\t约束性",
    )


@pytest.mark.parametrize("columns", [2, 3])
def test_a_page_in_columns_is_read_column_by_column(columns, text, text_records, folder):
    """The sample's text outside its tables set in two, then three justified columns under a
    running header: read column after column, page after page, the text comes out in the sample's
    order from its first line, the cover included (its first column a colophon of short lines, so
    what tells the columns is that the text layer goes down one column before the next), and
    gives the sample's personnel changes."""
    pytest.importorskip("reportlab", reason="ReportLab (the test extra) typesets the PDF")
    font = samples.cjk_font()
    if font is None:
        pytest.skip("no TrueType CJK font (Debian: fonts-wqy-microhei)")
    source = read(samples.columns_pdf(text, folder / f"{columns}-columns.pdf", font, columns))

    def flat(value: str) -> str:
        return re.sub(r"\s+", "", value)

    # Equal: the running header and page numbers over the columns on 20-odd pages are dropped
    # (over three columns they stand over the middle one).
    expected = "".join(lines[0] for kind, lines in samples.blocks(text) if kind == "lines")
    assert flat("".join(source.lines)) == flat(expected)
    assert source.origin.pages > 20
    changes = [r for r in extract_source(source) if r.kind == "personnel_change"]
    assert _facts(changes) == _facts(r for r in text_records if r.kind == "personnel_change")
    assert len(changes) == 16
