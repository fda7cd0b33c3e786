"""Personnel changes after review 9's findings 3 and 4 (issue 11): a day without its month (24日)
is read against the page's date only where the text's year is the page's; a pointing word (我, 本,
该) before a body's word or a place's level is the writer's own body, no organisation as written.
Cuts of real pages, their addresses given."""

from __future__ import annotations

from tests.conftest import cut_records

# http://news.sohu.com/20120728/n349232871.shtml (南方都市报 of 2012-07-28, lines 1-8): the page's
# date comes from its address; the text gives its dates without a year, the first (贵州省委4月19日)
# more than two months before that date, so its year is not told (detect_year: None).
SOHU_2012 = (
    "# source: http://news.sohu.com/20120728/n349232871.shtml\n"
    "贵州省委常委集中调整职务\n"
    "人·事\n"
    "南都讯 记者杜强 发自北京 贵州省委常委班子近日进行职务调整,刘晓凯被宣布为新任统战部长,"
    "廖国勋兼任省委秘书长,秦如培兼任副省长。贵州省委4月19日产生新一届常委班子后,职务调整迟迟"
    "未完成。7月18日中央宣布赵克志任贵州省委书记、原书记栗战书另有任用之后,连续调整多人。\n"
    "昨日下午,贵州省人大常委会第二十九次会议举行第二次全体会议,任命秦如培为贵州省副省长,"
    "秦如培在4月份的贵州省党代会上当选为省委常委。\n"
    "会议还接受刘晓凯辞去贵州省副省长职务的请求。刘晓凯已于25日被任命为省委统战部部长。\n"
    "24日,省委常委喻红秋不再兼任遵义市委书记,成为“专职常委”。\n"
)


def test_a_day_alone_is_not_read_against_a_page_whose_year_the_text_does_not_tell():
    # 24日 was read against the page's date (2012-07-24): right on this news page of the day, but
    # the same reading gives a chronicle of 8月 put on the web the next November the wrong month
    # and year; where the text does not tell its year the page's date is not the text's
    records = [r for r in cut_records(SOHU_2012) if r.kind == "personnel_change"]
    dates = {(r.person, r.post): r.date for r in records}
    assert dates[("喻红秋", "书记")] is None
    assert ("秦如培", "副省长") in dates  # the statements themselves still read


def test_a_day_alone_still_reads_where_the_text_is_of_the_pages_year():
    # the same cut without the 4月19日 sentence and 4月份: its first yearless date (7月18日) falls in
    # the two months before the page's date, so the text is of 2012 and 24日 is 2012-07-24
    text = SOHU_2012.replace(
        "贵州省委4月19日产生新一届常委班子后,职务调整迟迟未完成。", ""
    ).replace("秦如培在4月份的贵州省党代会上当选为省委常委。", "")
    records = [r for r in cut_records(text) if r.kind == "personnel_change"]
    dates = {(r.person, r.post): r.date for r in records}
    assert dates[("喻红秋", "书记")] == "2012-07-24"


# http://eventivesolutions.com/news/1060.html (a school's page, traditional script with inserted
# pinyin): 我校 is the writer's school, which the words do not name (a form 4f992be caught: kept).
EVENTIVE_2011 = (
    "# source: http://eventivesolutions.com/news/1060.html\n"
    "2011年6月7日,我校召開了2011年度第一次校務(wù)委員會(huì)。增補(bǔ)專家王志安、王永海、趙東升三位教授"
    "為我校校務(wù)委員會(huì)成員;增補(bǔ)教師代表張鵬飛老師為我校校務(wù)委員會(huì)成員。\n"
)


def test_the_writers_own_school_is_no_organisation():
    records = cut_records(EVENTIVE_2011)
    assert not any(
        (r.organization or "").startswith("我") for r in records if r.kind == "personnel_change"
    )


# http://yuduotong.com/2012/0401/c13911a123259/page.htm: 任命张长宽同志为我校新一任校长
YUDUOTONG_2012 = (
    "# source: http://yuduotong.com/2012/0401/c13911a123259/page.htm\n"
    "会上,李卫红司长宣读了教育部党组关于LD乐动体育app校长职务任免的文件:任命张长宽同志为我校新一任"
    "校长,免去姜弘道同志校长的职务。\n"
)


def test_a_pointing_word_before_a_body_is_a_warning_not_an_organisation():
    records = cut_records(YUDUOTONG_2012)
    assert not any(r.person == "张长宽" for r in records if r.kind == "personnel_change")
    assert any("我校新一任校长" in r.message for r in records if r.kind == "warning")
