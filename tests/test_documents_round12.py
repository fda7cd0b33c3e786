"""Documents and amendments of the twelfth held-out round and the forms it showed: the last title of
a list voted through closed by the kind of texts it names (《C》等法规, HA-02)."""

from __future__ import annotations

from kg.extract import extract_genres
from tests.conftest import devcorpus_text


def documents(source):
    return [r for r in extract_genres(source, ("documents",)) if r.kind == "document"]


def test_the_last_title_voted_through_before_what_kind_of_texts_the_list_names():
    # devcorpus HA-02 (http://heyuan762.com/2012/0330/7968.html): 还表决通过了《…旅馆业管理规定》、
    # 《…若干规定》、《海南省人民代表大会代表建议、批评和意见办理工作条例》等法规 — the third was
    # left a citation, 等法规 closing its item
    assert [(d.title, d.issuer) for d in documents(devcorpus_text("HA-02"))] == [
        ("海南经济特区旅馆业管理规定", "海南省四届人大常委会"),
        ("海南经济特区道路旅游客运管理若干规定", "海南省四届人大常委会"),
        ("海南省人民代表大会代表建议、批评和意见办理工作条例", "海南省四届人大常委会"),
    ]


def test_a_decision_voted_on_whose_outcome_the_sentence_states_is_adopted():
    # devcorpus J-01 (http://cpc.people.com.cn/BIG5/n/2012/1220/c64387-19954827.html, traditional):
    # 表決了省人大常委會關於接受王儒林辭職請求的決定,決定接受王儒林辭去吉林省省長職務的請求 — the
    # gold takes it as adopted (its notes, settled 2026-12-07); 表決了人事任命名單 after it is no title
    assert [(d.title, d.issuer) for d in documents(devcorpus_text("J-01"))] == [
        ("省人大常委會關於接受王儒林辭職請求的決定", "省人大常委會")
    ]
