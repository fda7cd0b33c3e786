"""The reading of a text: what extractors match on, with a way back to the text as written.

Real texts come in forms the grammar of the extractors does not read, though they say the same:

* traditional script (國務院關於廢止…的決定), read through OpenCC's ``t2s`` conversion;
* look-alike code points that PDF text layers carry for ideographs (Kangxi radicals U+2F00–U+2FDF
  such as ⽇, CJK radicals supplement U+2E80–U+2EFF such as ⻓ for 长; NFKC folds only the first);
* pinyin that some mirrors insert in parentheses after a character (發(fā)布, 國務(wù)院).

:func:`reading_of` turns a :class:`~kg.text.source.Source` into a :class:`Reading`: a source of the
same lines in the folded form, and for each changed line a map from each read character back to
the characters it was read from. Extractors match on the reading; :meth:`Reading.as_written` gives
a value read there back as it stands in the text (so a record holds 國務(wù)院, and a provenance quote
is the original line). A text that needs no folding reads as itself (``Reading.changed`` False).

OpenCC converts phrase by phrase and may in principle change a line's length; such a line is then
converted character by character, which keeps one read character per written one.
"""

from __future__ import annotations

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
_LOOKALIKE = re.compile(r"[\u2e80-\u2eff\u2f00-\u2fdf]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@functools.lru_cache(maxsize=1)
def _converter() -> Any:
    import opencc  # imported on first use: texts in simplified script never need it

    return opencc.OpenCC("t2s")


@functools.lru_cache(maxsize=4096)
def _char_t2s(ch: str) -> str:
    converted = _converter().convert(ch)
    return converted if len(converted) == 1 else ch


def to_simplified(text: str) -> str:
    """``text`` in simplified script, one character for each character of ``text``."""
    if not _NON_ASCII.search(text):
        return text
    converted = _converter().convert(text)
    if len(converted) == len(text):
        return converted
    return "".join(_char_t2s(ch) for ch in text)


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
    if not _PINYIN.search(line):  # most lines: every character reads from itself
        text = _LOOKALIKE.sub(lambda m: _fold_lookalike(m.group(0)), line)
        text = to_simplified(text)
        if text == line:
            return None
        return _Line(text, tuple((i, i + 1) for i in range(len(line))))
    chars: list[str] = []
    spans: list[tuple[int, int]] = []
    position = 0
    for match in _PINYIN.finditer(line):
        for i in range(position, match.start()):
            chars.append(line[i])
            spans.append((i, i + 1))
        if spans:  # the pinyin belongs to the character before it
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


def read_text(text: str) -> str:
    """A value as the extractors read it (simplified script, look-alikes and inserted pinyin
    folded): how a value restored as written (行長助理) is looked up in a table of the reading."""
    read = read_line(text)
    return read.text if read is not None else text


@dataclass(frozen=True)
class Reading:
    """A source as written (``original``) and as read (``source``: same name, same line numbers)."""

    original: Source
    source: Source
    lines: dict[int, _Line]  # line number → reading, for the lines that changed

    @property
    def changed(self) -> bool:
        return bool(self.lines)

    def as_written(self, value: str, start: int = 1, end: int | None = None) -> str:
        """``value``, read on lines ``start``..``end`` (else anywhere), as the text writes it;
        ``value`` itself when it is not found there (a normalised or composed value)."""
        if not self.lines or not value:
            return value
        end = end or len(self.original.lines)
        found = self._find(value, start, end)
        if found is None and (start, end) != (1, len(self.original.lines)):
            found = self._find(value, 1, len(self.original.lines))
        return found if found is not None else value

    def _find(self, value: str, start: int, end: int) -> str | None:
        compact = re.sub(r"\s+", "", value)
        if not compact:
            return None
        read, where = self._compact(start, end)
        at = read.find(compact)
        if at < 0:
            return None
        first_line, first, _ = where[at]
        last_line, _, last = where[at + len(compact) - 1]
        if first_line == last_line:
            written = self.original.line(first_line)[first:last]
        else:
            parts = [self.original.line(first_line)[first:]]
            parts += [self.original.line(n) for n in range(first_line + 1, last_line)]
            parts.append(self.original.line(last_line)[:last])
            written = "\n".join(parts)
        written = clean(written)
        return written if " " in value else written.replace(" ", "")

    def _compact(self, start: int, end: int) -> tuple[str, list[tuple[int, int, int]]]:
        """The reading of lines start..end without white space, and for each of its characters
        (line, first written index, end of the written span)."""
        chars: list[str] = []
        where: list[tuple[int, int, int]] = []
        for number in range(start, min(end, len(self.original.lines)) + 1):
            changed = self.lines.get(number)
            text = changed.text if changed else self.original.line(number)
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
    changed: dict[int, _Line] = {}
    for number, line in enumerate(source.lines, 1):
        if not _NON_ASCII.search(line):
            continue
        read = read_line(line)
        if read is not None:
            changed[number] = read
    if not changed:
        return Reading(source, source, {})
    lines = [changed[n].text if n in changed else t for n, t in enumerate(source.lines, 1)]
    read_source = dataclasses.replace(source, text="\n".join(lines))
    return Reading(source, read_source, changed)


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
    for f in dataclasses.fields(value):
        if not f.init or f.name in _VOCABULARY:
            continue
        current = getattr(value, f.name)
        if f.name == "quote" and hasattr(value, "start_line"):
            new = reading.original.quote(value.start_line, value.end_line)
        else:
            new = _restored(current, reading, lines)
        if new is not current and new != current:
            changes[f.name] = new
    return dataclasses.replace(value, **changes) if changes else value
