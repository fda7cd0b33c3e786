"""Bad input files: one clear line naming the file, exit 2, nothing written (issues 14 and 16).

The PDFs are made from the bundled sample at test time: a scan (a page of the typeset sample
rendered to an image and put in a PDF without text), an encrypted one, a truncated one."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from kg.build import resolve_inputs
from kg.cli import main
from kg.resources import sample_issue

SAMPLE = sample_issue().read_text(encoding="utf-8")


def _one_line_error(capsys, argv: list[str], out: Path, expected: str) -> str:
    building = argv[0] == "build"
    assert main([*argv, "--out", str(out)] if building else argv) == 2
    captured = capsys.readouterr()
    err = captured.err
    assert err.count("\n") == 1 and err.startswith("error: "), err
    assert captured.out == ""
    assert expected in err, err
    assert not out.exists()  # nothing written
    return err


@pytest.fixture(scope="module")
def canvas_pdf():
    pytest.importorskip("reportlab", reason="ReportLab (the test extra) makes the PDFs")
    from reportlab.pdfgen import canvas

    def make(draw, **options) -> bytes:
        buffer = io.BytesIO()
        page = canvas.Canvas(buffer, invariant=1, **options)
        draw(page)
        page.showPage()
        page.save()
        return buffer.getvalue()

    return make


@pytest.fixture(scope="module")
def scan(tmp_path_factory, canvas_pdf) -> Path:
    """The sample's first lines as a scanned page: pixels, no text layer."""
    from PIL import Image, ImageDraw
    from reportlab.lib.utils import ImageReader

    image = Image.new("L", (800, 300), 255)
    ImageDraw.Draw(image).text((20, 20), "Wenzhou gazette 2023 no. 6 (scanned)", fill=0)

    def draw(page) -> None:
        page.drawImage(ImageReader(image), 50, 400, width=500, height=190)

    path = tmp_path_factory.mktemp("scan") / "scan.pdf"
    path.write_bytes(canvas_pdf(draw))
    return path


def _text_page(page) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    page.setFont("STSong-Light", 12)
    for number, line in enumerate(SAMPLE.splitlines()[1200:1240]):
        page.drawString(40, 800 - 18 * number, line[:40])


def test_scan_only_pdf(scan, tmp_path, capsys):
    err = _one_line_error(capsys, ["build", str(scan)], tmp_path / "out", "no text layer in 1 page")
    assert "OCR it first" in err and "scan.pdf" in err


def test_encrypted_pdf(tmp_path, capsys, canvas_pdf):
    path = tmp_path / "locked.pdf"
    path.write_bytes(canvas_pdf(_text_page, encrypt="secret"))
    _one_line_error(capsys, ["build", str(path)], tmp_path / "out", "encrypted PDF")


def test_truncated_pdf(tmp_path, capsys, canvas_pdf):
    data = canvas_pdf(_text_page)
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: len(data) * 2 // 3])
    _one_line_error(capsys, ["build", str(path)], tmp_path / "out", "truncated PDF")


def test_page_without_chinese(tmp_path, capsys):
    path = tmp_path / "page.html"
    path.write_text(
        "<!DOCTYPE html><html><head><title>Gazette</title></head><body><nav>Home</nav>"
        "<div class='article'><p>The municipal gazette, issue 6 of 2023.</p></div></body></html>",
        encoding="utf-8",
    )
    _one_line_error(capsys, ["build", str(path)], tmp_path / "out", "no Chinese text")


def test_empty_word_file(tmp_path, capsys):
    import docx

    path = tmp_path / "empty.docx"
    docx.Document().save(path)
    _one_line_error(capsys, ["extract", str(path)], tmp_path / "out", "empty Word document")


def test_word_97_file_names_the_conversion(tmp_path, capsys):
    path = tmp_path / "notice.doc"  # an OLE2 compound file header with a WordDocument stream name
    path.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100 + "WordDocument".encode("utf-16-le")
    )
    err = _one_line_error(capsys, ["build", str(path)], tmp_path / "out", "convert it to .docx")
    assert "notice.doc" in err


def test_previous_build_is_kept(scan, tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    (out / "manifest.json").write_text("{}", encoding="utf-8")
    assert main(["build", str(scan), "--out", str(out)]) == 2
    assert (out / "manifest.json").read_text(encoding="utf-8") == "{}"


# Issue 16, case 6 -------------------------------------------------------------------------------


def _deep_tree(root: Path, levels: int, texts: dict[int, str]) -> None:
    """``levels`` folders ``d`` one inside the other under ``root``, made one level at a time (the
    whole path is longer than PATH_MAX), a copy of the sample named ``texts[level]`` at each level
    given."""
    os.chdir(root)
    for level in range(1, levels + 1):
        os.mkdir("d")
        os.chdir("d")
        if level in texts:
            Path(texts[level]).write_text(SAMPLE, encoding="utf-8")


def _remove_deep_tree(root: Path, levels: int) -> None:
    """Removed bottom up by hand: shutil.rmtree recurses as deep as the tree."""
    os.chdir(root)
    for _ in range(levels):
        os.chdir("d")
    for _ in range(levels):
        for name in os.listdir("."):
            if name != "d":
                os.remove(name)
        os.chdir("..")
        os.rmdir("d")


def test_deeply_nested_folders(tmp_path, monkeypatch, capsys):
    """2,500 folders one inside the other (issue 16): walked without recursion. The text at level
    1,500 is read (a path can still name it); those at levels 2,100 and 2,500, whose paths are
    longer than PATH_MAX (readme9: left out without a word, exit 0), are each named in a one-line
    warning on standard error, with why."""
    monkeypatch.chdir(tmp_path)  # the working folder is put back after the test
    tree = tmp_path / "tree"
    tree.mkdir()
    try:
        _deep_tree(tree, 2500, {1500: "issue.txt", 2100: "x2100.txt", 2500: "x2500.txt"})
        os.chdir(tmp_path)
        found = resolve_inputs([tree])
        assert len(found) == 1 and found[0].name == "issue.txt"
        warnings = capsys.readouterr().err.splitlines()
        assert len(warnings) == 2
        for name, level in (("x2100.txt", 2100), ("x2500.txt", 2500)):
            head = f"warning: {tree}/" + "d/" * level + name + ": skipped: "
            (warning,) = [w for w in warnings if w.startswith(head)]
            assert "longer than the system's limit" in warning
    finally:
        _remove_deep_tree(tree, 2500)
        os.chdir(tmp_path)


def test_a_folder_holding_texts_only_beyond_the_path_limit(tmp_path, monkeypatch, capsys):
    """readme9: with only a text at level 2,500, the error said the folder held no .txt (false):
    it says the folder holds one beyond the path limit, after naming it."""
    monkeypatch.chdir(tmp_path)
    tree = tmp_path / "tree"
    tree.mkdir()
    try:
        _deep_tree(tree, 2500, {2500: "x2500.txt"})
        os.chdir(tmp_path)
        assert main(["extract", str(tree)]) == 2
        err = capsys.readouterr().err.splitlines()
        assert len(err) == 2
        assert "x2500.txt: skipped: " in err[0]
        assert err[1].startswith(f"error: {tree}: folder holds 1 document(s) only below")
        assert "no .txt" not in err[1]
    finally:
        _remove_deep_tree(tree, 2500)
        os.chdir(tmp_path)


def test_fifo_named_txt(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")
    (folder / "issue.txt").write_text(SAMPLE, encoding="utf-8")
    assert [p.name for p in resolve_inputs([folder])] == ["issue.txt"]  # the FIFO is passed over
    _one_line_error(
        capsys, ["extract", str(folder / "pipe.txt")], tmp_path / "out", "not a regular file"
    )


def test_newline_in_a_file_name(tmp_path, capsys):
    path = tmp_path / "bad\nname.txt"
    path.write_bytes(b"")
    err = _one_line_error(capsys, ["extract", str(path)], tmp_path / "out", "empty file")
    assert "bad\\nname.txt" in err


def test_utf16_without_bom(tmp_path, capsys):
    path = tmp_path / "utf16.txt"
    path.write_bytes(SAMPLE.encode("utf-16-le"))
    assert main(["extract", str(path), "--kind", "personnel_change"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 16


def test_ofd_names_the_conversion(tmp_path, capsys):
    import zipfile

    path = tmp_path / "notice.ofd"  # the package layout of GB/T 33190: OFD.xml at the root
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("OFD.xml", '<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"/>')
        archive.writestr("Doc_0/Document.xml", "<ofd:Document/>")
    err = _one_line_error(capsys, ["build", str(path)], tmp_path / "out", "OFD document")
    assert "export it as PDF" in err
