"""A decision whose title names its first target and a count (关于修改《A》等30件规章的决定) is a
summary, as a body's 对《A》等5件…予以修改 is: A is read only when nothing else lists the targets."""

from __future__ import annotations

from kg.extract import extract_source
from tests.conftest import devcorpus_text


def test_the_titles_first_target_is_read_when_the_copy_lost_the_table_of_names():
    # devcorpus J-05 (海南, 2004, 中国政府法制信息网): the table's name cells are lost; its note, whose
    # opening bracket the copy lost, gives the order's number
    records = extract_source(devcorpus_text("J-05"))
    amendments = [r for r in records if r.kind == "amendment"]
    assert [(a.by, a.target_title, a.action) for a in amendments] == [
        ("海南省人民政府令第171号", "海南省城市市容和环境卫生管理办法", "amend")
    ]
    assert amendments[0].source.start_line == 4  # the title's line
    # the count the decision states is still checked: 1 of 30 found is warned
    assert any(
        r.kind == "warning" and "states 30 documents (amend), 1 found" in r.message for r in records
    )
