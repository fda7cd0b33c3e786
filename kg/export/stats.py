"""VoID statistics of the exported data: for the whole dataset and for each named graph.

Not with rdflib's ``generateVoID`` (which its own docstring calls memory-hungry and which counts a
Graph, not a dataset's named graphs). What involves subjects and classes only (distinct subjects,
entities, instances per class) is counted by SPARQL aggregates on the export's Oxigraph store, in
Rust; what involves objects (triples, triples per property, distinct objects) in one pass over the
quads, because Oxigraph's store keeps some typed literals by value (``"10"^^xsd:positiveInteger``
comes back as ``"10"^^xsd:integer``) and would count two such objects, or two such triples, once.
Terms are told apart as RDF terms (``"1"^^xsd:integer`` and ``"01"^^xsd:integer`` are two objects).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import groupby

import pyoxigraph as ox

from kg.export.rdf import RDF_TYPE


@dataclass
class Stats:
    """VoID counts for one (sub)dataset."""

    triples: int = 0
    entities: int = 0
    classes: int = 0
    properties: int = 0
    distinct_subjects: int = 0
    distinct_objects: int = 0
    class_entities: dict[str, int] = field(default_factory=dict)  # class IRI → instances
    property_triples: dict[str, int] = field(default_factory=dict)  # property IRI → triples


def _entity_filter(uri_space: str | None) -> str:
    """The subjects counted as entities: IRIs, in ``uri_space`` (void:uriSpace) when given."""
    if uri_space is None:
        return "FILTER(isIRI(?s))"
    return f"FILTER(isIRI(?s) && STRSTARTS(STR(?s), {_string(uri_space)}))"


def _string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _count(term: ox.Literal | None) -> int:
    return int(term.value) if term is not None else 0


def _scoped(pattern: str, per_graph: bool) -> str:
    return f"GRAPH ?g {{ {pattern} }} FILTER(isIRI(?g))" if per_graph else pattern


def _collect(store: ox.Store, uri_space: str | None, per_graph: bool) -> dict[str, Stats]:
    """Distinct subjects, entities and classes of the default graph (key "") or of each named
    graph (by IRI)."""
    by = "?g" if per_graph else ""
    counted: dict[str, Stats] = {}

    def rows(select: str, pattern: str, group: str = "") -> ox.QuerySolutions:
        group_by = f"GROUP BY {by} {group}" if (by or group) else ""
        where = _scoped(pattern, per_graph)
        return store.query(f"SELECT {by} {select} WHERE {{ {where} }} {group_by}")

    def stats_of(row: ox.QuerySolution) -> Stats:
        key = row["g"].value if per_graph else ""
        found = counted.get(key)
        if found is None:
            found = counted[key] = Stats()
        return found

    for row in rows("(COUNT(DISTINCT ?s) AS ?ds)", "?s ?p ?o"):
        if not per_graph or row["g"] is not None:  # no graph at all: one empty row
            stats_of(row).distinct_subjects = _count(row["ds"])
    for row in rows("(COUNT(DISTINCT ?s) AS ?e)", f"?s ?p ?o {_entity_filter(uri_space)}"):
        if not per_graph or row["g"] is not None:
            stats_of(row).entities = _count(row["e"])
    classes = f"?s <{RDF_TYPE}> ?c FILTER(isIRI(?c))"
    for row in rows("?c (COUNT(DISTINCT ?s) AS ?n)", classes, "?c"):
        stats_of(row).class_entities[row["c"].value] = _count(row["n"])
    for stats in counted.values():
        stats.class_entities = dict(sorted(stats.class_entities.items()))
        stats.classes = len(stats.class_entities)
    return counted


def _object_counts(stats: Stats, triples: Iterable[ox.Triple | ox.Quad]) -> None:
    """Triples, triples per property and distinct objects of ``triples`` (each given once)."""
    properties: Counter[str] = Counter()
    objects: set[object] = set()
    for triple in triples:
        properties[triple.predicate.value] += 1
        objects.add(triple.object)
    stats.triples = properties.total()
    stats.property_triples = dict(sorted(properties.items()))
    stats.properties = len(properties)
    stats.distinct_objects = len(objects)


def statistics(store: ox.Store, triples: Sequence[ox.Triple], uri_space: str | None) -> Stats:
    """VoID counts of the union of the named graphs: ``store``'s default graph, whose triples
    (each once) are ``triples``; entities are the subject IRIs in ``uri_space`` (void:uriSpace)."""
    stats = _collect(store, uri_space, per_graph=False).get("", Stats())
    _object_counts(stats, triples)
    return stats


def per_graph(store: ox.Store, quads: Sequence[ox.Quad], uri_space: str | None) -> dict[str, Stats]:
    """Statistics of each named graph of ``store``, whose quads (each once, sorted by graph) are
    ``quads``, by graph IRI (sorted)."""
    counted = _collect(store, uri_space, per_graph=True)
    for name, group in groupby(quads, key=_graph_name):
        if isinstance(name, ox.NamedNode) and name.value in counted:
            _object_counts(counted[name.value], group)
    return {name: counted[name] for name in sorted(counted)}


def _graph_name(quad: ox.Quad) -> object:
    return quad.graph_name
