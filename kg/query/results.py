"""Query results as plain values, the same whether they came from the embedded store or an endpoint.

The local worker and the remote runner both turn what they get into :class:`Result`, so formatting
and the local-versus-remote comparison see one shape. :class:`Stream` is the same shape with rows
that arrive while the query runs (the local worker sends them as it finds them), so that
``gazette-kg query … | head`` prints at once; :meth:`Stream.collect` makes it a Result. Literals always carry a datatype (xsd:string
for plain ones, rdf:langString with a language tag) as RDF 1.1 says, so "x" and "x"^^xsd:string are
one value whichever way an engine writes them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.errors import EndpointError

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


@dataclass(frozen=True, order=True)
class Term:
    """An RDF term: kind is iri, literal or bnode."""

    kind: str
    value: str
    datatype: str | None = None
    language: str | None = None

    def n3(self) -> str:
        """The term in N-Triples/Turtle syntax (escaped by pyoxigraph)."""
        return str(self.to_ox())

    def to_ox(self) -> ox.NamedNode | ox.BlankNode | ox.Literal:
        if self.kind == "iri":
            return ox.NamedNode(self.value)
        if self.kind == "bnode":
            return ox.BlankNode(self.value)
        if self.language:
            return ox.Literal(self.value, language=self.language)
        return ox.Literal(self.value, datatype=ox.NamedNode(self.datatype or XSD_STRING))


@dataclass(frozen=True)
class Result:
    """SELECT rows (``variables`` and ``rows``), an ASK answer (``boolean``), or triples as rows
    of subject, predicate, object (CONSTRUCT and DESCRIBE)."""

    kind: str  # bindings | boolean | graph
    variables: tuple[str, ...] = ()
    rows: tuple[tuple[Term | None, ...], ...] = ()
    boolean: bool | None = None


GRAPH_VARIABLES = ("subject", "predicate", "object")

Row = tuple[Term | None, ...]


@dataclass
class Stream:
    """A result whose rows are read once, as they come: :class:`Result` without the row tuple."""

    kind: str  # bindings | boolean | graph
    variables: tuple[str, ...] = ()
    rows: Iterator[Row] = field(default_factory=lambda: iter(()))
    boolean: bool | None = None

    @classmethod
    def of(cls, result: Result) -> Stream:
        return cls(result.kind, result.variables, iter(result.rows), result.boolean)

    def collect(self) -> Result:
        """The whole result (reads the rows to the end)."""
        return Result(self.kind, self.variables, tuple(self.rows), self.boolean)


def from_ox(term: object) -> Term | None:
    """A pyoxigraph term (or None for an unbound variable) as a Term."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return Term("iri", term.value)
    if isinstance(term, ox.BlankNode):
        return Term("bnode", term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Term("literal", term.value, RDF_LANG_STRING, term.language)
        return Term("literal", term.value, term.datatype.value)
    raise TypeError(f"unsupported term in results: {term!r}")


def stream_ox_results(results: object) -> Stream:
    """Solutions, a boolean or triples from ``pyoxigraph.Store.query`` as a Stream: each row is
    converted when it is read, as Oxigraph evaluates it."""
    if isinstance(results, ox.QueryBoolean):
        return Stream("boolean", boolean=bool(results))
    if isinstance(results, ox.QuerySolutions):
        names = tuple(v.value for v in results.variables)
        solutions: Iterable = results
        rows = (tuple(from_ox(solution[name]) for name in names) for solution in solutions)
        return Stream("bindings", names, rows)
    triples: Iterable = results
    rows = ((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)) for t in triples)
    return Stream("graph", GRAPH_VARIABLES, rows)


def from_ox_results(results: object) -> Result:
    """Solutions, a boolean or triples from ``pyoxigraph.Store.query`` as a Result."""
    return stream_ox_results(results).collect()


def from_json_term(data: dict) -> Term:
    """One binding of the SPARQL 1.1 JSON results format."""
    kind = data.get("type")
    value = data.get("value")
    if not isinstance(value, str):
        raise EndpointError("malformed SPARQL JSON results: a binding has no string value")
    if kind == "uri":
        return Term("iri", value)
    if kind == "bnode":
        return Term("bnode", value)
    if kind in ("literal", "typed-literal"):
        language = data.get("xml:lang")
        if language:
            return Term("literal", value, RDF_LANG_STRING, language)
        return Term("literal", value, data.get("datatype") or XSD_STRING)
    raise EndpointError(f"malformed SPARQL JSON results: unknown binding type {kind!r}")


def from_json(data: object) -> Result:
    """A parsed SPARQL 1.1 JSON results document as a Result."""
    if not isinstance(data, dict):
        raise EndpointError("malformed SPARQL JSON results: not an object")
    if "boolean" in data:
        return Result("boolean", boolean=bool(data["boolean"]))
    try:
        names = tuple(data["head"]["vars"])
        bindings = data["results"]["bindings"]
    except (KeyError, TypeError):
        raise EndpointError(
            "malformed SPARQL JSON results: no head.vars or results.bindings"
        ) from None
    rows = tuple(tuple(from_json_term(b[n]) if n in b else None for n in names) for b in bindings)
    return Result("bindings", names, rows)


def from_triples(triples: list[ox.Triple]) -> Result:
    rows = tuple((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)) for t in triples)
    return Result("graph", GRAPH_VARIABLES, rows)


def plain(result: Result) -> list[tuple[str | None, ...]]:
    """Rows as plain strings (the value of each term): what tests compare against the text."""
    return [tuple(t.value if t else None for t in row) for row in result.rows]
