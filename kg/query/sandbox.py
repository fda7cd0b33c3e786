"""What a query may do on the local store: read our dataset, nothing else.

Refused, each with its own message (exit 2):

- ``SERVICE``: Oxigraph would call the named endpoint from this machine (research/libraries.md §5);
  ``gazette-kg serve`` refuses it too, except for the endpoints its user names (:func:`refuse_remote`);
- updates (``INSERT``, ``DELETE``, ``LOAD``, ``CLEAR``, ``DROP``, ``CREATE``, ``ADD``, ``MOVE``,
  ``COPY``): a query never changes the build, and ``LOAD`` would fetch a file or a URL;
- ``FROM`` / ``FROM NAMED`` naming anything but one of the dataset's named graphs (rdflib reads
  ``FROM <file:…>`` from disk; Oxigraph ignores FROM under the union default graph, which would
  silently answer from the wrong graphs).

The checks read tokens (kg.query.lexer), so a keyword inside a string, an IRI or a comment is not
mistaken for one, and a keyword cannot hide from them: Oxigraph does not decode ``\\u`` escapes
outside strings. The time limit is the runner's job (kg.query.local).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from kg.errors import QueryError
from kg.query.lexer import Token, expand, prefixes, tokens

UPDATE_KEYWORDS = frozenset(
    {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH", "USING"}
)


@dataclass(frozen=True)
class Dataset:
    """The graphs a query names with FROM (default graph) and FROM NAMED; empty when it names none."""

    default: tuple[str, ...] = ()
    named: tuple[str, ...] = ()

    @property
    def explicit(self) -> bool:
        return bool(self.default or self.named)


def _dataset_clause(toks: list[Token], i: int, declared: dict[str, str]) -> tuple[bool, str]:
    """(is FROM NAMED, graph IRI) for the FROM keyword at ``toks[i]``."""
    j = i + 1
    named = j < len(toks) and toks[j].keyword == "NAMED"
    if named:
        j += 1
    iri = expand(toks[j], declared) if j < len(toks) else None
    if iri is None:
        raise QueryError("FROM must name a graph by an absolute IRI or a declared prefixed name")
    return named, iri


def refuse_updates(query: str) -> None:
    """Refuse update operations (every runner, local or remote: gazette-kg query only reads)."""
    for tok in tokens(query):
        if tok.keyword in UPDATE_KEYWORDS:
            raise QueryError(
                f"{tok.keyword} is not allowed: `gazette-kg query` only reads; the "
                "build is changed by `gazette-kg build`"
            )


def _called_iri(toks: list[Token], i: int, declared: dict[str, str]) -> str | None:
    """The IRI the SERVICE or LOAD at ``toks[i]`` names (SILENT skipped); None for a variable or
    anything that is not an absolute IRI or a declared prefixed name."""
    j = i + 1
    if j < len(toks) and toks[j].keyword == "SILENT":
        j += 1
    return expand(toks[j], declared) if j < len(toks) else None


def refuse_remote(query: str, allowed: Collection[str] = ()) -> None:
    """Refuse SERVICE (and LOAD, in an update) naming anything but one of the ``allowed`` IRIs.

    What a server answers with: a SERVICE by a variable, a relative IRI (BASE could point it
    anywhere) or an IRI written with escapes is never one of the allowed ones.
    """
    toks = list(tokens(query))
    declared = prefixes(toks)
    for i, tok in enumerate(toks):
        if tok.keyword not in ("SERVICE", "LOAD"):
            continue
        iri = _called_iri(toks, i, declared)
        if iri is not None and iri in allowed:
            continue
        named = f" <{iri}>" if iri is not None else ""
        raise QueryError(
            f"{tok.keyword}{named} is not allowed: this server calls no other endpoint"
            + (" but " + ", ".join(sorted(allowed)) if allowed else "")
            + " (serve --allow-service URL names one it may call)"
        )


def check(query: str, graphs: Collection[str]) -> Dataset:
    """Refuse what a query may not do; return the FROM / FROM NAMED graphs it asks for.

    ``graphs`` are the IRIs of the store's named graphs.
    """
    refuse_updates(query)
    toks = list(tokens(query))
    declared = prefixes(toks)
    default: list[str] = []
    named: list[str] = []
    for i, tok in enumerate(toks):
        word = tok.keyword
        if word == "SERVICE":
            raise QueryError(
                "SERVICE is not allowed: queries on the local store do not call "
                "other endpoints (run the query on that endpoint with --endpoint)"
            )
        if word == "FROM":
            is_named, iri = _dataset_clause(toks, i, declared)
            if iri not in graphs:
                raise QueryError(
                    f"FROM{' NAMED' if is_named else ''} <{iri}> is not a graph of "
                    "this build; queries read only the build's named graphs"
                )
            (named if is_named else default).append(iri)
    return Dataset(tuple(default), tuple(named))
