"""Where a person's name ends: the boundaries 任免 texts leave unmarked.

A 任免 statement often writes a name with nothing between it and the words around it:

=====================================  ================================================
免去卢炳椿泉州市人民政府副市长职务      name, then an organisation (no 的): which split?
任命县委副书记纪道清同志为…             a title, then the name
李兆兵、马维嘉…田学雷等18人             a list of names, closed by a count
=====================================  ================================================

Three reviewed tables decide: a person's name opens with a surname (``kg/data/surnames.txt``,
the classical 百家姓 and common modern ones) and has one or two characters after it; an
organisation opens with the name of an administrative division (``kg/data/divisions.tsv``, full
or short form: 泉州市, 泉州), a level word relative to the text's government (市教育局), a
national organ word (国家, 国务院, 中共) or a post title itself (免去张三副县长职务). Of the
splits that give a name followed by an organisation, the one whose organisation opening is the
strongest wins; among equals, the commonest name length (3, then 2, then 4).

A segmenter was measured for this job (jieba 0.42: 1.1 s to load its dictionary, more than a whole
build of the sample, and it cut 王晓康市, 张东方 and 李金科 wrongly in the corpus's phrasings), so
the tables are used instead.
"""

from __future__ import annotations

import functools
import re

from kg.resources import data_file
from kg.tables import read_tsv

# Characters a given name (the part after the surname) does not hold: function words, organ and
# level words, the words around a name in a 任免 statement.
_NOT_IN_GIVEN = "".join(
    "的了在是与及等年日会议局厅办处省市县区州镇乡村委府组务记任免聘被将已并其该此"
    "职拟由对从于现曾历原后届次名位人副代辞去兼担调决审批请"
)
_LEVEL = "省市县区"
_NUMERALS = "一二三四五六七八九十两百千万零〇"
# Words an organisation opens with besides a place: 国家发展和改革委员会, 国务院, 中共温州市委.
_ORGAN_OPENING = re.compile(
    r"^(?:国家|国务院|中共|中国|全国|中央|第[一二三四五六七八九十\d]+|政府)"
)
_DOT_NAME = re.compile(r"^[\u4e00-\u9fff]{1,6}[·•・][\u4e00-\u9fff]{1,8}$")
_COUNT = re.compile(
    r"等[一二三四五六七八九十两\d]*(?:名|位)?(?:同志|人)?$|\d+(?:名|位)?(?:同志|人)$"
    r"|[一二三四五六七八九十两]+(?:名|位)(?:同志)?$"  # 吕靖、李保庚、李超群三位同志
)
# A note after a name in a list: sex, nationality, party (免去左力（女）的…; 刘昕（无党派）).
_NOTE = re.compile(
    r"[（(](?:女|男|[\u4e00-\u9fff]{1,4}族|无党派|无党派人士|民革|民盟|民建|民进|农工党|致公党"
    r"|九三学社|台盟|中共党员)[）)]"
)


@functools.cache
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """(single-character surnames, two-character surnames)."""
    with data_file("surnames.txt").open(encoding="utf-8") as handle:
        words = {ln.strip() for ln in handle if ln.strip() and not ln.startswith("#")}
    return frozenset(w for w in words if len(w) == 1), frozenset(w for w in words if len(w) == 2)


@functools.cache
def divisions() -> frozenset[str]:
    """Division names, full (泉州市) and short (泉州) where the short form keeps two characters;
    an autonomous prefecture or region also by its place alone (黔东南, 延边), every autonomous
    area by its place with its level's word (黔东南州, 务川县, 务川自治县)."""
    names: set[str] = set()
    for row in read_tsv("divisions.tsv"):
        name = row["name"]
        names.add(name)
        short = re.sub(
            r"(?:[\u4e00-\u9fff]{0,6}?族)*(?:自治区|自治州|自治县|自治旗|特别行政区|地区|林区|省|市|县|区|旗|盟|州)$",
            "",
            name,
        )
        if len(short) >= 2:
            names.add(short)
        autonomous = _AUTONOMOUS.match(name) if "自治" in name or "族" in name else None
        if autonomous:
            names.update(_autonomous_names(autonomous.group("place"), autonomous.group("level")))
    return frozenset(names)


# The 55 minority nationalities, as autonomous areas name them (with or without 族).
_NATIONALITIES = (
    "蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|"
    "东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|"
    "俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺"
)
# 黔东南苗族侗族自治州 → 黔东南, 伊犁哈萨克自治州 → 伊犁: an autonomous area's place without its
# nationalities, as texts write it (黔东南州第十二届人大常委会, 延边州); the short form above took
# the place for a nationality's name (…{0,6}?族 from the start) and kept none.
# 东乡族自治县, 隆林各族自治县: the place named by its people, or for all of them (东乡, 隆林).
_AUTONOMOUS = re.compile(
    rf"^(?P<place>.{{2,}}?)(?:(?:{_NATIONALITIES})族?|各?族)*(?P<level>自治区|自治州|自治县|自治旗|区)$"
)
_AREA_WORDS = {"自治州": "州", "自治县": "县", "自治旗": "旗", "区": "区"}


def _autonomous_names(place: str, level: str) -> set[str]:
    """The names an autonomous area goes by besides its full name: the place with its level's word
    (黔东南州, 务川县, 务川自治县, 鄂温克旗, 瀍河区); alone only for a prefecture or a region
    (黔东南, 延边, 广西), as texts write them. A county's, a banner's or a district's place alone is
    often a common word (互助 of 互助土族自治县, 通道 of 通道侗族自治县: 团结、互助、和谐, 快速通道),
    which read as a division opened an organisation or ended a name; texts write the county's word
    (北川县)."""
    found = {place + _AREA_WORDS[level]} if level in _AREA_WORDS else set()
    if level in ("自治县", "自治旗"):
        found.add(place + level)
    if level in ("自治州", "自治区"):
        found.add(place)
    return found


@functools.cache
def _division_lengths() -> tuple[int, ...]:
    return tuple(sorted({len(n) for n in divisions()}, reverse=True))


def surname_length(text: str) -> int:
    """2 for a compound surname (欧阳), 1 for a single one, 0 when ``text`` opens with none."""
    single, double = surnames()
    if text[:2] in double:
        return 2
    return 1 if text[:1] in single else 0


def is_name(text: str, strict: bool = True) -> bool:
    """Does ``text`` read as one person's name (张伟, 纪道清, 欧阳一鸣, 阿不都·艾力)? Not
    ``strict``: where the words around it mark both its ends (任命X为, 接受X辞去), a name of a
    surname the table lacks (启功, 恽淇丞) is taken too, if it opens no organisation."""
    if _DOT_NAME.match(text):
        return True
    size = surname_length(text)
    if not size and not strict and 2 <= len(text) <= 3:
        size = 1 if text[0] not in _NOT_IN_GIVEN + _LEVEL and not division_at(text) else 0
    given = text[size:]
    if not size or not 1 <= len(given) <= 2 or len(text) > 4:
        return False
    # one character of the given name lost in the copy (王\ufffd康): still the person, the record
    # is kept as written and flagged (issue 16, case 9)
    if given.count(REPLACEMENT) == 1 and len(given) == 2:
        given = given.replace(REPLACEMENT, "")
    return all(_han(c) for c in given) and all(
        c not in _NOT_IN_GIVEN or _word_part_in_name(text, size + i) for i, c in enumerate(given)
    )


# Characters _NOT_IN_GIVEN refuses as parts of words (职务, 常务; 今年, 多年) that given names also
# hold (张务锋, 唐英年): taken only where they stand as names put them (务 right after a single
# surname and before another character, 年 closing a two-character given name) and make no word
# with the character before or after them. 常务/公务/国务/商务 (常务副市长, 公务员, 国务院) and
# 今年/明年/全年/周年 (于今年, 在当年) stay refused.
_WORD_PARTS = {
    "务": (
        "常公党商国政财税法医军警业总事家特内外校院村劳林农教乡司服关港海路电车田工洋时实防邮"
        "团会厂馆部区义任要债庶宗检审狱航机杂俗急店局省市县居",
        "必求须虚工农实",
    ),
    "年": (
        "一二三四五六七八九十两百千万零〇几数余多今去明全当同近每青少新旧次往早晚成中老历周前后"
        "上下本该常长连逐翌童幼暮末初壮积经累跨学财整半来光流终高荒丰平闰拜过贺编纪生作隔那这其天"
        "有定",
        "",
    ),
}


def _word_part_in_name(text: str, index: int) -> bool:
    char = text[index]
    if char not in _WORD_PARTS or len(text) != 3:
        return False
    before, after = _WORD_PARTS[char]
    if char == "务" and index != 1:
        return False
    if char == "年" and index != 2:
        return False
    following = text[index + 1 : index + 2]
    return text[index - 1] not in before and not (following and following in after)


def _han(char: str) -> bool:
    """A Chinese character: the basic block, or an extension block, where a simplified text puts a
    given name's rare character (鉷 read 𫟹, 王𫖮)."""
    return (
        "\u4e00" <= char <= "\u9fff"
        or "\u3400" <= char <= "\u4dbf"
        or "\U00020000" <= char <= "\U000323af"
    )


def noted_names(text: str, is_title) -> list[str]:
    """徐远通（无党派）、区鉷（民进）、罗斯宁（民盟）: the persons of a 、-list whose every item is a
    name with its note after it (party, sex, nationality). The note marks the name's end and the
    list its start, so a name of a surname the table lacks (区, Ou, a Cantonese surname; its level
    word's character otherwise) is taken when it has two or three characters, the given name none of
    the words around a name, it opens no division and is no title (区长（女）). Empty when an item is
    no such name."""
    items = text.strip().split("、")
    found = []
    for item in items:
        note = _NOTE.search(item)
        name = item[: note.start()] if note else ""
        if not note or note.end() != len(item):
            return []
        bounded = (
            2 <= len(name) <= 3
            and all(_han(c) for c in name)
            and not any(c in _NOT_IN_GIVEN for c in name[1:])
            and not division_at(name)
            and not is_title(name)
        )
        if _PERSON_NOUN.fullmatch(name) or not (is_name(name) or bounded):
            return []
        found.append(name)
    # a name the table's surnames do not prove (区鉷) is taken only beside one that they do, in a
    # list of persons (徐远通（无党派）、区鉷（民进）): alone, a word before a note (教授（民进）获聘…,
    # review10 F5) may be any noun for a person
    if not any(is_name(name) for name in found):
        return []
    return found


# Nouns for a person, not names, though a note may follow them (教授（民进）, 老师（女）, 其妻（女）);
# some pass is_name (代表, 经理, 农民, 党员, 母亲).
_PERSON_NOUN = re.compile(
    r"其.|.?(?:教授|老师|教师|同志|学生|医生|医师|博士|硕士|代表|女士|先生|校友|院士|专家|委员|律师"
    r"|记者|作家|画家|工程师|讲师|经理|干部|职工|农民|村民|市民|群众|成员|会员|党员|夫人|妻子|丈夫"
    r"|母亲|父亲|儿子|女儿|学者|编辑|演员|护士|教练|研究员|馆员|参事|主任|委员)"
)


REPLACEMENT = "\ufffd"  # what a decoder puts for a byte sequence it could not read


def division_at(text: str) -> int:
    """Length of the division name ``text`` opens with (the longest); 0 when none. A short form
    followed by a level word (东方 in 东方区) is not one: the full name would be written."""
    names = divisions()
    for size in _division_lengths():
        if len(text) >= size and text[:size] in names:
            if text[size : size + 1] in _LEVEL + "州" and text[: size + 1] not in names:
                continue
            return size
    return 0


def organisation_strength(text: str, government: str | None, post_titles: tuple[str, ...]) -> int:
    """How plainly ``text`` opens an organisation or a post: 4 the text's own government,
    3 a division's full name, 2 a level word (市教育局), an organ word (国务院) or a post title,
    1 a division's short form, 0 nothing an organisation opens with."""
    if government and text.startswith(government):
        return 4
    size = division_at(text)
    if size:
        return 3 if text[size - 1] in _LEVEL + "州旗盟" or size > 3 else 1
    if text[:1] in _LEVEL and text[1:2] not in _LEVEL + "场域级直民" and len(text) > 1:
        return 2
    if text.startswith(("自治区", "自治州", "自治县")) and len(text) > 3:
        return 2  # 孟德利自治区政府副主席: the level word of an autonomous region, three characters
    if _ORGAN_OPENING.match(text) or text.startswith(post_titles):
        return 2
    return 0


def split_name(
    text: str, government: str | None, post_titles: tuple[str, ...], strict: bool = True
) -> tuple[str, str] | None:
    """``text`` = a name run into what follows it (卢炳椿泉州市人民政府副市长): (name, rest) for
    the split whose rest most plainly opens an organisation; None when no split gives a name.
    Not ``strict``: the name's start is marked (the last of a list), see ``is_name``."""
    best: tuple[int, int, str, str] | None = None
    for size, preference in ((3, 3), (2, 2), (4, 1)):
        name, rest = text[:size], text[size:]
        if len(text) <= size or not is_name(name, strict) or _splits_a_place(text, size):
            continue
        strength = organisation_strength(rest, government, post_titles)
        if strength and (best is None or (strength, preference) > best[:2]):
            best = (strength, preference, name, rest)
    return (best[2], best[3]) if best else None


def name_and_title(text: str, is_title) -> tuple[str, str] | None:
    """郑皓副区长 → (郑皓, 副区长): a person named by a post held, the name first (决定郑皓副区长
    代理…); None when no split, or more than one, gives a name and a title."""
    splits = [
        (text[:size], text[size:])
        for size in (2, 3, 4)
        if len(text) > size and is_name(text[:size]) and is_title(text[size:])
    ]
    return splits[0] if len(splits) == 1 else None


def _splits_a_place(text: str, size: int) -> bool:
    """Whether a name of ``size`` characters would end inside a place's name that runs on after it
    (刘黄浦区安全生产监督管理局: 刘黄浦 would leave 区…; 黄浦区 is the place, so 刘黄浦 is no name)."""
    for start in range(1, size):
        length = division_at(text[start:])
        if length > size - start and text[start + length - 1] in "省市县区州旗盟":
            return True  # a full place name (黄浦区), not a short form (静宁 of 陈静宁波市)
    return False


def title_and_name(text: str, is_title) -> tuple[str, str] | None:
    """县委副书记纪道清 → (县委副书记, 纪道清): a name written after its bearer's title."""
    for size in (3, 2, 4):
        title, name = text[:-size], text[-size:]
        if len(text) > size and is_name(name) and is_title(title):
            return title, name
    return None


def _transcribed(text: str, is_title) -> bool:
    """A four-character name transcribed from Mongolian or Tibetan without a middle dot (巴音朝鲁,
    土登才旺), where the words around it mark both its ends: none of its characters is a function,
    organ, level or number word, it opens no division and no title."""
    return (
        len(text) == 4
        and all("\u4e00" <= c <= "\u9fff" for c in text)
        and not any(c in _NOT_IN_GIVEN + _LEVEL + _NUMERALS for c in text)
        and not division_at(text)
        and not any(is_title(text[:size]) for size in (1, 2, 3))
        and not text.startswith(_STATEMENT_VERBS)
    )


# A statement's verb opening the four characters is the statement's, not a name's (决定同意接受石烽
# 同志辞去…: «接受石烽», http://www.365ebay.com/news/xiangzhen/64266.html).
_STATEMENT_VERBS = ("接受", "同意", "决定", "任命", "免去", "聘任", "聘请", "提名", "批准", "通过")


def without_count(text: str) -> str:
    """李学智、杨家全、何朝坚3人 → 李学智、杨家全、何朝坚; 申永杰等3名同志 → 申永杰; a note
    after a name dropped: 左力（女） → 左力."""
    return _COUNT.sub("", _NOTE.sub("", text.strip()))


# Given names may end in a character that after a name is mostly a word of its own (赵立人, 欧豪年):
# read so only inside a 、-list its count closes (…、赵立人、…等9人), where both ends are marked.
_LISTED_LAST = "人年"


def _listed_name(item: str) -> bool:
    return (
        len(item) == 3
        and item[-1] in _LISTED_LAST
        and is_name(item[:-1] + "一")  # the same name with a plain last character
    )


def name_list(text: str, is_title, strict: bool = True) -> list[str] | None:
    """The persons of a 、-list (李学智、杨家全、何朝坚3人; 县委副书记纪道清同志; 申永杰等3名同志):
    titles before a name dropped, a closing count dropped; None when an item is no name."""
    counted = without_count(text) != text.strip()
    text = without_count(text)
    names: list[str] = []
    items = [i for i in re.split(r"[、,，]", text) if i]
    for index, item in enumerate(items):
        item = item.removesuffix("同志")
        if is_name(item, strict) or (counted and len(items) > 1 and _listed_name(item)):
            names.append(item)
            continue
        found = title_and_name(item, is_title)
        if found:
            names.append(found[1])
        elif not strict and _transcribed(item, is_title):
            names.append(item)
        elif not (is_title(item) and index < len(items) - 1):
            return None  # a title alone may head the next item (县委常委、副县长张三)
    return names or None


__all__ = [
    "divisions",
    "is_name",
    "name_and_title",
    "name_list",
    "noted_names",
    "split_name",
    "surname_length",
    "title_and_name",
]
