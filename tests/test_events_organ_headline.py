"""An item led by a body said to meet (a headline: 全国人大常委会今日召开 将审议…) is titled by the
session of that body the item names, not by the body."""

from __future__ import annotations

from tests.conftest import cut_records, records_of

# http://dianqichn.com/chanpin/dianshi/68644.html (probe9fix page 11), its lines 1-3
DIANQICHN_2020 = (
    "全国人大常委会今日召开 将审议两项重要决定草案\n"
    "总台央视记者吴玮现场连线报道:今天上午,十三届全国人大常委会第十六次会议在京开幕。就关于全面禁止"
    "非法野生动物交易、革除滥食野生动物陋习、切实保障人民群众生命健康安全的决定草案,关于推迟召开第十三届"
    "全国人民代表大会第三次会议的决定草案,提请会议审议。\n"
    "十三届全国人大常委会第十六次会议今天上午9点开始。受委员长会议委托,全国人大常委会法工委主任沈春耀"
    "首先就关于全面禁止非法野生动物交易、革除滥食野生动物陋习、切实保障人民群众生命健康安全的决定草案"
    "作了说明。\n"
)


def test_a_body_said_to_meet_is_titled_by_its_session():
    events = records_of(cut_records(DIANQICHN_2020), "event")
    assert [(e.title, [p.name for p in e.participants]) for e in events] == [
        ("十三届全国人大常委会第十六次会议", ["沈春耀"])
    ]


def test_a_body_said_to_meet_whose_session_the_item_does_not_name_stays_its_title():
    # the same page without the sentences that name the session: no better name than the body's
    text = DIANQICHN_2020.replace("十三届全国人大常委会第十六次会议", "会议")
    events = records_of(cut_records(text), "event")
    assert [e.title for e in events] == ["全国人大常委会"]
