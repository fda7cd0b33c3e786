"""Text normalisation for matching, kept apart from the original wording.

Two levels, used everywhere:

* :func:`clean` — the value "as written": NFC, default-ignorable characters removed, runs of
  white space folded, and the spaces that PDF line wrapping put inside CJK words removed
  (``华能瑞安1 号海上风电 场工程 项目`` → ``华能瑞安1号海上风电场工程项目``). This is what records hold.
* :func:`key` — a matching key: :func:`clean`, then NFKC, Kangxi/radical look-alikes mapped to
  unified ideographs, every bracket variant mapped to one pair, name dots unified, all white space
  dropped. Keys are compared, never shown.

The quoted provenance text keeps the original line exactly (see kg.text.source).
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Default-ignorable and bidi controls that PDF/HTML extraction leaves behind.
_IGNORABLE = dict.fromkeys(
    [0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
)

# CJK Radicals Supplement look-alikes that NFKC leaves alone (Kangxi radicals U+2F00.. are NFKC'd).
_RADICALS = str.maketrans(
    {
        "⺁": "厂",
        "⺇": "几",
        "⺈": "刀",
        "⺊": "卜",
        "⺌": "小",
        "⺍": "小",
        "⺎": "尢",
        "⺏": "尢",
        "⺐": "尢",
        "⺑": "尢",
        "⺒": "巳",
        "⺓": "幺",
        "⺔": "彐",
        "⺖": "心",
        "⺗": "心",
        "⺘": "手",
        "⺙": "攴",
        "⺛": "旡",
        "⺝": "月",
        "⺟": "母",
        "⺠": "民",
        "⺡": "水",
        "⺢": "水",
        "⺣": "火",
        "⺤": "爪",
        "⺥": "爪",
        "⺦": "丬",
        "⺧": "牛",
        "⺨": "犬",
        "⺩": "王",
        "⺪": "疋",
        "⺫": "目",
        "⺬": "示",
        "⺭": "示",
        "⺮": "竹",
        "⺯": "糸",
        "⺰": "糸",
        "⺱": "网",
        "⺲": "网",
        "⺳": "网",
        "⺴": "网",
        "⺵": "网",
        "⺶": "羊",
        "⺷": "羊",
        "⺸": "羊",
        "⺹": "老",
        "⺺": "肀",
        "⺻": "聿",
        "⺼": "肉",
        "⺽": "臼",
        "⺾": "艸",
        "⺿": "艸",
        "⻀": "艸",
        "⻁": "虎",
        "⻂": "衣",
        "⻃": "襾",
        "⻄": "西",
        "⻅": "见",
        "⻆": "角",
        "⻇": "角",
        "⻈": "讠",
        "⻉": "贝",
        "⻋": "车",
        "⻌": "辶",
        "⻍": "辶",
        "⻎": "辶",
        "⻏": "阝",
        "⻐": "金",
        "⻑": "長",
        "⻒": "镸",
        "⻓": "长",
        "⻔": "门",
        "⻕": "阜",
        "⻖": "阝",
        "⻗": "雨",
        "⻘": "青",
        "⻙": "韦",
        "⻚": "页",
        "⻛": "风",
        "⻜": "飞",
        "⻝": "食",
        "⻞": "食",
        "⻟": "食",
        "⻠": "饣",
        "⻡": "首",
        "⻢": "马",
        "⻣": "骨",
        "⻤": "鬼",
        "⻥": "鱼",
        "⻦": "鸟",
        "⻧": "卤",
        "⻨": "麦",
        "⻩": "黄",
        "⻪": "黾",
        "⻫": "斉",
        "⻬": "齐",
        "⻭": "歯",
        "⻮": "齿",
        "⻯": "竜",
        "⻰": "龙",
        "⻱": "龜",
        "⻲": "亀",
        "⻳": "龟",
    }
)

# Every bracket variant a 发文字号 or a title is written with, mapped to one pair per role.
_BRACKETS = str.maketrans(
    {
        "［": "[",
        "］": "]",
        "【": "[",
        "】": "]",
        "〔": "[",
        "〕": "]",
        "﹝": "[",
        "﹞": "]",
        "〖": "[",
        "〗": "]",
        "（": "(",
        "）": ")",
        "〈": "<",
        "〉": ">",
        "《": "<",
        "》": ">",
        "「": '"',
        "」": '"',
        "“": '"',
        "”": '"',
    }
)

_DOTS = str.maketrans({"・": "·", "•": "·", "‧": "·", "．": "·", "∙": "·"})

_CJK = (
    r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff"
    r"\u3000-\u303f\uff00-\uffef\u2014\u2026\u201c\u201d\u2018\u2019\u00b7"
)
_CJK_CHAR = f"[{_CJK}]"
_TIGHT = f"[{_CJK}0-9０-９#()]"
# Spaces with a CJK character on one side and a CJK character or a digit on the other.
_WRAP_SPACE = re.compile(
    rf"(?<={_CJK_CHAR})[ \t\u3000\u00a0]+(?={_TIGHT})|(?<={_TIGHT})[ \t\u3000\u00a0]+(?={_CJK_CHAR})"
)
_SPACES = re.compile(r"[ \t\u3000\u00a0\r\n\f\v]+")


def strip_ignorables(text: str) -> str:
    """Remove zero-width, soft-hyphen and bidi control characters."""
    return text.translate(_IGNORABLE)


@functools.lru_cache(maxsize=8192)
def clean(text: str | None) -> str:
    """The value as written: NFC, ignorables removed, white space folded, wrap spaces in CJK removed.

    Memoised (bounded): several genres clean the same lines of a section (the sample: 7k calls,
    1.8k distinct lines); a pure function of its text."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", strip_ignorables(text))
    text = _SPACES.sub(" ", text).strip()
    return _WRAP_SPACE.sub("", text)


def unify_brackets(text: str) -> str:
    """Map 〔〕［］【】﹝﹞〖〗 to [], （） to (), 《》〈〉 to <>, CJK quotes to ASCII double quotes."""
    return text.translate(_BRACKETS)


@functools.lru_cache(maxsize=8192)
def key(text: str | None) -> str:
    """A matching key: equal keys mean the same wording, whatever the encoding accidents.

    Memoised (bounded): mapping asks for the keys of the same few hundred names tens of
    thousands of times (every IRI minted, every name compared); a pure function of its text."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", clean(text)).translate(_RADICALS)
    text = unify_brackets(text).translate(_DOTS)
    return _SPACES.sub("", text)


def to_ascii_digits(text: str) -> str:
    """Full-width digits and 〇/○ used as zero inside numbers become ASCII digits."""
    text = unicodedata.normalize("NFKC", text)
    return text.replace("〇", "0").replace("○", "0").replace("Ｏ", "0")


_CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}


def chinese_number(text: str) -> int | None:
    """Parse a small Chinese or Arabic numeral (一, 十二, 二十三, 一百零五, 12); None if not one."""
    text = to_ascii_digits(text.strip())
    if text.isdigit():
        return int(text)
    if not text or any(ch not in _CN_DIGITS and ch not in "十百千" for ch in text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch in _CN_DIGITS:
            current = _CN_DIGITS[ch]
        else:
            unit = {"十": 10, "百": 100, "千": 1000}[ch]
            total += (current or 1) * unit
            current = 0
    return total + current


_YEAR_RANGE = re.compile(r"(\d{4})\s*[-—–~至]\s*(\d{4})\s*年?")
_YEAR_IN_BRACKETS = re.compile(r"\((\d{4})年\)")


def title_key(title: str | None) -> str:
    """A matching key for document titles: :func:`key`, without 《》 and with the spellings of a
    year range unified (规划(2021-2030年) and 规划(2021—2030) are one title)."""
    text = key(title).strip("<>")
    text = _YEAR_RANGE.sub(r"\1-\2", text)
    return _YEAR_IN_BRACKETS.sub(r"(\1)", text)
