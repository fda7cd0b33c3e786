"""Cited documents: a short form of a title cited just before names that document, not another, and
a part's heading (第I部 / 一般规定) is no citing document. Each text is a cut of a real page probed
(not annotated), its address in a comment."""

from __future__ import annotations

from kg.extract import extract_source
from kg.records import CitedDocumentRecord, DocumentRecord
from kg.text.source import from_text


def cited(text: str) -> list[tuple]:
    records = extract_source(from_text(text, "cut.txt"))
    return [(r.title, r.number, r.cited_by) for r in records if isinstance(r, CitedDocumentRecord)]


def test_a_short_form_of_a_title_cited_before_is_the_same_document():
    # http://www.elht.gov.cn/mobile/c/2024-04-02/97683.shtml: 《分工方案》 is the 《〈政府工作报告〉
    # 2024年重点工作任务分工方案》 the page explains, not a document of its own
    found = cited(
        "《〈政府工作报告〉2024年重点工作任务分工方案》政策解读\n"
        "发布日期:2024-04-02 15:35 点击量:10\n"
        "(一)主要内容。《分工方案》将《政府工作报告》分解为五个方面79项重点工作任务,每项工作均列出"
        "牵头单位、配合单位及完成时限。\n"
    )
    titles = [title for title, _, _ in found]
    assert "分工方案" not in titles
    assert "政府工作报告" in titles


def test_a_parts_heading_is_no_citing_document():
    # https://legco.gov.hk/yr98-99/cn/bills/c171_c.htm: the bill's 第I部 is headed 一般规定; the
    # ordinances its later parts amend were reported as cited by a document called 一般规定
    found = cited(
        "1999年成文法(杂项规定)条例草案\n"
        "由立法会制定。\n"
        "第I部\n"
        "一般规定\n"
        "1. 简称\n"
        "本条例可引称为《1999年成文法 (杂项规定) 条例》。\n"
        "《劳教中心条例》\n"
        "3. 被羁留的人被判处羁留在教导所等及监禁\n"
        "《劳教中心条例》(第239章) 第7(1) 条现予修订——\n"
    )
    assert found and all(cited_by != "一般规定" for _, _, cited_by in found)


def test_a_title_after_gai_names_the_document_cited_before():
    # K-18 (a district's executive-meeting minutes, traditional script): 會議原則同意該《責任清單》
    # is the 《斗門區生態環境保護工作責任清單(送審稿)》 the item is about
    from tests.conftest import devcorpus_text

    records = extract_source(devcorpus_text("K-18"))
    titles = [r.title for r in records if isinstance(r, CitedDocumentRecord)]
    assert len(titles) == 1 and titles[0].endswith("(送審稿)")


def test_an_item_of_a_list_of_bases_is_no_title_of_the_page():
    # http://pingjiang.gov.cn/35048/35065/content_1782067.html (a page probed): the basis listed as
    # 1.《湖南省规范性文件管理办法》(省政府令242号) was published as the page's own document
    records = extract_source(
        from_text(
            "关于发布《平江县人民政府关于公布2020年第二批规范性文件废止目录的通知》的解读说明\n"
            "来源:县司法局 2020-12-25 15:20\n"
            "二、制定的依据\n"
            "1.《湖南省规范性文件管理办法》(省政府令242号)\n"
            "2.岳阳市人民政府办公室关于进一步加强规范性文件管理工作的通知》(岳政办发〔2018〕10号)\n",
            "cut.txt",
        )
    )
    titles = [r.title for r in records if isinstance(r, DocumentRecord)]
    assert not any("湖南省规范性文件管理办法" in t for t in titles)
