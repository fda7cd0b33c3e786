"""Personnel changes of probe 10's fresh pages: the body of one sentence's own statement (阳泉市人大
常委会决定罢免刘新云的…代表职务) decides that sentence only; the next sentence's decision (会议…决定
任命于英杰为…) is the session's. Cuts of real pages, their addresses given."""

from __future__ import annotations

from tests.conftest import cut_records, personnel_changes

# http://taiyuan.baogaosu.com/xinwen/%E4%BA%BA%E5%A4%A7%E5%B8%B8%E5%A7%94%E4%BC%9A%E5%8F%AC%E5%BC%80
# %E7%AC%AC%E4%BA%8C%E5%8D%81%E5%85%AD%E6%AC%A1%E4%BC%9A%E8%AE%AE/93239503/ (probe 10 page 02),
# its lines 5 (the page's date), 7 and 9 cut.
SHANXI_2021 = (
    "24.04.2021  09:50\n"
    "   本报讯 (记者杨文)4月23日,省十三届人大常委会第二十六次会议举行第一次、第二次全体会议,完成各项"
    "议程后,会议闭幕。省委书记、省人大常委会主任楼阳生出席会议并向通过任命人员颁发任命书。\n"
    "  第二次全体会议,应出席常委会组成人员61人,出席54人,符合法定人数。会议表决通过了关于个别代表的代表"
    "资格的报告。阳泉市人大常委会决定罢免刘新云的省十三届人民代表大会代表职务,依照有关规定,刘新云的代表"
    "资格终止。会议表决通过了人事任免名单,决定任命于英杰为山西省人民政府副省长。\n"
)
RECALL = "阳泉市人大常委会决定罢免刘新云的省十三届人民代表大会代表职务,依照有关规定,刘新云的代表资格终止。"


def test_another_bodys_statement_does_not_decide_the_next_sentence():
    # 阳泉市人大常委会, the subject of the recall before, was the appointment's decider
    records = cut_records(SHANXI_2021)
    assert personnel_changes(records, "decided_by", "meeting", "date") == [
        (
            "于英杰",
            "appoint",
            "山西省人民政府",
            "副省长",
            "省十三届人大常委会",
            "第二十六次会议",
            "2021-04-23",
        ),
    ]


def test_the_session_decides_with_or_without_the_sentence_between():
    # the same decision with the recall cut out: the session's, as it is with it
    assert RECALL in SHANXI_2021
    with_recall = personnel_changes(cut_records(SHANXI_2021), "decided_by")
    without = personnel_changes(cut_records(SHANXI_2021.replace(RECALL, "")), "decided_by")
    assert with_recall == without
