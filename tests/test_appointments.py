"""Personnel changes (人事任免): the grammar, the sample's golden facts, other governments' styles,
the RDF mapping and the shapes that must bite."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pyshacl
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.extract import extract_genres, extract_source, names
from kg.extract.appointments import post_titles, probation_duration, resolve_name, split_post
from kg.iris import Minter
from kg.namespaces import GKG, ORG, RDF, RDFS, SH, SKOS, XSD, bind_prefixes
from kg.rdf import map_records
from kg.records import ExtractionWarning, PersonnelChangeRecord
from kg.resources import data_file, package_path
from kg.text.source import from_text, read
from tests.conftest import devcorpus_text

FIXTURES = Path(__file__).parent / "fixtures" / "appointments"
SHAPES = package_path("ontology", "shapes", "appointments.ttl")
MODULE = package_path("ontology", "modules", "appointments.ttl")
CONCEPT = "https://w3id.org/gazette-kg/concept/"


def changes(records) -> list[PersonnelChangeRecord]:
    return [r for r in records if isinstance(r, PersonnelChangeRecord)]


def warnings(records) -> list[ExtractionWarning]:
    return [r for r in records if isinstance(r, ExtractionWarning) and r.genre == "appointments"]


def rows(records) -> list[tuple]:
    return [(r.person, r.action, r.organization, r.post) for r in changes(records)]


def extract_text(text: str, name: str = "notice.txt"):
    return extract_source(from_text(text, name))


def fixture(name: str):
    return extract_source(read(FIXTURES / name))


def direct(name: str) -> list[PersonnelChangeRecord]:
    """This genre's records alone, before the shared resolve stage rewrites the ``*_resolved``
    fields: what the extractor itself resolves relative to the deciding government."""
    return changes(extract_genres(read(FIXTURES / name), ["appointments"]))


# ------------------------------------------------------------------ the sample issue

SAMPLE_GOLDEN = [
    ("毛正晓", "appoint", "温州市人民政府", "副秘书长"),
    ("毛正晓", "remove", "温州市人民政府办公室", "副主任"),
    ("王晓康", "appoint", "温州市人力资源和社会保障局", "局长"),
    ("王晓康", "remove", "温州市医疗保障局", "副局长"),
    ("叶明坚", "appoint", "温州市应急管理局", "副局长"),
    ("叶明坚", "remove", "温州市投资促进局", "副局长"),
    ("胡坚", "appoint", "温州市医疗保障局", "副局长"),
    ("项欣华", "appoint", "温州市投资促进局", "副局长"),
    ("王云师", "appoint", "温州市住房公积金管理中心", "副主任"),
    ("王云师", "remove", "第十批温州市对口支援新疆拜城县指挥部", "副指挥长"),
    ("余海燕", "appoint", "温州市司法局", "副局长"),
    ("林国锋", "appoint", "温州铁路南站综合管理中心", "主任"),
    ("池晓荣", "remove", "第十批温州市对口支援新疆拜城县指挥部", "指挥长"),
    ("苏志炜", "remove", "第十批温州市对口支援新疆拜城县指挥部", "副指挥长"),
    ("程鸿伟", "remove", "温州市司法局", "副局长"),
    ("金剑欣", "remove", "温州铁路南站综合管理中心", "主任"),
]


def test_sample_gives_exactly_the_sixteen_changes_checked_by_hand(sample_records):
    assert rows(sample_records) == SAMPLE_GOLDEN
    found = changes(sample_records)
    assert sum(r.action == "appoint" for r in found) == 8
    assert sum(r.action == "remove" for r in found) == 8
    assert len({r.person for r in found}) == 12


def test_sample_notice_facts(sample_records):
    for record in changes(sample_records):
        assert record.decided_by == "市人民政府"
        assert record.decided_by_resolved == "温州市人民政府"
        assert record.date == "2023-06"
        assert record.notice == "6月份市政府人事任免"
        assert record.organization_resolved == record.organization
        assert 1315 <= record.source.start_line <= record.source.end_line <= 1339
    probations = {r.person: r.probation for r in changes(sample_records) if r.probation}
    assert probations == {"林国锋": "一年"}


def test_sample_line_broken_across_two_lines_is_one_statement(sample_records):
    wang = [r for r in changes(sample_records) if r.person == "王云师"]
    assert [(r.source.start_line, r.source.end_line) for r in wang] == [(1325, 1327)] * 2
    assert "指挥部副指挥长职务" in wang[1].source.quote
    assert [r.form for r in wang] == ["任", "免去其"]


def test_sample_prose_gives_no_personnel_warnings(sample_records):
    assert warnings(sample_records) == []


# ------------------------------------------------------------------ other governments' styles


def test_removal_only_county_notice():
    records = fixture("removal_only_county.txt")
    assert rows(records) == [
        ("张建华", "remove", "永嘉县教育局", "局长"),
        ("李丽萍", "remove", "县财政局", "副局长"),
        ("李丽萍", "remove", "县财政局", "党组成员"),
        ("王志明", "remove", "县卫生健康局", "副局长"),
        ("陈晓东", "remove", "县政府办公室", "副主任"),
    ]
    found = changes(records)
    assert [r.organization_resolved for r in direct("removal_only_county.txt")] == [
        "永嘉县教育局",
        "永嘉县财政局",
        "永嘉县财政局",
        "永嘉县卫生健康局",
        "永嘉县人民政府办公室",
    ]
    assert found[0].note == "另有任用"
    assert found[-1].form == "不再担任"
    assert {r.decided_by for r in found} == {"县政府"}
    assert {r.decided_by_resolved for r in found} == {"永嘉县人民政府"}
    assert not any(r.organization_implied for r in found)
    assert {r.notice_number for r in found} == {"永政干〔2023〕12号"}
    assert {r.date for r in found} == {"2023-07-05"}  # the signature date: nothing earlier
    assert warnings(records) == []


def test_appointment_list_of_another_city():
    records = fixture("list_ningbo.txt")
    assert rows(records) == [
        ("张伟", "appoint", "宁波市教育局", "局长"),
        ("李娜", "appoint", "宁波市公安局", "副局长"),
        ("王芳", "appoint", "宁波市人民政府", "副秘书长"),
        ("赵磊", "appoint", "宁波市人民政府", "副秘书长"),
        ("周敏", "appoint", "宁波市发展和改革委员会", "副主任"),
        ("周敏", "appoint", "宁波市发展和改革委员会", "党组成员"),
        ("刘洋", "remove", "宁波市教育局", "局长"),
        ("陈静", "remove", "宁波市交通运输局", "副局长"),
    ]
    found = changes(records)
    assert [r.probation for r in found if r.probation] == ["一年"]
    assert {r.date for r in found} == {"2023-08"}
    assert {r.decided_by_resolved for r in found} == {"宁波市人民政府"}
    assert warnings(records) == []


def test_provincial_standing_committee_resignation_and_acting_governor():
    records = fixture("npc_province.txt")
    found = changes(records)
    assert rows(records) == [
        ("郑安澜", "remove", "浙江省人民政府", "副省长"),
        ("方卫东", "appoint", "浙江省人民政府", "省长"),
        ("许明远", "appoint", "浙江省高级人民法院", "副院长"),
        ("许明远", "appoint", "浙江省高级人民法院", "审判委员会委员"),
        ("许明远", "appoint", "浙江省高级人民法院", "审判员"),
        ("姚思齐", "appoint", "浙江省人民检察院", "检察员"),
        ("钟立群", "remove", "浙江省高级人民法院", "审判员"),
        ("严晓梅", "remove", "浙江省人民检察院", "检察委员会委员"),
        ("严晓梅", "remove", "浙江省人民检察院", "检察员"),
    ]
    assert found[0].form == "接受辞去"
    assert [r.person for r in found if r.acting] == ["方卫东"]
    assert {r.decided_by for r in found} == {"浙江省第十四届人民代表大会常务委员会"}
    own = direct("npc_province.txt")
    assert {r.decided_by_resolved for r in own} == {"浙江省人民代表大会常务委员会"}
    assert {r.meeting for r in found} == {"第五次会议"}
    assert {r.date for r in found} == {"2023-09-28"}
    assert warnings(records) == []


def test_news_report_of_a_standing_committee_meeting():
    records = fixture("news_hangzhou.txt")
    found = changes(records)
    assert rows(records) == [
        ("王某", "appoint", "杭州市生态环境局", "局长"),
        ("李某", "remove", "杭州市生态环境局", "局长"),
        ("赵某某", "remove", "杭州市人民政府", "副市长"),
        ("钱某", "appoint", "杭州市人民政府", "副市长"),
        ("钱某", "appoint", "杭州市人民政府", "市长"),
    ]
    assert [r.acting for r in found] == [False, False, False, False, True]
    assert {r.decided_by for r in found} == {"杭州市第十四届人大常委会"}
    own = direct("news_hangzhou.txt")
    assert {r.decided_by_resolved for r in own} == {"杭州市人民代表大会常务委员会"}
    assert {r.meeting for r in found} == {"第十二次会议"}
    assert {r.date for r in found} == {None}  # 近日: the report gives no date
    assert warnings(records) == []  # 会议指出，被任命人员要… is prose, skipped on purpose


def test_county_notice_with_probation_confirmation_and_nomination():
    records = fixture("county_probation.txt")
    found = changes(records)
    assert [
        (r.person, r.action, r.form, r.organization_resolved, r.post, r.probation)
        for r in direct("county_probation.txt")
    ] == [
        ("陈立新", "appoint", "任", "文成县农业农村局", "副局长", "一年"),
        ("吴海波", "appoint", "任", "文成县文化和广电旅游体育局", "副局长", "一年"),
        ("郑文华", "confirm", "试用期满", "文成县应急管理局", "副局长", None),
        ("金鑫", "appoint", "兼任", "文成县财政局", "党组成员", None),
        ("林峰", "appoint", "聘任", "文成县人民政府", "参事", None),
        ("周建国", "nominate", "提名", "文成县人民政府", "副县长", None),
        ("何志勇", "remove", "免去", "文成县水利局", "局长", None),
    ]
    assert found[2].note == "经考核合格，正式任职"
    assert {r.date for r in found} == {"2023-07-12"}  # the meeting, not the signature
    assert {r.meeting for r in found} == {"第18次常务会议"}
    assert {r.notice_number for r in found} == {"文政干〔2023〕8号"}
    assert warnings(records) == []


def test_notice_copied_from_a_web_page():
    records = fixture("web_chengdu.txt")
    found = changes(records)
    assert rows(records) == [
        ("李明", "appoint", "成都市教育局", "局长"),
        ("王丽", "appoint", "成都市卫生健康委员会", "副主任"),
        ("张强", "remove", "成都市教育局", "局长"),
    ]
    assert [r.probation for r in found] == [None, "一年", None]
    assert {r.notice for r in found} == {"成都市人民政府关于任免李明等同志职务的通知"}
    assert {r.decided_by for r in found} == {"成都市人民政府"}  # the issuer in the title
    assert {r.date for r in found} == {"2023-06-21"}  # the signature, not the web page's date
    assert {r.source.start_line for r in found} == {11, 13, 15}
    assert warnings(records) == []


# ------------------------------------------------------------------ news reports (real cuts)
# Each text below is a cut of a real page of the development corpus (devcorpus/raw/A-NN-*.txt);
# its address is given above it.


def people(records) -> list[tuple]:
    return [(r.person, r.action, r.organization, r.post, r.acting) for r in changes(records)]


def test_news_titles_before_the_name_and_the_deciding_body_without_its_session():
    # http://szbm.jinrifangxian.com/content/2016-05/16/014233.html
    text = (
        "本报讯 (记者田兰兰通讯员贺玉琴) 13日,县十七届人大常委会召开第二十八次会议。"
        "县人大常委会副主任陈德汉主持会议。\n"
        "会议审议表决通过有关人事任免事项,决定接受蔡贤忠同志辞去县人民政府县长职务的请求;"
        "任命县委副书记纪道清同志为县人民政府副县长、代理县长。\n"
    )
    records = extract_text(text)
    assert people(records) == [
        ("蔡贤忠", "remove", "县人民政府", "县长", False),
        ("纪道清", "appoint", "县人民政府", "副县长", False),
        ("纪道清", "appoint", "县人民政府", "县长", True),
    ]
    assert {r.decided_by for r in changes(records)} == {"县十七届人大常委会"}


def test_news_removal_of_a_post_alone_leaves_the_organisation_unwritten():
    """The post is still in the deciding government (its name as the decider gives it, the county
    being unnamed), so that the graph's post has its organisation."""
    # http://www.shexian114.com/minshengguanzhu/thread-1952-1-1.aspx
    text = (
        "本网讯(何晓芳)8月14日,县十六届人大常委会召开第三十一次会议。"
        "会议还一致通过了新的人事任免决议,免除路正阳同志常务副县长一职,免除孟凡哲同志副县长一职,"
        "任命邢晟同志为政府副县长,苑华东同志为政府副县长,江钦所为两名同志颁发任命书。\n"
    )
    records = extract_text(text)
    assert changes(records)[0].organization_resolved == "县人民政府"
    assert people(records) == [
        ("路正阳", "remove", None, "常务副县长", False),
        ("孟凡哲", "remove", None, "副县长", False),
        ("邢晟", "appoint", "政府", "副县长", False),
        ("苑华东", "appoint", "政府", "副县长", False),
    ]


def test_news_names_closed_by_a_count():
    # https://xinhuaqu.gov.cn/contents/11412/433396.html
    text = (
        "8月13日上午,区十届人大常委会第三十六次会议在新华区人大常委会会议室召开。\n"
        "会议进行了人事任免,任命赵海洋、董冲、朱平生为区人民政府副区长,张东方为区教育体育局局长;"
        "任命吕洪武、谢登魁为区监察委员会副主任,申永杰等3名同志为区监察委员会委员。\n"
    )
    records = extract_text(text)
    assert [r.person for r in changes(records)] == [
        "赵海洋", "董冲", "朱平生", "张东方", "吕洪武", "谢登魁", "申永杰"
    ]  # fmt: skip
    assert {r.decided_by for r in changes(records)} == {"区十届人大常委会"}


def test_news_name_run_into_the_organisation_and_a_decision_stated_twice():
    # http://fj.china.com.cn (中国网海峡频道, 2018-07-24)
    text = (
        "23日,泉州市十六届人大常委会召开第十三次会议。会议审议决定,"
        "任命王永礼为泉州市人民政府副市长、代理市长。\n"
        "经市人大常委会组成人员表决决定:任命王永礼为泉州市人民政府副市长;"
        "免去卢炳椿泉州市人民政府副市长、市公安局局长的职务;"
        "接受康涛辞去泉州市人民政府市长的职务,报泉州市十六届人民代表大会第三次会议备案;"
        "泉州市人民政府副市长王永礼代理泉州市人民政府市长职务。\n"
        "任免名单如下:\n会议决定:\n任命王永礼为泉州市人民政府副市长、代理市长。\n"
        "决定免去卢炳椿泉州市人民政府副市长、市公安局局长的职务。\n"
    )
    assert people(extract_text(text)) == [
        ("王永礼", "appoint", "泉州市人民政府", "副市长", False),
        ("王永礼", "appoint", "泉州市人民政府", "市长", True),
        ("卢炳椿", "remove", "泉州市人民政府", "副市长", False),
        ("卢炳椿", "remove", "市公安局", "局长", False),
        ("康涛", "remove", "泉州市人民政府", "市长", False),
    ]


def test_news_decisions_named_by_their_titles():
    # http://www.dbw.cn (东北网, 2007-12-25)
    text = (
        "东北网12月25日讯 省十届人大常委会第三十一次会议25日结束。\n"
        "会议表决通过了《黑龙江省人大常委会关于接受张左己同志请求辞去黑龙江省人民政府省长职务的决定》。\n"
        "会议表决通过了《黑龙江省人大常委会关于栗战书同志为黑龙江省人民政府代理省长的决定》,"
        "决定栗战书为代理省长。\n"
        "会议表决通过了人事任免职名单,决定任命杜家毫、孙尧、黄建盛为省政府副省长,"
        "郭晓华为省政府秘书长;免去张松岭省政府秘书长职务。\n"
    )
    assert people(extract_text(text)) == [
        ("张左己", "remove", "黑龙江省人民政府", "省长", False),
        ("栗战书", "appoint", "黑龙江省人民政府", "省长", True),
        ("杜家毫", "appoint", "省政府", "副省长", False),
        ("孙尧", "appoint", "省政府", "副省长", False),
        ("黄建盛", "appoint", "省政府", "副省长", False),
        ("郭晓华", "appoint", "省政府", "秘书长", False),
        ("张松岭", "remove", "省政府", "秘书长", False),
    ]


def test_news_statements_without_a_verb_take_the_one_before_across_sentences():
    # 浙江日报 via a news mirror, 2009-04
    text = (
        "又讯:浙江省十一届人大常委会第十次会议举行第二次全体会议,会议表决通过一批人事任免事项。\n"
        "会议还表决任命汤黎路为浙江省经济和信息化委员会主任,免去其浙江省经济贸易委员会主任职务;\n"
        "乐益民为浙江省人力资源和社会保障厅厅长,免去其浙江省人事厅厅长职务;\n"
        "徐震为浙江省环境保护厅厅长;\n"
    )
    assert rows(extract_text(text)) == [
        ("汤黎路", "appoint", "浙江省经济和信息化委员会", "主任"),
        ("汤黎路", "remove", "浙江省经济贸易委员会", "主任"),
        ("乐益民", "appoint", "浙江省人力资源和社会保障厅", "厅长"),
        ("乐益民", "remove", "浙江省人事厅", "厅长"),
        ("徐震", "appoint", "浙江省环境保护厅", "厅长"),
    ]


def test_news_resignations_listed_and_acting_post_of_the_names_before():
    # 遂宁新闻网, 2018-12-26
    text = (
        "市人大常委会决定邓正权为代理市长\n\n"
        "会议决定接受杨自力辞去市人民政府市长职务、邓为辞去市人民政府副市长职务、"
        "熊隆东辞去市监察委员会主任职务的请求。会议决定任命邓正权为市人民政府副市长,"
        "并决定为代理市长;任命谭晓政为市监察委员会副主任,并决定为代理主任。\n"
    )
    # the headline's 代理市长 names no organisation: the report's statement, which does, is kept
    assert people(extract_text(text)) == [
        ("杨自力", "remove", "市人民政府", "市长", False),
        ("邓为", "remove", "市人民政府", "副市长", False),
        ("熊隆东", "remove", "市监察委员会", "主任", False),
        ("邓正权", "appoint", "市人民政府", "副市长", False),
        ("邓正权", "appoint", "市人民政府", "市长", True),
        ("谭晓政", "appoint", "市监察委员会", "副主任", False),
        ("谭晓政", "appoint", "市监察委员会", "主任", True),
    ]


def test_news_list_of_appointments_outside_a_personnel_text():
    # http://www.jusar.cn/a/n97VFY0787963260.html: X任A, one a line, in a feature story;
    # the career told after it (被选为, 2017年3月开始担任) is not read.
    text = (
        "随着各省级一把手的相继确定,至少有十位省级政府的秘书长人选也相继确认——\n\n"
        "  李金科任辽宁省政府秘书长,\n\n  陈建刚任江苏省政府秘书长,\n\n"
        "  常正国任甘肃省政府秘书长。\n\n"
        "  今年2月,李金科被选为辽宁省副省长,如今再兼任省政府秘书长。\n\n"
        "  李金科是辽宁本土干部,2017年3月开始担任辽宁省政府秘书长。\n"
    )
    records = extract_text(text)
    assert rows(records) == [
        ("李金科", "appoint", "辽宁省政府", "秘书长"),
        ("陈建刚", "appoint", "江苏省政府", "秘书长"),
        ("常正国", "appoint", "甘肃省政府", "秘书长"),
    ]
    assert {r.decided_by for r in changes(records)} == {None}


def test_news_careers_are_not_decisions():
    # https://szsranl.com.cn/kuaibao/3085.html
    text = (
        "9月6日,据人社部网站消息,国务院任免国家工作人员,林涛任国务院副秘书长。"
        "免去郭玮的国务院副秘书长职务。\n"
        "今年53岁的林涛,长期在广东省任职,曾任河源市长、市委书记,此次履新前任职广东省副省长。"
        "此番卸任国务院副秘书长的郭玮出生于1964年7月,2018年6月任国务院研究室副主任。\n"
        "据公开报道,国务委员吴政隆兼任国务院秘书长。\n"
        "孙广宇曾长期在化工领域工作,履新前任职应急管理部党委委员、副部长;"
        "汪洋长期在交通领域任职,曾担任过交通运输部总工程师。\n"
    )
    records = extract_text(text)
    assert rows(records) == [
        ("林涛", "appoint", "国务院", "副秘书长"),
        ("郭玮", "remove", "国务院", "副秘书长"),
    ]
    assert {r.decided_by for r in changes(records)} == {"国务院"}


def test_news_passive_appointment_of_counsellors():
    # https://www.lcdaily.cn/index.php?a=show&c=article&id=56526
    text = (
        "市政府举行第二批政府参事聘任仪式\n"
        "本报讯 (记者 魏江跃) 3月31日,市政府举行第二批政府参事聘任仪式,李学智、杨家全、何朝坚3人"
        "被聘任为市政府参事,至此,我市共聘任了8名政府参事,目前现任参事有7名。\n"
        "据悉,2014年6月市政府聘任了5名市政府参事,其中,2016年初1名参事因退休辞去参事职务。\n"
    )
    records = extract_text(text)
    assert rows(records) == [
        ("李学智", "appoint", "市政府", "参事"),
        ("杨家全", "appoint", "市政府", "参事"),
        ("何朝坚", "appoint", "市政府", "参事"),
    ]
    assert {r.decided_by for r in changes(records)} == {"市政府"}


def test_news_list_of_counsellors_after_a_header_in_traditional_script():
    # http://evmeco.com/html/2018/qcyw_1115/1797.html: names stay as written.
    text = (
        "本報11月14日訊 今天上午,濟南市人民政府參事聘任儀式舉行,新聘任18人為市政府參事。\n"
        "市政府聘任的參事有:李兆兵、馬維嘉、林書宏等18人。\n"
        "今天我們又新聘任了18位參事,希望各位參事有思想、有理想、有夢想、有情懷,堅決維護黨中央權威。\n"
    )
    assert rows(extract_text(text)) == [
        ("李兆兵", "appoint", "市政府", "參事"),
        ("馬維嘉", "appoint", "市政府", "參事"),
        ("林書宏", "appoint", "市政府", "參事"),
    ]


def test_chronicle_entries_and_a_name_broken_by_the_page():
    # Page 343 of 毕节地区通志 (卷一), 大事记 (B-14): the entry's 毕 / 节市人民政府 is one word.
    text = (
        "大 事 记\n"
        "9月12日 毕节市一届人大常委会召开第三十八次会议。会议接受陈昌旭因工作变动辞去毕\n"
        "节市人民政府市长职务的请求;任命桑维亮为毕节市人民政府副市长、代理市长。\n"
        "9月13日 代市长桑维亮主持召开会议,研究部署全市扶贫开发工作。\n"
    )
    records = extract_text(text)
    assert people(records) == [
        ("陈昌旭", "remove", "毕节市人民政府", "市长", False),
        ("桑维亮", "appoint", "毕节市人民政府", "副市长", False),
        ("桑维亮", "appoint", "毕节市人民政府", "市长", True),
    ]
    assert {r.decided_by for r in changes(records)} == {"毕节市一届人大常委会"}


def test_a_list_of_accepted_resignations_under_its_header():
    # 中国网海峡频道, 2018-07-24: 决定接受： heads the resignations under it.
    text = "任免名单如下:\n会议决定:\n决定接受:\n康涛辞去泉州市人民政府市长职务;\n"
    assert rows(extract_text(text)) == [("康涛", "remove", "泉州市人民政府", "市长")]


def test_names_of_surnames_the_table_lacks_where_the_verb_marks_both_ends():
    # 新华社 1999-11-04 via a news mirror; 武进 2025-07, traditional script
    text = (
        "新华社北京11月4日电国务院近日决定,聘任启功为中央文史研究馆馆长,"
        "袁行霈为中央文史研究馆副馆长。\n"
        "會議審議了人事任免案,決定接受惲淇丞同志辭去常州市武進區人民政府區長職務的請求。\n"
    )
    records = extract_text(text)
    assert rows(records) == [
        ("启功", "appoint", "中央文史研究馆", "馆长"),
        ("袁行霈", "appoint", "中央文史研究馆", "副馆长"),
        ("惲淇丞", "remove", "常州市武進區人民政府", "區長"),
    ]
    assert changes(records)[0].decided_by == "国务院"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("卢炳椿泉州市人民政府副市长", ("卢炳椿", "泉州市人民政府副市长")),
        ("张松岭省政府秘书长", ("张松岭", "省政府秘书长")),
        ("张东方区教育体育局局长", ("张东方", "区教育体育局局长")),
        ("李金科辽宁省政府秘书长", ("李金科", "辽宁省政府秘书长")),
        ("路正阳常务副县长", ("路正阳", "常务副县长")),
        ("王晓康市医疗保障局副局长", ("王晓康", "市医疗保障局副局长")),  # the sample
    ],
)
def test_where_a_name_ends(text, expected):
    titles = tuple(t.title for t in post_titles())
    assert names.split_name(text, None, titles) == expected


@pytest.mark.parametrize("text", ["履新前", "曾担", "我市共聘", "县人大常委会", "市政府"])
def test_not_names(text):
    assert not names.is_name(text)


# ------------------------------------------------------------------ the grammar, form by form

PERSONNEL = (
    "温州市人民政府公报\n\n2023\n\n第 7 期\n\n7月份市政府人事任免\n\n市人民政府决定：\n\n{}\n"
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "任命张三、李四为市教育局副局长。",
            [("张三", "appoint", "市教育局", "副局长"), ("李四", "appoint", "市教育局", "副局长")],
        ),
        (
            "免去王五的市财政局局长、党组书记职务。",
            [("王五", "remove", "市财政局", "局长"), ("王五", "remove", "市财政局", "党组书记")],
        ),
        ("免去赵六市交通运输局副局长职务。", [("赵六", "remove", "市交通运输局", "副局长")]),
        ("钱七不再担任市政府副秘书长职务。", [("钱七", "remove", "市政府", "副秘书长")]),
        (
            "孙八任市水利局局长，兼任市河道管理中心主任；",
            [
                ("孙八", "appoint", "市水利局", "局长"),
                ("孙八", "appoint", "市河道管理中心", "主任"),
            ],
        ),
        ("聘任周九为市人民政府参事。", [("周九", "appoint", "市人民政府", "参事")]),
        ("决定任命吴十为代理市长。", [("吴十", "appoint", None, "市长")]),
        ("决定郑一为市统计局代理局长。", [("郑一", "appoint", "市统计局", "局长")]),
        ("免去冯二的市林业局副局长职务，另有任用。", [("冯二", "remove", "市林业局", "副局长")]),
        (
            "任命张三为市教育局局长，李四为市教育局副局长。",
            [("张三", "appoint", "市教育局", "局长"), ("李四", "appoint", "市教育局", "副局长")],
        ),
        ("免去陈五同志市审计局副局长职务。", [("陈五", "remove", "市审计局", "副局长")]),
        (
            "接受褚六因个人原因辞去市人民政府副市长职务的请求。",
            [("褚六", "remove", "市人民政府", "副市长")],
        ),
        ("卫七同志任市体育局副局长职务。", [("卫七", "appoint", "市体育局", "副局长")]),
        (
            "阿不都·艾力任市民族宗教事务局副局长；",
            [("阿不都·艾力", "appoint", "市民族宗教事务局", "副局长")],
        ),
    ],
)
def test_forms(line, expected):
    records = extract_text(PERSONNEL.format(line))
    assert rows(records) == expected
    assert warnings(records) == []


def test_acting_and_bare_posts_take_the_deciding_government():
    """A bare post names no organisation: none is written (the devcorpus convention, A-02), and
    the deciding government is the resolved one."""
    records = extract_text(PERSONNEL.format("决定任命吴十为代理市长。"))
    (record,) = changes(records)
    assert record.acting is True
    assert record.organization is None
    assert record.organization_implied is True
    assert record.organization_resolved == "温州市人民政府"
    assert record.date == "2023-07"


@pytest.mark.parametrize(
    "line",
    [
        "张三同志（市教育局副局长）试用期满考核合格，正式任职。",
        "张三试用期满考核合格，正式任命为市教育局副局长。",
        "市教育局副局长张三同志试用期满，正式任职。",
        "张三任市教育局副局长试用期满，经考核合格，正式任职。",
    ],
)
def test_terminated_probation_is_a_confirmation(line):
    records = extract_text(PERSONNEL.format(line))
    assert rows(records) == [("张三", "confirm", "市教育局", "副局长")]
    assert changes(records)[0].form == "试用期满"
    assert warnings(records) == []


def test_an_organ_before_the_verb_is_the_decider_not_a_person():
    text = PERSONNEL.replace("市人民政府决定：", "根据工作需要，依照有关规定：")
    records = extract_text(text.format("市政府任命张三为市教育局局长。"))
    assert rows(records) == [("张三", "appoint", "市教育局", "局长")]
    assert changes(records)[0].decided_by == "市政府"
    assert warnings(records) == []


def test_state_council_appointments():
    text = "国务院任免国家工作人员\n\n国务院决定：\n\n任命张三为教育部副部长；\n\n免去李四的水利部副部长职务。\n"
    records = extract_text(text, "state-council.txt")
    assert rows(records) == [
        ("张三", "appoint", "教育部", "副部长"),
        ("李四", "remove", "水利部", "副部长"),
    ]
    assert {r.decided_by for r in changes(records)} == {"国务院"}


def test_heading_names_the_decider_when_no_preamble_does():
    text = "温州市人大常委会任免名单\n\n（2023年6月21日）\n\n任命张三为温州市人民政府秘书长。\n"
    (record,) = changes(extract_text(text))
    assert record.decided_by == "温州市人大常委会"
    assert record.date == "2023-06-21"


def test_a_probation_without_a_plain_length_warns_and_is_kept_as_written():
    records = extract_text(PERSONNEL.format("张三任市教育局副局长（试用期半个月）。"))
    (record,) = changes(records)
    assert record.probation == "半个月"
    assert "半个月" in warnings(records)[0].message


def test_list_headers_without_a_colon():
    text = PERSONNEL.format(
        "任命\n\n张三为市教育局局长；\n\n李四为市财政局局长；\n\n免去\n\n王五的市教育局局长职务。"
    )
    assert rows(extract_text(text)) == [
        ("张三", "appoint", "市教育局", "局长"),
        ("李四", "appoint", "市财政局", "局长"),
        ("王五", "remove", "市教育局", "局长"),
    ]


def test_a_statement_broken_after_its_verb_is_joined():
    text = PERSONNEL.format(
        "孙八任市水利局局长，免去\n\n孙八的市林业局副局长职务；\n\n接受\n李四辞去市财政局局长职务的请求。"
    )
    records = extract_text(text)
    assert rows(records) == [
        ("孙八", "appoint", "市水利局", "局长"),
        ("孙八", "remove", "市林业局", "副局长"),
        ("李四", "remove", "市财政局", "局长"),
    ]
    assert [(r.source.start_line, r.source.end_line) for r in changes(records)] == [
        (11, 13),
        (11, 13),
        (15, 16),
    ]


def test_dates_written_in_chinese_numerals():
    text = PERSONNEL.replace("市人民政府决定：", "二〇二三年七月二十一日市人民政府决定：")
    (record,) = changes(extract_text(text.format("张三任市教育局局长。")))
    assert record.date == "2023-07-21"


def test_list_headers_apply_to_the_items_under_them():
    text = PERSONNEL.format("任命：\n\n张三为市教育局局长；\n\n免去：\n\n李四的市教育局局长职务。")
    assert rows(extract_text(text)) == [
        ("张三", "appoint", "市教育局", "局长"),
        ("李四", "remove", "市教育局", "局长"),
    ]


def test_date_in_the_preamble_wins_over_the_heading_month():
    text = PERSONNEL.replace("市人民政府决定：", "经2023年7月21日市政府第15次常务会议研究决定：")
    (record,) = changes(extract_text(text.format("张三任市教育局局长。")))
    assert record.date == "2023-07-21"
    assert record.meeting == "第15次常务会议"
    assert record.decided_by == "市政府"
    assert record.decided_by_resolved == "温州市人民政府"


def test_unreadable_lines_in_a_personnel_section_warn_with_their_line():
    text = PERSONNEL.format(
        "张三同志另有安排；\n\n任命李四为市教育局督导；\n\n王五调任市教育局局长。"
    )
    records = extract_text(text)
    assert rows(records) == [("王五", "appoint", "市教育局", "局长")]
    found = warnings(records)
    assert [w.source.start_line for w in found] == [11, 13]
    assert found[0].message == "cannot read this 任免 clause: 张三同志另有安排"
    assert "post title not known" in found[1].message and "督导" in found[1].message


def test_prose_outside_personnel_texts_yields_nothing():
    text = (
        "温州市人民政府关于印发温州市防汛工作方案的通知\n\n温政发〔2023〕30号\n\n"
        "各县（市、区）人民政府：\n\n由副市长任组长，市水利局局长任副组长。\n\n"
        "对符合条件的企业，免去申请人的手续费用。\n\n温州市人民政府\n\n2023年7月1日\n"
    )
    records = extract_text(text)
    assert changes(records) == []
    assert warnings(records) == []


def test_prose_of_a_notice_about_personnel_files_yields_nothing():
    text = (
        "温州市人民政府办公室关于做好人事档案管理工作的通知\n\n温政办〔2023〕70号\n\n"
        "各有关单位：\n\n成立工作专班，办公室主任任副组长，各科室负责人任成员。\n"
    )
    records = extract_text(text)
    assert changes(records) == []
    assert warnings(records) == []


# ------------------------------------------------------------------ post titles and names


def test_post_titles_table_is_reviewed_data_sorted_longest_first():
    path = data_file("post_titles.tsv")
    with path.open(encoding="utf-8", newline="") as handle:
        table = list(csv.DictReader(handle, delimiter="\t"))
    titles = [r["title"] for r in table]
    assert titles == sorted(titles, key=lambda t: (-len(t), t))
    assert len(set(titles)) == len(titles)
    assert len({r["notation"] for r in table}) == len(table)
    assert all(r["notation"].isascii() and r["label_en"] for r in table)
    assert len(post_titles()) == len(table)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("温州市医疗保障局副局长", ("温州市医疗保障局", "副局长", False)),
        ("温州市人力资源和社会保障局局长职务", ("温州市人力资源和社会保障局", "局长", False)),
        ("温州市人民政府常务副市长", ("温州市人民政府", "常务副市长", False)),
        ("市统计局代理局长", ("市统计局", "局长", True)),
        ("副市长", (None, "副市长", False)),
        ("市政协主任委员", ("市政协", "主任委员", False)),
    ],
)
def test_split_post_takes_the_longest_known_title(phrase, expected):
    parsed = split_post(phrase)
    assert parsed is not None
    assert (parsed.organization, parsed.post, parsed.acting) == expected


def test_split_post_refuses_unknown_titles():
    assert split_post("市教育局督导") is None


@pytest.mark.parametrize(
    ("name", "government", "expected"),
    [
        ("市司法局", "温州市", "温州市司法局"),
        ("市政府", "温州市", "温州市人民政府"),
        ("县政府办公室", "永嘉县", "永嘉县人民政府办公室"),
        ("温州市司法局", "温州市", "温州市司法局"),
        ("市市场监管局", "温州市", "温州市市场监管局"),
        ("杭州市第十四届人大常委会", None, "杭州市人民代表大会常务委员会"),
        ("省人民政府", "温州市", None),
    ],
)
def test_resolve_name_relative_to_the_government(name, government, expected):
    assert resolve_name(name, government) == expected


@pytest.mark.parametrize(
    ("text", "duration"),
    [
        ("一年", "P1Y"),
        ("两年", "P2Y"),
        ("六个月", "P6M"),
        ("半年", "P6M"),
        ("1年", "P1Y"),
        ("一年半", "P1Y6M"),
        ("三个月", "P3M"),
        ("半个月", None),
        ("满一年", None),
        (None, None),
    ],
)
def test_probation_duration(text, duration):
    assert probation_duration(text) == duration


# ------------------------------------------------------------------ RDF and shapes


def graph_of(records, name: str) -> Graph:
    graph, _ = map_records(records, Minter(), name, "温州市")
    return graph


def validate(graph: Graph) -> list[tuple[URIRef, URIRef]]:
    """(severity, path) of every result of the appointments shapes."""
    shapes = Graph().parse(SHAPES, format="turtle")
    _, report, _ = pyshacl.validate(graph, shacl_graph=shapes, allow_warnings=True)
    out = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        out.append((report.value(result, SH.resultSeverity), report.value(result, SH.resultPath)))
    return out


@pytest.fixture(scope="module")
def county_graph() -> Graph:
    return graph_of(fixture("county_probation.txt"), "county_probation.txt")


def test_sample_graph_has_the_changes_and_conforms(sample_records):
    graph = graph_of(sample_records, "wenzhou-gazette-2023-06.txt")
    found = list(graph.subjects(RDF.type, GKG.PersonnelChange))
    assert len(found) == 16
    for change in found:
        assert graph.value(change, GKG.decisionDate) == Literal("2023-06", datatype=XSD.gYearMonth)
        post = graph.value(change, GKG.concernsPost)
        assert graph.value(post, ORG.postIn) is not None
    durations = list(graph.objects(None, GKG.probationPeriod))
    assert durations == [Literal("P1Y", datatype=XSD.duration)]
    assert [s for s, _ in validate(graph) if s == SH.Violation] == []


def test_post_and_role_are_linked(county_graph):
    minter = Minter()
    post = minter.post("文成县农业农村局", "副局长")
    assert (post, RDF.type, ORG.Post) in county_graph
    assert county_graph.value(post, ORG.role) == URIRef(CONCEPT + "post-role/fu-juzhang")
    assert str(county_graph.value(post, SKOS.prefLabel)) == "文成县农业农村局副局长"
    actions = {str(o) for o in county_graph.objects(None, GKG.personnelAction)}
    assert actions == {
        CONCEPT + f"personnel-action/{a}" for a in ("appoint", "remove", "confirm", "nominate")
    }


def test_pinned_post_iri():
    assert str(Minter().post("温州市司法局", "副局长")) == (
        "https://example.org/gazette-kg/id/post/ea2a5e70ee88217a"
    )
    assert Minter().post("温州市司法局", "副局长") == Minter().post("温州市 司法局", "副局长")


def test_mapping_is_deterministic():
    records = fixture("npc_province.txt")
    first = graph_of(records, "npc_province.txt").serialize(format="nt")
    second = graph_of(fixture("npc_province.txt"), "npc_province.txt").serialize(format="nt")
    assert sorted(first.splitlines()) == sorted(second.splitlines())


GOLDEN = FIXTURES / "county_probation.ttl"


def test_county_notice_graph_matches_the_golden_graph():
    """The changes and posts of one notice (their own triples; the shared entities belong to
    other tests), compared as a graph. After a deliberate change, regenerate with
    GAZETTE_KG_REGENERATE=1 and review the diff of tests/fixtures/appointments/*.ttl."""
    full, _ = map_records(
        direct("county_probation.txt"), Minter(), "county_probation.txt", "文成县"
    )
    graph = bind_prefixes(Graph())
    for cls in (GKG.PersonnelChange, ORG.Post):
        for subject in full.subjects(RDF.type, cls):
            for triple in full.triples((subject, None, None)):
                graph.add(triple)
    if os.environ.get("GAZETTE_KG_REGENERATE"):
        GOLDEN.write_text(graph.serialize(format="turtle"), encoding="utf-8")
    expected = Graph().parse(GOLDEN, format="turtle")
    assert isomorphic(graph, expected), "graph differs from county_probation.ttl"


def test_the_fixtures_conform(county_graph):
    assert [s for s, _ in validate(county_graph) if s == SH.Violation] == []


def _one_change(graph: Graph) -> URIRef:
    return sorted(graph.subjects(RDF.type, GKG.PersonnelChange))[0]


def _broken(graph: Graph, edit) -> Graph:
    copy = Graph()
    for triple in graph:
        copy.add(triple)
    edit(copy, _one_change(copy))
    return copy


@pytest.mark.parametrize(
    ("edit", "path"),
    [
        (lambda g, c: g.remove((c, GKG.concernsPerson, None)), GKG.concernsPerson),
        (lambda g, c: g.remove((c, GKG.concernsPost, None)), GKG.concernsPost),
        (lambda g, c: g.remove((g.value(c, GKG.concernsPost), ORG.postIn, None)), ORG.postIn),
        (
            lambda g, c: g.set((c, GKG.probationPeriod, Literal("一年", datatype=XSD.duration))),
            GKG.probationPeriod,
        ),
        (lambda g, c: g.set((c, GKG.probationPeriod, Literal("P1Y"))), GKG.probationPeriod),
        (
            lambda g, c: g.set((c, GKG.personnelAction, URIRef(CONCEPT + "personnel-action/x"))),
            GKG.personnelAction,
        ),
        (lambda g, c: g.set((c, GKG.decisionDate, Literal("2023年7月"))), GKG.decisionDate),
        (lambda g, c: g.remove((c, GKG.recordedIn, None)), GKG.recordedIn),
        (lambda g, c: g.set((c, GKG.acting, Literal("是"))), GKG.acting),
        (lambda g, c: g.set((g.value(c, GKG.concernsPost), ORG.role, Literal("副局长"))), ORG.role),
        (
            lambda g, c: g.set((c, GKG.concernsPerson, URIRef("https://example.org/not-a-person"))),
            GKG.concernsPerson,
        ),
    ],
)
def test_each_shape_bites(county_graph, edit, path):
    results = validate(_broken(county_graph, edit))
    assert (SH.Violation, path) in results


def test_missing_deciding_body_and_date_only_warn(county_graph):
    def edit(g, c):
        g.remove((c, GKG.decidingBody, None))
        g.remove((c, GKG.decisionDate, None))

    results = validate(_broken(county_graph, edit))
    assert (SH.Warning, GKG.decidingBody) in results
    assert (SH.Warning, GKG.decisionDate) in results
    assert not [r for r in results if r[0] == SH.Violation]


# ------------------------------------------------------------------ ontology


def test_ontology_module_documents_every_term_in_both_languages():
    graph = Graph().parse(MODULE, format="turtle")
    terms = {
        s
        for s in graph.subjects(RDFS.isDefinedBy, None)
        if str(s).startswith(str(GKG)) and "#" in str(s)
    }
    assert {GKG.PersonnelChange, GKG.concernsPerson, GKG.probationPeriod} <= terms
    for term in terms:
        for predicate in (RDFS.label, RDFS.comment):
            languages = {o.language for o in graph.objects(term, predicate)}
            assert {"en", "zh"} <= languages, (term, predicate)


def test_role_concepts_follow_the_post_titles_table():
    graph = Graph().parse(MODULE, format="turtle")
    scheme = URIRef(CONCEPT + "post-role")
    in_ontology = {
        (
            str(graph.value(c, SKOS.notation)),
            str(next(o for o in graph.objects(c, SKOS.prefLabel) if o.language == "zh")),
        )
        for c in graph.subjects(SKOS.inScheme, scheme)
    }
    assert in_ontology == {(t.notation, t.title) for t in post_titles()}


def test_json_fields_of_a_personnel_change(sample_records):
    record = next(r for r in changes(sample_records) if r.person == "林国锋").to_json()
    assert record["kind"] == "personnel_change"
    assert {
        k: record[k]
        for k in (
            "person",
            "action",
            "post",
            "organization",
            "probation",
            "decided_by",
            "date",
            "form",
            "acting",
        )
    } == {
        "person": "林国锋",
        "action": "appoint",
        "post": "主任",
        "organization": "温州铁路南站综合管理中心",
        "probation": "一年",
        "decided_by": "市人民政府",
        "date": "2023-06",
        "form": "任",
        "acting": False,
    }
    assert record["source"]["start_line"] == 1331


# ------------------------------------------------------------------ posts of one kind of body


def test_party_committee_seats_of_a_chronicle_entry():
    # Page 343 of 毕节地区通志 (卷一), 大事记 (B-14):
    # https://book.ynsfun.com/2019/bjdqtz01/files/basic-html/page343.html
    text = (
        "大 事 记\n"
        "9月7日 中共毕节市委召开全市领导干部大会,宣布省委决定:桑维亮同志任毕节市委委\n"
        "员、常委、副书记,提名作为市人民政府市长候选人。\n"
    )
    assert rows(extract_text(text)) == [
        ("桑维亮", "appoint", "毕节市委", "委员"),
        ("桑维亮", "appoint", "毕节市委", "常委"),
        ("桑维亮", "appoint", "毕节市委", "副书记"),
    ]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("毕节市委常委", ("毕节市委", "常委")),
        ("市政协常委", ("市政协", "常委")),
        ("上海市文史研究馆馆员", ("上海市文史研究馆", "馆员")),
        ("央行行长助理", ("央行", "行长助理")),
        ("市长助理", (None, "市长助理")),
        ("常委", (None, "常委")),
    ],
)
def test_titles_of_one_kind_of_body(phrase, expected):
    parsed = split_post(phrase)
    assert parsed is not None
    assert (parsed.organization, parsed.post) == expected


@pytest.mark.parametrize("phrase", ["县人大常委", "省图书馆副研究馆员"])
def test_a_title_of_one_kind_of_body_needs_that_body(phrase):
    assert split_post(phrase) is None


def test_a_page_cut_in_the_name_of_a_committee_gives_no_seat():
    # http://rd.yj.gov.cn/art/2020/3/31/art_1339736_42435708.html: the copy ends 周智为县人大常委.
    text = (
        "会议还进行了有关人事任免。任命潘洁容为县人大常委会办公室副主任,"
        "吴活机为县人大常委会瓯北街道工作委员会副主任,周智为县人大常委"
    )
    assert rows(extract_text(text)) == [
        ("潘洁容", "appoint", "县人大常委会办公室", "副主任"),
        ("吴活机", "appoint", "县人大常委会瓯北街道工作委员会", "副主任"),
    ]


def test_a_bare_seat_of_a_party_committee_is_no_government_post():
    # The 毕节 entry (B-14) in a 任免 text, the committee's name taken out: 常委 of no body is
    # no seat in the government that decides; it warns.
    text = "人事任免\n宣布省委决定:桑维亮同志任常委。\n"
    records = extract_text(text)
    assert rows(records) == []
    assert warnings(records)


def test_assistant_posts_of_a_bank():
    # http://www.ettaleb.com/news/guonei/2016/1228/181082.html, traditional script.
    text = (
        "時隔一年,央行再度換將。昨日,中國政府網發布消息,國務院任命殷勇為央行副行長,"
        "任命劉國強為央行行長助理。同時,免去郭慶平的央行副行長職務,免去楊子強的央行行長助理職務。\n"
        "公開資料顯示,殷勇是清華大學自動控制和企業管理雙學士。2015年8月,殷勇任央行行長助理、"
        "黨委委員。\n"
    )
    records = extract_text(text)
    assert {r.date for r in changes(records)} == {None}  # 2015年8月 dates a career, not these
    assert rows(records) == [
        ("殷勇", "appoint", "央行", "副行長"),
        ("劉國強", "appoint", "央行", "行長助理"),
        ("郭慶平", "remove", "央行", "副行長"),
        ("楊子強", "remove", "央行", "行長助理"),
    ]
    # the posts, written in traditional script, have their role concepts (found by reading); a
    # post of a resolved organisation is named canonically, in simplified script as the
    # organisation is (one post for all scripts)
    graph = graph_of(records, "A-27.txt")
    roles = {
        str(graph.value(post, SKOS.prefLabel)): graph.value(post, ORG.role)
        for post in graph.subjects(RDF.type, ORG.Post)
    }
    assert roles == {
        "央行副行长": URIRef(CONCEPT + "post-role/fu-hangzhang"),
        "央行行长助理": URIRef(CONCEPT + "post-role/hangzhang-zhuli"),
    }


# ------------------------------------------------------------------ ceremonies of appointment

SHANGHAI_CEREMONY = (
    # http://news.calyptus.net/test/news.php?YWX=qg.html (A-29, 中新网 2024-04-12), a cut
    "中新网 上海4月12日电(记者 范宇斌)11日,上海市文史研究馆馆员聘任仪式举行。"
    "上海市委副书记、市长龚正为杨志刚、齐铁偕、姜建忠、秦钠、辛丽丽22位新聘馆员颁发聘书。\n"
    "4月11日,上海市文史研究馆馆员聘任仪式举行。 张春海 摄仪式上,上海市副市长解冬宣读"
    "上海市政府关于聘任馆员的通知。\n"
)


def test_letters_of_appointment_handed_over_are_the_appointment():
    records = extract_text(SHANGHAI_CEREMONY)
    assert rows(records) == [
        (name, "appoint", "上海市文史研究馆", "馆员")
        for name in ("杨志刚", "齐铁偕", "姜建忠", "秦钠", "辛丽丽")
    ]
    assert {r.decided_by for r in changes(records)} == {"上海市政府"}
    assert {r.decided_by_resolved for r in changes(records)} == {"上海市人民政府"}
    assert warnings(records) == []


def test_fellows_of_a_wenshiguan_map_to_a_graph_that_conforms():
    graph = graph_of(extract_text(SHANGHAI_CEREMONY), "notice.txt")
    posts = set(graph.objects(None, GKG.concernsPost))
    assert len(posts) == 1
    post = next(iter(posts))
    assert graph.value(post, ORG.role) == URIRef(CONCEPT + "post-role/guanyuan")
    assert graph.value(post, ORG.postIn) is not None
    assert len(list(graph.subjects(RDF.type, GKG.PersonnelChange))) == 5
    assert [s for s, _ in validate(graph) if s == SH.Violation] == []


def test_fellows_without_the_body_of_their_ceremony_only_warn():
    # The same report without its first sentence: 新聘馆员 of no 馆 is no post of 上海市政府.
    text = "上海市委副书记、市长龚正为杨志刚、齐铁偕、姜建忠22位新聘馆员颁发聘书。\n"
    records = extract_text(text)
    assert rows(records) == []
    assert warnings(records)


def test_the_newly_appointed_named_as_such_at_a_ceremony():
    # https://m.xinwenba.net/plus/view-293269-1.html (A-30, 成都日报 2016-07-07), a cut
    text = (
        "成都市人民政府聘任23名参事\n\n"
        "本报讯(成都日报记者 钟文) 在7月5日举行的成都市人民政府参事聘任仪式上,市委副书记、"
        "市长唐良智向聘任、续聘的23位参事颁发聘书,并对历任市政府参事多年来为政府工作和成都"
        "经济社会发展作出的贡献表示感谢。\n\n"
        "聘任仪式上,新聘参事代表步宏、张剑渝、杨虎就下一步做好参事工作进行了发言。\n\n"
        "市委常委、常务副市长朱志宏出席聘任仪式,市政府秘书长张正红主持聘任仪式并宣读了"
        "市政府聘任通知。\n"
    )
    records = extract_text(text)
    assert rows(records) == [
        ("步宏", "appoint", "成都市人民政府", "参事"),
        ("张剑渝", "appoint", "成都市人民政府", "参事"),
        ("杨虎", "appoint", "成都市人民政府", "参事"),
    ]
    assert {r.decided_by_resolved for r in changes(records)} == {"成都市人民政府"}
    unread = [w.message for w in warnings(records)]  # 23位参事: the letters of unnamed persons
    assert unread == [
        "cannot read this 任免 clause: 市委副书记、市长唐良智向聘任、续聘的23位参事颁发聘书"
    ]


def test_newly_appointed_counsellors_told_of_in_prose_are_not_read():
    # http://925eat.com/news_html/201804/20180425/news_20180425_2824739.shtml: the names
    # come in an essay (比如,左敏,曾任…), not as the newly appointed.
    text = (
        "近日,山東省人民政府發布通知,此次,有9人被聘任為省政府參事。\n"
        "知事君梳理此次新聘任的9位省政府參事資料發現,大家都是來自于各自領域的精英。\n"
        "比如,左敏,曾任山東省教育廳廳長。\n"
    )
    assert rows(extract_text(text)) == []


def test_lists_of_the_newly_appointed_and_reappointed_introduced_as_such():
    # https://xww.lixin.edu.cn/mb/103507.htm (上海市政府参事聘任仪式, 2021), a cut
    text = (
        "2021年市政府参事聘任仪式暨上海参事工作座谈会今天(9日)举行。市委副书记、市长龚正为16位"
        "新聘、续聘参事颁发聘书。副市长陈群宣读市政府关于聘任参事的通知。此次新聘参事为黄融、"
        "吴志强、沈卫国、李安,来自经济、科教、城市建设、社会治理等领域。续聘参事为程维明、"
        "吴家睿、江海洋、唐豪。现任、离任参事代表分别发言。\n"
    )
    records = extract_text(text)
    assert [(r.person, r.form) for r in changes(records)] == [
        ("黄融", "新聘"),
        ("吴志强", "新聘"),
        ("沈卫国", "新聘"),
        ("李安", "新聘"),
        ("程维明", "续聘"),
        ("吴家睿", "续聘"),
        ("江海洋", "续聘"),
        ("唐豪", "续聘"),
    ]
    assert {(r.action, r.organization, r.post) for r in changes(records)} == {
        ("appoint", "市政府", "参事")
    }
    assert {r.decided_by for r in changes(records)} == {"市政府"}


def test_letters_handed_to_the_newly_appointed_named_after_their_title():
    # http://nakedoat.com/gzdt/2012-06/06/content_2154750.htm (国务院参事室, 2012), a cut
    text = (
        "5月22日上午,新聘任特約研究員見面會在機關北樓三層會議室舉行。國務院參事室黨組書記、"
        "主任陳進玉向新聘特約研究員李克農、吳建民、劉懷廉、藺永鈞頒發聘書。\n"
    )
    records = extract_text(text)
    assert rows(records) == []  # 特约研究员 of no 参事室 written: the body is not guessed
    assert warnings(records)
    text = text.replace("向新聘特約研究員", "向新聘國務院參事室特約研究員")
    assert rows(extract_text(text)) == [
        (name, "appoint", "國務院參事室", "特約研究員")
        for name in ("李克農", "吳建民", "劉懷廉", "藺永鈞")
    ]


def test_persons_hired_with_their_party_affiliation():
    # https://www.sofeveq.xyz/news/info/2161/637911.htm (中山大学, 广东省政府参事、文史研究馆馆员
    # 聘任大会), a cut: 我校 (the body they come from) before the names is dropped; 區 (Ōu) is a
    # surname the table leaves out (it is the level word 区): read where its note marks the name
    # (區鉷(民進), names.noted_names), every item of the list so noted.
    text = (
        "在春節前夕召開的省政府參事、文史研究館館員聘任大會上,我校7名統一戰線成員獲朱小丹省長頒發的"
        "聘任證書。其中,劉昕(無黨派)、倪梁康(無黨派)、吳承學(無黨派)獲聘省政府參事,徐遠通(無黨派)、"
        "區鉷(民進)、羅斯寧(民盟)、黃文杰(無黨派)獲聘省文史研究館館員。\n"
        "此外,我校司徒尚紀(無黨派)、黃偉宗(無黨派)、王仲興(中共)3人獲聘省政府特聘參事,"
        "詹小美獲聘省文史研究館特聘館員。\n"
    )
    records = extract_text(text)
    assert rows(records) == [
        ("劉昕", "appoint", "省政府", "參事"),
        ("倪梁康", "appoint", "省政府", "參事"),
        ("吳承學", "appoint", "省政府", "參事"),
        ("徐遠通", "appoint", "省文史研究館", "館員"),
        ("區鉷", "appoint", "省文史研究館", "館員"),
        ("羅斯寧", "appoint", "省文史研究館", "館員"),
        ("黃文杰", "appoint", "省文史研究館", "館員"),
        ("司徒尚紀", "appoint", "省政府", "特聘參事"),
        ("黃偉宗", "appoint", "省政府", "特聘參事"),
        ("王仲興", "appoint", "省政府", "特聘參事"),
        ("詹小美", "appoint", "省文史研究館", "特聘館員"),
    ]
    assert not warnings(records)


def test_a_bare_post_in_a_state_council_text_belongs_to_the_state_council():
    # detect_government gives 国务院 for State Council texts (A-10, A-12 of the devcorpus): a bare
    # post there is the State Council's, never a "国务院人民政府"
    from types import SimpleNamespace

    from kg.extract.appointments import implied_government

    notice = SimpleNamespace(decided_by=None)
    assert implied_government(notice, SimpleNamespace(government="国务院")) == "国务院"
    assert implied_government(notice, SimpleNamespace(government="温州市")) == "温州市人民政府"
    assert implied_government(notice, SimpleNamespace(government=None)) is None


def test_a_seat_on_a_courts_committee_is_a_post_of_the_court():
    # http://news.wenweipo.com/2012/07/17/IN1207170077.htm (H-02), traditional script, a cut: the
    # organic law lists 审判委员会委员 beside 副院长 and 审判员 as posts of the court.
    text = (
        "會議還表決通過了有關人事任免事項,任命汪海鵬為海南省第一中級人民法院副院長、審判委員會委員、"
        "審判員,任命彭忠學為海南省人民檢察院副檢察長、檢察委員會委員、檢察員,"
        "任命徐振華為海南省人民檢察院檢察委員會委員。\n"
    )
    assert rows(extract_text(text)) == [
        ("汪海鵬", "appoint", "海南省第一中級人民法院", "副院長"),
        ("汪海鵬", "appoint", "海南省第一中級人民法院", "審判委員會委員"),
        ("汪海鵬", "appoint", "海南省第一中級人民法院", "審判員"),
        ("彭忠學", "appoint", "海南省人民檢察院", "副檢察長"),
        ("彭忠學", "appoint", "海南省人民檢察院", "檢察委員會委員"),
        ("彭忠學", "appoint", "海南省人民檢察院", "檢察員"),
        ("徐振華", "appoint", "海南省人民檢察院", "檢察委員會委員"),
    ]


def test_a_headline_naming_the_place_is_the_change_the_lead_states_in_full():
    # http://so.shenzhenrexian.net/so/20230531/172172.html (H-04), the headline and the lead.
    text = (
        "张宏义任济源市代理市长\n"
        "2023年5月31日上午,济源市第十五届人民代表大会常务委员会第七次会议召开。会议经过审议和表决,"
        "决定接受庄建球同志辞去济源市人民政府市长职务的请求;决定任命张宏义同志为济源市人民政府"
        "代理市长。\n"
    )
    found = changes(extract_text(text))
    assert rows(found) == [
        ("庄建球", "remove", "济源市人民政府", "市长"),
        ("张宏义", "appoint", "济源市人民政府", "市长"),
    ]
    assert found[1].acting
    assert {r.decided_by for r in found} == {"济源市第十五届人民代表大会常务委员会"}


def test_a_post_written_with_its_place_only_is_the_governments():
    # The headline of H-04 alone.
    found = changes(extract_text("张宏义任济源市代理市长\n"))
    assert [(r.organization, r.organization_resolved, r.acting) for r in found] == [
        ("济源市", "济源市人民政府", True)
    ]


def test_resignations_accepted_in_one_list_across_a_comma():
    # https://www.renminbao.com/rmb/articles/2001/1/13/9717mb.html (H-03), traditional script.
    text = (
        "【人民報訊】1月13日消息:昨天,四川省九屆人大常委會第21次會議通過了該省有關人事任免事項。\n"
        "  據四川青年報報道,會議決定任命陳文光爲省政府副省長;接受徐世羣、歐澤高辭去省政府副省長"
        "職務的請求,李永壽辭去省人大常委會副主任職務的請求。\n"
    )
    found = changes(extract_text(text))
    assert rows(found) == [
        ("陳文光", "appoint", "省政府", "副省長"),
        ("徐世羣", "remove", "省政府", "副省長"),
        ("歐澤高", "remove", "省政府", "副省長"),
        ("李永壽", "remove", "省人大常委會", "副主任"),
    ]
    # …會議通過了有關人事任免事項 names this decision's body, not a past event
    assert {r.decided_by for r in found} == {"四川省九屆人大常委會"}


def test_a_decision_titled_for_an_acting_post():
    # http://news.ts.cn/system/2018/09/06/035365816.shtml (H-06), a cut.
    text = (
        "  新疆日报讯(记者赵志芸报道)9月5日,自治区十三届人大常委会举行第五次会议。\n"
        "  会议通过了自治区十三届人大常委会第五次会议议程,表决通过了《自治区人大常委会关于接受罗东川"
        "辞去自治区监察委员会主任职务的决定》《自治区人大常委会关于杨鑫代理自治区监察委员会主任的"
        "决定》以及有关人事任免事项等议程。\n"
    )
    found = changes(extract_text(text))
    assert [(*row, r.acting) for row, r in zip(rows(found), found, strict=True)] == [
        ("罗东川", "remove", "自治区监察委员会", "主任", False),
        ("杨鑫", "appoint", "自治区监察委员会", "主任", True),
    ]
    assert {r.decided_by for r in found} == {"自治区十三届人大常委会"}


def test_a_decision_on_another_matter_is_no_unread_personnel_clause():
    # http://news.wenweipo.com/2012/07/17/IN1207170077.htm (H-02), its first line.
    text = (
        "7月17日上午,海南省四屆人大常委會第三十二次會議通過了《海南省人民代表大會常務委員會"
        "關於成立三沙市人民代表大會籌備組的決定》。\n"
    )
    records = extract_text(text)
    assert rows(records) == []
    assert warnings(records) == []


def test_a_news_lead_before_the_decider_and_a_transcribed_name():
    # https://www.gov.cn/xinwen/2014-09/05/content_2745914.htm (K-02), the whole report.
    text = (
        "新华社长春9月5日电(记者 宗巍)吉林省十二届人大常委会第十次会议9月5日决定,接受王儒林辞去"
        "吉林省第十二届人大常委会主任职务的请求,接受巴音朝鲁辞去吉林省省长职务的请求,任命蒋超良为"
        "吉林省副省长、代理省长。\n"
    )
    records = extract_text(text)
    found = changes(records)
    assert [(*row, r.acting) for row, r in zip(rows(found), found, strict=True)] == [
        ("王儒林", "remove", "吉林省第十二届人大常委会", "主任", False),
        ("巴音朝鲁", "remove", "吉林省", "省长", False),
        ("蒋超良", "appoint", "吉林省", "副省长", False),
        ("蒋超良", "appoint", "吉林省", "省长", True),
    ]
    # the dateline and the byline stand before the body, the date between it and 决定
    assert {r.decided_by for r in found} == {"吉林省十二届人大常委会"}
    assert warnings(records) == []


def test_an_acting_post_in_a_clause_of_its_own_after_the_appointment():
    # http://zjnews.zjol.com.cn/system/2010/07/29/016802111.shtml (K-06), its first line.
    text = (
        "浙江在线07月29日讯 据《青年时报》报道杭州市十一届人大常委会第二十四次会议昨天接受蔡奇"
        "辞去杭州市市长职务,决定任命邵占维为杭州市副市长,代理杭州市市长职务。\n"
    )
    records = extract_text(text)
    found = changes(records)
    assert [(*row, r.acting) for row, r in zip(rows(found), found, strict=True)] == [
        ("蔡奇", "remove", "杭州市", "市长", False),
        ("邵占维", "appoint", "杭州市", "副市长", False),
        ("邵占维", "appoint", "杭州市", "市长", True),
    ]
    assert {r.decided_by for r in found} == {"杭州市十一届人大常委会"}
    assert warnings(records) == []


def test_a_count_of_persons_is_no_transcribed_name():
    # http://www.zhxpm.cn/html/2011/rj_1011/11866.shtml (K-04): the resignations are named only
    # as 以上五位同志, so no record is read from this clause.
    text = "經審查和投票表決,會議同意以上五位同志辭去領導職務。\n"
    assert changes(extract_text(text)) == []


def test_a_count_then_the_decisions_it_counts():
    # http://ahscb.com/html/2016-02/03/content_208131.htm (N-03), a cut: 任命6人 is a count (no
    # warning), 其中 opens the decisions.
    text = (
        "2月2日下午,省十二届人大常委会第二十七次会议上,表决通过了多项人事任免案,共计27人次。\n"
        "省人大常委会主任提议任免12人次,经大会表决通过,任命6人,其中任命纪冰为省人大常委会财政经济"
        "工作委员会副主任,王福宏为省人大常委会内务司法工作委员会主任。\n"
    )
    records = extract_text(text)
    assert rows(changes(records)) == [
        ("纪冰", "appoint", "省人大常委会财政经济工作委员会", "副主任"),
        ("王福宏", "appoint", "省人大常委会内务司法工作委员会", "主任"),
    ]
    assert warnings(records) == []


def test_an_acting_post_written_before_its_organisation():
    # http://w.bjlb.org.cn/show-42524.html (N-06), a cut: 代理 before the organisation is the
    # acting post (it was read as an organisation called 代理山西省人民政府); the resignations
    # in unbracketed decision titles after 通过.
    text = (
        "12月30日,省十三届人大常委会第三十九次会议在太原举行。会议决定任命金湘军为山西省人民政府"
        "副省长、代理山西省人民政府省长。\n"
        "会议表决通过了关于接受林武辞去山西省第十三届人民代表大会常务委员会主任职务请求的决定、"
        "关于接受蓝佛安辞去山西省人民政府省长职务请求的决定。(杨文)\n"
    )
    found = changes(extract_text(text))
    assert [(*row, r.acting) for row, r in zip(rows(found), found, strict=True)] == [
        ("金湘军", "appoint", "山西省人民政府", "副省长", False),
        ("金湘军", "appoint", "山西省人民政府", "省长", True),
        ("林武", "remove", "山西省第十三届人民代表大会常务委员会", "主任", False),
        ("蓝佛安", "remove", "山西省人民政府", "省长", False),
    ]


def test_state_council_titles_and_a_note_after_a_name():
    # https://todaymg.com/a/lu-guo-wu-yuan-ren-mian-yi-pi-fu-bu-ji-guan-yuan-dan-zhong-de-ren-
    # gong-xin-bu-fu-bu-chang.html (N-04), a cut: 司长 and 部长助理 are posts; (女) is no name.
    text = (
        "大陸財聯社23日報導,中國大陸國務院任免一批副部級國家工作人員。任命交通運輸部人事教育司長"
        "李良生爲水利部副部長;任命張政爲文化和旅遊部副部長。\n"
        "免去農融的外交部部長助理職務;免去左力(女)的司法部副部長職務。\n"
    )
    assert rows(changes(extract_text(text))) == [
        ("李良生", "appoint", "水利部", "副部長"),
        ("張政", "appoint", "文化和旅遊部", "副部長"),
        ("農融", "remove", "外交部", "部長助理"),
        ("左力", "remove", "司法部", "副部長"),
    ]


def test_a_count_of_named_persons_after_their_names():
    # http://www.cnlexun.com/contents/55/413.html (N-02), a cut: 三位同志 closes the list.
    text = (
        "4月26日,永豐縣十六屆人大常委會第二十二次會議召開。\n"
        "會議根據縣監察委、縣人民法院提請,經投票表決,決定任命呂靖、李保庚、李超群三位同志為"
        "永豐縣監察委員會委員。\n"
    )
    assert rows(changes(extract_text(text))) == [
        ("呂靖", "appoint", "永豐縣監察委員會", "委員"),
        ("李保庚", "appoint", "永豐縣監察委員會", "委員"),
        ("李超群", "appoint", "永豐縣監察委員會", "委員"),
    ]


def test_the_vote_before_a_decision_and_a_title_after_a_name():
    # https://www.jxsrrd.gov.cn/web/article/1061.html (M-01) and
    # http://kanbao.dayuntongzhou.com/Html/2023-03-10/12663.html (L-03),
    # cuts: 表决通过了任命X为A is the decision (the proposal before it is not); 郑皓副区长代理…
    # names the person by the post held.
    text = (
        "会议审议了市人民政府关于提请任命董仚生为上饶市人民政府副市长的议案,表决通过了任命董仚生为"
        "上饶市人民政府副市长。\n"
        "会议以按表决器表决方式,决定郑皓副区长代理通州区人民政府区长职务。\n"
    )
    found = changes(extract_text(text))
    assert [(*row, r.acting) for row, r in zip(rows(found), found, strict=True)] == [
        ("董仚生", "appoint", "上饶市人民政府", "副市长", False),
        ("郑皓", "appoint", "通州区人民政府", "区长", True),
    ]


def test_a_new_statement_after_a_list_of_posts():
    # https://www.gzrd.gov.cn/xwzx/gd/202011/t20201124_78174823.html (S-03), its headline:
    # …副省长、决定李炳军代理…省长 is two statements; the second was
    # read as a post of an organisation called 决定李炳军代理贵州省人民政府.
    text = (
        "省人大常委会决定接受谌贻琴辞去贵州省人民政府省长职务,决定任命李炳军为贵州省人民政府副省长、"
        "决定李炳军代理贵州省人民政府省长\n"
    )
    found = changes(extract_text(text))
    assert [(*row, r.acting) for row, r in zip(rows(found), found, strict=True)] == [
        ("谌贻琴", "remove", "贵州省人民政府", "省长", False),
        ("李炳军", "appoint", "贵州省人民政府", "副省长", False),
        ("李炳军", "appoint", "贵州省人民政府", "省长", True),
    ]


def test_posts_the_persons_still_hold_are_no_decisions():
    # http://www.ttav89.com/zgzx/2009-04/23/content_7707165.htm (S-07, traditional script), a
    # cut: after 目前还担任着…职务, X任A tells a post held now.
    text = (
        "中國日報網中國在線消息:21日,吉林發布人事任免文件,免去6位省政府副秘書長的職務。\n"
        "記者登錄吉林省政府網站了解到,被免去吉林省政府副秘書長職務的6人,目前還擔任著其他政府部門的"
        "職務。高繼泰任吉林省農村信用社聯合社理事長,李杰任吉林省國家安全廳廳長。\n"
    )
    assert changes(extract_text(text)) == []


def test_the_newly_appointed_counted_then_named_after_a_colon():
    # http://district.ce.cn/newarea/roll/201307/05/t20130705_720840.shtml (S-14), a cut.
    text = (
        "河南省政府新聘王立群等15人为省文史馆馆员\n\n"
        "  新华网河南频道7月5日讯大河网—河南日报报道:7月4日,省政府在郑州举行仪式,新聘王立群等15人为"
        "省文史研究馆馆员,副省长张广智出席仪式并向新任馆员颁发聘书。\n\n"
        "  当天新聘的15位省文史研究馆馆员是:王立群、王永宽、刘宏(女)、李抱一。\n"
    )
    found = changes(extract_text(text))
    assert rows(found) == [
        ("王立群", "appoint", "省文史研究馆", "馆员"),
        ("王永宽", "appoint", "省文史研究馆", "馆员"),
        ("刘宏", "appoint", "省文史研究馆", "馆员"),
        ("李抱一", "appoint", "省文史研究馆", "馆员"),
    ]
    assert {r.decided_by for r in found} == {"省政府"}


def test_acting_posts_as_standing_committees_word_them():
    # Cuts of devcorpus S-06 (shenyang.baogaosu.com, the 沈阳 decision of 2015-02-02), S-09
    # (https://www.icswb.com/h/161/20230603/816895.html), S-10
    # (https://m.rxwz.net/news/bYlyAAAlg3.html) and S-13
    # (https://secretchina.com/news/b5/2014/02/24/531720p.html, traditional script).
    text = (
        "沈阳市第十五届人民代表大会常务委员会第十七次会议决定潘利国为沈阳市人民政府代理市长。\n"
        "会议决定陈刚副主任为长沙市监察委员会代理主任。\n"
        "会议决定任命卢新华为桂林市副市长,并决定其代理市长职务。\n"
        "據國務院任命張彥珍(女)為司法部副部長。\n"
    )
    found = changes(extract_text(text))
    assert [(*row, r.acting) for row, r in zip(rows(found), found, strict=True)] == [
        ("潘利国", "appoint", "沈阳市人民政府", "市长", True),
        ("陈刚", "appoint", "长沙市监察委员会", "主任", True),
        ("卢新华", "appoint", "桂林市", "副市长", False),
        ("卢新华", "appoint", "桂林市", "市长", True),
        ("張彥珍", "appoint", "司法部", "副部長", False),
    ]


def test_one_change_stated_with_its_government_written_shorter_and_fuller():
    # http://love.hnmdtv.com/love/2022/0727/156473.html, a cut: the lead says 崇明区, the
    # report 上海市崇明区人民政府; one removal, with the fuller organisation.
    text = (
        "今天(7月27日),区二届人大常委会第四次会议决定,接受缪京辞去崇明区区长职务的请求。\n"
        "会议经表决,决定接受缪京辞去上海市崇明区人民政府区长职务的请求。\n"
    )
    assert rows(changes(extract_text(text))) == [
        ("缪京", "remove", "上海市崇明区人民政府", "区长"),
    ]


def test_hired_in_counted_lists_with_names_ending_in_a_word_character():
    # http://www.ncdzx.com/xwzx/la/200912/t20091204_1163804.htm (Q-04, traditional script), a
    # cut: 名誉馆员 is a post of a 文史馆; 赵立人 and 欧豪年 are names
    # inside a 、-list that a count closes, though 人 and 年 mostly end words, not names.
    text = (
        "經市政府同意,萬兆泉、趙立人等2人被聘為文史館館員,梁潔華、黎明、歐豪年等3人被聘為"
        "廣州市文史館名譽館員。\n"
    )
    assert rows(changes(extract_text(text))) == [
        ("萬兆泉", "appoint", "文史館", "館員"),
        ("趙立人", "appoint", "文史館", "館員"),
        ("梁潔華", "appoint", "廣州市文史館", "名譽館員"),
        ("黎明", "appoint", "廣州市文史館", "名譽館員"),
        ("歐豪年", "appoint", "廣州市文史館", "名譽館員"),
    ]
    assert changes(extract_text("會議決定任命趙立人為文史館館員。\n")) == []  # no list: not read


def test_an_adopted_decision_named_with_its_issuer():
    # http://news.big5.enorth.com.cn/system/2011/02/21/005859943.shtml (Q-03, traditional), a
    # cut: 表决通过了市人大常委会关于任命X同志为A的决定 — the issuer
    # between 通过了 and 关于.
    text = (
        "黑河市四屆人大常委會召開第二十八次會議。會議經過分組審議,在第三次全體會議上,表決通過了"
        "市人大常委會關於任命張恩亮同志爲市政府代理市長的決定;頒發了任命證書。\n"
    )
    found = changes(extract_text(text))
    assert [(*row, r.acting, r.decided_by) for row, r in zip(rows(found), found, strict=True)] == [
        ("張恩亮", "appoint", "市政府", "市長", True, "黑河市四屆人大常委會"),
    ]


def test_an_adopted_decision_accepting_several_resignations():
    # http://kaisongmc.com/news/HYXX/20161111/161111261395661.html (U-04), a cut: the names of the
    # decision's title joined by 、, the next decision after a comma.
    text = (
        "雅安市三届人大常委会第四十三次会议召开。会议审议并表决通过了市人大常委会关于接受黄剑东、徐旭、"
        "赵京东辞去雅安市人民政府副市长职务请求的决定,关于雅安市第四届人民代表大会代表名额分配和选举"
        "时间的决定。\n"
    )
    assert rows(changes(extract_text(text))) == [
        ("黄剑东", "remove", "雅安市人民政府", "副市长"),
        ("徐旭", "remove", "雅安市人民政府", "副市长"),
        ("赵京东", "remove", "雅安市人民政府", "副市长"),
    ]


def test_a_name_does_not_end_inside_a_place_name():
    # http://shcafe.org/shzxxw/17543.html (W-03, a
    # machine-reworded copy whose names are cut), a cut: 刘黄浦 would leave 区… — 黄浦区 is
    # the place, so the clause warns instead of publishing a person named 刘黄浦.
    records = extract_text(
        "会议审议并表决人事任免,决定任命赵克珍为黄浦区副区长;免去刘黄浦区安全生产监督管理局局长职务。\n"
    )
    assert rows(changes(records)) == [("赵克珍", "appoint", "黄浦区", "副区长")]
    assert any("免去刘黄浦区" in w.message for w in warnings(records))


def test_a_dateline_dates_the_report_and_yesterday_the_decision():
    # http://zjnews.zjol.com.cn/system/2010/07/29/016802111.shtml (K-06): the report of 29 July
    # tells of the session of the day before
    records = extract_text(
        "# source: http://zjnews.zjol.com.cn/system/2010/07/29/016802111.shtml\n"
        "浙江在线07月29日讯 据《青年时报》报道杭州市十一届人大常委会第二十四次会议昨天接受蔡奇辞去"
        "杭州市市长职务,决定任命邵占维为杭州市副市长,代理杭州市市长职务。",
        "K-06.txt",
    )
    assert {(c.person, c.date) for c in changes(records)} == {
        ("蔡奇", "2010-07-28"),
        ("邵占维", "2010-07-28"),
    }
    # https://www.gov.cn/xinwen/2014-09/05/content_2745914.htm (K-02): the day written after the
    # dateline is the dateline's own
    records = extract_text(
        "https://www.gov.cn/xinwen/2014-09/05/content_2745914.htm\n"
        "新华社长春9月5日电(记者 宗巍)吉林省十二届人大常委会第十次会议9月5日决定,接受王儒林辞去吉林省"
        "第十二届人大常委会主任职务的请求,接受巴音朝鲁辞去吉林省省长职务的请求。",
        "K-02.txt",
    )
    assert {c.date for c in changes(records)} == {"2014-09-05"}


def test_acting_post_given_by_its_pronoun_after_the_appointment():
    # http://jyj.chongyang.gov.cn/Info.aspx?colid=1740&id=99695 (devcorpus W-05) and S-12 (云南,
    # 2020-11-25): 决定其为代理省长 after 决定任命X为…副省长; it was a warning ("cannot read this
    # 任免 clause")
    records = extract_text(
        "1月2日下午,湖北省第十四届人大常委会第十四次会议表决通过,决定任命李殿勋为湖北省副省长,"
        "决定其为代理省长。\n会议决定,接受王忠林辞去湖北省省长职务的请求。",
        "W-05.txt",
    )
    assert not warnings(records)
    assert {(c.person, c.action, c.post, c.organization, c.acting) for c in changes(records)} == {
        ("李殿勋", "appoint", "副省长", "湖北省", False),
        ("李殿勋", "appoint", "省长", "湖北省", True),
        ("王忠林", "remove", "省长", "湖北省", False),
    }


def test_a_round_up_of_resignations_and_the_acting_posts_that_fill_them():
    # http://hnr.cn/news/gnxw/201303/t20130331_390624.html (devcorpus S-08), a cut: each
    # resignation is reported with its post and organisation, the acting post after it without one
    records = extract_text(
        "3月27日,李斌辞去安徽省省长职务,王学军任代理省长;3月27日,郭庚茂辞去河南省省长职务,"
        "代理省长将于4月2日确定;3月28日,马飚辞去广西壮族自治区主席职务,陈武任代理主席;",
        "S-08.txt",
    )
    assert {(c.person, c.action, c.post, c.organization, c.acting) for c in changes(records)} == {
        ("李斌", "remove", "省长", "安徽省", False),
        ("王学军", "appoint", "省长", "安徽省", True),
        ("郭庚茂", "remove", "省长", "河南省", False),
        ("马飚", "remove", "主席", "广西壮族自治区", False),
        ("陈武", "appoint", "主席", "广西壮族自治区", True),
    }


def test_a_round_up_of_congress_decisions_each_with_its_own_decider():
    # http://lunwentd.com/webdiceng.php?id=117540 (traditional script), a cut: 陜 (U+965C, a
    # variant OpenCC leaves) hid 陜西省 from the place names, and the decision took the body of the
    # statement before it (天津市十六屆人大常委會)
    records = extract_text(
        "公開資料顯示:7月25日,經天津市十六屆人大常委會第三十七次會議通過,董家祿被任命為天津市公安局局長;"
        "7月27日,陜西省十二屆人大常委會第三十六次會議表決通過,決定任命胡明朗為陜西省公安廳廳長;",
        "cut.txt",
    )
    assert {(c.person, c.organization, c.decided_by) for c in changes(records)} == {
        ("董家祿", "天津市公安局", "天津市十六屆人大常委會"),
        ("胡明朗", "陜西省公安廳", "陜西省十二屆人大常委會"),
    }


def test_the_day_a_report_names_after_its_dateline_dates_the_decisions():
    # http://news.ts.cn/system/2018/09/06/035365816.shtml (devcorpus H-06): 新疆日报讯(记者…报道)9月5日
    # opens the report of 6 September; the decisions made at that session were undated
    source = devcorpus_text("H-06")
    dated = {(c.person, c.date) for c in changes(extract_source(source))}
    assert ("罗东川", "2018-09-05") in dated and ("杨鑫", "2018-09-05") in dated


def test_given_names_holding_a_character_that_mostly_ends_words():
    # 务 and 年 are refused in a given name as parts of words (职务, 常务; 今年, 多年), but a
    # name holds them where they make no word with their neighbour: 张务锋
    # (https://m.shzx.org/a/47-47443-0.html: 其中,张务锋任国家粮食和物资储备局局长,…) and 唐英年
    # (https://news.sohu.com/20070623/n250731767.shtml: 政务司司长唐英年).
    for name in ("张务锋", "唐英年", "欧豪年"):
        assert names.is_name(name)
    # the near-forms stay words: 常务委员, 公务员, 国务院, 商务局, 林务局, 于今年, 全年度, 周年,
    # 黄明年 (明年), 王多年, 李务必
    for word in (
        "常务委",
        "公务员",
        "国务院",
        "商务局",
        "林务局",
        "于今年",
        "全年度",
        "周年",
        "黄明年",
        "王多年",
        "李务必",
        "张务",
        "常务",
    ):
        assert not names.is_name(word) and not names.is_name(word, strict=False)
    text = "其中,张务锋任国家粮食和物资储备局局长,章建华任国家能源局局长。\n"
    assert rows(changes(extract_text(text))) == [
        ("张务锋", "appoint", "国家粮食和物资储备局", "局长"),
        ("章建华", "appoint", "国家能源局", "局长"),
    ]
