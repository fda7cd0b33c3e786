"""Events of held-out round 12 (HA, HB), read after it joined the development corpus: a chronicle's
month heading against a portal's posting time, photo captions over the report of one meeting, and
a biography's dates inside a report."""

from __future__ import annotations

import datetime

from kg.extract import event_items as ei
from kg.extract import extract_source
from kg.text.source import read
from tests.conftest import FIXTURES, cut_records, devcorpus_records, records_of

# HB-12 (吴江 大事记 2001年9月, archives bureau page), its portal lines and first entries as stored.
WUJIANG = """# source: http://wujiangtong.com/webPages/DetailNews.aspx?id=6550

2007/9/24 14:08:13
作者:
吴江档案局
来源:
吴江档案局
点击量:10755
9/2001
3日 以全国政协副主席张思卿为团长的发展文化产业调查组在省政协副主席吴冬华陪同下来同里镇视察。
4日 台湾中华映管董事长林镇源考察吴江。
5日 国家建设部副部长郑一军来同里镇考察小城镇建设和古镇保护。
"""


def test_a_chronicles_month_heading_in_figures_dates_its_entries_not_the_posting_time():
    # The page was posted 2007/9/24 14:08:13; the chronicle's own heading "9/2001" (M/YYYY) gives
    # the year and month of the entries below it. They were dated 2007-09-DD (date_from "page").
    events = records_of(cut_records(WUJIANG, "HB-12-cut.txt"), "event")
    assert [(e.date, e.date_from) for e in events] == [
        ("2001-09-03", "heading"),
        ("2001-09-05", "heading"),  # 4日: a company chairman alone, no event (see below)
    ]


def test_the_whole_chronicle_is_dated_2001():
    events = records_of(devcorpus_records("HB-12"), "event")
    assert events and all(e.date.startswith("2001-09-") for e in events)
    assert not any("2007" in (e.date or "") + (e.end_date or "") for e in events)
    assert [e.date for e in events] == [
        "2001-09-03",
        "2001-09-05",
        "2001-09-09",
        "2001-09-20",
        "2001-09-20",  # 20-23日: the visit of 水上胜男's group (see below)
    ]


def test_a_visiting_group_escorted_is_titled_by_what_it_came_to_do():
    # "以全国政协副主席张思卿为团长的发展文化产业调查组在省政协副主席吴冬华陪同下来同里镇视察": the title
    # was the whole sentence; the gold has "来同里镇视察", the head 张思卿 and 吴冬华 (陪同) taking part.
    first = records_of(cut_records(WUJIANG, "HB-12-cut.txt"), "event")[0]
    assert first.title == "来同里镇视察"
    assert [(p.name, p.role, p.attendance) for p in first.participants] == [
        ("张思卿", "全国政协副主席", "率"),
        ("吴冬华", "省政协副主席", "陪同"),
    ]


def test_a_visiting_group_not_escorted_keeps_its_name_in_the_title():
    # B-12 (连云港 大事记 2007年5月) "11日,以省劳动保障厅副厅长陈励阳为组长的省政府城市社区卫生工作督查组
    # 来连检查。" and B-01 (莆田, 2010; its fixture) "●8月4日,以…于革胜为团长的宁夏党政代表团一行来我市参观考察。":
    # titled as their gold, without the head who opens the sentence.
    titles = {e.title for e in records_of(devcorpus_records("B-12"), "event")}
    assert "省政府城市社区卫生工作督查组来连检查" in titles
    putian = read(FIXTURES / "events" / "putian-roundup-2010-08.txt")
    titles = {e.title for e in records_of(extract_source(putian), "event")}
    assert "宁夏党政代表团一行来我市参观考察" in titles


def test_a_posting_time_under_a_heading_of_another_year_does_not_date_the_items():
    # HB-12's two lines the other way round (a portal may put its posting time under the heading):
    # the heading's year stands, the posting time gives none.
    heading = ei.read_heading("9/2001", ei.Heading())
    heading = ei.read_heading("2007/9/24 14:08:13", heading)
    assert (heading.year, heading.month, heading.posted) == (2001, 9, (2007, 9, 24))
    lead = ei.read_lead("3日 以全国政协副主席张思卿为团长的…", 0)
    resolved = ei.resolve(lead, heading, 2007, datetime.date(2007, 9, 24))
    assert (resolved.date, resolved.date_from) == ("2001-09-03", "heading")


def test_month_headings_in_figures_are_read_only_as_a_month_and_its_year():
    assert (
        ei.read_heading("2001/9", ei.Heading()).year,
        ei.read_heading("2001.9", ei.Heading()).month,
    ) == (2001, 9)
    assert ei.read_heading("13/2001", ei.Heading()) == ei.Heading()  # no month 13
    assert ei.read_heading("9/2001号", ei.Heading()) == ei.Heading()


def test_photo_captions_over_the_report_of_the_same_session_are_one_event():
    # HA-04 (东北网, 2009): "省十一届人大常委会第十一次会议7日召开。东北网记者 顾硕摄 |" and three more
    # captions, then "东北网7月7日讯 … 黑龙江省十一届人大常委会第十一次会议7日上午结束。": one meeting was
    # two events, the captions' roles published as "|省人大常委会副主任".
    (event,) = records_of(devcorpus_records("HA-04"), "event")
    assert (event.date, event.title) == ("2009-07-07", "黑龙江省十一届人大常委会第十一次会议")
    assert (event.source.start_line, event.source.end_line) == (7, 20)
    names = [p.name for p in event.participants]
    assert names[:6] == ["刘东辉", "王东华", "申立国", "刘海生", "符凤春", "傅亚文"]
    assert not any("|" in (p.role or "") for p in event.participants)


def test_a_role_never_runs_back_over_a_caption_separator():
    text = "省十一届人大常委会第十一次会议7日召开。东北网记者 顾硕摄 |\n省人大常委会副主任刘东辉出席会议。东北网记者 顾硕摄 |\n"
    people = ei.participants(text.replace("\n", ""), set())
    assert [(p.name, p.role) for p in people] == [("刘东辉", "省人大常委会副主任")]


def test_a_date_in_a_narrated_biography_opens_no_item():
    # HA-02 (中新网, 2012-03-30): the paragraph "李秀领,男,汉族,1962年12月生,…2012年3月23日,海南省召开省委
    # 组织部干部大会,…" is his career; the next line's "本次会议由海南省委书记、省人大常委会主任罗保铭主持"
    # is of the session the report opens with (3月30日), not of that 干部大会, which was published as
    # presided by 罗保铭 on 2012-03-23.
    (event,) = records_of(devcorpus_records("HA-02"), "event")
    assert (event.date, event.title) == ("2012-03-30", "海南省四届人大常委会第二十九次会议")
    assert [(p.name, p.attendance) for p in event.participants] == [("罗保铭", "主持")]


def test_a_paper_or_site_credited_before_the_date_opens_the_report():
    # L-06 (npc.gov.cn): "上海人大公众网消息:7月26日,市十三届人大常委会第二十次会议召开。市人大常委会主任刘云耕
    # 主持会议。" and W-03 "据《上海黄浦》报道,10月27日上午,黄浦区第一届人民代表大会常务委员会召开了第四十八次
    # 会议。": the credit hid the date, and no event was read. Neither text tells the year.
    (event,) = records_of(devcorpus_records("L-06"), "event")
    assert (event.date, event.month_day) == (None, "--07-26")
    assert event.title == "市十三届人大常委会第二十次会议"
    assert (event.participants[0].name, event.participants[0].attendance) == ("刘云耕", "主持")
    (event,) = records_of(devcorpus_records("W-03"), "event")
    assert (event.date, event.month_day) == (None, "--10-27")
    assert "高云" in {p.name for p in event.participants}


HUAIBEI_CUT = """# source: http://rdxo.cn/szfgb/2022/deq/dsj/61948421.html (淮北 大事记, cut: its heading and last two entries; the page ends mid-word)
2022年5月大事記
5月8日上午,市委副書記、市長覃衛(wèi)國深入三區(qū)和淮北高新區(qū),調(diào)研自建房安全專項(xiàng)整治、土地集約節(jié)約利用和烈士陵園選址工作。副市長章銀發(fā)、梁龍義,市政府秘書長徐濤先後參加調(diào)研。
5月9日至12日,市委副書記、市長覃衛(wèi)國率隊(duì)到南京、溫州開展招商考察活動,密集走
"""


def test_a_cut_sentence_is_read_up_to_its_last_whole_clause():
    # L-11: the page ends "…率隊到南京、溫州開展招商考察活動,密集走": the clause that tells what was done
    # is whole (a pause after it), only the next one is cut; the entry was a warning, no event.
    events = records_of(cut_records(HUAIBEI_CUT, "L-11-cut.txt"), "event")
    last = events[-1]
    assert (last.date, last.end_date) == ("2022-05-09", "2022-05-12")
    assert last.title == "到南京、溫州開展招商考察活動"
    assert [(p.name, p.attendance) for p in last.participants] == [("覃衛(wèi)國", "率隊(duì)")]


def test_a_sentence_cut_inside_the_clause_of_its_event_is_still_not_read():
    # B-07 (读特, 2024): "5月31日,福田区委书记黄伟实地调研社区党群服务中" — what was attended is lost.
    text = "# source: https://www.dutenews.com/n/article/8213801\n2024-06-02 19:17\n5月31日,福田区委书记黄伟实地调研社区党群服务中"
    assert records_of(cut_records(text, "B-07-cut.txt"), "event") == []


def test_an_official_named_before_the_title_who_opens_a_visit_takes_part():
    # H-18 (景德镇 政务要闻, 2017): "8月15日下午,刘峰副市长调研景德镇樟树坑引水工程,项目部挂点领导胡志荣,…
    # 陪同调研。": the name before the title was read only before 主持/出席/参加/列席/陪同 (张德江委员长
    # 主持会议); the item gave no event. The text does not tell its year; its address does, inside a
    # longer run of digits (…fzgg00200220170828161c7285…, read by kg/extract/context.py).
    events = records_of(devcorpus_records("H-18"), "event")
    (visit,) = [e for e in events if e.title == "调研景德镇樟树坑引水工程"]
    assert (visit.date, visit.date_from) == ("2017-08-15", "page")
    assert [(p.name, p.role, p.attendance) for p in visit.participants] == [
        ("刘峰", "副市长", "调研")
    ]


def test_an_item_of_company_officers_or_former_office_holders_alone_is_no_event():
    # HB-12: "4日 台湾中华映管董事长林镇源考察吴江。" and "9-14日 原北京大学副校长周尔鎏来吴江市考察。" were
    # events; the gold leaves them out (no office of government). A warning names who was left out.
    records = devcorpus_records("HB-12")
    named = {p.name for e in records_of(records, "event") for p in e.participants}
    assert not named & {"林镇源", "周尔鎏"}
    warned = [w.message for w in records_of(records, "warning") if w.genre == "events"]
    assert any("台湾中华映管董事长林镇源" in m and "office" in m for m in warned)
    assert any("原北京大学副校长周尔鎏" in m for m in warned)


def test_former_office_holders_among_officials_still_take_part():
    # 兴宁 大事记 (fixture): 副省长劉志庚,原省委常委、宣傳部長黃浩,…等參加了座談會: an official is among them
    xingning = read(FIXTURES / "events" / "xingning-chronicle-january-trad-cut.txt")
    names = {p.name for e in records_of(extract_source(xingning), "event") for p in e.participants}
    assert {"劉志庚", "黃浩"} <= names


def test_a_name_of_four_characters_after_a_single_surname_when_no_shorter_one_fits():
    # HB-12 "20-23日 以日本内滩町政府町民部部长水上胜男为团长的内滩町中小学生访问团访问吴江市。", I-01
    # "9月10日至15日,西藏自治区党委副书记、自治区主席向巴平措深入到日喀则地区…" and J-07 "…副市长计明南加"
    # (拉萨): names of four without ·; no event was read for the first two, the third was left out.
    events = records_of(devcorpus_records("HB-12"), "event")
    (visit,) = [e for e in events if e.end_date]
    assert (visit.date, visit.end_date) == ("2001-09-20", "2001-09-23")
    assert [(p.name, p.role) for p in visit.participants] == [
        ("水上胜男", "日本内滩町政府町民部部长")
    ]
    assert visit.title == "内滩町中小学生访问团访问吴江市"
    names = {p.name for e in records_of(devcorpus_records("I-01"), "event") for p in e.participants}
    assert "向巴平措" in names
    names = {p.name for e in records_of(devcorpus_records("J-07"), "event") for p in e.participants}
    assert "计明南加" in names


def test_four_characters_are_no_name_when_a_word_or_a_mark_of_the_clause_is_among_them():
    # P-01 (张掖 要事纪): "王海峰、周均发、柴向前等出席会议" (等 ends the list), the heishan fixture "县政协副
    # 主席徐冰常务列席会议" (常务: a standing attendance) — names of two and three, as before.
    names = {p.name for e in records_of(devcorpus_records("P-01"), "event") for p in e.participants}
    assert {"王海峰", "周均发"} <= names
    assert not any(len(n) == 4 and n.endswith("等") for n in names)
    heishan = read(FIXTURES / "events" / "heishan-executive-meeting-cut.txt")
    names = {p.name for e in records_of(extract_source(heishan), "event") for p in e.participants}
    assert "徐冰" in names and "徐冰常务" not in names


SHANGHAI_COUNSELLORS = (
    "# source: https://xww.lixin.edu.cn/mb/103507.htm (N-07, cut: its first sentences)\n"
    "https://baijiahao.baidu.com/s?id=1704843446775291500&wfr=spider&for=pc 2021年市政府参事聘任仪式暨"
    "上海参事工作座谈会今天(9日)举行。市委副书记、市长龚正为16位新聘、续聘参事颁发聘书并指出,要坚持以"
    "习近平新时代中国特色社会主义思想为指导,在市委的坚强领导下,发扬优良传统,更加奋发有为,扎实做好新时代"
    "参事工作,为上海经济社会持续健康发展作出更大贡献。\n"
)


def test_the_address_of_the_page_copied_before_the_first_words_is_no_part_of_the_report():
    # N-07: the page copied gives its source's address before the report on the same line; the
    # meeting named before its day (…座谈会今天(9日)举行) was not read. No month, no page date: undated,
    # as the gold.
    (event,) = records_of(cut_records(SHANGHAI_COUNSELLORS, "N-07-cut.txt"), "event")
    assert event.title == "2021年市政府参事聘任仪式暨上海参事工作座谈会"
    assert (event.date, event.month_day) == (None, None)
    assert [(p.name, p.role) for p in event.participants][:1] == [("龚正", "市委副书记、市长")]
