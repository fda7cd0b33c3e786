"""Decisions and resolutions a session adopted and names by their titles are documents
(devcorpus/README.md, "Decisions and resolutions adopted at a session"), whatever they are about;
a proposal (议案), a draft and a report heard are not."""

from __future__ import annotations

from kg.extract import extract_genres
from tests.conftest import devcorpus_text


def documents(source):
    return [r for r in extract_genres(source, ("documents",)) if r.kind == "document"]


def test_a_decision_convening_a_session_is_adopted_by_the_committee_not_the_session_it_reports_to():
    # devcorpus A-17 (cjgcw.com 泉州 2018): 泉州市十六届人大常委会召开第十三次会议 … 报泉州市十六届
    # 人民代表大会第三次会议备案 … 会议还审议通过关于召开泉州市第十六届人民代表大会第三次会议决定
    # (the 的 missing, kept): the session a resignation is reported to (报…备案) is not the adopter
    assert [(d.title, d.issuer) for d in documents(devcorpus_text("A-17"))] == [
        ("关于召开泉州市第十六届人民代表大会第三次会议决定", "泉州市人大常委会")
    ]


def test_a_decision_referring_a_draft_is_adopted_the_draft_it_refers_is_not():
    # devcorpus H-11 (海南 2006): 会议通过了…《海南省人民代表大会常务委员会关于提请审议〈…条例修正案
    # (草案)〉的决定》、《…关于提请审议废止〈…〉的决定》: the (草案) is the referred text's, inside 〈〉
    titles = [d.title for d in documents(devcorpus_text("H-11"))]
    assert (
        "海南省人民代表大会常务委员会关于提请审议〈海南省各级人民代表大会及其常务委员会审查监督预算条例"
        "修正案(草案)〉的决定" in titles
    )
    assert (
        "海南省人民代表大会常务委员会关于提请审议废止〈海南省各级人民代表大会常务委员会监督条例〉的决定"
        in titles
    )
    assert not [t for t in titles if t.endswith(("(草案)", "（草案）"))]


def test_a_proposal_voted_through_is_no_document():
    # devcorpus N-05 (a spam-injected copy): 会议表决通过了《…接受…辞去…省长职务的决定》和《…主任会议
    # …提请任命黄强职务的议案》: the decision is adopted, the 议案 is a proposal
    titles = [d.title for d in documents(devcorpus_text("N-05"))]
    assert len(titles) == 1
    assert titles[0].endswith("省长职务的决定")
    assert not [t for t in titles if t.endswith("议案")]


def test_the_decisions_a_standing_committee_adopts_on_a_session_it_convenes():
    # devcorpus K-10 (广西 2025, line 23): …条例草案提请…第五次会议审议,表决通过了关于召开…第五次会议
    # 的决定、关于…第五次会议列席人员的决定: both decisions adopted by 自治区人大常委会; the draft referred
    # is none
    k10 = [(d.title, d.issuer) for d in documents(devcorpus_text("K-10"))]
    assert ("关于召开自治区第十四届人民代表大会第五次会议的决定", "自治区人大常委会") in k10
    assert ("关于自治区第十四届人民代表大会第五次会议列席人员的决定", "自治区人大常委会") in k10
    assert not [t for t, _ in k10 if "草案" in t]


def test_decisions_voted_by_a_show_of_hands_and_listed_with_commas():
    # devcorpus U-01 (甘谷县, line 8): 会议以举手表决的方式通过了县人大常委会关于召开…的决定、县人大常委会
    # 关于接受…职务的决定;以无记名投票表决方式通过了拟任命人员 (no title: none)
    u01 = [(d.title, d.issuer) for d in documents(devcorpus_text("U-01"))]
    assert ("县人大常委会关于召开甘谷县第十八届人民代表大会第四次会议的决定", "县人大常委会") in u01
    assert (
        "县人大常委会关于接受张定禄等辞去甘谷县第十八届人大代表职务的决定",
        "县人大常委会",
    ) in u01
    assert not [t for t, _ in u01 if "拟任命" in t]
    # devcorpus U-04 (雅安, line 5): 审议并表决通过了…请求的决定,关于…选举时间的决定,关于开展…的决议,
    # 关于批准2016年预算调整方案的决议: the list goes on after each comma
    assert [(d.title, d.issuer) for d in documents(devcorpus_text("U-04"))] == [
        (
            "市人大常委会关于接受黄剑东、徐旭、赵京东辞去雅安市人民政府副市长职务请求的决定",
            "市人大常委会",
        ),
        ("关于雅安市第四届人民代表大会代表名额分配和选举时间的决定", "市人大常委会"),
        ("关于开展第七个五年法治宣传教育的决议", "市人大常委会"),
        ("关于批准2016年预算调整方案的决议", "市人大常委会"),
    ]


def test_a_decision_named_first_among_the_personnel_matters_voted():
    # devcorpus F-11 (广西 2024, line 7): 会议表决通过了关于接受蔡丽新辞去自治区副主席职务请求的决定
    # 等有关人事任免事项、关于个别代表的代表资格的报告: the decision, its title whole; the report is none
    f11 = [(d.title, d.issuer) for d in documents(devcorpus_text("F-11"))]
    assert ("关于接受蔡丽新辞去自治区副主席职务请求的决定", "自治区人大常委会") in f11
    assert not [t for t, _ in f11 if "事项" in t or t.endswith("报告")]


def test_a_decision_naming_six_texts_it_approves_is_read_whole():
    # devcorpus M-05 (广东 2017, line 14): 表决通过了关于批准《广州市湿地保护规定》、《…》…《连南瑶族
    # 自治县民族文化遗产保护条例》的决定 (126 characters)
    m05 = [d.title for d in documents(devcorpus_text("M-05"))]
    assert [t for t in m05 if t.startswith("关于批准《广州市湿地保护规定》")] == [
        "关于批准《广州市湿地保护规定》、《深圳市人民代表大会常务委员会关于修改〈深圳市节约用水条例〉等三项"
        "法规的决定》、《佛山市扬尘污染防治条例》、《梅州市客家围龙屋保护条例》、《清远市城市市容和环境卫生"
        "管理条例》、《连南瑶族自治县民族文化遗产保护条例》的决定"
    ]


def test_a_meeting_passed_a_decision_among_others():
    # devcorpus H-20 (长寿区, line 19): 长寿区政协召开常委会会议,…,审议通过关于召开区政协十六届六次会议的
    # 决定等。 (the title whole before 等)
    h20 = [d.title for d in documents(devcorpus_text("H-20"))]
    assert "关于召开区政协十六届六次会议的决定" in h20


def test_the_session_a_decision_convenes_is_not_the_one_that_adopts():
    # devcorpus M-05 (line 10): …的决定》,决定广东省第十三届人民代表大会第一次会议将于2018年1月25日在
    # 广州召开: the laws voted on line 14 are the standing committee's (省十二届人大常委会第三十七次
    # 会议, line 8), not the congress's
    assert {d.issuer for d in documents(devcorpus_text("M-05"))} == {
        "广东省人民代表大会常务委员会",
        "省人大常委会",
    }
    # devcorpus C-11 (line 8): 决定河北省第十三届人民代表大会第四次会议于2021年1月21日在石家庄召开
    # (the standing committee named only in its session's name, 河北省十三届人大常委会: that, as
    # written; 河北省人大常委会 is no words of the text)
    c11 = {d.title: d.issuer for d in documents(devcorpus_text("C-11"))}
    assert c11["河北省多元化解纠纷条例"] == "河北省十三届人大常委会"
