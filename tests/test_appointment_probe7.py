"""Personnel changes of probe 7's fresh pages and the pages checked after it (issue 11): a day
without its month (17日) is read against the page's date, never another paragraph's date; a
people's congress in session accepting a resignation; a special committee not named; the warning
of a known post whose organisation is not read; 同意接受 before the person. Cuts of real pages,
their addresses given."""

from __future__ import annotations

from tests.conftest import cut_records, devcorpus_records, personnel_changes

# https://www.renminbao.com/rmb/articles/2006/1/19/39116mb.html (人民報, traditional script), lines
# 1-14: 陳文光's removal was dated 2006-01-10, the day of the 湖北 meeting of the last paragraph.
RENMINBAO_2006 = (
    "# source: https://www.renminbao.com/rmb/articles/2006/1/19/39116mb.html\n"
    "「兩會」將近 中共四川、湖北、北京人事異動\n"
    " \n"
    "2006年1月19日發表\n"
    " \n"
    "據中共香港文匯報和大陸媒體報道,17日,四川省第十屆人民代表大會第四次會議通過決定,接受陳文光"
    "辭去副省長職務。有消息透露,現任四川省委祕書長郭永祥將是接替陳文光原職的熱門人選。此外,該會議"
    "還同時接受黃寅逵、牟緒珩、徐世羣、張宗源、劉永順辭去省十屆人民代表大會常務委員會副主任職務。\n"
    "\n"
    "據大陸媒體之前報道,湖北省十屆人大常委會第十九次會議1月10日在武漢閉幕,會議通過了多項人事任免"
    "事項。會議決定:接受張洪祥辭去湖北省第十屆人大常委會副主任職務,接受韓忠學辭去湖北省副省長職務,"
    "接受靳軍辭去湖北省人民檢察院檢察長職務,接受張牢生辭去湖北省第十屆人大常委會祕書長職務。會議還"
    "免去段安華的湖北省水利廳廳長職務。\n"
)


def test_a_day_without_its_month_is_read_against_the_pages_date():
    records = [r for r in cut_records(RENMINBAO_2006) if r.kind == "personnel_change"]
    dates = {r.person: r.date for r in records}
    # 17日 on a page of 2006-01-19: that month's 17th, not the 10th of the 湖北 meeting below
    assert dates["陳文光"] == "2006-01-17"
    for person in ("黃寅逵", "牟緒珩", "徐世羣", "張宗源", "劉永順"):  # 該會議還同時接受…
        assert dates[person] == "2006-01-17"
    # the 湖北 meeting's own day still dates its decisions
    for person in ("張洪祥", "韓忠學", "靳軍", "張牢生", "段安華"):
        assert dates[person] == "2006-01-10"


def test_a_congress_in_session_accepts_a_resignation():
    records = [r for r in cut_records(RENMINBAO_2006) if r.kind == "personnel_change"]
    first = records[0]
    assert (first.person, first.action, first.post, first.organization) == (
        "陳文光",
        "remove",
        "副省長",
        None,
    )
    assert (first.decided_by, first.meeting) == ("四川省第十屆人民代表大會", "第四次會議")
    assert first.organization_resolved == "四川省人民政府"
    assert personnel_changes(records[1:6], "decided_by") == [
        (name, "remove", "省十屆人民代表大會常務委員會", "副主任", "四川省第十屆人民代表大會")
        for name in ("黃寅逵", "牟緒珩", "徐世羣", "張宗源", "劉永順")
    ]


def test_without_a_pages_date_a_day_alone_leaves_its_sentence_undated():
    # the same cut without its address (the line 2006年1月19日發表 gives the year, no page date): no
    # month to read 17日 in, and the 湖北 meeting's date (read later, with another body deciding) is
    # not 陳文光's
    text = RENMINBAO_2006.split("\n", 1)[1]
    dates = {r.person: r.date for r in cut_records(text) if r.kind == "personnel_change"}
    assert dates["陳文光"] is None and dates["黃寅逵"] is None
    assert dates["張洪祥"] == "2006-01-10"


def test_a_special_committee_without_its_name_is_no_organisation():
    # http://ok153.com/2022/toutiao_0117/434526.html (traditional script with inserted pinyin):
    # …免去楊冬生等同志政協四川省第十二屆委員會專門委員會主任職務… — published as 主任 of an
    # organisation «…委員會專門委員會», which of the CPPCC's committees the text does not say
    records = cut_records(
        "# source: http://ok153.com/2022/toutiao_0117/434526.html\n"
        "會(huì)議表決通過了免去楊冬生等同志政協(xié)四川省第十二屆委員會(huì)專門委員會(huì)主任職務(wù)、"
        "免去孫穎杰等同志政協(xié)四川省第十二屆委員會(huì)專門委員會(huì)副主任職務(wù),代平等同志任"
        "政協(xié)四川省第十二屆委員會(huì)專門委員會(huì)主任的決定。\n"
    )
    assert personnel_changes(records) == []
    assert any("专门委员会主任" in r.message for r in records if r.kind == "warning")


def test_a_known_post_whose_organisation_is_not_read_is_warned_as_such():
    # http://www.zhihuahotel.com/show_news.aspx?id=3949 (traditional script with inserted pinyin):
    # 任命康慶云同志為院黨委副書記、院長 — «院» is no organisation, but 党委副书记 is a known title:
    # the warning said «post title not known»
    records = cut_records(
        "# source: http://www.zhihuahotel.com/show_news.aspx?id=3949\n"
        "經(jīng)廳黨組研究決定,任命陳春華同志為院黨委書記,免去其院長職務(wù);任命康慶云同志為院黨委"
        "副書記、院長,免去其副院長職務(wù);任命歐陽敘回同志為省國有林和森林公園管理局局長,免去其設(shè)計(jì)"
        "院黨委書記職務(wù)。\n"
    )
    messages = [r.message for r in records if r.kind == "warning"]
    assert "the organisation of a known post is not read: 院党委书记" in messages
    assert "the organisation of a known post is not read: 院党委副书记" in messages
    assert not any("post title not known" in m for m in messages)
    assert ("歐陽敘回", "appoint", "省國有林和森林公園管理局", "局長") in personnel_changes(records)


def test_an_acceptance_consented_to_names_the_person_after_it():
    # http://www.365ebay.com/news/xiangzhen/64266.html (桐城市呂亭鎮, traditional script): …決定同意
    # 接受石烽同志辭去呂亭鎮人民政府鎮長職務的請求 — published with the person «接受石烽»
    records = cut_records(
        "# source: http://www.365ebay.com/news/xiangzhen/64266.html\n"
        "會上,代表們聽取了呂亭鎮人大主席團關于決定石烽同志辭去相關職務的請求報告,并經表決,決定同意接受"
        "石烽同志辭去呂亭鎮人民政府鎮長職務的請求;審議通過大會《選舉辦法》。\n"
    )
    assert personnel_changes(records) == [("石烽", "remove", "呂亭鎮人民政府", "鎮長")]


def test_the_writers_own_body_is_no_organisation():
    # http://yuduotong.com/2012/0401/c13911a123259/page.htm (a university's page): 任命张长宽同志为
    # 我校新一任校长 — published as 校长 of an organisation «我校新一任»: «our school» names none
    records = cut_records(
        "# source: http://yuduotong.com/2012/0401/c13911a123259/page.htm\n"
        "会上,李卫红司长宣读了教育部党组关于LD乐动体育app校长职务任免的文件:任命张长宽同志为我校新一任"
        "校长,免去姜弘道同志校长的职务。\n"
    )
    assert personnel_changes(records) == []
    messages = [r.message for r in records if r.kind == "warning"]
    assert "the organisation of a known post is not read: 我校新一任校长" in messages


def test_another_bodys_decision_told_as_done_does_not_decide_what_follows():
    # devcorpus N-03 (http://ahscb.com/html/2016-02/03/content_208131.htm, seen again among fresh
    # hits), line 4: …朱永和提出辞去省十二届人大代表职务,蚌埠市人大常委会已决定接受其辞职,… — the
    # 13 changes after it were published as decided by 蚌埠市人大常委会; the gold's decider of all 25
    # is the provincial standing committee
    found = {r.decided_by for r in devcorpus_records("N-03") if r.kind == "personnel_change"}
    assert found == {"省十二届人大常委会"}


def test_the_body_that_nominated_did_not_decide():
    # devcorpus A-21 (traditional script), line 13: 經市人大常委會主任會議提名,會議表決、全票通過,任命
    # 盛閱春為武漢市人民政府副市長 — published as decided by the 主任會議 (which only nominated); the
    # gold's decider is the standing committee meeting
    found = {
        (r.person, r.decided_by) for r in devcorpus_records("A-21") if r.kind == "personnel_change"
    }
    assert ("盛閱春", "武漢市十五屆人大常委會") in found
    assert not any("主任會議" in (decider or "") for _, decider in found)
