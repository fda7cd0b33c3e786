"""Personnel changes as news narrates them: a decision restated later with the body's short name
is the decision already read, not a change of its own. Cuts of real pages, their addresses
given."""

from __future__ import annotations

from kg.extract.appointments import _short_name_of
from tests.conftest import cut_records, devcorpus_records, personnel_changes

# http://hkcd.com/content/2020-02/13/content_1178317.html (traditional script), lines 4-5
HKCD_2020 = (
    "【香港商報網訊】據政府新聞網消息:國務院公布全國政協副主席夏寶龍兼任國務院港澳事務辦公室主任職務,"
    "行政長官林鄭月娥發表聲明,歡迎夏寶龍兼任港澳辦主任。\n"
    "林鄭月娥表示,港澳辦是主管香港事務的中央政府機構,與特區政府關系密切,由夏寶龍兼任港澳辦主任,"
    "體現中央政府重視港澳事務。\n"
)


def test_a_decision_restated_with_the_bodys_short_name_is_published_once():
    # line 5 restates line 4's decision with 港澳辦: it gave a second record, «港澳辦» 主任
    assert personnel_changes(cut_records(HKCD_2020)) == [
        ("夏寶龍", "appoint", "國務院港澳事務辦公室", "主任"),
    ]


def test_a_short_name_is_the_full_names_characters_in_order_ending_with_its_body_word():
    def key(org: str) -> tuple:
        return ("夏宝龙", "appoint", "主任", False, org)

    assert _short_name_of(key("港澳办"), key("国务院港澳事务办公室"))
    assert _short_name_of(key("发改委"), key("国家发展和改革委员会"))
    # a part written whole (宝鸡市委 of 中共宝鸡市委, http://renshi.people.com.cn/n/2013/1226/
    # c139617-23952051.html), a short name of 2 characters, a body word not the full name's
    # last (港澳事务 of 国务院港澳事务办公室), another person or post: another change (or another rule's)
    assert not _short_name_of(key("宝鸡市委"), key("中共宝鸡市委"))
    assert not _short_name_of(key("港办"), key("国务院港澳事务办公室"))
    assert not _short_name_of(key("港澳事务"), key("国务院港澳事务办公室"))
    assert not _short_name_of(("骆惠宁", *key("港澳办")[1:]), key("国务院港澳事务办公室"))
    assert not _short_name_of(
        ("夏宝龙", "appoint", "副主任", False, "港澳办"), key("国务院港澳事务办公室")
    )


# http://hkfe.hk/n/32335.html (the page opens with the 国务院任免's statements)
HKFE_2020 = (
    "夏宝龙兼任国务院港澳事务办公室主任;免去张晓明的国务院港澳事务办公室主任职务,改任国务院港澳事务"
    "办公室分管日常工作的副主任(正部长级);骆惠宁、傅自应兼任国务院港澳事务办公室副主任。\n"
)


def test_a_person_removed_and_moved_to_another_post_with_gai_ren():
    # 改任B after 免去X的A职务 is X's new post, as 调任B; the duties (分管日常工作的) and the rank
    # (正部长级) are no part of the organisation or the post
    assert personnel_changes(cut_records(HKFE_2020)) == [
        ("夏宝龙", "appoint", "国务院港澳事务办公室", "主任"),
        ("张晓明", "remove", "国务院港澳事务办公室", "主任"),
        ("张晓明", "appoint", "国务院港澳事务办公室", "副主任"),
        ("骆惠宁", "appoint", "国务院港澳事务办公室", "副主任"),
        ("傅自应", "appoint", "国务院港澳事务办公室", "副主任"),
    ]


# https://news.record.hk/huanqiu/2020/02/14/12939.html, lines 2 and 4
RECORD_HK_2020 = (
    "中国记录通讯社消息  据新华社报道,国务院任免国家工作人员,夏宝龙兼任国务院港澳事务办公室主任,"
    "引发境外媒体关注。\n"
    "报道称,就在一个月前,骆惠宁被任命为香港中联办主任。\n"
)


def test_a_decision_recalled_from_before_the_reports_news_is_not_read():
    # 就在一个月前 tells the background of the news: 骆惠宁 主任 of 香港中联办 is no change it reports
    assert personnel_changes(cut_records(RECORD_HK_2020)) == [
        ("夏宝龙", "appoint", "国务院港澳事务办公室", "主任"),
    ]
    # the same passive without the time recalled is read
    assert personnel_changes(cut_records(RECORD_HK_2020.replace("就在一个月前,", ""))) == [
        ("夏宝龙", "appoint", "国务院港澳事务办公室", "主任"),
        ("骆惠宁", "appoint", "香港中联办", "主任"),
    ]


def test_the_party_centres_announcement_told_as_a_time_is_read():
    # devcorpus HA-33 (http://news.sohu.com/20120728/n349232871.shtml), line 4: 7月18日中央宣布
    # 赵克志任贵州省委书记、原书记栗战书另有任用之后，连续调整多人 — the announcement is news the text
    # reports; the predecessor 另有任用 is a note, no post; the centre names no state decider
    found = [c for c in personnel_changes(devcorpus_records("HA-33"), "decided_by")]
    assert ("赵克志", "appoint", "贵州省委", "书记", None) in found
    assert not [c for c in found if c[0] == "栗战书"]


# https://std.stheadline.com/sc/realtime/article/520176 (lines 1-3 of the stored page)
STHEADLINE_2017 = (
    "国务院公布,委任王志民为香港中联办主任、张晓明为港澳办主任,而澳门中联办主任则由中共中央对外联络部"
    "副部长郑晓松出任。\n"
    "接任香港中联办主任的王志民,现年60岁,近10年先后出任香港中联办副主任、港澳办副主任、澳门中联办"
    "主任。刚过去的澳门立法会选举结束后,他获任命为香港中联办主任,正式接掌香港中联办。\n"
    "54岁的张晓明接替退休的王光亚接任港澳办主任,2012年开始任香港中联办主任,长达近五年,他此前于"
    "港澳办工作20多年,包括于2004年至2012年期间出任港澳办副主任。\n"
)


def test_decisions_a_body_makes_public_委任_and_a_post_taken_by_its_holder_after_由():
    assert personnel_changes(cut_records(STHEADLINE_2017), "decided_by") == [
        ("王志民", "appoint", "香港中联办", "主任", "国务院"),
        ("张晓明", "appoint", "港澳办", "主任", "国务院"),
        ("郑晓松", "appoint", "澳门中联办", "主任", "国务院"),
    ]
    # without the body's announcement, A由X出任 is not read (a post's holder narrated)
    alone = STHEADLINE_2017.replace(
        "国务院公布,委任王志民为香港中联办主任、张晓明为港澳办主任,", ""
    )
    assert personnel_changes(cut_records(alone)) == []


def test_a_body_announcing_in_the_clause_of_its_decision_decides_it():
    # hkcd.com 2020-02-13, line 4: 國務院公布全國政協副主席夏寶龍兼任…主任職務 — 國務院 decided it
    records = cut_records(HKCD_2020)
    assert personnel_changes(records, "decided_by") == [
        ("夏寶龍", "appoint", "國務院港澳事務辦公室", "主任", "國務院"),
    ]


def test_one_person_hired_between_the_titles_held_and_an_academic_title():
    # https://tzb.tongji.edu.cn/f1/20/c4276a192800/page.htm, line 1: 我校中国工程院院士、原副校长
    # 吴志强教授受聘为上海市政府参事 (titles before the name, 教授 after it)
    text = (
        "7月9日,2021年市政府参事聘任仪式举行。上海市委副书记、市长龚正,市委常委、统战部部长郑钢淼,"
        "市政府参事室党组书记、主任姜平,副市长陈群等出席。我校中国工程院院士、原副校长吴志强教授受聘为"
        "上海市政府参事。\n"
    )
    assert personnel_changes(cut_records(text)) == [("吴志强", "appoint", "上海市政府", "参事")]


def test_names_each_with_an_academic_title_hired_to_no_state_post_are_not_read():
    # http://qybx.ustc.edu.cn/2013/0506/c20985a439932/pagem.htm, line 1: five professors 受聘为 a
    # research institute's 兼职教授 (a list, each name with 教授; no state body's post)
    text = (
        "4月26日下午,中国科学院上海硅酸盐研究所兼职教授授聘仪式在定西园区4号楼14楼第二会议室举行,"
        "中国科学技术大学陈初升教授、朱长飞教授、陆亚林教授、陈春华教授、夏长荣教授受聘为中科院上海"
        "硅酸盐研究所兼职教授。\n"
    )
    assert personnel_changes(cut_records(text)) == []


# http://m.service999.com/article/8083 (traditional script), lines 2 and 4-6 of the stored page
SERVICE999_2022 = (
    "國務院依照香港特別行政區基本法的有關規定,根據香港特別行政區第6任行政長官李家超的提名,"
    "國務院2022619日任命了香港特別行政區第6屆政府主要官員。\n"
    "新一屆政府的6名正副司長及15名局長中,3人有紀律部隊背景。入境處前處長、特首辦主任陳國基將出任"
    "政務司司長,同樣曾任入境處處長的曾國衛留任政制及內地事務局局長,警隊前“一哥”鄧炳強繼續出任"
    "保安局局長。\n"
    "政策局由13個增至15個,新局長分別來自現屆問責官員、資深政務官、立法會及專業界別。教育局局長"
    "楊潤雄將出任新設的文化體育及旅遊局局長,許正宇留任財經事務及庫務局局長。\n"
    "多名資深政務官及專業職系官員加入問責團隊。運輸及物流局局長由已退休的發展局前常任秘書長林世雄"
    "擔任。勞工處處長孫玉菡擔任勞工及福利局局長。公務員事務局局長由現任常秘楊何蓓茵出任。\n"
)


def test_appointments_the_state_council_made_told_after_its_summary():
    # the State Council's appointments summed up (its date garbled), then told one by one: X将出任A
    # (the person after the posts held), A由X担任, X担任A; 新设的 is no part of the body's name; the
    # sentences name no deciding body. 留任 (kept in post) and 继续出任 are not read; 楊何蓓茵 (a
    # married name, 4 characters, after 常秘, a title the table lacks) is not cut to «何蓓茵».
    assert personnel_changes(cut_records(SERVICE999_2022), "decided_by") == [
        ("陳國基", "appoint", "政務司", "司長", None),
        ("楊潤雄", "appoint", "文化體育及旅遊局", "局長", None),
        ("林世雄", "appoint", "運輸及物流局", "局長", None),
        ("孫玉菡", "appoint", "勞工及福利局", "局長", None),
    ]


def test_without_the_summary_the_narrated_forms_are_not_read():
    # the same lines without the State Council's summary: careers and news alike, not read
    assert personnel_changes(cut_records(SERVICE999_2022.split("\n", 1)[1])) == []


def test_the_narrated_appointments_take_no_decider_a_summary_with_its_day_names():
    # the summary with its date whole reads 國務院 deciding; the sentences telling the persons after
    # it name no body, so they give none (the lead's ruling on narrated appointments)
    text = SERVICE999_2022.replace("國務院2022619日", "國務院2022年6月19日")
    found = personnel_changes(cut_records(text), "decided_by")
    assert len(found) == 4 and all(change[-1] is None for change in found)


def test_a_person_stepping_down_from_a_post_written_with_its_body():
    # devcorpus HA-33 (http://news.sohu.com/20120728/n349232871.shtml), line 7: 廖国勋是贵州省委排名
    # 最末一位的常委,在7月21日卸任铜仁市委书记 — the person the sentence is about steps down
    found = personnel_changes(devcorpus_records("HA-33"))
    assert ("廖国勋", "remove", "铜仁市委", "书记") in found


def test_stepping_down_in_a_career_or_without_the_posts_body_is_not_read():
    # https://hkcd.com/content/2020-02/14/content_1178388.html, line 4 (a career: the year) and
    # https://p2.ttnews.xyz/a/5fcb9625dc9b5e7de9d479b5 line 4 (苗圩卸任: no post), with
    # http://usa.fjsen.com/2015-03/07/content_15770918_2.htm (…张少农卸任副部长: no body written)
    text = (
        "【香港商報网訊】據新華社昨日報道,國務院任免國家工作人員:夏寶龍兼任國務院港澳事務辦公室主任。\n"
        "2003年,夏寶龍南下浙江,任省委副書記、政法委書記,後任代省長、省長,2012年接任浙江省委書記。"
        "2017年,夏寶龍卸任浙江省委書記。\n"
        "其中,肖亞慶任工信部黨組書記,苗圩卸任。\n"
        "在国土资源部,张德霖出任国土资源部副部长,年满60岁的张少农卸任副部长。\n"
    )
    found = personnel_changes(cut_records(text))
    assert not [c for c in found if c[1] == "remove"]


def test_a_body_removing_on_the_same_day_with_同时():
    # https://big5.cri.cn/gate/big5/taiwan.cri.cn/2015-7-22/433ac37b-b358-5597-4239-220a6e849e15.html
    # (traditional), lines 3 and 5: 國務院當天同時免去X的A職務、Y的B職務 was a warning
    text = (
        "依照香港特別行政區基本法的有關規定,根據香港特別行政區行政長官梁振英的提名和建議,國務院2015年7月"
        "21日決定:任命劉江華為民政事務局局長、張雲正為公務員事務局局長。\n"
        "國務院當天同時免去曾德成的民政事務局局長職務、鄧國威的公務員事務局局長職務。\n"
    )
    assert personnel_changes(cut_records(text), "decided_by") == [
        ("劉江華", "appoint", "民政事務局", "局長", "國務院"),
        ("張雲正", "appoint", "公務員事務局", "局長", "國務院"),
        ("曾德成", "remove", "民政事務局", "局長", "國務院"),
        ("鄧國威", "remove", "公務員事務局", "局長", "國務院"),
    ]


def test_the_heads_of_macaus_offices_and_a_ministrys_commissioner_are_known_posts():
    # http://m.pvnzwc.cn/hkcdweb/content/2024/12/01/content_8669608.html (traditional), line 3: the
    # 廉政專員, 審計長 and 關長 of the list were warnings (post title not known)
    text = (
        "根據澳門特區第六任行政長官岑浩輝的提名,國務院11月30日任命了澳門特區第六屆政府主要官員和檢察長。"
        "張永春為行政法務司司長,歐陽湘為廉政公署廉政專員,歐陽瑜為審計署審計長,何浩瀚為海關關長。\n"
    )
    assert personnel_changes(cut_records(text)) == [
        ("張永春", "appoint", "行政法務司", "司長"),
        ("歐陽湘", "appoint", "廉政公署", "廉政專員"),
        ("歐陽瑜", "appoint", "審計署", "審計長"),
        ("何浩瀚", "appoint", "海關", "關長"),
    ]
    # https://www.163.com/dy/article/KJUTG00G0514R9P4.html, line 1: 特派员 of the ministry's 公署
    text = (
        "据新华社北京1月23日消息,中央人民政府决定,任命卞立新(女)为外交部驻澳门特别行政区特派员公署"
        "特派员,免去刘显法的外交部驻澳门特别行政区特派员公署特派员职务。\n"
    )
    assert personnel_changes(cut_records(text)) == [
        ("卞立新", "appoint", "外交部驻澳门特别行政区特派员公署", "特派员"),
        ("刘显法", "remove", "外交部驻澳门特别行政区特派员公署", "特派员"),
    ]


def test_those_titles_need_the_body_they_are_of():
    # a title of one kind of body (the table's organization_ends) with another body is no post
    from kg.extract.appointments import split_post

    assert split_post("外交部驻澳门特别行政区特派员公署特派员") is not None
    assert split_post("市纪委特派员") is None
    assert split_post("市政府审计长") is None


def test_no_longer_holding_a_post_and_others_等职务():
    # https://hk01.com/中國/28830/ (traditional), line 3: 強衛不再擔任江西省委書記等職務 — the first post
    # named is removed (the others, 等, are not written); 升任 outside an announcement is not read
    text = (
        "中共中央今天(6月29日)公布,決定多個重要職位變動。 鹿心社由江西省長升任江西省委書記;強衛不再擔任"
        "江西省委書記等職務,去向未公布。湖北省省長王國生升任青海省委書記等職;駱惠寧不再擔任青海省委書記"
        "等職務,去向未公布。\n"
    )
    assert personnel_changes(cut_records(text)) == [
        ("強衛", "remove", "江西省委", "書記"),
        ("駱惠寧", "remove", "青海省委", "書記"),
    ]


def test_a_taiwanese_reshuffle_announced_is_no_decision_of_a_state_body():
    # http://www.da-lei.com.tw/?p=6358 (traditional), lines 5-6 and 8, and
    # http://49.213.3.36/doc/7_0_106580606_1.html, lines 3 and 5: 行政院今天宣布…, 總統府發言人…宣布,
    # 蔡英文總統今日正式宣布…, then A由X接任 / X將接任A / X卸任 — no body the grammar reads announces
    # (行政院 names no place; a spokesman is no body), so none of it is read
    text = (
        "行政院今天宣布5位首長人事異動,新任外交部長為吳釗燮、新任國防部長為嚴德發、新任陸委會主委為陳明通。\n"
        "行政院發言人徐國勇,今日舉行記者會宣布人事異動,國安外交兩岸部分,外交部長李大維接任國家安全會議"
        "秘書長,由總統府秘書長吳釗燮接任外交部長,國防部長馮世寬卸任,現任國安會秘書長嚴德發接掌國防部。\n"
        "國安人事也傳異動,總統府發言人黃重諺宣布,現任總統府秘書長吳釗燮將接任外交部長一職,新任秘書長將"
        "另有安排,在人選確定前,由總統府副秘書長劉建忻代理。\n"
        "中評社台北1月27日電/蔡英文總統今日正式宣布由前副總統陳建仁組閣,而根據台媒《中央社》報導,"
        "行政院副院長將由桃園市前市長鄭文燦出任。\n"
        "財政部長由政務次長莊翠雲接任、僑務委員會委員長由副委員長徐佳青接任、原能會主委則由副主委張靜文"
        "接任。\n"
    )
    assert personnel_changes(cut_records(text)) == []


def test_a_novels_narrated_appointments_are_not_read():
    # http://www.xsbixia6.com/read/281819/529696.html (a novel, 首长身边的机要秘书), lines 3-5 and 7:
    # 任命…出来了，由X担任, X出任A, X调任A — no body announcing, no summary of a state body's
    # appointments: not read
    text = (
        "随着熊晓辉的任命出来,淮化市长、四方县委书记的任命跟着密集出台了。\n"
        "谁都没有想到,融城工委书记郑志明会被调任淮化担任市长。\n"
        "同时,四方县委书记的任命也出来了,由省委办公厅秘书一处处长辛小华担任。县长人选空缺,"
        "暂由原四方县常务副县长代理。\n"
        "辛小华出任四方县委书记本身就是一个特别的意外了。\n"
    )
    assert personnel_changes(cut_records(text)) == []


# https://news.sohu.com/20070623/n250731767.shtml, lines 2 and 5-17 of the stored page
SOHU_2007 = (
    "据新华社北京今天上午电 依照香港特别行政区基本法的有关规定,根据香港特别行政区行政长官曾荫权的提名,"
    "国务院2007年6月23日任命了香港特别行政区第三届政府主要官员(下表)。\n"
    "据分析,整个人事变动中,财政司司长唐英年转任政务司司长,担子更重;新财政司司长曾俊华原为特首办主任。\n"
    "上图:曾俊华\n"
    "特区政府新班子主要官员\n"
    "财政司司长曾俊华\n"
    "律政司司长黄仁龙\n"
    "公务员事务局局长 俞宗怡(女)\n"
)


def test_the_table_of_the_appointed_after_the_summary_lists_post_and_name():
    # each line after the summary that is a post with its body and a name, and nothing else, is
    # one of the appointed (a note 女 dropped); the narrative (…原为特首办主任) and a caption are not
    assert personnel_changes(cut_records(SOHU_2007), "decided_by") == [
        ("曾俊华", "appoint", "财政司", "司长", None),
        ("黄仁龙", "appoint", "律政司", "司长", None),
        ("俞宗怡", "appoint", "公务员事务局", "局长", None),
    ]
    # without the summary, such lines are a list of office holders, not read
    assert personnel_changes(cut_records(SOHU_2007.split("\n", 1)[1])) == []
