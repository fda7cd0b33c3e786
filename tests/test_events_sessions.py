"""Events of meeting news and chronicles: the meeting's name as the title, who presided, who only
signed or accompanied, names read between a title and a verb, names joined by 和."""

from __future__ import annotations

from kg.extract import extract_source
from kg.text.source import from_text
from tests.conftest import devcorpus_path, devcorpus_text


def _events(source):
    return [r for r in extract_source(source) if r.kind == "event"]


def _people(event):
    return [(p.role, p.name, p.attendance) for p in event.participants]


def test_session_news_presided_by_a_name_before_its_title_and_orders_signed_are_no_part():
    # devcorpus C-10 (http://epaper.nfncb.cn/nfnc/content/20161108/Articel03002FM.htm): 张德江委员长
    # 主持会议 (the name before the title) presided; 国家主席习近平分别签署第53…号主席令予以公布
    # promulgates the laws and was read as taking part
    (event,) = _events(devcorpus_text("C-10"))
    assert event.date == "2016-11-07"  # 11月7日电…7日上午, the year from the address's 20161108
    assert event.title == "十二届全国人大常委会第二十四次会议"
    assert _people(event) == [("委员长", "张德江", "主持")]


def test_a_session_named_then_closed_is_titled_by_its_name_only():
    # devcorpus C-11 (https://szbz.hbfzb.com/hbfzbpaper/pc/content/202011/30/content_16259.html):
    # 11月27日下午,河北省十三届人大常委会第二十次会议圆满完成各项议程,在石家庄闭幕 was titled with
    # where and how it closed
    (event,) = _events(devcorpus_text("C-11"))
    assert event.title == "河北省十三届人大常委会第二十次会议"
    assert _people(event) == [("省委书记、省人大常委会主任", "王东峰", "主持")]


def test_chronicle_names_without_a_listed_surname_and_meetings_held_named_after_their_verb():
    # devcorpus D-01 (https://www.dwq.gov.cn/dwq/zwgk/zfgb/2021nd4q(zd10q)/dsj/…/index.html): 旗委
    # 书记兴安主持召开… lost 兴安 (a Mongolian name: no surname), …周玉龙等旗委国安委成员参加会议 lost
    # the role written there, and titles ran on past the meeting's name; the year is the issue's,
    # 2021nd4q (2021年度第4期) in the address, as the gold takes it
    events = _events(devcorpus_text("D-01"))
    assert [(e.date, e.title) for e in events] == [
        # a visit, titled by what 周玉龙 went to do (events.py _visit)
        ("2021-08-02", "深入旗医院、汽车站、珠恩嘎达布其口岸等地实地检查指导疫情防控措施落实情况"),
        ("2021-08-03", "中共东乌旗委外事工作委员会第三次会议"),
        ("2021-08-04", "全旗处级以上领导干部会议"),
        ("2021-08-04", "全旗新冠肺炎疫情防控工作调度会"),
        ("2021-08-09", "牧区工作暨实施乡村牧区振兴战略领导小组会议"),
    ]
    assert _people(events[1]) == [
        ("旗委书记", "兴安", "主持"),
        ("旗委副书记、政府代旗长、国安委副主任", "周玉龙", "参加"),
    ]
    assert _people(events[2])[0] == ("旗委书记", "兴安", "主持")
    # 旗委书记兴安及旗委、政府在家领导出席会议: the unnamed after 及 share the verb
    assert _people(events[4]) == [("旗委书记", "兴安", "出席")]


def test_a_name_before_and_and_the_unnamed_who_attend_with_it_and_captions_in_a_report():
    # devcorpus L-02 (https://static.nfapp.southcn.com/content/202007/16/c3773569.html): …区人民
    # 检察院检察长李中原和区监察委员会负责同志列席了会议 lost 李中原 (李中原和 is no name, and 和 + a
    # name did not follow); the photo captions (▲区人大常委会主任吴文莱为祝庆盟颁发任命书) opened
    # items, so the session was two events, the second titled by a caption
    (event,) = _events(devcorpus_text("L-02"))
    assert (event.date, event.title) == ("2020-07-15", "金湾区第四届人大常委会第三十七次会议")
    assert (event.source.start_line, event.source.end_line) == (6, 20)
    assert _people(event)[0] == ("区人大常委会主任", "吴文莱", "主持")
    assert _people(event)[-3:] == [
        ("副区长", "刘瑞庆", "列席"),
        ("区人民法院院长", "郭志俊", "列席"),
        ("区人民检察院检察长", "李中原", "列席"),
    ]


def test_leaders_seated_on_the_rostrum_take_part_and_their_list_ends_with_and():
    # devcorpus Y-10 (http://sfmzp.com/article-7714-1.html, traditional script): 習近平、李克強、
    # 俞正聲、劉云山、王岐山、張高麗和大會主席團成員在主席臺就座 (the gold's participants, roles not
    # written), and 習近平簽署第20號主席令予以公布 is no part taken
    (event,) = _events(devcorpus_text("Y-10"))
    assert _people(event) == [
        ("大會主席團常務主席、執行主席、全國人大常委會委員長", "張德江", "主持"),
        *((None, n, "就座") for n in ("習近平", "李克強", "俞正聲", "劉云山", "王岐山", "張高麗")),
    ]


def test_the_group_between_zai_and_peitongxia_accompanies_and_the_subject_acts():
    # 杨浦区 news of 2016-02-05 (杨浦区委组织部副部长夏康明走访海外人才企业), a cut, as a company
    # site republished it in its news list (a public GitHub repository's page data): 夏康明在…主任
    # 谭铭、副主任朱鸽飞等陪同下看望了… was 夏康明 陪同, and the two who accompanied him were not read
    text = (
        "2月4日，区委组织副部长、区人社局党委书记夏康明在区高层次人才中心主任谭铭、副主任朱鸽飞等"
        "陪同下看望了上海天瓷信息科技有限公司创始人史方博士和上海晶顿科技有限公司创始人周忠福博士，"
        "详细了解两位专家在杨浦的工作和生活情况，并致以新春的问候和祝福。\n"
    )
    (event,) = _events(from_text(text, "yangpu-2016-02.txt"))
    assert _people(event) == [
        ("区委组织副部长、区人社局党委书记", "夏康明", "看望"),
        ("区高层次人才中心主任", "谭铭", "陪同"),
        ("副主任", "朱鸽飞", "陪同"),
    ]


def _saved_page(stem: str):
    """A development corpus text as a user saves the page: its address on top, the corpus's own
    ``# genre:`` note left out (as benchmarks/extraction.py --with-address reads it)."""
    path = devcorpus_path(stem)
    lines = path.read_text(encoding="utf-8").splitlines()
    return from_text("\n".join(ln for ln in lines if not ln.startswith("# genre")), path.name)


def test_an_address_filed_under_a_year_and_a_column_of_month_and_day_dates_the_session():
    # devcorpus K-04 (http://www.zhxpm.cn/html/2011/rj_1011/11866.shtml, traditional script): 10月
    # 10日,榕江縣第十五屆人大常委會舉行第35次會議 had no year; the address files it on 2011-10-11
    (event,) = _events(_saved_page("K-04"))
    assert event.date == "2011-10-10"
    assert _people(event)[0] == ("縣人大常委會主任", "楊勝侯", "出席")


def test_a_dateline_under_a_headline_opens_the_report():
    # devcorpus E-03 (http://rbfkyy.com/article/laiwen/697560, a spam-site copy): the headline
    # (原创 罗东川任…副省长、…代理省长) ran on into 中新网1月4日电 …, so the report opened no item
    (event,) = _events(_saved_page("E-03"))
    assert (event.date, event.month_day) == (None, "--01-04")  # the text tells no year
    assert event.title == "青海省第十四届人民代表大会常务委员会第十二次会议"
    assert [p.name for p in event.participants] == [
        "王黎明",
        "杨逢春",
        "尼玛卓玛",
        "张黄元",
        "吕刚",
        "王敬斋",
    ]


def test_a_chronicle_entry_citing_a_report_of_some_day_before_is_no_event_of_its_day():
    # devcorpus E-07 (https://www.hljszw.org.cn/home/book/info/get_id/265889.html): 14日 《鹤岗日报》
    # 载:近日,市委副书记高敏率…参加了…论坛 was an event of 9月14日
    events = _events(_saved_page("E-07"))
    assert [e.month_day for e in events] == ["--09-01", "--09-06", "--09-21", "--09-28"]
    assert "高敏" not in {p.name for e in events for p in e.participants}


def test_a_meeting_named_after_its_verb_by_its_number_and_organ_is_titled_so():
    # devcorpus L-12 and R-03: 县长章寿禹主持召开第36次县长办公会议, 州長李飛躍主持召開第十二屆州
    # 人民政府第45次常務會議 (the gold's titles); 县十六届人大常委会召开第二十五次会议 keeps its organ,
    # the clause without what the meeting heard after it (,听取…报告等)
    assert [e.title for e in _events(_saved_page("L-12"))][:1] == ["第36次县长办公会议"]
    assert [e.title for e in _events(_saved_page("R-03"))][:1] == [
        "第十二屆州人民政府第45次常務會議"
    ]
    assert [e.title for e in _events(_saved_page("A-20"))][:1] == [
        "县十六届人大常委会召开第二十五次会议"
    ]


def test_a_periodicals_issue_folder_in_pinyin_gives_the_chronicles_year():
    # devcorpus B-16 (http://shh-meidi.com/shuzishizhi/nianjiankanwu/kanwu/2015nian/diliuqi0859/
    # 2016-3-19/8147.html, traditional script): 2015年第六期 in the address; the page's own date
    # (2016-3-19) is months after the entries of 10月, so it gives no year
    events = _events(_saved_page("B-16"))
    assert [e.date for e in events][:3] == ["2015-10-22", "2015-10-23", "2015-10-23"]


def test_an_address_with_a_time_stamp_dates_the_page():
    # devcorpus H-05 (http://www.xpj33766.com/swzx/tpxw/20190310010956176DAK.shtml, traditional
    # script): 20190310 then 01:09:56 dates the page; 3月7日上午 falls shortly before it
    (event,) = _events(_saved_page("H-05"))
    assert (event.date, event.title) == ("2019-03-07", "縣十七屆人大常委會第十七次會議")
    assert _people(event)[0] == ("縣人大常委會主任", "邊疆", "主持")


def test_an_official_who_went_somewhere_to_preach_a_congress_spirit_took_part():
    # devcorpus D-03 (http://dzb.qdnrbs.cn/szb/pc/202206/03/c189321.html): ●5月31日,州委常委、州委
    # 秘书长、州直机关工委书记谭海到麻江县宣讲省第十三次党代会精神… was read as a spirit conveyed
    # (精神), not a visit; a visit named as the occasion of words conveyed (…视察时的讲话精神) stays
    events = _events(_saved_page("D-03"))
    assert [(e.date, _people(e)) for e in events if e.date == "2022-05-31"] == [
        ("2022-05-31", [("州委常委、州委秘书长、州直机关工委书记", "谭海", "到")])
    ]


def test_a_day_opening_the_line_under_a_headline_opens_the_report():
    # devcorpus Q-01 (上虞区 people's-congress news): the headline 决定任命陶关锋为区人民政府副区长、
    # 代理区长 区十六届人大常委会举行第二十六次会议 (its only mark a 、) ran on into 6日上午,…, so the
    # session opened no item; S-11 (桂平市) the same under its headline
    (event,) = _events(_saved_page("Q-01"))
    assert event.date == "2015-09-06"
    assert _people(event)[:2] == [
        ("区人大常委会主任", "徐尧峰", "参加"),
        ("副主任", "蒋国良", "参加"),
    ]
    (event,) = _events(_saved_page("S-11"))
    assert (event.month_day, _people(event)[0]) == (
        "--06-23",
        ("市人大常委会主任", "张津辉", "主持"),
    )


def test_a_dateline_glued_to_its_headline_opens_an_item():
    # devcorpus K-16 (株洲 市政府常务会议 list): 会议摘要:陈恢清主持召开市政府常务会议研究…等株洲日报
    # 讯(全媒体记者/陈正明)12月24日下午,市长陈恢清主持召开 (cut there) ran silently into the
    # summary above it; it is an item of its own, and being cut before what was held, a warning
    records = [r for r in extract_source(_saved_page("K-16")) if r.kind in ("event", "warning")]
    events = [r for r in records if r.kind == "event"]
    assert [(e.date, e.source.end_line) for e in events] == [("2023-01-31", 14), ("2023-01-06", 17)]
    assert any(
        r.kind == "warning" and r.source.start_line == 18 and "市长陈恢清主持召开" in r.message
        for r in records
    )


def test_a_news_sites_credit_in_brackets_under_a_markup_line_opens_the_session_report():
    # devcorpus G-01 (https://dotdotnews.com/a/202401/23/AP65af301fe4b07371379eba23.html,
    # traditional script): <image>…</image> over 【點新聞報道】廣東省十四屆人大二次會議今日(23日)上午
    # 開幕。廣東省省長王偉中作省政府工作報告…: the markup line ran on into the report, and the credit
    # in 【】 hid the session named before its day
    (event,) = _events(_saved_page("G-01"))
    assert (event.date, event.title) == ("2024-01-23", "廣東省十四屆人大二次會議")
    assert _people(event) == [("廣東省省長", "王偉中", "作")]


def test_a_dotted_name_written_with_spaces_is_one_name_after_its_title():
    # devcorpus H-06 (自治区人大常委会 news): 自治区人大常委会主任肖开提 · 依明主持会议 gave 依明,
    # no role (the spaces around · hid the name; 会主任肖开提 is no name either)
    (event,) = _events(_saved_page("H-06"))
    assert _people(event)[0] == ("自治区人大常委会主任", "肖开提 · 依明", "主持")


def test_the_officials_whose_report_is_examined_and_those_sworn_in_take_no_part():
    # devcorpus K-04: 縣人民法院院長李宗林、縣人民檢察院檢察長楊通輝關于辭去領導職務的提請報告進行了
    # 認真審查 (their report, examined by the session) was 李宗林 進行; W-01: 陈勇及本次常委会任命的
    # 省人民政府组成人员进行了宪法宣誓 (sworn in) was 陈勇 进行
    (event,) = _events(_saved_page("K-04"))
    assert "李宗林" not in {p.name for p in event.participants}
    (event,) = _events(_saved_page("W-01"))
    assert "陈勇" not in {p.name for p in event.participants}


def test_a_province_is_no_bare_name_and_a_name_may_end_in_wei_before_xiang():
    # devcorpus X-04 (山西 weekly round-up): 山西省出席十四届全国人大一次会议的代表进行集中学习 read
    # 山西省 as a person who attended; Y-03 (沈阳 参事 聘任): 市长姜有为向市政府参事颁发聘任证书 read
    # 姜有 (为 taken for "for"), the gold's 姜有为
    names = {p.name for e in _events(_saved_page("X-04")) for p in e.participants}
    assert "山西省" not in names
    people = [_people(e) for e in _events(_saved_page("Y-03"))]
    assert ("市委副书记、市长", "姜有为", "颁发") in people[0]
