"""The grammar of amendment instructions: one 修改内容 text → the textual changes it makes.

Chinese amending decisions (修改决定, 修正案, 清理结果) write each change as an imperative sentence whose
quoted parts are the old and the new wording. The forms, as governments write them:

* delete: ``删除（删去）第十条`` · ``删去第五条第二款中的“X”`` · ``将第三条中的“X”删除`` ·
  ``删除一4“4.支持……”`` (the quote is the wording of the deleted provision);
* replace: ``将第三条修改为：“Y”`` · ``将三(一)2中“X”修改为“Y”`` · ``第十条中的“X”改为“Y”，“Z”改为“W”`` ·
  ``将文中的“X”统一修改为“Y”`` · ``第二条第一项“<its wording>”中的“X”修改为“Y”`` (the provision quoted
  whole to identify it);
* insert: ``在第三条后增加一条，作为第四条：“Y”`` · ``增加一款作为第二款：“Y”`` ·
  ``在第五条中的“X”后增加“Y”`` · ``第七条增加“Y”``;
* renumber: ``第十条改为第十一条`` · ``第十条至第二十条依次改为第十一条至第二十一条`` (a replace with no
  wording and ``note`` ``renumber``).

The sentence is first turned into a *template*: every top-level quotation (“…”, 「…」, or paired
ASCII "…") becomes a placeholder, so punctuation and 《》 inside quoted wording never confuse the
parse, and sentences split at 。；; outside quotes. A sentence that names a verb or carries a quote
but matches no form is returned as unparsed, for the caller to warn about: never dropped silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.records import TextChange
from kg.text.normalize import clean, to_ascii_digits

_OPENERS = {"“": "”", "「": "」", "『": "』"}
_OPENING = re.compile('[“「『"]')
_Q = "\ue000"  # a placeholder: \ue000<index>\ue001
_QUOTE = r"\ue000(\d+)\ue001"
_QUOTES = rf"{_QUOTE}(?:\s*[、和及与,，]?\s*{_QUOTE})*"

_N = r"[零〇一二三四五六七八九十百千两\d０-９]+"
_UNIT = rf"第\s*{_N}\s*(?:编|章|节|条|款|项|目|段|句|部分|点|行)(?:\s*之\s*{_N})?"
_BRACKET_ITEM = rf"第?\s*[（(]\s*{_N}\s*[)）]\s*(?:项|目|点)?"
_ARTICLE = rf"(?:{_UNIT}|{_BRACKET_ITEM})+"
_OUTLINE = (
    r"(?:[一二三四五六七八九十]+|[（(]\s*[一二三四五六七八九十\d]+\s*[)）]|\d+(?!\s*[年月日%]))+"
)
_NAMED = r"标题|题目|文件名称|名称|文件标题|序言|前言|正文|落款|附则|全文|文中|文件中|正文中"
_ANNEX = r"附(?:件|表)\s*\d*"
_ONE = rf"(?:(?:{_ANNEX})\s*(?:中的?|的)?\s*)?(?:{_ARTICLE}|{_NAMED}|{_OUTLINE})|{_ANNEX}"
_PROVISION = rf"(?:{_ONE})(?:\s*(?:至|—|-|～|~)\s*(?:{_ONE}))?"
_PROVISIONS = rf"(?:{_PROVISION})(?:\s*(?:、|和|及|以及)\s*(?:{_PROVISION}))*"

_REPLACE_VERB = r"(?:统一|均|一律|全部|分别)?(?:修改|修订|改|更改|变更|替换|调整|更换)(?:为|成)"
_DELETE_VERB = r"(?:予以)?(?:删除|删去|删掉|去掉)"
_INSERT_VERB = r"(?:增加|增写|新增|增设|添加|加上|插入|补充|增补)"
_UNIT_COUNT = r"(?:[一二两三四五六七八九十\d]+(?:条|款|项|目|段|句|个|点)|内容|以下内容|如下内容)"
_ENUMERATOR = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+、|[（(]\s*[一二三四五六七八九十\d]+\s*[)）]\s*[、.．]?|\d+\s*[.．、]"
    r"(?!\d)|[①②③④⑤⑥⑦⑧⑨⑩])\s*"
)
# Sentences that are part of the grammar but carry no change of their own (skipped on purpose).
_NOTHING = re.compile(
    r"^(?:此外|另外|同时)?[,，]?(?:对)?.{0,12}(?:条文|条款|序号|顺序|章节).{0,12}(?:相应|依次)"
    r"(?:调整|顺延|变动|修改)|^作如下修改[:：]?$|^修改如下[:：]?$|^[:：]$"
)
_VERB = re.compile(rf"{_REPLACE_VERB}|{_DELETE_VERB}|{_INSERT_VERB}|改为|合并|拆分|移至|移到|调至")


@dataclass
class Parsed:
    """The changes read from one instruction text, and the sentences that could not be read."""

    changes: list[TextChange] = field(default_factory=list)
    unparsed: list[str] = field(default_factory=list)


def template(text: str) -> tuple[str, list[str]]:
    """``text`` with each top-level quotation replaced by a placeholder; the quoted texts.

    Curly and corner quotes nest (depth-counted); ASCII double quotes pair in order. An unclosed
    quotation runs to the end of the text.
    """
    quotes: list[str] = []
    out: list[str] = []
    position = 0
    while match := _OPENING.search(text, position):
        start = match.start()
        opener = match.group(0)
        end = _closing(text, start, opener, _OPENERS.get(opener, '"'))
        out.append(text[position:start])
        quotes.append(text[start + 1 : end])
        out.append(f"{_Q}{len(quotes) - 1}\ue001")
        position = end + 1
    out.append(text[position:])
    return "".join(out), quotes


def _closing(text: str, start: int, opener: str, closer: str) -> int:
    """Index of the quote closing the one at ``start`` (len(text) when it never closes)."""
    if opener == closer:
        end = text.find(closer, start + 1)
        return end if end >= 0 else len(text)
    depth = 0
    for match in re.finditer(f"[{opener}{closer}]", text[start:]):
        depth += 1 if match.group(0) == opener else -1
        if depth == 0:
            return start + match.start()
    return len(text)


def quotes_balanced(text: str) -> bool:
    """True when every curly or corner quotation opened in ``text`` is closed."""
    return all(text.count(o) <= text.count(c) for o, c in _OPENERS.items())


def normalize_provision(text: str | None) -> str | None:
    """A provision reference as a key-like label: no spaces, ASCII brackets and digits."""
    if not text:
        return None
    text = to_ascii_digits(re.sub(r"\s+", "", text)).replace("（", "(").replace("）", ")")
    if text in ("文中", "文件中", "正文中", "全文中"):
        return "全文"
    return re.sub(r"(?:中的?|的)$", "", text)


# A comma before a new verb of change starts a new instruction: “…”修改为“…”，删去第九条.
_CLAUSE_END = re.compile(
    r"[。；;]|[，,](?=\s*(?:并|同时)?\s*(?:将|把|删去|删除|在第|在“|在\ue000))"
)
_CONNECTIVE = re.compile(r"^(?:并|同时|另外|此外)\s*[，,]?\s*")


def sentences(tpl: str) -> list[str]:
    """Split a template at 。；; and at a comma before a new verb of change (quotes are
    placeholders, so only the decision's own punctuation counts)."""
    parts = _CLAUSE_END.split(tpl)
    return [p.strip(" \t,，、") for p in parts if p.strip(" \t,，、")]


def parse(text: str, strict: bool = False) -> Parsed:
    """The textual changes an instruction text (a 修改内容 cell, an item of a decision) makes.

    ``strict`` (a 修改内容 cell, where every sentence is an instruction): any sentence not read is
    reported; otherwise only sentences with a verb of change or a quotation are.
    """
    tpl, quotes = template(clean(text))
    result = Parsed()
    provision: str | None = None
    for sentence in sentences(tpl):
        body = _ENUMERATOR.sub("", sentence).strip()
        if not body or _NOTHING.search(body):
            continue
        body = _CONNECTIVE.sub("", body)
        if not body:
            continue
        changes, provision = _sentence(body, quotes, provision)
        if changes:
            result.changes.extend(changes)
        elif strict or _VERB.search(body) or _Q in body:
            result.unparsed.append(_restore(body, quotes))
    return result


def _restore(tpl: str, quotes: list[str]) -> str:
    return re.sub(_QUOTE, lambda m: f"“{quotes[int(m.group(1))]}”", tpl)


def _texts(fragment: str, quotes: list[str]) -> list[str]:
    return [clean(quotes[int(i)]) for i in re.findall(_QUOTE, fragment)]


def _joined(fragment: str, quotes: list[str]) -> str | None:
    texts = _texts(fragment, quotes)
    return "\n".join(texts) if texts else None


def _split_provisions(text: str | None) -> list[str | None]:
    """第十条、第十二条 → [第十条, 第十二条]; a range (至) stays one provision."""
    if not text:
        return [None]
    parts = re.split(r"\s*(?:、|以及|和|及)\s*", text)
    return [normalize_provision(p) for p in parts if p.strip()]


_LEAD = re.compile(rf"^(?:将|把|对)?\s*(?P<p>{_PROVISIONS})?\s*(?:中的|中|的|内容)?\s*")


# 第二条第一项“<its whole wording>”中的“X”修改为“Y”: the provision's wording quoted to identify it.
_IDENTIFYING_QUOTE = re.compile(
    rf"^(?P<p>(?:将|把)?\s*{_PROVISIONS})\s*{_QUOTE}\s*(?P<of>中的|中)\s*(?={_QUOTE})"
)


def _sentence(
    body: str, quotes: list[str], inherited: str | None
) -> tuple[list[TextChange], str | None]:
    """Parse one sentence; return its changes and the provision later sentences inherit."""
    body = _IDENTIFYING_QUOTE.sub(lambda m: m.group("p") + m.group("of"), body)
    for form in (_delete_first, _insert_first, _after_provision):
        found = form(body, quotes, inherited)
        if found is not None:
            changes = found
            provisions = [c.provision for c in changes if c.provision]
            return changes, provisions[-1] if provisions else inherited
    return [], inherited


# ---- 删除/删去 … (verb first)

_DELETE_FIRST = re.compile(
    rf"^{_DELETE_VERB}\s*(?P<p>{_PROVISIONS})?\s*(?:中的|中|的)?\s*(?P<q>{_QUOTES})?\s*"
    r"(?:等?(?:字样|内容|表述|文字|规定|一句|句子))?$"
)


def _delete_first(body: str, quotes: list[str], inherited: str | None) -> list[TextChange] | None:
    match = _DELETE_FIRST.match(body)
    if not match or not (match.group("p") or match.group("q")):
        return None
    provisions = _split_provisions(match.group("p")) if match.group("p") else [inherited]
    olds = _texts(match.group("q") or "", quotes) or [None]
    if len(provisions) > 1 and olds != [None]:
        return [
            TextChange(p, "delete", _joined(match.group("q"), quotes), None) for p in provisions
        ]
    return [TextChange(p, "delete", old, None) for p in provisions for old in olds]


# ---- 在…增加 / 增加…作为… (insertion first)

# 作为第二款 / 作为该条第二款 / 列为第六项, then 即： / 内容如下： before the quoted new text.
_AS = rf"(?:(?:作为|列为|为)\s*(?:该条|本条|该款|本款)?\s*(?P<np>{_PROVISIONS}))?"
_INTRO = r"[,，]?\s*(?:即|如下|内容为|内容如下|具体为)?\s*[:：]?"

_INSERT_FIRST = re.compile(
    rf"^(?:在\s*(?P<p>{_PROVISIONS})?\s*(?:中的|中|的)?\s*(?P<a>{_QUOTE})?\s*"
    r"(?P<pos>之后|后面|后|之前|前面|前|末尾|结尾|最后|中|里)?\s*)?"
    rf"(?:[,，]\s*)?{_INSERT_VERB}\s*(?:{_UNIT_COUNT})?\s*[,，]?\s*"
    rf"{_AS}\s*{_INTRO}\s*(?P<q>{_QUOTES})\s*$"
)
_POSITIONS = {
    "之后": "after",
    "后面": "after",
    "后": "after",
    "之前": "before",
    "前面": "before",
    "前": "before",
    "末尾": "end",
    "结尾": "end",
    "最后": "end",
}


def _insert_first(body: str, quotes: list[str], inherited: str | None) -> list[TextChange] | None:
    if not (body.startswith("在") or re.match(_INSERT_VERB, body)):
        return None
    match = _INSERT_FIRST.match(body)
    if not match:
        return None
    return [_insertion(match, quotes, match.group("p"), inherited)]


def _insertion(
    match: re.Match[str], quotes: list[str], provision_text: str | None, inherited: str | None
) -> TextChange:
    new_provision = normalize_provision(match.group("np"))
    provision = normalize_provision(provision_text) or inherited or new_provision
    anchor = match.groupdict().get("a")
    position = _POSITIONS.get(match.groupdict().get("pos") or "")
    if anchor and position is None:
        position = "after"
    return TextChange(
        provision,
        "insert",
        None,
        _joined(match.group("q"), quotes),
        anchor=_joined(anchor, quotes) if anchor else None,
        position=position,
        new_provision=new_provision,
    )


# ---- 将 <provision> (中的) … (provision first)

_REPLACE_WHOLE = re.compile(rf"^{_REPLACE_VERB}\s*{_INTRO}\s*(?P<q>{_QUOTES})\s*$")
_PAIR = re.compile(
    rf"\s*(?:[,，、]\s*)?(?:(?:将|把)\s*)?(?:(?P<p>{_PROVISIONS})\s*(?:中的|中|的)\s*)?"
    rf"(?P<old>{_QUOTE})\s*{_REPLACE_VERB}\s*[:：]?\s*(?P<new>{_QUOTE})"
)
_DELETE_WORDS = re.compile(
    rf"^(?P<q>{_QUOTES})\s*(?:等?(?:字样|内容|表述|文字))?\s*{_DELETE_VERB}$"
)
_DELETE_SELF = re.compile(rf"^{_DELETE_VERB}$")
_RENUMBER = re.compile(
    rf"^(?:相应|依次|顺序)?\s*(?:修改|改|调整|顺延|变更)(?:为|成|作)\s*(?P<np>{_PROVISIONS})\s*"
    rf"(?:[,，]\s*(?:并)?\s*(?:内容)?\s*(?:修改|改)为\s*{_INTRO}\s*(?P<q>{_QUOTES}))?\s*$"
)
_INSERT_AFTER = re.compile(
    rf"^(?P<a>{_QUOTE})?\s*(?P<pos>之后|后|之前|前|末尾|最后)?\s*{_INSERT_VERB}\s*(?:{_UNIT_COUNT})?"
    rf"\s*[,，]?\s*{_AS}\s*{_INTRO}\s*(?P<q>{_QUOTES})\s*$"
)


def _after_provision(
    body: str, quotes: list[str], inherited: str | None
) -> list[TextChange] | None:
    lead = _LEAD.match(body)
    assert lead is not None  # every group of _LEAD is optional
    provision_text, rest = lead.group("p"), body[lead.end() :]
    provisions = _split_provisions(provision_text) if provision_text else [inherited]
    if (m := _REPLACE_WHOLE.match(rest)) and provision_text:
        return [TextChange(p, "replace", None, _joined(m.group("q"), quotes)) for p in provisions]
    if pairs := _pairs(body, quotes, inherited):
        return pairs
    if m := _DELETE_WORDS.match(rest):
        return [
            TextChange(p, "delete", old, None)
            for p in provisions
            for old in _texts(m.group("q"), quotes)
        ]
    if _DELETE_SELF.match(rest) and provision_text:
        return [TextChange(p, "delete", None, None) for p in provisions]
    if (m := _RENUMBER.match(rest)) and provision_text:
        return _renumbering(provision_text, m, quotes)
    if m := _INSERT_AFTER.match(rest):
        return [_insertion(m, quotes, provision_text, inherited)]
    return None


def _renumbering(provision_text: str, match: re.Match[str], quotes: list[str]) -> list[TextChange]:
    """第五条改为第六条 (and, with ，修改为：“…”, the new wording of the renumbered provision)."""
    new_provision = normalize_provision(match.group("np"))
    changes = [
        TextChange(
            normalize_provision(provision_text),
            "replace",
            None,
            None,
            new_provision=new_provision,
            note="renumber",
        )
    ]
    if match.group("q"):
        changes.append(
            TextChange(new_provision, "replace", None, _joined(match.group("q"), quotes))
        )
    return changes


def _pairs(body: str, quotes: list[str], inherited: str | None) -> list[TextChange] | None:
    """“X”修改为“Y”, repeated: each pair inherits the provision named before it."""
    changes: list[TextChange] = []
    position, provision = 0, inherited
    lead = re.match(r"^(?:将|把|对)?\s*", body)
    position = lead.end() if lead else 0
    while position < len(body):
        match = _PAIR.match(body, position)
        if not match:
            return None
        provisions = _split_provisions(match.group("p")) if match.group("p") else [provision]
        provision = provisions[-1]
        old, new = _joined(match.group("old"), quotes), _joined(match.group("new"), quotes)
        changes.extend(TextChange(p, "replace", old, new) for p in provisions)
        position = match.end()
    return changes or None
