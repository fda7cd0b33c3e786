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


# build --add: the derived facts a new source leaves as they were are taken over -----------------
# A membership's triples, its interval's and its instants' depend on the changes of its (person,
# post) holding and on what the union says of that person and post (foaf:name, skos:prefLabel,
# org:postIn, org:role); a succession on the memberships of one post; org:heldBy is said of the
# post. So the facts derived per post are those of every holding of the post. An area served is
# said of an organisation and depends on its labels and on the places labelled as it names them.
LINKS = tuple(
    ox.NamedNode(str(p))
    for p in (ORG.member, GKG.holdsPost, ORG.organization, ORG.role, GKG.startedBy, GKG.endedBy)
)
_HOLDS_POST = ox.NamedNode(str(GKG.holdsPost))
MEMBER = ox.NamedNode(str(ORG.member))
_MEMBER_DURING = ox.NamedNode(str(ORG.memberDuring))
_BOUNDS = (ox.NamedNode(str(TIME.hasBeginning)), ox.NamedNode(str(TIME.hasEnd)))
CHANGES = (ox.NamedNode(str(GKG.startedBy)), ox.NamedNode(str(GKG.endedBy)))
HELD_BY = ox.NamedNode(str(ORG.heldBy))
AREA_SERVED = ox.NamedNode(str(SDO.areaServed))
_MEMBERSHIP = ox.NamedNode(str(ORG.Membership))
_TYPE = ox.NamedNode(str(RDF.type))


@dataclass
class PreviousFacts:
    """A build's derived facts (the quads of its derived-facts graph) by what they derive from:
    each membership's post and the nodes it links to, the membership each interval and instant
    belongs to. Made by :func:`previous_facts`."""

    quads: list[ox.Quad]
    post_of: dict[object, object]  # membership → its post
    owner: dict[object, object]  # membership, its interval, its instants → the membership
    by_link: dict[object, set]  # a person, post, organisation, role or change → posts linked

    def memberships(self, posts: set) -> list:
        """The memberships of ``posts``."""
        return [m for m, post in self.post_of.items() if post in posts]

    def linked(self, memberships: Iterable, predicates: Iterable[ox.NamedNode]) -> set:
        """The objects of ``memberships``' triples of ``predicates``."""
        wanted, chosen = set(predicates), set(memberships)
        return {q.object for q in self.quads if q.subject in chosen and q.predicate in wanted}

    def kept(self, posts: set, organizations: set) -> list[ox.Quad]:
        """The quads not derived from ``posts``' holdings nor areas of ``organizations``."""
        owner, post_of = self.owner, self.post_of
        return [
            q
            for q in self.quads
            if not (
                (q.subject in owner and post_of[owner[q.subject]] in posts)
                or (q.predicate == HELD_BY and q.subject in posts)
                or (q.predicate == AREA_SERVED and q.subject in organizations)
            )
        ]


def previous_facts(quads: list[ox.Quad]) -> PreviousFacts | None:
    """The derived facts ``quads`` (one graph's) indexed by what they derive from; None when a
    quad is none of the kinds :func:`derive_from_union` writes (a membership with no or two posts,
    a node of no membership, a predicate said of posts or organisations other than org:heldBy
    and schema:areaServed)."""
    post_of: dict[object, object] = {}
    for q in quads:
        if q.predicate == _TYPE and q.object == _MEMBERSHIP:
            post_of[q.subject] = None
    owner = {m: m for m in post_of}
    by_link: dict[object, set] = defaultdict(set)
    links = set(LINKS)
    intervals: dict[object, object] = {}
    for q in quads:
        if q.subject in post_of:
            if q.predicate == _HOLDS_POST:
                if post_of[q.subject] is not None:
                    return None
                post_of[q.subject] = q.object
            elif q.predicate == _MEMBER_DURING:
                intervals[q.object] = q.subject
    if any(post is None for post in post_of.values()):
        return None
    for q in quads:
        if q.subject in post_of and q.predicate in links:
            by_link[q.object].add(post_of[q.subject])
    for interval, membership in intervals.items():
        if owner.setdefault(interval, membership) != membership:
            return None
    for q in quads:
        if q.subject in intervals and q.predicate in _BOUNDS:
            membership = intervals[q.subject]
            if owner.setdefault(q.object, membership) != membership:
                return None
    for q in quads:
        if q.subject not in owner and q.predicate not in (HELD_BY, AREA_SERVED):
            return None
    return PreviousFacts(quads, post_of, owner, dict(by_link))
