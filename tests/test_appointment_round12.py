"""Personnel changes of the twelfth held-out round and the forms it showed: a court's tribunal head
is a post of the court, the tribunal written in the post (HA-01), as the judge's seats beside it
are the court's; persons named after the posts they hold who take another (兼任, issue 11). A
development-corpus text is read whole (tests/conftest.py); a page in no corpus is quoted exactly,
its address beside it."""

from __future__ import annotations

from kg.extract.appointments import post_title
from kg.records import PersonnelChangeRecord
from tests.conftest import cut_records, devcorpus_records, personnel_changes


def changes(records) -> list[tuple]:
    return personnel_changes(records, "form")


def _changes(records) -> list[PersonnelChangeRecord]:
    return [r for r in records if isinstance(r, PersonnelChangeRecord)]


def test_a_tribunals_head_is_a_post_of_its_court():
    # devcorpus HA-01 (http://www.zhxpm.cn/html/2009/ponews_0430/5878.shtml, traditional script):
    # 任命張先智為黔東南州中級人民法院立案庭庭長,免去石勝華的黔東南州中級人民法院審判委員會委員、
    # 立案庭庭長、審判員職務 — the 庭長 was published in an organisation «…法院立案庭»
    records = [r for r in devcorpus_records("HA-01") if isinstance(r, PersonnelChangeRecord)]
    court = "黔東南州中級人民法院"
    assert [(r.person, r.action, r.organization, r.post) for r in records[2:]] == [
        ("張先智", "appoint", court, "立案庭庭長"),
        ("石勝華", "remove", court, "審判委員會委員"),
        ("石勝華", "remove", court, "立案庭庭長"),
        ("石勝華", "remove", court, "審判員"),
    ]
    # the post keeps its role in the graph: a tribunal's head (庭长)
    assert post_title(records[2].post).notation == "tingzhang-court"


def test_a_party_post_taken_with_the_one_held_names_no_state_decider():
    # http://m.dddjmc.com/news/fujian/yghx/2019-08-28/2300570.html (traditional script with inserted
    # pinyin, lines 2 and 4): 宣布開發區主要領導任免決定:漳州市委常委沈志平兼任中共漳州市委古雷港經濟
    # 開發區工作委員會委員、書記 — the decision announced; a party committee's posts, which the
    # congress of the line before did not decide (the news.record.hk 港澳办 page, 香港中联办主任骆惠宁、
    # 澳门中联办主任傅自应兼任…, is tested in tests/test_appointment_fresh_pages.py)
    records = cut_records(
        "8月27日上午,"
        "漳州市十六屆人大常委會(huì)召開(kāi)第二十三次會(huì)議。"
        "會(huì)議決定任命侯為東為漳州市人民政府副市長(zhǎng);\n"
        "8月27日下午,"
        "古雷開(kāi)發(fā)區(qū)召開(kāi)領(lǐng)導(dǎo)干部大會(huì),"
        "宣布開(kāi)發(fā)區(qū)主要領(lǐng)導(dǎo)任免決定:"
        "漳州市委常委沈志平兼任中共漳州市委古雷港經(jīng)濟(jì)開(kāi)發(fā)區(qū)工作委員會(huì)委員、"
        "書(shū)記;"
        "漳州市副市長(zhǎng)侯為東兼任中共漳州市委古雷港經(jīng)濟(jì)開(kāi)發(fā)區(qū)工作委員會(huì)委員、"
        "副書(shū)記,"
        "漳州古雷港經(jīng)濟(jì)開(kāi)發(fā)區(qū)管委會(huì)主任。\n"
    )
    body = "中共漳州市委古雷港經(jīng)濟(jì)開(kāi)發(fā)區(qū)工作委員會(huì)"
    assert [(r.person, r.organization, r.post, r.decided_by) for r in _changes(records)][1:] == [
        ("沈志平", body, "委員", None),
        ("沈志平", body, "書(shū)記", None),
        ("侯為東", body, "委員", None),
        ("侯為東", body, "副書(shū)記", None),
    ]


def test_an_autonomous_prefecture_written_short_names_the_deciding_congress():
    # devcorpus HA-01 (zhxpm.cn 2009) and S-04 (http://www.qdn.cn/html/2015/qdnzw_0908/136901.shtml):
    # 黔東南州第十二屆人大常委會第十五次會議在凱里閉幕 / 9月7日,黔东南州第十三届人大常委会第三十次会议
    # 在凯里召开 — 黔东南州 (黔东南苗族侗族自治州) was no place, so no decider was read
    for stem, decider in (
        ("HA-01", "黔東南州第十二屆人大常委會"),
        ("S-04", "黔东南州第十三届人大常委会"),
    ):
        records = [r for r in devcorpus_records(stem) if isinstance(r, PersonnelChangeRecord)]
        assert records and {r.decided_by for r in records} == {decider}
        assert {r.decided_by_resolved for r in records} == {"黔东南州人民代表大会常务委员会"}


def test_the_state_councils_release_makes_a_personnel_text_wherever_a_page_prints_it():
    # http://www.takungpao.com.hk/news/232109/2020/0214/415637.html (traditional, lines 2-12): the
    # site's menu and a caption pushed 國務院任免國家工作人員。 below the lines a 任免 text is told
    # by, so its 兼任 statements (subject first) were not read
    records = cut_records(
        "大公產品\n"
        "首页 > 新闻 > 正文\n"
        "全國政協副主席夏寶龍兼任港澳辦主任\n"
        "時間:2020-02-14 04:23:11來源:大公報\n"
        "  圖:全國政協副主席兼秘書長夏寶龍獲任命兼任國務院港澳辦主任/中通社\n"
        "  【大公報訊】綜合新華社、記者海芯葆報道:國務院任免國家工作人員。"
        "十三屆全國政協副主席兼秘書長夏寶龍兼任國務院港澳事務辦公室主任;"
        "免去張曉明的國務院港澳事務辦公室主任職務,"
        "改任國務院港澳事務辦公室分管日常工作的副主任(正部長級);駱惠寧、"
        "傅自應兼任國務院港澳事務辦公室副主任。\n"
    )
    assert changes(records) == [
        ("夏寶龍", "appoint", "國務院港澳事務辦公室", "主任", "兼任"),
        ("張曉明", "remove", "國務院港澳事務辦公室", "主任", "免去"),
        ("張曉明", "appoint", "國務院港澳事務辦公室", "副主任", "改任"),
        ("駱惠寧", "appoint", "國務院港澳事務辦公室", "副主任", "兼任"),
        ("傅自應", "appoint", "國務院港澳事務辦公室", "副主任", "兼任"),
    ]


def test_the_ordinal_of_a_term_is_no_part_of_the_post():
    # https://dwqsb.com/gangaotai/todaymacao/20241025/2548.html (traditional, lines 2-5): 決定任命
    # 岑浩輝為澳門特別行政區第六任行政長官 (told again with 中華人民共和國 before the region: one
    # record) — the post is 行政長官, the sixth its holder's term; the headline's 澳門 names no
    # special administrative region, the body of a 行政长官 (a warning, not «澳门人民政府»)
    records = cut_records(
        "國務院任命岑浩輝為澳門第六任行政長官\n"
        "\n"
        "國務院總理李強今日主持召開國務院第六次全體會議,"
        "決定任命岑浩輝為澳門特別行政區第六任行政長官,於2024年12月20日就職。\n"
        "會議審議了澳門特別行政區政府關於選舉岑浩輝為澳門特別行政區第六任行政長官人選的報告,"
        "聽取了國務院港澳事務辦公室主任夏寶龍關於澳門特別行政區第六任行政長官選舉情況的匯報。"
        "依據《中華人民共和國澳門特別行政區基本法》,"
        "會議決定任命岑浩輝為中華人民共和國澳門特別行政區第六任行政長官。\n"
    )
    assert [(r.person, r.organization, r.post, r.decided_by) for r in _changes(records)] == [
        ("岑浩輝", "中華人民共和國澳門特別行政區", "行政長官", "國務院")
    ]
    assert post_title("行政長官").notation == "xingzheng-zhangguan"
