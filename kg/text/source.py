"""Reading a gazette text: bytes → decoded, line-indexed :class:`Source`.

Encodings are detected, not assumed: a BOM decides; else strict UTF-8; else strict GB18030 (which
covers GBK and GB2312). Binary, empty and undecodable files raise :class:`InputError` naming the
file (and the line where the problem is). Line endings are unified to ``\\n``; the text is otherwise
kept exactly as read so that provenance quotes are the original wording.
"""

from __future__ import annotations

import codecs
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError

MAX_BYTES = 64 * 1024 * 1024
_REPLACEMENT_LIMIT = 0.001  # share of U+FFFD characters above which the text is called garbled


@dataclass(frozen=True)
class Source:
    """One input text. ``lines[0]`` is line 1. ``name`` is what provenance cites (the file name)."""

    name: str
    text: str
    encoding: str
    path: str | None = None
    lines: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "lines", tuple(self.text.split("\n")))

    def line(self, number: int) -> str:
        """The text of line ``number`` (1-based)."""
        return self.lines[number - 1]

    def quote(self, start: int, end: int) -> str:
        """Lines ``start``..``end`` (inclusive, 1-based) as they were read, blank lines dropped."""
        return "\n".join(ln for ln in self.lines[start - 1 : end] if ln.strip())

    @property
    def digest(self) -> str:
        """SHA-256 of the decoded text: the identity of the content."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Decode bytes of a text file; return (text, encoding name). Raise InputError when impossible."""
    if not data.strip():
        raise InputError("empty file: no text to read", path=name)
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"not valid {encoding}: {exc.reason}", path=name, line=_line_of(data, exc.start)
                ) from None
    if b"\x00" in data:
        raise InputError(
            "binary file (contains NUL bytes), not a gazette text",
            path=name,
            line=_line_of(data, data.index(b"\x00")),
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        if utf8_error.reason == "unexpected end of data" and utf8_error.end == len(data):
            raise InputError(
                "truncated: the file ends inside a UTF-8 character",
                path=name,
                line=_line_of(data, utf8_error.start),
            ) from None
        try:
            return data.decode("gb18030"), "gb18030"
        except UnicodeDecodeError:
            raise InputError(
                "cannot detect the encoding (neither UTF-8 nor GB18030/GBK): "
                f"invalid byte {data[utf8_error.start]:#04x}",
                path=name,
                line=_line_of(data, utf8_error.start),
            ) from None


def _check_text(text: str, name: str) -> None:
    replacements = text.count("\ufffd")
    if replacements and replacements > max(3, len(text) * _REPLACEMENT_LIMIT):
        first = text[: text.index("\ufffd")].count("\n") + 1
        raise InputError(
            f"garbled text: {replacements} replacement characters (U+FFFD)", path=name, line=first
        )
    cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    if cjk < 2:
        raise InputError("no Chinese text found: not a gazette text", path=name)


def from_text(
    text: str, name: str = "<text>", encoding: str = "utf-8", path: str | None = None
) -> Source:
    """A Source from an already decoded string (tests, web copies)."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    _check_text(text, path or name)
    return Source(name=name, text=text, encoding=encoding, path=path)


def read(path: str | Path) -> Source:
    """Read and decode one input file."""
    file = Path(path)
    name = file.name
    try:
        size = file.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"file too large ({size} bytes; limit {MAX_BYTES})", path=str(file))
        data = file.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", path=str(file)) from None
    except IsADirectoryError:
        raise InputError("is a folder, not a text file", path=str(file)) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", path=str(file)) from None
    text, encoding = decode(data, str(file))
    return from_text(text, name=name, encoding=encoding, path=str(file))
