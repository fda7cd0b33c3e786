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

    def span(self, start: int, end: int | None = None) -> SourceSpan:
        """A SourceSpan over lines ``start``..``end`` of this source, quoting the original text."""
        end = end or start
        return SourceSpan(self.source.name, start, end, self.source.quote(start, end))


def detect_government(source: Source, sections: list[Section]) -> str | None:
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
