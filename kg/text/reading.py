"""The reading of a text: what extractors match on, with a way back to the text as written.

Real texts come in forms the grammar of the extractors does not read, though they say the same:

* traditional script (國務院關於廢止…的決定), read through OpenCC's ``t2s`` conversion;
* look-alike code points that PDF text layers carry for ideographs (Kangxi radicals U+2F00–U+2FDF
  such as ⽇, CJK radicals supplement U+2E80–U+2EFF such as ⻓ for 长; NFKC folds only the first);
* pinyin that some mirrors insert in parentheses after a character (發(fā)布, 國務(wù)院);
* characters that print as nothing (U+200B, U+FEFF, soft hyphens), left out.

:func:`reading_of` turns a :class:`~kg.text.source.Source` into a :class:`Reading`: a source of the
same lines in the folded form, and for each changed line a map from each read character back to
the characters it was read from. Extractors match on the reading; :meth:`Reading.as_written` gives
a value read there back as it stands in the text (so a record holds 國務(wù)院, and a provenance quote
is the original line). A text that needs no folding reads as itself (``Reading.changed`` False).

OpenCC converts phrase by phrase and may in principle change a line's length; such a line is then
converted character by character, which keeps one read character per written one.

A physical line longer than :data:`LONG_LINE` characters (a web page whose body came as one line,
a text whose line breaks were lost) is read as pieces, cut where its breaks most likely were: at
each run of spaces (:func:`pieces`). Each piece is a line of the reading; :meth:`Reading.span`
gives a piece's range back as the physical line it is part of, with the pieces' own text as the
quote. Without this, every record and warning on such a line quoted the whole line: a 5 MB
one-line input held gigabytes of copies of itself, and extractors that look along a line cost more
than linear time. Cut only at sentence ends every 1,000 characters, the sample as one line gave 132
records against 348 in lines (no amendment, catalogue entry or issue, 25 of 78 events): the
extractors read headings, document numbers, items (一、) and chronicle entries at the start of a
line. Cut at its spaces (:func:`pieces`) it gives 211: all 16 personnel changes, 4 catalogue
entries, 32 cited documents, 78 events and the issue as in lines; 2 of 7 amendments and 8 of 22
stated figures (the rest stand in tables); no table rows (126 indicators, 49 projects in lines).
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from kg.text.normalize import _RADICALS, clean
from kg.text.source import Source

# Pinyin with a tone mark, in parentheses right after an ideograph: 國務(wù)院 → 國務院 (a copy may
# leave a space before the closing parenthesis: 會(huì )).
_PINYIN = re.compile(
    r"(?<=[\u3400-\u9fff])[(（][a-zü]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ][a-zü]{0,6} ?[)）]"
)
# Characters that print as nothing (zero-width space and joiners, word joiner, BOM, soft hyphen,
# bidirectional marks): a copy may carry them inside a table cell or before a row's number, where
# they would change what the grammar reads (issue 16, case 8). They are left out of the reading,
# like inserted pinyin; the quote keeps them.
_INVISIBLE = re.compile(r"[\u200b-\u200f\u2060-\u2064\ufeff\u00ad\u202a-\u202e]+")
_INSERTED = re.compile(f"{_PINYIN.pattern}|{_INVISIBLE.pattern}")
_LOOKALIKE = re.compile(r"[\u2e80-\u2eff\u2f00-\u2fdf]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")

LONG_LINE = 4000  # characters: a longer physical line is read as pieces
PIECE = 1000  # the longest piece
_SENTENCE_END = re.compile(r"[。；！？;!?]")
_SOFT_BREAK = re.compile(r"[，、,：:]")
_SPACES = re.compile(r"[ \u3000]+")


@functools.lru_cache(maxsize=1)
def _converter() -> Any:
    import opencc  # imported on first use: texts in simplified script never need it

    return opencc.OpenCC("t2s")


@functools.lru_cache(maxsize=4096)
def _char_t2s(ch: str) -> str:
    converted = _converter().convert(ch)
    return converted if len(converted) == 1 else ch


# Variant characters OpenCC's t2s leaves as they are: 陜 (U+965C, a variant of 陝) in 陜西省.
_VARIANTS = str.maketrans({"陜": "陕"})


def to_simplified(text: str) -> str:
    """``text`` in simplified script, one character for each character of ``text``."""
    if not _NON_ASCII.search(text):
        return text
    converted = _converter().convert(text)
    if len(converted) != len(text):
        converted = "".join(_char_t2s(ch) for ch in text)
    return converted.translate(_VARIANTS)


def _fold_lookalike(ch: str) -> str:
    if "\u2f00" <= ch <= "\u2fdf":
        return unicodedata.normalize("NFKC", ch)
    return ch.translate(_RADICALS)


@dataclass(frozen=True)
class _Line:
    """A changed line: its reading, and for each read character the written span [start, end)."""

    text: str
    spans: tuple[tuple[int, int], ...]


def read_line(line: str) -> _Line | None:
    """The reading of one line, or None when it reads as written."""
    if not _INSERTED.search(line):  # most lines: every character reads from itself
        text = _LOOKALIKE.sub(lambda m: _fold_lookalike(m.group(0)), line)
        text = to_simplified(text)
        if text == line:
            return None
        return _Line(text, tuple((i, i + 1) for i in range(len(line))))
    chars: list[str] = []
    spans: list[tuple[int, int]] = []
    position = 0
    for match in _INSERTED.finditer(line):
        for i in range(position, match.start()):
            chars.append(line[i])
            spans.append((i, i + 1))
        if spans:  # the pinyin (or invisible run) belongs to the character before it
            spans[-1] = (spans[-1][0], match.end())
        position = match.end()
    for i in range(position, len(line)):
        chars.append(line[i])
        spans.append((i, i + 1))
    text = "".join(chars)
    if _LOOKALIKE.search(text):
        text = _LOOKALIKE.sub(lambda m: _fold_lookalike(m.group(0)), text)
    text = to_simplified(text)
    if text == line:
        return None
    return _Line(text, tuple(spans))


def without_inserted(text: str) -> str:
    """``text`` without what copies insert and the text does not say: pinyin after a character
    (國務(wù)院 → 國務院) and characters that print as nothing. The script stays as written."""
    return _INSERTED.sub("", text) if _INSERTED.search(text) else text


def read_text(text: str) -> str:
    """A value as the extractors read it (simplified script, look-alikes and inserted pinyin
    folded): how a value restored as written (行長助理) is looked up in a table of the reading."""
    read = read_line(text)
    return read.text if read is not None else text


def pieces(line: str) -> list[tuple[int, int]]:
    """``line`` cut into spans [start, end) of at most :data:`PIECE` characters that together are
    the line: cut after each run of spaces (U+0020, U+3000), the pieces that hold a tab joined
    again, and a piece still longer than :data:`PIECE` cut by :func:`_windows`.

    Chinese prose puts no space between words: in a line of thousands of characters, a space
    stands for a lost line break far more often than for a space written inside a line (a title
    set out with spaces, 温州市人民政府 关于印发…规划 (2021-2030年)的通知, is cut too: the sample
    as one line reads two of its three documents' titles as "(…)的通知"). A tab separates a
    table's cells, and the rows of a flattened table cannot be told from a space inside a cell (a
    row cut there gave indicators with half a value): the pieces of a table stay one, its rows are
    not read, and warnings say so. Tables need their lines."""
    cuts = [m.end() for m in _SPACES.finditer(line) if m.start() > 0 and m.end() < len(line)]
    spans: list[tuple[int, int]] = []
    tabbed = False  # the last span holds a tab
    for start, end in zip([0, *cuts], [*cuts, len(line)], strict=True):
        has_tab = "\t" in line[start:end]
        if spans and has_tab and tabbed:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
        tabbed = has_tab
    return [(a + x, a + y) for a, b in spans for x, y in _windows(line[a:b])]


def _windows(line: str) -> list[tuple[int, int]]:
    """``line`` cut into spans of at most :data:`PIECE` characters: each cut after the last
    sentence end in the second half of a piece, else after the last white space or comma there,
    else at :data:`PIECE` characters."""
    spans: list[tuple[int, int]] = []
    start = 0
    while len(line) - start > PIECE:
        window = line[start + PIECE // 2 : start + PIECE]
        cut = None
        for boundary in (_SENTENCE_END, _SOFT_BREAK):
            ends = [m.end() for m in boundary.finditer(window)]
            if ends:
                cut = start + PIECE // 2 + ends[-1]
                break
        end = cut if cut is not None else start + PIECE
        spans.append((start, end))
        start = end
    spans.append((start, len(line)))
    return spans


@dataclass(frozen=True)
class Reading:
    """A source as written (``original``) and as read (``source``: same name; the same line
    numbers unless a line was too long and read as pieces, see ``origin``)."""

    original: Source
    source: Source
    lines: dict[int, _Line]  # line number of the reading → its folding, for the lines that changed
    # Set when a physical line was read as pieces: the text as written, one line per line of the
    # reading, and for each line of the reading (index = number - 1) its physical line and span.
    written: Source | None = None
    origin: tuple[tuple[int, int, int], ...] | None = None

    @property
    def changed(self) -> bool:
        return bool(self.lines) or self.origin is not None

    @property
    def as_read(self) -> Source:
        """The lines as written that the reading's line numbers count (the original, unless a
        line was read as pieces)."""
        return self.written if self.written is not None else self.original

    def span(self, start: int, end: int) -> tuple[int, int, str]:
        """Lines ``start``..``end`` of the reading as physical lines of the original, and the
        quote of them as written (blank lines dropped, as :meth:`Source.quote`)."""
        if self.origin is None:
            return start, end, self.original.quote(start, end)
        first_line, first, _ = self.origin[start - 1]
        last_line, _, last = self.origin[end - 1]
        if first_line == last_line:
            return first_line, last_line, self.original.line(first_line)[first:last]
        parts = [self.original.line(first_line)[first:]]
        parts += [self.original.line(n) for n in range(first_line + 1, last_line)]
        parts.append(self.original.line(last_line)[:last])
        return first_line, last_line, "\n".join(p for p in parts if p.strip())

    def line_of(self, number: int) -> int:
        """The physical line of line ``number`` of the reading."""
        return number if self.origin is None else self.origin[number - 1][0]

    def as_written(self, value: str, start: int = 1, end: int | None = None) -> str:
        """``value``, read on lines ``start``..``end`` (else anywhere), as the text writes it;
        ``value`` itself when it is not found there (a normalised or composed value)."""
        if not self.lines or not value:
            return value
        written = self.as_read
        end = end or len(written.lines)
        found = self._find(value, start, end)
        if found is None and (start, end) != (1, len(written.lines)):
            found = self._find(value, 1, len(written.lines))
        return found if found is not None else value

    def _find(self, value: str, start: int, end: int) -> str | None:
        compact = re.sub(r"\s+", "", value)
        if not compact:
            return None
        if start < 1:  # never asked by the extractors; read as before
            read, where = self._compact(start, end)
            at = read.find(compact)
            if at < 0:
                return None
            first_line, first, _ = where[at]
            last_line, _, last = where[at + len(compact) - 1]
        else:
            read, offsets = self._compacted
            lines = len(offsets) - 1
            at = read.find(compact, offsets[min(start, lines + 1) - 1], offsets[min(end, lines)])
            if at < 0:
                return None
            first_line, first, _ = self._where(at)
            last_line, _, last = self._where(at + len(compact) - 1)
        source = self.as_read
        if first_line == last_line:
            written = source.line(first_line)[first:last]
        else:
            parts = [source.line(first_line)[first:]]
            parts += [source.line(n) for n in range(first_line + 1, last_line)]
            parts.append(source.line(last_line)[:last])
            written = "\n".join(parts)
        written = clean(written)
        return written if " " in value else written.replace(" ", "")

    @functools.cached_property
    def _compacted(self) -> tuple[str, list[int]]:
        """The reading of all lines without white space, made once: a value is looked for in the
        part of it that lines start..end give (``offsets[n - 1]``: where line n begins), not in a
        copy of those lines made for each value, which cost the square of a long line's length."""
        parts: list[str] = []
        offsets = [0]
        source = self.as_read
        for number in range(1, len(source.lines) + 1):
            changed = self.lines.get(number)
            text = changed.text if changed else source.line(number)
            parts.append("".join(ch for ch in text if not ch.isspace()))
            offsets.append(offsets[-1] + len(parts[-1]))
        return "".join(parts), offsets

    def _where(self, at: int) -> tuple[int, int, int]:
        """Character ``at`` of :attr:`_compacted` as (line, first written index, end of the
        written span)."""
        offsets = self._compacted[1]
        number = bisect.bisect_right(offsets, at)
        changed = self.lines.get(number)
        text = changed.text if changed else self.as_read.line(number)
        left = at - offsets[number - 1]
        for i, ch in enumerate(text):
            if ch.isspace():
                continue
            if not left:
                return (number, *(changed.spans[i] if changed else (i, i + 1)))
            left -= 1
        raise AssertionError(f"character {at} of the compact reading is not on line {number}")

    def _compact(self, start: int, end: int) -> tuple[str, list[tuple[int, int, int]]]:
        """The reading of lines start..end without white space, and for each of its characters
        (line, first written index, end of the written span)."""
        chars: list[str] = []
        where: list[tuple[int, int, int]] = []
        source = self.as_read
        for number in range(start, min(end, len(source.lines)) + 1):
            changed = self.lines.get(number)
            text = changed.text if changed else source.line(number)
            for i, ch in enumerate(text):
                if ch.isspace():
                    continue
                span = changed.spans[i] if changed else (i, i + 1)
                chars.append(ch)
                where.append((number, span[0], span[1]))
        return "".join(chars), where


@functools.lru_cache(maxsize=16)
def reading_of(source: Source) -> Reading:
    """The reading of ``source``; ``source`` itself (``changed`` False) when nothing folds.
    Memoised (bounded, as detect_government): extraction, the context and the unread check each
    ask it of the same source. A Reading is not changed by its users."""
    written, origin = source, None
    if any(len(line) > LONG_LINE for line in source.lines):
        origin_list: list[tuple[int, int, int]] = []
        for number, line in enumerate(source.lines, 1):
            cuts = pieces(line) if len(line) > LONG_LINE else [(0, len(line))]
            origin_list.extend((number, start, end) for start, end in cuts)
        origin = tuple(origin_list)
        text = "\n".join(source.line(n)[a:b] for n, a, b in origin)
        written = dataclasses.replace(source, text=text)
    changed: dict[int, _Line] = {}
    for number, line in enumerate(written.lines, 1):
        if not _NON_ASCII.search(line):
            continue
        read = read_line(line)
        if read is not None:
            changed[number] = read
    if not changed:
        if origin is None:
            return Reading(source, source, {})
        return Reading(source, written, {}, written, origin)
    lines = [changed[n].text if n in changed else t for n, t in enumerate(written.lines, 1)]
    read_source = dataclasses.replace(written, text="\n".join(lines))
    if origin is None:
        return Reading(source, read_source, changed)
    return Reading(source, read_source, changed, written, origin)


# Record fields that hold a controlled word or a label of ours, never a value as written.
_VOCABULARY = frozenset({"kind", "action", "type", "form", "position", "note", "genre", "message"})


def restore(records: Iterable[Any], reading: Reading) -> list[Any]:
    """Records read on ``reading.source`` with their values and quotes as written."""
    if not reading.changed:
        return list(records)
    return [_restored(record, reading, None) for record in records]


def _restored(value: Any, reading: Reading, lines: tuple[int, int] | None) -> Any:
    if isinstance(value, str):
        return reading.as_written(value, *(lines or (1, None)))
    if isinstance(value, list):
        return [_restored(v, reading, lines) for v in value]
    if not dataclasses.is_dataclass(value) or isinstance(value, type):
        return value
    span = getattr(value, "source", None)
    if span is not None and hasattr(span, "start_line"):
        lines = (span.start_line, span.end_line)
    changes: dict[str, Any] = {}
    if hasattr(value, "start_line") and hasattr(value, "quote"):  # a span of the source
        first, last, quote = reading.span(value.start_line, value.end_line)
        changes = {"start_line": first, "end_line": last, "quote": quote}
        changes = {k: v for k, v in changes.items() if getattr(value, k) != v}
        return dataclasses.replace(value, **changes) if changes else value
    for f in dataclasses.fields(value):
        if not f.init or (f.name in _VOCABULARY and f.name not in _NUMBERED):
            continue
        current = getattr(value, f.name)
        if f.name in _NUMBERED:
            new = _physical_lines(current, reading) if isinstance(current, str) else current
            if f.name in _AS_WRITTEN and isinstance(new, str):
                new = reading.as_written(new, *(lines or (1, None)))
        else:
            new = _restored(current, reading, lines)
        if new is not current and new != current:
            changes[f.name] = new
    return dataclasses.replace(value, **changes) if changes else value


# Fields whose words name lines of the reading: a warning's message, an indicator's table label.
_NUMBERED = frozenset({"message", "table"})
# Of those, the ones that are words of the text when they name no line: a table's label
# (今年發展主要預期目標 in a traditional text, not 今年发展主要预期目标), given back as written; a
# label of ours ("(table at line 3)") is found nowhere in the text and stays.
_AS_WRITTEN = frozenset({"table"})
_LINE_NUMBERS = re.compile(r"(?<=\bline )\d+|(?<=\blines )(\d+)[–-](\d+)")


def _physical_lines(message: str, reading: Reading) -> str:
    """A warning's message with the reading's line numbers ("line 12", "lines 3–9") given as the
    physical lines they are part of."""
    if reading.origin is None:
        return message

    def physical(match: re.Match[str]) -> str:
        if match.group(1) is None:
            return str(reading.line_of(int(match.group(0))))
        first, last = reading.line_of(int(match.group(1))), reading.line_of(int(match.group(2)))
        return str(first) if first == last else f"{first}–{last}"

    return _LINE_NUMBERS.sub(physical, message)
