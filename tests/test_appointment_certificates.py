"""Personnel changes on real texts: the newly appointed of two posts joined by 和 in a letter of
appointment handed over (…向新聘A X和B Y、Z颁发聘书并与他们座谈), one list of them with a name
of a surname the surname table lacks. Each text is a development-corpus text (round 10), read
whole (tests/conftest.py); its address is beside it."""

from __future__ import annotations

from kg.extract import extract_source
from kg.text.source import from_text
from tests.conftest import devcorpus_text, personnel_changes


def changes(records) -> list[tuple]:
    return personnel_changes(records)


def test_newly_appointed_of_two_posts_joined_by_he_each_take_their_own_post():
    # devcorpus F-05 (https://m.yybnet.net/anhui/news/201610/5437126.html): 代省长李国英向新聘省政府
    # 参事朱建华和省文史馆馆员史玉民、刘少雄、刘筱元、庆跃先、杨军、苑贺斌颁发聘书并与他们座谈
    found = changes(extract_source(devcorpus_text("F-05")))
    librarians = ["史玉民", "刘少雄", "刘筱元", "庆跃先", "杨军", "苑贺斌"]
    assert found == [("朱建华", "appoint", "省政府", "参事")] + [
        (name, "appoint", "省文史馆", "馆员") for name in librarians
    ]


def test_a_post_and_its_holder_before_he_are_never_one_organisation():
    # a minimal cut of devcorpus F-05 (address above): two of the six librarians. The 参事 and his
    # name are no part of the librarians' organisation (省政府参事朱建华和省文史馆 before the fix).
    text = (
        "本报讯 10月22日上午,代省长李国英向新聘省政府参事朱建华和省文史馆馆员史玉民、"
        "刘少雄颁发聘书。\n"
    )
    assert changes(extract_source(from_text(text, "cut.txt"))) == [
        ("朱建华", "appoint", "省政府", "参事"),
        ("史玉民", "appoint", "省文史馆", "馆员"),
        ("刘少雄", "appoint", "省文史馆", "馆员"),
    ]


def test_a_lone_word_after_newly_appointed_is_no_name():
    # devcorpus F-05 (address above), line 7: 部分新聘参事、馆员在座谈会上发言 names nobody.
    text = "部分新聘参事、馆员在座谈会上发言,表示将认真履职尽责。\n"
    assert changes(extract_source(from_text(text, "cut.txt"))) == []
