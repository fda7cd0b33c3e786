"""Documents: the addressees (主送机关) of a web copy, past the lines a portal prints between the title
and them, and an organ's word alone after 、 kept with the name whose place it shares. Each text is
a development-corpus page or a page probed, read by its lines."""

from __future__ import annotations

from kg.extract import extract_source
from kg.records import DocumentRecord
from kg.text.source import from_text
from tests.conftest import devcorpus_text


def addressees(source) -> list[list[str]]:
    return [r.addressees for r in extract_source(source) if isinstance(r, DocumentRecord)]


def test_a_portals_date_and_source_lines_are_no_addressees():
    # https://z.hangzhou.com.cn/2020/hzrmzfgb/content/content_7745055.html (a page probed): the
    # first addressee was published as '发布时间:2020-05-29 14:36:23各区、县(市)人民政府'
    source = from_text(
        "杭州市人民政府办公厅关于印发2020年政府工作报告重点工作责任分解的通知\n"
        "发布时间:2020-05-29 14:36:23\n"
        "\n"
        "各区、县(市)人民政府,市政府各部门、各直属单位:\n"
        "\n"
        "《2020年政府工作报告重点工作责任分解》已经市政府同意,现印发给你们,请结合以下要求认真贯彻执行。\n",
        "cut.txt",
    )
    assert addressees(source) == [["各区、县(市)人民政府", "市政府各部门、各直属单位"]]
    # M-10: 发布日期: …来源: …字号:[ ] over the addressees
    assert addressees(devcorpus_text("M-10"))[0] == ["各县(市、区)人民政府", "市直属各单位"]


def test_a_sites_label_is_passed_over_and_names_no_addressee():
    # 视力保护色: and 浏览量: between the title and the addressees
    found = addressees(devcorpus_text("A-50"))[0]
    assert "视力保护色" not in found and found[-2:] == ["市直各单位", "中央、省驻岳单位"]
    # H-23: 核心提示: is no addressee, and the copy gives none
    assert addressees(devcorpus_text("H-23"))[0] == []


def test_an_organs_word_alone_after_a_name_is_not_an_addressee_of_its_own():
    # H-22: 各乡镇(场)党委、政府 are the townships' committees and governments; 政府 alone was
    # resolved to the county's own government
    assert addressees(devcorpus_text("H-22"))[0][0] == "各乡镇(场)党委、政府"
