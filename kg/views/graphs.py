"""One function per view: RDF graph → networkx graph, reusable in a notebook.

Each function takes an rdflib Graph (the union of a build's named graphs, or any graph using the
gazette-kg vocabulary; or a :class:`~kg.views.reader.Reader` over one, shared between views) and
returns a networkx graph whose node ids are IRIs and whose attributes are plain strings and
numbers, so that ``networkx.write_gexf`` and ``write_graphml`` take it as it is (see
:mod:`kg.views.export`). Attributes every view sets:

- node: ``label``, ``kind`` (a key of :data:`kg.views.reader.KINDS`), ``iri``, ``source``,
  ``lines`` and ``quote`` (the first source span the node was read from), plus view-specific ones
  (``budget``, ``status``, metrics);
- edge: ``label`` (what is drawn on the edge), ``relation``, and where the fact is dated ``date``
  (ISO, any precision) and ``until`` (the day it stopped holding);
- graph: ``title``, ``subtitle``, ``view``, ``sources`` (the issues the shown nodes come from,
  joined with "; "), ``notes`` (one line per caveat, joined with "\\n").

Example::

    from kg.build import load_dataset
    from kg.views import graphs, union_graph
    g = graphs.agencies_graph(union_graph(load_dataset("gazette-kg-out")))
    sorted(g.nodes(data="betweenness"), key=lambda x: -x[1])[:5]
"""

from __future__ import annotations

import functools
from decimal import Decimal, InvalidOperation

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from kg.errors import UsageError
from kg.namespaces import ELI, ORG, PROV, RDF, SDO, SKOS
from kg.views import metrics
from kg.views.reader import Reader, concept_labels, gkg_term

# Property names looked up by local name in the ontology (modules land over time).
_BUDGET = ("budget", "budgetAmount", "amount")
_ACTION = ("action", "changeType", "personnelAction")
_STATUS = ("status", "documentStatus", "legalStatus")
_EFFECTIVE = ("effectiveFrom", "effectiveDate", "dateEffective")

YUAN_PER_UNIT = Decimal(100_000_000)  # budgets are shown in 亿元
ACTION_NAMES = {"appoint": "任", "remove": "免", "amend": "修改", "repeal": "废止"}


def _terms(names: tuple[str, ...]) -> list[URIRef]:
    return [t for t in (gkg_term(n) for n in names) if t is not None]


def node_attrs(reader: Reader, node: URIRef) -> dict[str, str | float | int]:
    """The attributes every view gives a node: label, kind, IRI and where it was read."""
    attrs: dict[str, str | float | int] = {
        "label": reader.label(node),
        "kind": reader.kind(node) or "other",
        "iri": str(node),
    }
    attrs.update(details(reader, node, str(attrs["kind"])))
    prov = reader.provenance(node)
    if prov is not None:
        attrs.update(source=prov.source, lines=prov.lines, quote=prov.quote)
    return attrs


def details(reader: Reader, node: URIRef, kind: str) -> dict[str, str]:
    """The key properties a tooltip shows for a node of ``kind`` (only those the graph states)."""
    g, found = reader.graph, {}
    if kind == "document":
        found["number"] = reader.value(node, ELI.number)
        found["date"] = reader.date(node, ELI.date_document, ELI.date_publication, fallback=False)
    elif kind == "project":
        start, end = (reader.value(node, *_terms((n,))) for n in ("periodStart", "periodEnd"))
        found["period"] = "–".join(p for p in (start, end) if p) or None
        found["section"] = reader.value(node, *_terms(("projectSection",)))
        found["construction"] = reader.value(node, *_terms(("constructionTypeText",)))
        found["places"] = "、".join(sorted(reader.label(o) for o in g.objects(node, SDO.location)))
    elif kind == "organization":
        found["aliases"] = "、".join(sorted(str(o) for o in g.objects(node, SKOS.altLabel)))
        found["agency_kind"] = reader.notation(node, ORG.classification, "agency-kind")
        found["government"] = reader.government(node)
    elif kind == "event":
        found["date"] = reader.date(node, SDO.startDate, PROV.startedAtTime)
    elif kind == "change":
        found["action"] = _action(reader, node)
        found["date"] = reader.date(node)
    return {key: value for key, value in found.items() if value}


def _finish(
    g: nx.Graph, reader: Reader, view: str, title: str, subtitle: str, notes: list[str]
) -> nx.Graph:
    g.graph.update(
        view=view,
        title=title,
        subtitle=subtitle,
        sources="; ".join(reader.sources(URIRef(n) for n in g.nodes)),
        notes="\n".join(notes),
    )
    return g


# ---------------------------------------------------------------------------------- lookups


# What makes an agency or a person worth a default view: the facets of its page, each the kinds
# of entity linked to it that the page draws (an agency's projects, its posts; a person's posts
# over time, through appointments and removals or held, and the meetings attended).
_FOCUS_FACETS: dict[str, tuple[frozenset[str], ...]] = {
    "organization": (frozenset({"project"}), frozenset({"post"})),
    "person": (frozenset({"change", "post"}), frozenset({"event"})),
}


def resolve_focus(reader: Reader, kind: str, focus: str | None) -> URIRef:
    """The entity of ``kind`` named by ``focus`` (an IRI, an exact label, or a unique part of one).

    Without ``focus``, the entity with the most to show: first one whose page has every facet
    (an agency's projects and posts; a person's posts over time and meetings), then the most
    distinct entities of those kinds linked to it (projects and posts; appointments, removals,
    posts and meetings), ties broken by label, so that a default view is never the near-empty
    page of an agency that only signs documents or of a person with one appointment.
    """
    candidates = reader.entities(kind)
    if not candidates:
        raise UsageError(f"the graph has no {kind} to show")
    if focus is None:
        return max(candidates, key=lambda c: (_richness(reader, c, kind), _neg(reader, c)))
    if URIRef(focus) in candidates:
        return URIRef(focus)
    exact = [c for c in candidates if focus in _names(reader, c)]
    if len(exact) == 1:
        return exact[0]
    partial = [c for c in candidates if any(focus in n for n in _names(reader, c))]
    if len(partial) == 1:
        return partial[0]
    if not partial:
        raise UsageError(f"no {kind} named {focus!r}")
    names = ", ".join(sorted(reader.label(c) for c in partial)[:8])
    raise UsageError(f"{focus!r} names {len(partial)} entities of kind {kind}: {names}")


def _richness(reader: Reader, node: URIRef, kind: str) -> tuple[int, ...]:
    """(anything to show, a single body not a collective party, facets shown, entities shown,
    links): the larger, the fuller the entity's page."""
    facets = _FOCUS_FACETS.get(kind, ())
    wanted = frozenset().union(*facets)
    linked = {o for _, o, _ in reader.links(node)}
    kinds = [reader.kind(o) for o in linked]
    shown = sum(1 for k in kinds if k in wanted)
    present = sum(1 for facet in facets if any(k in facet for k in kinds))
    collective = gkg_term("CollectiveParty")
    single = collective is None or (node, RDF.type, collective) not in reader.graph
    return (min(shown, 1), int(single), present, shown, len(linked))


def _neg(reader: Reader, node: URIRef) -> tuple[int, ...]:
    """Sort key favouring the alphabetically first label under max()."""
    return tuple(-ord(ch) for ch in reader.label(node))


def _names(reader: Reader, node: URIRef) -> set[str]:
    names = {reader.label(node)}
    for predicate in (SKOS.altLabel, SKOS.prefLabel):
        names.update(str(o) for o in reader.graph.objects(node, predicate))
    return names


def budget(reader: Reader, project: Node) -> float | None:
    """A project's budget in 亿元 (10^8 yuan): gkg:amountInYuan when the graph states it, so that
    tables written in 万元 compare; else the schema:value as written."""
    in_yuan = gkg_term("amountInYuan")
    for predicate in _terms(_BUDGET):
        for obj in sorted(reader.graph.objects(project, predicate)):
            if isinstance(obj, Literal):
                return _number(obj)
            yuan = reader.graph.value(obj, in_yuan) if in_yuan is not None else None
            if yuan is not None and _number(yuan) is not None:
                return float(Decimal(str(yuan)) / YUAN_PER_UNIT)
            value = reader.graph.value(obj, SDO.value)
            if value is not None:
                return _number(value)
    return None


def _number(value: Node) -> float | None:
    try:
        return float(Decimal(str(value)))
    except (InvalidOperation, ValueError):
        return None


def _action(reader: Reader, change: Node) -> str:
    text = reader.value(change, *_terms(_ACTION))
    return ACTION_NAMES.get(text or "", text or "任免")


def _dated_label(action: str, date: str | None) -> str:
    return f"{action} {date}" if date else action


# ---------------------------------------------------------------------------------- bureau


def bureau_graph(graph: Graph | Reader, focus: str | None = None) -> nx.MultiDiGraph:
    """One agency: its projects (sized by budget), the agencies sharing them, its posts and the
    persons appointed to or removed from them (edges labelled with the action and date)."""
    reader = Reader.of(graph)
    agency = resolve_focus(reader, "organization", focus)
    g = nx.MultiDiGraph()
    g.add_node(str(agency), **node_attrs(reader, agency), focus=1)
    for project in reader.neighbours(agency, "project"):
        _add_project(g, reader, agency, project)
    for post in reader.neighbours(agency, "post"):
        _add_post(g, reader, agency, post)
    name = reader.label(agency)
    notes = [] if g.number_of_nodes() > 1 else [f"{name}: no projects or posts in the graph"]
    return _finish(
        g,
        reader,
        "bureau",
        f"{name}: projects, partners, posts and people",
        "projects sized by budget; edges to people carry the action and date",
        notes,
    )


def _add_project(g: nx.MultiDiGraph, reader: Reader, agency: URIRef, project: URIRef) -> None:
    amount = budget(reader, project)
    attrs = node_attrs(reader, project)
    if amount is not None:
        attrs["budget"] = amount
    g.add_node(str(project), **attrs)
    partners = reader.neighbours(project, "organization")
    for org in partners:
        if str(org) not in g:
            g.add_node(str(org), **node_attrs(reader, org))
        role = "lead" if _is_lead(reader, project, org) else "responsible"
        g.add_edge(str(org), str(project), label=role, relation=role)


def _is_lead(reader: Reader, project: URIRef, org: URIRef) -> bool:
    """Whether ``org`` leads ``project``: its gkg:Responsibility says gkg:lead true."""
    lead = gkg_term("lead")
    if lead is None:
        return False
    return any(reader.graph.value(r, lead) == Literal(True) for r in reader.via_nodes(project, org))


def _add_post(g: nx.MultiDiGraph, reader: Reader, agency: URIRef, post: URIRef) -> None:
    g.add_node(str(post), **node_attrs(reader, post))
    g.add_edge(str(post), str(agency), label="post in", relation="postIn")
    for person, attrs in _holders(reader, post):
        if str(person) not in g:
            g.add_node(str(person), **node_attrs(reader, person))
        g.add_edge(str(person), str(post), **attrs)


def _holders(reader: Reader, post: URIRef) -> list[tuple[URIRef, dict]]:
    """(person, edge attributes) for each change or holding of ``post``, in date order."""
    found: list[tuple[URIRef, dict]] = []
    for change in reader.neighbours(post, "change"):
        action, date = _action(reader, change), reader.date(change)
        prov = reader.provenance(change)
        for person in reader.neighbours(change, "person"):
            attrs = {"label": _dated_label(action, date), "relation": action}
            if date:
                attrs["date"] = date
            if prov is not None:
                attrs.update(quote=prov.quote, source=prov.source, lines=prov.lines)
            found.append((person, attrs))
    if not found:
        for person in reader.neighbours(post, "person"):
            found.append((person, {"label": "holds", "relation": "heldBy"}))
    found.sort(key=lambda item: (item[1].get("date", ""), str(item[0])))
    _close_appointments(found)
    return found


def _close_appointments(found: list[tuple[URIRef, dict]]) -> None:
    """Give an appointment the date of the person's next removal from the same post as "until",
    so that the page's date filter shows who held the post on a chosen day."""
    for i, (person, attrs) in enumerate(found):
        if attrs["relation"] != ACTION_NAMES["appoint"] or "date" not in attrs:
            continue
        for other, later in found[i + 1 :]:
            if (
                other == person
                and later["relation"] == ACTION_NAMES["remove"]
                and later.get("date", "") > attrs["date"]
            ):
                attrs["until"] = later["date"]
                break


# ---------------------------------------------------------------------------------- agencies


def agencies_graph(graph: Graph | Reader) -> nx.Graph:
    """Agencies linked when they share responsibility for a project; edge weight = shared projects,
    edge ``budget`` = their summed budget. Nodes carry ``agency_kind`` (org:classification's
    notation), ``government`` (whose gazette named it), ``degree``, ``weighted_degree`` (by
    budget) and ``betweenness`` (sampled above :data:`kg.views.metrics.EXACT_BETWEENNESS_MAX`
    nodes)."""
    reader = Reader.of(graph)
    g = nx.Graph()
    for project in reader.entities("project"):
        orgs = [str(o) for o in reader.neighbours(project, "organization")]
        amount = budget(reader, project) or 0.0
        for org in orgs:
            if org not in g:
                g.add_node(org, **node_attrs(reader, URIRef(org)), projects=0, budget=0.0)
            g.nodes[org]["projects"] += 1
            g.nodes[org]["budget"] += amount
        _link_partners(g, orgs, amount, reader.label(project))
    notes = metrics.annotate(g, weight="budget", betweenness=True)
    if not g.number_of_nodes():
        notes.append("the graph holds no projects with responsible agencies")
    return _finish(
        g,
        reader,
        "agencies",
        "Agencies sharing responsibility for projects",
        "colour: kind of agency; boxes: the government whose gazette named it; node size: "
        "budget-weighted degree; edge width: shared projects",
        notes,
    )


def _link_partners(g: nx.Graph, orgs: list[str], amount: float, project: str) -> None:
    for i, a in enumerate(orgs):
        for b in orgs[i + 1 :]:
            if g.has_edge(a, b):
                edge = g.edges[a, b]
                edge["weight"] += 1
                edge["budget"] += amount
                edge["projects"] = f"{edge['projects']}；{project}"
            else:
                g.add_edge(a, b, weight=1, budget=amount, projects=project, relation="shares")
            g.edges[a, b]["label"] = f"{g.edges[a, b]['weight']} shared"


# Colours of the agency kinds (kg/ontology: the agency-kind scheme), in legend order.
AGENCY_KIND_COLOURS: dict[str, str] = {
    "government": "#4e79a7",
    "office": "#a0cbe8",
    "department": "#59a14f",
    "administrative-committee": "#8cd17d",
    "public-institution": "#b07aa1",
    "state-owned-enterprise": "#f28e2b",
    "temporary-headquarters": "#ffbe7d",
    "party-organ": "#e15759",
    "congress": "#ff9d9a",
    "collective": "#9d7660",
    "other": "#bab0ac",
}


@functools.cache
def agency_kinds() -> dict[str, tuple[str, str]]:
    """Agency kind → (legend caption, colour): the ontology's labels, our colours."""
    labels = concept_labels("agency-kind")
    kinds = [*AGENCY_KIND_COLOURS, *sorted(set(labels) - set(AGENCY_KIND_COLOURS))]
    return {
        key: (" · ".join(labels.get(key, (key, key))), AGENCY_KIND_COLOURS.get(key, "#c9c9c9"))
        for key in kinds
    }


# ---------------------------------------------------------------------------------- amendments

STATUSES: dict[str, tuple[str, str]] = {
    "repealed": ("repealed · 已废止", "#e15759"),
    "amended": ("amended · 已修改", "#f28e2b"),
    "decision": ("amending or repealing decision · 修改废止决定", "#4e79a7"),
    "in force": ("in force · 有效", "#59a14f"),
    "unknown": ("status not stated · 未注明", "#bab0ac"),
}


def amendments_graph(graph: Graph | Reader) -> nx.MultiDiGraph:
    """Decisions and the documents they amend or repeal, nodes coloured by ``status``: the graph's
    own status when it states one, else repealed / amended from the links shown. Links come from
    gkg:Amendment records (with their effective date and quote) and plain eli:amends/eli:repeals."""
    reader = Reader.of(graph)
    g = nx.MultiDiGraph()
    for decision, target, relation, record in _amendment_links(reader):
        _add_amendment(g, reader, decision, target, relation, record)
    for node, data in g.nodes(data=True):
        data["status"] = _status(reader, URIRef(node), g)
    notes = [] if g.number_of_nodes() else ["the graph holds no amending or repealing decisions"]
    return _finish(
        g,
        reader,
        "amendments",
        "Documents amended or repealed, and by which decisions",
        "colour: the document's status; edges dated by the day the change took effect",
        notes,
    )


def _amendment_links(reader: Reader) -> list[tuple[Node, Node, str, URIRef | None]]:
    """(decision, target, amend|repeal, the gkg:Amendment or None), one per pair and action."""
    found: dict[tuple[Node, Node, str], URIRef | None] = {}
    by, target, action = (
        gkg_term(n) for n in ("amendingDocument", "targetDocument", "amendmentAction")
    )
    for record in reader.entities("amendment"):
        decision = reader.graph.value(record, by) if by is not None else None
        document = reader.graph.value(record, target) if target is not None else None
        if decision is None or document is None:
            continue
        verb = str(reader.graph.value(record, action) or "") if action is not None else ""
        # 宣布失效 (expire) ends the document's force as 废止 does
        relation = "repeal" if verb.endswith(("repeal", "expire")) else "amend"
        found[(decision, document, relation)] = record
    for predicate, relation in ((ELI.amends, "amend"), (ELI.repeals, "repeal")):
        for decision, document in reader.graph.subject_objects(predicate):
            found.setdefault((decision, document, relation), None)
    return sorted((d, t, r, rec) for (d, t, r), rec in found.items())


def _add_amendment(
    g: nx.MultiDiGraph,
    reader: Reader,
    decision: Node,
    target: Node,
    relation: str,
    record: URIRef | None,
) -> None:
    for doc in (decision, target):
        if str(doc) not in g:
            g.add_node(str(doc), **node_attrs(reader, URIRef(doc)))
    attrs: dict = {"relation": relation, "label": ACTION_NAMES[relation]}
    record = record or _amendment_node(reader, decision, target)
    if record is not None:
        date = reader.date(record, *_terms(_EFFECTIVE))
        if date:
            attrs["date"] = date
            attrs["label"] = _dated_label(attrs["label"], date)
        modifications = gkg_term("hasModification")
        if modifications is not None:
            count = len(set(reader.graph.objects(record, modifications)))
            if count:
                attrs["modifications"] = count
        prov = reader.provenance(record)
        if prov is not None:
            attrs.update(quote=prov.quote, source=prov.source, lines=prov.lines)
    g.add_edge(str(decision), str(target), **attrs)


def _amendment_node(reader: Reader, decision: Node, target: Node) -> URIRef | None:
    """The gkg:Amendment linking ``decision`` and ``target``, when the graph has one."""
    shared = set(reader.neighbours(URIRef(decision), "amendment")) & set(
        reader.neighbours(URIRef(target), "amendment")
    )
    return min(shared) if shared else None


def _status(reader: Reader, node: URIRef, g: nx.MultiDiGraph) -> str:
    stated = reader.value(node, *_terms(_STATUS))
    if stated:
        key = stated.lower()
        for status in STATUSES:
            if status in key or key in STATUSES[status][0]:
                return status
    incoming = {d.get("relation") for _, _, d in g.in_edges(str(node), data=True)}
    if "repeal" in incoming:
        return "repealed"
    if "amend" in incoming:
        return "amended"
    if g.out_degree(str(node)):
        return "decision"
    return "unknown"


# ---------------------------------------------------------------------------------- person


def person_graph(graph: Graph | Reader, focus: str | None = None) -> nx.MultiDiGraph:
    """One person: the posts held, gained or left (edges dated), their agencies, the meetings
    attended and the other people present. Meetings are shown only when the graph records them."""
    reader = Reader.of(graph)
    person = resolve_focus(reader, "person", focus)
    g = nx.MultiDiGraph()
    g.add_node(str(person), **node_attrs(reader, person), focus=1)
    for post in _posts_of(reader, person):
        _add_post_of(g, reader, person, post)
    events = reader.neighbours(person, "event")
    for event in events:
        _add_event(g, reader, event)
    name = reader.label(person)
    notes = [] if events else [f"no meetings attended by {name} are recorded in the graph"]
    if not any(d.get("kind") == "post" for _, d in g.nodes(data=True)):
        notes.append(f"no appointments, removals or posts of {name} are recorded in the graph")
    return _finish(
        g,
        reader,
        "person",
        f"{name}: posts over time and meetings attended",
        "edges to posts carry the action and date; meetings link the people present",
        notes,
    )


def _posts_of(reader: Reader, person: URIRef) -> list[URIRef]:
    posts = set(reader.neighbours(person, "post"))
    for change in reader.neighbours(person, "change"):
        posts.update(reader.neighbours(change, "post"))
    return sorted(posts)


def _add_post_of(g: nx.MultiDiGraph, reader: Reader, person: URIRef, post: URIRef) -> None:
    g.add_node(str(post), **node_attrs(reader, post))
    for org in reader.neighbours(post, "organization"):
        if str(org) not in g:
            g.add_node(str(org), **node_attrs(reader, org))
        g.add_edge(str(post), str(org), label="post in", relation="postIn")
    for holder, attrs in _holders(reader, post):
        if holder == person:
            g.add_edge(str(person), str(post), **attrs)


def _add_event(g: nx.MultiDiGraph, reader: Reader, event: URIRef) -> None:
    g.add_node(str(event), **node_attrs(reader, event))
    date = reader.date(event, SDO.startDate, PROV.startedAtTime)
    if date:
        g.nodes[str(event)]["date"] = date
    attendance, role = gkg_term("attendanceAsStated"), gkg_term("roleAsStated")
    for other in reader.neighbours(event, "person"):
        if str(other) not in g:
            g.add_node(str(other), **node_attrs(reader, other))
        via = reader.via_nodes(event, other)
        how = reader.value(via[0], attendance) if via and attendance is not None else None
        attrs = {"label": how or "attended", "relation": "attended"}
        if via and role is not None:
            attrs["role"] = reader.value(via[0], role) or ""
        if date:
            attrs["date"] = date
        g.add_edge(str(other), str(event), **attrs)


# ---------------------------------------------------------------------------------- overview


def overview_graph(graph: Graph | Reader) -> nx.MultiDiGraph:
    """Every drawn entity of the graph by class, linked by the properties between them. Links to
    the gazette issue itself are left out (every entity is part of it); documents keep theirs."""
    reader = Reader.of(graph)
    g = nx.MultiDiGraph()
    for node in reader.entities():
        g.add_node(str(node), **node_attrs(reader, node))
    for node in reader.entities():
        for predicate, other, outgoing in reader.links(node):
            if not outgoing or predicate == PROV.wasDerivedFrom:
                continue
            if reader.kind(other) == "issue" and reader.kind(node) != "document":
                continue
            name = reader.predicate_label(predicate)
            g.add_edge(str(node), str(other), label=name, relation=name)
    metrics.annotate(g, betweenness=False)
    return _finish(
        g,
        reader,
        "overview",
        "The whole graph by class",
        "every entity, coloured by class and sized by degree",
        [],
    )


__all__ = [
    "agencies_graph",
    "amendments_graph",
    "bureau_graph",
    "overview_graph",
    "person_graph",
    "resolve_focus",
]
