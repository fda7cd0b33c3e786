"""Mapping's speed-ups keep its results: memoised keys and digests, span IRIs by line range, the
indicator-contribution links (docs/performance.md)."""

from __future__ import annotations

from rdflib import Graph

from kg import iris
from kg.iris import Minter
from kg.namespaces import DCTERMS, GKG, RDF, SKOS
from kg.rdf import map_records
from kg.rdf.indicators import contribution_parts, link_contributions, names_indicator
from kg.text import normalize


def _mapped(records, name: str) -> Graph:
    graph, _ = map_records(records, Minter(), name, "温州市")
    return graph


def _links_as_before(graph: Graph) -> set:
    """The contribution links as link_contributions computed them before it was made faster:
    every (indicator, project) pair, plans compared first, parts split anew for each pair."""
    links = set()
    projects = [
        (p, str(w), graph.value(p, GKG.partOfPlan))
        for p, w in graph.subject_objects(GKG.indicatorContribution)
    ]
    for indicator in set(graph.subjects(RDF.type, GKG.Indicator)):
        name = graph.value(indicator, SKOS.prefLabel)
        sub = graph.value(indicator, GKG.subIndicatorOf) is not None
        table = graph.value(indicator, GKG.inTable)
        plan = graph.value(table, DCTERMS.isPartOf) if table is not None else None
        if name is None:
            continue
        for project, wording, project_plan in projects:
            if plan is not None and project_plan is not None and plan != project_plan:
                continue
            if names_indicator(contribution_parts(wording), str(name), sub):
                links.add((project, GKG.contributesTo, indicator))
    return links


def test_contribution_links_are_those_of_every_pair(sample_records, sample_source):
    graph = _mapped(sample_records, sample_source.name)
    links = set(graph.triples((None, GKG.contributesTo, None)))
    assert len(links) > 10
    assert links == _links_as_before(graph)
    for triple in links:
        graph.remove(triple)
    assert link_contributions(graph) == len(links)
    assert set(graph.triples((None, GKG.contributesTo, None))) == links


def test_memos_change_no_triple(sample_records, sample_source):
    warm = _mapped(sample_records, sample_source.name)
    for memo in (normalize.clean, normalize.key, iris._known_digest):
        memo.cache_clear()
    cold = _mapped(sample_records, sample_source.name)
    assert set(warm) == set(cold)
    assert iris.digest(1) != iris.digest(True)  # the digest memo keeps types apart, as str() does
    assert iris.digest(["unhashable"]) == iris._digest(["unhashable"])
