"""Deterministic RDF serialisation: Turtle, TriG and N-Triples, byte-identical across runs.

Measured on the sample and on synthetic graphs (docs/export.md): rdflib's ``turtle`` and
``longturtle`` are stable across PYTHONHASHSEED values but slow (about 15k triples/s), and rdflib's
``nt`` is not stable at all. pyoxigraph writes Turtle at about 900k triples/s in the order it is
given, grouping consecutive triples of one subject with ``;`` and one predicate with ``,``. So we
sort the quads ourselves (subject, then ``rdf:type`` first, then predicate, then object), hand them
to pyoxigraph with the project's fixed prefix map cut down to the vocabularies the data uses, and
put a blank line between subject blocks for readers. Literals never span lines in pyoxigraph's
output (newlines are escaped), which is what makes the blank-line pass safe.

Blank nodes, if a graph has any, are relabelled by RDFC-1.0 canonicalisation first, so their labels
are a function of the graph and not of the run.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.term import Node

from kg import atomic
from kg.namespaces import PREFIXES
from kg.store import to_ox

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

# A Graph (default graph), a Dataset, a pyoxigraph Store or Dataset, quads, or (graph IRI, Graph)
# pairs as the build holds its named graphs.
Source = (
    Graph | Dataset | ox.Store | ox.Dataset | Iterable[ox.Quad] | Iterable[tuple[URIRef, Graph]]
)


# Reading ---------------------------------------------------------------------------------------
def _converter() -> Callable[[Node], ox.NamedNode | ox.BlankNode | ox.Literal]:
    """``kg.store.to_ox`` with a memo: subjects and predicates repeat, conversions are costly."""
    memo: dict[Node, ox.NamedNode | ox.BlankNode | ox.Literal] = {}

    def convert(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
        found = memo.get(term)
        if found is None:
            found = memo[term] = to_ox(term)
        return found

    return convert


def _pair_quads(pairs: Iterable[tuple[URIRef, Graph]]) -> Iterator[ox.Quad]:
    convert = _converter()
    for iri, graph in pairs:
        name = to_ox(iri)
        for s, p, o in graph:
            yield ox.Quad(convert(s), convert(p), convert(o), name)


class SortedQuads(list):
    """Quads already deduplicated, blank nodes canonicalised and sorted: not redone.

    Not changed once made: what is derived from them (their triples, the namespaces their IRIs
    use) is kept on the list, as an export asks for it once per format."""

    def derived(self, key: str, make: Callable[[], object]) -> object:
        memo = self.__dict__.setdefault("_derived", {})
        if key not in memo:
            memo[key] = make()
        return memo[key]


def quads_of(source: Source) -> SortedQuads:
    """The quads of any supported source, deduplicated and in canonical sorted order.

    An rdflib graph crosses over as N-Quads text (rdflib writes it fast, Oxigraph parses it
    fast): three times quicker than converting term by term. Its quads are then sorted as the
    build's are (:func:`sorted_quads`: keys written by Oxigraph), not through an ``ox.Dataset``
    and :func:`quad_key`, the same order (tests/test_export_rdf.py) in a third of the time."""
    if isinstance(source, SortedQuads):
        return source
    if isinstance(source, Graph):
        is_dataset = isinstance(source, Dataset)
        fmt = ox.RdfFormat.N_QUADS if is_dataset else ox.RdfFormat.N_TRIPLES
        data = source.serialize(format="nquads" if is_dataset else "nt", encoding="utf-8")
        parsed = ox.parse(data, format=fmt)
        quads = list(_default_graph_fixed(parsed) if is_dataset else parsed)
        return sorted_quads(quads, maybe_blank=b"_:" in data)
    if isinstance(source, ox.Store):
        items: Iterable[ox.Quad] = source.quads_for_pattern(None, None, None, None)
    elif isinstance(source, ox.Dataset):
        items = source
    else:
        items = list(source)
        if items and isinstance(items[0], tuple):
            items = _pair_quads(items)  # type: ignore[arg-type]
    return sorted_quads(list(items))


def sorted_quads(quads: list[ox.Quad], maybe_blank: bool = True) -> SortedQuads:
    """``quads`` (a list, sorted in place) as :class:`SortedQuads`: sorted by :func:`quad_key`,
    each once, blank nodes canonicalised (looked for unless ``maybe_blank`` is false).

    Sorted as a list, not through an ``ox.Dataset`` (which deduplicates, but whose making and
    reading back cost more than the sort on an archive); duplicates are neighbours once sorted."""
    if maybe_blank and has_blank_nodes(quads):
        dataset = ox.Dataset(quads)
        dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
        quads = list(dataset)
    triples = [q.triple for q in quads]
    names: dict[object, bytes] = {}
    keys = []
    for quad, line in zip(quads, _line_keys(triples), strict=True):
        name = quad.graph_name
        found = names.get(name)
        if found is None:
            found = names[name] = _graph_key(name).encode()
        keys.append((found, line))
    return SortedQuads(_unique_in_order(quads, keys))


def _graph_key(name: object) -> str:
    return "" if isinstance(name, ox.DefaultGraph) else str(name)


_TYPE_TEXT = b" <" + RDF_TYPE.encode() + b"> "
_TYPE_PREDICATE = re.compile(rb"^(\S+)" + re.escape(_TYPE_TEXT), re.MULTILINE)


def _line_keys(triples: list[ox.Triple]) -> list[bytes]:
    """Sort keys of the triples in :func:`triple_key`'s order, made in Rust: each triple's
    N-Triples line (its terms' N-Triples forms, which ``triple_key`` compares, joined by spaces,
    which sort before any character a term ends with), with rdf:type written as ``<\\x01>`` so
    that it sorts before every other predicate. Oxigraph writes one line per triple, in order."""
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    if data.count(_TYPE_TEXT) == len(_TYPE_PREDICATE.findall(data)):
        data = data.replace(_TYPE_TEXT, b" <\x01> ")  # each is a predicate: one pass in C
    else:  # some literal quotes the rdf:type IRI: only the predicates are rewritten
        data = _TYPE_PREDICATE.sub(b"\\1 <\x01> ", data)
    lines = data.split(b"\n")
    lines.pop()  # after the last newline
    return lines


def _unique_in_order(items: list, keys: list) -> list:
    """``items`` sorted by ``keys`` (one each, equal only for equal items), each once."""
    order = sorted(range(len(items)), key=keys.__getitem__)
    out = []
    previous = None
    for index in order:
        key = keys[index]
        if key != previous:
            out.append(items[index])
            previous = key
    return out


def _default_graph_fixed(quads: Iterable[ox.Quad]) -> Iterator[ox.Quad]:
    """rdflib writes its Dataset's default graph as a named graph ``urn:x-rdflib:default``."""
    default = str(DATASET_DEFAULT_GRAPH_ID)
    for quad in quads:
        if isinstance(quad.graph_name, ox.NamedNode) and quad.graph_name.value == default:
            yield ox.Quad(quad.subject, quad.predicate, quad.object, ox.DefaultGraph())
        else:
            yield quad


def has_blank_nodes(quads: ox.Dataset | list[ox.Quad]) -> bool:
    """Whether a blank node is among the quads' terms; N-Quads written by Oxigraph (in Rust) has
    none when it has no ``_:``, the usual answer, and only a ``_:`` inside a literal is looked
    at term by term."""
    if b"_:" not in ox.serialize(quads, format=ox.RdfFormat.N_QUADS):
        return False
    return any(
        isinstance(term, ox.BlankNode)
        for quad in quads
        for term in (quad.subject, quad.object, quad.graph_name)
    )


def read_trig(path: str | os.PathLike[str]) -> SortedQuads:
    """Parse a TriG (or N-Quads) file with Oxigraph's atomic parser; sorted quads."""
    fmt = ox.RdfFormat.N_QUADS if str(path).endswith(".nq") else ox.RdfFormat.TRIG
    with open(path, "rb") as handle:
        data = handle.read()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    return quads_of(ox.parse(data, format=fmt))


# Ordering --------------------------------------------------------------------------------------
def term_key(term: object) -> tuple[int, str, str]:
    """Sort key of a term: IRIs, then blank nodes, then literals (by value, then type)."""
    if isinstance(term, ox.NamedNode):
        return (0, term.value, "")
    if isinstance(term, ox.BlankNode):
        return (1, term.value, "")
    if isinstance(term, ox.Literal):
        tag = "@" + term.language if term.language else term.datatype.value
        return (2, term.value, tag)
    return (-1, "", "")  # the default graph sorts first


def triple_key(triple: ox.Triple | ox.Quad) -> tuple:
    """Subject, then rdf:type before the other predicates, then object.

    Terms compare by their N-Triples form (``<iri>``, ``_:b``, ``"value"@zh``), which Oxigraph
    produces in Rust: half the cost of building tuples of term parts in Python."""
    predicate = triple.predicate.value
    return (str(triple.subject), predicate != RDF_TYPE, predicate, str(triple.object))


def quad_key(quad: ox.Quad) -> tuple:
    name = quad.graph_name
    return ("" if isinstance(name, ox.DefaultGraph) else str(name), *triple_key(quad))


def triples_of(quads: Iterable[ox.Quad]) -> list[ox.Triple]:
    """The union of the quads' triples (duplicates across graphs removed), sorted."""
    if isinstance(quads, SortedQuads):
        return quads.derived("triples", lambda: _triples_of(quads))  # type: ignore[return-value]
    return _triples_of(quads)


def _triples_of(quads: Iterable[ox.Quad]) -> list[ox.Triple]:
    if isinstance(quads, SortedQuads) and (
        not quads or quads[0].graph_name == quads[-1].graph_name
    ):
        return [q.triple for q in quads]  # one graph, already sorted in triple order
    triples = [q.triple for q in quads]
    return _unique_in_order(triples, _line_keys(triples))


# Prefixes --------------------------------------------------------------------------------------
_KIND = re.compile(r"[a-z](?:[a-z-]*[a-z])?")


def _namespace_part(iri: str) -> str:
    return iri[: max(iri.rfind("#"), iri.rfind("/")) + 1]


def used_prefixes(
    quads: Iterable[ox.Quad | ox.Triple],
    base_iri: str | None = None,
    known: dict[str, str] | None = None,
) -> dict[str, str]:
    """Prefixes for the data: the vocabularies of ``known`` (default kg.namespaces.PREFIXES) that
    it uses, and, under ``base_iri``, one per kind of entity (``person:`` for ``{base}person/``) so
    that entity IRIs read as ``person:3f2a…`` rather than as long angle-bracketed IRIs."""
    known = PREFIXES if known is None else known
    vocabularies = sorted(known.items(), key=lambda item: -len(item[1]))
    chosen: dict[str, str] = {}
    if isinstance(quads, SortedQuads):  # the same parts for the quads and for their triples
        parts = quads.derived("namespaces", lambda: _namespace_parts(quads))
    else:
        parts = _namespace_parts(quads)
    for part in parts:  # type: ignore[attr-defined]
        for prefix, ns in vocabularies:
            if part.startswith(ns):
                chosen[prefix] = ns
                break
        else:
            kind = part[len(base_iri) : -1] if base_iri and part.startswith(base_iri) else ""
            if _KIND.fullmatch(kind) and kind not in known:
                chosen[kind] = part
    return dict(sorted(chosen.items()))


def _namespace_parts(terms: Iterable[ox.Quad | ox.Triple]) -> list[str]:
    """The namespaces (IRI up to its last # or /) of the IRIs and datatypes used, each once,
    sorted. The terms are told apart first (an archive's quads repeat a few thousand terms), so
    each IRI is cut once, not once per use."""
    nodes: set[object] = set()
    add = nodes.add
    for quad in terms:
        add(quad.subject)
        add(quad.predicate)
        add(quad.object)
    iris = set()
    for term in nodes:
        if isinstance(term, ox.NamedNode):
            iris.add(term.value)
        elif isinstance(term, ox.Literal):
            iris.add(term.datatype.value)
    return sorted({_namespace_part(iri) for iri in iris})


# Writing ---------------------------------------------------------------------------------------
_BLOCK_START = re.compile(rb"\n(?=[^\s@}])")
_TRIG_BLOCK_START = re.compile(rb"\n(?=\t[^\t])")


def _sorted_header(data: bytes) -> bytes:
    """The @prefix lines in prefix-name order (pyoxigraph writes them by namespace length)."""
    lines = data.split(b"\n")
    count = 0
    while count < len(lines) and lines[count].startswith(b"@prefix "):
        count += 1
    return b"\n".join(sorted(lines[:count]) + lines[count:])


def _spaced(data: bytes, trig: bool) -> bytes:
    """Prefixes sorted; a blank line before each subject block (and each graph in TriG)."""
    data = _BLOCK_START.sub(b"\n\n", _sorted_header(data))
    if trig:
        data = _TRIG_BLOCK_START.sub(b"\n\n", data)
        data = data.replace(b"{\n\n\t", b"{\n\t")
    return data


# A string literal (skipped) or a prefixed name whose local part pyoxigraph had to escape.
_TOKEN = re.compile(
    rb'"(?:[^"\\\n]|\\.)*"|(?<![\w:<])([A-Za-z][\w.-]*):((?:[\w.:%-]|\\.)*\\/(?:[\w.:%-]|\\.)*)'
)
_LOCAL_ESCAPE = re.compile(rb"\\(.)")
_ESCAPED_LINE = re.compile(rb"^.*\\/.*$", re.MULTILINE)


def _full_iris(data: bytes, prefixes: dict[str, str]) -> bytes:
    """Write ``dataset:ab\\/rights\\/cd`` as a full IRI: valid either way, but readers do not
    expect escaped slashes in prefixed names (IRIs nested under an entity, concept IRIs)."""

    def fix(match: re.Match[bytes]) -> bytes:
        prefix = match.group(1)
        if prefix is None or prefix.decode() not in prefixes:
            return match.group(0)
        local = match.group(2)
        # a local name's escapes are a backslash before one character, never before another
        # backslash (IRIs have none): dropping the backslashes unescapes it, in C
        local = _LOCAL_ESCAPE.sub(rb"\1", local) if b"\\\\" in local else local.replace(b"\\", b"")
        return b"<" + prefixes[prefix.decode()].encode() + local + b">"

    if b"\\/" not in data:
        return data  # nothing escaped: skip the pass
    pieces = []
    done = 0
    for line in _ESCAPED_LINE.finditer(data):  # only the lines with an escaped slash
        if line.group().startswith(b"@prefix"):
            continue
        pieces += (data[done : line.start()], _TOKEN.sub(fix, line.group()))
        done = line.end()
    pieces.append(data[done:])
    return b"".join(pieces)


def turtle_bytes(
    source: Source, base_iri: str | None = None, known_prefixes: dict[str, str] | None = None
) -> bytes:
    """The union of all graphs of ``source`` as deterministic, readable Turtle."""
    quads = quads_of(source)
    triples = triples_of(quads)
    prefixes = used_prefixes(quads, base_iri, known_prefixes)  # the triples' IRIs are the quads'
    data = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes)
    return _spaced(_full_iris(data, prefixes), trig=False)


def trig_bytes(source: Source, base_iri: str | None = None) -> bytes:
    """All graphs of ``source`` as deterministic TriG, one block per named graph."""
    quads = quads_of(source)
    prefixes = used_prefixes(quads, base_iri)
    data = ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=prefixes)
    return _spaced(_full_iris(data, prefixes), trig=True)


def ntriples_bytes(source: Source) -> bytes:
    """The union of all graphs as canonical N-Triples, one triple a line, lines sorted."""
    data = ox.serialize(triples_of(quads_of(source)), format=ox.RdfFormat.N_TRIPLES)
    return _sorted_lines(data)


def nquads_bytes(source: Source) -> bytes:
    """All quads as canonical N-Quads, lines sorted."""
    data = ox.serialize(quads_of(source), format=ox.RdfFormat.N_QUADS)
    return _sorted_lines(data)


def _sorted_lines(data: bytes) -> bytes:
    """The lines of ``data`` sorted (bytewise), each once, each ending in a newline."""
    lines = sorted(set(data.splitlines()))
    return b"\n".join(lines) + b"\n" if lines else b""


def write_turtle(source: Source, path: str | os.PathLike[str], base_iri: str | None = None) -> Path:
    """Write ``source`` (a Graph, a Dataset's union, a store or quads) as Turtle, atomically.

    ``base_iri`` (the build's entity base) adds one prefix per entity kind for readability."""
    atomic.write_bytes(path, turtle_bytes(source, base_iri))
    return Path(path)


def write_trig(source: Source, path: str | os.PathLike[str], base_iri: str | None = None) -> Path:
    """Write ``source`` with its named graphs as TriG, atomically."""
    atomic.write_bytes(path, trig_bytes(source, base_iri))
    return Path(path)


def write_ntriples(source: Source, path: str | os.PathLike[str]) -> Path:
    atomic.write_bytes(path, ntriples_bytes(source))
    return Path(path)


def graph_names(quads: Iterable[ox.Quad]) -> list[URIRef]:
    """The named graphs present, sorted (the default graph left out)."""
    names = {q.graph_name.value for q in quads if isinstance(q.graph_name, ox.NamedNode)}
    return [URIRef(name) for name in sorted(names)]
