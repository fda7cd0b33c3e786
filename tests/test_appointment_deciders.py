"""Personnel changes: the deciding body as a report names it. Each text is a cut of a real page, its
address in a comment."""

from __future__ import annotations

from kg.extract import extract_source
from kg.records import PersonnelChangeRecord
from kg.text.source import from_text


def deciders(text: str) -> list[tuple]:
    records = extract_source(from_text(text, "cut.txt"))
    return [
        (r.person, r.action, r.decided_by) for r in records if isinstance(r, PersonnelChangeRecord)
    ]


def test_the_national_standing_committee_is_the_decider_the_report_names():
    # http://bj.crntt.com/doc/151_11511_105849844_1_0812065123.html (a page probed, not annotated):
    # the headline writes 十三届人大常委会, the report 十三届全国人大常委会: without 全国 the body
    # was taken from the headline, a committee of no place
    found = deciders(
        "十三届人大常委会第二十一次会议在京闭幕\n"
        "  中评社北京8月12日电/据新华网报道,十三届全国人大常委会第二十一次会议11日下午在北京人民大会堂"
        "闭幕。会议经表决,通过了城市维护建设税法、契税法;决定免去苗圩的工业和信息化部部长职务,"
        "任命肖亚庆为工业和信息化部部长。栗战书委员长主持会议。\n"
    )
    assert found == [
        ("苗圩", "remove", "十三届全国人大常委会"),
        ("肖亚庆", "appoint", "十三届全国人大常委会"),
    ]


def test_a_party_committees_recommendation_is_no_removal():
    # https://cczw.net/china/839036.html (a page probed): 市委建议,免去刘东伟同志…区长职务 is the
    # committee's proposal to the district congress, and was published as a removal
    found = deciders(
        "10月31日,西城区召开全区领导干部大会。会议宣布中共北京市委决定,刘东伟同志任中共北京市西城区"
        "委员会书记。市委建议,免去刘东伟同志北京市西城区人民政府区长职务;市委同意,提名郅海杰同志为"
        "北京市西城区人民政府区长人选,按照有关法律规定办理,结果报市委备案。\n"
    )
    assert ("刘东伟", "remove", None) not in [(p, a, None) for p, a, _ in found]
    assert [(p, a) for p, a, _ in found] == [("刘东伟", "appoint"), ("郅海杰", "nominate")]


def acting(text: str) -> list[tuple]:
    records = extract_source(from_text(text, "cut.txt"))
    return [
        (r.person, r.post, r.organization, r.acting)
        for r in records
        if isinstance(r, PersonnelChangeRecord)
    ]


def test_a_post_listed_with_its_decision_restated_shares_the_organisation():
    # http://usamodel.cn/newsDetail_forward_29775025 (a mirror of a Shanghai report, probed):
    # 副區長、決定為代理區長 gave an acting 區長 of an organisation '決定為', and 代理院長等 no post
    found = acting(
        "會議審議決定有關人事事項,任命袁罡同志為金山區人民政府副區長、決定為代理區長。"
        "任命余劍同志為金山區人民法院副院長、決定為代理院長等,并舉行憲法宣誓儀式。\n"
    )
    assert found == [
        ("袁罡", "副區長", "金山區人民政府", False),
        ("袁罡", "區長", "金山區人民政府", True),
        ("余劍", "副院長", "金山區人民法院", False),
        ("余劍", "院長", "金山區人民法院", True),
    ]
