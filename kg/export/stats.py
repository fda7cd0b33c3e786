"""VoID statistics of the exported data: for the whole dataset and for each named graph.

Counted in one pass over the sorted quads, not with rdflib's ``generateVoID`` (which its own
docstring calls memory-hungry and which counts a Graph, not a dataset's named graphs).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

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


def _term_id(term: object) -> str:
    return str(term)


def statistics(triples: Iterable[ox.Triple | ox.Quad], uri_space: str | None) -> Stats:
    """VoID counts; entities are the subject IRIs in ``uri_space`` (void:uriSpace)."""
    subjects: set[str] = set()
    objects: set[str] = set()
    entities: set[str] = set()
    instances: dict[str, set[str]] = {}
    properties: Counter[str] = Counter()
    seen: set[ox.Triple] = set()
    for item in triples:
        triple = item.triple if isinstance(item, ox.Quad) else item
        if triple in seen:
            continue
        seen.add(triple)
        s = triple.subject
        subjects.add(_term_id(s))
        objects.add(_term_id(triple.object))
        properties[triple.predicate.value] += 1
        if isinstance(s, ox.NamedNode) and (uri_space is None or s.value.startswith(uri_space)):
            entities.add(s.value)
        if triple.predicate.value == RDF_TYPE and isinstance(triple.object, ox.NamedNode):
            instances.setdefault(triple.object.value, set()).add(_term_id(s))
    return Stats(
        triples=len(seen),
        entities=len(entities),
        classes=len(instances),
        properties=len(properties),
        distinct_subjects=len(subjects),
        distinct_objects=len(objects),
        class_entities={c: len(members) for c, members in sorted(instances.items())},
        property_triples=dict(sorted(properties.items())),
    )


def per_graph(quads: list[ox.Quad], uri_space: str | None) -> dict[str, Stats]:
    """Statistics of each named graph, by graph IRI (sorted)."""
    graphs: dict[str, list[ox.Quad]] = {}
    for quad in quads:
        if isinstance(quad.graph_name, ox.NamedNode):
            graphs.setdefault(quad.graph_name.value, []).append(quad)
    return {name: statistics(graphs[name], uri_space) for name in sorted(graphs)}
