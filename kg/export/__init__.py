"""Portal-ready exports of a build: RDF dumps, CSV tables, DCAT-AP/VoID metadata, ontology docs.

``export(build_dir, out_dir, formats, …)`` reads the build folder (``graph.trig`` and
``manifest.json``) and writes the export folder in one atomic swap::

    graph.ttl           every triple of every graph (facts, derived facts, ontology), Turtle
    graph.nt            the same as N-Triples, one triple a line, lines sorted
    graph.trig          the named graphs: one per source, the ontology, the derived facts
    graph.jsonld        the named graphs as JSON-LD with the context embedded
    context.jsonld      the JSON-LD @context on its own, for reuse
    csv/<kind>.csv      one table per main kind, IRIs as keys
    ontology/index.html the ontology documentation (pyLODE)
    ontology/concepts.html the controlled vocabularies (SKOS concept schemes)
    catalog.ttl         DCAT-AP 3 catalogue + VoID statistics describing every file above
    catalog-report.txt  the DCAT-AP 3.0.1 SHACL check of catalog.ttl
    SHA256SUMS          checksums of every file (sha256sum -c SHA256SUMS)
    README.md           what is here, licence status, base-IRI status

Every file is a function of the build (no clock, no hash-order), so exporting one build twice gives
byte-identical folders. The exporters are a registry (:data:`EXPORTERS`): one line adds a format.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg import atomic
from kg.errors import DataInvalid, InputError, UsageError
from kg.export import dcat, dcatap, jsonld, ontodoc, stats, tables
from kg.export.context import load_context, render
from kg.export.metadata import Metadata
from kg.export.rdf import (
    nquads_bytes,
    ntriples_bytes,
    quads_of,
    read_trig,
    trig_bytes,
    triples_of,
    turtle_bytes,
    write_trig,
    write_turtle,
)
from kg.iris import Minter
from kg.namespaces import DEFAULT_BASE_IRI
from kg.progress import progress

# an export of a build whose graph.trig is this large shows a progress bar (about 100,000 quads,
# seconds of work); a terminal is needed too (kg.progress)
MIN_EXPORT_BYTES = 10_000_000

__all__ = [
    "EXPORTERS",
    "FORMATS",
    "ExportResult",
    "export",
    "load_build",
    "nquads_bytes",
    "ntriples_bytes",
    "quads_of",
    "trig_bytes",
    "turtle_bytes",
    "write_trig",
    "write_turtle",
]


@dataclass
class Build:
    """What the export reads from a build folder."""

    folder: Path
    quads: list[ox.Quad]
    manifest: dict
    base_iri: str

    @property
    def is_placeholder(self) -> bool:
        return self.base_iri == DEFAULT_BASE_IRI


@dataclass
class Written:
    """One file written into the export (path relative to the export folder)."""

    path: str
    data: bytes
    format: str
    title_zh: str
    title_en: str
    description_zh: str
    description_en: str
    rows: int | None = None


@dataclass
class ExportResult:
    out: Path
    files: list[Written]
    validation: dcatap.Result
    notes: list[str] = field(default_factory=list)
    table_rows: dict[str, int] = field(default_factory=dict)
    paths: list[str] = field(default_factory=list)  # every file written, relative, sorted


@dataclass
class Job:
    """Everything an exporter needs."""

    build: Build
    excel: bool
    store: ox.Store | None = None

    def table_store(self) -> ox.Store:
        """The store the tables and the statistics query (made once)."""
        if self.store is None:
            self.store = tables.store_of(self.build.quads)
        return self.store


# Reading the build -----------------------------------------------------------------------------
def load_build(folder: str | Path) -> Build:
    """Read graph.trig and manifest.json of a build folder."""
    folder = Path(folder)
    trig, manifest_path = folder / "graph.trig", folder / "manifest.json"
    for path in (trig, manifest_path):
        if not path.is_file():
            raise InputError(
                "not a build folder (missing " + path.name + "): run "
                "`gazette-kg build` first or pass --build DIR",
                path=str(folder),
            )
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"unreadable manifest: {exc}", path=str(manifest_path)) from None
    try:
        quads = read_trig(trig)
    except SyntaxError as exc:
        raise InputError(f"unreadable graph: {exc}", path=str(trig)) from None
    base = manifest.get("base_iri") or DEFAULT_BASE_IRI
    return Build(folder, quads, manifest, base)


# Exporters ---------------------------------------------------------------------------------------
def _turtle(job: Job) -> list[Written]:
    data = turtle_bytes(job.build.quads, job.build.base_iri)
    return [
        Written(
            "graph.ttl",
            data,
            "turtle",
            "知识图谱（Turtle）",
            "Knowledge graph (Turtle)",
            "全部命名图（事实、推导事实、本体）的并集，Turtle 格式，按主语分组排序。",
            "Union of all named graphs (facts, derived facts, ontology) as Turtle, "
            "grouped by subject and sorted.",
        )
    ]


def _ntriples(job: Job) -> list[Written]:
    return [
        Written(
            "graph.nt",
            ntriples_bytes(job.build.quads),
            "ntriples",
            "知识图谱（N-Triples）",
            "Knowledge graph (N-Triples)",
            "全部命名图的并集，每行一个三元组，按行排序。",
            "Union of all named graphs, one triple a line, lines sorted.",
        )
    ]


def _trig(job: Job) -> list[Written]:
    data = trig_bytes(job.build.quads, job.build.base_iri)
    return [
        Written(
            "graph.trig",
            data,
            "trig",
            "知识图谱（TriG，命名图）",
            "Knowledge graph (TriG, named graphs)",
            "每个来源（每期公报）一个命名图，另有本体图和推导事实图。",
            "One named graph per source (gazette issue), plus the ontology graph and "
            "the derived-facts graph.",
        )
    ]


def _jsonld(job: Job) -> list[Written]:
    context = render({"@context": load_context()}).encode("utf-8")
    return [
        Written(
            "graph.jsonld",
            jsonld.jsonld_bytes(job.build.quads, job.build.base_iri),
            "jsonld",
            "知识图谱（JSON-LD）",
            "Knowledge graph (JSON-LD)",
            "全部命名图，JSON-LD 格式，内嵌 @context（本体术语映射为短键名），读取时无需联网。",
            "All named graphs as JSON-LD with the @context embedded (ontology terms as "
            "short keys); reading it needs no network.",
        ),
        Written(
            "context.jsonld",
            context,
            "jsonld",
            "JSON-LD 上下文",
            "JSON-LD context",
            "graph.jsonld 所用的 @context，可单独复用。",
            "The @context graph.jsonld uses, for reuse on its own.",
        ),
    ]


def _csv(job: Job) -> list[Written]:
    flavour_zh = "Excel 版（UTF-8 带 BOM，公式前缀已中和）" if job.excel else "RFC 4180，UTF-8"
    flavour_en = (
        "Excel flavour: UTF-8 with BOM, formula triggers neutralised"
        if job.excel
        else "RFC 4180, UTF-8 without BOM"
    )
    out = []
    for name, (table, data, rows) in tables.tables(job.table_store(), job.excel).items():
        out.append(
            Written(
                f"csv/{name}.csv",
                data,
                "csv",
                f"{table.title_zh}（CSV 表）",
                f"{table.title_en.capitalize()} (CSV table)",
                f"{table.title_zh}，每行一个实体，以 IRI 为键；共 {rows} 行。{flavour_zh}。",
                f"{table.title_en.capitalize()}, one row per entity keyed by IRI; {rows} rows. "
                f"{flavour_en}.",
                rows=rows,
            )
        )
    return out


EXPORTERS: dict[str, Callable[[Job], list[Written]]] = {
    "turtle": _turtle,
    "ntriples": _ntriples,
    "trig": _trig,
    "jsonld": _jsonld,
    "csv": _csv,
}
FORMATS = tuple(EXPORTERS)


def _ontology_docs() -> list[Written]:
    return [
        Written(
            "ontology/index.html",
            ontodoc.html().encode("utf-8"),
            "html",
            "本体文档",
            "Ontology documentation",
            "gazette-kg 本体（类与属性）的 HTML 文档，由 pyLODE 生成。",
            "HTML documentation of the gazette-kg ontology (classes and properties), "
            "generated with pyLODE.",
        ),
        Written(
            "ontology/concepts.html",
            ontodoc.concepts_html().encode("utf-8"),
            "html",
            "受控词表",
            "Controlled vocabularies",
            "本体中的 SKOS 概念体系及其概念（代码、中英文名称、定义）。",
            "The ontology's SKOS concept schemes with their concepts (notation, Chinese and "
            "English labels, definitions).",
        ),
    ]


# The whole export --------------------------------------------------------------------------------
def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_infos(files: Sequence[Written]) -> list[dcat.FileInfo]:
    return [
        dcat.FileInfo(
            f.path,
            f.format,
            len(f.data),
            sha256(f.data),
            f.title_zh,
            f.title_en,
            f.description_zh,
            f.description_en,
            data=f.path != "context.jsonld",
        )
        for f in files
    ]


def notes(build: Build, meta: Metadata) -> list[str]:
    """What the publisher should know before publishing this export."""
    out = []
    if build.is_placeholder:
        out.append(
            f"the entity IRIs use the placeholder base {build.base_iri}: rebuild with "
            "--base-iri (or $GAZETTE_KG_BASE_IRI) before publishing"
        )
    if not meta.license:
        out.append("no licence given: none is assumed; the catalogue says so (set --license)")
    if not meta.publisher:
        out.append(
            'no publisher given: the catalogue says "publisher not specified" (set --publisher)'
        )
    if not meta.download_url:
        out.append("no --download-url: distribution URLs point under the base IRI")
    return out


def catalog(
    build: Build, meta: Metadata, files: list[Written], store: ox.Store | None = None
) -> tuple[bytes, dcatap.Result]:
    """The catalogue (DCAT-AP + VoID) as Turtle and its DCAT-AP validation result; ``store``
    is the build's store (or one laid out as it), made from the quads when not given."""
    store = store if store is not None else Job(build, excel=False).table_store()
    minter = Minter(build.base_iri)
    kinds = [f.path[4:-4] for f in files if f.path.startswith("csv/")]
    facts = dcat.data_facts(build.quads, build.manifest, kinds or _kinds(store))
    total = stats.statistics(store, triples_of(build.quads), build.base_iri)
    graphs = stats.per_graph(store, build.quads, build.base_iri)
    graph = dcat.CatalogBuilder(minter, meta, facts).build(file_infos(files), total, graphs)
    result = dcatap.check(graph)
    data = turtle_bytes(graph, build.base_iri, dcat.METADATA_PREFIXES)
    return data, result


def _kinds(store: ox.Store) -> list[str]:
    return list(tables.tables(store))


def report_text(result: dcatap.Result) -> str:
    head = (
        "catalog.ttl checked with the DCAT-AP 3.0.1 SHACL shapes (SEMIC, CC BY 4.0, "
        "© European Union)\n"
    )
    status = (
        f"{'valid' if result.valid else 'INVALID'}: {len(result.violations)} violations, "
        f"{len(result.warnings)} warnings (recommended properties; not fatal)\n"
    )
    lines = result.summary_lines()
    return head + status + ("\n" + "\n".join(lines) + "\n" if lines else "")


def readme(build: Build, files: list[Written], result: dcatap.Result, remarks: list[str]) -> str:
    lines = [
        "# gazette-kg export",
        "",
        "Generated by `gazette-kg export` from one build. The catalogue (`catalog.ttl`, "
        "DCAT-AP 3 + VoID) describes every file with its media type, size and SHA-256.",
        "",
        "| file | what |",
        "|---|---|",
    ]
    lines += [f"| `{f.path}` | {f.description_en} |" for f in files]
    lines += [
        "| `catalog.ttl` | DCAT-AP 3 catalogue and VoID statistics of this export |",
        "| `catalog-report.txt` | the DCAT-AP 3.0.1 SHACL check of catalog.ttl |",
        "| `SHA256SUMS` | checksums (`sha256sum -c SHA256SUMS`) |",
        "",
    ]
    lines += ["## Before publishing", ""]
    lines += [f"- {remark}" for remark in remarks] or [
        "- nothing to add: base IRI, licence, publisher and download URL are set"
    ]
    lines += [
        "",
        f"DCAT-AP check: {len(result.violations)} violations, "
        f"{len(result.warnings)} warnings (see catalog-report.txt).",
        "",
    ]
    return "\n".join(lines)


def checksums(files: dict[str, bytes]) -> str:
    return "".join(f"{sha256(data)}  {path}\n" for path, data in sorted(files.items()))


def _check_out(out: Path, build_dir: Path) -> None:
    """Refuse to replace a folder that is not an earlier export (the export swaps the whole folder)."""
    if out.resolve() == build_dir.resolve() or build_dir.resolve().is_relative_to(out.resolve()):
        raise UsageError(
            f"--out {out} would replace the build folder itself: choose another folder"
        )
    if out.exists() and (
        not out.is_dir() or (any(out.iterdir()) and not (out / "catalog.ttl").is_file())
    ):
        raise UsageError(
            f"--out {out} exists and is not a gazette-kg export: refusing to replace "
            "it (give a new or empty folder)"
        )


def export(
    build_dir: str | Path,
    out: str | Path,
    formats: Sequence[str] = FORMATS,
    meta: Metadata | None = None,
    excel: bool = False,
) -> ExportResult:
    """Write the export folder ``out`` from the build in ``build_dir``."""
    unknown = [f for f in formats if f not in EXPORTERS]
    if unknown:
        raise UsageError(f"unknown format {unknown[0]!r}: choose from {', '.join(FORMATS)}")
    meta = meta or Metadata()
    out = Path(out)
    trig = Path(build_dir) / "graph.trig"
    large = trig.is_file() and trig.stat().st_size >= MIN_EXPORT_BYTES
    with progress("export") as bar:
        chosen = [name for name in FORMATS if name in formats]
        bar.start(len(chosen) + 4, enabled=large)
        build = load_build(build_dir)
        bar.step("graph.trig read")
        _check_out(out, Path(build_dir))
        job = Job(build, excel)
        files: list[Written] = []
        for name in chosen:
            files += EXPORTERS[name](job)
            bar.step(name)
        files += _ontology_docs()
        bar.step("ontology docs")
        catalog_data, result = catalog(build, meta, files, job.table_store())
        bar.step("catalogue")
        if not result.valid:
            lines = "\n  ".join(f.line() for f in result.violations[:20])
            raise DataInvalid(
                f"the catalogue breaks DCAT-AP 3.0.1 ({len(result.violations)} "
                f"violations); nothing was written:\n  {lines}"
            )
        remarks = notes(build, meta)
        contents = {f.path: f.data for f in files}
        contents["catalog.ttl"] = catalog_data
        contents["catalog-report.txt"] = report_text(result).encode("utf-8")
        contents["README.md"] = readme(build, files, result, remarks).encode("utf-8")
        contents["SHA256SUMS"] = checksums(contents).encode("utf-8")
        atomic.clean_leftovers(out.parent if str(out.parent) else Path("."))
        with atomic.replace_dir(out) as staging:
            for path, data in sorted(contents.items()):
                atomic.write_bytes(staging / path, data)
        bar.step("written")
    rows = {f.path[4:-4]: f.rows for f in files if f.rows is not None}
    return ExportResult(out, files, result, remarks, rows, sorted(contents))
