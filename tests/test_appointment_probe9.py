"""Personnel changes of probe 9's fresh pages: a headline writing a place's head with the place's
short name (江蘇省長, 郑州市长) shares the level word with the title, so its change is the report's
and is published once. Cuts of real pages, their addresses given."""

from __future__ import annotations

from tests.conftest import cut_records, personnel_changes

# https://m.secretchina.com/news/b5/2002/12/17/amp30482.html (traditional script), lines 1-2: the
# headline restates the decisions of the report's lead.
SECRETCHINA_2002 = (
    "季允石辭去江蘇省長職務 梁保華任代省長\n"
    "\n"
    "中新網12月17日電 今天上午,江蘇省九屆人大常委會第三十三次會議審議通過,會議決定鑒於中央對季允石"
    "另有任用,接受季允石辭去江蘇省人民政府省長職務,決定梁保華為江蘇省人民政府代理省長。\n"
)


def test_a_headline_restating_the_reports_changes_gives_no_records_of_its_own():
    # the headline's 江蘇省長 was read as 江蘇 + 省長: an organisation «江蘇» (resolved 江苏人民政府,
    # no government), so its two changes were published beside the report's two
    records = cut_records(SECRETCHINA_2002)
    assert personnel_changes(records, "acting", "decided_by") == [
        ("季允石", "remove", "江蘇省人民政府", "省長", False, "江蘇省九屆人大常委會"),
        ("梁保華", "appoint", "江蘇省人民政府", "省長", True, "江蘇省九屆人大常委會"),
    ]


def test_a_places_head_written_with_its_short_name_shares_the_level_word():
    # the headline alone: 江蘇省長 is 江蘇省's 省長, the acting governor fills the same post
    records = cut_records(SECRETCHINA_2002.split("\n")[0] + "\n")
    assert personnel_changes(records, "acting") == [
        ("季允石", "remove", "江蘇省", "省長", False),
        ("梁保華", "appoint", "江蘇省", "省長", True),
    ]


def test_a_deputy_heads_short_place_name_is_not_lengthened():
    # devcorpus HA-02 (its line 4): 海南副省长 writes no level word to share; the place stays as
    # written, and no level word is added to a name that has one (崇明区区长 is not 崇明区区)
    from kg.extract.appointments import split_post

    assert split_post("海南副省长").organization == "海南"
    assert split_post("崇明区区长").organization == "崇明区"
