"""发文字号 parsing, document types and written dates, as governments write them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.text import dates, docnumber
from tests.conftest import devcorpus_lines


@pytest.mark.parametrize(
    ("written", "normalized", "issuer", "year", "seq"),
    [
        ("温政发〔2023〕18号", "温政发〔2023〕18号", "温政发", 2023, 18),
        ("浙政发[2023]8号", "浙政发〔2023〕8号", "浙政发", 2023, 8),
        ("粤府【2022】31号", "粤府〔2022〕31号", "粤府", 2022, 31),
        ("苏政办发（2023）30号", "苏政办发〔2023〕30号", "苏政办发", 2023, 30),
        ("苍政发(2023)12号", "苍政发〔2023〕12号", "苍政发", 2023, 12),
        ("国办发﹝2023﹞5号", "国办发〔2023〕5号", "国办发", 2023, 5),
        ("杭政办函［２０２３］２２号", "杭政办函〔2023〕22号", "杭政办函", 2023, 22),
        ("温政办 〔2023〕 第56号", "温政办〔2023〕56号", "温政办", 2023, 56),
        ("（温政发〔2023〕19号）", "温政发〔2023〕19号", "温政发", 2023, 19),
        ("浙江省人民政府令第389号", "浙江省人民政府令第389号", "浙江省人民政府令", None, 389),
        ("省政府令372号", "省政府令第372号", "省政府令", None, 372),
    ],
)
def test_parse(written, normalized, issuer, year, seq):
    number = docnumber.parse(written)
    assert number is not None
    assert (number.normalized, number.issuer_code, number.year, number.seq) == (
        normalized,
        issuer,
        year,
        seq,
    )


@pytest.mark.parametrize(
    "text", ["温州市人民政府", "2023年6月22日", "第6期", "温政发〔23〕18号", ""]
)
def test_parse_rejects_what_is_not_a_number(text):
    assert docnumber.parse(text) is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("根据《浙江省行政规范性文件管理办法》（省政府令372号）的规定", ["省政府令第372号"]),
        ("按照温政办〔2021〕81号文件要求", ["温政办〔2021〕81号"]),
        ("省政府办公厅转发国办发〔2023〕5号文件", ["国办发〔2023〕5号"]),
        ("对《细则》（温政发〔2021〕27号）等5件", ["温政发〔2021〕27号"]),
        (
            "依据浙政发【2023】8号和苏政办发（2023）30号",
            ["浙政发〔2023〕8号", "苏政办发〔2023〕30号"],
        ),
    ],
)
def test_find_all_trims_the_words_before_the_issuer_code(text, found):
    assert [n.normalized for n, _, _ in docnumber.find_all(text)] == found


def test_find_all_offsets_cover_the_verbatim_number():
    text = "按照粤府办[2023]12号执行"
    [(number, start, end)] = list(docnumber.find_all(text))
    assert text[start:end] == number.verbatim == "粤府办[2023]12号"


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("温州市人民政府关于修改和废止部分行政规范性文件的决定", "决定"),
        ("温州市人民政府关于印发温州市生态文明建设规划（2021-2030年）的通知", "通知"),
        ("温州市人民政府办公室关于进一步加强地下水管理的实施意见", "意见"),
        ("温州市科技创新创业投资基金管理办法", "办法"),
        ("温州市制造业千企节能改造行动方案(2021-2023)", "方案"),
        ("杭州市市区公共租赁住房管理办法（试行）", "办法"),
        ("浙江省人民政府令", "令"),
        ("国务院关于修改和废止部分行政法规的命令", "命令"),
        ("温州市突发环境事件应急预案(修编)", "预案"),
        ("温州日报", None),
        ("温州市人民政府公报", None),
        (None, None),
    ],
)
def test_document_type_is_the_titles_last_word(title, kind):
    assert docnumber.document_type(title) == kind


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("2023年6月22日", "2023-06-22"),
        ("2023 年 6 月 1 日", "2023-06-01"),
        ("二〇二三年六月二十二日", "2023-06-22"),
        ("二〇二三年十二月三十一日", "2023-12-31"),
        ("2023-07-20", "2023-07-20"),
        ("2023.6.1", "2023-06-01"),
        ("2023年6月", "2023-06"),
        ("2023年13月1日", None),
        ("2023年6月31日", None),
    ],
)
def test_dates_keep_their_precision_and_refuse_impossible_ones(written, iso):
    assert dates.parse(written) == iso
    assert dates.is_date_line(written)


def test_dates_in_running_text():
    text = "本意见自2023年6月1日起施行，有效期至2028年5月31日。"
    assert [(f.iso, f.verbatim) for f in dates.find_all(text)] == [
        ("2023-06-01", "2023年6月1日"),
        ("2028-05-31", "2028年5月31日"),
    ]
    assert not dates.is_date_line(text)


def test_words_before_the_issuer_code_are_not_part_of_it():
    from kg.text.docnumber import find_all

    found = [n.normalized for n, _, _ in find_all("关于废止温政办(2021)61号的决定")]
    assert found == ["温政办〔2021〕61号"]  # 关于 and 废止 both stripped, not only the first
    found = [n.normalized for n, _, _ in find_all("根据2005年浙江省人民政府令第200号的规定")]
    assert found == ["浙江省人民政府令第200号"]


def test_a_date_run_into_the_issuer_code_is_not_part_of_it():
    # https://www.360docs.net/doc/8115069094.html (a 湖北 price regulation): the notice's date
    # written right before its number, in digits and in Chinese numerals; devcorpus A-41
    for text, expected in (
        ("03城市供水价格管理办法(1998年09月23日计价格[1998]1810号)", "计价格〔1998〕1810号"),
        ("一九九八年九月二十三日计价格【1998】1810号文印发了", "计价格〔1998〕1810号"),
        ("暂行规定(1980年4月26日桂政发[1980]94号)", "桂政发〔1980〕94号"),
    ):
        assert [n.normalized for n, _, _ in docnumber.find_all(text)] == [expected]


def test_the_longest_issuer_code_is_the_one_the_graphs_shape_allows():
    # one limit for the code read (docnumber, the segmenter's order heading, the documents
    # extractor's 公告 heading) and the code the graph holds (ontology/shapes/documents.ttl)
    shape = (Path(__file__).parent.parent / "ontology" / "shapes" / "documents.ttl").read_text()
    (limit,) = re.findall(r'sh:pattern "\^\[\^\\\\s〔〕\]\{1,(\d+)\}', shape)
    assert int(limit) == docnumber.CODE_MAX


def test_a_real_code_longer_than_twenty_characters_is_read_whole():
    # devcorpus K-09 (内蒙古, 2023): the standing committee's 公告 numbered within its term, a code of
    # 23 characters (16 before 常务委员会公告)
    written = "内蒙古自治区第十四届人民代表大会常务委员会公告第22号"
    number = docnumber.parse(written)
    assert number is not None
    assert (number.issuer_code, number.seq) == (
        "内蒙古自治区第十四届人民代表大会常务委员会公告",
        22,
    )


def test_an_order_with_the_title_it_publishes_run_into_it_is_not_one_number():
    # devcorpus K-11 line 16 (a law database): 广西壮族自治区土地整治办法 广西壮族自治区人民政府令 第116号
    line = devcorpus_lines("K-11", 16).strip()
    assert docnumber.parse(line) is None
    assert [n.normalized for n, _, _ in docnumber.find_all(line)] == [
        "广西壮族自治区人民政府令第116号"
    ]
