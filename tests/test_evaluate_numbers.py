"""The benchmark's matching of a document by its number. The gold writes strings as the text
prints them (README-A's verbatim rule), so an order's number printed on two lines is 第166号 in
T-09's gold (石家庄市人民政府令 / (第166号), devcorpus/raw/T-09-…), while the extractor publishes the
number joined (石家庄市人民政府令第166号) and keeps the printed one as ``number_verbatim``. Either
matches; a number printed otherwise does not."""

from __future__ import annotations

from kg.evaluate import MATCHERS

T09_GOLD = {
    "number": "第166号",
    "title": "石家庄市人民政府关于修改《石家庄市行政村档案管理办法》的决定",
}
T09_RECORD = {
    "kind": "document",
    "number": "石家庄市人民政府令第166号",
    "number_verbatim": "第166号",
}


def test_a_number_matches_as_published_or_as_printed():
    match = MATCHERS["documents"]
    assert match(T09_GOLD, T09_RECORD)
    assert match(dict(T09_GOLD, number="石家庄市人民政府令第166号"), T09_RECORD)
    assert match(T09_GOLD, dict(T09_RECORD, number="第166号", number_verbatim=None))


def test_another_number_does_not_match():
    match = MATCHERS["documents"]
    assert not match(T09_GOLD, dict(T09_RECORD, number_verbatim="第167号"))
    # the printed number as the joined one's end is not enough: only as printed or as published
    assert not match(T09_GOLD, dict(T09_RECORD, number_verbatim=None))
    assert not match(dict(T09_GOLD, number="第16号"), T09_RECORD)
