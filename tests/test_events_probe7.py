"""Events of probe 7's fresh pages and probe 6's huiyi-05: a chronicle printed in two columns whose
lines were flattened (曲靖历史大事记, page 233: «4~7日 副省长和段琪率省工信委、 15 日 云南省科技厅与曲靖市政府在»
welds the entry of 4~7日 onto the right column's entry of 15日); a name in 强 closed by the day it
presided on (国務院總理李強3月17日主持召開…); what a government work report says (no event).

The fixtures are cuts of the real pages, their address on line 1: qujing-chronicle (the page
lines, then lines 8-13 and 22-26 of the page), state-council-plenary (the first two paragraphs)."""

from __future__ import annotations

from kg.extract import event_items as ei
from kg.extract import extract_source
from kg.text.source import read
from tests.conftest import FIXTURES, devcorpus_lines, records_of

_QUJING = FIXTURES / "events" / "qujing-chronicle-two-columns-2009-cut.txt"


def test_an_entry_run_into_the_next_columns_gives_a_warning_not_an_event():
    # It gave an event titled «副省长和段琪率省工信委、 15 日 云南省科技厅与曲靖市政府在省环保厅有关负责人深入
    # 会泽、沾益、麒 曲举行 2009 年科技工作会商会议,…», 和段琪 率: a meeting that never happened.
    records = extract_source(read(_QUJING))
    events = records_of(records, "event")
    assert not any("和段琪" in p.name for e in events for p in e.participants)
    assert not any("会商会议" in e.title for e in events)
    warnings = [r for r in records if type(r).__name__ == "ExtractionWarning"]
    assert any("two columns run together at line 12" in w.message for w in warnings)
    # the entry of 8~9日 opens after a sentence's end and its lines are not run together: read
    assert [(e.title, [(p.role, p.name) for p in e.participants]) for e in events] == [
        ("国家农业部副部长陈晓华一行到麒麟区,调研农业农村工作", [("国家农业部副部长", "陈晓华")])
    ]


def test_a_day_in_mid_line_after_a_sentence_or_a_date_is_prose():
    lines = read(_QUJING).text.splitlines()
    assert ei.welded_line(lines[11]).startswith("15 日 云南省科技厅")
    assert ei.welded_line(lines[4]).startswith("8 日 市委书记赵立雄")
    # 部审定为国家级品种。 8~9日 …: a sentence ends before the day
    assert ei.welded_line(lines[8]) is None
    # a round-up's entries on one line (成都日报 半月大事): (1日—15日) 1日 …。 6日—7日 …
    chengdu = devcorpus_lines("B-13", 7)
    assert "6日—7日 为期两天" in chengdu
    assert ei.welded_line(chengdu) is None


def test_a_name_in_qiang_closed_by_the_day_it_presided_on_is_read_with_its_role():
    # probe 6 huiyi-05 (新華社 3月17日電, a copy in garbled traditional script): «國務(wù)院總理李強3月17日
    # 主持召開…» gave 李強 no role and the part «強調» of a later sentence: 強 was kept out of the
    # name's end, the day after it being no word that follows names.
    events = records_of(
        extract_source(read(FIXTURES / "events" / "state-council-plenary-2023-03-trad-cut.txt")),
        "event",
    )
    assert [(e.month_day, e.title) for e in events] == [
        ("--03-17", "新一屆國務(wù)院第一次全體會議")
    ]
    assert [(p.name, p.role, p.attendance) for p in events[0].participants] == [
        ("李強", "國務(wù)院總理", "主持")
    ]


def test_what_a_government_work_report_says_is_no_event():
    # 新华社北京3月5日电 国务院总理李强5日在政府工作报告中提出,今年发展主要预期目标是:…: once 李强 was
    # read before the day, the targets' sentence became an event (李强 提出); the report's words are
    # reported, no meeting (as 代市長陳冬昨日在政府工作報告中提出… of G-06 gives none).
    records = extract_source(read(FIXTURES / "targets" / "xinhua-targets-no-year.txt"))
    assert records_of(records, "event") == []
