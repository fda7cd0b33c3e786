"""Wrong documents and citations found on fresh real pages (mined 2026-12-07): each test is a
minimal cut of the page, its address in the comment; the records are asserted as the extractor
gives them for the whole text."""

from __future__ import annotations

from kg.extract import extract_source
from kg.records import CitedDocumentRecord, DocumentRecord, ExtractionWarning
from tests.conftest import cut_records, devcorpus_text


def _document(records: list) -> DocumentRecord:
    (document,) = [r for r in records if isinstance(r, DocumentRecord)]
    return document


def test_joint_issuers_parted_by_a_space_stay_two_organs():
    # https://www.hgds.gov.cn/hegang/hzf/202505/74521.shtml (lines 2-8): the signature's
    # 鹤岗市人民政府 鹤岗市中级人民法院 was run into one issuer, an organisation that does not exist
    document = _document(
        cut_records(
            "鹤政发〔2025〕4号\n"
            "鹤岗市人民政府 鹤岗市中级人民法院印发\n"
            "关于完善“府院联动”机制的意见的通知\n"
            "各县(区)人民政府、法院,市政府各部门:\n"
            "《鹤岗市人民政府 鹤岗市中级人民法院关于完善“府院联动”机制的意见》已经市政府十七届61次"
            "常务会议审议通过,并经市委十三届第94次常委会会议审议通过,现印发给你们,请认真贯彻执行。\n"
            "鹤岗市人民政府 鹤岗市中级人民法院\n"
            "2025年4月30日\n"
        )
    )
    assert document.issuer == "鹤岗市人民政府 鹤岗市中级人民法院"
    assert document.issuer_resolved == "鹤岗市人民政府、鹤岗市中级人民法院"
    assert (
        document.title == "鹤岗市人民政府 鹤岗市中级人民法院印发关于完善“府院联动”机制的意见的通知"
    )
    assert document.date == "2025-04-30"


def test_joint_issuers_a_title_runs_together_are_parted_where_the_place_is_named_again():
    # https://news.fznews.com.cn/fzsync/2021-02-18/1727032084535.shtml (H-22): the title's
    # 中共连江县委连江县人民政府 was published as one issuer
    records = extract_source(devcorpus_text("H-22"))
    document = _document(records)
    assert document.issuer == "中共连江县委、连江县人民政府"
    assert document.title == "中共连江县委连江县人民政府关于开展2021年为民办实事工作的通知"


def test_a_signature_printed_under_the_number_is_no_addressee():
    # https://zhonghuashu.com/wiki/国务院关于同意广西壮族自治区调整南宁市部分行政区划的批复_(2015年)
    # (lines 2-9): the law database prints the signature under the number; issuer and date were
    # glued onto the addressee (中华人民共和国国务院2015年2月16日广西壮族自治区人民政府)
    document = _document(
        cut_records(
            "国务院关于同意广西壮族自治区调整南宁市部分行政区划的批复\n"
            "国函〔2015〕36号\n"
            "中华人民共和国国务院\n"
            "2015年2月16日\n"
            "\n"
            "    广西壮族自治区人民政府:\n"
            "\n"
            "      你区《关于调整南宁市部分行政区划的请示》(桂政报〔2014〕29号)收悉。现批复如下:\n"
        )
    )
    assert document.addressees == ["广西壮族自治区人民政府"]
    assert document.number == "国函〔2015〕36号"


def test_a_title_printed_again_over_the_addressees_is_no_addressee():
    # http://www.lishan.gov.cn/html/ASLSQ/202303/0168765895614794.html (B-26): the number and
    # title printed again above the addressees were glued onto the first of them
    document = _document(extract_source(devcorpus_text("B-26")))
    assert document.addressees == ["立山经济开发区", "各街道办事处", "各区直部门", "各有关单位"]


def test_a_news_sites_label_is_no_part_of_the_title():
    # https://news.shi-fen.com/china/201901/50-174963.html (lines 2-3): the title was published as
    # 原标题:杭州市第十三届…的决议
    document = _document(
        cut_records(
            "原标题:杭州市第十三届人民代表大会第四次会议关于政府工作报告的决议\n"
            "(2019年1月24日杭州市第十三届人民代表大会第四次会议通过)\n"
            "杭州市第十三届人民代表大会第四次会议听取和审查了徐立毅市长代表市人民政府所作的政府工作报告。\n"
        )
    )
    assert document.title == "杭州市第十三届人民代表大会第四次会议关于政府工作报告的决议"
    assert document.date == "2019-01-24"


def test_the_note_of_a_texts_own_number_under_its_title_is_no_citation():
    # http://worldlii.org/chi/cn/legis/ah/laws/bb3922e5167bfd6d314a592a5a37c653d232fa97
    # (lines 10-28): the note (1985年5月4日皖政〔1985〕38号) under the title gives the notice's own
    # number, which was published as a document the notice cites
    records = cut_records(
        "安徽省政府关于任免国家机关工作人员问题的通知\n"
        "\n"
        "  【发布日期】1985-05-04\n"
        "\n"
        "安徽省人民政府关于任免国家机关工作人员问题的通知\n"
        "\n"
        "(1985年5月4日皖政〔1985〕38号)  根据《中华人民共和国地方各级人民代表大会和地方各级人民"
        "政府组织法》和国务院关于干部任免的规定精神,\n"
    )
    cited = [r for r in records if isinstance(r, CitedDocumentRecord)]
    assert [(c.number, c.title) for c in cited] == [
        (None, "中华人民共和国地方各级人民代表大会和地方各级人民政府组织法")
    ]
    assert cited[0].cited_by == "皖政〔1985〕38号"
    assert not [r for r in records if isinstance(r, ExtractionWarning) and "38号" in r.message]


def test_a_flattened_notice_is_the_document_that_cites():
    # O-06 (a notice printed on one line): its citations named no citing document
    records = extract_source(devcorpus_text("O-06"))
    cited = [r for r in records if isinstance(r, CitedDocumentRecord)]
    assert "南京市城乡困难居民大重病医疗救助暂行办法" in {c.title for c in cited}
    assert {c.cited_by for c in cited} == {
        "南京市政府办公厅转发市民政局、财政局《关于进一步做好城乡困难居民大重病医疗救助工作的"
        "补充意见》的通知"
    }


def test_a_notice_whose_number_is_garbled_is_read_without_it_and_the_number_warned():
    # http://nnxn.gov.cn/zwdt/ztzl/fgfzl/t4549538.html (lines 4-29): the page was refused
    # (nothing recognised); title, addressees and signature are clear, the number is not
    records = cut_records(
        "南宁市兴宁区人民政府办公室关于印发2020年兴宁区优化营商环境实施方案的通知\n"
        "\n"
        "撰写时间:2020-09-16 10:20     来源:南宁市兴宁区人民政府办公室   \n"
        "\n"
        "南兴府办函〔202058\n"
        "\n"
        "南宁市兴宁区人民政府办公室\n"
        "\n"
        "关于印发2020年兴宁区优化营商环境\n"
        "\n"
        "实施方案的通知\n"
        "\n"
        "各镇人民政府,各街道办事处,政府机关各部门,政府直属各事业单位,辖区各有关单位:\n"
        "\n"
        "经兴宁区人民政府同意,现将2020年兴宁区优化营商环境实施方案》印发给你们,请结合实际,"
        "认真组织实施\n"
        "\n"
        "南宁市兴宁区人民政府办公室\n"
        "\n"
        "202091\n"
    )
    document = _document(records)
    assert (
        document.title == "南宁市兴宁区人民政府办公室关于印发2020年兴宁区优化营商环境实施方案的通知"
    )
    assert document.number is None
    assert document.issuer == "南宁市兴宁区人民政府办公室"
    assert document.addressees[0] == "各镇人民政府"
    (warning,) = [r for r in records if isinstance(r, ExtractionWarning)]
    assert warning.source.start_line == 5 and "南兴府办函〔202058" in warning.message


def test_a_title_dated_in_double_brackets_over_addressees_run_into_the_body_is_a_document():
    # http://117.78.9.86:8080/was40/print?back=-1&channelid=3901&record=7 (lines 2-3): a law
    # database's notice gave no document: its title ends in ((1990年11月16日)) and the addressees
    # open the body's line
    records = cut_records(
        "哈尔滨市人民政府办公厅关于转发哈尔滨市志编纂方案的通知 ((1990年11月16日))\n"
        "各区、县(市)人民政府,市政府各委、办、局,中直、省属在哈单位,驻哈部队: 经市政府同意,"
        "现将哈尔滨史志编纂委员会制定的《哈尔滨市志编纂方案》转发给你们。\n"
    )
    document = _document(records)
    assert document.title == "哈尔滨市人民政府办公厅关于转发哈尔滨市志编纂方案的通知"
    assert (document.date, document.issuer) == ("1990-11-16", "哈尔滨市人民政府办公厅")
    assert document.addressees == [
        "各区、县(市)人民政府",
        "市政府各委、办、局",
        "中直、省属在哈单位",
        "驻哈部队",
    ]


def test_a_law_promulgated_by_a_note_saying_yi_you_on_a_page_flattened_to_one_line():
    # http://m.6065bob.com/fagui/565.html (lines 4-7, cut before the law's 目录): the page, a
    # presidential order flattened to one line, was refused (nothing recognised); its note
    # 《…》已由…通過,現予公布 is a promulgation note as 已经 opens one
    records = cut_records(
        "中華人民共和國駐外外交人員法\n"
        "\n"
        "來源: 律霸小編整理 · 2020-12-26 · 103人看過\n"
        "  全國人民代表大會常務委員會   中華人民共和國主席令(第十九號)   《中華人民共和國駐外外交人員法》"
        "已由中華人民共和國第十一屆全國人民代表大會常務委員會第十一次會議于2009年10月31日通過,"
        "現予公布,自2010年1月1日起施行。   中華人民共和國主席 胡錦濤   2009年10月31日   "
        "中華人民共和國駐外外交人員法   (2009年10月31日第十一屆全國人民代表大會常務委員會第十一次"
        "會議通過)\n"
    )
    document = _document(records)
    assert (document.title, document.effective) == ("中華人民共和國駐外外交人員法", "2010-01-01")
