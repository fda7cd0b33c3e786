"""The year a page's address gives as a folder alone (kg.extract.context, issue 12; a reviewer's
finding on 3d28073): read only where the folder is a year, not a column's id, and the address does
not date the page more finely (then the page's date has been weighed against the text's dates)."""

from __future__ import annotations

import re

from kg.extract.context import _ADDRESS_LINE, _folder_year, detect_year
from tests.conftest import devcorpus_records, devcorpus_text, records_of


def _address_path(stem: str) -> str:
    match = _ADDRESS_LINE.match(devcorpus_text(stem).lines[0])
    assert match, stem
    return re.sub(r"^https?://[^/]*", "", match.group(1)).split("?")[0]


def test_a_year_folder_still_dates_the_pages_it_gave_a_year():
    # V-04 …/a/2025/newsshow_50934.html (3月31日,…主持召開縣長例會), B-18 …/lhdsj/2021/content/…
    # (a district's 大事记 of 8月); HB-13's …/2018/deq/… and V-05's …/2022-638/ are issue folders
    assert [e.date for e in records_of(devcorpus_records("V-04"), "event")] == ["2025-03-31"]
    assert {e.date[:4] for e in records_of(devcorpus_records("B-18"), "event")} == {"2021"}
    assert detect_year(devcorpus_text("HB-13")) == 2018
    assert detect_year(devcorpus_text("V-05")) == 2022
    # the commit's example of a year folder: …/guangdong/news/2016/165999.html (V-07, which names
    # 2015 in its text and so is not dated by it)
    assert _folder_year(_address_path("V-07")) == 2016


def test_an_address_that_dates_the_page_is_no_year_folder():
    # O-01 …/page/2011/1231/28105373.shtml: put up 2011-12-31, its items of 6月21日 and 7月15日 more
    # than ten weeks before; the page's date leaves their year untold, and its year is not read a
    # second time as a folder (a chronicle of 10—11月 put up in January would take the wrong year).
    assert _folder_year(_address_path("O-01")) is None
    assert detect_year(devcorpus_text("O-01")) is None
    # …/art/2020/5/14/… (O-17), …/2014/0926/723441.html (H-09): a year before a month or a day
    assert _folder_year(_address_path("O-17")) is None
    assert _folder_year(_address_path("H-09")) is None


def test_a_columns_number_is_no_year_folder():
    # a portal's column after info (…/info/1930/23604.htm, …/info/1481/326551.htm): the corpus's
    # eight such numbers are all columns, none the page's year
    for stem in ("HA-08", "U-01", "J-04", "K-22", "Y-03", "T-01"):
        path = _address_path(stem)
        assert re.search(r"/info/\d{4}/", path), stem
        assert _folder_year(path) is None, stem
