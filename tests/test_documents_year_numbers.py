"""Numbers of orders and announcements numbered within their year (国家税务总局公告2018年第31号,
海关总署公告2020年第1号, 市人民政府1999年第2号令): read as their issuer's numbers on the page that is
the announcement, as citations in running text, and never as a citation of the page's own number
printed in a law database's metadata block (K-11)."""

from __future__ import annotations

from kg.extract import extract_genres
from kg.records import CitedDocumentRecord, DocumentRecord
from kg.text import docnumber
from tests.conftest import cut_records, devcorpus_text


def test_an_announcement_numbered_within_its_year_parses_as_its_issuers_number():
    number = docnumber.parse("国家税务总局公告2018年第31号")
    assert number is not None
    assert (number.issuer_code, number.year, number.seq) == ("国家税务总局公告", 2018, 31)
    assert number.verbatim == "国家税务总局公告2018年第31号"  # as printed
    assert docnumber.parse("海关总署公告 2020 年第 1 号") is not None  # spaced as a page prints it
    assert docnumber.parse("公告2018年第31号") is None  # no organ before 公告
    assert docnumber.parse("国家税务总局2018年第31号") is None  # neither 公告 nor 令


def test_an_order_with_its_order_word_after_the_number_parses():
    # devcorpus U-11 (https://law.lawtime.cn/d377315382409.html): (市人民政府1999年第2号令,…)
    number = docnumber.parse("市人民政府1999年第2号令")
    assert number is not None
    assert (number.issuer_code, number.year, number.seq) == ("市人民政府令", 1999, 2)
    # normalised as orders numbered within their year are (the form ontology/shapes require of
    # eli:number: …令〔2010〕第15号), the printed form kept in verbatim (U-11's gold matches either)
    assert number.verbatim == "市人民政府1999年第2号令"
    assert number.normalized == "市人民政府令〔1999〕第2号"
    assert docnumber.parse("1999年第2号令") is None


def test_organs_run_together_or_a_title_before_the_number_are_no_one_code():
    # a joint order or announcement whose space was lost (商务部 公安部2005年第8号令, a fresh page
    # https://m.tripcoinc.com/zwgk/wjk/zcfgk/content/post_2532440.html; 财政部 税务总局公告2019年第
    # 39号), and the reviewer's 中华人民共和国卫生部令 中华人民共和国交通部令 / 2004年第2号
    assert docnumber.parse("商务部公安部2005年第8号令") is None
    assert docnumber.parse("财政部税务总局公告2019年第39号") is None
    assert docnumber.parse("中华人民共和国卫生部中华人民共和国交通部令2004年第2号") is None
    assert docnumber.parse("国家税务总局关于发票的公告2018年第31号") is None
    # in running text the organs are parted by a space: the last organ alone is not the number's
    assert list(docnumber.find_all("根据财政部 税务总局公告2019年第39号规定")) == []
    assert list(docnumber.find_all("商务部 公安部2005年第8号令")) == []


def test_numbers_within_their_year_are_found_in_running_text():
    found = [
        (n.normalized, n.verbatim)
        for n, _, _ in docnumber.find_all("《老旧运输船舶管理规定》以交通部令2006年第8号公布")
    ]
    assert found == [("交通部令〔2006〕第8号", "交通部令2006年第8号")]
    found = [
        n.verbatim for n, _, _ in docnumber.find_all("(市人民政府1999年第2号令,1999年7月28日发文)")
    ]
    assert found == ["市人民政府1999年第2号令"]


_ANNOUNCEMENT = (
    # http://www.cnhelpme.cn/web/newsDetails?id=1108 (a fresh page; traditional script)
    "首頁  > 政策法規  > 詳情頁\n\n"
    "海關總署公告2017年第26號(關于進一步簡化經港澳中轉貨物原產地管理要求的公告)\n\n"
    "2018-04-03  來源:海關總署\n\n"
    "為進一步簡化各優惠貿易安排項下,經香港或澳門中轉貨物的原產地管理,現就中轉確認書提交事宜公告如下:\n\n"
    "如果海關未收到相關中轉確認書電子信息或認為有必要時,進口人仍應當提交中轉確認書正本。\n"
    "特此公告\n"
)


def test_a_page_headed_by_its_announcement_and_number_is_that_announcement():
    records = cut_records(_ANNOUNCEMENT)
    docs = [r for r in records if isinstance(r, DocumentRecord)]
    assert [(d.number, d.number_verbatim, d.title, d.issuer) for d in docs] == [
        (
            "海关总署公告〔2017〕26号",
            "海關總署公告2017年第26號",
            "關于進一步簡化經港澳中轉貨物原產地管理要求的公告",
            "海關總署",
        )
    ]


_CITING = (
    # http://www.stardrive.com.cn/detail/2432.html (a fresh page; traditional script), cut
    "海關總署公告2022年第39號(關于公布港澳CEPA項下產品特定原產地規則轉版清單的公告)\n"
    "發布時間:2022-05-20\n\n"
    "  按照海關總署公告2018年第213號和第214號附件第三條規定,現將轉版後的港澳CEPA貨物貿易協議項下產品特定原產地規則清單(見附件1、2)予以公布。\n\n"
    "  進出口貨物收發貨人或者其代理人按照海關總署公告2021年第34號辦理港澳CEPA貨物貿易協議項下貨物海關申報手續。\n\n"
    "  本公告自2022年5月16日起實施。\n\n"
    "  特此公告。\n\n\n"
    "海關總署\n\n"
    "2022年5月13日\n"
)


def test_announcements_cited_in_the_text_are_citations_and_the_page_is_its_own():
    records = cut_records(_CITING)
    docs = [r for r in records if isinstance(r, DocumentRecord)]
    assert [(d.number, d.issuer, d.date, d.effective) for d in docs] == [
        ("海关总署公告〔2022〕39号", "海關總署", "2022-05-13", "2022-05-16")
    ]
    cited = [(r.number, r.cited_by) for r in records if isinstance(r, CitedDocumentRecord)]
    assert cited == [
        ("海关总署公告〔2018〕213号", "海关总署公告〔2022〕39号"),
        ("海关总署公告〔2021〕34号", "海关总署公告〔2022〕39号"),
    ]


def test_the_number_in_a_law_databases_metadata_block_is_no_citation():
    # devcorpus K-11: 【发布文号】广西壮族自治区人民政府令2016年第116号 names the page's own order
    records = extract_genres(devcorpus_text("K-11"), ("documents", "citations"))
    cited = [r.number for r in records if isinstance(r, CitedDocumentRecord)]
    assert "广西壮族自治区人民政府令〔2016〕第116号" not in cited
    assert [r.number for r in records if isinstance(r, DocumentRecord)] == [
        "广西壮族自治区人民政府令第116号"
    ]


def test_an_announcement_with_its_word_after_the_number_is_that_announcement():
    # http://www.cnhelpme.cn/web/newsDetails?id=1108: 依照海關總署2016年52號公告規定 (its 第 left
    # out); http://tttt123.cn/news02/131.html: 根據海關總署2017年第56號公告
    for text, normalized in (
        ("依照海关总署2016年52号公告规定", "海关总署公告〔2016〕52号"),
        ("根据海关总署2017年第56号公告,我署制定了", "海关总署公告〔2017〕56号"),
    ):
        assert [n.normalized for n, _, _ in docnumber.find_all(text)] == [normalized]
    assert list(docnumber.find_all("本局2019年第3号公告")) == []  # a pronoun names no organ
    assert list(docnumber.find_all("2016年52号公告")) == []


_JOINT_BLOCK = (
    # https://law.esnai.com/do.aspx?action=show&controller=home&lawid=169386 (a fresh page), cut:
    # the database's block names three organs; the number is one organ's announcement number
    "   首页 > 税费法规 > 征收管理 >\n"
    "法规内容  本文仅供参考,如需引用请以正式文件为准\n"
    "发文标题: 贵州省财政贵州省国家税务局贵州省地方税务局关于全面推开营业税改征增值税试点有关税收征收管理事项的公告\n"
    "发文文号: 贵州省国家税务局公告2016年第6号\n"
    "发文部门: 贵州省财政厅 贵州省地方税务局 贵州省国家税务局\n"
    "发文时间: 2016-4-22\n"
    "实施时间: 2016-5-1\n"
    "法规类型: 征收管理\n"
    "发文内容:\n\n"
    "  为保障全面推开营业税改征增值税(以下简称营改增)试点工作顺利实施,根据《国家税务总局关于全面推开营业税改征增值税试点有关税收征收管理事项的公告》(国家税务总局公告2016年第23号)等规定,现将有关税收征收管理事项公告如下:\n"
    "  一、纳税申报期\n"
)


def test_a_law_databases_block_names_a_joint_announcements_organs_and_dates():
    records = cut_records(_JOINT_BLOCK)
    docs = [r for r in records if isinstance(r, DocumentRecord)]
    assert [(d.number_verbatim, d.issuer, d.date, d.effective) for d in docs] == [
        (
            "贵州省国家税务局公告2016年第6号",
            "贵州省财政厅、贵州省地方税务局、贵州省国家税务局",  # all three, not the number's one
            "2016-04-22",
            "2016-05-01",
        )
    ]
    cited = [(r.number, r.cited_by) for r in records if isinstance(r, CitedDocumentRecord)]
    assert cited == [("国家税务总局公告〔2016〕23号", "贵州省国家税务局公告〔2016〕6号")]


_NUMBER_AND_DATE_LINE = (
    # https://law.esnai.com/view/17486 (a fresh page), cut: the same database's block over a notice
    # whose number and date share the line above its addressees
    "   首页 > 海关 > 税费征收 >\n"
    "发文标题: 海关总署关于印发《海关税费财务管理办法》和《海关税收会计制度》的通知\n"
    "发文文号: 署财[1999]850号\n"
    "发文部门: 海关总署\n"
    "发文时间: 1999-12-22\n"
    "实施时间: 1999-12-22\n"
    "发文内容:\n"
    "   海关总署关于印发《海关税费财务管理办法》和《海关税收会计制度》的通知\n\n"
    "                     署财〔1999〕850号 1999年12月22日\n\n"
    "广东分署,各直属海关、院校:\n"
    "    现行《海关税费收入会计制度》自1992年实行以来,在加强海关税费征收、缴库\n"
)


def test_a_number_and_date_line_over_the_addressees_is_none_of_them():
    docs = [r for r in cut_records(_NUMBER_AND_DATE_LINE) if isinstance(r, DocumentRecord)]
    assert [(d.number, d.issuer, d.date, d.addressees) for d in docs] == [
        ("署财〔1999〕850号", "海关总署", "1999-12-22", ["广东分署", "各直属海关、院校"])
    ]
