"""Documents a news report says a session adopted or an organ issued: which are records, which are
the session's own business or mere mentions, and whose session it was."""

from __future__ import annotations

from kg.extract import extract_genres
from kg.text.source import from_text
from tests.conftest import devcorpus_text


def documents(source):
    return [r for r in extract_genres(source, ("documents",)) if r.kind == "document"]


def test_resolutions_on_the_reports_a_session_heard_are_no_documents():
    # devcorpus Z-02 (a chronicle, traditional script with inserted pinyin): the six 《關於…工作報告
    # 的決議》 and 《…預算執行情況…的決議》 the congress adopted on what it heard
    assert documents(devcorpus_text("Z-02")) == []


def test_the_election_of_deputies_and_the_bodys_own_work_plan_are_no_documents():
    # http://kanbao.dayuntongzhou.com/Html/2023-03-10/12663.html (devcorpus L-03, line 18)
    election = (
        "会议以按表决器表决方式,表决通过了关于北京市通州区第七届人民代表大会个别代表的代表资格审查报告、"
        "关于补选北京市通州区第七届人民代表大会代表的决定、关于北京市通州区人民代表大会代表小组工作办法"
        "和关于组建北京市通州区第七届人大专业代表小组的工作意见(试行)。"
    )
    assert [d.title for d in documents(from_text(election, "L-03.txt"))] == []
    # devcorpus U-12: the law and the amending decision are documents; the 工作要点 the session
    # passed on for comment is its own business
    assert [(d.title, d.issuer) for d in documents(devcorpus_text("U-12"))] == [
        ("湖北省全面深化改革促进条例", "省人大常委会"),
        ("关于修改〈湖北省人口与计划生育条例〉的决定", "省人大常委会"),
    ]


def test_the_session_is_named_with_its_term_first_or_with_the_verb_that_opens_it():
    # devcorpus Y-10: 第十二屆全國人民代表大會第三次會議 (the term before 全國); the 確認 decision names
    # two persons joined by 、 inside one title
    assert [(d.title, d.issuer) for d in documents(devcorpus_text("Y-10"))] == [
        ("關于修改立法法的決定", "全國人民代表大會"),
        (
            "關于確認全國人大常委會接受陳吉寧、陳豪辭去全國人大常委會委員職務的請求的決定",
            "全國人民代表大會",
        ),
    ]
    # devcorpus N-05: 省十三届人大常委会举行第二十四次会议 (the province's name replaced by spam)
    (n05,) = documents(devcorpus_text("N-05"))
    assert n05.issuer == "省人大常委会"


def test_a_document_that_dates_the_report_and_a_title_without_issuer_are_mentions():
    # devcorpus S-07: 自今年1月12日中組部、中編辦下發《…的通知》(組通字〔2009〕3號…)后 dates the
    # news by an earlier notice
    assert documents(devcorpus_text("S-07")) == []
    # https://cntfj.com/news/12190.html (devcorpus V-10, line 4): a plan the report names with
    # neither its issuer nor its number
    mention = "日前,潮州印发《潮州市打赢蓝天保卫战实施方案(2019-2020年)》。全文如下:"
    assert documents(from_text(mention, "V-10.txt")) == []
