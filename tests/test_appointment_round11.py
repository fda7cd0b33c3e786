"""Personnel changes on the texts of held-out round 11 (O-01–O-04, since in the development
corpus): a post whose body the statement does not write (聘请X为副馆长), read from the statement
before it or not published; a list of names run into the post (免去X、Y、ZA职务); 决定X任A;
接受他辞去A职务 after the request reviewed; 同意以上N位同志辞去领导职务 after the reports
naming them (K-04). A development-corpus text is read by its lines (tests/conftest.py)."""

from __future__ import annotations

from kg.records import ExtractionWarning
from tests.conftest import cut_records, devcorpus_lines, personnel_changes


def warnings(records) -> list[str]:
    return [
        r.message for r in records if isinstance(r, ExtractionWarning) and r.genre == "appointments"
    ]


def test_a_bare_post_no_government_holds_is_not_the_governments():
    # devcorpus O-02 (http://zjnews.zjol.com.cn/05zjnews/system/2006/10/19/007934951.shtml):
    # 聘请郭学焕为副馆长 was published as a 副馆长 of 省人民政府 (the bare post implied to the
    # deciding government); only a government's own post (副市长, 参事) is implied so
    records = cut_records(devcorpus_lines("O-02", 8))
    assert ("郭学焕", "appoint", None, "副馆长") not in personnel_changes(records)
    assert not any(r.organization_implied for r in records if r.kind == "personnel_change")


def test_a_rank_of_the_title_the_statement_before_wrote_is_a_post_of_its_body():
    # devcorpus O-02: 聘请梁平波为省文史研究馆名誉馆长,聘请郭学焕为副馆长 (名誉馆长 and 副馆长 are
    # ranks of 馆长: the deputy head of the body the clause before names)
    records = cut_records(devcorpus_lines("O-02", 8))
    assert personnel_changes(records, "form") == [
        ("梁平波", "appoint", "省文史研究馆", "名誉馆长", "聘请"),
        ("郭学焕", "appoint", "省文史研究馆", "副馆长", "聘请"),
    ]
    assert warnings(records) == []


def test_a_list_of_names_the_last_run_into_the_post():
    # devcorpus O-01 (http://m.handmsg.com/page/2011/1231/28105373.shtml), traditional script:
    # 免去湯文勝、王荔、買銀朋孟州市人民政府副市長職務 (no 的, no 同志; 買 a surname the table
    # lacks, its start marked by 、)
    records = cut_records(devcorpus_lines("O-01", 4))
    removed = [c for c in personnel_changes(records) if c[1] == "remove"]
    assert removed == [
        ("湯文勝", "remove", "孟州市人民政府", "副市長"),
        ("王荔", "remove", "孟州市人民政府", "副市長"),
        ("買銀朋", "remove", "孟州市人民政府", "副市長"),
    ]
    assert warnings(records) == []


def test_a_decision_with_ren_for_wei_and_an_acting_post_listed_with_it():
    # devcorpus O-04 (http://nbtylhh.com/cn/aboutsd.php?gid=3&nid=231): 决定郑栅洁任浙江省人民
    # 政府副省长、代理浙江省人民政府省长职务 (决定X任A as 决定任命X任A; 代理 before the organisation)
    records = cut_records(devcorpus_lines("O-04", 4))
    assert personnel_changes(records, "acting") == [
        ("袁家军", "remove", "浙江省人民政府", "省长", False),
        ("郑栅洁", "appoint", "浙江省人民政府", "副省长", False),
        ("郑栅洁", "appoint", "浙江省人民政府", "省长", True),
    ]
    assert warnings(records) == []


def test_an_acceptance_naming_by_a_pronoun_the_person_whose_request_was_reviewed():
    # devcorpus O-03 (https://sxrd.sx.gov.cn/art/2013/3/16/art_1229603696_58872431.html): 审议了
    # 钱建民市长提出的要求辞去…市长职务的请求。…决定接受他辞去绍兴市人民政府市长职务
    records = cut_records(devcorpus_lines("O-03", 4, 5, 6, 7))
    assert personnel_changes(records, "form", "decided_by") == [
        (
            "钱建民",
            "remove",
            "绍兴市人民政府",
            "市长",
            "接受辞去",
            "绍兴市第七届人民代表大会常务委员会",
        )
    ]
    assert warnings(records) == []


def test_the_acceptance_of_requests_reported_removes_each_from_the_post_written_with_them():
    # devcorpus K-04 (http://www.zhxpm.cn/html/2011/rj_1011/11866.shtml), traditional script:
    # …縣長肖克關于成兵、石慶光、關鐘三位同志辭去領導職務的提請報告;縣人民法院院長李宗林、
    # 縣人民檢察院檢察長楊通輝關于辭去領導職務的提請報告…會議同意以上五位同志辭去領導職務
    records = cut_records(devcorpus_lines("K-04", 5))
    removed = [c for c in personnel_changes(records, "form") if c[1] == "remove"]
    assert removed == [
        ("李宗林", "remove", "縣人民法院", "院長", "接受辞去"),
        ("楊通輝", "remove", "縣人民檢察院", "檢察長", "接受辞去"),
    ]
    # the three the government's head asked for are named without their posts: not published
    assert warnings(records) == [
        "the posts 成兵、石庆光、关钟 resigned from are not written: 同意以上五位同志辞去领导职务"
    ]
