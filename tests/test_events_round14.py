"""Events of held-out round 14 (HA, HB 25–36), read after it joined the development corpus: a
closing session's news after a byline and an agenda clause (HB-36), a session that closed 今天
after its agenda (HA-28), a news page's date line with the year apart (J-03), a meeting held as one
with sessions whose names give the year (X-01); and a role that names every holder (a fresh page)."""

from __future__ import annotations

import datetime

from kg.extract.context import page_date
from kg.text.source import from_text
from tests.conftest import cut_records, devcorpus_lines, devcorpus_records, records_of


def _events(text: str, name: str = "cut.txt") -> list:
    return records_of(cut_records(text, name), "event")


def test_a_closing_session_after_a_byline_and_its_agenda_clause_is_read():
    # HB-36 (叶县 人代会 闭幕, pds.gov.cn): "(记者 杨沛洁)在圆满完成各项议程后,3月20日上午,为期3天的叶县
    # 第十六届人民代表大会第六次会议…胜利闭幕。" — the byline, then a clause before the day: no item,
    # no event (the eight 大会主席团常务主席, the presider and the 县长 on the rostrum missed).
    (event,) = records_of(devcorpus_records("HB-36"), "event")
    assert (event.date, event.title) == ("2025-03-20", "叶县第十六届人民代表大会第六次会议")
    people = [(p.name, p.role) for p in event.participants]
    assert people[:2] == [("文晓凡", "大会主席团常务主席"), ("张成文", "大会主席团常务主席")]
    assert len(people) == 9 and people[-1] == ("韩沛", "县长")


def test_a_clause_after_a_byline_opens_no_item_without_a_day_after_it():
    # HB-36's lines, its day taken out: the clause and the session, no day — nothing to date.
    text = devcorpus_lines("HB-36", 1, 5, 6, 8, 10).replace("3月20日上午,", "")
    assert [e.date for e in _events(text)] in ([], [None])


def test_a_session_closed_today_after_its_agenda_is_dated_by_the_date_line():
    # HA-28 (海南新闻联播 on haikou.baogaosu.com): "30.05.2014  22:22" / "为期3天的海南省五届人大常委会
    # 第八次会议在圆满完成各项议程后,于今天下午在海口闭会。" … "省委书记、省人大常委会主任罗保铭出席会议。"
    # — 在…后,于 came between the session and 今天: no item.
    (event,) = records_of(devcorpus_records("HA-28"), "event")
    assert (event.date, event.title) == ("2014-05-30", "海南省五届人大常委会第八次会议")
    assert [(p.name, p.role) for p in event.participants] == [
        ("罗保铭", "省委书记、省人大常委会主任")
    ]
    # the same lines with the closing planned (定于今天下午…闭会), not said to have happened: no event
    text = devcorpus_lines("HA-28", 1, 6, 7, 8, 10)
    assert len(_events(text)) == 1
    assert _events(text.replace("于今天下午", "定于今天下午")) == []


def test_a_session_that_ended_its_agenda_is_titled_by_its_name():
    # Fresh page (甘肃日报 on a traditional-script mirror): "…(記者尤婷婷)省十二屆人大常委會第十五次會議
    # 結束各項議程后,今天在蘭州閉會。": the title was the whole clause.
    text = (
        "# source: http://yhg994208.cn/news/gansu/2015032807412959373.htm\n"
        "甘肅日報蘭州3月27日訊(記者尤婷婷)省十二屆人大常委會第十五次會議結束各項議程后,今天在蘭州閉會。\n"
        "省委常委、省人大常委會副主任羅笑虎,省人大常委會副主任孫效東、李慧、馬青林,秘書長張緒勝及委員"
        "52人出席會議。\n"
    )
    (event,) = _events(text)
    assert (event.date, event.title) == ("2015-03-27", "省十二屆人大常委會第十五次會議")


# J-03 (新疆日报 on a gambling-spam mirror): the headline, then the page's date line with the year
# apart from the month and day, then the report of 12月22日.
XINJIANG = (
    "# source: https://cabb123.com/2cab5a332b00b4c8185b85cacff9c6cc9/c.html\n"
    "自治区十四届人大常委会第七次会议举行-凯发备用手机登录\n"
    "2023 12/23 13:13:41\n"
    "来源:新疆日报\n"
    "  12月22日,自治区十四届人大常委会第七次会议举行。\n"
    "  自治区人大常委会主任祖木热提·吾布力主持会议。\n"
)


def test_a_date_line_with_the_year_apart_dates_the_page():
    assert page_date(from_text(XINJIANG, "J-03-cut.txt")) == datetime.date(2023, 12, 23)
    (event,) = _events(XINJIANG)
    assert (event.date, event.title) == ("2023-12-22", "自治区十四届人大常委会第七次会议")
    # without the time it is no date line (a figure, a year and a fraction), nor inside a sentence
    for line in ("2023 12/23", "共2023 12/23 13:13:41"):
        text = XINJIANG.replace("2023 12/23 13:13:41", line)
        assert page_date(from_text(text, "J-03-cut.txt")) is None
        assert [e.date for e in _events(text)] == [None]


# X-01 (八公山区 portal): the plenary meeting held as one with three committees' sessions, each named
# with its year in brackets after the meeting's name.
BAGONGSHAN = (
    "# source: https://www.bagongshan.gov.cn/zhxx/bgsxx/11259058192.html\n"
    "区政府全体(扩大)会议暨项目投资工作推进会\n"
    "9月30日上午,在区政务服务中心四楼召开区政府全体(扩大)会议暨项目投资工作推进会(区生态文明建设生态"
    "环境保护(林长制及绿化)委员会2025年第三次会议、区安全生产委员会2025年第四次会议、区食品药品安全委员会"
    "2025年第三次全体会议)。区长李旭主持并讲话。区领导葛广起、管迎悦、陈进、彭大晶、孙大权参加会议。\n"
)


def test_a_meeting_held_as_one_with_sessions_named_with_their_year_is_dated_in_it():
    # The title was the whole first sentence, and the day had no year.
    (event,) = _events(BAGONGSHAN)
    assert (event.date, event.date_from) == ("2025-09-30", "entry")
    assert event.title == "区政府全体(扩大)会议暨项目投资工作推进会"
    assert [p.name for p in event.participants][:2] == ["李旭", "葛广起"]


def test_sessions_in_brackets_that_give_two_years_or_none_date_nothing():
    two = BAGONGSHAN.replace("区安全生产委员会2025年", "区安全生产委员会2024年")
    (event,) = _events(two)
    assert (event.date, event.month_day) == (None, "--09-30")
    none = BAGONGSHAN.replace("2025年", "")
    (event,) = _events(none)
    assert (event.date, event.month_day) == (None, "--09-30")
    assert event.title == "区政府全体(扩大)会议暨项目投资工作推进会"


def test_a_role_opened_by_each_names_no_one():
    # Fresh page (阳新新闻 on cljt4.com): "各分管副县长安排部署行业领域安全生产等相关工作" gave a participant
    # 安排 (安 a surname) with the role 各分管副县长.
    text = (
        "# source: https://cljt4.com/p/121652.html\n"
        "21日上午,县安委会召开第三次全体(扩大)会议暨秋冬森林防灭火和抗旱救灾工作会。县长杨波,县委常委、"
        "常务副县长柯友国,副县长兰山、马辉商、俞振华、王磊出席会议。\n"
        "各分管副县长安排部署行业领域安全生产等相关工作;县安委办和县消防救援大队分别通报了元至8月份安全生产、"
        "森林防灭火和消防救援工作情况;相关镇区和单位作表态发言。\n"
    )
    (event,) = _events(text)
    assert [p.name for p in event.participants] == [
        "杨波",
        "柯友国",
        "兰山",
        "马辉商",
        "俞振华",
        "王磊",
    ]


def test_a_date_line_spaced_from_the_paper_it_credits_dates_the_page():
    # U-02 (柳州日报 on lzzx.liuzhou.gov.cn), without its address: "  • 2010-01-23   柳州日报   记者 姚颖盈"
    # — clean() joins the day to the paper's name (2010-01-23柳州日报), and no date line was read: the
    # session "于昨天上午召开" had no date.
    text = devcorpus_lines("U-02", 4, 6, 12, 14)
    assert page_date(from_text(text, "U-02-cut.txt")) == datetime.date(2010, 1, 23)
    (event,) = _events(text)
    assert (event.date, event.title) == ("2010-01-22", "市十二届人大常委会第二十八次会议")
    # a dated entry of a chronicle, a sentence after the day, is no date line
    entry = "2010-01-23 市十二届人大常委会第二十八次会议召开,市人大常委会副主任周卓新主持。\n"
    assert page_date(from_text(entry, "cut.txt")) is None


def test_a_session_the_meeting_calls_dates_its_day():
    # A-17 (中国网 on cjgcw.com): "23日,泉州市十六届人大常委会召开第十三次会议。…根据决定,泉州市第十六届人民
    # 代表大会第三次会议于2018年8月9日至10日举行" — the report's day (7月24日讯…23日) had no year; the
    # session it calls, 17 days later, gives it.
    (event,) = records_of(devcorpus_records("A-17"), "event")
    assert (event.date, event.date_from) == ("2018-07-23", "entry")
    # C-11 (河北, without its address): 11月27日 before the session called for 2021年1月21日: 2020
    text = devcorpus_lines("C-11", *range(3, 12))
    assert "2021年1月21日" in text
    assert [e.date for e in _events(text)] == ["2020-11-27"]


def test_a_session_called_for_a_day_before_the_item_or_long_after_it_dates_nothing():
    # Fresh page (舞阳 县人大常委会, 221.176.229.56 …/20220510/75077.html), without its address:
    # "5月10日上午,…主持召开舞阳县十五届人大常委会第55次会议…县十六届人民代表大会第一次会议定于2022年
    # 5月10日到12日在县城召开。" — the same day: 2022.
    text = (
        "5月10日上午,县人大常委会主任于怀洋主持召开舞阳县十五届人大常委会第55次会议,对县十六届人民代表大会"
        "第一次会议召开的时间、方式、会期等有关事项进行表决。经主任会议研究决定,县十六届人民代表大会第一次"
        "会议定于2022年5月10日到12日在县城召开。\n"
    )
    assert [e.date for e in _events(text)] == ["2022-05-10"]
    # the session called for a day before the item's (a report of its end), or half a year after
    for called in ("2022年5月9日", "2022年12月10日"):
        (event,) = _events(text.replace("2022年5月10日", called))
        assert (event.date, event.month_day) == (None, "--05-10")


def test_names_listed_with_the_unnamed_others_before_their_verb_took_part():
    # Fresh page (新华社 on m.guancha.cn, 2019-03-15): "习近平、李克强、汪洋、王沪宁、赵乐际、韩正、王岐山和大会
    # 主席团成员出席闭幕会并在主席台就座。" — read only when the seat closed the list (Y-10: …和大会主席团成员
    # 在主席台就座); before 出席 no one was read.
    text = (
        "# source: http://m.guancha.cn/politics/2019_03_15_493682.shtml?s=wapzwyxgtjbt\n"
        "2019-03-15 11:26\n"
        "新华社北京3月15日电 第十三届全国人民代表大会第二次会议在圆满完成各项议程后,15日上午在人民大会堂闭幕。\n"
        "习近平、李克强、汪洋、王沪宁、赵乐际、韩正、王岐山和大会主席团成员出席闭幕会并在主席台就座。\n"
        "上午9时,大会主席团常务主席、执行主席栗战书宣布会议开始。\n"
    )
    (event,) = _events(text)
    assert (event.date, event.title) == ("2019-03-15", "第十三届全国人民代表大会第二次会议")
    people = [(p.name, p.role, p.attendance) for p in event.participants]
    assert people[0] == ("习近平", None, "出席") and len(people) == 8
    assert people[-1] == ("栗战书", "大会主席团常务主席、执行主席", "宣布")
    # others that are no group of people do not close the list: 和县委办 is an office
    organ = text.replace("和大会主席团成员出席闭幕会并在主席台就座", "和县委办出席闭幕会")
    assert [p.name for p in _events(organ)[0].participants] == ["栗战书"]


def test_a_commissioner_of_a_prefecture_is_a_title_joined_in_a_role():
    # I-03 (大兴安岭 年鉴 大事记): "地委书记贾玉梅,地委副书记、行署专员、林管局局长李树铭陪同调研" — 专员
    # (行政公署专员) was no title: the role was cut to 林管局局长 and 贾玉梅, cut off from the verb, was
    # missed.
    (event,) = records_of(devcorpus_records("I-03"), "event")
    assert [(p.name, p.role, p.attendance) for p in event.participants] == [
        ("王宪魁", "省委书记", "到"),
        ("贾玉梅", "地委书记", "陪同"),
        ("李树铭", "地委副书记、行署专员、林管局局长", "陪同"),
    ]


# Fresh page (汶上 政协 on a forum, wsxjcy.com tid=9328): the forum's noise of letters and figures
# run into the lines of the report.
WENSHANG = (
    "# source: https://www.wsxjcy.com/forum.php?goto=lastpost&mod=redirect&tid=9328\n"
    "4月21日,中国人民政治协商会议第七届汶上县委员会第三次会议历时2天,圆满完成了各项议程,今天下午胜利闭幕。\n"
    "1 S) E9 H4 x( G2 n3 l- l汶上县委书记赵东升,汶上县委副书记、县长孙琪,县政协主席王金生在主席台前排就座。\n"
)


def test_a_session_that_lasted_days_is_titled_by_its_name():
    (event,) = _events(WENSHANG)
    assert event.title == "中国人民政治协商会议第七届汶上县委员会第三次会议"


def test_a_lone_letter_of_noise_before_a_role_is_none_of_it():
    # "l- l汶上县委书记赵东升": the role was "l汶上县委书记"
    (event,) = _events(WENSHANG)
    assert next((p.name, p.role) for p in event.participants) == ("赵东升", "汶上县委书记")
    # a letter that is the trace of a garbled character stays: N-02 "…、?h委常委、縣紀委書記…胡傳清" (縣
    # lost to "?h" in the copy; the gold keeps "?h委常委…", the reading drops the "?")
    (event,) = _events(devcorpus_lines("N-02", 4))
    roles = {p.name: p.role for p in event.participants}
    assert roles["胡傳清"].startswith("h委常委")
