"""Events in running text: dated items of chronicles, round-ups and news reports, and who took part.

The grammar read, wherever it occurs (a 大事记 page, a 一周时政要闻 round-up, a 本报讯 report):

=========================================  ==============================================================
an item opens a paragraph or a sentence    ``8日 …``, ``8—9日 …`` (a range), ``8月3日,…``, ``●8月2日下午,…``,
                                           ``8日【headline】…`` (the headline its title),
with its date                              ``本报讯 (记者…) 13日,…``, ``东北网12月25日讯 …``, ``今(26)日,…``,
                                           ``今天(7月27日),…``, ``昨日(22日),…``,
                                           ``中新社上海一月二十八日电 (记者…)在今日开幕的…会议上,…``,
                                           ``33日,…`` (3月3日 lost its 月: read against the
                                           page's date, as 929日; or against the months a
                                           heading spans: 71日 under …2019年执政纪事(7-12月))
a dateline glued to the headline above     ``…会议研究…等株洲日报讯(记者…)12月24日下午,…``
a site's credit before the first words     ``【点新闻报道】…会议今日(23日)上午开幕`` (a line closed by a
                                           markup tag, ``</image>``, ends its paragraph),
                                           ``据新华社 国务院总理温家宝9月2日主持…`` (an agency's),
                                           ``据《上海黄浦》报道,10月27日上午,…``,
                                           ``上海人大公众网消息:7月26日,…`` (a paper's, a site's),
                                           ``另据故宫博物院消息,1月10日上午,…`` (any source's news),
                                           ``https://baijiahao…&for=pc 2021年…座谈会今天(9日)举行``
                                           (the address of the page copied)
a meeting named, then its day              ``…第二十次会议今天(9月24日)在南昌闭会``, ``…会议于昨天上午召开``
                                           (the item titled by the meeting's name)
an organ, then the day, then the meeting   ``上海市政府今天(12月26日)举行全体会议,…``
an occasion, then the date                 ``中秋假期第一天,9月15日上午,…``
an item's number, then its date            ``1.4月28日,…`` (not the decimal 1.4: a whole 月…日 follows)
an official, then the day                  ``甘肃省委副书记、省长徐守盛17日下午在兰州会见了…``, ``…9月2日主持`` (a paragraph
                                           opened by a role and a name, the day before 在/会见/出席…)
a headline over the next item: not read    ``…共享发展成果。`` / ``徐守盛在兰州会见…王晓初`` / ``…徐守盛17日…``
                                           (a short line without a pause ends the item before it)
a paragraph under a headline               a dateline (``中新网1月4日电``) or a day and a pause
                                           (``6日上午,``) opens its line, though the headline above
                                           (its only marks 、) would run on as a wrapped line
an item of the same day                    ``△ …``, ``※ …``, ``是日 …``, ``同日 …``
an undated paragraph under a day's entry   ``1日淮南市委书记任澤鋒…`` / ``市委人才工作領導小組會議在市政務中心
that holds a meeting of its own            召開。…`` (the entry's day, no month of its own): an item of
                                           that day, not a part of the entry (a meeting named, then
                                           在…召开/举行, or someone 主持召开 it; not 会议…, 会上…)
an item of a part of the month             ``上旬,…``, ``中旬,…``, ``月底,…`` (its day not told)
a day alone inside a dated entry           ``7月1-2日 …遭受暴雨袭击…。9日,…卢荣景到江堤视察。`` (of the entry's month and
                                           year, not the page's; undated when before the entry's day)
a text cut off mid-sentence                its last sentence read up to its last whole clause
                                           (``…覃卫国率队到南京、温州开展招商考察活动,密集走``), not
                                           when the cut falls in the clause of the event itself
two columns run together: no event      ``4~7日 副省长和段琪率省工信委、 15 日 云南省科技厅与…`` (a day's
                                           marker in mid-line, spaced, after words that end no sentence
                                           nor name a date: a page printed in two columns, flattened;
                                           an item over such a line gives a warning, not an event)
a report cited, of a day not told: no item ``14日 《鹤岗日报》载:近日,…``
a range of days with a box-drawing dash  ``1月11─14日  县委、县政府召开…`` (─ or ―, －, as ~ or —)
a date in a narrated biography: no item    ``李秀领,男,汉族,1962年12月生,…2012年3月23日,海南省召开…``
                                           (a paragraph whose first sentence gives the sex or the
                                           month of birth: the dates in it are the career's)
a photo's caption in a report: no item     ``▲区人大常委会主任吴文莱为祝庆盟颁发任命书`` (a bulleted line
                                           without a pause over an undated paragraph)
a participant: a role, then the name       ``市委副书记、市长张振川`` (titles joined by 、 are one role; a
                                           figure run on from the line above is none of it: ``…台阶。1镇党委书记王纯``;
                                           a role starts after a ``|``: ``…顾硕摄 |省人大…副主任刘东辉``,
                                           or after a lone letter of a forum's noise: ``…n3 l- l汶上县委书记``),
                                           ``经开区管委会主任王全波`` (an organ may open with 经)
                                           ``主任祖木热提·吾布力主持会议。`` (a name with · ends before
                                           主持/出席/参加/列席/陪同 (会议) closing the clause)
                                           ``副市长侯华锋、张荣海`` (one role for a group),
                                           ``省委组织部副部长、“两新”工委书记庄跃成`` (a quoted term inside)
                                           ``县政协副主席提名人选、县委组织部常务副部长黄祯裕`` (a nominee
                                           for a title, 提名人选 or 候选人, is one of the titles joined)
a guest's title after the name             ``胡东哲董事长率领的…``; a clause opened by a name, then
                                           its title and 主持/出席 or a visit's 调研/视察/考察:
                                           ``张德江委员长主持会议``, ``刘峰副市长调研…``
a name with no listed surname              ``旗委书记兴安主持召开…`` (between a title and 主持/出席/
                                           参加/列席/陪同, or …及…领导出席)
the last name of a list joined by 和       ``role A、B和C出席`` (the role shared), ``A和B出席``,
                                           ``…、张高丽和大会主席团成员在主席台就座`` (seated: 就座),
                                           ``…、王岐山和大会主席团成员出席闭幕会`` (the unnamed others:
                                           成员, 领导, 同志, 代表, 负责人)
groups parted by a semicolon               ``…副市长邓建华;主持…工作的副书记、市长陈略宇,…出席`` (the
                                           first with no verb of its own: the verb after the last)
the part taken, after the group            ``…出席/参加/列席/主持/陪同/讲话``, ``…等到…考察``, ``…率队…``,
                                           ``…及县法院负责人列席``, ``…,召集…``, ``…受省委委派宣布…``,
                                           ``…代表省人民政府,向大会报告工作`` (the next clause)
the part taken, before the group           ``会见(了)…``, ``以…为组长的``, ``与…座谈``
accompanying                               ``X在A、B(等)(的)陪同下…``: A and B 陪同, X the verb after
                                           (others unnamed after a comma: ``在副省長歐廣源,市委…領導等陪同下``)
a bare name opening a sentence, then       ``…领导小组会议在丽水举行。…胡海峰强调,要…`` (the speaker
强调/指出 and a pause                          took part)
a name read with a role, later bare        ``李春城出席会议并讲话`` (role not repeated: none)
names, then the leaders they are           ``郭秋香、汪旭霞、段昊等区领导参加会议`` (role 区领导)
an unnamed or conveyed person: not read    ``县法院负责人``, ``传达省委书记张宝顺重要批示精神``,
                                           ``各分管副县长安排部署…`` (各: every holder, no name)
an order signed: no part taken             ``国家主席习近平签署第53号主席令予以公布``
a quotation's speaker: no part taken       ``「…考量。」清华大学国情研究院副院长鄢一龙表示,…``
a report's words: no part taken            ``国务院总理李强5日在政府工作报告中提出,今年…目标是:…``
a report or oath of theirs: no part taken  ``…检察长杨通辉关于辞去领导职务的提请报告进行了审查``,
                                           ``陈勇及本次常委会任命的…人员进行了宪法宣誓``
a clause of an earlier time: no part       ``去年10月,淄博市市長徐景顏率團到臺中考察`` (told at a later 會見: 去年,
taken                                      此前, 上月, N年前 open a clause before the group; 曾经, 曾率 after it)
a branch venue chaired: no part taken      ``副市长崔洪刚主持济宁分会场会议`` (of 全省…电视会议: 主持 …分会场)
a verb after 对, 就, 关于: the topic's      ``…江成在会上对推进各自分工负责的重点工作…,分别谈了打算设想`` (no 推进)
=========================================  ==============================================================

A date is resolved from the item (its own month and year, or its report line 7月24日讯), else from
the heading above (2007年5月大事记, a lone ``8月``, an archive's ``9/2001``: M/YYYY, YYYY/M,
YYYY.M), else from the year the text speaks of
(Context.year, read once for all extractors by kg.extract.context.detect_year: the issue's year, a
dated heading, the signing date, the page's date line when the days reported fall shortly before
it, a dateline with its year); the record says which (``date_from``: entry, heading, page). The
page's date line (``2016/5/16``) also gives a report's 今天 and the month of a day written alone
(``13日``); a day after the page's date cannot be reported on it and keeps no year. A posting
time above an item (``2023/02/01`` over ``1月31日…``) gives its year only when no heading above
gives another: ``9/2001`` under ``2007/9/24 14:08:13`` dates its entries 2001. A text that does
not tell its year leaves the date empty (the month and day in ``month_day``) rather than guess it.
A report that names no day (``8月15日电 日前,…``, 近日, 前不久) is not dated by its dateline, and a
meeting a sentence decides or plans (``决定…会议于23日至25日举行``) dates no item.

A person's name is two or three characters (four with a compound surname, or a name with ·, spaces
around it kept as written: 肖开提 · 依明; four after a single surname when no shorter name fits and
a word of two characters, punctuation or 为团长 closes it: 自治区主席向巴平措深入…, 部长水上胜男为
团长的…, never with a character that follows no surname: 柴向前等出席) that open with a surname (kg/data/surnames.txt) and end
before punctuation or a word that follows names (主持, 出席, 等, 及, 在, 率…); the shortest such split
wins (王家波及县法院 → 王家波). A name may end in 强 when a word of taking part follows (马国强主持)
or one of 向在到赴率与和及等 (罗强向大会作…报告, 鲍志强率…), or the day it acted on (李强3月17日主持…);
即 (at once) before 主持/出席/参加/列席/陪同 ends a name (市長孫勇即主持召開… → 孫勇); none ends
before 列席人员, 出席代表 (the verb opens a noun: 通报列席人员…情况 names no 通报);
张三强调 is 张三 and 强调. It may end
in 为 before 向 and a verb of its clause (姜有为向…颁发), never in 省, 市, 县 or 区 (山西省出席…的
代表). A day may carry its clock time (2月25日上午10时,…).
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from kg.extract.names import division_at
from kg.records import Participant
from kg.resources import data_file
from kg.segment import Section
from kg.text.normalize import chinese_number

# ------------------------------------------------------------------------------------ vocabulary

# Words a name is followed by (besides punctuation and white space), beyond the verbs of _ACT of
# two or more characters, which every use of this list adds.
_FOLLOW = [
    "关于",  # 县长肖克关于…的提请报告: 肖克, not 肖克关
    "率",
    "带",
    "到",
    "赴",
    "前往",
    "深入",
    "来",
    "在",
    "就",
    "对",
    "与",
    "和",
    "及",
    "以及",
    "等",
    "一行",
    "同志",
    "先生",
    "女士",
    "为",
    "以",
    "致欢迎",
    "致开幕",
    "致闭幕",
    "致答谢",
    "作",
    "做",
    "代表",
    "分别",
    "先后",
    "接连",
    "相继",
    "一同",
    "共同",
    "亲自",
    "应邀",
    "受邀",
    "特邀",
    "专门",
    "特意",
    "也",
    "还",
    "专程",
    "实地",
    "批示",
    "指示",
    "的",
    "会同",
    "受",
    "向",
    "说",
    "担任",
    "任",
    "兼",
    "当选",
    "辞去",
    "高度",
    "随同",
    "从",
    "于",
    "将",
    "已",
    "并",
    "被",
    "是",
    "上午",
    "下午",
    "晚上",
    "一起",
    "逐一",
    "专题",
    "亲切",
    "再次",
    "首先",
    "随后",
    "同时",
    "均",
    "都",
    "又",
    "即",
    "则",
    "便",
    "所",
    "们",
]
# What a participant does: the verb after the group (attendance as written).
_ACT = [
    "主持",
    "出席",
    "参加",
    "列席",
    "陪同",
    "会见",
    "会晤",
    "接见",
    "调研",
    "检查",
    "视察",
    "考察",
    "慰问",
    "接待",
    "看望",
    "召开",
    "召集",
    "率领",
    "带领",
    "率队",
    "带队",
    "率",
    "走访",
    "讲话",
    "致辞",
    "致词",
    "致欢迎辞",
    "致欢迎词",
    "致开幕辞",
    "致开幕词",
    "致闭幕辞",
    "致闭幕词",
    "致答谢辞",
    "致答谢词",
    "发表",
    "强调",
    "要求",
    "指出",
    "宣布",
    "宣读",
    "主讲",
    "作",
    "做",
    "发言",
    "汇报",
    "听取",
    "参观",
    "巡查",
    "督查",
    "督导",
    "到会",
    "出访",
    "开展",
    "会谈",
    "座谈",
    "交流",
    "观摩",
    "收听",
    "收看",
    "颁发",
    "签署",
    "揭牌",
    "剪彩",
    "启动",
    "部署",
    "参与",
    "见证",
    "观看",
    "研究",
    "审议",
    "莅临",
    "到访",
    "来访",
    "进行",
    "表示",
    "介绍",
    "希望",
    "认为",
    "提出",
    "说",
    "带",
    "听",
    "看望",
    "督办",
    "推进",
    "召集",
    "考评",
    "暗访",
    "踏勘",
    "总结",
    "报告工作",
    "就座",  # seated on the rostrum: 在主席台就座
]
# Words between the group and its verb that take the group somewhere: 在…会见, 到…考察, 就…调研.
_PREP = [
    "代表",
    "为",
    "在",
    "到",
    "赴",
    "前往",
    "深入",
    "来",
    "就",
    "对",
    "同",
    "向",
    "于",
    "从",
    "来到",
    "赶赴",
    "一行",
    "以",
    "受",  # a mandate: 受省委委派宣布…
]
_GOING = {"到", "赴", "前往", "深入", "来", "来到", "赶赴"}
_ADVERB = [
    "分别",
    "先后",
    "接连",
    "相继",
    "一同",
    "共同",
    "亲自",
    "应邀",
    "受邀",
    "特邀",
    "专门",
    "特意",
    "也",
    "还",
    "专程",
    "实地",
    "均",
    "都",
    "随后",
    "同时",
    "专题",
    "再次",
    "首先",
    "又",
    "即",
    "一起",
    "逐一",
    "亲切",
    "今天",
    "今日",
    "当天",
    "上午",
    "下午",
    "晚上",
    "并",
    "常务",  # a standing attendance: 县政协副主席徐冰常务列席会议
    "固定",  # 市人武部1名领导固定列席
]
# Words right before a group that make it a participant without a verb after it.
_OBJECT_OF = ("会见了", "会见", "会晤了", "会晤", "接见了", "接见", "宴请了", "宴请", "陪同")
# The guest of 会见 named after a relative clause in the same clause: 会见了前来…的 + the group.
_MET_AFTER_CLAUSE = re.compile(
    r"(会见|会晤|接见)了?(?:(?!会见|会晤|接见)[^，,。；;！？!?\n]){2,40}的$"
)
_HEAD_OF = re.compile(r"^为(?:组长|副组长|团长|副团长|首|队长|领队|总领队)")
_TALK = re.compile(r"座谈|会谈|交流|洽谈|签约|签署|见面|会面")
# What makes the clause after a group a mention, not a part taken.
_CONVEYED = re.compile(r"批示|指示|精神|逝世|去世|贺信|贺电|来信|署名|签发")
# Words a name cannot open with (verbs and nouns that follow a title in running text).
_NOT_NAME = re.compile(
    r"(?:"
    + "|".join(sorted({w for w in _FOLLOW + _ACT if len(w) > 1}, key=len, reverse=True))
    + r"|班子|干部|成员|人员|"
    r"人选|职务|任期|全体|全县|全市|全区|全省|全国|各级|主要|分管|有关|相关|同志|会议|常委|秘书|办公|"
    r"工作|单位|部门|负责|领导|代表|委员|人大|政协|政府|党委|机关|一行|等|其他|及其|以上|以下)"
)
# Characters that do not occur after the surname of a name.
_NOT_IN_GIVEN = set(
    "的了在是为与及等同志们年日会议任免聘被将已并其该此职拟由经对从于"
    "现曾历原前后届次名位人副代辞去兼担调到赴率带和向就以作做讲说主出参列陪召强要指表宣也还均都又"
    "省市县区"  # 山西省出席…的代表: a province, no name
)
_HAN = re.compile(r"[\u4e00-\u9fff]")
_DOT_NAME = re.compile(r"[\u4e00-\u9fff]{1,6} ?[·•・] ?[\u4e00-\u9fff]{1,8}")  # 肖开提 · 依明 too
_PUNCT = set('、，,。；;：:！？!?）)”"」』】]》 \n')
_CLAUSE_END = re.compile(r"[，,。；;！？!?\n]")
_SENTENCE_END = "。！？!?"
_LEFT_STOP = [
    "任命",
    "聘任",
    "聘请",
    "提名",
    "免去",
    "接受",
    "由",
    "以",
    "会见了",
    "会见",
    "会晤了",
    "会晤",
    "接见了",
    "接见",
    "陪同",
    "在",
    "与",
    "及",
    "同",
    "向",
    "对",
    "经",
    "受",
    "据",
    "请",
    "邀请",
    "为",
    "是",
    "即",
    "的",
    "了",
    "讯",
    "率领",
    "带领",
    "随",
    "和",
    "传达",
    "学习",
    "贯彻",
    "根据",
    "按照",
    "落实",
]
_MAX_ROLE_PART = 24


@functools.cache
def _titles() -> re.Pattern[str]:
    with data_file("attendee_titles.txt").open(encoding="utf-8") as handle:
        words = [ln.strip() for ln in handle if ln.strip() and not ln.startswith("#")]
    words.append(r"拟任[\u4e00-\u9fff]{2,20}?人选")
    return re.compile("|".join(sorted(words, key=len, reverse=True)))


def title_at(text: str) -> bool:
    """Does ``text`` open with a title of kg/data/attendee_titles.txt (副校长, 市长…)?"""
    return _titles().match(text) is not None


@functools.cache
def _title_end() -> re.Pattern[str]:
    """A title ending at the end of the string."""
    return re.compile(rf"(?:{_titles().pattern})$")


@functools.cache
def _surnames() -> tuple[frozenset[str], frozenset[str]]:
    with data_file("surnames.txt").open(encoding="utf-8") as handle:
        words = {ln.strip() for ln in handle if ln.strip() and not ln.startswith("#")}
    return frozenset(w for w in words if len(w) == 1), frozenset(w for w in words if len(w) == 2)


@functools.cache
def _follow() -> re.Pattern[str]:
    """Words a name is followed by: those above and every verb of taking part (…花培祥汇报了)."""
    words = set(_FOLLOW) | {w for w in _ACT if len(w) > 1} | {"展开"}
    return re.compile("|".join(sorted(words, key=len, reverse=True)))


@functools.cache
def _act() -> re.Pattern[str]:
    return re.compile("|".join(sorted(set(_ACT), key=len, reverse=True)))


@functools.cache
def _act_words() -> re.Pattern[str]:
    """The verbs of two or more characters: searched for inside a clause (工作 holds no 作)."""
    return re.compile("|".join(sorted({w for w in _ACT if len(w) > 1}, key=len, reverse=True)))


@functools.cache
def _prep() -> re.Pattern[str]:
    return re.compile("|".join(sorted(_PREP, key=len, reverse=True)))


@functools.cache
def _adverbs() -> re.Pattern[str]:
    words = "|".join(sorted(_ADVERB, key=len, reverse=True))
    return re.compile(rf"(?:{words}|{_NAME_THEN_DAY.pattern})+")  # …徐守盛17日下午在…会见


# The day between a name and what they did (省长徐守盛17日下午在兰州会见了…).
_NAME_THEN_DAY = re.compile(
    r"(?:\d{1,2}月)?\d{1,2}日(?=上午|下午|晚上|晚|在|于|会见|出席|主持|参加|到|赴|深入|前往|率)"
)


# ------------------------------------------------------------------------------------ names


def name_at(text: str, start: int) -> int | None:
    """The end of the person's name that starts at ``start``, or None when none does."""
    dotted = _dotted_end(text, start)
    if dotted is not None:
        return dotted
    single, double = _surnames()
    head = text[start : start + 2]
    if head in double:
        return _name_end_of(text, start, (3, 4))
    if head[:1] not in single:
        return None
    return _name_end_of(text, start, (2, 3)) or _four_end(text, start)


# A name of four characters written without · after a single surname (Tibetan, Japanese names:
# 自治区主席向巴平措深入…, 町民部部长水上胜男为团长的…), read only when no shorter name fits and a
# word of two characters that follows names, punctuation, or the group it heads (为团长) closes it.
_FOUR_CLOSED = re.compile(r"[、，,。；;：:）)]|为(?:组长|副组长|团长|副团长|首|队长|领队|总领队)")


# A surname that is also the last character of a title (总指挥长, 主任): run on from the title's
# words, it is the title's, when the three characters after it are a name.
_TITLE_LAST = "长長任"


def _four_end(text: str, start: int) -> int | None:
    """The end of a name of four characters at ``start`` (see above), or None: none of its last
    three characters is one that follows no surname (等, 市: 柴向前等, 和市监委), opens a word that
    follows names or a title (徐冰常务列席, 王书记…), or names an organ (戴源委托)."""
    end = start + 4
    candidate = text[start:end]
    if len(candidate) < 4 or not all(_HAN.match(c) for c in candidate):
        return None
    if _NOT_NAME.match(text, start) or _NOT_LISTED_NAME.search(candidate):
        return None
    if any(c in _NOT_IN_GIVEN for c in candidate[1:]):
        return None
    if (
        candidate[0] in _TITLE_LAST
        and start > 0
        and _HAN.match(text[start - 1])
        and _name_end_of(text, start + 1, (2, 3)) == end
    ):
        return None  # …总指挥长王/海英主持 (a line break in the name): 长 ends the title, 王海英
    inner = range(start + 1, end)
    if any(
        _titles().match(text, at) or _follow().match(text, at) or _adverbs().match(text, at)
        for at in inner
    ):
        return None
    word = _follow().match(text, end)
    if (word and len(word.group(0)) > 1) or _FOUR_CLOSED.match(text, end):
        return end
    return None


def _name_end_of(text: str, start: int, lengths: tuple[int, ...]) -> int | None:
    """The end of the name at ``start`` of one of ``lengths`` (see name_at)."""
    if _NOT_NAME.match(text, start):
        return None
    fitting = []
    for length in lengths:
        end = start + length
        candidate = text[start:end]
        if len(candidate) < length or not all(_HAN.match(c) for c in candidate):
            break
        if any(_MANNER_THEN_VERB.match(text, at) for at in range(start + 1, end)):
            break  # 党组成员涂应邀出席: a word of manner before the verb is no part of a name
        if (
            candidate[-1] not in _NOT_IN_GIVEN
            or _object_missing(text, end - 1, end)
            or _verb_after_joiner(text, end - 1, end)
            or (candidate[-1] in _VERB_HEADS and end < len(text) and text[end] in _PUNCT)
            or _verb_head_ends_name(text, end)
            or _wei_ends_name(text, end)
        ):
            fitting.append(
                end
            )  # 赵永和、 洪自强 ,: before punctuation 和 joins nothing, 强 is no 强调
    if any(_wei_ends_name(text, end) for end in fitting):  # 姜有为向…颁发: not 姜有 + 为
        return next(end for end in fitting if _wei_ends_name(text, end))
    # A name closed by punctuation (张勇、罗福来、) wins over one closed by a following word.
    for end in fitting:
        if end >= len(text) or text[end] in _PUNCT:
            return end
    # A name closed by the day it acted on (省长徐守盛17日下午在兰州会见…).
    for end in fitting:
        if _NAME_THEN_DAY.match(text, end):
            return end
    # Then a name closed by a word of two characters (董保同出席) before one closed by one (王家波及).
    for end in fitting:
        word = _follow().match(text, end)
        if word and len(word.group(0)) > 1:
            return end
    return next((end for end in fitting if _bounded(text, end)), None)


def _dotted_end(text: str, start: int) -> int | None:
    """The end of a name written with · (策·敖云巴特尔等蒙方嘉宾 → 策·敖云巴特尔): closed by
    punctuation, else by a word of two characters (尼森·阿达先生), else by one (…巴特尔等)."""
    dotted = _DOT_NAME.match(text, start)
    if dotted is None:
        return None
    dot = re.search(" ?[·•・] ?", dotted.group(0))
    before = dotted.group(0)[: dot.start()]
    if _titles().search(before) or _NOT_LISTED_NAME.search(before):
        return None  # 常委会主任肖开提 · 依明: a title, then the name, not one name
    given = start + dot.end()  # the name after the dot
    ends = range(given + 1, dotted.end() + 1)
    for end in ends:
        if end >= len(text) or text[end] in _PUNCT:
            tail = _DOT_TAIL.search(text, given + 1, end)  # 策·奥云巴特尔一行,
            return tail.start() if tail else end
        if _ACT_BEFORE_PUNCT.match(text, end):
            return end  # 主任祖木热提·吾布力主持会议。: the verb, then the clause's end, no name's
    for end in ends:
        word = _follow().match(text, end)
        if word and len(word.group(0)) > 1:
            return end
    return next((end for end in ends if _bounded(text, end)), None)


# A verb of taking part and its object closing the clause right after a dotted name.
_ACT_BEFORE_PUNCT = re.compile(r"(?:主持|出席|参加|列席|陪同)(?:会议|大会)?(?=[，,。；;])")
_DOT_TAIL = re.compile(r"(?:一行|先生|女士|同志|阁下|等)+$")


def _bounded(text: str, end: int) -> bool:
    if end >= len(text) or text[end] in _PUNCT:
        return True
    word = _follow().match(text, end)
    return word is not None and not _object_missing(text, end, word.end())


# One-character words that take an object (和 B, 在 A, 率 …): written right before punctuation
# they cannot be that word, so they end no name there (赵永和、 is not 赵永 + 和, 那顺孟和, not 那顺孟).
_TAKES_OBJECT = frozenset("和及与同向在对就以于为将被从由到赴率带")


# Characters kept out of names because they open a verb (强调), common at the end of a name.
_VERB_HEADS = frozenset("强")


def _wei_ends_name(text: str, end: int) -> bool:
    """市长姜有为向市政府参事颁发聘任证书: a name ends in 为 before 向 and a verb of taking part in
    its clause (为 cannot take 向 as its object), not in 以王五为向导; …副主任姜锋、郭大为和秘书长
    文引学出席: a name ends in 为 before 和 and a title (为 takes no 和 as its object either)."""
    if (
        text[end - 1 : end] == "为"
        and text[end : end + 1] == "和"
        and _titles().match(text, end + 1)
    ):
        return True
    if text[end - 1 : end] != "为" or text[end : end + 1] != "向":
        return False
    clause = _CLAUSE_END.search(text, end)
    return _act_words().search(text, end + 1, clause.start() if clause else len(text)) is not None


def _verb_head_ends_name(text: str, end: int) -> bool:
    """马国强参加 / 李强主持: a name ends in 强 when a word of taking part follows it and 强 opens no
    verb there (张三强调 is 张三 and 强调)."""
    if text[end - 1 : end] not in _VERB_HEADS or _act().match(text, end - 1):
        return False
    if _NAME_THEN_DAY.match(text, end):
        return True  # 国务院总理李强3月17日主持召开…: the day, then the verb; 强 opens none
    word = _follow().match(text, end)
    # 罗强向大会作…报告: one character that takes an object, no verb 强 opens (向, 在, 到 …)
    return word is not None and (len(word.group(0)) > 1 or word.group(0) in "向在到赴率与和及等")


def _object_missing(text: str, start: int, end: int) -> bool:
    return text[start:end] in _TAKES_OBJECT and end < len(text) and text[end] in _PUNCT


# A word that joins people (和, 及, 与, 同) right before a verb of taking part joins nothing: it ends
# the name (省人大常委会副主任洪礼和主持会议 is 洪礼和, not 洪礼 and someone).
_JOINERS = frozenset("和及与同")
_STRONG_VERB = re.compile(r"主持|出席|参加|列席|陪同")


def _verb_after_joiner(text: str, start: int, end: int) -> bool:
    return text[start:end] in _JOINERS and bool(_STRONG_VERB.match(text, end))


# ------------------------------------------------------------------------------------ members


@dataclass
class Member:
    start: int  # where the role (or the bare name) starts
    name_start: int
    end: int  # end of the name (or of a title written after it)
    role: str | None
    name_end: int | None = None  # end of the name when a title follows it (胡东哲董事长)


# Names that open with a word of _LEFT_STOP of one character (经 of 经…批准, 以, 同), besides the
# divisions' (随州, 和田, 即墨: kg/data/divisions.tsv): 经开区管委会主任王全波, 临空经济区党工委书记,
# 以色列化工集团首席执行官, 同济大学校长.
# 县政协副主席提名人选、县委组织部常务副部长黄祯裕 (http://www.jsxrd.gov.cn/contents/54/713.html): a
# nominee for a title (提名人选, 候选人) is part of the role as written, a role of its own before 、
# like a title; the walk goes on before the title it names (县政协), 提名 being no word before a role.
@functools.cache
def _nominee_end() -> re.Pattern[str]:
    return re.compile(rf"(?:{_titles().pattern})(?:提名人选|候选人)$")


_ORGAN_OPENINGS = ("经开区", "经济", "以色列", "同济")


def _role_start(text: str, title_end: int, floor: int) -> int:
    """Where the role ending at ``title_end`` starts: back over the organ and over titles joined
    by 、 (市委常委、副市长), to punctuation, a word that precedes roles (由, 会见, 以…) or ``floor``.
    Such a word inside the title is part of it (经 of 经…批准 in 副总经理), and so is such a word of
    one character that opens a place's or an organisation's name (see _opens_name)."""
    position = title_end
    title = _title_end().search(text, floor, title_end)
    title_start = title.start() if title else title_end
    part = 0
    while position > floor:
        ch = text[position - 1]
        if ch == "、":
            before = text[floor : position - 1]
            nominee = _nominee_end().search(before)
            if nominee is not None and not _names_before(text, position - 1, floor):
                position, part = floor + nominee.start(), 0  # over 提名人选: 提名 opens no role
                continue
            if _title_end().search(before) and not _names_before(text, position - 1, floor):
                position -= 1
                part = 0
                continue
            break
        if ch == "”":  # a quoted term inside the role: 省委组织部副部长、“两新”工委书记
            opening = text.rfind("“", max(floor, position - 10), position - 1)
            if opening >= 0 and not any(c in _PUNCT for c in text[opening + 1 : position - 1]):
                part += position - opening
                position = opening
                continue
        # |: a table cell's or a photo caption's end (…顾硕摄 |省人大常委会副主任刘东辉); a figure: a
        # note's mark or a page's number run on (…新的台阶。1 / 镇党委书记王纯同志…), no role's
        if ch in _PUNCT or ch in "(（【[|｜" or ch.isdigit() or part >= _MAX_ROLE_PART:
            break
        if _lone_letter(text, position - 1):
            break  # …G2 n3 l- l汶上县委书记赵东升: a forum's noise, no organ's (TCL集团 is one)
        prefix = text[floor:position]
        if (
            any(prefix.endswith(w) for w in _LEFT_STOP)
            and position < title_end
            and position <= title_start
            and not _opens_name(text, position, title_start, prefix)
        ):
            break
        position -= 1
        part += 1
    return position


def _lone_letter(text: str, at: int) -> bool:
    """Is ``text[at]`` a Latin letter standing alone after a space (l of …l- l汶上)? Not one of a
    word (TCL集团), nor the trace of a garbled character (?h委常委: 縣 lost, as the gold keeps it)."""

    def letter(i: int) -> bool:
        return 0 <= i < len(text) and text[i].isascii() and text[i].isalpha()

    return letter(at) and at > 0 and text[at - 1].isspace() and not letter(at + 1)


def _opens_name(text: str, position: int, title_start: int, prefix: str) -> bool:
    """Whether the word of _LEFT_STOP that ends at ``position`` is one character that opens the
    name of a place or an organisation, part of the role, not a word before it: 会见了以色列…大使,
    以以色列化工集团首席执行官…为首, 黄冈市临空经济区党工委书记, 和随州市…. It is not when a longer
    word of _LEFT_STOP ends there (会见了), when the name would run into the title (和县长: 和 and
    县长, not the county 和县), or when what follows the character opens a division itself (和平谷区:
    和 and 平谷区)."""
    if any(len(w) > 1 and prefix.endswith(w) for w in _LEFT_STOP):
        return False
    if text.startswith(_ORGAN_OPENINGS, position - 1):
        return True
    size = division_at(text[position - 1 : title_start])
    return size > 1 and not division_at(text[position:title_start])


def _names_before(text: str, position: int, floor: int) -> bool:
    """Whether the text before ``position`` ends with a name after a title (张振丰、副市长…)."""
    for length in (2, 3, 4):
        start = position - length
        if start < floor:
            break
        if name_at(text, start) == position and _title_end().search(text[floor:start]):
            return True
    return False


# A role opened by these words is every holder of the title (各分管副县长, 各位副市长), no one named.
_EACH = ("各", "诸位")


@functools.lru_cache(maxsize=16)
def _title_starts(text: str) -> tuple[tuple[int, str], ...]:
    """Every place a title of :func:`_titles` starts in ``text``, with the title read there, in
    text order: what ``re.finditer(rf"(?=({titles}))", text)`` finds, overlapping titles
    included (副市长 and 市长). Found by one scan for titles that do not overlap, each place
    inside a title found then tried on its own: a tenth of the time of trying the alternation
    at every character (a plan of 60,000 characters is read for participants three times).
    Kept for the last few texts: find_members and _guests both ask, often of the same text."""
    titles = _titles()
    starts = []
    for found in titles.finditer(text):
        starts.append((found.start(), found.group()))
        for inside in range(found.start() + 1, found.end()):
            title = titles.match(text, inside)
            if title is not None:
                starts.append((inside, title.group()))
    return tuple(starts)


def find_members(text: str, known: set[str]) -> list[Member]:
    """Every role-name pair, guest name-title pair, group member and bare known name in ``text``."""
    return list(_find_members(text, frozenset(known)))


@functools.lru_cache(maxsize=16)
def _find_members(text: str, known: frozenset[str]) -> tuple[Member, ...]:
    """:func:`find_members`, kept for the last few texts and names known: an item that names
    no participant is read again for what could not be read (unread_participation), the same
    text with the same names. Members are not changed once found."""
    members: dict[int, Member] = {}
    titles = _titles()
    floor = 0
    for match_start, title in _title_starts(text):
        title_end = match_start + len(title)
        name_start = _past_withheld(text, title_end)
        end = name_at(text, name_start) or _name_before_verb(text, name_start)
        if end is None or title_end in members:
            continue
        start = _role_start(text, title_end, floor)
        role = text[start:title_end].replace(" ", "")
        if role.startswith(_EACH):
            continue  # 各分管副县长安排部署…: every holder of the title, no one named (安排 no name)
        members[title_end] = Member(start, name_start, end, role)
        floor = end
        while text[end : end + 1] == "、" and not titles.match(text, end + 1):
            position = _past_withheld(text, end + 1)
            following = name_at(text, position) or _listed_name(text, position)
            if following is None:
                break
            members[position] = Member(position, position, following, role)
            end = following
        last = _joined_by_and(text, end)
        if last is not None:  # role A、B和C出席: the list's last name after 和
            shared = end > members[title_end].end or role.endswith("领导")
            members[end + 1] = Member(end + 1, end + 1, last, role if shared else None)
            end = last
        floor = end
    for key in [k for k, m in members.items() if _spoken_for(text, m)]:
        del members[key]
    _guests(text, members)
    _heads(text, members)
    _bare(text, members, known)
    return tuple(members[k] for k in sorted(members))


# A name in a list after a role, whatever its first character (布小林, 那顺孟和: names of minority
# peoples and foreign names written without ·): the whole span between 、 and 、 or a comma, two to
# four characters (a space typed inside kept as written: 王 法仁), none of them a word of organs,
# collectives or function.
_LISTED = re.compile(r"[\u4e00-\u9fff](?: ?[\u4e00-\u9fff]){1,3}(?=[、，,。；;])")
_NOT_LISTED_NAME = re.compile(
    r"[省市县区乡镇村局委办厅部院所处科队站组团党府室馆校社的了是等们其各全该此]|中心|单位|领导|干部"
    r"|代表|嘉宾|专家|学者|群众|职工|人员|同志|负责|企业|机关|成员|委员|记者|师生|学生|居民|村民"
    r"|朋友|人士|客商|家属|老师|医生|官兵|民警|班子|主任|主席|书记"
)


# What closes a name joined by 和 to a group: punctuation, or 等, 一行, 同志, or a verb of taking part.
_AND_CLOSED = re.compile(r"[、，,。；;]|等|一行|同志|出席|参加|列席|主持|陪同|在主席台")


def _joined_by_and(text: str, end: int) -> int | None:
    """The end of a name joined by 和 after a group's last name (role A、B和C出席), or None:
    the name must be closed as a name is (punctuation, 等, a verb of taking part), not run into
    a title (和市长…: a member of its own) or other words (和王五村村民)."""
    if text[end : end + 1] != "和" or _titles().match(text, end + 1):
        return None
    following = name_at(text, end + 1)
    if following is None or not _AND_CLOSED.match(text, following):
        return None
    return following


# A name of a minority people or one whose surname is not listed (旗委书记兴安主持召开…, 巴特尔):
# read only between a title and a verb of taking part, as two to four characters that are no
# word of organs, collectives, time or manner (县长助理主持, 市长今天出席 hold no name).
_NOT_UNLISTED = re.compile(
    r"助理|秘书|本人|固定|定期|全程|轮流|按时|准时|"
    r"今|昨|明|当|上|下|晚|早|午|近|首|再|又|还|也|均|都|亦|即|曾|将|已|正|在|"
    r"应邀|受邀|特邀|专门|专程|特意|亲自|一同|共同|分别|一起|莅临"
)
# A word of manner between the name and its verb (王领选应邀出席, 曹路宝专程出席), or 即 (at once:
# 市长孫勇即主持召開…, not 孫勇即): no part of the name.
_MANNER_THEN_VERB = re.compile(
    r"(?:应邀|受邀|特邀|专门|专程|特意|亲自|一同|共同|分别|一起|常务|固定|即)(?:主持|出席|参加|列席|陪同)"
)


def _name_before_verb(text: str, start: int) -> int | None:
    """The end of a name written between a title and 主持/出席/参加/列席/陪同 (a word of manner,
    应邀 or 专门, may come between), whatever its first character, or None; a word of manner is
    no name (副市长专门出席), nor part of one (党组成员涂应邀出席: 涂 alone, as a reworded copy has
    it, is too short to be read)."""
    for length in (2, 3, 4):
        end = start + length
        candidate = text[start:end]
        if len(candidate) < length or not all(_HAN.match(c) for c in candidate):
            return None
        if _NOT_NAME.match(candidate) or _NOT_LISTED_NAME.search(candidate):
            return None
        if _NOT_UNLISTED.search(candidate) or _titles().search(candidate):
            return None
        if candidate[0] in _TITLE_LAST and name_at(text, start + 1) == end:
            return None  # …总指挥长王/海英主持 (the line broken in the name): 长 is the title's
        if _STRONG_VERB.match(text, end) or _MANNER_THEN_VERB.match(text, end):
            return end
        if _AND_UNNAMED.match(text, end):
            return end
    return None


# …兴安及旗委、政府在家领导出席会议: the unnamed who share the verb, after 及 or 和.
_AND_UNNAMED = re.compile(
    r"(?:及|和)[^，,。；;]{0,16}?(?:领导|负责人|负责同志|成员|同志)等?(?:出席|参加|列席)"
)


def _spoken_for(text: str, member: Member) -> bool:
    """Whether the person is one another speaks for: 吕江同志代市长李延春作…报告 (代 after a name is
    "on behalf of", not 代市长, acting mayor)."""
    at = text.find("代", member.start, member.name_start)
    return at > member.start and (text.endswith("同志", 0, at) or name_at(text, member.start) == at)


def _listed_name(text: str, start: int) -> int | None:
    match = _LISTED.match(text, start)
    if match is None or _NOT_NAME.match(match.group(0)) or _NOT_LISTED_NAME.search(match.group(0)):
        return None
    return match.end()


# Names withheld in the copy (领导 **、刘新乐、**、、郭启俊): skipped, the list goes on.
_WITHHELD = re.compile(
    r"\s*(?:(?:\*{2,}|＊{2,}|×{2,}|某某)\s*)?(?:、\s*(?:(?:\*{2,}|＊{2,}|×{2,})\s*)?)*"
)


def _past_withheld(text: str, position: int) -> int:
    match = _WITHHELD.match(text, position)
    skipped = match.group(0) if match else ""
    if not re.search(r"\*|＊|×|某某", skipped):
        return position  # nothing withheld: 、 and spaces are the list's own
    return match.end()


_GUEST_LEFT = re.compile(
    r"(?:会见了?|会晤了?|接见了?|陪同|由|以|集团|公司|银行|大学|学院|协会|商会|中心|"
    r"医院|研究院|研究所|基金会)$"
)


def _guest_left(text: str, start: int) -> bool:
    """Whether ``text`` before ``start`` ends in a word that opens a guest (会见, …公司): looked for
    in the few characters before it (its longest word, and a newline ``$`` may stand before), not
    in all the text before, which costs the square of a long text."""
    return _GUEST_LEFT.search(text, max(0, start - 8), start) is not None


# What an official named before the title does, right after it: 张德江委员长主持会议, 刘峰副市长调研….
_TITLED_VERB = re.compile(r"主持|出席|参加|列席|陪同|调研|视察|考察")


def _presides(text: str, start: int, title_end: int) -> bool:
    """A name before its title opening a clause, the title followed by 主持, 出席, 参加, 列席,
    陪同 or a visit's 调研, 视察, 考察: 张德江委员长主持会议 (the national leaders' order of words in
    Xinhua's session news), 8月15日下午,刘峰副市长调研景德镇樟树坑引水工程 (H-18)."""
    before = start
    while before > 0 and text[before - 1] == " ":
        before -= 1
    opens = before == 0 or text[before - 1] in "。；;！？!?\n，,"
    return opens and _TITLED_VERB.match(text, title_end) is not None


def person_shaped(candidate: str, before_title: bool = False) -> bool:
    """Has ``candidate`` a person's name's shape (see _shaped)? Before a title (周强副市长) a name
    may end in 强, which opens no verb there (强调)."""
    return _shaped(candidate, _VERB_HEADS if before_title else frozenset())


def verb_at(clause: str) -> str | None:
    """The verb of taking part or going that opens ``clause`` (after words of manner: 实地督查),
    as written, or None (协调…事宜)."""
    adverbs = _adverbs().match(clause)
    offset = adverbs.end() if adverbs else 0
    verb = _act().match(clause, offset)
    if verb:
        return verb.group(0)
    going = _prep().match(clause, offset)
    return going.group(0) if going and going.group(0) in _GOING else None


def _shaped(candidate: str, last: frozenset[str] = frozenset()) -> bool:
    """Whether ``candidate`` has the shape of a name: a surname, then one or two characters (the
    last none that follows no surname, but for those of ``last``)."""
    single, double = _surnames()
    length = len(candidate) - (1 if candidate[:2] in double else 0)
    return (
        length in (2, 3)
        and all(_HAN.match(c) for c in candidate)
        and (candidate[:1] in single or candidate[:2] in double)
        and not _NOT_NAME.match(candidate)
        and (candidate[-1] not in _NOT_IN_GIVEN or candidate[-1] in last)
    )


# 以 + who + 为组长: between them a role and a name whatever the role's words (a title garbled or
# cut in the copy: 以云南省卫生和计划生育委员会调研胡守敬为组长的复审组).
_HEAD_GROUP = re.compile(
    r"以([^，,。；;！？!?\n以为]{4,40})为(?:组长|副组长|团长|副团长|首|队长|领队|总领队)"
)


def _heads(text: str, members: dict[int, Member]) -> None:
    """The head of a group named between 以 and 为组长 when no known title precedes the name: the
    name is the one split of its last characters that has the shape of a name (none or two: not
    read)."""
    for match in _HEAD_GROUP.finditer(text):
        start, end = match.span(1)
        if any(start <= m.name_start < end for m in members.values()):
            continue
        splits = [n for n in (2, 3, 4) if end - n > start + 1 and _shaped(text[end - n : end])]
        if len(splits) == 1:
            name_start = end - splits[0]
            members[name_start] = Member(start, name_start, end, text[start:name_start])


def _guests(text: str, members: dict[int, Member]) -> None:
    """Guests written name first: 胡东哲董事长率领的…, 尼森·阿达先生为首的…."""
    named = _Covered(len(text), ((m.name_start, m.end) for m in members.values()))
    for title_start, title in _title_starts(text):
        title_end = title_start + len(title)
        if not _bounded(text, title_end):
            continue
        for length in (3, 2, 4):
            start = title_start - length
            if start < 0 or named.covers(start):
                continue
            shaped = _shaped(text[start:title_start]) or _DOT_NAME.fullmatch(
                text[start:title_start]
            )
            if shaped and (_guest_left(text, start) or _presides(text, start, title_end)):
                if start not in members:
                    members[start] = Member(start, start, title_end, title, title_start)
                    named.add(start, title_end)
                break
    for match in re.finditer(rf"{_DOT_NAME.pattern}(?=先生|女士)", text):
        start = match.start()
        if not named.covers(start) and start not in members and _guest_left(text, start):
            members[start] = Member(start, start, match.end(), None)
            named.add(start, match.end())


# Seated on the rostrum, the list's last words (…、张高丽和大会主席团成员在主席台就座): present.
_ROSTRUM = re.compile(r"(?:(?:和|及)[^，,。；;]{0,12}?)?在主席台(?:上|前排)?就座")
# The unnamed others of a list, before its verb: …、王岐山和大会主席团成员出席闭幕会.
_AND_OTHERS = r"(?:和|及)[^，,。；;、]{2,12}?(?:成员|领导|同志|代表|负责人)"
# What closes a list of bare names: a verb of attending, or a seat on the rostrum.
_CLOSES_LIST = re.compile(rf"(?:{_AND_OTHERS})?(?:出席|参加|列席)|{_ROSTRUM.pattern}")
# The leaders a list of names stands for, after it: 郭秋香、汪旭霞、段昊等区领导参加会议.
_LEADERS_AFTER = re.compile(r"等(?P<role>[\u4e00-\u9fff]{1,6}?领导)(?=[，,]|出席|参加|列席|陪同)")


def _bare_list(text: str, start: int) -> tuple[list[tuple[int, int]], str | None] | None:
    """The names of a 、-list opening a clause and closed by 出席/参加/列席 (徐志刚、闫伟、王海艳出席
    会议), or by 等 and the leaders they are (…、段昊等区领导参加, their role): their spans and that
    role; None unless every item is a name."""
    spans: list[tuple[int, int]] = []
    position = start
    while True:
        end = name_at(text, position)
        if end is None:
            return None
        spans.append((position, end))
        if _CLOSES_LIST.match(text, end):
            return (spans, None) if len(spans) > 1 else None
        leaders = _LEADERS_AFTER.match(text, end)
        if leaders and len(spans) > 1:
            return spans, leaders.group("role")
        last = _joined_by_and(text, end)
        if last is not None:  # A、B和C出席会议
            spans.append((end + 1, last))
            closed = _CLOSES_LIST.match(text, last)
            return (spans, None) if closed else None
        if text[end : end + 1] != "、" or len(spans) > 30:
            return None
        position = end + 1


class _Covered:
    """The positions of a text that spans [start, end) cover: a position is looked up in constant
    time (a text with thousands of names asked of each name would otherwise cost their square)."""

    def __init__(self, length: int, spans: Iterable[tuple[int, int]]) -> None:
        self._marks = bytearray(length + 1)
        for start, end in spans:
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        if end > start:
            self._marks[start:end] = b"\x01" * (end - start)

    def covers(self, position: int) -> bool:
        return 0 <= position < len(self._marks) and self._marks[position] == 1


# A name that opens a sentence and speaks at the meeting the item tells (市委人才工作领导小组会议在丽水
# 举行。…胡海峰强调,要…: P-03): the speaker took part.
_SENTENCE_SPEECH = re.compile(r"(?:强调|指出)[,，:：]")


# 列席人员, 出席代表: the verb opens a noun for those who attend (通报列席人员和邀请到主席台就座人员情况,
# an agenda item); the word before it (通报) is no name of one who did.
_ATTENDEES = re.compile(r"(?:主持|出席|参加|列席)(?:人员|代表|单位|名单|对象|者)")


def _bare(text: str, members: dict[int, Member], known: set[str]) -> None:
    """Names without a role: a name the text gives with a role elsewhere, at a clause's start or
    after 由; any name at a clause's start directly before 主持/出席/参加/列席 (郭建清主持会议)."""
    taken = _Covered(len(text), ((m.start, m.end) for m in members.values()))
    for match in re.finditer(r"(?:^|(?<=[，,。；;：:\s、由]))[\u4e00-\u9fff]", text):
        start = match.start()
        if taken.covers(start):
            continue
        end = name_at(text, start)
        if end is None:
            continue
        name = text[start:end]
        strong = (
            re.match(r"主持|出席|参加|列席", text[end : end + 2])
            and not _ATTENDEES.match(text, end)
        ) or (_SENTENCE_SPEECH.match(text, end) and (start == 0 or text[start - 1] in "。！？!?\n"))
        joined = text[end : end + 1] in ("、", "和")
        listed = _bare_list(text, start) if not strong and joined else None
        if name in known or strong:
            members[start] = Member(start, start, end, None)
            taken.add(start, end)
        elif listed:  # 徐志刚、闫伟、…、王海艳出席会议: every name of the list
            spans, role = listed
            for first, last in spans:
                members[first] = Member(first, first, last, role)
                taken.add(first, last)


# ------------------------------------------------------------------------------------ taking part


def participants(text: str, known: set[str], cut_at: int | None = None) -> list[Participant]:
    """The people of ``text`` who took part: groups followed by a verb (or objects of 会见, heads
    of a delegation), in text order, each name once (with its role when one was written)."""
    members = find_members(text, known)
    found: dict[str, Participant] = {}
    installed = _installed(text, members)
    for chain in _chains(text, members):
        attendance = _taken_part(text, chain)
        if attendance is None or _remark(text, chain, attendance) or _told_earlier(text, chain):
            continue
        if installed and attendance not in _ATTENDED:
            chain = [m for m in chain if text[m.name_start : _name_end(text, m)] not in installed]
            if not chain:
                continue  # the group is the persons installed (宣誓): none took part otherwise
        whole = cut_at is None or _stands_whole(text, chain, attendance, cut_at)
        for member in chain:
            if not whole and member.end > cut_at:
                continue
            name = text[member.name_start : _name_end(text, member)]
            current = found.get(name)
            if current is None or (current.role is None and member.role):
                found[name] = Participant(name=name, role=member.role, attendance=attendance)
            elif current.attendance == "就座" and attendance == "主持":
                current.attendance = attendance  # 执行主席蔡盛周…就座 / 大会由…执行主席蔡盛周主持
    return list(found.values())


# A clause with a time of its own before the event's (去年10月,淄博市市長徐景顏率團到臺中考察, told in a
# speech at the 會見 of 2014-03-18; 张三此前曾…): what the group did then is not the event's part.
_EARLIER = (
    r"(?:去年|前年|上年度?|此前|之前|早前|先前|上月|上个月|上個月|上周|上週"
    r"|(?:\d+|[一二三四五六七八九十两兩]+)年前)"
)
_EARLIER_CLAUSE = re.compile(rf"(?:^|[，,])\s*{_EARLIER}(?!以来|以來|至今|同期)")
# 曾 is also a surname (…和曾庆红): read as "once" only before 经 or a word of going or leading.
_EARLIER_AFTER = re.compile(rf"(?:等|一行)?(?:{_EARLIER}|曾(?:经|經|[于於在到赴率带帶多先]))")


def _told_earlier(text: str, chain: list[Member]) -> bool:
    """Is the group's clause one of an earlier time: its sentence opens a clause with 去年, 此前,
    N年前… before the group, or 曾 or such a word follows the group?"""
    sentence = re.split("[。！？!?；;\n]", text[: chain[0].start])[-1]
    return bool(_EARLIER_CLAUSE.search(sentence) or _EARLIER_AFTER.match(text, chain[-1].end))


# A remark made to a reporter is no part taken in the event reported (在谈到本次会议有关人事任免
# 时,省人大常委会主任谢世杰说…; 接受记者采访时表示…): the speaker is quoted, not said to attend.
_SPEECH = frozenset({"说", "表示", "认为", "指出", "强调", "介绍", "希望", "提出", "要求"})
_INTERVIEW = re.compile(
    r"(?:谈到|谈及|谈起|说到|提到|问及|接受[^，,。；;]{0,20}?(?:采访|专访)|答[^，,。；;]{0,12}?问)"
    r"[^。；;！？!?]{0,40}?时\s*[，,]?\s*$"
)
_INTERVIEW_AFTER = re.compile(r"[^，,。；;]{0,6}?在?接受[^，,。；;]{0,20}?(?:采访|专访)时")
# What a report or speech says, its speaker named (国务院总理李强5日在政府工作报告中提出,今年发展主要预
# 期目标是:…): its words are reported, not a meeting or what the speaker did at one; after the
# meeting it was made at (…第五次会议在北京人民大会堂开幕。国务院总理李克强在政府工作报告中表示,…) the
# speaker took part in that meeting.
_MEETING_BEFORE = re.compile(r"会议|會議|大会|大會|开幕|開幕|会上|會上")
_IN_REPORT = re.compile(
    r"[^，,。；;]{0,12}?在[^，,。；;]{1,30}?(?:报告|報告|讲话|講話|致辞|致辭|文章)中\s*$"
)


# A quotation closed right before its speaker (「這實際上是一種‘彈性指標’,…考量。」清華大學國情研究院
# 副院長鄢一龍表示,…: HB-23): the words are quoted, no part in an event is told.
_QUOTED_BEFORE = re.compile(r"[」”\"』]\s*$")


def _remark(text: str, chain: list[Member], attendance: str) -> bool:
    """Is the group only quoted: a speech verb after 在谈到…时 or 在接受采访时 (either side), or
    after the quotation it speaks (「…」…鄢一龍表示)?"""
    if attendance not in _SPEECH:
        return False
    if _QUOTED_BEFORE.search(text, max(0, chain[0].start - 3), chain[0].start):
        return True
    sentence = re.split("[。！？!?；;\n]", text[: chain[0].start])[-1]
    after = text[chain[-1].end :]
    clause = after[: (_CLAUSE_END.search(after) or re.search("$", after)).start()]
    verb = clause.find(attendance)
    in_report = (
        verb > 0
        and _IN_REPORT.match(clause[:verb]) is not None
        and not _MEETING_BEFORE.search(text, 0, chain[0].start)
    )
    return bool(_INTERVIEW.search(sentence) or _INTERVIEW_AFTER.match(clause) or in_report)


def unread_participation(text: str, known: set[str], cut_at: int | None = None) -> str | None:
    """In an item that gave no participant, the words where someone takes part and could not be
    read (a group before its verb, a title before an unreadable name and a verb), or None; people
    only mentioned (批示 conveyed, 任命 appointed, unnamed 负责人) are left on purpose."""
    limit = len(text) if cut_at is None else cut_at
    for chain in _chains(text, find_members(text, known)):
        if chain[-1].end > limit:
            break
        rest = text[chain[-1].end : limit]
        clause = rest[: (_CLAUSE_END.search(rest) or re.search("$", rest)).start()]
        if not _CONVEYED.search(clause) and _STRONG_ACT.match(clause):
            return text[chain[0].start : chain[-1].end + len(clause)]
    for titled in _titled_act().finditer(text, 0, limit):
        if not _NOBODY.search(titled.group("who")):
            return titled.group(0)
    return None


_STRONG_ACT = re.compile(r"(?:等|一行|同志|\s)*(?:出席|参加|主持|列席|陪同|会见|调研|视察|考察)")
_NOBODY = re.compile(r"同志|们|一行|负责|人员|代表|成员|干部")


@functools.cache
def _titled_act() -> re.Pattern[str]:
    """A title, then up to six characters that are no name read, then a verb of taking part:
    市长**出席, 副总理刘延?东,…发表 (a name withheld or garbled in the copy)."""
    return re.compile(
        rf"(?:{_titles().pattern})(?P<who>[^，,。；;、：:\s等]{{1,6}}?)(?:等[^，,。；;]{{0,6}}?)?"
        rf"(?:出席|参加|主持|列席|陪同|会见|调研|视察|考察)"
    )


# The newly appointed are installed, not taking part (任命…纪道清同志为…; 纪道清…宣誓就职; his
# 表态发言 is part of it), unless the item says they attended or chaired.
_ATTENDED = frozenset({"主持", "出席", "参加", "列席", "陪同", "会见"})
_APPOINTING = re.compile(r"(?:任命|聘任|聘请|提名|任免)[^，,。；;]{0,30}$")
_INSTALLED_AFTER = re.compile(
    r"(?:同志)?为|[^，,。；;]{0,10}宣誓|及[^，,。；;]{0,16}?任命的[^，,。；;]{0,16}?宣誓"
)


def _installed(text: str, members: list[Member]) -> set[str]:
    names = set()
    for member in members:
        before = text[max(0, member.start - 30) : member.start]
        after = text[member.end : member.end + 40]
        appointed = _APPOINTING.search(before) and re.match(r"(?:同志)?为", after)
        sworn = _INSTALLED_AFTER.match(after)
        if appointed or (sworn and "宣誓" in sworn.group(0)):
            names.add(text[member.name_start : _name_end(text, member)])
    return names


def _stands_whole(text: str, chain: list[Member], attendance: str, cut_at: int) -> bool:
    """In a text cut off mid-sentence (its last whole sentence ends at ``cut_at``), whether a group
    of the cut sentence took part as written: its clause ends before the cut (…陈鲁起出席,并视察;
    …市长覃卫国率队到南京、温州开展招商考察活动,密集走), or the event was stated in a whole sentence before and the group's verb is whole (…成立…中心。
    区委书记罗育德,…等区领导共同参与揭). A cut sentence that states the event itself (5月31日,
    …黄伟实地调研社区党群服务中) is not read: what was attended is lost."""
    last = chain[-1].end
    if last >= len(text):
        return False  # a name at the cut may itself be cut
    verb = text.find(attendance, last)
    verb_end = last if verb < 0 else verb + len(attendance)  # verb < 0: 会见… before the group
    if verb_end >= len(text):
        return False
    return _PAUSE.search(text, verb_end) is not None or cut_at > 0


_PAUSE = re.compile("[,，;；]")  # a clause's end inside a sentence


def _name_end(text: str, member: Member) -> int:
    return member.name_end if member.name_end is not None else member.end


def _chains(text: str, members: list[Member]) -> Iterator[list[Member]]:
    """Members written one after another, joined by 、 or a comma (市委副书记、市长江山,副市长朱云霞)."""
    chain: list[Member] = []
    for member in members:
        if chain and _joined(text[chain[-1].end : member.start]):
            chain.append(member)
            continue
        if (
            chain
            and _SEMICOLON_GAP.fullmatch(text, chain[-1].end, member.start)
            and _taken_part(text, chain) is None
        ):
            chain.append(member)  # groups parted by a semicolon, the verb after the last
            continue
        if chain:
            yield chain
        chain = [member]
    if chain:
        yield chain


# Groups of officials parted by a semicolon, the first with no verb of its own: one group (…,副市长
# 邓建华;主持兴宁市委全面工作的副书记、市长陈略宇,以及…负责同志出席了启动仪式); the second's role
# may follow what it is in charge of (主持…工作的).
_SEMICOLON_GAP = re.compile(r"\s*[；;]\s*(?:[^，,。；;！？!?\n]{2,20}?的)?")


def _joined(gap: str) -> bool:
    """Members of one group: joined by 、 or a comma, or by a comma after 等 and the kind of people
    the first part stands for (策·敖云巴特尔等蒙方嘉宾,中国…领导王君、…)."""
    return (gap.strip() in ("、", "，", ",", "") and len(gap) <= 2) or bool(
        _GROUP_GAP.fullmatch(gap)
    )


_GROUP_GAP = re.compile(r"\s*等[\u4e00-\u9fff]{0,6}?(?:嘉宾|贵宾|客人|领导|官员|同志)\s*[，,]\s*")


_TAIL = re.compile(
    r"(?:等(?:[区县市镇乡旗省]?(?:四套|五套|四大)班子(?:领导|成员)?|[\u4e00-\u9fff]{0,4}领导|[\u4e00-\u9fff]{0,8}?成员)?|一行|同志|先生|女士|\s)*(?:[一二三四五六七八九十两\d]+(?:名|位|个)?(?:人|同志)?(?![\d日月]))?(?:等|一行|同志|\s)*"
)
# Unnamed people listed after the named, before the verb they share (…,各乡镇负责人等在…收听收看;
# …等市四班子领导,市中级人民法院院长、市人民检察院检察长和…秘书长等出席).
_UNNAMED_AFTER = re.compile(
    r"[，,]\s*([^，,。；;！？!?\n]{2,80}?(?:负责人|负责同志|同志|人员|代表|干部|领导|职工|群众|嘉宾"
    r"|秘书长|院长|检察长))"
    r"(?:等[\u4e00-\u9fff]{0,4}?(?=[在到赴于就对参出列观收听前深来]))?"
)
# A verb made a noun of the one who does it (调研员, 观察员, 讲解员): a rank or a role, no verb.
_AGENT_NOUN = re.compile(r"员")
_CONJ = re.compile(r"(?:以及|及|和|与|暨|、)")


# A verb that describes the next group, not the one before it (…,列席会议的县委副书记、代县长黄育奇…):
# the verb, its object, then 的.
_ATTRIBUTIVE = re.compile(r"[了过]?[^，,。；;、\n]{0,8}的")


def _taken_part(text: str, chain: list[Member]) -> str | None:
    """How the group took part (the verb as written), or None when the text only mentions it."""
    before = text[max(0, chain[0].start - 4) : chain[0].start]
    after = text[chain[-1].end :]
    object_of = next((w for w in _OBJECT_OF if before.endswith(w)), None)
    if object_of:
        return object_of.rstrip("了")
    if before.endswith("在") and (_ESCORTING.match(after) or _ESCORTING_OTHERS.match(after)):
        return "陪同"  # X在A、B的陪同下…: A and B accompany (with others unnamed: 在A,市委…领导等陪同下)
    met = _MET_AFTER_CLAUSE.search(text[: chain[0].start])
    if met:  # 会见了前来…出席博览会的蒙古国副总理策·奥云巴特尔一行
        return met.group(1)
    rest = after[_TAIL.match(after).end() :]
    escorted = _ESCORTED.match(rest)
    if escorted:  # X在A、B的陪同下到…调研: X's own part follows the escort
        rest = rest[escorted.end() :]
    if _HEAD_OF.match(rest):
        # 以A为组长,B为副组长的…组: the heads of a visiting group
        sentence = re.split("[。；;！？]", text[: chain[0].start])[-1]
        if before.endswith("以") or (before[-1:] in ",，" and "以" in sentence):
            return "率"
    clause = rest[: (_CLAUSE_END.search(rest) or re.search("$", rest)).start()]
    if _CONVEYED.search(clause[:12]) or clause.startswith("关于"):
        return None  # …院长李宗林、…检察长杨通辉关于辞去领导职务的提请报告: theirs, not them
    if before.endswith("与") and _TALK.search(clause):
        return _TALK.search(clause).group(0)
    act = _act().match(rest, 1) if rest[:1] in ",，" else None
    if act and not _ATTRIBUTIVE.match(rest, act.end()):
        return act.group(0)
    if act:  # 执行主席庄稼祥、…、刘宗斌,列席会议的县委副书记、代县长黄育奇…就座: 列席 is his
        return None
    position = 0
    while True:
        # 副县长张树军,各乡镇…分管负责人等在政府五楼会议室收听收看: one subject, one verb; the
        # unnamed may come in several groups (县领导…孙庚九,县直有关部门领导,24家…企业负责人参加)
        others = _UNNAMED_AFTER.match(rest, position)
        if not others or _act_words().search(others.group(1)):
            break
        position = others.end()
    if position:
        clause = rest[position:]
        clause = clause[: (_CLAUSE_END.search(clause) or re.search("$", clause)).start()]
    conj = _CONJ.match(clause)
    if conj:
        verb = next(
            (
                v
                for v in _act_words().finditer(clause, conj.end())
                if not _AGENT_NOUN.match(clause, v.end())
            ),
            None,
        )  # …负责人、调研员列席了会议: 调研员 (a rank) is a noun, the verb is 列席
        return verb.group(0) if verb and not _CONVEYED.search(clause) else None
    adverbs = _adverbs().match(clause)
    offset = adverbs.end() if adverbs else 0
    verb = _act().match(clause, offset)
    if verb and _PROMULGATES.match(clause, verb.start()):
        return None  # 习近平分别签署第53…号主席令予以公布: laws promulgated, no part taken
    if verb and verb.group(0) == "主持" and _BRANCH_VENUE.match(clause, verb.end()):
        return None  # 崔洪刚主持济宁分会场会议: the local venue, not the meeting
    if verb:
        return verb.group(0)
    prep = _prep().match(clause, offset)
    if prep:
        if prep.group(0) in _GOING and not _VISIT_CONVEYED.search(clause):
            return prep.group(0)  # 谭海到麻江县宣讲…党代会精神: he went, whatever he spoke of
        if _CONVEYED.search(clause):
            return None
        if prep.group(0) in _GOING:
            return prep.group(0)
        stop = position + len(clause)  # where the clause ends in ``rest``
        if prep.group(0) == "代表" and rest[stop : stop + 1] in ("，", ","):
            # 黄强代表省人民政府,向大会报告工作: on behalf of, then what was done
            after = rest[stop + 1 :]
            clause = (
                clause + "," + after[: (_CLAUSE_END.search(after) or re.search("$", after)).start()]
            )
        verb = next(
            (
                v
                for v in _act_words().finditer(clause, prep.end())
                if not _TOPIC_BEFORE.search(clause, 0, v.start())
            ),
            None,
        ) or _REPORTED.search(clause, prep.end())
        return verb.group(1 if verb.re is _REPORTED else 0) if verb else None
    return None


# A verb right after 对, 就, 关于 or 围绕 opens the topic those words take, not what the group did
# (副市长陈颖…在会上对推进各自分工负责的重点工作…,分别谈了打算设想: no 推进 of the meeting).
_TOPIC_BEFORE = re.compile(r"(?:对|就|对于|关于|围绕)$")


# X在A、B的陪同下…: the group between 在 and 陪同下 accompanies (陪同); X takes the part the words
# after 陪同下 say (到…调研), not 陪同.
_ESCORTING = re.compile(r"(?:等[^，,。；;]{0,12}?)?(?:一行)?的?陪同下")
_ESCORTING_OTHERS = re.compile(r"[，,、][^。；;！？!?\n]{1,40}?(?:等)?(?:一行)?的?陪同下")
_ESCORTED = re.compile(r"[，,]?\s*在[^。；;！？!?\n]{1,80}?陪同下\s*[，,]?\s*")  # X,在A…陪同下 too


# An order signed to promulgate what a session passed (国家主席习近平签署第53号主席令予以公布, 省长
# 签署省政府令): the signer takes no part in the session reported.
_PROMULGATES = re.compile(r"(?:签署|签发)了?[^，,。；;]{0,40}?令")


# A visit only mentioned as the occasion of words conveyed (…到我市视察时的重要讲话精神).
_VISIT_CONVEYED = re.compile(r"时(?:的|所作的)?[^，,。；;]{0,8}(?:批示|指示|精神|讲话|要求)")


# The object of 主持 that is a branch venue (分会场) of a meeting held elsewhere (全省…电视会议召开,…
# 副市长崔洪刚主持济宁分会场会议): who chairs it does not chair the meeting.
_BRANCH_VENUE = re.compile(r"了?[^，,。；;]{0,12}?分(?:会场|會場)")


# A report or speech made after a phrase of topic or mandate (分别就本职工作作了报告, 代表市政府作
# 关于…的报告): the part taken is 作.
_REPORTED = re.compile(r"([作做])了?[^，,。；;]{0,60}?(?:报告|讲话|发言|说明)")


# ------------------------------------------------------------------------------------ one item, two events

# A sentence that states an event of its own within an item (7日 …座谈会召开。李春城出席会议并讲话。
# 李春城、葛红林出席我市“119”消防宣传暨消防安全诚信承诺启动仪式。): it opens with its own group
# (after a time of day at most), which attends by a verb whose object names another event, not
# one already stated (出席会议, 主持开幕式, 出席签约仪式 point back).
_ATTEND = re.compile(r"出席|参加|主持|列席|参观|视察|调研|考察|检查|慰问|看望|会见|走访|观看")
_POINTS_BACK = re.compile(
    r"(?:了|并|上|会议|会上|活动|仪式|开幕式|闭幕式|典礼|大会|会见|座谈|签约|签字|揭牌|开工|"
    r"启动|颁奖|首发|该|此|这|其|上述)"
)
_TIME_OF_DAY = re.compile(r"(?:上午|下午|晚上|当晚|晚|中午|随后|同日|当天|当日)?[，,]?")
_NAMED_OBJECT = 8  # characters an object needs to name an event of its own


def event_starts(text: str, known: set[str]) -> list[int]:
    """Where sentences after the first start events of their own (see above); [] for none. The
    part before each must hold its own participants."""
    starts: list[int] = []
    for match in re.finditer(r"[。！？!?]\s*", text):
        start = match.end()
        if start >= len(text) or not _states_event(text[start:], known):
            continue
        if participants(text[starts[-1] if starts else 0 : start], known):
            starts.append(start)
    return starts


def _states_event(sentence: str, known: set[str]) -> bool:
    sentence = re.split("[。！？!?]", sentence, maxsplit=1)[0]
    opening = _TIME_OF_DAY.match(sentence).end()
    members = find_members(sentence, known)
    if not members or members[0].start != opening:
        return False
    chain = next(_chains(sentence, members))
    attendance = _taken_part(sentence, chain)
    if attendance is None or not _ATTEND.fullmatch(attendance):
        return False
    verb = sentence.find(attendance, chain[-1].end)
    if verb < 0:
        return False
    obj = sentence[verb + len(attendance) :]
    obj = obj[: (_CLAUSE_END.search(obj) or re.search("$", obj)).start()]
    return len(obj) >= _NAMED_OBJECT and not _POINTS_BACK.match(obj)


# ------------------------------------------------------------------------------------ dates


def valid_day(year: int, month: int, day: int) -> bool:
    """Is year-month-day a date of the calendar?"""
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


# An item's date lead: an optional report line (本报讯, 东北网12月25日讯 (记者…):, 1月13日消息:),
# then the date.
_REPORT = re.compile(
    r"(?P<report>[^\n，,。；]{0,24}?(?:讯|\d{1,2}月\d{1,2}日(?:电|消息)|[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日(?:电|消息)))\s*[】\]]?\s*(?:[（(][^）)\n]{0,40}[）)])?\s*"
    r"(?:记者[^\n，,。:：]{0,12}报道)?\s*[:：]?\s*(?:[（(][^）)\n]{0,15}[）)]\s*)?"
)
_LEAD = re.compile(
    r"(?:(?P<y>(?:19|20)\d{2})年)?(?:(?P<m>\d{1,2})月)?(?P<d>\d{1,2})"
    r"(?:日?\s*[—\-–~～─―－至到]\s*(?:(?P<m2>\d{1,2})月)?(?P<d2>\d{1,2}))?日"
    r"|今\s*[（(](?P<today>\d{1,2})[）)]\s*日"
    # today or yesterday, its date written after it: 今天(7月27日), 昨日(22日)
    r"|(?:今天|今日|昨天|昨日)\s*[（(]\s*(?:(?P<tm>\d{1,2})月)?(?P<td>\d{1,2})日\s*[）)]"
    r"|(?P<rel>今天|今日|是日|同日|当日|当天|昨天|昨日)"
    # a month and day whose 月 the copy lost (929日 for 9月29日): read against the page's date
    r"|(?P<glued>\d{3,4})日"
    # a part of the month (上旬, 下旬, 月底): an item of its own, its day not told
    r"|(?P<period>上旬|中旬|下旬|月初|月中|月底|月末)"
)
# A report's byline in parentheses (or 【】) before its first words, without a dateline:
# (四川日报记者孙琳), 【全媒体记者 吴刚】.
_BYLINE = re.compile(
    r"(?:[（(][^（）()\n]{0,30}记者[^（）()\n]{0,30}[）)]|【[^【】\n]{0,30}记者[^【】\n]{0,30}】)\s*"
)
# A relative day in the first words of a report's sentence, after its subject (据…报道…会议昨天…).
_RELATIVE_IN_SENTENCE = re.compile(
    r"[^。；;！？\n]{0,60}?(?P<rel>昨天|昨日)(?:上午|下午|晚上|晚间)?"
)
# A report's words for a day it does not name: 日前, 近日, 前不久.
_RECENTLY = re.compile(r"\s*(?:日前|近日|近期|前不久|前些天|此前|最近)")
# What after N日 makes it a bound, not a day something happened (1日起, 5日前, 10日以后); 以 alone
# opens the item's sentence (23日以“…”为主题的博览会开幕).
_NOT_A_DAY = re.compile(r"[0-9年月号起前内止后]|以(?:后|来|前|内|上|下|外)|左右")
_DAYTIME = re.compile(r"(?:上午|下午|晚上|晚间|早上|中午|凌晨|傍晚|早晨|晚)?")
_CLOCK = re.compile(r"(?:\d{1,2}\s*(?:时|点)(?:\s*\d{1,2}\s*分|半)?许?|\d{1,2}[:：]\d{2})?")
_REPORT_DATE = re.compile(r"(?:(?P<y>(?:19|20)\d{2})年)?(?P<m>\d{1,2})月(?P<d>\d{1,2})日")
_REPORT_DATE_HAN = re.compile(
    r"(?P<m>[一二三四五六七八九十]{1,2})月(?P<d>[一二三四五六七八九十]{1,3})日"
)


@dataclass
class Lead:
    end: int  # where the item's text after the date starts
    year: int | None = None
    month: int | None = None
    day: int | None = None
    month2: int | None = None
    day2: int | None = None
    relative: str | None = None  # 今天, 是日 …
    glued: str | None = None  # 929 of 929日: month and day run together
    report: tuple[int | None, int, int] | None = None  # (year, month, day) of 本报X月X日讯
    subject: int | None = None  # the length of the meeting's name a subject lead opens with


def read_lead(text: str, start: int) -> Lead | None:
    """The date that opens an item at ``start``; None when the item does not open with one."""
    position = start
    report = None
    match = None
    for _ in range(2):  # 【人民报讯】1月13日消息: a masthead, then the dateline
        found = _REPORT.match(text, position)
        if not found or found.group("report")[-1] not in "讯电息":
            break
        match = found
        inner = _REPORT_DATE.search(found.group("report"))
        written = _REPORT_DATE_HAN.search(found.group("report"))
        if inner:
            y = int(inner.group("y")) if inner.group("y") else None
            report = (y, int(inner.group("m")), int(inner.group("d")))
        elif written:  # 中新社上海一月二十八日电: the dateline in Chinese numerals
            month, day = chinese_number(written.group("m")), chinese_number(written.group("d"))
            report = (None, month, day) if month and day and valid_day(2000, month, day) else None
        position = found.end()
    byline = _BYLINE.match(text, position)  # (四川日报记者孙琳本报记者赖晓莉)昨日,…
    if byline and match is None:
        position = byline.end()
    lead = _LEAD.match(text, position)
    if lead is None:
        inner = first_date(text, position) if match else None
        if inner is not None:  # 本报讯 在7月5日举行的…仪式上: the first date of the sentence
            return inner
        relative = _RELATIVE_IN_SENTENCE.match(text, position) if report else None
        if relative:  # 07月29日讯 据《青年时报》报道…会议昨天接受…: the day before the report
            return Lead(position, report=report, relative=relative.group("rel"))
        if report and _RECENTLY.match(text, position):
            return None  # 8月15日电 日前,…签署: some day before the report, which is not said
        subject = subject_lead(text, position) if report else None
        if subject is not None:  # 新华社北京6月28日电 …第三次会议28日下午在北京…闭幕
            subject.report = report
            return subject
        if report:  # 本报11月14日讯 今天上午… without a day of its own: the report's date
            return Lead(position, report[0], report[1], report[2], report=report)
        return None
    end = _DAYTIME.match(text, lead.end()).end()
    end = _CLOCK.match(text, end).end()  # 2月25日上午10时,…
    following = text[end : end + 2]
    if _NOT_A_DAY.match(following):
        return None
    if lead.group("rel") and following[:1] == "的":
        return None  # 昨天的大会应出席代表…: yesterday's, no item's day
    if lead.group("rel") in ("当天", "当日") and end == lead.end() and _HAN.match(following[:1]):
        return None  # 当天新聘的15位馆员是…: the day of the report's event, told further, no item
    if following and following[:1] not in ",，、:： \n【" and not _HAN.match(following[:1]):
        return None  # 【 opens an entry's headline: 8日【…一行到…村】…
    if following[:1] in ",，、:：":
        end += 1
    found = Lead(end, report=report)
    if lead.group("today"):
        found.day, found.relative = int(lead.group("today")), "今"
    elif lead.group("td"):
        found.month = int(lead.group("tm")) if lead.group("tm") else None
        found.day = int(lead.group("td"))
    elif lead.group("rel"):
        found.relative = lead.group("rel")
    elif lead.group("glued"):
        found.glued = lead.group("glued")
    elif lead.group("period"):
        pass  # 上旬,…: an item whose day is not told
    else:
        found.year = int(lead.group("y")) if lead.group("y") else None
        found.month = int(lead.group("m")) if lead.group("m") else None
        found.day = int(lead.group("d"))
        found.month2 = int(lead.group("m2")) if lead.group("m2") else None
        found.day2 = int(lead.group("d2")) if lead.group("d2") else None
        if found.day > 31 and found.month is None and found.day2 is None:
            found.glued, found.day = lead.group("d"), None  # 33日 is no day: 3月3日 lost its 月
    return found


_SENTENCE_STOP = re.compile("[。！？\n]")


def first_date(text: str, start: int) -> Lead | None:
    """The first full month and day in the sentence at ``start`` (◆在国庆来临之际,…,9月24日,…)."""
    stop = _SENTENCE_STOP.search(
        text, start
    )  # not a find of each mark: one absent scans to the end
    end = stop.start() if stop else len(text)
    match = _REPORT_DATE.search(text, start, end)
    after = text[match.end() : match.end() + 2] if match else ""
    if match is None or _NOT_A_DAY.match(after) or after[:1] in "至到":
        return None
    year = int(match.group("y")) if match.group("y") else None
    return Lead(start, year, int(match.group("m")), int(match.group("d")))


# A report's first sentence may name the meeting before its date (the people's-congress session
# report): 江西省第十二届人大常委会第二十次会议今天(9月24日)在南昌闭会; …第二十七次会议于 2006 年
# 12 月 25 日至 29 日在海口召开. The subject is a meeting or an occasion, the verb says it was held.
# Its agenda done, before the day it closed: 圆满完成各项议程, 在圆满完成各项议程后,于今天下午… (HA-28),
# 结束各项议程后,今天…
_AGENDA_DONE = (
    r"(?:在?\s*(?:圆满|胜利|顺利)?(?:完成|结束)(?:了)?各项议程(?:后|之后)?\s*[,，]?\s*(?:于)?\s*)?"
)
_SUBJECT_DATE = re.compile(
    r"(?P<subject>[^，,。；;：:！？!?\n]{2,60}?(?:会议|大会|会|仪式|典礼|论坛|活动))\s*(?:于|在)?\s*"
    + _AGENDA_DONE
    + r"(?:今天|今日)?\s*[（(]?\s*(?:(?P<y>(?:19|20)\d{2})\s*年\s*)?(?:(?P<m>\d{1,2})\s*月\s*)?"
    r"(?P<d>\d{1,2})\s*日(?:\s*[至到—\-–~～]\s*(?:(?P<m2>\d{1,2})\s*月\s*)?(?P<d2>\d{1,2})\s*日)?"
    r"\s*[）)]?\s*(?:上午|下午|晚上|晚)?\s*(?:在[^，,。；;！？!?\n]{1,24}?)?"
    r"(?:隆重|胜利|圆满)?(?:召开|举行|闭幕|闭会|开幕|结束|落幕|完成各项议程后闭幕)"
)

# …颁发聘书仪式暨座谈会昨天下午在市政府礼堂举行: the same with a day relative to the page's date.
_SUBJECT_RELATIVE = re.compile(
    r"(?P<subject>[^，,。；;：:！？!?\n]{2,60}?(?:会议|大会|会|仪式|典礼|论坛|活动))\s*(?:于|在)?\s*"
    + _AGENDA_DONE
    + r"(?P<rel>今天|今日|昨天|昨日)\s*(?:上午|下午|晚上|晚)?\s*(?:在[^，,。；;！？!?\n]{1,24}?)?"
    r"(?:隆重|胜利|圆满)?(?:召开|举行|闭幕|闭会|开幕|结束|落幕)"
)

# An organ, then the day, then the meeting it held (上海市政府今天(12月26日)举行全体会议,…; the
# meeting named after the verb): the item's text starts with the sentence.
_ORGAN_DATE = re.compile(
    r"[^，,。；;：:！？!?\n\d（()）]{2,30}?\s*(?:于)?\s*(?:今天|今日)?\s*[（(]?\s*"
    r"(?:(?P<y>(?:19|20)\d{2})\s*年\s*)?(?:(?P<m>\d{1,2})\s*月\s*)?(?P<d>\d{1,2})\s*日\s*[）)]?"
    r"\s*(?:上午|下午|晚上|晚)?\s*(?:在[^，,。；;！？!?\n]{1,24}?)?(?:召开|举行)了?"
    r"[^，,。；;！？!?\n]{0,40}?(?:会议|大会|会)(?=[，,。；;])"
)

# A meeting decided or planned, not held (决定市十二届人大八次会议于23日至25日举行, 定于, 拟于, 将于).
_PLANNED = re.compile(r"决定|定于|拟于|拟在|将于|将在|计划于|预计")


def planned(text: str) -> bool:
    """Whether ``text`` says a meeting is decided or planned, not held (决定…于23日举行)."""
    return _PLANNED.search(text) is not None


# A paragraph opened by an official, then the day (甘肃省委副书记、省长徐守盛17日下午在兰州会见了…): the
# item's text starts with the official, who takes part.
_PERSON_DATE = re.compile(
    r"(?P<who>[^，,。；;：:！？!?\n\d]{4,40}?)(?:(?P<m>\d{1,2})月)?(?P<d>\d{1,2})日(?:上午|下午|晚上|晚)?"
    r"(?=在|于|会见|出席|主持|参加|到|赴|深入|前往|率)"
)


_CLAUSE_REST = re.compile(r"[^，,。；;！？!?\n]*")


def person_lead(text: str, start: int) -> Lead | None:
    """The date of a paragraph that opens with a role and a name, then the day (see above)."""
    match = _PERSON_DATE.match(text, start)
    if match is None or _PLANNED.search(match.group(0)):
        return None
    date_at = match.start("m") if match.group("m") else match.start("d")
    # read with the day and the verb after the name, which a name ending in 强 needs (李克强3月21日
    # 主持召开…: 强 opens no verb there)
    clause = _CLAUSE_REST.match(text, match.end()).end()
    members = [m for m in find_members(text[start:clause], set()) if m.start < date_at - start]
    if not (members and members[0].start == 0 and members[-1].role):
        return None
    if members[-1].end != date_at - start:
        return None  # the name must run up to the day
    month = int(match.group("m")) if match.group("m") else None
    return Lead(start, month=month, day=int(match.group("d")))


def subject_lead(text: str, start: int) -> Lead | None:
    """The date of a paragraph whose first sentence names a meeting, then when it was held (see
    above); the item's text starts with the sentence, its subject being what was held."""
    masthead = _REPORT.match(text, start)  # 本报讯青岛市…会议昨天上午…举行: the masthead no subject
    if masthead and len(masthead.group("report")) <= 12 and masthead.group("report")[-1] == "讯":
        start = masthead.end()
    match = _SUBJECT_DATE.match(text, start)
    if match is None:
        relative = _SUBJECT_RELATIVE.match(text, start)
        if relative is None:
            return _organ_lead(text, start)
        if _PLANNED.search(relative.group(0)):
            return None
        return Lead(start, relative=relative.group("rel"), subject=len(relative.group("subject")))
    if _PLANNED.search(match.group(0)):
        return None
    number = {k: int(v) if v else None for k, v in match.groupdict().items() if k != "subject"}
    found = Lead(start, number["y"], number["m"], number["d"], number["m2"], number["d2"])
    found.subject = len(match.group("subject"))
    return found


def _organ_lead(text: str, start: int) -> Lead | None:
    """The date of a paragraph that opens with an organ, then the day, then the meeting it held
    (see _ORGAN_DATE); the item's text starts with the sentence."""
    match = _ORGAN_DATE.match(text, start)
    if match is None or _PLANNED.search(match.group(0)):
        return None
    number = {k: int(v) if v else None for k, v in match.groupdict().items()}
    return Lead(start, number["y"], number["m"], number["d"])


@dataclass
class Heading:
    year: int | None = None
    month: int | None = None
    # A posting date on a line of its own above an item (2023/02/01 over 会议摘要:1月31日…): what
    # the item reports happened on or before it, so it gives the year as a report's dateline does.
    posted: tuple[int, int, int] | None = None
    # The months a heading's period spans (丽水市委、市政府2019年执政纪事(7-12月): 7 to 12).
    months: tuple[int, int] | None = None


_HEAD_YEAR_MONTH = re.compile(
    r"((?:19|20)\d{2})\s*年\s*(?:(\d{1,2})\s*(?:[-—~至]\s*\d{1,2}\s*)?月)?"
)
_HEAD_MONTH = re.compile(r"^(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月份?$")  # 8月, 一月份
# A year and month written in Chinese numerals, as a chronicle's heading often is (二〇二二年一月从化大事记).
_HEAD_YEAR_MONTH_HAN = re.compile(
    r"((?:一九|二[〇零○])[〇零○一二三四五六七八九]{2})年(?:(十[一二]?|[一二三四五六七八九])月)?"
)
# The months of a period after the year: 2019年执政纪事(7-12月).
_HEAD_MONTHS = re.compile(r"[（(]?(\d{1,2})\s*[-—–~～至]\s*(\d{1,2})\s*月")
_HAN_DIGITS = str.maketrans("〇零○一二三四五六七八九", "000123456789")
_HEAD_TRAILING_YEAR = re.compile(r"[\u4e00-\u9fff]((?:19|20)\d{2})$")
_HEAD_TRAILING_MONTH = re.compile(r"[\u4e00-\u9fff]((?:19|20)\d{2})(0[1-9]|1[0-2])$")
_POSTED = re.compile(
    r"^((?:19|20)\d{2})[/\-.](\d{1,2})[/\-.](\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"
)
# A month and its year in figures alone on a line, as an archive's chronicle heads a month: 9/2001
# (M/YYYY), 2001/9, 2001.9 (YYYY/M, YYYY.M). A heading, not a date: it has no day.
_HEAD_MONTH_FIGURES = re.compile(
    r"^(?:(?P<m>\d{1,2})\s*/\s*(?P<y>(?:19|20)\d{2})|(?P<y2>(?:19|20)\d{2})\s*[/.]\s*(?P<m2>\d{1,2}))$"
)


def read_heading(line: str, heading: Heading) -> Heading:
    """The year and month a heading line sets for the items under it (2007年5月大事记, 8月)."""
    text = line.strip()
    if not text or len(text) > 40 or re.search("[。，,；;]", text):
        return heading
    posted = _POSTED.match(text)
    if posted:
        y, m, d = (int(g) for g in posted.groups())
        if valid_day(y, m, d):
            return Heading(heading.year, heading.month, (y, m, d), heading.months)
    compact = text.replace(" ", "")
    figures = _HEAD_MONTH_FIGURES.match(compact)
    if figures:
        m = int(figures.group("m") or figures.group("m2"))
        if 1 <= m <= 12:
            return Heading(int(figures.group("y") or figures.group("y2")), m)
    month = _HEAD_MONTH.match(compact)
    number = chinese_number(month.group(1)) if month else None
    if number and 1 <= number <= 12:
        return Heading(heading.year, number)
    if re.search(r"\d{1,2}日", compact):
        return heading
    match = _HEAD_YEAR_MONTH.search(compact)
    if match:
        m = int(match.group(2)) if match.group(2) else None
        span = _HEAD_MONTHS.search(compact, match.end())
        first, last = (int(span.group(1)), int(span.group(2))) if span else (0, 0)
        months = (first, last) if 1 <= first < last <= 12 else None
        return Heading(int(match.group(1)), m if m and 1 <= m <= 12 else None, months=months)
    written = _HEAD_YEAR_MONTH_HAN.search(compact)
    if written:
        year = int(written.group(1).translate(_HAN_DIGITS))
        return Heading(year, chinese_number(written.group(2)) if written.group(2) else None)
    glued = _HEAD_TRAILING_MONTH.search(compact)  # 盐城大事记202008
    if glued:
        return Heading(int(glued.group(1)), int(glued.group(2)))
    trailing = _HEAD_TRAILING_YEAR.search(compact)
    if trailing:
        return Heading(int(trailing.group(1)), heading.month)
    return heading


@dataclass
class Resolved:
    date: str | None
    end_date: str | None
    date_from: str | None
    month_day: str | None = None  # --MM-DD when the month and day are known and the year is not
    end_month_day: str | None = None


_ORDER = {"entry": 0, "heading": 1, "page": 2}
_GLUED_BEFORE_PAGE = datetime.timedelta(days=7)


def _unglued(digits: str, page: datetime.date | None) -> tuple[int, int, int] | None:
    """929 of 929日 as (year, month, day): the one split into a month and a two-digit day that
    falls in the week up to the page's date (9月29日 on a page of 2021-09-30), or, for two digits
    that are no day (33日), a month and a one-digit day; None when there is no page date, or no
    split, or two."""
    if page is None:
        return None
    found = []
    for cut in (1, 2):
        month, day = int(digits[:cut]), digits[cut:]
        if len(day) != 2 and not (len(digits) == 2 and day):  # 33日: no day, 3月3日
            continue
        try:
            date = datetime.date(page.year, month, int(day))
        except ValueError:
            continue
        if datetime.timedelta(0) <= page - date <= _GLUED_BEFORE_PAGE:
            found.append((date.year, date.month, date.day))
    return found[0] if len(found) == 1 else None


def _unglued_in(digits: str, heading: Heading) -> tuple[int, int, int] | None:
    """71日 as (year, month, day) under a heading of a year and the months it spans (2019年执政纪事
    (7-12月): 7月1日): the one split into a month of that span and a day (of one or two digits:
    101日 is 10月1日 there, not 1月01日); None when the heading gives no span, or no split fits, or
    two do."""
    if heading.year is None or heading.months is None:
        return None
    first, last = heading.months
    found = []
    for cut in (1, 2):
        month, day = int(digits[:cut]), digits[cut:]
        if not day or len(day) > 2 or not first <= month <= last:
            continue
        if valid_day(heading.year, month, int(day)):
            found.append((heading.year, month, int(day)))
    return found[0] if len(found) == 1 else None


_AFTER_PAGE = datetime.timedelta(days=3)  # a page may be dated a little before what it reports


def resolve(lead: Lead, heading: Heading, year: int | None, page: datetime.date | None) -> Resolved:
    """The ISO date (and last day of a range) of an item, and where its parts were read
    (``date_from``): the year from the entry, else the heading above it, else the year the text
    speaks of (``year``: Context.year, kg/extract/context.py; date_from ``page``). ``page`` is the
    page's date line, against which a report's 今天 and a day without a month (13日) are read.
    When the year cannot be known, the month and day alone (``--05-13``), never a guessed year."""
    origin = "entry"
    day = lead.day
    month, own_year = lead.month, lead.year
    report = lead.report
    if lead.glued is not None:
        split = _unglued(lead.glued, page)
        origin = "page"
        if split is None:
            split, origin = _unglued_in(lead.glued, heading), "heading"
        if split is None:
            return Resolved(None, None, None)
        own_year, month, day = split
    if lead.relative in ("今天", "今日", "今", "昨天", "昨日") and report is None and page:
        report = (page.year, page.month, page.day)
        origin = "page"
    if lead.relative in ("今天", "今日") or (lead.relative == "今" and day is None):
        if report is None:
            return Resolved(None, None, None)
        own_year, month, day = report
    elif lead.relative in ("昨天", "昨日"):
        if report is None:
            return Resolved(None, None, None)
        base = datetime.date(report[0] or year or 2000, report[1], report[2])
        previous = base - datetime.timedelta(days=1)
        own_year = report[0]
        month, day = previous.month, previous.day
    if day is None:
        return Resolved(None, None, None)
    anchor: tuple[int | None, int | None, int | None] | None = None
    posted = heading.posted if report is None else None
    if page is not None and posted == (page.year, page.month, page.day):
        posted = None  # the page's own date line, read as such below
    if posted is not None and heading.year is not None and posted[0] != heading.year:
        posted = None  # 9/2001 over 2007/9/24 14:08:13: the heading's year, not the posting's
    if month is None and report is not None:
        own_year = own_year or report[0]
        month = report[1] if day <= report[2] else (report[1] - 2) % 12 + 1
        anchor = report
    if month is None and heading.month:
        month, origin = heading.month, "heading"
    if month is None and page:
        month = page.month if day <= page.day else (page.month - 2) % 12 + 1
        origin = "page"
    if month is None or not valid_day(own_year or 2000, month, day):  # 2000: a leap year (--02-29)
        return Resolved(None, None, None)
    if own_year is None and anchor is None and posted is not None:
        anchor, origin = posted, _later(origin, "heading")
    if own_year is None and anchor and anchor[0]:
        own_year = anchor[0] - (1 if (month, day) > (anchor[1], anchor[2]) else 0)
    if own_year is None and heading.year:
        own_year, origin = heading.year, _later(origin, "heading")
    if own_year is None and year is not None:
        if not _reportable(year, month, day, page):
            return _month_day(lead, month, day, origin)
        own_year, origin = year, "page"
    if own_year is None:
        return _month_day(lead, month, day, origin)
    first = f"{own_year:04d}-{month:02d}-{day:02d}"
    last = None
    if lead.day2 is not None:
        month2 = lead.month2 or month
        year2 = own_year + (1 if month2 < month else 0)
        if valid_day(year2, month2, lead.day2):
            last = f"{year2:04d}-{month2:02d}-{lead.day2:02d}"
    return Resolved(first, last if last and last > first else None, origin)


def _reportable(year: int, month: int, day: int, page: datetime.date | None) -> bool:
    """Can a page of ``page`` report the day read with the text's year? Not a day after it."""
    if not valid_day(year, month, day):
        return False
    return page is None or datetime.date(year, month, day) <= page + _AFTER_PAGE


def _month_day(lead: Lead, month: int | None, day: int, origin: str) -> Resolved:
    """A date without its year: the month and day as xsd:gMonthDay (``--05-13``), and the last
    day of a range the same way; nothing when the month is not known either."""
    if month is None or not valid_day(2000, month, day):
        return Resolved(None, None, None)
    last = None
    if lead.day2 is not None:
        month2 = lead.month2 or month
        if valid_day(2000, month2, lead.day2) and (month2, lead.day2) != (month, day):
            last = f"--{month2:02d}-{lead.day2:02d}"
    return Resolved(None, None, origin, f"--{month:02d}-{day:02d}", last)


def _later(a: str, b: str) -> str:
    return a if _ORDER[a] >= _ORDER[b] else b


# ------------------------------------------------------------------------------------ items


@dataclass
class Text:
    """A section's lines joined as written paragraphs: wrapped lines run on, and each character
    knows its line."""

    text: str
    lines: list[int]
    paragraph_starts: set[int] = field(default_factory=set)
    line_texts: list[tuple[int, str]] = field(default_factory=list)  # (position, line as written)


_BULLETS = "●•◆■▲△★☆◎○◇□▪·※"
# A report's dateline opens a paragraph, whatever the line above (a headline with 、 that does not
# end a sentence: 原创 罗东川任…副省长、…代理省长 / 中新网1月4日电 …).
_DATELINE_OPENS = re.compile(r"[^\s，,。；;、]{0,12}?\d{1,2}月\d{1,2}日(?:电|讯)|本报讯")
# A day and a pause opening a line under a headline (a line whose only marks are 、 and spaces:
# 决定任命陶关锋为区人民政府副区长、代理区长 区十六届人大常委会举行第二十六次会议 / 6日上午,…).
_DAY_OPENS = re.compile(r"(?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚上)?[,，]")
_PARAGRAPH_END = re.compile(r"[。！？!?；;：:）)”」】\]>]$")  # > : a markup tag (</image>)


def join_lines(section: Section) -> Text:
    # whole lines joined, not a list of their characters: a character outside Latin-1 is an object
    # of its own in a list (80 bytes each: 1.4 GB for a 50 MB text whose line breaks were lost)
    parts: list[str] = []
    size = 0
    where: list[int] = []
    starts: set[int] = set()
    line_texts: list[tuple[int, str]] = []
    previous = ""
    for number, raw in section.numbered_lines():
        line = re.sub(r"\s+", " ", raw.replace("\u3000", " ")).strip()
        if not line:
            continue
        runs_on = (
            previous
            and not _PARAGRAPH_END.search(previous)
            and re.search("[，,、。；]", previous)
            and len(previous) > 20
            and line[0] not in _BULLETS
            and not _DATELINE_OPENS.match(line)
            and not (_DAY_OPENS.match(line) and not re.search("[，,。；]", previous))
        )
        if not runs_on:
            if parts:
                parts.append("\n")
                where.append(where[-1])
                size += 1
            starts.add(size)
        line_texts.append((size, line))
        parts.append(line)
        where.extend([number] * len(line))
        size += len(line)
        previous = line
    return Text("".join(parts), where, starts, line_texts)


# A day's marker in mid-line, spaced on both sides, before an entry's words (see welded_line).
_MID_LINE_DAY = re.compile(
    r"\s(?:\d{1,2}\s*月\s*)?\d{1,2}(?:\s*[~～—–─―－-]+\s*\d{1,2})?\s*日\s+"
    r"(?![起至止前后後内以到])[\u4e00-\u9fff]"
)
# What may stand before a day in running prose: a sentence's end (。 6日—7日 …: a round-up's next
# entry), a bracket closed ((1日—15日) 1日 …), the rest of a date or a list of days (4 月 15 日,
# 3 日、 15 日), a preposition of time (于 15 日 在…).
_DAY_MAY_FOLLOW = re.compile(r"(?:[。！？!?；;：:）)】」”\]>\d月年日号至到于在从自第每当约近截])$")


def welded_line(line: str) -> str | None:
    """The words from a day's marker in mid-line that runs one column's entry into another's
    (``4~7日 副省长和段琪率省工信委、 15 日 云南省科技厅与曲靖市政府在``: a chronicle printed in two
    columns whose lines were flattened), or None. The marker is spaced on both sides and follows
    words that end no sentence and name no date: a day opening a round-up's next sentence
    (``…。 6日—7日 为期两天的…``) or a list of days (``3 日、 15 日``) is prose."""
    for match in _MID_LINE_DAY.finditer(line):
        before = line[: match.start()].rstrip(" 、,，")
        if len(before) < 4 or _DAY_MAY_FOLLOW.search(before):
            continue
        if line[: match.start()].rstrip()[-1:] in "。！？!?；;":
            continue
        return line[match.start() :].strip()
    return None


@dataclass
class Item:
    start: int
    end: int
    lead: Lead | None
    same_day: bool  # △, 是日, 同日
    bullet: bool
    marker: str = ""  # the bullet's mark (●, □, △), "" for none


# What may stand at a paragraph's head before its date: an item's number (一、, 2., (三)) and a
# reporter's credit in brackets ((记者:罗超),).
# A news site's credit in 【】 before a report's first words: 【点新闻报道】, 【人民网讯】.
_CREDIT = re.compile(
    r"【[^【】\n]{1,12}(?:报道|讯|消息|新闻)】\s*"
    # a news agency credited before the first words, without a dateline of its own (据新华社北京6月
    # 28日电 is a report line, read by read_lead): 据新华社 国务院总理温家宝9月2日主持…
    r"|据(?:新华社|中新社|中新网|人民网|央视网|新华网)(?:[^，,。\n 【】\d]{0,8}?(?:电|报道|消息))?[\s,，:：]+"
    # a paper or site credited, with what it says it is (据《上海黄浦》报道,10月27日上午,…; 上海人大公众网
    # 消息:7月26日,…)
    r"|据《[^《》\n]{1,16}》(?:报道|消息)[,，:：]\s*"
    # any source's news credited, then a comma (另据故宫博物院消息,1月10日上午,…: HA-15, whose copy
    # garbled 据 into 另?yè)?jù))
    r"|[^\s，,。；;：:【】《》\d]{2,24}?(?:消息|报道)[,，]\s*"
    # (央视网消息(新闻联播):国务院总理李克强3月21日主持…: the programme named in brackets)
    r"|[^\s，,。；;：:【】《》\d]{2,12}消息(?:[（(][^（）()\n]{1,12}[）)])?\s*[:：]\s*"
    # the address of the page copied, before the report's first words on its line
    r"|https?://\S+\s+"
)
_OPENING = re.compile(
    r"(?:[一二三四五六七八九十]{1,3}\s*[、.．]|\d{1,2}\s*(?:[、.．](?!\d)|[.．](?=\d{1,2}月\d{1,2}日))|[（(][一二三四五六七八九十\d]{1,3}[）)])?\s*"
    r"(?:[（(][^）)\n]{0,12}?(?:记者|通讯员|特约|见习)[^）)\n]{0,24}[）)])?\s*"
    # a field's label on a list page: 会议摘要:1月31日下午,…
    r"(?:[\u4e00-\u9fff]{0,4}(?:摘要|内容|简介|概要|正文|简讯|详情)\s*[:：]\s*)?"
)


# An occasion named before a paragraph's date, in a few words and a comma: 中秋假期第一天,9月15日上午,
_OCCASION = re.compile(r"[\u4e00-\u9fff“”]{2,12}[,，]\s*(?=\d{1,2}月\d{1,2}日)")


def items(joined: Text) -> list[Item]:
    """The items of a text: paragraphs or sentences opened by a date or a bullet."""
    text = joined.text
    found: list[Item] = []
    candidates = sorted(joined.paragraph_starts)
    candidates += [m.end() for m in re.finditer(r"[。！？!?]\s*", text)]
    for position in sorted(set(candidates)):
        if position >= len(text):
            continue
        at_paragraph = position in joined.paragraph_starts
        bullet = at_paragraph and text[position] in _BULLETS
        marker = text[position] if bullet else ""
        body = position + (1 if bullet else 0)
        while body < len(text) and text[body] == " ":
            body += 1
        opening = _OPENING.match(text, body) if at_paragraph and not bullet else None
        if opening and opening.end() > body and read_lead(text, opening.end()):
            body = opening.end()  # 一、8月15日下午,… / (记者:罗超)9月27日,…
        credit = _CREDIT.match(text, body) if at_paragraph and not bullet else None
        if credit and (
            read_lead(text, credit.end())
            or subject_lead(text, credit.end())
            or person_lead(text, credit.end())
        ):
            body = credit.end()  # 【点新闻报道】广东省十四届人大二次会议今日(23日)上午开幕
        lead = read_lead(text, body)
        if lead is None and at_paragraph:
            # 中秋假期第一天,9月15日上午,…; after a byline: (记者 杨沛洁)在圆满完成各项议程后,3月20日上午,…
            after_opening = opening.end() if opening and not bullet else body
            for at in dict.fromkeys((body, after_opening)):
                occasion = _OCCASION.match(text, at)
                if occasion and read_lead(text, occasion.end()):
                    body = occasion.end()
                    lead = read_lead(text, body)
                    break
        if lead is None and bullet:
            lead = first_date(text, body)
        if lead is None and at_paragraph:
            lead = subject_lead(text, body)
        if lead is None and at_paragraph:
            lead = _glued_dateline(text, body)  # 会议摘要:…等株洲日报讯(…)12月24日下午,…
        if lead is None and at_paragraph:
            lead = person_lead(text, body)  # 省长徐守盛17日下午在兰州会见…
        pause = text[lead.end - 1 : lead.end + 1] if lead else ""
        if lead and not at_paragraph and lead.report is None and pause.strip(" ,，、") == pause:
            lead = None  # inside a paragraph a date opens an item only before a pause
        if lead and not at_paragraph and _in_biography(joined, position):
            lead = None  # 李秀领,男,汉族,1962年12月生,…2012年3月23日,…: a career, no report's item
        if lead is None and not bullet and _sub_entry(text, body, position, found, at_paragraph):
            found.append(Item(position, len(text), None, True, False))
            continue
        if lead is None and not bullet:
            continue
        if lead is None and _caption(text, body, found):
            continue  # ▲区人大常委会主任吴文莱为祝庆盟颁发任命书: a photo's caption in the report
        same = marker == "△" or bool(lead and lead.relative in ("是日", "同日", "当日", "当天"))
        found.append(Item(position, len(text), lead, same, bullet, marker))
    for index, item in enumerate(found[:-1]):
        item.end = _before_headline(joined, item.start, found[index + 1].start)
    _same_day_bullets(text, found)
    return found


# A paragraph that holds a meeting of its own: the meeting named, then where and 召开/举行
# (市委人才工作領導小組會議在市政務中心召開。), or someone 主持召开 it (see _states_event); not a
# paragraph that goes on about the entry's meeting (会议听取…, 会上…, 本次会议…).
_HELD_HERE = re.compile(
    r"(?![会會]议|[会會]上|本次|此次|大[会會]|座[谈談][会會])[^，,。；;：:！？!?\n]{4,40}?"
    r"(?:[会會]议|[会會]議|大[会會]|[会會])(?:[（(][^）)\n]{1,12}[）)])?"
    r"(?:在[^，,。；;\n]{1,24}?)?(?:召开|召開|举行|舉行|开幕|開幕)[。，,]"
)


def _sub_entry(text: str, body: int, position: int, found: list[Item], at_paragraph: bool) -> bool:
    """Is the paragraph at ``body``, under a chronicle's entry of a day without its month (1日…),
    an entry of that day of its own (_HELD_HERE, or it opens with someone who takes part)?"""
    if not at_paragraph:
        return False
    entry = next((i for i in reversed(found) if i.lead is not None or not i.same_day), None)
    lead = entry.lead if entry else None
    if lead is None or lead.month is not None or lead.relative or lead.report or lead.day is None:
        return False
    if _HELD_HERE.match(text, body):
        return True
    return _states_event(text[body : body + 300], set())  # its first sentence: a bounded slice


# A round-up's headline over the next report (…共享发展成果。 / 徐守盛在兰州会见中国电信集团公司总经理王晓初 /
# 甘肃省委副书记、省长徐守盛17日下午在兰州会见了…): a short paragraph without a pause, right before
# the next item, is that item's headline, not the end of the one before.
_HEADLINE = re.compile(r"[^，,。；;：:！？!?、()（）\n]{4,40}\n")


def _before_headline(joined: Text, start: int, end: int) -> int:
    text = joined.text
    last = max((p for p in joined.paragraph_starts if start < p < end), default=None)
    if last is not None and _HEADLINE.fullmatch(text, last, end):
        return last
    return end


# A narrated biography, told by its first sentence: the name, then the sex (李秀领,男,汉族,…) or the
# month of birth (1962年12月生). The dates in it are the person's career, not the report's items.
_BIOGRAPHY = re.compile(
    r"[^，,。；;\n]{2,8}\s*[,，]\s*[男女]\s*[,，]|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*(?:出)?生[,，。]"
)


def _in_biography(joined: Text, position: int) -> bool:
    """Whether ``position`` is inside a paragraph whose first sentence is a biography's (above)."""
    start = max((p for p in joined.paragraph_starts if p <= position), default=0)
    stop = _SENTENCE_STOP.search(joined.text, start, position)
    first = joined.text[start : stop.end() if stop else position]
    return _BIOGRAPHY.search(first) is not None


_UNDATED = re.compile(r"\s*(?:日前|近日|近期|前不久|日来|最近|目前|近年)")
# A newspaper's dateline run into the headline before it on one line, in the paragraph's first
# sentence: 陈恢清主持召开市政府常务会议研究…等株洲日报讯(全媒体记者/陈正明)12月24日下午,….
_MASTHEAD = re.compile(r"[\u4e00-\u9fff]{2,8}(?:日报|晚报|报)讯")


def _glued_dateline(text: str, start: int) -> Lead | None:
    """The lead of a dateline glued to the headline above it (see _MASTHEAD), or None."""
    stop = _SENTENCE_STOP.search(text, start)
    masthead = _MASTHEAD.search(text, start, min(stop.start() if stop else len(text), start + 80))
    if masthead is None or masthead.start() == start:
        return None
    lead = read_lead(text, masthead.start())
    return lead if lead is not None and lead.day else None


_CAPTION = re.compile(r"[^。，,；;：:！？!?\n]{2,40}(?=\n|$)")


def _caption(text: str, body: int, found: list[Item]) -> bool:
    """A bulleted line without a date or a pause under a dated paragraph that is no bullet of its
    own (a report, not a chronicle of bulleted entries), over a paragraph that opens no dated item:
    a photo's caption (▲金湾区…会议召开), which continues the report, not an item. Over a dated
    paragraph it heads that paragraph's item (● 涪陵区 ● / 12月17日,…) and stays as it was."""
    caption = _CAPTION.match(text, body)
    if not found or found[-1].bullet or found[-1].lead is None or caption is None:
        return False
    if caption.group(0).rstrip()[-1:] in _BULLETS:
        return False  # ● 江津区 ●: a heading
    following = caption.end() + 1
    while following < len(text) and text[following] in " \n":
        following += 1
    return read_lead(text, following) is None and subject_lead(text, following) is None


# A chronicle entry that cites a report of something done some day before: 14日 《鹤岗日报》载:近日,….
_REPORTED_UNDATED = re.compile(
    r"\s*《[^》\n]{1,20}》\s*(?:载|报道|刊载|消息)\s*[:：,，]?\s*(?:日前|近日|近期|前不久|日来|最近)"
)


def reported_undated(text: str, position: int) -> bool:
    """Whether the item's text at ``position`` cites a report of something done on a day it does
    not name (《鹤岗日报》载:近日,…): the entry's day is the report's, no event's."""
    return _REPORTED_UNDATED.match(text, position) is not None


def _same_day_bullets(text: str, found: list[Item]) -> None:
    """Entries under a dated entry opened by a mark that never opens a dated one (□ after 23日…,
    like △) are of that day; a mark that also opens dated entries (●8月3日… / ●日前…) is a
    bullet, and its undated entries stay undated."""
    dating = {item.marker for item in found if item.lead is not None}
    dated_before = False
    for item in found:
        undated = item.lead is None and item.bullet
        if (
            undated
            and dated_before
            and item.marker not in dating
            and not _UNDATED.match(text, item.start + 1)
        ):
            item.same_day = True
        dated_before = dated_before or item.lead is not None
