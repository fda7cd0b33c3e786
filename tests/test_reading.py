"""The reading layer (kg/text/reading.py): traditional script, look-alike code points and inserted
pinyin are folded for matching, and values read there come back as the text writes them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.build import records_jsonl
from kg.extract import extract_source
from kg.resources import package_path
from kg.text import reading
from kg.text.reading import read_line, reading_of, to_simplified
from kg.text.source import from_text, read
from tests.conftest import devcorpus_text

SAMPLE = package_path("data", "wenzhou-gazette-2023-06.txt")

# http://destroybadbreath.com/sy/rdxw/200801/t20080124_577530.htm (a mirror that inserts pinyin)
TRAD = "國務(wù)院總理溫家寶15日簽署國務(wù)院令,公布《國務(wù)院關(guān)于廢止部分行政法規(guī)的決定》"


def test_traditional_script_and_pinyin_are_read_as_simplified():
    line = read_line(TRAD)
    assert line is not None
    assert line.text == "国务院总理温家宝15日签署国务院令,公布《国务院关于废止部分行政法规的决定》"


def test_values_come_back_as_written():
    reading = reading_of(from_text("标题\n" + TRAD + "\n"))
    assert reading.changed
    assert reading.as_written("国务院关于废止部分行政法规的决定") == (
        "國務(wù)院關(guān)于廢止部分行政法規(guī)的決定"
    )
    # pinyin after the last character belongs to the value
    assert reading.as_written("行政法规") == "行政法規(guī)"
    assert reading.as_written("温州市") == "温州市"  # not in the text: left as it is
    assert reading.source.lines[0] == "标题"


def test_lookalike_radicals_are_folded_for_reading_only():
    """⻓ (U+2ED3, CJK radicals supplement) and ⽇ (U+2F47, Kangxi) as PDF text layers carry them."""
    reading = reading_of(from_text("市⻓办公会议\n2023年6⽉8⽇\n"))
    assert reading.source.lines[:2] == ("市长办公会议", "2023年6月8日")
    assert reading.as_written("市长办公会议") == "市⻓办公会议"


def test_simplified_text_reads_as_itself():
    source = from_text("温州市人民政府关于印发《温州市数字经济发展规划》的通知\n")
    reading = reading_of(source)
    assert not reading.changed and reading.source is source
    assert to_simplified("温政发〔2023〕18号") == "温政发〔2023〕18号"


def test_a_latin_letter_in_brackets_is_not_pinyin():
    assert read_line("第一款(a)项") is None


# --- physical lines too long to read whole ---------------------------------------------------

FIXTURES = Path(__file__).parent / "fixtures"
_LONG_LINED = [  # real texts whose prose comes on lines of 1,800–2,000 characters
    FIXTURES / "amendments" / "congress-news-approved-decisions-2019-trad.txt",
    FIXTURES / "amendments" / "qa-news-repeal-list-2011.txt",
]


def _records(path: Path) -> list[dict]:
    reading_of.cache_clear()
    source = read(path)
    return [json.loads(line) for line in records_jsonl(extract_source(source)).splitlines()]


@pytest.mark.parametrize("path", _LONG_LINED, ids=lambda p: p.stem)
def test_a_line_read_as_pieces_gives_the_same_records_cited_by_physical_line(path, monkeypatch):
    whole = _records(path)
    monkeypatch.setattr(reading, "LONG_LINE", 1200)
    monkeypatch.setattr(reading, "PIECE", 1000)
    cut = _records(path)
    reading_of.cache_clear()
    assert [{k: v for k, v in r.items() if k != "source"} for r in cut] == [
        {k: v for k, v in r.items() if k != "source"} for r in whole
    ]
    source = read(path)
    for record in cut:
        span = record["source"]
        cited = source.quote(span["start_line"], span["end_line"])
        assert all(part in cited for part in span["quote"].split("\n")), span
        assert len(span["quote"]) <= 2 * 1000 or span["start_line"] != span["end_line"]


def test_pieces_are_the_line_cut_after_sentence_ends():
    line = "任命张三为局长。" * 200  # 1,600 characters
    cuts = reading.pieces(line)
    assert "".join(line[a:b] for a, b in cuts) == line
    assert all(b - a <= reading.PIECE for a, b in cuts)
    assert all(line[b - 1] == "。" for a, b in cuts)


def test_one_line_input_quotes_stay_short():
    """The sample with its line breaks lost (issue 16, case 1): quotes are pieces of the line,
    not copies of the whole line, so the output grows with the input, not with its square."""
    text = SAMPLE.read_text(encoding="utf-8").replace("\n", " ")[:60000]
    source = from_text(text, name="one-line.txt")
    reading_of.cache_clear()
    records = extract_source(source)
    assert records
    assert max(len(r.source.quote) for r in records if r.source) <= 2 * reading.PIECE
    assert all(r.source.start_line == 1 for r in records if r.source)
    assert len(records_jsonl(records)) < 20 * len(text.encode("utf-8"))


def test_the_graph_states_values_without_inserted_pinyin_and_the_quote_keeps_it():
    # http://www.fan-hu.cn/yhw/hotspot/wjxw/2025-07-04/159259.html (devcorpus A-23): a mirror
    # that writes the pinyin after characters (區(qū)長); the record keeps the value as written, the
    # graph's post, organisation and labels do not carry the pinyin, and the quote does
    from rdflib import Literal

    from kg.iris import Minter
    from kg.namespaces import RDFS
    from kg.rdf import map_records

    source = devcorpus_text("A-23")
    records = extract_source(source)
    written = [r for r in records if r.kind == "personnel_change" and r.person == "惲淇丞"]
    assert written and written[0].post == "區(qū)長"
    graph, _ = map_records(records, Minter(), source.name, None)
    labels = {str(o) for o in graph.objects(None, RDFS.label)}
    # (the post of the organisation's canonical name, in simplified script: one post for all
    # scripts; the person as written)
    assert "removal of 惲淇丞 from 常州市武进区人民政府区长" in labels
    assert not [label for label in labels if "(qū)" in label]
    quotes = {
        str(o) for o in graph.objects(None, None) if isinstance(o, Literal) and "(qū)" in str(o)
    }
    assert quotes  # the quotes of the provenance, as written
