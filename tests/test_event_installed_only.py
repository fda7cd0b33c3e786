"""Events: a group whose only persons are the ones installed at the session (宪法宣誓) takes part in
nothing else; a text cut off after it once stopped extraction with IndexError (exit 70). The
fixture is a cut of a real page (its address on its first line)."""

from __future__ import annotations

from kg.extract import extract_source
from kg.records import EventRecord
from kg.text.source import read
from tests.conftest import FIXTURES


def test_a_group_of_installed_persons_alone_is_passed_over():
    # http://biggymstore.com/ndrd/zhbd/2025/0226/304313.shtml (a mirror of a 宁德 congress page,
    # traditional script with inserted pinyin): 陳穎 is sworn in; the session's attendance is read
    records = extract_source(read(FIXTURES / "events" / "ningde-session-oath-2025-02-trad-cut.txt"))
    (event,) = [r for r in records if isinstance(r, EventRecord)]
    assert event.date == "2025-02-26"
    assert [p.name for p in event.participants][:2] == ["王世雄", "劉水金"]
