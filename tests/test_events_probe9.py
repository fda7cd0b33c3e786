"""Events of probe 9's fresh pages: a participant's role as written, a nominee for a title
(提名人选) among the titles joined by 、 before the name. Cuts of real pages, their addresses given."""

from __future__ import annotations

from tests.conftest import cut_records, records_of

# http://www.jsxrd.gov.cn/contents/54/713.html (醪桥镇第六届人民代表大会第一次会议, 2021-09-10), its
# headline and its first paragraph
LAOQIAO_2021 = (
    "# source: http://www.jsxrd.gov.cn/contents/54/713.html\n"
    "醪桥镇第六届人民代表大会第一次会议胜利召开\n"
    "\n"
    "9月8日,醪桥镇第六届人民代表大会第一次会议胜利召开,来自全镇各条战线的59名镇人大代表及38名列席"
    "人员共97人参加会议。县政协副主席提名人选、县委组织部常务副部长黄祯裕同志到会指导。\n"
)

# http://www.cs0799.com/portal.php?aid=61431&mod=view (福田镇, 2021-07-15), its first sentence
FUTIAN_2021 = (
    "7月15日上午,福田镇召开县镇两级人大换届选举工作动员部署暨业务培训会,全面部署全镇人大换届选举"
    "各项工作。镇党委书记刘锦红出席并讲话,县乡人大换届选举工作指导组组长、县工商联党组书记、常务副"
    "主席欧阳宜春等一行到会指导,镇党委副书记、镇长曾发主持会议。\n"
)


def _roles(text: str) -> dict[str, str | None]:
    (event,) = records_of(cut_records(text), "event")
    return {p.name: p.role for p in event.participants}


def test_a_nominee_for_a_title_before_another_title_is_part_of_the_role():
    # the role was cut at 提名 (a word before roles) and gave 县委组织部常务副部长 alone
    assert _roles(LAOQIAO_2021)["黄祯裕"] == "县政协副主席提名人选、县委组织部常务副部长"


def test_titles_joined_by_a_pause_mark_are_one_role_as_before():
    roles = _roles(FUTIAN_2021)
    assert roles["欧阳宜春"] == "县乡人大换届选举工作指导组组长、县工商联党组书记、常务副主席"
    assert roles["曾发"] == "镇党委副书记、镇长"
