"""Lists not yet decided are no projects (issue 12, a reviewer's finding on bf70a2c): the guard
read one page's word, 候选; real pages name such lists by others (备选, 建议项目, 征求意见, 初步确定, 拟定,
a list put to the vote: 提请…票决) and name decided lists beside such words (经…票决, 票决产生的,
从12件候选…中选出). Each fixture's first line, and each sentence's comment, names its source."""

from __future__ import annotations

import pytest

from kg.extract import extract_source
from kg.extract.tasks import _undecided
from kg.text.source import read
from tests.conftest import FIXTURES, records_of

TASKS = FIXTURES / "tasks"


def test_candidates_named_after_the_count_are_no_list():
    # 苏州日报 2026 (reportify.cn): «2026年选排出八大类共46个民生实事候选项目,具体包括:提升便民服务水平8项、…»:
    # 候选 qualifies the count, not the noun the old guard read (民生实事); the candidates put to the
    # congress are no list of projects, nor a list «cut off» to be warned of.
    records = extract_source(read(TASKS / "suzhou-candidates-counted-in-groups.txt"))
    assert records_of(records, "project") == []
    assert not any("list of 46" in r.message for r in records_of(records, "warning"))


def test_a_decided_list_under_paragraphs_on_its_candidates_is_read():
    # 大同 2022: «…最后梳理筛选形成16件备选的民生实事。…最终确定了12件民生实事候选项目,提请…审议。» then
    # «…确定以下10项为市政府2022年度民生实事项目:» / «1 实施10条城市“断头路”畅通工程;» …: the
    # candidates are told of in sentences of their own; the list the vote decided is read, all ten.
    found = records_of(
        extract_source(read(TASKS / "datong-decided-after-candidates.txt")), "project"
    )
    assert [p.seq for p in found] == list(range(1, 11))
    assert found[0].name == "实施10条城市“断头路”畅通工程"
    assert found[2].name == "建设20所普惠性幼儿园"
    assert [p.source.start_line for p in found] == list(range(6, 16))


def test_a_list_voted_then_the_proposals_it_came_from():
    # 余姚 2024 (余姚日报): «…票决产生了2024年余姚市十大民生实事项目。» / «这十大民生实事项目分别是:A、…、J。» /
    # «…形成了12大项建议项目,最终在市十八届人大三次会议上选出了10项。»: the ten voted are read; the
    # twelve proposals are only counted.
    records = extract_source(read(TASKS / "yuyao-decided-then-proposals-told.txt"))
    found = records_of(records, "project")
    assert [p.name for p in found][:2] == ["就业创业保障提升行动", "公共医疗服务增效行动"]
    assert len(found) == 10 and found[-1].name == "少儿关爱服务增效行动"
    assert not any("12" in r.message for r in records_of(records, "warning"))


@pytest.mark.parametrize(
    "opening",
    [
        # 宁波日报 2018 (the fixture ningbo-candidates-put-to-the-vote)
        "这13个民生实事候选项目分别是:",
        # 南昌 2020 (fixture nanchang-count-in-the-headline): the twelve put to the vote, (1)…(12)
        "南昌市按照“民生至上、民生优先”的理念,…,实施100件左右的民生实事,其中,遴选了12件提请人大代表票决候选项目。",
        # 深圳特区报 2023 (wangdaisj.com/archiver/tid-333037.html)
        "现面向社会公开征集2024年深圳市民生实事备选项目。",
        # 赣县 2025 (wjx.cn/m/15950627.aspx)
        "赣县区人民政府面向社会各界公开征集2025年度民生实事建议项目。",
        # 张寨 2022 (jspxrd.gov.cn/news/show-9224.html): the ten determined are candidates still
        "最终确定了张寨镇2022年度民生实事候选项目10项。",
        # 大同 2022 (165830.nync.com/article/23406773.html)
        "1月29日,经市委常委会议研究,最终确定了12件民生实事候选项目,提请市十六届人大一次会议审议。",
        # 盐边 2025 (yczjyy.com, traditional)
        "征集工作結束后,將對條件成熟的項目納入備選名單,并提交縣人民代表大會票選決定。",
        # 成都 2012 (m.pouringspot.com): a draft put to the public
        "形成了《成都市2012年为民办实事民生工程项目草案》(征求意见稿)。",
    ],
)
def test_sentences_that_open_lists_not_yet_decided(opening):
    assert _undecided(opening)


@pytest.mark.parametrize(
    "opening",
    [
        # 始兴 2021 (fixture shixing-quoted-items): chosen from the candidates
        "与会的174代表以票决的方式从12件候选民生项目中选出了年政府十大民生实事项目。",
        # 汕头日报 2023 (fixture shantou-included-after-a-counted-headline): 票决 after the vote
        "今年票决产生的民生实事项目包括:",
        # 寧海 2023 (m.xiangtianlong.com, traditional, pinyin inserted): the vote on the candidates
        # produced the ten
        "縣人大代表對2023年民生實事候(hòu)選項(xiàng)目(共13項)進行(háng)票決,最終(zhōng)產生10項民生實事項目(mù)。",
        # 樟木镇 2024 (luolaoshi.cn): the candidates put to the vote, then those it chose
        "对樟木镇2024年拟票决的民生实事候选项目进行了票决,依法票决出樟木镇邓保村谭宝屯屯内道路建设项目、",
        # 大同 2022: the list the vote decided, the candidates in the sentence before
        "人大代表们好中选优,慎重选出10件政府民生实事项目。按照得票多少,确定以下10项为市政府2022年度民生实事项目:",
        # 荆州区 2023 (hbdiao.com): the congress's notice of the list it adopted
        "荆州区第七届人民代表大会第二次会议于2022年12月27日投票表决,确定区政府2023年民生实事项目为10项,分别是:",
    ],
)
def test_sentences_that_open_decided_lists(opening):
    assert not _undecided(opening)
