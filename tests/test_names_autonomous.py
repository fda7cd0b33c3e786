"""The names an autonomous area goes by (kg/extract/names.py): a prefecture or a region also by its
place alone (黔东南, 延边), a county, a banner or a district only with its level's word (北川县,
务川自治县), since its place alone is often a common word (互助 of 互助土族自治县, 通道 of 通道侗族
自治县; issue 11, a reviewer's finding). Cuts of development-corpus texts, their addresses beside
them."""

from __future__ import annotations

from kg.extract import names
from kg.extract.appointments import _title_words
from tests.conftest import devcorpus_records


def test_a_countys_place_alone_is_no_division_where_texts_use_the_word():
    # devcorpus HA-08 (http://www.gnzrmzf.gov.cn/info/1930/23604.htm, line 31): 巩固和发展平等、团结、
    # 互助、和谐的社会主义民族关系; J-11 (https://m.shzx.org/a/40-6340-0.html, line 7): S5线拉萨至泽当
    # 快速通道、羊八井至大竹卡公路 — 互助 and 通道 were read as the divisions 互助土族自治县 and 通道
    # 侗族自治县 (an organisation's opening, of the strength of a division's short form)
    for cut in ("互助、和谐的社会主义民族关系", "通道、羊八井至大竹卡公路"):
        assert names.division_at(cut) == 0
        assert names.organisation_strength(cut, None, _title_words()) == 0


def test_an_autonomous_area_with_its_levels_word_is_still_a_division():
    # devcorpus X-07 (https://dlrk.jining.gov.cn/art/2009/8/25/art_177_23726.html, line 7): 深入四川
    # 北川县陈家坝乡 (北川羌族自治县 with the county's word); HA-01 and S-04 write 黔东南州 (黔东南苗族侗族
    # 自治州, tests/test_appointment_round12.py reads their deciding congress)
    assert names.division_at("北川县陈家坝乡指导抗震救灾防疫工作") == len("北川县")
    assert names.division_at("黔东南州第十三届人大常委会") == len("黔东南州")
    assert names.division_at("黔东南") == len("黔东南")  # a prefecture by its place alone
    # the county's own forms: with 县 or with 自治县 (the place named by its people: 东乡族自治县)
    assert {"务川县", "务川自治县", "东乡县", "隆林县", "鄂温克旗"} <= names.divisions()
    assert not {"互助", "通道", "务川", "东乡族", "隆林各族"} & names.divisions()
    # the chronicle's participant and the place keep their reading
    [event] = [r for r in devcorpus_records("X-07") if "北川县" in r.source.quote]
    assert [(p.name, p.role) for p in event.participants] == [("侯端敏", "市委常委、副市长")]
