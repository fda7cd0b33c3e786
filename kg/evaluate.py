"""Score extracted records against hand-checked gold annotations (a corpus folder of raw/ and gold/).

A corpus folder holds ``raw/NAME.txt`` (line 1 ``# source: <url>``, line 2 ``# genre: …``, then the
text) and ``gold/NAME.json`` (records keyed ``documents``, ``amendments``, ``appointments``,
``projects``, ``events``, ``indicators``, ``catalogue``). The matching is the development corpus
evaluator's (``shared/tools/eval_extract.py``) so that figures agree: records are matched per kind
on normalised key fields, each gold record to at most one extracted record, in order. One
difference: a document's gold number, written as the text prints it (README-A's verbatim rule:
第166号 under 石家庄市人民政府令 on the line above), also matches the record's number as printed
(``number_verbatim``), where the shared evaluator compares it with the joined number only; and an
amendment's gold target number as printed (市人民政府1999年第2号令) also matches the record's
number normalised (市人民政府令〔1999〕第2号: ``kg.text.docnumber``), as the record keeps no
printed form of its target's number.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.text import docnumber

# gold key -> the record kinds of `gazette-kg extract` scored against it
KINDS: dict[str, frozenset[str]] = {
    "appointments": frozenset({"personnel_change", "appointment", "removal", "personnel"}),
    "amendments": frozenset({"amendment", "repeal"}),
    "documents": frozenset({"document"}),
    "projects": frozenset({"project"}),
    "events": frozenset({"event", "meeting", "chronicle_entry"}),
    "indicators": frozenset({"indicator"}),
    "catalogue": frozenset({"catalogue_entry"}),
}

_DROP = re.compile(r"[\s\u200b-\u200d\ufeff《》“”\"'。]")


def norm(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "|".join(norm(x) for x in value)
    text = unicodedata.normalize("NFKC", str(value))
    text = text.replace("〔", "[").replace("〕", "]").replace("【", "[").replace("】", "]")
    return _DROP.sub("", text)


def _get(record: dict, *names: str) -> object:
    for name in names:
        if record.get(name) not in (None, ""):
            return record[name]
    return None


def _org_match(a: object, b: object) -> bool:
    x, y = norm(a), norm(b)
    if not x or not y:
        return x == y

    def full(s: str) -> str:
        for short in ("市", "省", "县", "区"):
            s = s.replace(short + "政府", short + "人民政府")
        return s

    return any(p == q or p.endswith(q) or q.endswith(p) for p, q in ((x, y), (full(x), full(y))))


def _action(record: dict) -> str:
    a = norm(_get(record, "action", "type", "kind"))
    if a in ("appoint", "appointment", "任", "任命"):
        return "appoint"
    if a in ("remove", "removal", "免", "免去", "dismissal"):
        return "remove"
    if a in ("repeal", "废止"):
        return "repeal"
    return a


def _appointment(g: dict, r: dict) -> bool:
    return (
        norm(g["person"]) == norm(_get(r, "person", "person_name", "name"))
        and _action(g) == _action(r)
        and norm(g["post"]).endswith(norm(_get(r, "post", "role", "position")) or "\0")
        and _org_match(g.get("organization"), _get(r, "organization", "organization_text", "org"))
    )


def _amendment(g: dict, r: dict) -> bool:
    gold_action = "repeal" if g["action"] == "repeal" else "amend"
    found = "repeal" if _action(r) == "repeal" or r.get("kind") == "repeal" else "amend"
    if gold_action != found:
        return False
    if g.get("target_number"):
        found_number = norm(_get(r, "target_number", "target"))
        if norm(g["target_number"]) == found_number:
            return True
        printed = docnumber.parse(g["target_number"])  # 令 after the number, spaces, []: as printed
        return printed is not None and norm(printed.normalized) == found_number
    return norm(g.get("target_title")) == norm(_get(r, "target_title", "title"))


def _by_number_or_title(g: dict, r: dict) -> bool:
    if g.get("number"):  # as joined and normalised, or as printed (the gold's verbatim rule)
        number = norm(g["number"])
        return number in (norm(_get(r, "number", "doc_number")), norm(r.get("number_verbatim")))
    return bool(g.get("title")) and norm(g["title"]) == norm(_get(r, "title"))


def _by_name(g: dict, r: dict) -> bool:
    return norm(g["name"]) == norm(_get(r, "name", "title"))


def _event(g: dict, r: dict) -> bool:
    if norm(g.get("date")).split("/")[0] != norm(_get(r, "date", "start_date")).split("/")[0]:
        return False
    names = {norm(p.get("name") if isinstance(p, dict) else p) for p in r.get("participants") or []}
    return bool(names & {norm(p) for p in g.get("participants", [])})


MATCHERS: dict[str, Callable[[dict, dict], bool]] = {
    "appointments": _appointment,
    "amendments": _amendment,
    "documents": _by_number_or_title,
    "projects": _by_name,
    "events": _event,
    "indicators": _by_name,
    "catalogue": _by_number_or_title,
}


@dataclass
class Tally:
    tp: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class TextScore:
    name: str
    refused: str | None = None
    unread: str | None = None  # kept with a warning: no record read, though the genres' words occur
    missed: dict[str, list[dict]] = field(default_factory=dict)
    extra: dict[str, list[dict]] = field(default_factory=dict)
    # indicators matched by name: (name, the gold target the record gives another value for)
    wrong_values: list[tuple[str, str]] = field(default_factory=list)
    missing_values: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class CorpusScore:
    tallies: dict[str, Tally] = field(default_factory=lambda: {k: Tally() for k in KINDS})
    texts: list[TextScore] = field(default_factory=list)
    matched_targets: int = 0  # gold targets of the indicators matched by name

    @property
    def refused(self) -> list[TextScore]:
        return [t for t in self.texts if t.refused]

    @property
    def undated_extra_events(self) -> int:
        """Events found with no year (the text gives none) and matched to no gold record: the
        gold may date them from the page's address, which the text does not hold."""
        return sum(1 for t in self.texts for r in t.extra.get("events", []) if not r.get("date"))

    @property
    def unread(self) -> list[TextScore]:
        return [t for t in self.texts if t.unread]

    @property
    def indicator_targets(self) -> tuple[int, int, int]:
        """(targets of matched indicators in the gold, given another value, given none)."""
        wrong = sum(len(t.wrong_values) for t in self.texts)
        missing = sum(len(t.missing_values) for t in self.texts)
        return self.matched_targets, wrong, missing


def score_kind(
    gold: list[dict], found: list[dict], kind: str
) -> tuple[int, list[dict], list[dict]]:
    """(true positives, missed gold records, extra records): each gold record takes the first
    unused extracted record that matches it."""
    tp, missed, extra, _ = match_kind(gold, found, kind)
    return tp, missed, extra


def match_kind(
    gold: list[dict], found: list[dict], kind: str
) -> tuple[int, list[dict], list[dict], list[tuple[dict, dict]]]:
    """:func:`score_kind`'s figures and the matched (gold, record) pairs."""
    matcher = MATCHERS[kind]
    used: dict[int, dict] = {}
    missed = []
    for g in gold:
        hit = next((i for i, r in enumerate(found) if i not in used and matcher(g, r)), None)
        if hit is None:
            missed.append(g)
        else:
            used[hit] = g
    extra = [r for i, r in enumerate(found) if i not in used]
    return len(used), missed, extra, [(g, found[i]) for i, g in used.items()]


def indicator_value_check(gold: dict, record: dict) -> tuple[list[str], list[str]]:
    """(wrong, missing): the gold targets of an indicator matched by name that the record gives
    another value for, and those it gives no value for.

    The matching (as the shared evaluator's) reads names only, so a wrong year or value never
    shows as an extra; this reads them. A gold target keyed by a year is compared with the
    record's targets of that year, or, where it has none, with those it gives no year (and where it
    gives none either but gives one under a year the gold has none for, that is a wrong year); one keyed
    累计 with its total over the period (cumulative); one keyed otherwise (省级指标值, 全省目标值)
    with the record's target of the column it names so (target_near_column), or else with those
    it gives no year. Values are the same when equal after :func:`norm`, the record's unit
    written after its value or not (99 and 99%).
    """
    by_year: dict[str | None, list[str]] = {}
    by_column: dict[str, list[str]] = {}  # targets whose column names its area (苏南目标值)
    for kind in ("target_near", "target_far"):
        value, year, column = (record.get(kind + part) for part in ("", "_year", "_column"))
        if column:
            by_column.setdefault(column, [])
        if value not in (None, ""):
            by_year.setdefault(str(year) if year else None, []).append(norm(value))
            if column:
                by_column[column].append(norm(value))
    unit = norm(record.get("unit"))
    wrong, missing = [], []
    for key, value in (gold.get("targets") or {}).items():
        wanted = norm(value)
        if key == "累计":  # a total over the period: the record's 〔累计〕 cell
            given = [norm(record["cumulative"])] if record.get("cumulative") else []
        elif key in by_column:
            given = by_column[key]
        else:
            given = (by_year.get(key) if key.isdigit() else None) or by_year.get(None, [])
        if not given and key.isdigit():
            # no target of the gold's year: one the record gives under a year the gold has no
            # target for is this one under a wrong year (an 展望2035年 target given as 2025's)
            given = [
                f"{v} in {year}"
                for year, values in by_year.items()
                if year and year not in gold["targets"]
                for v in values
            ]
            if given:
                wrong.append(f"{key}: {value} (record: {', '.join(given)})")
                continue
        if not given:
            missing.append(f"{key}: {value}")
        elif not any(v == wanted or (unit and v + unit == wanted) for v in given):
            wrong.append(f"{key}: {value} (record: {', '.join(given)})")
    return wrong, missing


def corpus_texts(folder: Path, address: bool = False) -> Iterable[tuple[str, str, dict]]:
    """(name, body, gold) of each text of a corpus folder, the ``# `` header lines stripped.

    With ``address`` the ``# source: <url>`` line stays on top, as a user who saves a page with its
    address has it (the extractor reads a page's date from its address, kg/extract/context.py);
    the evaluator strips it, and the gold took many years from it.
    """
    for raw in sorted((folder / "raw").glob("*.txt")):
        lines = raw.read_text(encoding="utf-8").splitlines()
        kept = [
            line
            for line in lines
            if not line.startswith("# ") or (address and line.startswith("# source:"))
        ]
        body = "\n".join(kept)
        gold_file = folder / "gold" / (raw.stem + ".json")
        if not gold_file.exists():
            continue  # a text still being annotated
        yield raw.stem, body, json.loads(gold_file.read_text(encoding="utf-8"))


def score_text(name: str, body: str, gold: dict, into: CorpusScore) -> TextScore:
    """Extract one text as `gazette-kg extract` does and add its score to ``into``."""
    from kg.errors import InputError
    from kg.extract import extract_source, require_content
    from kg.text.source import from_text

    result = TextScore(name)
    records: list[dict] = []
    try:
        source = from_text(body, name=name + ".txt")
        extracted = extract_source(source)
        require_content(extracted, source)
        records = [r.to_json() for r in extracted]
        result.unread = next((r["message"] for r in records if r.get("genre") == "unread"), None)
    except InputError as exc:
        result.refused = str(exc)
    for kind, kinds in KINDS.items():
        found = [r for r in records if r.get("kind") in kinds]
        tp, missed, extra, pairs = match_kind(gold.get(kind, []), found, kind)
        if kind == "indicators":
            for g, r in pairs:
                into.matched_targets += len(g.get("targets") or {})
                wrong, missing = indicator_value_check(g, r)
                result.wrong_values += [(g["name"], w) for w in wrong]
                result.missing_values += [(g["name"], m) for m in missing]
        tally = into.tallies[kind]
        tally.tp += tp
        tally.predicted += len(found)
        tally.gold += len(gold.get(kind, []))
        if missed:
            result.missed[kind] = missed
        if extra:
            result.extra[kind] = extra
    into.texts.append(result)
    return result


def score_corpus(folders: Iterable[Path], address: bool = False) -> CorpusScore:
    total = CorpusScore()
    for folder in folders:
        for name, body, gold in corpus_texts(folder, address):
            score_text(name, body, gold, total)
    return total
