"""Input formats: a file's bytes → the line-addressed text the extractors read, with its origin.

A file is recognised by its content, not its name: ``%PDF-`` opens a PDF; a ZIP holding
``word/document.xml`` is a Word file, one holding ``OFD.xml`` an OFD (GB/T 33190); an OLE2 compound
file is a Word 97–2003 or WPS file; text whose first tags are HTML's is a web page; anything else is
a plain text (kg.text.source decodes it). Each converter returns a :class:`Converted`: the text, one
line per line of the document (a table row as its cells joined by tabs), the page each line stands
on when the format has pages, and the :class:`Origin` the provenance records (format, page count,
converter and its version, the page's own date and address).

Converters raise :class:`~kg.errors.InputError` with one line naming the file: a scan without a text
layer, an encrypted or truncated PDF, a Word 97–2003 file (with the conversion to make), an empty
document.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version

from kg.errors import InputError

TEXT = "text"
PDF = "pdf"
HTML = "html"
DOCX = "docx"
OFD = "ofd"
OLE2 = "ole2"  # Word 97–2003 (.doc), WPS, other Office 97–2003 files

MEDIA_TYPES = {
    TEXT: "text/plain",
    PDF: "application/pdf",
    HTML: "text/html",
    DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    OFD: "application/ofd",
}

_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HTML_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
    re.IGNORECASE | re.DOTALL,
)


@dataclass(frozen=True)
class Origin:
    """What the source was before it was text: recorded in the manifest and the graph."""

    format: str  # text, pdf, html, docx
    media_type: str
    file_sha256: str  # of the file's bytes (the text's own digest is Source.digest)
    converter: str | None = None  # "pypdfium2 5.15.2 (PDFium 159.0.8149.0)"
    pages: int | None = None  # page count, for formats with pages
    date: str | None = None  # the page's own publication date (HTML), ISO 8601
    address: str | None = None  # the page's own address (HTML: canonical link, og:url)

    def to_json(self) -> dict[str, object]:
        return {k: v for k, v in self.__dict__.items() if v is not None}


@dataclass(frozen=True)
class Converted:
    """A document as lines; ``line_pages[i]`` is the page line i+1 starts on (None: no pages)."""

    lines: tuple[str, ...]
    origin: Origin
    line_pages: tuple[int, ...] | None = None
    encoding: str = "utf-8"  # of the text in the file where it has one (HTML); else utf-8


def sniff(data: bytes) -> str:
    """The format of a file's bytes (one of the module's constants)."""
    at = data[:1024].find(b"%PDF-")
    if at == 0 or (at > 0 and b"\n" not in data[:at]):  # readers allow junk before the header
        return PDF
    if data.startswith(_OLE2_MAGIC):
        return OLE2
    if data.startswith(b"PK\x03\x04"):
        names = _zip_names(data)
        if "word/document.xml" in names:
            return DOCX
        if "OFD.xml" in names or "ofd.xml" in names:
            return OFD
        return "zip"
    if _HTML_START.match(data[:4096]) or (
        b"<html" in data[:4096].lower() and b"</" in data[:65536]
    ):
        return HTML
    return TEXT


def _zip_names(data: bytes) -> set[str]:
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return set(archive.namelist())
    except zipfile.BadZipFile:
        return set()


def convert(data: bytes, name: str) -> Converted | None:
    """The lines of a file that is not plain text; None for plain text. ``name`` (the path) is
    what errors name."""
    kind = sniff(data)
    if kind == TEXT:
        return None
    digest = hashlib.sha256(data).hexdigest()
    if kind == PDF:
        from kg.formats import pdf

        return pdf.convert(data, name, digest)
    if kind == HTML:
        from kg.formats import webpage

        return webpage.convert(data, name, digest)
    if kind == DOCX:
        from kg.formats import word

        return word.convert(data, name, digest)
    if kind == OFD:
        raise InputError(
            "an OFD document (GB/T 33190): no maintained library under a licence gazette-kg can "
            "ship reads its text layer (easyofd needs the AGPL PyMuPDF); export it as PDF from an "
            "OFD reader (数科OFD阅读器, 福昕OFD版式办公套件) and build the PDF",
            path=name,
        )
    if kind == OLE2:
        what = "a Word 97–2003 (.doc) or WPS file" if _is_word(data) else "an Office 97–2003 file"
        raise InputError(
            f"{what}, which gazette-kg does not read: convert it to .docx first "
            "(libreoffice --headless --convert-to docx FILE, or Save As .docx in Word or WPS)",
            path=name,
        )
    raise InputError(
        "a ZIP archive that is neither a Word (.docx) nor an OFD file: unpack it and give "
        "the documents inside",
        path=name,
    )


def _is_word(data: bytes) -> bool:
    return (
        "WordDocument".encode("utf-16-le") in data[: 1 << 20] or b"W\x00P\x00S" in data[: 1 << 20]
    )


def package_version(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:  # pragma: no cover - installed from a checkout without metadata
        return "unknown"
