"""Records: what extractors find in the text, before any RDF.

Plain dataclasses, one per kind, each with a :class:`SourceSpan` saying where in which source it
was read. Values are as written (``kg.text.normalize.clean``: white space normalised, wrap spaces
removed); fields ending in ``_resolved`` are filled later by ``kg.resolve`` with canonical names.
Dates are ISO 8601 strings keeping the precision the text gives (``2023-06`` when only 6月份 is
known); budgets are exact decimal strings (``"0.37"``), None when the text says 待定.

``to_json`` gives the stable JSON Lines schema that ``gazette-kg extract`` prints and README.md
documents: ``{"kind": ..., "source": {"file", "start_line", "end_line", "quote"}, <fields>}``.
Adding a field is allowed; renaming or removing one is a breaking change.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, ClassVar


@dataclass(frozen=True)
class SourceSpan:
    """Where a record was read: source name, 1-based inclusive line range, the original text."""

    file: str
    start_line: int
    end_line: int
    quote: str
    start_page: int | None = None  # the pages the lines stand on, for a source with pages (PDF)
    end_page: int | None = None

    def to_json(self) -> dict[str, Any]:
        out = dataclasses.asdict(self)
        if self.start_page is None:
            del out["start_page"], out["end_page"]
        return out


@dataclass
class Record:
    """Base of every record. ``kind`` is the JSON ``kind`` value; ``source`` the span."""

    kind: ClassVar[str] = "record"
    source: SourceSpan

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "source": self.source.to_json()}
        for f in dataclasses.fields(self):
            if f.name != "source":
                out[f.name] = _plain(getattr(self, f.name))
        return out


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


# ---------------------------------------------------------------- the issue and its front matter


@dataclass
class EditorialRole:
    role: str  # as written: 主编, 副主编, 编辑, 编委
    name: str


@dataclass
class TocEntry:
    title: str
    number: str | None  # 发文字号 when the entry names one
    page: int | None
    section: str | None  # the TOC heading it stands under (市政府文件, 机构人事, …)
    source: SourceSpan | None = None  # the entry's own lines in the TOC


@dataclass
class IssueRecord(Record):
    kind: ClassVar[str] = "issue"
    title: str  # the gazette's name: 温州市人民政府公报
    year: int | None
    number: int | None  # 第6期
    cumulative_number: int | None  # 总第250期
    published: str | None  # ISO date
    publisher: str | None  # 主办
    government: str | None  # the issuing government the text is about: 温州市
    editor: str | None = None  # 承编
    editorial_roles: list[EditorialRole] = field(default_factory=list)
    toc: list[TocEntry] = field(default_factory=list)


# ---------------------------------------------------------------- official documents


@dataclass
class DocumentRecord(Record):
    """An official document printed in the body (or reported as issued, e.g. in a news report)."""

    kind: ClassVar[str] = "document"
    number: str | None  # 发文字号 normalised: 温政发〔2023〕18号
    number_verbatim: str | None
    issuer_code: str | None  # 温政发
    year: int | None
    seq: int | None
    title: str | None  # None where a page gives only metadata (文号：…) and no title
    issuer: str | None  # 温州市人民政府
    type: str | None  # 决定/通知/意见/办法/方案/…  (the title's last word)
    date: str | None  # signed (成文日期)
    effective: str | None  # 施行日期
    registration_number: str | None = None  # ZJCC00-2023-0007
    expires: str | None = None  # 有效期至 (end of validity)
    addressees: list[str] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)
    printed: bool = True
    issuer_resolved: str | None = None
    addressees_resolved: list[str | None] = field(default_factory=list)


@dataclass
class CitedDocumentRecord(Record):
    """A document named elsewhere in the text by 发文字号 and/or 《title》."""

    kind: ClassVar[str] = "cited_document"
    number: str | None
    title: str | None
    cited_by: str | None  # number (or title) of the citing document, when inside one


@dataclass
class TextChange:
    """One textual modification inside an amended document (Akoma Ntoso style)."""

    provision: str | None  # 一4, 三(一)2, 九, 第三条第二款 (brackets/space normalised); 全文
    type: str  # delete | replace | insert
    old_text: str | None
    new_text: str | None
    anchor: str | None = None  # existing wording an insertion is placed at (在“X”后增加…)
    position: str | None = None  # after | before | end: where an insertion goes
    new_provision: str | None = None  # the number the text gets: 作为第二款; 第十条改为第十一条
    note: str | None = None  # renumber (a provision only changes its number)


@dataclass
class AmendmentRecord(Record):
    """One amending or repealing decision × one target document."""

    kind: ClassVar[str] = "amendment"
    by: str | None  # number of the deciding document
    target_number: str | None
    target_title: str | None
    action: str  # amend | repeal (the target ceases to be in force: 废止, and 宣布失效 too)
    effective: str | None
    changes: list[TextChange] = field(default_factory=list)
    by_title: str | None = None  # title of the deciding document (when it has no number)
    # how a repeal is decided: 废止 (the decision ends the target's force) or 宣布失效 (it declares
    # the target lapsed: its term, task or basis is gone); None for an amendment
    form: str | None = None
    # an amending act the text names neither by number nor by title, where several records are that
    # one act: the first line of its text (the decision's section) or of the sentence reporting it
    # (表决通过了废止上述条例和三项地方性法规的决定); None where each such record is an act of its own
    act_line: int | None = None


@dataclass
class CatalogueEntryRecord(Record):
    """A line of the issued-documents catalogue (发文目录)."""

    kind: ClassVar[str] = "catalogue_entry"
    number: str | None
    title: str | None  # None where the list gives the number only (a 规章库 page's order list)
    issuer_resolved: str | None = None
    issuer: str | None = None  # as the title names it: 温州市人民政府办公室
    date: str | None = None  # when the catalogue gives one (a table column)


# ---------------------------------------------------------------- people


@dataclass
class PersonnelChangeRecord(Record):
    """One (person, action, post, organisation) from a 任免 notice or report."""

    kind: ClassVar[str] = "personnel_change"
    person: str
    action: str  # appoint | remove
    post: str  # 副局长
    organization: str | None  # as written: 温州市司法局
    probation: str | None  # as written: 一年
    decided_by: str | None  # 市人民政府
    date: str | None  # 2023-06
    form: str | None = None  # the wording: 任, 任命, 免去, 决定任命, 接受辞去, 代理 …
    acting: bool = False
    notice: str | None = None  # title of the notice or section
    organization_resolved: str | None = None
    decided_by_resolved: str | None = None
    notice_number: str | None = None  # 发文字号 of the 任免通知 when it is a numbered document
    meeting: str | None = None  # the deciding meeting as written: 第十二次会议, 第5次常务会议
    note: str | None = None  # a remark as written: 另有任用; 经考核合格，正式任职
    organization_implied: bool = False  # True: a bare post (任命X为副市长), organization is the
    # deciding government, not a name written with the post


@dataclass
class Participant:
    name: str  # as written, typos included (章月影许)
    role: str | None  # as written that day: 市长, 常务副市长, 市委常委、副市长
    attendance: str | None = None  # 参加 | 列席 | 主持 | 强调 | 讲话 … as written
    name_resolved: str | None = None  # the person meant (章月影), when the text can tell


@dataclass
class EventRecord(Record):
    """A chronicle entry (政府记事) or a news brief (政务简讯): a meeting or activity attended."""

    kind: ClassVar[str] = "event"
    genre: str  # chronicle | brief
    date: str | None
    title: str  # what was attended, as written (a chronicle entry may name several meetings)
    participants: list[Participant] = field(default_factory=list)
    end_date: str | None = None  # the last day of a range (8—9日), else None
    date_from: str | None = None  # where the date was read: entry | heading | page
    # The month and day (xsd:gMonthDay, --05-13) of an event whose text gives no year: date is null
    # then, never a guessed year; end_month_day is the last day of a range the same way.
    month_day: str | None = None
    end_month_day: str | None = None


@dataclass
class OrganizationChangeRecord(Record):
    """An agency renamed (更名为), as a decision or notice states it."""

    kind: ClassVar[str] = "organization_change"
    change: str  # rename
    original: str  # as written: 温州市投资促进局
    resulting: str  # as written: 温州市投资合作局
    date: str | None  # when it takes effect (the notice's date or its 施行 date)
    document: str | None = None  # 发文字号 of the notice that decides it
    original_resolved: str | None = None
    resulting_resolved: str | None = None


# ---------------------------------------------------------------- plans


@dataclass
class PlanRecord(Record):
    """A plan (规划, 计划, 纲要) printed in the body, usually as the attachment of a notice."""

    kind: ClassVar[str] = "plan"
    title: str  # 温州市生态文明建设规划(2021-2030年)
    notice: str | None  # 发文字号 of the notice that promulgates it: 温政发〔2023〕19号
    notice_title: str | None  # the notice's title
    period_start: str | None  # year, from the title: (2021-2030年)
    period_end: str | None


@dataclass
class ProjectRecord(Record):
    """A row of a key-project table (重点工程清单)."""

    kind: ClassVar[str] = "project"
    seq: int
    list: str  # near | mid | long | main (the table title names no term)
    section: str | None  # domain: 生态制度领域
    name: str
    construction_type: str | None  # 新建类 / 续建类 as written
    locations: list[str]
    indicator: str | None  # 指标贡献
    content: str | None
    period_start: str | None  # year
    period_end: str | None
    budget: str | None  # exact decimal string; None for 待定
    budget_unit: str | None  # 亿元
    flagged: bool  # * : targets an unmet indicator
    responsible: list[str]  # lead first, as written
    plan: str | None = None  # the plan's title
    responsible_resolved: list[str | None] = field(default_factory=list)
    locations_resolved: list[str | None] = field(default_factory=list)
    plan_notice: str | None = None  # 发文字号 of the notice that promulgates the plan
    table: str | None = None  # the table's title as written: 温州市生态文明建建设近期重点工程清单
    table_label: str | None = None  # 附表1
    seq_scope: str | None = None  # section (or table) within which 序号 restarts; None if unique
    responsible_roles: list[str | None] = field(default_factory=list)  # column of each party
    # The period as a task list writes it (完成时限 12月底前, 建设起止年月 2013.7-2017.12); its years
    # go to period_start/period_end. Kept in the record only (not mapped to RDF).
    period: str | None = None


@dataclass
class IndicatorRecord(Record):
    """A row (or sub-indicator ①②③) of a plan's indicator table."""

    kind: ClassVar[str] = "indicator"
    table: str  # 表2-1 省级生态文明建设指标规划表
    domain: str | None  # 领域
    task: str | None  # 任务
    seq: int | None
    sub: str | None  # ①, ②, … for sub-indicators; None for the row itself
    name: str
    unit: str | None
    reference_value: str | None  # 创建参照值
    nature: str | None  # 约束性 / 参考性
    baseline: str | None  # 现状值 (2020)
    target_near: str | None  # 规划值 (2025)
    target_far: str | None  # 规划值 (2030)
    met: bool | None  # 是否达标
    plan: str | None = None
    baseline_year: int | None = None  # the year in the baseline column's header: 现状值(2020年)
    target_near_year: int | None = None  # 规划值(2025年)
    target_far_year: int | None = None  # 规划值(2030年)
    seq_inferred: bool = False  # 序号 not printed; inferred from the rows around it
    seq_scope: str | None = None  # group within which 序号 restarts; None if unique in the table
    parent: str | None = None  # a sub-indicator's row, by name; None for a row
    # The target column's header where it names whose target it is, an area or a level (苏南目标值,
    # 全省目标值, 省级指标值); None for a column named by its year or by nothing.
    target_near_column: str | None = None
    target_far_column: str | None = None
    # A total over the plan's period, as written (〔18〕: 18 over the five years): the cell of a
    # 〔累计〕 column; of a 年均增速〔累计〕 column only a cell in brackets (a bare figure there is
    # an annual rate, not read) or a dash.
    cumulative: str | None = None


@dataclass
class StatedFigureRecord(Record):
    """A figure a document states about itself (a total, a count) to be checked against its rows."""

    kind: ClassVar[str] = "stated_figure"
    subject: str  # indicators | indicators_met | indicators_unmet | projects | budget | domains
    scope: str | None  # the domain or indicator table it is about; None for a plan-wide total
    value: str  # exact decimal string
    unit: str | None
    plan: str | None = None  # the plan's title
    table: str | None = None  # caption of the summary table it was read from; None for prose
    approximate: bool = False  # stated with 约/近/超过: "预算建设资金约3010.39亿元"
    items: list[str] = field(default_factory=list)  # what the text names: 未达标指标为A、B和C


# ---------------------------------------------------------------- diagnostics


@dataclass
class ExtractionWarning(Record):
    """Something an extractor saw and could not use: never a silent gap."""

    kind: ClassVar[str] = "warning"
    genre: str
    message: str


RECORD_KINDS: dict[str, type[Record]] = {
    cls.kind: cls
    for cls in (
        IssueRecord,
        DocumentRecord,
        CitedDocumentRecord,
        AmendmentRecord,
        CatalogueEntryRecord,
        PersonnelChangeRecord,
        EventRecord,
        OrganizationChangeRecord,
        PlanRecord,
        ProjectRecord,
        IndicatorRecord,
        StatedFigureRecord,
        ExtractionWarning,
    )
}
