"""Task and project lists outside key-project tables: 民生实事 lists, 重点工作任务分解 and 责任分工
方案, progress notices — items that name the units responsible for them.

The key-project tables of a plan (tab-separated rows under a header) are read by
:mod:`kg.extract.projects`; this module reads the two other ways governments write such lists:

| grammar | example |
|---|---|
| numbered item, then labelled fields on the next lines (numbered 1. (1) or 一、, a field of its work between) | ``1.努力实现地区生产总值增长6.2%左右。`` / ``牵头单位:区发改局`` / ``责任单位:立山经济开发区,…`` ``一、市区供热老旧管网改造工程`` / ``实施内容:…`` / ``责任部门:…`` |
| the same flattened into one paragraph, fields after spaces; a heading without punctuation, then after a space a description of two sentences or more, is named by its heading | ``1.轨道交通1号线一期工程投入试运营。 牵头领导:林静国 责任单位:市轨道交通工程建设指挥部 …`` ``二、 打通什邡市金河西路断头路 什邡市金河西路因…。计划打通…。 责任单位: 什邡市人民政府 完成时限: 2025年8月`` |
| numbered prose item ending in its units (单位, 部门, or the 科室 of an office), in parentheses or square brackets | ``3.加快…建设。（牵头单位：市发改委；配合单位：市财政局）`` ``（责任科室:组干科、机关党委）`` |
| a paragraph whose number is not printed or garbled, closed by a bracket of labelled unit fields | ``?。ǘ┩七進東部石化基地建設…項目。(牽頭單位:市發改委;配合單位:…)`` |
| a table flattened to one cell a line: header cells (序号 / 任务 / 责任单位 / 完成时限) one a line (a cell the column's width broke joined: 建设起 / 止年限, 总投资 / (万元)), then each row from its bare 序号 (from 1, or a page's own first row: 80); a name broken over lines is joined when the cells after it then fall in their columns; several unit columns are read lead first when a row has all its cells; in a copy whose cells are closed by a bar, a bar alone is an empty cell (unless bars alone open the rows); a name merged over sub-rows (each a part of the work, then the columns after the name) takes each sub-row's units once | ``1`` / ``启动建设…公园。`` / ``县水务局`` / ``县住建局`` / ``12月底前`` ``9 |`` / ``深化…改革和提高…标准 |`` / ``完成在职参保人数6300人 |`` / ``区人社局 |`` / … / ``城市低保… |`` / ``区民政局 |`` |
| a table one cell a line grouped by the unit that leads them: a group's ordinal alone on a line, its lead unit, the count of its items, then its items (一)(二)… with cells of their own under each; the items must come to the count | ``一`` / ``区住建局`` / ``区政府民生实事项目(1个)`` / ``(一)“打通断头路 畅通微循环”攻坚专项行动(6条路)`` / ``1.文化中心北路`` / ``区城投`` / ``已完工`` |
| a table copied one row a line, its cells between bars (shown ｜ here): a header row from 序号 naming a units and a name column, then rows from their bare 序号, read by position (a column of people, 责任人, is no unit); a row the text ends in is read when the cut falls after the cells read; units written apart by a space are two; under a header of two rows (group cells split below) or in a row whose cells do not come to the header's, the name (and period) are read from the left while the cells up to them are filled, and the units from the right: the last filled cell, when the header ends in unit columns | ``序号｜实事项目｜工作举措及实施计划｜责任单位｜配合单位｜`` / ``1｜新建成公办中小学…。｜1.4月底前…｜教育局｜发改局、住建局｜`` |
| a table run together with its cells separated by spaces (a document-sharing copy): header, then rows read by position up to the period cell, the work to the first number, that number the budget | ``序号 项目类别 项目名称 项目 地点 项目单位 建设起止年月 总建设内容及规模 建设期总投资 …`` / ``1 产业平台建设 农家乐…建设 相关乡镇(街道)村 县农办、… 2013.7-2017.12 1、农家乐… 3000 1500 …`` |
| a matter assigned in a notice that divides the work of a policy (政策措施分工): the matter, then 由 the lead unit, 会同 the units it works with, up to the verb | ``(一)关于“…”的问题,由发展改革委会同中央农办、农业部等部门研究提出落实意见。`` |
| a field of 分工: units in clauses closed by their verb, the verb their role | ``部门分工:省发展改革委牵头,各地、各部门配合。`` |
| a list in prose that states its count, then its items (no units): separated by 、 or ；, numbered in the line (one style of number throughout: 1. 1。 (1) ① 一是 一、 (一); a hard line break inside an item joined), or numbered one a line below (fewer than the count when the page is cut inside them: those before the item it ends in), or not numbered, one a line each closed by ；, the last by 。, the line after them none such; the count may close its sentence before the colon, or follow the noun (民生实事项目有3个,分别为A、B、C,共投入…: the sentence going on after the last name is no part of it); the list may follow its verb without a colon (这10项民生实事项目分别是A、B、…。), or after a comma (…10件民生实事项目,分别是A、B、…,备受关注。; …18个子项目,即A、B、…等。), or after what they touch and 即 (这十件实事涉及住房、…等领域,每一项都…相关,即投资9530万元,实施…;…): works each opened by the investment they take (投资N万元, a clause of its own) have it as their budget, and a sentence of that form after the list's 。 on its line is one more work (…改造工程。投资1000万元,建成…。); the noun may take its verb after 的 (入选…10件民生实事项目的有:), and the items below it may be works not numbered, one a line, each named before its comma and what it takes in (``“常有善育”工程,包括…等。``), all the count's lines such works and the next not one; works may be named apart by commas when each of the counted pieces ends in 项目 or 工程 and none after them does (5个项目包括A项目,B工程,…,估算总投资4.66亿元); a sentence that names the 实事 of a list without a count (…民生实事项目票决结果公布,分别为A、B、…; …民生实事项目包括:一、A;二、B;…) when the text's headline counts them once (南昌市十大民生实事项目…); a list after the vote's verb and its colon whose count and noun follow it (最终票决出:A;B;…;J,为我市2023年市政府10项民生实事项目。); the count straight after a noun of works, their investment between (确定开工县庆献礼工程项目10项,总投资33.61亿元,分别是A、B、…等建设工程项目,…: the class restated after 等 no part of the last; not works reported done: 完成, 竣工 …); works named after the verb of the choice and declared the 实事 (确定了A项目、B工程项目、…为2020年县政府为民办实事项目。5个项目…), each ending in 项目 or 工程, their count in the sentence after or the headline; a list numbered in its line that the page cuts inside item k (the text ends in it, on that line): items 1 … k-1, each closed by 。 or ；, at least two (an item bounded by its markers may run to 200 characters); after a colon, items written as sentences with no number or separator (18项惠民实事如下:A。B。…R。), read only where the sentences to the paragraph's end come to the count | ``10项重点建设项目为:A、B、…。`` ``这十件实事是:1.A。2.B。…`` ``十大民生实事…,分别包括:`` / ``①A;`` ``抓好15件大事和民生实事。分别是: (1)A。 (2)B。`` |
| a list's groups, each a clause numbered 一是 naming the group, then its items separated by 、 and counted after them; or each group (…领域, …类, …方面) counted before 包括, its items up to its ；or 。, the line or two above naming the 实事; or each group before 有, its items, then their count (…领域有A,B、C等2件实事;), parted by the one separator (，or 、) under which every group of the line comes to its count; the count must equal them | ``一是城市配套提升类,包括城市靓化工程、“口袋公园”建设、…、治理交通堵点等6个项目;二是…`` ``其中,教育惠民领域2个,包括A、B;生态环境领域2个,包括C、D;…`` ``幼有所育领域有A,B、C等2件实事;学有所教领域有D,E,…等6件实事;…`` |
| a group heading naming the unit that leads its tasks and their count, then the tasks numbered one a line | ``一、县示范区管委会牵头工作(8项)`` / ``1.投资3000万元建设南美白对虾工厂化循环水养殖基地。`` |
| a short heading naming a list of 实事, then its items numbered one a line from 1 (no units), or works not numbered, one a line, each a bare name ending in 项目 or 工程 (a note in brackets under the heading skipped), as many as a count of 实事 in the heading or the lines above it | ``教育体育局2020年为民办实事`` / ``1.实施校舍安全工程,…。`` / ``2.完成东洲幼儿园改扩建项目,…。`` ``2020年全市10点重点民生实事项目`` / ``(按得票多少排序)`` / ``中小学校舍建设工程项目`` / ``城市人居环境提升项目`` / … |
| a line that names a list of 实事 and opens it (or a short heading that counts them: 市政府2011年10件实事, or names a government's: 2022年长宁区政府实事项目; or …民生实事项目为10项,分别是:; or a sentence that counts and names them: 市级重点民生实事11件包括A、B、…等。; or a line that ends in …民生实事项目:, not one that announces requirements: 有关要求通知如下:; or a sentence closing its line that counts the 实事 to be done: …将着力办好十件实事。, or decided: …确定2024年10项重点民生实事,涵盖…等多个方面。, or announced as come out: …县政府2025年度十件民生实事项目 正式出炉! (not 即将出炉), or names what they touch and quotes the count, no stop needed: 今年,我市将办好事关人民群众切身利益的“十件实事” (not a report: 办好了, 去年…); or a short heading 十大工程 beside its 实事, or counting a government's 惠民工程: 王益区2022年十大惠民工程, a page-data line under it skipped; or the count straight after the 实事 and the colon closing the line: …民生实事项目10项:, …10件。现公告如下:; a short heading may be quoted: “十件实事”; or a line that names the works without the 实事 and closes with the list's verb and colon, 此次票决通过的项目,涉及…等领域,分别是:, read only under a count of 实事 in the two lines above, exactly; item 1 may follow the colon that closes the paragraph under the heading, …开展工作:一是…。, the others a line each, the count exact), then its items numbered at one level (一、 (一) 1. 01. (1) ① 一是, or a bare 1 (or 01) alone on its line with the item on the next, or a bare 1 (or 01) and a space before the item: 1 实施…;), each a line, sub-items and descriptions between them; a count stated in the opening line or just above must equal the items, or exceed them when the page is cut inside the list | ``《2019年市委、市政府为民办实事工作计划》的主要内容是:`` / ``一、实施公交服务便民工程`` / ``(一)新购置公交车200辆`` / ``二、…`` |
| a short heading that counts the 实事 in itself (N大/件/项…实事, 一览表 or 清单 after it), then exactly that many lines, each a phrase without punctuation (the 实事's name), the line after them none such | ``2014年十大实事一览表`` / ``强化路网建设缓解交通拥堵`` / ``加强雾霾治理改善空气质量`` / … |
| a sentence that names a list of 实事 without counting them (…实事项目主要包括:), or counts them where the paragraph names the 实事 (…为民办实事项目,… / 2023年新增14项包括:), then its works up to the sentence's 。, parted by ；, else ，, else 、: each opened by a verb of work (or 为N户… before it) and holding its figure, three at least, as many as a count says; not a list the text ends in | ``2023年为民办实事项目主要包括:建设30家智慧养老院,新增500张困难重残养护床位,…,新建30个社区市民健身中心。`` |
| a 实事's progress table under a header run together on one line (实事内容工作任务责任单位进展情况, its quarters below): each row the topic run into its work (from a verb of work: 启动, 实施, 完成 … to its 。) on one line, its units on the next, then its progress; the name is the work, the topic no part of it | ``实事内容工作任务责任单位进展情况`` / ``教育惠民启动学校空调、…加装。`` / ``区教育局,各平台、镇街`` / ``完成调查摸底工作,…`` |
| a table run together without any separator: 序号 · name · work (from a verb of work to a 。) · a person's name · organisations run together | ``序号项目名称主要内容区政府分管领导牵头单位配合单位1增加教育资源供给实施新建…。何海平教育局经开区高新园(邹区镇)各街道市国有公司2促进…`` |

An item starts at a line start (or after white space in a flattened paragraph) with its number
(``1.`` ``1．`` ``1、`` ``1﹒`` ``（1）``); it is a task only when a responsible-unit field follows it
(牵头单位, 责任单位, 配合单位, 协同责任单位, 牵头部门 …), so numbered paragraphs of a notice are not
tasks. A field's value runs to the next field, the end of the line, a closing parenthesis, or (in a
flattened paragraph) the first white space. Fields of people (牵头领导, 项目责任人) and of progress
(实际完成情况), and any other unit of the list (数据提供单位, 监测单位), end a value and are not read
as units. Units are split on 、，,；; (never inside
parentheses), a trailing 等 dropped; lead units come first as written. The name is the item's text
as written, its final 。 kept (a garbled marker too: it cannot be told from the text). An item ends
at the line after its fields that opens with text of its own (the next paragraph), so a paragraph
without a readable number does not give its units to the item above; its 序号 is the one after the
item above. In a flattened table a row without its own 序号 (a sub-item under one
number) keeps the number and the units of the row above and gets its own period. A list of a
section that numbers from 1 again in the scope of one before it (为农民办好十件实事 ①… / 为城镇居民办好
十件实事 ①…) counts in a scope of its own (实事 run 2), so that no two works share a list's 序号.

Document-sharing sites number their pages at line starts (``1、`` ``2、`` …) and break the text
wherever a page ends, inside a cell too (``高新园(邹区镇`` / ``2、)各街道``): such a run of lines is
read as one stream with the numbers dropped. A row of a table run together that the text ends in,
or whose cells cannot be told apart, is not read and a warning names it. Where a list gives a
budget column (投资, 金额) with its unit in the header or in a 单位:万元 line above it, and a place
column (地点), the row's budget (as written) and places are read; a period column is kept as
written in ``period`` (the record only) and its years in period_start/period_end. An item named by
its heading sentence whose work opens with the investment planned (``1、农村中小学校改扩建工程。计划投资
3491万元,实施…``) has that budget and unit.

Pages are often cut: an item whose fields the text ends in, stopping after a separator or inside a
unit's name (省财政厅牵头, / 主办单位:连江交通建设发展有), the last row of a table a cell a line
that the text ends in and that is not read while rows above it are, and a counted list the text ends in or
whose items do not come to its count, are warnings, not records. A list not yet decided names no
实事 of the government and is not read (nor warned of): the sentence that opens it (a counted,
headed, titled or included list, a headline's, a group's) says its items are candidates (候选, 备选,
待选, 初选), proposals (建议项目), a draft (草案, 征求意见稿, 拟定, 初步确定) or put to the vote still to
come (提交/提请…票决, 审议) — 这13个民生实事候选项目分别是:, 选排出八大类共46个民生实事候选项目,具体包括: — unless
the choice follows those words (对…候选项目进行票决,最终产生10项…); a list the vote produced (今年票决产生的…,
经…票决) is decided, and the candidates it was chosen from (从12件候选…中选出) are no part of it.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from kg.extract.context import Context
from kg.extract.names import is_name
from kg.extract.projects import column_role, parse_budget, parse_period, split_list, split_parties
from kg.records import ExtractionWarning, ProjectRecord, Record
from kg.segment import Section
from kg.text.joined import Joined
from kg.text.normalize import chinese_number, clean, to_ascii_digits
from kg.text.source import Source

GENRE = "projects"

_ITEM = re.compile(
    r"(?:^|(?<=\s))(?:(?P<n>\d{1,3})\s*[.．、﹒](?!\d)|[（(](?P<p>\d{1,3}|[一二三四五六七八九十]{1,3})[）)]"
    # 一、 opens an item too when fields follow it (a 公告 of 实事: 一、NAME / 实施内容:… / 责任部门:…)
    r"|(?P<c>[一二三四五六七八九十]{1,3})\s*、)"
    r"\s*(?=[\u4e00-\u9fff“\"])"
)
_UNIT_LABEL = (
    r"(?:(?:牵头|主责|责任|主办|协办|配合|协同|参与|实施|承办)(?:负责|责任)?(?:单位|部门|科室)"
    r"|(?:部门|责任|任务|职责)分工)"
)
# the verb that closes a clause of units in a field of 分工 or in parentheses: X牵头,Y配合
_CLAUSE_VERB = re.compile(r"(牵头|配合|负责|参与|协助|协同|落实)\s*$")
_OTHER_LABEL = (
    r"[\u4e00-\u9fff]{0,6}(?:领导|责任人|负责人|时限|时间|完成情况|进展情况|进度|内容|目标|备注|"
    r"措施|地点|联系人|联系电话)"
    # any other unit of a list is no responsible one: 数据提供单位, 监测单位, 报送单位
    r"|[\u4e00-\u9fff]{1,6}(?:单位|部门|科室)"
)
_FIELD = re.compile(
    rf"(?:^|(?<=[\s。；;，,]))[（(〔\[【]?(?P<label>{_UNIT_LABEL}|{_OTHER_LABEL})\s*[:：]"
)
_UNIT = re.compile(rf"^{_UNIT_LABEL}$")
_TRAILING = re.compile(r"[。．.；;，,\s]+$|等$|(?:按职责分工|分别)?(?:负责|牵头|配合|参与|落实)$")
# （省发改委、省工业和信息化厅等负责）  （省农业厅牵头）  （市发改委牵头，市财政局配合）
_UNITS_IN_PARENS = re.compile(
    r"[（(〔](?P<units>[^（）()〔〕:：]{2,200}?(?:负责|牵头|配合|参与|落实))[）)〕]\s*$"
)
_CLOSE = re.compile(r"[）)〕\]】]")
_WORDS = re.compile(r"[\u4e00-\u9fff]")
# a paragraph closed by a bracket of labelled unit fields: …。(牵头单位:市发改委;配合单位:…)
_CLOSING_FIELDS = re.compile(
    rf"[。；;](?P<fields>[（(〔]\s*{_UNIT_LABEL}\s*[:：][^（）()〔〕]*(?:[（(][^（）()]*[）)][^（）()〔〕]*)*[）)〕])\s*$"
)
_SECTION_HEAD = re.compile(r"^\s*[一二三四五六七八九十]{1,3}\s*、")

# flattened one-cell-a-line tables
_HEADER_CELL = re.compile(r"^(?:序\s*号|编\s*号)$")
_NAME_HEADER = re.compile(r"(?:实事|任务|项目|工作|事项|内容|名称)")
_UNIT_HEADER = re.compile(r"(?:责任|牵头|配合|协办|主办)(?:单位|部门)$")
_PERIOD_HEADER = re.compile(r"(?:完成)?(?:时限|时间|期限)$")
_BARE_SEQ = re.compile(r"^\d{1,3}$")
_MONEY_UNIT = re.compile(r"(亿元|千万元|百万元|十万元|万元|千元|元)")
_RUN_TOGETHER = re.compile(r"(?<=[^\s(（][镇乡])(?=[^\s)）(（])|(?<=街道)(?=[^\s)）(（])")
_PERIOD_CELL = re.compile(
    r"(?:\d{1,2}月|年底|年内|年末|季度|上半年|下半年|底前|月底|全年|长期|持续|常态)"
)
_ORG_END = re.compile(
    r"(?:局|委|办|厅|中心|政府|院|会|部|室|所|队|站|指挥部|联|公司|集团|管委会|街道|乡镇|处|社|行|署|馆"
    r"|(?:各|有关|相关|成员)单位)$"
)


@dataclass
class _Item:
    seq: int
    line: int
    last: int
    name: str
    units: list[str] = field(default_factory=list)
    roles: list[str | None] = field(default_factory=list)
    period: str | None = None
    sub: int = 0  # position under one number (flattened tables), 0 for the item itself
    budget: str | None = None  # as written (a decimal), in ``unit``
    unit: str | None = None
    locations: list[str] = field(default_factory=list)
    section: str | None = None  # the row's category (项目类别)
    scope: str | None = None  # the list within which its 序号 counts (a counted list's noun)
    content: str | None = None  # the work described under a heading-line name
    cut: bool = False  # a row the text ends in, not read: a warning


def extract(section: Section, context: Context) -> Iterator[Record]:
    numbered = list(_labelled_items(section))
    taken = {line for item in numbered for line in range(item.line, item.last + 1)}
    items = numbered + [i for i in _unnumbered_items(section) if i.line not in taken]
    taken |= {line for item in items for line in range(item.line, item.last + 1)}
    items += _closing_field_items(section, taken)
    taken |= {line for item in items for line in range(item.line, item.last + 1)}
    items += _flat_table_items(section, last_line(context.source))
    items += _piped_table_items(section, context)
    items += _grouped_flat_items(section, context)
    items += _assigned_questions(section, taken)
    items += _topic_rows(section, context, taken)
    for found in _counted_lists(section, context, taken):
        if isinstance(found, ExtractionWarning):
            yield found
        else:
            items.append(found)
    items += _included_lists(
        section, context, {line for item in items for line in range(item.line, item.last + 1)}
    )
    items += _titled_lists(
        section, context, {line for item in items for line in range(item.line, item.last + 1)}
    )
    items += _led_groups(
        section, context, {line for item in items for line in range(item.line, item.last + 1)}
    )
    items += _topic_lists(
        section, {line for item in items for line in range(item.line, item.last + 1)}
    )
    for found in _headed_lists(
        section, context, {line for item in items for line in range(item.line, item.last + 1)}
    ):
        if isinstance(found, ExtractionWarning):
            yield found
        else:
            items.append(found)
    for found in _run_together_items(section, context):
        if isinstance(found, ExtractionWarning):
            yield found
        else:
            items.append(found)
    seen: set[tuple[int, str]] = set()
    previous, restarts = 0, 0
    runs: dict[str, int] = {}  # a scope's lists so far: a second list of 实事 numbers afresh
    for item in sorted(items, key=lambda i: (i.line, i.sub)):
        if (item.line, item.name) in seen:
            continue
        seen.add((item.line, item.name))
        if item.scope is not None and not item.sub:
            scope = item.scope
            if item.seq == 1:
                runs[scope] = runs.get(scope, 0) + 1
            if runs.get(scope, 1) > 1:  # 为农民办好十件实事 ①… / 为城镇居民办好十件实事 ①…
                item.scope = f"{scope} run {runs[scope]}"
        if item.seq and item.seq <= previous and item.scope is None and not item.sub:
            restarts += 1  # the numbering starts again (under the next heading): its own scope
        if restarts and item.scope is None:
            item.scope = f"run {restarts + 1}"
        item.seq = item.seq or previous + 1  # an item whose number is not printed (or garbled)
        previous = item.seq
        if item.cut or _cut_off(item, context):
            where = "its row" if item.cut else "its units"
            message = f"item {item.seq}: the text ends inside {where} (cut off); not read"
            yield ExtractionWarning(
                context.span(item.line, item.last), genre=GENRE, message=message
            )
            continue
        yield _record(item, context)


def _cut_off(item: _Item, context: Context) -> bool:
    """Does the text end inside the item's units? Its fields are on the text's last line and that
    line stops after a separator (省财政厅牵头,) or in a unit that is no organisation's whole
    name (连江交通建设发展有): the units after the cut are lost, so the item is not a fact."""
    if not item.units:
        return False  # a counted list checks its own end
    lines = context.source.lines
    last = last_line(context.source)
    if item.last < last:
        return False
    end = lines[last - 1].strip()
    unit = item.units[-1] if item.units else ""
    return bool(re.search(r"[、，,；;：:（(]$", end)) or not _whole_unit(unit)


_COLLECTIVE = re.compile(r"(?:各|有关|相关|全)")  # 各地, 有关县(市、区), 全区经济运行各专班


_LEVEL_WORD = re.compile(r"(?:[省市县区州旗镇乡]|街道|自治[区州县])")  # 责任单位:区 (cut after 区)


def _whole_unit(unit: str) -> bool:
    if _LEVEL_WORD.fullmatch(unit):
        return False  # a level word alone opens a unit's name, it is none
    return bool(re.search(rf"(?:{_UNIT_END}|部门|单位|机构)$", unit) or _COLLECTIVE.match(unit))


# ---------------------------------------------------------------- labelled items


def _labelled_items(section: Section) -> Iterator[_Item]:
    lines = [(n, raw) for n, raw in section.numbered_lines() if raw.strip() and "\t" not in raw]
    # One stream of (line, text) pieces; an item runs from its number to the next number or heading.
    # (index in lines, offset, seq, offset of the body, numbered as a heading)
    starts: list[tuple[int, int, int, int, bool]] = []
    for index, (_, raw) in enumerate(lines):
        for match in _ITEM.finditer(raw):
            written = match.group("n") or match.group("p") or match.group("c")
            seq = int(to_ascii_digits(written)) if written.isdigit() else chinese_number(written)
            headed = not written.isdigit()  # 一、 (一): a heading's number
            starts.append((index, match.start(), seq, match.end(), headed))
    for k, (index, _offset, seq, body, headed) in enumerate(starts):
        end_index, end_offset = (
            (starts[k + 1][0], starts[k + 1][1]) if k + 1 < len(starts) else (len(lines), 0)
        )
        pieces: list[tuple[int, str]] = []
        i = index
        while i < len(lines) and (i < end_index or (i == end_index and end_offset > 0)):
            number, raw = lines[i]
            start = body if i == index else 0
            stop = end_offset if i == end_index else len(raw)
            if i > index and _SECTION_HEAD.match(raw):
                break
            pieces.append((number, raw[start:stop]))
            i += 1
        item = _item_from(seq, pieces, headed)
        if item:
            yield item


def _unnumbered_items(section: Section) -> Iterator[_Item]:
    """Items without a number: a line, then lines that each open with a field, one a unit."""
    lines = [(n, raw) for n, raw in section.numbered_lines() if raw.strip() and "\t" not in raw]
    seq = 0
    i = 1
    while i < len(lines):
        j = i
        while j < len(lines) and _FIELD.match(lines[j][1].strip()):
            j += 1
        above = lines[i - 1][1].strip()
        if j > i and not _FIELD.match(above) and not _ITEM.match(above):
            item = _item_from(seq + 1, [lines[i - 1], *lines[i:j]])
            if item and item.name.endswith("。"):
                seq += 1
                yield item
        i = j + 1 if j > i else i + 1


def _closing_field_items(section: Section, taken: set[int]) -> Iterator[_Item]:
    """Paragraphs without a (readable) number that close with a bracket of labelled unit fields:
    ``…建设,抓好80万吨乙烯改扩建项目。(牵头单位:市发改委;配合单位:市经贸委、…)``. Their 序号
    is the one after the item above (0 here, set in :func:`extract`)."""
    for number, raw in section.numbered_lines():
        text = raw.strip()
        if number in taken or "\t" in raw or _SECTION_HEAD.match(text):
            continue
        if _CLOSING_FIELDS.search(text):
            item = _item_from(0, [(number, text)])
            if item and item.name.endswith("。"):
                yield item


def _item_from(seq: int, pieces: list[tuple[int, str]], headed: bool = False) -> _Item | None:
    fields: list[tuple[str, str, int]] = []  # (label, value, line)
    name_parts: list[str] = []
    for number, text in pieces:
        matches = list(_FIELD.finditer(text))
        if not matches or (fields and _WORDS.search(text[: matches[0].start()])):
            if fields:
                break  # text after the fields: the next paragraph, not this item
            name_parts.append(text)
            continue
        if not fields:
            name_parts.append(text[: matches[0].start()])
        for m, nxt in zip(matches, [*matches[1:], None], strict=True):
            value = text[m.end() : nxt.start() if nxt else len(text)]
            fields.append((m.group("label"), value, number))
    units: list[tuple[str | None, str]] = [
        (label, value) for label, value, _ in fields if _UNIT.match(label)
    ]
    text = clean("".join(name_parts))
    if not units:
        # the units in a closing parenthesis of the item's first paragraph
        for k in range(len(name_parts)):
            text = clean("".join(name_parts[: k + 1]))
            found = _UNITS_IN_PARENS.search(text)
            if found:
                break
        else:
            return None
        units = [(None, found.group("units"))]
        text = text[: found.start()]
        fields = [(None, found.group("units"), pieces[k][0])]
    content = None
    heading = clean(name_parts[0]) if len(name_parts) > 1 else ""
    if (
        _HEADING_LINE.search(heading)
        and len(heading) <= 40
        and not _INSIDE_SENTENCE.search(heading)
    ):
        # 1.绵阳火车站站前广场及周边配套设施建设项目 / 新建临园路下穿通道,…: the heading line is
        # the name, the lines under it the work
        text, content = heading, clean("".join(name_parts[1:])) or None
    elif headed and len(name_parts) == 1 and (spaced := _spaced_heading(name_parts[0])):
        text, content = spaced
    name = _name(text.rstrip("（(〔[【").strip())
    if not name or len(name) > 300:
        return None
    item = _Item(seq, pieces[0][0], max(n for *_, n in fields), name, content=content)
    item.budget, item.unit = _invested(text.strip(), name)
    flat = len({n for *_, n in fields}) == 1 and pieces[0][0] == fields[0][2]
    for label, value in units:
        value = value.strip()
        if flat:
            value = value.split()[0] if value.split() else ""
        value = _unbracketed(value).split("。")[0]
        for party, role in _units_of(clean(value), label):
            item.units.append(party)
            item.roles.append(role)
    if not item.units:
        return None
    period = next(
        (v for label, v, _ in fields if label and re.search(r"时限|完成时间", label)), None
    )
    item.period = clean(period).rstrip("。") if period else None
    return item


# A name line: a project or an action named, no sentence (…建设项目, …工程(票决项目), …专项行动).
_HEADING_LINE = re.compile(
    r"(?:项目|工程|行动|计划|改造|整治|提升)(?:\s*[（(][^（）()]{1,10}[）)])?$"
)
_INSIDE_SENTENCE = re.compile(r"[。；;，,：:]")


def _spaced_heading(paragraph: str) -> tuple[str, str] | None:
    """(name, work) of an item numbered as a heading (一、 (一)) that runs into one paragraph with
    its fields: a heading of words without punctuation, white space, then a description of two
    sentences or more (一、 打通什邡市金河西路断头路 什邡市金河西路因…频发。计划打通…。
    责任单位: …). A heading broken by a space stays whole (开展市域内7条道路交通 安全隐患治理);
    one sentence after a space is the item itself wrapped, not a description; an item numbered
    1. is a sentence, a space in it a wrap."""
    pieces = paragraph.split()
    k = next((k for k, piece in enumerate(pieces) if _INSIDE_SENTENCE.search(piece)), 0)
    heading, rest = clean(" ".join(pieces[:k])), clean("".join(pieces[k:]))
    if not k or len(_WORDS.findall(heading)) < 6 or len(heading) > 40:
        return None
    if not rest.endswith("。") or rest.count("。") < 2:
        return None
    return heading, rest


# A note on how the list is written, in parentheses after a unit: (首位单位为牵头单位,下同).
_LIST_NOTE = re.compile(r"[（(][^（）()]{0,20}(?:下同|牵头单位|为牵头|首位)[^（）()]{0,20}[）)]")


def _units_of(value: str, label: str | None) -> list[tuple[str, str | None]]:
    """The units of a field's value with their role: the field's label, or for a field of 分工
    (and units in parentheses) the verb closing each clause (省发展改革委牵头,各地、各部门配合:
    牵头, 配合, 配合)."""
    found: list[tuple[str, str | None]] = []
    for clause in _clauses(value):
        verb = _CLAUSE_VERB.search(clause)
        role = verb.group(1) if verb and (label is None or "分工" in label) else label
        for party in split_parties(_LIST_NOTE.sub("", clause)):
            party = _TRAILING.sub("", _TRAILING.sub("", party).strip()).strip()
            if party:
                found.append((party, role))
    return found


def _clauses(value: str) -> list[str]:
    """A value split at ，,；; outside parentheses."""
    clauses, depth, current = [], 0, ""
    for ch in value:
        depth += (ch in "（(") - (ch in "）)" and depth > 0)
        if depth == 0 and ch in "，,；;":
            clauses.append(current)
            current = ""
        else:
            current += ch
    return [c for c in [*clauses, current] if c.strip()]


def _unbracketed(value: str) -> str:
    """The value up to a closing bracket that closes nothing inside it (the item's own bracket)."""
    depth = 0
    for i, ch in enumerate(value):
        if ch in "（(":
            depth += 1
        elif _CLOSE.match(ch):
            if depth == 0:
                return value[:i]
            depth -= 1
    return value


# The work under a heading sentence, opened by what it will cost: 1、农村中小学校改扩建工程。计划投资3491万元,
# 实施…。(责任单位:市教育局)
_INVESTED = re.compile(
    r"(?:计划|预计|拟)?总?投资(?:约)?\s*(?P<amount>\d+(?:\.\d+)?)\s*(?P<unit>亿元|万元)(?=[，,。；;])"
)


def _invested(text: str, name: str) -> tuple[str | None, str | None]:
    """(budget as written, its unit) of an item named by its heading sentence (see _name) whose
    work opens by stating the investment planned; (None, None) otherwise."""
    if name == text or not text.startswith(name):
        return None, None
    invested = _INVESTED.match(text, len(name))
    return (invested.group("amount"), invested.group("unit")) if invested else (None, None)


def _name(text: str) -> str:
    """The item as written; an item that opens with a short heading sentence (（一）加强市场体系
    建设。推进…) is named by that sentence."""
    first, _, rest = text.partition("。")
    if rest.strip() and len(first) <= 30 and len(_WORDS.findall(first)) >= 2:
        return first + "。"
    return text


@functools.lru_cache(maxsize=8)
def last_line(source: Source) -> int:
    """The number of a source's last line with text: where a page that was cut ends (once per
    source; each section asked it)."""
    return max((n for n, line in enumerate(source.lines, 1) if line.strip()), default=0)


# ---------------------------------------------------------------- lists counted in prose

# 10项重点建设项目为:A、B、…。  这十件实事是:1.A。2.B。…  十大民生实事涉及…,分别包括: / ①A; / ②B;
_COUNTED = re.compile(
    r"(?P<count>\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:项|件|个|大|批)"
    r"(?P<noun>[\u4e00-\u9fff“”]{0,20}?(?:项目|工程|实事|好事|任务|事项))"
    r"(?:(?:[^。:：]{0,30}?(?:[,，]|。\s*(?=分别|主要|具体|即|包括)))?"
    # …的 then its verb: 入选2024年度常州市10件民生实事项目的有:
    r"(?:的(?:分别|主要|具体)?(?:为|是|有|包括)|(?:分别|主要|具体)?(?:为|是|有|包括|如下|即)?)\s*[:：]"
    # the list straight after the noun and its verb, no colon: 这10项民生实事项目分别是A、B、…。
    r"|(?:分别是|分别为|包括)(?=[\u4e00-\u9fff“\"])"
    # …, a comma between: 票选出了2023年顺德区10件民生实事项目,分别是A、B、…、J,备受关注。
    # (or 即: 11件惠民实事包含18个子项目,即A、B、…等。; not 即日, 即将)
    r"|[,，](?:分别是|分别为|即(?![日将可时刻]))(?=[\u4e00-\u9fff“\"])"
    # what they touch between the noun and 即 (no colon): 这十件实事民生实事涉及住房、…等领域,每一项都
    # 与…密切相关,即投资9530万元,实施…;投资4000万元,… (no other count between: 11件惠民实事包含18个
    # 子项目,即A、B、… names the 18)
    r"|(?:(?![一二三四五六七八九十]{1,3}(?:个|件|项)子?(?:项目|实事|工程))[^。:：；;\d]){2,80}?"
    r"[,，]即(?![日将可时刻使便])(?=[\u4e00-\u9fff“\"]))"
    # the count after the noun: 确定的民生实事项目有3个,分别为A、B、C,共投入…
    r"|(?P<noun2>(?:民生|惠民|便民|为民办?)?实事(?:项目)?|重点(?:建设)?项目|重点工程)"
    r"(?:有|共|为)(?P<count2>\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:个|项|件)[,，]?"
    r"(?:分别为|分别是|包括|即)\s*[:：]?"
    # the count straight after a noun of works, their total investment between: 确定开工县庆献礼工程项目
    # 10项,总投资33.61亿元,分别是A、B、…等建设工程项目,…
    r"|(?P<noun3>工程项目|建设项目|重点项目|实事项目)"
    r"(?P<count3>\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:个|项|件)[,，]"
    r"(?:(?:计划|估算)?总投资[^。；;，,:：]{1,20}[,，])?(?:分别为|分别是|包括)(?=[\u4e00-\u9fff“\"])"
)
_DONE = re.compile(r"完成|建成|竣工|完工|投产|投用|验收")
_CLASS_RESTATED = re.compile(r"等[\u4e00-\u9fff]{0,6}?(?:项目|工程)(?=[，,。；;])")
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
# A list not yet decided names no 实事 of the government: the words that say so of the sentence
# that opens it — candidates (候选, 备选, 待选, 初选), proposals (建议项目, 项目建议), drafts (草案, 征求意见稿,
# 拟定, 初步确定 …), or a list put to the vote or to the congress (提交/提请/交由/供…票决, 审议, 表决),
# the vote still to come. A list the vote produced is decided: 今年票决产生的…, 经…票决, 提请…票决通过 say
# none of these words, and the candidates a list was chosen from (从12件候选民生项目中选出…) are no
# part of it.
_UNDECIDED = re.compile(
    r"候[选選]|[备備][选選]|待[选選]|初[选選]|[建][议議]项目|建[议議]項目|项目建[议議]|項目建[议議]"
    r"|草案|[征徵]求意[见見]|意[见見]稿|[拟擬]定|[拟擬](?:提[请請交]|列入)"
    r"|初步(?:确定|確定|[拟擬]定|筛选|篩選|遴选|遴選|形成)"
    r"|(?:提交|提[请請]|交由|交付|供)[^。；;]{0,30}?(?:[票投][决決选選]|审议|審議|表[决決])"
    r"(?!产生|產生|通过|通過|出|确定|確定|结果|結果)"
)
_CHOSEN_FROM = re.compile(r"[从從][^。；;，,]{0,30}?中")
# the vote or the choice made after the candidates were named: 对…候选项目(共13项)进行票决,最终产生10项…
_DECIDED = re.compile(
    r"产生|產生|[选選]出|[决決]出|确定|確定|通过|通過|[当當][选選]|入[选選]|出炉|出爐|敲定"
)
_SENTENCE_END = re.compile(r"[。！？!?]")
_PINYIN = re.compile(r"[（(][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}[）)]")  # 候(hòu)選 on mirrors


def _undecided(opening: str) -> bool:
    """Whether the sentence that opens a list (``opening`` ends where its items begin) says they
    are not decided yet (_UNDECIDED), and no choice follows those words (_DECIDED)."""
    sentence = _SENTENCE_END.split(_PINYIN.sub("", opening).rstrip("。！？!? \t"))[-1]
    sentence = _CHOSEN_FROM.sub("", sentence)
    words = list(_UNDECIDED.finditer(sentence))
    return bool(words) and not _DECIDED.search(sentence, words[-1].end())


def _undecided_naming(text: str) -> bool:
    """Whether the last sentence of ``text`` that names the 实事 (the one that opens their list)
    says they are not decided yet: 西宁's «…形成了15个候选项目。最终,确定2026年民生实事项目共5大类12个,…。
    其中,…» lists the 12 decided, not the 15 candidates."""
    naming = [s for s in _SENTENCE_END.split(text) if _NAMES_SHISHI.search(s)]
    return bool(naming) and _undecided(naming[-1])


_LIST_MARK = re.compile(
    rf"^\s*(?:[一二三四五六七八九十]{{1,3}}是|\d{{1,2}}\s*[.．、。](?!\d)|[（(]\d{{1,2}}[）)]|[{_CIRCLED}]"
    r"|[一二三四五六七八九十]{1,3}\s*、|[（(][一二三四五六七八九十]{1,3}[）)])\s*"
)


def _marker(seq: int, style: int | None = None) -> re.Pattern[str]:
    """The markers item ``seq`` of a list may open with: 3. 3、 （3） ③ 三是 三、 （三）; with ``style``
    (the index of the kind item 1 opened with) only that kind, so a 2、 inside an item of a list
    numbered （1）（2） is no marker."""
    circled = _CIRCLED[seq - 1] if seq <= len(_CIRCLED) else "\0"
    chinese = _chinese_ordinal(seq) if seq < 20 else None
    kinds = [
        rf"(?<![\d.．]){seq}\s*[.．、。](?!\d)",  # 1。 where a copy wrote its full stop
        rf"[（(]{seq}[）)]",
        circled,
        rf"(?<![一二三四五六七八九十]){chinese}是" if chinese else "\0",
        rf"(?<![一二三四五六七八九十第]){chinese}\s*、" if chinese else "\0",
        rf"[（(]{chinese}[）)]" if chinese else "\0",
    ]
    if style is not None:
        kinds = [kinds[style]]
    return re.compile("|".join(f"(?P<k{k}>{p})" for k, p in enumerate(kinds) if p != "\0"))


def _style(mark: re.Match[str]) -> int:
    return next(int(name[1:]) for name, value in mark.groupdict().items() if value)


def _counted_lists(
    section: Section, context: Context, taken: set[int]
) -> Iterator[_Item | ExtractionWarning]:
    """Lists in prose that state how many items they hold and then name them. The items follow
    the colon separated by 、 or ；; (to the list's 。), or numbered on the same line (1.A。2.B。),
    or numbered one a line below it (①A; / ②B;). A list is read only when it names as many
    items as it says: where a 、 list has more pieces and all but a few end in one word, a piece
    without that word belongs to the next (新城供水管网、污水处理站、热源点工程 is one 工程 of a list of
    工程). A list the text ends in, or whose items do not come to its count, is a warning; a list
    whose numbered lines are items with units (read above) is left to them."""
    lines = [(n, raw) for n, raw in section.numbered_lines() if raw.strip()]
    last = last_line(context.source)
    for index, (number, raw) in enumerate(lines):
        for match in _COUNTED.finditer(raw):
            written = match.group("count") or match.group("count2") or match.group("count3")
            noun = match.group("noun") or match.group("noun2") or match.group("noun3")
            count = chinese_number(written) or 0
            if _undecided(raw[: match.end()]):
                continue  # 这13个民生实事候选项目分别是: put to the vote, none chosen yet
            if len(noun) > 10:
                noun = noun[-2:]  # 10件进一步提高…“含金量”的好事: its word, not what it does
            rest = raw[match.end() :].strip()
            if match.group("count2") and not rest:
                continue  # …实事项目为10项,分别是: opens a headed list (read below)
            if match.group("noun3") and _DONE.search(_SENTENCE_END.split(raw[: match.start()])[-1]):
                continue  # 今年已竣工工程项目10项,分别是…: works reported done, no list of works to do
            if rest and match.group("noun3"):
                # the list closed by its class restated (…、县文化广播电影中心等建设工程项目,这批…)
                tail = _CLASS_RESTATED.search(rest)
                rest = rest[: tail.start()] + "。" if tail else rest
            if rest:
                names = _inline_items(rest, count)
                starts = [(0, number)]
                if not names:  # the line may stop inside the list: a hard break
                    rest, starts = _paragraph(lines, index, rest)
                    names = _inline_items(rest, count)
                if not names and starts[-1][1] >= last:  # the page cut inside the list
                    names = _cut_inline_items(rest, count, starts[-1][0])
                if not names and match.group(0).rstrip().endswith((":", "：")):
                    names = _sentence_items(rest, count)
                found = _placed(rest, starts, (names or []) + _invested_after(rest, names))
            else:
                found = _line_items(lines[index + 1 :], count, last)
            if found and found[-1][2] in taken:
                continue  # numbered items with units, read above
            span = (number, found[-1][2] if found else number)
            closed = "。" in rest if rest else bool(re.search(r"[。；;]$", _line(lines, span[1])))
            cut = span[1] >= last and not closed
            if not found or cut or count < 2:
                why = (
                    "the text ends in it (cut off)" if cut else f"its items do not come to {count}"
                )
                message = f"list of {count} {noun}: {why}; not read"
                yield ExtractionWarning(context.span(*span), genre=GENRE, message=message)
                continue
            for seq, (line, name, end) in enumerate(found, 1):
                yield _Item(seq, line, end, name, section=noun, scope=noun)
    yield from _headline_counted(lines, taken)
    yield from _count_after_list(lines, taken)
    yield from _named_as_shishi(lines, taken)
    yield from _counted_after(lines, taken)
    yield from _counted_groups(lines, taken)
    yield from _groups_counted_after(lines, taken)


# 最终票决出:创建智慧康养示范社区;建设户外工作者驿站,实施劳动者温暖爱心行动;…;实施农村寄递物流服务全覆盖
# 巩固提升工程,为我市2023年市政府10项民生实事项目。: a list after the verb of the vote or the choice
# (票决出, 选出, 确定出) and its colon, its count and noun written after it (,为…N项…实事项目。 closing the
# sentence); the names, parted by ；(else 、), must come to the count.
_COUNT_AFTER_LIST = re.compile(
    r"(?:票[决決]|[选選]|确定|確定)出\s*[:：](?P<list>[^。:：]{4,800}?)[,，](?:为|為|作为|作為)"
    r"[^。；;，,:：]{0,20}?(?P<count>\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:项|件|个|項|個)"
    r"[^。；;，,:：]{0,8}?(?:实事|實事)(?:项目|項目)?。"
)


def _count_after_list(lines: list[tuple[int, str]], taken: set[int]) -> Iterator[_Item]:
    for number, raw in lines:
        if number in taken:
            continue
        for match in _COUNT_AFTER_LIST.finditer(raw):
            count = chinese_number(match.group("count")) or 0
            if count < 2 or _undecided(raw[: match.start("list")]):
                continue
            names = _counted_names(match.group("list"), count)
            start = match.start("list")
            for seq, (line, name, end) in enumerate(
                _placed(raw[start:], [(0, number)], names or []), 1
            ):
                yield _Item(seq, line, end, name, section="实事", scope="实事")


# 131名代表通过票决确定了A工程项目、B项目、…、E项目(第一期小学部分)为2020年县政府为民办实事项目。5个项目估算总
# 投资58055万元,…: works named inline after the verb of the choice (确定了, 票决出, 选出) and declared the
# 实事 (为…实事项目。); their count in the sentence after (5个项目…) or, failing it, in the lines above
# (the headline: …票决出2020年政府为民办实事项目5个), one count. The names, parted by 、 (or ；), must
# each name a work (end in 项目 or 工程, a bracket after it allowed: so the list's start is certain)
# and come to the count. Not a list the sentence only samples (确定了包括A、B在内的…项目8件).
_NAMED_AS = re.compile(
    r"(?:确定|票决出|票决产生|选出|决出|敲定)了?(?P<list>(?!包括)[^。；;:：]{4,600}?)为"
    r"(?P<what>[^。；;，,、:：]{0,30}?(?:为民办|民生|惠民|便民|为民)实事(?:项目)?)。"
    r"(?:\s*(?P<count>\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:个|项|件)(?:项目|实事))?"
)


def _named_as_shishi(lines: list[tuple[int, str]], taken: set[int]) -> Iterator[_Item]:
    for index, (number, raw) in enumerate(lines):
        if number in taken:
            continue
        for match in _NAMED_AS.finditer(raw):
            if _undecided(raw[: match.end("what")]):
                continue
            if match.group("count"):
                counts = {chinese_number(match.group("count")) or 0}
            else:
                counts = {
                    chinese_number(_headed_count(m)) or 0
                    for _, above in lines[max(0, index - _COUNT_ABOVE) : index]
                    for m in _HEADED_COUNT.finditer(clean(above))
                }
            if len(counts) != 1 or min(counts) < 2:
                continue
            count = counts.pop()
            names = _counted_names(match.group("list"), count)
            if not names or not all(_WORK_END.search(name) for name in names):
                continue
            start = match.start("list")
            yield from _listed(raw[start:], number, names, "实事")


# 一是城市配套提升类,包括城市靓化工程、“口袋公园”建设、…、治理交通堵点等6个项目;二是…: a list's
# groups, each a clause numbered 一是 二是 that names the group, then its items separated by 、 and
# counted after them (等6个项目); the count must equal them. The group (城市配套提升类) is the
# items' section, their 序号 counting within it. A 包括…等N个项目 outside such a clause (a report
# naming some projects of a list) is not read.
_COUNTED_AFTER = re.compile(
    r"(?P<group>(?:[一二三四五六七八九十]{1,3}是|其[一二三四五六七八九十]{1,3}是)[\u4e00-\u9fff“”]{2,20})"
    r"[,，]包括(?P<list>[^。；;:：]{4,600}?)等"
    r"(?P<count>\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:个|项|件)(?:项目|工程|实事|任务|事项)"
)
_GROUP_ORDINAL = re.compile(r"^(?:[一二三四五六七八九十]{1,3}是|其[一二三四五六七八九十]{1,3}是)")


def _counted_after(lines: list[tuple[int, str]], taken: set[int]) -> Iterator[_Item]:
    for number, raw in lines:
        if number in taken:
            continue
        for match in _COUNTED_AFTER.finditer(raw):
            count = chinese_number(match.group("count")) or 0
            names = _counted_names(match.group("list"), count) if count >= 2 else None
            if not names or _undecided(raw[: match.end()]):
                continue
            group = _GROUP_ORDINAL.sub("", match.group("group"))
            start = match.start("list")
            yield from _listed(raw[start:], number, names, group)


# 确定2026年民生实事项目共5大类12个,…。其中,教育惠民领域2个,包括A、B;生态环境领域2个,包括C、D;…: a
# list's groups, each named (…领域, …类, …方面) with its count before 包括 (or 分别为, 即, 为), then its
# items separated by 、 up to the group's ；or 。 (a group the text ends in is not read); the count
# must equal them, and the line or the two above must name the 实事. The group is the items'
# section, their 序号 counting within it.
_COUNTED_GROUP = re.compile(
    r"(?:^|(?<=[，,；;：:。]))(?:其中[，,])?(?P<group>[\u4e00-\u9fff]{2,12}?(?:领域|类|方面))"
    r"(?P<count>\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:个|项|件)[，,]\s*"
    r"(?:包括|分别为|分别是|即|为)\s*[:：]?(?P<list>[^。；;:：]{2,600}?)(?=[；;。])"
)


def _counted_groups(lines: list[tuple[int, str]], taken: set[int]) -> Iterator[_Item]:
    for index, (number, raw) in enumerate(lines):
        if number in taken:
            continue
        for match in _COUNTED_GROUP.finditer(raw):
            above = "".join(text for _, text in lines[max(0, index - 2) : index])
            opening = above + raw[: match.start()]
            if not _NAMES_SHISHI.search(opening) or _undecided_naming(opening):
                continue
            count = chinese_number(match.group("count")) or 0
            names = _counted_names(match.group("list"), count) if count >= 1 else None
            if not names:
                continue
            group, start = match.group("group"), match.start("list")
            yield from _listed(raw[start:], number, names, group)


# 其中,幼有所育领域有普惠托育扩容提质行动,开设100个“公益暑托服务”班点、建设100间…“梦想小屋”等2件实事;学有所教
# 领域有A,B,C,…等6件实事;…: a list's groups, each named (…领域, …类, …方面) before 有, then its items, then
# their count (等N件实事) closing the group at its ；or 。; the line or the two above must name the 实事.
# The items are parted by the one separator (，or 、, outside quotes and brackets) under which every
# group of the line comes to its count (a 、 may join two works inside one: 省镇江第一中学B、C楼改扩建);
# none read when neither or both do. A group the page cuts before its count is not read.
_GROUP_COUNTED_AFTER = re.compile(
    r"(?:^|(?<=[，,；;：:。]))(?:其中[，,])?(?P<group>[\u4e00-\u9fff]{2,12}?(?:领域|类|方面))有"
    r"(?P<list>[^。；;:：]{2,600}?)等(?P<count>\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:件|个|项)"
    r"(?:民生|惠民)?实事(?:项目)?(?=[；;。])"
)


def _groups_counted_after(lines: list[tuple[int, str]], taken: set[int]) -> Iterator[_Item]:
    for index, (number, raw) in enumerate(lines):
        if number in taken:
            continue
        groups = list(_GROUP_COUNTED_AFTER.finditer(raw))
        if not groups:
            continue
        above = "".join(text for _, text in lines[max(0, index - 2) : index])
        opening = above + raw[: groups[0].start()]
        if not _NAMES_SHISHI.search(opening) or _undecided_naming(opening):
            continue
        read = {}
        for separator in "，、":
            named = []
            for match in groups:
                count = chinese_number(match.group("count")) or 0
                pieces = _split_outside(match.group("list").replace(",", "，"), separator)
                pieces = [_TRAILING_MARK.sub("", p).strip() for p in pieces]
                named.append(_names(pieces, count) if count >= 1 else None)
            if all(named):
                read[separator] = named
        if len(read) != 1:
            continue  # no separator, or either, brings every group to its count
        for match, names in zip(groups, read.popitem()[1], strict=True):
            group, start = match.group("group"), match.start("list")
            yield from _listed(raw[start:], number, names, group)


# 南昌市十大民生实事项目票决结果公布 / … / 5月11日,2020年度南昌市民生实事项目票决结果公布,分别为A、
# B、…、J,涵盖民生各方面…: a sentence that names the 实事 of a list (…实事项目…分别为) without
# counting them, in a text whose headline (its first three lines) counts them, once. The names,
# separated by 、 or ；, must come to that count.
_NAMED_LIST = re.compile(
    r"(?:民生|惠民|便民|为民)实事(?:项目)?[^。；;:：]{0,30}?(?:分别为|分别是|包括[:：])\s*[:：]?\s*"
)


def _headline_counted(lines: list[tuple[int, str]], taken: set[int]) -> Iterator[_Item]:
    counts = {
        chinese_number(_headed_count(m)) or 0
        for _, text in lines[:3]
        for m in _HEADED_COUNT.finditer(clean(text))
    }
    if len(counts) != 1 or min(counts) < 2 or any(_undecided(text) for _, text in lines[:3]):
        return
    count = counts.pop()
    for number, raw in lines[3:]:
        found = _NAMED_LIST.search(raw)
        if found is None or number in taken or _COUNTED.search(raw):
            continue
        if _undecided(raw[: found.end()]):
            continue
        rest = raw[found.end() :]
        stop = rest.find("。")
        names = _counted_names(rest[: stop if stop >= 0 else len(rest)], count)
        yield from _listed(rest, number, names or [], "实事")


# 2023年为民办实事项目主要包括:建设30家智慧养老院,新增500张困难重残养护床位,…,新建30个社区市民健身
# 中心。: a sentence that names the 实事 of a list (…实事项目主要包括:), or counts them where the
# paragraph names the 实事 (…上海市为民办实事项目,共安排…。 / 具体来说,2023年新增14项包括:), then its
# items after the colon up to the sentence's 。, parted by ；, else by ，, else by 、. Such a list may
# be the year's whole list or some of it, so its grammar is its check: every piece is a work to
# be done, opened by its verb (建设, 新增, 完成 …; 为N户…加装, for whom before the verb) and holding its
# figure (30家, 500张), at least three of them, and as many as a count says. A sentence that goes on
# after the works (its total, its aim), names fields without figures (教育、医疗等方面) or reports
# them (已完成, 完成情况) is not read; nor a list the text ends in.
_INCLUDED = re.compile(
    r"(?:^|(?<=[。！？；;，,\s]))(?P<lead>[^。！？；;，,:：]{0,20}?)"
    r"(?:(?:为民办|民生|惠民|便民|为民)实事(?:项目|工程)?|(?P<count>\d{1,2})\s*(?:项|件|个))"
    r"(?:主要|具体)?(?:包括|包含)\s*[:：]"
)
_REPORTED_LEAD = re.compile(r"已|完成|进展|情况|去年|上年|过去")
_NAMES_SHISHI = re.compile(r"(?:为民办|民生|惠民|便民|为民)实事")
_WORK_VERB = (
    r"(?:新建|新增|新开|新改建|新改扩建|改扩建|改建|扩建|建设|建成|完成|实施|改造|更新|更换|打造|推出"
    r"|开展|开设|开通|提供|增加|增设|加装|安装|设置|配备|培训|帮助|资助|发放|筛查|整治|治理|修建|铺设"
    r"|创建|创成|举办|启动|提升|建立|招聘|投放|进行)"
)
# A work opened by the investment it takes, a clause of its own: 投资9530万元,实施… (not 投资3000万元建设
# …基地, where the sum is part of the task's sentence: V-11's gold gives it no budget)
_INVESTMENT_OPENING = re.compile(
    r"^(?:计划|预计|拟)?投资(?:约)?\s*(?P<amount>\d+(?:\.\d+)?)\s*(?P<unit>亿元|万元)(?=[，,])"
)
_WORK_PIECE = re.compile(rf"^(?:{_WORK_VERB}|[为对给向][^，,；;。]{{1,25}}?{_WORK_VERB})")
_FIGURE = re.compile(
    r"\d+(?:\.\d+)?\s*(?:万|亿|千|百)?\s*(?:[个家张户栋辆座场所条处间套台名人次批项件部片床吨亩米]"
    r"|公里|千米|平方米)"
)


def _invested_after(rest: str, names: list[str] | None) -> list[str]:
    """The works written after a list's 。 in the form of all its works, each opened by the
    investment it takes (…;投资7686万元,建设…改造工程。投资1000万元,建成…宿舍楼。): a work added to the
    list after its count was written. Each is a sentence up to its 。, one work (no ；), on the
    list's line; the first sentence of another form ends them."""
    if not names or not all(_INVESTMENT_OPENING.match(name) for name in names):
        return []
    stop = rest.find("。")
    more: list[str] = []
    for sentence in re.findall(r"[^。]+。?", rest[stop + 1 :] if stop >= 0 else ""):
        sentence = sentence.strip()
        opening = _INVESTMENT_OPENING.match(sentence)
        work = sentence[opening.end() + 1 : -1] if opening else ""
        if (
            not sentence.endswith("。")
            or not opening
            or re.search(r"[；;，,]", work)  # one work, named in one clause after its investment
            or not _WORK_PIECE.match(work)
            or _NO_WORK.search(work)
            or len(sentence) > 80
        ):
            break
        more.append(sentence)
    return more


# What a sentence of the works' form says that is no work: 建成后惠及全县群众, 全部建成, 共计…, or
# the list itself (实施上述十件民生实事, 以上各项): a summary of the list (review10 F2).
_NO_WORK = re.compile(
    r"^[^，,]{0,4}[后後]|全部|共计|合计|总计|累计|惠及|受益"
    r"|上述|前述|以上|这些|這些|各项|各項|实事|實事"
)


def _included_lists(section: Section, context: Context, taken: set[int]) -> Iterator[_Item]:
    lines = [(n, raw) for n, raw in section.numbered_lines() if raw.strip()]
    last = last_line(context.source)
    for index, (number, raw) in enumerate(lines):
        if number in taken:
            continue
        for match in _INCLUDED.finditer(raw):
            counted = match.group("count")
            if _REPORTED_LEAD.search(match.group("lead")) or _undecided(raw[: match.end()]):
                continue
            above = (
                "".join(text for _, text in lines[max(0, index - 2) : index]) + raw[: match.start()]
            )
            if counted and (not _NAMES_SHISHI.search(above) or _undecided_naming(above)):
                continue  # a count of what, the paragraph does not say (or of candidates)
            rest = raw[match.end() :]
            stop = rest.find("。")
            if stop < 0 and number >= last:
                continue  # the text ends in it (cut off)
            names = _work_names(rest[: stop if stop >= 0 else len(rest)])
            if counted and len(names) != int(counted):
                continue
            yield from _listed(rest, number, names, "实事")


def _work_names(text: str) -> list[str]:
    """The works of a list parted by ；, else ，, else 、 (outside quotes and brackets), or none
    unless each is a work with its figure."""
    text = text.replace(";", "；").replace(",", "，")
    separator = next((s for s in "；，、" if s in text), "、")
    pieces = [_TRAILING_MARK.sub("", p).strip() for p in _split_outside(text, separator)]
    works = [p for p in pieces if p and _WORK_PIECE.match(p) and _FIGURE.search(p)]
    if len(pieces) < 3 or len(works) != len(pieces) or any(len(p) > 80 for p in pieces):
        return []
    return pieces


# ---------------------------------------------------------------- lists under a title

# 教育体育局2020年为民办实事 / 2021年民生实事项目 / 十大惠民实事: a short heading that names a
# list of 实事, then (after at most a line of page data: 来源: … 发布时间: …) its items numbered one
# a line from 1 (1.A。 / 2.B。). The items run while the numbering does; no units (the list is
# the heading's). A list the text ends in without closing punctuation is a warning.
_LIST_TITLE = re.compile(
    r"^[^。，,；;:：]{0,24}(?P<noun>为民办实事(?:项目)?|(?:民生|惠民|便民|为民)实事(?:项目)?)$"
)
_PAGE_DATA = re.compile(r"来源|发布时间|发布日期|浏览|字体|点击")


def _titled_lists(section: Section, context: Context, taken: set[int]) -> list[_Item]:
    lines = [(n, raw.strip()) for n, raw in section.numbered_lines() if raw.strip()]
    last = last_line(context.source)
    items: list[_Item] = []
    for index, (_, text) in enumerate(lines):
        title = _LIST_TITLE.match(text)
        if title is None or _undecided(text):
            continue
        start = index + 1
        if start < len(lines) and _PAGE_DATA.search(lines[start][1]):
            start += 1
        found = _numbered_run(lines[start:], taken)
        if len(found) < 2:
            counts = {
                chinese_number(_headed_count(m)) or 0
                for _, above in lines[max(0, index - _COUNT_ABOVE) : index + 1]
                for m in _HEADED_COUNT.finditer(above)
            }
            found = _work_run(lines[start:], taken, counts)
        if len(found) < 2:
            continue
        found = _without_cut(found, last)
        noun = title.group("noun")
        items += [_Item(seq, n, n, name, section=noun, scope=noun) for seq, n, name in found]
    return items


# 2020年全市10点重点民生实事项目 / (按得票多少排序) / 中小学校舍建设工程项目 / 城市人居环境提升项目 / …: under
# such a heading (a note in brackets below it skipped), works not numbered, one a line, each a bare
# name ending in 项目 or 工程 (no sentence); read only when they come to a count of 实事 stated in
# the heading or the lines above it (the headline: 全市2020年度10大重点民生实事项目新鲜出炉).
_WORK_NAME = re.compile(
    r"^[^\s。，,；;:：！!？?“”\"]{2,30}?(?:项目|工程)(?:[（(][^（）()]{1,20}[）)])?$"
)
_NOTE_LINE = re.compile(r"^[（(][^（）()]{1,20}[）)]$")
_COUNT_ABOVE = 8  # lines above a heading whose counts may be its list's


def _work_run(
    lines: list[tuple[int, str]], taken: set[int], counts: set[int]
) -> list[tuple[int, int, str]]:
    if lines and _NOTE_LINE.match(lines[0][1]):
        lines = lines[1:]
    found: list[tuple[int, int, str]] = []
    for number, text in lines:
        if number in taken or not _WORK_NAME.match(text):
            break
        found.append((len(found) + 1, number, text))
    return found if len(found) in counts else []


# 2014年十大实事一览表 / 强化路网建设缓解交通拥堵 / 加强雾霾治理改善空气质量 / …: a short heading that
# counts the 实事 in itself (N大/件/项…实事, 一览表 or 清单 after it), then its items not numbered, one a
# line, each a phrase without punctuation (the 实事's name): read only when exactly the count of such
# lines follows the heading and the line after them (if any) is none such.
_COUNTING_HEADING = re.compile(
    r"^[^。，,；;:：\s]{0,20}?(?P<count>\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:件|项|大)(?:重点)?"
    r"(?:民生|惠民|便民|为民)?实事(?:项目)?(?:一览表?|清单|名单)?$"
)
_TOPIC_LINE = re.compile(r"^[\u4e00-\u9fff“”\d]{4,30}$")


def _topic_lists(section: Section, taken: set[int]) -> list[_Item]:
    lines = [(n, clean(raw)) for n, raw in section.numbered_lines() if raw.strip()]
    items: list[_Item] = []
    for index, (_, text) in enumerate(lines):
        heading = _COUNTING_HEADING.match(text)
        if heading is None or _undecided(text):
            continue
        count = chinese_number(heading.group("count")) or 0
        run = lines[index + 1 : index + 2 + count]
        topics = [(n, t) for n, t in run[:count] if _TOPIC_LINE.match(t) and n not in taken]
        if count < 2 or len(topics) != count or any(_PAGE_DATA.search(t) for _, t in topics):
            continue
        if len(run) > count and _TOPIC_LINE.match(run[count][1]):
            continue  # more such lines than the count: not its items
        items += [
            _Item(seq, n, n, t, section="实事", scope="实事")
            for seq, (n, t) in enumerate(topics, 1)
        ]
    return items


# 《2019年市委、市政府为民办实事工作计划》的主要内容是: / 一、实施公交服务便民工程 / (一)新购置公交车200辆
# / … / 二、实施城区连片棚户区(旧屋区)改造 / …;  一、纳入民生实事项目管理的内容 / (一)…。 / … / (十)…。
# (10件民生实事 in the sentence above): a line that names a list of 实事 and opens it, then its items
# numbered at one level from one (一、 (一) 1. 01. (1)), each a line, with other lines between them
# (their sub-items at a lower level, descriptions, pictures). The list runs while its numbering does
# and ends at a heading of a higher level. A count of 实事 stated in the opening line or the two lines
# above it must equal the items, else a warning, unless the page is cut inside the list (it runs to
# the text's end, whose last line is open): then it holds fewer. No units (the list is the
# government's).
_HEADED_TITLE = re.compile(
    r"(?:民生|惠民|便民|为民办|为民)实事(?![^。；;]{0,24}?(?:通知|要求|意见|事项)如下)"
    r"[^。；;]{0,24}?(?:主要内容|内容|如下|包括)(?:是|为|有)?\s*[:：]?$"
    # a list adopted or published: …表决通过**区区本级2025年民生实事项目:
    r"|(?:民生|惠民|便民|为民办|为民)实事项目\s*[:：]$"
    # a short heading that counts them: 市政府2011年10件实事, 十件民生实事, 十大工程 (beside its 实事)
    r"|^[^。，,；;:：]{0,20}?(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:件|项|大)(?:民生|惠民|便民)?实事(?:项目)?[”\"]?$"
    r"|^(?:\d{1,2}|[一二三四五六七八九十]{1,3})大工程$"
    # a short heading counting a government's works for the people, the 实事 by another name:
    # 王益区2022年十大惠民工程
    r"|^[^。，,；;:：\s]{0,20}?(?:\d{1,2}|[一二三四五六七八九十]{1,3})大(?:民生|惠民|便民)工程$"
    # a short heading naming a government's 实事 of its year: 2022年长宁区政府实事项目
    r"|^[^。，,；;:：\s]{0,20}?政府实事项目$"
    # a sentence that closes its line counting the 实事 to be done: …将着力办好十件实事。
    r"|(?:办好|办实|实施|抓好)(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:件|项)(?:民生|惠民|便民)?实事(?:项目)?。$"
    # …, what they touch between the verb and the count, quoted, the line closed without a stop:
    # 今年,我市将办好事关人民群众切身利益的“十件实事” (none done: 办好了, 已办好, 去年… are reports)
    r"|^(?!.*(?:去年|上年|过去|已经|已办|办好了|完成了))[^。；;]{0,30}?将(?:着力|继续|全力|集中)?"
    r"(?:办好|办实|实施|抓好)[^。；;，,：:]{0,20}?[“\"](?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:件|项)"
    r"(?:民生|惠民|便民)?实事(?:项目)?[”\"][。：:]?$"
    # a sentence closing its line that counts the 实事 decided, what they touch after the count:
    # 近日,沙河口区确定2024年10项重点民生实事,涵盖教育、…等多个方面。 (none done: 已, 完成 are reports)
    r"|^(?!.*(?:去年|上年|过去|已|完成))[^。；;]{0,30}?(?:确定|票决|选出|敲定)了?[^。；;，,]{0,12}?"
    r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:件|项|个)(?:重点)?(?:民生|惠民|便民)?实事(?:项目)?"
    r"(?:[,，][^。；;]{0,60})?。$"
    # a sentence closing its line that announces the counted 实事 decided as come out (出炉, 揭晓):
    # …通过县人大代表票选表决县政府2025年度十件民生实事项目 正式出炉! (none to come: 即将出炉)
    r"|^(?!.*(?:去年|上年|过去|已|完成|即将|将要|将于))[^。；;]{0,80}?"
    r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:件|项|个|大)(?:重点)?(?:民生|惠民|便民|为民)?实事(?:项目)?"
    r"\s*(?:名单)?\s*(?:正式|新鲜)?(?:出炉|揭晓|公布)(?:了|啦)?\s*[。！!]?$"
    # the count after them, the list opened by a colon: …民生实事项目为10项,分别是:
    r"|实事(?:项目)?为\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:件|项|个)[,，]?\s*(?:分别|具体)?(?:是|为|如下)?\s*[:：]$"
    # the count straight after them, the list opened by a colon closing the line: …表决确定区人民政府
    # 2020年民生实事项目10项: / …2022年实施的民生实事项目10件。现公告如下: (none done: 完成, 建成,
    # 去年… are reports)
    r"|^(?!.*(?:去年|上年|过去|已经|完成|建成))[^。；;]{0,80}?(?:民生|惠民|便民|为民办?)实事项目"
    r"\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:件|项|个)(?:[。，,]\s*现(?:予|将)?公告如下)?\s*[:：]$"
    # the count after them, then the sentence names them: 市级重点民生实事11件包括A、B、…等。
    r"|(?:民生|惠民|便民|为民)实事(?:项目)?\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:件|项|个)"
    r"(?:包括|分别是|分别为)"
)
_HEADED_COUNT = re.compile(
    r"(?P<count>\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:项|件|个|大)[\u4e00-\u9fff]{0,6}?实事"
    r"|^(?P<works>\d{1,2}|[一二三四五六七八九十]{1,3})大工程$"
    r"|^[^。，,；;:：\s]{0,20}?(?P<huimin>\d{1,2}|[一二三四五六七八九十]{1,3})大(?:民生|惠民|便民)工程$"
    r"|实事(?:项目)?为?\s*(?P<after>\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:件|项|个)"
)


def _headed_count(match: re.Match[str]) -> str:
    """The count a _HEADED_COUNT match writes, whichever of its forms."""
    return next(match.group(g) for g in ("count", "after", "works", "huimin") if match.group(g))


# A byline or an editor's line, short, that ends a page without closing punctuation: the page is
# whole, not cut inside its list (编辑:譚鵬, (记者 唐甜), 责编|李林俊, 来源:指间利川).
_BYLINE = re.compile(
    r"^[（(【\[]?[^。；;，,]{0,12}?(?:编辑|责编|记者|通讯员|审核|校对|作者|来源|供稿|摄影?)"
    r"[^。；;]{0,24}$"
)
_HEADED_GAP = 15  # lines between two items, at most


def _chinese_ordinal(seq: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (up to 99)."""
    digits = "一二三四五六七八九"
    tens, units = divmod(seq, 10)
    head = ("" if tens == 1 else digits[tens - 1]) + "十" if tens else ""
    return head + (digits[units - 1] if units else "")


# The markers of a list's levels, one table for a given item's number (_level_marker) and for any
# (_ANY_LEVEL): {c} a Chinese ordinal, {n} a number, {z} a number written with a leading 0, {o} a
# circled number.
_LEVELS = (
    r"(?<![一二三四五六七八九十]){c}\s*[、.．]",
    r"[（(]{c}[）)]",
    r"(?<![\d.．]){n}\s*[.．、](?!\d)",
    r"{z}\s*[.．、](?!\d)",
    r"[（(]{n}[）)]",
    r"{p}{n}$",
    r"{p}{n} (?=\S)",
    r"{o}",
    r"(?<![一二三四五六七八九十]){c}是",
)


def _level_marker(seq: int, level: int) -> re.Pattern[str]:
    """The marker of item ``seq`` at ``level``: 0 一、 · 1 (一) · 2 1. · 3 01. · 4 (1) · 5 a bare
    1 alone on its line, the item on the next (a list copied one cell a paragraph) · 6 a bare 1,
    white space, then the item (``1 实施10条城市“断头路”畅通工程;``: see _spaced_number) · 7 a
    circled ① (为农民办好十件实事 / ①新建农村户用沼气20万座,…。)."""
    zero = f"0{seq}" if seq < 10 else r"\0"  # 010. is no marker
    circled = _CIRCLED[seq - 1] if seq <= len(_CIRCLED) else r"\0"
    padded = "0?" if seq < 10 else ""  # a bare number may be written 01 (长宁 2022: 01 新增…)
    return re.compile(
        _LEVELS[level].format(c=_chinese_ordinal(seq), n=seq, z=zero, o=circled, p=padded)
    )


# 此次票决通过的项目,涉及交通、…等领域,分别是: a line that opens a list of the works without naming
# the 实事: read only under a count of 实事 in the two lines above it (…民生实事项目8件,…), which its
# numbered items must come to.
_OPENS_COUNTED = re.compile(
    r"(?:项目|实事|工程)(?:[,，][^。；;：:]{0,40}?)?[,，]?\s*(?:分别是|分别为|具体是|具体为)\s*[:：]$"
)


def _opened_after_colon(line: str, following: str) -> tuple[int, int] | None:
    """(level, where item 1 starts) when ``line`` ends its paragraph with a colon and item 1 of a
    list (一是 1. 一、 …) after it, and ``following`` opens with item 2 at the same level."""
    for colon in re.finditer(r"[:：]\s*", line):
        for level in range(len(_LEVELS)):
            if level in (5, 6):
                continue  # a bare number is no marker inside a line
            mark = _level_marker(1, level).match(line, colon.end())
            if mark and _level_marker(2, level).match(following):
                return level, mark.end()
    return None


_ANY_LEVEL = tuple(
    re.compile(
        level.format(
            c="[一二三四五六七八九十]{1,3}", n=r"\d{1,2}", z=r"0\d", o=f"[{_CIRCLED}]", p=""
        )
    )
    for level in _LEVELS
)
# A line opened by a bare number and white space before a word (``1 实施…;``): clean() would glue
# them (1实施…), so the space is kept, one, for _level_marker's level 6.
_SPACED_NUMBER = re.compile(r"^(\d{1,2})[ \u3000\t]+(?=[\u4e00-\u9fff“\"])")


def _spaced_number(raw: str) -> str:
    spaced = _SPACED_NUMBER.match(raw.strip())
    if spaced is None:
        return clean(raw)
    return f"{spaced.group(1)} {clean(raw.strip()[spaced.end() :])}"


def _headed_lists(
    section: Section, context: Context, taken: set[int]
) -> Iterator[_Item | ExtractionWarning]:
    lines = [(n, _spaced_number(raw)) for n, raw in section.numbered_lines() if raw.strip()]
    last = last_line(context.source)
    for index, (number, text) in enumerate(lines):
        counted_above = not _HEADED_TITLE.search(text)  # an opener whose count is above it
        if counted_above and not _OPENS_COUNTED.search(text):
            continue
        if index + 1 >= len(lines) or _undecided(text):
            continue
        start = index + 1
        if _PAGE_DATA.search(lines[start][1]) and len(lines[start][1]) <= 80:
            start += 1  # 来源:区政府 作者: 发布时间:… between the heading and its list
        if start >= len(lines) or lines[start][0] in taken:
            continue
        first = lines[start][1]
        level = next((lv for lv in range(len(_LEVELS)) if _level_marker(1, lv).match(first)), None)
        found: list[tuple[int, int, str]] = []
        at = found_at = start
        if level is None:
            # item 1 after the colon that closes the paragraph under the heading, the items after
            # it a line each: 经区委区政府研究,拟从以下十个方面开展工作:一是加快…。 / 二是…
            opened = _opened_after_colon(
                first, lines[start + 1][1] if start + 1 < len(lines) else ""
            )
            if opened is None or _undecided(first[: opened[1]]):
                continue
            level, item_at = opened
            found.append((1, lines[start][0], first[item_at:].strip()))
            at = start + 1
            counted_above = True
        while at < len(lines) and at - found_at <= _HEADED_GAP:
            line_no, line = lines[at]
            mark = _level_marker(len(found) + 1, level).match(line)
            if mark and level == 5:  # the item is the next line; a number the text ends on is cut
                named = at + 1 < len(lines) and not _ANY_LEVEL[5].match(lines[at + 1][1])
                if line_no in taken or not named or lines[at + 1][0] in taken:
                    at = len(lines) if at + 1 >= len(lines) else at  # cut after its number
                    break
                name = re.sub(r"[；;]$", "", lines[at + 1][1])
                found.append((len(found) + 1, lines[at + 1][0], name))
                found_at = at = at + 1
            elif mark:
                if line_no in taken:
                    break
                found.append((len(found) + 1, line_no, line[mark.end() :].strip()))
                found_at = at
            elif any(_ANY_LEVEL[lv].match(line) for lv in range(level + 1)):
                break  # the numbering broken, or a heading of a higher level
            at += 1
        ends_in_item = _ends_in_last_item(found, lines)
        found = _without_cut(found, last)
        if len(found) < 2:
            continue
        counts = [
            chinese_number(_headed_count(m)) or 0
            for _, above in lines[max(0, index - 2) : index + 1]
            for m in _HEADED_COUNT.finditer(above)
        ]
        # a list the page is cut in (the text ends inside it, its last line open) holds fewer; not
        # one read on the strength of a count above it, whose items must come to it
        cut = at >= len(lines) and lines[-1][0] >= last and bool(_OPEN_END.search(lines[-1][1]))
        cut = cut and not _BYLINE.search(lines[-1][1])  # 編輯:譚鵬 closes a page, it cuts nothing
        # the open line must be the last item's (its own, or a description under it as long as
        # those under the items before), not a footer after it (扫一扫在手机打开当前页, 上一篇:…)
        cut = cut and ends_in_item
        cut = cut and not counted_above
        if counted_above and not counts:
            continue  # an opener that names no 实事, or item 1 in a paragraph: the count checks it
        if counts and counts[-1] != len(found) and not (cut and len(found) < counts[-1]):
            message = f"list of {counts[-1]} 实事: its items do not come to {counts[-1]}; not read"
            yield ExtractionWarning(
                context.span(number, found[-1][1]), genre=GENRE, message=message
            )
            continue
        noun = "工程" if re.search(r"大(?:民生|惠民|便民)?工程$", text) else "实事"
        for seq, line_no, name in found:  # the ; that parts the items is no part of a name
            yield _Item(
                seq, line_no, line_no, re.sub(r"[；;]$", "", name), section=noun, scope=noun
            )


# 一、县示范区管委会牵头工作(8项) / 1.投资3000万元建设…。 / 2.…: a group of tasks headed by the
# unit that leads them and their count; its items numbered one a line from 1, each led by that
# unit. Items are read while the numbering runs, at most the count; a page ending inside the last
# one drops it.
_LED_GROUP = re.compile(
    r"^[一二三四五六七八九十]{1,3}\s*[、.．]\s*(?P<unit>[\u4e00-\u9fff（）()]{2,30}?)"
    r"牵头(?:的)?(?:工作|任务|事项)\s*[（(](?P<n>\d{1,3})\s*(?:项|件|条)[）)]$"
)


def _led_groups(section: Section, context: Context, taken: set[int]) -> list[_Item]:
    lines = [(n, raw.strip()) for n, raw in section.numbered_lines() if raw.strip()]
    last = last_line(context.source)
    items: list[_Item] = []
    for index, (_, text) in enumerate(lines):
        group = _LED_GROUP.match(clean(text).replace(" ", ""))
        if group is None or not _whole_unit(group.group("unit")):
            continue
        count = int(group.group("n"))
        found = _without_cut(_numbered_run(lines[index + 1 : index + 1 + count], taken), last)
        unit = group.group("unit")
        items += [_Item(seq, n, n, _name(name), [unit], ["牵头单位"]) for seq, n, name in found]
    return items


def _numbered_run(lines: list[tuple[int, str]], taken: set[int]) -> list[tuple[int, int, str]]:
    """Items numbered one a line from 1 (1.A / 2.B, one style of number), as (seq, line, text),
    up to the first line that does not go on with the numbering or was read already."""
    found: list[tuple[int, int, str]] = []
    style = None
    for seq, (number, raw) in enumerate(lines, 1):
        mark = _marker(seq, style).match(raw)
        if not mark or number in taken:
            break
        style = _style(mark) if style is None else style
        found.append((seq, number, raw[mark.end() :].strip()))
    return found


def _ends_in_last_item(found: list[tuple[int, int, str]], lines: list[tuple[int, str]]) -> bool:
    """The text's last line is the last item's: its own line, or a line under it no further down
    than the lines under each item before it reach (its description), as a page cut inside the
    list ends; a line further down is no item's (a page's footer after a whole list)."""
    if not found:
        return False
    index = {number: i for i, (number, _) in enumerate(lines)}
    at = [index[number] for _, number, _ in found if number in index]
    if len(at) != len(found):
        return False
    reach = max((b - a for a, b in itertools.pairwise(at)), default=1)
    return len(lines) - 1 - at[-1] < reach


def _without_cut(found: list[tuple[int, int, str]], last: int) -> list[tuple[int, int, str]]:
    """The items without the last when the page ends inside it (it is on the text's last line
    and has no closing punctuation)."""
    if found and found[-1][1] >= last and not re.search(r"[。；;！!]$", found[-1][2]):
        return found[:-1]
    return found


_OPEN_END = re.compile(r"[^。；;！？!?：:|｜]\s*$")


def _paragraph(
    lines: list[tuple[int, str]], index: int, rest: str
) -> tuple[str, list[tuple[int, int]]]:
    """A list's text from its colon, with the lines a hard break cut it into (a line that stops
    without closing punctuation goes on in the next: 五是加大 / 医疗卫生投入,…), up to five of
    them; and where each line starts in it, (offset, line number)."""
    starts = [(0, lines[index][0])]
    k = index + 1
    while _OPEN_END.search(rest) and k < len(lines) and k - index <= 5:
        following = lines[k][1].strip()
        if _SECTION_HEAD.match(following) or _COUNTED.search(following):
            break
        starts.append((len(rest), lines[k][0]))
        rest += following
        k += 1
    return rest, starts


def _listed(text: str, number: int, names: list[str], section: str) -> Iterator[_Item]:
    """The items a list written on line ``number`` names in ``text`` (its part from the first name
    on), numbered in order, each under ``section``, their 序号 counting within it."""
    for seq, (line, name, end) in enumerate(_placed(text, [(0, number)], names), 1):
        yield _Item(seq, line, end, name, section=section, scope=section)


def _placed(
    text: str, starts: list[tuple[int, int]], names: list[str]
) -> list[tuple[int, str, int]]:
    """Each name (in order) with the lines it starts and ends on in ``text``."""
    stream = Joined(text, starts)
    placed, pos = [], 0
    for name in names:
        at = text.find(name, pos)
        at, pos = (at, at + len(name)) if at >= 0 else (pos, pos)
        placed.append((stream.line_at(at), name, stream.line_at(max(at, pos - 1))))
    return placed


def _line(lines: list[tuple[int, str]], number: int) -> str:
    return next((raw.strip() for n, raw in lines if n == number), "")


# 18项惠民实事如下:完成约15万㎡宜居住区整治改造。完成12个居民小区“二次供水”设施改造。…提供40个社区
# 公益服务创投项目。 (http://jskq.cn/news/jsnews/2020/0529/10961.shtml): after the colon each item is
# a sentence, with no number or separator; read only where the sentences up to the paragraph's end
# come to the count, the last closing it.
def _sentence_items(text: str, count: int) -> list[str] | None:
    text = text.strip()
    if count < 3 or not text.endswith("。") or _LIST_MARK.match(text):
        return None
    names = [piece.strip() + "。" for piece in text[:-1].split("。")]
    if len(names) != count:
        return None
    return _names(names, count, _LONGEST_NUMBERED)


def _inline_items(text: str, count: int) -> list[str] | None:
    """The items after a list's colon on its line: numbered (1.A。2.B。) or separated."""
    if _LIST_MARK.match(text):
        names = _numbered_inline(text, count)
        if names is None or len(names) < count:
            return None
        stop = names[-1].find("。")
        names[-1] = names[-1][: stop + 1] if stop >= 0 else names[-1]
        return _names(names, count, _LONGEST_NUMBERED)
    end = text.find("。")
    return _counted_names(text[: end if end >= 0 else len(text)], count)


# An item of a list numbered in its line is bounded by its markers, not by its separators: it may
# be long (一是整合项目资金,年内完成…3020口沼气池建设。有效巩固…,推动农村经济快速发展。二是…).
_LONGEST_NUMBERED = 200


def _numbered_inline(text: str, count: int) -> list[str] | None:
    """The pieces of ``text`` between the markers 1 … ``count`` (one style of number), the last
    to the text's end; as many as the markers found in order, None when item 1's is not first."""
    names: list[str] = []
    pos, style = 0, None
    for seq in range(1, count + 1):
        if seq == 1:
            mark = _marker(seq).match(text, pos)
            if not mark:
                return None
            style = _style(mark)
        else:
            mark = _marker(seq, style).search(text, pos)
            if not mark:
                break
        if names:
            names[-1] = text[pos : mark.start()]
        names.append("")
        pos = mark.end()
    names[-1] = text[pos:]
    return names


def _cut_inline_items(text: str, count: int, last_line_at: int = 0) -> list[str] | None:
    """The items of a list numbered in its line (一是…;二是…) that the page cuts inside item k < count
    (the text ends in it, open, on the text's last line: from ``last_line_at`` in ``text``, so a
    line after the list, a byline, is no part of a cut item): items 1 … k-1, each closed by its 。
    or ；."""
    if not _LIST_MARK.match(text) or not _OPEN_END.search(text):
        return None
    names = _numbered_inline(text, count)
    if names is None or len(names) >= count or len(names) < 3:
        return None
    if len(text) - len(names[-1]) < last_line_at:
        return None  # the last item starts on a line above the text's last: no item cut there
    names = names[:-1]  # the item the page ends in
    if not all(re.search(r"[。；;]\s*$", name) for name in names):
        return None
    return _names(names, len(names), _LONGEST_NUMBERED)


def _line_items(
    lines: list[tuple[int, str]], count: int, last: int = 0
) -> list[tuple[int, str, int]] | None:
    """Items numbered one a line below a list's colon (1、A。 / ①A；), exactly ``count`` of them;
    fewer when the page is cut inside the list (its items run to the text's last line, ``last``):
    those before the item the page ends in."""
    works = _work_lines(lines, count) or _closed_lines(lines, count)
    if works is not None:
        return works
    found, style = [], None
    for seq, (number, raw) in enumerate(lines[:count], 1):
        mark = _marker(seq, style).match(raw.strip())
        if not mark:
            return None
        style = _style(mark) if style is None else style
        found.append((number, raw.strip()[mark.end() :]))
    if len(found) < count:
        if not found or found[-1][0] < last or re.search(r"[。；;！!]$", found[-1][1]):
            return None
        found = found[:-1]  # the item the page ends in
    names = _names([n for _, n in found], len(found))
    return [(n, name, n) for (n, _), name in zip(found, names, strict=True)] if names else None


# “常有善育”工程,包括扩大优质普惠托育资源供给、…等。 / … / 公共安全提升工程,包括…: items not
# numbered, one a line, each a work named before its comma (ending in 工程 or 项目, a quoted name in
# it) and what it takes in (包括 …). All ``count`` lines below the colon must be such works, and the
# line after them must not be one (the count would be short).
_WORK_LINE = re.compile(
    r"^(?P<name>[^，,。；;：:、]{2,24}?(?:工程|项目))[，,]\s*(?:主要)?(?:包括|包含|涵盖)(?=\S)"
)


# 这八件民生实事项目是: / 完成城镇老旧小区改造项目(三期); / … / 实施第三批仁化县典型镇村建设项目。: items not
# numbered, one a line, each closed by its ；, the last by its 。: all ``count`` lines below the colon,
# and the line after them (if any) none such (the count would be short).
_CLOSED_LINE = re.compile(r"^[^。；;：:]{2,80}[；;]$")
_LAST_LINE = re.compile(r"^[^。；;：:]{2,80}。$")


def _closed_lines(lines: list[tuple[int, str]], count: int) -> list[tuple[int, str, int]] | None:
    texts = [raw.strip() for _, raw in lines[: count + 1]]
    if len(texts) < count or count < 2:
        return None
    if not all(_CLOSED_LINE.match(t) for t in texts[: count - 1]):
        return None
    if not _LAST_LINE.match(texts[count - 1]) or _LIST_MARK.match(texts[0]):
        return None
    if len(texts) > count and (_CLOSED_LINE.match(texts[count]) or _LAST_LINE.match(texts[count])):
        return None
    names = _names(texts[:count], count)
    return (
        [(n, name, n) for (n, _), name in zip(lines[:count], names, strict=True)] if names else None
    )


def _work_lines(lines: list[tuple[int, str]], count: int) -> list[tuple[int, str, int]] | None:
    found = [(n, _WORK_LINE.match(raw.strip())) for n, raw in lines[: count + 1]]
    works = [(n, m.group("name"), n) for n, m in found[:count] if m]
    if len(works) != count or (len(found) > count and found[count][1]):
        return None
    return works


def _names(pieces: list[str], count: int, longest: int = 80) -> list[str] | None:
    names = [_unquoted(_TRAILING_MARK.sub("", p.strip())) for p in pieces]
    if len(names) != count or not all(_WORDS.search(n) and len(n) <= longest for n in names):
        return None
    return names


def _unquoted(name: str) -> str:
    """A name written wholly in quotes (“新建23公里碧道”) without them; a quote that opens a name
    and closes inside it stays (“一事一议”硬化村内巷道37.5万平方米。)."""
    quoted = re.fullmatch(r'[“"]([^“”"]*)[”"]', name)
    return quoted.group(1) if quoted else name


_TRAILING_MARK = re.compile(r"(?:[；;，,、]|等|等[。．])+$")


def _counted_names(text: str, count: int) -> list[str] | None:
    """The ``count`` names of a list separated by 、 or ；;, or None when they cannot be told."""
    separator = "；" if re.search(r"[；;]", text) else "、"
    pieces = [p for p in _split_outside(text.replace(";", "；"), separator) if p]
    pieces = [_TRAILING_MARK.sub("", _LIST_MARK.sub("", p)).strip() for p in pieces]
    if separator == "、" and pieces:
        # the sentence goes on after the last name: …、C,共投入资金约537万元
        pieces[-1] = _split_outside(pieces[-1], "，")[0] if "，" in pieces[-1] else pieces[-1]
        pieces[-1] = _split_outside(pieces[-1], ",")[0]
    if len(pieces) > count and separator == "、":
        pieces = _joined_by_ending(pieces)
    return _names(pieces, count) or _comma_names(text, count)


# 5个项目包括A项目,B工程,C、D县城段河道治理工程(两河公园打造),…,估算总投资4.66亿元: a count of
# works named apart by commas. Commas also part the clauses of a sentence, so the list is read
# only when each of its first ``count`` pieces names a work (ends in 项目 or 工程, a bracket after
# it allowed) and no piece after them does (the sentence going on: its total, its aim).
_WORK_END = re.compile(r"(?:项目|工程)(?:[（(][^（）()]{1,20}[）)])?$")


def _comma_names(text: str, count: int) -> list[str] | None:
    pieces = [p for p in _split_outside(text.replace("，", ","), ",") if p]
    if len(pieces) < count or any(_WORK_END.search(p) for p in pieces[count:]):
        return None
    if not all(_WORK_END.search(p) for p in pieces[:count]):
        return None
    return _names(pieces[:count], count)


def _split_outside(text: str, separator: str) -> list[str]:
    """``text`` split at ``separator`` outside parentheses and quotes."""
    pieces, depth, current = [], 0, ""
    for ch in text:
        depth += (ch in "（(“") - (ch in '）)”"' and depth > 0)
        if depth == 0 and ch == separator:
            pieces.append(current.strip())
            current = ""
        else:
            current += ch
    return [*pieces, current.strip()]


def _joined_by_ending(pieces: list[str]) -> list[str]:
    """Pieces of a 、 list where most end in one word (工程): a piece without it joins the next."""
    endings = [p[-2:] for p in pieces]
    ending = max(set(endings), key=endings.count)
    if endings.count(ending) * 2 <= len(pieces) or not pieces[-1].endswith(ending):
        return pieces
    joined, pending = [], ""
    for piece in pieces:
        if piece.endswith(ending):
            joined.append(pending + piece)
            pending = ""
        else:
            pending += piece + "、"
    return joined


# ---------------------------------------------------------------- tables flattened a cell a line


def _flat_table_items(section: Section, last: int = 0) -> Iterator[_Item]:
    """Rows of a table whose cells arrive one a line: the header cells from 序号, then each row from
    its bare 序号 (1, 2, 3 … in order) to the next. A row with as many cells as the header is read
    by position; a row with more puts the extra lines in its (one) units column when they are all
    units, else reads sub-items under one number (name, units, period, name, period), or a name
    merged over sub-rows (:func:`_merged_name`). In a copy whose cells are closed by | a bar alone
    on a line is an empty cell, unless bars alone open the rows (one stands before the header's
    序号, as before each row of B-35): then they are no cells."""
    every = [
        (n, cell)
        for n, raw in section.numbered_lines()
        if (cell := _flat_cell(raw)) or _EMPTY_CELL.match(raw)
    ]
    opened = any(
        k and _HEADER_CELL.match(cell) and not every[k - 1][1] for k, (_, cell) in enumerate(every)
    )
    lines = [(n, cell) for n, cell in every if cell] if opened else every
    i = 0
    while i < len(lines):
        if not _HEADER_CELL.match(lines[i][1]):
            i += 1
            continue
        headers: list[str] = []
        j = i + 1
        while j < len(lines) and len(lines[j][1]) <= 24 and not _BARE_SEQ.match(lines[j][1]):
            if lines[j][1]:
                headers.append(lines[j][1])
            j += 1
        headers = _joined_header(headers)
        roles = [_column(cell) for cell in headers]
        if "units" in roles and ("name" in roles or "content" in roles):
            yield from _flat_rows(lines, j, roles, _money_unit(headers, roles), headers, last)
        i = j


# A header cell ends in a noun of what its column holds; a line that ends in none is the head of a
# cell the column's width broke (建设起 / 止年限, 资金 / 来源, 责任 / 单位), and a unit in brackets
# alone on a line is the tail of the cell above (总投资 / (万元)).
_HEADER_END = re.compile(
    r"(?:序号|名称|内容|规模|领导|单位|部门|科室|时限|时间|期限|地点|投资|金额|备注|类别|年月|年限|"
    r"人|措施|目标|任务|计划|来源|情况|进度|进展|项目|工程|实事|事项|阶段|类型|性质|标准|要求|成效|"
    r"率[%％]?)$"  # 完成率, 1-8月实际完成率%: a rate's column
)
# a copied table's cells closed by | one a line: a line that is a bar alone is an empty cell
_EMPTY_CELL = re.compile(r"^\s*[|｜]\s*$")
_UNIT_TAIL = re.compile(r"^[（(][^（）()]{1,6}[）)]$")
_BRACKET_END = re.compile(r"[（(][^（）()]{1,6}[）)]$")


def _joined_header(cells: list[str]) -> list[str]:
    joined: list[str] = []
    pending = ""
    for cell in cells:
        if _UNIT_TAIL.match(cell) and joined and not pending:
            joined[-1] += cell
            continue
        pending += cell
        whole = _HEADER_END.search(pending) or _BRACKET_END.search(pending)
        if whole or (len(pending) > 2 and column_role(pending)):  # 实施主体, 开工年份: whole
            joined.append(pending)
            pending = ""
    return joined + ([pending] if pending else [])


def _flat_cell(raw: str) -> str:
    """A cell as written, without the | a copied table wraps it in."""
    return clean(raw).strip("|｜ ").strip()


def _column(cell: str) -> str | None:
    role = column_role(cell)
    if re.search(r"(?:责任|负责|联系)人$", cell.replace(" ", "")):
        return "person"  # a person answers for the item: no unit
    if role in ("responsible",) or _UNIT_HEADER.search(cell):
        return "units"
    if role == "period" or _PERIOD_HEADER.search(cell):
        return "period"
    if role in ("name", "content") or (role is None and _NAME_HEADER.search(cell)):
        return "name" if role != "content" else "content"
    return role or "other"


def _money_unit(headers: list[str], roles: list[str | None]) -> str | None:
    """The unit a budget column's header writes: 年度投资金额(万元) → 万元."""
    for header, role in zip(headers, roles, strict=True):
        found = _MONEY_UNIT.search(header) if role == "budget" else None
        if found:
            return found.group(1)
    return None


def _flat_rows(
    lines: list[tuple[int, str]],
    i: int,
    roles: list[str | None],
    unit: str | None = None,
    headers: list[str] | None = None,
    last: int = 0,
) -> Iterator[_Item]:
    """The rows from line ``i``, read; the last row, when the text ends in it (on line ``last``)
    and it is not read while rows above are, comes back marked cut (a warning: HB-05's row 10,
    cut in its units)."""
    rows: list[tuple[int, int, list[tuple[int, str]]]] = []  # (seq, line, cells)
    # a page of a long table starts at its own row (80 / …): the numbering runs on from there
    expected = int(lines[i][1]) if i < len(lines) and _BARE_SEQ.match(lines[i][1]) else 1
    while i < len(lines):
        number, text = lines[i]
        if _BARE_SEQ.match(text) and int(text) == expected:
            rows.append((expected, number, []))
            expected += 1
        elif rows:
            rows[-1][2].append((number, text))
        else:
            return
        i += 1
    read: set[int] = set()
    for item in _rows_read(rows, roles, unit, headers):
        read.add(item.seq)
        yield item
    seq, line, cells = rows[-1] if rows else (0, 0, [])
    if read and cells and cells[-1][0] >= last > 0 and seq not in read:  # a table of tasks
        yield _Item(seq, line, cells[-1][0], cells[0][1], cut=True)


def _rows_read(
    rows: list[tuple[int, int, list[tuple[int, str]]]],
    roles: list[str | None],
    unit: str | None,
    headers: list[str] | None,
) -> Iterator[_Item]:
    name_at = roles.index("name") if "name" in roles else roles.index("content")
    if roles.count("units") > 1:
        yield from _lead_first_rows(rows, roles, headers or [], name_at)
        return
    units_at = roles.index("units")
    period_at = roles.index("period") if "period" in roles else None
    for index, (seq, line, cells) in enumerate(rows):
        if len(cells) < len(roles):
            if index < len(rows) - 1:
                continue  # empty cells: the columns cannot be told apart
            cells = cells[: len(roles)]  # the last row, cut off: read what is there
            if len(cells) <= max(name_at, units_at):
                continue
        extra = len(cells) - len(roles)
        middle = cells[units_at : units_at + extra + 1]
        if extra > 0 and not all(_is_unit(t) for _, t in middle):
            wrapped = _wrapped_name(cells, roles, name_at, extra)
            cells, extra = (wrapped, 0) if wrapped else (cells, extra)
            middle = cells[units_at : units_at + extra + 1]
        if extra == 0 or all(_is_unit(t) for _, t in middle):
            values = [*cells[:units_at], middle, *cells[units_at + extra + 1 :]]
            item = _Item(seq, line, cells[-1][0] if cells else line, values[name_at][1])
            for _, text in values[units_at]:
                for party in split_parties(text):
                    item.units.append(_TRAILING.sub("", party))
                    item.roles.append(None)
            if period_at is not None:
                item.period = values[period_at][1]
            _money_and_places(item, values, roles, unit)
            if item.name and item.units and all(_is_unit(u) for u in item.units):
                yield item
        elif index < len(rows) - 1 and (merged := _merged_name(seq, line, cells, roles, name_at)):
            yield merged
        elif roles[-1] == "period" and units_at == len(roles) - 2 and name_at == units_at - 1:
            yield from _sub_items(seq, line, cells)


def _merged_name(
    seq: int, line: int, cells: list[tuple[int, str]], roles: list[str | None], name_at: int
) -> _Item | None:
    """A row whose name cell is merged over sub-rows that split the work (HB-05: 深化…改革和提高…
    标准 over 完成在职参保人数6300人 / 完成征缴基金… / 城市低保…): the name, then the sub-rows, each
    a cell of its own (its part of the work) before the columns after the name, so that its cells
    fall one column to the right. The row must come to whole sub-rows, two or more, each with
    units in the units column and a part that is no unit; its units are theirs, each once, in
    order. The row must be closed by the next (a row the text ends in may have lost sub-rows)."""
    units_at = roles.index("units")
    width = len(roles) - name_at  # a sub-row: its part, then the columns after the name
    count, rest = divmod(len(cells) - name_at - 1, width)
    if units_at <= name_at or count < 2 or rest or not cells[name_at][1]:
        return None
    item = _Item(seq, line, cells[-1][0], cells[name_at][1])
    for k in range(count):
        sub = cells[name_at + 1 + k * width : name_at + 1 + (k + 1) * width]
        part, units = sub[0][1], sub[units_at - name_at][1]
        parties = [_TRAILING.sub("", p) for p in split_parties(units)]
        if not part or _is_unit(part) or not parties or not all(map(_is_unit, parties)):
            return None
        for party in parties:
            if party not in item.units:
                item.units.append(party)
                item.roles.append(None)
    return item


def _lead_first_rows(
    rows: list[tuple[int, int, list[tuple[int, str]]]],
    roles: list[str | None],
    headers: list[str],
    name_at: int,
) -> Iterator[_Item]:
    """Rows of a table with several unit columns (牵头责任单位, 责任单位), read by position when a row
    has as many cells as the header: the lead column's units first, each with its column."""
    columns = sorted(
        (k for k, role in enumerate(roles) if role == "units"),
        key=lambda k: ("牵头" not in headers[k], k),
    )
    for seq, line, cells in rows:
        if len(cells) != len(roles):
            continue  # an empty or broken cell: the columns cannot be told apart
        item = _Item(seq, line, cells[-1][0], cells[name_at][1])
        for k in columns:
            for party in split_parties(cells[k][1]):
                item.units.append(_TRAILING.sub("", party))
                item.roles.append(headers[k])
        if "period" in roles:
            item.period = cells[roles.index("period")][1]
        if item.units and all(_is_unit(u) for u in item.units):
            yield item


def _wrapped_name(
    cells: list[tuple[int, str]], roles: list[str | None], name_at: int, extra: int
) -> list[tuple[int, str]] | None:
    """The row's cells with a name the column's width broke over lines joined (城市用气 / 提升工程):
    the name's lines are short and without punctuation, and the cells after them then fall in their
    columns: the period is one, the budget a number, the units units."""
    lines = cells[name_at : name_at + extra + 1]
    if any(len(t) > 20 or _INSIDE_SENTENCE.search(t) for _, t in lines):
        return None
    joined = [*cells[:name_at], (lines[0][0], "".join(t for _, t in lines))]
    joined += cells[name_at + extra + 1 :]
    for role, (_, text) in zip(roles, joined, strict=True):
        if role == "period" and not (_PERIOD_CELL.search(text) or _YEARS.search(text)):
            return None
        if role == "budget" and not parse_budget(text)[0]:
            return None
        if role == "units" and not all(_is_unit(u) for u in split_parties(text)):
            return None
        if role == "content" and (_is_unit(text) or not _INSIDE_SENTENCE.search(text)):
            return None  # work is a sentence: a short line after the name may be the name's
    return joined


_YEARS = re.compile(r"(?:19|20)\d{2}")


def _money_and_places(item: _Item, values: list, roles: list[str | None], unit: str | None) -> None:
    """The budget (as written, in the header's unit) and the places of a row read by position."""
    if "budget" in roles and unit and roles.index("budget") < len(values):
        budget, _problem = parse_budget(values[roles.index("budget")][1])
        item.budget, item.unit = (budget, unit) if budget else (None, None)
    if "locations" in roles and roles.index("locations") < len(values):
        item.locations = _places(values[roles.index("locations")][1])


def _places(cell: str) -> list[str]:
    """Places of a cell, split on 、，; and between names run together that end in the same level
    word (槐树关镇龙亭镇 → 槐树关镇, 龙亭镇); a bracket stays with its place (相关镇 (街道))."""
    places: list[str] = []
    for place in split_list(cell):
        parts = [p for p in _RUN_TOGETHER.split(place) if p]
        level = {p[-1] if not p.endswith("街道") else "街道" for p in parts}
        ok = len(parts) > 1 and len(level) == 1 and all(len(p) >= 3 for p in parts)
        places.extend(parts if ok else [place])
    return places


# a unit with the other name it answers by in brackets: 市财政局(国资委) (I-08)
_ALIAS = re.compile(r"[（(](?P<alias>[^（）()]{2,12})[）)]$")


def _is_unit(text: str) -> bool:
    last = _TRAILING.sub("", text.split("、")[-1])
    alias = _ALIAS.search(last)
    if alias and _ORG_END.search(alias.group("alias")) and _ORG_END.search(last[: alias.start()]):
        return len(text) <= 40
    return len(text) <= 40 and bool(_ORG_END.search(last))


def _sub_items(seq: int, line: int, cells: list[tuple[int, str]]) -> Iterator[_Item]:
    """name, units…, period, then (name, period) pairs that share the units above."""
    current: _Item | None = None
    for number, text in cells:
        if current is None:
            current = _Item(seq, line, number, text)
        elif _is_unit(text) and not current.period:
            current.units.extend(split_parties(text))
            current.roles.extend([None] * len(split_parties(text)))
        elif _PERIOD_CELL.search(text) and len(text) <= 20 and not current.period:
            current.period = text
        elif text.endswith("。") and current.units and current.period:
            yield current
            current = _Item(seq, number, number, text, list(current.units),
                            list(current.roles), None, current.sub + 1)  # fmt: skip
        else:
            return
        current.last = number
    if current and current.units and current.period:
        yield current


_GROUP_COUNT = re.compile(r"[（(](?P<n>\d{1,2})\s*(?:个|项|件)[）)]$")
_SUB_MARK = re.compile(r"^[（(](?P<n>[一二三四五六七八九十]{1,3})[）)]\s*(?=\S)")


def _grouped_flat_items(section: Section, context: Context) -> Iterator[_Item]:
    """Rows of a table one cell a line, grouped by the unit that leads them: a header from 序号
    with a 牵头单位 cell, then each group from its ordinal (一, 二 …) alone on a line, its lead unit,
    the count of its items (区政府民生实事项目(3个)), and its items numbered (一)(二)… each with
    cells of its own under it (sub-items, the owner unit, progress). A group is read only when
    its items come to its count; an item on the line the text ends in is cut, and not read."""
    lines = [(n, cell) for n, raw in section.numbered_lines() if (cell := _flat_cell(raw))]
    last = last_line(context.source)
    header = next((k for k, (_, cell) in enumerate(lines) if _HEADER_CELL.match(cell)), None)
    if header is None:
        return
    cells = [cell for _, cell in lines[header + 1 : header + 12]]
    if not any(re.search(r"牵头(?:单位|部门)$", cell) for cell in cells):
        return
    groups = [
        k
        for k in range(header + 1, len(lines) - 2)
        if lines[k][1] in {_chinese_ordinal(g) for g in range(1, 31)}
    ]
    expected = 1
    for position, k in enumerate(groups):
        if lines[k][1] != _chinese_ordinal(expected):
            break
        expected += 1
        unit, count = lines[k + 1][1], _GROUP_COUNT.search(lines[k + 2][1])
        if not _whole_unit(unit) or len(unit) > 20 or count is None:
            continue
        end = groups[position + 1] if position + 1 < len(groups) else len(lines)
        found: list[tuple[int, int, str]] = []
        for number, cell in lines[k + 3 : end]:
            mark = _SUB_MARK.match(cell)
            if mark and chinese_number(mark.group("n")) == len(found) + 1:
                found.append((len(found) + 1, number, cell[mark.end() :].strip()))
        if len(found) != int(count.group("n")) or any(n >= last for _, n, _ in found):
            continue
        for seq, number, name in found:
            item = _Item(seq, number, number, name, [unit], ["牵头单位"])
            item.scope = f"group {lines[k][1]}"
            yield item


def _piped_table_items(section: Section, context: Context) -> Iterator[_Item]:
    """Rows of a table copied one row a line with its cells between | (序号 | 实事项目 | 责任单位 |):
    a header row from 序号 naming a units column and a name (or content) column, then each row
    from its bare 序号 (1, 2, 3 … in order), read by position. A row is read only when it has as
    many cells as the header and is closed by its |: a row the text ends in (cut) is not."""
    lines = list(section.numbered_lines())
    last = last_line(context.source)
    i = 0
    while i < len(lines):
        headers = _piped_cells(lines[i][1])
        i += 1
        if not headers or not _HEADER_CELL.match(headers[0].replace(" ", "")):
            continue
        roles = [_column(cell) for cell in headers]
        names = [k for k, role in enumerate(roles) if role in ("name", "content")]
        units = [k for k, role in enumerate(roles) if role == "units"]
        if not names or not units:
            continue
        name_at = next((k for k in names if roles[k] == "name"), names[0])
        content_at = next((k for k in names if roles[k] == "content" and k != name_at), None)
        period_at = roles.index("period") if "period" in roles else None
        below = _piped_cells(lines[i][1]) if i < len(lines) else None
        two_rows = bool(below) and not _BARE_SEQ.match(below[0])  # 投资 | 完成投资 | % | …
        i += two_rows
        expected = 1
        while i < len(lines):
            number, text = lines[i]
            cells = _piped_cells(text)
            if not cells or not _BARE_SEQ.match(cells[0]) or int(cells[0]) != expected:
                break
            i += 1
            expected += 1
            closed = text.strip().endswith(("|", "｜"))
            if (two_rows or len(cells) != len(headers)) and (closed or number < last):
                item = _loose_item(expected - 1, number, text, headers, roles, name_at, period_at)
                if item:
                    yield item
                continue
            # a row the text ends in is whole up to its last cell: read when that cell is none
            # of the columns read (落实情况 cut, the name and units before it closed by |)
            read = [name_at, *units, *(k for k in (period_at, content_at) if k is not None)]
            whole = closed or number < last or max(read) < len(cells) - 1
            if len(cells) != len(headers) or not whole:
                continue  # cells cannot be told apart, or the text ends in a cell read
            item = _Item(expected - 1, number, number, cells[name_at])
            written = re.split(r"[|｜]", text.strip())
            for k in sorted(units, key=lambda k: ("牵头" not in headers[k], k)):
                for party in _cell_parties(written[k]):
                    unit = _TRAILING.sub("", party)
                    if _WORDS.search(unit):
                        item.units.append(unit)
                        item.roles.append(headers[k].replace(" ", ""))
            item.period = cells[period_at] or None if period_at is not None else None
            item.content = cells[content_at] or None if content_at is not None else None
            if item.name and item.units:
                yield item


def _loose_item(
    seq: int,
    number: int,
    text: str,
    headers: list[str],
    roles: list[str | None],
    name_at: int,
    period_at: int | None,
) -> _Item | None:
    """A piped row whose cells cannot all be placed by position (a header of two rows, its group
    cells split below; an empty cell the copy left out): the name, and the period, from the left
    while every cell up to them is filled; the units from the right, the row's last filled cell,
    when the header ends in unit columns and every piece of that cell is a unit's whole name. It
    takes the first of those columns."""
    cells = _piped_cells(text) or []
    written = re.split(r"[|｜]", text.strip())
    named = [k for k, header in enumerate(headers) if header]
    tail = list(itertools.takewhile(lambda k: roles[k] == "units", reversed(named)))
    filled = [k for k, cell in enumerate(cells) if cell]
    if not tail or not filled or name_at >= len(cells) or not all(cells[: name_at + 1]):
        return None
    if filled[-1] <= name_at or not _all_units(written[filled[-1]]):
        return None
    if len(tail) > 1 and _all_units(written[filled[-2]]):
        return None  # two cells of units: which column each is in cannot be told
    parties = [_TRAILING.sub("", p) for p in _cell_parties(written[filled[-1]])]
    item = _Item(seq, number, number, cells[name_at], parties, [headers[tail[-1]]] * len(parties))
    if period_at is not None and period_at < filled[-1] and all(cells[: period_at + 1]):
        period = cells[period_at]
        item.period = period if _PERIOD_SPAN.match(period) or _YEARS.fullmatch(period) else None
    return item


def _all_units(cell: str) -> bool:
    parties = [_TRAILING.sub("", p) for p in _cell_parties(cell)]
    return bool(parties) and all(_whole_unit(p) for p in parties)


def _cell_parties(cell: str) -> list[str]:
    """The units of a cell as written: split on 、，,；; and on the white space between units
    written apart (县教体局 各相关乡镇政府) when every piece is a unit's whole name; a unit's name
    broken by a wrap (县住 建局) is joined."""
    pieces = [split_parties(clean(piece)) for piece in cell.split()]
    parties = [_TRAILING.sub("", p) for piece in pieces for p in piece]
    if len(pieces) > 1 and all(_whole_unit(p) for p in parties):
        return parties
    return split_parties(clean(cell))


def _piped_cells(text: str) -> list[str] | None:
    """The cells of a line written as a | b | c | (the last | optional), or None when the line
    has fewer than three cells."""
    parts = re.split(r"[|｜]", text.strip())
    if parts and not parts[-1].strip():
        parts.pop()
    if len(parts) < 3:
        return None
    return [clean(part).strip() for part in parts]


# (一)关于“…”的问题,由发展改革委会同中央农办、农业部等部门研究提出落实意见。: the State Council's
# notices that divide the work of a policy (政策措施分工) name each matter and the department that
# leads it, then those it works with; the units end at the verb (负责, 研究, 牵头 …).
_ASSIGNED = re.compile(
    r"^[（(](?P<n>[一二三四五六七八九十]{1,3}|\d{1,3})[）)]\s*(?P<name>关于[^。；;]{2,200}?的问题)[,，]\s*"
    r"由(?P<lead>[^,，。；;:：]{2,80}?)(?:会同(?P<with>[^,，。；;:：]{2,300}?))?"
    r"(?:等(?:有关)?(?:部门|单位))?(?:负责|研究|牵头|组织|落实|提出|按职责)"
)


def _assigned_questions(section: Section, taken: set[int]) -> Iterator[_Item]:
    for number, raw in section.numbered_lines():
        found = _ASSIGNED.match(clean(raw).strip())
        if found is None or number in taken:
            continue
        written = found.group("n")
        seq = int(written) if written.isdigit() else chinese_number(written) or 0
        item = _Item(seq, number, number, found.group("name"))
        for text, role in ((found.group("lead"), "牵头"), (found.group("with"), "会同")):
            for party in split_parties(text or ""):
                item.units.append(_TRAILING.sub("", party))
                item.roles.append(role)
        if all(len(u) <= 20 and _WORDS.search(u) for u in item.units):
            yield item


# ---------------------------------------------------------------- tables run together in one stream

# Document-sharing sites (docx/pdf previews) number their pages at line starts (1、 2、 3、 …) and
# break lines wherever a page ends, even inside a cell: the page lines are one stream.
_PAGE_MARK = re.compile(r"^\s*(\d{1,3})、")
# A header cell ends in one of these nouns (序号 项目名称 主要内容 区政府分管领导 牵头单位 建设起止年月
# 总建设内容及规模 建设期总投资); 及/和/与 after one joins the next noun to the same cell.
_HEAD_CELL = re.compile(
    r"[\u4e00-\u9fff]{0,8}?(?:序号|名称|内容|规模|领导|单位|部门|时限|时间|期限|地点|投资|金额|"
    r"备注|类别|年月|年限|负责人|责任人|措施|目标)(?![及和与、])"
)
# Words a cell of work (主要内容) opens with: it states what is done, the name before it does not.
_OPENER = re.compile(
    r"(?:实施|落实|完成|新建|新增|建成|推进|开展|加快|启动|实现|全力|全面|全区|全市|全县|全镇|全年|"
    r"计划|力争|确保|持续|继续|进一步|围绕|聚焦|着力|深化|推动|组织|打造|投入|争取|"
    r"[为对](?=全|各|\d|辖区|城乡|困难))"
)
# An organisation run into the next one ends in one of these words; a unit opens with none of the
# words that only continue one (办公室 after 市政府 is 市政府办公室).
_UNIT_END = (
    r"(?:指挥部|管委会|委员会|办公室|公司|集团|中心|政府|街道|局|委|办|厅|院|会|部|室|所|队|站|"
    r"处|社|署|馆|区|园|镇|乡|村|团|联|校)"
)
_RUN_UNIT = re.compile(
    rf"[\u4e00-\u9fff]{{1,12}}?{_UNIT_END}(?:[（(][\u4e00-\u9fff、]{{1,10}}[)）])?"
)
_NO_START = re.compile(
    r"(?:办公室|管委会|委员会|政府|指挥部|公司|集团|中心|[局委办厅院会部室所队站处社署馆])"
)
_PERIOD_SPAN = re.compile(
    r"^(?:19|20)\d{2}(?:[.．年]\d{1,2}月?)?\s*[-－—–~～至]\s*(?:19|20)\d{2}(?:[.．年]\d{1,2}月?)?$"
)
_UNIT_OPENER = re.compile(rf"{_OPENER.pattern}|提升")
_NUMBER = re.compile(r"^\d+(?:\.\d+)?$")
_MONEY_LINE = re.compile(r"单位\s*[:：]\s*(亿元|千万元|百万元|十万元|万元|千元|元)")


def _streams(section: Section) -> Iterator[Joined]:
    """Runs of page lines (1、 2、 3、 … at line starts) as one stream each; other lines alone."""
    lines = [(n, raw) for n, raw in section.numbered_lines() if "\t" not in raw]
    i = 0
    while i < len(lines):
        page = _PAGE_MARK.match(lines[i][1])
        j = i + 1
        if page and page.group(1) == "1":
            while j < len(lines):
                mark = _PAGE_MARK.match(lines[j][1])
                if not mark or int(mark.group(1)) != j - i + 1:
                    break
                j += 1
        if j - i < 2:
            yield Joined(lines[i][1].strip(), [(0, lines[i][0])])
            i += 1
            continue
        text, starts = "", []
        for number, raw in lines[i:j]:
            starts.append((len(text), number))
            text += raw[_PAGE_MARK.match(raw).end() :].rstrip("\n")
        yield Joined(text, starts)
        i = j


def _run_together_items(section: Section, context: Context) -> Iterator[_Item | ExtractionWarning]:
    """Tables whose cells arrive run together in one stream: a header of cells (序号项目名称主要内容…)
    then rows from their 序号. Cells separated by spaces are read by position up to a period cell
    (2013.7-2017.12); cells without any separator by their grammar: name, then the work (opening
    with a verb of work, to a 。), then a person's name, then organisations run together."""
    for stream in _streams(section):
        for found in re.finditer(r"序\s*号", stream.text):
            header = _run_header(stream.text, found.end())
            if header is None:
                continue
            cells, end, spaced = header
            roles = [_column(cell) for cell in cells]
            if "name" not in roles or ("units" not in roles and "responsible" not in roles):
                continue
            reader = _spaced_rows if spaced else _glued_rows
            yield from reader(stream, end, cells, roles, context)
            break


def _run_header(text: str, at: int) -> tuple[list[str], int, bool] | None:
    """The header cells after 序号 (white space inside cells dropped), the offset after the last,
    and whether the cells are separated by white space."""
    cells: list[str] = []
    pos, spaced = at, False
    while True:
        gap = re.match(r"\s*", text[pos:]).end()
        compact, offsets = "", []
        for k in range(pos + gap, min(len(text), pos + gap + 40)):
            if text[k].isspace():
                continue
            compact += text[k]
            offsets.append(k)
        cell = _HEAD_CELL.match(compact)
        if not cell:
            break
        spaced = spaced or gap > 0
        cells.append(cell.group(0))
        pos = offsets[len(cell.group(0)) - 1] + 1
    return (cells, pos, spaced) if len(cells) >= 3 else None


def _money_line(text: str) -> str | None:
    """The unit a table's caption states (单位:万元), the last before its header."""
    found = _MONEY_LINE.findall(text[-200:])
    return found[-1] if found else None


def _warning(context: Context, stream: Joined, start: int, end: int, message: str):
    span = context.span(stream.line_at(start), stream.line_at(max(start, end - 1)))
    return ExtractionWarning(span, genre=GENRE, message=message)


def _spaced_rows(
    stream: Joined, at: int, cells: list[str], roles: list[str | None], context: Context
) -> Iterator[_Item | ExtractionWarning]:
    """Rows of cells separated by white space: 序号, the cells before the period read by position
    (as many as the header has before it), the period (2013.7-2017.12), the work up to the first
    number, and that number as the budget when the header's next column is one. The remaining
    number columns (years, sources of funds) are not read. A row the stream ends in is cut."""
    if "period" not in roles or roles[-1] == "period" or "units" not in roles:
        return
    before = roles.index("period")
    if roles.index("units") > before or roles.index("name") > before:
        return
    unit = _money_unit(cells, roles) or _money_line(stream.text[:at])
    tokens = [(at + m.start(), m.group(0)) for m in re.finditer(r"\S+", stream.text[at:])]
    starts = [
        k
        for k in range(len(tokens) - 1)
        if _BARE_SEQ.match(tokens[k][1]) and _WORDS.match(tokens[k + 1][1][:1])
    ]
    expected, rows = 1, []
    for k in starts:
        if int(tokens[k][1]) == expected:
            rows.append(k)
            expected += 1
    for first, last in zip(rows, [*rows[1:], len(tokens)], strict=True):
        seq, row = int(tokens[first][1]), tokens[first + 1 : last]
        start, end = tokens[first][0], tokens[last - 1][0] + len(tokens[last - 1][1])
        item = _spaced_item(seq, [t for _, t in row], cells, roles, before, unit)
        if isinstance(item, str):
            yield _warning(
                context, stream, start, end, f"row {seq} of a table run together: {item}"
            )
        else:
            item.line, item.last = stream.line_at(start), stream.line_at(end - 1)
            yield item


def _spaced_item(
    seq: int,
    row: list[str],
    headers: list[str],
    roles: list[str | None],
    before: int,
    unit: str | None,
) -> _Item | str:
    """The item of one row's cells, or what keeps it from being read."""
    if len(row) <= before or not _PERIOD_SPAN.match(row[before]):
        return f"no period after {before} cells; not read"
    if roles[before + 1] != "content":
        return f"a {roles[before + 1]} column after the period is not read"
    content = list(itertools.takewhile(lambda t: not _NUMBER.match(t), row[before + 1 :]))
    budget_at = before + 2
    if before + 1 + len(content) >= len(row):
        return "the text ends before its numbers (cut); not read"
    cells = dict(zip(roles[:before], row[:before], strict=True))
    item = _Item(seq, 0, 0, cells.get("name", ""))
    header = next(c for c, r in zip(headers, roles, strict=True) if r == "units")
    for party in split_parties(cells["units"]):
        item.units.append(_TRAILING.sub("", party))
        item.roles.append(header)
    item.period = row[before]
    item.locations = _places(cells.get("locations", ""))
    item.section = cells.get("construction_type")
    if budget_at < len(roles) and roles[budget_at] == "budget" and unit:
        item.budget, item.unit = row[before + 1 + len(content)], unit
    return item if item.name and item.units else "no name or no units; not read"


def _glued_rows(
    stream: Joined, at: int, cells: list[str], roles: list[str | None], context: Context
) -> Iterator[_Item | ExtractionWarning]:
    """Rows whose cells run together without separators, in the header's order 序号 · name ·
    work · [a person's name] · units (one column, or lead then cooperating). The name ends where
    the work opens (_OPENER, 4 to 20 characters in); the work runs to a 。 after which a person's
    name (kg/data/surnames.txt) and organisations run together follow (each ending in an
    organisation word). More work after the units, with or without a person and units of its own,
    is a sub-row of the same item: its first unit joins the lead units. A header repeated at a page
    break is skipped; a row the text ends in, or whose units cannot be found, stops the table with
    a warning."""
    layout = [r for r in roles if r != "person"]
    if layout[:2] != ["name", "content"] or set(layout[2:]) != {"units"} or len(layout) > 4:
        message = f"table run together with columns {'/'.join(cells)} not read"
        yield _warning(context, stream, at, at + 1, message)
        return
    unit_headers = [c for c, r in zip(cells, roles, strict=True) if r == "units"]
    header = re.compile(r"序\s*号\s*" + r"\s*".join(re.escape(c) for c in cells))
    text, pos = stream.text, at
    rows: list[tuple[_Item, list[str]]] = []  # (item, cooperating units)
    while pos < len(text):
        repeat = header.match(text, pos)
        if repeat:
            pos = repeat.end()
            continue
        named = _glued_name(text, pos, len(rows) + 1) if not rows or rows[-1][0].units else None
        if named:
            name, pos = named
            rows.append((_Item(len(rows) + 1, pos, pos, name), []))
            continue
        stop = text.find("。", pos)
        if not rows or stop < 0 or _glued_start(text, pos, stop, len(rows) + 1):
            break  # text outside any row, a row cut off, or the next row before any units
        item, coop = rows[-1]
        found = _person_and_units(text, stop + 1, "person" in roles, len(rows) + 1, header)
        pos = found[1] if found else stop + 1
        if found:
            lead = found[0][:1] if len(unit_headers) > 1 else found[0]
            item.units.extend(lead)
            coop.extend(found[0][len(lead) :])
            item.last = pos - 1
    for item, coop in rows:
        if item.units:
            item.roles = [unit_headers[0]] * len(item.units) + [unit_headers[-1]] * len(coop)
            item.units += coop
            item.line, item.last = stream.line_at(item.line), stream.line_at(item.last)
            yield item
    if pos < len(text):
        seq = rows[-1][0].seq if rows else None
        where = f"row {seq}" if seq else "the text after its header"
        message = f"{where} of a table run together could not be read to its end; not read"
        yield _warning(context, stream, pos, len(text), message)


def _glued_name(text: str, pos: int, seq: int) -> tuple[str, int] | None:
    """(name, offset of the work) when row ``seq`` starts at ``pos``: its number, then a name of
    4 to 20 characters without punctuation, up to the first word the work opens with."""
    number = re.compile(rf"{seq}(?!\d)")
    if not number.match(text, pos) or (pos and text[pos - 1].isdigit()):
        return None
    start = pos + len(str(seq))
    name = re.match(r"[\u4e00-\u9fff\d“”\"《》（）()]{4,20}", text[start:])
    if not name or not _WORDS.match(name.group(0)[:1]):
        return None
    for k in range(4, len(name.group(0)) + 1):
        if _OPENER.match(text, start + k):
            return text[start : start + k], start + k
    return None


def _glued_start(text: str, pos: int, stop: int, seq: int) -> bool:
    """Does row ``seq`` start between ``pos`` and ``stop``?"""
    return any(
        _glued_name(text, k, seq)
        for k in range(pos, stop)
        if text.startswith(str(seq), k) and re.search(rf"(?:{_UNIT_END}|[)）])$", text[:k])
    )


def _person_and_units(
    text: str, pos: int, person: bool, seq: int, header: re.Pattern[str]
) -> tuple[list[str], int] | None:
    """The organisations (after a person's name when the table has a person column) run together
    at ``pos``, and the offset after them; None when none are there. Of the person's name lengths
    the one whose organisations read best wins (张菁民政局: 张菁, 民政局, not 张菁民, 政局), then 3."""
    best: tuple[tuple[int, int], list[str], int] | None = None
    for size in (3, 2) if person else (0,):
        if size and not is_name(text[pos : pos + size]):
            continue
        found = _run_units(text, pos + size, seq, header)
        if found:
            rank = (found[2], size)
            if best is None or rank > best[0]:
                best = (rank, found[0], found[1])
    return (best[1], best[2]) if best else None


def _run_units(
    text: str, pos: int, seq: int, header: re.Pattern[str]
) -> tuple[list[str], int, int] | None:
    """Organisations run together from ``pos`` (教育局经开区高新园(邹区镇)各街道): the segmentation
    that reaches furthest to a place where a unit cannot go on (the end, a repeated header, the
    next row, work, a digit or punctuation), preferring units of three characters or more."""
    window = text[pos : pos + 80]
    best: dict[int, tuple[int, list[str]]] = {0: (0, [])}  # end → (score, units)
    for i in range(len(window)):
        if i not in best:
            continue
        for j in range(i + 2, min(len(window), i + 18) + 1):
            unit = window[i:j]
            if not _RUN_UNIT.fullmatch(unit) or _NO_START.match(unit) or _UNIT_OPENER.match(unit):
                continue
            score = best[i][0] + (1 if len(unit) >= 3 else -2)
            if j not in best or score > best[j][0]:
                best[j] = (score, [*best[i][1], unit])
    for end in sorted(best, reverse=True):
        if end and _follows_units(text, pos + end, seq, header):
            return best[end][1], pos + end, best[end][0]
    return None


def _follows_units(text: str, at: int, seq: int, header: re.Pattern[str]) -> bool:
    if at >= len(text) or header.match(text, at) or _UNIT_OPENER.match(text, at):
        return True
    return not _WORDS.match(text[at]) or bool(_glued_name(text, at, seq))


# A mark after an item's name saying how it was chosen, no part of the name: (票决项目), the
# people's congress voted for it.
_VOTED = re.compile(
    r"\s*[（(](?:人大代表|代表)?票[决決](?:项目|項目)?[）)]$"
    r"|\s*[★☆▲△]+$"  # a table's mark after the name (中小学校护眼灯光工程★), no part of it
)


def _record(item: _Item, context: Context) -> ProjectRecord:
    start, end, _unread = parse_period(item.period) if item.period else (None, None, None)
    # a work opened by the investment it takes has that budget (投资9530万元,实施…)
    opening = _INVESTMENT_OPENING.match(item.name) if item.budget is None else None
    invested = (opening.group("amount"), opening.group("unit")) if opening else (None, None)
    return ProjectRecord(
        context.span(item.line, item.last),
        seq=item.seq,
        list="main",
        section=item.section,
        name=_VOTED.sub("", item.name) or item.name,
        construction_type=None,
        locations=item.locations,
        indicator=None,
        content=item.content,
        period_start=start,
        period_end=end,
        budget=item.budget or invested[0],
        budget_unit=item.unit or invested[1],
        flagged=False,
        responsible=item.units,
        responsible_roles=item.roles,
        seq_scope=item.scope or (f"{item.seq}-{item.sub + 1}" if item.sub else None),
        period=item.period,
    )


# ---------------------------------------------------------------- progress tables under a run-together header

# 实事内容工作任务责任单位进展情况 / 一季度二季度三季度四季度 / 教育惠民启动学校空调…加装。 / 区教育局,各平台、镇街 /
# 完成调查摸底工作,…: a 实事's progress table copied with its header cells run together on one line
# (the topic, the work, the units, the progress; its quarters below), each row the topic run into
# its work on one line, the work from its verb of work (启动, 实施, 完成 …) to its 。, then its units
# on a line of their own, then its progress. The name is the work; the topic (教育惠民, a few words
# without punctuation) is the group the page files it under, no part of it.
_TOPIC_HEADER = re.compile(
    r"^(?:实事|项目)(?:内容|名称|类别)(?:工作|主要)?(?:任务|内容|举措|措施)"
    r"(?:牵头|责任)(?:单位|部门)(?:配合单位)?(?:进展|完成|推进)情况$"
)
_TOPIC_ROW = re.compile(rf"^(?P<topic>[\u4e00-\u9fff]{{2,8}}?)(?P<work>{_OPENER.pattern}.+。)$")
_SHARED_LEVEL = re.compile(r"^(?:镇街|镇(?:[（(]街道[）)])?|街道|乡镇|村|社区|部门|单位)$")


def _topic_rows(section: Section, context: Context, taken: set[int]) -> Iterator[_Item]:
    lines = [(n, clean(raw).strip()) for n, raw in section.numbered_lines() if raw.strip()]
    header = next(
        (k for k, (n, text) in enumerate(lines) if _TOPIC_HEADER.match(text.replace(" ", ""))),
        None,
    )
    if header is None:
        return
    for k in range(header + 1, len(lines) - 2):  # a row is followed by its units and its progress
        number, text = lines[k]
        row = _TOPIC_ROW.match(text)
        units = _topic_units(lines[k + 1][1])
        if row is None or units is None or number in taken:
            continue
        yield _Item(0, number, lines[k + 1][0], row.group("work"), units, [None] * len(units))


def _topic_units(cell: str) -> list[str] | None:
    """The units of a cell: each a unit, or a collective one (各平台), or a level word that shares
    the 各 written before it (各平台、镇街: the towns and subdistricts)."""
    parties = [_TRAILING.sub("", p) for p in split_parties(cell)]
    if not parties or not _is_unit(parties[0]) or len(cell) > 60:
        return None
    shared = False
    for party in parties:
        shared = shared or party.startswith("各")
        if not (
            _is_unit(party) or party.startswith("各") or (shared and _SHARED_LEVEL.match(party))
        ):
            return None
    return parties
