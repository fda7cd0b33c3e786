"""The embedded store: a pyoxigraph Store on disk, behind this one small interface.

rdflib is the model the pipeline builds and pyshacl validates; the persisted store and every query
run on Oxigraph, measured one to two orders of magnitude faster (research/performance.md). The store
holds one named graph per source, the ontology graph and the derived-facts graph, and their union
(deduplicated) as the default graph that queries see.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Callable, Iterable
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from kg.errors import InputError


def to_ox(term: Node) -> ox.NamedNode | ox.Literal | ox.BlankNode:
    """An rdflib term as a pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"cannot convert {term!r}")


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def from_ox() -> Callable[[ox.NamedNode | ox.Literal | ox.BlankNode], Node]:
    """pyoxigraph terms → rdflib terms, memoised, as rdflib's own parser makes them: a simple
    literal (xsd:string) has no datatype, a language-tagged one its language, any other literal
    is built from its lexical form and datatype (rdflib normalises it as it does when parsing)."""
    memo: dict[object, Node] = {}

    def convert(term: ox.NamedNode | ox.Literal | ox.BlankNode) -> Node:
        found = memo.get(term)
        if found is None:
            if isinstance(term, ox.NamedNode):
                found = URIRef(term.value)
            elif isinstance(term, ox.BlankNode):
                found = BNode(term.value)
            elif term.language:
                found = Literal(term.value, lang=term.language)
            elif term.datatype.value == _XSD_STRING:
                found = Literal(term.value)
            else:
                found = Literal(term.value, datatype=URIRef(term.datatype.value))
            memo[term] = found
        return found

    return convert


def converter(
    memo: dict[Node, ox.NamedNode | ox.Literal | ox.BlankNode] | None = None,
) -> Callable[[Node], ox.NamedNode | ox.Literal | ox.BlankNode]:
    """:func:`to_ox` with a memo (``memo``, when the caller wants to see the terms converted),
    for converting many triples: subjects, predicates, classes and shared entities repeat in
    nearly every triple."""
    memo = {} if memo is None else memo

    def convert(term: Node) -> ox.NamedNode | ox.Literal | ox.BlankNode:
        found = memo.get(term)
        if found is None:
            found = memo[term] = to_ox(term)
        return found

    return convert


def quads(
    graph: Graph,
    graph_iri: URIRef,
    convert: Callable[[Node], ox.NamedNode | ox.Literal | ox.BlankNode] = to_ox,
) -> Iterable[ox.Quad]:
    """The triples of an rdflib graph as quads in the named graph ``graph_iri``."""
    name = ox.NamedNode(str(graph_iri))
    for s, p, o in graph:
        yield ox.Quad(convert(s), convert(p), convert(o), name)


def union_quads(named_graphs: Iterable[tuple[URIRef, Graph]]) -> Iterable[ox.Quad]:
    """Every distinct triple of the named graphs, in the default graph."""
    seen: set[tuple] = set()
    default = ox.DefaultGraph()
    for _, graph in named_graphs:
        for s, p, o in graph:
            if (s, p, o) not in seen:
                seen.add((s, p, o))
                yield ox.Quad(to_ox(s), to_ox(p), to_ox(o), default)


def create(path: Path, named_graphs: Iterable[tuple[URIRef, Graph]]) -> None:
    """Write a new store at ``path`` (which must not exist): the named graphs, and their union
    as the default graph.

    The union is stored rather than asked for with Oxigraph's union-default-graph option: in
    Oxigraph 0.5 that option returns a triple once for every named graph holding it
    (oxigraph/oxigraph#1919), which on an archive multiplies rows and slows queries 20-200x.
    """
    named_graphs = list(named_graphs)
    store = ox.Store(str(path))
    for iri, graph in named_graphs:
        store.extend(quads(graph, iri))
    store.extend(union_quads(named_graphs))
    store.flush()
    del store


def create_from_files(
    path: Path, trig: Path, turtle: Path, more_default: Iterable[ox.Quad] = ()
) -> None:
    """The store :func:`create` writes, from the files the build has just written: graph.trig's
    named graphs, and graph.ttl's triples (their union, the ontology's left out) with the triples
    of ``more_default`` (the ontology's quads) as the default graph.

    Oxigraph parses the files and loads them with its bulk loader, in Rust: on 20 issues 1.4 s
    against 2.1 s for bulk-loading the same quads from Python objects (and the store holds what
    the files say). The store is new and written in the build's staging folder, so nothing is lost
    by skipping the transaction.
    """
    store = ox.Store(str(path))
    default = ox.DefaultGraph()
    store.bulk_load(path=str(trig), format=ox.RdfFormat.TRIG)
    store.bulk_load(path=str(turtle), format=ox.RdfFormat.TURTLE, to_graph=default)
    store.bulk_extend(ox.Quad(q.subject, q.predicate, q.object, default) for q in more_default)
    store.flush()
    del store


def update_copy(
    previous: Path, path: Path, removed: Iterable[ox.Quad], added: Iterable[ox.Quad]
) -> bool:
    """Write at ``path`` (which must not exist) the store :func:`create_from_files` would write,
    from the store at ``previous``: a copy of it (a RocksDB checkpoint: its files hard-linked,
    not read) with the named graphs of ``removed`` taken out, the quads ``added`` put in, and the
    default graph, the union of the named graphs, kept so: a triple of ``removed`` leaves it when
    no named graph holds it any more, a triple of ``added`` joins it.

    ``build --add`` of one issue to a 100-issue build touches its graph, the derived facts' and
    the ontology's, not the 800,000 quads that loading the whole store again writes. Returns
    False, having written nothing, when ``previous`` is no store to copy (the caller loads the
    files then).
    """
    try:
        ox.Store.read_only(str(previous)).backup(str(path))
    except OSError:
        shutil.rmtree(path, ignore_errors=True)  # what a failed copy left
        return False
    store = ox.Store(str(path))
    removed = set(removed)
    added = set(added)
    # Only what differs is written: a graph written again mostly holds what it held (the
    # ontology, most derived facts). A graph none of ``added`` is in goes whole.
    kept_graphs = {q.graph_name for q in added}
    for name in sorted({q.graph_name for q in removed} - kept_graphs, key=str):
        store.remove_graph(name)
    gone = [q for q in removed - added if q.graph_name in kept_graphs]
    new = added - removed
    for quad in gone:
        store.remove(quad)
    store.bulk_extend(new)
    default = ox.DefaultGraph()
    # a triple leaves the default graph only with a quad taken out (one of ``gone``, or of a
    # graph removed whole) and when no named graph holds it any more: the store says which
    lost = {q.triple for q in gone}
    lost.update(q.triple for q in removed if q.graph_name not in kept_graphs)
    for triple in lost:
        held = store.quads_for_pattern(triple.subject, triple.predicate, triple.object, None)
        if not any(isinstance(q.graph_name, ox.NamedNode) for q in held):
            store.remove(ox.Quad(triple.subject, triple.predicate, triple.object, default))
    store.bulk_extend(
        ox.Quad(t.subject, t.predicate, t.object, default) for t in {q.triple for q in new}
    )
    store.flush()
    del store
    return True


# The build's word on its store (kg.build.write_store): a file of ours among RocksDB's, which
# RocksDB does not read, copy (Store.backup) or remove.
STAMP = "gazette-kg-stamp.json"


def fingerprint(path: Path) -> str | None:
    """What the store's files at ``path`` are now: every file's name and size, and the bytes of
    those RocksDB rewrites rather than adds (CURRENT, IDENTITY, MANIFEST-*, OPTIONS-*, the write-
    ahead logs *.log), in one digest; the table files (*.sst) are never changed once written.
    Any write to the store (a quad put in or taken out, even an open for writing that changes
    nothing) changes it; opening read-only, as queries do, does not. The info logs (LOG*), the
    lock file and the stamp are left out. None when there is no store."""
    digest = hashlib.sha256()
    try:
        entries = sorted(os.scandir(path), key=lambda entry: entry.name)
        for entry in entries:
            name = entry.name
            if name in (STAMP, "LOCK") or name.startswith("LOG"):
                continue
            digest.update(f"{name}\0{entry.stat().st_size}\n".encode())
            if not name.endswith(".sst"):
                digest.update(Path(entry.path).read_bytes())
    except OSError:
        return None
    return digest.hexdigest() if entries else None


def stamp(path: Path, holds: str) -> None:
    """Say in the store at ``path`` (closed) that it holds what the build's graph files whose
    digest is ``holds`` say, as its files are now (:func:`fingerprint`)."""
    data = {"files": fingerprint(path), "holds": holds}
    (path / STAMP).write_text(json.dumps(data, sort_keys=True) + "\n", encoding="utf-8")


def stamped(path: Path, holds: str) -> bool:
    """Whether the store at ``path`` is as the build that wrote it left it (:func:`stamp`) and
    holds what the graph files whose digest is ``holds`` say: not a store written by a build
    before stamps, changed since (quads put in or taken out behind the build's back), copied
    from another build, or left beside graph files written since."""
    try:
        data = json.loads((path / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return (
        isinstance(data, dict)
        and data.get("holds") == holds
        and data.get("files") is not None
        and data.get("files") == fingerprint(path)
    )


def open_store(path: Path, read_only: bool = True) -> ox.Store:
    """Open the build's store; read-only by default so that readers never disturb a writer."""
    if not Path(path).is_dir():
        raise InputError("no store here: run `gazette-kg build` first", path=str(path))
    return ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))


def in_memory(named_graphs: Iterable[tuple[URIRef, Graph]]) -> ox.Store:
    """An in-memory store (tests, one-off queries on a graph file)."""
    store = ox.Store()
    for iri, graph in named_graphs:
        store.extend(quads(graph, iri))
    return store
