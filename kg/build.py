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
from rdflib.term import Node

from kg import atomic, checks, derive, store
from kg.errors import InputError, UsageError
from kg.export import rdf
from kg.extract import extract_source, require_content
from kg.extract.context import detect_government
from kg.iris import Minter, resolve_base
from kg.layout import default_out
from kg.namespaces import GKG, OA, ONTOLOGY_IRI, OWL, PROV, RDF, RDFS, SH, bind_prefixes
from kg.progress import MIN_SOURCES, Progress, progress
from kg.rdf import map_records
from kg.records import ExtractionWarning, Record
from kg.resources import ontology_files, sample_issue
from kg.serialize import (
    Spliced,
    sorted_quads,
    spliced_graph_files,
    triples_of,
    without_graph,
    write_trig,
    write_turtle,
)
from kg.text.source import Source, read
from kg.validate import Report, Result, shapes_graph, validate


@dataclass
class SourceBuild:
    """One source, processed (or, with ``build --add``, taken over from the previous build)."""

    name: str  # file name, as provenance cites it
    digest: str  # SHA-256 of the decoded text
    encoding: str
    government: str | None
    quads: list[ox.Quad]  # the source's facts, in its named graph
    graph_iri: URIRef
    report: Report
    records_json: list[dict]
    findings_json: list[dict]  # self-consistency findings (kg.checks)
    records: list[Record] = field(default_factory=list)  # empty when taken over
    origin: dict | None = None  # a PDF's, web page's or Word file's format, pages, converter
    graph: Graph | None = None  # the mapped rdflib graph, kept only for the views
    cache_text: str | None = None  # the cache file read, when taken over: written as it was

    @property
    def triples(self) -> int:
        return len(self.quads)  # each once: a graph's quads are a set

    def rdflib_graph(self) -> Graph:
        """The source's facts as an rdflib graph: the mapped one, or made from the quads."""
        if self.graph is not None:
            return self.graph
        convert = store.from_ox()
        graph = bind_prefixes(Graph())
        for quad in self.quads:
            graph.add((convert(quad.subject), convert(quad.predicate), convert(quad.object)))
        return graph

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


def process(
    source: Source,
    minter: Minter,
    timings: dict[str, float] | None = None,
    convert: Callable[[Node], ox.NamedNode | ox.Literal | ox.BlankNode] | None = None,
    keep_graph: bool = False,
) -> SourceBuild:
    """Extract, map and validate one source; its facts kept as Oxigraph quads (``convert``: a
    memoised rdflib → Oxigraph converter shared by the build's sources), the rdflib graph only
    when ``keep_graph`` (the views read it)."""
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
        source_quads(graph, graph_iri, convert or store.converter()),
        graph_iri,
        report,
        [r.to_json() for r in records],
        [f.to_json() for f in findings],
        records,
        origin,
        graph if keep_graph else None,
    )


def source_quads(
    graph: Graph,
    graph_iri: URIRef,
    convert: Callable[[Node], ox.NamedNode | ox.Literal | ox.BlankNode],
) -> list[ox.Quad]:
    """A source's rdflib graph as quads of its named graph, in the graph's order: what the build
    keeps of it (a tenth of the rdflib graph's memory), unions, derives from and writes."""
    return list(store.quads(graph, graph_iri, convert))


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
    others: list[ox.Quad] = []  # the previous build's derived facts and ontology
    if add:
        previous, recorded_base, others = load_previous(out_path)
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
    memo: dict = {}  # rdflib term → Oxigraph term, shared by the sources (and seen for blanks)
    convert = store.converter(memo)
    builds = []
    for source in sources:
        builds.append(process(source, minter, timings, convert, keep_graph=views))
        settle()
        bar.step(source.name)
    _check_unique(builds)
    merged = {item.graph_iri: item for item in previous}
    merged.update((item.graph_iri, item) for item in builds)
    ordered = [merged[iri] for iri in sorted(merged, key=str)]
    report = Report()
    for item in ordered:
        report.extend(item.report)
    derived = derived_facts(ordered, minter)
    derived_quads = source_quads(derived, minter.mint("graph", "derived"), convert)
    bar.step(ARCHIVE_STEPS[0])
    report.extend(validate_derived(ordered, derived, derived_quads))
    bar.step(ARCHIVE_STEPS[1])
    previous_trig = (out_path / "graph.trig").read_bytes() if add else b""
    maybe_blank = any(isinstance(t, ox.BlankNode) for t in memo.values()) or (
        b"_:" in previous_trig  # none written: none taken over
    )
    spliced = None
    if add and not maybe_blank:  # the previous files, the graphs written again spliced in
        spliced = added_graph_files(
            out_path, previous_trig, previous, builds, others, derived_quads, minter.base
        )
    del previous_trig
    if spliced is None:
        # Sorted once for graph.ttl, graph.trig and the triples counted (seconds on an archive).
        quads = archive_quads(ordered, derived_quads, maybe_blank)
        graph_quads = without_graph(quads, ONTOLOGY_IRI)
        # graph.ttl's triples (sources and derived facts, each once), as `validate` counts
        report.triples = len(triples_of(graph_quads))
    else:
        report.triples = spliced.triples
    summary = summarize(ordered, report, minter)
    bar.step(ARCHIVE_STEPS[2])
    result = BuildResult(out_path, ordered, report, summary, timings, derived)
    atomic.clean_leftovers(out_path.parent if out_path.parent != Path("") else Path("."))
    changes = None
    if add:  # the previous store, copied, changes in the graphs replaced or added
        new = {item.graph_iri for item in builds}
        removed = [q for item in previous if item.graph_iri in new for q in item.quads] + others
        added = [q for item in builds for q in item.quads] + derived_quads + [*ontology_quads()]
        changes = StoreChanges(out_path / "store", removed, added)
    with atomic.replace_dir(out_path) as staging:
        started = time.perf_counter()
        if spliced is None:
            write_graph_files(quads, graph_quads, staging, minter)
            del quads, graph_quads  # the store is loaded from the files: not kept through it
        else:
            write_spliced(spliced, staging)
            del spliced
        _tick(result.timings, "serialise", started)
        bar.step(WRITE_STEPS[0])
        write_outputs(result, staging, minter, views=views, bar=bar, store_changes=changes)
    return result


@dataclass
class StoreChanges:
    """What ``build --add`` changes in the previous build's store: the quads of the named graphs
    it replaces (``removed``) and of those it writes (``added``)."""

    previous: Path
    removed: list[ox.Quad]
    added: list[ox.Quad]


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


def load_previous(out: Path) -> tuple[list[SourceBuild], str, list[ox.Quad]]:
    """The sources of an existing build folder, from its manifest, cache and graph.trig, its base
    IRI, and the quads of its other named graphs (derived facts, ontology)."""
    manifest_path = out / "manifest.json"
    if not manifest_path.is_file():
        raise InputError(
            "no build here to add to (no manifest.json): build without --add first", path=str(out)
        )
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    quads = read_graph_quads(out)
    kept = []
    for entry in manifest["sources"]:
        cache_text = (out / entry["cache"]).read_text(encoding="utf-8")
        cache = json.loads(cache_text)
        own = quads.get(entry["graph"], [])
        report = Report(results=[Result(**r) for r in cache["report"]], triples=len(own))
        kept.append(
            SourceBuild(
                cache["file"],
                cache["sha256"],
                cache["encoding"],
                cache["government"],
                own,
                URIRef(cache["graph"]),
                report,
                cache["records"],
                cache["findings"],
                origin=cache.get("origin"),
                cache_text=cache_text,
            )
        )
    sources = {entry["graph"] for entry in manifest["sources"]}
    others = [q for name, own in quads.items() if name not in sources for q in own]
    return kept, manifest["base_iri"], others


def write_store(folder: Path, changes: StoreChanges | None = None) -> None:
    """The build's store in ``folder``: the previous store with ``changes``, when given and the
    graphs hold no blank node (whose labels a new source can change throughout), or else loaded
    from graph.trig and graph.ttl."""
    if (
        changes is not None
        and b"_:" not in (folder / "graph.trig").read_bytes()
        and store.update_copy(changes.previous, folder / "store", changes.removed, changes.added)
    ):
        return
    store.create_from_files(
        folder / "store", folder / "graph.trig", folder / "graph.ttl", ontology_quads()
    )


def archive_quads(
    sources: list[SourceBuild], derived: list[ox.Quad], maybe_blank: bool = True
) -> rdf.SortedQuads:
    """The sources', derived facts' and ontology's quads, deduplicated and sorted (blank nodes,
    when ``maybe_blank``, canonicalised): what graph.trig holds."""
    items = [quad for item in sources for quad in item.quads]
    items += derived
    items += ontology_quads()
    return sorted_quads(items, maybe_blank=maybe_blank)


def added_graph_files(
    out: Path,
    previous_trig: bytes,
    previous: list[SourceBuild],
    builds: list[SourceBuild],
    others: list[ox.Quad],
    derived_quads: list[ox.Quad],
    base_iri: str,
) -> Spliced | None:
    """graph.trig and graph.ttl of ``build --add`` from the previous build's (kg.serialize's
    :func:`~kg.serialize.spliced_graph_files`): the named graphs taken over are not sorted and
    written again, only the new sources', the derived facts' and the ontology's are, and in
    graph.ttl the subjects of these. None when the files must be written whole."""
    try:
        turtle = (out / "graph.ttl").read_bytes()
        triples = json.loads((out / "summary.json").read_text(encoding="utf-8"))["triples"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    new = {item.graph_iri for item in builds}
    kept = [item.quads for item in previous if item.graph_iri not in new]
    removed = [q for item in previous if item.graph_iri in new for q in item.quads] + others
    changed = [q for item in builds for q in item.quads] + derived_quads + [*ontology_quads()]
    return spliced_graph_files(
        previous_trig, turtle, triples, kept, removed, changed, base_iri, ONTOLOGY_IRI
    )


def write_spliced(spliced: Spliced, folder: Path) -> None:
    """graph.ttl and graph.trig of :func:`added_graph_files` in ``folder``."""
    atomic.write_bytes(folder / "graph.ttl", spliced.turtle)
    atomic.write_bytes(folder / "graph.trig", spliced.trig)


def write_graph_files(
    quads: rdf.SortedQuads, graph_quads: rdf.SortedQuads, folder: Path, minter: Minter
) -> None:
    """graph.trig (``quads``: every named graph) and graph.ttl (``graph_quads``: the same without
    the ontology's, as one graph) in ``folder``."""
    write_turtle(graph_quads, folder / "graph.ttl", minter.base)
    write_trig(quads, folder / "graph.trig", minter.base)


def write_outputs(
    result: BuildResult,
    folder: Path,
    minter: Minter,
    views: bool = True,
    bar: Progress | None = None,
    store_changes: StoreChanges | None = None,
) -> None:
    """Write the build folder's store (:func:`write_store`), report, summary, records, caches,
    manifest and views into ``folder`` (a staging directory) beside the graph files there."""
    bar = bar or Progress("write")
    write_store(folder, store_changes)
    bar.step(WRITE_STEPS[1])
    atomic.write_text(folder / "report.txt", result.report.to_text())
    write_turtle(result.report.to_graph(), folder / "report.ttl")
    atomic.write_text(folder / "summary.txt", summary_text(result.summary))
    atomic.write_text(folder / "summary.json", _json(result.summary))
    atomic.write_text(
        folder / "records.jsonl", "".join(_jsonl(r) for s in result.sources for r in s.records_json)
    )
    for item in result.sources:
        # Not key-sorted: records keep their field order when --add reads them back (and a
        # source taken over has its cache written as it was read, not dumped again).
        text = item.cache_text
        if text is None:
            text = json.dumps(item.cache(), ensure_ascii=False, indent=1) + "\n"
        atomic.write_text(folder / _cache_name(item), text)
    atomic.write_text(folder / "manifest.json", _json(manifest(result, minter)))
    bar.step(WRITE_STEPS[2])
    if views:
        started = time.perf_counter()
        union = union_graph(result.sources, result.derived)
        findings = [f for item in result.sources for f in item.findings_json]
        _write_views(bind_prefixes(union), folder / "views", findings)
        _tick(result.timings, "views", started)
        bar.step("views")


def derived_facts(sources: list[SourceBuild], minter: Minter) -> Graph:
    """Facts computed over all sources together (memberships, successions, government areas),
    from the part of the sources' facts they are computed from."""
    return derive.derive_from_union(derive.facts_graph(item.quads for item in sources), minter)


def union_graph(sources: list[SourceBuild], derived: Graph | None = None) -> Graph:
    """Every source's facts (and the derived facts, when given) in one rdflib graph: what the
    views read."""
    union = Graph()
    for item in sources:
        union += item.rdflib_graph()
    if derived is not None:
        union += derived
    return union


def validate_derived(
    sources: list[SourceBuild], derived: Graph, derived_quads: list[ox.Quad] | None = None
) -> Report:
    """The derived facts against their shapes, with the sources they point into as context
    (``derived_quads``: the derived facts as quads, when already converted)."""
    shapes = shapes_graph("timelines")
    if derived_quads is None:
        derived_quads = list(store.quads(derived, URIRef("urn:x-gazette-kg:derived")))
    data = shape_context([item.quads for item in sources] + [derived_quads], shapes)
    report = validate(data, shapes)
    report.triples = len(derived)
    return report


# What a check of the derived facts reads beyond its focus nodes' own triples: the classes of
# their values (sh:class), and where a result comes from (kg.validate._span_of: the focus's
# changes, by prov:wasDerivedFrom, their text spans, by prov:wasDerivedFrom again, the spans'
# lines and source, by oa:hasSource, and the source's file name or label).
VALUE_READ = (RDF.type, PROV.wasDerivedFrom, GKG.startLine, GKG.endLine, OA.hasSource)
SOURCE_READ = (GKG.sourceFile, RDFS.label)
_TARGET_KINDS = (SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.target)


def shape_context(quad_lists: list[list[ox.Quad]], shapes: Graph) -> Graph:
    """The part of the union of ``quad_lists`` that validating it against ``shapes`` reads, as an
    rdflib graph: every triple of the focus nodes (of class targets and their subclasses); of
    their values and of what those are prov:wasDerivedFrom, the :data:`VALUE_READ` triples; of
    what any of these has as oa:hasSource, the :data:`SOURCE_READ` triples; every
    rdfs:subClassOf triple. pyshacl gives the same results on it as on the whole union, and a
    result the same source (tested), for a small part of the cost of making the union in rdflib
    (13 of 92 CPU seconds on 100 issues). Shapes with other targets get the whole union. A
    subject's triples are added in the union's order (sources in turn, each in its own order):
    rdflib's ``value`` picks the first of several.
    """
    convert = store.from_ox()
    data = Graph()  # pyshacl wants a store with named graphs (not SimpleMemory)

    def add(quads: Iterable[ox.Quad]) -> None:
        for quad in quads:
            data.add((convert(quad.subject), convert(quad.predicate), convert(quad.object)))

    if any((None, kind, None) in shapes for kind in _TARGET_KINDS) or any(
        (None, RDF.type, kind) in shapes for kind in (RDFS.Class, OWL.Class)
    ):
        for quads in quad_lists:
            add(quads)
        return data
    rdf_type = ox.NamedNode(str(RDF.type))
    sub_class = ox.NamedNode(str(RDFS.subClassOf))
    by_subject: dict[object, list[ox.Quad]] = {}
    typed: list[ox.Quad] = []
    below: list[ox.Quad] = []
    for quads in quad_lists:
        for quad in quads:
            subject = quad.subject
            found = by_subject.get(subject)
            if found is None:
                by_subject[subject] = [quad]
            else:
                found.append(quad)
            predicate = quad.predicate
            if predicate == rdf_type:
                typed.append(quad)
            elif predicate == sub_class:
                below.append(quad)
    classes = {store.to_ox(c) for c in shapes.objects(None, SH.targetClass)}
    grown = True
    while grown:  # the subclasses of the targeted classes, at any depth
        more = {q.subject for q in below if q.object in classes and q.subject not in classes}
        classes |= more
        grown = bool(more)
    focus = sorted({q.subject for q in typed if q.object in classes}, key=str)

    def objects(nodes: Iterable, predicate: object | None = None) -> list:
        return sorted(
            {
                q.object
                for n in nodes
                for q in by_subject.get(n, ())
                if (predicate is None or q.predicate == predicate)
                and not isinstance(q.object, ox.Literal)
            },
            key=str,
        )

    def read(nodes: Iterable, predicates: Iterable) -> None:
        wanted = {store.to_ox(p) for p in predicates}
        add(q for n in nodes for q in by_subject.get(n, ()) if q.predicate in wanted)

    values = objects(focus)
    derived_from = objects(values, store.to_ox(PROV.wasDerivedFrom))
    has_source = store.to_ox(OA.hasSource)
    sources = objects([*focus, *values, *derived_from], has_source)
    add(below)
    add(q for n in focus for q in by_subject[n])
    read(values, VALUE_READ)
    read(derived_from, VALUE_READ)
    read(sources, SOURCE_READ)
    return data


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
                "triples": s.triples,
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
    from kg.namespaces import ELI, FOAF, ORG, SDO

    classes = {
        "documents": ELI.LegalResource,
        "organizations": ORG.Organization,
        "persons": FOAF.Person,
        "places": SDO.AdministrativeArea,
        "posts": ORG.Post,
    }
    rdf_type = ox.NamedNode(str(RDF.type))
    found: dict[ox.NamedNode, set] = {ox.NamedNode(str(cls)): set() for cls in classes.values()}
    for item in builds:
        for quad in item.quads:
            if quad.predicate == rdf_type:
                members = found.get(quad.object)
                if members is not None:
                    members.add(quad.subject)
    return {name: len(found[ox.NamedNode(str(cls))]) for name, cls in classes.items()}


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
    convert = store.from_ox()
    return {
        name: [(convert(q.subject), convert(q.predicate), convert(q.object)) for q in quads]
        for name, quads in read_graph_quads(build_dir).items()
    }


def read_graph_quads(build_dir: Path) -> dict[str, list[ox.Quad]]:
    """graph.trig's quads by named graph (IRI, "" for the default graph → quads in the file's
    order), parsed by Oxigraph: what `build --add` keeps of the sources it takes over."""
    path = Path(build_dir) / "graph.trig"
    if not path.is_file():
        raise InputError("no graph.trig: run `gazette-kg build` first", path=str(build_dir))
    graphs: dict[str, list[ox.Quad]] = {}
    try:
        for quad in ox.parse(path=str(path), format=ox.RdfFormat.TRIG):
            name = quad.graph_name
            key = name.value if isinstance(name, ox.NamedNode) else ""
            quads = graphs.get(key)
            if quads is None:
                quads = graphs[key] = []
            quads.append(quad)
    except SyntaxError as exc:
        raise InputError(f"unreadable graph: {exc}", path=str(path)) from None
    return graphs
