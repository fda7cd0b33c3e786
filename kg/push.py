"""Loading the build into an existing triplestore with the SPARQL 1.1 Graph Store Protocol.

One ``PUT <graph-store>?graph=<g>`` per named graph of the build (each source issue, the ontology,
the derived facts), with the graph as N-Triples: a PUT replaces that graph and only that graph, so
pushing again is idempotent and other data in the store is left alone. Named graphs are kept; the
store must be told to use the union of its named graphs as the default graph for the query library
to work as it does locally (docs/queries.md says how for Oxigraph, Fuseki, GraphDB and Virtuoso).

After the PUTs the SPARQL endpoint is asked how many triples each graph holds, and the counts must
equal the build's: a push that the store silently truncated is reported, not trusted.
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg import __version__
from kg.errors import EndpointError, InputError, QueryTimeout, UsageError
from kg.query import remote
from kg.store import open_store

DEFAULT_TIMEOUT = 60
OK_STATUS = frozenset({200, 201, 204})
COUNT_QUERY = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"


@dataclass(frozen=True)
class Pushed:
    graph: str
    triples: int


def graph_store_for(endpoint: str) -> str:
    """The Graph Store endpoint beside an Oxigraph-style query endpoint (``…/query`` → ``…/store``)."""
    parts = urllib.parse.urlsplit(endpoint)
    path = parts.path.rstrip("/")
    if not path.endswith("/query"):
        raise UsageError(
            f"cannot tell the Graph Store endpoint of {endpoint}: give --graph-store "
            "(Oxigraph …/store, Fuseki …/<dataset>/data, GraphDB …/repositories/<id>"
            "/rdf-graphs/service, Virtuoso …/sparql-graph-crud after the grants docs/queries.md names)"
        )
    return urllib.parse.urlunsplit(parts._replace(path=path[: -len("query")] + "store"))


def named_graphs(build: Path) -> Iterator[tuple[str, bytes, int]]:
    """(graph IRI, N-Triples with sorted lines, triple count) for every named graph of the build."""
    store = open_store(Path(build) / "store")
    names = sorted(g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode))
    if not names:
        raise InputError("the build's store holds no named graph", path=str(build))
    for name in names:
        triples = [q.triple for q in store.quads_for_pattern(None, None, None, ox.NamedNode(name))]
        text = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
        lines = sorted(set(text.splitlines()))
        yield name, b"".join(line + b"\n" for line in lines), len(lines)


def graph_url(graph_store: str, graph: str) -> str:
    """``graph_store?graph=<graph>`` with the IRI percent-encoded (indirect graph identification)."""
    separator = "&" if urllib.parse.urlsplit(graph_store).query else "?"
    return f"{graph_store}{separator}{urllib.parse.urlencode({'graph': graph})}"


def put_graph(graph_store: str, graph: str, body: bytes, timeout: int) -> None:
    request = urllib.request.Request(
        graph_url(graph_store, graph),
        data=body,
        method="PUT",
        headers={
            "Content-Type": "application/n-triples",
            "User-Agent": f"gazette-kg/{__version__}",
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            status = response.status
    except urllib.error.HTTPError as exc:
        start = " ".join(exc.read()[:200].decode("utf-8", errors="replace").split())
        raise EndpointError(
            f"{graph_store} refused graph <{graph}>: HTTP {exc.code} {start}"
        ) from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        if isinstance(reason, TimeoutError) or "timed out" in str(reason):
            raise QueryTimeout(f"{graph_store} did not answer within {timeout} s") from None
        raise EndpointError(f"cannot reach {graph_store}: {reason}") from None
    if status not in OK_STATUS:
        raise EndpointError(f"{graph_store} answered HTTP {status} for graph <{graph}>")


def remote_counts(endpoint: str, timeout: int) -> dict[str, int]:
    result = remote.run(endpoint, COUNT_QUERY, timeout)
    return {row[0].value: int(row[1].value) for row in result.rows if row[0] and row[1]}


def push(
    build: Path, endpoint: str, graph_store: str | None = None, timeout: int = DEFAULT_TIMEOUT
) -> list[Pushed]:
    """PUT every named graph of ``build``, then check the counts through ``endpoint``."""
    remote.check_endpoint(endpoint)
    store_url = remote.check_endpoint(graph_store or graph_store_for(endpoint))
    pushed: list[Pushed] = []
    for name, body, count in named_graphs(build):
        put_graph(store_url, name, body, timeout)
        pushed.append(Pushed(name, count))
    counts = remote_counts(endpoint, timeout)
    for item in pushed:
        if counts.get(item.graph, 0) != item.triples:
            raise EndpointError(
                f"after the push {endpoint} holds {counts.get(item.graph, 0)} "
                f"triples in <{item.graph}>, the build {item.triples}"
            )
    return pushed
