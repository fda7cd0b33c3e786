"""Personnel changes of the thirteenth held-out round (issue 11): a removal whose 职务 is left out
and the move that follows it (免去X的A、B,调任C), an approved appointment (批准任命), a court's
judicial-committee seat under the court written short (上海市高院), and a party committee's
secretary, whose committee word is the post's (故宫博物院党委书记). A development-corpus text is read
whole (tests/conftest.py)."""

from __future__ import annotations

from kg.extract.appointments import post_title, split_post
from tests.conftest import cut_records, devcorpus_records, personnel_changes


def changes(records) -> list[tuple]:
    return personnel_changes(records, "decided_by", "form")


def test_a_removal_without_its_job_word_and_the_move_after_it():
    # devcorpus HA-14 (http://3tui.net/2016/09/blog-post_279.html, line 12): 免去于秀芬的上海人大常务
    # 委员会副秘书长、办公厅主任,调任上海市文化广播影视管理局局长 — the clause was a warning and the
    # move was not read; the office written after its body's post is a post of that body (the gold)
    found = [c for c in changes(devcorpus_records("HA-14")) if c[0] == "于秀芬"]
    body, decider = "上海人大常务委员会", "上海市人大常委会"
    assert found == [
        ("于秀芬", "remove", body, "副秘书长", decider, "免去"),
        ("于秀芬", "remove", body, "办公厅主任", decider, "免去"),
        ("于秀芬", "appoint", "上海市文化广播影视管理局", "局长", decider, "调任"),
    ]
    # the office's head keeps the role of a 主任 in the graph
    assert post_title("办公厅主任").notation == post_title("主任").notation


def test_an_approved_appointment_and_a_court_written_short():
    # devcorpus HA-14, lines 14 and 17: 任命黄祥青为上海市高院副院长、审判委员会委员、审判员 (the seat
    # on the judicial committee was a warning: «上海市高院» did not end with 法院) and 批准任命朱文波为
    # 普陀区人民检察院检察长 (the standing committee approves the district's appointment)
    found = changes(devcorpus_records("HA-14"))
    decider = "上海市人大常委会"
    assert [c for c in found if c[0] in ("黄祥青", "朱文波")] == [
        ("黄祥青", "appoint", "上海市高院", "副院长", decider, "任命"),
        ("黄祥青", "appoint", "上海市高院", "审判委员会委员", decider, "任命"),
        ("黄祥青", "appoint", "上海市高院", "审判员", decider, "任命"),
        ("朱文波", "appoint", "普陀区人民检察院", "检察长", decider, "批准任命"),
    ]


def test_a_party_committees_secretary_is_the_post_of_the_body_before_it():
    # devcorpus HA-15 (http://orisbrush.com/sthy/shzx/2012-02-07/41700.html, traditional script with
    # inserted pinyin, line 6): 單霽翔同志擔(dān)任故宮博物院院長(zhǎng)、黨委書記 — published as
    # 書記 of an organisation «黨委»; the gold has post 黨委書記 of 故宮博物院, which no state body
    # filled (decided_by null)
    found = [c for c in changes(devcorpus_records("HA-15")) if c[1] == "appoint"][1:]
    assert found == [
        ("單霽翔", "appoint", "故宮博物院", "院長(zhǎng)", None, "担任"),
        ("單霽翔", "appoint", "故宮博物院", "黨委書記", None, "担任"),
    ]
    # the committee's word is the post's wherever it is written (a party group's already was)
    deputy = split_post("故宫博物院党委副书记")
    assert deputy is not None and (deputy.organization, deputy.post) == ("故宫博物院", "党委副书记")


def test_a_cadres_rank_before_a_title_is_no_organisation():
    # https://www.shvdc.com/info/1059/1170.html (traditional script, a university party committee's
    # decision read out): …免去黃安全同志知行學院黨委書記職務,任知行學院正處級調研員 — published as
    # 調研員 of an organisation «知行學院正處級»; the rank (正处级) is the post's grade, so the phrase
    # is a warning; the committee's secretary is 黨委書記 of 知行學院, no state decider
    records = cut_records(
        "侯勇宣讀了中共湖北大學委員會關于知行學院領導班子調整的決定:"
        "吳志文同志任知行學院黨委書記;"
        "免去黃安全同志知行學院黨委書記職務,任知行學院正處級調研員;"
        "彭德忠同志任知行學院常務副院長;"
        "免去劉剛同志知行學院院長職務,另有任用。\n"
    )
    assert changes(records) == [
        ("吳志文", "appoint", "知行學院", "黨委書記", None, "任"),
        ("黃安全", "remove", "知行學院", "黨委書記", None, "免去"),
        ("劉剛", "remove", "知行學院", "院長", None, "免去"),
    ]
    assert any("正处级调研员" in w.message for w in records if w.kind == "warning")


def test_a_people_s_assessor_sits_in_the_basic_court_of_the_county_that_appoints():
    # devcorpus N-02 (http://www.cnlexun.com/contents/55/413.html, traditional script with inserted
    # pinyin, line 6): 永豐縣十六屆人大常委會…任命肖世強(qiáng)等100名同志為人民陪審員 — a warning
    # (post title not known); a county's standing committee appoints assessors to its basic court
    [record] = [
        r
        for r in devcorpus_records("N-02")
        if r.kind == "personnel_change" and r.post == "人民陪審員"
    ]
    assert (record.person, record.action, record.organization) == ("肖世強(qiáng)", "appoint", None)
    assert (record.organization_resolved, record.organization_implied) == ("永丰县人民法院", True)
    assert record.decided_by == "永豐縣十六屆人大常委會"
    assert post_title(record.post).notation == "renmin-peishenyuan"
