"""Task and project lists of held-out round 12 (HB), read after it joined the development corpus."""

from __future__ import annotations

from kg.extract import extract_source
from tests.conftest import cut_records, devcorpus_path, devcorpus_text, records_of


def _hb05() -> list:
    return records_of(extract_source(devcorpus_text("HB-05")), "project")


def test_a_piped_table_a_cell_a_line_keeps_its_empty_cells_and_its_rate_column():
    # HB-05 (岳阳楼区 1-8月省重点民生实事完成情况表, traditional with inserted pinyin): a cell a line,
    # each closed by "|", an empty cell a bar alone. The header's "1-8月實際完成率%" is a column of
    # its own (it was joined to 備注), and rows 1 and 8 (a remark, two empty cells) now come to it.
    found = _hb05()
    assert [p.seq for p in found] == list(range(1, 10))
    assert found[0].name == "精準(zhǔn)扶貧:農(nóng)村飲用水安全鞏固提升"
    assert found[0].responsible == ["農(nóng)林水務(wù)局"]
    assert found[7].name == "新增社會(huì)治安視頻監(jiān)控?cái)z像頭"
    assert found[7].responsible == ["區(qū)公安分局"]
    assert [p.responsible for p in found[1:7]] == [
        ["人社局"], ["教育局"], ["房產(chǎn)分局"], ["民政局"], ["殘聯(lián)"], ["衛(wèi)生局"]
    ]  # fmt: skip


def test_a_name_merged_over_sub_rows_takes_the_units_of_each_once():
    # HB-05 row 9: its name over three sub-rows (完成在職參保人數6300人 / 區人社局 …, 完成征繳基金… /
    # 區人社局 …, 城市低保… / 區民政局 …), their cells one column to the right; row 10 is cut inside its
    # units (區質監(ji) and is not read, nor are its target and its progress figures names.
    found = _hb05()
    assert (
        found[8].name
        == "深化機(jī)關(guān)事業(yè)單位養(yǎng)老保險(xiǎn)制度改革和提高城鄉(xiāng)低保補(bǔ)助標(biāo)準(zhǔn)"
    )
    assert found[8].responsible == ["區(qū)人社局", "區(qū)民政局"]
    assert (found[8].source.start_line, found[8].source.end_line) == (71, 90)
    assert not any("質(zhì)量強(qiáng)市" in p.name or "完成" in p.name for p in found)


def test_a_merged_name_the_text_ends_in_is_not_read():
    # HB-05 cut after row 9's second sub-row: its third (區民政局) may be lost, so row 9 is no fact.
    lines = devcorpus_path("HB-05").read_text(encoding="utf-8").splitlines()
    cut = "\n".join(lines[: lines.index("完成征繳基金10000萬元 |") + 6])
    found = records_of(cut_records(cut), "project")
    assert [p.seq for p in found] == list(range(1, 9))


def test_a_counted_list_of_works_named_apart_by_commas():
    # HB-06 (荥经县 2019 为民办实事, news): "5个项目包括A,B,经河、荥河县城段河道治理工程(两河公园打造),
    # D,E,估算总投资4.66亿元。": five works, each ending in 项目 or 工程; the 、 inside the third joins
    # two rivers of one work; the total after them is no project.
    found = records_of(extract_source(devcorpus_text("HB-06")), "project")
    assert [p.name for p in found] == [
        "第四幼儿园建设项目",
        "农村公路提升改造工程",
        "经河、荥河县城段河道治理工程(两河公园打造)",
        "农村生活污水治理“千村示范工程”项目",
        "农村妇女“宫颈癌”“乳腺癌”免费检查项目",
    ]
    assert all(not p.responsible and p.budget is None for p in found)


def test_a_comma_list_short_of_its_count_is_a_warning():
    # HB-06's sentence cut after its third work: three works for a count of five, not read.
    cut = "5个项目包括第四幼儿园建设项目,农村公路提升改造工程,经河、荥河县城段河道治理工程(两河公园打造)。"
    records = cut_records(cut)
    assert not records_of(records, "project")
    assert any("do not come to 5" in r.message for r in records if r.kind == "warning")


def test_a_progress_table_under_a_run_together_header_names_the_work_not_its_topic():
    # X-12 (a district portal's 民生实事 progress page): "实事内容工作任务责任单位进展情况", then the row
    # "教育惠民启动学校空调、…加装。" (the topic 教育惠民 run into the work), its units on the next line
    # ("区教育局,各平台、镇街": 镇街 shares the 各 of 各平台) and its progress. It was kept unread.
    (found,) = records_of(extract_source(devcorpus_text("X-12")), "project")
    assert found.name == (
        "启动学校空调、新风系统加装工程,年内完成公办幼儿园、公办小学空调和新风系统加装。"
    )
    assert found.responsible == ["区教育局", "各平台", "镇街"]
    assert (found.source.start_line, found.source.end_line) == (12, 14)


def test_a_run_together_row_the_text_ends_in_before_its_progress_is_not_read():
    # X-12 cut after the row's units: its progress is lost, and the units may be too.
    lines = devcorpus_path("X-12").read_text(encoding="utf-8").splitlines()
    found = cut_records("\n".join(lines[:14]))
    assert not records_of(found, "project")


def test_the_row_a_table_a_cell_a_line_ends_in_is_a_warning_when_rows_above_are_read():
    # HB-05's row 10 is cut inside its units ("區(qū)質(zhì)監(ji"): not read, and said so. D-11, an
    # indicator table cut in its row 15, gives no task rows and so no warning of the tasks reader.
    records = extract_source(devcorpus_text("HB-05"))
    (warning,) = [r for r in records if r.kind == "warning" and r.genre == "projects"]
    assert warning.message == "item 10: the text ends inside its row (cut off); not read"
    assert (warning.source.start_line, warning.source.end_line) == (91, 94)
    assert not any(
        "inside its row" in r.message
        for r in extract_source(devcorpus_text("D-11"))
        if r.kind == "warning"
    )
