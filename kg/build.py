"""Build: input texts → the build folder (graph, store, report, summary, views).

For each source: read → segment/extract → map to its own named graph → validate that graph. Then
the whole folder is written in a staging directory and swapped in at once, so a failed or
interrupted build leaves the previous build intact. The same inputs give byte-identical files.

Layout of the build folder (docs/architecture.md §Build folder):

    graph.ttl       every fact: the sources' and the derived ones (no ontology), deterministic Turtle
    graph.trig      one named graph per source + the ontology graph + the derived-facts graph
    store/          the same named graphs in an embedded Oxigraph store (for queries and serve)
    report.txt      the SHACL validation report, readable;  report.ttl  the same as RDF
    summary.txt     counts per kind, entity counts, warnings;  summary.json  the same as JSON
    records.jsonl   the extracted records (the schema of `gazette-kg extract`)
    manifest.json   base IRI, sources with their named-graph IRIs and SHA-256
    views/          interactive HTML views and an index page
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import gc
import glob
import json
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg import atomic, checks, derive, store
from kg.errors import InputError, UsageError
from kg.extract import extract_source, require_content
from kg.extract.context import detect_government
from kg.iris import Minter, resolve_base
from kg.layout import default_out
from kg.namespaces import ONTOLOGY_IRI, bind_prefixes
from kg.progress import MIN_SOURCES, Progress, progress
from kg.rdf import map_records
from kg.records import ExtractionWarning, Record
from kg.resources import ontology_files, sample_issue
from kg.serialize import sorted_quads, without_graph, write_trig, write_turtle
from kg.text.source import Source, read
from kg.validate import Report, Result, shapes_graph, validate


@dataclass
class SourceBuild:
    """One source, processed (or, with ``build --add``, taken over from the previous build)."""

    name: str  # file name, as provenance cites it
    digest: str  # SHA-256 of the decoded text
    encoding: str
    government: str | None
    graph: Graph
    graph_iri: URIRef
    report: Report
    records_json: list[dict]
    findings_json: list[dict]  # self-consistency findings (kg.checks)
    records: list[Record] = field(default_factory=list)  # empty when taken over
    origin: dict | None = None  # a PDF's, web page's or Word file's format, pages, converter

    def cache(self) -> dict:
        return {
            "file": self.name,
            "sha256": self.digest,
            "encoding": self.encoding,
            "government": self.government,
            "graph": str(self.graph_iri),
            "records": self.records_json,
            "findings": self.findings_json,
            "report": [dataclasses.asdict(r) for r in self.report.results],
        } | ({"origin": self.origin} if self.origin else {})


@dataclass
class BuildResult:
    out: Path
    sources: list[SourceBuild]
    report: Report
    summary: dict
    timings: dict[str, float] = field(default_factory=dict)
    derived: Graph = field(default_factory=Graph)

    @property
    def valid(self) -> bool:
        return self.report.valid


INPUT_SUFFIXES = (".txt", ".pdf", ".html", ".htm", ".docx", ".ofd")  # what a folder contributes


def resolve_inputs(inputs: Sequence[str | Path] | None) -> list[Path]:
    """Files, folders (every .txt, .pdf, .html/.htm, .docx and .ofd below them, sorted) and glob
    patterns → a list of files. A file named directly is read whatever its name (its content
    decides its format); in folders, only regular files count (a FIFO named *.txt would block)."""
    if not inputs:
        return [sample_issue()]
    files: list[Path] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found = _documents_below(path)
            if not found:
                raise InputError(
                    "folder holds no .txt, .pdf, .html, .docx or .ofd files "
                    "(searched its subfolders too)",
                    path=str(path),
                )
            files.extend(found)
        elif any(ch in str(item) for ch in "*?[") and not path.exists():
            found = sorted(Path(p) for p in glob.glob(str(item)) if Path(p).is_file())
            if not found:
                raise InputError("pattern matches no files", path=str(item))
            files.extend(found)
        else:
            files.append(path)
    return files


def _documents_below(folder: Path) -> list[Path]:
    """The documents in ``folder`` and its subfolders, sorted; walked with an explicit stack (a
    tree thousands of folders deep does not exhaust Python's recursion), symlinked folders not
    followed (no loops)."""
    import os

    found: list[Path] = []
    stack = [str(folder)]
    while stack:
        current = stack.pop()
        try:
            entries = list(os.scandir(current))
        except OSError:
            continue
        for entry in entries:
            try:
                if entry.is_dir(follow_symlinks=False):
                    stack.append(entry.path)
                elif entry.name.lower().endswith(INPUT_SUFFIXES) and entry.is_file():
                    found.append(Path(entry.path))
            except OSError:
                continue
    return sorted(found)


def process(source: Source, minter: Minter, timings: dict[str, float] | None = None) -> SourceBuild:
    """Extract, map and validate one source."""
    timings = timings if timings is not None else {}
    started = time.perf_counter()
    records = extract_source(source)
    require_content(records, source)
    _tick(timings, "extract", started)
    government = detect_government(source)
    started = time.perf_counter()
    origin = source.origin.to_json() if source.origin else None
    graph, graph_iri = map_records(records, minter, source.name, government, origin)
    _tick(timings, "map", started)
    started = time.perf_counter()
    report = validate(graph)
    _tick(timings, "validate", started)
    findings = checks.check(records)  # the plan checked against itself: sh:Warning results
    report.extend(checks.to_report(findings, minter))
    return SourceBuild(
        source.name,
        source.digest,
        source.encoding,
        government,
        graph,
        graph_iri,
        report,
        [r.to_json() for r in records],
        [f.to_json() for f in findings],
        records,
        origin,
    )


def _tick(timings: dict[str, float], stage: str, started: float) -> None:
    timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - started


def ontology_graph() -> Graph:
    graph = bind_prefixes(Graph())
    for path in ontology_files():
        graph.parse(path, format="turtle")
    return graph


@functools.cache
def ontology_quads() -> tuple[ox.Quad, ...]:
    """The ontology as quads of its named graph, parsed once per process by Oxigraph (the triples
    of :func:`ontology_graph`, tested, in a sixteenth of rdflib's parse time)."""
    name = ox.NamedNode(ONTOLOGY_IRI)
    return tuple(
        ox.Quad(t.subject, t.predicate, t.object, name)
        for path in ontology_files()
        for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)
    )


def _check_unique(builds: list[SourceBuild]) -> None:
    seen: dict[URIRef, str] = {}
    for build in builds:
        if build.graph_iri in seen:
            raise InputError(
                f"the same source as {seen[build.graph_iri]} (same gazette, year and issue number): "
                "give each issue once",
                path=build.name,
            )
        seen[build.graph_iri] = build.name


def build(
    inputs: Sequence[str | Path] | None = None,
    out: str | Path | None = None,
    base_iri: str | None = None,
    views: bool = True,
    add: bool = False,
) -> BuildResult:
    """Build the knowledge graph of ``inputs`` (default: the bundled sample) into ``out``.

    With ``add``, the sources of the existing build in ``out`` are kept and ``inputs`` are added to
    them (a source already there, by gazette/year/issue or file name, is replaced); the derived
    facts are recomputed over all. The result does not depend on the order sources arrive in.
    """
    with _heap_settling() as settle, progress("build") as bar:
        return _build(inputs, out, base_iri, views, add, settle, bar)


# steps after the sources', as the progress bar counts them (views are one more)
ARCHIVE_STEPS = ("derived facts", "shapes of derived facts", "summary")
WRITE_STEPS = ("graph.ttl, graph.trig", "store", "report, records, manifest")


def _build(
    inputs: Sequence[str | Path] | None,
    out: str | Path | None,
    base_iri: str | None,
    views: bool,
    add: bool,
    settle: Callable[[], None],
    bar: Progress,
) -> BuildResult:
    out_path = Path(out) if out is not None else default_out()
    previous: list[SourceBuild] = []
    if add:
        previous, recorded_base = load_previous(out_path)
        if base_iri and resolve_base(base_iri) != recorded_base:
            raise UsageError(
                f"--base-iri {base_iri} differs from the build's {recorded_base}; "
                "rebuild without --add to change it"
            )
        base_iri = recorded_base
    minter = Minter(resolve_base(base_iri))
    timings: dict[str, float] = {}
    started = time.perf_counter()
    sources = [read(path) for path in resolve_inputs(inputs)]
    _tick(timings, "read", started)
    steps = len(sources) + len(ARCHIVE_STEPS) + len(WRITE_STEPS) + views
    bar.start(steps, enabled=len(sources) > MIN_SOURCES)
    builds = []
    for source in sources:
        builds.append(process(source, minter, timings))
        settle()
        bar.step(source.name)
    _check_unique(builds)
    merged = {item.graph_iri: item for item in previous}
    merged.update((item.graph_iri, item) for item in builds)
    ordered = [merged[iri] for iri in sorted(merged, key=str)]
    report = Report()
    for item in ordered:
        report.extend(item.report)
    union = union_graph(ordered)  # made once: the derived facts read it, and are checked on it
    derived = derived_facts(union, minter)
    bar.step(ARCHIVE_STEPS[0])
    union += derived
    report.extend(validate_derived(ordered, derived, union))
    # graph.ttl's triples (sources and derived facts, each once), as `gazette-kg validate` counts
    report.triples = len(union)
    if not views:
        union = None  # only the views read it again
    bar.step(ARCHIVE_STEPS[1])
    summary = summarize(ordered, report, minter)
    bar.step(ARCHIVE_STEPS[2])
    result = BuildResult(out_path, ordered, report, summary, timings, derived)
    atomic.clean_leftovers(out_path.parent if out_path.parent != Path("") else Path("."))
    with atomic.replace_dir(out_path) as staging:
        write_outputs(result, staging, minter, views=views, union=union, bar=bar)
    return result


@contextlib.contextmanager
def _heap_settling() -> Iterator[Callable[[], None]]:
    """A ``settle()`` to call after each source; the heap is put back as it was at the end.

    An archive build keeps every source's graph alive (millions of objects), and each full pass
    of Python's cycle collector walks them all again: on 40 synthetic issues the collector took a
    sixth of the build. ``settle()`` collects the garbage of the source just processed and moves
    what survives out of the collector's sight (``gc.freeze``); the objects are handed back
    (``gc.unfreeze``) when the build ends, however it ends. The first source is not settled (a
    one-source build pays nothing), and nothing is done when the caller froze objects itself or
    turned the collector off.
    """
    if gc.get_freeze_count() or not gc.isenabled():
        yield lambda: None
        return
    calls = 0

    def settle() -> None:
        nonlocal calls
        calls += 1
        if calls > 1:
            gc.collect()
            gc.freeze()

    try:
        yield settle
    finally:
        gc.unfreeze()


def load_previous(out: Path) -> tuple[list[SourceBuild], str]:
    """The sources of an existing build folder, from its manifest, cache and graph.trig."""
    manifest_path = out / "manifest.json"
    if not manifest_path.is_file():
        raise InputError(
            "no build here to add to (no manifest.json): build without --add first", path=str(out)
        )
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    triples = read_graph_triples(out)
    kept = []
    for entry in manifest["sources"]:
        cache = json.loads((out / entry["cache"]).read_text(encoding="utf-8"))
        graph = bind_prefixes(Graph())
        for triple in triples.get(entry["graph"], ()):
            graph.add(triple)
        report = Report(results=[Result(**r) for r in cache["report"]], triples=len(graph))
        kept.append(
            SourceBuild(
                cache["file"],
                cache["sha256"],
                cache["encoding"],
                cache["government"],
                graph,
                URIRef(cache["graph"]),
                report,
                cache["records"],
                cache["findings"],
                origin=cache.get("origin"),
            )
        )
    return kept, manifest["base_iri"]


def write_outputs(
    result: BuildResult,
    folder: Path,
    minter: Minter,
    views: bool = True,
    union: Graph | None = None,
    bar: Progress | None = None,
) -> None:
    """Write every file of the build folder into ``folder`` (a staging directory); ``union`` is
    the sources' and derived facts together when the caller has made it already."""
    bar = bar or Progress("write")
    started = time.perf_counter()
    named: list[tuple[URIRef, Graph]] = [(item.graph_iri, item.graph) for item in result.sources]
    named.append((minter.mint("graph", "derived"), result.derived))
    # Converted and sorted once for graph.ttl, graph.trig and the store (seconds on an archive).
    quads = sorted_quads(named, ontology_quads())
    write_turtle(without_graph(quads, ONTOLOGY_IRI), folder / "graph.ttl", minter.base)
    write_trig(quads, folder / "graph.trig", minter.base)
    del quads  # the store is loaded from the files: not kept through it
    _tick(result.timings, "serialise", started)
    bar.step(WRITE_STEPS[0])
    store.create_from_files(
        folder / "store", folder / "graph.trig", folder / "graph.ttl", ontology_quads()
    )
    bar.step(WRITE_STEPS[1])
    atomic.write_text(folder / "report.txt", result.report.to_text())
    write_turtle(result.report.to_graph(), folder / "report.ttl")
    atomic.write_text(folder / "summary.txt", summary_text(result.summary))
    atomic.write_text(folder / "summary.json", _json(result.summary))
    atomic.write_text(
        folder / "records.jsonl", "".join(_jsonl(r) for s in result.sources for r in s.records_json)
    )
    for item in result.sources:
        # Not key-sorted: records keep their field order when --add reads them back.
        atomic.write_text(
            folder / _cache_name(item),
            json.dumps(item.cache(), ensure_ascii=False, indent=1) + "\n",
        )
    atomic.write_text(folder / "manifest.json", _json(manifest(result, minter)))
    bar.step(WRITE_STEPS[2])
    if views:
        started = time.perf_counter()
        if union is None:
            union = union_graph(result.sources, result.derived)
        findings = [f for item in result.sources for f in item.findings_json]
        _write_views(bind_prefixes(union), folder / "views", findings)
        _tick(result.timings, "views", started)
        bar.step("views")


def derived_facts(union: Graph, minter: Minter) -> Graph:
    """Facts computed over all sources together (memberships, successions, government areas),
    from the sources' facts in one graph."""
    return derive.derive_from_union(union, minter)


def union_graph(sources: list[SourceBuild], derived: Graph | None = None) -> Graph:
    """Every source's facts (and the derived facts, when given) in one graph, made once per
    build: each addition of an archive's triples to an rdflib graph costs seconds."""
    union = Graph()
    for item in sources:
        union += item.graph
    if derived is not None:
        union += derived
    return union


def validate_derived(
    sources: list[SourceBuild], derived: Graph, union: Graph | None = None
) -> Report:
    """The derived facts against their shapes, with the sources they point into as context
    (``union``: the sources and the derived facts together, when already made)."""
    data = union if union is not None else union_graph(sources, derived)
    report = validate(data, shapes_graph("timelines"))
    report.triples = len(derived)
    return report


def _write_views(graph: Graph, folder: Path, findings: list[dict]) -> None:
    from kg.views import write_default_views  # networkx and the template load only when needed

    write_default_views(graph, folder, findings)


def _cache_name(item: SourceBuild) -> str:
    return f"sources/{str(item.graph_iri).rsplit('/', 1)[-1]}.json"


def _jsonl(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False) + "\n"


def records_jsonl(records: Iterable[Record]) -> str:
    return "".join(
        json.dumps(r.to_json(), ensure_ascii=False, sort_keys=False) + "\n" for r in records
    )


def _json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def manifest(result: BuildResult, minter: Minter) -> dict:
    return {
        "base_iri": minter.base,
        "base_iri_is_placeholder": minter.is_placeholder,
        "ontology_graph": ONTOLOGY_IRI,
        "derived_graph": str(minter.mint("graph", "derived")),
        "sources": [
            {
                "file": s.name,
                "sha256": s.digest,
                "encoding": s.encoding,
                "graph": str(s.graph_iri),
                "government": s.government,
                "records": len(s.records_json),
                "triples": len(s.graph),
                "cache": _cache_name(s),
            }
            | ({"origin": s.origin} if s.origin else {})
            for s in result.sources
        ],
    }


# ------------------------------------------------------------------------------------ summary


def summarize(builds: list[SourceBuild], report: Report, minter: Minter) -> dict:
    kinds: Counter[str] = Counter()
    warnings: list[dict] = []
    for item in builds:
        for record in item.records_json:
            if record["kind"] == ExtractionWarning.kind:
                warnings.append(
                    {
                        "file": record["source"]["file"],
                        "line": record["source"]["start_line"],
                        "genre": record["genre"],
                        "message": record["message"],
                    }
                )
            else:
                kinds[record["kind"]] += 1
    return {
        "consistency_findings": [f for s in builds for f in s.findings_json],
        "sources": [s.name for s in builds],
        "records": dict(sorted(kinds.items())),
        "entities": entity_counts(builds),
        "triples": report.triples,  # graph.ttl's: the sources' and the derived facts
        "extraction_warnings": warnings,
        "validation": {
            "valid": report.valid,
            "violations": len(report.violations),
            "warnings": len(report.warnings),
        },
        "base_iri": minter.base,
        "base_iri_is_placeholder": minter.is_placeholder,
    }


def entity_counts(builds: list[SourceBuild]) -> dict[str, int]:
    from kg.namespaces import ELI, FOAF, ORG, RDF, SDO

    classes = {
        "documents": ELI.LegalResource,
        "organizations": ORG.Organization,
        "persons": FOAF.Person,
        "places": SDO.AdministrativeArea,
        "posts": ORG.Post,
    }
    return {
        name: len({s for item in builds for s in item.graph.subjects(RDF.type, cls)})
        for name, cls in classes.items()
    }


def summary_text(summary: dict) -> str:
    lines = [
        "gazette-kg build summary",
        "",
        "sources: " + ", ".join(summary["sources"]),
        "",
        f"{'records':<24}{'count':>8}",
    ]
    lines += [f"  {kind:<22}{count:>8}" for kind, count in summary["records"].items()]
    lines += ["", f"{'entities':<24}{'count':>8}"]
    lines += [f"  {kind:<22}{count:>8}" for kind, count in summary["entities"].items()]
    validation = summary["validation"]
    lines += [
        "",
        f"triples: {summary['triples']}",
        f"validation: {'valid' if validation['valid'] else 'INVALID'} "
        f"({validation['violations']} violations, {validation['warnings']} warnings; "
        "see report.txt)",
    ]
    lines += ["", *checks.summary_lines(summary["consistency_findings"])]
    warnings = summary["extraction_warnings"]
    lines += ["", f"extraction warnings: {len(warnings)}"]
    lines += [f"  {w['file']}:{w['line']}: [{w['genre']}] {w['message']}" for w in warnings]
    if summary["base_iri_is_placeholder"]:
        lines += [
            "",
            f"note: IRIs use the placeholder base {summary['base_iri']}; "
            "set --base-iri or GAZETTE_KG_BASE_IRI before publishing.",
        ]
    return "\n".join(lines) + "\n"


def load_dataset(build_dir: Path) -> Dataset:
    """The build's named graphs as an rdflib Dataset (for views, exports and validation)."""
    dataset = Dataset()
    for name, triples in read_graph_triples(build_dir).items():
        graph = dataset.graph(URIRef(name) if name else DATASET_DEFAULT_GRAPH_ID)
        for triple in triples:
            graph.add(triple)
    return dataset


def load_union(build_dir: Path) -> Graph:
    """Every triple of the build but the ontology's, in one rdflib Graph (what the views read):
    the union of :func:`load_dataset` without making the Dataset first (a third of the time and
    memory on an archive)."""
    union = Graph()
    for name, triples in read_graph_triples(build_dir).items():
        if name != ONTOLOGY_IRI:
            for triple in triples:
                union.add(triple)
    return union


def read_graph_triples(build_dir: Path) -> dict[str, list[tuple]]:
    """graph.trig's triples by named graph (IRI → rdflib triples, in the file's order).

    Parsed by Oxigraph and converted term by term (kg.store.from_ox): the same terms as rdflib's
    TriG parser gives, tested, at about 2.5 times its speed on a 100-issue archive (rdflib's
    parser took 37 of the 97 s of a `build --add` there)."""
    path = Path(build_dir) / "graph.trig"
    if not path.is_file():
        raise InputError("no graph.trig: run `gazette-kg build` first", path=str(build_dir))
    convert = store.from_ox()
    graphs: dict[str, list[tuple]] = {}
    try:
        for quad in ox.parse(path=str(path), format=ox.RdfFormat.TRIG):
            name = quad.graph_name
            key = name.value if isinstance(name, ox.NamedNode) else ""
            triples = graphs.get(key)
            if triples is None:
                triples = graphs[key] = []
            triples.append((convert(quad.subject), convert(quad.predicate), convert(quad.object)))
    except SyntaxError as exc:
        raise InputError(f"unreadable graph: {exc}", path=str(path)) from None
    return graphs
