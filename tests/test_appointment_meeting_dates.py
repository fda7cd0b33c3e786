"""The date of a personnel change is its meeting's: a day a news report gives for another event
(an oath ceremony), or for one meeting, does not date what another meeting decided; a day the
sentence that names the meeting opens with dates it (本报讯 5月24日,县…第三十八次会议召开)."""

from __future__ import annotations

from kg.extract import extract_source
from kg.text.source import from_text
from tests.conftest import devcorpus_text, personnel_changes

# http://bc.tech-ex.com/qukuailian/2022/0301/100039912.html (a mined page, in no corpus), lines
# 1-8: the dateline's day is the oath ceremony's; the appointments were made at the 31st and the
# 33rd meetings, whose days the text does not give
OATH = (
    "# source: http://bc.tech-ex.com/qukuailian/2022/0301/100039912.html\n"
    "全国人大常委会举行宪法宣誓仪式\n\n2022-03-01 05:26:06\n\n"
    "新华社北京2月28日电 十三届全国人大常委会28日上午在北京人民大会堂举行宪法宣誓仪式。"
    "全国人大常委会副委员长陈竺主持并监誓。\n\n"
    "十三届全国人大常委会第三十一次会议任命吴英杰为全国人大教育科学文化卫生委员会副主任委员。"
    "刚刚闭幕的十三届全国人大常委会第三十三次会议任命李纪恒为全国人大农业与农村委员会副主任委员;"
    "决定任命唐登杰为民政部部长;任命欧阳昌琼为全国人大常委会副秘书长。"
    "根据宪法和全国人大常委会关于实行宪法宣誓制度的决定,上述人员依法进行宪法宣誓。\n"
)


def test_an_oath_ceremonys_day_does_not_date_the_meetings_appointments():
    # each was dated 2022-02-28, the ceremony's day, a wrong fact: the records are kept undated
    records = extract_source(from_text(OATH, "014.txt"))
    changes = [r for r in records if r.kind == "personnel_change"]
    assert [(r.person, r.post, r.meeting, r.date) for r in changes] == [
        ("吴英杰", "副主任委员", "第三十一次会议", None),
        ("李纪恒", "副主任委员", "第三十三次会议", None),
        ("唐登杰", "部长", "第三十三次会议", None),
        ("欧阳昌琼", "副秘书长", "第三十三次会议", None),
    ]
    assert {r.decided_by for r in changes} == {"十三届全国人大常委会"}


def test_a_day_before_the_meeting_in_its_sentence_dates_that_meetings_changes():
    # devcorpus F-01 (http://paper.zhushan.cn/Html/2016-05-26/9059.html): 本报讯 5月24日,
    # 县十七届人大常委会第三十八次会议召开,…; the removals two sentences later are that meeting's
    changes = personnel_changes(extract_source(devcorpus_text("F-01")), "meeting", "date")
    assert changes and {c[-2:] for c in changes} == {("第三十八次会议", "2016-05-24")}
    # devcorpus N-01 (http://www.zzxww.com/pc/content/202106/08/content_48212.html): the day
    # opens the sentence (本报讯(记者 蔡柳楠)6月7日,市十六届人大常委会第四十二次会议召开。)
    changes = personnel_changes(extract_source(devcorpus_text("N-01")), "meeting", "date")
    assert changes and {c[-2:] for c in changes} == {("第四十二次会议", "2021-06-07")}
