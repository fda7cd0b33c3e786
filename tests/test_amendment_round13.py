"""Amendments of the thirteenth held-out round: a 废止 list run onto one line, each item's title
(a cited 《条例》 inside it) then its history, whose 公布 order is the target's own number (HA-22);
the revised T adopted by a named meeting amends T (HA-23, HA-24), a revised T issued without an
adoption (Q-08) or T adopted 修订通过 without naming the revised T (C-08, H-13) does not."""

from __future__ import annotations

from kg.extract import extract_genres
from kg.extract.amendments import bare_ref
from tests.conftest import cut_records, devcorpus_text


def amendments(stem: str) -> list[tuple]:
    return [
        (r.by, r.target_number, r.target_title, r.action)
        for r in extract_genres(devcorpus_text(stem), ("amendments",))
        if r.kind == "amendment"
    ]


def test_a_repeal_list_run_onto_one_line_gives_each_target_its_own_published_number():
    # devcorpus HA-22 (https://law.pkulaw.com/Readchinalaw/3c35d0b402e1de64aa3199a134637b93bdfb.html):
    # 一、废止4件省政府规章 (一)江西省实施《退役士兵安置条例》办法(2016年12月8日江西省人民政府令第225号
    # 公布2019年11月28日江西省人民政府令第242号修正) (二)… — the 修正 orders are its history
    order = "江西省人民政府令"
    assert amendments("HA-22") == [
        (f"{order}第273号", f"{order}第225号", "江西省实施《退役士兵安置条例》办法", "repeal"),
        (f"{order}第273号", f"{order}第121号", "江西省长江河道采砂管理实施办法", "repeal"),
        (f"{order}第273号", f"{order}第34号", "江西省农业机械安全监督管理办法", "repeal"),
        (f"{order}第273号", f"{order}第103号", "江西省人工影响天气管理办法", "repeal"),
    ]


def test_the_history_of_a_listed_target_names_its_number_only_where_it_was_published():
    # the (一) item of HA-22 as a line of its own (H-07, the same government's 2021 list, has one item
    # a line): its number is the 公布 order's, never the 修正 order's
    line = (
        "(一)江西省实施《退役士兵安置条例》办法(2016年12月8日江西省人民政府令第225号公布"
        "2019年11月28日江西省人民政府令第242号修正)"
    )
    target = bare_ref(line)
    assert target is not None
    assert (target.title, target.number) == (
        "江西省实施《退役士兵安置条例》办法",
        "江西省人民政府令第225号",
    )


def test_items_spaced_on_one_line_out_of_order_are_not_split():
    # a cut of HA-22 whose spaced items are not numbered (一)(二) in order: the line is not read as a
    # list, and the 《条例》 inside the first title is never taken for a target
    text = (
        "江西省人民政府关于废止4件和修改7件省政府规章的决定\n"
        "一、废止4件省政府规章 (一)江西省实施《退役士兵安置条例》办法(2016年12月8日江西省人民政府令"
        "第225号公布2019年11月28日江西省人民政府令第242号修正) (三)江西省长江河道采砂管理实施办法"
        "(2003年8月8日江西省人民政府令第121号公布)\n"
    )
    titles = [r.target_title for r in cut_records(text) if r.kind == "amendment"]
    assert "退役士兵安置条例" not in titles


def test_the_revised_text_adopted_by_a_named_meeting_amends_it():
    # devcorpus HA-23 (http://lsbar.com:8000/law/115531): 《云南省人民代表大会代表议案处理办法》已由…
    # 会议于2006年9月28日修订通过,现将修订后的《云南省人民代表大会代表议案处理办法》公告
    assert amendments("HA-23") == [(None, None, "云南省人民代表大会代表议案处理办法", "amend")]
    # devcorpus HA-24 (http://xjbz.gov.cn/xjbz/bzf/202203/4db4ed491d95475b9bbd2681c395f88b.shtml):
    # 修订后的《巴音郭楞蒙古自治州人民政府工作规则》已经…第1次全体会议审议通过,现印发给你们
    assert amendments("HA-24") == [(None, None, "巴音郭楞蒙古自治州人民政府工作规则", "amend")]


def test_the_revised_text_printed_under_its_own_title_is_not_named_as_the_amending_act():
    # HA-23's law-database title 云南省人民代表大会代表议案处理办法(2006年修订) is the revised text
    # itself: the act that amends it is the unnumbered 公告, not named (no self-amendment)
    records = extract_genres(devcorpus_text("HA-23"), ("amendments",))
    assert [r.by_title for r in records if r.kind == "amendment"] == [None]
    # and it is said: the graph states the amendment by an unnamed act (tests/test_graph_drops.py)
    assert [r.message for r in records if r.kind == "warning"] == [
        "《云南省人民代表大会代表议案处理办法》 revised by an act the copy names neither by number "
        "nor by title: the graph states it by an unnamed act (gkg:UnnamedDocument)"
    ]


def test_a_revision_said_without_the_revised_text_adopted_amends_nothing():
    # devcorpus Q-08 (现将修订后的《安徽省省级预算管理办法》印发, no adoption), C-08 (《地名管理条例》
    # 已经…修订通过,现予公布) and H-13 (《海口市人民政府工作规则》已于…修订通过,现予印发): no
    # amendment in the gold
    for stem in ("Q-08", "C-08", "H-13"):
        assert amendments(stem) == [], stem


def test_the_adoption_read_is_the_revised_texts_own():
    # A reviewer's finding (71c3076): any 修订后的《T》 was paired with any adoption in its sentence.
    # Now T must be what was adopted: the subject of 已经/已由…通过 (HA-24), or adopted as revised and
    # then issued as revised (HA-23); the devcorpus lines, read as the extractor reads them
    from kg.extract.amendments import _revised_adoptions
    from kg.text.normalize import clean

    for stem, title, unadopted in (
        # …修订通过,现将修订后的《T》公告: from 现将 on, the revised T is issued, its adoption cut off
        ("HA-23", "云南省人民代表大会代表议案处理办法", lambda line: line[line.index("现将") :]),
        # 修订后的《T》已经…审议通过: up to 已经, nothing is said adopted
        ("HA-24", "巴音郭楞蒙古自治州人民政府工作规则", lambda line: line[: line.index("已经")]),
    ):
        line = clean(devcorpus_text(stem).line(5))
        assert list(_revised_adoptions(line)) == [title], stem
        assert list(_revised_adoptions(unadopted(line))) == [], stem
