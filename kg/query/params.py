"""Query parameters: typed values turned into RDF terms and bound by a leading VALUES clause.

A parameter value is never pasted into query text. It becomes an RDF term (pyoxigraph validates IRIs
and escapes literals: quotes, backslashes, newlines), and the term is bound to the query variable of
the same name by one ``VALUES`` row inserted right after the brace that opens the WHERE clause. The
same bound text runs on the embedded store and on a remote endpoint (one code path, so local and
remote results can be compared row by row). A VALUES block at the start of the group joins with the
rest of the pattern, so the variable means that value everywhere in the group, unlike a trailing
VALUES (rdflib SPARQLStore's way, RDFLib/rdflib#1772).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import pyoxigraph as ox

from kg.errors import QueryError
from kg.query.lexer import Token, tokens
from kg.query.lexer import form as query_form

XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_YEAR = re.compile(r"\d{4}")
_INTEGER = re.compile(r"[+-]?\d+")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _iri(value: str) -> ox.NamedNode:
    from kg.iris import check_iri  # here: kg.iris loads rdflib, which the query worker avoids

    try:
        return ox.NamedNode(check_iri(value))
    except ValueError as exc:
        raise ValueError(f"not a valid absolute IRI ({exc})") from None


def _typed(pattern: re.Pattern[str], datatype: str, what: str):
    def make(value: str) -> ox.Literal:
        if not pattern.fullmatch(value):
            raise ValueError(f"expected {what}")
        return ox.Literal(value, datatype=ox.NamedNode(XSD + datatype))

    return make


def _decimal(value: str) -> ox.Literal:
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise ValueError("expected a decimal number such as 12.5") from None
    if not number.is_finite():
        raise ValueError("expected a finite decimal number")
    return ox.Literal(format(number, "f"), datatype=ox.NamedNode(XSD + "decimal"))


def _boolean(value: str) -> ox.Literal:
    if value not in ("true", "false"):
        raise ValueError("expected true or false")
    return ox.Literal(value, datatype=ox.NamedNode(XSD + "boolean"))


# parameter type → function making the RDF term from the value as typed on the command line
TYPES = {
    "iri": _iri,
    "string": lambda value: ox.Literal(value),
    "zh": lambda value: ox.Literal(value, language="zh"),
    "date": _typed(_DATE, "date", "a date YYYY-MM-DD"),
    "year": _typed(_YEAR, "gYear", "a year YYYY"),
    "integer": _typed(_INTEGER, "integer", "an integer"),
    "decimal": _decimal,
    "boolean": _boolean,
}


@dataclass(frozen=True)
class Param:
    """A declared query parameter: the variable ``?name``, its type, its default."""

    name: str
    type: str
    default: str | None = None
    required: bool = False
    description: str = ""

    def term(self, value: str) -> ox.NamedNode | ox.Literal:
        return make_term(self.type, value, self.name)


def make_term(type_name: str, value: str, name: str = "value") -> ox.NamedNode | ox.Literal:
    """The RDF term for ``value`` read as ``type_name``; QueryError (exit 2) if it is not one."""
    maker = TYPES.get(type_name)
    if maker is None:
        raise QueryError(
            f"parameter {name}: unknown type {type_name!r} (known: {', '.join(TYPES)})"
        )
    if "\x00" in value:
        raise QueryError(f"parameter {name}: a NUL character is not allowed")
    try:
        return maker(value)
    except ValueError as exc:
        raise QueryError(f"parameter {name}: {exc}: {value!r}") from None


def parse_assignments(items: Sequence[str]) -> dict[str, str]:
    """``["key=value", …]`` from ``--param`` options → a dict; the first '=' splits."""
    values: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        key = key.strip().lstrip("?$")
        if not sep or not _NAME.fullmatch(key):
            raise QueryError(f"--param expects key=value with a plain name as key, got {item!r}")
        if key in values:
            raise QueryError(f"parameter {key} given twice")
        values[key] = value
    return values


def resolve(
    declared: Sequence[Param], given: Mapping[str, str], free_types: bool = False
) -> dict[str, ox.NamedNode | ox.Literal]:
    """Terms for the declared parameters from the given values and the defaults.

    Unknown names are an error for a library query. For a query file without a header
    (``free_types``) every given value is bound as a plain string unless written ``<iri>``.
    """
    by_name = {p.name: p for p in declared}
    bound: dict[str, ox.NamedNode | ox.Literal] = {}
    for key, value in given.items():
        if key in by_name:
            bound[key] = by_name[key].term(value)
        elif free_types:
            is_iri = value.startswith("<") and value.endswith(">")
            bound[key] = (
                make_term("iri", value[1:-1], key) if is_iri else make_term("string", value, key)
            )
        else:
            known = ", ".join(by_name) or "none"
            raise QueryError(f"unknown parameter {key!r} (this query takes: {known})")
    for param in declared:
        if param.name in bound:
            continue
        if param.default is not None:
            bound[param.name] = param.term(param.default)
        elif param.required:
            raise QueryError(f"parameter {param.name} is required (--param {param.name}=…)")
    return bound


def serialize_term(term: ox.NamedNode | ox.Literal) -> str:
    """The term in SPARQL syntax, one literal however the engine reads ``\\u`` escapes.

    pyoxigraph escapes quotes, backslashes and newlines. SPARQL 1.1 decodes ``\\uXXXX`` before
    parsing (sparql-dev #77) and engines differ on whether an escaped backslash protects a
    following ``u``: rdflib reads the value ``\\u0022`` written as ``"\\\\u0022"`` as a quote.
    Writing the ``u`` after an escaped backslash as ``\\U00000075`` gives the same value both ways
    (the eight-digit form, as rdflib's decoder takes up to eight hex digits after ``\\u``).
    """
    text = str(term)
    if not isinstance(term, ox.Literal) or "\\" not in text:
        return text
    out: list[str] = []
    i = 0
    while i < len(text):
        pair = text[i : i + 2]
        if pair == "\\\\" and text[i + 2 : i + 3] in ("u", "U"):
            out.append("\\\\" + ("\\U00000075" if text[i + 2] == "u" else "\\U00000055"))
            i += 3
        elif pair.startswith("\\"):
            out.append(pair)
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def values_clause(bindings: Mapping[str, ox.NamedNode | ox.Literal]) -> str:
    """``VALUES (?a ?b) { (t1 t2) }`` for the bindings, in a stable (sorted) order."""
    names = sorted(bindings)
    variables = " ".join(f"?{name}" for name in names)
    row = " ".join(serialize_term(bindings[name]) for name in names)
    return f"VALUES ({variables}) {{ ({row}) }}"


def where_brace(query: str) -> int:
    """Offset of the '{' that opens the query's WHERE clause.

    That is the first '{' after the keyword WHERE, or, for ``SELECT … {`` and ``ASK {`` written
    without WHERE, the first '{' at all. CONSTRUCT templates come before WHERE, so the keyword
    decides there; the short form ``CONSTRUCT WHERE {…}`` cannot take a VALUES block.
    """
    toks: list[Token] = list(tokens(query))
    form = query_form(query)
    seen_where = False
    for i, tok in enumerate(toks):
        if tok.keyword == "WHERE":
            if form == "CONSTRUCT" and i > 0 and toks[i - 1].keyword == "CONSTRUCT":
                raise QueryError("parameters cannot be bound in the short form CONSTRUCT WHERE")
            seen_where = True
        elif tok.text == "{" and (seen_where or form in ("SELECT", "ASK")):
            return tok.start
    raise QueryError("cannot find the WHERE clause to bind parameters in")


def _closing(toks: list[Token], i: int) -> int:
    """Index of the token closing the bracket that ``toks[i]`` opens ('{' or '(')."""
    opening = toks[i].text
    closing = "}" if opening == "{" else ")"
    depth = 0
    for j in range(i, len(toks)):
        if toks[j].text == opening:
            depth += 1
        elif toks[j].text == closing:
            depth -= 1
            if depth == 0:
                return j
    raise QueryError(f"unbalanced {opening!r} in the query")


def _subquery_where(toks: list[Token], start: int, end: int, names: Collection[str]) -> int | None:
    """The '{' of a subquery's WHERE clause (``toks[start:end]`` is ``SELECT … { … } …``) when a
    VALUES row for ``names`` may go there instead of beside the subquery: each name is projected as
    a plain variable (or by ``*``) and is a GROUP BY key if the subquery groups; no LIMIT, OFFSET
    or VALUES after it. Else None."""
    brace = next((i for i in range(start, end) if toks[i].text == "{"), None)
    if brace is None:
        return None
    projected: set[str] = set()
    depth = 0
    for tok in toks[start:brace]:
        depth += tok.text == "("
        depth -= tok.text == ")"
        if depth == 0 and tok.kind == "var":
            projected.add(tok.text[1:])
        elif tok.text == "*":
            projected.add("*")
    if "*" not in projected and not set(names) <= projected:
        return None
    after = toks[_closing(toks, brace) + 1 : end]
    if any(t.keyword in ("LIMIT", "OFFSET", "VALUES") for t in after):
        return None
    keywords = [t.keyword for t in after]
    if "GROUP" in keywords:
        clause = after[keywords.index("GROUP") + 2 :]
        stop = next((i for i, t in enumerate(clause) if t.keyword in ("HAVING", "ORDER")), None)
        keys = {t.text[1:] for t in clause[:stop] if t.kind == "var"}
        if not set(names) <= keys:
            return None
    return brace


def _placements(toks: list[Token], brace: int, names: Collection[str]) -> list[int]:
    """The braces after which the VALUES row goes, for the group that ``toks[brace]`` opens.

    Where the group holds nothing but a UNION of groups (or one group, or one subquery) and
    FILTERs or, after it, BINDs, the row goes into each branch (the subquery's WHERE) instead:
    the join distributes over the union, so the answer is the same, and Virtuoso 7 answers no rows
    for a VALUES row joined with a UNION or a subquery. A subquery that cannot take the row (it
    does not project the variable, groups by others, or has LIMIT or OFFSET) gets it after itself:
    a join is the same either way round, and there Virtuoso 7 keeps the rows.
    """
    end = _closing(toks, brace)
    blocks: list[tuple[int, int]] = []
    unions = 0
    i = brace + 1
    while i < end:
        tok = toks[i]
        if tok.text == "{":
            blocks.append((i, _closing(toks, i)))
            i = blocks[-1][1] + 1
        elif tok.keyword == "UNION" and blocks:
            unions += 1
            i += 1
        elif tok.text == ".":
            i += 1
        elif tok.keyword in ("FILTER", "BIND") and toks[i + 1].text == "(":
            if tok.keyword == "BIND" and not blocks:
                return [brace]  # a BIND before the branches would no longer see the value
            i = _closing(toks, i + 1) + 1
        else:
            return [brace]  # a triple pattern, OPTIONAL, MINUS, VALUES …: bind here
    if not blocks or (len(blocks) > 1 and unions != len(blocks) - 1):
        return [brace]
    found: list[int] = []
    for start, stop in blocks:
        if toks[start + 1].keyword == "SELECT":
            inner = _subquery_where(toks, start + 1, stop, names)
            if inner is None and len(blocks) == 1:
                return [stop]  # after the subquery: Virtuoso 7 loses rows when it comes first
            if inner is None:
                return [brace]  # a branch that is a subquery cannot hold the row
            found.extend(_placements(toks, inner, names))
        else:
            found.extend(_placements(toks, start, names))
    return found


def bind(query: str, bindings: Mapping[str, ox.NamedNode | ox.Literal]) -> str:
    """``query`` with ``bindings`` as a VALUES row at the start of its WHERE clause, or of each
    branch where that clause is a UNION or a subquery (see _placements)."""
    if not bindings:
        return query
    used = {t.text[1:] for t in tokens(query) if t.kind == "var"}
    missing = sorted(set(bindings) - used)
    if missing:
        raise QueryError(f"the query has no variable ?{missing[0]} to bind")
    brace = where_brace(query)
    toks = list(tokens(query))
    first = next(i for i, t in enumerate(toks) if t.start == brace)
    row = values_clause(bindings)
    offsets = sorted(
        (toks[i].start for i in _placements(toks, first, list(bindings))), reverse=True
    )
    for offset in offsets:
        query = f"{query[: offset + 1]} {row}{query[offset + 1 :]}"
    return query
