"""Records that reach no node in the graph: the benchmark scores records, users get the graph.

    python benchmarks/graph_drops.py                    # ../shared/devcorpus, ./devcorpus, the sample
    python benchmarks/graph_drops.py --corpus DIR [--corpus DIR ...] [--list] [--validate]

Each text is read, extracted and mapped as a build does (kg.extract.extract_source, then
kg.rdf.map_records with the text's detected government, as kg.build.process calls them), one record
at a time. A record whose mapping adds no triple is then mapped alone into an empty graph:

- it still writes nothing: DROPPED, with the reason its mapper has (an amendment naming no amending
  act, a citation with neither number nor title, …): a fact read and scored but never published;
- it writes something: its facts were all stated already by an earlier record (MERGED): an
  identical record (the same line read twice, a TOC line and its body) or a differing one (two
  records meeting in one IRI: check that they are one thing).

Warnings are no facts and are not counted. ``--list`` prints every dropped or merged record,
``--validate`` also validates each text's graph (SHACL, as a build: an invalid graph publishes
nothing). Prints the counts per kind and class.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rdflib import Graph  # noqa: E402

from kg.extract import extract_source  # noqa: E402
from kg.extract.context import detect_government  # noqa: E402
from kg.iris import Minter  # noqa: E402
from kg.namespaces import bind_prefixes  # noqa: E402
from kg.rdf import MAPPERS, map_records  # noqa: E402
from kg.rdf.context import MapContext  # noqa: E402
from kg.records import AmendmentRecord, CitedDocumentRecord, Record  # noqa: E402
from kg.resources import sample_issue  # noqa: E402
from kg.text import docnumber  # noqa: E402
from kg.text.source import read  # noqa: E402

DEFAULT_CORPORA = [ROOT.parent / "shared" / "devcorpus", ROOT / "devcorpus"]


def drop_reason(record: Record) -> str:
    """Why a record's mapper writes nothing (the guards of kg/rdf's mappers)."""
    if record.kind not in MAPPERS:
        return f"no mapper for kind {record.kind}"
    if isinstance(record, AmendmentRecord):
        if not (record.target_number or record.target_title):
            return "amendment: no target (number or title)"
        if not (record.by or record.by_title):
            return "amendment: no amending act (by, by_title)"
    if isinstance(record, CitedDocumentRecord) and not (record.number or record.title):
        return "citation: neither number nor title"
    if _unkeyed_order(record):
        return "a 主席令 number without its term and no title (no key: kg.text.docnumber)"
    return "the mapper writes nothing"


def _unkeyed_order(record: Record) -> bool:
    """A record naming a document only by a presidential order's number without its term."""
    for number, title in (
        (getattr(record, "number", None), getattr(record, "title", None)),
        (getattr(record, "target_number", None), getattr(record, "target_title", None)),
        (getattr(record, "by", None), getattr(record, "by_title", None)),
    ):
        parsed = docnumber.parse_written(number) if isinstance(number, str) else None
        if parsed is not None and docnumber.needs_term(parsed) and not title:
            return True
    return False


def _content(record: Record) -> str:
    data = record.to_json()
    data.pop("source", None)
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


@dataclasses.dataclass
class Finding:
    text: str
    kind: str
    cls: str  # dropped: <reason> | merged: identical | merged: differing
    line: int
    record: str


def audit_text(path: Path, findings: list[Finding], counts: Counter, validate: bool) -> bool:
    """The text's dropped and merged records into ``findings``; False if its graph is invalid."""
    source = read(path)
    records = extract_source(source)
    government = detect_government(source)
    seen: dict[str, list[str]] = defaultdict(list)

    def observe(record: Record, ctx: MapContext, added: int) -> None:
        if record.kind == "warning":
            return
        counts[record.kind] += 1
        content = _content(record)
        if added == 0:
            alone = dataclasses.replace(ctx, graph=bind_prefixes(Graph()), _spans={})
            MAPPERS[record.kind](record, alone)
            if len(alone.graph) == 0:
                cls = "dropped: " + drop_reason(record)
            elif content in seen[record.kind]:
                cls = "merged: identical to an earlier record"
            else:
                cls = "merged: its node(s) stated by a differing record"
            findings.append(Finding(path.name, record.kind, cls, record.source.start_line, content))
        seen[record.kind].append(content)

    graph, _ = map_records(records, Minter(), source.name, government, observe=observe)
    if not validate:
        return True
    from kg.validate import validate as shacl

    return shacl(graph).valid


def texts(folders: list[Path]) -> list[Path]:
    paths = [p for f in folders for p in sorted((f / "raw").glob("*.txt"))]
    return [*paths, sample_issue()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", action="append", type=Path, help="a corpus folder (repeatable)")
    parser.add_argument("--list", action="store_true", help="print every dropped or merged record")
    parser.add_argument("--validate", action="store_true", help="validate each text's graph")
    args = parser.parse_args(argv)
    folders = args.corpus or [f for f in DEFAULT_CORPORA if (f / "raw").is_dir()]
    findings: list[Finding] = []
    counts: Counter = Counter()
    invalid, paths = [], texts(folders)
    for path in paths:
        if not audit_text(path, findings, counts, args.validate):
            invalid.append(path.name)
    if args.list:
        for f in findings:
            print(f"{f.text}:{f.line} {f.kind} [{f.cls}] {f.record[:200]}")
    print(f"{len(paths)} texts ({', '.join(str(f) for f in folders)} and the sample)")
    by_class = Counter((f.kind, f.cls) for f in findings)
    for kind in sorted(counts):
        print(f"{kind:18s} {counts[kind]:6d} records")
        for (k, cls), n in sorted(by_class.items()):
            if k == kind:
                print(f"    {n:5d} {cls}")
    if args.validate:
        print(f"invalid graphs (nothing published): {len(invalid)} {' '.join(invalid)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
