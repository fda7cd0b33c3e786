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

import bisect
import contextlib
import dataclasses
import functools
import gc
import glob
import hashlib
import json
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

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
from kg.namespaces import (
    GKG,
    OA,
    ONTOLOGY_IRI,
    ORG,
    OWL,
    PROV,
    RDF,
    RDFS,
    SDO,
    SH,
    SKOS,
    bind_prefixes,
)
from kg.progress import MIN_SOURCES, Progress, progress
from kg.rdf import map_records
from kg.records import ExtractionWarning, Record
from kg.resources import ontology_files, sample_issue
from kg.serialize import (
    Spliced,
    graph_spans,
    locate_block,
    sorted_quads,
    spliced_graph_files,
    token_key,
    triples_of,
    without_graph,
    write_trig,
    write_turtle,
)
from kg.text.source import Source, read
from kg.validate import Report, Result, shapes_graph, validate

T = TypeVar("T")


@dataclass
class SourceBuild:
    """One source, processed (or, with ``build --add``, taken over from the previous build)."""

    name: str  # file name, as provenance cites it
    digest: str  # SHA-256 of the decoded text
    encoding: str
    government: str | None
    quads: list[ox.Quad] | None  # the source's facts, in its named graph (None: see TakenOver)
    graph_iri: URIRef
    report: Report
    records_json: list[dict]
    findings_json: list[dict]  # self-consistency findings (kg.checks)
    records: list[Record] = field(default_factory=list)  # empty when taken over
    origin: dict | None = None  # a PDF's, web page's or Word file's format, pages, converter
    graph: Graph | None = None  # the mapped rdflib graph, kept only for the views
    cache_text: str | None = None  # the cache file read, when taken over: written as it was
    count: int = 0  # its triples, as the manifest says, when taken over and its quads not read

    @property
    def triples(self) -> int:
        # each once: a graph's quads are a set
        return len(self.quads) if self.quads is not None else self.count

    def rdflib_graph(self) -> Graph:
        """The source's facts as an rdflib graph: the mapped one, or made from the quads."""
        if self.graph is not None:
            return self.graph
        assert self.quads is not None, "a source taken over is read before its graph is made"
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
            found, too_long = _documents_below(path)
            for (
                skipped
            ) in too_long:  # one line each, on standard error: named, never dropped silently
                print(f"warning: {_too_long(skipped)}", file=sys.stderr)
            if not found and too_long:
                raise InputError(
                    f"folder holds {len(too_long)} document(s) only below the system's path limit "
                    f"({_path_max()} bytes), none that can be opened: move them nearer the top",
                    path=str(path),
                )
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


def _path_max() -> int:
    import os

    try:
        return os.pathconf("/", "PC_PATH_MAX")
    except (OSError, ValueError, AttributeError):
        return 4096


def _too_long(path: str) -> str:
    shown = "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in path)  # one line
    return (
        f"{shown}: skipped: its path is {len(path)} characters, longer than the system's limit "
        f"({_path_max()} bytes), so it cannot be opened; move it nearer the top"
    )


def _documents_below(folder: Path) -> tuple[list[Path], list[str]]:
    """The documents in ``folder`` and its subfolders, sorted, and those whose path is longer than
    the system's limit (PATH_MAX: they cannot be opened by name), sorted; walked with an explicit
    stack (a tree thousands of folders deep does not exhaust Python's recursion), symlinked
    folders not followed (no loops). A folder whose own path is too long is listed through file
    descriptors (:func:`_scandir_deep`), so that what it holds is named, not lost without a word."""
    import os

    limit = _path_max()
    found: list[Path] = []
    too_long: list[str] = []
    stack = [str(folder)]
    while stack:
        current = stack.pop()
        try:
            if len(os.fsencode(current)) < limit:
                entries = [(e, e.path) for e in os.scandir(current)]
            else:
                entries = _scandir_deep(current, limit)
        except OSError:
            continue
        for entry, entry_path in entries:
            try:
                if entry.is_dir(follow_symlinks=False):
                    stack.append(entry_path)
                elif entry.name.lower().endswith(INPUT_SUFFIXES) and entry.is_file():
                    if len(os.fsencode(entry_path)) < limit:
                        found.append(Path(entry_path))
                    else:
                        too_long.append(entry_path)
            except OSError:
                continue
    return sorted(found), sorted(too_long)


def _scandir_deep(path: str, limit: int) -> list:
    """The entries of the folder ``path``, whose path is too long to name: opened by hops of
    relative paths shorter than ``limit``, each from the folder the hop before opened; the
    entries (read through the folder's descriptor, so their types are known) paired with their
    full paths."""
    import os

    parts = [part for part in path.split(os.sep) if part]
    fd = os.open(os.sep if path.startswith(os.sep) else ".", os.O_RDONLY | os.O_DIRECTORY)
    try:
        while parts:
            hop: list[str] = []
            while parts and len(os.fsencode(os.sep.join([*hop, parts[0]]))) < limit - 1:
                hop.append(parts.pop(0))
            if not hop:
                raise OSError(f"a name longer than the path limit: {parts[0][:40]}")
            next_fd = os.open(os.sep.join(hop), os.O_RDONLY | os.O_DIRECTORY, dir_fd=fd)
            os.close(fd)
            fd = next_fd
        with os.scandir(fd) as listing:
            entries = list(listing)
        # the entries' types are read now, while the folder's descriptor is open
        return [
            (e, os.path.join(path, e.name))
            for e in entries
            if e.is_dir(follow_symlinks=False) or e.is_file()
        ]
    finally:
        os.close(fd)


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
    others: list[ox.Quad] | None = []  # the previous build's derived facts and ontology
    if add:  # without views, the sources' quads are read only where needed (TakenOver)
        previous, recorded_base, others = load_previous(out_path, read_quads=views)
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
    previous_trig = (out_path / "graph.trig").read_bytes() if add else b""
    maybe_blank = any(isinstance(t, ox.BlankNode) for t in memo.values()) or (
        b"_:" in previous_trig  # none written: none taken over
    )
    # the previous store, trusted only as the build that wrote it left it beside these files:
    # else it is neither asked nor copied (the sources read whole, the store loaded from files)
    trusted = add and store.stamped(out_path / "store", graph_digest(previous_trig))
    previous_store = out_path / "store" if trusted else None
    taken = None
    if others is None:  # the sources taken over not read: parts of graph.trig read as needed
        taken, others = take_over(previous_trig, previous, builds, maybe_blank, previous_store)

    def lazily(step: Callable[[TakenOver | None], T]) -> T:
        """``step`` with the sources taken over read where needed, or whole when it asks for
        what cannot be read so (TakenOver.Unavailable)."""
        nonlocal taken
        if taken is not None:
            try:
                return step(taken)
            except TakenOver.Unavailable:
                taken.load_all()
                taken = None
        return step(None)

    report = Report()  # the sources' results sorted once (Report.extend sorts all on each call)
    report.extend(
        Report(
            [r for item in ordered for r in item.report.results],
            sum(item.report.triples for item in ordered),
            any(item.report.records_checked for item in ordered),
        )
    )
    again = None  # build --add: the previous derived facts kept where nothing they read changed
    if taken is not None and others is not None:
        with contextlib.suppress(TakenOver.Unavailable):
            again = added_derived_facts(
                out_path, previous, builds, ordered, others, minter, convert, taken
            )
    if again is None:
        derived = lazily(lambda t: derived_facts(ordered, minter, t))
        derived_quads = source_quads(derived, minter.mint("graph", "derived"), convert)
        bar.step(ARCHIVE_STEPS[0])
        report.extend(lazily(lambda t: validate_derived(ordered, derived, derived_quads, t)))
    else:
        derived = Graph()  # only the views read it, and a build with views reads every source
        derived_quads, derived_report = again
        bar.step(ARCHIVE_STEPS[0])
        report.extend(derived_report)
    bar.step(ARCHIVE_STEPS[1])
    spliced = None
    if add and not maybe_blank:  # the previous files, the graphs written again spliced in
        spliced = lazily(
            lambda t: added_graph_files(
                out_path, previous_trig, previous, builds, others, derived_quads, minter.base, t
            )
        )
    previous_trig = b""  # not kept through the writing (TakenOver holds it while needed)
    if spliced is None and taken is not None:
        taken.load_all()  # every quad is sorted and written
    if spliced is None:
        # Sorted once for graph.ttl, graph.trig and the triples counted (seconds on an archive).
        quads = archive_quads(ordered, derived_quads, maybe_blank)
        graph_quads = without_graph(quads, ONTOLOGY_IRI)
        # graph.ttl's triples (sources and derived facts, each once), as `validate` counts
        report.triples = len(triples_of(graph_quads))
    else:
        report.triples = spliced.triples
    entities = None  # build --add: the previous counts, changed by what the new sources change
    if taken is not None:
        with contextlib.suppress(TakenOver.Unavailable, OSError, ValueError, KeyError):
            entities = added_entity_counts(out_path, previous, builds, taken)
    summary = lazily(lambda t: summarize(ordered, report, minter, t, entities))
    bar.step(ARCHIVE_STEPS[2])
    taken = None  # what it read is not kept through the writing
    result = BuildResult(out_path, ordered, report, summary, timings, derived)
    atomic.clean_leftovers(out_path.parent if out_path.parent != Path("") else Path("."))
    changes = None
    if previous_store is not None:  # the previous store, copied, changes in the graphs written
        new = {item.graph_iri for item in builds}
        removed = [q for item in previous if item.graph_iri in new for q in item.quads] + others
        added = [q for item in builds for q in item.quads] + derived_quads + [*ontology_quads()]
        changes = StoreChanges(previous_store, removed, added)
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
        lines = previous_records(out_path, previous) if add else None
        write_outputs(
            result, staging, minter, views=views, bar=bar, store_changes=changes, records=lines
        )
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


def load_previous(
    out: Path, read_quads: bool = True
) -> tuple[list[SourceBuild], str, list[ox.Quad] | None]:
    """The sources of an existing build folder, from its manifest, cache and graph.trig, its base
    IRI, and the quads of its other named graphs (derived facts, ontology). With ``read_quads``
    false, graph.trig is not parsed: the sources' quads are None (their triples counted as the
    manifest says) and so are the other graphs' (see :func:`take_over`)."""
    manifest_path = out / "manifest.json"
    if not manifest_path.is_file():
        raise InputError(
            "no build here to add to (no manifest.json): build without --add first", path=str(out)
        )
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    if not read_quads and not (out / "graph.trig").is_file():
        raise InputError("no graph.trig: run `gazette-kg build` first", path=str(out))
    quads = read_graph_quads(out) if read_quads else {}
    kept = []
    for entry in manifest["sources"]:
        cache_text = (out / entry["cache"]).read_text(encoding="utf-8")
        cache = CachedRecords.cache(cache_text)
        own = quads.get(entry["graph"], []) if read_quads else None
        count = len(own) if own is not None else int(entry["triples"])
        report = Report(results=[Result(**r) for r in cache["report"]], triples=count)
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
                count=count,
            )
        )
    if not read_quads:
        return kept, manifest["base_iri"], None
    sources = {entry["graph"] for entry in manifest["sources"]}
    others = [q for name, own in quads.items() if name not in sources for q in own]
    return kept, manifest["base_iri"], others


class CachedRecords(Sequence):
    """The records of a source's cache file as the previous build wrote it (json.dumps with
    ``indent=1``, keys in :meth:`SourceBuild.cache`'s order), parsed only when read whole: their
    number, kinds and first and last records are read from the text (``build --add`` takes over
    every source's cache, and parsing them was 0.5 s CPU at 300 issues). In that layout a raw
    line break is only ever indentation (JSON escapes one in a string), so a record opens with
    ``\n  {`` and its kind is its line ``\n   "kind": ``."""

    _KIND = re.compile(r'\n   "kind": "([^"\\]*)"')

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end  # the list's [ to its ]
        self._parsed: list[dict] | None = None
        self._count = 0 if text[start + 1 : end].strip() == "" else text.count("\n  {", start, end)

    @classmethod
    def cache(cls, text: str) -> dict:
        """A cache file's content, its records a :class:`CachedRecords` (the file parsed whole,
        its records a list, when it is not in that layout)."""
        head = text.find(',\n "records": [')
        tail = text.rfind('\n ],\n "findings": ')
        empty = text.find(',\n "records": [],\n "findings": ')
        if empty >= 0 and empty == head:
            start, end = head + 14, head + 15
            rest = empty + len(',\n "records": [],')
        elif head >= 0 and tail > head:
            start, end = head + 14, tail + 2
            rest = tail + len("\n ],")
        else:
            return json.loads(text)
        try:
            cache = json.loads(text[:head] + "\n}")
            cache.update(json.loads("{" + text[rest:]))
        except ValueError:
            return json.loads(text)
        if set(cache) - {
            "file",
            "sha256",
            "encoding",
            "government",
            "graph",
            "findings",
            "report",
            "origin",
        }:
            return json.loads(text)
        cache["records"] = cls(text, start, end)
        return cache

    def _all(self) -> list[dict]:
        if self._parsed is None:
            self._parsed = json.loads(self.text[self.start : self.end + 1])
            assert len(self._parsed) == self._count, "a cache's records not in json.dumps's layout"
        return self._parsed

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, index):  # type: ignore[override]
        ends = (0, -1, self._count - 1)
        if self._parsed is None and isinstance(index, int) and self._count and index in ends:
            at = self.text.find if index == 0 else self.text.rfind
            found = at("\n  {", self.start, self.end)
            return json.JSONDecoder().raw_decode(self.text, found + 3)[0]
        return self._all()[index]

    def __iter__(self):
        return iter(self._all())

    def __eq__(self, other: object) -> bool:  # as the list of the records parsed
        if isinstance(other, CachedRecords):
            other = other._all()
        return isinstance(other, list) and self._all() == other

    __hash__ = None  # type: ignore[assignment]

    def kinds(self) -> Counter[str] | None:
        """How many records of each kind (None when that cannot be read from the text)."""
        kinds = Counter(m[1] for m in self._KIND.finditer(self.text, self.start, self.end))
        return kinds if sum(kinds.values()) == self._count else None


def take_over(
    trig: bytes,
    previous: list[SourceBuild],
    builds: list[SourceBuild],
    maybe_blank: bool,
    store_path: Path | None = None,
) -> tuple[TakenOver | None, list[ox.Quad]]:
    """The quads ``build --add`` needs of the previous build read by :func:`load_previous` with
    ``read_quads`` false: the sources it replaces and the other graphs (derived facts, ontology)
    from their blocks of graph.trig (``trig``), returned; the sources it keeps left unread, a
    :class:`TakenOver` to read them where needed (``store_path``: the previous build's store,
    which says which graphs hold a subject). Every source read whole (and no TakenOver) when the
    graphs may hold blank nodes or graph.trig is not as the writers write it."""
    new = {item.graph_iri for item in builds}
    kept = [item for item in previous if item.graph_iri not in new]
    taken = None if maybe_blank else TakenOver.open(trig, kept, store_path)
    sources = {str(item.graph_iri) for item in previous}
    if taken is None:
        graphs = _trig_quads(trig)
        for item in previous:
            item.quads = graphs.get(str(item.graph_iri), [])
        return None, [q for name, own in graphs.items() if name not in sources for q in own]
    for item in previous:
        if item.graph_iri in new:
            item.quads = taken.graph_quads(str(item.graph_iri))
    return taken, taken.other_quads(sources)


def _trig_quads(trig: bytes) -> dict[str, list[ox.Quad]]:
    """graph.trig's quads by named graph, as :func:`read_graph_quads` reads them."""
    return _quads_by_graph({"input": trig}, "graph.trig")


class TakenOver:
    """The sources ``build --add`` takes over, their quads not read from the previous graph.trig
    as a whole (the whole archive in Python objects, the union and the derived facts' context
    made from all of it: 8 of the 15.5 CPU seconds of adding an issue to 100): the archive-wide
    stages read of them only the subjects they ask for (the facts derived from, the context the
    derived facts are checked in, the subjects graph.ttl writes again), each parsed from its
    block in its named graph's block of graph.trig. The file is what the writers wrote: a named
    graph's block holds its subjects' blocks in order, each with all the subject's quads there,
    so a source's quads read so come in the order a whole read gives. A subject's block is found
    by bisection in its graph's block (kg.serialize._locate); the graphs that hold a subject are
    asked of the previous build's store (:meth:`holding`: one query for many subjects; the
    file is not indexed, which cost a Python step per subject line, 5 s at 300 issues); the
    subjects whose blocks write an IRI or a literal by searching the file (:meth:`find`). The
    quads are not taken from the store, which keeps some typed literals by value
    (``"1"^^xsd:positiveInteger`` as an xsd:integer).

    A stage that asks what cannot be read so (a graph.trig block not as the writers write it, a
    subject the store puts in a graph the file does not, no store, a shape with other targets)
    gets :class:`TakenOver.Unavailable`; the build then reads every graph whole
    (:meth:`load_all`) and does the stage as before."""

    class Unavailable(Exception):
        """Not to be read from subject blocks: read the graphs whole."""

    def __init__(
        self,
        trig: bytes,
        prefixes: dict[str, str],
        spans: dict[bytes, tuple[int, int]],
        kept: list[SourceBuild],
        store_path: Path | None = None,
    ) -> None:
        self.trig = trig
        self.header = trig.partition(b"\n\n")[0] + b"\n\n"
        self.prefixes = prefixes
        self.spans = spans  # each named graph's block in graph.trig, by ``<iri>``
        self.kept = kept
        self.names = {ox.NamedNode(str(item.graph_iri)) for item in kept}
        self.loaded = False
        self.store_path = store_path
        self._store: ox.Store | None = None
        self._parsed: dict[tuple, list[ox.Quad]] = {}
        self._at: dict[tuple, int] = {}  # (graph, subject) → where its block starts
        self._graphs_of: dict[object, list] = {}  # subject → the kept graphs holding it
        self._starts = sorted((start, key) for key, (start, _) in spans.items())

    @classmethod
    def open(
        cls, trig: bytes, kept: list[SourceBuild], store_path: Path | None = None
    ) -> TakenOver | None:
        """The sources ``kept`` of the build whose graph.trig is ``trig`` (and whose store is at
        ``store_path``); None when the file is not as the writers write it."""
        parts = graph_spans(trig)
        if parts is None:
            return None
        return cls(trig, parts[0], parts[1], kept, store_path)

    def load_all(self) -> None:
        """Read every kept source's quads from graph.trig, whole (as :func:`load_previous`)."""
        if self.loaded:
            return
        graphs = _trig_quads(self.trig)
        for item in self.kept:
            item.quads = graphs.get(str(item.graph_iri), [])
        self.loaded = True

    def graphs(self) -> Iterator[list[ox.Quad]]:
        """Every kept source's quads, read whole (kg.serialize.KeptGraphs)."""
        self.load_all()
        for item in self.kept:
            assert item.quads is not None
            yield item.quads

    def graph_quads(self, name: str) -> list[ox.Quad]:
        """The quads of one named graph of graph.trig, parsed from its block."""
        span = self.spans.get(b"<" + name.encode() + b">")
        if span is None:
            return []
        block = self.trig[span[0] : span[1]]
        return list(ox.parse(self.header + block + b"\n", format=ox.RdfFormat.TRIG))

    def other_quads(self, sources: set[str]) -> list[ox.Quad]:
        """The quads of graph.trig's named graphs that are no source's (derived facts,
        ontology)."""
        return [
            quad
            for key in self.spans
            if key[1:-1].decode() not in sources
            for quad in self.graph_quads(key[1:-1].decode())
        ]

    def find(self, iris: Iterable[str]) -> set[tuple]:
        """(graph, subject) of every kept source's subject block in graph.trig that writes one of
        ``iris`` (as ``<iri>`` or a prefixed name): among them every subject with a quad whose
        predicate or object is one of them (a block that only quotes one in a literal too)."""
        forms = set()
        for iri in iris:
            forms.add(b"<" + iri.encode() + b">")
            for prefix, namespace in self.prefixes.items():
                local = iri[len(namespace) :]
                if iri.startswith(namespace) and local:
                    if not _PLAIN_LOCAL.fullmatch(local):  # escaped or written whole: not sought
                        raise self.Unavailable(f"{iri} as a prefixed name")
                    forms.add(prefix.encode() + b":" + local.encode())
        return self._holders(forms)

    def find_literals(self, texts: Iterable[str]) -> set[tuple]:
        """(graph, subject) of every kept source's subject block in graph.trig that writes a
        literal whose lexical form is one of ``texts`` (any language or datatype), and maybe
        more (a block that quotes one in an IRI's place)."""
        forms = set()
        for text in texts:
            if any(c in '"\\' or ord(c) < 0x20 or ord(c) == 0x7F for c in text):
                raise self.Unavailable(f"a literal {text!r} written escaped")
            forms.add(b'"' + text.encode() + b'"')
        return self._holders(forms)

    def _holders(self, forms: Iterable[bytes]) -> set[tuple]:
        """(graph, subject) of every kept source's subject block that holds one of ``forms``:
        the graph by bisection on where the graphs start, the subject block's start the blank
        line before (or the graph's first line)."""
        trig, starts, kept = self.trig, self._starts, self.names
        found: set[tuple] = set()
        for form in forms:
            at = trig.find(form)
            while at >= 0:
                start, key = starts[bisect.bisect_right(starts, (at, b"\xff")) - 1]
                graph = ox.NamedNode(key[1:-1].decode())
                first = start + len(key) + 3  # after "<graph> {\n"
                if graph in kept and at >= first:
                    block = trig.rfind(b"\n\n\t", first, at)
                    block = first if block < 0 else block + 2
                    token = trig[block + 1 : trig.find(b" ", block + 1)]
                    found.add((graph, self._node(token)))
                at = trig.find(form, at + 1)
        return found

    def holding(self, subject: object) -> list[tuple]:
        """(graph, ``subject``) for each kept source with a quad of ``subject``."""
        return self.holding_all([subject])

    def holding_all(self, subjects: Iterable) -> list[tuple]:
        """(graph, subject) for each of ``subjects`` and each kept source with a quad of it, the
        graphs of each subject in the file's order: asked of the previous build's store, in one
        query for the subjects not asked yet (Unavailable without a store)."""
        subjects = list(dict.fromkeys(subjects))
        todo = [s for s in subjects if s not in self._graphs_of]
        if todo:
            if self._store is None:
                if self.store_path is None:
                    raise self.Unavailable("no previous store to trust")
                try:
                    self._store = ox.Store.read_only(str(self.store_path))
                except (OSError, TypeError) as exc:
                    raise self.Unavailable(f"the previous store: {exc}") from None
            found: dict[object, list] = {s: [] for s in todo}
            for at in range(0, len(todo), 500):
                values = " ".join(str(s) for s in todo[at : at + 500])
                query = (
                    "SELECT DISTINCT ?s ?g WHERE { VALUES ?s { "
                    + values
                    + " } GRAPH ?g { ?s ?p ?o } }"
                )
                try:  # an IRI SPARQL cannot write as it is: read whole
                    rows = list(self._store.query(query))  # type: ignore[union-attr]
                except (SyntaxError, OSError) as exc:
                    raise self.Unavailable(f"the previous store: {exc}") from None
                for row in rows:
                    if row[1] in self.names and row[0] in found:
                        found[row[0]].append(row[1])
            where = {ox.NamedNode(key[1:-1].decode()): span[0] for key, span in self.spans.items()}
            for subject, graphs in found.items():
                if any(graph not in where for graph in graphs):
                    raise self.Unavailable(f"a graph of {subject} not in graph.trig")
                graphs.sort(key=where.__getitem__)
                self._graphs_of[subject] = graphs
        return [(graph, s) for s in subjects for graph in self._graphs_of[s]]

    def subject_quads(self, pairs: Iterable[tuple]) -> dict[tuple, list[ox.Quad]]:
        """The quads of each (graph, subject), read from the subject's block in graph.trig (the
        blocks not read yet parsed together)."""
        pairs = list(dict.fromkeys(pairs))
        missing: dict[object, list[bytes]] = {}
        for pair in pairs:
            if pair not in self._parsed:
                missing.setdefault(pair[0], []).append(self._block(pair))
                self._parsed[pair] = []
        if missing:
            pieces = [self.header]
            for graph, parts in missing.items():
                pieces += (str(graph).encode(), b" {\n", b"\n\n".join(parts), b"\n}\n\n")
            for quad in ox.parse(b"".join(pieces), format=ox.RdfFormat.TRIG):
                found = self._parsed.get((quad.graph_name, quad.subject))
                if found is None:
                    raise self.Unavailable(f"{quad} out of its subject's block")
                found.append(quad)
        return {pair: self._parsed[pair] for pair in pairs}

    def in_order(self, pairs: Iterable[tuple]) -> dict[object, list[ox.Quad]]:
        """The quads of the (graph, subject) ``pairs`` by graph, each graph's subjects in the
        file's order: a kept source's quads of these subjects in the order a whole read has."""
        quads = self.subject_quads(pairs)
        by_graph: dict[object, list[tuple]] = {}
        for pair in sorted(quads, key=self._at.__getitem__):
            by_graph.setdefault(pair[0], []).extend(quads[pair])
        return by_graph

    def with_subjects(self, subjects: set) -> list[ox.Quad]:
        """The kept sources' quads whose subject is one of ``subjects`` (kg.serialize.KeptGraphs)."""
        pairs = self.holding_all(subjects)
        return [q for found in self.subject_quads(pairs).values() for q in found]

    def typed(self, cls: object) -> set:
        """The subjects the kept sources give the type ``cls`` (an IRI)."""
        read = self.subject_quads(self.find([cls.value]))
        return {
            q.subject
            for quads in read.values()
            for q in quads
            if q.predicate == _RDF_TYPE and q.object == cls
        }

    def _node(self, token: bytes) -> ox.NamedNode:
        """A subject as written (whole or prefixed) → its node."""
        key = token_key(token, self.prefixes)
        if key is None or not key.startswith(b"<"):
            raise self.Unavailable(f"a subject {token!r} in graph.trig")
        return ox.NamedNode(key[1:-1].decode())

    def _block(self, pair: tuple) -> bytes:
        """The block of one (graph, subject) in graph.trig, its subject line to its closing
        `` .``, found by bisection in the graph's block."""
        key = str(pair[0]).encode()
        span = self.spans.get(key)
        if span is None:
            raise self.Unavailable(f"no graph {pair[0]} in graph.trig")
        first, end = span[0] + len(key) + 3, span[1] - 2
        start, stop = locate_block(self.trig, first, end, str(pair[1]).encode(), self.prefixes)
        if start < 0 or stop == start:
            raise self.Unavailable(f"{pair[1]} not in graph.trig's {pair[0]}")
        part = self.trig[start:stop]
        if not part.endswith(b" ."):
            raise self.Unavailable(f"{pair[1]}'s block in graph.trig")
        self._at[pair] = start
        return part


_RDF_TYPE = ox.NamedNode(str(RDF.type))
# a local name written as it is (letters, digits, _ and -): one with another character may be
# escaped or the IRI written whole, so it is not sought as a prefixed name
_PLAIN_LOCAL = re.compile(r"[A-Za-z0-9_-]+")


def write_store(folder: Path, changes: StoreChanges | None = None) -> None:
    """The build's store in ``folder``: the previous store with ``changes``, when given and the
    graphs hold no blank node (whose labels a new source can change throughout), or else loaded
    from graph.trig and graph.ttl; stamped with graph.trig's digest (kg.store.stamp), which
    ``build --add`` checks before it asks or copies the store."""
    trig = (folder / "graph.trig").read_bytes()
    digest = graph_digest(trig)
    blank = b"_:" in trig
    del trig  # not kept through the store's loading
    if not (
        changes is not None
        and not blank
        and store.update_copy(changes.previous, folder / "store", changes.removed, changes.added)
    ):
        store.create_from_files(
            folder / "store", folder / "graph.trig", folder / "graph.ttl", ontology_quads()
        )
    store.stamp(folder / "store", digest)


def graph_digest(trig: bytes) -> str:
    """The digest of graph.trig's bytes ``trig`` a store is stamped with (kg.store.stamp)."""
    return hashlib.sha256(trig).hexdigest()


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
    taken: TakenOver | None = None,
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
    kept: list[list[ox.Quad]] | TakenOver
    if taken is None:
        kept = [item.quads for item in previous if item.graph_iri not in new]  # type: ignore[misc]
    else:
        kept = taken
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
    records: dict[URIRef, list[str]] | None = None,
) -> None:
    """Write the build folder's store (:func:`write_store`), report, summary, records, caches,
    manifest and views into ``folder`` (a staging directory) beside the graph files there
    (``records``: the lines of records.jsonl of sources taken over, as the previous build wrote
    them; :func:`previous_records`)."""
    bar = bar or Progress("write")
    write_store(folder, store_changes)
    bar.step(WRITE_STEPS[1])
    atomic.write_text(folder / "report.txt", result.report.to_text())
    write_turtle(result.report.to_graph(), folder / "report.ttl")
    atomic.write_text(folder / "summary.txt", summary_text(result.summary))
    atomic.write_text(folder / "summary.json", _json(result.summary))
    written: list[str] = []
    for item in result.sources:
        lines = (records or {}).get(item.graph_iri) if item.cache_text is not None else None
        written += lines if lines is not None else [_jsonl(r) for r in item.records_json]
    atomic.write_text(folder / "records.jsonl", "".join(written))
    linked = False
    for item in result.sources:
        # Not key-sorted: records keep their field order when --add reads them back (and a
        # source taken over has its cache as it was read, not dumped again: the previous
        # build's file linked, or written when it cannot be)
        text = item.cache_text
        if text is not None and _linked(result.out / _cache_name(item), folder, item, text):
            linked = True
            continue
        if text is None:
            text = json.dumps(item.cache(), ensure_ascii=False, indent=1) + "\n"
        atomic.write_text(folder / _cache_name(item), text)
    if linked:
        atomic.fsync_dir(folder / "sources")
    atomic.write_text(folder / "manifest.json", _json(manifest(result, minter)))
    bar.step(WRITE_STEPS[2])
    if views:
        started = time.perf_counter()
        union = union_graph(result.sources, result.derived)
        findings = [f for item in result.sources for f in item.findings_json]
        _write_views(bind_prefixes(union), folder / "views", findings)
        _tick(result.timings, "views", started)
        bar.step("views")


def _linked(previous: Path, folder: Path, item: SourceBuild, text: str) -> bool:
    """The previous build's cache file of ``item`` (whose text was ``text``) hard-linked into
    ``folder`` (a staging folder: the previous one goes when it is swapped in); False when it
    cannot be (another file system, a file changed since it was read)."""
    target = folder / _cache_name(item)
    try:
        if previous.stat().st_size != len(text.encode("utf-8")):
            return False
        target.parent.mkdir(parents=True, exist_ok=True)
        os.link(previous, target)
    except OSError:
        return False
    return True


def previous_records(out: Path, previous: list[SourceBuild]) -> dict[URIRef, list[str]] | None:
    """Each previous source's lines of the previous build's records.jsonl (one line per record,
    sources in the manifest's order), to be written as they are rather than dumped again from
    the records read back from its cache; None when the file does not hold as many lines as the
    caches hold records, or a source's first and last lines are not its first and last records."""
    try:
        text = (out / "records.jsonl").read_bytes().decode("utf-8")  # no newline translation
    except OSError:
        return None
    lines = [line + "\n" for line in text.split("\n")]  # JSON escapes a newline in a string
    if lines.pop() != "\n" or len(lines) != sum(len(item.records_json) for item in previous):
        return None
    found: dict[URIRef, list[str]] = {}
    at = 0
    for item in previous:
        own = lines[at : at + len(item.records_json)]
        at += len(own)
        if own and (
            own[0] != _jsonl(item.records_json[0]) or own[-1] != _jsonl(item.records_json[-1])
        ):
            return None
        found[item.graph_iri] = own
    return found


def derived_facts(
    sources: list[SourceBuild], minter: Minter, taken: TakenOver | None = None
) -> Graph:
    """Facts computed over all sources together (memberships, successions, government areas),
    from the part of the sources' facts they are computed from (of the sources taken over and
    not read, ``taken`` reads that part: :func:`facts_quads`)."""
    lists = (item.quads for item in sources) if taken is None else facts_quads(sources, taken)
    return derive.derive_from_union(derive.facts_graph(lists), minter)


def facts_quads(sources: list[SourceBuild], taken: TakenOver) -> list[list[ox.Quad]]:
    """Each source's quads as :func:`kg.derive.facts_graph` reads them: of a source taken over
    and not read, the quads of its subjects that have a quad facts_graph keeps (a predicate of
    derive.READ_PREDICATES; rdf:type with a class of derive.READ_CLASSES; rdfs:label of a
    place), in its order. facts_graph keeps the same quads of these, in the same order, as of
    the whole source."""
    rdf_type = _RDF_TYPE
    place = ox.NamedNode(str(SDO.AdministrativeArea))
    pairs = taken.find([*derive.READ_PREDICATES, *derive.READ_CLASSES])
    places = taken.typed(place)
    for item in sources:
        if item.quads is not None:
            places |= {
                q.subject for q in item.quads if q.predicate == rdf_type and q.object == place
            }
    pairs.update(taken.holding_all(places))  # its labels: in every kept source that has one
    read = taken.in_order(pairs)
    return [
        item.quads if item.quads is not None else read.get(ox.NamedNode(str(item.graph_iri)), [])
        for item in sources
    ]


def added_derived_facts(
    out: Path,
    previous: list[SourceBuild],
    builds: list[SourceBuild],
    ordered: list[SourceBuild],
    others: list[ox.Quad],
    minter: Minter,
    convert: Callable[[Node], ox.NamedNode | ox.Literal | ox.BlankNode],
    taken: TakenOver,
) -> tuple[list[ox.Quad], Report]:
    """``build --add``'s derived facts and their report, the previous build's (in ``others``)
    kept where the sources added or replaced do not touch what they derive from: the facts of the
    posts a changed subject links to (kg.derive.PreviousFacts: its holdings' changes, persons,
    organisations and roles) are derived again over every change of those posts, and the areas
    served of the organisations whose labels or places changed (those a changed subject is,
    those named after a changed place), from the sources' quads of those subjects alone
    (:func:`derived_facts` of a part of the union, in the union's order); the rest are kept.
    Only these new facts are checked: the others' triples and their values' sources are as they
    were, and the previous check found nothing (else TakenOver.Unavailable, as for whatever
    cannot be read so: the caller derives everything again)."""
    name = ox.NamedNode(str(minter.mint("graph", "derived")))
    facts = derive.previous_facts([q for q in others if q.graph_name == name])
    if facts is None or _derived_results(out, previous) != 0:
        raise TakenOver.Unavailable("the previous derived facts")
    new = {item.graph_iri for item in builds}
    added = [q for item in builds for q in item.quads]  # type: ignore[union-attr]
    changed = added + [q for item in previous if item.graph_iri in new for q in item.quads]
    touched = {q.subject for q in changed}
    if any(not isinstance(subject, ox.NamedNode) for subject in touched):
        raise TakenOver.Unavailable("a blank node changed")

    def kept_quads(subjects: Iterable) -> list[ox.Quad]:
        pairs = taken.holding_all(subjects)
        return [q for quads in taken.subject_quads(pairs).values() for q in quads]

    about = changed + kept_quads(touched)  # every quad of a changed subject, before and after
    concerns_post = ox.NamedNode(str(GKG.concernsPost))
    posts = {post for subject in touched for post in facts.by_link.get(subject, ())}
    posts |= {q.object for q in about if q.predicate == concerns_post}
    # the changes among the changed subjects, read whole with the posts' others
    kinds = {concerns_post, ox.NamedNode(str(GKG.concernsPerson))}
    kinds.add(ox.NamedNode(str(GKG.personnelAction)))
    added_changes = {q.subject for q in about if q.predicate in kinds}
    while True:  # the posts of every change of these posts' holdings, until none is new
        changes = facts.linked(facts.memberships(posts), derive.CHANGES) | added_changes
        read = [q for q in added if q.subject in changes] + kept_quads(changes)
        more = {q.object for q in read if q.predicate == concerns_post} - posts
        if not more:
            break
        posts |= more
    concerns_person = ox.NamedNode(str(GKG.concernsPerson))
    persons = facts.linked(facts.memberships(posts), [derive.MEMBER])
    persons |= {q.object for q in read if q.predicate == concerns_person}

    # areas served: the organisations a changed subject is (typed or labelled so anywhere) or
    # named after a changed place, and every place labelled as one of those names a government
    pref_label = ox.NamedNode(str(SKOS.prefLabel))
    label = ox.NamedNode(str(RDFS.label))
    place, org = ox.NamedNode(str(SDO.AdministrativeArea)), ox.NamedNode(str(ORG.Organization))
    places = {q.subject for q in about if q.predicate == _RDF_TYPE and q.object == place}
    suffix = "人民政府"
    governments = {
        q.object.value + suffix for q in about if q.subject in places and q.predicate == label
    }
    organizations = {
        q.subject
        for q in about
        if q.predicate == pref_label or (q.predicate == _RDF_TYPE and q.object == org)
    }
    organizations |= {subject for _, subject in taken.find_literals(governments)}
    organizations |= {
        q.subject for q in added if q.predicate == pref_label and q.object.value in governments
    }
    names = {
        q.object.value[: -len(suffix)]
        for q in [*added, *kept_quads(organizations)]
        if q.subject in organizations
        and q.predicate == pref_label
        and q.object.value.endswith(suffix)
    }
    named = {subject for _, subject in taken.find_literals(names)}
    named |= {q.subject for q in added if q.predicate == label and q.object.value in names}

    wanted = changes | persons | posts | organizations | named
    read_by_graph = taken.in_order(taken.holding_all(wanted))
    lists = [
        item.quads
        if item.quads is not None
        else read_by_graph.get(ox.NamedNode(str(item.graph_iri)), [])
        for item in ordered
    ]
    again = derive.derive_from_union(derive.facts_graph(lists), minter)
    again_quads = source_quads(again, URIRef(name.value), convert)
    indexed = derive.previous_facts(again_quads)
    if indexed is None or any(post not in posts for post in indexed.post_of.values()):
        raise TakenOver.Unavailable("a membership of a post not read")
    again_quads = [
        q
        for q in again_quads
        if not (q.predicate == derive.AREA_SERVED and q.subject not in organizations)
    ]
    quads = list(dict.fromkeys(facts.kept(posts, organizations) + again_quads))
    report = validate_derived(ordered, again, again_quads, taken)
    report.triples = len(quads)
    return quads, report


def _derived_results(out: Path, previous: list[SourceBuild]) -> int:
    """How many results the previous build's check of its derived facts gave: its report's
    results (report.txt: two lines, then one per result) less those of its sources' checks."""
    try:
        lines = (out / "report.txt").read_text(encoding="utf-8").count("\n")
    except OSError:
        return -1
    return lines - 2 - sum(len(item.report.results) for item in previous)


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
    sources: list[SourceBuild],
    derived: Graph,
    derived_quads: list[ox.Quad] | None = None,
    taken: TakenOver | None = None,
) -> Report:
    """The derived facts against their shapes, with the sources they point into as context
    (``derived_quads``: the derived facts as quads, when already converted; ``taken``: reads
    the sources taken over and not read)."""
    shapes = shapes_graph("timelines")
    if derived_quads is None:
        derived_quads = list(store.quads(derived, URIRef("urn:x-gazette-kg:derived")))
    if taken is None:
        data = shape_context([item.quads for item in sources] + [derived_quads], shapes)
    else:
        lists = [item.quads for item in sources if item.quads is not None] + [derived_quads]
        rank = {ox.NamedNode(str(item.graph_iri)): i for i, item in enumerate(sources)}
        if derived_quads:
            rank[derived_quads[0].graph_name] = len(sources)
        data = shape_context(lists, shapes, taken, rank)
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


def shape_context(
    quad_lists: list[list[ox.Quad]],
    shapes: Graph,
    taken: TakenOver | None = None,
    rank: dict[object, int] | None = None,
) -> Graph:
    """The part of the union of ``quad_lists`` that validating it against ``shapes`` reads, as an
    rdflib graph: every triple of the focus nodes (of class targets and their subclasses); of
    their values and of what those are prov:wasDerivedFrom, the :data:`VALUE_READ` triples; of
    what any of these has as oa:hasSource, the :data:`SOURCE_READ` triples; every
    rdfs:subClassOf triple. pyshacl gives the same results on it as on the whole union, and a
    result the same source (tested), for a small part of the cost of making the union in rdflib
    (13 of 92 CPU seconds on 100 issues). Shapes with other targets get the whole union. A
    subject's triples are added in the union's order (sources in turn, each in its own order):
    rdflib's ``value`` picks the first of several.

    With ``taken``, the union holds the sources it reads besides ``quad_lists``, each graph in
    the union at its place in ``rank`` (named graph → position): their quads of the subjects
    asked for are read from it (shapes with other targets: TakenOver.Unavailable).
    """
    convert = store.from_ox()
    data = Graph()  # pyshacl wants a store with named graphs (not SimpleMemory)

    def add(quads: Iterable[ox.Quad]) -> None:
        for quad in quads:
            data.add((convert(quad.subject), convert(quad.predicate), convert(quad.object)))

    if any((None, kind, None) in shapes for kind in _TARGET_KINDS) or any(
        (None, RDF.type, kind) in shapes for kind in (RDFS.Class, OWL.Class)
    ):
        if taken is not None:
            raise TakenOver.Unavailable("shapes that read the whole union")
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
    place = (rank or {}).__getitem__
    if taken is not None:  # the kept sources' rdfs:subClassOf triples, at their places
        kept = taken.in_order(taken.find([sub_class.value]))
        below += (q for quads in kept.values() for q in quads if q.predicate == sub_class)
        below.sort(key=lambda q: place(q.graph_name))
    classes = {store.to_ox(c) for c in shapes.objects(None, SH.targetClass)}
    grown = True
    while grown:  # the subclasses of the targeted classes, at any depth
        more = {q.subject for q in below if q.object in classes and q.subject not in classes}
        classes |= more
        grown = bool(more)
    focused = {q.subject for q in typed if q.object in classes}
    if taken is not None:
        for cls in classes:
            focused |= taken.typed(cls)
    focus = sorted(focused, key=str)
    merged: dict[object, list[ox.Quad]] = {}

    def fetch(nodes: Iterable) -> None:
        """The union's quads of ``nodes`` (with the kept sources' read, in their places)."""
        if taken is None:
            return
        todo = [n for n in nodes if n not in merged]
        read = taken.subject_quads(taken.holding_all(todo))
        more: dict[object, list[ox.Quad]] = {}
        for (_, subject), quads in read.items():
            more.setdefault(subject, []).extend(quads)
        for node in todo:
            own = by_subject.get(node, [])
            if node in more:
                own = sorted(own + more[node], key=lambda q: place(q.graph_name))
            merged[node] = own

    def of(node: object) -> list[ox.Quad]:
        return merged[node] if taken is not None else by_subject.get(node, [])

    def objects(nodes: list, predicate: object | None = None) -> list:
        fetch(nodes)
        return sorted(
            {
                q.object
                for n in nodes
                for q in of(n)
                if (predicate is None or q.predicate == predicate)
                and not isinstance(q.object, ox.Literal)
            },
            key=str,
        )

    def read(nodes: list, predicates: Iterable) -> None:
        fetch(nodes)
        wanted = {store.to_ox(p) for p in predicates}
        add(q for n in nodes for q in of(n) if q.predicate in wanted)

    values = objects(focus)
    derived_from = objects(values, store.to_ox(PROV.wasDerivedFrom))
    has_source = store.to_ox(OA.hasSource)
    sources = objects([*focus, *values, *derived_from], has_source)
    add(below)
    fetch(focus)
    add(q for n in focus for q in of(n))
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


def summarize(
    builds: list[SourceBuild],
    report: Report,
    minter: Minter,
    taken: TakenOver | None = None,
    entities: dict[str, int] | None = None,
) -> dict:
    """summary.json's content (``entities``: the entity counts, when counted already)."""
    kinds: Counter[str] = Counter()
    warnings: list[dict] = []
    for item in builds:
        records = item.records_json
        if isinstance(records, CachedRecords):
            counted = records.kinds()
            if counted is not None and ExtractionWarning.kind not in counted:
                kinds.update(counted)  # the records not parsed
                continue
        for record in records:
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
        "entities": entities if entities is not None else entity_counts(builds, taken),
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


def _entity_classes() -> dict[str, URIRef]:
    from kg.namespaces import ELI, FOAF

    return {
        "documents": ELI.LegalResource,
        "organizations": ORG.Organization,
        "persons": FOAF.Person,
        "places": SDO.AdministrativeArea,
        "posts": ORG.Post,
    }


def added_entity_counts(
    out: Path, previous: list[SourceBuild], builds: list[SourceBuild], taken: TakenOver
) -> dict[str, int]:
    """The entity counts of ``build --add``: the previous build's (summary.json), less the
    subjects of a kind that only the sources replaced gave that kind, plus those the new sources
    give it and the sources kept do not (of the new and replaced sources' subjects, only the
    kept sources' blocks are read)."""
    before = json.loads((out / "summary.json").read_text(encoding="utf-8"))["entities"]
    new = {item.graph_iri for item in builds}
    replaced = [item for item in previous if item.graph_iri in new]
    counts = {}
    for name, cls in _entity_classes().items():
        kind = ox.NamedNode(str(cls))

        def typed(items: list[SourceBuild], kind: ox.NamedNode = kind) -> set:
            return {
                q.subject
                for item in items
                for q in item.quads  # type: ignore[union-attr]
                if q.predicate == _RDF_TYPE and q.object == kind
            }

        gone, came = typed(replaced), typed(builds)
        pairs = taken.holding_all(gone | came)
        kept = {
            q.subject
            for quads in taken.subject_quads(pairs).values()
            for q in quads
            if q.predicate == _RDF_TYPE and q.object == kind
        }
        counts[name] = int(before[name]) - len(gone - kept) + len(came - kept)
    return counts


def entity_counts(builds: list[SourceBuild], taken: TakenOver | None = None) -> dict[str, int]:
    """Distinct subjects of each kind of entity over the sources (of those taken over and not
    read, ``taken`` finds them)."""
    classes = _entity_classes()
    rdf_type = ox.NamedNode(str(RDF.type))
    found: dict[ox.NamedNode, set] = {ox.NamedNode(str(cls)): set() for cls in classes.values()}
    for item in builds:
        for quad in item.quads if item.quads is not None else ():
            if quad.predicate == rdf_type:
                members = found.get(quad.object)
                if members is not None:
                    members.add(quad.subject)
    if taken is not None:
        for cls, members in found.items():
            members |= taken.typed(cls)
    elif any(item.quads is None for item in builds):
        raise ValueError("sources taken over and not read: entity counts need them")
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
    return _quads_by_graph({"path": str(path)}, str(path))


def _quads_by_graph(source: dict[str, object], name: str) -> dict[str, list[ox.Quad]]:
    """TriG's quads by named graph (IRI, "" for the default graph), in the file's order;
    ``source`` is ox.parse's input= or path=, ``name`` the file an error names."""
    graphs: dict[str, list[ox.Quad]] = {}
    try:
        for quad in ox.parse(**source, format=ox.RdfFormat.TRIG):
            graph = quad.graph_name
            key = graph.value if isinstance(graph, ox.NamedNode) else ""
            quads = graphs.get(key)
            if quads is None:
                quads = graphs[key] = []
            quads.append(quad)
    except SyntaxError as exc:
        raise InputError(f"unreadable graph: {exc}", path=name) from None
    return graphs
