"""The indicators page: a plan's indicator tables as an offline HTML table page, read from the graph.

Not a network, so not a networkx view: one documented function builds plain rows from the RDF
graph (:func:`indicator_rows`, one dict per indicator, reusable in a notebook or a DataFrame),
:func:`indicator_tables` groups them into the tables the plan printed (columns and header years
read from the observations, never assumed), and :func:`render_page` writes them with the same
safeguards as the network views: our own Jinja2 template with autoescaping, the page's script and
style inlined, a Content-Security-Policy that forbids every fetch, and the data the script needs in
a JSON island whose ``<``, ``>`` and ``&`` are escaped.

The model read is RDF Data Cube (docs/indicators.md): one ``gkg:IndicatorTable`` (``qb:DataSet``)
per table, one ``qb:Observation`` per filled value cell (``gkg:valueKind`` reference, baseline,
target-near, target-far, cumulative, or target-scoped with its column's header
``gkg:valueColumn``; ``gkg:refYear``), a ``gkg:Indicator`` per row with its nature, met flag,
domain and task, sub-indicators ``gkg:subIndicatorOf`` their row, projects ``gkg:contributesTo``
indicators, every node ``prov:wasDerivedFrom`` a ``gkg:SourceSpan``.

The plan's self-consistency findings are not facts of the graph but of the build's report; the
page takes them in the form ``summary.json`` keeps them (``consistency_findings``: check, stated,
computed, both spans, English and Chinese message — report.ttl's results carry neither the
computed value nor the Chinese text). :func:`load_findings` reads them from a build folder.

Example::

    from kg.build import load_dataset
    from kg.views import union_graph, indicators
    rdf = union_graph(load_dataset("gazette-kg-out"))
    rows = indicators.indicator_rows(rdf)           # list of plain dicts
    [r["name"] for r in rows if r["met"] is False]  # the rows marked 否
    indicators.write_page(rdf, "indicators.html", indicators.load_findings("gazette-kg-out"))
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from kg import atomic
from kg.errors import UsageError
from kg.iris import Minter
from kg.namespaces import DCTERMS, GKG, PROV, RDFS, SDO, SKOS
from kg.rdf.indicators import SCOPED_TARGET, VALUE_KIND_SCHEME
from kg.views import render
from kg.views.reader import Reader, ontology

# valueKind concept notation → the row key of its cell
VALUE_KINDS = {
    "reference": "reference",
    "baseline": "baseline",
    "target-near": "target_near",
    "target-far": "target_far",
    "cumulative": "cumulative",
}
# The valueKind concepts, as the one IRI minter names them.
_VALUE_KIND_KEYS = {
    Minter().concept(VALUE_KIND_SCHEME, notation): key for notation, key in VALUE_KINDS.items()
}
# A target of the area or level its column names (苏南目标值, gkg:valueColumn): no term, so no key
# of its own; it stands in the target column of its place (_scoped_key), under its header.
_MINTER = Minter()
_SCOPED = _MINTER.concept(VALUE_KIND_SCHEME, SCOPED_TARGET)
_TARGET_KEYS = ("target_near", "target_far")
# Column key → Chinese header, in the order the plans print them.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("domain", "领域"),
    ("task", "任务"),
    ("seq", "序号"),
    ("name", "指标名称"),
    ("unit", "单位"),
    ("reference", "参照值"),
    ("nature", "属性"),
    ("baseline", "现状值"),
    ("target_near", "近期规划值"),
    ("target_far", "远期规划值"),
    ("cumulative", "累计"),
    ("met", "是否达标"),
)
_OPTIONAL = ("domain", "task", "unit", "reference", "nature", "baseline", "target_near")
_OPTIONAL += ("target_far", "cumulative", "met")
_MET_TEXT = {True: "是", False: "否", None: ""}
# kg.checks' check names → what the page calls them (an unknown name is shown as it is).
CHECKS = {
    "indicator_count": "indicators · 指标数",
    "indicators_met": "indicators met · 达标指标数",
    "indicators_unmet": "indicators not met · 未达标指标数",
    "unmet_names": "indicators named as not met · 所列未达标指标",
    "project_count": "key projects · 重点工程数",
    "budget": "budget · 投资",
    "domain_count": "domains · 领域数",
    "summary_sum": "summary table total · 汇总表合计",
    "stated_totals": "total stated twice · 合计前后不一",
}


# ---------------------------------------------------------------------------------- rows


def indicator_rows(graph: Graph | Reader) -> list[dict[str, Any]]:
    """Every indicator of the graph as a plain dict, in table order, sub-indicators after their row.

    Keys: ``iri``, ``table`` (caption), ``table_iri``, ``plan``, ``seq`` (int or None),
    ``seq_inferred``, ``sub`` (①… or ""), ``parent`` (the row's IRI for a sub-indicator, else ""),
    ``name``, ``domain``, ``task``, ``unit``, ``nature`` (约束性/参考性/预期性), the cells as written
    ``reference``, ``baseline``, ``target_near``, ``target_far``, ``cumulative`` (a 〔累计〕
    total; "" when the cell is empty), their
    years ``baseline_year``, ``target_near_year``, ``target_far_year`` ("" when the header gives
    none), the target columns' headers where they name whose target it is (``target_near_column``,
    ``target_far_column``: 苏南目标值, 全省目标值; "" otherwise), ``met`` (True for 是, False for 否, None when blank), ``source``, ``lines``, ``quote``
    (where the row was read) and ``projects``: the projects that say they improve the indicator
    (for a row, also those naming one of its sub-indicators, with ``via`` the marker), each a dict
    with ``iri``, ``name``, ``budget``, ``budget_unit``, ``lead``, ``wording``, ``source``,
    ``lines``, ``via``.
    """
    return _read(Reader.of(graph))[0]


def _read(reader: Reader) -> tuple[list[dict[str, Any]], dict[Node, dict[str, Any]]]:
    """The rows, and what each table's caption, plan and source are (read once for both)."""
    g = reader.graph
    cells = _cells(g)
    projects = _projects(reader)
    tables = {t: _table_info(reader, t) for t in set(g.objects(None, GKG.inTable))}
    rows = []
    for indicator in sorted(set(g.subjects(GKG.inTable, None))):
        if isinstance(indicator, URIRef):
            rows.append(_row(reader, indicator, tables, cells.get(indicator, {})))
    by_iri = {r["iri"]: r for r in rows}
    for row in rows:
        row["projects"] = list(projects.get(URIRef(row["iri"]), []))
    for row in rows:  # a row lists the projects naming its sub-indicators too
        parent = by_iri.get(row["parent"])
        if parent is not None:
            known = {p["iri"] for p in parent["projects"]}
            for project in row["projects"]:
                if project["iri"] not in known:
                    parent["projects"].append({**project, "via": row["sub"]})
                    known.add(project["iri"])
    order = {t: info["order"] for t, info in tables.items()}
    seqs: dict[str, list[int]] = defaultdict(list)
    for row in rows:
        if not row["parent"] and row["seq"] is not None:
            seqs[row["table_iri"]].append(row["seq"])
    restarting = {t for t, numbers in seqs.items() if len(numbers) != len(set(numbers))}
    rows.sort(key=lambda r: _row_key(r, by_iri, order, restarting))
    return rows, tables


def _row(reader: Reader, node: URIRef, tables: dict, cells: dict[str, tuple[str, str]]) -> dict:
    g = reader.graph
    table = g.value(node, GKG.inTable)
    seq = g.value(node, GKG.indicatorSequence)
    parent = g.value(node, GKG.subIndicatorOf)
    met = g.value(node, GKG.meetsReference)
    prov = reader.provenance(node)
    row: dict[str, Any] = {
        "iri": str(node),
        "table": tables[table]["title"],
        "table_iri": str(table),
        "plan": tables[table]["plan"],
        "seq": int(seq) if seq is not None else None,
        "seq_inferred": bool(g.value(node, GKG.sequenceInferred)),
        "sub": _text(g.value(node, GKG.subIndicatorMarker)),
        "parent": str(parent) if parent is not None else "",
        "name": _zh(g, node, SKOS.prefLabel) or reader.label(node),
        "domain": _zh(g, node, GKG.domainText),
        "task": _zh(g, node, GKG.taskText),
        "unit": _text(g.value(node, GKG.unitText)),
        "nature": _concept_label(g.value(node, GKG.nature)),
        "met": met.toPython() if isinstance(met, Literal) else None,
        "source": prov.source if prov else "",
        "lines": prov.lines if prov else "",
        "quote": prov.quote if prov else "",
    }
    for key in VALUE_KINDS.values():
        value, year, column = cells.get(key, ("", "", ""))
        row[key] = value
        if key != "reference":
            row[f"{key}_year"] = year
            row[f"{key}_column"] = column
    return row


def _row_key(row: dict, by_iri: dict[str, dict], order: dict, restarting: set[str]) -> tuple:
    """Table order, then the row's 序号 (rows without one last, by line; by line alone in a table
    that numbers its rows afresh in each group), sub-indicators after their row by marker."""
    head = by_iri.get(row["parent"], row)
    seq = head["seq"] if head["seq"] is not None else 10**9
    if row["table_iri"] in restarting:
        seq = 0
    return (
        order[URIRef(row["table_iri"])],
        seq,
        _first_line(head["lines"]),
        head["iri"],
        row is not head,
        row["sub"],
        row["iri"],
    )


def _first_line(lines: str) -> int:
    match = re.match(r"\d+", lines)
    return int(match.group()) if match else 0


def _cells(g: Graph) -> dict[Node, dict[str, tuple[str, str, str]]]:
    """indicator → column key → (value as written, year of the column's header, the header where
    it names whose value it is: 苏南目标值)."""
    found: dict[Node, dict[str, tuple[str, str, str]]] = defaultdict(dict)
    unplaced: list[tuple[Node, tuple[str, str, str]]] = []
    for obs, indicator in sorted(g.subject_objects(GKG.indicator)):
        kind = g.value(obs, GKG.valueKind)
        value = g.value(obs, GKG.statedValue)
        key = _VALUE_KIND_KEYS.get(kind) if kind is not None else None
        if kind == _SCOPED:
            key = _scoped_key(obs, indicator)
        if value is None or (key is None and kind != _SCOPED):
            continue
        year = g.value(obs, GKG.refYear)
        year_text = str(year)[:4] if year is not None else ""
        cell = (str(value), year_text, _zh(g, obs, GKG.valueColumn))
        if key is None:
            unplaced.append((indicator, cell))
        else:
            found[indicator][key] = cell
    for indicator, cell in sorted(unplaced, key=lambda u: u[1][2]):  # by header
        free = [k for k in _TARGET_KEYS if k not in found[indicator]]
        if free:
            found[indicator][free[0]] = cell
    return found


def _scoped_key(obs: Node, indicator: Node) -> str | None:
    """The target column a target-scoped value stands in, first or second, as the table printed
    them: the place its observation is keyed by (kg.rdf.indicators), the kind naming none; None
    for an observation minted otherwise (then placed in a free target column by its header)."""
    if not isinstance(indicator, URIRef):
        return None
    for notation in ("target-near", "target-far"):
        if obs == _MINTER.observation(indicator, notation):
            return VALUE_KINDS[notation]
    return None


def _table_info(reader: Reader, table: Node) -> dict[str, Any]:
    g = reader.graph
    spans = sorted(
        (
            reader.source_label(s),
            int(g.value(s, GKG.startLine) or 0),
            int(g.value(s, GKG.endLine) or 0),
        )
        for s in g.objects(table, PROV.wasDerivedFrom)
    )
    plan = g.value(table, DCTERMS.isPartOf)
    title = _zh(g, table, DCTERMS.title) or reader.label(table)
    first = spans[0] if spans else ("", 0, 0)
    last = max((s[2] for s in spans if s[0] == first[0]), default=0)
    return {
        "title": title,
        "plan": reader.label(plan) if plan is not None else "",
        "source": first[0],
        "lines": f"{first[1]}–{last}" if first[1] else "",
        "order": (first[0], first[1], title, str(table)),
    }


def _projects(reader: Reader) -> dict[Node, list[dict[str, str]]]:
    """indicator → the projects that say they improve it (gkg:contributesTo), by source line."""
    g = reader.graph
    found: dict[Node, list[dict[str, str]]] = defaultdict(list)
    cache: dict[Node, dict[str, str]] = {}
    for project, indicator in sorted(g.subject_objects(GKG.contributesTo)):
        if project not in cache:
            cache[project] = _project(reader, project)
        found[indicator].append(cache[project])
    for items in found.values():
        items.sort(key=lambda p: (p["source"], _first_line(p["lines"]), p["name"], p["iri"]))
    return found


def _project(reader: Reader, project: Node) -> dict[str, str]:
    g = reader.graph
    budget = g.value(project, GKG.budget)
    amount = g.value(budget, SDO.value) if budget is not None else None
    prov = reader.provenance(project)
    return {
        "iri": str(project),
        "name": reader.label(project),
        "budget": str(amount) if amount is not None else "",
        "budget_unit": _text(g.value(budget, GKG.amountUnit)) if budget is not None else "",
        "lead": _lead(reader, project),
        "wording": _zh(g, project, GKG.indicatorContribution),
        "source": prov.source if prov else "",
        "lines": prov.lines if prov else "",
        "via": "",
    }


def _lead(reader: Reader, project: Node) -> str:
    """The lead agency: the responsibility marked gkg:lead, else the one in position 1."""
    g = reader.graph
    ranked = []
    for resp in g.objects(project, GKG.responsibility):
        agent = g.value(resp, PROV.agent)
        if agent is None:
            continue
        lead = g.value(resp, GKG.lead)
        position = g.value(resp, GKG.position)
        ranked.append(
            (not (lead is not None and lead.toPython() is True), int(position or 99), agent)
        )
    return reader.label(min(ranked)[2]) if ranked else ""


def _zh(g: Graph, node: Node, predicate: URIRef) -> str:
    values = [o for o in g.objects(node, predicate) if isinstance(o, Literal)]
    values.sort(key=lambda v: (v.language not in ("zh", None), str(v)))
    return str(values[0]) if values else ""


def _text(value: Node | None) -> str:
    return str(value) if value is not None else ""


def _concept_label(concept: Node | None) -> str:
    """约束性 for gkgc:indicator-nature/binding (the ontology's Chinese label)."""
    if concept is None:
        return ""
    label = _zh(ontology(), concept, SKOS.prefLabel) or _zh(ontology(), concept, RDFS.label)
    return label or str(concept).rsplit("/", 1)[-1]


# ---------------------------------------------------------------------------------- tables


@dataclass
class IndicatorTable:
    """One printed table: its caption, plan, where it was read, the columns it fills, its rows."""

    title: str
    iri: str
    plan: str
    source: str
    lines: str
    rows: list[dict[str, Any]] = field(default_factory=list)
    columns: list[tuple[str, str, str]] = field(default_factory=list)  # key, header, year

    @property
    def main_rows(self) -> list[dict[str, Any]]:
        return [r for r in self.rows if not r["parent"]]

    def count(self, met: bool | None) -> int:
        """Rows (not sub-indicators) whose 是否达标 is ``met``."""
        return sum(1 for r in self.main_rows if r["met"] is met)

    def missing_numbers(self) -> list[int]:
        """序号 the numbering skips (row 24 of 表2-1 is not in the sample's text)."""
        numbers = sorted({r["seq"] for r in self.main_rows if r["seq"] is not None})
        if not numbers:
            return []
        return sorted(set(range(numbers[0], numbers[-1] + 1)) - set(numbers))


def indicator_tables(graph: Graph | Reader, focus: str | None = None) -> list[IndicatorTable]:
    """The graph's indicator tables with their rows (:func:`indicator_rows`) and the columns they
    fill, header years read from the observations (现状值 2020年, 2025年, 2030年).

    ``focus`` keeps the tables whose caption (or IRI) contains it, e.g. ``表2-2``.
    """
    rows, infos = _read(Reader.of(graph))
    tables: dict[str, IndicatorTable] = {}
    for row in rows:
        table = tables.get(row["table_iri"])
        if table is None:
            info = infos[URIRef(row["table_iri"])]
            table = IndicatorTable(
                row["table"], row["table_iri"], info["plan"], info["source"], info["lines"]
            )
            tables[row["table_iri"]] = table
        table.rows.append(row)
    chosen = list(tables.values())
    if focus:
        chosen = [t for t in chosen if focus in t.title or focus == t.iri]
        if not chosen:
            captions = "; ".join(t.title for t in tables.values()) or "none"
            raise UsageError(f"no indicator table matches {focus!r} (tables: {captions})")
    for table in chosen:
        table.columns = _columns(table.rows)
    return chosen


def _columns(rows: list[dict[str, Any]]) -> list[tuple[str, str, str]]:
    """The columns the table fills (an empty 参照值 or 是否达标 column is not shown), with the
    header's year for the value columns: the most common year of the column's cells."""
    columns = []
    for key, header in COLUMNS:
        if key in _OPTIONAL and not any(r[key] not in ("", None) for r in rows):
            continue
        years = sorted(r.get(f"{key}_year", "") for r in rows if r.get(f"{key}_year"))
        year = max(sorted(set(years)), key=years.count) if years else ""
        if key in ("target_near", "target_far") and year:
            header = "规划值"
        named = sorted(r.get(f"{key}_column", "") for r in rows if r.get(f"{key}_column"))
        if named:  # the header as printed where it names whose target it is (全省目标值)
            header = max(sorted(set(named)), key=named.count)
        columns.append((key, header, f"{year}年" if year else ""))
    return columns


# ---------------------------------------------------------------------------------- findings


def load_findings(build_dir: str | Path) -> list[dict[str, Any]]:
    """The self-consistency findings of a build (``summary.json``), [] when it has none."""
    path = Path(build_dir) / "summary.json"
    if not path.is_file():
        return []
    summary = json.loads(path.read_text(encoding="utf-8"))
    return list(summary.get("consistency_findings") or [])


def _finding_view(finding: dict[str, Any]) -> dict[str, Any]:
    """A finding as the page lists it: a readable check name and its places (stated, rows)."""
    places = []
    for span in finding.get("spans") or []:
        start, end = span.get("start_line"), span.get("end_line")
        lines = f"line {start}" if start == end else f"lines {start}–{end}"
        places.append(f"{span.get('file', '')}, {lines}")
    check = str(finding.get("check", ""))
    return {
        "check": check,
        "label": CHECKS.get(check, check),
        "stated": str(finding.get("stated", "")),
        "computed": str(finding.get("computed", "")),
        "message_en": str(finding.get("message_en", "")),
        "message_zh": str(finding.get("message_zh", "")),
        "places": places,
    }


# ---------------------------------------------------------------------------------- page


def _cell(row: dict[str, Any], key: str) -> str:
    """A cell's text: a sub-indicator's name with its marker, no 序号, 领域 or 任务 of its own."""
    if key == "met":
        return _MET_TEXT[row["met"]]
    if row["parent"] and key in ("seq", "domain", "task"):
        return ""
    if key == "seq":
        return f"{row['seq']}" if row["seq"] is not None else ""
    if key == "name" and row["sub"]:
        return f"{row['sub']} {row['name']}"
    return str(row.get(key) or "")


def _cells_shown(table: IndicatorTable) -> list[list[tuple[str, str, bool]]]:
    """(column, text, faded) per row: 领域 and 任务 repeated from the row above are faded, not
    dropped, so a filtered row still says where it belongs."""
    out = []
    above: dict[str, str] = {}
    for row in table.rows:
        cells = []
        for key, _header, _year in table.columns:
            text = _cell(row, key)
            faded = key in ("domain", "task") and bool(text) and above.get(key) == text
            cells.append((key, text, faded))
        if not row["parent"]:
            above = {"domain": row["domain"], "task": row["task"]}
        out.append(cells)
    return out


def _search_text(row: dict[str, Any]) -> str:
    parts = [_cell(row, key) for key, _ in COLUMNS] + [row["sub"]]
    for project in row["projects"]:
        parts += [project["name"], project["lead"]]
    return " ".join(p for p in parts if p).lower()


def page_context(
    tables: list[IndicatorTable], findings: list[dict[str, Any]], sources: list[str]
) -> dict[str, Any]:
    """What the template shows: tables with opaque row ids, findings, counts, the JSON island."""
    index: list[dict[str, Any]] = []
    shown = []
    number = 0
    for t, table in enumerate(tables):
        ids: dict[str, str] = {}
        rows = []
        for row, cells in zip(table.rows, _cells_shown(table), strict=True):
            rid = f"r{number}"
            number += 1
            ids[row["iri"]] = rid
            group = ids.get(row["parent"], rid)
            rows.append({"id": rid, "group": group, "row": row, "cells": cells})
            index.append(
                {
                    "id": rid,
                    "group": group,
                    "table": f"t{t}",
                    "unmet": row["met"] is False,
                    "text": _search_text(row),
                }
            )
        shown.append(
            {
                "id": f"t{t}",
                "table": table,
                "rows": rows,
                "main": len(table.main_rows),
                "subs": len(table.rows) - len(table.main_rows),
                "met": table.count(True),
                "unmet": table.count(False),
                "blank": table.count(None),
                "has_met": any(key == "met" for key, _, _ in table.columns),
                "missing": table.missing_numbers(),
            }
        )
    return {
        "tables": shown,
        "findings": [_finding_view(f) for f in findings],
        "sources": sources,
        "plans": sorted({t.plan for t in tables if t.plan}),
        "total": len(index),
        "payload": {"rows": index, "total": len(index)},
    }


def render_page(
    tables: list[IndicatorTable],
    findings: list[dict[str, Any]] | None = None,
    sources: list[str] | None = None,
) -> str:
    """The indicators page for ``tables`` (and the plan's self-consistency findings)."""
    context = page_context(tables, findings or [], sources or [])
    template = render._environment().get_template("indicators.html.j2")
    return template.render(
        **context,
        page_js=render.script("indicators.js"),
        page_css=render.script("indicators.css"),
    )


def write_page(
    graph: Graph | Reader,
    out: str | Path,
    findings: list[dict[str, Any]] | None = None,
    focus: str | None = None,
) -> tuple[Path, list[IndicatorTable]]:
    """Read the tables from ``graph`` and write the page to ``out`` (UTF-8, atomic).

    Raises UsageError when the graph holds no indicator table (or none matches ``focus``).
    """
    reader = Reader.of(graph)
    tables = indicator_tables(reader, focus)
    if not tables:
        raise UsageError("the graph has no indicator table to show")
    nodes = [URIRef(r["iri"]) for t in tables for r in t.rows]
    target = Path(out)
    atomic.write_text(target, render_page(tables, findings, reader.sources(nodes)))
    return target, tables


def summary_line(tables: list[IndicatorTable], findings: list[dict[str, Any]]) -> str:
    """One line for the index page and the command's message."""
    rows = sum(len(t.main_rows) for t in tables)
    subs = sum(len(t.rows) - len(t.main_rows) for t in tables)
    unmet = sum(t.count(False) for t in tables)
    line = (
        f"{len(tables)} table{'s' if len(tables) != 1 else ''}, {rows} rows and {subs} "
        f"sub-indicators, {unmet} marked 否 (not met)"
    )
    if findings:
        line += f"; {len(findings)} self-consistency finding{'s' if len(findings) != 1 else ''}"
    return line
