"""Fresh pages' 民生实事 lists that gave no projects (issue 12, the misses left by 5083e54): a short
heading naming a government's 实事 over items numbered 01 with a space before them, and a list voted
whose count is written after it (each fixture's first line names its source)."""

from __future__ import annotations

from kg.extract import extract_source
from kg.text.source import read
from tests.conftest import FIXTURES, records_of

TASKS = FIXTURES / "tasks"


def test_a_government_shishi_heading_over_items_numbered_01():
    # 人民网 on 长宁 2022: «2022年长宁区政府实事项目» (a short heading, no 民生 word) then «01 新增共享充电桩示范
    # 小区10个;…。» … «13 推动既有多层住宅加装电梯建设,…。» and «14 分类开展…演练活动,» where the page is cut:
    # the bare numbers written 01 … 09 and a space before the item are one numbering; the 14th, cut
    # inside, is not read.
    found = records_of(
        extract_source(read(TASKS / "changning-government-shishi-numbered-01.txt")), "project"
    )
    assert [p.seq for p in found] == list(range(1, 14))
    assert found[0].name.startswith("新增共享充电桩示范小区10个;为老旧小区电动自行车")
    assert found[9].name == "创成5家上海市老年友善医疗机构。"
    assert found[12].name == "推动既有多层住宅加装电梯建设,新开工400台,完工150台。"
    assert [p.source.start_line for p in found] == list(range(14, 39, 2))


def test_a_voted_list_whose_count_follows_it():
    # 94yhw.com (traditional, pinyin inserted), 2023: «…最終票決出:創建智慧康養示範社區;建設戶外工作者驛站,
    # 實施勞動者溫暖愛心行動;…;實施農村寄遞物流服務全覆蓋鞏固提升工程,為我市2023年市政府10項民生實事項目。»:
    # the list after the vote's verb and its colon, parted by ；, comes to the count written after it;
    # the clause that counts them is no part of the last name.
    found = records_of(
        extract_source(read(TASKS / "voted-list-count-after-it-trad.txt")), "project"
    )
    assert [p.seq for p in found] == list(range(1, 11))
    assert all(p.source.start_line == 4 for p in found)
    assert found[1].name.startswith("建設(shè)戶外工作者驛站,實(shí)施勞動(dòng)者")
    assert found[8].name == "建設(shè)10所公辦幼兒園"
    assert found[9].name.endswith("鞏固提升工程")
