"""Documents and citations that probe 6's fresh pages showed missed or doubled (issue 11), and a
fresh page of the follow-up search: each fixture is a cut of the page, its address on line 1
(tests/fixtures/documents/probe6-*, fresh-*); the records are asserted as the extractor gives
them for the cut."""

from __future__ import annotations

from pathlib import Path

from kg.extract import extract_source
from kg.records import CitedDocumentRecord, DocumentRecord, ExtractionWarning
from kg.text.source import read

FIXTURES = Path(__file__).parent / "fixtures" / "documents"


def _records(name: str) -> list:
    return extract_source(read(str(FIXTURES / name)))


def _document(records: list) -> DocumentRecord:
    (document,) = [r for r in records if isinstance(r, DocumentRecord)]
    return document


def test_a_portal_header_row_gives_the_number_written_before_a_keyed_date():
    # https://www.pingli.gov.cn/Content-2811885.html: «文号 平政发〔2025〕6号 成文日期: 2025年04月15日»,
    # the first key without its colon, was not read (the number was not on the document)
    document = _document(_records("probe6-gongwen-02-pingli-header-row-cut.txt"))
    assert document.number == "平政发〔2025〕6号"
    assert document.title == "平利县人民政府关于印发2025年国民经济和社会发展计划的通知"
    assert document.date == "2025-04-15"


def test_a_portal_header_row_with_a_space_in_the_number():
    # https://www.zyx.gov.cn/Content-2818399.html: «文号 紫政发〔2025〕3 号 成文日期: …»
    records = _records("probe6-gongwen-03-ziyang-header-row-cut.txt")
    document = _document(records)
    assert document.number == "紫政发〔2025〕3号"
    assert document.date == "2025-04-29"
    cited = [r for r in records if isinstance(r, CitedDocumentRecord)]
    assert [c.cited_by for c in cited] == ["紫政发〔2025〕3号"]


def test_a_presidential_order_numbered_in_its_term_is_the_law_s_number_with_its_term():
    # http://law633.infoeach.com/view-NjMzfDE1Mw==.html: 中华人民共和国主席令(九届第37号) over the
    # note 《中华人民共和国国家通用语言文字法》已由…通过,现予公布: the order's number is the law's,
    # with its term (第37号 alone is another term's order too; tests/test_graph_drops_orders.py)
    document = _document(_records("probe6-gongwen-01-zhuxiling-cut.txt"))
    assert document.title == "中华人民共和国国家通用语言文字法"
    assert document.number_verbatim == "中华人民共和国主席令(九届第37号)"
    assert document.number == "中华人民共和国主席令（九届）第37号"
    assert document.date == "2000-10-31"
    assert document.effective == "2001-01-01"


def test_an_order_in_brackets_without_term_numbers_the_decision_its_note_names():
    # https://www.mingyanjiaju.org/fanwen/lunwenzhidao/1592517510899875_2.htm (a page of example
    # orders): 中華人民共和國主席令 / (第29號) / 《…的決定》已由…通過,現予公布施行
    records = _cut(
        "# source: https://www.mingyanjiaju.org/fanwen/lunwenzhidao/1592517510899875_2.htm\n"
        "中華人民共和國主席令\n"
        "\n"
        "(第29號)\n"
        "\n"
        "《全國人民代表大會常務委員會關於懲治侮辱中華人民共和國國旗國徽罪的決定》已由中華人民共和國"
        "第七屆人民代表大會常務委員會第十四次會議於1990年6月18日通過,現予公布施行。\n"
        "\n"
        "中華人民共和國主席 楊尚昆\n"
        "\n"
        "1990年6月28日\n"
    )
    document = _document(records)
    assert document.number == "中华人民共和国主席令第29号"
    assert document.title == "全國人民代表大會常務委員會關於懲治侮辱中華人民共和國國旗國徽罪的決定"


def _cut(text: str) -> list:
    from kg.text.source import from_text

    return extract_source(from_text(text, "cut.txt"))


def test_a_decision_copied_without_title_or_number_is_warned_not_read():
    # https://public.huiji.gov.cn/D0102X/9923242.jhtml: addressees, then 决定…失效100件,现予以公布。
    # …自本决定印发之日起失效; no title, number, signature or date: nothing can name the document
    records = _records("probe6-feizhi-01-huiji-untitled-decision.txt")
    assert not [r for r in records if isinstance(r, DocumentRecord)]
    (warning,) = [r for r in records if isinstance(r, ExtractionWarning)]
    assert warning.source.start_line == 4
    assert "本决定" in warning.message


def test_a_draft_s_stage_after_a_title_is_the_same_cited_report():
    # http://m.7kjg.com/qdsrmzf/cxrfsz/content/6528efd6-3690-4bc7-9634-71117ba81fbf.html:
    # 審議并原則通過2024年《政府工作報告(討論稿)》 then 起草好《政府工作報告》: one report, one record
    records = _records("probe6-huiyi-03-qidong-draft-report-trad-cut.txt")
    titles = [r.title for r in records if isinstance(r, CitedDocumentRecord)]
    assert [t for t in titles if "政府工作報告" in t] == ["政府工作報告(討論稿)"]
    assert len(titles) == 3


def test_a_notice_printed_twice_on_its_page_cites_once():
    # http://www.jncq.gov.cn/gongkai/site_changqingquqzfbgsb/…/doc_638e0ffb0538052f6b08a4f3.html:
    # the portal's block (济长政办字〔2021〕3号 under the title) and the notice printed again with
    # its number both cite 《政府工作报告》: one cited document, cited where first
    records = _records("probe6-renwu-04-changqing-header-twice-cut.txt")
    cited = [r for r in records if isinstance(r, CitedDocumentRecord)]
    assert [(c.title, c.cited_by, c.source.start_line) for c in cited] == [
        ("政府工作报告", "济长政办字〔2021〕3号", 13)
    ]
    assert _document(records).number == "济长政办字〔2021〕3号"


def test_the_metadata_of_a_forwarding_notice_does_not_date_the_forwarded_one():
    # http://www.frrsc.icu/gk/gk08/gk0801/65478.htm: the portal's block (成文日期 2019-02-25, 文号
    # 白政辦發〔2019〕9號) is the 白水 notice's; the 陕政办发〔2018〕73号 notice it forwards, whose
    # date the copy cut off, was dated 2019-02-25
    records = _records("fresh-baishui-forwarding-metadata-trad-cut.txt")
    forwarded = [r for r in records if isinstance(r, DocumentRecord) and r.number]
    assert [d.number for d in forwarded] == ["陜政辦發〔2018〕73號"]
    assert forwarded[0].date is None


def test_a_title_wrapped_at_a_closing_mark_is_read_whole():
    # the same page: 陜西省人民政府辦公廳 / 印發《陜西省實體政務大廳管理暫行辦法》 / 《陜西政務服務網運行
    # 管理暫行辦法》和《…》的通知 / 陜政辦發〔2018〕73號: the title was its last line alone
    records = _records("fresh-baishui-forwarding-metadata-trad-cut.txt")
    (forwarded,) = [r for r in records if isinstance(r, DocumentRecord) and r.number]
    assert forwarded.title == (
        "陜西省人民政府辦公廳印發《陜西省實體政務大廳管理暫行辦法》《陜西政務服務網運行管理暫行辦法》"
        "和《陜西政務服務網電子文件管理暫行辦法》的通知"
    )
    assert forwarded.source.start_line == 23


def test_a_site_s_elision_in_a_title_names_no_document_the_number_still_cited():
    # https://ixbang.com/bid/detail/785E411112727D7CAF9705DA0CA65FAB.html (a fresh page): the site
    # elides the province, 《 (略) 行政规范性文件管理办法》(省政府令第169号); the title «(略)行政规范性
    # 文件管理办法» was published
    records = _cut(
        "# source: https://ixbang.com/bid/detail/785E411112727D7CAF9705DA0CA65FAB.html\n"
        "按照《 (略) 行政规范性文件管理办法》(省政府令第169号)规定和《 (略) 人民政府办公室关于开展"
        "行政规范性文件全面清理工作的通知》(濮政办明电〔2023〕12号)有关要求,需要对我县现行有效"
        "行政规范性文件进行全面清理。\n"
    )
    cited = [(r.number, r.title) for r in records if isinstance(r, CitedDocumentRecord)]
    assert cited == [("省政府令第169号", None), ("濮政办明电〔2023〕12号", None)]
