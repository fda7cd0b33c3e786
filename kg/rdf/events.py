"""RDF mapping of events: chronicle entries and news briefs as schema:Event + prov:Activity.

Each participant is a gkg:Participation node (minted under the event) that keeps the role as
written that day and how the person took part (参加, 列席, 主持…), so that a person's titles over
time and who met whom are answerable without reading the text again.
"""

from __future__ import annotations

from kg.namespaces import GKG, PROV, RDF, SDO, XSD
from kg.rdf.context import MapContext
from kg.records import EventRecord


def event_label(record: EventRecord) -> str:
    """2023-06-08 市政府常务会议 (the date as the text gives it: 06-08 for a month and day)."""
    when = record.date or (record.month_day or "").lstrip("-")
    what = record.title or ("政府记事" if record.genre == "chronicle" else "政务简讯")
    return f"{when} {what}" if when else what


def map_event(record: EventRecord, ctx: MapContext) -> None:
    iri = ctx.minter.event(
        ctx.source_key, record.date, f"{record.source.start_line}|{record.title}"
    )
    g = ctx.graph
    g.add((iri, RDF.type, SDO.Event))
    g.add((iri, RDF.type, PROV.Activity))
    g.add((iri, RDF.type, GKG.ChronicleEntry if record.genre == "chronicle" else GKG.NewsBrief))
    ctx.label(iri, record.title, SDO.name)
    ctx.names(iri, event_label(record))
    ctx.date(iri, SDO.startDate, record.date)
    ctx.date(iri, SDO.endDate, record.end_date)  # the last day of a range (8—9日)
    # A text without the year: the month and day alone (xsd:gMonthDay), never a guessed year.
    ctx.add(iri, GKG.startMonthDay, record.month_day, datatype=XSD.gMonthDay)
    ctx.add(iri, GKG.endMonthDay, record.end_month_day, datatype=XSD.gMonthDay)
    ctx.issued_in(iri)
    ctx.derived(iri, record.source)
    for index, participant in enumerate(record.participants, 1):
        person = ctx.person(record.source, participant.name_resolved or participant.name)
        node = ctx.minter.sub(iri, "participation", index, participant.name)
        g.add((node, RDF.type, GKG.Participation))
        g.add((iri, GKG.participation, node))
        g.add((node, GKG.participant, person))
        g.add((iri, SDO.attendee, person))
        ctx.add(node, GKG.roleAsStated, participant.role, lang="zh")
        ctx.names(
            node,
            f"{participant.role or ''}{participant.name}"
            f"{participant.attendance or '出席'}{record.title or event_label(record)}",
        )
        ctx.add(node, GKG.attendanceAsStated, participant.attendance, lang="zh")
        if participant.name_resolved and participant.name_resolved != participant.name:
            ctx.add(node, GKG.nameAsWritten, participant.name, lang="zh")
        ctx.derived(node, record.source)
