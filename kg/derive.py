"""Derived facts: what follows from all sources together, in the build's derived-facts graph.

* Memberships (org:Membership with an OWL-Time interval): an appoint change of (person, post) opens
  one at its decision date; the next remove change of the same (person, post) closes it. A removal
  with no appointment in the archive gives a membership whose start the archive does not cover, an
  appointment with no later removal one that is still open; both say so (gkg:startNotCovered,
  gkg:endNotCovered) rather than guess.
* Successions: where one notice removes one holder of a post and appoints another to it, the new
  membership gkg:succeeds the old one.
* Governments and their areas: X人民政府 schema:areaServed the place X, when both are in the graph.

Each derived node is prov:wasDerivedFrom the personnel changes it comes from (whose spans give the
text). Rebuilding from the same sources in any order gives the same triples.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef

from kg.iris import Minter
from kg.namespaces import FOAF, GKG, ORG, PROV, RDF, RDFS, SDO, SKOS, TIME, XSD, bind_prefixes

APPOINT = "appoint"
REMOVE = "remove"


@dataclass(frozen=True)
class Change:
    iri: URIRef
    person: URIRef
    post: URIRef
    action: str
    date: Literal | None
    notice: str  # the notice it belongs to: changes of one notice are decided together

    @property
    def sort_key(self) -> tuple[str, int, str]:
        # A removal and an appointment decided the same day: the removal closes first.
        return (str(self.date or ""), 0 if self.action == REMOVE else 1, str(self.iri))


def changes(union: Graph) -> list[Change]:
    found = []
    for iri in union.subjects(RDF.type, GKG.PersonnelChange):
        action = union.value(iri, GKG.personnelAction)
        person = union.value(iri, GKG.concernsPerson)
        post = union.value(iri, GKG.concernsPost)
        if action is None or person is None or post is None:
            continue
        notice = union.value(iri, GKG.noticeTitle) or ""
        recorded = sorted(str(n) for n in union.objects(iri, GKG.recordedIn))
        found.append(
            Change(
                iri,
                person,
                post,
                str(action).rsplit("/", 1)[-1],
                union.value(iri, GKG.decisionDate),
                f"{recorded}|{notice}",
            )
        )
    return sorted(found, key=lambda c: (str(c.person), str(c.post), c.sort_key))


@dataclass
class Tenure:
    person: URIRef
    post: URIRef
    start: Change | None
    end: Change | None


def tenures(all_changes: Iterable[Change]) -> list[Tenure]:
    """Appoint/remove pairs per (person, post), in date order."""
    by_holding: dict[tuple[URIRef, URIRef], list[Change]] = defaultdict(list)
    for change in all_changes:
        if change.action in (APPOINT, REMOVE):
            by_holding[(change.person, change.post)].append(change)
    result: list[Tenure] = []
    for (person, post), items in sorted(by_holding.items()):
        open_tenure: Tenure | None = None
        for change in sorted(items, key=lambda c: c.sort_key):
            if change.action == APPOINT:
                if open_tenure is not None:
                    result.append(open_tenure)  # appointed again without a removal in between
                open_tenure = Tenure(person, post, change, None)
            elif open_tenure is not None:
                open_tenure.end = change
                result.append(open_tenure)
                open_tenure = None
            else:
                result.append(Tenure(person, post, None, change))
        if open_tenure is not None:
            result.append(open_tenure)
    return result


def _instant(graph: Graph, node: URIRef, date: Literal | None, zh: str, en: str) -> None:
    """An OWL-Time instant, labelled (开始/结束 of the membership) and dated when the text dates it."""
    graph.add((node, RDF.type, TIME.Instant))
    when = f"（{date}）" if date is not None else ""
    graph.add((node, RDFS.label, Literal(f"{zh}{when}", lang="zh")))
    when_en = f" ({date})" if date is not None else ""
    graph.add((node, RDFS.label, Literal(f"{en}{when_en}", lang="en")))
    if date is None:
        return
    predicate = {
        XSD.date: TIME.inXSDDate,
        XSD.gYearMonth: TIME.inXSDgYearMonth,
        XSD.gYear: TIME.inXSDgYear,
    }.get(date.datatype)
    if predicate is not None:
        graph.add((node, predicate, date))


def _membership(graph: Graph, union: Graph, minter: Minter, tenure: Tenure) -> URIRef:
    iri = minter.membership(
        tenure.post,
        tenure.person,
        tenure.start.iri if tenure.start else (tenure.end.iri if tenure.end else None),
    )
    interval = minter.sub(iri, "interval", "during")
    graph.add((iri, RDF.type, ORG.Membership))
    graph.add((iri, ORG.member, tenure.person))
    graph.add((iri, GKG.holdsPost, tenure.post))
    organization = union.value(tenure.post, ORG.postIn)
    if organization is not None:
        graph.add((iri, ORG.organization, organization))
    role = union.value(tenure.post, ORG.role)
    if role is not None:
        graph.add((iri, ORG.role, role))
    graph.add((tenure.post, ORG.heldBy, tenure.person))
    graph.add((iri, ORG.memberDuring, interval))
    graph.add((interval, RDF.type, TIME.Interval))
    name = union.value(tenure.person, FOAF.name) or tenure.person.rsplit("/", 1)[-1]
    post_label = union.value(tenure.post, SKOS.prefLabel) or tenure.post.rsplit("/", 1)[-1]
    label = f"{name}：{post_label}"
    graph.add((iri, RDFS.label, Literal(label, lang="zh")))
    graph.add((iri, RDFS.label, Literal(f"{name} as {post_label}", lang="en")))
    graph.add((interval, RDFS.label, Literal(f"{label} 任职期间", lang="zh")))
    graph.add((interval, RDFS.label, Literal(f"term of {name} as {post_label}", lang="en")))
    if tenure.start is not None:
        begin = minter.sub(iri, "instant", "begin")
        _instant(graph, begin, tenure.start.date, f"{label} 任职开始", f"start of {name}'s term")
        graph.add((interval, TIME.hasBeginning, begin))
        graph.add((iri, GKG.startedBy, tenure.start.iri))
        graph.add((iri, PROV.wasDerivedFrom, tenure.start.iri))
    else:
        graph.add((iri, GKG.startNotCovered, Literal(True)))
    if tenure.end is not None:
        end = minter.sub(iri, "instant", "end")
        _instant(graph, end, tenure.end.date, f"{label} 任职结束", f"end of {name}'s term")
        graph.add((interval, TIME.hasEnd, end))
        graph.add((iri, GKG.endedBy, tenure.end.iri))
        graph.add((iri, PROV.wasDerivedFrom, tenure.end.iri))
    else:
        graph.add((iri, GKG.endNotCovered, Literal(True)))
    return iri


def _successions(graph: Graph, memberships: dict[int, URIRef], items: list[Tenure]) -> None:
    """One notice removing one holder of a post and appointing one other: a succession."""
    ended: dict[tuple[URIRef, str], list[int]] = defaultdict(list)
    started: dict[tuple[URIRef, str], list[int]] = defaultdict(list)
    for index, tenure in enumerate(items):
        if tenure.end is not None:
            ended[(tenure.post, tenure.end.notice)].append(index)
        if tenure.start is not None:
            started[(tenure.post, tenure.start.notice)].append(index)
    for holding, old in ended.items():
        new = started.get(holding, [])
        if len(old) == 1 and len(new) == 1 and items[old[0]].person != items[new[0]].person:
            graph.add((memberships[new[0]], GKG.succeeds, memberships[old[0]]))


def _areas(graph: Graph, union: Graph) -> None:
    places = {
        str(label): place
        for place in union.subjects(RDF.type, SDO.AdministrativeArea)
        for label in union.objects(place, RDFS.label)
    }
    for org in union.subjects(RDF.type, ORG.Organization):
        for label in union.objects(org, SKOS.prefLabel):
            text = str(label)
            if text.endswith("人民政府") and text[: -len("人民政府")] in places:
                graph.add((org, SDO.areaServed, places[text[: -len("人民政府")]]))


def derive(graphs: Iterable[Graph], minter: Minter | None = None) -> Graph:
    """The derived-facts graph of the given source graphs."""
    union = Graph()
    for graph in graphs:
        union += graph
    return derive_from_union(union, minter)


def derive_from_union(union: Graph, minter: Minter | None = None) -> Graph:
    """The derived-facts graph of the sources' facts in one graph (``union``, only read): the
    build makes that graph once, for this and for checking the derived facts against it."""
    minter = minter or Minter()
    derived = bind_prefixes(Graph())
    items = tenures(changes(union))
    memberships = {i: _membership(derived, union, minter, t) for i, t in enumerate(items)}
    _successions(derived, memberships, items)
    _areas(derived, union)
    return derived


# What derive_from_union reads of the union: these predicates' triples, rdf:type only with these
# classes, and rdfs:label only of places. The rest of an archive (19 triples in 20) it never reads.
READ_PREDICATES = tuple(
    str(p)
    for p in (
        GKG.personnelAction,
        GKG.concernsPerson,
        GKG.concernsPost,
        GKG.noticeTitle,
        GKG.recordedIn,
        GKG.decisionDate,
        ORG.postIn,
        ORG.role,
        FOAF.name,
        SKOS.prefLabel,
    )
)
READ_CLASSES = tuple(
    str(c) for c in (GKG.PersonnelChange, SDO.AdministrativeArea, ORG.Organization)
)


def facts_graph(quad_lists: Iterable[Iterable[ox.Quad]]) -> Graph:
    """The triples of the sources' quads that :func:`derive_from_union` reads, in one rdflib graph.

    derive_from_union gives the same facts from this graph as from the whole union: it asks only
    for these triples, and they are added in the union's order (sources in turn, each in its own
    order; a place's labels after the rest, in their order), so that where rdflib's ``value``
    picks the first of several objects it picks the same one. Making the whole union as an rdflib
    graph cost 13 of the 92 CPU seconds of a 100-issue build.
    """
    from kg.store import from_ox

    convert = from_ox()
    rdf_type = ox.NamedNode(str(RDF.type))
    label = ox.NamedNode(str(RDFS.label))
    place = ox.NamedNode(str(SDO.AdministrativeArea))
    predicates = {ox.NamedNode(p) for p in READ_PREDICATES}
    classes = {ox.NamedNode(c) for c in READ_CLASSES}
    graph = Graph(store="SimpleMemory")  # no named graphs, no events: quicker adds
    add = graph.add
    labels: list[ox.Quad] = []
    places: set[object] = set()
    for quads in quad_lists:
        for quad in quads:
            predicate = quad.predicate
            if predicate in predicates:
                add((convert(quad.subject), convert(predicate), convert(quad.object)))
            elif predicate == rdf_type:
                kind = quad.object
                if kind in classes:
                    add((convert(quad.subject), convert(predicate), convert(kind)))
                    if kind == place:
                        places.add(quad.subject)
            elif predicate == label:
                labels.append(quad)
    for quad in labels:
        if quad.subject in places:
            add((convert(quad.subject), convert(quad.predicate), convert(quad.object)))
    return graph
