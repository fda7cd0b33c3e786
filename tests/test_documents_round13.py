"""Documents of the thirteenth held-out round: a portal's 【column】 before a title is not the title
(HB-18); a title printed under the number over four lines, dated above (此件公开发布) (HB-19); a law
database's 颁布单位/颁布日期 metadata under a title (HA-20); a document reported as the subject of the
sentence that says it was published (HB-22, I-12); a notice whose copy lost its title and number is
warned, not read (HA-24); a title cut short over the number is completed by the page's title (Q-10)."""

from __future__ import annotations

from kg.extract import extract_genres
from tests.conftest import devcorpus_text


def documents(stem: str) -> list[tuple]:
    return [
        (r.number, r.title, r.issuer, r.date)
        for r in extract_genres(devcorpus_text(stem), ("documents",))
        if r.kind == "document"
    ]


def warnings(stem: str) -> list[str]:
    return [
        r.message
        for r in extract_genres(devcorpus_text(stem), ("documents",))
        if r.kind == "warning"
    ]


def test_a_portal_column_name_in_brackets_is_not_part_of_the_title():
    # devcorpus HB-18 (http://www.chuzhou.gov.cn/public/152523227/567017766.html):
    # 【市政府重点工作及责任分解】滁州市人民政府关于2020年市政府重点工作及责任分解的通知
    title = "滁州市人民政府关于2020年市政府重点工作及责任分解的通知"
    assert documents("HB-18") == [(None, title, "滁州市人民政府", None)]


def test_a_title_printed_under_its_number_over_four_lines_is_read_whole():
    # devcorpus HB-19 (http://jiayu.gov.cn/…/t20210722_2364261.shtml): 嘉政办发〔2021〕5号 /
    # 县人民政府办公室关于 / 对县《政府工作报告》确定的2021年 / … / …进行责任分解的通知 / 各镇人民政府,…:
    # and the date signed over the note (此件公开发布)
    title = (
        "县人民政府办公室关于对县《政府工作报告》确定的2021年重点工作及市《政府工作报告》"
        "涉及嘉鱼的重点事项进行责任分解的通知"
    )
    assert documents("HB-19") == [("嘉政办发〔2021〕5号", title, "县人民政府办公室", "2021-05-12")]


def test_the_date_over_the_publication_note_is_the_date_signed():
    # devcorpus J-04 and T-02: 2020年3月19日 / (此件公开发布), no organ signed
    assert [d[3] for d in documents("J-04")] == ["2020-03-19"]
    assert [d[3] for d in documents("T-02")] == ["2024-06-04"]


def test_a_law_database_metadata_naming_issuer_and_date_makes_the_title_a_document():
    # devcorpus HA-20 (http://law242.infoeach.com/view-MjQyfDcxNTcz.html): 颁布日期:2001-6-3 /
    # 实施日期:2001-8-1 / 颁布单位:包头市人民代表大会常务委员会 under the title
    records = [
        r for r in extract_genres(devcorpus_text("HA-20"), ("documents",)) if r.kind == "document"
    ]
    assert [(r.title, r.issuer, r.date, r.effective) for r in records] == [
        (
            "包头市人民代表大会及其常务委员会制定地方性法规条例",
            "包头市人民代表大会常务委员会",
            "2001-06-03",
            "2001-08-01",
        )
    ]


def test_a_document_reported_as_the_subject_of_its_publication_is_read():
    # devcorpus HB-22 (http://qutaogo.com/sjtt/2022/0110/70355.html), traditional with pinyin:
    # 國家發(fā)展改革委等部門印發(fā)的《“十四五”公共服務(wù)規(guī)劃》10日發(fā)布
    assert documents("HB-22") == [
        (None, "“十四五”公共服務(wù)規(guī)劃", "國家發(fā)展改革委等部門", None)
    ]
    # devcorpus I-12 (hk01.com): 國務院辦公廳印發的《「十四五」國民健康規劃》全文於周五(20日)公佈
    assert documents("I-12") == [(None, "「十四五」國民健康規劃", "國務院辦公廳", None)]


def test_a_notice_whose_copy_lost_its_title_and_number_is_warned_not_read():
    # devcorpus HA-24 (http://xjbz.gov.cn/…/4db4ed491d95475b9bbd2681c395f88b.shtml): the stored text
    # starts at the addressees, …审议通过,现印发给你们; nothing names the notice
    assert documents("HA-24") == []
    assert any("现印发给你们" in m for m in warnings("HA-24"))


def test_a_title_cut_short_over_the_number_is_completed_by_the_page_title_above():
    # devcorpus Q-10 (a law-database page): 关于印发金华市人民政府办理人大代表建议和政协提案工作规则的通知 /
    # 浙江省金华市人民政府办公室 / 关于印发金华市人民政府办理人大代表建议 (cut) / 金政办发〔2010〕15号;
    # the organ line joined to the cut title was read as the title
    assert documents("Q-10") == [
        (
            "金政办发〔2010〕15号",
            "关于印发金华市人民政府办理人大代表建议和政协提案工作规则的通知",
            "金华市人民政府办公室",
            "2010-04-07",
        )
    ]
