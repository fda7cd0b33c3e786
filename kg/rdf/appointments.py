"""RDF mapping of personnel changes (人事任免): one gkg:PersonnelChange per record.

The change (a prov:Activity) links the person, the post (org:Post in its organisation, with a role
concept from the post-role scheme), the deciding body, the decision date at the precision the text
gives, the probation as an xsd:duration plus its wording, the acting flag, the wording of the change
and the notice or issue that records it. Memberships are not stated here: they are derived later
from the appoint/remove pairs of one (person, post); see ontology/modules/appointments.ttl.
"""

from __future__ import annotations

from rdflib import Literal, URIRef

from kg.extract.appointments import post_title, probation_duration
from kg.namespaces import GKG, ORG, PROV, RDF, SKOS, XSD
from kg.rdf.context import MapContext
from kg.records import PersonnelChangeRecord, Record
from kg.text.reading import read_text

ACTIONS = ("appoint", "remove", "confirm", "nominate")
ACTION_SCHEME = "personnel-action"
ROLE_SCHEME = "post-role"


def map_personnel_change(record: Record, ctx: MapContext) -> None:
    """Write one personnel change, its post and the links to person, organisation and notice."""
    assert isinstance(record, PersonnelChangeRecord)
    span = record.source
    person = ctx.person(span, record.person)
    post = _post(record, ctx)
    change = ctx.minter.personnel_change(
        _notice_key(record, ctx), record.person, str(post), record.action
    )
    ctx.add(change, RDF.type, GKG.PersonnelChange)
    ctx.add(change, GKG.personnelAction, action_concept(ctx, record.action))
    ctx.add(change, GKG.concernsPerson, person)
    ctx.add(change, GKG.concernsPost, post)
    _decision(record, change, ctx)
    _probation(record, change, ctx)
    ctx.add(change, GKG.acting, record.acting)
    ctx.label(change, record.form, GKG.changeWording)
    ctx.label(change, record.note, GKG.changeNote)
    ctx.label(change, record.notice, GKG.noticeTitle)
    post_name = str(ctx.graph.value(post, SKOS.prefLabel) or record.post)
    ctx.names(change, *change_labels(record.action, record.person, post_name))
    for notice in _recorded_in(record, ctx):
        ctx.add(change, GKG.recordedIn, notice)
    ctx.derived(change, span)


_LABELS = {  # action → (Chinese, English) label of a change, from person and post
    "appoint": ("任命{person}为{post}", "appointment of {person} as {post}"),
    "remove": ("免去{person}的{post}职务", "removal of {person} from {post}"),
    "confirm": ("{person}任{post}试用期满正式任职", "confirmation of {person} as {post}"),
    "nominate": ("提名{person}为{post}人选", "nomination of {person} for {post}"),
}


def change_labels(action: str, person: str, post: str) -> tuple[str, str]:
    """任命林国锋为温州市…局长 / appointment of 林国锋 as 温州市…局长."""
    zh, en = _LABELS[action]
    return zh.format(person=person, post=post), en.format(person=person, post=post)


def action_concept(ctx: MapContext, action: str) -> URIRef:
    if action not in ACTIONS:
        raise ValueError(f"unknown personnel action {action!r}")
    return ctx.minter.concept(ACTION_SCHEME, action)


def _post(record: PersonnelChangeRecord, ctx: MapContext) -> URIRef:
    """The org:Post: role at organisation (the resolved full name when known). With a resolved
    organisation, whose canonical name is in simplified script (kg.resolve.agencies), the role is
    read so too: 常州市武进区人民政府区长 of a traditional text's 區(qū)長, one post for all scripts
    and no label of two scripts."""
    span = record.source
    org_name = record.organization_resolved or record.organization
    role = read_text(record.post) if record.organization_resolved else record.post
    post = ctx.minter.post(org_name, role)
    ctx.add(post, RDF.type, ORG.Post)
    ctx.label(post, f"{org_name or ''}{role}", SKOS.prefLabel)
    ctx.names(post, f"{org_name or ''}{role}")
    if org_name:
        ctx.add(post, ORG.postIn, ctx.organization(span, org_name, record.organization))
    title = post_title(record.post)
    if title is not None:
        ctx.add(post, ORG.role, ctx.minter.concept(ROLE_SCHEME, title.notation))
    ctx.derived(post, span)
    return post


def _decision(record: PersonnelChangeRecord, change: URIRef, ctx: MapContext) -> None:
    name = record.decided_by_resolved or record.decided_by
    if name:
        body = ctx.organization(record.source, name, record.decided_by)
        ctx.add(change, GKG.decidingBody, body)
        # the super-property too, for readers without RDFS reasoning
        ctx.add(change, PROV.wasAssociatedWith, body)
    ctx.label(change, record.meeting, GKG.decidingMeeting)
    ctx.date(change, GKG.decisionDate, record.date)


def _probation(record: PersonnelChangeRecord, change: URIRef, ctx: MapContext) -> None:
    if not record.probation:
        return
    ctx.label(change, record.probation, GKG.probationText)
    duration = probation_duration(record.probation)
    if duration:
        ctx.add(change, GKG.probationPeriod, Literal(duration, datatype=XSD.duration))


def _notice_key(record: PersonnelChangeRecord, ctx: MapContext) -> str:
    """A numbered 任免通知 is the same notice wherever it is printed; otherwise the notice is the
    section of this source that lists the change."""
    if record.notice_number:
        return f"{ctx.government}|{record.notice_number}"
    return f"{ctx.source_key}|{record.notice or ''}"


def _recorded_in(record: PersonnelChangeRecord, ctx: MapContext) -> list[URIRef]:
    found = [ctx.source_iri]
    if record.notice_number:
        notice = ctx.document(record.source, number=record.notice_number)
        found += [notice] if notice is not None else []
    return found
