"""A 公告 that publishes a text (a people's congress standing committee's regulation, a government's
规章): the document is the text it publishes, numbered by the 公告, issued by the organ its heading
names, dated by the date under its note."""

from __future__ import annotations

from kg.extract import extract_source
from kg.text import docnumber
from tests.conftest import devcorpus_text


def documents(stem: str) -> list:
    return [r for r in extract_source(devcorpus_text(stem)) if r.kind == "document"]


def test_a_city_congress_notice_in_traditional_script_with_its_heading_on_two_lines_is_read():
    # devcorpus C-06 (安康, 2025): 安康市人民代表大會(huì)常務(wù)委員會(huì) / 公 告 / [五屆] 第三十三號 /
    # 《…》已于…通過,…批準(zhǔn),現(xiàn)予公布,自2026年5月1日起施行 / signer / date; refused before
    (c06,) = documents("C-06")
    assert (
        c06.title == "安康市城市文明養(yǎng)犬管理?xiàng)l例"
    )  # garbled in the copy, kept as written
    assert c06.number_verbatim == "[五屆] 第三十三號"
    # the sequence restarts with each term: the term is part of the number, written into the
    # committee's name as such codes are (四川省第十一届人民代表大会常务委员会公告第28号)
    assert c06.number == "安康市第五届人民代表大会常务委员会公告第33号"
    assert docnumber.parse(c06.number) is not None
    assert (c06.issuer, c06.date, c06.effective) == (
        "安康市人民代表大會(huì)常務(wù)委員會(huì)",
        "2025-09-26",
        "2026-05-01",
    )


def test_a_provincial_congress_notice_publishes_the_regulation_not_itself():
    # devcorpus Y-07 (安徽, 1996, law-database copy): the heading 安徽省人民代表大會常務委員會公告 is
    # no title; the regulation its note publishes is the document, numbered (第四十三號)
    (y07,) = documents("Y-07")
    assert y07.title == "安徽省通信管理?xiàng)l例"
    assert (y07.number, y07.number_verbatim) == (
        "安徽省人民代表大会常务委员会公告第43号",
        "第四十三號",
    )
    assert (y07.date, y07.effective) == ("1996-12-31", "1997-03-01")


def test_a_government_notice_numbers_its_rules_and_names_their_issuer():
    # devcorpus C-07 (丽江, 2008, law-database copy): 丽江市人民政府公告 / 第15号 / note / 二〇〇八年九月八日
    # / the rules' title again; the database's organ line (云南省丽江市人民政府) is not the issuer
    (c07,) = documents("C-07")
    assert (c07.number, c07.title, c07.issuer, c07.date) == (
        "丽江市人民政府公告第15号",
        "丽江市地名管理规定",
        "丽江市人民政府",
        "2008-09-08",
    )


def test_a_standing_committee_notice_numbered_by_its_term_is_issued_by_the_committee():
    # devcorpus T-10 (四川, 2018): 四川省第十三届人民代表大会常务委员会公告 / (第21号); the issuer is
    # the committee, without the term that numbers the notice
    (t10,) = documents("T-10")
    assert t10.number == "四川省第十三届人民代表大会常务委员会公告第21号"
    assert t10.issuer == "四川省人民代表大会常务委员会"


def test_an_orders_number_as_written_is_its_own_line_and_its_normalised_form_the_whole():
    # devcorpus T-05 (潍坊市人民政府令 / Original URL: … / 第77号): the heading and the number apart
    (t05,) = documents("T-05")
    assert (t05.number, t05.number_verbatim) == ("潍坊市人民政府令第77号", "第77号")


def test_a_sessions_notice_that_publishes_no_text_is_itself_the_document():
    # devcorpus E-10 (衡水, 2023): 衡水市第七届人民代表大会第四次会议公告 / 第四号 / the 民生实事 it
    # announces; kept unread before
    (e10,) = documents("E-10")
    assert (e10.title, e10.number_verbatim, e10.issuer) == (
        "衡水市第七届人民代表大会第四次会议公告",
        "第四号",
        "衡水市第七届人民代表大会第四次会议",
    )
    # devcorpus Z-09 (苍南, 2017): the number in brackets after the heading, no longer in the title
    (z09,) = documents("Z-09")
    assert (z09.title, z09.number_verbatim, z09.date) == (
        "苍南县第十届人民代表大会第一次会议公告",
        "第8号",
        "2017-02-20",
    )


def test_a_notice_whose_note_names_what_the_session_passed_numbers_the_printed_decision():
    # devcorpus K-09 (内蒙古人大, 2023): the page's title …公告(第二十二号), then the notice
    # (…公告 / 第二十二号 / 2023年11月30日,…第七次会议通过《…关于修改<…>等4件地方性法规的决定》,现予公布)
    # and the decision printed under it in its own spelling: one document, numbered by the notice
    # (its issuer code, the committee with its term, is 23 characters: the shape allows 30)
    (k09,) = documents("K-09")
    assert k09.title == (
        "内蒙古自治区人民代表大会常务委员会关于修改《内蒙古自治区旗县级人民代表大会议事规则》"
        "等4件地方性法规的决定"
    )
    assert (k09.number, k09.number_verbatim, k09.issuer, k09.date) == (
        "内蒙古自治区第十四届人民代表大会常务委员会公告第22号",
        "第二十二号",  # (as written: the text gives it)
        "内蒙古自治区人民代表大会常务委员会",
        "2023-11-30",
    )


def test_a_title_and_its_order_on_one_line_under_a_heading_naming_another_order():
    # devcorpus K-11 (a content farm's copy): 贵州省人民政府令116号 (the page's wrong heading) /
    # … / 广西壮族自治区土地整治办法 广西壮族自治区人民政府令 第116号 / note / 自治区主席 陈 武 2016年12月6日
    (k11,) = documents("K-11")
    assert (k11.number, k11.title, k11.issuer, k11.date, k11.effective) == (
        "广西壮族自治区人民政府令第116号",
        "广西壮族自治区土地整治办法",
        "广西壮族自治区人民政府",
        "2016-12-06",
        "2017-03-01",
    )


def test_a_bilingual_order_with_its_headings_translation_between_heading_and_number():
    # devcorpus E-05 (天津市人民政府令 / The Decree of Tianjin Municipal People's Government / 第20号 /
    # No. 20 / 《…》已于2020年11月27日经…通过,现予公布): no document before
    (e05,) = documents("E-05")
    assert (e05.number, e05.number_verbatim, e05.title, e05.issuer) == (
        "天津市人民政府令第20号",
        "第20号",
        "天津市人民政府关于修改和废止部分规章的决定",
        "天津市人民政府",
    )


def test_a_notice_whose_heading_names_no_organ_gives_no_title_and_publishes_its_decision():
    # devcorpus O-07 (芜湖县, 2017, a spammed copy): 248365365公告 / posting line / 248365365 / 第一号 /
    # 《248365365关于修改〈248365365议事规则〉的决定》已经…通过,现予公布: the site's number where the
    # organ stood is no title; the decision the note publishes is the document, its number as
    # written (no issuer code without the organ), the heading giving no issuer
    (o07,) = documents("O-07")
    assert (o07.title, o07.number_verbatim, o07.number, o07.issuer) == (
        "248365365关于修改〈248365365议事规则〉的决定",
        "第一号",
        None,
        None,
    )
    titles = [r.title for r in extract_source(devcorpus_text("O-07")) if hasattr(r, "title")]
    assert not any(t and t.endswith("公告") for t in titles)
