"""Document status as of a date, with the chain of decisions behind it.

The status itself comes from the named query ``document-status`` (queries/document-status.rq) so
that ``gazette-kg status`` and a SPARQL user get the same answer; ``document-history`` lists the
decisions that amend or repeal the document, each with its effective date, the provisions it
changes and the gazette lines that say so. Decisions effective after the day are shown as pending.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from pathlib import Path

from kg import query
from kg.errors import InputError, UsageError
from kg.text import docnumber


@dataclass(frozen=True)
class Decision:
    effective: str | None
    action: str
    number: str | None
    title: str | None
    adopted: str | None
    provisions: str | None
    issue: str | None
    lines: str
    quote: str

    def pending_on(self, day: str) -> bool:
        return self.effective is None or self.effective > day


@dataclass
class DocumentStatus:
    number: str
    title: str | None
    as_of: str
    status: str
    since: str | None
    decisions: list[Decision] = field(default_factory=list)


def _value(row: dict, name: str) -> str | None:
    term = row.get(name)
    return None if term is None else term.value


def _rows(
    name: str, params: dict[str, str], build: Path | None, endpoint: str | None, timeout: float
) -> list[dict]:
    result = query.run(query.find(name), params, build=build, endpoint=endpoint, timeout=timeout)
    return [dict(zip(result.variables, row, strict=True)) for row in result.rows]


def normalize_number(text: str) -> str:
    parsed = docnumber.parse(text)
    if parsed is None:
        raise UsageError(f"not a document number (发文字号): {text!r}, e.g. 温政办〔2021〕61号")
    return parsed.normalized


def check_date(text: str | None) -> str:
    if text is None:
        return datetime.date.today().isoformat()
    try:
        return datetime.date.fromisoformat(text).isoformat()
    except ValueError:
        raise UsageError(f"not a date (YYYY-MM-DD): {text!r}") from None


def document_status(
    number: str,
    as_of: str | None = None,
    *,
    build: Path | None = None,
    endpoint: str | None = None,
    timeout: float = query.DEFAULT_TIMEOUT,
) -> DocumentStatus:
    """The status of the document numbered ``number`` on ``as_of`` (default: today)."""
    number = normalize_number(number)
    day = check_date(as_of)
    rows = _rows("document-status", {"number": number, "date": day}, build, endpoint, timeout)
    if not rows:
        raise InputError(
            f"no document numbered {number} in this archive", path=str(endpoint or build)
        )
    row = rows[0]
    history = _rows("document-history", {"number": number}, build, endpoint, timeout)
    decisions = [
        Decision(
            _value(h, "effective"),
            _value(h, "action") or "",
            _value(h, "decisionNumber"),
            _value(h, "decisionTitle"),
            _value(h, "adopted"),
            in_text_order(_value(h, "provisions")),
            _value(h, "issueTitle"),
            f"{_value(h, 'startLine')}-{_value(h, 'endLine')}",
            _value(h, "quote") or "",
        )
        for h in history
    ]
    return DocumentStatus(
        number,
        _value(row, "title"),
        day,
        _value(row, "status") or "unknown",
        _value(row, "since"),
        decisions,
    )


_DIGIT = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
_UNIT = {"十": 10, "百": 100, "千": 1000}
_PART = re.compile(r"[0-9]+|[零〇一二两三四五六七八九十百千]+")
PROVISION_SEPARATOR = "; "


def chinese_number(text: str) -> int:
    """二十三 → 23, 一百零五 → 105, 十 → 10, 12 → 12."""
    if text.isdigit():
        return int(text)
    total, digit = 0, 0
    for char in text:
        if char in _UNIT:
            total += (digit or 1) * _UNIT[char]
            digit = 0
        else:
            digit = _DIGIT[char]
    return total + digit


def provision_key(provision: str) -> tuple:
    """Where a provision stands in its document: 三(一)2 → (3, 1, 2), 第八条 → (8,). The numbers
    of its parts in order, so that 四 comes before 八 and 十二 after 九."""
    return tuple(chinese_number(part) for part in _PART.findall(provision)), provision


def in_text_order(provisions: str | None) -> str | None:
    """The provisions a decision changes ("八 (delete); 四 (delete)": GROUP_CONCAT gives them in
    no set order) in the order they stand in the document: "四 (delete); 八 (delete)"."""
    if not provisions:
        return provisions
    return PROVISION_SEPARATOR.join(
        sorted(provisions.split(PROVISION_SEPARATOR), key=provision_key)
    )


def one_line(text: str) -> str:
    """The quote on one line: tabs (table cells), line breaks and runs of spaces as one space."""
    return " ".join(text.split())


def to_text(status: DocumentStatus) -> str:
    title = f"《{status.title}》" if status.title else ""
    since = f" since {status.since}" if status.since else ""
    lines = [
        f"{status.number} {title}".rstrip(),
        f"status on {status.as_of}: {status.status}{since}",
    ]
    if status.decisions:
        lines.append("decisions:")
    for d in status.decisions:
        pending = "  (pending on that day)" if d.pending_on(status.as_of) else ""
        adopted = f", adopted {d.adopted}" if d.adopted else ""
        lines.append(
            f"  {d.effective or '????-??-??'}  {d.action:<7} {d.number or ''} "
            f"{d.title or ''}{adopted}{pending}".rstrip()
        )
        if d.provisions:
            lines.append(f"      provisions: {d.provisions}")
        quote = one_line(d.quote)
        quote = quote if len(quote) <= 80 else quote[:79] + "…"
        lines.append(f"      source: {d.issue or 'source'}, lines {d.lines}: {quote}")
    return "\n".join(lines) + "\n"
