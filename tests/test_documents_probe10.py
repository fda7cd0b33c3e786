"""Documents of probe 10's fresh pages: an order's promulgation note that writes its number without
第 ((1991年3月26日济南市人民政府令19号发布)) is the note of the text under it, its number kept as
printed. Cuts of real pages, their addresses given."""

from __future__ import annotations

from tests.conftest import cut_records, records_of

# http://law331.infoeach.com/view-MzMxfDEyNjA1Mw==.html (probe 10 page 37), its lines 3-15.
JINAN_1991 = (
    "# source: http://law331.infoeach.com/view-MzMxfDEyNjA1Mw==.html\n"
    "\n"
    "济南市文化娱乐市场管理规定\n"
    "\n"
    "山东省济南市人民政府\n"
    "\n"
    "\n"
    "济南市文化娱乐市场管理规定\n"
    "\n"
    " (1991年3月26日济南市人民政府令19号发布)\n"
    "\n"
    "\n"
    "\n"
    "\n"
    " 第一条 为加强本市文化娱乐市场管理,促进社会主义精神文明建设,根据国家有关规定和《山东省文化市场"
    "管理条例》,结合本市实际情况,制定本规定。\n"
)


def test_an_order_note_without_di_is_the_texts_own_promulgation():
    # the note was a citation (济南市人民政府令第19号, cited by the 规定) and the 规定 had no record
    records = cut_records(JINAN_1991)
    (document,) = records_of(records, "document")
    assert document.title == "济南市文化娱乐市场管理规定"
    assert document.number_verbatim == "济南市人民政府令19号"
    assert document.issuer == "济南市人民政府"
    assert document.date == "1991-03-26"
    cited = [r.number for r in records_of(records, "cited_document")]
    assert cited == [None]  # 《山东省文化市场管理条例》 only
