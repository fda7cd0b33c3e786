"""Documents of probe 9's fresh pages: a notice that issues a text (印发《X》的通知), its signature
left out, dated by the date alone over the title X of the text it prints after it, as a notice
that forwards one (转发) is. Cuts of real pages, their addresses given."""

from __future__ import annotations

from tests.conftest import cut_records, devcorpus_lines, records_of

# http://law61.infoeach.com/view-NjF8OTQ3MzA=.html (a law-database copy), lines 1-15 of the page:
# the date uses ○ (U+25CB) for zero
QUANZHOU_2007 = (
    "# source: http://law61.infoeach.com/view-NjF8OTQ3MzA=.html\n"
    "\n"
    "泉州市人民政府关于印发《泉州中心市区道路交通安全管理规定》的通知\n"
    "\n"
    "福建省泉州市人民政府\n"
    "\n"
    "\n"
    "泉州市人民政府关于印发《泉州中心市区道路交通安全管理规定》的通知\n"
    "\n"
    "\n"
    "各县(市、区)人民政府、泉州开发区管委会,市直各单位:\n"
    "《泉州中心市区道路交通安全管理规定》已经泉州市人民政府第3次市长办公会议研究通过,现印发给你们,"
    "请遵照执行。\n"
    "二○○七年二月十二日\n"
    "\n"
    "泉州中心市区道路交通安全管理规定\n"
    "\n"
    "为了进一步加强中心市区道路交通安全管理,改善中心市区道路交通秩序,确保道路交通安全、畅通、有序,"
    "根据《中华人民共和国道路交通安全法》。\n"
)


def _documents(text: str):
    return [(d.title, d.number, d.date) for d in records_of(cut_records(text), "document")]


def test_an_issuing_notice_is_dated_by_the_date_over_the_title_it_issues():
    (document,) = records_of(cut_records(QUANZHOU_2007), "document")
    assert (document.issuer, document.date) == ("泉州市人民政府", "2007-02-12")
    assert document.source.end_line == 13  # the text it issues is not the notice's


def test_a_numbered_issuing_notice_whose_title_has_no_marks_likewise():
    # devcorpus L-16 (http://law372.infoeach.com/view-MzcyfDEwNDEwOA==.html): 印发许昌市价格调节
    # 基金管理办法的通知, the number under the title, the date over 许昌市价格调节基金管理办法
    text = devcorpus_lines("L-16", 1, 4, 6, 9, 11, 14, 18, 26, 30, 34)
    assert _documents(text) == [
        (
            "许昌市人民政府关于印发许昌市价格调节基金管理办法的通知",
            "许政〔2009〕34号",
            "2009-07-16",
        )
    ]


# https://m.secretchina.com/news/b5/2002/12/17/amp30482.html (traditional script), its lines 6 and 8
SECRETCHINA_2002 = (
    "  江蘇省九屆人大常委會第三十三次會議今天上午南京閉會,會議審議通過了人事任免事項和有關法規、決定等。\n"
    "\n"
    "  此次會議在昨天通過了《關於召開江蘇省第九屆人民代表大會第六次會議的決定》、《關於召開江蘇省第十屆"
    "人民代表大會第一次會議的決定》。根據這兩個決定,江蘇省第九屆人民代表大會第六次會議定於2002年12月25日"
    "在南京召開,江蘇省第十屆人民代表大會第一次會議於2003年2月17日召開。\n"
)

# http://news.sdnews.com.cn/gn/202012/t20201226_2843871.html, its lines 2-3
SDNEWS_2020 = (
    "今天下午,十三届全国人大常委会第二十四次会议,通过了关于召开第十三届全国人民代表大会第四次会议的"
    "决定,决定明确:十三届全国人大四次会议将于明年3月5日在北京召开。\n"
    "政协第十三届全国委员会第四十七次主席会议,审议通过了关于召开政协第十三届全国委员会第四次会议的决定"
    "(草案),建议全国政协十三届四次会议于明年3月4日在北京召开。\n"
)


def test_a_session_adopting_decisions_on_a_day_named_between_the_meeting_and_its_vote():
    # 會議在昨天通過了《…》: the decisions convening the sessions were cited documents; the text
    # gives no year for 昨天, so they stay undated
    records = cut_records(SECRETCHINA_2002)
    assert [(d.title, d.date) for d in records_of(records, "document")] == [
        ("關於召開江蘇省第九屆人民代表大會第六次會議的決定", None),
        ("關於召開江蘇省第十屆人民代表大會第一次會議的決定", None),
    ]
    assert records_of(records, "cited_document") == []


def test_a_meeting_and_its_vote_parted_by_a_comma_adopt_but_a_draft_is_no_document():
    assert _documents(SDNEWS_2020) == [
        ("关于召开第十三届全国人民代表大会第四次会议的决定", None, None)
    ]
