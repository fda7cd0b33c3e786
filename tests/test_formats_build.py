"""Issue 14 through the command line: `gazette-kg build` of the sample as a portal page and as a
typeset PDF writes the records of the text with their pages, and the source's format, page count and
converter in the manifest and the graph, as docs/formats.md shows; a file is recognised by its
content, not its name; a traditional-script page is read through OpenCC, its quotes as written; an
empty Word file given to `build` writes nothing."""

from __future__ import annotations

import hashlib
import html
import json
import re
import shutil
from collections import Counter
from pathlib import Path

import formats_samples as samples
import pytest

from kg.build import resolve_inputs
from kg.cli import main
from kg.extract import extract_source
from kg.resources import sample_issue
from kg.text.source import read

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures"
KINDS = ("personnel_change", "amendment", "project", "indicator")
MEDIA = "https://www.iana.org/assignments/media-types/"


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("formats-build")


@pytest.fixture(scope="module")
def text() -> str:
    return sample_issue().read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def page(text, folder) -> Path:
    path = folder / "wenzhou-2023-06.html"
    path.write_text(samples.page_html(text), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def typeset(text, folder) -> Path:
    pytest.importorskip("reportlab", reason="ReportLab (the test extra) typesets the PDF")
    font = samples.cjk_font()
    if font is None:
        pytest.skip("no TrueType CJK font (Debian: fonts-wqy-microhei)")
    return samples.typeset_pdf(text, folder / "wenzhou-2023-06.pdf", font)


def _build(path: Path, out: Path) -> tuple[dict, list[dict], str]:
    assert main(["build", str(path), "--out", str(out)]) == 0
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    records = [
        json.loads(line)
        for line in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    return manifest, records, (out / "graph.ttl").read_text(encoding="utf-8")


def _counts(records: list[dict]) -> list[int]:
    counts = Counter(r["kind"] for r in records)
    return [counts[k] for k in KINDS]


def _docs_example(after: str) -> dict:
    """The JSON docs/formats.md prints, as comment lines, under the command line ending ``after``."""
    lines = (ROOT / "docs" / "formats.md").read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if line.rstrip().endswith(after))
    shown = []
    for line in lines[at + 1 :]:
        if not line.startswith("#"):
            break
        shown.append(line[1:].strip())
    return json.loads("".join(shown).replace("…", ""))


def test_build_of_a_page_records_its_origin_in_manifest_and_graph(page, folder):
    manifest, records, graph = _build(page, folder / "html-kg")
    (entry,) = manifest["sources"]
    origin = entry["origin"]
    assert origin["format"] == "html" and origin["media_type"] == "text/html"
    assert origin["converter"].startswith("selectolax ")
    assert origin["date"] == samples.PAGE_DATE and origin["address"] == samples.PAGE_ADDRESS
    assert origin["file_sha256"] == hashlib.sha256(page.read_bytes()).hexdigest()
    # docs/formats.md shows this origin (its digest cut short; the converter's version aside)
    shown = _docs_example("jq '.sources[0].origin' html-kg/manifest.json")
    assert shown.keys() == origin.keys()
    for key in ("format", "media_type", "date", "address"):
        assert shown[key] == origin[key], key
    assert shown["converter"].split()[0] == origin["converter"].split()[0]
    assert _counts(records) == [16, 7, 49, 126]
    assert f"<{MEDIA}text/html>" in graph
    assert samples.PAGE_ADDRESS in graph and f'"{samples.PAGE_DATE}"' in graph
    assert "startPage" not in graph  # a page has no pages


def test_build_of_a_pdf_gives_each_record_its_pages_and_the_graph_its_origin(typeset, folder):
    manifest, records, graph = _build(typeset, folder / "pdf-kg")
    (entry,) = manifest["sources"]
    origin = entry["origin"]
    assert origin["format"] == "pdf" and origin["media_type"] == "application/pdf"
    assert origin["converter"].startswith("pypdfium2 ") and "PDFium" in origin["converter"]
    pages = origin["pages"]
    assert pages > 40
    assert _counts(records) == [16, 7, 49, 126]
    for record in records:
        span = record["source"]
        assert 1 <= span["start_page"] <= span["end_page"] <= pages, span
    assert f"<{MEDIA}application/pdf>" in graph
    assert re.search(rf'schema:numberOfPages "{pages}"\^\^xsd:positiveInteger', graph)
    assert graph.count("gkg:startPage") == graph.count("gkg:startLine") > 200
    # `gazette-kg extract FILE.pdf --kind personnel_change | head -1` as docs/formats.md shows it
    first = next(r for r in records if r["kind"] == "personnel_change")["source"]
    shown = _docs_example("jq -c .source")
    assert first == shown


def test_a_file_is_recognised_by_its_content_not_its_name(page, typeset, text, tmp_path):
    as_text = tmp_path / "issue-page.txt"
    shutil.copy(page, as_text)
    assert read(as_text).origin.format == "html"
    pdf_as_text = tmp_path / "issue-pdf.txt"
    shutil.copy(typeset, pdf_as_text)
    source = read(pdf_as_text)
    assert source.origin.format == "pdf" and source.line_pages is not None
    # a text that names %PDF- on a later line (as a note on files may) is a text
    mention = tmp_path / "note.txt"
    mention.write_text(text[:2000] + "\n%PDF-1.4 附件\n", encoding="utf-8")
    assert read(mention).origin is None
    # .htm beside .html: a folder contributes both (and the page named .txt, a text by its name)
    shutil.copy(page, tmp_path / "page.htm")
    found = {p.name for p in resolve_inputs([tmp_path])}
    assert {"page.htm", "issue-page.txt", "issue-pdf.txt", "note.txt"} <= found
    assert [p.name for p in resolve_inputs([str(tmp_path / "*.ht*")])] == ["page.htm"]  # a glob


def test_a_page_dated_in_its_text_and_addressed_by_og_url_keeps_both(text, tmp_path):
    """The sample's page without its PubDate meta and canonical link: the date comes from its
    发布日期 line, the address from its og:url."""
    page = samples.page_html(text)
    page = re.sub(r'<meta name="PubDate"[^>]*>', "", page)
    og_url = f'<meta property="og:url" content="{samples.PAGE_ADDRESS}">'
    page = re.sub(r'<link rel="canonical"[^>]*>', og_url, page)
    assert "PubDate" not in page and "canonical" not in page
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    origin = read(path).origin
    assert (origin.date, origin.address) == (samples.PAGE_DATE, samples.PAGE_ADDRESS)


TRADITIONAL = FIXTURES / "amendments" / "congress-news-approvals-repeal-2024-trad.txt"


def test_a_traditional_script_page_reads_as_its_text_with_its_quotes_as_written(tmp_path):
    """K-08 of the development corpus (cut; traditional script with pinyin inserted), published
    as a page: its paragraphs as <p>, its address as the canonical link. Read through OpenCC, it
    gives the records its text gives; each quote is the page's line as written."""
    lines = TRADITIONAL.read_text(encoding="utf-8").splitlines()
    address = lines[0].split()[2]  # "# source: ADDRESS (…)"
    body = "".join(f"<p>{html.escape(line)}</p>" for line in lines[1:] if line.strip())
    path = tmp_path / "k-08.html"
    path.write_text(
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><link rel='canonical' href='{address}'>"
        f"</head><body><nav><a href='/'>首頁</a></nav><div class='article'>{body}</div>"
        "</body></html>",
        encoding="utf-8",
    )

    def facts(records) -> list[str]:
        out = []
        for record in records:
            data = record.to_json()
            del data["source"]
            out.append(json.dumps(data, ensure_ascii=False, sort_keys=True))
        return sorted(out)

    source = read(path)
    assert source.origin.address == address
    records = extract_source(source)
    assert facts(records) == facts(extract_source(read(TRADITIONAL)))
    amendments = [r for r in records if r.kind == "amendment"]
    assert len(amendments) == 3
    for record in amendments:
        span = record.source
        assert span.quote == source.quote(span.start_line, span.end_line)
        assert "會議" in span.quote and "廢止" in span.quote  # as written, not simplified


def _refused(capsys, path: Path, out: Path, expected: str) -> str:
    assert main(["build", str(path), "--out", str(out)]) == 2
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1 and captured.err.startswith("error: "), captured.err
    assert expected in captured.err and path.name in captured.err
    assert not out.exists()  # nothing written
    return captured.err


def test_an_empty_word_file_given_to_build_writes_nothing(tmp_path, capsys):
    import docx

    path = tmp_path / "empty.docx"
    docx.Document().save(path)
    _refused(capsys, path, tmp_path / "out", "empty Word document")


def test_a_wps_file_names_the_conversion_to_make(tmp_path, capsys):
    path = tmp_path / "notice.wps"  # WPS writes a Word 97 compound file (its WordDocument stream)
    path.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100 + "WordDocument".encode("utf-16-le")
    )
    err = _refused(capsys, path, tmp_path / "out", "WPS file")
    assert "libreoffice --headless --convert-to docx" in err


def test_a_word_file_gives_the_lines_of_the_text_its_tables_full_rows(text, tmp_path):
    """The sample as a Word file (paragraphs, its tab-separated lines as tables): its lines are the
    text's, blank lines aside, every table row with its empty last cells (表2-1's rows end in
    empty 是否达标 cells)."""
    lines = read(samples.write_docx(text, tmp_path / "sample.docx")).lines
    assert list(lines) == [line for line in text.split("\n") if line.strip()]


def test_word_merged_cells_keep_every_cell_under_its_heading(tmp_path):
    """Two heading rows merged as Word merges them (序号 and 指标属性 over both rows: vMerge;
    规划值 over two years: gridSpan), the row the sample's 表2-2 row 3, its headings the sample's,
    read on the table's grid as the web page reader reads rowspan and colspan."""
    import docx

    document = docx.Document()
    document.add_paragraph("表2-2国家级生态文明建设指标规划表")
    table = document.add_table(rows=3, cols=4)
    cells = {(0, 0): "序号", (0, 1): "规划值", (0, 3): "指标属性", (1, 1): "2025年"}
    cells |= {(1, 2): "2030年", (2, 0): "3", (2, 1): "不下降", (2, 2): "不下降", (2, 3): "约束性"}
    for (row, column), value in cells.items():
        table.cell(row, column).text = value
    table.cell(0, 0).merge(table.cell(1, 0))
    table.cell(0, 1).merge(table.cell(0, 2))
    table.cell(0, 3).merge(table.cell(1, 3))
    path = tmp_path / "spans.docx"
    document.save(path)
    assert read(path).lines[1:] == (
        "序号\t规划值\t\t指标属性",
        "\t2025年\t2030年\t",
        "3\t不下降\t不下降\t约束性",
    )


def test_a_pdf_locked_only_against_printing_and_copying_is_read(text, tmp_path):
    """An owner password and no user password (printing, copying, changing forbidden), as some
    portals publish their issues: the PDF opens and its text is read (docs/formats.md). The page
    holds the sample's lines 1201–1260 outside its tables, 40 characters of each."""
    pytest.importorskip("reportlab", reason="ReportLab (the test extra) makes the PDF")
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    lines = [x for x in text.splitlines()[1200:1260] if x.strip() and "\t" not in x][:20]
    path = tmp_path / "locked.pdf"
    locks = dict(canPrint=0, canModify=0, canCopy=0, canAnnotate=0)
    page = canvas.Canvas(
        str(path), invariant=1, encrypt=StandardEncryption("", ownerPassword="owner", **locks)
    )
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    page.setFont("STSong-Light", 12)
    for number, line in enumerate(lines):
        page.drawString(40, 800 - 18 * number, line[:40])
    page.showPage()
    page.save()
    assert b"/Encrypt" in path.read_bytes()
    source = read(path)
    assert source.origin.format == "pdf" and source.origin.pages == 1
    flat = "".join(source.lines)
    assert all(line[:40] in flat for line in lines)


def test_extract_reads_a_pdf_and_a_page(typeset, page, capsys):
    """`gazette-kg extract FILE.pdf --kind personnel_change`, as docs/formats.md runs it: the 16
    changes of the sample, the first with the source docs/formats.md shows; a page gives the same
    16 without pages."""
    assert main(["extract", str(typeset), "--kind", "personnel_change"]) == 0
    printed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(printed) == 16
    assert printed[0]["source"] == _docs_example("jq -c .source")
    assert main(["extract", str(page), "--kind", "personnel_change"]) == 0
    from_page = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(from_page) == 16 and "start_page" not in from_page[0]["source"]
    assert [r["person"] for r in from_page] == [r["person"] for r in printed]
