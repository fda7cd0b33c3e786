"""Agency renames: ``将温州市投资促进局更名为温州市投资合作局``.

Governments announce a rename in a notice (关于X更名的通知), inside an institutional-reform decision,
or in a news brief. The grammar is ``(将)?<old>(更名为|改名为|改称|名称变更为)<new>``; the old and new
names are agency names (they end like one: 局, 委员会, 办公室, 中心, 集团…). The date is the
notice's 施行 date when it states one (自印发之日起施行 → the date signed), else the date signed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.context import Context
from kg.records import OrganizationChangeRecord, Record
from kg.segment import Section
from kg.text import dates, docnumber
from kg.text.normalize import clean

_AGENCY_END = r"(?:局|厅|委员会|委|办公室|办|中心|集团(?:有限公司)?|公司|管理委员会|管委会|院|所|站|馆|部|处|署)"
_NAME = rf"[\u4e00-\u9fff（）()、]{{2,40}}?{_AGENCY_END}"
_RENAME = re.compile(
    rf"(?:将|把)?(?P<old>{_NAME})(?:更名为|改名为|改称为?|名称变更为|名称调整为)[“\"]?(?P<new>{_NAME})(?![\u4e00-\u9fff])"
)
_ON_ISSUE = re.compile(r"自(?:印发|发布|公布|签发)之日起(?:施行|实施|执行|生效)")
_FROM = re.compile(r"自(?P<date>[^，。；自]{6,20}?)起(?:施行|实施|执行|生效)")
_LEADING = re.compile(r"^.*?(?:决定|同意|研究|批准|拟|现)")


def _text(section: Section) -> list[tuple[int, str]]:
    return [(n, clean(t)) for n, t in section.numbered_lines()]


def _signed(lines: list[tuple[int, str]]) -> str | None:
    for _, text in reversed(lines):
        if dates.is_date_line(text):
            return dates.parse(text.replace(" ", ""))
    return None


def _effective(lines: list[tuple[int, str]]) -> str | None:
    joined = "".join(t for _, t in lines)
    if _ON_ISSUE.search(joined):
        return _signed(lines)
    match = _FROM.search(joined)
    if match:
        return dates.parse(match.group("date"))
    return _signed(lines)


def _number(lines: list[tuple[int, str]]) -> str | None:
    for _, text in lines[:6]:
        parsed = docnumber.parse(text.replace(" ", ""))
        if parsed:
            return parsed.normalized
    return None


def extract(section: Section, context: Context) -> Iterator[Record]:
    lines: list[tuple[int, str]] | None = None
    date = number = None
    for line, raw in section.numbered_lines():
        # Every verb of _RENAME has 名 or 称, and cleaning never makes either: other lines
        # (nearly all) skip the cleaning and the regex.
        if "名" not in raw and "称" not in raw:
            continue
        for match in _RENAME.finditer(clean(raw)):
            old = _LEADING.sub("", match.group("old")).lstrip("将把")
            if old == match.group("new"):
                continue
            if lines is None:  # the notice's date and number, read once it holds a rename
                lines = _text(section)
                date, number = _effective(lines), _number(lines)
            yield OrganizationChangeRecord(
                context.span(line),
                change="rename",
                original=old,
                resulting=match.group("new"),
                date=date,
                document=number,
            )
