"""The reading layer (kg/text/reading.py): traditional script, look-alike code points and inserted
pinyin are folded for matching, and values read there come back as the text writes them."""

from __future__ import annotations

from kg.text.reading import read_line, reading_of, to_simplified
from kg.text.source import from_text

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
