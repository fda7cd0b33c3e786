"""Amendments of the twelfth held-out round: a notice that says it revised T and issues the revised
text amends T (HA-09); a text only issued again in a revised wording names nothing amended (Q-08)."""

from __future__ import annotations

from kg.extract import extract_genres
from tests.conftest import devcorpus_text


def amendments(stem: str) -> list[tuple]:
    return [
        (r.by, r.target_title, r.action)
        for r in extract_genres(devcorpus_text(stem), ("amendments",))
        if r.kind == "amendment"
    ]


def test_a_notice_issuing_the_text_it_says_it_revised_amends_it():
    # devcorpus HA-09 (https://bdocx.com/doc/5043956.html): 对《阿拉善盟行政公署办公室公文处理实施
    # 细则》进行了修改和完善,现将修改完善后的《…公文处理细则及文种式样》印发给你们
    assert amendments("HA-09") == [
        ("阿署办发〔2007〕22号", "阿拉善盟行政公署办公室公文处理实施细则", "amend")
    ]


def test_a_text_issued_again_revised_without_naming_what_it_revised_amends_nothing():
    # devcorpus Q-08 (http://law598.infoeach.com/view-NTk4fDEwNzcwMA==.html): 经省政府同意,现将
    # 修订后的《安徽省省级预算管理办法》印发给你们 — no earlier text named, the gold has no amendment
    assert amendments("Q-08") == []
