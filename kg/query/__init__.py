"""Queries: the named library, parameter binding, and running locally or on an endpoint.

    library   queries/*.rq and their comment headers (title, question in en/zh, params, example)
    params    typed parameter values → RDF terms → one leading VALUES row (never pasted text)
    sandbox   what a query may do on the local store (no SERVICE, no updates, no foreign FROM)
    local     the build's embedded store, in a killable worker with a time limit
    remote    any SPARQL 1.1 endpoint through SPARQLWrapper
    results   one result shape for both; formats writes table, csv, tsv, json

The same bound query text goes to the local store and to an endpoint, so their results can be
compared row by row.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from kg.query.library import NamedQuery, find, library
from kg.query.params import bind, resolve

if TYPE_CHECKING:
    from kg.query.results import Result, Stream

DEFAULT_TIMEOUT = 30


def prepare(query: NamedQuery, given: Mapping[str, str] | None = None) -> str:
    """The query text with its parameters bound (declared ones typed, defaults applied)."""
    terms = resolve(query.params, given or {}, free_types=not query.has_header)
    return bind(query.text, terms)


def run(
    query: NamedQuery,
    given: Mapping[str, str] | None = None,
    *,
    build: Path | None = None,
    endpoint: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> Result:
    """Run ``query`` with parameters ``given`` on ``endpoint``, else on the build's store."""
    text = prepare(query, given)
    if endpoint:
        from kg.query import remote

        return remote.run(endpoint, text, timeout)
    if build is None:
        raise ValueError("run() needs a build folder or an endpoint")
    from kg.query import local

    return local.run(Path(build) / "store", text, timeout)


@contextlib.contextmanager
def stream(
    query: NamedQuery,
    given: Mapping[str, str] | None = None,
    *,
    build: Path | None = None,
    endpoint: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> Iterator[Stream]:
    """As :func:`run`, the rows handed on as the build's store finds them (an endpoint's answer
    is read whole first); leaving the block stops the query."""
    from kg.query.results import Stream

    if endpoint:
        yield Stream.of(run(query, given, endpoint=endpoint, timeout=timeout))
        return
    if build is None:
        raise ValueError("stream() needs a build folder or an endpoint")
    from kg.query import local

    with local.stream(Path(build) / "store", prepare(query, given), timeout) as result:
        yield result


__all__ = ["DEFAULT_TIMEOUT", "NamedQuery", "find", "library", "prepare", "run", "stream"]
