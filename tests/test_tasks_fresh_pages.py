"""民生实事 lists of fresh pages (probe 6 and the search of issue 12) that gave no projects: a
count quoted in a sentence closing its line, works one a line with what they take in, bare work
names under a heading, a list after a comma (each fixture's first line names its source)."""

from __future__ import annotations

from kg.extract import extract_source
from kg.text.source import read
from tests.conftest import FIXTURES, records_of

TASKS = FIXTURES / "tasks"


def _projects(name: str) -> list:
    return records_of(extract_source(read(TASKS / name)), "project")


def test_a_quoted_count_in_a_sentence_closing_its_line_opens_the_numbered_list():
    # 安阳 2017: «“十件实事”» / «今年,我市将办好事关人民群众切身利益的“十件实事”» (no stop) / «1.实施118条
    # 市政道路建设。…» … «10.新开工棚户区改造13780套,…»: ten items, each its line, no units.
    found = _projects("anyang-quoted-count-closing-its-line.txt")
    assert [p.seq for p in found] == list(range(1, 11))
    assert found[0].name.startswith("实施118条市政道路建设。其中,建成永明路北段")
    assert found[6].name == "开工建设第六水厂。"
    assert found[9].name == "新开工棚户区改造13780套,基本建成棚户区改造和公共租赁住房16000套。"
    assert all(p.responsible == [] for p in found)
    assert [p.source.start_line for p in found] == list(range(12, 31, 2))


def test_works_a_line_each_named_before_what_they_take_in():
    # 常州 2024: «入选2024年度常州市10件民生实事项目的有:» then ten lines «“常有善育”工程,包括…等。»: the
    # name is the work before its comma; what it takes in is no part of it, nor the paragraph after.
    found = _projects("changzhou-works-a-line-with-what-they-take-in.txt")
    assert [p.name for p in found] == [
        "“常有善育”工程",
        "“常有优学”工程",
        "“常有健康”工程",
        "“常有颐养”工程",
        "“常有众扶”工程",
        "“常有安居”工程",
        "就业创业促进工程",
        "交通畅行工程",
        "环境改善工程",
        "公共安全提升工程",
    ]
    assert [p.source.start_line for p in found] == list(range(4, 14))


def test_bare_work_names_under_a_heading_come_to_the_count_of_the_headline():
    # 新沂 2020: the headline counts 10大重点民生实事项目; under «2020年全市10点重点民生实事项目» and
    # «(按得票多少排序)», ten names ending in 项目, one a line; the 12项 候选项目 above are no list.
    found = _projects("xinyi-bare-work-names-under-a-heading.txt")
    assert [p.seq for p in found] == list(range(1, 11))
    assert found[0].name == "中小学校舍建设工程项目"
    assert found[9].name == "区域性养老服务中心建设项目"
    assert found[0].source.start_line == 22


def test_a_counted_list_after_a_comma_and_its_verb():
    # 顺德 2023: «…10件民生实事项目,分别是A、B、…、立体停车库建设,备受关注。»: ten names, the clause after
    # the last no part of it; the next paragraph's «包括黑臭水体整治、…» (five, uncounted) is no list.
    found = _projects("shunde-list-after-a-comma.txt")
    assert [p.name for p in found][:2] == ["校舍建设提升", "黑臭水体整治"]
    assert found[-1].name == "立体停车库建设"
    assert len(found) == 10
    assert {p.source.start_line for p in found} == {4}


def test_a_report_of_last_years_shishi_done_is_no_list():
    # 玉溪 (2026): «10件票决民生实事全部完成年度目标» and the named works of 2025 (实施健康惠民工程 …)
    # are what was done, no list of 实事 to do.
    assert _projects("yuxi-shishi-done-last-year.txt") == []
