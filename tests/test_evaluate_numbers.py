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


# U-11 (https://law.lawtime.cn/d377315382409.html): 《张家界市城市房屋拆迁管理办法》(市人民政府1999年第2号令,
# …) repealed; the gold writes the number as printed, the record publishes it normalised as the
# shapes require of eli:number (市人民政府令〔1999〕第2号).
U11_GOLD = {"by": None, "target_number": "市人民政府1999年第2号令", "action": "repeal"}
U11_RECORD = {"kind": "amendment", "action": "repeal", "target_number": "市人民政府令〔1999〕第2号"}


def test_an_amendments_target_number_as_printed_matches_it_normalised():
    match = MATCHERS["amendments"]
    assert match(U11_GOLD, U11_RECORD)
    assert match(dict(U11_GOLD, target_number="市人民政府令〔1999〕第2号"), U11_RECORD)
    assert not match(U11_GOLD, dict(U11_RECORD, target_number="市人民政府令〔1999〕第3号"))
    assert not match(U11_GOLD, dict(U11_RECORD, target_number="市人民政府令〔2000〕第2号"))
    assert not match(U11_GOLD, dict(U11_RECORD, action="amend"))
