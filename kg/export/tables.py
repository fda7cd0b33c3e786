"""CSV tables for spreadsheet users: one table per main kind, IRIs as keys.

Each table is declared as data: the class whose instances are its rows, and columns given as SPARQL
property paths from the row's entity. The values of a column are collected with one query on the
Oxigraph store (the build's, or one laid out as it: its default graph is the union of the named
graphs), rendered as text (IRIs in full, literals by
their lexical form, Chinese labels preferred where a column has both) and, when there are several,
joined with `` | `` in sorted order. Rows are sorted by the table's ordering columns
(number-aware, empty cells last), then by IRI.

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
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import pyoxigraph as ox

from kg.namespaces import PREFIXES

SEPARATOR = " | "
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_DIGITS = re.compile(r"([0-9]+)")


@dataclass(frozen=True)
class Column:
    name: str  # header
    path: str  # SPARQL property path from the row entity ?s to the value ?v, prefixed names
    zh: str = ""  # header meaning in Chinese (for the README)
    pattern: str = ""  # instead of a path: a group pattern binding ?v from ?s
    convert: Callable[[str], str] | None = None  # each value's text → the cell's text

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
LABEL = "(skos:prefLabel|eli:title|foaf:name|schema:name|dcterms:title|rdfs:label)"


def iri(name: str, path: str, zh: str) -> Column:
    """The IRI(s) a property points to."""
    return Column(name, path, zh)


def name_of(name: str, path: str, zh: str) -> Column:
    """The name of what a property points to: its Chinese rdfs:label, one per entity (every node
    the build mints has one), else whatever labels it has (a graph of an older build), Chinese
    preferred. Not every title: a plan whose TOC and body spell its title two ways is one name."""
    return Column(
        name,
        "",
        zh,
        pattern=f"?s {path} ?x . "
        'OPTIONAL { ?x rdfs:label ?zh FILTER(LANGMATCHES(LANG(?zh), "zh")) } '
        f"OPTIONAL {{ FILTER(!BOUND(?zh)) ?x {LABEL} ?other }} "
        "BIND(COALESCE(?zh, ?other) AS ?v) FILTER(BOUND(?v))",
    )


def concept(name: str, path: str, zh: str) -> Column:
    """A controlled value by its Chinese label (its IRI when it has none)."""
    return Column(
        name,
        "",
        zh,
        pattern=f"?s {path} ?c . "
        'OPTIONAL { ?c skos:prefLabel ?l FILTER(LANGMATCHES(LANG(?l), "zh")) } '
        "BIND(COALESCE(?l, STR(?c)) AS ?v)",
    )


def code(name: str, path: str, zh: str) -> Column:
    """A controlled value by its code, the concept's skos:notation (appoint, remove: the words
    the named queries' parameters take), its IRI's last segment when it has none."""
    return Column(
        name,
        "",
        zh,
        pattern=f"?s {path} ?c . OPTIONAL {{ ?c skos:notation ?n }} "
        'BIND(COALESCE(STR(?n), REPLACE(STR(?c), "^.*/", "")) AS ?v)',
    )


def hundred_millions(yuan: str) -> str:
    """131975000000 → 1319.75: yuan in 亿元 (10⁸ yuan), exact, without trailing zeros."""
    try:
        value = Decimal(yuan) / Decimal(100_000_000)
    except InvalidOperation:
        return yuan
    return format(value.normalize(), "f")


SOURCE = Column("source", f"{SPAN}/oa:hasSource", "出处（公报）")
LINES = Column(
    "source_lines",
    "",
    "出处行号",
    pattern=f"?s {SPAN} ?span . ?span gkg:startLine ?a ; gkg:endLine ?b . "
    'BIND(IF(?a = ?b, STR(?a), CONCAT(STR(?a), "-", STR(?b))) AS ?v)',
)
PROVENANCE = (SOURCE, LINES)

TABLES: tuple[Table, ...] = (
    Table(
        "documents",
        "eli:LegalResource",
        "公文",
        "official documents",
        (
            Column("number", "eli:number", "发文字号"),
            Column("registration_number", "eli:id_local", "统一编号"),
            Column("title", "eli:title", "标题"),
            concept("type", "eli:type_document", "文种"),
            Column("date_document", "eli:date_document", "成文日期"),
            Column("in_force_from", "eli:first_date_entry_in_force", "施行日期"),
            iri("passed_by", "eli:passed_by", "发文机关"),
            name_of("passed_by_name", "eli:passed_by", "发文机关名称"),
            Column("addressee", "gkg:addressee", "主送机关"),
            iri("amends", "eli:amends", "修改"),
            iri("repeals", "eli:repeals", "废止"),
            iri("cites", "eli:cites", "引用"),
            iri("published_in", "eli:published_in|dcterms:isPartOf", "刊载于"),
            *PROVENANCE,
        ),
        order_by=("date_document", "number", "title"),
    ),
    Table(
        "amendments",
        "gkg:Amendment",
        "修改与废止",
        "amendments and repeals",
        (
            concept("action", "gkg:amendmentAction", "动作"),
            code("action_code", "gkg:amendmentAction", "动作代码"),
            iri("amending_document", "gkg:amendingDocument", "决定文件"),
            Column("amending_number", "gkg:amendingDocument/eli:number", "决定文号"),
            iri("target_document", "gkg:targetDocument", "被修改文件"),
            Column("target_number", "gkg:targetDocument/eli:number", "被修改文件文号"),
            Column("target_title", "gkg:targetDocument/eli:title", "被修改文件标题"),
            Column("effective_from", "gkg:effectiveFrom", "生效日期"),
            Column(
                "modifications",
                "",
                "修改条数",
                pattern="{ SELECT ?s (COUNT(?m) AS ?v) "
                "WHERE { ?s gkg:hasModification ?m } GROUP BY ?s }",
            ),
            Column("label", "rdfs:label", "说明"),
            *PROVENANCE,
        ),
        order_by=("amending_number", "target_number", "target_title"),
    ),
    Table(
        "personnel_changes",
        "gkg:PersonnelChange",
        "人事任免",
        "personnel changes",
        (
            concept("action", "gkg:personnelAction", "任免类别"),
            code("action_code", "gkg:personnelAction", "任免类别代码"),
            Column("wording", "gkg:changeWording", "原文用语"),
            iri("person", "gkg:concernsPerson", "人员"),
            name_of("person_name", "gkg:concernsPerson", "姓名"),
            iri("post", "gkg:concernsPost", "职务"),
            name_of("post_name", "gkg:concernsPost", "职务名称"),
            iri("organization", "gkg:concernsPost/org:postIn", "任职机构"),
            name_of("organization_name", "gkg:concernsPost/org:postIn", "任职机构名称"),
            Column("acting", "gkg:acting", "代理"),
            Column("probation", "gkg:probationPeriod", "试用期"),
            iri("deciding_body", "gkg:decidingBody", "决定机关"),
            name_of("deciding_body_name", "gkg:decidingBody", "决定机关名称"),
            Column("decision_date", "gkg:decisionDate", "决定日期"),
            Column("notice_title", "gkg:noticeTitle", "通知标题"),
            iri("recorded_in", "gkg:recordedIn", "刊载于"),
            *PROVENANCE,
        ),
        order_by=("source_lines", "person_name"),
    ),
    Table(
        "projects",
        "gkg:Project",
        "重点项目",
        "key projects",
        (
            iri("plan", "gkg:partOfPlan", "所属规划"),
            name_of("plan_title", "gkg:partOfPlan", "规划名称"),
            concept("list", "gkg:projectList", "项目清单"),
            Column("section", "gkg:projectSection", "领域"),
            Column("sequence", "gkg:projectSequence", "序号"),
            Column("name", "rdfs:label", "项目名称"),
            Column("description", "schema:description", "建设内容"),
            concept("construction_type", "gkg:constructionType", "建设性质"),
            Column("period_start", "gkg:periodStartYear", "起始年份"),
            Column("period_end", "gkg:periodEndYear", "结束年份"),
            Column(
                "budget",
                "",
                "总投资（原文）",
                pattern="?s gkg:budget ?b . "
                "?b schema:value ?x ; gkg:amountUnit ?u . BIND(CONCAT(STR(?x), STR(?u)) AS ?v)",
            ),
            Column("budget_yuan", "gkg:budget/gkg:amountInYuan", "总投资（元）"),
            Column(
                "budget_yi_yuan",
                "gkg:budget/gkg:amountInYuan",
                "总投资（亿元）",
                convert=hundred_millions,
            ),
            Column(
                "agencies",
                "",
                "责任单位（按排序）",
                pattern="?s gkg:responsibility ?r . "
                f"?r gkg:position ?n ; prov:agent ?a . ?a {LABEL} ?l . "
                'BIND(CONCAT(STR(?n), ". ", STR(?l)) AS ?v)',
            ),
            name_of("location", "schema:location", "地点"),
            *PROVENANCE,
        ),
        order_by=("plan", "list", "sequence"),
    ),
    Table(
        "responsible_agencies",
        "gkg:Responsibility",
        "项目责任单位",
        "responsible agencies",
        (
            iri("project", "^gkg:responsibility", "项目"),
            name_of("project_name", "^gkg:responsibility", "项目名称"),
            Column("position", "gkg:position", "排序"),
            Column("lead", "gkg:lead", "牵头"),
            iri("agency", "prov:agent", "责任单位"),
            name_of("agency_name", "prov:agent", "责任单位名称"),
            Column("role_as_written", "gkg:roleText", "原文角色"),
            *PROVENANCE,
        ),
        order_by=("project_name", "position"),
    ),
    Table(
        "agencies",
        "org:Organization",
        "机构",
        "agencies",
        (
            Column("name", "skos:prefLabel", "名称"),
            Column("other_names", "skos:altLabel", "其他名称"),
            concept("kind", "org:classification", "类别"),
            iri("part_of", "org:subOrganizationOf", "上级机构"),
            name_of("area", "dcterms:spatial|schema:areaServed", "地区"),
            *PROVENANCE,
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
            name_of("posts", "^org:heldBy", "职务"),
            *PROVENANCE,
        ),
        order_by=("name",),
    ),
    Table(
        "indicators",
        "gkg:Indicator",
        "规划指标",
        "plan indicators",
        (
            Column("notation", "skos:notation", "序号"),
            Column("name", "skos:prefLabel", "指标名称"),
            Column("domain", "gkg:domainText", "领域"),
            Column("task", "gkg:taskText", "任务"),
            Column("unit", "gkg:unitText", "单位"),
            concept("nature", "gkg:nature", "指标属性"),
            iri("sub_indicator_of", "gkg:subIndicatorOf", "上级指标"),
            Column(
                "values",
                "",
                "数值（类别 年份：原文）",
                pattern="?o gkg:indicator ?s ; "
                "gkg:valueKind ?k ; gkg:statedValue ?x . OPTIONAL { ?o gkg:refYear ?y } "
                'OPTIONAL { ?k skos:prefLabel ?kl FILTER(LANGMATCHES(LANG(?kl), "zh")) } '
                "OPTIONAL { ?o gkg:valueColumn ?c } "  # 全省目标值: whose target, as printed
                'BIND(CONCAT(COALESCE(STR(?c), ?kl, STR(?k)), IF(BOUND(?y), CONCAT(" ", STR(?y)), ""), '
                '"：", STR(?x)) AS ?v)',
            ),
            Column("meets_reference", "gkg:meetsReference", "达到参考值"),
            name_of("table", "gkg:inTable", "所在表格"),
            *PROVENANCE,
        ),
        order_by=("table", "notation"),
    ),
    Table(
        "events",
        "schema:Event",
        "政务活动",
        "events",
        (
            Column("date", "schema:startDate", "日期"),
            Column("name", "schema:name", "活动"),
            name_of("attendees", "schema:attendee", "出席人员"),
            *PROVENANCE,
        ),
        order_by=("date", "source_lines"),
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
    for row in store.query(query):
        found.setdefault(row["s"].value, []).append(row["v"])
    cells = {}
    for subject, values in found.items():
        best = min(_language_rank(v) for v in values)
        kept = [v for v in values if _language_rank(v) == best]
        iris = all(isinstance(v, ox.NamedNode) for v in kept)  # IRIs: plain order, not number-aware
        texts = sorted({_text(v) for v in kept}, key=None if iris else _natural)
        if column.convert is not None:
            texts = [column.convert(t) for t in texts]
        cells[subject] = SEPARATOR.join(texts)
    return cells


def _rows_of(store: ox.Store, table: Table) -> list[list[str]]:
    query = f"{_prologue()}SELECT DISTINCT ?s WHERE {{ ?s a {table.cls} }}"
    subjects = sorted(
        row["s"].value for row in store.query(query) if isinstance(row["s"], ox.NamedNode)
    )
    columns = [_column_values(store, table, c) for c in table.columns]
    rows = [[s, *(col.get(s, "") for col in columns)] for s in subjects]
    positions = [table.header.index(name) for name in table.order_by]
    return sorted(rows, key=lambda r: ([(r[i] == "", _natural(r[i])) for i in positions], r[0]))


def _natural(text: str) -> tuple:
    """Number-aware sort key: 项目2 before 项目10, line 9 before line 10."""
    return tuple(
        (0, int(part), "") if part.isascii() and part.isdigit() else (1, 0, part)
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
    """An in-memory store laid out as the build's (kg.store): the quads, and their triples, each
    once, in the default graph that the tables' queries read.

    Queried with Oxigraph's union-default-graph option instead, a triple comes back once for every
    named graph holding it (oxigraph/oxigraph#1919): the shared entities of an archive multiply
    the rows, 48 of the 87 s of a 100-issue export went to the tables."""
    store = ox.Store()
    store.bulk_extend(quads)
    store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")  # in Rust
    return store


def tables(store: ox.Store, excel: bool = False) -> dict[str, tuple[Table, bytes, int]]:
    """Every table whose class has instances: name → (table, CSV bytes, row count)."""
    out = {}
    for table in TABLES:
        rows = _rows_of(store, table)
        if rows:
            out[table.name] = (table, render(table.header, rows, excel), len(rows))
    return out
