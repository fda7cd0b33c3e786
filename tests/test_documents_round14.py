"""Documents of the fourteenth held-out round: a ministry's order numbered within its year, its
number on the line under its name (HA-34); a resolution named with the session that adopted it at
its head, in a list voted through (HB-36); a vote 以举手表决的方式,一致通过了 (a fresh page); a
portal's column named by two types of document is no title (a fresh page)."""

from __future__ import annotations

from kg.extract import extract_genres
from kg.records import DocumentRecord
from kg.text import docnumber
from tests.conftest import cut_records, devcorpus_text


def documents(records: list) -> list[tuple]:
    return [
        (r.number, r.number_verbatim, r.title, r.issuer, r.date, r.effective)
        for r in records
        if isinstance(r, DocumentRecord)
    ]


def test_an_order_numbered_within_its_year_under_its_name_is_read():
    # devcorpus HA-34 (https://www.gov.cn/ziliao/flfg/2006-07/18/content_338571.htm): 中华人民共和国
    # 交通部令 / 2006 年第 8 号 / the note, with the signer and date run onto its line after a space
    records = extract_genres(devcorpus_text("HA-34"), ("documents",))
    assert documents(records) == [
        (
            "中华人民共和国交通部令〔2006〕第8号",
            "2006年第8号",
            "老旧运输船舶管理规定",
            "中华人民共和国交通部",
            "2006-07-05",
            "2006-08-01",
        )
    ]


def test_an_order_number_within_its_year_parses_and_near_forms_do_not():
    number = docnumber.parse("中华人民共和国交通运输部令2016年第3号")
    assert number is not None and (number.year, number.seq) == (2016, 3)
    assert number.normalized == "中华人民共和国交通运输部令〔2016〕第3号"
    assert docnumber.parse("交通部令 2006 年第 8 号") is not None  # spaced as a page prints it
    assert docnumber.parse("2006年第8号") is None  # the year and sequence without the order's name
    assert docnumber.parse("交通部2006年第8号") is None  # no 令: not an order's number


def test_an_order_numbered_within_its_year_whose_page_lost_the_title_is_warned():
    # https://zc.qianzhan.com/policy/3204/33320d34b0589b03b6c36ca7029bdb58: the page lost the
    # title (《》已于…通过): the number is warned, no document read
    records = cut_records(
        "中华人民共和国交通部令2006年第9号\n"
        "《》已于2006年9月5日经第11次部务会议通过,现予公布,自2007年3月1日起施行。\n"
        "部长 李盛霖2006年11月23日\n"
    )
    assert documents(records) == []
    assert any(
        r.kind == "warning" and "中华人民共和国交通部令〔2006〕第9号" in r.message for r in records
    )


def test_a_resolution_headed_by_its_session_is_read_in_the_list_voted_through():
    # devcorpus HB-36 (https://pds.gov.cn/contents/6/172140.html): 会议依次表决通过了叶县第十六届
    # 人民代表大会第六次会议关于叶县人民政府工作报告的决议、关于…的决议、…
    records = extract_genres(devcorpus_text("HB-36"), ("documents",))
    titles = [(r.title, r.issuer) for r in records if isinstance(r, DocumentRecord)]
    assert len(titles) == 6
    assert titles[0] == (
        "叶县第十六届人民代表大会第六次会议关于叶县人民政府工作报告的决议",
        "叶县第十六届人民代表大会",
    )
    assert {issuer for _, issuer in titles} == {"叶县第十六届人民代表大会"}  # the gold's


def test_a_session_named_at_a_titles_head_is_its_issuer_without_the_session():
    # devcorpus B-13 (成都 半月大事): 审议通过了《中国共产党成都市第十届委员会第六次全体会议关于召开
    # 中国共产党成都市第十一次代表大会的决议》: the body as the title writes it, its term kept (the
    # gold's), the session dropped
    records = extract_genres(devcorpus_text("B-13"), ("documents",))
    first = next(r for r in records if isinstance(r, DocumentRecord))
    assert first.issuer == "中国共产党成都市第十届委员会"


def test_a_vote_by_show_of_hands_then_unanimously_adopts_the_list():
    # http://www.simfy.cn/nanyang/focus/2017-03-26/082462927.html (淅川, traditional script)
    records = cut_records(
        "3月25日上午,淅川縣第十五屆人民代表大會第一次會議圓滿完成了各項議程,在丹江國際酒店勝利閉幕。\n"
        "大會以舉手表決的方式,一致通過了《關于政府工作報告的決議》、《關于淅川縣人民法院工作報告的決議》、"
        "《關于淅川縣人民檢察院工作報告的決議》。\n"
    )
    assert [r.title for r in records if isinstance(r, DocumentRecord)] == [
        "關于政府工作報告的決議",
        "關于淅川縣人民法院工作報告的決議",
        "關于淅川縣人民檢察院工作報告的決議",
    ]
    # a draft voted through is no document (http://www.cnread.news/content/381453.html)
    drafts = cut_records(
        "3月19日上午, 湖南省雙牌縣十二屆人民代表大會第二次會議圓滿完成各項議程後在縣花鼓劇院閉幕。\n"
        "會議表決通過了縣人民政府、縣人大常委會、縣人民法院、縣人民檢察院、計畫、財政預算工作報告的"
        "決議(草案)。\n"
    )
    assert documents(drafts) == []


def test_a_portal_column_named_by_two_types_of_document_is_no_title():
    # http://thrd.gov.cn/substance/jueyijueding-27_1976.html: the column 决议决定 over the
    # resolution the page prints was read as a document titled 决议决定
    records = cut_records(
        "决议决定\n\n关于太湖县人民政府工作报告的决议\n\n\n"
        "(2017年1月23日县十六届人民代表大会第一次会议通过)\n\n"
        "    太湖县十六届人民代表大会第一次会议,听取和审议了县人民政府县长朱小兵所作的《政府工作报告》。"
        "会议充分肯定了县政府过去五年的工作,决定批准这个报告。\n"
    )
    assert [(r.title, r.date) for r in records if isinstance(r, DocumentRecord)] == [
        ("关于太湖县人民政府工作报告的决议", "2017-01-23")
    ]


def test_a_decision_whose_wrapped_note_lost_its_first_half_is_read_by_the_notes_close():
    # devcorpus M-11 (http://www.ahszrd.gov.cn/index.php?a=shows&catid=246&id=2574): the title, the
    # title again over two lines, then 202184日宿州市第五届人民代表大会 / 常务委员会第三十一次会议通过)
    # (the portal lost the note's bracket, 年 and 月): the note's close shapes an adopted decision
    records = extract_genres(devcorpus_text("M-11"), ("documents",))
    assert [(r.title, r.issuer) for r in records if isinstance(r, DocumentRecord)] == [
        ("宿州市人民代表大会常务委员会关于接受张晓东辞职请求的决定", "宿州市人民代表大会常务委员会")
    ]
    # a headline over a sentence that only mentions a session is no decision
    # (http://www.zgcsb.com/news/chengShiXinYu/2021-11/30/a_343311.html)
    news = cut_records(
        "正在召开的市十五届人大常委会第三十五次会议决定,接受卢映川辞去北京市副市长职务的请求。\n"
        "根据卢映川同志的请求,…,市第十五届人大常务委员会第三十五次会议决定:接受卢映川辞去北京市"
        "副市长职务的请求,并报北京市人民代表大会备案。\n"
    )
    assert documents(news) == []


def test_resolutions_voted_at_a_closing_are_dated_by_the_closing_day_in_the_pages_year():
    # devcorpus HB-36: 发布日期:2025-03-24 / 3月20日上午,为期3天的叶县…会议…胜利闭幕 / 会议依次表决通过了…
    records = extract_genres(devcorpus_text("HB-36"), ("documents",))
    assert {r.date for r in records if isinstance(r, DocumentRecord)} == {"2025-03-20"}
    # https://rd.ankang.gov.cn/Content-2545488.html (宁陕): published 2017-03-27, closed 3月24日
    closing = (
        "宁陕县第十八届人民代表大会第二次会议胜利闭幕\n"
        "发布时间:2017-03-27 01:48作者:周珊来源:宁陕县人大\n"
        "3月24日,宁陕县第十八届人民代表大会第二次会议在雄壮的国歌声中胜利闭幕。\n"
        "本次大会表决通过了《关于宁陕县人民政府工作报告的决议》《关于宁陕县人民法院工作报告的决议》。\n"
    )
    assert [(r.title, r.date) for r in cut_records(closing) if isinstance(r, DocumentRecord)] == [
        ("关于宁陕县人民政府工作报告的决议", "2017-03-24"),
        ("关于宁陕县人民法院工作报告的决议", "2017-03-24"),
    ]
    # without the page's publication date the year is not known: undated
    undated = closing.replace("发布时间:2017-03-27 01:48", "")
    assert {r.date for r in cut_records(undated) if isinstance(r, DocumentRecord)} == {None}


def test_an_announcement_publishing_a_decision_named_without_its_own_quotation_marks():
    # http://m.tdlvshi.com/article_view_337991.html: 湖南省第九届人民代表大会常务委员会公告 / 第96号 /
    # 湖南省人民代表大会常务委员会关于修改《湖南省环境保护条例》的决定于2002年3月29日经…通过,现予公布
    records = cut_records(
        "关于修改《湖南省环境保护条例》的决定\n"
        "湖南省人大常委会\n"
        "湖南省第九届人民代表大会常务委员会公告\n"
        "第96号\n"
        "湖南省人民代表大会常务委员会关于修改《湖南省环境保护条例》的决定于2002年3月29日经湖南省第九届"
        "人民代表大会常务委员会第二十八次会议通过,现予公布,自2002年5月1日起施行。\n"
        "湖南省人民代表大会常务委员会\n"
        "2002年3月29日\n"
    )
    assert documents(records) == [
        (
            "湖南省第九届人民代表大会常务委员会公告第96号",
            "第96号",
            "湖南省人民代表大会常务委员会关于修改《湖南省环境保护条例》的决定",
            "湖南省人民代表大会常务委员会",
            "2002-03-29",
            "2002-05-01",
        )
    ]
    # a sentence naming a decision that was adopted, with no 现予公布, is no promulgation note
    assert (
        segment_note(
            "湖南省人民代表大会常务委员会关于修改《湖南省环境保护条例》的决定于2002年3月29日经…通过。"
        )
        is None
    )


def segment_note(text: str) -> str | None:
    from kg.segment import promulgation_note

    return promulgation_note(text)


def test_a_headline_cut_before_its_organ_and_verb_is_no_title():
    # http://www.zjtp.com/author/root/page/36: the page's headline lost 住房城乡建设部关于修改 and was
    # read as the title 《房屋建筑和市政基础设施工程施工招标投标管理办法》的决定; the decision's title is
    # printed under its note, signer and date
    records = cut_records(
        "《房屋建筑和市政基础设施工程施工招标投标管理办法》的决定\n"
        "《住房城乡建设部关于修改<房屋建筑和市政基础设施工程施工招标投标管理办法>的决定》已经2018年9月"
        "19日第4次部常务会议审议通过,现予发布,自发布之日起施行。\n"
        "住房城乡建设部部长 王蒙徽\n"
        "2018年9月28日\n"
        "住房城乡建设部关于修改《房屋建筑和市政基础设施工程施工招标投标管理办法》的决定\n"
        "为贯彻落实国务院深化“放管服”改革,优化营商环境的要求,住房城乡建设部决定对《房屋建筑和市政基础"
        "设施工程施工招标投标管理办法》(建设部令第89号)作如下修改:\n"
        "二、删去第三条。\n"
    )
    assert [(r.title, r.issuer, r.date) for r in records if isinstance(r, DocumentRecord)] == [
        (
            "住房城乡建设部关于修改《房屋建筑和市政基础设施工程施工招标投标管理办法》的决定",
            "住房城乡建设部",
            "2018-09-28",
        )
    ]


def test_the_title_printed_again_with_its_order_number_heads_the_copy():
    # http://m.thebeerrater.com/special/gzwpagepi.php?id=15500 (traditional script with inserted
    # pinyin): the page's heading, its column line, the ministry, then the title with the order's
    # number in brackets and the note under it
    records = cut_records(
        "中華人民共和國引航員管理辦法\n"
        "國資政策文件 2024-12-31 下載收藏 語音播報\n"
        "交通運輸部\n\n"
        "中華人民共和國引航員管理辦法(中華人民共和國交通運輸部令2024年第13號)\n\n"
        "《中華人民共和國引航員管理辦法》已于2024年12月27日經(jīng)第27次部務(wù)會議通過,現(xiàn)予公布,"
        "自2025年3月1日起施行。\n\n"
        "中華人民共和國引航員管理辦法\n\n第一章總則\n"
    )
    (document,) = [r for r in records if isinstance(r, DocumentRecord)]
    assert (document.number, document.title, document.effective) == (
        "中华人民共和国交通运输部令〔2024〕第13号",
        "中華人民共和國引航員管理辦法",
        "2025-03-01",
    )
