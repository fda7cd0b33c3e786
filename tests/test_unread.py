"""A government text whose records the extractors cannot read (here the last page of a 民生实事 table
whose cells a .docx copy ran together, its one row cut off after its name) is kept with a warning
naming the line, not refused:
refusing it would hide that the archive lacks its facts. A text with none of the genres' words
is still refused (tests/test_build.py)."""

from __future__ import annotations

from kg.cli import main
from kg.extract import UNREAD_GENRE, extract_source, require_content
from kg.text.source import read
from tests.conftest import FIXTURES

RUN_TOGETHER = FIXTURES / "unread" / "zhonglou-table-run-together.txt"


def test_an_unreadable_government_text_gets_a_warning_naming_its_line():
    source = read(RUN_TOGETHER)
    records = extract_source(source)
    assert all(r.kind == "warning" for r in records)  # the table's reader warns of the cut row too
    unread = [r for r in records if r.genre == UNREAD_GENRE]
    assert [(r.kind, r.source.start_line) for r in unread] == [("warning", 2)]
    assert "民生实事" in unread[0].message
    require_content(records, source)  # not refused


def test_it_builds_and_the_summary_says_what_is_missing(tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["build", str(RUN_TOGETHER), "--out", str(out), "--no-views"]) == 0
    assert "[unread] no record read" in (out / "summary.txt").read_text(encoding="utf-8")
