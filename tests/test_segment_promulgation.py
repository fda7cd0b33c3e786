"""The note of an order or a 公告 that says what it publishes (《T》已经…通过,现予公布): one reader,
kg.segment.promulgation_note, for the segmenter (an order's section title) and the documents
extractor (the text a 公告 publishes), on the notes of real texts."""

from __future__ import annotations

import pytest

from kg import segment as seg
from kg.extract import extract_source
from tests.conftest import devcorpus_lines, devcorpus_text


@pytest.mark.parametrize(
    ("stem", "line", "title"),
    [
        # 已由, a law database's own number after the title (四川 公告 第28号)
        ("T-04", 19, "四川省村务公开条例"),
        # 已于, traditional script with inserted pinyin (安康 公告 [五屆] 第三十三號)
        ("C-06", 9, "安康市城市文明養(yǎng)犬管理?xiàng)l例"),
        # the order's number before the note on its line (江西省人民政府令第250号《…》已经…)
        ("H-07", 7, "江西省人民政府关于废止4件和修改16件省政府规章的决定"),
        # 现予发布施行 (内蒙古 令第82号)
        ("L-15", 16, "内蒙古自治区村庄和集镇规划建设管理实施办法"),
        # the note wrapped after its date (潍坊 令第77号: …已经二三年九月二十九日第七次市政 / …)
        ("T-05", 9, "潍坊市突发公共卫生事件应急办法"),
        # the State Council's order: 现发布《T》,自 / 发布之日起施行 (国务院令第227号)
        ("F-06", 17, "国务院行政机构设置和编制管理条例"),
        # …会议通过《T》,现予公布 (内蒙古 公告 第二十二号), <> for the inner 《》
        (
            "K-09",
            13,
            "内蒙古自治区人民代表大会常务委员会关于修改<内蒙古自治区旗县级人民代表大会议事规则>"
            "等4件地方性法规的决定",
        ),
    ],
)
def test_the_note_gives_the_title_it_publishes(stem, line, title):
    assert seg.promulgation_note(devcorpus_lines(stem, line)) == title


def test_a_line_that_cites_a_text_without_publishing_it_is_no_note():
    # devcorpus L-15 line 25: 第一条 根据《村庄和集镇规划建设管理条例》(以下简称《条例》),… cites a law
    assert seg.promulgation_note(devcorpus_lines("L-15", 25)) is None
    # devcorpus T-12 line 5, a news report: 记者昨日从省政府获悉,《吉林省人民政府关于修改、废止…的决定》
    # 已经…通过: the note opens its line (or follows the order's number), a report's sentence is none
    assert seg.promulgation_note(devcorpus_lines("T-12", 5)) is None


def test_the_segmenter_and_the_documents_extractor_read_the_same_note():
    # T-04 (公告 with 已由 and the database's NO:SC112371): the document is the regulation the note
    # publishes; H-07 (an order's note after its number): the order's section is titled by it
    (t04,) = [r for r in extract_source(devcorpus_text("T-04")) if r.kind == "document"]
    assert (t04.title, t04.number_verbatim) == ("四川省村务公开条例", "第28号")
    h07 = [s.title for s in seg.segment(devcorpus_text("H-07")) if s.kind == seg.DOCUMENT]
    assert "江西省人民政府关于废止4件和修改16件省政府规章的决定" in h07


def test_a_state_council_order_is_the_regulation_it_issues():
    # devcorpus F-06 (law database, hard wraps): 中华人民共和国国务院令 / 第227号 / 现发布《…条例》,自 /
    # 发布之日起施行。/ 总理李鹏 / 1997年8月3日; missed before (the note has no 已经)
    (f06,) = [r for r in extract_source(devcorpus_text("F-06")) if r.kind == "document"]
    assert (f06.number, f06.title, f06.date) == (
        "中华人民共和国国务院令第227号",
        "国务院行政机构设置和编制管理条例",
        "1997-08-03",
    )
