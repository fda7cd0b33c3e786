"""A government text whose records the extractors cannot read (here the last page of a 民生实事 table
whose cells a .docx copy ran together, its one row cut off after its name) is kept with a warning
naming the line, not refused:
refusing it would hide that the archive lacks its facts. A text with none of the genres' words
is still refused (tests/test_build.py)."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize(
    ("name", "line", "word"),
    [
        # a county chronicle's session electing its head: 选举X为县长 is read by no extractor yet
        ("county-dashiji-xuanju.txt", 2, "选举"),
        # a five-year plan outline's title (traditional, pinyin inserted): its targets are further on
        ("songyang-shisanwu-guihua-gangyao-trad.txt", 3, "五年规划"),
        # a council's secretary-general taking office, 接任, in a Taiwanese news headline
        ("taitung-mishuzhang-jieren-trad.txt", 2, "接任"),
    ],
)
def test_texts_of_elections_plans_and_successions_are_kept_not_refused(name, line, word):
    # each was refused ("nothing recognised") by a probe of fresh pages though it holds facts
    source = read(FIXTURES / "unread" / name)
    records = extract_source(source)
    unread = [r for r in records if r.genre == UNREAD_GENRE]
    assert [(r.source.start_line, word in r.message) for r in unread] == [(line, True)]
    require_content(records, source)  # not refused
