"""Reading a gazette text: bytes → decoded, line-indexed :class:`Source`.

A file is recognised by its content (kg.formats): a PDF, a web page, a Word file is turned into
lines there, each line keeping its page; the source keeps its :class:`~kg.formats.Origin` (format,
page count, converter and version, the page's date and address) for the manifest and the graph.

Plain texts: encodings are detected, not assumed: a BOM decides; else UTF-16 without a BOM when
every other byte of an ASCII-heavy start is NUL; else strict UTF-8; else strict GB18030 (which
covers GBK and GB2312). Binary, empty and undecodable files raise :class:`InputError` naming the
file (and the line where the problem is). Line endings are unified to ``\\n``; the text is otherwise
kept exactly as read so that provenance quotes are the original wording.
"""

from __future__ import annotations

import codecs
import dataclasses
import hashlib
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.formats import Origin, convert

MAX_BYTES = 64 * 1024 * 1024
_REPLACEMENT_LIMIT = 0.001  # share of U+FFFD characters above which the text is called garbled


@dataclass(frozen=True)
class Source:
    """One input text. ``lines[0]`` is line 1. ``name`` is what provenance cites (the file name)."""

    name: str
    text: str
    encoding: str
    path: str | None = None
    origin: Origin | None = None  # what the file was before it was text; None: given as text
    # Left out of the hash (kept in ==): a tuple's hash is not cached, and the extractors' caches,
    # keyed on the source, hashed every line at each call: a cost of the square of the text's
    # length (20 copies of the sample: 14,340 hashes, 10 s of 36). ``text`` (a str, its hash
    # cached) stands for both.
    line_pages: tuple[int, ...] | None = field(default=None, hash=False)  # each line's page (PDF)
    lines: tuple[str, ...] = field(init=False, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "lines", tuple(self.text.split("\n")))

    def line(self, number: int) -> str:
        """The text of line ``number`` (1-based)."""
        return self.lines[number - 1]

    def quote(self, start: int, end: int) -> str:
        """Lines ``start``..``end`` (inclusive, 1-based) as they were read, blank lines dropped."""
        return "\n".join(ln for ln in self.lines[start - 1 : end] if ln.strip())

    def pages(self, start: int, end: int) -> tuple[int, int] | None:
        """The pages lines ``start``..``end`` stand on (first, last); None without pages."""
        if self.line_pages is None or not self.line_pages:
            return None
        last = len(self.line_pages)
        return self.line_pages[min(start, last) - 1], self.line_pages[min(end, last) - 1]

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
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError as exc:
            raise InputError(
                f"not valid {utf16}: {exc.reason}", path=name, line=_line_of(data, exc.start)
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


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 LE or BE when the file has no BOM but its start decodes as printable UTF-16 text with
    most of its NUL bytes on the high side of a code unit."""
    head = data[: 1 << 16]
    if len(head) < 4 or len(data) % 2 or b"\x00" not in head:
        return None
    for encoding, zero in (("utf-16-le", 1), ("utf-16-be", 0)):
        try:
            text = head.decode(encoding)
        except UnicodeDecodeError:
            continue
        # ASCII (line breaks at least) puts NULs in the high bytes; an ideograph's low byte is
        # NUL only for one in 256.
        if head[zero::2].count(0) <= head[1 - zero :: 2].count(0):
            continue
        if all(ch.isprintable() or ch in "\n\r\t\u3000" for ch in text):
            return encoding
    return None


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
    """Read one input file: a plain text decoded, or a PDF, web page or Word file converted."""
    file = Path(path)
    name = file.name
    try:
        info = file.stat()
        if stat.S_ISDIR(info.st_mode):
            raise InputError("is a folder, not a text file", path=str(file))
        if not stat.S_ISREG(info.st_mode):  # a FIFO, socket or device would block or never end
            raise InputError("not a regular file (a pipe, socket or device)", path=str(file))
        if info.st_size > MAX_BYTES:
            raise InputError(
                f"file too large ({info.st_size} bytes; limit {MAX_BYTES})", path=str(file)
            )
        data = file.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", path=str(file)) from None
    except IsADirectoryError:
        raise InputError("is a folder, not a text file", path=str(file)) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", path=str(file)) from None
    converted = convert(data, str(file))
    if converted is None:
        text, encoding = decode(data, str(file))
        return from_text(text, name=name, encoding=encoding, path=str(file))
    text = "\n".join(converted.lines)
    if not text.strip():
        raise InputError(
            f"empty {converted.origin.format.upper()} document: no text in it", path=str(file)
        )
    _check_text(text, str(file))
    return Source(
        name=name,
        text=text,
        encoding=converted.encoding,
        path=str(file),
        origin=converted.origin,
        line_pages=converted.line_pages,
    )


def with_pages(records: Iterable[Any], source: Source) -> list[Any]:
    """Records of ``source`` whose spans (nested ones too) carry the pages their lines stand on;
    the records themselves when the source has no pages."""
    if source.line_pages is None:
        return list(records)
    return [_paged(record, source) for record in records]


def _paged(value: Any, source: Source) -> Any:
    if isinstance(value, list):
        return [_paged(v, source) for v in value]
    if not dataclasses.is_dataclass(value) or isinstance(value, type):
        return value
    if hasattr(value, "start_line") and hasattr(value, "start_page"):
        pages = source.pages(value.start_line, value.end_line)
        if pages is None:
            return value
        return dataclasses.replace(value, start_page=pages[0], end_page=pages[1])
    changes = {}
    for f in dataclasses.fields(value):
        if not f.init:
            continue
        current = getattr(value, f.name)
        new = _paged(current, source)
        if new is not current:
            changes[f.name] = new
    return dataclasses.replace(value, **changes) if changes else value
