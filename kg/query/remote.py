"""Running a query on a SPARQL 1.1 endpoint with SPARQLWrapper, with a time limit and clear errors.

What research/libraries.md §6 and §17 (R1–R4, Q7) ask of a remote call, and how:

- SPARQLWrapper applies a timeout only if it is a truthy integer (``setTimeout(0.5)`` means none), so
  the time limit is a whole number of seconds ≥ 1; it bounds the HTTP exchange, not the server.
- Queries above ~2 KB go by POST (GET hits HTTP 414 on long URLs).
- Only content negotiation (no ``format=`` URL parameters some endpoints reject), and the answer's
  Content-Type is checked: an HTML login page is reported with its first 200 bytes, not parsed.
- Transient failures (HTTP 429, 502, 503, 504, a reset connection) are retried twice with backoff;
  a refused connection, a 400 or a 401 never are.
- Errors map to exit codes: 2 the endpoint rejected the query, 3 unreachable or HTTP error,
  4 no answer within the time limit.
"""

from __future__ import annotations

import ast
import contextlib
import errno
import json
import random
import socket
import time
import urllib.error
import urllib.parse
from collections.abc import Callable
from typing import TypeVar

import pyoxigraph as ox
from SPARQLWrapper import GET, JSON, POST, TURTLE, SPARQLWrapper
from SPARQLWrapper import SPARQLExceptions as sw_errors

from kg import __version__
from kg.errors import EndpointError, QueryError, QueryTimeout, UsageError
from kg.query import results
from kg.query.lexer import form
from kg.query.local import check_timeout
from kg.query.sandbox import refuse_updates

POST_ABOVE = 2048  # bytes of query text
RETRY_STATUS = frozenset({429, 502, 503, 504})
RETRY_DELAYS = (0.25, 0.75)
JSON_TYPES = ("application/sparql-results+json", "application/json")
RDF_TYPES = {"text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES}

T = TypeVar("T")


def check_endpoint(url: str) -> str:
    """An http(s) URL with a host; anything else (file:, ftp:, a bare name) is a usage error."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UsageError(f"endpoint must be an http:// or https:// URL, got {url!r}")
    return url


def _wrapper(endpoint: str, query: str, seconds: int) -> SPARQLWrapper:
    sparql = SPARQLWrapper(endpoint, agent=f"gazette-kg/{__version__}")
    sparql.setQuery(query)
    # SPARQLWrapper guesses the form with a regex that takes "removed" in a comment for MOVE and
    # then sends an update; our lexer knows the form, and updates never get this far.
    sparql.queryType = form(query)
    sparql.setOnlyConneg(True)
    sparql.setReturnFormat(TURTLE if form(query) in ("CONSTRUCT", "DESCRIBE") else JSON)
    sparql.setMethod(POST if len(query.encode("utf-8")) > POST_ABOVE else GET)
    sparql.setTimeout(seconds)
    return sparql


def _is_timeout(exc: BaseException) -> bool:
    reason = getattr(exc, "reason", exc)
    return isinstance(reason, (TimeoutError, socket.timeout)) or "timed out" in str(reason)


def _transient(exc: BaseException) -> bool:
    if isinstance(exc, urllib.error.HTTPError):
        return exc.code in RETRY_STATUS
    reason = getattr(exc, "reason", exc)
    return isinstance(reason, ConnectionResetError) or (
        isinstance(reason, OSError) and reason.errno == errno.EADDRNOTAVAIL
    )


def _body(exc: sw_errors.SPARQLWrapperException) -> str:
    """The server's message out of a SPARQLWrapper exception (which holds it as a bytes repr)."""
    text = str(exc)
    marker = "Response:\n"
    if marker in text:
        text = text.split(marker, 1)[1]
        with contextlib.suppress(ValueError, SyntaxError):
            raw = ast.literal_eval(text.strip())
            if isinstance(raw, bytes):
                text = raw.decode("utf-8", errors="replace")
    return " ".join(text.split())[:200]


def _translate(exc: BaseException, endpoint: str, seconds: int) -> Exception:
    """The gazette-kg error for what SPARQLWrapper or urllib raised."""
    if isinstance(exc, sw_errors.QueryBadFormed):
        return QueryError(f"the endpoint rejected the query: {_body(exc)}")
    if isinstance(exc, sw_errors.SPARQLWrapperException):
        return EndpointError(f"{endpoint} answered {type(exc).__name__}: {_body(exc)}")
    if isinstance(exc, urllib.error.HTTPError):
        return EndpointError(f"{endpoint} answered HTTP {exc.code} {exc.reason}")
    if _is_timeout(exc):
        return QueryTimeout(f"{endpoint} did not answer within {seconds} s")
    reason = getattr(exc, "reason", exc)
    return EndpointError(f"cannot reach {endpoint}: {reason}")


def _with_retries(call: Callable[[], T], endpoint: str, seconds: int) -> T:
    for attempt in range(len(RETRY_DELAYS) + 1):
        try:
            return call()
        except (sw_errors.SPARQLWrapperException, OSError) as exc:
            if attempt < len(RETRY_DELAYS) and _transient(exc) and not _is_timeout(exc):
                time.sleep(RETRY_DELAYS[attempt] * (1 + random.random() / 2))
                continue
            raise _translate(exc, endpoint, seconds) from None
    raise AssertionError("unreachable")


def _fetch(sparql: SPARQLWrapper) -> tuple[str, bytes]:
    """(content type, body) of one request, the body read in full inside the time limit."""
    answer = sparql.query()
    response = answer.response
    content_type = response.headers.get("Content-Type", "") or ""
    return content_type.split(";")[0].strip().lower(), response.read()


def _decode(content_type: str, body: bytes, query_form: str, endpoint: str) -> results.Result:
    if query_form in ("CONSTRUCT", "DESCRIBE"):
        rdf_format = RDF_TYPES.get(content_type)
        if rdf_format is None:
            raise _unexpected(endpoint, "Turtle or N-Triples", content_type, body)
        try:
            return results.from_triples(list(ox.parse(body, format=rdf_format)))
        except SyntaxError as exc:
            raise EndpointError(f"{endpoint} sent unreadable RDF: {exc}") from None
    if content_type not in JSON_TYPES:
        raise _unexpected(endpoint, "SPARQL JSON results", content_type, body)
    try:
        return results.from_json(json.loads(body.decode("utf-8")))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise EndpointError(
            f"{endpoint} sent an incomplete or unreadable answer ({exc}); the server's own time "
            "limit may have cut it off"
        ) from None


def _unexpected(endpoint: str, wanted: str, got: str, body: bytes) -> EndpointError:
    start = " ".join(body[:200].decode("utf-8", errors="replace").split())
    return EndpointError(f"{endpoint}: expected {wanted}, got {got or 'no content type'}: {start}")


def run(endpoint: str, query: str, timeout: float) -> results.Result:
    """The result of ``query`` (already bound) on ``endpoint``."""
    seconds = check_timeout(timeout)
    check_endpoint(endpoint)
    refuse_updates(query)
    query_form = form(query)
    if not query_form:
        raise QueryError("not a SPARQL query: no SELECT, ASK, CONSTRUCT or DESCRIBE")
    sparql = _wrapper(endpoint, query, seconds)
    content_type, body = _with_retries(lambda: _fetch(sparql), endpoint, seconds)
    return _decode(content_type, body, query_form, endpoint)


__all__ = ["GET", "POST", "POST_ABOVE", "check_endpoint", "run"]
