"""Extraction of personnel appointments and removals (人事任免).

Chinese governments and people's congress standing committees write 任免 in a small grammar, read
here clause by clause (a clause is what lies between ，；。 outside parentheses):

=================================  ==========================================================
X任A / X兼任A / X担任A / X调任A      appoint (subject first; only where the text is a 任免 text;
                                     …研究决定，由X任A: 由 before the name dropped)
香港中联办主任X、澳门中联办主任Y兼任A  appoint: before 兼任 only, each person named after the post
                                     held, written whole with its organisation (…副主席兼秘书长X)
任命X、Y为A / 决定任命X为A           appoint; 聘任/聘请/聘X为A likewise; 提名X为A人选 → nominate
决定X为A代理局长 / …为代理市长        appoint, acting
免去X的A、B职务 / 免去X A职务         remove, one record per post
免去X的A、B，调任C                    remove (职务 left out: 的 ends the name, every post a known
                                     title, A with its organisation); 调任C: X appointed to C
 / 免去X的A职务，改任B                  (改任 likewise; 分管日常工作的 and a rank, （正部长级）, dropped)
批准任命X为A                         appoint (a standing committee approves a lower appointment)
免去X的A职务、Y的B职务               remove, each person their own posts (the verb carried;
 / 免去X同志A职务、Y同志B职务          任命X同志为A、Y同志为B likewise)
任命X为A、免去其B职务                 a new statement after 、 (免去, 任命, 决定X代理 open one)
（表决）通过了任命X为A的决定          appoint (the decision adopted; 票决同意免去 likewise;
                                     表决通过任命X为A的提议: the motion adopted)
通过了关于X代理A的决定 / 作出关于…的决定 appoint, acting (a decision adopted or made, by its title)
…的决定等有关人事任免事项 / 通过了…的决议， a decision adopted among others (by its title; a title
 关于接受X辞去A职务的决定                 alone after a clause of the sentence that adopted)
提名X为A候选人 / 提名免去X…职务        not read: a nomination to the body that decides
决定任命X任A、Y任B / 决定X任A        appoint (任 for 为; each person their own post)
免去其B职务 (after X任A，)           remove; 其 is the clause's subject
X不再担任A职务 / X不再兼任A           remove (职务 left out only where A names its organisation;
 / X不再担任A等职务                     A等职务: A, the others not written)
X卸任A / X是…，在7月21日卸任A         remove (subject first, A with its organisation; X the person
                                     the sentence is about; a career's, 2017年卸任A, not read)
国务院当天同时免去X的A职务            remove (a body's day and 同时 between it and its verb)
接受X辞去A职务的请求 / …的辞呈         remove, form 接受辞去 (接受其辞去: 其 the person just named;
 / 接受X辞去A的请求                     职务 may be left out where the request is named)
关于X辞去A以及Y辞去B的辞呈            remove, one statement each (letters of resignation adopted)
17日，X省第N届人民代表大会第M次会议   remove, decided by the congress in session (not its standing
 通过决定，接受X辞去A职务               committee); 该会议还同时接受… the same meeting; a day alone
                                     (17日) is read against the page's date, else left undated
关于确认…常委会接受X辞去A职务的请求的决定 remove (a congress confirms its committee's acceptance)
审议了X提出的辞去A职务的请求。…       not a decision (no warning): the request's person is the one
 决定接受他辞去A职务                   the acceptance after it names by 他 (她, 其): remove
院长X、检察长Y关于辞去领导职务的提请报告 not a decision: the persons and the posts written before
 …同意以上N位同志辞去领导职务          their names, removed where the acceptance counts them all
                                     (a person with no post written: a warning)
X辞去A职务 (A with its organisation)  remove, form 辞去 (a round-up of resignations accepted);
 / X、Y分别提出辞去A职务               a session's report of them likewise; the acceptance, where
 / X因…，请求辞去A职务                 the text states it too, is the record kept
…辞去安徽省省长职务,Y任代理省长      the acting post fills the vacancy: its organisation is the
                                     removed post's when it names none and the title is the same
                                     (Y任副省长、代理省长: the posts listed with it likewise)
X辞去A职务 Y任代理B (one line)        a line of headlines set apart by spaces, each a statement
决定任命X为A 表决通过《…》 (one line)  a decision's headline: ended at the space where A is whole
 / X任A 免去Y的B职务 (one line)        (headlines of either kind; a change told in a headline and
                                     in the report is kept where the report states the decision)
辞去江苏省长职务 / 郑州市长           a place's head after its short name: the level word is the
                                     place's and the title's (organisation 江苏省, post 省长)
由X兼任港澳辦主任，體現… (restated)   the decision read before (X兼任國務院港澳事務辦公室主任) written
                                     with the body's short name (its characters in order, ending
                                     with its body word): one change, the full name's
任命X为A,决定其为代理B               appoint, acting, in A's organisation when B names none
X任A试用期满，正式任职               confirm: the probation ended, the post is held for good
X（A）试用期满考核合格 / A X试用期满   confirm likewise
任命：/免去：/聘任： + list items     the header's action for items "X为A" / "X的A职务" (the
                                     header may stand alone on its line, without the colon; under
                                     免去： X兼任/现任A职务 is X's removal from A, never X兼任A)
任命X为A，Y为B                       the second clause takes the first one's verb
聘请X为…馆名誉馆长，聘请Y为副馆长     a rank of the title the statement before wrote with its
                                     body (副馆长, 名誉馆长: 馆长's) is that body's post
（试用期一年）, 试用期一年            probation as written
…，另有任用                          a note on the removal before it
被免去A职务的N人，目前还担任着…职务。  remove, the persons those the next sentence names by the
 X任B，Y任C…                          posts they still hold (as many as counted; B, C no decision)
任命…N个…负责人。…厅长X、…进行了宪法宣誓  appoint, the persons counted named by the oath list (each
                                     item a post with its organisation and a name; as many)
…为X、Y等N位新聘A颁发聘书            appoint (a letter of appointment handed over; names end
 / …向X颁发A聘书                     at a count, 等, 新聘/续聘 or 的, or the post is on the letter)
新聘A代表X、Y就…发言 / 新聘A X、Y    appoint: the newly appointed, named as such (also
 / 此次新聘A为X、Y / 续聘A为X          appointed again, or counted: 新聘的六名A为); …向新聘A X、Y
 / 新聘的15位A是：X、Y                 颁发聘书 likewise; the names after the colon
…向新聘A X和B Y、Z颁发聘书并与…座谈   appoint, one statement for each group (a post and its
                                     names) joined by 和; what follows 并 is no part of it
X（无党派）、Y获聘A / X受聘为A        appoint (a party affiliation after a name dropped, 我校
                                     before the names too; not in a career: 曾受聘, 2010年受聘)
任命X为A兼B / 市公安局长             not read (a warning): no government text read so far
                                     writes a post held with another (兼) or a head without
                                     the kind of body (公安局长) so
…提出,免去X…职务 / 市委建议,免去…    not read: a proposal (a warning says so)
…现在提出： / 现提请审议： (sentence  not read: what follows is proposed (关于提请…的议案; 请大会
 end) + 任命：… 免去：…               决定), one warning a sentence, until a body is named deciding
…任命了…主要官员。X为A，Y为B         appoint: a summary ending a sentence gives its verb to the
                                     verb-less list of the next
中华人民共和国驻X特命全权大使         the state's envoy: organisation 中华人民共和国, post 驻X特命全权
                                     大使 (驻X使团团长 not read)
X被任命为A (passive)                  appoint, deciding body only as its own sentence names it
 / X已于25日被任命为A                  (a day between the name and 被; a year would tell a career)
国务院昨天宣布，X兼任A，以及Y担任B    appoint: the body's announcement; the clauses after it in the
                                     sentence are subject-first decisions in any text (出任 too;
                                     the person after a post held or held before: 原…副主任Y)
…的任免通知正式明确，X正式出任A       appoint likewise (a 任免 notice stating; no career after 此前)
国务院公布全国政协副主席X兼任A       likewise, the announcement and what it announces in one clause
 / 7月18日中央宣布X任A(、Y另有任用)之后  (the party centre: no state decider; the predecessor's
                                     另有任用 a note, 之后 the time it tells)
…宣布，而A则由…副部长X出任           appoint (the post first, its holder after 由; announced only)
国务院…任命了…政府主要官员。…X将出任A  appoint, in the lines after a summary of the state's
 / A由…X担任 / X担任A / 升任 / 擢升为    appointments: the subject-first forms announced (将 a post
 / (下表) … 财政司司长曾俊华 (a line)    to take up; one person's posts before the name; 新设的
                                     dropped; a line that is a post and a name, a table's row),
                                     decided_by none (no body named); 留任 not read
委任X为A(、Y为B)                      appoint (任命 as Hong Kong and Macau write it)
X和Y不再担任A一职，分别出任B和C       remove A; appoint each to one post, in order, as many as
                                     they are (a rank in parentheses, （正部长级）, dropped)
 / X、Y和Z分别出任A、B和C              the persons the subject (及 too; 升任): each to one post likewise
                                     (a copy's spam bracket among the posts, [注冊…], dropped)
其中较瞩目的还有任命X为A              appoint (one decision a report singles out)
…部（简称…部）副部长 / …办公室(港澳办)主任  the body's short name is no part of the post
X（民进）、Y（民盟）获聘A             appoint: a name its note marks (a surname the table lacks:
                                     区, Ou; a rare character: 鉷, read 𫟹)
…院院士、原副校长X教授受聘为A         appoint: one person named between the titles held (or held
                                     before) and an academic title (教授, 研究员, 院士)
…廉政公署廉政专员 / 审计署审计长 / 海关  the heads of Macau's offices (and 特派员 of a ministry's
 关长 / …特派员公署特派员                公署): titles only of a body of that kind
…特别行政区第六任行政长官             post 行政长官 (the holder's term, 第N任, no part of it)
…中级人民法院立案庭庭长               the court's post 立案庭庭长 (a tribunal's head, as the judges'
                                     seats beside it, 审判员, 审判委员会委员, are the court's)
就在一个月前，X被任命为A             not read in any form: a decision recalled from before the
 / 上月… / 去年… / 早前…                 report's news (from that clause to the sentence's end)
X召开领导干部大会，宣布…任免决定：   another occasion (held or announced by no body read deciding):
                                     the decider, meeting and day named before do not carry over
                                     (在当天举行的会议上: a sitting of the body named, not another)
…会议…。B决定罢免X的…代表职务。会议…  B decides its own sentence only: the next sentence's decision
 决定任命Y为A                           is the session's (the body named before B), not B's
=================================  ==========================================================

A bare post at a ceremony of appointment (上海市文史研究馆馆员聘任仪式, 成都市人民政府参事聘任仪式)
belongs to the body the ceremony names; the decision read out there (宣读上海市政府关于聘任馆员的
通知) names the decider.

Every post phrase is split into organisation + post by the longest post title it ends with
(``kg/data/post_titles.tsv``; a party committee's word before 书记 is the post's: 故宫博物院党委书记
→ 故宫博物院 + 党委书记, a post no state body fills); an organisation never holds a statement's
words (免去, 任命, 同志, 职务…: another statement run into the list of posts, a warning rather than a
wrong record); a bare post (任命X为副市长) belongs to the deciding government
(``organization_implied``) where it is a government's own post (its head, 市长助理, 参事), a bare
人民陪审员 to the basic court of the place whose county-level congress appointed him (永丰县人民
法院); any other bare title warns. A title of one kind of body (常委 of a party committee or a
CPPCC, 馆员 of a 文史研究馆: the table's ``organization_ends``) is read only with a body of that kind, written or carried from the statement (毕节市委委员、常委、副书记); else
the clause warns. A post in a party committee (中共…区委书记, 省委第一巡视组组长) names no state decider: the
congress or government a preamble named did not fill it; nor does a congress fill a seat of a party
group (漳州市人民政府党组成员); and a government's head (市长) never
takes a party committee carried from the post before it (北京市委副书记、市长). Names are 2-4 characters
(or with a middle dot), 同志 dropped. The deciding body, meeting and date come from the preamble
(市人民政府决定：, 经X研究决定, X常委会第N次会议决定, （2023年9月28日…会议通过）), the section heading (6月份…人事任免) or a date
line; a date read after a statement dates it only where it was read with the statement's decider
(a report's later paragraph on another body's meeting does not date an earlier one's decision).
A date a preamble clause gives is that of the meeting in force when it was read, or of the
one its sentence names after it (本报讯 5月24日,县…第三十八次会议召开); it does not date a change
another meeting decided (新华社…2月28日电 …举行宪法宣誓仪式。…第三十一次会议任命X…: undated).

Records are emitted in personnel sections, and in document and text sections (a 任免通知, a news
report) only where the grammar is plainly present: subject-first forms (X任A) need a 任免 text,
verb-first forms (任命/免去…职务/辞去…职务) are read anywhere. An unreadable clause that carries a
任免 word yields an ExtractionWarning naming its lines.
"""

from __future__ import annotations

import bisect
import csv
import dataclasses
import datetime
import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from kg import segment as seg
from kg.extract import names
from kg.extract.context import Context, page_date
from kg.records import ExtractionWarning, PersonnelChangeRecord, Record
from kg.resources import data_file
from kg.segment import Section
from kg.tables import read_tsv
from kg.text import docnumber, reading
from kg.text.normalize import chinese_number, clean, to_ascii_digits
from kg.text.source import Source

GENRE = "appointments"
APPOINT, REMOVE, CONFIRM, NOMINATE = "appoint", "remove", "confirm", "nominate"

# 任 the verb (X任A, 决定X任A): not the first character of 任命, 任免, 任职, 任期, 任过 (a career:
# 曾任过), 任满 (决定X任满…: a term ended, no post taken). One spelling for every rule.
_TAKES = r"任(?![命免职期过满])"

# ------------------------------------------------------------------ post titles


@dataclass(frozen=True)
class PostTitle:
    title: str  # 副局长
    notation: str  # fu-juzhang: the ASCII notation of its role concept
    label_en: str
    # How the name of the organisation of a title that belongs to one kind of body ends (常委:
    # 委|政协, a party committee's or a CPPCC's; 馆员: 馆, a 文史研究馆's); empty for any body.
    organization_ends: tuple[str, ...] = ()

    def fits(self, organization: str) -> bool:
        """Can ``organization`` (written) hold this title? 县人大常委 is no 常委 of 县人大; 国务委员
        is one post, no 委员 of «国务» (a 委员 sits on a 委员会, a 委 or a 政协). Read as the
        extractors read it: 常务(wù)委员会(huì) ends with 会."""
        if not self.organization_ends:
            return True
        return organization.endswith(self.organization_ends) or reading.read_text(
            organization
        ).endswith(self.organization_ends)


@functools.cache
def post_titles() -> tuple[PostTitle, ...]:
    """The reviewed post titles, longest first (so 副局长 wins over 局长)."""
    with data_file("post_titles.tsv").open(encoding="utf-8", newline="") as handle:
        rows = [
            PostTitle(
                r["title"],
                r["notation"],
                r["label_en"],
                tuple(e for e in (r.get("organization_ends") or "").split("|") if e),
            )
            for r in csv.DictReader(handle, delimiter="\t")
        ]
    return tuple(sorted(rows, key=lambda t: (-len(t.title), t.title)))


@functools.cache
def post_title(title: str) -> PostTitle | None:
    """The reviewed title of a post as a record holds it: as written, so in traditional script
    (行長助理) or with inserted pinyin it is found by its reading; a tribunal's head by the title
    after its tribunal (立案庭庭长: 庭长, see _court_division), an office's head after its office
    (办公厅主任: 主任, see _office_in_post)."""
    read = reading.read_text(title)
    head = re.fullmatch(
        r"[\u4e00-\u9fff]+庭(?P<head>副?庭长)|(?:办公厅|办公室)(?P<office>副?主任)", read
    )
    read = (head.group("head") or head.group("office")) if head else read
    return next((t for t in post_titles() if t.title == read), None)


@dataclass(frozen=True)
class PostPhrase:
    organization: str | None  # as written; None for a bare post
    post: str  # the title: 副局长
    acting: bool


def split_post(phrase: str) -> PostPhrase | None:
    """温州市医疗保障局副局长 → (温州市医疗保障局, 副局长); None when no known title ends it.
    An ambassador's post names the state that sends and where to: 中华人民共和国驻加拿大特命全权
    大使 → (中华人民共和国, 驻加拿大特命全权大使)."""
    phrase = _ORDINAL_TERM.sub("", _strip_post_tail(phrase))
    envoy = _ENVOY.match(phrase)
    if envoy is not None:
        return PostPhrase(envoy.group("state"), envoy.group("post"), False)
    for title in post_titles():
        if phrase.endswith(title.title):
            org, acting = _strip_acting(phrase[: -len(title.title)])
            if len(org) == 1 or _VERB_INSIDE.search(org) or _person_opening(org):
                return None  # 任副组长: no organisation is one character long; none decides
            # (决定李炳军代理贵州省人民政府: a statement run into a list of posts); none opens with
            # a person (张巍巍的市人大常委会…, 查中才同志为西昌市…: the next person's statement run
            # into this one's)
            if org and not title.fits(org):
                continue  # 县人大常委 (a page cut in 县人大常委会…): no 常委 of 县人大
            if _kind_left_out(org, title.title):
                return None  # 市公安局长: not «市公安»'s 局长; no real text read so far
            if _RANK_END.search(org):
                return None  # 知行学院正处级调研员: a rank (正处级) is no organisation's word
            if _UNNAMED_COMMITTEE.search(org):
                return None  # …委员会专门委员会主任: which of its committees is not written
            return PostPhrase(_shared_level(org, title.title) or None, title.title, acting)
    return None


# 季允石辭去江蘇省長職務 (https://m.secretchina.com/news/b5/2002/12/17/amp30482.html), 陈义初辞去郑州
# 市长职务: a place's head written with its short name (江苏, 郑州) writes the level word once, for
# the place and the title alike (江苏省长 is 江苏省's 省长, as 黑龙江省省长): the organisation is the
# place with it (江苏省), not the short name (江苏, resolved «江苏人民政府», no government, and not
# the report's 江苏省人民政府, so the headline's change was published twice). Only where the short
# name with that word is a division's name (not 江苏副省长: no level word shared).
_HEAD_LEVELS = "省市区县州旗"


def _shared_level(org: str, title: str) -> str:
    level = title[:1]
    if (
        level in _HEAD_LEVELS
        and org
        and names.division_at(org) == len(org)
        and names.division_at(org + level) == len(org) + 1
    ):
        return org + level
    return org


# 免去杨冬生等同志政协四川省第十二届委员会专门委员会主任职务 (http://ok153.com/2022/toutiao_0117/
# 434526.html): a congress's or a CPPCC's special committees (专门委员会) are each named (提案委员会,
# 财政经济委员会); the word 专门委员会 right after its parent body (…委员会, 人大, 政协, 人民代表大会)
# or a quantifier (各, 部分) names none of them, so it is no organisation (a warning, not a record
# of a post in a committee the text does not say).
_UNNAMED_COMMITTEE = re.compile(
    r"(?:^|委员会|人大|人民代表大会|政协|常委会|届|各|部分|有关|相关)专门委员会$"
)


# 任命张长宽同志为我校新一任校长 (http://yuduotong.com/2012/0401/c13911a123259/page.htm, a university's
# page): a pointing word (我, 本, 该) before a body's word (我校, 本院, 该校, 本公司, 本会) or a place's
# level (本市公安局, 本县财政局, 本镇) is the writer's or the text's own body, which the words do not name
# (published as an organisation «我校新一任»): the statement is a warning (records_of). 本 only
# before such a word (本溪市 is a city, 本钢 a company). One exception, resolved as its unpointed
# form is: 本 before the text's own level (本市公安局 in a 温州市 text is 市公安局 → 温州市公安局,
# resolve_name); another level's (本县… in a city text) or no government known stays a warning. A
# title before a name (聘任我校校长石铁矛等24人为市政府参事, Y-03) still reads.
_POINTED_LEVEL = "省市州县区旗镇乡街村"
_POINTED_BODY = "校院所局厅委会馆部站司处室科队社厂场团组中公单行"
_OWN_BODY = re.compile(rf"^(?:我|[该本](?=[{_POINTED_LEVEL}{_POINTED_BODY}]))")
_OWN_LEVEL = re.compile(r"^本(?=(?:省|市|州|县|区|旗)[^，,、]+)")


def _unpointed(name: str | None, government: str | None) -> str | None:
    """本市公安局 → 市公安局 where that resolves against the text's government (resolve_name);
    otherwise the name as written."""
    if name and _OWN_LEVEL.match(name) and resolve_name(name[1:], government) is not None:
        return name[1:]
    return name


def _own_body(phrase: PostPhrase | None, government: str | None) -> bool:
    org = phrase.organization if phrase is not None else None
    return bool(org and _OWN_BODY.match(org) and _unpointed(org, government) == org)


def _unread_post(phrase: str) -> str:
    """Why a post phrase split_post did not read is warned: its title is not known, or it ends with a
    known title whose organisation is not read (院党委书记: one character; 知行学院正处级调研员: a
    rank; …委员会专门委员会主任: no committee named; a statement run into the list)."""
    if _ends_with_post(phrase):
        return f"the organisation of a known post is not read: {phrase}"
    return f"post title not known (kg/data/post_titles.tsv): {phrase}"


# 任知行學院正處級調研員 (https://www.shvdc.com/info/1059/1170.html): a cadre's rank written before
# the title (正处级, 副厅级, 正科级) is the post's grade, not part of an organisation's name: the phrase
# is not read (a warning), rather than published in an organisation «知行学院正处级».
_RANK_END = re.compile(r"[正副](?:部|省|厅|局|地|县|处|科|股)级$")


# 澳门特别行政区第六任行政长官: the ordinal of the holder's term is no part of the post (one office,
# its sixth holder): the post is 行政长官 of 澳门特别行政区.
_ORDINAL_TERM = re.compile(r"第[一二三四五六七八九十]{1,3}任(?=[\u4e00-\u9fff]{2,6}$)")


# 中华人民共和国驻索马里联邦共和国特命全权大使: the state's envoy to a country (the post names where to,
# no organisation of the state's is written); 驻非盟使团团长 (a mission's head) is not read.
_ENVOY = re.compile(r"^(?P<state>中华人民共和国)(?P<post>驻[\u4e00-\u9fff]{2,16}?特命全权大使)$")


# 市公安局长, 教育部长, 财政厅长: the head's title names the kind of body it heads, which the name
# before it then leaves out, unless that name ends with a body's own word (市中级人民法院院长). The
# phrase is not read (a warning): no government text read so far writes a post so, and «市公安» is
# no organisation. A place's head (温州市长, 浙江省长) keeps its place as written: the place is its
# government's (see _record).
_HEAD_KINDS = "局厅处科部院所馆站庭"
_BODY_ENDS = tuple("府会院局厅部委办室处科所馆站心行司团队组社校庭署")


def _kind_left_out(org: str, title: str) -> bool:
    kind = title[-2] if title.endswith("长") and len(title) >= 2 else ""
    return bool(org) and kind in _HEAD_KINDS and not org.endswith((kind, *_BODY_ENDS))


# Words no organisation's name holds: a statement's verb or 同志 inside one is another statement run
# into the list of posts (任命X为民政部部长、免去其监察部…; …副市长、徐阳同志西昌市人民政府…), a
# body's verb of review the words before a post (审议了县人民法院院长X…的报告: no «审议了县人民法院»;
# 审查 not: 代表资格审查委员会 is a body); a
# date, a meeting or a news lead, the next line run into a headline (…副市长本报讯青岛市…会议昨天…).
# A body named with 会议 (中国人民政治协商会议…委员会, 部际联席会议办公室) is refused too, a warning:
# no text read so far appoints to one, and a meeting's words run in are not all foreseeable.
_VERB_INSIDE = re.compile(
    r"辞去|辞职|免去|免除|任命|聘任|同志|职务|决定[\u4e00-\u9fff]{0,5}(?:为|代理)"
    r"|审议|听取|审阅|讨论"
    r"|会议|报讯|日电"
    r"|[\d〇零一二三四五六七八九十]年[\d一二三四五六七八九十]{1,2}月|月[\d一二三四五六七八九十]{1,3}日"
)


def _person_opening(org: str) -> bool:
    match = re.match(rf"^([\u4e00-\u9fff]{{2,4}}?)(?:同志|的|为|{_TAKES})", org)
    return bool(match) and names.is_name(match.group(1))


def _ends_with_post(text: str) -> bool:
    """Does ``text`` end with a known post title (…副主任职务, …副局长), whatever comes before it?"""
    return _strip_post_tail(text).endswith(_title_words())


def _strip_post_tail(phrase: str) -> str:
    """…副市长职务 / …副市长人选 / …副市长的决定 (通过了任命X为A的决定: the decision adopted)."""
    phrase = re.sub(r"(?:的)?职务$", "", re.sub(r"的决定$", "", phrase.strip()))
    return re.sub(r"(?:人选|的)$", "", phrase)


def _strip_acting(org: str) -> tuple[str, bool]:
    """山西省人民政府代理 (…代理省长) or 代理山西省人民政府 (…、代理山西省人民政府省长): the
    organisation without the mark of an acting post, and whether it was there."""
    for marker in ("代理", "代"):
        if org.endswith(marker):
            return org[: -len(marker)], True
    if org.startswith("代理") and len(org) > 4:
        return org[2:], True
    return org, False


# ------------------------------------------------------------------ organisations and bodies

_PLACE = r"[\u4e00-\u9fff]{0,8}?(?:省|自治区|市|自治州|州|县|自治县|旗|区|盟)"
_ORGAN = (
    r"全国人民代表大会常务委员会|全国人大常委会|"
    r"人民代表大会常务委员会主任会议|人民代表大会常务委员会|人大常委会主任会议|人大常委会|"
    r"人民政府办公室|人民政府办公厅|人民政府|政府办公室|政府|国务院"
)
_BODY = re.compile(
    rf"(?P<body>(?P<place>{_PLACE})?(?P<term>第?[一二三四五六七八九十]+届)?(?:{_ORGAN}))"
    r"(?P<meeting>第[一二三四五六七八九十百零〇\d]+次(?:常务|全体)?会议|常务会议|主任会议)?"
)
# 市场监管局 is not 市+场监管局: words a level character can begin that are not relative names.
_NOT_RELATIVE = ("场", "域", "级", "直", "民")
_LEVELS = ("自治区", "自治州", "自治县", "省", "市", "县", "区", "州", "旗", "盟")


def _level(government: str) -> str | None:
    return next((lv for lv in _LEVELS if government.endswith(lv)), None)


def resolve_name(name: str | None, government: str | None) -> str | None:
    """A name relative to ``government`` made full: 市司法局 in a 温州市 text → 温州市司法局;
    市政府 → 温州市人民政府; 人大常委会 → 人民代表大会常务委员会; the term (第十四届) is dropped."""
    if not name:
        return None
    name = re.sub(r"第[一二三四五六七八九十]+届", "", name).replace(
        "人大常委会", "人民代表大会常务委员会"
    )
    level = _level(government) if government else None
    if government and level and not name.startswith(government) and name.startswith(level):
        rest = name[len(level) :]
        if rest and not rest.startswith(_NOT_RELATIVE):
            name = government + rest
    level = next((lv for lv in _LEVELS if name.startswith(lv)), None)
    if level and not name[len(level) :].startswith(_NOT_RELATIVE):
        return None  # relative to a government the text does not name (省人民政府 in a city text)
    return re.sub(r"^(.*?(?:省|自治区|市|自治州|州|县|自治县|旗|区))政府", r"\1人民政府", name)


def government_of(body: str | None, fallback: str | None) -> str | None:
    """The government a deciding body belongs to: 杭州市第十四届人大常委会 → 杭州市."""
    if body:
        match = _BODY.search(body) or re.fullmatch(_CONGRESS, body)  # a congress in session
        place = match.group("place") if match else None
        if place and place not in _LEVELS:
            return place
    return fallback


# ------------------------------------------------------------------ dates

_CN_DIGIT = "〇零一二三四五六七八九十"
_DATE = re.compile(
    rf"(?:(?P<y>\d{{4}}|[{_CN_DIGIT}]{{4}})\s*年)?\s*(?P<m>\d{{1,2}}|[{_CN_DIGIT}]{{1,2}})\s*月(?:份)?"
    rf"(?:\s*(?P<d>\d{{1,2}}|[{_CN_DIGIT}]{{1,3}})\s*[日号])?"
)
_YEAR_LINE = re.compile(r"^(?:19|20)\d{2}$|^(?P<y>(?:19|20)\d{2})\s*年\s*第\s*\d+\s*期")


def _cn_year(text: str) -> int | None:
    digits = to_ascii_digits(text.translate(str.maketrans("零一二三四五六七八九", "0123456789")))
    return int(digits) if digits.isdigit() else None


def parse_date(match: re.Match[str], year: int | None) -> str | None:
    """ISO date of a 年月日 match keeping its precision; the year from context when not written."""
    y = _cn_year(match.group("y")) if match.group("y") else year
    m = chinese_number(match.group("m"))
    d = chinese_number(match.group("d")) if match.group("d") else None
    if y is None or m is None or not 1 <= m <= 12 or (d is not None and not 1 <= d <= 31):
        return None
    return f"{y:04d}-{m:02d}" + (f"-{d:02d}" if d else "")


def source_year(context: Context, before: int, month: int | None) -> int | None:
    """The year a month-only heading (6月份) belongs to: the nearest earlier dated line of that
    month, else the masthead year (2023 / 2023年第6期), else the nearest earlier dated line."""
    dated = _dated_lines(context.source)
    if month is not None:
        lines, years = dated.by_month.get(month, ((), ()))
        at = bisect.bisect_left(lines, before)
        if at:
            return years[at - 1]
    at = bisect.bisect_left(dated.lines, before)
    nearest = dated.years[at - 1] if at else None
    return context.year or _masthead_year(context) or nearest


@dataclass(frozen=True)
class _Dated:
    """The lines of a source that give a date with its year: each line's first such year, and
    for each month the lines that give a date of that month with its year (its first)."""

    lines: tuple[int, ...]
    years: tuple[int, ...]
    by_month: dict[int, tuple[tuple[int, ...], tuple[int, ...]]]


@functools.lru_cache(maxsize=8)
def _dated_lines(source: Source) -> _Dated:
    """Read once per source (a text of many sections asked it for each: quadratic before)."""
    lines: list[int] = []
    years: list[int] = []
    by_month: dict[int, tuple[list[int], list[int]]] = {}
    for number, raw in enumerate(source.lines, 1):
        if not re.search(r"\d|[〇零一二三四五六七八九]", raw):
            continue
        first = None
        for match in _DATE.finditer(clean(raw)):
            if match.group("y") and (year := _cn_year(match.group("y"))):
                first = first or year
                month = chinese_number(match.group("m"))
                if month is not None:
                    month_lines, month_years = by_month.setdefault(month, ([], []))
                    if not month_lines or month_lines[-1] != number:
                        month_lines.append(number)
                        month_years.append(year)
        if first is not None:
            lines.append(number)
            years.append(first)
    return _Dated(
        tuple(lines),
        tuple(years),
        {m: (tuple(ls), tuple(ys)) for m, (ls, ys) in by_month.items()},
    )


def _masthead_year(context: Context) -> int | None:
    seen = 0
    for line in context.source.lines:
        text = clean(line)
        if not text:
            continue
        match = _YEAR_LINE.search(text)
        if match:
            return int(match.group("y") or text)
        seen += 1
        if seen > 40:
            return None
    return None


# ------------------------------------------------------------------ text units


@dataclass(frozen=True)
class Piece:
    """A sentence (between 。；;) of joined lines, with the line range it came from."""

    text: str
    start: int
    end: int


_TERMINATORS = "。；;"
_OPEN, _CLOSE = "（(【[", "）)】]"
_BULLET = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．]"
    r"|[①②③④⑤⑥⑦⑧⑨⑩]|[-—·•])\s*"
)
_NAME = r"[\u4e00-\u9fff]{2,4}?|[\u4e00-\u9fff]{1,4}[·•][\u4e00-\u9fff]{1,8}"
_NAMES = rf"(?:(?:{_NAME})(?:同志)?、)*(?:{_NAME})(?:同志)?"
_TRIGGER = re.compile(r"任命|免去|聘任|聘请|辞去|辞职|不再担任|兼任|试用期满|提名|[任免]")
_STRONG = re.compile(
    r"任命.+为|(?:免去|撤销|撤消).+职务|辞去.+(?:职务|辞呈)|不再担任.+职务|聘任.+为|提名.+人选|试用期满|免除.+(?:职务|一职)"
    r"|被(?:任命|聘任|聘请|聘)为|(?:聘任|任命)的.+(?:有|如下)|代理.+职务|解聘|决定[^，,。；;]{2,8}?为[^，,。；;]{0,30}代理"
    r"|[为向].+颁发(?:了)?[\u4e00-\u9fff]{0,12}(?:聘书|聘任证书)|^新聘(?:任)?.{1,12}代表"
)
# A line that may hold 李金科任辽宁省政府秘书长 or …决定:X同志任A、B (read by _subject_first, strictly, in
# any text).
_SUBJECT_GATE = re.compile(
    r"(?:^|[，,。；;：:\s])[\u4e00-\u9fff·]{2,6}任[\u4e00-\u9fff、]{3,40}(?:[，,。；;]|$)", re.M
)


def _compact(text: str) -> str:
    return clean(text).replace(" ", "")


def _clause_start(text: str, personnel: bool) -> bool:
    """Does a line begin a new statement (so a line without a terminator above it is complete)?"""
    text = _BULLET.sub("", text)
    if re.match(r"^(?:决定|任命|免去|免|聘任|聘请|聘|接受|提名|同意|经|根据)", text):
        return True
    body = _BODY.match(text)
    if (body and _is_place(body.group("place"))) or _DATE.match(text):
        return True  # not 节市人民政府… (毕 / 节市人民政府: a name broken by the page)
    return bool(personnel and re.match(rf"^(?:{_NAMES})(?:兼任|担任|任|为|不再担任|的)", text))


def pieces(section: Section, first: int, personnel: bool) -> Iterator[Piece]:
    """The section's sentences from line ``first`` on, wrapped lines joined."""
    buffer: list[tuple[int, str]] = []
    for number, raw in section.numbered_lines():
        if number < first:
            continue
        text = _compact(_headlines(raw))
        if buffer and not _continues(buffer[-1][1], text, personnel):
            yield from _split(buffer)
            buffer = []
        buffer.append((number, text))
    if buffer:
        yield from _split(buffer)


# 王宪魁辞去黑龙江省省长职务 陆昊任代理省长: a line of headlines, each a statement with its
# person first, set apart by spaces (which _compact drops).
_HEADLINE = re.compile(rf"^(?P<who>[\u4e00-\u9fff]{{2,4}}?)(?:辞去|辞|{_TAKES}|代理|不再担任)")


def _headlines(raw: str) -> str:
    """A line of such headlines, each ended with 。 so none runs into the next or the next line;
    a headline of a decision before another (决定任命丁绣峰为省政府副省长 表决通过《…》等) ended
    with 。 likewise; any other line as it is."""
    parts = raw.split()
    if len(parts) < 2:
        return raw
    if all(_person_headline(p) or _whole_statement(p) for p in parts):
        return "".join(p + "。" for p in parts)  # 张晓兰任甘肃省副省长 免去陆武成副省长职务
    ends = [_ends_statement(p, after) for p, after in itertools.pairwise(parts)]
    if not any(ends):
        return raw
    return "".join(p + ("。" if end else " ") for p, end in zip(parts, [*ends, False], strict=True))


def _person_headline(part: str) -> bool:
    match = _HEADLINE.match(part)
    return bool(match) and names.is_name(match.group("who"))


def _whole_statement(part: str) -> Item | None:
    """``part`` as a whole decision (任命X为A, 免去X的A职务), its posts known; else None."""
    part = _compact(part)
    item = _appointment(part, [], None) or _removal(part, [], None)
    if item is None or any(split_post(p) is None for p in split_outside(item.posts, "、")):
        return None
    return item


def _ends_statement(part: str, after: str) -> bool:
    """Is ``part`` a whole decision, which the words ``after`` the space do not go on (决定任命X为
    省政府副省长 表决通过…, not 任命X为市长 助理)?"""
    item = _whole_statement(part)
    if item is None:
        return False
    return split_post(split_outside(item.posts + _compact(after), "、")[-1]) is None


def _continues(previous: str, text: str, personnel: bool) -> bool:
    """Is ``text`` the rest of the line before it (a line broken by the page or the PDF)?"""
    if _MODE_HEADER.match(_BULLET.sub("", previous)):
        return False  # 任命 / 免去 alone on a line heads a list
    if previous.endswith(("，", ",", "、", *_OPEN_ENDED)):
        return True
    if previous.endswith(tuple(_TERMINATORS + "：:")):
        return False
    return bool(_TRIGGER.search(previous)) and not _clause_start(text, personnel)


# Words that cannot end a statement: a line ending with one goes on in the next line.
_OPEN_ENDED = ("免去", "免去其", "任命", "聘任", "兼任", "担任", "决定", "接受", "辞去", "的", "为")


def _split(buffer: list[tuple[int, str]]) -> Iterator[Piece]:
    """Split joined lines at 。；; outside parentheses, keeping each sentence's line range."""
    depth, current, lines = 0, "", []
    for number, text in buffer:
        for char in text:
            depth += (char in _OPEN) - (char in _CLOSE)
            if char in _TERMINATORS and depth <= 0:
                if current:
                    yield Piece(current, (lines or [number])[0], number)
                current, lines, depth = "", [], 0
                continue
            if not current:
                lines = [number]
            current += char
        if current and number not in lines:
            lines.append(number)
    if current:
        yield Piece(current, lines[0], buffer[-1][0])


def split_outside(text: str, separators: str) -> list[str]:
    """Split at any of ``separators`` that stands outside parentheses."""
    parts, depth, current = [], 0, ""
    for char in text:
        depth += (char in _OPEN) - (char in _CLOSE)
        if char in separators and depth <= 0:
            parts.append(current)
            current, depth = "", 0
        else:
            current += char
    parts.append(current)
    return [p for p in parts if p]


# ------------------------------------------------------------------ clauses


@dataclass
class Item:
    """One parsed statement: names × posts, before the split into records."""

    names: list[str]
    action: str
    form: str
    posts: str  # the post phrase(s) as written, 、-separated
    probation: str | None = None
    acting: bool = False
    note: str | None = None


@dataclass
class Notice:
    """What a section's preamble and heading established for the statements under them."""

    title: str | None
    number: str | None
    government: str | None
    year: int | None
    personnel: bool
    listing: bool = False  # a 人事任免 section of a gazette: every line there should be read
    decided_by: str | None = None
    meeting: str | None = None
    date: str | None = None
    # the meeting in force when a preamble clause read ``date`` (None: none named yet), or the one
    # the same sentence names after it (5月24日,县十七届人大常委会第三十八次会议召开; ``date_open``
    # until that sentence ends, unless the date's clause told another event: 举行宪法宣誓仪式); a
    # record decided at another meeting is not dated by it (see dated_for)
    date_meeting: str | None = None
    date_bound: bool = False  # ``date`` was read from a clause (a heading's month dates its list)
    date_open: bool = False
    date_fallback: str | None = None
    # the page's day (context.page_date, ISO), against which a sentence's day without its month
    # (17日，…会议通过决定，…) is read; the records of such a sentence, dated by it or not at all
    page_day: str | None = None
    day_only: set[int] = field(default_factory=set)
    mode: tuple[str, str] | None = None  # (action, form) of a 任命：/免去： list header
    mode_posts: str | None = None  # the post of a 聘任为市政府参事： header, for a list of names
    ceremony: dict[str, str] = field(default_factory=dict)  # post title → the body a 聘任仪式
    # names it of (成都市人民政府参事聘任仪式): the body of that post where a statement names none
    carry: dict[str, Item] = field(default_factory=dict)  # the last statement of each action,
    # whose verb a verb-less statement takes (…；李四为B；): kept from one sentence to the next
    records: list[Record] = field(default_factory=list)
    # the sentence before said that the persons still hold posts (…的6人，目前还担任着其他政府部门
    # 的职务。): the X任A that follow tell those posts, they are no decisions
    current_posts: bool = False
    # that sentence counted persons removed from posts (被免去A职务的6人，目前还担任着…): (A, the
    # count, the sentence), for the persons the next sentence names by the posts they hold
    counted_removal: tuple[str, int, Piece] | None = None
    # a sentence counted persons appointed without naming them (任命省政府10个新部门主要负责人):
    # (the count, the sentence), for the oath list that names them (…厅长X、…进行了宪法宣誓)
    counted_appointed: tuple[int, Piece] | None = None
    # the sentence before named a request to resign (审议了X提出的辞去A职务的请求): its persons, whom
    # a pronoun in the acceptance after it names (决定接受他辞去A职务)
    asking: list[str] = field(default_factory=list)
    # requests to resign a report reviewed (县人民法院院长李宗林…关于辞去领导职务的提请报告): each
    # person, the post written before the name (None where none is) and the sentence, for the
    # acceptance of them all (会议同意以上五位同志辞去领导职务)
    reported: list[tuple[str, str | None, Piece]] = field(default_factory=list)
    # the first line of the sentence being read, and of the sentence that named the deciding body
    # (None: the heading or the decision read out named it, for the whole text)
    sentence: int | None = None
    decider_sentence: int | None = None
    # the sentence that proposes the statements after it (…现在提出：), until a body decides
    proposed: Piece | None = None
    # the first line of a sentence that announces decisions (国务院昨天宣布，X兼任A; 4月24日的任免通知
    # 正式明确，X正式出任A): its subject-first statements are the decisions announced
    announced: int | None = None
    # the first line of a sentence summing up the appointments a body made (国务院…任命了香港特别行政区
    # 第六届政府主要官员): the subject-first statements of the lines after it are those appointments
    summarized: int | None = None
    # the lines after the summary are rows of the table of the appointed (财政司司长曾俊华): right
    # under a summary that points to its table ((下表)), or under a heading that names the new team
    # (特区政府新班子主要官员), until a line that is no row ends the table
    rows_open: bool = False
    piece: Piece | None = None  # the sentence being read
    # a body read as the subject of one sentence's own statement, no meeting of its own (阳泉市人大
    # 常委会决定罢免刘新云的…代表职务), after another body was deciding: (the sentence, the decider,
    # government and sentence it replaced), given back when the next sentence begins
    subject_decider: tuple[Piece, str, str | None, int | None] | None = None


_PROBATION = re.compile(
    r"[（(]?(?:试用期(?:为)?(?P<a>[一二三四五六七八九十两半\d]+(?:年|个月)半?)"
    r"|(?P<b>[一二三四五六七八九十两半\d]+(?:年|个月)半?)试用期)[）)]?"
)
_PAREN = re.compile(r"[（(](?P<inner>[^（）()]*)[）)]$")
_REMARK = re.compile(r"^(?:另有任用|另有任职|另有安排|退休|到龄退休|因年龄原因|按规定退休|挂职)$")

# Verb-first statements. A name list is found by trying, left to right, each place where the word
# after it (为, 的, 同志, 辞去, 代理 …) stands, and keeping the first that gives names (names.py).
_JOB = r"(?:的)?(?:职务|一职)"
_REMOVE_FIRST = re.compile(rf"^(?P<f>(?:决定)?(?:免去|免除|撤销|撤消))(?P<rest>.+?){_JOB}$")
_DISMISS = re.compile(r"^(?P<f>(?:决定)?解聘)(?P<rest>.+?)(?:的)?(?:职务)?$")
# 接受X辞去A职务的请求 (同意接受: 决定同意接受石烽同志辞去吕亭镇人民政府镇长职务的请求, a town's
# congress, http://www.365ebay.com/news/xiangzhen/64266.html, read «接受石烽» as the name), or with the
# request named and 职务 left out (接受高岩同志辞去牡丹江市人民政府
# 市长的请求).
_RESIGN = re.compile(
    rf"^(?:决定)?(?:(?:同意)?接受了?|同意)(?P<rest>.+?)辞去(?P<posts>.+?)(?:{_JOB}"
    r"(?:的?(?:请求|申请|辞职请求|辞职申请|辞呈))?|的(?:请求|申请|辞职请求|辞职申请|辞呈))$"
)
# X不再担任A职务 / 省委常委喻红秋不再兼任遵义市委书记 (a post held with another given up; 职务 may be
# left out where the post is written with its organisation).
# 强卫不再担任江西省委书记等职务 (hk01.com 2017): the first post named, the others not (等).
_NO_LONGER = re.compile(
    rf"^(?P<rest>.+?)(?P<f>不再(?:担任|兼任))(?P<posts>.+?)(?P<job>(?:等)?{_JOB})?$"
)
# 批准任命X为A: a standing committee approves the appointment a lower body made (a district's
# 检察长, HA-14); the approval is the decision the text reports.
_APPOINT_FIRST = re.compile(
    r"^(?P<f>(?:决定)?(?:批准任命|任命|委任|聘任|聘请|聘|提名)|决定)(?P<rest>.+)$"
)
_ACTING = re.compile(rf"^(?P<f>(?:决定)?(?:由)?)(?P<rest>.+?)代理(?P<posts>.+?){_JOB}?$")
# 委任X为A: 任命 as Hong Kong and Macau write it (国务院公布，委任王志民为香港中联办主任, std.stheadline.com
# /sc/realtime/article/520176).
_PASSIVE = re.compile(r"^(?P<rest>.+?)被(?P<f>任命|委任|聘任|聘请|聘)为(?P<posts>.+)$")
_PASSIVE_REMOVE = re.compile(rf"^(?P<rest>.+?)被(?P<f>免去|免除|撤销)(?P<posts>.+?){_JOB}$")
# 李金科任辽宁省政府秘书长: subject first. 任职/担任过/任期 are a career's words, not a decision's.
# 担任过/兼任过 tell a career (吴还担任过国务院秘书长, m.uibq.com/ask/822814GWq9A0mZq), as 任过 does.
_SUBJECT_VERB = re.compile(rf"(?:兼任|担任|调任|改任)(?!过)|{_TAKES}")
# In a sentence announcing decisions (国务院宣布，X出任A): 出任 too.
_ANNOUNCED_VERB = re.compile(rf"(?:出任|兼任|担任|调任|改任|升任|接任|擢升为)(?!过)|{_TAKES}")
# 免去X的A职务，调任B: the person the statement before named moved to B (HA-14), as 兼任/担任/任 B;
# 改任B likewise (免去张晓明的国务院港澳事务办公室主任职务，改任国务院港澳事务办公室分管日常工作的
# 副主任（正部长级）, http://hkfe.hk/n/32335.html).
_CARRIED = re.compile(rf"^(?P<f>(?:兼任|担任|调任|改任)(?!过)|{_TAKES}|并任)(?P<posts>.+)$")
_MODE_HEADER = re.compile(
    r"^(?:决定)?(?P<f>任命|免去|聘任|聘请|免职|任职|解聘|(?<=决定)接受)(?:下列同志(?:职务)?|如下)?$"
)
# 聘任为市人民政府参事： / 决定聘任下列同志为市政府参事： / 市政府聘任的参事有： — a list of
# names follows, all to the one post.
_POST_HEADER = re.compile(
    r"^(?:决定)?(?P<f>聘任|聘请|任命)(?:下列|以下|如下)?(?:同志|人员)?为(?P<posts>.+?)(?:的)?(?:人员)?$"
)
_POST_HEADER_OF = re.compile(
    r"^(?P<org>.+?)(?:新|决定|此次|本次)?(?P<f>聘任|聘请|任命)的(?:新一届|新)?(?P<post>.+?)"
    r"(?:名单如下|如下|有|是|为)$"
)
# 当天新聘的15位省文史研究馆馆员是： — the newly appointed, counted, then named.
_NEWCOMERS_HEADER = re.compile(
    r"^(?:当天|当日|今天|今日|此次|本次|这次|会上)?(?P<f>新聘任|新聘请|新聘|续聘)(?:的)?"
    r"(?:[\d一二三四五六七八九十百两]+(?:位|名))?(?P<posts>.+?)(?:名单如下|如下|有|是|为|分别是|分别为)$"
)
_BOILERPLATE = re.compile(
    r"^(?:特此通知|此复|近日|日前|经研究|研究决定|根据工作需要|因工作需要|(?:根据|依据|按照|依照)\S*|现将.*|以上.*"
    # a count of the decisions, not one of them: 任命6人, 免职9人, 批准任命2人, 任免12人次
    r"|(?:其中|共|共计)?(?:批准|决定)?(?:任命|免职|免去|任免|辞职)[0-9一二三四五六七八九十两]+(?:人次|人|名)"
    r")$"
)


def _is_title(text: str) -> bool:
    """A title written before a name: a post (县人民政府副县长) or an official's title (县委常委)."""
    return bool(text) and (split_post(text) is not None or text.endswith(_official_titles()))


@functools.cache
def _official_titles() -> tuple[str, ...]:
    return tuple(row["title"] for row in read_tsv("official_titles.tsv"))


def _names(text: str, titled: bool = True, listed: bool = False) -> list[str]:
    """The persons of a 、-list (titles before a name dropped where ``titled``); empty when an
    item is not a person's name (市政府任…, 履新前任职…). ``listed``: in a list of three or more
    whose ends the words around mark (新聘A X、Y、Z颁发…), one name of a surname the table lacks
    (庆跃先) is taken when every other item is a name."""
    if not titled:
        items = [n.removesuffix("同志") for n in names.without_count(text).split("、")]
        if items and all(names.is_name(n) for n in items):
            return items
        unknown = [n for n in items if not names.is_name(n)]
        lenient = listed and len(items) >= 3 and len(unknown) == 1
        return items if lenient and names.is_name(unknown[0], strict=False) else []
    # 决定陈刚副主任为…代理主任: one person named by the post held (name, then title)
    found = names.name_list(text, _is_title, strict=False)
    if found:
        return found
    held = names.name_and_title(text, _is_held_title)
    if held:
        return [held[0]]
    return _joined_names(text)


def _joined_names(text: str) -> list[str]:
    """张勇和毕井泉: two names (or a 、-list and the last) joined by 和, every item a name."""
    items = re.split("[和、]", text)
    return items if len(items) > 1 and all(names.is_name(n) for n in items) else []


def _is_held_title(text: str) -> bool:
    """A title written after a name, whole: 副省长, 市委常委 (毛伟明副省长 is not 毛伟 + 明副省长)."""
    return split_post(text) is not None or text in _official_titles()


def _split_names(
    rest: str, word: str, titled: bool = True, listed: bool = False
) -> Iterator[tuple[list[str], str]]:
    """(names, what follows ``word``) for each place ``word`` stands after a name list."""
    for match in re.finditer(word, rest):
        found = _names(rest[: match.start()], titled, listed)
        if found:
            yield found, rest[match.end() :]


_DURATION = re.compile(
    r"^(?P<n>[一二三四五六七八九十两\d]+)?(?P<half>半)?(?P<unit>年|个月)(?P<more>半)?$"
)


def probation_duration(text: str | None) -> str | None:
    """The xsd:duration of a probation as written: 一年 → P1Y, 六个月 → P6M, 半年 → P6M,
    一年半 → P1Y6M; None when the wording is not a plain length of time."""
    match = _DURATION.match(text or "")
    if not match or (match.group("half") and match.group("n")):
        return None
    count = chinese_number(match.group("n")) if match.group("n") else 0
    if match.group("unit") == "个月":
        return (
            f"P{count}M" if count and not match.group("more") and not match.group("half") else None
        )
    if match.group("half"):
        return "P6M"
    if not count:
        return None
    return f"P{count}Y6M" if match.group("more") else f"P{count}Y"


def _take_probation(text: str) -> tuple[str, str | None, str | None]:
    """Remove a probation clause and a trailing remark in parentheses; return (text, probation,
    remark)."""
    probation = None
    match = _PROBATION.search(text)
    if match:
        probation = match.group("a") or match.group("b")
        text = text[: match.start()] + text[match.end() :]
    remark = None
    paren = _PAREN.search(text)
    if paren and _ends_with_post(text[: paren.start()]):
        remark, text = paren.group("inner"), text[: paren.start()]
    return text, probation, remark


# 退役军人事务部（简称退役部）副部长 / 国务院港澳事务办公室(港澳办)主任: the short name a report
# gives a body (a body's word ending it, a post after it) is no part of the post.
_SHORT_NAME = re.compile(
    r"[（(](?:以下)?简称[^（）()]{1,16}[）)]"
    r"|(?<=[办部局委会厅院署室])[（(][\u4e00-\u9fff]{1,5}[办部局委会厅院署][）)](?=[\u4e00-\u9fff])"
)


# …办公室分管日常工作的副主任（正部长级）: the duties a post is given and its rank are no part of
# the organisation or the post (副主任 of …办公室).
_DUTY = re.compile(
    r"(?<=[办辦部局委会會厅廳院署室])分管日常工作的(?=副)|(?<=[\u4e00-\u9fff])[（(][正副]?[部厅廳局处處科][长長]?级[）)]$"
)


# 将出任新设的文化体育及旅游局局长 (m.service999.com/article/8083): a body newly set up is named
# after 新设的; the words are no part of its name.
_NEW_BODY = re.compile(
    r"(?:新设立|新设|新组建|新成立)的(?=[\u4e00-\u9fff]{2,}?[局部委办署厅院司处])"
)


def parse_clause(
    text: str, subject: list[str], notice: Notice, history: bool = False
) -> Item | None:
    """One clause → an Item, or None when it is not a 任免 statement we can read. ``history``:
    the sentence told a career before this clause (曾任…, 2018年6月…), so no subject-first form
    is a decision."""
    text = _NEW_BODY.sub("", _DUTY.sub("", _SHORT_NAME.sub("", _BULLET.sub("", text))))
    text, probation, remark = _take_probation(text)
    item = _verb_first(text, subject, notice.government) or _subject_or_mode(
        text, subject, notice, history
    )
    if item is not None:
        item.probation, item.note = probation, remark
    return item


def _verb_first(text: str, subject: list[str], government: str | None = None) -> Item | None:
    """A statement that opens with its verb (or names the persons before 不再担任/代理/被…)."""
    for read in (_removal, _resignation, _appointment, _acting, _passive, _certificate, _newcomers):
        item = read(text, subject, government)
        if item is not None:
            return item
    return None


def _removal(text: str, subject: list[str], government: str | None) -> Item | None:
    """免去X的A职务 / 免去X同志A职务 / 免去其A职务 / 免去X、YA职务 (no 的: names.split_name) /
    免去X兼任(的)A职务, X现任A职务 (the post named by its holding) / 免除X同志A一职 / 解聘X的A职务
    / X不再担任A职务."""
    match = _REMOVE_FIRST.match(text) or _DISMISS.match(text)
    bare = _REMOVE_OF.match(text) if match is None else None
    item = _removal_of(bare.group("f"), bare.group("rest")) if bare else None
    if item is not None:
        return item
    if match is None:
        match = _NO_LONGER.match(text)
        found = _names(match.group("rest")) if match else []
        first = split_post(match.group("posts").split("、")[0]) if found else None
        if not found or (not match.group("job") and (first is None or not first.organization)):
            return None
        return Item(found, REMOVE, match.group("f"), match.group("posts"))
    form, rest = match.group("f"), match.group("rest")
    if rest.startswith("其") and subject:
        return Item(subject, REMOVE, form + "其", rest[1:])
    for word in (_HOLDING, "的", "同志"):
        for found, posts in _split_names(rest, word):
            if posts and split_post(posts.split("、")[0]):
                return Item(found, REMOVE, form, posts)
    for size in (2, 3, 4):  # a name the statement gave before (孙八任A，免去孙八B职务)
        if rest[:size] in subject and split_post(rest[size:].split("、")[0]):
            return Item([rest[:size]], REMOVE, form, rest[size:])
    found = _listed_run_into(rest, government)
    return Item(found[0], REMOVE, form, found[1]) if found else None


# 免去于秀芬的上海人大常务委员会副秘书长、办公厅主任(,调任…): 职务 left out, the person's end marked by
# 的 and every post a known title, the first written with its organisation (HA-14).
_REMOVE_OF = re.compile(r"^(?P<f>(?:决定)?(?:免去|免除))(?P<rest>.+的.+)$")


def _removal_of(form: str, rest: str) -> Item | None:
    for found, posts in _split_names(rest, "的"):
        phrases = [split_post(p) for p in split_outside(posts, "、")]
        if phrases and phrases[0] is not None and phrases[0].organization and all(phrases):
            return Item(found, REMOVE, form, posts)
    return None


# 免去：周恩来兼任外交部部长职务 / 赖际发现任建筑材料工业部部长职务: the post removed named by how it is
# held (兼任, 现任, 担任), before it never an organisation's words.
_HOLDING = "(?:同志)?(?:兼任|现任|担任)(?:的)?"


def _listed_run_into(rest: str, government: str | None) -> tuple[list[str], str] | None:
    """卢炳椿泉州市人民政府副市长 / 汤文胜、王荔、买银朋孟州市人民政府副市长: the names, the last
    run into the post phrase (no 的, no 同志), and the post phrase; None unless each name before
    the last is a name and the post phrase opens with a known post. The last of a list, its start
    marked by 、, may have a surname the table lacks (买银朋)."""
    items = rest.split("、")
    for count in range(len(items)):
        if not all(names.is_name(n) for n in items[:count]):
            return None
        split = names.split_name("、".join(items[count:]), government, _title_words(), count == 0)
        if split and split_post(split[1].split("、")[0]):
            return [*items[:count], split[0]], split[1]
    return None


# 王宪魁辞去黑龙江省省长职务 (a round-up of resignations accepted): the persons as subject, plain
# names only, the post written with its organisation; 朱勇提出辞去A职务 / 张志轩、张荣国分别提出辞去
# A职务 (a session's report of the resignations it accepted) likewise.
_RESIGNED = re.compile(rf"^(?P<rest>[^，,]{{2,40}}?)(?:分别)?(?:提出)?辞去(?P<posts>.+?){_JOB}$")


# 审议了钱建民市长提出的要求辞去A职务的请求: the request a body reviewed, no decision; its person is
# the one the acceptance after it names by a pronoun (决定接受他辞去A职务), in that sentence or the next.
_REQUEST = re.compile(
    rf"^(?:审议了?|收到了?)?(?P<who>[^，,]{{2,12}}?)(?:同志)?提出的(?:要求)?辞去(?P<posts>.+?){_JOB}"
    r"的(?:请求|申请|辞职请求|辞职申请)$"
)
# 县人民法院院长李宗林、县人民检察院检察长杨通辉关于辞去领导职务的提请报告 / 县长肖克关于成兵、石庆光、
# 关钟三位同志辞去领导职务的提请报告: requests to resign a body reviewed, no decision; the persons
# (each with the post written before the name, or none) whom the acceptance of them all after it
# counts (会议同意以上五位同志辞去领导职务): each removed from the post written with them.
# The clause opens with what the body did (会议首先就…, 审议了…, 会议听取和审议了…, 对…): a subject,
# adverbs, verbs of review, then 就/对 (not of 对外…, 就业…, bodies' names), none of them the post's;
# it may end with that verb after the report (…进行了认真审查, …作了说明). 审查, 研究 and 收到 open
# it only with 了 (代表资格审查委员会, 文史研究馆: bodies). The persons, or the one who asked for them,
# begin at an organisation or a title: no verb of review inside one (_VERB_INSIDE).
_REVIEW = r"(?:审议|听取|审阅|讨论|(?:审查|研究|收到)(?=了))"
_REPORTED = re.compile(
    rf"^(?:(?:会议|首先|还|并|又|同时|分别|一并|书面|{_REVIEW}(?:和|并|、)?)+了?)?"
    r"(?:就(?!业)|对(?!外))?(?P<who>[^，,]+?)关于(?P<whom>[^，,]*?)辞去(?:领导)?职务的(?:提请)?(?:报告|请求)"
    r"(?:(?:进行了?|作了?)(?:认真)?(?:的)?(?:审查|审议|说明))?$"
)
_ACCEPTED_ABOVE = re.compile(
    r"^(?:会议)?(?:同意|接受)以上(?P<n>[\d一二三四五六七八九十两]+)(?:位|名)同志辞去(?:领导)?职务"
    r"(?:的请求)?$"
)
# X因…，请求辞去A职务 / X由于…，提出辞去A职务: the person named with the reason, before the clause.
_REASON = re.compile(r"^(?P<who>[\u4e00-\u9fff]{2,4}?)(?:同志)?(?:因|由于)")
_ASKED = re.compile(rf"^(?:提出|请求|申请)辞去(?P<posts>.+?){_JOB}$")


def _read_reported(clause: str, piece: Piece, notice: Notice, context: Context) -> bool:
    """A request to resign reviewed (kept for the acceptance), or the acceptance of the requests
    kept, as many as it counts (a record for each person whose post is written, a warning for
    any other); False for any other clause, and for an acceptance counting other persons."""
    accepted = _ACCEPTED_ABOVE.match(clause)
    if accepted:
        reported = notice.reported
        if not reported or chinese_number(accepted.group("n")) != len(reported):
            return False
        notice.reported = []
        for name, post, asked in reported:
            if post is not None:
                item = Item([name], REMOVE, "接受辞去", post)
                span = Piece(piece.text, asked.start, piece.end)
                notice.records.extend(records_of(item, span, notice, context))
        unwritten = "、".join(name for name, post, _ in reported if post is None)
        if unwritten:
            message = f"the posts {unwritten} resigned from are not written: {clause}"
            notice.records.append(_warning(context, piece, message))
        return True
    request = _REPORTED.match(clause)
    persons = _reported_persons(request.group("whom") or request.group("who")) if request else []
    notice.reported.extend((name, post, piece) for name, post in persons)
    return bool(persons)


def _reported_persons(text: str) -> list[tuple[str, str | None]]:
    """县人民法院院长李宗林、县人民检察院检察长杨通辉 → [(李宗林, 县人民法院院长), …]; 成兵、石庆光、
    关钟三位同志 → [(成兵, None), …]; empty when an item is neither a name nor a post and a name."""
    out: list[tuple[str, str | None]] = []
    for part in names.without_count(text).split("、"):
        part = part.removesuffix("同志")
        held = names.title_and_name(part, lambda t: split_post(t) is not None)
        if held is not None:
            out.append((held[1], held[0]))
        elif names.is_name(part):
            out.append((part, None))
        else:
            return []
    return out


def _resignation(text: str, subject: list[str], government: str | None) -> Item | None:
    """接受X（因个人原因）辞去A职务的请求: the resignation accepted is a removal; X辞去A职务 (A with
    its organisation) reports one, as X因…，请求辞去A职务 does."""
    asked = _ASKED.match(text)
    if asked and subject:
        first = split_post(asked.group("posts").split("、")[0])
        if first is not None and first.organization is not None:
            return Item(subject, REMOVE, "辞去", asked.group("posts"))
    match = _RESIGN.match(text)
    if match is None:
        said = _RESIGNED.match(text)
        found = _names(said.group("rest"), titled=False) if said else []
        first = split_post(said.group("posts").split("、")[0]) if found else None
        if not found or first is None or first.organization is None:
            return None
        return Item(found, REMOVE, "辞去", said.group("posts"))
    who = re.sub(
        r"(?:同志)?(?:(?:因|由于)[\u4e00-\u9fff]{1,12}?)?(?:请求|申请)?$", "", match.group("rest")
    )
    # 任命X为A，接受其辞去B职务的请求; 审议了X提出的…请求。决定接受他辞去B职务
    found = subject if who in ("其", "他", "她") else _names(who)
    return Item(found, REMOVE, "接受辞去", match.group("posts")) if found else None


def _appointment(text: str, subject: list[str], government: str | None) -> Item | None:
    """任命X为A / 聘任X为A / 决定X为A / 提名X为A人选 (X may carry titles: 任命县委副书记纪道清
    同志为…; 申永杰等3名同志为…)."""
    match = _APPOINT_FIRST.match(text)
    if match is None:
        return None
    form = match.group("f")
    # 决定任命李胜平任A / 决定郑栅洁任A: 任 where 为 is written most often
    acts = form.endswith(("任命", "委任")) or form == "决定"
    word = _TAKES if acts and "为" not in match.group("rest") else "为"
    for found, posts in _split_names(match.group("rest"), word):
        if form.endswith("提名"):
            if posts.endswith("人选"):
                return Item(found, NOMINATE, form, posts.removesuffix("人选"))
            continue
        if posts:
            return Item(found, APPOINT, form, posts)
    return None


def _acting(text: str, subject: list[str], government: str | None) -> Item | None:
    """（决定由）X代理A（职务）: an acting post."""
    match = _ACTING.match(text)
    found = _names(match.group("rest")) if match else []
    if not match or not found or not split_post(match.group("posts").split("、")[0]):
        return None
    return Item(found, APPOINT, match.group("f") + "代理", match.group("posts"), acting=True)


# 刘晓凯已于25日被任命为省委统战部部长: a day (no year: a year tells a career) after the name.
_PASSIVE_DAY = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:已经?)?(?:于|在)(?:[\d一二三四五六七八九十]{1,2}月)?"
    r"[\d一二三四五六七八九十]{1,3}日(?:上午|下午|晚上)?$"
)


def _passive(text: str, subject: list[str], government: str | None) -> Item | None:
    """X、Y、Z3人被聘任为A / X被免去A职务 / X已于25日被任命为A (the day it was done between)."""
    for pattern, action in ((_PASSIVE, APPOINT), (_PASSIVE_REMOVE, REMOVE)):
        match = pattern.match(text)
        found = _names(_PASSIVE_DAY.sub("", match.group("rest"))) if match else []
        if match and found:
            return Item(found, action, "被" + match.group("f"), match.group("posts"))
    return None


# 龚正为杨志刚、…、辛丽丽22位新聘馆员颁发聘书 / 向X、Y颁发市政府参事聘书: a letter of appointment
# handed over is the appointment as reported. The names end where a count, 等, 新聘/续聘 or 的
# stands, or where 颁发 does and the post is written with the letter.
# …颁发聘书并与他们座谈: what the official did next, after 并, is no part of the statement.
_CERTIFICATE = re.compile(
    r"颁发(?:了)?(?P<post>[\u4e00-\u9fff]*?)(?:聘书|聘任证书|聘任书)(?:并[\u4e00-\u9fff]+)?$"
)
_AFTER_NAMES = re.compile(
    r"^(?=[等\d一二三四五六七八九十两新续的]|$)(?:等)?(?:[\d一二三四五六七八九十百两]+(?:位|名))?"
    r"(?P<f>新聘任|新聘请|新聘|续聘|新)?(?:的)?(?P<post>[\u4e00-\u9fff]*)$"
)


def _certificate(text: str, subject: list[str], government: str | None) -> Item | None:
    """…为X、Y等N位新聘A颁发聘书 / …向X颁发A聘书: appoint X, Y to A."""
    match = _CERTIFICATE.search(text)
    if match is None:
        return None
    head = text[: match.start()]
    for opening in re.finditer("为|向", head):
        who = head[opening.end() :]
        titled = _newcomers(who, subject, government) if who.startswith("新") else None
        if titled is not None:  # …向新聘特约研究员X、Y颁发聘书
            titled.form += "颁发聘书"
            return titled
        for end in range(2, len(who) + 1):
            after = _AFTER_NAMES.match(who[end:])
            posts = (after.group("post") or match.group("post")) if after else ""
            if not posts or not split_post(posts.split("、")[0]):
                continue
            found = _names(who[:end], titled=False)
            if found:
                return Item(found, APPOINT, (after.group("f") or "") + "颁发聘书", posts)
    return None


# 新聘参事代表步宏、张剑渝、杨虎就…发言 / 此次新聘参事为黄融、…、李安 / 续聘参事为程维明、唐豪:
# the newly appointed (or appointed again), named as such, counted or not (新聘的六名参事为…: the
# count is no organisation). The names end at the clause's end or where the report goes on (就, 在,
# 作, 发言, 表示, 分别, 先后, 等).
_NEWCOMERS = re.compile(
    r"^(?:此次|本次|这次)?(?P<f>新聘任|新聘请|新聘|新受聘|续聘)(?:的)?"
    r"(?:[\d一二三四五六七八九十百两]+(?:位|名))?(?P<rest>.+)$"
)
_NEWCOMERS_END = r"就|在|作|发言|表示|分别|先后|等|$"
_NAMES_INTRODUCED = re.compile(r"^(?:代表|(?:名单)?(?:为|是|有|分别为|分别是)[：:]?)")


def _newcomers(text: str, subject: list[str], government: str | None) -> Item | None:
    """新聘A代表X、Y就…发言 / 新聘A为X、Y / 新聘A X、Y: appoint X, Y to A."""
    match = _NEWCOMERS.match(text)
    if match is None:
        return None
    rest = match.group("rest")
    for end in range(2, len(rest)):
        posts, who = rest[:end], _NAMES_INTRODUCED.sub("", rest[end:])
        if re.search(r"\d", posts) or split_post(posts) is None or _names_a_holder(posts):
            continue
        found = next(_split_names(who, _NEWCOMERS_END, titled=False, listed=True), None)
        if found:
            return Item(found[0], APPOINT, match.group("f"), posts)
    return None


def _names_a_holder(posts: str) -> bool:
    """省政府参事朱建华和省文史馆馆员: a post phrase that holds a post and its holder before 和 is
    two groups run together (read apart by _expand), never one organisation."""
    for conj in re.finditer("和", posts):
        left = posts[: conj.start()]
        if any(names.is_name(left[k:]) and split_post(left[:k]) for k in range(2, len(left) - 1)):
            return True
    return False


def _newcomer_group(part: str) -> bool:
    """新聘 + part is one group, whole: 省文史馆馆员史玉民、刘少雄 (a post, then only names; a post
    phrase holding a 、-list of names is two groups run together: 国务院参事X、Y和…馆员Z)."""
    match = _NEWCOMERS.match("新聘" + part)
    if match is None:
        return False
    rest = match.group("rest")
    return any(
        split_post(rest[:end]) is not None
        and not re.search(r"[\d、]", rest[:end])
        and not _names_a_holder(rest[:end])
        and bool(_names(rest[end:], titled=False, listed=True))
        for end in range(2, len(rest) - 1)
    )


# 代省长李国英向新聘省政府参事朱建华和省文史馆馆员史玉民、刘少雄…颁发聘书: the newly appointed of
# two posts joined by 和, each group a post and its names; one statement for each group.
# (向新聘任的国务院参事X、Y和中央文史研究馆馆员Z颁发聘书: 新聘任的 likewise, 2024 国务院.)
_CERTIFIED_GROUPS = re.compile(
    r"^(?P<head>.*?[为向])新聘(?:任|请)?(?:的)?(?P<list>.+?和.+?)(?P<tail>颁发.*)$"
)


def _certified_groups(clause: str) -> list[str] | None:
    match = _CERTIFIED_GROUPS.match(clause)
    if match is None:
        return None
    groups, rest = [], match.group("list")
    while rest:
        if _newcomer_group(rest):
            groups.append(rest)
            break
        cut = next(
            (m.start() for m in re.finditer("和", rest) if _newcomer_group(rest[: m.start()])),
            None,
        )
        if cut is None:
            return None
        groups.append(rest[:cut])
        rest = rest[cut + 1 :]
    if len(groups) < 2:
        return None
    head, tail = match.group("head"), match.group("tail")
    return [head + "新聘" + group + tail for group in groups]


@functools.cache
def _title_words() -> tuple[str, ...]:
    return tuple(t.title for t in post_titles())


def _subject_first(text: str, strict: bool, announced: bool = False) -> Item | None:
    """X任A / X兼任A / X担任A / X调任A. ``strict`` (outside 任免 texts): 任 alone, plain names,
    and the post written with its organisation (李金科任辽宁省政府秘书长). ``announced`` (a
    sentence announcing decisions: 国务院昨天宣布，…): X出任A too, X (正式) before the verb, and the
    person named after a post held or held before (原国务院法制办副主任钱锋担任A)."""
    for verb in (_ANNOUNCED_VERB if announced else _SUBJECT_VERB).finditer(text):
        if strict and verb.group(0) != "任":
            continue
        head = _by_whom(text[: verb.start()])
        if announced:  # X正式出任A; X将出任A (the decision announced made: a post to take up)
            head = re.sub(r"(?:正式|将)$", "", head)
        found = _names(head, titled=False) or _titled_holders(head, verb.group(0), announced)
        posts = text[verb.end() :]
        first = split_post(posts.split("、")[0]) if found and posts else None
        if first is None or (strict and (first.organization is None or re.search(r"\d", posts))):
            continue
        return Item(found, APPOINT, verb.group(0), posts)
    return None


# 而澳门中联办主任则由中共中央对外联络部副部长郑晓松出任 (std.stheadline.com/sc/realtime/article/
# 520176, after 国务院公布): the post first, its holder after 由, in a sentence announcing decisions.
_TAKEN_BY = re.compile(
    r"^(?:而|另外|另)?(?P<posts>[^由，,、]{3,30}?)(?:则|将|將)?由(?P<who>[^由，,]{2,30}?)"
    r"(?:出任|担任|擔任|接任)$"
)


def _post_taken_by(text: str) -> Item | None:
    """A由X出任: X appointed to A (the post with its organisation; X a name, or a name after a
    post held or held before)."""
    match = _TAKEN_BY.match(text)
    post = split_post(match.group("posts")) if match else None
    if post is None or not post.organization:
        return None
    who = match.group("who")
    held = names.title_and_name(who, _held_post_before)
    found = _names(who, titled=False) or ([held[1]] if held else [])
    return Item(found, APPOINT, "由出任", match.group("posts")) if len(found) == 1 else None


# 国务院2007年6月23日任命了香港特别行政区第三届政府主要官员(下表)。… 政务司司长唐英年 / 公务员事务局
# 局长 俞宗怡(女) (https://news.sohu.com/20070623/n250731767.shtml): after the summary, a line that is
# a post with its body and a name, and nothing else, lists one of the appointed.
# A heading of the table of the appointed after the summary: the new team named as new
# (特区政府新班子主要官员, 新一届政府主要官员, 任命名单), short, no words of those who leave, stay or
# held the posts before (本届政府中将卸任的主要官员:, 上届政府主要官员: review10 F8).
_NEW_TEAM = re.compile(r"新班子|新一[届屆]|新任|新[问問][责責]班子|任命名[单單]")
_NOT_APPOINTED = re.compile(
    r"卸任|离任|離任|离职|離職|离开|離開|不再|退任|留任|连任|連任|前任|原任|任满|任滿|上[届屆]|链接|鏈接"
)


def _row_shaped(text: str) -> bool:
    """A line that is a post with its body and two to four characters after it (政务司司长唐英年,
    a name the surnames may not prove): a row of a table, whether read or not."""
    line = re.sub(r"[（(][男女][）)]$", "", text.strip()).replace(" ", "").replace("\u3000", "")
    return len(line) <= 30 and any(
        len(line) > size
        and all("\u4e00" <= c <= "\u9fff" for c in line[-size:])
        and _held_post(line[:-size])
        for size in (3, 2, 4)
    )


def _heads_appointed(text: str) -> bool:
    line = text.strip()
    return len(line) <= 30 and bool(_NEW_TEAM.search(line)) and not _NOT_APPOINTED.search(line)


def _listed_holder(text: str) -> Item | None:
    line = re.sub(r"[（(][男女][）)]$", "", text).replace(" ", "").replace("\u3000", "")
    held = names.title_and_name(line, _held_post)
    return Item([held[1]], APPOINT, "任", held[0]) if held else None


def _by_whom(head: str) -> str:
    """经中共海南省委研究决定，由李秀领同志任…: the person the decision names after 由 (kept where 由
    opens a name: 由 is a surname too)."""
    if head.startswith("由") and not _names(head, titled=False) and _names(head[1:], titled=False):
        return head[1:]
    return head


def _titled_holders(text: str, verb: str, announced: bool = False) -> list[str]:
    """全国政协副主席兼秘书长夏宝龙兼任国务院港澳事务办公室主任 / 香港中联办主任骆惠宁、澳门中联办
    主任傅自应兼任国务院港澳办副主任: the persons who take a post with the one they hold, each
    named after that post (a post with its organisation, whole). Only before 兼任 (a concurrent
    post given, as 任免 news writes it); a title before 任 or 担任 may tell a career, except in a
    sentence announcing decisions (``announced``), where the post may be one held before
    (原国务院法制办副主任钱锋担任…, 陕西省委原常委江泽林正式出任…)."""
    if verb != "兼任" and not announced:
        return []
    items = text.split("、")
    held_post = _held_post_before if announced else _held_post
    held = [names.title_and_name(item, held_post) for item in items]
    if announced and held[-1] and all(map(held_post, items[:-1])):
        return [
            held[-1][1]
        ]  # 入境处前处长、特首办主任陈国基将出任…: one person's posts, then the name
    return [found[1] for found in held if found] if all(held) else []


def _held_post_before(text: str) -> bool:
    """A post held (_held_post), or held before: 原 before it or before its title (陕西省委原常委)."""
    bare = re.sub("[原前]", "", text, count=1)
    return _held_post(text) or (bare != text and _held_post(bare))


def _held_post(text: str) -> bool:
    """A post written with its organisation (香港中联办主任, 全国政协副主席兼秘书长: the titles of
    one body joined by 兼), the whole of the words before a name."""
    head, _, tail = text.partition("兼")
    phrase = split_post(head)
    return (
        phrase is not None
        and phrase.organization is not None
        and (not tail or post_title(tail) is not None)
    )


def _subject_or_mode(text: str, subject: list[str], notice: Notice, history: bool) -> Item | None:
    match = _CARRIED.match(text)
    if match and subject:
        return Item(subject, APPOINT, match.group("f"), match.group("posts"))
    if notice.mode is not None:
        action, form = notice.mode
        if notice.mode_posts:
            found = _names(re.sub(r"[（(][^（）()]*[）)]$", "", text), titled=False)
            return Item(found, action, form, notice.mode_posts) if found else None
        prefix = "接受" if form == "接受" else "免去" if action == REMOVE else "任命"
        item = _verb_first(prefix + text, subject, notice.government)
        if item is not None:
            item.action, item.form = action, form
            return item
        if action == REMOVE:
            return None  # 免去：周恩来兼任A职务 is no X兼任A (an appointment) under that header
    if history:
        return None
    stepped = _stepped_down(text)
    if stepped is not None:
        return stepped
    summarized = notice.summarized is not None and (notice.sentence or 0) > notice.summarized
    if summarized or (notice.announced is not None and notice.announced == notice.sentence):
        return (
            _hired(text)
            or _subject_first(text, strict=False, announced=True)
            or _post_taken_by(text)
            or (_listed_holder(text) if summarized and notice.rows_open else None)
        )
    return _hired(text) or _subject_first(text, strict=not notice.personnel)


# 廖国勋卸任铜仁市委书记 / 张少农卸任国土资源部副部长: subject first, the person stepping down from
# a post written with its organisation (a career's, 2017年卸任…, is not read: ``history``).
_STEPPED_DOWN = re.compile(rf"^(?P<rest>.+?)(?P<f>卸任|卸去)(?P<posts>.+?)(?:{_JOB})?$")


# 廖国勋是贵州省委排名最末一位的常委，在7月21日卸任铜仁市委书记 (devcorpus HA-33): a sentence
# about a person (X是…) tells the person's stepping down in a clause after it without the name.
_TOPIC = re.compile(r"^(?P<who>[\u4e00-\u9fff]{2,4}?)是")


def _topic(clause: str, topic: str) -> str:
    match = _TOPIC.match(clause)
    return match.group("who") if match and names.is_name(match.group("who")) else topic


def _stepped_down(text: str) -> Item | None:
    match = _STEPPED_DOWN.match(text)
    found = _names(_PASSIVE_DAY.sub("", match.group("rest")), titled=False) if match else []
    first = split_post(match.group("posts").split("、")[0]) if found else None
    if first is None or not first.organization:
        return None
    return Item(found, REMOVE, match.group("f"), match.group("posts"))


# 刘昕(无党派)、倪梁康(无党派)获聘省政府参事 / X受聘为A / X受聘担任A: the persons' side of a
# 聘任 (a party affiliation after a name dropped; the body they come from before them, 我校X、Y3人
# 获聘…, dropped); a career's (曾受聘, 2010年受聘) is not read.
_HIRED = re.compile(
    r"^(?:我[校院所]|本[校院所])?(?P<rest>.+?)(?P<f>获聘|受聘)(?:为|担任)?(?P<posts>.+)$"
)


def _hired(text: str) -> Item | None:
    match = _HIRED.match(text)
    who = re.sub(r"[（(][^（）()]*[）)]", "", match.group("rest")) if match else ""
    found = _names(who, titled=False) if who else []
    if match and not found:  # 区鉷（民进）: a name its note marks (names.noted_names)
        found = names.noted_names(match.group("rest"), _is_held_title)
    if match and not found:  # 中国工程院院士、原副校长吴志强教授受聘为…
        found = _titled_hired(who)
    if not match or not found or split_post(match.group("posts").split("、")[0]) is None:
        return None
    return Item(found, APPOINT, match.group("f"), match.group("posts"))


# 我校中国工程院院士、原副校长吴志强教授受聘为上海市政府参事 (https://tzb.tongji.edu.cn/f1/20/
# c4276a192800/page.htm): one person named between the titles held (held before: 原, 前) and an
# academic title after the name.
_ACADEMIC = re.compile(r"(?:教授|研究员|院士|先生|女士|博士)$")


def _titled_hired(who: str) -> list[str]:
    items = _ACADEMIC.sub("", who).split("、")
    for size in (3, 2, 4):
        title, name = items[-1][:-size], items[-1][-size:]
        if title and names.is_name(name) and all(map(_title_held, [*items[:-1], title])):
            return [name]
    return []


def _title_held(text: str) -> bool:
    """A title (held before: 原副校长) the table knows, or an academy's member (中国工程院院士)."""
    core = re.sub("^(?:原|前)", "", text)
    return _is_held_title(core) or bool(re.fullmatch(r"[\u4e00-\u9fff]{2,12}院院士", core))


def parse_confirmation(text: str) -> Item | None:
    """张三任A试用期满，经考核合格，正式任职 / 张三（A）试用期满考核合格，正式任命为A /
    A张三试用期满，正式任职: the probation ended and the post is held for good."""
    head, _, tail = text.partition("试用期满")
    head, tail = _BULLET.sub("", head).rstrip("，,"), tail.strip("，,")
    named = re.search(r"(?:正式)?任(?:命|职)?为(?P<posts>.+)$", tail)
    names, posts = _confirmation_head(head)
    if named:
        posts = named.group("posts")
    note = tail[: named.start()].strip("，,") if named else tail
    if not names or not posts:
        return None
    return Item(names, CONFIRM, "试用期满", posts, note=note or None)


def _confirmation_head(head: str) -> tuple[list[str], str | None]:
    """Who (and which post) a 试用期满 sentence begins with: 张三任A, 张三（A）, 张三, A张三."""
    match = re.match(
        rf"^(?P<names>{_NAMES})(?:[（(](?P<p1>.+)[）)]|(?:兼任|担任|任|的)(?P<p2>.+))?$", head
    )
    if match:
        return _names(match.group("names")), match.group("p1") or match.group("p2")
    core = head.removesuffix("同志")
    for size in (2, 3, 4):
        if split_post(core[:-size]):
            return [core[-size:]], core[:-size]
    return [], None


# ------------------------------------------------------------------ preambles


def read_preamble(text: str, notice: Notice) -> bool:
    """A clause naming who decided, at which meeting, when; or a 任命：/免去：/聘任为A： header.
    True when the clause was one (its facts are stored on ``notice``)."""
    text = _BULLET.sub("", text).strip("：:，,（）()")
    if _read_header(text, notice):
        return True
    body = _decider(text)
    if body is not None:
        notice.decided_by = _same_body(notice.decided_by, body.group("body"))
        notice.decider_sentence = notice.sentence
        notice.government = government_of(notice.decided_by, notice.government)
        notice.meeting = body.group("meeting") or notice.meeting
        if notice.date_open and body.group("meeting"):
            notice.date_meeting, notice.date_open = notice.meeting, False
        _read_date(text, notice)
        return True
    if _other_occasion(text):
        _leave_decider(notice)
        return True
    match = _DATE.search(text)
    if match is not None and match.group(0) == text:
        return _read_date(text, notice)
    report = _DATELINE.match(text)  # 浙江在线01月23日讯 (浙江日报记者 廖小清) 1月22日
    if report and report.end() and _DATE.fullmatch(text[report.end() :].strip()):
        _read_date(text, notice)
        return True
    return bool(re.match(r"^(?:经.*)?(?:研究)?决定$", text))


# A clause telling another occasion, held or announced by no body the preamble reads as deciding
# (古雷開發區召開領導幹部大會,宣布開發區主要領導任免決定: a party meeting announcing its committee's
# choice; 县委召开常委会议): the statements after it are that occasion's. 会议/会上 open a clause of
# the meeting already named (会议在市行政中心召开), and a meeting told as the place of what follows
# (在当天举行的会议上, 在随后召开的第二次全体会议上) is a sitting of the body named, not another.
_OCCASION = re.compile(
    r"^(?!会议|会上|大会|本次|此次|这次|该次)[^，,。；;：:]*?"
    r"(?:(?:召开|举行)(?!的)了?[^，,。；;：:]*?(?:会议|大会)|宣布[^，,。；;：:]*?决定)"
)


def _other_occasion(text: str) -> bool:
    return (
        bool(_OCCASION.search(text))
        and not re.search(r"[上中时]$", text)
        and _decider(text) is None
    )


def _leave_decider(notice: Notice) -> None:
    """Another occasion told (_OCCASION): the body named deciding before, its meeting and the day a
    preamble clause gave them do not carry over to the statements after it."""
    notice.decided_by = notice.meeting = None
    notice.decider_sentence = notice.sentence
    if notice.date_bound:
        notice.date, notice.date_meeting, notice.date_bound = None, None, False
    notice.date_open = False


def _same_body(known: str | None, named: str) -> str:
    """The body named again without its term (市人大常委会 after 市九届人大常委会) is the one
    already known, written as first named."""
    if known and re.sub(r"第?[一二三四五六七八九十]+届", "", known) == named:
        return known
    return named


def _read_header(text: str, notice: Notice) -> bool:
    """任命： / 免去： (the items say what and who), 聘任为市政府参事： / 市政府聘任的参事有：
    (the items are names)."""
    header = _MODE_HEADER.match(text)
    if header:
        form = header.group("f")
        notice.mode = (REMOVE if form in ("免去", "免职", "解聘", "接受") else APPOINT, form)
        notice.mode_posts = None
        return True
    header = _POST_HEADER.match(text) or _NEWCOMERS_HEADER.match(text)
    of = _POST_HEADER_OF.match(text) if header is None else None
    body = _BODY.fullmatch(of.group("org")) if of else None
    if of and body:
        notice.decided_by = body.group("body")
        notice.decider_sentence = notice.sentence
        notice.government = government_of(notice.decided_by, notice.government)
    posts = (
        header.group("posts") if header else (of.group("org") + of.group("post")) if body else None
    )
    if not posts or not split_post(posts.split("、")[0]):
        return False
    notice.mode = (APPOINT, (header or of).group("f"))
    notice.mode_posts = posts
    return True


# 新华社北京11月4日电, 本报讯, 中新社天津11月26日电: a news agency's dateline before the report.
# A news lead before the decider: 新华社长春9月5日电(记者 宗巍), 浙江在线07月29日讯 据《青年时报》报道
_DATELINE = re.compile(
    r"^[\u4e00-\u9fff\d（）()\s]{0,24}?(?:日电|讯)\s*(?:[（(][^（）()]{0,12}记者[^（）()]{0,20}[）)])?\s*"
    r"(?:据《[^《》]{1,20}》报道)?"
)
# A deciding body names a meeting or a decision; followed by a title it only names an official
# (县人大常委会副主任陈德汉主持会议).
_DECIDES = re.compile(r"决定|研究|会议|通过|同意|召开|举行|任免")


# A people's congress in session deciding (17日，四川省第十届人民代表大会第四次会议通过决定，接受X辞去
# 副省长职务): the congress itself, not its standing committee, accepts the resignation of a
# member of the government it elected (地方组织法); read only as the whole clause, the session
# named and its decision (a session's election, 选举的…, is no decision this module reads).
_CONGRESS = rf"(?P<body>(?P<place>{_PLACE})(?P<term>第?[一二三四五六七八九十]+届)人民代表大会)"
_PLENUM = re.compile(rf"{_CONGRESS}(?P<meeting>第[一二三四五六七八九十]+次会议)(?:通过)?决定")


def _decider(text: str) -> re.Match[str] | None:
    """The body of a clause that says who decided (市人民政府决定, 经市政府第15次常务会议研究,
    县十七届人大常委会召开第二十八次会议, 国务院任免国家工作人员)."""
    text = _DATELINE.sub("", text)
    stripped = _DATE.sub("", re.sub(r"^(?:经|由|近日|日前|今天|昨天|根据)", "", text))
    stripped = re.sub(
        r"^(?:日前|近日|今天|上午|下午|晚上|[\d一二三四五六七八九十]{1,3}日)+", "", stripped
    )
    plenum = _PLENUM.fullmatch(stripped)
    if plenum is not None and _is_place(plenum.group("place")):
        return plenum
    body = _BODY.match(stripped)
    if body is None or not _DECIDES.search(stripped) or not _is_place(body.group("place")):
        return None
    after = stripped[body.end() :]
    if after.startswith(_title_words() + _official_titles()) and not after.startswith("组成人员"):
        return None  # 县人大常委会副主任…; 经市人大常委会组成人员表决决定 is the body's own vote
    if re.match(r"^[^，,]*了", after) and "任免" not in after:
        return None  # 市政府聘任了5名参事 (a past event), not …会议通过了有关人事任免事项
    if re.match(r"^(?:提名|提请|推荐)", after):
        # 经市人大常委会主任会议提名,会议表决…任命盛阅春为…副市长 (A-21): the body that nominated,
        # not the one that decided (published as decided by the 主任会议)
        return None
    if re.match(r"^(?:已经?|曾)", after):
        # …朱永和提出辞去省十二届人大代表职务,蚌埠市人大常委会已决定接受其辞职 (N-03): another
        # body's decision told as what has already happened, not the decider of what follows
        return None
    return body


def _is_place(text: str | None) -> bool:
    """A place a deciding body is named with: none, a level word (市, 自治区), divisions
    (温州市鹿城区)."""
    while text:
        level = next((lv for lv in _LEVELS if text.startswith(lv)), "")
        size = names.division_at(text) or len(level)
        if not size:
            return False
        text = text[size:]
    return True


# A news report's dateline (中新社天津11月26日电, 浙江在线07月29日讯) dates the report, not the
# decision: the decision is the day the report names after it (昨天: the day before; 今天: that day;
# 22日, 1月22日: that day, on or before the report's); a report that names no day (日前, 近日, or
# none) leaves the decision undated.
_DATELINE_END = re.compile(r"\s*(?:电|讯)")
_REPORTED_DAY = re.compile(r"昨天|昨日|今天|今日|(?<!\d)(?:(\d{1,2})月)?(\d{1,2})日")


def _reported_day(dateline: str, after: str) -> str | None:
    """The day of what a report dated ``dateline`` (ISO, with its day) tells, read from the words
    after the dateline (see _DATELINE_END); None when they name no day."""
    if len(dateline) < 10:
        return None
    match = _REPORTED_DAY.search(after)
    if match is None:
        return None
    day = datetime.date.fromisoformat(dateline)
    if match.group(0) in ("昨天", "昨日"):
        return (day - datetime.timedelta(days=1)).isoformat()
    month, on = match.group(1), match.group(2)
    if not on:
        return dateline
    named = _day_before(day, int(month) if month else None, int(on))
    return named.isoformat() if named else None


def _day_before(report: datetime.date, month: int | None, day: int) -> datetime.date | None:
    """The day a report of ``report`` names (22日, 1月22日): on or before it, in its month or the
    month or year before; None when no such day exists."""
    candidates = (
        [(report.year, month), (report.year - 1, month)]
        if month
        else [
            (report.year, report.month),
            (report.year - (report.month == 1), (report.month - 2) % 12 + 1),
        ]
    )
    for year, in_month in candidates:
        try:
            named = datetime.date(year, in_month, day)
        except ValueError:
            continue
        if named <= report:
            return named
    return None


def _read_date(text: str, notice: Notice) -> bool:
    """Take a date from a preamble clause; True when the clause is nothing but a date. A date
    alone on its line (a signature) is only the fallback for statements the preamble left undated."""
    match = _DATE.search(text)
    if match is None:
        return False
    iso = parse_date(match, notice.year)
    if iso and _DATELINE_END.match(text, match.end()):
        iso = _reported_day(iso, text[match.end() :])
    alone = match.group(0) == text
    if iso and alone:
        notice.date_fallback = notice.date_fallback or iso
    elif iso and (notice.date is None or len(iso) > len(notice.date) or _other_meeting(notice)):
        notice.date, notice.date_meeting, notice.date_bound = iso, notice.meeting, True
        notice.date_open = notice.meeting is None and not _OTHER_EVENT.search(text)
    return alone


def _other_meeting(notice: Notice) -> bool:
    """Was the date in force read with a meeting other than the one just named (17日，四川省…第四次
    会议…。…湖北省十届人大常委会第十九次会议1月10日在武汉闭幕: the 19th meeting's own day)?"""
    return notice.date_meeting is not None and notice.date_meeting != notice.meeting


# A clause whose verb is an event other than a meeting's decision: the day it names is that
# event's (新华社北京2月28日电 十三届全国人大常委会28日上午…举行宪法宣誓仪式).
_OTHER_EVENT = re.compile(r"举行[^，,。；;]*仪式|宣誓")


def dated_for(notice: Notice, meeting: str | None) -> str | None:
    """The preamble's date for a record decided at ``meeting``: none where the date was read with
    another meeting, or with none before the record's was named (新华社北京2月28日电 十三届全国人大常委会
    28日上午…举行宪法宣誓仪式。十三届全国人大常委会第三十一次会议任命X…: the oath's day, not the
    31st meeting's, which the text does not give)."""
    if notice.date_bound and meeting is not None and meeting != notice.date_meeting:
        return None
    return notice.date


# ------------------------------------------------------------------ records


# A post listed after another with the decision restated (任命X为…副区长、决定为代理区长): the verb
# is no part of the post, nor an organisation.
_RESTATED = re.compile(r"^(?:决定|決定)(?:为|為)")


def records_of(item: Item, piece: Piece, notice: Notice, context: Context) -> list[Record]:
    """One record per (name, post). The organisation written first in a statement carries over
    to the posts after it that name none (局长、党组书记; 副院长、审判委员会委员: a seat on a court's
    judicial committee is a post of the court, as the organic law lists it) and is the parent of
    the units it lists without their parent (副秘书长、办公室主任); a statement that names no
    organisation at all takes the deciding government."""
    phrases = split_outside(item.posts, "、")
    if any(_held_with_another(p) for p in phrases):
        message = f"a post held with another (兼) is not read: {item.posts}"
        return [_warning(context, piece, message)]
    phrases[1:] = [_RESTATED.sub("", p) for p in phrases[1:]]  # 副区长、决定为代理区长
    if len(phrases) > 1 and phrases[-1].endswith("等"):
        phrases[-1] = phrases[-1][:-1]  # …副院长、决定为代理院长等,并举行宪法宣誓仪式
    parsed = [split_post(p) for p in phrases]
    if not phrases or any(p is None for p in parsed):
        bad = next((ph for ph, p in zip(phrases, parsed, strict=True) if p is None), item.posts)
        return [_warning(context, piece, _unread_post(bad))]
    own = next(
        (ph for ph, p in zip(phrases, parsed, strict=True) if _own_body(p, notice.government)), None
    )
    if own is not None:  # 任命张长宽同志为我校新一任校长 (a title before a name still reads)
        return [_warning(context, piece, f"the organisation of a known post is not read: {own}")]
    out: list[Record] = []
    if item.probation and probation_duration(item.probation) is None:
        message = f"probation «{item.probation}» is not a plain length of time; kept as written"
        out.append(_warning(context, piece, message))
    first: str | None = None
    for phrase in parsed:
        assert phrase is not None
        org = phrase.organization
        if org and first and _SUB_UNIT.match(org):
            org = first + org
        elif not org and first:
            if _party_body(first) and _GOVERNMENT_HEAD.search(reading.read_text(phrase.post)):
                message = f"the body of a {phrase.post} is not written: {item.posts}"
                out.append(_warning(context, piece, message))
                continue  # 北京市委副书记、市长: a mayor is the government's, not the committee's
            org = _court_of(first) if reading.read_text(phrase.post) in _COURT_SEATS else first
        elif not org:
            org = notice.ceremony.get(phrase.post)  # 新聘馆员 at a 文史研究馆馆员聘任仪式
        bare_court = not org and _basic_court(phrase, notice) is not None
        if (
            not org
            and not bare_court
            and not _GOVERNMENT_POST.search(reading.read_text(phrase.post))
        ):
            message = f"the body of a {phrase.post} is not written: {item.posts}"
            out.append(_warning(context, piece, message))
            continue  # 聘请X为副馆长: no government has a 副馆长; implied, a wrong fact
        first = first or org
        title = post_title(phrase.post)
        if title and title.organization_ends and not (org and title.fits(org)):
            message = f"the body of a {phrase.post} is not written: {item.posts}"
            out.append(_warning(context, piece, message))
            continue  # 常委 of a government, 馆员 of no 馆: not a fact to publish
        org, phrase = _court_division(org, phrase)
        org, phrase = _office_in_post(org, first, phrase)
        for name in item.names:
            out.append(_record(item, phrase, org, name, piece, notice, context))
    return out


def _held_with_another(phrase: str) -> bool:
    """市人民政府副秘书长兼市政府办公室主任: a post held with another (兼), not one organisation
    «市人民政府副秘书长兼市政府办公室». Not read: no government text read so far writes posts so
    (they write 副市长、市公安局局长), so no rule splits it."""
    head, sep, rest = phrase.partition("兼")
    return bool(sep and rest and _ends_with_post(head) and not rest.startswith(("任", "职")))


# A judge's or a prosecutor's seat is the court's or the procuratorate's, never a tribunal's
# (民事审判第一庭副庭长、审判员: the judge of the court).
_COURT_SEATS = frozenset(
    ("审判员", "助理审判员", "审判委员会委员", "检察员", "助理检察员", "检察委员会委员")
)


def _court_of(organization: str) -> str:
    """上海市高级人民法院民事审判第一庭 → 上海市高级人民法院; a name without a unit as it is, and
    so a branch (广东省人民检察院广州铁路运输分院: a procuratorate of its own, with its own
    检察员)."""
    read = reading.read_text(organization)
    ends = [(read.rfind(word), len(word)) for word in ("法院", "检察院", "分院")]
    end, size = max(ends)
    if end < 0 or len(read) != len(organization):
        return organization
    return organization[: end + size]


# A tribunal's head is a post of its court, written with the tribunal: 任命张先智为黔东南州中级人民
# 法院立案庭庭长 → post 立案庭庭长 of 黔东南州中级人民法院 (the gold's one way, HA-01), as the judge's
# seats beside it are the court's (审判委员会委员、立案庭庭长、审判员: three posts of one court). A
# 人民法庭 is part of its basic court likewise (城关人民法庭庭长). Only under a court (法院) written
# before it; a 庭长 of no court named stays as it is.
_TRIBUNAL_HEADS = frozenset(("庭长", "副庭长"))


def _court_division(org: str | None, phrase: PostPhrase) -> tuple[str | None, PostPhrase]:
    """(上海市高级人民法院民事审判第一庭, 副庭长) → (上海市高级人民法院, 民事审判第一庭副庭长)."""
    if not org or reading.read_text(phrase.post) not in _TRIBUNAL_HEADS:
        return org, phrase
    end = org.rfind("法院") + len("法院")
    unit = org[end:] if end >= len("法院") else ""
    if not unit or not reading.read_text(unit).endswith("庭"):
        return org, phrase
    return org[:end], dataclasses.replace(phrase, post=unit + phrase.post)


# 免去于秀芬的上海人大常务委员会副秘书长、办公厅主任: the office of the body written first, written
# without it after that body's post, is written in the post, the organisation that body (post
# 办公厅主任 of 上海人大常务委员会, HA-14's gold; as a tribunal's head is its court's, above). An
# office written with its body (县人大常委会办公室副主任, 浙江省人民政府外事办公室主任) stays the
# organisation: an agency of its own, or a unit named whole.
_OFFICES = ("办公厅", "办公室")


def _office_in_post(
    org: str | None, first: str | None, phrase: PostPhrase
) -> tuple[str | None, PostPhrase]:
    office = phrase.organization
    if not first or not office or org != first + office:
        return org, phrase
    if reading.read_text(office) not in _OFFICES:
        return org, phrase
    return first, dataclasses.replace(phrase, post=office + phrase.post)


# The head of a government (副市长, 常务副县长): never a post of a party committee.
_GOVERNMENT_SEAT = "[省市县区州旗盟乡镇]"
_GOVERNMENT_HEAD = re.compile(rf"{_GOVERNMENT_SEAT}长$")
# A government's own post, the only kind a bare post (任命X为副市长) is taken as: its head, its
# head's assistant (市长助理, 省长助理; not 部长助理 nor 行长助理, a ministry's or a bank's), its
# counsellor (参事, the government's as the gold reads it: A-09, A-16). Any other title (副馆长,
# 局长, 秘书长 — a congress has one too) heads another body.
_GOVERNMENT_POST = re.compile(rf"(?:{_GOVERNMENT_SEAT}长(?:助理)?|参事)$")

# 副秘书长、办公室主任 / 副院长、刑事审判第一庭庭长: a unit named without its parent is a unit of
# the organisation named first in the same statement.
# (局长、机关党委书记: 机关, the post 党委书记 of the bureau's organs.)
_SUB_UNIT = re.compile(r"^(?:办公室|办公厅|党组|机关党委|机关|[\u4e00-\u9fff]{1,6}(?:庭|处|科))$")


# 任命肖世强等100名同志为人民陪审员 (N-02, a county's standing committee): a people's assessor is
# appointed by the standing committee of a county-level congress to the basic people's court of its
# place, on that court's president's request (人民陪审员法 第8条; before it the 2004 决定, 第8条), so
# the court a bare 人民陪审员 sits in is the deciding county's or district's: 永丰县人民法院. Not
# where the congress is a city's (a prefecture's city has no basic court of its own name) or none.
_ASSESSOR = "人民陪审员"
_COUNTY_LEVEL = re.compile(r"[县区旗]$")


def _basic_court(phrase: PostPhrase, notice: Notice) -> str | None:
    if phrase.organization or reading.read_text(phrase.post) != _ASSESSOR:
        return None
    body = _BODY.search(notice.decided_by or "") if _congress(notice.decided_by) else None
    place = body.group("place") if body else None
    if not place or place in _LEVELS or not _COUNTY_LEVEL.search(place):
        return None
    return f"{place}人民法院"


def implied_government(notice: Notice, context: Context) -> str | None:
    """The government a bare post (任命X为副市长) belongs to, named as the decider names it:
    市人民政府 → 市人民政府; 杭州市第十四届人大常委会 → 杭州市人民政府; none → 温州市人民政府."""
    body = _BODY.search(notice.decided_by or "") or re.fullmatch(_CONGRESS, notice.decided_by or "")
    if body is not None:
        return f"{body.group('place') or ''}人民政府"
    if not context.government:
        return None
    if context.government.endswith(("国务院", "國務院")):
        return context.government  # the State Council is the central government itself
    return f"{context.government}人民政府"


def _record(
    item: Item,
    phrase: PostPhrase,
    org: str | None,
    name: str,
    piece: Piece,
    notice: Notice,
    context: Context,
) -> PersonnelChangeRecord:
    implied = org is None  # the text names the post only: the organisation stays unwritten
    # A post in a party committee (中共…区委书记, 省委第一巡视组组长) is the party's to fill: the
    # congress or government named before (the only deciders the preamble reads) did not decide it;
    # nor does a congress fill a seat of a body's party group (漳州市人民政府党组成员), which a
    # government's own notice lists with the posts it decides (兼任县财政局党组成员).
    # A passive statement (骆惠宁被任命为香港中联办主任) tells that someone was appointed, not by
    # whom: the body another sentence named (国务院任免国家工作人员, lines before) did not decide it.
    told_elsewhere = notice.decider_sentence not in (None, piece.start)
    party_seat = _party_post(phrase.post) and (
        _congress(notice.decided_by) or _PARTY_COMMITTEE_POST.search(reading.read_text(phrase.post))
    )
    state_decider = (
        not (org and _party_body(org))
        and not party_seat
        and not (item.form.startswith("被") and told_elsewhere)
    )
    written = org
    org = org or _basic_court(phrase, notice) or implied_government(notice, context)
    if written and _is_place(written):
        org = written + "人民政府"  # 张宏义任济源市代理市长: a place's own post is its government's
    form = item.form + ("代理" if phrase.acting and "代" not in item.form else "")
    decider_government = government_of(notice.decided_by, None) or context.government
    return PersonnelChangeRecord(
        source=context.span(piece.start, piece.end),
        person=name,
        action=item.action,
        post=phrase.post,
        organization=written,
        probation=item.probation,
        decided_by=notice.decided_by if state_decider else None,
        date=dated_for(notice, notice.meeting if state_decider else None),
        form=form,
        acting=phrase.acting or item.acting,
        notice=notice.title,
        organization_resolved=resolve_name(_unpointed(org, notice.government), notice.government)
        or (org if implied else None),
        decided_by_resolved=resolve_name(notice.decided_by, decider_government)
        if state_decider
        else None,
        notice_number=notice.number,
        meeting=notice.meeting if state_decider else None,
        note=item.note,
        organization_implied=implied,
    )


# A party body: 中共… , a committee of a place (温州市委, 北京平谷区委, 省委第一巡视组: the place's
# 委 and what it runs), a 党委 / 党工委 / 纪委.
_PARTY_BODY = re.compile(
    r"^中共|党委|党工委|纪委|^[\u4e00-\u9fff]{0,12}?[省市县区州旗盟]委(?!员会)"
)


def _party_body(organization: str) -> bool:
    return bool(_PARTY_BODY.search(reading.read_text(organization)))


# A seat in a body's party group or committee (漳州市人民政府党组成员, 局党组书记, 机关党委副书记):
# the party fills it, whatever body the post is written of.
_PARTY_POST = re.compile(r"^(?:机关)?(?:党组|党委|党工委|党总支|党支部)")


# A party committee's secretary (故宫博物院党委书记, …党工委副书记: the committee's word is the
# post's, the body before it the organisation; see split_post): the party elects or names him, no
# state body, whoever the preamble named deciding (a party group's seat a government's notice may
# list, above).
_PARTY_COMMITTEE_POST = re.compile(r"^(?:党委|党工委)")


def _party_post(post: str) -> bool:
    return bool(_PARTY_POST.search(reading.read_text(post)))


def _congress(body: str | None) -> bool:
    """A people's congress or its standing committee (漳州市十六届人大常委会)."""
    return bool(body) and bool(re.search(r"人大|人民代表大会", reading.read_text(body or "")))


def _warning(context: Context, piece: Piece, message: str) -> ExtractionWarning:
    """A warning over the sentence's lines (the span names them; the message says what)."""
    return ExtractionWarning(
        source=context.span(piece.start, piece.end), genre=GENRE, message=message
    )


# ------------------------------------------------------------------ sections


def extract(section: Section, context: Context) -> Iterator[Record]:
    """Personnel changes of one section (see the module docstring for the grammar)."""
    notice, first = _notice(section, context)
    if notice is None:
        return
    for piece in pieces(section, first, notice.personnel):
        _read_piece(piece, notice, context)
    for record in notice.records:
        if (
            isinstance(record, PersonnelChangeRecord)
            and record.date is None
            and id(record) not in notice.day_only
        ):
            record.date = _dated_after(notice, record)
    yield from _once(notice.records)


def _dated_after(notice: Notice, record: PersonnelChangeRecord) -> str | None:
    """The date of a record its own sentence left undated, read when the section has been read: the
    preamble's date when it is of the record's decider (a date read after the record with another
    body named deciding is another decision's: 17日,四川省…接受陈文光辞去副省长职务。…湖北省十届人大
    常委会第十九次会议1月10日在武汉闭幕), else a signature's date."""
    if notice.date:
        return dated_for(notice, record.meeting) if record.decided_by == notice.decided_by else None
    return notice.date_fallback


def _once(records: list[Record]) -> Iterator[Record]:
    """Each change once: a news report states a decision in its headline, its lead and again in
    its list (任命王永礼为…代理市长 … 王永礼代理泉州市人民政府市长职务; 张宏义任济源市代理市长 …
    任命张宏义同志为济源市人民政府代理市长); the fullest statement is kept (a headline's
    决定X为代理市长 names no organisation, 任济源市代理市长 only the place and no decider)."""
    best: dict[tuple, PersonnelChangeRecord] = {}
    for record in records:
        if isinstance(record, PersonnelChangeRecord):
            key = _change_key(record)
            kept = best.get(key)
            if kept is None or _fuller(record) > _fuller(kept):
                best[key] = record
    placed = {key[:-1] for key, record in best.items() if key[-1]}
    done: set[tuple] = set()
    for record in records:
        if not isinstance(record, PersonnelChangeRecord):
            yield record
            continue
        key = _change_key(record)
        if key in done or record is not best[key] or (not key[-1] and key[:-1] in placed):
            continue  # kept where the statement that writes its organisation stands
        if any(_written_more_fully(key, other) for other in best if other != key):
            continue  # 崇明区 in the headline, 上海市崇明区人民政府 in the report: one change
        if any(_short_name_of(key, other) for other in best if other != key):
            continue  # 港澳辦 restating 國務院港澳事務辦公室 (the decision read before): one change
        if record.organization_implied and any(
            _implied_in(key, other) for other, kept in best.items() if not kept.organization_implied
        ):
            continue  # a headline's 任命X为副市长 and the report's 任命X为市人民政府副市长: one change
        done.add(key)
        yield record


_GOVERNMENT_WORDS = re.compile(r"(?:人民政府|政府)$")


def _written_more_fully(key: tuple, other: tuple) -> bool:
    """Whether ``other`` is the same change with its government written more fully: the same
    person, action, post and acting, and an organisation that is this one's place (崇明区) with
    more of its name (上海市崇明区) or its 人民政府 around it."""
    if key[:-1] != other[:-1] or not key[-1] or not other[-1]:
        return False
    core, fuller = _GOVERNMENT_WORDS.sub("", key[-1]), _GOVERNMENT_WORDS.sub("", other[-1])
    return len(other[-1]) > len(key[-1]) and len(core) >= 2 and fuller.endswith(core)


# 國務院公布…夏寶龍兼任國務院港澳事務辦公室主任職務 … 由夏寶龍兼任港澳辦主任，體現…
# (http://hkcd.com/content/2020-02/13/content_1178317.html): a report restating a decision it has
# told writes the body's short name, its characters taken in order from the full name and ending
# with the body's word (港澳辦 of 港澳事務辦公室, 发改委 of 发展和改革委员会, 退役部 of 退役军人事务部).
_BODY_TAILS = ("", "公室", "员会", "員會")


def _short_name_of(key: tuple, other: tuple) -> bool:
    """Whether ``other`` is the same change with its organisation written in full where this one
    writes a short name of it: the same person, action, post and acting, and this organisation (3
    characters or more, no part of the other written whole) the other's characters in order, its
    last the other's body word (办 of …办公室)."""
    if key[:-1] != other[:-1] or not key[-1] or not other[-1]:
        return False
    short, full = key[-1], other[-1]
    if len(short) < 3 or short in full or len(full) <= len(short):
        return False
    ends = [len(full) - len(tail) - 1 for tail in _BODY_TAILS if full.endswith(short[-1] + tail)]
    return any(_in_order(short[:-1], full[:end]) for end in ends)


def _in_order(chars: str, text: str) -> bool:
    """Whether the characters stand in the text in this order (others between them)."""
    rest = iter(text)
    return all(char in rest for char in chars)


def _implied_in(key: tuple, other: tuple) -> bool:
    """Whether ``other``, written, is the change ``key`` states with its organisation implied: the
    same person, action, post and acting, and the written organisation's name ends with the
    implied one's (市人民政府 and 人民政府, the deciding body naming no place)."""
    return key[:-1] == other[:-1] and bool(key[-1] and other[-1]) and other[-1].endswith(key[-1])


def _fuller(record: PersonnelChangeRecord) -> tuple[bool, bool, int, bool]:
    """How fully a statement of a change is written: its organisation, then its decider, then
    the length of its organisation (济源市人民政府 over a headline's 济源市), then the decision
    over a report of it (接受X辞去A职务的请求 over X提出辞去A职务, 会议决定任命X为A over a headline's
    X任A)."""
    org = record.organization or ""
    reported = record.form in ("辞去", "任", "担任", "兼任", "调任", "改任")
    return bool(org), record.decided_by is not None, len(org), not reported


def _change_key(record: PersonnelChangeRecord) -> tuple:
    org = record.organization_resolved or record.organization
    return (record.person, record.action, record.post, record.acting, org)


def _notice(section: Section, context: Context) -> tuple[Notice | None, int]:
    """The notice state for a section and the first line to read; None for sections with no 任免."""
    text = _compact(section.quote())
    personnel = section.kind == seg.PERSONNEL or _is_personnel_text(section)
    if not (personnel or _STRONG.search(text) or "任命：" in text or _SUBJECT_GATE.search(text)):
        return None, section.start
    number, first = _number_line(section)
    heading = clean(section.title) if section.title else None
    if section.kind == seg.TEXT and heading is None:
        heading, first = _text_title(section)
    notice = Notice(
        title=heading,
        number=number,
        government=context.government if _is_place(context.government) else None,
        year=None,
        personnel=personnel,
    )
    _heading_facts(section, heading, notice, context)
    page_day = page_date(context.source)
    if page_day and context.year == page_day.year:
        # the page's date reads a day alone only where the text's year is the page's: a text whose
        # year is not told may be a chronicle of 8月 put on the web the next November (detect_year)
        notice.page_day = page_day.isoformat()
    notice.ceremony = ceremonies(text, notice.government)
    read = _READ_OUT.search(text) if notice.decided_by is None else None
    if read is not None and _is_place(read.group("place")):
        notice.decided_by = read.group("body")
        notice.government = government_of(notice.decided_by, notice.government)
    if section.kind == seg.PERSONNEL:
        first, notice.listing = section.start + 1, True
    return notice, first


# 上海市文史研究馆馆员聘任仪式, 在7月5日举行的成都市人民政府参事聘任仪式上: the body and post a
# ceremony of appointment is held for.
_CEREMONY = re.compile(
    r"(?P<head>[\u4e00-\u9fff]{3,40}?)(?:聘任|聘请|续聘|聘书颁发|颁发聘书|颁证)(?:仪式|大会)"
)


# …宣读上海市政府关于聘任馆员的通知 / 宣读了市政府聘任通知: the decision read out at a ceremony
# names its decider.
_READ_OUT = re.compile(
    rf"宣读(?:了)?{_BODY.pattern}(?:关于)?[\u4e00-\u9fff]{{0,16}}?(?:聘任|任命|任免)"
    r"[\u4e00-\u9fff]{0,8}?(?:通知|决定)"
)


def ceremonies(text: str, government: str | None) -> dict[str, str]:
    """Post title → body, of each ceremony of appointment the text names; the body is the
    phrase's end that opens as an organisation (the words of the report before it dropped)."""
    found: dict[str, str] = {}
    for match in _CEREMONY.finditer(text):
        phrase = split_post(match.group("head"))
        org = phrase.organization if phrase else None
        if phrase is None or org is None:
            continue
        start = next(
            (
                i
                for i in range(len(org) - 1)
                if names.organisation_strength(org[i:], government, _title_words()) >= 2
            ),
            None,
        )
        title = post_title(phrase.post)
        if start is not None and title is not None and title.fits(org[start:]):
            found.setdefault(phrase.post, org[start:])
    return found


def _text_title(section: Section) -> tuple[str | None, int]:
    """The title of a notice copied from a web page (成都市人民政府关于任免…的通知), which has no
    发文字号 to mark it as a document, and the line after it."""
    for count, (number, text) in enumerate(section.numbered_lines()):
        if _NOTICE_TITLE.match(_compact(text)):
            return clean(text), number + 1
        if count >= 5:
            break
    return None, section.start


_NOTICE_TITLE = re.compile(r"^.{0,30}关于.{1,60}(?:通知|决定|通报|批复|名单)$")


# A saved page's address on top (# source: https://…) is no line of the text's head.
_ADDRESS_LINE = re.compile(r"^\s*(?:#\s*source:|https?://)")


# 国务院任免国家工作人员。: the sentence that opens a release of the State Council's 任免, wherever
# a page prints it (below a site's menu and a caption: takungpao 2020-02-14).
_RELEASE = re.compile(r"任免(?:国家|地方国家机关)?工作人员[。：:]")


def _is_personnel_text(section: Section) -> bool:
    lines = [t for _, t in section.numbered_lines() if not _ADDRESS_LINE.match(t)]
    head = "".join(_compact(t) for t in lines[:4])
    if re.search(r"任免|任职|免职|任命|聘任|辞去|辞职", (section.title or "") + head):
        return True
    return any(_RELEASE.search(_compact(t)) for t in lines)


def _number_line(section: Section) -> tuple[str | None, int]:
    """The 发文字号 under a document's title (and the line after it), if there is one."""
    if section.kind != seg.DOCUMENT:
        return None, section.start
    for count, (number, text) in enumerate(section.numbered_lines()):
        parsed = docnumber.parse(_compact(text).strip("（()）"))
        if parsed is not None:
            return parsed.normalized, number + 1
        if count > 6:
            break
    return None, section.start


def _heading_facts(section: Section, heading: str | None, notice: Notice, context: Context) -> None:
    """Deciding body and month from the heading: 6月份市政府人事任免; 温州市人民政府关于…的通知."""
    compact = (heading or "").replace(" ", "")
    match = _DATE.search(compact)
    month = chinese_number(match.group("m")) if match else None
    notice.year = source_year(context, section.start, month)
    if match:
        notice.date = parse_date(match, notice.year)
    issuer = re.match(r"^(?P<issuer>.+?)关于", compact)
    body = _BODY.search(issuer.group("issuer")) if issuer else None
    if section.kind == seg.PERSONNEL:
        body = _decider(compact)  # 温州市人大常委会任免名单, 6月份市政府人事任免
    if body is not None:
        notice.decided_by = body.group("body")
        notice.government = government_of(notice.decided_by, notice.government)


# A body that proposes, not decides (市委建议,免去X…区长职务: the party committee recommends a
# removal to the congress that decides it; …向市委提出,免去X…职务): the sentence states no change.
# 根据…的建议 / 经…提议 before a decision stays a decision, and so does a sentence that says 决定.
_PROPOSAL = re.compile(r"^(?!根据|按照|依照|依据|经)[^，,。；;：:]{1,20}?(?:建议|提议)[，,：:]")
# …我现在正式向市委提出,免去X同志A职务: a statement right after the words that propose it.
_PROPOSED = re.compile(r"(?:建议|提议|提出)[，,：:](?=(?:免去|免除|撤销|任命|聘任))")


# …国务院组成人员需要有部分的改变，现在提出： / 现提请审议： — a proposal's words before a colon
# that ends the sentence: the statements after them (任命：…；免去：…；请大会决定。) are proposed to
# the body that decides, not decided (关于提请决定任免…的议案). Not 根据…提请： (a decision cites
# the proposal it follows) nor 由省长提请省人大常委会决定任免： (a rule naming who proposes).
_PROPOSING = re.compile(
    r"(?:^|[，,])(?!根据|按照|依照|依据|经|由)[^，,：:决]{0,12}?(?:提出|提请|建议|提议)"
    r"(?:审议|决定|任命|任免|免去|免职|事项|如下|以下|人选|意见|名单)*[：:]$"
)


def _read_piece(piece: Piece, notice: Notice, context: Context) -> None:
    """One sentence, as a proposal where one opened before it (its changes one warning)."""
    made = len(notice.records)
    _read_sentence(piece, notice, context)
    if notice.proposed is not None and notice.decider_sentence == piece.start:
        notice.proposed = None  # a body named deciding: the proposal has ended
    if notice.proposed is not None:
        changes = [r for r in notice.records[made:] if isinstance(r, PersonnelChangeRecord)]
        if changes:
            notice.records[made:] = [r for r in notice.records[made:] if r not in changes]
            opened = notice.proposed.start
            message = (
                f"a proposal, not a decision (proposed at line {opened}): "
                f"{len(changes)} personnel changes not read: {piece.text[:40]}"
            )
            notice.records.append(_warning(context, piece, message))
    elif _PROPOSING.search(_compact(piece.text)):
        notice.proposed = piece


def _read_sentence(piece: Piece, notice: Notice, context: Context) -> None:
    """One sentence: an optional preamble before ：, then its clauses."""
    text = piece.text
    _end_subject_decider(piece, notice)
    notice.sentence = piece.start
    notice.piece = piece
    if notice.summarized is not None and piece.start > notice.summarized and not _row_shaped(text):
        notice.rows_open = _heads_appointed(text)  # a heading of the new team opens rows, else ends
    notice.date_open = False  # a date read with no meeting is adopted within its sentence only
    compact = _compact(text)
    if (_PROPOSAL.match(compact) or _PROPOSED.search(compact)) and "决定" not in text:
        if _STRONG.search(text):
            message = f"a proposal, not a decision: not read as a personnel change: {text[:40]}"
            notice.records.append(_warning(context, piece, message))
        return
    held, notice.current_posts = notice.current_posts, bool(_CURRENT_POSTS.search(text))
    counted, notice.counted_removal = notice.counted_removal, None
    removal = _REMOVED_COUNTED.search(text) if notice.current_posts else None
    count = chinese_number(removal.group("n")) if removal else None
    if removal and count:
        notice.counted_removal = (removal.group("posts"), count, piece)
    if held and counted and _read_counted(counted, piece, notice, context):
        return
    if notice.counted_appointed and _read_sworn(piece, notice, context):
        return
    appointed = _APPOINTED_COUNTED.search(text)
    if appointed and chinese_number(appointed.group("n")):
        notice.counted_appointed = (chinese_number(appointed.group("n")), piece)
    if "试用期满" in text:
        item = parse_confirmation(text)
        if item is not None:
            notice.records.extend(records_of(item, piece, notice, context))
            return
    listed, before = notice.mode_posts, len(notice.records)
    head, colon, rest = text.partition("：") if "：" in text else text.partition(":")
    if colon:
        # 因工作需要,任命: (a reason before the header, the header still read)
        heads = split_outside(head, "，,")
        # every clause is read (a clause of another occasion after an unread one still tells it)
        if not all([read_preamble(c, notice) or bool(_BOILERPLATE.match(c)) for c in heads]):
            _maybe_warn(piece, head, notice, context)
        text = rest
    _read_clauses(piece, text, notice, context, held)
    if listed and notice.mode_posts == listed and not _changes_since(notice, before):
        notice.mode_posts = None  # the names under a 聘任为A： header have ended


# 被免去吉林省政府副秘书长职务的6人: a removal counting its persons, named in the next sentence.
_REMOVED_COUNTED = re.compile(
    r"被(?:免去|免除)(?P<posts>[^，,。；;：:]+?)职务的(?P<n>[\d一二三四五六七八九十两]+)(?:人|名|位)"
)
_HOLDER = re.compile(rf"^(?P<who>[\u4e00-\u9fff]{{2,4}}?)(?:兼任|担任|{_TAKES})")


def _read_counted(
    counted: tuple[str, int, Piece], piece: Piece, notice: Notice, context: Context
) -> bool:
    """…被免去A职务的6人，目前还担任着其他政府部门的职务。高继泰任B，李杰任C…: the persons the
    sentence names by the posts they still hold are the ones removed from A, when every clause
    names one and they are as many as counted. The posts they hold are no decision."""
    posts, count, removal = counted
    clauses = split_outside(piece.text.rstrip("。；;"), "，,")
    holders = [_HOLDER.match(c) for c in clauses]
    found = [m.group("who") for m in holders if m is not None and names.is_name(m.group("who"))]
    if len(found) != count or len(found) != len(clauses) or len(set(found)) != count:
        return False
    span = Piece(removal.text, removal.start, piece.end)
    item = Item(found, REMOVE, "免去", posts)
    notice.records.extend(records_of(item, span, notice, context))
    return True


# 表决通过了…任免案,任命省政府10个新部门主要负责人。…省司法厅厅长刘志诚、…进行了宪法宣誓。: the
# persons appointed, counted and not named, are those the oath list names with their posts, when
# every item is a post with its organisation and a name and they are as many as counted.
_APPOINTED_COUNTED = re.compile(
    r"任命[^。；;，,]{0,20}?(?P<n>[\d一二三四五六七八九十两]+)(?:个|名|位)[^。；;，,]{0,12}?(?:负责人|同志|人)"
)
_SWORN = re.compile(r"^(?P<list>[^。；;，,：:]+?)(?:进行了|进行|举行了)宪法宣誓[。]?$")


def _sworn_item(item: str) -> tuple[str, str] | None:
    """省司法厅厅长刘志诚 → (刘志诚, 省司法厅厅长): a post with its organisation, then a name. The
    item's ends are marked (the post, 、 or 进行), so a given name with a character a name seldom
    holds (于会文) is taken after a known surname."""
    for k in range(len(item) - 2, len(item) - 5, -1):
        phrase = split_post(item[:k]) if k > 0 else None
        if phrase is None or not phrase.organization:
            continue
        who = item[k:]
        bounded = len(who) <= 3 and names.surname_length(who) == 1
        if names.is_name(who) or (bounded and re.fullmatch(r"[\u4e00-\u9fff]+", who)):
            return who, item[:k]
    return None


def _read_sworn(piece: Piece, notice: Notice, context: Context) -> bool:
    match = _SWORN.match(piece.text.strip())
    if match is None or notice.counted_appointed is None:
        return False
    count, counted = notice.counted_appointed
    sworn = [_sworn_item(item) for item in split_outside(match.group("list"), "、")]
    if len(sworn) != count or any(s is None for s in sworn):
        return False
    notice.counted_appointed = None
    span = Piece(counted.text, counted.start, piece.end)
    for who, posts in (s for s in sworn if s is not None):
        notice.records.extend(
            records_of(Item([who], APPOINT, "任命", posts), span, notice, context)
        )
    return True


def _changes_since(notice: Notice, made: int) -> bool:
    """Whether a personnel change was read since the notice held ``made`` records (records are only
    added): asked of each sentence, so never a count of all (the square of a long text's records)."""
    return any(isinstance(r, PersonnelChangeRecord) for r in notice.records[made:])


# 目前还担任着其他政府部门的职务 / 现仍担任…职务 / 仍分别担任…: the posts the persons hold now.
_CURRENT_POSTS = re.compile(
    r"(?:目前|现在|现|仍|还|依然|均)(?:仍|还|均)?(?:分别)?(?:担任|任|兼任)着?[^。；;，,]{0,20}职务[。；;]?$"
)


def _read_clauses(
    piece: Piece, text: str, notice: Notice, context: Context, held: bool = False
) -> None:
    """The clauses of one sentence; ``held``: the sentence tells posts the persons already hold
    (after 目前还担任着…职务), so its subject-first clauses (X任A) are no decisions."""
    subject, notice.asking = notice.asking, []  # 审议了X提出的辞去A职务的请求。决定接受他…
    last: list[Record] = []
    if _PROSE.match(text) and not _STRONG.search(text) and "决定" not in text:
        return
    carry, notice.carry = notice.carry, {}
    history, recalled = held, False
    topic = ""  # 廖国勋是…常委，在7月21日卸任A: the person the sentence is about
    clauses = _expand(split_outside(text, "，,"))
    # A date opening a sentence dates that sentence's statements, or the meeting it names (5月28日，
    # 武汉市十五届人大常委会第十八次会议召开); not the notice (2015年8月，殷勇任…: a career).
    dated: str | None = None
    day_only = False  # the sentence's day is a day without its month (17日)
    held: str | None = None
    made = len(notice.records)
    previous: Item | None = None  # the sentence's statement before the clause
    for index, clause in enumerate(clauses):
        original = clause
        clause = _FILLER_START.sub("", _strip_decider(_ACCORDING.sub("", clause), notice))
        announced = _announcement(clause, notice)
        if announced is not None:
            notice.announced = piece.start  # what the sentence says next is announced
            if not announced:
                continue
            clause = announced  # 国务院公布全国政协副主席夏宝龙兼任…: the rest announced
        if notice.announced == piece.start:
            clause = clause.removeprefix("以及")  # …兼任A，以及Y担任B: the next one announced
        history = history or bool(_HISTORY.search(clause))
        if recalled or _RECALLED.search(clause):
            recalled = True  # 就在一个月前，X被任命为A: background, no decision of the report's
            continue
        if _read_reported(clause, piece, notice, context):
            continue
        item = (
            parse_clause(clause, subject, notice, history)
            or _same_verb(clause, carry, notice)
            or _subject_verb(clause, subject, carry)
            or (_stepped_down(topic + clause) if topic and not history else None)
        )
        topic = _topic(clause, topic)
        date = _DATE.fullmatch(clause) if len(clauses) > 1 else None
        day = _DAY_ALONE.fullmatch(clause) if len(clauses) > 1 and date is None else None
        reason = _REASON.match(clause) if item is None else None
        if reason and names.is_name(reason.group("who")):
            subject = [reason.group("who")]  # 于冲因已调任…，请求辞去A职务: the one who asks
        request = _REQUEST.match(clause) if item is None else None
        asking = _names(request.group("who")) if request else []
        if asking:
            subject = notice.asking = asking  # the request reviewed: no decision, its person
            continue
        each = _respectively(clause, previous) if item is None else []
        if each:  # 张勇和毕井泉不再担任A一职，分别出任B和C: one post each
            for one in each:
                notice.records.extend(records_of(one, piece, notice, context))
            continue
        if item is not None:
            item = _rank_body(_filling(item, carry.get(REMOVE)), previous)
            previous = carry[item.action] = notice.carry[item.action] = item
            subject = item.names if item.action != REMOVE or not subject else subject
            last = records_of(item, piece, notice, context)
            if _told_after_summary(item, piece, notice):
                _undecided(last)  # the sentence names no body
            notice.records.extend(last)
        elif _remark(clause, last):
            continue
        elif date is not None:
            dated, held = dated or parse_date(date, notice.year), held or clause
        elif day is not None and dated is None and not day_only:
            dated, day_only = _page_day(day, notice), True
        elif read_preamble(clause, notice):
            if held is not None and not _other_occasion(clause):  # the day of another occasion
                read_preamble(held, notice)  # dates none of the decisions read
            elif day_only and dated and notice.decider_sentence == piece.start and notice.meeting:
                # 17日，四川省…第四次会议通过决定: the day is that meeting's (该会议还…, after)
                notice.date, notice.date_meeting, notice.date_bound = dated, notice.meeting, True
        elif index == len(clauses) - 1 and (
            summary := _SUMMARY.match(_SUMMARY_BY.sub("", original))
        ):
            # 国务院11月30日任命了澳门特区第六届政府主要官员和检察长。张永春为行政法务司司长,…
            notice.carry[APPOINT] = Item([], APPOINT, summary.group("f"), "")
            if _SUMMARY_BY.match(original):
                notice.summarized = piece.start  # the state's appointments: told after it
                notice.rows_open = "下表" in original  # (下表): its table follows
        elif not _BOILERPLATE.match(clause):
            _maybe_warn(piece, clause, notice, context)
    for record in notice.records[made:]:
        if isinstance(record, PersonnelChangeRecord) and day_only:
            record.date = dated  # the day the sentence names, never another one's date
            notice.day_only.add(id(record))
        elif isinstance(record, PersonnelChangeRecord) and record.date is None:
            record.date = dated


def _told_after_summary(item: Item, piece: Piece, notice: Notice) -> bool:
    """A subject-first statement in a line after the summary of the state's appointments (not a
    statement of the decision itself: 任命X为A)."""
    after = notice.summarized is not None and piece.start > notice.summarized
    return after and item.form not in ("任命", "委任", "聘任")


def _undecided(records: list[Record]) -> None:
    """Appointments a report tells after summing them up (国务院…任命了…主要官员。…X将出任A): the
    sentence names no deciding body, so none is given (the lead's ruling on narrated ones)."""
    for record in records:
        if isinstance(record, PersonnelChangeRecord):
            record.decided_by = record.decided_by_resolved = record.meeting = None


# 国务院昨天宣布 / 4月24日的任免通知正式明确: a clause announcing the decisions the sentence tells
# after it (a body's announcement: that body decided them; a 任免 notice's: the body already named).
_ANNOUNCES = re.compile(
    r"^(?:[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日，?)?(?P<body>.+?)"
    r"(?:昨天|今天|昨日|今日|日前|近日|当天|当日|[\d一二三四五六七八九十]{1,3}日)*"
    r"(?:正式)?(?:宣布|公布)(?P<rest>.*)$"
)
_NOTICE_STATES = re.compile(
    r"^(?:此前的?)?(?:[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日的?)?"
    r"(?:任免|人事任免)(?:通知|消息|决定)(?:正式)?(?:明确|宣布|公布|显示)$"
)
# 7月18日中央宣布赵克志任贵州省委书记 (devcorpus HA-33): the party centre announcing names no state
# decider (a party post), but what it announces is decided.
_CENTRE = ("中央", "中共中央", "党中央")
# …宣布赵克志任贵州省委书记、原书记栗战书另有任用之后，…: the announcement told as a time; a
# predecessor 另有任用 after 、 is a note (no post removed), no post of the statement before.
_AFTER = re.compile(r"(?:、[^、，,]{2,16}另有任用)?(?:之后|以后)?$")


def _announcement(clause: str, notice: Notice) -> str | None:
    """The clause announces the decisions after it (国务院昨天宣布，…; its body, if named, read as
    the decider): the rest of the clause after 宣布/公布 ('' for none: the next clauses), else
    None."""
    if _NOTICE_STATES.match(clause):
        return ""
    match = _ANNOUNCES.match(clause)
    if match is None:
        return None
    rest = _AFTER.sub("", match.group("rest"))
    if match.group("body") in _CENTRE:
        return rest
    body = _BODY.fullmatch(match.group("body"))
    if body is None or not _is_place(body.group("place")):
        return None
    return rest if read_preamble(body.group("body") + "决定", notice) else None


# 张勇和毕井泉不再担任国务院副秘书长一职，分别出任国家发改委副主任（正部长级）和国家食品药监局局长:
# the persons of the statement just read each take one of the posts, in order, as many as they
# are, every post written with its organisation (a rank in parentheses dropped).
_RESPECTIVELY = re.compile(r"^分别(?P<f>出任|担任|调任|任)(?P<posts>[^，,。；;]+)$")
_RANK_NOTE = re.compile(r"[（(][^（）()]{0,8}级[）)]")


# 陸恭蕙、李家超和邱誠武分別出任環境局副局長、保安局副局長和運輸及房屋局副局長: the persons named as
# the clause's subject, each to one post in order likewise. A bracket a copy's spam put among the
# posts ([注冊美國公司流程]) is none of them.
_NAMED_RESPECTIVELY = re.compile(
    rf"^(?P<names>(?:{_NAME})(?:[、和及](?:{_NAME}))+)分别(?P<f>出任|担任|调任|升任)(?P<posts>[^，,。；;]+)$"
)
_SPAM_BRACKET = re.compile(r"\[[^\[\]]{1,20}\]")


def _respectively(clause: str, previous: Item | None) -> list[Item]:
    match = _RESPECTIVELY.match(clause)
    named = _NAMED_RESPECTIVELY.match(clause) if match is None else None
    if named is not None:
        persons = re.split("[和、及]", named.group("names"))
        if not all(names.is_name(p) for p in persons):
            return []
        match, previous = named, Item(persons, APPOINT, named.group("f"), "")
    if match is None or previous is None or len(previous.names) < 2:
        return []
    written = _SPAM_BRACKET.sub("", _RANK_NOTE.sub("", match.group("posts")))
    posts = re.split("[和、]", written)
    parsed = [split_post(p) for p in posts]
    if len(posts) != len(previous.names) or any(p is None or not p.organization for p in parsed):
        return []
    return [
        Item([name], APPOINT, match.group("f"), post)
        for name, post in zip(previous.names, posts, strict=True)
    ]


# A clause naming a day without its month (17日, 17日上午), opening a sentence of a report: the
# day is read against the page's date, the nearest date that governs it (on or before it, in its
# month or the month before: _day_before), never against another paragraph's date; with no page
# date the sentence's statements are left undated.
_DAY_ALONE = re.compile(
    rf"(?P<d>\d{{1,2}}|[{_CN_DIGIT}]{{1,3}})\s*[日号](?:上午|下午|晚上|晚间|凌晨)?"
)


def _page_day(match: re.Match[str], notice: Notice) -> str | None:
    day = chinese_number(match.group("d"))
    if notice.page_day is None or day is None:
        return None
    named = _day_before(datetime.date.fromisoformat(notice.page_day), None, day)
    return named.isoformat() if named else None


# …任命了澳门特区第六届政府主要官员和检察长 ending a sentence: a summary of the appointments the next
# sentence lists without a verb (X为A，Y为B), which take its verb as a list after 任命： does.
# 国务院2022619日任命了香港特别行政区第6届政府主要官员 (m.service999.com/article/8083, its date
# garbled): the state's appointments summed up, its body and day before the verb.
_SUMMARY_BY = re.compile(
    r"^(?:国务院|中央人民政府)(?:[\d〇零一二三四五六七八九十]+[年月日]?)*(?=(?:决定)?(?:任命|聘任)了)"
)
_SUMMARY = re.compile(r"^(?:决定)?(?P<f>任命|聘任)了(?P<what>[^，,。；;：:]{2,40})$")


def _filling(item: Item, removed: Item | None) -> Item:
    """李斌辞去安徽省省长职务,王学军任代理省长: an acting post written without its organisation,
    right after the removal of the same post in one, is that organisation's (the vacancy filled)."""
    phrases = [split_post(p) for p in item.posts.split("、")]
    if removed is None or not (item.acting or any(p is not None and p.acting for p in phrases)):
        return item
    acting = next((p for p in phrases if p is not None and p.acting), phrases[0])
    left = split_post(removed.posts.split("、")[-1])
    if acting is None or left is None or left.organization is None:
        return item
    if any(p is None or p.organization for p in phrases) or left.post != acting.post:
        return item
    # 王学军任副省长、代理省长: the posts listed with the acting one share its organisation
    return dataclasses.replace(item, posts=left.organization + item.posts)


def _rank_body(item: Item, before: Item | None) -> Item:
    """聘请梁平波为省文史研究馆名誉馆长,聘请郭学焕为副馆长: a post written without its body, right
    after a statement of the same sentence and action that wrote one post with its body, is a post
    of that body where both are ranks of one title (名誉馆长, 副馆长: 馆长's); a government's own
    post (副市长) stays the government's."""
    if before is None:
        return item
    bare = split_post(split_outside(item.posts, "、")[0])
    listed = split_outside(before.posts, "、")
    written = split_post(listed[0]) if len(listed) == 1 else None
    if bare is None or written is None or bare.organization or not written.organization:
        return item
    title = post_title(bare.post)
    if item.action != before.action or _GOVERNMENT_POST.search(reading.read_text(bare.post)):
        return item
    if _rank_of(bare.post) != _rank_of(written.post) or not (
        title and title.fits(written.organization)
    ):
        return item
    return dataclasses.replace(item, posts=written.organization + item.posts)


def _rank_of(title: str) -> str:
    """The title a rank is of: 副馆长, 名誉馆长, 常务副局长 → 馆长, 馆长, 局长."""
    return re.sub(r"^(?:名誉|常务)?副?", "", reading.read_text(title))


# 《黑龙江省人大常委会关于栗战书同志为黑龙江省人民政府代理省长的决定》: the decision adopted; or
# unbracketed after 通过 (表决通过了关于接受林武辞去…职务请求的决定、关于接受蓝佛安辞去…的决定) or
# 作出 (作出关于李晓波代理太原市市长的决定: the decision made).
_DECISION_TITLE = re.compile(r"《[^《》]{0,30}?关于([^《》]+?)的决定》")
_ADOPTED_DECISION = re.compile(
    r"(?:通过了?|作出了?|、)(?:[^《》、，,。；;]{0,16}?(?:常委会|人民政府|政府))?关于((?:(?!、关于)[^《》，,。；;])+?)"
    r"的决定(?=$|、|等)"
)
# 表决通过了…的决议,关于接受刘苏社辞去自治区副主席职务的决定: a clause that is a decision's title alone,
# after a clause of the sentence that adopted (通过) a list of them.
_LISTED_DECISION = re.compile(r"^关于((?:(?!关于)[^《》，,。；;、])+?)的决定$")


def _title_statement(inner: str) -> str | None:
    """The statement a decision's title holds: X同志为A is an appointment, X代理A (关于杨鑫代理
    自治区监察委员会主任的决定) an acting post as it stands; None for a decision on another
    matter (关于成立三沙市…筹备组的决定, 关于修改〈…议事规则〉的决定), skipped on purpose."""
    # 关于确认全国人大常委会接受X辞去A职务的请求的决定: a congress confirms what its standing
    # committee accepted between sessions; the acceptance is the statement.
    inner = re.sub(r"^确认[\u4e00-\u9fff]{0,24}?(?:常委会|常务委员会)(?=接受)", "", inner)
    if re.match(rf"^(?:{_VERBS}|决定)", inner) or _acting(inner, [], None) is not None:
        return inner
    return "任命" + inner if next(_split_names(inner, "为"), None) else None


# 据国务院任命X为A: what a report says a decider did (据 dropped, the decider read).
_ACCORDING = re.compile(r"^据(?=[\u4e00-\u9fff]{2,20}?(?:任命|免去|免除|决定))")
# 其中 opens the decisions a count announced (任命6人，其中任命X为A).
# 表决通过了任命X为A: the vote that made the decision; 同意免去X…: the consent that made it.
# 该会议还同时接受…: the meeting just named (该, 此, 本次, 这次) deciding more (还, 并, 也, 同时;
# 本次会议任命的X…进行宣誓 is no decision of its own).
# 其中较瞩目的还有任命X为A: among the decisions a report counts, one it singles out.
_FILLER_START = re.compile(
    r"^(?:并且|并|同时|另|还|又|其中|同意|(?:会议)?(?:表决|审议)?通过了?"
    r"|其中[\u4e00-\u9fff]{0,8}?的(?:还|也)?(?:有|包括|是)"
    r"|(?:该|此|本次|这次)会议(?:(?:还|并|也)(?:同时)?|同时))(?=决定|任命|免去|免除|聘任|接受|同意)"
)


# A new statement after 、: …为贵州省人民政府副省长、决定李炳军代理…; 任命黄树贤为民政部部长、免去其监察部
# 部长职务 (a removal of the person just named, or of another: a verb after 、 is no post's word).
_NEW_STATEMENT = re.compile(
    r"(?<![一二三四五六七八九十\d（(])、(?="
    r"决定(?:任命|免去|免除|接受)?[\u4e00-\u9fff]{2,4}?(?:同志)?(?:为|代理|辞去)"
    r"|(?:决定)?(?:免去|免除|撤销|撤消)(?:其|[\u4e00-\u9fff]{2,4}?(?:同志|的))"
    r"|(?:决定)?(?:任命|聘任)[\u4e00-\u9fff]{2,4}?(?:同志)?为)"
)


# 会议表决通过了关于X、Y两位同志辞去A以及Z等15位同志辞去B的辞呈: the letters of resignation
# adopted are resignations accepted, one statement for each.
_LETTERS = re.compile(
    r"^.*?(?:通过|接受)了?关于(?P<list>[^《》，,。；;]+?辞去[^《》，,。；;]+?)的辞呈$"
)
_LETTER = re.compile(rf"^(?P<who>[^《》]+?)辞去(?P<posts>.+?)(?:{_JOB})?$")


# 免去A的X职务、B的Y职务 / 免去A同志X职务、B同志Y职务 / 任命A任X、B任Y / 任命A同志为X、B同志为Y:
# after 、 the next person's statement, taking the first one's verb (_same_verb) or its own
# (B任Y); a 、 inside a list of names or of posts stays.
_NEXT_PERSON = re.compile(
    rf"、(?=(?P<who>[\u4e00-\u9fff]{{2,4}}?)(?:(?P<comrade>同志)(?P<w1>的|为|{_TAKES})?"
    rf"|(?P<w2>的|为|{_TAKES})))"
)


def _next_persons(clause: str) -> list[str]:
    """免去刘中银的A职务、张巍巍的B职务 → [免去刘中银的A职务, 张巍巍的B职务]: split where a
    person's name and 的 or 同志 (or 任, 为) follow a statement complete up to a post (…职务 /
    …主任)."""
    parts, start = [], 0
    for match in _NEXT_PERSON.finditer(clause):
        before = clause[start : match.start()]
        word = match.group("w1") or match.group("w2") or ""
        complete = (
            before.endswith("职务")
            if word in ("的", "")
            else before.endswith(tuple(t.title for t in post_titles()))
        )
        if complete and names.is_name(match.group("who")):
            parts.append(before)
            start = match.end()
    return [*parts, clause[start:]]


# 表决通过任命王兴宁为陕西省监委副主任的提议: a motion to appoint (remove) adopted by the vote
# (通过 right before it); the motion alone (…提请任命X为A的议案) is no decision.
_ADOPTED_MOTION = re.compile(
    r"^(?P<head>.*?通过了?)(?P<statement>(?:任命|免去|免除|聘任)[^，,。；;]+?)的(?:提议|议案)$"
)


def _expand(clauses: list[str]) -> list[str]:
    """接受A辞去X职务、B辞去Y职务的请求 → one clause for each resignation."""
    out: list[str] = []
    adopted = False  # a clause before adopted (通过) what follows
    clauses = [part for clause in clauses for part in _NEW_STATEMENT.split(clause)]
    clauses = [part for clause in clauses for part in _next_persons(clause)]
    for clause in clauses:
        before, adopted = adopted, adopted or "通过" in clause
        groups = _certified_groups(clause)
        if groups:
            out.extend(groups)
            continue
        letters = _LETTERS.match(clause)
        parts = letters.group("list").split("以及") if letters else []
        if parts and all(_LETTER.match(p) for p in parts):
            out.extend(
                "接受" + _LETTER.sub(r"\g<who>辞去\g<posts>职务", p) + "的请求" for p in parts
            )
            continue
        motion = _ADOPTED_MOTION.match(clause)
        if motion:  # 表决通过任命X为A的提议: the motion adopted is the decision
            clause = motion.group("head") + motion.group("statement")
        titles = _DECISION_TITLE.findall(clause)
        if not titles and ("通过" in clause or "作出" in clause):
            titles = _ADOPTED_DECISION.findall(clause)
        listed = _LISTED_DECISION.match(clause) if not titles and before else None
        if listed:
            titles = [listed.group(1)]
        if titles:
            out.extend(s for s in map(_title_statement, titles) if s is not None)
            continue
        match = re.match(
            r"^(?P<head>.*?(?:接受|同意))(?P<list>.+)(?P<tail>的(?:请求|申请|辞职请求))$", clause
        )
        parts = split_outside(match.group("list"), "、") if match else []
        if len(parts) > 1 and all("辞去" in p for p in parts):
            out.extend(match.group("head") + p + match.group("tail") for p in parts)
        else:
            out.append(clause)
    return out


# A career told in the sentence (曾任…, 2018年6月任…, 此前…, 当选…): what follows is no decision.
_HISTORY = re.compile(
    r"^(?:曾|历任|现任|原任|先后|此前|之前|其后|随后|后任|后调任|期间|其间)"
    r"|[\d〇零一二三四五六七八九]{4}年|年[\d一二三四五六七八九十]{1,2}月|"
    r"当选|选举|被选为|出生|生于|参加工作|入党|毕业"
)


# A decision recalled from before the report's news, in any form (就在一个月前，骆惠宁被任命为香港
# 中联办主任, https://news.record.hk/huanqiu/2020/02/14/12939.html; 上月…通过; 去年…): background,
# not read, from that clause to the sentence's end.
_RECALLED = re.compile(
    r"^(?:就在)?(?:上月|上个月|去年|早前)"
    r"|(?<![\d〇零一二三四五六七八九十年])[\d一两二三四五六七八九十几数半]{1,2}个?(?:多|来)?"
    r"(?:月|年|星期|周)(?:之)?前"
)


def _same_verb(clause: str, carry: dict[str, Item], notice: Notice) -> Item | None:
    """任命张三为A，李四为B / 免去张三的A职务，李四的B职务 / 接受张三辞去A职务的请求，李四辞去B
    职务的请求: a clause without a verb takes the verb of the statement before it (in the sentence
    or the one before: …；李四为B；)."""
    if "为" in clause and next(_split_names(clause, "为"), None):
        previous = carry.get(APPOINT) or carry.get(NOMINATE)
        allowed = ("任命", "委任", "聘任", "聘请", "聘", "提名", "决定")
    elif _RESIGN.match("接受" + clause):
        previous, allowed = carry.get(REMOVE), ("接受辞去",)
    elif re.search(_JOB + "$", clause):
        previous, allowed = carry.get(REMOVE), ("免去", "免除", "解聘")
    else:
        return None
    verb = re.sub(r"^(?:决定|被)", "", previous.form).removesuffix("代理") if previous else ""
    if previous is None or verb not in allowed:
        return None
    item = parse_clause(verb.removesuffix("辞去") + clause, [], notice)
    if item is not None:
        item.form = previous.form.removesuffix("代理")
    return item


def _subject_verb(clause: str, subject: list[str], carry: dict[str, Item]) -> Item | None:
    """任命X为A，并决定为代理B / 任命X为A，代理B职务 / 任命X为A,决定其为代理B: B of the names
    just appointed, in A's organisation when B names none."""
    before = carry.get(APPOINT)
    acting = re.match(rf"^(?:并)?(?:决定)?其?(?P<f>代理)(?P<posts>.+?){_JOB}$", clause) or re.match(
        r"^(?:并)?(?:决定)?其为(?P<f>代理)(?P<posts>[^，,。；;]+)$", clause
    )  # 决定任命李殿勋为湖北省副省长,决定其为代理省长
    if acting and subject and before is not None and before.names == subject:
        phrase = split_post(acting.group("posts"))
        if phrase is None or phrase.acting:
            return None
        posts = acting.group("posts")
        written = split_post(before.posts.split("、")[0])
        if phrase.organization is None and written is not None and written.organization:
            posts = written.organization + posts  # 任命X为桂林市副市长，并决定其代理市长职务
        return Item(subject, APPOINT, "代理", posts, acting=True)
    match = re.match(r"^(?P<f>(?:决定|任命|聘任))为(?P<posts>.+)$", clause)
    phrase = split_post(match.group("posts")) if match and subject else None
    if match is None or phrase is None:
        return None
    posts = match.group("posts")
    written = split_post(before.posts.split("、")[0]) if before else None
    if phrase.organization is None and written is not None and written.organization:
        posts = written.organization + posts
    return Item(subject, APPOINT, match.group("f"), posts, acting=phrase.acting)


def _end_subject_decider(piece: Piece, notice: Notice) -> None:
    """A body that was the subject of the sentence before (阳泉市人大常委会决定罢免刘新云的…代表职务)
    decided that sentence only: the next one's (会议表决通过了人事任免名单,决定任命于英杰为…) is
    the session's, as before it."""
    held = notice.subject_decider
    if held is None or held[0] is piece:
        return
    notice.subject_decider = None
    _, notice.decided_by, notice.government, notice.decider_sentence = held


def _subject_body(pre: str, notice: Notice) -> bool:
    """read_preamble of the words before a clause's 决定/verb; a body named there with no meeting
    of its own, after another one deciding, is the subject of this sentence only."""
    known = (notice.decided_by, notice.government, notice.decider_sentence)
    if not read_preamble(pre, notice):
        return False
    body = _decider(pre)
    piece = notice.piece
    if (
        known[0] is not None
        and notice.decided_by != known[0]
        and piece is not None
        and body is not None
        and not body.group("meeting")
        and (notice.subject_decider is None or notice.subject_decider[0] is not piece)
    ):
        notice.subject_decider = (piece, *known)
    return True


def _strip_decider(clause: str, notice: Notice) -> str:
    """市人民政府决定任命X为A → record the body, keep 决定任命X为A; 会议还表决任命X为A → 任命X为A."""
    match = re.match(rf"^(?P<pre>.+?)(?P<rest>决定(?:{_VERBS}).+)$", clause)
    if match and (_FILLER.match(match.group("pre")) or _subject_body(match.group("pre"), notice)):
        return match.group("rest")
    match = re.match(rf"^(?P<pre>.+?)(?P<rest>(?:{_VERBS}|决定).+)$", clause)
    if match and _FILLER.match(match.group("pre")):
        return match.group("rest")
    # 国务院宣布免去X的A职务: the body announces its own decision; 人大常委会今天审议通过免去X…职务:
    # the body's vote, the words of the report after its name
    pre = _VOTED.sub("", match.group("pre").removesuffix("宣布")) if match else ""
    closed = _CLOSED.sub("", pre)  # 刚刚闭幕的十三届全国人大常委会第三十三次会议任命X为A
    body = _BODY.fullmatch(_lead_bare(closed)) if match else None
    if match and body is not None:
        _subject_body((match.group("pre") if closed == pre else closed) + "决定", notice)
        return match.group("rest")
    return clause


# 刚刚闭幕的…会议 / 正在召开的…会议: the meeting named by what it has just done, before its name.
_CLOSED = re.compile(
    r"^(?:刚刚|刚|日前|近日|正在|今天|昨天)?(?:闭幕|召开|举行|结束)的(?=[\u4e00-\u9fff])"
)


_VERBS = "任命|免去|免除|聘任|聘请|解聘|提名|接受|同意"
_VOTED = re.compile(r"(?:审议|表决|通过|一致|依法|了|并|同时|还)+$")
_WHEN = re.compile(
    r"(?:日前|近日|今天|昨天|今日|昨日|当天|当日|上午|下午|晚上|[\d一二三四五六七八九十]{1,3}日)+$"
)


def _lead_bare(text: str) -> str:
    """A body before its verb as a news lead writes it: 新华社…电(记者…)X会议9月5日 → X会议."""
    text = _DATELINE.sub("", text)
    return _WHEN.sub("", _DATE.sub("", text)) if _BODY.match(text) else text


# Words of a report before the verb: 会议还表决任命…, 会议一致通过，免除…, 并决定…, 会议表决并通过
# 了任命…, 票决同意免去…
_FILLER = re.compile(
    r"^(?:会议|会上|还|并|同时|此外|另外|也|并且|又|一致|审议|表决|通过|依法|正式|分别|同意|"
    r"经|研究|讨论|全票|票决|和|并且|以|了|[\d一二三四五六七八九十]+票)+$"
)


def _remark(clause: str, last: list[Record]) -> bool:
    """另有任用 / 试用期一年 after a statement: a note or a probation on the records before."""
    changes = [r for r in last if isinstance(r, PersonnelChangeRecord)]
    if not changes:
        return False
    _, probation, _ = _take_probation(clause)
    if probation and _PROBATION.fullmatch(clause):
        for record in changes:
            record.probation = probation
        return True
    if _REMARK.match(clause.strip("（()）")):
        for record in changes:
            record.note = clause.strip("（()）")
        return True
    return False


def _maybe_warn(piece: Piece, clause: str, notice: Notice, context: Context) -> None:
    """Warn (once per sentence) on an unread clause: any clause of a 人事任免 section; elsewhere
    one that looks like 任免 (a 任免 verb first, a name and a verb, …职务 at the end, or in a 任免
    text a known post title at the end). Prose around the statements (会议指出，被任命人员要…) is
    skipped on purpose (see _PROSE)."""
    if (
        not clause
        or _BOILERPLATE.match(clause)
        or _DATE.fullmatch(clause)
        or _BODY.fullmatch(clause)
        or re.search(r"(?:仪式|大会)(?:上|中)$", clause)  # 聘任仪式上: where the report stands
    ):
        return
    looks = _STRONG.search(clause) or (
        notice.personnel and (_LOOKS_LIKE.search(clause) or _named_verb(clause))
    )
    if not looks and not notice.listing and not (notice.personnel and _ends_with_post(clause)):
        return
    if any(
        w.source.start_line == piece.start
        for w in notice.records
        if isinstance(w, ExtractionWarning)
    ):
        return
    notice.records.append(_warning(context, piece, f"cannot read this 任免 clause: {clause}"))


# Sentences of a report around the statements: what the meeting said, what appointees must do.
_PROSE = re.compile(r"^(?:会议|会上|与会|被任命|被免职|新任命|任命人员|他们|他|她|大家|全体)")
_LOOKS_LIKE = re.compile(r"^(?:决定)?(?:任命|免去|免除|聘任|聘请|解聘|接受|提名)|职务$")


def _named_verb(clause: str) -> bool:
    """Does the clause open with a person's name and a 任免 verb (张三任…, 张三为…)?"""
    match = re.match(r"^(?P<who>[\u4e00-\u9fff·]{2,8}?)(?:兼任|担任|任|为|不再担任)", clause)
    return bool(match) and all(names.is_name(n) for n in match.group("who").split("、"))


__all__ = ["extract", "parse_clause", "post_titles", "resolve_name", "split_post"]
