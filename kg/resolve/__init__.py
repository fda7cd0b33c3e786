"""Resolution: the same records, with names pointing at canonical entities.

Runs after extraction over all records of a source. It fills the ``*_resolved`` fields (agencies,
places, persons) and never touches what the text wrote: surface forms stay in their own fields and
end up as skos:altLabel or gkg:nameAsWritten. Resolution is by reviewed tables and rules
(kg.resolve.agencies, kg.resolve.places, kg.resolve.persons), never by guessing members of a
collective party.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.records import (
    CatalogueEntryRecord,
    DocumentRecord,
    EventRecord,
    ExtractionWarning,
    OrganizationChangeRecord,
    PersonnelChangeRecord,
    ProjectRecord,
    Record,
)
from kg.resolve import agencies, persons, places
from kg.text.normalize import clean
from kg.text.reading import read_text


def agency_name(
    surface: str | None, government: str | None, extracted: str | None = None
) -> str | None:
    """The canonical name of ``surface``; where the rules find nothing better than the surface
    form, a name the extractor resolved itself (from the text around it) is kept."""
    if not surface:
        return extracted
    name = agencies.resolve(surface, government).name
    if extracted and name == read_text(clean(surface).replace(" ", "")):
        return agencies.resolve(extracted, government).name
    return name


# How each organ of a joint title ends, its organs parted by spaces as a portal writes them
# (成都市发展和改革委员会 中共成都市委社会工作部 …, 财政部 科技部 教育部 发展改革委).
_ORGAN_END = re.compile(r"[部委局厅廳办辦院会會室府组組处處署行心]$")


def issuer_name(surface: str | None, government: str | None) -> str | None:
    """The canonical name of a document's issuer; the organs of a joint title written apart by
    spaces each resolved and joined by 、 (so the graph gives each its organisation, not one
    organisation of all their names run together)."""
    parts = (surface or "").split()
    if len(parts) > 1 and all(len(p) >= 2 and _ORGAN_END.search(p) for p in parts):
        return "、".join(n for p in parts if (n := agency_name(p, government)))
    return agency_name(surface, government)


def resolve_records(records: list[Record], government: str | None) -> list[Record]:
    """Fill the resolved fields of ``records`` (of a text of ``government``) in place; return them
    plus any warnings."""
    for record in records:
        if isinstance(record, DocumentRecord):
            record.issuer_resolved = issuer_name(record.issuer, government)
            record.addressees_resolved = [agency_name(a, government) for a in record.addressees]
        elif isinstance(record, CatalogueEntryRecord):
            record.issuer_resolved = issuer_name(record.issuer, government)
        elif isinstance(record, PersonnelChangeRecord):
            record.organization_resolved = agency_name(
                record.organization, government, record.organization_resolved
            )
            record.decided_by_resolved = agency_name(
                record.decided_by, government, record.decided_by_resolved
            )
        elif isinstance(record, OrganizationChangeRecord):
            record.original_resolved = agency_name(record.original, government)
            record.resulting_resolved = agency_name(record.resulting, government)
        elif isinstance(record, ProjectRecord):
            record.responsible_resolved = [agency_name(r, government) for r in record.responsible]
            record.locations_resolved = [
                places.resolve(p, government).name for p in record.locations
            ]
    return records + list(_repair_names(records))


def _repair_names(records: list[Record]) -> Iterator[ExtractionWarning]:
    """Resolve typos in participants' names against the names the same source gives often."""
    events = [r for r in records if isinstance(r, EventRecord)]
    names = [p.name for e in events for p in e.participants]
    names += [r.person for r in records if isinstance(r, PersonnelChangeRecord)]
    repairs = persons.typo_repairs(names)
    for event in events:
        for participant in event.participants:
            meant = repairs.get(participant.name)
            participant.name_resolved = meant or participant.name
            if meant:
                yield ExtractionWarning(
                    event.source,
                    genre="resolve",
                    message=f"name {participant.name!r} read as {meant!r} (typo of the original)",
                )
