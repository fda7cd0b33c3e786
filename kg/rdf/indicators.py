"""RDF mapping of plan indicator tables (RDF Data Cube) and of the figures a plan states about itself.

Modelling (ontology/modules/indicators.ttl, docs/indicators.md):

* a table is a ``gkg:IndicatorTable`` (a ``qb:DataSet`` with ``qb:structure
  gkg:IndicatorTableStructure``), ``dcterms:isPartOf`` its plan;
* a row or a sub-indicator (①②③) is a ``gkg:Indicator`` (a ``skos:Concept``) ``gkg:inTable`` the
  table; a sub-indicator is ``gkg:subIndicatorOf`` its row; nature and met flag belong to it;
* each filled value cell (参照值, 现状值, 近期/远期规划值, 〔累计〕; a dash is no value) is one
  ``qb:Observation``: dimensions ``gkg:indicator`` and ``gkg:valueKind``, measure
  ``gkg:statedValue`` (as written), and, for a number or a bound, ``gkg:numericValue`` (xsd:decimal), ``gkg:comparator`` and ``gkg:unitText``;
  a target whose column's header names whose target it is (苏南目标值, 全省目标值, 省级指标值)
  is of value kind ``target-scoped`` and carries that header as ``gkg:valueColumn``: such columns
  stand side by side for one horizon, so their place (first, second) is no near or far term; its
  IRI keeps the place as its key (opaque, unique per cell, the same as before);
* a stated figure is a ``gkg:StatedFigure``; :func:`figure_iri` gives its IRI to kg.checks so that
  a self-consistency finding's SHACL result focuses on it;
* a project whose 指标贡献 wording names an indicator of the same plan ``gkg:contributesTo`` it
  (:func:`link_contributions`; the wording stays as ``gkg:indicatorContribution``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from rdflib import Graph, Literal, URIRef

from kg.iris import Minter
from kg.namespaces import DCTERMS, GKG, PROV, QB, RDF, SKOS, XSD
from kg.rdf.context import MapContext, concept_labels
from kg.records import IndicatorRecord, Record, StatedFigureRecord
from kg.text.normalize import key

NATURE_SCHEME = "indicator-nature"
VALUE_KIND_SCHEME = "indicator-value-kind"
COMPARATOR_SCHEME = "comparator"
FIGURE_SCHEME = "figure-subject"

_NATURES = {"约束性": "binding", "参考性": "guiding", "预期性": "expected", "指导性": "guiding"}
_COMPARATORS = {
    "≥": "ge", ">=": "ge", "＞=": "ge", "不低于": "ge", "不少于": "ge", "大于等于": "ge",
    "≤": "le", "<=": "le", "＜=": "le", "不高于": "le", "不超过": "le", "小于等于": "le",
    ">": "gt", "＞": "gt", "大于": "gt", "高于": "gt",
    "<": "lt", "＜": "lt", "小于": "lt", "低于": "lt",
}  # fmt: skip
_NUMERIC = re.compile(
    r"^(?P<cmp>" + "|".join(sorted(map(re.escape, _COMPARATORS), key=len, reverse=True)) + r")?"
    r"\s*(?P<num>[-+]?\d+(?:\.\d+)?)\s*(?P<unit>%|％|‰)?$"
)


# ------------------------------------------------------------------------------------ IRIs


def _plan_key(record: IndicatorRecord | StatedFigureRecord) -> str:
    """The plan's title, or — for a table outside any plan — the source file it was read from."""
    return record.plan or record.source.file


def table_iri(record: IndicatorRecord, minter: Minter) -> URIRef:
    return minter.indicator_table(_plan_key(record), record.table)


def indicator_iri(record: IndicatorRecord, minter: Minter, sub: str | None = "") -> URIRef:
    """The row (``sub=None``) or the record's own indicator (default).

    A row is keyed by its table and 序号, a sub-indicator by its row's key and its marker; where
    the table numbers its rows afresh in each group, by the group too (``seq_scope``). A row
    without a 序号 (none printed, none inferred) is keyed by its first line and its name — the
    name alone is not unique (two 其中 rows 本科及以上学历比例 under two rows of one table), the
    line alone neither (the columns of a transposed table all start on one line) — and its
    sub-indicators, which start on the row's line, by that key and their marker."""
    sub = record.sub if sub == "" else sub
    table = f"{record.table}|{record.seq_scope}" if record.seq_scope else record.table
    if record.seq is None:
        row = (record.parent or record.name) if record.sub else record.name
        key = f"{record.source.start_line}|{row}" + (f"|{sub}" if sub else "")
        return minter.indicator(_plan_key(record), table, None, key)
    return minter.indicator(_plan_key(record), table, record.seq, sub)


def figure_iri(record: StatedFigureRecord, minter: Minter) -> URIRef:
    return minter.stated_figure(
        _plan_key(record), record.subject, record.scope, record.table, record.value
    )


def _plan_iri(ctx: MapContext, title: str) -> URIRef:
    from kg.rdf.projects import plan_iri

    return plan_iri(ctx, title)


# ------------------------------------------------------------------------------------ indicators


def map_indicator(record: Record, ctx: MapContext) -> None:
    assert isinstance(record, IndicatorRecord)
    table = _table(record, ctx)
    iri = indicator_iri(record, ctx.minter)
    g = ctx.graph
    g.add((iri, RDF.type, GKG.Indicator))
    g.add((iri, RDF.type, SKOS.Concept))
    g.add((iri, GKG.inTable, table))
    ctx.label(iri, record.name, SKOS.prefLabel)
    ctx.label(iri, record.name)
    notation = f"{record.seq if record.seq is not None else ''}{record.sub or ''}"
    ctx.add(iri, SKOS.notation, notation or None)
    ctx.add(iri, GKG.indicatorSequence, record.seq, datatype=XSD.positiveInteger)
    if record.seq_inferred:
        g.add((iri, GKG.sequenceInferred, Literal(True)))
    if record.sub:
        ctx.add(iri, GKG.subIndicatorMarker, record.sub)
        parent = indicator_iri(record, ctx.minter, sub=None)
        g.add((iri, GKG.subIndicatorOf, parent))
        if (parent, RDF.type, GKG.Indicator) not in g:
            _heading(record, ctx, parent, table)
    ctx.add(iri, GKG.domainText, record.domain, lang="zh")
    ctx.add(iri, GKG.taskText, record.task, lang="zh")
    ctx.add(iri, GKG.unitText, record.unit)
    nature = _NATURES.get((record.nature or "").replace(" ", ""))
    if nature:
        g.add((iri, GKG.nature, ctx.minter.concept(NATURE_SCHEME, nature)))
    if record.met is not None:
        g.add((iri, GKG.meetsReference, Literal(record.met)))
    ctx.derived(iri, record.source)
    for kind, value, year, column in _cells(record):
        _observation(ctx, record, iri, table, kind, value, year, column)
    link_contributions(g, indicators=[iri])


def _heading(record: IndicatorRecord, ctx: MapContext, iri: URIRef, table: URIRef) -> None:
    """The row a sub-indicator is an item of, where that row has no record (it only heads its
    items: no cell of its own): made from the item's record, which names it and spans its line."""
    g = ctx.graph
    g.add((iri, RDF.type, GKG.Indicator))
    g.add((iri, RDF.type, SKOS.Concept))
    g.add((iri, GKG.inTable, table))
    name = record.parent or record.name
    ctx.label(iri, name, SKOS.prefLabel)
    ctx.label(iri, name)
    ctx.add(iri, SKOS.notation, str(record.seq) if record.seq is not None else None)
    ctx.add(iri, GKG.indicatorSequence, record.seq, datatype=XSD.positiveInteger)
    if record.seq_inferred:
        g.add((iri, GKG.sequenceInferred, Literal(True)))
    ctx.add(iri, GKG.domainText, record.domain, lang="zh")
    ctx.add(iri, GKG.taskText, record.task, lang="zh")
    ctx.derived(iri, record.source)


def _table(record: IndicatorRecord, ctx: MapContext) -> URIRef:
    iri = table_iri(record, ctx.minter)
    g = ctx.graph
    g.add((iri, RDF.type, GKG.IndicatorTable))
    g.add((iri, RDF.type, QB.DataSet))
    g.add((iri, QB.structure, GKG.IndicatorTableStructure))
    ctx.label(iri, record.table, DCTERMS.title)
    ctx.names(iri, record.table or record.plan or record.source.file)
    if record.plan:
        g.add((iri, DCTERMS.isPartOf, _plan_iri(ctx, record.plan)))
    ctx.derived(iri, record.source)
    return iri


# The value kind of a target whose column's header names whose target it is (苏南目标值, 全省目标值,
# 省级指标值): not a term, the horizon being the header's year (gkg:refYear) or not stated.
SCOPED_TARGET = "target-scoped"


def _cells(record: IndicatorRecord) -> list[tuple[str, str | None, int | None, str | None]]:
    """(the cell's place, value, year, column): the place is the observation's key and, but for a
    target in a column that names whose target it is (its header, the column), its value kind."""
    return [
        ("reference", record.reference_value, None, None),
        ("baseline", record.baseline, record.baseline_year, None),
        ("target-near", record.target_near, record.target_near_year, record.target_near_column),
        ("target-far", record.target_far, record.target_far_year, record.target_far_column),
        ("cumulative", record.cumulative, None, None),
    ]


def _observation(
    ctx: MapContext,
    record: IndicatorRecord,
    indicator: URIRef,
    table: URIRef,
    kind: str,
    value: str | None,
    year: int | None,
    column: str | None = None,
) -> None:
    if not value or is_empty_mark(value):
        return
    iri = ctx.minter.observation(indicator, kind)  # keyed by the cell's place, scoped or not
    if column:  # 苏南目标值: that area's target; the place among such columns is no term
        kind = SCOPED_TARGET
    g = ctx.graph
    g.add((iri, RDF.type, QB.Observation))
    g.add((iri, QB.dataSet, table))
    g.add((iri, GKG.indicator, indicator))
    g.add((iri, GKG.valueKind, ctx.minter.concept(VALUE_KIND_SCHEME, kind)))
    g.add((iri, GKG.statedValue, Literal(value)))
    kind_zh, kind_en = concept_labels(VALUE_KIND_SCHEME).get(kind, (kind, kind))
    if column:
        ctx.add(iri, GKG.valueColumn, column, lang="zh")
        kind_zh, kind_en = column, f"{kind_en}, column {column}"
    ctx.names(
        iri,
        f"{record.name} {kind_zh}" + (f"（{year}年）" if year is not None else "") + f"：{value}",
        f"{record.name}, {kind_en}" + (f" ({year})" if year is not None else "") + f": {value}",
    )
    if year is not None:
        ctx.date(iri, GKG.refYear, f"{year:04d}")
    number = parse_number(value)
    if number is not None:
        decimal, comparator, own_unit = number
        g.add((iri, GKG.numericValue, Literal(decimal, datatype=XSD.decimal)))
        if comparator:
            g.add((iri, GKG.comparator, ctx.minter.concept(COMPARATOR_SCHEME, comparator)))
        ctx.add(iri, GKG.unitText, own_unit or record.unit)
    ctx.derived(iri, record.source)


# A cell printed with a dash or a slash only (—, -, ／, 一 as typed for a dash) states no value:
# Data Cube leaves an absent observation out rather than publishing a placeholder as its measure
# (表2-2 row 35 of the sample, 绿色产品市场占有率's 现状值 "—"). Words that say why a value is
# missing (无数据, 不明显) are statements and stay observations.
_EMPTY_MARK = re.compile(r"[-－—–―‐一/／\s]+")


def is_empty_mark(value: str) -> bool:
    """True for a cell that holds a dash or a slash only (—, --, ／)."""
    return bool(_EMPTY_MARK.fullmatch(value))


def parse_number(value: str) -> tuple[str, str | None, str | None] | None:
    """("98", "ge", None) for ≥98; ("68.3", None, "%") for 68.3%; None for words."""
    match = _NUMERIC.match(value.strip())
    if not match:
        return None
    comparator = _COMPARATORS.get(match.group("cmp")) if match.group("cmp") else None
    unit = match.group("unit")
    return match.group("num").lstrip("+"), comparator, ("%" if unit == "％" else unit)


# ------------------------------------------------------------------------------------ figures


def map_stated_figure(record: Record, ctx: MapContext) -> None:
    assert isinstance(record, StatedFigureRecord)
    iri = figure_iri(record, ctx.minter)
    g = ctx.graph
    g.add((iri, RDF.type, GKG.StatedFigure))
    g.add((iri, RDF.type, PROV.Entity))
    notation = record.subject.replace("_", "-")
    g.add((iri, GKG.figureSubject, ctx.minter.concept(FIGURE_SCHEME, notation)))
    ctx.add(iri, GKG.figureScope, record.scope, lang="zh")
    ctx.names(iri, *figure_labels(record, notation))
    g.add((iri, GKG.figureValue, Literal(record.value, datatype=XSD.decimal)))
    ctx.add(iri, GKG.unitText, record.unit)
    if record.approximate:
        g.add((iri, GKG.approximate, Literal(True)))
    ctx.add(iri, GKG.statedInTable, record.table, lang="zh")
    for item in record.items:
        ctx.add(iri, GKG.namedItem, item, lang="zh")
    if record.plan:
        g.add((iri, DCTERMS.isPartOf, _plan_iri(ctx, record.plan)))
    ctx.derived(iri, record.source)


def figure_labels(record: StatedFigureRecord, notation: str) -> tuple[str, str]:
    """生态经济 重点工程数量：11项 / number of key projects, 生态经济: 11 — where it stands."""
    subject_zh, subject_en = concept_labels(FIGURE_SCHEME).get(notation, (notation, notation))
    where = " ".join(p for p in (record.table, record.scope) if p)
    about = "约" if record.approximate else ""
    value = f"{record.value}{record.unit or ''}"
    return (
        f"{where + ' ' if where else ''}{subject_zh}：{about}{value}",
        f"{subject_en}{', ' + where if where else ''}: {'about ' if about else ''}{value}",
    )


# ------------------------------------------------------------------------------------ 指标贡献

_VERBS = re.compile(
    r"^(?:提高|提升|改善|落实|促进|完成|保障|推动|增加|降低|减少|保持|加强|确保|实现)+"
)
_TAIL = re.compile(r"(?:等)?(?:相关)?指标$")
_QUALIFIER = re.compile(r"[(（][^()（）]*[)）]")
_PARTS = re.compile(r"[、，,；;/]|以及")


def contribution_parts(wording: str) -> list[str]:
    """The indicator names a 指标贡献 cell lists: 提高水环境质量、城镇污水处理率指标 → 水环境质量,
    城镇污水处理率."""
    text = _TAIL.sub("", key(wording))
    return [p for p in (_VERBS.sub("", part) for part in _PARTS.split(text)) if p]


@functools.lru_cache(maxsize=4096)
def _parts_of(wording: str) -> tuple[str, ...]:
    """:func:`contribution_parts`, memoised (bounded): link_contributions asks for every project's
    parts once per indicator (6k times for the sample's 126 indicators and 49 projects)."""
    return tuple(contribution_parts(wording))


@functools.lru_cache(maxsize=4096)
def _name_key(name: str) -> str:
    return _QUALIFIER.sub("", key(name)).replace('"', "")


def names_indicator(parts: Sequence[str], name: str, sub: bool = False) -> bool:
    """A part names the indicator when it is the name, contains it, or — for a row, not for a
    sub-indicator inside it — is a distinctive piece of it (three characters at least: 参与度 in
    生态环境公众参与度; but 水环境质量 names row 水环境质量, not its ① 地表水环境质量…比例)."""
    target = _name_key(name)
    if len(target) < 2:
        return False
    return any(
        p == target
        or (len(target) >= 4 and target in p)
        or (not sub and len(p) >= 3 and p in target)
        for p in parts
    )


def link_contributions(graph: Graph, indicators: list[URIRef] | None = None) -> int:
    """Add ``gkg:contributesTo`` from every project whose 指标贡献 wording names an indicator of
    the same plan (all indicators of ``graph``, or only ``indicators``). Idempotent; returns the
    number of links added. Runs as each indicator is mapped and can run again over a whole graph."""
    wanted = indicators if indicators is not None else list(graph.subjects(RDF.type, GKG.Indicator))
    projects = [(p, str(w)) for p, w in graph.subject_objects(GKG.indicatorContribution)]
    added = 0
    for indicator in wanted:
        name = graph.value(indicator, SKOS.prefLabel)
        sub = graph.value(indicator, GKG.subIndicatorOf) is not None
        table = graph.value(indicator, GKG.inTable)
        plan = graph.value(table, DCTERMS.isPartOf) if table is not None else None
        if name is None:
            continue
        for project, wording in projects:
            if not names_indicator(_parts_of(wording), str(name), sub):
                continue
            # The project's plan is read only for a wording that names the indicator (few).
            project_plan = graph.value(project, GKG.partOfPlan)
            if plan is None or project_plan is None or plan == project_plan:
                triple = (project, GKG.contributesTo, indicator)
                if triple not in graph:
                    graph.add(triple)
                    added += 1
    return added
