"""Under a 修改 line, a title kept as an amendment's target when no grammar form reads its line must
lead that line (an item of the list: (一)关于《T》; a title wrapped under its 关于修改: 《T》的决定); a
title named inside other words is no target: a periodical's source line (摘自《…网》), a title that
quotes another (…出具《税务证明》申请表)."""

from __future__ import annotations

from kg.extract import extract_genres
from kg.records import AmendmentRecord
from tests.conftest import cut_records, devcorpus_text

# http://zswide.com/news22.asp?ID=131 (a fresh page, a tax periodical): its contents list, then the
# announcement 国家税务总局公告2012年第54号, its source line and its attachment's title
_PERIODICAL = "\n".join(
    [
        "税收信息",
        "2012年第12期 目 录 总134期",
        "一、国家税务总局关于修改《服务贸易等项目对外支付出具〈税务证明〉申请表》的公告",
        "二、财政部关于印发《小企业会计准则》的通知",
        "国家税务总局关于修改",
        "《服务贸易等项目对外支付出具〈税务证明〉申请表》的公告",
        "2012-12-06 国家税务总局公告2012年第54号",
        "为适应营业税改征增值税试点工作的需要,现就税务机关出具对外支付税务证明申请表的",
        "修改问题公告如下:",
        "《国家税务总局关于印发〈服务贸易等项目对外支付出具税务证明管理办法〉的通知》(国税发〔2008〕"
        "122号)的附件1即《服务贸易等项目对外支付出具〈税务证明〉申请表》(以下简称《申请表》)中的"
        "“本次付汇金额涉税情况”中增加“已缴纳增值税”和“增值税税率”",
        "两栏,详见附件。",
        "摘自《国家税务总局网》",
        "服务贸易等项目对外支付出具《税务证明》申请表",
    ]
)


def targets(records: list) -> list[tuple]:
    return [(r.target_title, r.action) for r in records if isinstance(r, AmendmentRecord)]


def test_a_source_line_and_a_title_quoting_another_are_no_targets():
    found = targets(cut_records(_PERIODICAL, "zswide.txt"))
    assert ("国家税务总局网", "amend") not in found
    assert ("税务证明", "amend") not in found
    # the targets the announcement does amend are still read: the 申请表 its wrapped title names
    # and the notice whose attachment it changes (a quotation on the line)
    assert found == [
        ("服务贸易等项目对外支付出具〈税务证明〉申请表", "amend"),
        ("国家税务总局关于印发〈服务贸易等项目对外支付出具税务证明管理办法〉的通知", "amend"),
    ]


def test_a_target_leading_its_item_under_an_amending_line_is_still_read():
    # devcorpus E-05 (line 18: (一)关于《天津市防止拆船污染环境管理实施办法》) and N-14 (line 12,
    # the title wrapped: 《盤錦市…規定》的決定, traditional with the site's pinyin, kept as printed)
    e05 = targets(extract_genres(devcorpus_text("E-05"), ("amendments",)))
    assert ("天津市防止拆船污染环境管理实施办法", "amend") in e05
    n14 = targets(extract_genres(devcorpus_text("N-14"), ("amendments",)))
    assert ("盤錦市人民政府地方性法規(guī)草案擬定和規(guī)章制定程序規(guī)定", "amend") in n14
