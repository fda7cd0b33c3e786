"""Documents of a probe of fresh pages (probe 8): a portal's 【column】 before the name its metadata
gives (名称: 【保基本民生】…的通知) is no part of the title nor of the issuer; a page's share button on
the line under the title (分享) is no part of the addressees; a plan's targets page under the
heading 主要目标 (traditional script) is kept with a warning, never refused."""

from __future__ import annotations

from kg.extract import UNREAD_GENRE, extract_source, require_content
from kg.text.source import read
from tests.conftest import FIXTURES

DOCUMENTS = FIXTURES / "documents"


def documents(name: str) -> list[tuple]:
    return [
        (r.number, r.title, r.issuer, r.date, r.addressees)
        for r in extract_source(read(DOCUMENTS / name))
        if r.kind == "document"
    ]


def test_a_portal_column_in_the_name_is_neither_title_nor_issuer():
    # probe8 minsheng-01 (https://www.xuancheng.gov.cn/OpennessContent/show/3217501.html), cut
    # after the body's first line: the issuer was "【保基本民生】宣城市民生工作领导小组办公室"
    assert documents("probe8-minsheng-01-xuancheng-column-in-name-cut.txt") == [
        (
            None,
            "宣城市民生工作领导小组办公室关于2024年实施47项民生实事的通知",
            "宣城市民生工作领导小组办公室",
            "2024-03-14",
            ["县、市、区人民政府", "市直有关单位"],
        )
    ]


def test_a_share_button_under_the_title_is_not_an_addressee():
    # probe8 renwu-01 (http://www.jinxiang.gov.cn/art/2021/2/10/art_70552_2709209.html), cut
    # after the signature: the first addressee was "分享各镇政府"
    assert documents("probe8-renwu-01-jinxiang-share-button-cut.txt") == [
        (
            "金政发〔2021〕1号",
            "关于印发2021年金乡县政府重要工作事项责任分工的通知",
            "金乡县人民政府",
            "2021-02-10",
            ["各镇政府", "各街道办事处", "各管委会", "县政府各部门", "各企事业单位"],
        )
    ]


def test_a_plan_targets_page_is_kept_with_a_warning_not_refused():
    # probe8 zhibiao-04 (http://www.dddjmc.com/news/fujian/szjj/2021-01-06/2466413_2.html):
    # 福州's 十四五 targets in prose (高新技術企業增加到4000家以上, 海洋生產總值達4250億元) under
    # "十四五"主要目標; it was refused ("nothing recognised")
    source = read(FIXTURES / "unread" / "probe8-zhibiao-04-fuzhou-shisiwu-targets-trad.txt")
    records = extract_source(source)
    unread = [r for r in records if r.genre == UNREAD_GENRE]
    assert [(r.source.start_line, "主要目标" in r.message) for r in unread] == [(3, True)]
    require_content(records, source)  # not refused
