"""CSV tables for spreadsheet users: one table per main kind, IRIs as keys.

Each table is declared as data: the class whose instances are its rows, and columns given as SPARQL
property paths from the row's entity. The values of a column are collected with one query on the
in-memory Oxigraph store (union of the named graphs), rendered as text (IRIs in full, literals by
their lexical form, Chinese labels preferred where a column has both) and, when there are several,
joined with `` | `` in sorted order. Rows are sorted by the table's ordering columns, then by IRI.

Two flavours (research/libraries.md §12):

* plain: RFC 4180 (comma, CRLF, double-quote quoting), UTF-8 without BOM;
* Excel: UTF-8 with a BOM (zh-CN Excel garbles UTF-8 without one), and every cell starting with
  ``=``, ``+``, ``-``, ``@``, tab or carriage return prefixed with ``'`` so that Excel does not
  run it as a formula (CWE-1236).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox

from kg.namespaces import PREFIXES

SEPARATOR = " | "
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_DIGITS = re.compile(r"(\d+)")


@dataclass(frozen=True)
class Column:
    name: str  # header
    path: str  # SPARQL property path from the row entity ?s to the value ?v, prefixed names
    zh: str = ""  # header meaning in Chinese (for the README)
    pattern: str = ""  # instead of a path: a group pattern binding ?v from ?s

    def where(self) -> str:
        return self.pattern or f"?s {self.path} ?v ."


@dataclass(frozen=True)
class Table:
    name: str  # file stem, also the kind name (documents, personnel_changes…)
    cls: str  # prefixed class name: eli:LegalResource
    title_zh: str
    title_en: str
    columns: tuple[Column, ...]
    order_by: tuple[str, ...] = ()  # column names, compared number-aware

    @property
    def header(self) -> list[str]:
        return ["iri", *(c.name for c in self.columns)]


SPAN = "prov:wasDerivedFrom"
LINES = Column(
    "source_lines",
    "",
    "出处行号",
    pattern=f"?s {SPAN} ?span . ?span gkg:startLine ?a ; gkg:endLine ?b . "
    'BIND(IF(?a = ?b, STR(?a), CONCAT(STR(?a), "-", STR(?b))) AS ?v)',
)
SOURCE = Column("source", f"{SPAN}/oa:hasSource", "出处（公报）")

TABLES: tuple[Table, ...] = (
    Table(
        "documents",
        "eli:LegalResource",
        "公文",
        "official documents",
        (
            Column("number", "eli:number", "发文字号"),
            Column("title", "eli:title", "标题"),
            Column("type", "eli:type_document", "文种"),
            Column("date_document", "eli:date_document", "成文日期"),
            Column("date_publication", "eli:date_publication", "公布日期"),
            Column("in_force_from", "eli:first_date_entry_in_force", "施行日期"),
            Column("passed_by", "eli:passed_by", "发文机关"),
            Column("amends", "eli:amends", "修改"),
            Column("repeals", "eli:repeals", "废止"),
            Column("cites", "eli:cites", "引用"),
            Column("published_in", "eli:published_in", "刊载于"),
            SOURCE,
            LINES,
        ),
        order_by=("date_document", "number", "title"),
    ),
    Table(
        "agencies",
        "org:Organization",
        "机构",
        "agencies",
        (
            Column("name", "skos:prefLabel", "名称"),
            Column("other_names", "skos:altLabel", "其他名称"),
            Column("part_of", "org:subOrganizationOf", "上级机构"),
            Column("classification", "org:classification", "类别"),
            SOURCE,
            LINES,
        ),
        order_by=("name",),
    ),
    Table(
        "persons",
        "foaf:Person",
        "人员",
        "persons",
        (
            Column("name", "foaf:name", "姓名"),
            SOURCE,
            LINES,
        ),
        order_by=("name",),
    ),
    Table(
        "projects",
        "gkg:Project",
        "重点项目",
        "key projects",
        (
            Column("plan", "gkg:partOfPlan", "所属规划"),
            Column("list", "gkg:projectList", "项目清单"),
            Column("section", "gkg:projectSection", "分类"),
            Column("sequence", "gkg:projectSequence", "序号"),
            Column("name", "rdfs:label", "项目名称"),
            Column("construction_type", "gkg:constructionType", "建设性质"),
            Column("period_start", "gkg:periodStartYear", "起始年份"),
            Column("period_end", "gkg:periodEndYear", "结束年份"),
            Column("budget_yuan", "gkg:budget/gkg:amountInYuan", "总投资（元）"),
            Column(
                "lead_agency",
                "",
                "牵头单位",
                pattern="?s gkg:responsibility ?r . ?r gkg:lead true ; org:organization ?v .",
            ),
            SOURCE,
            LINES,
        ),
        order_by=("plan", "list", "sequence"),
    ),
    Table(
        "responsible_agencies",
        "gkg:Responsibility",
        "项目责任单位",
        "responsible agencies",
        (
            Column("project", "^gkg:responsibility", "项目"),
            Column("position", "gkg:position", "排序"),
            Column("lead", "gkg:lead", "牵头"),
            Column("agency", "org:organization", "责任单位"),
            Column("role_as_written", "gkg:roleText", "原文角色"),
            SOURCE,
            LINES,
        ),
        order_by=("project", "position"),
    ),
)

TABLE_BY_NAME = {table.name: table for table in TABLES}


def _prologue() -> str:
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in sorted(PREFIXES.items()))


def _text(term: object) -> str:
    if isinstance(term, ox.NamedNode | ox.Literal):
        return term.value
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    return ""


def _language_rank(term: object) -> int:
    language = term.language if isinstance(term, ox.Literal) else None
    return {"zh": 0, None: 1}.get(language, 2)


def _column_values(store: ox.Store, table: Table, column: Column) -> dict[str, str]:
    query = f"{_prologue()}SELECT ?s ?v WHERE {{ ?s a {table.cls} . {column.where()} }}"
    found: dict[str, list[object]] = {}
    for row in store.query(query, use_default_graph_as_union=True):
        found.setdefault(row["s"].value, []).append(row["v"])
    cells = {}
    for subject, values in found.items():
        best = min(_language_rank(v) for v in values)
        texts = sorted({_text(v) for v in values if _language_rank(v) == best}, key=_natural)
        cells[subject] = SEPARATOR.join(texts)
    return cells


def _rows_of(store: ox.Store, table: Table) -> list[list[str]]:
    query = f"{_prologue()}SELECT DISTINCT ?s WHERE {{ ?s a {table.cls} }}"
    subjects = sorted(
        row["s"].value
        for row in store.query(query, use_default_graph_as_union=True)
        if isinstance(row["s"], ox.NamedNode)
    )
    columns = [_column_values(store, table, c) for c in table.columns]
    rows = [[s, *(col.get(s, "") for col in columns)] for s in subjects]
    positions = [table.header.index(name) for name in table.order_by]
    return sorted(rows, key=lambda r: ([_natural(r[i]) for i in positions], r[0]))


def _natural(text: str) -> tuple:
    """Number-aware sort key: 项目2 before 项目10, line 9 before line 10."""
    return tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, part)
        for part in _DIGITS.split(text)
        if part
    )


def neutralise(cell: str) -> str:
    """Prefix a cell Excel would read as a formula with ``'`` (CWE-1236)."""
    return "'" + cell if cell.startswith(FORMULA_TRIGGERS) else cell


def render(header: list[str], rows: Iterable[list[str]], excel: bool = False) -> bytes:
    """One CSV file: RFC 4180 UTF-8, or the Excel flavour (BOM, formula triggers neutralised)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(header)
    for row in rows:
        writer.writerow([neutralise(c) for c in row] if excel else row)
    data = buffer.getvalue().encode("utf-8")
    return b"\xef\xbb\xbf" + data if excel else data


def store_of(quads: Iterable[ox.Quad]) -> ox.Store:
    store = ox.Store()
    store.extend(quads)
    return store


def tables(store: ox.Store, excel: bool = False) -> dict[str, tuple[Table, bytes, int]]:
    """Every table whose class has instances: name → (table, CSV bytes, row count)."""
    out = {}
    for table in TABLES:
        rows = _rows_of(store, table)
        if rows:
            out[table.name] = (table, render(table.header, rows, excel), len(rows))
    return out
