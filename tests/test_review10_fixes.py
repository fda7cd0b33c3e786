"""Wrong records the tenth review found (/tmp/review10/findings.md), each read by its mechanism."""

from __future__ import annotations

from kg.records import DocumentRecord
from kg.text import docnumber
from tests.conftest import cut_records


def documents(records: list) -> list[tuple]:
    return [
        (r.number, r.title, r.issuer, r.date)
        for r in records
        if isinstance(r, DocumentRecord)
    ]


# F3: the joint order of two ministries, each heading its 令, one number under both.
def test_a_joint_order_of_two_ministries_gives_no_one_issuer_or_number():
    # http://www.qinzhouqu.gov.cn/info/30932/379206.htm, lines 2-7
    records = cut_records(
        "突发公共卫生事件交通应急规定\n"
        "中华人民共和国卫生部令 中华人民共和国交通部令\n"
        "2004年第2号\n"
        "《突发公共卫生事件交通应急规定》已于2003年11月25日经交通部第15次部务会议通过,现予公布,"
        "自2004年5月1日起施行。\n"
        "卫生部部长 吴仪\n"
        "交通部部长 张春贤\n"
    )
    for number, _title, issuer, _date in documents(records):
        assert number is None or "卫生部令中华人民共和国交通部令" not in number
        assert issuer is None or "令" not in issuer


def test_two_orders_headings_run_together_are_no_number_and_one_order_is():
    assert docnumber.parse("中华人民共和国卫生部令中华人民共和国交通部令2004年第2号") is None
    assert docnumber.parse("卫生部令 交通部令 第2号") is None
    # the same line's halves, each one order's number (HA-34's form)
    assert docnumber.parse("中华人民共和国交通部令2004年第2号") is not None
    assert docnumber.parse("中华人民共和国卫生部令 第2号") is not None
