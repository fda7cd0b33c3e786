"""Wrong documents, amendments and citations found on fresh real pages (probe 4, 2026-12-07):
each test is a minimal cut of the page, its address in the comment; the records are asserted, as
the extractor gives them for the whole text."""

from __future__ import annotations

from kg.records import AmendmentRecord, CitedDocumentRecord, DocumentRecord, ExtractionWarning
from kg.text import docnumber
from tests.conftest import cut_records


def test_a_decision_that_approves_a_report_and_its_lists_repeals_none_of_them():
    # http://www.yestaryl.com/law/1/580.html (the 1987 decision, traditional script with inline
    # pinyin, lines 7-9): the 失效 and 不再適用 inside the annexes' titles were read as the decision's
    # act, which gave three repeals (宣布失效) of the report and of its two annexes
    records = cut_records(
        "全國人民代表大會常務委員會關于批準法制工作委員會關于對1978年底以前頒布的法律進行清理情況"
        "和意見報告的決定\n"
        "(1987年11月24日通過)\n"
        "第六屆全國人民代表大會常務委員會第二十三次會議決定:批準《全國人大常委會法制工作委員會關于"
        "對1978年底以前頒布的法律進行清理的情況和意見的報告》以及附件一《1978年底以前頒布的已經(jīng)"
        "失效的法律目錄》、附件二《1978年底以前全國人民代表大會常務委員會批準的已經(jīng)不再適用的"
        "民族自治地方的組織條例目錄》。\n"
    )
    assert [r for r in records if isinstance(r, AmendmentRecord)] == []
    (document,) = [r for r in records if isinstance(r, DocumentRecord)]
    assert document.date == "1987-11-24"


def test_an_order_note_opened_by_its_adoption_gives_the_order_its_number_and_dates():
    # https://www.ccgp-neimenggu.gov.cn/docs/%e4%b8%ad%e5%8d%8e%e4%ba%ba%e6%b0%91%e5%85%b1%e5%92%8c%e5%9b%bd%e8%b4%a7%e7%89%a9%e8%bf%9b%e5%87%ba%e5%8f%a3%e7%ae%a1%e7%90%86%e6%9d%a1%e4%be%8b
    # (the 货物进出口管理条例's head note, all the page holds): the 和 of 共和国 was cut as a
    # conjunction, which gave a cited number 国国务院令第332号, and the note's dates were lost as
    # the adoption opens it
    records = cut_records(
        "(2001年10月31日国务院第46次常务会议通过 2001年12月10日中华人民共和国国务院令第332号公布"
        " 自2002年1月1日起施行)\n"
    )
    (document,) = [r for r in records if isinstance(r, DocumentRecord)]
    assert (document.number, document.issuer, document.date, document.effective) == (
        "中华人民共和国国务院令第332号",
        "中华人民共和国国务院",
        "2001-12-10",
        "2002-01-01",
    )
    assert [r for r in records if isinstance(r, CitedDocumentRecord)] == []


def test_the_states_name_stays_in_an_orders_issuer_code():
    # the same note, read as a number in running text (kg.text.docnumber.find_all)
    text = "2001年12月10日中华人民共和国国务院令第332号公布"
    assert [n.normalized for n, _s, _e in docnumber.find_all(text)] == [
        "中华人民共和国国务院令第332号"
    ]


def test_joint_issuers_parted_by_a_space_after_a_quoted_label_are_each_an_issuer():
    # https://denstalk.com/html/xxgk01600201600200220180528004c029f-9ddf-4590-875a-1c5453c297eb.html
    # (lines 2-5): the portal's label and the two offices were published as one issuer
    # “党政混合信息公开”中共静安区委办公室静安区人民政府办公室, and the plan as cited by a line of
    # its own title
    records = cut_records(
        "“党政混合信息公开” 中共静安区委办公室 静安区人民政府办公室印发《静安区全力打响“上海服务”"
        "品牌加快建设“国际静安”三年行动计划(2018—2020年)》的通知\n"
        "静安区全力打响“上海服务”品牌\n"
        "加快建设“国际静安”三年行动计划\n"
        "(2018—2020年)\n"
    )
    (document,) = [r for r in records if isinstance(r, DocumentRecord)]
    assert (
        document.title == "静安区全力打响“上海服务”品牌加快建设“国际静安”三年行动计划(2018—2020年)"
    )
    assert document.issuer == "中共静安区委办公室、静安区人民政府办公室"
    assert [r for r in records if isinstance(r, CitedDocumentRecord)] == []


def test_a_quoted_subject_is_no_issuer():
    # the same page's line 2 with the label run into the offices (no space): no organ's name holds
    # a quotation mark, so the issuer is not read (and the plan, with neither issuer nor number, is
    # a mention)
    records = cut_records(
        "“党政混合信息公开”中共静安区委办公室印发《静安区全力打响“上海服务”品牌加快建设“国际静安”"
        "三年行动计划(2018—2020年)》的通知\n"
    )
    assert [r.issuer for r in records if isinstance(r, DocumentRecord)] in ([], [None])


def test_a_document_reported_adopted_is_not_also_cited_on_its_line():
    # https://reportify.cn/news/1223782962752000000 (a summary of the 2026-02-24 State Council
    # executive meeting, line 5 cut): the opinion was both a document and a cited document
    records = cut_records(
        "基层消防工作 - 会议审议通过《关于加强基层消防工作的意见》,指出基层是火灾防控第一线,"
        "需坚持预防为主、防消结合,分级负责、属地为主,健全基层消防安全治理机制 [3]\n"
    )
    titles = [r.title for r in records if isinstance(r, DocumentRecord)]
    assert titles == ["关于加强基层消防工作的意见"]
    assert [r for r in records if isinstance(r, CitedDocumentRecord)] == []
    assert not any(isinstance(r, ExtractionWarning) for r in records)
