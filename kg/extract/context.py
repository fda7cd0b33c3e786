"""What every extractor may know about the source beyond its own section."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.records import SourceSpan
from kg.segment import Section
from kg.text.normalize import clean
from kg.text.source import Source

# 温州市人民政府公报 → 温州市; 浙江省人民政府公报 → 浙江省; 瑞安市人民政府办公室 → 瑞安市
_GOVERNMENT = re.compile(
    r"((?:[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|自治州|州|盟|地区|县|自治县|旗|区))+?)"
    r"(?:人民政府|人民代表大会|人大常委会|政府)"
)


@dataclass(frozen=True)
class Context:
    """Shared, read-only facts about the source being extracted."""

    source: Source
    sections: tuple[Section, ...]
    government: str | None  # the issuing government the text speaks for: 温州市
    year: int | None = None  # the year the text is about (the issue's year), for dates without one

    def span(self, start: int, end: int | None = None) -> SourceSpan:
        """A SourceSpan over lines ``start``..``end`` of this source, quoting the original text."""
        end = end or start
        return SourceSpan(self.source.name, start, end, self.source.quote(start, end))


def detect_government(source: Source) -> str | None:
    """The government a text speaks for: from its first non-blank lines (the masthead or the
    issuing organ of the first document); None when no line names one."""
    for number, line in enumerate(source.lines[:400], 1):
        text = clean(line).replace(" ", "")
        if not text:
            continue
        match = _GOVERNMENT.search(text)
        if match and number <= 400:
            return match.group(1)
    return None


_ISSUE_YEAR = re.compile(r"((?:19|20)\d{2})\s*(?:年|\.)?\s*第\s*\d{1,3}\s*期")
_LONE_YEAR = re.compile(r"^((?:19|20)\d{2})$")
_ANY_DATE = re.compile(r"((?:19|20)\d{2})年\s*\d{1,2}\s*月")


def detect_year(source: Source) -> int | None:
    """The year a text is about: its issue line (2023年第6期), a lone year in the masthead, or
    the first full date in the text."""
    head = source.lines[:60]
    for line in head:
        match = _ISSUE_YEAR.search(clean(line))
        if match:
            return int(match.group(1))
    for line in head:
        match = _LONE_YEAR.match(clean(line))
        if match:
            return int(match.group(1))
    match = _ANY_DATE.search(source.text)
    return int(match.group(1)) if match else None
