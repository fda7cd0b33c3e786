"""Dates as Chinese official texts write them, read into ISO 8601 strings that keep their precision.

公文 write the date signed in Arabic digits (2023年6月22日, GB/T 9704-2012 §7.3.5.1) or, in older
texts and 红头 copies, in Chinese numerals (二〇二三年六月二十二日); web pages add 2023-06-22 and
2023.6.22. A date that only names a month (2023年6月) stays ``2023-06``. An impossible date
(2023年13月1日) is not a date: :func:`parse` returns None and :func:`find_all` reports it as bad, so
that the extractor can warn naming the line instead of inventing a value.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from dataclasses import dataclass

from kg.text.normalize import chinese_number, to_ascii_digits

_CN = "〇零一二三四五六七八九十"
_NUM = rf"[0-9０-９]{{1,4}}|[{_CN}]{{1,4}}"
_SP = r"[ \u3000]*"
_YMD = re.compile(
    rf"(?P<y>[0-9０-９]{{4}}|[{_CN}〇○OＯ]{{4}}){_SP}年{_SP}(?P<m>{_NUM}){_SP}月"
    rf"(?:{_SP}(?P<d>{_NUM}){_SP}[日号])?"
)
_DASHED = re.compile(
    r"(?<![0-9])(?P<y>(?:19|20)\d{2})[-./](?P<m>\d{1,2})[-./](?P<d>\d{1,2})(?![0-9])"
)


@dataclass(frozen=True)
class FoundDate:
    """A date in running text: its ISO form (None when the written date is impossible)."""

    iso: str | None
    verbatim: str
    start: int
    end: int


def _number(text: str | None) -> int | None:
    if text is None:
        return None
    if len(text) == 4 and all(ch in "〇零○OＯ一二三四五六七八九" for ch in text):  # 二〇二三
        # 二OO四: copies type the letter O for 〇
        return int("".join(str(chinese_number(ch) or 0) for ch in text))
    text = to_ascii_digits(text)
    if text.isdigit():
        return int(text)
    return chinese_number(text)


def _iso(year: int | None, month: int | None, day: int | None) -> str | None:
    if year is None or month is None or not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def find_all(text: str) -> Iterator[FoundDate]:
    """Every written date (year, month, optional day) in ``text``, in order."""
    found = []
    for pattern in (_YMD, _DASHED):
        for match in pattern.finditer(text):
            iso = _iso(
                _number(match.group("y")), _number(match.group("m")), _number(match.group("d"))
            )
            found.append(FoundDate(iso, match.group(0), match.start(), match.end()))
    found.sort(key=lambda f: f.start)
    last_end = -1
    for item in found:
        if item.start >= last_end:
            last_end = item.end
            yield item


def parse(text: str) -> str | None:
    """The ISO date of a string that is one date (surrounding space and brackets allowed)."""
    text = text.strip().strip("（）()")
    for item in find_all(text):
        if item.start == 0 and item.end == len(text):
            return item.iso
    return None


def is_date_line(text: str) -> bool:
    """True when ``text`` is a date and nothing else (a signature date line), valid or not."""
    text = text.strip().strip("（）()").replace(" ", "")
    return any(f.start == 0 and f.end == len(text) for f in find_all(text))
