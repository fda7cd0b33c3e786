"""The segmenter: section kinds and boundaries on the sample and on other governments' styles."""

from __future__ import annotations

import itertools

import pytest

from kg import segment as seg
from kg.text.source import from_text, read
from tests.conftest import FIXTURES

DOCS = FIXTURES / "documents"


def outline(source) -> list[tuple[str, int, int, str | None]]:
    return [(s.kind, s.start, s.end, s.title) for s in seg.segment(source)]


def assert_covers_every_line(source) -> None:
    sections = seg.segment(source)
    assert sections[0].start == 1
    assert sections[-1].end == len(source.lines)
    for before, after in itertools.pairwise(sections):
        assert after.start == before.end + 1
    assert all(s.kind in seg.SECTION_KINDS for s in sections)


def test_sample_sections_checked_by_hand(sample_source):
    assert outline(sample_source) == [
        ("front_matter", 1, 103, None),
        ("toc", 104, 135, None),
        ("document", 136, 177, "温州市人民政府关于修改和废止部分行政规范性文件的决定"),
        ("document", 178, 1294, "温州市人民政府关于印发温州市生态文明建设规划(2021-2030年)的通知"),
        (
            "document",
            1295,
            1310,
            "温州市人民政府办公室关于印发温州市区声环境功能区划分方案(2023年)的通知",
        ),
        ("personnel", 1311, 1340, "6月份市政府人事任免"),
        ("briefs", 1341, 1404, "政务简讯"),
        ("chronicle", 1405, 1600, "6月份市政府记事"),
        ("catalogue", 1601, 1607, "6月份市政府、市政府办公室发文目录"),
        ("other", 1608, 1671, None),
    ]
    assert_covers_every_line(sample_source)


def test_provincial_gazette_with_two_documents():
    source = read(DOCS / "province-gazette.txt")
    assert outline(source) == [
        ("front_matter", 1, 10, None),
        ("toc", 11, 19, None),
        ("document", 20, 43, "浙江省人民政府关于印发浙江省数字经济促进实施方案的通知"),
        ("document", 44, 65, "浙江省人民政府办公厅关于进一步加强农村饮用水安全保障工作的意见"),
    ]


def test_county_gazette_with_personnel_and_catalogue():
    source = read(DOCS / "county-gazette.txt")
    assert outline(source) == [
        ("front_matter", 1, 8, None),
        ("toc", 9, 18, None),
        # the organ's name on its own line above 关于… belongs to the title
        ("document", 19, 33, "苍南县人民政府关于调整县级财政专项资金管理办法的决定"),
        ("document", 34, 44, "苍南县人民政府办公室关于开展2023年度农村集体经济审计的通知"),
        ("document", 45, 53, None),  # a 发文字号 with no title: the extractor warns
        ("personnel", 54, 59, "县政府人事任免"),
        ("catalogue", 60, 65, "2023年6月县政府发文目录"),
    ]
    assert_covers_every_line(source)


def test_web_notice_title_above_portal_metadata():
    source = read(DOCS / "county-web-notice.txt")
    assert outline(source) == [
        ("front_matter", 1, 2, None),
        ("document", 3, 24, "永嘉县人民政府办公室关于做好2023年防汛防台工作的通知"),
    ]


@pytest.mark.parametrize("name", ["guangdong-notice-no-headings.txt", "jiangsu-portal-copy.txt"])
def test_notice_without_number_line_is_one_text_section(name):
    source = read(DOCS / name)
    assert outline(source) == [("text", 1, len(source.lines), None)]


def test_catalogue_ends_where_its_list_ends():
    source = read(DOCS / "hangzhou-catalogue.txt")
    assert outline(source) == [
        ("catalogue", 1, 13, "2023年5月市政府、市政府办公厅发文目录"),
        ("other", 14, 19, None),
    ]


def test_number_first_then_title_red_header_style():
    text = "鹿政办发〔2023〕9号\n\n鹿城区人民政府办公室关于印发鹿城区老旧小区改造实施方案的通知\n\n各街道办事处：\n\n现印发给你们。\n"
    source = from_text(text, "redhead.txt")
    assert outline(source)[-1] == (
        "document",
        1,
        len(source.lines),
        "鹿城区人民政府办公室关于印发鹿城区老旧小区改造实施方案的通知",
    )


def test_wrapped_title_is_joined_from_its_first_line():
    text = (
        "前一件公文的正文结束。\n\n"
        "温州市人民政府关于印发温州市\n生态文明建设规划的通知\n\n温政发〔2023〕19号\n\n正文。\n"
    )
    source = from_text(text, "wrapped.txt")
    assert outline(source)[-1][1:] == (
        3,
        len(source.lines),
        "温州市人民政府关于印发温州市生态文明建设规划的通知",
    )


def test_toc_leaders_far_apart_are_not_one_toc():
    filler = "正文一段。\n" * 30
    text = f"某市人民政府公报\n\n目录\n文件甲……………3\n文件乙……………5\n{filler}其中写道：等等……………7\n"
    source = from_text(text, "toc.txt")
    toc = [s for s in seg.segment(source) if s.kind == seg.TOC]
    assert [(s.start, s.end) for s in toc] == [(3, 5)]
    assert seg.segment(source)[-1].kind == seg.TEXT


def test_leaderless_toc_does_not_make_documents_twice():
    text = (
        "某市人民政府公报\n2023年第2期\n目录\n"
        "某市人民政府关于甲的通知\n（某政发〔2023〕1号）\n"
        "某市人民政府关于乙的决定\n（某政发〔2023〕2号）\n\n"
        "某市人民政府关于甲的通知\n\n某政发〔2023〕1号\n\n各区人民政府：\n\n正文甲。\n\n"
        "某市人民政府\n2023年1月5日\n\n"
        "某市人民政府关于乙的决定\n\n某政发〔2023〕2号\n\n各区人民政府：\n\n正文乙。\n"
    )
    source = from_text(text, "leaderless.txt")
    documents = [(s.start, s.title) for s in seg.segment(source) if s.kind == seg.DOCUMENT]
    assert documents == [(9, "某市人民政府关于甲的通知"), (20, "某市人民政府关于乙的决定")]
