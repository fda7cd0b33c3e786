"""Personnel changes on real texts: statements run together in one clause (a removal after 、 of
the person just appointed, the next person's statement after 、, a decision adopted as 任命…的决定),
a branch procuratorate as its own body, a resignation accepted without 职务, a headline of a decision
set apart by a space. Each text is a development-corpus text (round 9), read by its lines
(tests/conftest.py); its address is beside it."""

from __future__ import annotations

from kg.extract import extract_source
from kg.records import ExtractionWarning, PersonnelChangeRecord
from tests.conftest import cut_records, devcorpus_lines, devcorpus_text, personnel_changes


def changes(records) -> list[tuple]:
    return personnel_changes(records, "acting")


def warnings(records) -> list[str]:
    return [
        r.message for r in records if isinstance(r, ExtractionWarning) and r.genre == "appointments"
    ]


def test_a_removal_after_the_appointment_of_the_same_person_is_a_removal():
    # devcorpus C-10 (http://epaper.nfncb.cn/nfnc/content/20161108/Articel03002FM.htm):
    # 任命黄树贤为民政部部长、免去其监察部部长职务 — not a post of "免去其监察部"
    found = changes(cut_records(devcorpus_lines("C-10", 4)))
    assert ("黄树贤", "appoint", "民政部", "部长", False) in found
    assert ("黄树贤", "remove", "监察部", "部长", False) in found
    assert not [c for c in found if "免去" in (c[2] or "")]


def test_the_next_persons_statement_after_a_comma_of_enumeration():
    # devcorpus C-01 (http://sc.sina.com.cn/news/m/2021-10-11/detail-iktzqtyu0664163.shtml):
    # 任命X为A、代理市长,Y同志为B的决定 (a decision adopted), 票决同意免去X同志A职务、Y同志B职务,
    # 任命X同志为A、Y同志为B
    found = changes(cut_records(devcorpus_lines("C-01", 6, 8, 10)))
    assert found == [
        ("宋莉", "appoint", "西昌市人民政府", "副市长", False),
        ("宋莉", "appoint", "西昌市人民政府", "市长", True),
        ("查中才", "appoint", "西昌市人民政府", "副市长", False),
        ("马廷贵", "remove", "西昌市人民政府", "市长", False),
        ("徐阳", "remove", "西昌市人民政府", "副市长", False),
    ]


def test_a_branch_procuratorate_holds_its_own_seats():
    # devcorpus C-02 (https://news.southcn.com/node_54a44f01a2/35752f57e4.shtml): the 检察员 of
    # 广东省人民检察院广州铁路运输分院 is the branch's, not the provincial procuratorate's
    found = changes(cut_records(devcorpus_lines("C-02", 10)))
    branch = "广东省人民检察院广州铁路运输分院"
    assert [c for c in found if c[1] == "appoint"] == [
        ("杨宇", "appoint", branch, "检察长", False),
        ("杨宇", "appoint", branch, "检察委员会委员", False),
        ("杨宇", "appoint", branch, "检察员", False),
    ]
    assert ("杨宇", "remove", "广东省人民检察院", "检察员", False) in found


def test_a_resignation_accepted_without_the_word_post_and_an_acting_post_after_a_comma():
    # devcorpus E-02 (https://m.news.shi-fen.com/china/201906/50-356573.html): 接受高岩同志辞去
    # 牡丹江市人民政府市长的请求; 任命X同志为A、决定X同志代理B
    found = changes(cut_records(devcorpus_lines("E-02", 8)))
    assert found == [
        ("高岩", "remove", "牡丹江市人民政府", "市长", False),
        ("王文力", "appoint", "牡丹江市人民政府", "副市长", False),
        ("王文力", "appoint", "牡丹江市人民政府", "市长", True),
    ]


def test_a_headline_of_a_decision_set_apart_by_a_space():
    # devcorpus C-11 (https://szbz.hbfzb.com/hbfzbpaper/pc/content/202011/30/content_16259.html):
    # 决定任命丁绣峰为省政府副省长 表决通过《河北省多元化解纠纷条例》等
    records = cut_records(devcorpus_lines("C-11", 4, 5, 6))
    assert changes(records) == [("丁绣峰", "appoint", "省政府", "副省长", False)]
    assert not warnings(records)


def test_a_decision_made_on_an_acting_post():
    # http://brucepepe.com/system/2019/01/16/030107875.shtml (a mirror, traditional script with
    # inserted pinyin): 作出關於李曉波代理太原市市長的決定 is the decision made, as 通过了关于…的决定 is
    records = cut_records(
        "本報(bào)訊 1月15日下午,市十四屆人大常委會(huì)第二十次會(huì)議舉行。會(huì)議決定任命李曉波為"
        "太原市副市長(zhǎng),作出關(guān)于李曉波代理太原市市長(zhǎng)的決定。\n"
    )
    assert [(p, a, o, acting) for p, a, o, _, acting in changes(records)] == [
        ("李曉波", "appoint", "太原市", False),
        ("李曉波", "appoint", "太原市", True),
    ]
    assert not warnings(records)


def test_a_nomination_is_no_appointment_nor_removal():
    # devcorpus D-01 (https://www.dwq.gov.cn/dwq/zwgk/zfgb/2021nd4q(zd10q)/dsj/2022090517340319208/
    # index.html, a 大事记): 自治区党委组织部决定,提名耿巍坪同志为…院长候选人,提名免去额尔其图同志…院长
    # 职务 — the party's nominations to the congress that decides; C-03
    # (https://m.nh5.com/article/view/454.html): 马秀兰拟提名为市(州)长候选人 (a publicity before
    # appointment)
    assert changes(cut_records(devcorpus_lines("D-01", 6))) == []
    assert changes(cut_records(devcorpus_lines("C-03", 26))) == []
    whole = [
        r for r in extract_source(devcorpus_text("D-01")) if isinstance(r, PersonnelChangeRecord)
    ]
    assert not [r for r in whole if r.person in ("耿巍坪", "额尔其图")]


def test_a_remark_in_parentheses_after_a_removal():
    # devcorpus N-03 (http://ahscb.com/html/2016-02/03/content_208131.htm): 决定免去X、Y、Z的省人民政府
    # 副省长职务(均系职务变动) — the remark is no part of the post, the statement no organisation
    found = changes(cut_records(devcorpus_lines("N-03", 4)))
    assert [c for c in found if c[3] == "副省长"] == [
        ("詹夏来", "remove", "省人民政府", "副省长", False),
        ("花建慧", "remove", "省人民政府", "副省长", False),
        ("梁卫国", "remove", "省人民政府", "副省长", False),
    ]


def test_a_person_named_by_the_post_held_before_an_acting_post():
    # devcorpus S-09 (https://www.icswb.com/h/161/20230603/816895.html): 决定周海兵副市长为长沙市人民
    # 政府代理市长 — 周海兵 holding 副市长, not 周海 holding 兵副市长 (which made the name ambiguous)
    records = cut_records(devcorpus_lines("S-09", 12))
    assert ("周海兵", "appoint", "长沙市人民政府", "市长", True) in changes(records)
    assert not [w for w in warnings(records) if "周海兵" in w]
    # http://www.centexpropertybuyers.com/m.php?fid=52&id=53696 (a mirror, traditional script with
    # inserted pinyin): 決定毛偉明副省長為湖南省人民政府代理省長 likewise
    records = cut_records(
        "今天下午,湖南省第十三屆人民代表大會(huì)常務(wù)委員會(huì)第二十一次會(huì)議經(jīng)過表決,決定接受"
        "許達(dá)哲辭去湖南省人民政府省長職務(wù)的請求,報(bào)湖南省第十三屆人民代表大會(huì)備案。決定"
        "任命毛偉明為湖南省人民政府副省長,并根據(jù)湖南省人民代表大會(huì)常務(wù)委員會(huì)主任會(huì)議的"
        "提名,決定毛偉明副省長為湖南省人民政府代理省長。\n"
    )
    assert [(c[0], c[3], c[4]) for c in changes(records)] == [
        ("許達(dá)哲", "省長", False),
        ("毛偉明", "副省長", False),
        ("毛偉明", "省長", True),
    ]


def test_a_removal_proposed_is_no_removal():
    # https://cnqys.com/book/szznir/qpooir_4.html (a novel): …我现在正式向市委提出,免去X同志市公安局
    # 局长的职务 — a proposal in a meeting, not a decision
    records = cut_records(
        ",各位同志,鉴于蔡雪峰同志对市公安局掌控不力,我现在正式向市委提出,免去蔡雪峰同志市公安局"
        "局长的职务,另选得力干部担任市公安局局长。”\n"
    )
    assert changes(records) == []
    assert any("a proposal, not a decision" in w for w in warnings(records))


def test_a_line_of_headlines_one_subject_first_one_verb_first():
    # devcorpus S-01 (https://chinacourt.org/article/detail/2008/07/id/314278.shtml): 张晓兰任甘肃省
    # 副省长 免去陆武成副省长职务 — two headlines set apart by a space; the changes are kept where
    # the report states the decision
    records = extract_source(devcorpus_text("S-01"))
    found = [
        (r.person, r.action, r.post, r.source.start_line)
        for r in records
        if isinstance(r, PersonnelChangeRecord)
    ]
    assert ("张晓兰", "appoint", "副省长", 6) in found
    assert ("陆武成", "remove", "副省长", 6) in found
    assert not [w for w in warnings(records) if "张晓兰任" in w]
