"""Deterministic serialisation of the build's graphs (Turtle, TriG): one place the build calls.

The writers are kg.export.rdf's: quads sorted by us and written by Oxigraph, byte-identical across
runs and PYTHONHASHSEED values, and about 60 times faster than rdflib's Turtle serialiser
(docs/export.md). rdflib's own TriG serialiser orders named graphs by hash and is not used.
"""

from __future__ import annotations

import re
from collections import Counter
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
    the derived facts, the ontology) give way to those of ``changed`` (the quads written again).
    Only the blocks that differ are written: in graph.trig a named graph new or gone whole, and in
    a graph there before and after (the derived facts', a source replaced) the subjects whose
    quads there changed; in graph.ttl the subjects whose triples changed (from their triples in
    every graph but the ontology). Each block is what the full writer makes of it: the writer's
    text of a named graph (TriG) or of a subject in it or in graph.ttl depends on its own quads
    and the prefixes alone, and the quads are ordered by graph, then subject. The blocks are
    found by bisection on the sorted files (:func:`_locate`), not split apart: a file of an
    archive holds hundreds of thousands of them.

    None (the caller writes the files whole) when the prefixes the files declare would change,
    a blank node is among the changed subjects, or the previous files are not what this writer
    makes of the previous quads (checked on the blocks replaced: each is written again from the
    previous quads and compared; a graph spliced by subject holds as many subject blocks as it
    had subjects)."""
    ontology = ox.NamedNode(ontology_iri)
    trig_parts = graph_spans(previous_trig)
    turtle_prefixes = _prefixes(previous_turtle)
    if trig_parts is None or turtle_prefixes is None:
        return None
    trig_prefixes, spans = trig_parts
    # what differs: the subjects of the quads taken out or put in; per named graph, those whose
    # quads there changed; per subject, its triples in the graphs but the ontology (graph.ttl's
    # blocks). Only these subjects' quads are looked at again (most derived facts are as they
    # were, and the ontology mostly is).
    old_graphs = {q.graph_name for q in removed}
    new_graphs = {q.graph_name for q in changed}
    whole = old_graphs ^ new_graphs  # graphs new or gone whole
    touched = {q.subject for q in set(removed).symmetric_difference(changed)}
    if any(not isinstance(s, ox.NamedNode) for s in touched):
        return None
    old_by = _by_graph_subject([q for q in removed if q.subject in touched])
    new_by = _by_graph_subject([q for q in changed if q.subject in touched])
    pairs: dict[object, list] = {}  # graph there before and after → its subjects that differ
    for graph in (old_by.keys() | new_by.keys()) - whole:
        before, after = old_by.get(graph, {}), new_by.get(graph, {})
        differ = [s for s in before.keys() | after.keys() if before.get(s) != after.get(s)]
        if differ:
            pairs[graph] = differ
    counts = Counter(
        g for g, _ in {(q.graph_name, q.subject) for q in removed if q.graph_name in pairs}
    )
    gone = [q for g, found in old_by.items() if g != ontology for qs in found.values() for q in qs]
    facts = [q for g, found in new_by.items() if g != ontology for qs in found.values() for q in qs]
    subjects = _differing_subjects(gone, facts)

    # the prefixes: unchanged when those of the quads written again (the blocks that differ) are
    # among the files' and cover those of the quads they replace (the other blocks are the same
    # before and after, and a prefix is chosen for each namespace on its own); else found as
    # the whole writer would (:func:`_prefixes_after`)
    def part(by: dict) -> list[ox.Quad]:
        out = []
        for graph, found in by.items():
            if graph in whole:
                out += (q for quads in found.values() for q in quads)
            else:
                out += (q for s in pairs.get(graph, ()) for q in found.get(s, ()))
        return out

    old_part, new_part = part(old_by), part(new_by)
    old_facts = [q for q in gone if q.subject in subjects]
    new_facts = [q for q in facts if q.subject in subjects]
    if not (
        _unchanged(
            rdf.used_prefixes(old_part, base_iri),
            rdf.used_prefixes(new_part, base_iri),
            trig_prefixes,
        )
        and _unchanged(
            rdf.used_prefixes(old_facts, base_iri),
            rdf.used_prefixes(new_facts, base_iri),
            turtle_prefixes,
        )
    ):
        now = _prefixes_after(
            kept, removed, changed, base_iri, ontology, trig_prefixes, turtle_prefixes
        )
        if now != (trig_prefixes, turtle_prefixes):
            return None

    # graph.trig: graphs new or gone whole; in those there before and after, their subjects
    # that differ
    trig = _spliced_trig(previous_trig, spans, trig_prefixes, old_by, new_by, whole, pairs, counts)
    if trig is None:
        return None

    # graph.ttl: one block per subject of the union of the graphs but the ontology; written again
    # only where the subject's triples in the graphs written again are not those it had there
    # (most derived facts are as they were)
    if isinstance(kept, list):
        around = [q for graph in kept for q in graph if q.subject in subjects]
    else:
        around = kept.with_subjects(subjects)
    before = rdf.triples_of([*around, *old_facts])
    after = rdf.triples_of([*around, *new_facts])
    old = _blocks(_render(before, turtle_prefixes, False), turtle_prefixes)
    new = _blocks(_render(after, turtle_prefixes, False), turtle_prefixes)
    if old is None or new is None:
        return None
    first = previous_turtle.find(b"\n\n") + 2
    runs = _spliced_runs(
        previous_turtle,
        first,
        len(previous_turtle) - 1,
        b"",
        turtle_prefixes,
        old,
        new,
        sorted(_node_key(s) for s in subjects),
    )
    if runs is None:
        return None
    turtle = previous_turtle[:first] + b"\n\n".join(runs) + b"\n" if runs else None
    if turtle is None:  # no subject left: the writer writes the prefixes alone
        return None
    return Spliced(trig, turtle, previous_triples - len(before) + len(after))


def _unchanged(old: dict[str, str], new: dict[str, str], declared: dict[str, str]) -> bool:
    """Whether a file declaring ``declared`` declares the same once the quads using ``old``
    give way to those using ``new`` (the rest unchanged): so when ``old`` ⊆ ``new`` ⊆
    ``declared``."""
    return old.items() <= new.items() <= declared.items()


def _prefixes_after(
    kept: list[list[ox.Quad]] | KeptGraphs,
    removed: list[ox.Quad],
    changed: list[ox.Quad],
    base_iri: str,
    ontology: ox.NamedNode,
    trig_prefixes: dict[str, str],
    turtle_prefixes: dict[str, str],
) -> tuple[dict[str, str], dict[str, str]]:
    """The prefixes graph.trig and graph.ttl declare once ``removed`` gives way to ``changed``:
    those of the changed graphs and of the graphs kept (looked for in the kept graphs, graph by
    graph, only while one the previous files declare is not yet found)."""
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
    return trig_now, turtle_now


def _by_graph_subject(quads: list[ox.Quad]) -> dict[object, dict[object, set[ox.Quad]]]:
    """``quads`` by graph, then subject (a graph's quads are a set)."""
    out: dict[object, dict[object, set[ox.Quad]]] = {}
    for q in quads:
        graph = out.get(q.graph_name)
        if graph is None:
            graph = out[q.graph_name] = {}
        found = graph.get(q.subject)
        if found is None:
            graph[q.subject] = {q}
        else:
            found.add(q)
    return out


def _spliced_trig(
    previous: bytes,
    spans: dict[bytes, tuple[int, int]],
    prefixes: dict[str, str],
    old_by: dict[object, dict[object, list[ox.Quad]]],
    new_by: dict[object, dict[object, list[ox.Quad]]],
    whole: set,
    pairs: dict[object, list],
    counts: dict[object, int],
) -> bytes | None:
    """graph.trig with the graphs of ``whole`` written again whole (or left out) and, in the
    graphs of ``pairs``, the blocks of those subjects written again (or left out)."""

    def quads(by: dict, graphs: Iterable, subjects_of=None) -> list[ox.Quad]:
        out: list[ox.Quad] = []
        for graph in graphs:
            found = by.get(graph, {})
            chosen = found.keys() if subjects_of is None else subjects_of(graph)
            out += (q for s in chosen for q in found.get(s, ()))
        return out

    old = _blocks(_render(sorted_quads(quads(old_by, whole), maybe_blank=False), prefixes, True))
    new = _blocks(_render(sorted_quads(quads(new_by, whole), maybe_blank=False), prefixes, True))
    if old is None or new is None:
        return None
    replaced: dict[bytes, bytes | None] = {}  # graph key → its new block, or None: left out
    for graph in whole:
        key = _node_key(graph)
        span = spans.get(key)
        if (previous[span[0] : span[1]] if span else None) != old.get(key):
            return None
        replaced[key] = new.get(key)
    if pairs:
        rendered = [
            _render(sorted_quads(quads(by, pairs, pairs.__getitem__), False), prefixes, True)
            for by in (old_by, new_by)
        ]
        old_subjects = _subject_blocks(rendered[0], prefixes)
        new_subjects = _subject_blocks(rendered[1], prefixes)
        if old_subjects is None or new_subjects is None:
            return None
    for graph, subjects in pairs.items():
        key = _node_key(graph)
        span = spans.get(key)
        if span is None:
            return None
        head = len(key) + 3  # "<graph> {\n"
        first, end = span[0] + head, span[1] - 2  # the subject blocks, less "\n}"
        if previous.count(b"\n\n\t", first, end) + 1 != counts.get(graph):
            return None  # not one block per subject: not as the writer writes it
        runs = _spliced_runs(
            previous,
            first,
            end,
            b"\t",
            prefixes,
            old_subjects.get(key, {}),
            new_subjects.get(key, {}),
            sorted(_node_key(s) for s in subjects),
        )
        if not runs:
            return None
        replaced[key] = previous[span[0] : first] + b"\n\n".join(runs) + b"\n}"
    first = previous.find(b"\n\n") + 2
    pieces = []
    at = first
    for key in sorted(replaced):
        span = spans.get(key)
        start, stop = span if span else _insertion(spans, key, len(previous) - 1)
        if start > at:
            pieces.append(previous[at : start - 2])
        if replaced[key] is not None:
            pieces.append(replaced[key])
        at = stop + 2 if span else start
    if at < len(previous) - 1:
        pieces.append(previous[at : len(previous) - 1])
    if not pieces:
        return None
    return previous[:first] + b"\n\n".join(pieces) + b"\n"


def _insertion(spans: dict[bytes, tuple[int, int]], key: bytes, end: int) -> tuple[int, int]:
    """Where a graph ``key`` not in graph.trig goes: the start of the first graph after it."""
    after = [span[0] for k, span in spans.items() if k > key]
    at = min(after) if after else end + 2
    return at, at


def _subject_blocks(
    data: bytes, prefixes: dict[str, str]
) -> dict[bytes, dict[bytes, bytes]] | None:
    """The subject blocks of TriG the writers wrote (with ``prefixes``), by graph key, then
    subject key."""
    graphs = _blocks(data)
    if graphs is None:
        return None
    out: dict[bytes, dict[bytes, bytes]] = {}
    for key, block in graphs.items():
        body = block[len(key) + 3 : -2]
        found: dict[bytes, bytes] = {}
        for part in body.split(b"\n\n"):
            subject = token_key(part[1 : part.find(b" ")], prefixes)
            if subject is None or not part.startswith(b"\t"):
                return None
            found[subject] = part
        out[key] = found
    return out


def _spliced_runs(
    data: bytes,
    first: int,
    end: int,
    lead: bytes,
    prefixes: dict[str, str],
    old: dict[bytes, bytes],
    new: dict[bytes, bytes],
    keys: list[bytes],
) -> list[bytes] | None:
    """The blocks of ``data[first:end]`` (each ``lead`` and its subject, separated by blank
    lines, in key order) with those of ``keys`` (sorted) left out and ``new``'s put in, as runs
    of blocks to join by blank lines; None when a block left out is not ``old``'s (or one of
    ``old`` is not there)."""
    runs: list[bytes] = []
    at = first
    for key in keys:
        start, stop = _locate(data, at, end, key, lead, prefixes)
        if start < 0:
            return None
        found = data[start:stop] if stop > start else None
        if found != old.get(key):
            return None
        if start > at:
            runs.append(data[at : start - 2])
        block = new.get(key)
        if block is not None:
            runs.append(block)
        at = stop + 2 if found is not None else start
    if at < end:
        runs.append(data[at:end])
    return runs


def _locate(
    data: bytes, first: int, end: int, key: bytes, lead: bytes, prefixes: dict[str, str]
) -> tuple[int, int]:
    """The block of ``key`` among those of ``data[first:end]`` (``first`` the start of one; each
    block ``lead``, its subject as written and a space, blocks separated by blank lines, in key
    order), found by bisection: (its start, its end), or (the start of the first block after
    it, the same) when there is none; (-1, -1) when a subject cannot be read."""
    sep = b"\n\n" + lead

    def start_from(at: int) -> int:  # the first block starting at or after ``at``
        if at <= first:
            return first
        found = data.find(sep, at - 2, end)
        return end if found < 0 else found + 2

    namespaces = {name.encode(): iri.encode() for name, iri in prefixes.items()}
    keys: dict[int, bytes | None] = {}  # block start → its key (bisection meets some twice)

    def key_at(at: int) -> bytes | None:
        found = keys.get(at, b"")
        if found != b"":
            return found
        begin = at + len(lead)
        space = data.find(b" ", begin, end)
        token = data[begin:space] if space > begin else b""
        if token.startswith(b"<") and token.endswith(b">"):
            found = token
        else:  # prefixed (token_key, for bytes)
            name, colon, local = token.partition(b":")
            namespace = namespaces.get(name) if colon and not token.startswith(b"_:") else None
            if namespace is None:
                found = None
            else:
                if b"\\" in local:
                    local = _LOCAL_ESCAPE.sub(rb"\1", local)
                found = b"<" + namespace + local + b">"
        keys[at] = found
        return found

    low, high = first, end  # the least offset whose next block's key is not below ``key``
    while low < high:
        middle = (low + high) // 2
        at = start_from(middle)
        found = key_at(at) if at < end else None
        if at < end and found is None:
            return -1, -1
        if found is not None and found < key:
            low = at + 1
        else:
            high = middle
    at = start_from(low)
    if at >= end:
        return at, at
    found = key_at(at)
    if found is None:
        return -1, -1
    if found != key:
        return at, at
    stop = data.find(b"\n\n", at, end)
    return at, end if stop < 0 else stop


def locate_block(
    data: bytes, first: int, end: int, key: bytes, prefixes: dict[str, str]
) -> tuple[int, int]:
    """The block of the subject ``key`` (its N-Triples form) among the subject blocks of a
    named graph of graph.trig, ``data[first:end]`` (see :func:`_locate`)."""
    return _locate(data, first, end, key, b"\t", prefixes)


def graph_spans(data: bytes) -> tuple[dict[str, str], dict[bytes, tuple[int, int]]] | None:
    """A graph.trig the writers wrote → (its prefixes, where each named graph's block is, by the
    graph's N-Triples form ``<iri>``: its first line to its closing brace); None when it is not
    one (a prefixed graph name, triples of the default graph, graphs out of order)."""
    prefixes = _prefixes(data)
    if prefixes is None:
        return None
    spans: dict[bytes, tuple[int, int]] = {}
    at = data.find(b"\n\n") + 2
    end = len(data) - 1
    previous = b""
    while at < end:
        key = data[at : data.find(b" ", at, end)]
        stop = data.find(b"\n}\n\n<", at, end)
        stop = end if stop < 0 else stop + 2
        if (
            not key.startswith(b"<")
            or not key.endswith(b">")
            or key <= previous
            or not data.startswith(key + b" {\n", at)
            or data[stop - 2 : stop] != b"\n}"
        ):
            return None
        spans[key] = (at, stop)
        previous = key
        at = stop + 2
    return prefixes, spans


def _prefixes(data: bytes) -> dict[str, str] | None:
    """The prefixes a file the writers wrote declares; None when it is not one."""
    header, sep, _ = data.partition(b"\n\n")
    if not sep or not data.endswith(b"\n"):
        return None
    prefixes = {}
    for line in header.split(b"\n"):
        match = _PREFIX_LINE.fullmatch(line)
        if match is None:
            return None
        prefixes[match.group(1).decode()] = match.group(2).decode()
    return prefixes


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
