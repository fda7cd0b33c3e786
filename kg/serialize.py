"""Deterministic serialisation of the build's graphs (Turtle, TriG): one place the build calls.

The writers are kg.export.rdf's: quads sorted by us and written by Oxigraph, byte-identical across
runs and PYTHONHASHSEED values, and about 60 times faster than rdflib's Turtle serialiser
(docs/export.md). rdflib's own TriG serialiser orders named graphs by hash and is not used.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import pyoxigraph as ox
from rdflib import Graph, URIRef

from kg.export import rdf


def turtle(graph: Graph, base_iri: str | None = None) -> str:
    return rdf.turtle_bytes(graph, base_iri).decode("utf-8")


def write_turtle(graph: Graph, path: Path, base_iri: str | None = None) -> None:
    rdf.write_turtle(graph, path, base_iri)


def trig(named_graphs: Iterable[tuple[URIRef, Graph]], base_iri: str | None = None) -> str:
    return rdf.trig_bytes(_listed(named_graphs), base_iri).decode("utf-8")


def write_trig(
    named_graphs: Iterable[tuple[URIRef, Graph]] | rdf.SortedQuads,
    path: Path,
    base_iri: str | None = None,
) -> None:
    rdf.write_trig(_listed(named_graphs), path, base_iri)


def _listed(named_graphs: Iterable) -> list:
    """A list of the pairs; quads already sorted pass as they are (not sorted again)."""
    return named_graphs if isinstance(named_graphs, rdf.SortedQuads) else list(named_graphs)


def sorted_quads(quads: list[ox.Quad], maybe_blank: bool = True) -> rdf.SortedQuads:
    """Quads (a list, sorted in place) deduplicated and sorted, blank nodes canonicalised (looked
    for unless ``maybe_blank`` is false: the build knows when none were converted).

    The build sorts its sources' quads, kept since each was mapped, once and writes graph.ttl,
    graph.trig and the triple count from this list: each sort of an archive costs seconds."""
    return rdf.sorted_quads(quads, maybe_blank=maybe_blank)


def triples_of(quads: rdf.SortedQuads) -> list[ox.Triple]:
    """The union of the quads' triples, each once, sorted (kept on ``quads`` for the writers)."""
    return rdf.triples_of(quads)


def without_graph(quads: rdf.SortedQuads, graph_iri: str) -> rdf.SortedQuads:
    """The quads outside the named graph ``graph_iri``, still sorted."""
    name = ox.NamedNode(graph_iri)
    return rdf.SortedQuads(q for q in quads if q.graph_name != name)


# build --add: the previous graph files with the changed graphs' parts spliced in ---------------
_PREFIX_LINE = re.compile(rb"@prefix ([A-Za-z][\w.-]*|): <([^>]*)> \.")
_GRAPH_START = re.compile(rb"\n\n(?=<)")
_LOCAL_ESCAPE = re.compile(rb"\\(.)")


class KeptGraphs(Protocol):
    """The named graphs ``build --add`` takes over, when not held as lists of quads: read where
    asked (kg.build.TakenOver)."""

    def graphs(self) -> Iterable[list[ox.Quad]]:
        """Every graph kept, whole, in the build's order."""
        ...

    def with_subjects(self, subjects: set) -> list[ox.Quad]:
        """The kept graphs' quads whose subject is one of ``subjects``."""
        ...


@dataclass
class Spliced:
    """graph.trig and graph.ttl as a full build writes them, and graph.ttl's triple count."""

    trig: bytes
    turtle: bytes
    triples: int


def spliced_graph_files(
    previous_trig: bytes,
    previous_turtle: bytes,
    previous_triples: int,
    kept: list[list[ox.Quad]] | KeptGraphs,
    removed: list[ox.Quad],
    changed: list[ox.Quad],
    base_iri: str,
    ontology_iri: str,
) -> Spliced | None:
    """graph.trig and graph.ttl of ``build --add`` made from the previous build's files, not
    written whole again: the named graphs ``kept`` (quads of the previous build's graphs taken
    over, each graph a list, or a :class:`KeptGraphs` that reads them where asked) are left as
    the previous graph.trig writes them, the graphs of
    ``removed`` (the previous quads of every graph the build writes again: the sources replaced,
    the derived facts, the ontology) give way to those of ``changed`` (the quads written again),
    and in graph.ttl only the subjects of these quads get their blocks written again (from their
    triples in every graph but the ontology). Each block is what the full writer makes of it: the
    writer's text of a named graph (TriG) or a subject (Turtle) depends on its own quads and the
    prefixes alone, and the quads are ordered by graph, then subject.

    None (the caller writes the files whole) when the prefixes the files declare would change,
    a blank node is among the changed subjects, or the previous files are not what this writer
    makes of the previous quads (checked on the blocks replaced: each is written again from the
    previous quads and compared)."""
    ontology = ox.NamedNode(ontology_iri)
    trig_parts = _split(previous_trig, _GRAPH_START)
    turtle_parts = _split(previous_turtle, None)
    if trig_parts is None or turtle_parts is None:
        return None
    trig_prefixes, trig_blocks = trig_parts
    turtle_prefixes, turtle_blocks = turtle_parts

    # the prefixes: those of the changed graphs and of the graphs kept (looked for in the kept
    # graphs, graph by graph, only while one the previous files declare is not yet found)
    facts = [q for q in changed if q.graph_name != ontology]
    trig_now = rdf.used_prefixes(changed, base_iri)
    turtle_now = rdf.used_prefixes(facts, base_iri)

    def covered() -> bool:
        return (
            trig_prefixes.keys() <= trig_now.keys() and turtle_prefixes.keys() <= turtle_now.keys()
        )

    if not isinstance(kept, list) and not covered():
        # The previous files' graphs are those kept and those removed, and a prefix is chosen
        # for each namespace on its own: one they declare that the removed graphs do not use is
        # the kept graphs' (not read for it).
        by_removed = rdf.used_prefixes(removed, base_iri)
        by_removed_facts = rdf.used_prefixes(
            [q for q in removed if q.graph_name != ontology], base_iri
        )
        theirs = {k: v for k, v in trig_prefixes.items() if k not in by_removed}
        theirs |= {k: v for k, v in turtle_prefixes.items() if k not in by_removed_facts}
        trig_now |= theirs
        turtle_now |= theirs

    if not covered():
        for graph in kept if isinstance(kept, list) else kept.graphs():
            chosen = rdf.used_prefixes(graph, base_iri)
            trig_now |= chosen
            turtle_now |= chosen  # kept graphs are sources' graphs: in graph.ttl too
            if covered():
                break
    if trig_now != trig_prefixes or turtle_now != turtle_prefixes:
        return None

    # graph.trig: one block per named graph; a graph whose quads are those it had (the ontology,
    # mostly) is left as it is written, as the graphs kept are
    same = _same_graphs(removed, changed)
    before_quads = [q for q in removed if q.graph_name not in same]
    after_quads = [q for q in changed if q.graph_name not in same]
    graph_keys = {_node_key(q.graph_name) for q in before_quads} | {
        _node_key(q.graph_name) for q in after_quads
    }
    old = _blocks(_render(sorted_quads(before_quads, maybe_blank=False), trig_prefixes, True))
    if old is None or any(trig_blocks.get(key) != block for key, block in old.items()):
        return None
    if any(key not in old for key in graph_keys if key in trig_blocks):
        return None
    new = _blocks(_render(sorted_quads(after_quads, maybe_blank=False), trig_prefixes, True))
    if new is None:
        return None
    trig = _joined(previous_trig, trig_blocks, graph_keys, new)

    # graph.ttl: one block per subject of the union of the graphs but the ontology; written again
    # only where the subject's triples in the graphs written again are not those it had there
    # (most derived facts are as they were)
    gone = [q for q in removed if q.graph_name != ontology]
    subjects = {q.subject for q in facts} | {q.subject for q in gone}
    if any(not isinstance(s, ox.NamedNode) for s in subjects):
        return None
    subjects = _differing_subjects(gone, facts)
    if isinstance(kept, list):
        around = [q for graph in kept for q in graph if q.subject in subjects]
    else:
        around = kept.with_subjects(subjects)
    before = rdf.triples_of([*around, *(q for q in gone if q.subject in subjects)])
    after = rdf.triples_of([*around, *(q for q in facts if q.subject in subjects)])
    old = _blocks(_render(before, turtle_prefixes, False), turtle_prefixes)
    if old is None or any(turtle_blocks.get(key) != block for key, block in old.items()):
        return None
    subject_keys = {_node_key(s) for s in subjects}
    if any(key not in old for key in subject_keys if key in turtle_blocks):
        return None
    new = _blocks(_render(after, turtle_prefixes, False), turtle_prefixes)
    if new is None:
        return None
    turtle = _joined(previous_turtle, turtle_blocks, subject_keys, new)
    return Spliced(trig, turtle, previous_triples - len(before) + len(after))


def _same_graphs(before: list[ox.Quad], after: list[ox.Quad]) -> set:
    """The named graphs whose quads in ``before`` and in ``after`` are the same set."""
    old: dict[object, set] = {}
    new: dict[object, set] = {}
    for quads, graphs in ((before, old), (after, new)):
        for q in quads:
            found = graphs.get(q.graph_name)
            if found is None:
                graphs[q.graph_name] = {q}
            else:
                found.add(q)
    return {name for name, quads in old.items() if new.get(name) == quads}


def _differing_subjects(before: list[ox.Quad], after: list[ox.Quad]) -> set:
    """The subjects whose triples in ``before`` and in ``after`` are not the same set: only their
    blocks of graph.ttl (each the union of its subject's triples in every graph) can differ."""
    old: dict[object, set] = {}
    new: dict[object, set] = {}
    for quads, triples in ((before, old), (after, new)):
        for q in quads:
            found = triples.get(q.subject)
            if found is None:
                triples[q.subject] = {q.triple}
            else:
                found.add(q.triple)
    return {s for s in old.keys() | new.keys() if old.get(s) != new.get(s)}


def _node_key(node: object) -> bytes:
    """A graph's or subject's place in the order of the files (its N-Triples form)."""
    return str(node).encode()


def _render(items: list, prefixes: dict[str, str], trig: bool) -> bytes:
    """``items`` (sorted quads or triples) as the writers of kg.export.rdf write them."""
    fmt = ox.RdfFormat.TRIG if trig else ox.RdfFormat.TURTLE
    data = ox.serialize(items, format=fmt, prefixes=prefixes)
    return rdf._spaced(rdf._full_iris(data, prefixes), trig=trig)


def _split(data: bytes, boundary: re.Pattern[bytes] | None):
    """A file the writers wrote → (its prefixes, its blocks by key); None when it is not one."""
    header, sep, _ = data.partition(b"\n\n")
    if not sep or not data.endswith(b"\n"):
        return None
    prefixes = {}
    for line in header.split(b"\n"):
        match = _PREFIX_LINE.fullmatch(line)
        if match is None:
            return None
        prefixes[match.group(1).decode()] = match.group(2).decode()
    blocks = _blocks(data, prefixes if boundary is None else None)
    if blocks is None:
        return None
    return prefixes, blocks


def trig_blocks(data: bytes) -> tuple[dict[str, str], dict[bytes, bytes]] | None:
    """A graph.trig the writers wrote → (its prefixes, its named graphs' blocks by the graph's
    N-Triples form ``<iri>``); None when it is not one (see :func:`_blocks`)."""
    return _split(data, _GRAPH_START)


def token_key(token: bytes, prefixes: dict[str, str]) -> bytes | None:
    """A subject as written (``<iri>`` or ``prefix:local``) → its N-Triples form; None for a
    blank node or an unknown prefix."""
    if token.startswith(b"<") and token.endswith(b">"):
        return token
    if b":" in token and not token.startswith(b"_:"):
        name, local = token.split(b":", 1)
        namespace = prefixes.get(name.decode())
        if namespace is not None:
            if b"\\" in local:
                local = _LOCAL_ESCAPE.sub(rb"\1", local)
            return b"<" + namespace.encode() + local + b">"
    return None


def _blocks(data: bytes, prefixes: dict[str, str] | None = None) -> dict[bytes, bytes] | None:
    """The blocks of a file the writers wrote, in order, by key: its named graphs (TriG, when
    ``prefixes`` is None) or its subjects (Turtle: a prefixed subject's key is its full IRI).
    None when a key is not one this splicing knows (blank nodes, prefixed graph names, triples
    of the default graph), a block is not whole or the keys are not in order."""
    _, sep, body = data.partition(b"\n\n")
    if not sep:
        return {} if data.startswith(b"@prefix") or not data else None
    parts = (_GRAPH_START if prefixes is None else _SUBJECT_START).split(body[:-1])
    out: dict[bytes, bytes] = {}
    previous = b""
    for part in parts:
        token = part[: part.find(b" ")]
        key = token_key(token, {} if prefixes is None else prefixes)
        if key is None:
            return None
        if key <= previous or not (
            part.endswith(b" .")
            if prefixes is not None
            else part.startswith(key + b" {\n") and part.endswith(b"\n}")
        ):
            return None
        out[key] = part
        previous = key
    return out


_SUBJECT_START = re.compile(rb"\n\n")


def _joined(
    previous: bytes, blocks: dict[bytes, bytes], replaced: set[bytes], new: dict[bytes, bytes]
) -> bytes:
    """The previous file with the blocks of ``replaced`` keys left out and those of ``new`` in."""
    header = previous.partition(b"\n\n")[0]
    kept = {key: block for key, block in blocks.items() if key not in replaced}
    kept.update(new)
    return header + b"\n\n" + b"\n\n".join(kept[key] for key in sorted(kept)) + b"\n"
