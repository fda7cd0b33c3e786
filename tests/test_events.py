"""Chronicle entries and news briefs: who attended what, on which day, in what role."""

from __future__ import annotations

import datetime

from kg.extract import event_items as ei
from kg.extract import extract_source
from kg.text.source import from_text, read
from tests.conftest import FIXTURES, records_of


def _events(records, genre):
    return [r for r in records_of(records, "event") if r.genre == genre]


def _people(event):
    return [(p.role, p.name, p.attendance) for p in event.participants]


def test_sample_chronicle_has_one_event_per_entry(sample_records):
    chronicle = _events(sample_records, "chronicle")
    # 71 entries opened by △ and one (line 1525) printed without it.
    assert len(chronicle) == 72
    assert chronicle[0].date == "2023-06-01"
    assert chronicle[-1].date == "2023-06-30"
    assert next(e for e in chronicle if e.source.start_line == 1525).title.startswith(
        "温州端午龙舟"
    )


def test_sample_chronicle_roles_as_written(sample_records):
    entry = next(e for e in _events(sample_records, "chronicle") if e.source.start_line == 1419)
    assert entry.date == "2023-06-05"
    assert _people(entry) == [
        ("市长", "张振丰", "参加"),
        ("常务副市长", "杨胜杰", "参加"),
        ("市委常委、副市长", "李无文", "参加"),
        ("副市长", "王彩莲", "参加"),
        ("副市长", "王振勇", "参加"),
        ("副市长", "章月影", "参加"),
    ]
    assert (
        entry.title == "经济短板指标攻坚、安全生产隐患排查整治和生态环境自然资源问题整改工作调度会"
    )


def test_sample_chronicle_entry_wrapped_over_lines_and_second_clause(sample_records):
    chronicle = {e.source.start_line: e for e in _events(sample_records, "chronicle")}
    wrapped = chronicle[1429]  # "…市委\n\n常委、副市长李无文…"
    assert wrapped.source.end_line == 1431
    assert ("市委常委、副市长", "李无文", "参加") in _people(wrapped)
    assert len(wrapped.participants) == 9
    attended_as_guest = chronicle[1449]  # "…参加市委常委会会议，副市长陈应许、…列席。"
    assert attended_as_guest.title == "市委常委会会议"
    assert [p.name for p in attended_as_guest.participants if p.attendance == "列席"] == [
        "陈应许",
        "陈宽",
        "毛伟平",
        "王振勇",
        "章月影",
    ]


def test_sample_typos_kept_as_written(sample_records):
    chronicle = {e.source.start_line: e for e in _events(sample_records, "chronicle")}
    assert ("副市", "陈宽", "参加") in _people(chronicle[1579])  # 副市陈宽 (副市长)
    typo = next(p for p in chronicle[1523].participants if p.name.startswith("章月影"))
    assert typo.name == "章月影许"  # 章月影许参加: the original wording stays


def test_sample_briefs(sample_records):
    briefs = _events(sample_records, "brief")
    assert [b.title for b in briefs] == [
        "温州市打造高质量发展建设共同富裕示范区市域样板领导小组会议召开",
        "市委全面依法治市委员会第五次会议召开",
        "市政府党组传达学习贯彻习近平总书记重要批示精神",
        "市委市政府召开重点专项工作调度会",
        "张振丰检查亚运场馆综合测试赛组织保障工作",
        "温州市新闻传媒中心成立",
    ]
    assert [b.date for b in briefs] == [
        "2023-06-06",
        "2023-06-06",
        "2023-06-14",
        "2023-06-20",
        "2023-06-28",
        "2023-06-28",
    ]
    assert _people(briefs[0]) == [
        ("省委常委、市委书记", "刘小涛", "强调"),
        ("市委副书记、市长", "张振丰", "要求"),
    ]


def test_other_city_chronicle_style():
    records = extract_source(read(FIXTURES / "events" / "hangzhou-chronicle.txt"))
    events = _events(records, "chronicle")
    assert [e.date for e in events] == ["2024-03-04", "2024-03-04", "2024-03-11", "2024-03-11"]
    assert _people(events[0]) == [
        ("市长", "姚高员", "参加"),
        ("常务副市长", "张振丰", "参加"),
        ("副市长", "王宏", "参加"),
        ("副市长", "陈卫强", "参加"),
    ]
    assert _people(events[1]) == [("副市长", "孙旭东", "出席"), ("副市长", "胡伟", "列席")]
    assert _people(events[2]) == [("市委副书记、市长", "姚高员", "主持")]
    assert events[3].title == "全省春季农业生产工作会议"


def test_county_briefs_style():
    records = extract_source(read(FIXTURES / "events" / "county-briefs.txt"))
    briefs = _events(records, "brief")
    assert [(b.title, b.date) for b in briefs] == [
        ("县政府召开第三十次常务会议", None),
        ("全县安全生产工作会议召开", None),
    ]
    assert _people(briefs[1]) == [
        ("县委常委、常务副县长", "王芳", "出席"),
        ("副县长", "李强", "主持"),
    ]


def _copy(graph):
    from rdflib import Graph

    copy = Graph()
    for triple in graph:
        copy.add(triple)
    return copy


def _sample_event_graph():
    from kg.iris import Minter
    from kg.rdf import map_records

    records = extract_source(read(FIXTURES / "events" / "hangzhou-chronicle.txt"))
    graph, _ = map_records(records, Minter(), "hangzhou-chronicle.txt", "杭州市")
    return graph


def test_event_graph_is_valid_and_shapes_bite():
    from rdflib import Literal

    from kg.namespaces import GKG, SDO, XSD
    from kg.validate import validate

    graph = _sample_event_graph()
    assert validate(graph).valid
    event = next(graph.subjects(GKG.participation, None))
    broken = _copy(graph)
    broken.remove((event, SDO.name, None))
    assert any(r.path == str(SDO.name) for r in validate(broken).violations)
    broken = _copy(graph)
    broken.set((event, SDO.startDate, Literal("2024-13", datatype=XSD.string)))
    assert any(r.path == str(SDO.startDate) for r in validate(broken).violations)
    broken = _copy(graph)
    node = next(graph.objects(event, GKG.participation))
    broken.remove((node, GKG.participant, None))
    assert any(r.path == str(GKG.participant) for r in validate(broken).violations)


# --------------------------------------------------------------- dated items in any text (real cuts)


def _items_of(fixture):
    records = extract_source(read(FIXTURES / "events" / fixture))
    return [r for r in records_of(records, "event")]


def test_chronicle_entries_open_with_the_day_year_and_month_from_the_heading():
    # 济宁市人民政府2007年5月大事记: "1日 …", "8日 …", "△ …" (same day), "8—9日 …" (a range)
    events = _items_of("jining-chronicle-2007-05.txt")
    assert [(e.date, e.end_date, e.date_from) for e in events][:5] == [
        ("2007-05-01", None, "heading"),
        ("2007-05-08", None, "heading"),
        ("2007-05-08", None, "heading"),
        ("2007-05-08", None, "heading"),
        ("2007-05-08", "2007-05-09", "heading"),
    ]
    assert _people(events[0]) == [
        ("市委副书记、市长", "张振川", "走访"),
        ("市委常委、政法委书记", "步士金", "走访"),
        ("副市长", "韩军", "走访"),
    ]
    assert ("市委常委、副市长", "崔洪刚", "到") in _people(events[2])
    # the guest leading a delegation and the hosts who accompanied it
    assert [p.name for p in events[4].participants] == ["邢德茂", "张术平", "徐永莲"]
    # 市领导王润廷、刘景伦…等出席: one title for a group
    group = next(e for e in events if e.date == "2007-05-10")
    assert [(p.role, p.name) for p in group.participants][:3] == [
        ("市委书记", "孙守刚"),
        ("市领导", "王润廷"),
        ("市领导", "刘景伦"),
    ]


def test_roundup_items_dated_by_the_page_line():
    # 一周时政要闻 with 【发布日期:2010-08-08】; ●8月3日至4日 is a range
    events = _items_of("putian-roundup-2010-08.txt")
    assert [(e.date, e.end_date, e.date_from) for e in events] == [
        ("2010-08-02", None, "page"),
        ("2010-08-03", None, "page"),
        ("2010-08-03", "2010-08-04", "page"),
        ("2010-08-04", None, "page"),
        ("2010-08-04", None, "page"),
    ]
    # the guest of 会见 and the head of a delegation (由…卢军带领的) take part
    assert [p.name for p in events[0].participants] == ["卢军", "梁建勇", "林庆生"]
    assert [p.name for p in events[1].participants] == ["梁建勇", "云惟生", "王玉宝"]
    assert [p.name for p in events[2].participants] == ["陈文清", "李祖可"]
    assert ("省领导", "张昌平", "陪同") in _people(events[3])


def test_news_report_names_end_before_conjunctions_and_unnamed_people_are_left():
    # 本报讯 (记者…) 13日, with the page line 2016/5/16; "王家波及县法院、县检察院负责人列席"
    (event,) = _items_of("fangxian-report-2016-05.txt")
    assert event.date == "2016-05-13" and event.date_from == "page"
    assert _people(event) == [
        ("县人大常委会副主任", "陈德汉", "主持"),
        ("副主任", "邓华明", "参加"),
        ("副主任", "胡维英", "参加"),
        ("副主任", "何建平", "参加"),
        ("副主任", "谢永翔", "参加"),
        ("县委常委、常务副县长", "王家波", "列席"),
    ]
    # 任命县委副书记纪道清同志为…: appointed, sworn in, his 表态发言 part of it: not a participant
    assert "纪道清" not in {p.name for p in event.participants}


def test_conveyed_people_are_not_participants_and_a_yearless_text_is_kept():
    # 本市要闻 with no year anywhere in the text: events kept, dates left empty
    events = _items_of("chuzhou-roundup-2010-07.txt")
    assert [e.date for e in events] == [None, None, None]
    # ●7月2日: the month and day are the text's, the year is not guessed
    assert [(e.month_day, e.date_from) for e in events] == [("--07-02", "entry")] * 3
    names = [p.name for e in events for p in e.participants]
    assert "张宝顺" not in names and "王三运" not in names  # 传达…重要批示精神
    assert names == ["江山", "朱云霞", "徐发成", "朱云霞"]
    # 省政府召开…电视电话会议,…。会后,滁州市立即召开了全市…会议。市长江山,副市长朱云霞出席会议: they
    # attended the city's meeting held after the item's, not the province's, at which they were
    # published; the province's names no one who took part.
    assert events[0].title == "全市预防青少年儿童溺水工作会议"
    assert events[1].participants[0].attendance == "召集"


def test_range_end_date_is_mapped():
    from kg.iris import Minter
    from kg.namespaces import SDO
    from kg.rdf import map_records
    from kg.validate import validate

    records = extract_source(read(FIXTURES / "events" / "putian-roundup-2010-08.txt"))
    graph, _ = map_records(records, Minter(), "putian-roundup-2010-08.txt", "莆田市")
    assert validate(graph).valid
    assert {str(o) for o in graph.objects(None, SDO.endDate)} == {"2010-08-04"}


def test_guest_named_before_the_title():
    # 连云港 2007年5月政府大事记: "△市长刘永忠会见了胡东哲董事长率领的韩国汉同金属集团公司考察团一行"
    # https://llqcyx.com/zglygzfmhwz/zfdsj1/content/7d1eaa54-9b1b-4efa-9dfc-16dc5136547a.html
    from kg.extract import event_items

    text = (
        "市长刘永忠会见了胡东哲董事长率领的韩国汉同金属集团公司考察团一行,宾主双方进行了友好会谈。"
    )
    people = event_items.participants(text, set())
    assert [(p.role, p.name, p.attendance) for p in people] == [
        ("市长", "刘永忠", "会见"),
        ("董事长", "胡东哲", "会见"),
    ]


def test_month_and_day_without_a_year_are_mapped_and_valid():
    # a text without its year: gkg:startMonthDay (xsd:gMonthDay), no schema:startDate; the event
    # graph validates, and an event with neither is a SHACL warning, not a violation
    from kg.iris import Minter
    from kg.namespaces import GKG, SDO, XSD
    from kg.rdf import map_records
    from kg.validate import validate

    records = extract_source(read(FIXTURES / "events" / "chuzhou-roundup-2010-07.txt"))
    graph, _ = map_records(records, Minter(), "chuzhou-roundup-2010-07.txt", "滁州市")
    report = validate(graph)
    assert report.valid and not report.warnings
    days = set(graph.objects(None, GKG.startMonthDay))
    assert {(str(d), d.datatype) for d in days} == {("--07-02", XSD.gMonthDay)}
    assert not set(graph.objects(None, SDO.startDate))
    undated = _copy(graph)
    undated.remove((None, GKG.startMonthDay, None))
    report = validate(undated)
    assert report.valid and report.warnings


def test_monthly_chronicle_marks_names_without_dot_and_withheld_names():
    # 内蒙古 大事记 (第六期 / 10月): "22日…", "23日以“…”为主题的…" (以 opens the sentence, not
    # 23日以后), and "□ …" entries of the same day; no year in the text
    events = _items_of("neimenggu-chronicle-2015-10-trad.txt")
    assert [(e.date, e.month_day) for e in events] == [
        (None, "--10-22"),
        (None, "--10-23"),
        (None, "--10-23"),  # □ never opens a dated entry here: it is the 23rd's
        (None, "--10-23"),
    ]
    # 策·敖云巴特爾等蒙方嘉賓,…領導王君、巴特爾、…、布小林、那順孟和,…邢海明等觀看演出: one group,
    # a name with · closed before 等, names whatever their first character, 4 characters whole
    assert [p.name for p in events[0].participants] == [
        "策·敖云巴特爾",
        "王君",
        "巴特爾",
        "車華松",
        "楊俊興",
        "烏蘭",
        "符太增",
        "布小林",
        "那順孟和",
        "邢海明",
    ]
    # 王君致歡迎辭, 策·奧云巴特爾發表主旨演講: speeches are parts taken
    assert {"王君", "策·奧云巴特爾", "高燕", "道·額爾登巴特"} <= {
        p.name for p in events[1].participants
    }
    # 會見了前來…的蒙古國副總理策·奧云巴特爾一行 (the guest after a relative clause, 一行 not in
    # the name); 領導 **、劉新樂、**、、郭啟俊參加會見: the withheld names skipped, the list read on
    assert _people(events[2]) == [
        ("中國內(nèi)蒙古自治區(qū)黨委書記", "王君", "會見"),
        ("自治區(qū)主席", "巴特爾", "會見"),
        ("蒙古國副總理", "策·奧云巴特爾", "會見"),
        ("蒙古國駐華大使", "策·蘇赫巴特", "參加"),
        ("蒙古國大呼拉爾委員、工業(yè)部部長", "道·額爾登巴特", "參加"),
        ("中國內(nèi)蒙古自治區(qū)領(lǐng)導(dǎo)", "劉新樂", "參加"),
        ("中國內(nèi)蒙古自治區(qū)領(lǐng)導(dǎo)", "郭啟俊", "參加"),
    ]


def test_a_one_character_word_before_punctuation_ends_no_name():
    # 曲阜 2006年9月大事记: "市领导江成、…、赵永和、韩冬出席": 和 before 、 joins nothing
    # https://shandong-chorography.org/database/c8a/section/9/article/20/
    from kg.extract import event_items

    text = "市领导江成、袁炳新、刘灿镇、吴霁雯、陈鲁起、赵永和、韩冬出席曲阜分会场会议。"
    names = [p.name for p in event_items.participants(text, set())]
    assert names == ["江成", "袁炳新", "刘灿镇", "吴霁雯", "陈鲁起", "赵永和", "韩冬"]


def test_head_of_a_group_with_a_garbled_title():
    # 罗平执政纪要2015: "以云南省卫生和计划生育委员会调研胡守敬为组长的复审组" (调研员 cut in the
    # copy): between 以 and 为组长 a role and a name, the name the one split shaped like a name
    (event,) = _items_of("luoping-chronicle-2015-09.txt")
    assert (event.date, event.end_date) == ("2015-09-16", "2015-09-18")
    assert _people(event) == [("云南省卫生和计划生育委员会调研", "胡守敬", "率")]


def test_a_page_cut_mid_sentence_keeps_a_group_whose_clause_is_whole():
    # the page ends "…市领导张术平、江成、郭庆海、陈\n鲁起出席,并视察": the group and its verb
    # are whole before the cut
    events = _items_of("qufu-chronicle-2006-09-cut.txt")
    assert [e.date for e in events] == ["2006-09-05", "2006-09-05"]
    assert _people(events[1]) == [
        ("市领导", "张术平", "出席"),
        ("市领导", "江成", "出席"),
        ("市领导", "郭庆海", "出席"),
        ("市领导", "陈鲁起", "出席"),
    ]


def test_a_cut_sentence_that_states_the_event_is_not_read():
    # a group whose verb's object is cut and no whole sentence before it: what was attended is lost
    # (5月31日,福田区委书记黄伟实地调研社区党群服务中 — https://www.dutenews.com/n/article/8213801)
    from kg.extract import event_items

    text = "福田区委书记黄伟实地调研社区党群服务中"
    assert event_items.participants(text, set(), cut_at=0) == []
    assert [p.name for p in event_items.participants(text + "心。", set())] == ["黄伟"]


def test_named_people_share_the_verb_of_an_unnamed_list_after_them():
    # 长子县要闻简报: "副县长张树军,各乡镇(服务中心)、…分管负责人等在政府五楼会议室收听收看。"
    (event,) = _items_of("zhangzi-briefs-2023-09.txt")
    assert (event.date, event.month_day) == (None, "--09-27")
    assert _people(event) == [("副县长", "张树军", "收听")]


def test_an_entry_holding_two_events_gives_two():
    # 成都日报 半月大事: "7日 …座谈会召开。李春城出席会议并讲话。 李春城、葛红林出席我市“119”…启动仪式。"
    # the second group attends another event, named in full; 出席会议 points back to the first
    events = [e for e in _items_of("chengdu-roundup-2006-11.txt") if e.date == "2006-11-07"]
    assert [[p.name for p in e.participants] for e in events] == [["李春城"], ["李春城", "葛红林"]]
    assert events[0].title.startswith("中共成都市委与市级民主党派")
    assert events[1].title.startswith("李春城、葛红林出席我市“119”消防宣传")


def test_an_item_cut_before_what_was_attended_is_a_warning():
    # the page ends "5月31日,福田区委书记黄伟实地调研社区党群服务中": no event (what was attended is
    # lost), but a warning naming the line, never a silent gap
    records = extract_source(read(FIXTURES / "events" / "futian-roundup-2024-05-cut.txt"))
    assert not records_of(records, "event")
    (warning,) = [r for r in records_of(records, "warning") if r.genre == "events"]
    assert warning.source.start_line == 6
    assert "cut off" in warning.message and "黄伟" in warning.message


def test_reports_speeches_on_behalf_and_names_ending_in_verb_heads():
    from kg.extract import event_items

    def read(text, known=frozenset()):
        return [(p.name, p.attendance) for p in event_items.participants(text, set(known))]

    # http://www.shexian114.com/minshengguanzhu/thread-1952-1-1.aspx
    assert read(
        "县法院行政审判庭庭长陈铁山、县检察院民行科科长袁卫东分别就本职工作作了报告,代表们进行了民主评议。"
    ) == [
        ("陈铁山", "作"),
        ("袁卫东", "作"),
    ]
    # http://www.0455zd.com/shownews.asp?id=8240: 代表 X 作报告 (on behalf of); 代市长 after a name
    # is "on behalf of the mayor", not the acting mayor: 李延春 did not speak
    assert read(
        "会上,由市委督查室副主任于明珠代表市政府作关于市九届人大一次会议代表建议的报告。"
    ) == [("于明珠", "作")]
    said = read("会上,吕江同志代市长李延春作关于熊福春等同志拟任免职的提请报告。", {"吕江"})
    assert "李延春" not in [name for name, _ in said]
    # http://m.news.wmxa.cn/n/201301/17958.html: 汇报了 closes a name like any verb of taking part
    assert read("会上,县政府办公室副主任花培祥汇报了《张永潮在户县…的政府工作报告》有关情况;") == [
        ("花培祥", "汇报")
    ]
    # http://www.cjgcw.com/p/394402.html: 洪自强 , (强 before punctuation opens no 强调)
    assert read(
        "泉州市人民政府副市长洪自强 ,市中级法院院长陈明、市检察院检察长高扬捷列席会议。"
    ) == [
        ("洪自强", "列席"),
        ("陈明", "列席"),
        ("高扬捷", "列席"),
    ]


def test_news_dateline_and_an_event_stated_twice():
    # 中新网 上海4月12日电(记者 范宇斌)11日,…聘任仪式举行。…市长龚正为…22位新聘馆员颁发聘书。 then the
    # photo caption "4月11日,…聘任仪式举行。" and 仪式上,…副市长解冬宣读…: one event; the page line
    # (发布时间:2024-11-14) is seven months later, so no year is taken from it
    (event,) = _items_of("shanghai-report-wenshiguan.txt")
    assert (event.date, event.month_day) == (None, "--04-11")
    assert _people(event) == [
        ("上海市委副书记、市长", "龚正", "颁发"),
        ("上海市副市长", "解冬", "宣读"),
    ]
    assert (event.source.start_line, event.source.end_line) == (3, 4)


# ------------------------------------------------------------- the year: entry, heading, the text's


def test_items_without_a_year_take_the_year_the_text_states():
    # 省长一周政务 (H-19): the year only in the dateline 09.07.2022 22:59 (kg.extract.context
    # reads it as the text's year); the items say 6月28日 and the heading ● 6月30日
    events = _items_of("jiangxi-governor-week-2022-07-cut.txt")
    assert [(e.date, e.date_from) for e in events] == [
        ("2022-06-28", "page"),
        ("2022-06-30", "page"),
    ]
    assert [p.name for e in events for p in e.participants] == ["叶建春", "叶建春"]


def test_a_day_after_the_page_date_keeps_no_year():
    from kg.extract import event_items as ei

    lead = ei.read_lead("8月20日,市长出席。", 0)
    page = datetime.date(2021, 8, 16)
    found = ei.resolve(lead, ei.Heading(), 2021, page)
    assert (found.date, found.month_day) == (None, "--08-20")
    lead = ei.read_lead("8月13日,市长出席。", 0)
    assert ei.resolve(lead, ei.Heading(), 2021, page).date == "2021-08-13"
    # the heading's year comes before the text's
    assert ei.resolve(lead, ei.Heading(2020, None), 2021, page).date == "2020-08-13"


def test_a_remark_to_a_reporter_is_no_part_taken():
    # 人民報 (H-03): 在談到本次會議有關人事任免時,省人大常委會主任謝世傑說,… quotes him about
    # the meeting; he is not said to attend, and the meeting names nobody else: no event
    assert _items_of("sichuan-report-2001-01-trad.txt") == []
    # its dateline 1月13日消息 is a report line like 讯: the meeting's 昨天 is the 12th
    from kg.extract import event_items as ei

    lead = ei.read_lead("【人民报讯】1月13日消息:昨天,四川省九届人大常委会第21次会议通过了…", 0)
    assert ei.resolve(lead, ei.Heading(), 2001, None).date == "2001-01-12"


# ------------------------------------------------------------- people's-congress session reports


def test_a_session_report_names_the_meeting_before_its_date():
    # H-01: 江西省第十二届人大常委会第二十次会议今天(9月24日)在南昌闭会。…副主任洪礼和主持会议。
    (event,) = _items_of("jiangxi-session-report-2015-09-cut.txt")
    assert (event.date, event.date_from) == ("2015-09-24", "page")  # the year: 24.09.2015
    assert _people(event)[:3] == [
        ("省委书记、省人大常委会主任", "强卫", "出席"),
        ("省人大常委会副主任", "洪礼和", "主持"),  # 和 before 主持 joins nobody
        ("省人大常委会副主任", "史文清", "出席"),
    ]
    assert [p.name for p in event.participants][-1] == "魏民"


def test_a_session_report_dated_after_its_subject_with_a_range():
    # H-11: …第二十七次会议于 2006 年 12 月 25 日至 29 日在海口召开。副主任张德春、…、王 法仁、…
    (event,) = _items_of("hainan-session-report-2006-12-cut.txt")
    assert (event.date, event.end_date) == ("2006-12-25", "2006-12-29")
    names = [p.name for p in event.participants]
    assert names == ["张德春", "钟文", "韩至中", "秦醒民", "王琼瑛", "王 法仁", "王亚保", "翟培基"]


# ------------------------------------------------------------- a yearbook's chronicle


def test_yearbook_chronicle_dated_by_year_and_month_headings():
    # 《浮梁年鉴2006》 大事记 (H-17): "2004年", then "一月" (a month in Chinese numerals), then
    # entries opened by the day (7日 …); the unnamed come in several groups before the verb
    # (县领导…孙庚九,县直有关部门领导,24家…企业负责人参加了会议); a report made is a part taken
    events = _items_of("fuliang-yearbook-chronicle-2004-cut.txt")
    assert [(e.date, e.date_from) for e in events] == [
        ("2004-01-07", "heading"),
        ("2004-01-14", "heading"),
        ("2004-01-19", "heading"),
        ("2004-02-02", "heading"),
    ]
    assert [p.name for p in events[1].participants] == ["吴光辉", "冯干勤", "张承龙", "孙庚九"]
    assert _people(events[2]) == [("县委副书记", "郑小平", "主持"), ("县长", "吴光辉", "总结")]


# ------------------------------------------------------------- what stands before an item's date


def test_numbered_items_open_with_their_date():
    # 景德镇 政务要闻 (H-18): 一、8月15日下午,…; an unnumbered item between numbered ones is its
    # own; the year is not in the text (the gold's comes from the address): month and day only
    events = _items_of("jingdezhen-numbered-roundup-2017-08-cut.txt")
    assert [e.month_day for e in events] == ["--08-15", "--08-21", "--08-15", "--08-15"]
    assert [p.name for p in events[0].participants] == ["陈子季", "钟志生", "吴隽", "张良华"]
    # the unnumbered item (刘峰副市长调研…, the name before the title) is an event of its own, and
    # 黄金龙 of item 五 is no participant of the item before it
    assert [p.name for p in events[2].participants] == ["刘峰"]
    assert [p.name for p in events[3].participants] == ["黄金龙"]


def test_a_reporters_credit_before_the_date():
    # 大渡口网 (H-21): (记者:罗超)9月27日,区委副书记、区政府区长张国智主持召开…; 区领导…出席。
    (event,) = _items_of("dadukou-executive-meeting-2022-09-cut.txt")
    assert event.month_day == "--09-27"
    assert _people(event)[:2] == [
        ("区委副书记、区政府区长", "张国智", "主持"),
        ("区领导", "刘扬", "出席"),
    ]


def test_a_field_label_and_a_posting_date_above_the_item():
    # 株洲 市政府常务会议 list (K-16): 2023/01/10 / 会议地点:… / 会议摘要:1月6日,市长陈恢清主持召开…;
    # the posting date above an item dates it as a dateline does; the third summary opens with a
    # headline, not a date, and is not read
    events = _items_of("zhuzhou-executive-meetings-posted-2023-01-cut.txt")
    assert [(e.date, e.date_from) for e in events] == [
        ("2023-01-31", "page"),
        ("2023-01-06", "heading"),
    ]
    assert [_people(e)[0] for e in events] == [("市长", "陈恢清", "主持")] * 2


def test_a_posting_date_gives_the_year_before_it():
    # K-16's third summary (12月24日下午,市长陈恢清主持召开) read under a posting date in the next
    # January: it happened in the year before (as a dateline 1月3日讯 reads it)
    heading = ei.read_heading("2023/01/03", ei.Heading())
    lead = ei.read_lead("12月24日下午,市长陈恢清主持召开", 0)
    assert ei.resolve(lead, heading, None, None).date == "2022-12-24"


def test_yesterday_after_the_subject_of_a_report_is_the_day_before_its_dateline():
    # http://zjnews.zjol.com.cn/system/2010/07/29/016802111.shtml (K-06), a cut: 昨天 stands
    # after the meeting's name, not at the start; the meeting was on the 28th.
    from kg.text.source import from_text

    text = (
        "浙江在线07月29日讯 据《青年时报》报道杭州市十一届人大常委会第二十四次会议昨天接受蔡奇辞去"
        "杭州市市长职务,决定任命邵占维为杭州市副市长,代理杭州市市长职务。\n"
        "杭州市人大常委会主任王国平,副主任于辉达、顾树森出席会议。\n"
    )
    events = [r for r in extract_source(from_text(text, "news.txt")) if r.kind == "event"]
    assert [(e.date, e.month_day) for e in events] == [(None, "--07-28")]


def test_a_day_whose_month_the_copy_lost_and_a_list_of_bare_names():
    # http://www.yushu.gov.cn/xxgk/ldjj/202110/t20211004_2913256.html (devcorpus P-06), a cut:
    # 929日 is 9月29日 of the page's week (发布时间: 2021-09-30); every name of
    # 徐志刚、…、王海艳出席 takes part.
    from kg.text.source import from_text

    text = (
        "吴威主持召开市长办公会2021年第一次会议\n\n"
        "发布时间: 2021-09-30 08:36 来源: 榆树市信息中心\n\n"
        "  929日下午,代市长吴威主持召开市长办公会2021年第一次会议。徐志刚、闫伟、马光辉、于志坚、"
        "张龙彪、王海艳出席会议。\n"
    )
    events = [r for r in extract_source(from_text(text, "news.txt")) if r.kind == "event"]
    assert [(e.date, [p.name for p in e.participants]) for e in events] == [
        ("2021-09-29", ["吴威", "徐志刚", "闫伟", "马光辉", "于志坚", "张龙彪", "王海艳"])
    ]


def test_the_pages_date_line_opens_no_item():
    # http://www.ncdzx.com/xwzx/la/200912/t20091204_1163804.htm (devcorpus Q-04, traditional
    # script), a cut: the page's date and time line is the page's, and 昨天 in the report is the
    # day before it.
    from kg.text.source import from_text

    text = (
        "      廣州首聘港臺名人擔任文史館名譽館員\n\n"
        "      2009年12月04日 14:51 來源: 字號:       轉發 打印\n\n"
        "        廣州市政府聘任政府參事、文史館名譽館員和館員頒發聘書儀式暨座談會昨天下午在市政府禮堂"
        "舉行,廣州市市長張廣寧向17位新聘任的參事、名譽館員和館員頒發聘書並參加座談。\n"
    )
    events = [r for r in extract_source(from_text(text, "news.txt")) if r.kind == "event"]
    assert all("來源" not in (e.title or "") for e in events)
    assert all(e.date != "2009-12-04" for e in events)


def test_a_web_pages_own_date_from_its_markup_dates_its_report():
    # The P-06 cut as a web page would give it: no date line in the text, the page's date in its
    # markup (kg.formats Origin.date): 929日 is read against it.
    import dataclasses

    from kg.formats import Origin
    from kg.text.source import from_text

    text = (
        "吴威主持召开市长办公会2021年第一次会议\n\n"
        "  929日下午,代市长吴威主持召开市长办公会2021年第一次会议。徐志刚、闫伟出席会议。\n"
    )
    source = from_text(text, "page.html")
    origin = Origin(format="html", media_type="text/html", file_sha256="0", date="2021-09-30")
    dated = dataclasses.replace(source, origin=origin)
    assert [e.date for e in extract_source(dated) if e.kind == "event"] == ["2021-09-29"]
    assert [e.date for e in extract_source(source) if e.kind == "event"] == [None]


def test_a_meeting_decided_for_later_does_not_date_the_report():
    # http://lzzx.liuzhou.gov.cn/xw/201001/t20100123_350131.html (U-02): the headline names the
    # congress session the standing committee decided to hold, not the meeting reported
    lead = ei.subject_lead("决定市十二届人大八次会议于23日至5日举行;任命胡明朗为副市长", 0)
    assert lead is None
    # the same form, held: 江西省第十二届人大常委会第二十次会议今天(9月24日)在南昌闭会 (docstring)
    lead = ei.subject_lead("江西省第十二届人大常委会第二十次会议今天(9月24日)在南昌闭会", 0)
    assert (lead.month, lead.day) == (9, 24)


def test_a_name_ending_in_qiang_before_a_verb_of_taking_part():
    # http://www.whdsw.org.cn/dsds/1652.jhtml (devcorpus P-02), a cut: 马国强 was no name (强 was
    # taken for the head of 强调), and the entry a warning
    text = (
        "2019年1月大事记(杂志版)\n"
        "1月2日,为开好2018年度省委和市委常委班子民主生活会,省委副书记、市委书记马国强主持召开征求意见"
        "座谈会,听取基层代表意见建议。\n"
    )
    events = [r for r in extract_source(from_text(text, "P-02.txt")) if r.kind == "event"]
    assert [(e.date, _people(e)) for e in events] == [
        ("2019-01-02", [("省委副书记、市委书记", "马国强", "主持")])
    ]


def test_a_report_of_a_day_it_does_not_name_is_not_dated_by_its_dateline():
    # https://haikou.baogaosu.com/… (devcorpus A-39): 据新华社北京8月15日电 日前,…签署国务院令:
    # signed some day before 15 August
    text = "17.08.2014  01:50\n\n  据新华社北京8月15日电  日前,国务院总理李克强签署国务院令,公布《国务院关于修改部分\n"
    assert [r for r in extract_source(from_text(text, "A-39.txt")) if r.kind == "event"] == []


def test_the_links_to_other_pages_after_a_report_are_no_events():
    # http://big5.www.gov.cn/gate/big5/www.gov.cn/gzdt//2012-03/30/content_2103305.htm, a cut: the
    # 相關鏈結 after the report list other headlines, two of which were read as events of that day
    text = "當前位置: 首頁>> 工作動態>> 地方政務\n \n姜大明劉偉在山東濟南會見花蓮縣縣長傅崐萁一行\n中央政府門戶網站 www.gov.cn   2012年03月30日 10時50分   來源:大眾日報\n\n    3月29日下午,山東省委副書記、省長姜大明,山東省委副書記、省政協主席劉偉在濟南會見了花蓮縣縣長傅崐萁一行。\n\n    姜大明對傅崐萁的再次來訪表示歡迎。在簡要介紹了山東經濟社會發展情況之後,姜大明説,當前兩岸關係穩中有進,各項交流持續深入,魯臺各領域呈現大交流大合作的良好局面。山東高度重視兩岸交流合作,將加快落實各項成果,保持魯臺經貿合作的良好態勢,進一步拓展魯臺文化、教育、旅遊交流,推動兩地民眾參與魯臺交流合作。花蓮縣是台灣島內面積第一大縣,去年,傅縣長率團參訪山東為加強交流合作奠定了良好的基礎。這次,傅縣長還將在山東考察有機農業發展情況,希望結合花蓮農業發展的成功經驗,對山東農業發展多提寶貴意見。今年,山東省政府計劃在台灣繼續舉辦魯臺經貿文化交流活動,我們希望能到花蓮縣參訪,再敘友情,暢談合作。\n\n    傅崐萁感謝山東的熱情接待,並邀請山東鄉親到花蓮訪問做客。他簡要介紹了花蓮縣的基本情況,表示花蓮縣願與山東加強聯絡,大力推動山東與花蓮間包機直航,深化旅遊、經貿及農業合作,帶動雙方各領域交流合作不斷升溫。\n\n    山東省副省長才利民,濟南市市長楊魯豫,山東省政府秘書長蒿峰參加會見。(記者 袁濤)\n\n \n \n 相關鏈結\n· 姜異康、姜大明在濟南會見中航集團總經理一行\n· 姜異康、姜大明等參加山東省全民義務植樹活動\n· 山東省長姜大明接受新華社專訪暢談民生與發展\n· 姜大明:創新拼搏紮實工作創造經濟社會發展新優勢\n"
    events = [r for r in extract_source(from_text(text, "cut.txt")) if r.kind == "event"]
    # titled by the meeting after the two officials (events.py _meeting_with)
    assert [(e.date, e.title[:12]) for e in events] == [("2012-03-29", "會見了花蓮縣縣長傅崐萁一")]


def test_an_e_papers_print_date_under_its_edition_is_the_page_date_not_an_item():
    # http://xrc.yunpaper.cn/Article/index/aid/8897714.html, a cut: the date the page was printed
    # (10 June) opened an item of its own, a second meeting on the wrong day
    text = "\n第一版:要闻\n\n2025年06月10日\n区政府常务会议召开\n宋华东主持\n本文字数:516\n■田冲\n6月6日,区政府第70次常务会议召开。区委副书记、区长宋华东主持;副区长王胜男、李强、盛振亮出席。\n"
    events = [r for r in extract_source(from_text(text, "cut.txt")) if r.kind == "event"]
    assert [(e.date, [p.name for p in e.participants]) for e in events] == [
        ("2025-06-06", ["宋华东", "王胜男", "李强", "盛振亮"])
    ]


def test_an_entry_of_a_part_of_the_month_is_an_item_of_its_own():
    # http://paris-si.com/thread-2325-1-1.html (a 兴宁 chronicle, traditional script with pinyin), a
    # cut: the entries opened by 上旬 and 中旬 were read as part of the entry before, their leaders
    # its participants
    text = (
        "17日,省廣播電視網(wǎng)絡(luò)股份有限公司董事長張健率扶貧開發(fā)“雙到”工作組到羅浮鎮(zhèn)嶺南村開展慰問活動。 "
        "中旬,省婦聯(lián)副主席劉蘭妮率扶貧開發(fā)“雙到”工作組到水口鎮(zhèn)群興村開展送溫暖活動。 "
        "30日,市委書記、市長陳略宇率領(lǐng)市五套班子部分成員深入該市部分重點企業(yè)調(diào)研,了解企業(yè)新年發(fā)展大計和征求意見建議。\n"
    )
    events = [r for r in extract_source(from_text(text, "cut.txt")) if r.kind == "event"]
    assert [[p.name for p in e.participants] for e in events] == [["張健"], ["劉蘭妮"], ["陳略宇"]]


def test_yesterday_after_a_byline_is_the_day_before_the_pages_date():
    # http://news.sina.com.cn/c/2005-04-13/06565633445s.shtml, a cut: (…记者…)昨日 on a page of
    # 2005年04月13日06:56 was no item
    text = "四川省省长张中伟会见泰国公主诗琳通 | ||||||||\n---|---|---|---|---|---|---|---|---|\nhttp://www.sina.com.cn 2005年04月13日06:56 四川新闻网-成都日报 | ||||||||\n(四川日报记者孙琳本报记者赖晓莉)昨日,省长张中伟在蓉会见了泰国公主诗琳通一行。 张中伟首先代表四川省人民政府对诗琳通公主一行来访表示欢迎,对泰国驻成都领事办公室开馆表示祝贺。张中伟在简要介绍了四川省情后说,改革开放以来,四川发生了很大变化,特别是中央实施西部大开发,以生态工程和基础工程为切入点,四川抓住机遇,加\n"
    events = [r for r in extract_source(from_text(text, "cut.txt")) if r.kind == "event"]
    assert [(e.date, [p.name for p in e.participants]) for e in events] == [
        ("2005-04-12", ["张中伟"])
    ]


def test_a_chronicle_heading_with_its_year_and_month_run_together():
    # http://ycdag.com/NewsShow_3401.html (held-out Z-01, scored before this fix), a cut:
    # 盐城大事记202008 was no heading, so the entries 1日, 3日 took the month of the page's date
    # (2020-09-18): meetings of August published as of September
    text = "盐城大事记202008\n\n发布日期:2020-09-18 浏览次数:1609 字号:【\n\n    1日  市长、市政府党组书记曹路宝在盐主持召开市政府党组会议,集中学习习近平总书记近期重要讲话、重要指示和重要文章,传达学习省委十三届八次全会和市委七届十次全会精神,研究市委第十轮巡察和“六保”任务专项巡察反馈问题整改工作,部署政府当前重点工作。\n    3日  市人大常委会在盐召开党组(扩大)会议,传达学习省委十三届八次全会和市委七届十次全会精神,研究贯彻落实意见。受市委书记、市人大常委会主任、党组书记戴源委托,市人大常委会常务副主任、党组副书记张礼祥主持并讲话。市人大常委会副主任、党组副书记倪峰出席并讲话。市人大常委会副主任、党组成员尹金来、马俊健、周键云等出席,市人大常委会副主任邹毅实等列席。\n"
    events = [r for r in extract_source(from_text(text, "cut.txt")) if r.kind == "event"]
    assert [e.date for e in events][:2] == ["2020-08-01", "2020-08-03"]


def test_a_participant_on_a_mandate_and_a_quoted_term_inside_a_role():
    # https://www.wenzhou.gov.cn/art/2014/5/12/art_1217810_1490255.html (温州 2012年大事记), a cut:
    # …庄跃成受省委委派宣布… gave no participant (受… stood between the name and its verb), and
    # the role stopped at the quoted term (工委书记)
    text = (
        "2012年大事记\n\n1月\n\n"
        "  8日  市委召开全市领导干部大会,宣布市领导班子换届人事安排方案。省委组织部副部长、"
        "“两新”工委书记庄跃成受省委委派宣布温州市领导班子换届人事安排方案。\n"
    )
    events = [r for r in extract_source(from_text(text, "cut.txt")) if r.kind == "event"]
    assert [(e.date, _people(e)) for e in events] == [
        ("2012-01-08", [("省委组织部副部长、“两新”工委书记", "庄跃成", "宣布")])
    ]


def test_a_byline_in_square_brackets_before_the_day():
    # http://tongcheng.cjyun.org/xzfbgs/p/32119.html (devcorpus L-13), a cut: 【全媒体记者 吴刚】4月7日,…
    # was no item
    text = (
        "2020年第6次县政府常务会召开\n\n\n"
        "【全媒体记者 吴刚】4月7日,县委副书记、县长刘明灯在县委小礼堂主持召开2020年第6次县政府常务会议。\n"
    )
    events = [r for r in extract_source(from_text(text, "cut.txt")) if r.kind == "event"]
    assert [(e.date, _people(e)) for e in events] == [
        ("2020-04-07", [("县委副书记、县长", "刘明灯", "主持")])
    ]


def test_a_name_followed_by_an_adverb_of_succession_before_its_verb():
    # http://www.whdsw.org.cn/dsds/1652.jhtml (devcorpus P-02, 武汉大事记 2019年1月), a cut:
    # …主任马国强接连参加… gave no participant
    text = (
        "2019年1月大事记(杂志版)\n"
        "1月6日,省委副书记、市委书记、市人大常委会主任马国强接连参加两场代表团联团审议,先后与江岸、"
        "江汉、硚口、武昌4个代表团的人大代表们,共议基层社会治理创新,共商推动高质量发展。\n"
    )
    events = [r for r in extract_source(from_text(text, "cut.txt")) if r.kind == "event"]
    assert [(e.date, _people(e)) for e in events] == [
        ("2019-01-06", [("省委副书记、市委书记、市人大常委会主任", "马国强", "参加")])
    ]


def test_today_with_its_date_written_after_it():
    # http://love.hnmdtv.com/love/2022/0727/156473.html (devcorpus Q-02), a cut: 今天(7月27日),…
    # was no item
    text = (
        "时间:2022-07-27 20:43:35 来源: 上海崇明\n\n"
        "今天(7月27日),区二届人大常委会第四次会议决定,接受缪京辞去崇明区区长职务的请求,"
        "李峻任崇明区副区长、代理区长。区委书记缪京出席会议,区人大常委会主任薛红主持会议。\n"
    )
    events = [r for r in extract_source(from_text(text, "cut.txt")) if r.kind == "event"]
    assert [(e.date, _people(e)) for e in events] == [
        ("2022-07-27", [("区委书记", "缪京", "出席"), ("区人大常委会主任", "薛红", "主持")])
    ]


def test_a_meeting_held_yesterday_named_before_the_day_on_a_dated_page():
    # http://lzzx.liuzhou.gov.cn/xw/201001/t20100123_350131.html (devcorpus U-02), a cut saved
    # with its address: the session …于昨天上午召开 on a page of 2010-01-23 was no item
    text = (
        "# source: http://lzzx.liuzhou.gov.cn/xw/201001/t20100123_350131.html\n"
        "人大常委会召开第二十八次会议\n\n  • 2010-01-23   柳州日报   记者 姚颖盈\n\n"
        "   市十二届人大常委会第二十八次会议于昨天上午召开。会议决定市十二届人大八次会议于今年23日至5日"
        "举行,决定任命胡明朗为市人民政府副市长。\n\n"
        "   会议由市人大常委会副主任周卓新主持,市人大常委会副主任徐伟崇、梁爱凤,秘书长陈国智出席会议。\n"
    )
    events = [r for r in extract_source(from_text(text, "cut.txt")) if r.kind == "event"]
    assert [(e.date, e.title, [p.name for p in e.participants]) for e in events] == [
        ("2010-01-22", "市十二届人大常委会第二十八次会议", ["周卓新", "徐伟崇", "梁爱凤", "陈国智"])
    ]  # titled by the meeting's name


def test_a_day_that_lost_its_month_sign_read_against_the_pages_date():
    # http://yanshi.gov.cn/yanshi/detail/60219.html (devcorpus Z-03), a cut: 33日 (3月3日 with
    # its 月 lost) on a page of 2025-03-04 was read as day 33 and left undated
    text = (
        "区政府召开第2次区长办公会议\n\n来源 : 偃师融媒     发布日期:2025-03-04     点击次数:347\n\n"
        "33日,区长赵玉勋主持召开区长办公会议,对全区各项重点工作进行研究部署。\n"
    )
    events = [r for r in extract_source(from_text(text, "cut.txt")) if r.kind == "event"]
    assert [(e.date, e.date_from, _people(e)) for e in events] == [
        ("2025-03-03", "page", [("区长", "赵玉勋", "主持")])
    ]


def test_an_occasion_named_before_the_date_of_a_paragraph():
    # http://xp38.cn/html/2024-09/15/content_178309.html (devcorpus R-11, traditional script with
    # pinyin), a cut saved with its address: 中秋假期第一天,9月15日上午,… was no item
    text = (
        "# source: http://xp38.cn/html/2024-09/15/content_178309.html\n"
        "中秋假期第一天,9月15日上午,市長葛斌來到市政府總值班室,看望慰問節(jié)日期間在崗值班人員。\n"
    )
    events = [r for r in extract_source(from_text(text, "cut.txt")) if r.kind == "event"]
    assert [(e.date, _people(e)) for e in events] == [("2024-09-15", [("市長", "葛斌", "來到")])]


def test_yesterday_with_its_day_written_after_it():
    # https://chinacourt.org/article/detail/2008/07/id/314278.shtml (devcorpus S-01), a cut:
    # 昨日(22日),… was no item
    text = (
        "张晓兰任甘肃省副省长 免去陆武成副省长职务\n"
        "2008-07-23 14:01:41 | 来源:新华网-甘肃日报 | 作者:陈永君\n"
        "  昨日(22日),(甘肃)省十一届人大常委会第四次会议举行闭幕大会,省委书记、省人大常委会主任陆浩,"
        "省委常委、常务副省长冯健身出席会议。\n"
    )
    events = [r for r in extract_source(from_text(text, "cut.txt")) if r.kind == "event"]
    assert [(e.date, [p.name for p in e.participants]) for e in events] == [
        ("2008-07-22", ["陆浩", "冯健身"])
    ]


def test_a_day_then_the_entrys_headline_in_square_brackets():
    # http://www.gzxiaojia.com/html/2022-01-14/157_17641.html (devcorpus Z-02, traditional script
    # with pinyin), a cut: 8日【…】… was no item
    text = (
        "2012年桐城大事記\n時(shí)間:2022-01-14\n來源:桐城市融媒體中心\n1月\n"
        "8日【省委組織部副部長、老干局局長詹福穩(wěn)一行到安慶市重點(diǎn)扶貧村】省委組織部副部長、"
        "老干局局長詹福穩(wěn)一行到安慶市重點(diǎn)扶貧村——唐灣鎮(zhèn)蔣潭村慰問老黨員和困難群眾。\n"
    )
    events = [r for r in extract_source(from_text(text, "cut.txt")) if r.kind == "event"]
    assert [(e.date, e.title, _people(e)) for e in events] == [
        (
            "2012-01-08",
            "省委組織部副部長、老干局局長詹福穩(wěn)一行到安慶市重點(diǎn)扶貧村",
            [("省委組織部副部長、老干局局長", "詹福穩(wěn)", "到")],
        )
    ]


def test_names_then_the_leaders_they_are_and_unnamed_office_holders_before_the_verb():
    # http://yanshi.gov.cn/yanshi/detail/60219.html (devcorpus Z-03) and
    # https://www.zhangye.gov.cn/zyszfxxgk/fdzdgknr_5657/qtfdzdgknr/zfgb/zfgb2024/2024_07/ysj_202407/202408/t20240813_1273986.html
    # (devcorpus P-01), cuts: the names before 等区领导 were not read, nor those before 等市四班子领导 and the
    # unnamed 院长, 检察长, 秘书长 before the verb they share
    text = (
        "来源 : 偃师融媒     发布日期:2025-03-04     点击次数:347\n\n33日,区长赵玉勋主持召开区长办公会议,对全区各项重点工作进行研究部署。\n\n"
        "郭秋香、汪旭霞、段昊等区领导参加会议。\n"
    )
    events = [r for r in extract_source(from_text(text, "cut.txt")) if r.kind == "event"]
    assert [_people(e) for e in events] == [
        [("区长", "赵玉勋", "主持"), ("区领导", "郭秋香", "参加"), ("区领导", "汪旭霞", "参加"),
         ("区领导", "段昊", "参加")]
    ]  # fmt: skip
    text = (
        "(2024年5月)\n\n1日,我市在高台县举行重温习近平总书记视察甘肃视察张掖重要讲话重要指示精神“七一”"
        "主题党日活动。卢小亨、王海峰、周均发等市四班子领导,市中级人民法院院长、市人民检察院检察长和"
        "市人大常委会、市政府、市政协秘书长等出席。\n"
    )
    events = [r for r in extract_source(from_text(text, "cut.txt")) if r.kind == "event"]
    assert [(e.date, _people(e)) for e in events] == [
        ("2024-05-01", [("市四班子领导", n, "出席") for n in ("卢小亨", "王海峰", "周均发")])
    ]


def test_yesterdays_is_no_day_and_a_session_that_closed_after_its_business():
    # http://sfmzp.com/article-7714-1.html (devcorpus Y-10, traditional script), a cut: the event
    # was read from 昨天的大會應出席代表…, titled 的大會應出席代表… and undated; the first line, whose
    # session 圓滿完成各項議程15日上午…閉幕, opened no item. 習近平簽署第20號主席令予以公布 promulgates
    # the decision: no part taken in the session (the gold's convention, devcorpus C-10 and Y-04)
    text = (
        "第十二屆全國人民代表大會第三次會議圓滿完成各項議程15日上午在人民大會堂閉幕。大會批準政府工作報告、"
        "全國人大常委會工作報告等;表決通過關于修改立法法的決定,國家主席習近平簽署第20號主席令予以公布。\n"
        "昨天的大會應出席代表2964人,出席2877人,缺席87人,出席人數符合法定人數。\n"
        "閉幕會由大會主席團常務主席、執行主席、全國人大常委會委員長張德江主持。\n"
    )
    events = [r for r in extract_source(from_text(text, "cut.txt")) if r.kind == "event"]
    assert [(e.title, e.month_day, [p.name for p in e.participants]) for e in events] == [
        (
            "第十二屆全國人民代表大會第三次會議",  # the session, named before its day
            None,  # the month is not told
            ["張德江"],
        )
    ]


def test_a_bulleted_headline_dated_at_its_end_is_no_event_beside_its_story():
    # https://hzdaily.hangzhou.com.cn/hzrb/2024/06/17/article_detail_1_20240617A021.html (devcorpus
    # R-12), a cut: the headline ■ …路径 6月11日 over the story 11日下午,…刘捷赴… was an event too
    text = (
        "一周新闻眼\n\n■ 刘捷调研市委社会工作部:积极探索与发展阶段相适应的社会工作路径 6月11日\n\n"
        "2024-06-17\n\n11日下午,省委副书记、市委书记刘捷赴市委社会工作部调研,并看望干部职工。\n"
    )
    events = [r for r in extract_source(from_text(text, "cut.txt")) if r.kind == "event"]
    assert [(e.date, e.source.start_line, _people(e)) for e in events] == [
        ("2024-06-11", 7, [("省委副书记、市委书记", "刘捷", "赴")])
    ]


def test_the_day_of_the_reports_event_told_further_is_no_item():
    # http://district.ce.cn/newarea/roll/201307/05/t20130705_720840.shtml (devcorpus S-14), a cut:
    # 当天新聘的15位…馆员是:… was an item of its own, 张广智 (from 张广智在当天的聘任仪式上…) the
    # participant of a second event
    text = (
        "2013年07月05日 07:21   来源:河南日报   \n\n"
        "  新华网河南频道7月5日讯大河网—河南日报报道:7月4日,省政府在郑州举行仪式,新聘王立群等15人为省文史"
        "研究馆馆员,副省长张广智出席仪式并向新任馆员颁发聘书。\n\n"
        "  当天新聘的15位省文史研究馆馆员是:王立群、王永宽、王玉函、王宝童、甘泽平、齐飞、刘宏(女)、张家顺、"
        "祁惠民、周云峰、唐海、俞绍初、侯耀忠、常俭传、李抱一。\n\n"
        "  张广智在当天的聘任仪式上希望各位馆员在服务中心工作中彰显优势、在推动文化发展繁荣中再创佳绩、"
        "在加强民主监督中发挥作用。\n"
    )
    events = [r for r in extract_source(from_text(text, "cut.txt")) if r.kind == "event"]
    assert [(e.date, [p.name for p in e.participants]) for e in events] == [
        ("2013-07-04", ["张广智"])
    ]


def test_a_clock_time_after_the_day_and_a_name_ending_in_qiang_before_xiang():
    # http://m.ship-bio.com/articles/2018-03-20/1200732.html (traditional script), a cut: 2月25日上午
    # 10時,… was no item (a digit after the day), and 羅強向大會作… no name (a name ends in 強 only
    # before a word of taking part, 向 one character)
    text = (
        "NBD圖數(shù)館 2018-03-20 10:33:06\n"
        "2月25日上午10時,成都市第十七屆人民代表大會第一次會議在錦江大禮堂隆重開幕。"
        "成都市人民政府市長羅強向大會作政府工作報告。\n"
    )
    events = [r for r in extract_source(from_text(text, "cut.txt")) if r.kind == "event"]
    assert [(e.date, _people(e)) for e in events] == [
        ("2018-02-25", [("成都市人民政府市長", "羅強", "作")])
    ]


def test_on_behalf_of_an_organ_then_what_was_done_in_the_next_clause():
    # http://sc.people.com.cn/n2/2024/0122/c345167-40722143.html, a cut: …省长黄强代表省人民政府,
    # 向大会报告工作 gave no participant (the clause of 代表 held no verb)
    text = (
        "2024年01月22日14:31 | 来源:人民网-四川频道\n"
        "人民网成都1月22日电 (李平、彭茜、赵祖乐、王凡)1月22日,四川省第十四届人民代表大会第二次会议开幕。"
        "四川省人民政府省长黄强代表省人民政府,向大会报告工作。\n"
    )
    events = [r for r in extract_source(from_text(text, "cut.txt")) if r.kind == "event"]
    assert [(e.date, _people(e)) for e in events] == [
        ("2024-01-22", [("四川省人民政府省长", "黄强", "报告工作")])
    ]


def test_a_meeting_named_before_its_day_after_a_news_agencys_dateline():
    # http://hkcd.com/hkcdweb/content/2023/06/28/content_8587866.html (devcorpus Y-04), a cut: the
    # session named before 28日下午 after the dateline 新華社北京6月28日電 was titled by the whole
    # sentence, its day and place included (the year from the address the copy was saved with)
    text = (
        "# source: http://hkcd.com/hkcdweb/content/2023/06/28/content_8587866.html\n"
        "新華社北京6月28日電 十四屆全國人大常委會第三次會議28日下午在北京人民大會堂閉幕。"
        "會議經表決,通過了無障礙環境建設法、對外關係法。國家主席習近平分別簽署第6、7號主席令予以公布。"
        "趙樂際委員長主持閉幕會。\n"
    )
    events = [r for r in extract_source(from_text(text, "Y-04.txt")) if r.kind == "event"]
    assert [(e.date, e.title) for e in events] == [("2023-06-28", "十四屆全國人大常委會第三次會議")]


def test_a_word_of_manner_between_a_name_and_its_verb_is_no_part_of_the_name():
    # devcorpus B-21 (http://m.news.wmxa.cn/n/201301/17958.html): 县政协副主席王领选应邀出席会议 —
    # 应邀 stood between the list and its verb, so none of the three took part; devcorpus W-03 (a
    # reworded copy, http://shcafe.org/shzxxw/17543.html): 党组成员涂应邀出席会议 gave a person 涂应邀
    b21 = (
        "县委副书记李化、县人大副主任王明武、县政协副主席王领选应邀出席会议。"
        "县委常委、常务副县长张成群主持会议。"
    )
    assert [(p.name, p.attendance) for p in ei.participants(b21, set())] == [
        ("李化", "出席"),
        ("王明武", "出席"),
        ("王领选", "出席"),
        ("张成群", "主持"),
    ]
    w03 = "区人大常委会党组书记,区人大常委会党组成员涂应邀出席会议。"
    assert ei.participants(w03, set()) == []


def test_a_rank_made_of_a_verb_is_no_verb_and_a_name_may_end_in_wei_before_and():
    # http://www.npc.gov.cn/c2/c190/c1168/c1275/201905/t20190522_149154.html, a cut: 调研员 (a rank)
    # gave the court's and the procuratorate's heads the attendance 调研
    npc = (
        "市中级人民法院院长金民安、市人民检察院检察长黄生林,"
        "市人大及其常委会各委室负责人、调研员列席了会议。"
    )
    assert [(p.name, p.attendance) for p in ei.participants(npc, set())] == [
        ("金民安", "列席"),
        ("黄生林", "列席"),
    ]
    # a copy of a 陕西 report (xian.baogaosu.com, 省十三届人大常委会第三十一次会议), a cut: 郭大为和
    # 秘书长… gave a person 郭大
    xian = (
        "省委常委、省人大常委会副主任庄长兴,省人大常委会副主任姜锋、郭青、戴征社、"
        "郭大为和秘书长文引学出席会议。"
    )
    names = [p.name for p in ei.participants(xian, set())]
    assert names == ["庄长兴", "姜锋", "郭青", "戴征社", "郭大为", "文引学"]


def test_a_chronicles_heading_in_chinese_numerals_gives_its_entries_their_month():
    # http://www.conghua.gov.cn/zjch/lswh/chdsj/content/post_8170025.html, a cut: the heading
    # 二〇二二年一月从化大事记 was not read, so its entries took the month of the page's 发布时间
    # (2022-03-29): a session of 14 January published as held on 14 March
    text = (
        "二〇二二年一月从化大事记\n\n来源:本网 发布时间:2022-03-29 17:52\n\n"
        "  14日  从化区政协第三届常委会第一次会议在区机关大院3号楼会议室召开,区政协主席邬卫东主持会议。\n"
    )
    events = [r for r in extract_source(from_text(text, "cut.txt")) if r.kind == "event"]
    assert [e.date for e in events] == ["2022-01-14"]
