"""Documents reported as issued: the organ that opens the clause is the issuer, and a date before it
is no part of its name. The text is a cut of a real page probed (not annotated), its address in a
comment."""

from __future__ import annotations

from kg.extract import extract_source
from kg.records import DocumentRecord
from kg.text.source import from_text


def test_a_date_before_the_organ_that_published_a_decision_is_no_part_of_the_issuer():
    # https://wiwiwiki.kfd.me/wiki/%E5%A4%A7%E9%83%A8%E5%88%B6%E6%94%B9%E9%9D%A9 (a mirror of the
    # encyclopaedia's page on the State Council's reorganisations): the issuer was published as
    # 1952年8月10日中央人民政府
    records = extract_source(
        from_text(
            "周恩来时期——1952年\n"
            "  1. 1952年8月7日中央人民政府委员会第十七次会议通过,1952年8月10日中央人民政府公布"
            "《中央人民政府委员会关于调整中央人民政府机构的决议》:\n"
            "    1. 撤销中央人民政府情报总署中央人民政府新闻总署\n",
            "cut.txt",
        )
    )
    documents = [(r.title, r.issuer) for r in records if isinstance(r, DocumentRecord)]
    assert documents == [("中央人民政府委员会关于调整中央人民政府机构的决议", "中央人民政府")]


def test_the_organs_of_a_joint_title_are_each_an_issuer():
    # https://research.dhu.edu.cn/2017/0317/c19271a175506/page.htm (a page probed): the number opens
    # the title line, the four ministries are parted by spaces; they were published as one
    # organisation 财政部科技部教育部发展改革委
    records = extract_source(
        from_text(
            "财科教【2017】6号 财政部 科技部 教育部 发展改革委关于进一步做好中央财政科研项目资金管理等"
            "政策贯彻落实工作的通知\n",
            "cut.txt",
        )
    )
    (document,) = [r for r in records if isinstance(r, DocumentRecord)]
    assert document.issuer == "财政部 科技部 教育部 发展改革委"
    assert document.issuer_resolved == "财政部、科技部、教育部、发展改革委"


def test_the_session_whose_spirit_is_conveyed_does_not_adopt_what_the_meeting_adopts():
    # http://www.zeroappbase.com/zw/ldrzt/2026-01/28/content_6755482.html (a mirror of a Tibet
    # report, probed): the regional committee adopted three regulations after conveying the spirit
    # of the national committee's session, which was published as their issuer
    records = extract_source(
        from_text(
            "27日,自治區十二屆人大常委會第二十一次會議召開。\n"
            "會議傳達學習了十四屆全國人大常委會第十九次會議精神,審議并表決通過了《西藏自治區通信設施"
            "建設與保護條例》。\n",
            "cut.txt",
        )
    )
    documents = [(r.title, r.issuer) for r in records if isinstance(r, DocumentRecord)]
    assert documents == [("西藏自治區通信設施建設與保護條例", "自治區十二屆人大常委會")]
