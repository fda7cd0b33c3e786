"""The issue record: masthead, imprint, editorial board and table of contents."""

from __future__ import annotations

from kg.extract import extract_genres
from kg.records import EditorialRole, IssueRecord
from kg.text.source import from_text, read
from tests.conftest import FIXTURES, records_of


def extract(source, genre="issue"):
    return extract_genres(source, [genre])


def test_sample_issue_checked_by_hand(sample_records):
    [issue] = records_of(sample_records, "issue")
    assert isinstance(issue, IssueRecord)
    assert (issue.title, issue.year, issue.number, issue.cumulative_number) == (
        "温州市人民政府公报",
        2023,
        6,
        250,
    )
    assert issue.published == "2023-07-20"  # 出版日期：2023年7月20日
    assert issue.publisher == "温州市人民政府"  # 主办
    assert issue.editor == "温州市政府公报中心"  # 承编
    assert issue.government == "温州市"
    assert (issue.source.start_line, issue.source.end_line) == (5, 100)


def test_sample_editorial_board(sample_records):
    [issue] = records_of(sample_records, "issue")
    board = [r.name for r in issue.editorial_roles if r.role == "编委"]
    assert board == [
        "毛达健", "朱智猛", "邱君怀", "汪惠峰", "陈伟", "陈威娜", "金海敏", "金绯宇", "郑永久",
        "郑都", "郭显玉", "黄飞达", "戚雯晶", "梁彬", "蓝建荣", "蔡谷", "潘永华", "戴智帆",
    ]  # fmt: skip
    others = [r for r in issue.editorial_roles if r.role != "编委"]
    assert others == [
        EditorialRole("主编", "梁彬"),
        EditorialRole("副主编", "戴智帆"),
        EditorialRole("编辑", "陈威娜"),
    ]


def test_sample_table_of_contents(sample_records):
    [issue] = records_of(sample_records, "issue")
    got = [(e.section, e.number, e.page, e.title) for e in issue.toc]
    assert got == [
        ("市政府文件", "温政发〔2023〕18号", 2,
         "温州市人民政府关于修改和废止部分行政规范性文件的决定"),
        ("市政府文件", "温政发〔2023〕19号", 5,
         "温州市人民政府关于印发温州市生态文明建设规划（2021-2030年）的通知"),
        ("市府办文件", "温政办〔2023〕56号", 65,
         "温州市人民政府办公室关于印发温州市区声环境功能区划分方案（2023年）的通知"),
        ("机构人事", None, 66, "6月份市政府人事任免"),
        ("政务简讯", None, 67,
         "温州市打造高质量发展建设共同富裕示范区市域样板领导小组会议召开等简讯6则"),
        ("政府记事", None, 71, "6月份市政府记事"),
        ("发文目录", None, 75, "6月份市政府、市政府办公室发文目录"),
    ]  # fmt: skip
    first = issue.toc[0].source
    assert (first.start_line, first.end_line) == (108, 109)  # the title wraps onto the number
    assert first.quote.endswith("（温政发〔2023〕18号）……………（02）")


def test_provincial_gazette_with_bracketed_toc_headings():
    records = extract(read(FIXTURES / "documents" / "province-gazette.txt"))
    [issue] = records
    assert (issue.title, issue.year, issue.number, issue.cumulative_number, issue.published) == (
        "浙江省人民政府公报",
        2023,
        12,
        1473,
        "2023-05-05",
    )
    assert (issue.publisher, issue.editor, issue.government) == (
        "浙江省人民政府办公厅",
        "浙江省人民政府公报编辑部",  # 编辑出版
        "浙江省",
    )
    assert [(r.role, r.name) for r in issue.editorial_roles] == [
        ("主编", "李明远"),
        ("副主编", "王晓芳"),
        ("副主编", "赵一平"),
    ]
    assert [(e.section, e.number, e.page, e.title) for e in issue.toc] == [
        ("省政府文件", "浙政发〔2023〕8号", 3,
         "浙江省人民政府关于印发浙江省数字经济促进实施方案的通知"),
        ("省政府办公厅文件", "浙政办发〔2023〕15号", 9,
         "浙江省人民政府办公厅关于进一步加强农村饮用水安全保障工作的意见"),
    ]  # fmt: skip


def test_county_gazette_toc_headings_without_blank_lines():
    [issue] = extract(read(FIXTURES / "documents" / "county-gazette.txt"))
    assert (issue.title, issue.number, issue.cumulative_number, issue.publisher) == (
        "苍南县人民政府公报",
        3,
        45,
        "苍南县人民政府",
    )
    assert [(e.section, e.number, e.page) for e in issue.toc] == [
        ("县政府文件", "苍政发〔2023〕12号", 1),
        ("县政府办公室文件", "苍政办发〔2023〕41号", 4),
        ("人事任免", None, 6),
        ("发文目录", None, 7),
    ]


def test_dotted_year_and_number():
    text = (
        "某某县人民政府公报\n\n2022.11\n\n总第88期\n\n出版日期：2022年12月1日\n\n"
        "某某县人民政府关于甲的通知\n\n某政发〔2022〕9号\n\n正文。\n"
    )
    [issue] = extract(from_text(text, "dotted.txt"))
    assert issue.toc == []
    assert (issue.year, issue.number, issue.cumulative_number, issue.published) == (
        2022,
        11,
        88,
        "2022-12-01",
    )


def test_no_masthead_no_issue():
    for name in ("county-web-notice.txt", "guangdong-notice-no-headings.txt"):
        assert extract(read(FIXTURES / "documents" / name)) == []


def test_toc_line_without_page_is_warned():
    text = (
        "某市人民政府公报\n\n2023年第1期\n\n目录\n市政府文件\n"
        "某市人民政府关于甲的通知……………2\n某市人民政府关于丙的通知\n"
        "某市人民政府关于乙的通知……………4\n\n某市人民政府关于甲的通知\n\n某政发〔2023〕1号\n\n正文。\n"
    )
    records = extract(from_text(text, "toc-warn.txt"))
    [warning] = [r for r in records if r.kind == "warning"]
    assert warning.source.start_line == 8
    assert "line 8" in warning.message
    [issue] = [r for r in records if r.kind == "issue"]
    assert [(e.title, e.page) for e in issue.toc] == [
        ("某市人民政府关于甲的通知", 2),
        ("某市人民政府关于乙的通知", 4),
    ]


def test_leaderless_toc_of_a_web_copy():
    text = (
        "某市人民政府公报\n2023年第2期\n目录\n"
        "某市人民政府关于甲的通知\n（某政发〔2023〕1号）\n"
        "某市人民政府关于乙的决定\n（某政发〔2023〕2号）\n\n"
        "某市人民政府关于甲的通知\n\n某政发〔2023〕1号\n\n各区人民政府：\n\n正文甲。\n\n"
        "某市人民政府关于乙的决定\n\n某政发〔2023〕2号\n\n各区人民政府：\n\n正文乙。\n"
    )
    [issue] = extract(from_text(text, "leaderless.txt"))
    assert [(e.number, e.page, e.title) for e in issue.toc] == [
        ("某政发〔2023〕1号", None, "某市人民政府关于甲的通知"),
        ("某政发〔2023〕2号", None, "某市人民政府关于乙的决定"),
    ]
