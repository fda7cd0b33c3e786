"""RDF mapping of plans and their key projects (ontology/modules/plans.ttl).

* A plan is a ``gkg:Plan`` (an ``eli:LegalResource``) with the IRI of a document known by its title
  (:func:`plan_iri`, which the indicators mapper uses too); the notice that promulgates it
  ``gkg:promulgates`` it and ``eli:has_part`` it (an attachment is part of its 公文, GB/T 9704).
* A project is a ``gkg:Project`` (a ``schema:Project``) with IRI ``Minter.project(plan, list, seq)``;
  when 序号 restart per section (or per table) the list key also names that scope, so rows never
  share an IRI. Its budget is a ``schema:MonetaryAmount`` node: ``schema:value`` the decimal as
  written, ``gkg:amountUnit`` the unit of the header (亿元), ``schema:currency`` "CNY",
  ``gkg:unitMultiplier`` and the exact ``gkg:amountInYuan``; 待定 gives ``gkg:budgetUnknown true``.
* Each responsible party is a ``gkg:Responsibility`` node (a ``prov:Attribution``) under the project,
  with ``gkg:position`` 1..n, ``gkg:lead`` true for the first, ``gkg:roleText`` the column header,
  and ``prov:agent`` the organisation (a ``gkg:CollectiveParty`` for 相关县(市、区)政府).
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal

from rdflib import Literal, URIRef

from kg.namespaces import ELI, GKG, PROV, RDF, RDFS, SDO, XSD
from kg.rdf.context import MapContext
from kg.records import PlanRecord, ProjectRecord
from kg.tables import read_tsv

LIST_SCHEME = "project-list"
TYPE_SCHEME = "construction-type"
CURRENCY = "CNY"


def plan_iri(ctx: MapContext, title: str) -> URIRef:
    """The IRI of the plan titled ``title`` in the text's government (a document known by title)."""
    return ctx.minter.document_by_title(ctx.government, title)


def map_plan(record: PlanRecord, ctx: MapContext) -> None:
    iri = ctx.document(record.source, title=record.title)
    assert iri is not None  # (known by its title)
    g = ctx.graph
    g.add((iri, RDF.type, GKG.Plan))
    ctx.label(iri, record.title)
    _period(ctx, iri, record.period_start, record.period_end)
    if record.notice:
        notice = ctx.document(record.source, number=record.notice)
        if notice is not None:  # (None: a 主席令 number without its term)
            g.add((notice, GKG.promulgates, iri))
            g.add((notice, ELI.has_part, iri))
    ctx.issued_in(iri)


def map_project(record: ProjectRecord, ctx: MapContext) -> None:
    iri = project_iri(record, ctx)
    g = ctx.graph
    g.add((iri, RDF.type, GKG.Project))
    g.add((iri, RDF.type, SDO.Project))
    ctx.derived(iri, record.source)
    ctx.issued_in(iri)
    if record.plan:
        g.add((iri, GKG.partOfPlan, plan_iri(ctx, record.plan)))
    g.add((iri, GKG.projectList, ctx.minter.concept(LIST_SCHEME, record.list)))
    ctx.add(iri, GKG.projectSequence, record.seq, datatype=XSD.positiveInteger)
    ctx.label(iri, record.name)
    ctx.add(iri, GKG.tableTitle, record.table, lang="zh")
    ctx.add(iri, GKG.projectSection, record.section, lang="zh")
    _construction_type(ctx, iri, record.construction_type)
    _locations(ctx, iri, record)
    ctx.add(iri, GKG.indicatorContribution, record.indicator, lang="zh")
    ctx.add(iri, SDO.description, record.content, lang="zh")
    _period(ctx, iri, record.period_start, record.period_end)
    _budget(ctx, iri, record)
    g.add((iri, GKG.targetsUnmetIndicator, Literal(record.flagged)))
    _responsibilities(ctx, iri, record)


def project_iri(record: ProjectRecord, ctx: MapContext) -> URIRef:
    """Plan (or, for a table outside any plan, the source), list (with its numbering scope), 序号."""
    list_key = f"{record.list}|{record.seq_scope}" if record.seq_scope else record.list
    return ctx.minter.project(record.plan or ctx.source_key, list_key, record.seq)


def _period(ctx: MapContext, iri: URIRef, start: str | None, end: str | None) -> None:
    for year, as_year, as_number in (
        (start, GKG.periodStart, GKG.periodStartYear),
        (end, GKG.periodEnd, GKG.periodEndYear),
    ):
        if year:
            ctx.date(iri, as_year, year)
            ctx.add(iri, as_number, int(year), datatype=XSD.integer)


def _construction_type(ctx: MapContext, iri: URIRef, written: str | None) -> None:
    if not written:
        return
    ctx.add(iri, GKG.constructionTypeText, written, lang="zh")
    notation = construction_types().get(written.replace(" ", ""))
    if notation:
        ctx.graph.add((iri, GKG.constructionType, ctx.minter.concept(TYPE_SCHEME, notation)))


def _locations(ctx: MapContext, iri: URIRef, record: ProjectRecord) -> None:
    resolved = record.locations_resolved or [None] * len(record.locations)
    for written, name in zip(record.locations, resolved, strict=False):
        place = ctx.place(record.source, _without_etc(name or written))
        ctx.graph.add((iri, SDO.location, place))


def _without_etc(name: str) -> str:
    """市住建局等 → 市住建局: 等 (and others) closes a list; it is no part of a name."""
    return re.sub(r"(?<=..)等(?:地|地区|单位|部门)?$", "", name)


def _budget(ctx: MapContext, iri: URIRef, record: ProjectRecord) -> None:
    g = ctx.graph
    if record.budget is None:
        g.add((iri, GKG.budgetUnknown, Literal(True)))
        return
    node = ctx.minter.sub(iri, "budget")
    g.add((iri, GKG.budget, node))
    g.add((node, RDF.type, SDO.MonetaryAmount))
    g.add((node, SDO.value, Literal(record.budget, datatype=XSD.decimal)))
    g.add((node, SDO.currency, Literal(CURRENCY)))
    ctx.add(node, GKG.amountUnit, record.budget_unit, lang="zh")
    multiplier = money_units().get(record.budget_unit or "")
    if multiplier is not None:
        g.add((node, GKG.unitMultiplier, Literal(_plain(multiplier), datatype=XSD.decimal)))
        yuan = Decimal(record.budget) * multiplier
        g.add((node, GKG.amountInYuan, Literal(_plain(yuan), datatype=XSD.decimal)))
    amount = f"{record.budget}{record.budget_unit or ''}"
    in_yuan = f"{_plain(Decimal(record.budget) * multiplier)} yuan" if multiplier else amount
    ctx.names(node, f"{record.name}投资预算{amount}", f"budget of {record.name}: {in_yuan}")
    ctx.derived(node, record.source)


def _plain(value: Decimal) -> str:
    """A decimal's exact value without exponent or trailing zeros: 2000000000, 37000000."""
    return format(value.normalize(), "f")


def _responsibilities(ctx: MapContext, iri: URIRef, record: ProjectRecord) -> None:
    g = ctx.graph
    resolved = record.responsible_resolved or [None] * len(record.responsible)
    roles = record.responsible_roles or [None] * len(record.responsible)
    for position, (surface, name, role) in enumerate(
        zip(record.responsible, resolved, roles, strict=False), 1
    ):
        node = ctx.minter.sub(iri, "responsibility", position)
        g.add((iri, GKG.responsibility, node))
        g.add((node, RDF.type, GKG.Responsibility))
        g.add((node, RDF.type, PROV.Attribution))
        agent = ctx.organization(record.source, _without_etc(name or surface), surface)
        who = str(g.value(agent, RDFS.label) or surface)
        lead = position == 1 and len(record.responsible) > 1
        ctx.names(
            node,
            f"{who}负责{record.name}" + ("（牵头）" if lead else ""),
            f"{who} responsible for {record.name}" + (" (lead)" if lead else ""),
        )
        g.add((node, PROV.agent, agent))
        g.add((node, GKG.position, Literal(position, datatype=XSD.positiveInteger)))
        g.add((node, GKG.lead, Literal(position == 1)))
        ctx.add(node, GKG.roleText, role, lang="zh")
        ctx.derived(node, record.source)


@functools.cache
def construction_types() -> dict[str, str]:
    """Written construction type → concept notation (kg/data/construction_types.tsv)."""
    return {row["written"]: row["notation"] for row in read_tsv("construction_types.tsv")}


@functools.cache
def money_units() -> dict[str, Decimal]:
    """Money unit as written → how many yuan it is (kg/data/money_units.tsv)."""
    return {row["unit"]: Decimal(row["multiplier"]) for row in read_tsv("money_units.tsv")}
