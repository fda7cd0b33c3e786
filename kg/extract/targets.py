"""Plan targets written as prose: the figures a government work report, an annual plan (国民经济和
社会发展计划) or a five-year plan sets in sentences, not in an indicator table.

| grammar | reads | example |
|---|---|---|
| T1 target clause | a sentence's lead naming its (main) targets, 是/为 and a colon or a dash (or ,即), then items to the sentence's end, and on through each next sentence of its line that opens with an item; or 是/为 and the first item itself, right after it or after a comma (its lead may also be 主要指标(安排)), read only where that item opens the words after it; never a lead of a past year's (去年, 上年) or a report's (实现, 完成: judged in the lead's own clause, from its last ;; not after a word of will, 确保完成全年主要预期目标); a lead may also name a plan's indicators by their attribute (约束性指标, 预期性指标, or …约束性指标…,分别是:): with no year of its own, its items are for the end of the one five-year plan the text names (十一五: 2010), not read where the text names none or several, nor where that period ended before the text's year; so too a lead closed by its sentence (…主要目标, or …四大目标: a number of aims) whose items are the sentences after it (on its line or the next) that open with 一是, 二是 … in turn, with the sentences between two aims on its line, or the lines after it that open with 一是, 二是 … in turn, each aim the whole of its line but for the sentences of a report or a forecast, where an item of 新增 or 累计 with an amount is the period's total (T4's record, no year; 年均新增 is a year's); a lead that names no time over a body whose deadline is another year than the text's is that deadline's (its undated items not read), and an item under a deadline before the text's year is not read; the clause goes on past a sentence that opens with its own year (…2020年预期目标是:…。到2020年,…) | ``今年经济社会发展的主要预期目标是:地区生产总值增长5%;…;粮食产量1270万吨。`` ``主要预期目标——A增长7.5%,B增长8%,…`` ``2018年的主要目标,即地区生产总值增长10%左右,…`` ``今年全省经济社会发展的主要预期目标是,生产总值增长9.5%左右,…`` ``今年上海经济社会发展的主要指标安排是生产总值增长百分之九以上。`` ``这8大约束性指标集中在…两大类别中,分别是:`` / ``——“十一五”时期全国总人口控制在13.6亿人;`` ``《纲要(草案)》提出了七个方面的主要目标和35项具体指标。`` / ``一是…,全市生产总值年均增长8%左右,…。二是…`` |
| T2 target heading | a line that ends in such a lead (a colon or none), then items on the lines below, as long as each holds an item or is a bullet, or (after a colon) the lead's sentence goes on: the lines before end in ; or , | ``■ 2025年经济社会发展的主要预期目标`` / ``●经济增长6%左右`` ; ``提出2024年经济社会发展主要预期目标:`` / ``一是…。预期全省地区生产总值增长5.5%左右;…`` |
| T3 deadline sentence | 到 (or 至, an outlook's 展望, or 确保/力争/争取) a year (not 截至 or 截止(到) a date: where a figure stands, a result), then items to the sentence's end (or to a part that opens with another year; the same year opening a part is no part of its name), each with a verb; not a sentence that foresees (预计, 预测, 有望 …) or whose words before the deadline report what is done (已经, 完成了, 到目前为止, 截至目前: …3项硬指标已经全部超额完成,到2020年年底,将新增…, results); and where the part before 到 is an annual rate (NAME年均增长) and the part after it a level with no name (达到 an amount with its unit), the subject written once: the rate, and the level named by the rate's subject | ``到2025年,研发投入强度达到3%以上,科技进步贡献率达到65%,…`` ``本市生产总值年均增长10%左右,到2015年达到1.5万亿元`` (生产总值年均增长 10%左右, 生产总值 1.5万亿元, both 2015) |
| T4 period total | a span of years ahead (5年内, 五年内), its subject and a verb of the future (将, 要, 力争, 计划), then the clauses to the sentence's end (or a year) that a word of total opens (累计, 总计, 共, 新增, 完成), and the list at 、 it governs: amounts, never a rate or a level, totals over that span (IndicatorRecord.cumulative, no year); fitted to one text (G-08), kept narrow | ``5年内我国将完成新造林3000万公顷、森林抚育经营3500万公顷,…`` |
| T5 restated list | a sentence of a later line that restates an item of a T1, T2 or T6 clause as written (its name and figure): its items are the clause's, for the item's year; not a sentence with words of a past period or a report (同比, 比上年, 一季度, 完成了, 预计 …) or naming another year (2014年, 明年) | ``…主要指标安排是生产总值增长百分之九以上。`` / ``韩正指出,今年上海把…放在更加突出位置,全市生产总值增长百分之九以上,…,万元生产总值综合能耗下降百分之四,…`` |
| T6 plan statement | an annual plan the text names by a title with one year (…2014年国民经济和社会发展计划…, not a report on one: 执行情况) and by a short name it gives it ((下称《计划》)), then 《计划》(还)提出, and (今年) items to the sentence's end, the first part an item, no words of a past period or a report (as T5): the plan's targets for its year | ``《计划》提出,今年临沂GDP增长将保持10%的增幅,公共财政收入增长14%以上。`` |
| T7 plan statement of a year | a plan's words (根据规划, 按照《…规划》, 《规划》指出/提出/明确/要求, 规划提出), then a deadline or a year (到2020年, 2025年) and items to the sentence's end (the plan's words say they are targets, as a lead does: no verb needed; never a name that holds a rate of its own, 儿童青少年达52.7%的总体近视率每年降0.5%以上): the plan's targets for that year, whatever the text's date, where that year is the end of the one five-year plan the text names (a later page's copy of a 十三五 plan's news: 2020); any other year only where it is after the text's (a plan states its base year so: 2015年…达到…); the next sentences of its line that open with the same year go on with it (no verb needed there either), and so does a next sentence whose parts are all items and that names no time of its own, nor foresees or reports (…约1000万张。人均体育场地面积2.6平方米。; not 目前…, 预计…, …40%,居全国第5位。) | ``《规划》指出,到2020年,全省森林覆盖率达到40%,…`` ``根据规划,2025年我国学前教育毛入园率将大于90%,…。2025年我国人均预期寿命达78.3岁,…`` |
| T9 deadline heading | a line that ends in a deadline (到2020年), a word of will (将, 要, 力争 …) and a colon, with no other words but a subject before the will and (实现/达到)(以下)(N大)(主要)目标 after it; the numbered or bulleted lines below it are its items, read as a clause's (no verb needed), for the deadline's year; not a lead of tasks (以下任务), nor one that foresees or reports, nor a deadline before the text's year | ``未来5年深圳“卫生强市”战略,到2020年将实现:`` / ``1、新建投入使用市级三级公立医院12家,其中10家在原特区外`` / ``2、全市常住人口千人床位数达到4.3张`` |
| T8 year lead | a year opening a sentence or the words after a colon, after the year the text is about (a text with no year gives none), where its paragraph names a plan before it (《纲要》, 规划) or the words before its colon name targets (目标, 指标), then items to the sentence's end or to a part that opens with another year, each with a verb (as T3); not where that sentence or any before it in its paragraph foresees (预计, 测算, 有望 …: 据测算,预计…。2035年左右,…将超过30%), nor a sentence that reports (as T5), nor a year in a sentence's middle (…研究数据,…,2035年人口将达到14.335亿人: a projection) or an approximate one (2035年左右, 年前后) | ``…各项指标全面升级:2025年数字经济核心产业增加值占GDP比重提高到10%;…`` ``2025年,江苏人均地区生产总值超过15万元、…;2035年,…`` |
| T10 progress table | a table copied a cell a line (or a paragraph) under a title that names one year and its 目标任务 (重点工作, 工作任务), its header 序号, a task column (目标任务, 内容与要求 …) and a column of progress (完成情况, 进展情况 …); each row its number alone on a line and its task cell the next: in each sentence of the cell, the items after a will (确保, 力争, 争取), each with a verb or, a rate (%) only, none; in a sentence with no will, the items with a verb; for the title's year; never a progress cell (results), a task sentence naming a part of the year or a year (力争一季度…, 到2025年…), a title with no year or several, or a table with no progress column (a task list) | ``关于2022年《市政府工作报告》部分重点目标任务第一季度完成情况的通报`` / ``序号 |`` / ``目标任务 |`` / ``完成情况 |`` / … / ``3 |`` / ``城镇登记失业率控制在4.5%以内。 |`` ; ``…,确保有效投资增长高于经济增长、…,市县长项目落地率50%以上。`` |
| I item | a part of the clause (parted at , ; 、 : outside brackets): prefix? NAME level-verb? FIGURE tail?, the figure closing the part | ``城镇调查失业率5.5%左右`` ``粮食产量保持在180万吨以上`` ``其中地方级财政收入增长16%`` |

An item's NAME is what the item says before its figure, as written, with its verb of change
(增长, 下降, 上涨, 提高 …: the figure is a rate, and the name says of what) and without a verb of
level (达到, 将达, 控制在, 保持在, 提高到 …: the figure is the level itself) and without leading words
that are no part of it (其中, 预期, 力争, 全省, 我国, 中国(的) …, and in a clause the text's own
place, its government's name with or without its level word: 临沂, 临沂市; and wherever it is,
a division's full name, or any division before its scope word or before 人均: 湖北全省, 武汉人均期望寿命;
a short form before another word may be a name's own, 上海港), and without a will before the verb
of its figure (生物产业增加值将占国内生产总值的4%以上: 生物产业增加值占国内生产总值的). GDP, CPI, PPI and R&D
count as a name's words (GDP增长). A list at 、 closed by 等 or 的 and a head noun before the
figure qualifies that head and is part of the name (老年人以及高血压、糖尿病患者等重点人群家庭医生
签约服务率≥80%, 对餐饮、住宿、民航、铁路客运业的综合贡献率达到85%以上); so is a list at 、 of
short words before one rate (a name ending in 率, 比重 or 占比, and %) whose earlier parts hold no
rate of their own (新建城区、居住(小)区配套建设养老服务设施达标率100%; not 城镇登记失业率、城镇调查
失业率…). The FIGURE is a number with its unit
(%, 万人, 亿斤, 块, 公里/万平方公里 …, or 万 or 亿 alone: 农村贫困人口减少60万以上; 元 may keep 人民币) or a ratio (2.2∶1), or a rate in words (千分之四点五: no unit), or
an index's level without a unit (居民消费价格指数控制在103.5以内: a bare number only after a name
ending in 指数 and a verb of level, and with a bound), or a range of such numbers (6%-6.5%, 6-6.5%,
6%～6.5%, 6%至6.5%: one figure, written as it is), with a comparator before it (超过; 超 right before the number, 增长超15%) and a bound
after it (左右, 以上, 以内; a PDF's space before it too: 6.0% 左右) kept as written; it closes the item, but for a remark in brackets (closed,
or cut with the text: 万元GDP能耗下降2.5%(分管副省长…,省工业和信息化厅、省) or a
closing 等…目标, or 的增幅 (的增速, 的涨幅, 的增长) after a rate whose name has its verb of change
(GDP增长将保持10%的增幅: 10%). In a T3 sentence an item needs a verb (of level or change, or a
comparator); in a target clause the lead says the items are targets (城镇调查失业率5.5%左右).

Precision first: a target has a name, a figure and a year, or it is not read. The name must hold
two ideographs besides its verb and words such as 年均 (``年均增长6%左右`` names nothing), and an item
whose name ends in a figure (由77.26%提升至95%: where it starts from; a range read in two, 增长6%-)
or that gives several figures for several names (分别增长7%、8%) or one figure for several
(城镇居民人均可支配收入和农民人均纯收入均增长10%左右: 均, not 年均 or 人均), reports (完成, 实现,
同比, 比上年, 预计: but 同比 or 比上年 is a target's comparison in a T1 or T2 clause's sentence that
has no other such word and names no year but the clause's, 地区生产总值同比增长6.5%以上) or has no figure
(居民收入增长与经济增长同步) is not read; nor is an item whose name
is of the subject before it (比2010年的1吨标准煤降低17%: a comparison with no subject; 总量突破1万亿元),
nor one whose name opens with a word of reckoning (…翻一番,意味着这五年我国经济年均增速至少要达到
6.5%以上: an inference, no target), nor one of a list at 、 that is two lists written as one (城镇登记失业率、城镇调查失业率控制在4.5%以内、
6.5%以内: names, then their figures; …均下降3.5%、水耗下降4%: a list going on after one figure for
several names); nor one after parts at 、 with no figure, which share its figure (新建公办幼儿园、
中小学9所: never half the name with the whole figure), unless those parts are verbs of its one
object: 新建、改建农村公路254公里 is one name, 新建、改建农村公路, and its figure. The year is T3's own; a clause's is the
year in its lead (2024年…主要预期目标), else that of 今年 where the text says 今年(2024年) or
names one year as it (2018年是…开局之年, 2023年,是…开局之年, …关键一年), else the year its title states for its
targets (``2010年漳州经济社会发展预期目标``: the page's own statement of what it is about, over a
body that says 提出2009年…预期目标), else the year in which the text's other statements of its
targets agree (in a lead's words, 2010年…预期目标: not another goal it cites, 2035年远景目标, nor a
deadline's, 2030年前碳达峰目标; two different years leave the clause unread, with a warning), else
the year the text is about (:func:`kg.extract.context.detect_year`: its date, or its page's
address). A year the text does not state is not guessed: a clause of 今年 in a text with no date
gives only the items that carry their own year, and a warning names the others.
Inside a clause's body a year opening a part
(2022年,…) or a deadline anywhere in a part (力争到2024年, (二)到2024年, 全市到2024年累计…) dates
the items after it in its sentence: a deadline's year is its own, never the clause's. A
five-year plan's period opening a part (“十一五”时期全国总人口控制在13.6亿人) dates the items
after it to the period's end where that is the clause's year, and leaves them unread otherwise. An
ellipsis (……) closes an item as a clause mark does (…1.3万亿斤以上……一组组振奋人心的数字). A stop
right before a figure's bound (控制在7.2%,。以內: a mirror's stray marks) ends no sentence. A
lead that speaks of a period (十四五,
五年, 时期) has no one year: its items are not read unless they carry their own. A deadline before
the year the text is about (到2020年 in a text of 2021) states what was achieved, not a target.

Statistics of a past period (上半年…同比增长6.1%, a year's 成绩单) are not targets and are not read:
they stand in no target clause and under no deadline.

A text whose plan prints an indicator table gives its targets there (:mod:`kg.extract.indicators`);
its prose restates them, and is not read again (the sample's plan: 到2025年，…比例力争达到100%).
A target that a later line states again, the same figure for the same year under a name that ends
the same way (a headline and its body), is one record, the later line's.
The records are indicator records like a table's: the clause's lead (or the deadline, 到2025年) is
their table's caption, the figure their target value, its year their target year.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass

from kg.extract import indicators
from kg.extract.context import Context
from kg.extract.names import division_at
from kg.records import ExtractionWarning, IndicatorRecord, Record
from kg.segment import Section
from kg.text.normalize import clean
from kg.text.reading import read_text

GENRE = "targets"

# The lead of a target clause: its sentence up to …(主要)(预期)目标, then 是/为 and a colon or a dash
# (or ,即, or the line's end); or 是/为 and the first item itself, right after it or after a comma
# (主要预期目标是,生产总值增长9.5%左右,…; 主要指标安排是生产总值增长百分之九以上。: the group
# ``item``, read only where the words after it open with an item). 主要指标(安排) leads only with
# 是/为 (a table's caption 主要指标 is none).
_LEAD = re.compile(
    r"(?P<lead>[^。！？!?\n]{0,60}?(?:(?:主要预期目标|主要目标|预期目标|主要预期[\u4e00-\u9fff]{1,6}?目标"
    r"|[一二三四五六七八九十两]{1,2}(?:大|个|项)(?:方面的?)?(?:发展)?目标)(?:和任务)?"
    r"|主要指标(?:安排)?(?=\s*(?:是|为))"
    r"|(?P<attribute>约束性指标|预期性指标)(?:[^。！？!?\n:：]{0,40}?[,，]\s*分别)?))"
    r"\s*(?:(?:是|为)?\s*(?P<open>[:：]|——|—|[,，]\s*即|$)|(?:是|为)\s*(?P<item>[,，]?)(?=\S)"
    r"|(?P<enumerated>(?:和[^。！？!?\n:：]{0,12}?指标)?。)(?=\s*(?:一是|$)))"
)
# …提出了七个方面的主要目标和35项具体指标。/ 一是…。二是…: a lead closed by its sentence, its items
# in the sentences after it (on its line or the next) that open with 一是, 二是 … in turn
# a five-year plan named (十一五, “十二五”): its period ends in 1955 + 5 × its number (十一五:
# 2006–2010, 十四五: 2021–2025; from 三五, 1966–1970, on)
_FIVE_YEAR_PLAN = re.compile(r"十([一二三四五六七八九])五")
_DIGIT = {c: i for i, c in enumerate("一二三四五六七八九", 1)}
# a five-year plan's period opening a part (“十一五”时期全国总人口控制在13.6亿人): its items are
# for the period's end, as a deadline's are for its year
_PERIOD_MARK = re.compile(r"^[“\"]?十([一二三四五六七八九])五[”\"]?(?:时期|期间|期末|末)?\s*")


def _period_end(digit: str) -> int:
    """The last year of the five-year plan 十{digit}五 (一 → 十一五, 2006–2010: 2010)."""
    return 1955 + 5 * (10 + _DIGIT[digit])


def _plan_period(text_lines: list[tuple[int, str]]) -> int | None:
    """The last year of the one five-year plan a text names (十一五: 2010), or None (none, or
    several)."""
    ends = {_period_end(m.group(1)) for _, t in text_lines for m in _FIVE_YEAR_PLAN.finditer(t)}
    return ends.pop() if len(ends) == 1 else None


# ------------------------------------------------------------ words of a figure reached, not set
# One vocabulary of the words that tell a past period or a report, in groups; each use below names
# the groups it takes.
_PAST_TIME = r"去年|上年|前年|过去"  # a past year or period named
_YEAR_PART = r"季度|上半年|前\d+个?月|\d+\s*[-—至]\s*\d+\s*月"  # a report's part of a year
# a comparison with the year before: a result's (一季度…同比增长6.8%), or in a target clause the
# target's own (:func:`_compared_target`)
_COMPARISON = r"同比|比上年|较上年"
_COMPARED = re.compile(_COMPARISON)
_ACHIEVED = r"完成|实现"  # a figure reached (目标完成情况, 实现1267.3亿元)
_DONE = r"完成了|实现了|已经"  # the same, said as done
_FORECAST = r"预计"  # a year's result foreseen before its end
_FORESEEING = r"预测|预期将|有望|估计|可望|或将|测算"  # any figure foreseen (T3, T8): no target
_ACCOUNT = r"执行|情况|进展"  # a report on a plan or its targets (计划执行情况)


def _words(*groups: str) -> re.Pattern[str]:
    return re.compile("|".join(groups))


# a lead of a past year's targets (去年…主要预期目标是: the text's year is not theirs) or a report's
# (目标完成情况, 执行), judged in the lead's own clause: from its last ; (a sentence's earlier clause
# may report, a year's result); a report's words also refuse a plan's title and a statement of a
# year's targets
_PAST_LEAD = _words(_PAST_TIME)
_LEAD_CLAUSE = re.compile(r"[;；]")
# …but a will to reach them is none: 确保完成全年主要预期目标, a city's list of its year's tasks
_WILL = r"(?<!确保)(?<!力争)(?<!努力)(?<!争取)(?<!要)"  # 要实现四大目标: a will
_REPORTED = _words(rf"{_WILL}(?:{_ACHIEVED})", _ACCOUNT)
# a deadline's or a year's sentence that foresees (外媒发布最新报告预测,到2040年,…; 预计2025年…)
_FORESEEN = _words(_FORECAST, _FORESEEING)
_PERIOD = re.compile(r"十[一二三四五六七八九]五|五年|时期|期间|规划期")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_HEADER = re.compile(r"^#\s*(?:source|genre)\s*:")  # a saved page's address line
_THIS_YEAR_STATED = re.compile(r"今年\s*[(（]\s*((?:19|20)\d{2})\s*年?\s*[)）]")
# a work report's year named as 今年 is (2018年是…开局之年, …是…关键一年; a comma may part the year
# and 是: 2023年,是全面贯彻党的二十大精神的开局之年, https://scholarmate.com/S/qBW3H0)
_YEAR_IS = re.compile(r"((?:19|20)\d{2})\s*年\s*[,，]?\s*是[^。！？!?\n]{0,80}?(?:之年|一年)")
# a statement of the text's targets for a year, in a lead's words (2010年…预期目标); not another
# goal the text cites (2035年远景目标) nor a deadline's (2030年前碳达峰目标); the nearest year
# before the words (2012年的政府工作,也提出了2013年的政府工作目标: 2013), and not one reported
# (…主要预期目标全面完成, …目标完成情况)
_TARGET_STATEMENT = re.compile(
    r"((?:19|20)\d{2})\s*年(?![前底末内])(?:(?!(?:19|20)\d{2}\s*年)[^。！？!?\n]){0,30}?"
    r"(?:主要预期目标|主要目标|预期目标)(?P<after>[^,，;；。！？!?\n]*)"
)
# 到2025年 / 至2025年底 / 展望2035年 (an outlook's year is its targets' deadline), not a range
# (2021年至2025年) and not a date a figure stands at (截至2020年底, 截止到2020年10月: "as of", a
# result); 确保/力争/争取 a year is one too (确保2015年全省万元地区生产总值能耗降低17%)
_AS_OF = r"(?<!年)(?<!截)(?<!截止)(?<!截至)"
_DEADLINE = re.compile(
    rf"{_AS_OF}(?:到|至|展望|确保|力争|争取)\s*((?:19|20)\d{{2}})\s*年(?:底|末)?"
)
# a stop before a figure's bound (控制在7.2%,。以內: a mirror's stray marks) ends no sentence
_SENTENCE_END = re.compile(r"[。！？!?](?![\s,，]*(?:以内|以內|以上|以下|左右))")
_BULLET = re.compile(r"^[\s\u3000]*[●○■□◆◇▪•·\-—]+\s*")
_PARTS = re.compile(r"[,，;；、:：。]")
_OPEN, _CLOSE = '(（[【《“"', ')）]】》”"'

_LEVEL = (
    r"(?:全年)?(?:继续|将|要|力争|确保|争取)?"  # 城镇调查失业率全年控制在5.5%以内: 全年 is the verb's
    r"(?:提高到|提高至|提升到|提升至|增加到|增加至|增长到|增长至|下降到|下降至|降低到|降低至"
    r"|降到|降至|减少到|减少至|缩小到|缩小至|扩大到|扩大至|控制在|保持在|稳定在|达到|抵达|将达|达|保持)"
)
_CHANGE = re.compile(r"(?:增长|下降|降低|上涨|上升|提高|提升|减少|增加|涨幅|增幅|增速)$")
_NOT_NAME = re.compile(
    r"年均|平均|实际|同比|累计|增长|下降|降低|上涨|上升|提高|提升|减少|增加|涨幅|增幅|增速"
)
# a bound before a figure, kept in it (总量突破1万亿元: the figure is 突破1万亿元; 约1000万张)
_COMPARATOR = r"(?:超过|超(?=\d)|突破|不低于|不少于|不超过|不高于|高于|低于|大于|小于|≥|≤|＞|＜|约)"
_UNIT = (
    r"(?:%|％|‰|个百分点"
    r"|[十百千万亿]{0,2}(?:美元|元|人次|人|吨标准煤|吨|公斤|斤|公顷|亩|平方米|立方米|千瓦时|千瓦|株"
    r"|个|家|岁|年|天|公里|米|户|套|辆|所|座|次|件|项|条|张|台|头|只|名|块|[微毫]克(?:每|/)立方米)"
    r"(?:/[十百千万亿]{0,2}[\u4e00-\u9fff]{1,5})?"
    r"|[万亿](?=\s*(?:以上|以下|以内|左右)|[^\u4e00-\u9fff]|$))"  # 减少60万以上: 万 as written
)
# a rate in words (千分之四点五: the mark is inside the words, no unit written after it)
_IN_WORDS = r"(?:百分之|千分之)[零〇一二两三四五六七八九十百点]+"
# a range (6%-6.5%, 6-6.5%, 6%～6.5%, 6%至6.5%): one figure, written as it is, its low end's unit
# (if any) the high end's
_RANGE = r"(?:[-－～~〜–]|—{1,2}|至)"
_LOW = rf"(?:\d+(?:\.\d+)?\s*(?P<low_unit>{_UNIT})?\s*{_RANGE}\s*)"
_FIGURE = (
    rf"(?P<figure>{_COMPARATOR}?(?:(?<![\d.])(?:{_LOW}(?=\d))?\d+(?:\.\d+)?"
    rf"(?:[∶:]\d+(?:\.\d+)?|\s*(?P<unit>{_UNIT})(?:(?<=元)人民币)?|(?P<bare>(?=\s*(?:以内|以下|以上|左右))))"
    rf"|(?P<words>{_IN_WORDS}))(?:\s*(?:以上|以下|以内|左右))?)"
)  # a space before the bound is a PDF's (增长 6.0% 左右): the bound is the figure's, kept as written
# verbs of building or changing a thing, written in a list before one object (新建、改建农村公路
# 254公里: the figure is that of the roads built and rebuilt together)
_WORK_VERB = (
    r"(?:新改扩建|新改建|改扩建|新建|改建|扩建|续建|重建|翻建|修建|建设|建成|改造|提升|升级|提质"
    r"|整治|修缮|加固|维修|硬化|新增)"
)
_ITEM = re.compile(
    # a name opening with verbs at 、 (新建、改建农村公路) or with a list that qualifies its head
    # (老年人以及高血压、糖尿病患者等重点人群…签约服务率) is one name: :func:`_parts_listed` joins
    # its parts, and only such parts hold a 、
    rf"^(?P<name>(?:[^\s,，;；、:：。]+?、)*[^\s,，;；、:：。]+?)"
    rf"(?P<level>{_LEVEL}|(?:将|要)(?={_COMPARATOR}))?{_FIGURE}"  # 将大于90%: 将 is the verb's
    r"(?P<rate_of>的(?:增幅|增速|涨幅|增长))?"  # GDP增长将保持10%的增幅: a rate the name says of
    # a remark in brackets, closed or cut with the text (…下降2.5%(分管副省长…,省工业和信息化厅、省)
    r"(?:[(（][^()（）]*(?:[)）]|$))?(?:等[^\d]*)?$"
)
_PREFIX = re.compile(
    r"^(?:\d{1,2}[.．、]|[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．])?"
    r"(?:其中|预期|努力|力争|确保|争取|全省|全市|全县|全区|全州|全国|我国|我省|我市|我县|我区"
    r"|全縣|全區|全國|我國|我縣|我區|本省|本市|本县|本区|(?:中国|中國)的?"
    r"|(?<=努力|力争|确保|争取)将)*"  # 力争将基本医疗保险覆盖面稳定在95%以上: 将 as 把
    r"(?:实现)?"
)
# an item's name that reports (after the prefix), or gives several figures (分别增长7%、8%)
_REPORT_WORDS = _words("分别", _ACHIEVED, _COMPARISON, "上年", _FORECAST, "已")
# a name never ends in a figure (a number with its unit, or a number and a range's mark): it is
# another figure of the item (a baseline, 由60%提高至65%) or a range read in two (6%-6.5%)
_HOLDS_RATE = re.compile(r"\d\s*(?:%|％|‰|个百分点)")  # …达52.7%的…: two figures, not a name
_ENDS_IN_FIGURE = re.compile(rf"\d\s*(?:(?:{_UNIT})\s*{_RANGE}?|{_RANGE})$")
# 均 (both, each) before the verb: the figure is that of several names written as one
# (A和B均增长10%左右); not 年均, 人均, 平均, 日均 (an average: 年均增长6%)
_SEVERAL_NAMES = re.compile(
    r"(?<![年人平日月户亩])均(?:增长|下降|降低|上涨|上升|提高|提升|减少|增加|涨幅|增幅|增速)?$"
)
_ENDS_IN_PREPOSITION = re.compile(r"[到至在于为达前第]$")  # not 比: 占比 is a ratio; 前5名: a rank
# a name whose subject is the part before it: a comparison with its base and no subject
# (…能耗下降到0.83吨标准煤,比2010年的1吨标准煤降低17%), or a word for its amount alone
# (GDP年均增长10%左右,到2010年,总量突破1万亿元: the total of GDP)
# (…老年人口将突破4亿,在总人口中的占比将超过30%: the share of the 老年人口), or a total of an
# amount with no one whose it is (规上农产品加工企业达到170户、总产值达到350亿: the 企业's 总产值, not
# the city's; 粮食…、总产量达到…: the grain's). (总人口 is the place's own: no amount of a subject.)
_SUBJECT_BEFORE = re.compile(
    r"^(?:比|较)|^(?:在[^的]{1,12}中的?)?(?:总量|总额|总规模|规模|比重|占比)$"
    r"|^(?:总(?:产值|产量|收入|营收|投资|投资额|资产|销售额|营业收入)|产值)$"
)
# a name of the world's (全球…): a forecast, no one's target (世界 alone opens names of targets:
# 世界一流学科)
_THE_WORLD = re.compile(r"全球|全世界")
# a name that opens with a word of reckoning (…翻一番,意味着这五年…年均增速至少要达到6.5%以上: a
# deputy's arithmetic on a target, a 2016 news page): a figure inferred, no target set
_INFERRED = re.compile(r"^(?:这|也就)?(?:意味着|就是说|相当于|测算|推算|按照)")
_IDEOGRAPHS = re.compile(r"[\u4e00-\u9fff]")
_ACRONYM = re.compile(r"(?<![A-Za-z])(?:GDP|CPI|PPI|R&D)(?![A-Za-z])")  # a name of its own: GDP增长


@dataclass(frozen=True)
class Target:
    """One item read: NAME, FIGURE (as written), its unit, the year it is for (0 for a total over
    a span of years, T4: no one year)."""

    line: int
    name: str
    figure: str
    unit: str | None
    year: int
    caption: str


def parts(text: str, at: re.Pattern[str] = _PARTS) -> list[str]:
    """``text`` parted at , ; 、 : 。 (or what ``at`` matches) outside brackets and quotes."""
    out, depth, current = [], 0, []
    for ch in text:
        if ch in _OPEN and not (ch == '"' and depth):
            depth += 1
        elif ch in _CLOSE and depth:
            depth -= 1
        if depth == 0 and at.match(ch):
            out.append("".join(current))
            current = []
        else:
            current.append(ch)
    out.append("".join(current))
    return [p.strip() for p in out if p.strip()]


# a will inside a name, before the verb of its figure (生物产业增加值将占国内生产总值的4%, 能耗将比
# 2020年下降13.5%): no word of the name, as 将 before a verb of level is none (将达到)
_WILL_INSIDE = re.compile(
    r"(?<=[\u4e00-\u9fffA-Za-z0-9)）”])(?<![即必终])将(?=占|比|较|(?:年均)?(?:增长|下降|降低|上涨|上升|提高|提升|减少|增加))"
)
# a place's own scope words after its name (湖北全省, 武汉全市)
_SCOPE_AFTER_PLACE = re.compile(r"^(?:全省|全市|全县|全区|全州|全旗|全盟|全縣|全區)")
_PLACE_LEVEL = "省市县区州旗盟縣區"


def _without_place(name: str) -> str:
    """A name without the place that opens it, where that place is a scope, no word of the name:
    a division's full name (武汉市人均期望寿命, 湖北省森林覆盖率), any division before its own scope
    word (湖北全省常住人口城镇化率) or before 人均 (武汉人均期望寿命: the place's per head, as
    全市 is no word of a name, README "Plan targets written as prose"); a division's short form
    before any other word is kept (上海港集装箱吞吐量: a name of its own). Only the text's own
    place is a scope: where its government is known, another division is the subject of the
    target and stays in its name (a province's text setting its cities' targets: 武汉市地区生产
    总值 in 湖北省's), and a division named by a common word (城区常住人口: the urban area's, 万源's
    city district; 郊区, 矿区) is never stripped."""
    size = division_at(name)
    if not size or name[:size] in _COMMON_WORD_DIVISIONS:
        return name
    own = _OWN_PLACES.get()
    if own is not None and name[:size] not in own:
        return name  # another place's target (review10 F7)
    rest = name[size:]
    scope = _SCOPE_AFTER_PLACE.match(rest)
    if scope:
        rest = rest[scope.end() :]
    elif not (name[size - 1] in _PLACE_LEVEL or rest.startswith("人均")):
        return name
    return rest if len(_IDEOGRAPHS.findall(_NOT_NAME.sub("", rest))) >= 2 else name


# Divisions whose names are common words (山西's 城区 districts; 郊区, 矿区): before a name they are
# its scope word (城区常住人口: the urban area's), no place.
_COMMON_WORD_DIVISIONS = frozenset({"城区", "郊区", "矿区", "市区", "新区", "城关", "城关镇"})
# The text's own place while its section is read (its government: 湖北省 and 湖北), () for the
# central government's (no division is its own), None where the text names none.
_OWN_PLACES: ContextVar[frozenset[str] | None] = ContextVar("own_places", default=None)


def _own_places(government: str | None) -> frozenset[str] | None:
    if not government:
        return None
    if government.endswith(("国务院", "政府")):
        return frozenset()
    name = read_text(government)
    return frozenset({name, name[:-1]} if len(name) >= 3 and name[-1] in "省市县区州" else {name})


def read_item(
    text: str, deadline: bool, compared: bool = False
) -> tuple[str, str, str | None] | None:
    """(name, figure, unit) of an item, or None (see the module's grammar I); ``compared``: 同比
    in its name is the target's comparison, no report's word (:func:`_compared_target`)."""
    text = _BULLET.sub("", text).strip()
    # 1. 地区生产总值增长8%以上: a space after the item's number parts nothing
    number = _NUMBERED.match(text)
    if number is not None:
        text = text[: number.end()] + text[number.end() :].lstrip()
    match = _ITEM.match(text)
    if match is None:
        return None
    name = _WILL_INSIDE.sub(
        "", _PREFIX.sub("", _without_place(_PREFIX.sub("", match.group("name"))))
    )
    figure = match.group("figure")
    if deadline and not (
        match.group("level") or _CHANGE.search(name) or re.match(_COMPARATOR, figure)
    ):
        return None
    if match.group("rate_of") and not _CHANGE.search(name):
        return None  # …保持10%的增幅 with no verb of change in the name: of what is not said
    bare_name = _NOT_NAME.sub("", name)
    if len(_IDEOGRAPHS.findall(bare_name)) < 2 and not _ACRONYM.search(bare_name):
        return None
    if _REPORT_WORDS.search(_COMPARED.sub("", name) if compared else name):
        return None
    if _ENDS_IN_PREPOSITION.search(name):
        return None
    if _SUBJECT_BEFORE.search(name):
        return None  # 比2010年的1吨标准煤降低17%, 总量突破1万亿元: of the subject before it
    if _THE_WORLD.match(name):
        return None  # 全球新能源汽车的销售额将达到3000万美元: no government's target
    if _INFERRED.match(name):
        return None  # 意味着这五年我国经济年均增速至少要达到6.5%以上: a reckoning, no target
    if _SEVERAL_NAMES.search(name):
        return None  # 城镇居民人均可支配收入和农民人均纯收入均增长10%左右: two names, one figure
    if match.group("bare") is not None and not (name.endswith("指数") and match.group("level")):
        return None  # a bare number is a figure only as an index's level (指数控制在103.5以内)
    unit = match.group("unit")
    if unit == "年" and re.search(r"(?:19|20)\d{2}\s*年", figure):
        return None  # a year, not a figure
    low = match.group("low_unit")
    if low is not None and low.replace("％", "%") != (unit or "").replace("％", "%"):
        return None  # 6%-7亿元: two figures, not one range
    if _ENDS_IN_FIGURE.search(name):
        return None  # 由60%提高至65%, 增长6%…6.5%: a figure of its own before the item's
    if _HOLDS_RATE.search(name):
        return None  # 儿童青少年达52.7%的总体近视率每年降0.5%以上: a rate of its own in the name
    return name, figure, ("%" if unit == "％" else unit)


# ------------------------------------------------------------------------------------ clauses


def _lines(section: Section) -> list[tuple[int, str]]:
    return [(n, clean(t)) for n, t in section.numbered_lines()]


def _stated_years(section_lines: list[tuple[int, str]]) -> set[int]:
    """The years the text names for its targets anywhere (2010年…预期目标)."""
    return {
        int(m.group(1))
        for _, text in section_lines
        for m in _TARGET_STATEMENT.finditer(text)
        if not _REPORTED.search(m.group(0))
    }


@functools.lru_cache(maxsize=64)
def _own_place(government: str | None) -> re.Pattern[str] | None:
    """The text's own place (its government: 临沂市, and 临沂 without its level word) opening a
    part: a scope word before an item's name, no part of it. None for no government or 国务院."""
    if not government or government.endswith(("国务院", "政府")):
        return None
    name = read_text(government)
    names = [name]
    if len(name) >= 3 and name[-1] in "省市县区州":
        names.append(name[:-1])
    return re.compile("^(?:" + "|".join(map(re.escape, names)) + ")(?![市县区])")


def _item_of(part: str, place: re.Pattern[str] | None) -> tuple[str, str, str | None] | None:
    """The item of a part of a clause, the text's own place before it left out."""
    return read_item(place.sub("", part) if place else part, deadline=False)


def _clause_year(
    lead: str, text_lines: list[tuple[int, str]], context: Context, dated: bool = True
) -> int | str | None:
    """The year of a clause: an int, None (no year), or "ambiguous"; ``dated``: the year the text
    is about where it states none for its targets (else None)."""
    if _PERIOD.search(lead):
        return None
    own = _YEAR.findall(lead)
    if own:
        return int(own[-1])
    if "明年" in lead:
        return None
    if "今年" in lead:
        stated = {int(m.group(1)) for _, t in text_lines for m in _THIS_YEAR_STATED.finditer(t)}
        if len(stated) == 1:
            return stated.pop()
        if len(stated) > 1:
            return "ambiguous"
        named = {int(m.group(1)) for _, t in text_lines for m in _YEAR_IS.finditer(t)}
        if len(named) == 1:
            return named.pop()
    # the text's title (2010年漳州经济社会发展预期目标), below a saved page's address line
    titled = _stated_years([line for line in text_lines if not _HEADER.match(line[1])][:1])
    if len(titled) == 1:
        return titled.pop()
    stated = _stated_years(text_lines)
    if len(stated) > 1:
        return "ambiguous"
    if stated:
        return stated.pop()
    return context.year if dated else None


# a lead that names no time (经济社会发展的主要预期目标是:…), its year only the text's date, over a
# body whose deadline is another year (五年年均经济增长速度为9%,到2005年GDP达到5680亿元,…。财政
# 总收入500亿元。: a 2001–2005 plan's aims on a page of 2006): the clause is that deadline's time,
# not the text's year, and its items without a year of their own are not read; and an item dated
# by a deadline before the text's year states what was to be reached then, no target now (as T3)
_TIME_WORDS = re.compile(r"今年|本年|全年|明年|年度")


def _undated_year(
    lead: str,
    body: list[tuple[int, str]],
    year: object,
    context: Context,
    text_lines: list[tuple[int, str]],
) -> bool:
    """Whether a clause's year is only the text's date while its body's deadline is another."""
    if year is None or year != context.year or _TIME_WORDS.search(lead):
        return False
    if _clause_year(lead, text_lines, context, dated=False) is not None:
        return False
    return any(int(m.group(1)) != year for _, t in body for m in _DEADLINE.finditer(t))


def _clauses(
    text_lines: list[tuple[int, str]], context: Context
) -> Iterator[Target | ExtractionWarning]:
    """T1 and T2: target clauses and headings, and their items."""
    place = _own_place(context.government)
    index = 0
    while index < len(text_lines):
        number, text = text_lines[index]
        index += 1
        for lead in _LEAD.finditer(text):
            # a report or a past year in the lead's own clause, from its last ; on (报告显示,…
            # 实现1267.3亿元、增长4%;报告提出,2020年主要预期目标为…: the 实现 is the report's)
            own = _LEAD_CLAUSE.split(lead.group("lead"))[-1]
            if _REPORTED.search(own) or _PAST_LEAD.search(own):
                continue
            rest = text[lead.end() :]
            if lead.group("item") is not None and not _opens_with_item(rest, compared=True):
                continue  # 主要目标是实现…: no item after 是, no clause of targets
            # the lead's own clause, the last that names the targets (王伟中指,今年…主要预期目标
            # → 今年…主要预期目标; 这8大约束性指标集中在…两大类别中,分别是: not 分别)
            clauses = re.split(r"[,，:：]+", _BULLET.sub("", lead.group("lead")).strip())
            caption = next(c for c in reversed(clauses) if _NAMES_TARGETS.search(c))
            caption = _NUMBERED.sub("", caption).strip()  # 一、2025年主要预期目标
            year = _clause_year(lead.group("lead"), text_lines, context)
            enumerated = lead.group("enumerated") is not None
            planned = (lead.group("attribute") or enumerated) and not re.search(
                r"(?:19|20)\d{2}\s*年|今年|明年", lead.group("lead")
            )
            if planned:
                # 这8大约束性指标…,分别是: a plan's indicators by their attribute, or its aims in
                # turn (《纲要(草案)》提出了七个方面的主要目标…。一是…), with no year of their own:
                # the end of the one five-year plan the text names (十一五: 2010), never the text's
                # year; a period ended before the text's year is a report's
                year = _plan_period(text_lines)
                if year is not None and context.year is not None and year < context.year:
                    continue
            body: list[tuple[int, str]] = []
            if enumerated:
                body, index = _enumerated_body(rest, number, text_lines, index)
                if not body:
                    continue  # …主要目标。 with no 一是 after it
            elif rest.strip():
                body.append((number, _clause_body(rest, year)))
            else:  # a heading: the items are on the lines below
                colon = lead.group("open") in (":", "：")
                start, index = index, _list_end(text_lines, index, _enumerator(text), colon)
                body = text_lines[start:index]
            if year == "ambiguous":
                found = sum(len(_items_in(t, False, compared=True)) for _, t in body)
                if found:
                    yield ExtractionWarning(
                        context.span(number),
                        GENRE,
                        f"target clause at line {number}: the text states its targets for"
                        f" different years; its {found} targets are not read",
                    )
                continue
            if year is None and context.year is None and not _PERIOD.search(lead.group("lead")):
                # 今年…主要预期目标 in a text that states no year (neither its date nor its
                # address): a year is not guessed; the items that carry their own are read
                undated = {item for _, t in body for item in _items_in(t, False, compared=True)}
                undated -= {item[:3] for _, t in body for item in _dated_items(t, None, None, True)}
                if undated:
                    yield ExtractionWarning(
                        context.span(number),
                        GENRE,
                        f"target clause at line {number}: the text states no year for its"
                        f" targets; its {len(undated)} targets are not read",
                    )
            undated = not planned and _undated_year(
                lead.group("lead"), body, year, context, text_lines
            )
            for n, t in body:  # a clause without a year gives the items that have their own
                for name, figure, unit, own in _dated_items(t, year, place, compared=True):
                    if own == year and undated:
                        continue  # 财政总收入500亿元 after 到2005年…: not the text's year's
                    if own != year and context.year is not None and own < context.year:
                        continue  # 到2005年GDP达到5680亿元 in a text of 2006: reached, or not
                    if planned and own == year and _PERIOD_TOTAL.search(name) and unit:
                        if _NO_AMOUNT.search(unit):
                            continue  # 新增…占比 in %: no total, and no level of the end year
                        own = 0  # 各类保障性住房新增供应100万套左右: the period's total (T4)
                    yield Target(n, name, figure, unit, own, caption)


# a plan's item of a total over its period (新增, 累计: 各类保障性住房新增供应100万套左右 among the
# 十二五 plan's aims), an amount: no level of its last year
_PERIOD_TOTAL = re.compile(r"(?<!年均)新增|累计|总计")  # 年均新增…: a year's, no total
_ORDINALS = "一二三四五六七八九十"


def _enumerated_body(
    rest: str, number: int, text_lines: list[tuple[int, str]], index: int
) -> tuple[list[tuple[int, str]], int]:
    """The sentences after an enumerated lead (the rest of its line, else the next line) that
    open with 一是, 二是 … in turn and those between them, or the lines after it that open so
    (:func:`_aims_in_paragraphs`), by line; and the index of the line after them."""
    after = index
    if not rest.strip() and index < len(text_lines):
        (number, rest), after = text_lines[index], index + 1
        paragraphs = _aims_in_paragraphs(text_lines, index)
        if paragraphs:
            return paragraphs, index + len(paragraphs)
    # 一是A。B。二是C。: B is the first aim's, where the next aim follows it on the line; after the
    # last aim only its own sentence (the line may go on with other matters)
    taken: list[str] = []
    pending: list[str] = []
    aims = 0
    for sentence in _SENTENCE_END.split(rest):
        if aims < len(_ORDINALS) and sentence.strip().startswith(_ORDINALS[aims] + "是"):
            taken += [*pending, sentence]
            pending, aims = [], aims + 1
        elif not aims:
            break
        elif not _PAST_SENTENCE.search(sentence) and not _FORESEEN.search(sentence):
            pending.append(sentence)
    return ([(number, "。".join(taken))], after) if taken else ([], index)


def _aims_in_paragraphs(text_lines: list[tuple[int, str]], index: int) -> list[tuple[int, str]]:
    """The aims after an enumerated lead as paragraphs, from line ``index`` on: lines that open
    with 一是, 二是 … in turn (two at least), each aim the whole of its line (一是旅游经济稳步增长。
    城乡居民出游人数年均增长10%左右,…。到2020年,…); the sentences of a past period, a report or a
    forecast left out (同比, 去年, 已经, 预计, 有望 …). [] where the lines do not so open."""
    taken: list[tuple[int, str]] = []
    for ordinal, (number, text) in zip(_ORDINALS, text_lines[index:], strict=False):
        if not text.strip().startswith(ordinal + "是"):
            break
        kept = [
            sentence
            for sentence in _SENTENCE_END.split(text)
            if not _PAST_SENTENCE.search(sentence) and not _FORESEEN.search(sentence)
        ]
        taken.append((number, "。".join(kept)))
    return taken if len(taken) >= 2 else []


_NAMES_TARGETS = re.compile(r"目标|指标")  # a lead's clause that names them (its caption)


def _opens_with_item(rest: str, compared: bool = False) -> bool:
    """Whether the words after a lead open with an item (its first part reads as one)."""
    sentence = _SENTENCE_END.split(rest, maxsplit=1)[0]
    head, compared = parts(sentence), compared and _compared_target(sentence, None)
    return bool(head) and read_item(head[0], False, compared) is not None


def _clause_body(rest: str, year: object = None) -> str:
    """A clause's items after its lead: to the end of its sentence, and on through each sentence
    after it on its line that opens with an item (主要预期目标:A增长9%,B的72%。C增长10%;D62万人…:
    a list that goes on past a stop), or with the clause's own ``year`` as a deadline and then an
    item (2020年预期目标是:A年均增长10%左右,…。到2020年,B达到67亿人次,…), up to the first that
    does not."""
    end = _SENTENCE_END.search(rest)
    while end is not None:
        following = _bare(_SENTENCE_END.split(rest[end.end() :], maxsplit=1)[0])
        mark = _YEAR_MARK.match(following)
        if mark is not None and isinstance(year, int) and int(mark.group(1)) == year:
            following = following[mark.end() :]  # 到2020年, in a clause of 2020
        head = parts(following)
        if not head or read_item(head[0], deadline=False) is None:
            return rest[: end.start()]
        end = _SENTENCE_END.search(rest, end.end())
    return rest


_ENUMERATORS = (
    ("一、", re.compile(r"^[一二三四五六七八九十]{1,3}\s*[、.．]")),
    ("(一)", re.compile(r"^[(（]\s*[一二三四五六七八九十]{1,3}\s*[)）]")),
    ("1.", re.compile(r"^\d{1,2}\s*[、.．](?!\d)")),
    ("(1)", re.compile(r"^[(（]\s*\d{1,2}\s*[)）]")),
    ("①", re.compile(r"^[①②③④⑤⑥⑦⑧⑨⑩]")),
    ("一是", re.compile(r"^[一二三四五六七八九十]{1,3}是")),
)
_NUMBERED = re.compile("|".join(p.pattern for _, p in _ENUMERATORS if _ != "一是"))


def _bare(text: str) -> str:
    """A part or sentence without its bullet and its item's number (● 1.地区… → 地区…)."""
    return _NUMBERED.sub("", _BULLET.sub("", text)).strip()


_FIELD = re.compile(r"^[\u4e00-\u9fff]{2,8}\s*[:：]")  # 责任单位:…, 分管省领导:… under an item


def _enumerator(text: str) -> str | None:
    """The style of the number a line opens with (一、 (一) 1. (1) ① 一是), or None."""
    text = _BULLET.sub("", text).strip()
    return next((style for style, pattern in _ENUMERATORS if pattern.match(text)), None)


def _list_end(
    text_lines: list[tuple[int, str]], index: int, heading: str | None, colon: bool = False
) -> int:
    """Where the list under a target heading ends: at a line numbered as the heading is (the next
    heading: 二、 after 一、…目标), or at a line that is no item, bullet, numbered line or an item's
    field (责任单位:…) — prose again — unless the heading's sentence goes on (a lead closed by a
    colon, each line before ending in ; or ,: 主要预期目标是: / A增长5.5%左右; / 居民收入增长与
    经济增长基本同步; / 粮食产量保持在1.3万亿斤以上; … to the line that ends it)."""
    going_on = colon
    while index < len(text_lines):
        text = text_lines[index][1]
        style = _enumerator(text)
        if heading is not None and style == heading:
            break
        if not (
            going_on
            or style
            or _BULLET.match(text)
            or _FIELD.match(text)
            or _items_in(text, False, compared=True)
        ):
            break
        going_on = going_on and text.rstrip()[-1:] in (";", "；", ",", "，", "、")
        index += 1
    return index


# a year opening a part of a clause's body: its items are for that year (2022年,全市新建5G基站
# 2600个以上 … 到2024年,全市累计建成5G基站1万个); a deadline anywhere in a part (力争到2024年,
# 全市到2024年累计建成…, (二)到2024年) dates the items after it too: a deadline's year is its own,
# never the clause's
_YEAR_MARK = re.compile(r"^(?:到|至)?\s*((?:19|20)\d{2})\s*年(?:底|末)?(?:前)?\s*")
_DEADLINE_MARK = re.compile(rf"{_DEADLINE.pattern}(?:前)?\s*")


def _dated_items(
    text: str,
    year: int | None,
    place: re.Pattern[str] | None = None,
    compared: bool = False,
) -> Iterator[tuple[str, str, str | None, int]]:
    """The items of a clause's body, each with its year: the clause's, or that of a year opening
    a part before it in its sentence; ``place`` (the text's own place, :func:`_own_place`) is a
    scope word before a name, as 全市 is (临沂市居民消费价格涨幅控制在3%左右); ``compared``: the
    body is a target clause's, where 同比 may be a target's (:func:`_compared_target`)."""
    for sentence in _SENTENCE_END.split(text):
        current = year
        versus = compared and _compared_target(sentence, year)
        for part, listed in _parts_listed(sentence):
            if place is not None:
                part = place.sub("", part)
            bare = _bare(part)  # (一)2022年,…
            period = _PERIOD_MARK.match(bare)
            if period is not None and current is not None:
                # the period's end, in a clause of the same period's targets only (a clause of
                # 2024's that speaks of “十四五”期间 gives those items no year of its own)
                end = _period_end(period.group(1))
                current, part = (end if end == year else None), bare[period.end() :]
            mark = _YEAR_MARK.match(bare) or _DEADLINE_MARK.search(part)
            if mark and mark.re is _YEAR_MARK:
                part = bare
            if mark:
                current, part = int(mark.group(1)), part[mark.end() :]
            item = read_item(part, False, versus) if current is not None else None
            if item is not None and not listed:
                yield (*item, current)


# T1–T6, I: the parts of a sentence joined by 、 are one list, and two lists written as one are
# not read: names and then figures (城镇登记失业率、城镇调查失业率控制在4.5%以内、6.5%以内: the
# 4.5% is the first name's, not the second's; 分别 left out), or a list that goes on after one figure
# for several names (单位地区生产总值能耗和二氧化碳排放量均下降3.5%、水耗下降4%: the 水耗 is the
# same subject's). A clause mark right before 、 is a mirror's stray one (均下降3.5%,、水耗…).
# Parts with no figure right before an item share its figure: verbs of one object (新建、改建
# 农村公路254公里: 254公里 of roads built and rebuilt) are one name with it, 新建、改建农村公路;
# names, or anything else, leave the item unread (新建公办幼儿园、中小学9所: 9 schools and
# kindergartens together, a 2021 武威 page): never half the name with the whole figure.
# (an ellipsis closes a list whose sentence goes on in other words: …粮食产量保持在1.3万亿斤以上……一组组
# 振奋人心的数字,勾勒出…, https://scholarmate.com/S/qBW3H0)
_CLAUSE_MARK = re.compile(r"[,，;；:：。]|…+")
_LIST_MARK = re.compile(r"、")
_STRAY_MARK = re.compile(r"[,，;；:：。]+\s*(?=、)")
_FIGURE_ALONE = re.compile(rf"^(?:{_LEVEL})?{_FIGURE}$")
_ENUMERATOR_ONLY = re.compile(r"^(?:[一二三四五六七八九十]{1,3}|[(（][^()（）]{1,3}[)）])$")
_HAS_FIGURE = re.compile(r"\d|百分之|千分之")


def _parts_listed(sentence: str) -> Iterator[tuple[str, bool]]:
    """The parts of a sentence (:func:`parts`), each with whether it stands in a list at 、 that is
    two lists written as one (names, then their figures; one figure for several names, then more)
    or after parts that share its figure; verbs of one object are joined to it (新建、改建…)."""
    for clause in parts(_STRAY_MARK.sub("", sentence), _CLAUSE_MARK):
        listed = parts(clause, _LIST_MARK)
        several = any(_FIGURE_ALONE.match(p) for p in listed[1:]) or any(
            _several_names(p) for p in listed[:-1]
        )
        sharing: list[str] = []  # the parts with no figure right before this one
        for part in listed:
            words = _words_of(part)
            if _opens_with_time(part):
                sharing = []  # a part that opens with its own year shares no figure before it
            if not _HAS_FIGURE.search(words) and _IDEOGRAPHS.search(words):
                if not _ENUMERATOR_ONLY.match(words):
                    sharing.append(part)
                yield part, several
                continue
            if (
                sharing
                and all(re.fullmatch(_WORK_VERB, _PREFIX.sub("", _words_of(p))) for p in sharing)
                and re.match(_WORK_VERB, _PREFIX.sub("", words))
            ):
                yield "、".join([*sharing, part]), several  # 新建、改建农村公路254公里
            elif sharing and _QUALIFIED_HEAD.match(words) and all(map(_listed_noun, sharing)):
                # 老年人以及高血压、糖尿病患者等重点人群家庭医生签约服务率≥80%, 对餐饮、住宿、民航、
                # 铁路客运业的综合贡献率达到85%以上: the list qualifies one head, the figure's
                yield "、".join([*sharing, part]), several
            elif sharing and all(map(_listed_noun, sharing)) and _one_rate([*sharing, part]):
                # 新建城区、居住(小)区配套建设养老服务设施达标率100%: places that qualify one rate
                yield "、".join([*sharing, part]), several
            else:
                yield part, several or bool(sharing)
            sharing = []


# a list at 、 that qualifies one head noun, closed by 等 or 的 and that head before the figure
# (A、B等重点人群…签约服务率, 对A、B的综合贡献率): one name, its figure the head's; its parts before
# are short words with no verb of level or change and no figure (not a clause of their own)
_QUALIFIED_HEAD = re.compile(r"^[^\d,，;；、]{1,20}?(?:等|的)[\u4e00-\u9fff]{2}")


_RATE_NAME = re.compile(r"(?:率|比重|占比)$")


def _one_rate(listed: list[str]) -> bool:
    """Whether parts at 、 are one rate's name (a rate, %, whose name ends in 率, 比重 or 占比) and
    the parts before its last hold no rate of their own (城镇登记失业率、城镇调查失业率…: two)."""
    if any(_RATE_NAME.search(_words_of(p)) or "率" in _words_of(p) for p in listed[:-1]):
        return False
    item = read_item("、".join(listed), deadline=False)
    return item is not None and item[2] == "%" and bool(_RATE_NAME.search(item[0]))


def _listed_noun(part: str) -> bool:
    words = _words_of(part)
    return (
        len(words) <= 12
        and not re.search(_LEVEL, words)
        and not _NOT_NAME.search(words)
        and not _HAS_FIGURE.search(words)
    )


def _words_of(part: str) -> str:
    """A part without its bullet, number and opening year or deadline (到2020年新建 → 新建)."""
    bare = _bare(part)
    mark = _YEAR_MARK.match(bare) or _DEADLINE_MARK.search(bare)
    return bare[mark.end() :].strip() if mark else bare


def _opens_with_time(part: str) -> bool:
    """Whether a part opens with a year or a deadline of its own (2025年常住人口城镇化率…,
    到2020年新建…): the time of its items, not the part before it's."""
    return _words_of(part) != _bare(part)


def _several_names(part: str) -> bool:
    """Whether a part gives one figure for several names (A和B均增长10%左右)."""
    match = _ITEM.match(_BULLET.sub("", part).strip())
    return match is not None and bool(_SEVERAL_NAMES.search(_PREFIX.sub("", match.group("name"))))


# a sentence of a past period or of a report (T5, T6; T1, T2 for 同比): a figure reached, not set
_PAST_SENTENCE = _words(_COMPARISON, _PAST_TIME, _YEAR_PART, _DONE, _FORECAST)


# T1, T2: in a target clause's body a comparison with the year before (同比, 比上年, 较上年) is
# the target's (经济社会发展预期目标 / 地区生产总值同比增长6.5%以上,…: a county's plan of 2025;
# 确保完成全年主要预期目标 / 1.地区生产总值比上年增长8.5%左右。: a city's task list of 2021), as
# 增长 alone is; in a report it marks a result (一季度…同比增长6.8%). So it is read in a clause
# whose lead names targets only, in a sentence with no other word of a past period or a report
# (季度, 上半年, 去年, 完成了, 预计 …) and naming no year but the clause's; never in T3–T6, nor in
# a sentence that goes on with a clause past its own sentence's end (:func:`_clause_body`).
def _compared_target(sentence: str, year: int | None) -> bool:
    """Whether a comparison (同比, 比上年) in a target clause's sentence is a target's (see
    above)."""
    if _PAST_SENTENCE.search(_COMPARED.sub("", sentence)):
        return False
    return all(year is not None and int(y) == year for y in _YEAR.findall(sentence))


# T6: an annual plan the text names by its title, with the year, and by a short name it gives
# it ((下称《计划》)), states its targets: 《计划》(还)提出,(今年) then items to the sentence's end,
# the first part an item, for the plan's year (…2014年国民经济和社会发展计划…(下称《计划》) …
# 《计划》提出,今年临沂GDP增长将保持10%的增幅,公共财政收入增长14%以上。). Not a plan whose
# title reports (…计划执行情况…) or names two years (…2014年计划执行情况与2015年计划草案…).
_PLAN_NAMED = re.compile(
    r"《(?P<title>[^《》]{4,80})》\s*[(（]\s*(?:以下简称|以下称|下称|简称)\s*"
    r"《(?P<short>[^《》]{1,10})》\s*[)）]"
)
_PLAN_YEAR = re.compile(r"((?:19|20)\d{2})\s*年度?[^《》\d]{0,20}?计划")


def _plan_years(text_lines: list[tuple[int, str]]) -> dict[str, tuple[int, str]]:
    """The annual plans a text names by a short name: short name -> (year, title)."""
    plans: dict[str, tuple[int, str]] = {}
    for _, text in text_lines:
        for named in _PLAN_NAMED.finditer(text):
            title = named.group("title")
            years = set(_YEAR.findall(title))
            year = _PLAN_YEAR.search(title)
            if year is None or len(years) != 1 or _REPORTED.search(title):
                continue
            plans[named.group("short")] = (int(year.group(1)), title)
    return plans


def _plan_statements(text_lines: list[tuple[int, str]], context: Context) -> Iterator[Target]:
    """T6: the items of what an annual plan the text names is said to set (《计划》提出,今年…)."""
    plans = _plan_years(text_lines)
    if not plans:
        return
    shorts = "|".join(map(re.escape, plans))
    statement = re.compile(
        rf"《(?P<short>{shorts})》\s*(?:还|并|同时)?\s*(?:提出|明确|要求)\s*[,，:：]\s*(?:今年\s*)?"
    )
    place = _own_place(context.government)
    for number, text in text_lines:
        for sentence in _SENTENCE_END.split(text):
            for said in statement.finditer(sentence):
                body = sentence[said.end() :]
                if _PAST_SENTENCE.search(body):
                    continue  # 《计划》提出,去年…/比上年…: what was reached, not what it sets
                first = parts(body)[:1]
                if not first or _item_of(first[0], place) is None:
                    continue  # 《计划》提出,要…: no item opens what it says
                year, title = plans[said.group("short")]
                for name, figure, unit, own in _dated_items(body, year, place):
                    yield Target(number, name, figure, unit, own, title)


# T5: a sentence of a later line that restates an item of a target clause as written (its name and
# figure: 全市生产总值增长百分之九以上 after 主要指标安排是生产总值增长百分之九以上。) sets out the
# clause's list in full; its items are the clause's, for its year. Not a sentence of a past
# period's or a report's words (一季度…, 比上年…, 完成了…: the same figure reached, not set), nor
# one that names another year (2014年…, 明年…).
def _restatements(
    text_lines: list[tuple[int, str]], clauses: list[Target], context: Context
) -> Iterator[Target]:
    """T5: the items of each sentence after a target clause that restates one of its items."""
    place = _own_place(context.government)
    for number, text in text_lines:
        earlier = {(t.name, t.figure): t for t in clauses if t.line < number and t.year}
        if not earlier:
            continue
        for sentence in _SENTENCE_END.split(text):
            if _PAST_SENTENCE.search(sentence):
                continue
            restated = next(
                (
                    earlier[item[:2]]
                    for part in parts(sentence)
                    if (item := _item_of(part, place)) is not None and item[:2] in earlier
                ),
                None,
            )
            if restated is None or "明年" in sentence:
                continue
            if any(int(y) != restated.year for y in _YEAR.findall(sentence)):
                continue  # a sentence of another year's figures (2014年…) restates no clause
            if context.year is not None and restated.year < context.year:
                continue  # a clause of a past year, restated: likely its results, not targets
            items = list(_dated_items(sentence, restated.year, place))
            stated = {(t.name, t.figure) for t in clauses if t.caption == restated.caption}
            if any((n, f) not in stated and n in {m for m, _ in stated} for n, f, _, _ in items):
                continue  # a figure other than the clause's for one of its names: another
                # government's or another time's list sharing one item, not a restatement
            for name, figure, unit, own in items:
                yield Target(number, name, figure, unit, own, restated.caption)


def _items_in(
    text: str, deadline: bool, compared: bool = False
) -> list[tuple[str, str, str | None]]:
    found = []
    for sentence in _SENTENCE_END.split(text):
        versus = compared and _compared_target(sentence, None)
        for part, listed in _parts_listed(sentence):
            item = read_item(part, deadline, versus)
            if item is not None and not listed:
                found.append(item)
    return found


# T3: a deadline's sentence that reports before it what is done (到目前为止,国民经济和社会发展第十三个
# 五年规划纲要…中3项硬指标已经全部超额完成,到2020年年底,将新增…: a minister's account of a plan's
# results, a 2020 page) speaks of results, not targets
_REPORTED_BEFORE = _words(_DONE, r"到目前为止|截至目前|截止目前|目前已")


def _deadlines(text_lines: list[tuple[int, str]], context: Context) -> Iterator[Target]:
    """T3: sentences of 到20XX年 and their items."""
    plan_end = _plan_period(text_lines)
    for number, text in text_lines:
        for sentence in _SENTENCE_END.split(text):
            marks = list(_DEADLINE.finditer(sentence))
            for i, mark in enumerate(marks):
                year = int(mark.group(1))
                cited = bool(_PLAN_SAYS.search(sentence[: mark.start()]))  # T7
                if _FORESEEN.search(sentence):
                    continue  # 外媒发布最新报告预测,到2040年,…: a forecast, no target
                if _REPORTED_BEFORE.search(sentence[: mark.start()]):
                    continue  # 到目前为止,…已经全部超额完成,到2020年年底,将新增…: results
                if (
                    context.year is not None
                    and year < context.year
                    and (year != plan_end or not cited)
                ):
                    continue  # achieved, not a target (but a plan's, T7)
                end = marks[i + 1].start() if i + 1 < len(marks) else len(sentence)
                items = _carried(sentence[: mark.start()], sentence[mark.end() : end])
                # the plan's words say its items are targets, as a lead does: no verb needed
                items += _items_up_to_year(sentence[mark.end() : end], not cited, year)
                for name, figure, unit in items:
                    yield Target(number, name, figure, unit, year, clean(mark.group(0)))


# T9: a deadline heading: a line that ends in a deadline, a word of will and a colon, with no
# other words than a subject before the will and (实现/达到) (以下) (N大) (主要) 目标 after it
# (未来5年深圳“卫生强市”战略,到2020年将实现: / 1、新建投入使用市级三级公立医院12家,… / 2、全市
# 常住人口千人床位数达到4.3张 …, a 2016 news page): the lines below it, numbered (or bulleted, as
# T2's), are its items, targets for the deadline's year, read as a clause's (its lead says they
# are targets: no verb needed). Not a lead of tasks or work (以下任务, 重点工作: no such word
# is allowed), nor one that foresees or reports (预计, 有望, 已经 …: as T3), nor a deadline
# before the text's year.
_DEADLINE_HEAD = re.compile(
    rf"{_AS_OF}(?:到|至)\s*(?P<year>(?:19|20)\d{{2}})\s*年(?:底|末)?\s*[,，]?\s*"
    r"[^\d。！？!?\n:：,，;；]{0,8}?(?:将|要|力争|努力|确保|争取)"
    r"(?:实现|达到)?(?:以下|如下|下列)?(?:[一二三四五六七八九十两\d]{1,2}(?:大|个|项))?"
    r"(?:主要|发展)?(?:目标|指标)?\s*[:：]\s*$"
)


def _deadline_headings(text_lines: list[tuple[int, str]], context: Context) -> Iterator[Target]:
    """T9: the items on the lines under a deadline heading (see above)."""
    place = _own_place(context.government)
    index = 0
    while index < len(text_lines):
        text = text_lines[index][1]
        index += 1
        head = _DEADLINE_HEAD.search(_SENTENCE_END.split(text)[-1])
        if head is None or _FORESEEN.search(text) or _REPORTED_BEFORE.search(text):
            continue
        year = int(head.group("year"))
        if context.year is not None and year < context.year:
            continue  # a deadline passed: what was achieved
        start, index = index, _list_end(text_lines, index, None, colon=True)
        for n, body in text_lines[start:index]:
            if not (_enumerator(body) or _BULLET.match(body)):
                continue  # an item's field or the heading's prose, no item of the list
            for name, figure, unit, own in _dated_items(body, year, place):
                yield Target(n, name, figure, unit, own, clean(head.group(0)).rstrip(":："))


# T7: a plan's statement (《规划》指出,/根据规划,/规划提出,) of its targets for a year: right after
# the plan's words, a deadline or a year (到2020年, 2025年) and then items, as a target clause's (the
# plan's words say they are targets: no verb needed, 水质达标率83%以上); the sentences that go on
# with it, each item with a verb, as T3's.
# Its year is the plan's, whatever the text's date, where it is the end of the one five-year plan
# the text names (《四川省十三五生态保护与建设规划》… 《规划》指出,到2020年,全省森林覆盖率达到40%,…
# on a page reposted in 2024: the 十三五 plan's targets for 2020; a plan that states its base year,
# 2015年…达到…, is no statement of a target); any other year only where it is after the text's.
_PLAN_NAME = r"(?:《[^《》]{0,40}(?:规划|纲要|计划|方案|意见)[^《》]{0,10}》|规划|纲要)"
_PLAN_SAYS = re.compile(
    rf"(?:(?:根据|按照|依据){_PLAN_NAME}"
    rf"|{_PLAN_NAME}\s*(?:还|并|同时)?\s*(?:指出|提出|明确|要求))\s*[,，:：]\s*$"
)
# T8: a year opening a sentence (or the words after a colon) and then items, each with a verb, as
# T3's (2025年我国人均预期寿命达78.3岁,养老机构护理型床位占比达55%,…; …各项指标全面升级:2025年
# 数字经济核心产业增加值占GDP比重提高到10%;…): targets for that year where it is after the text's
# year (a text with no year gives none: 2023年广东地区生产总值达到13.57万亿元 is a result in 2024);
# never a year in a sentence's middle (…的研究数据,…,2035年人口将达到14.335亿人: a projection) or
# an approximate one (2035年左右, 年前后), nor a sentence that reports (_PAST_SENTENCE). A year
# opening a sentence is how forecasts and news are written too (…据测算,预计“十四五”时期,…。
# 2035年左右,60岁及以上老年人口将突破4亿,在总人口中的占比将超过30%: a ministry's projection, a
# 2022 news page), so it states targets only where its paragraph names a plan before it (《纲要》
# 充分展现…。2025年,江苏人均地区生产总值超过15万元,…) or the words before its colon name targets
# (「创新驱动」类各项指标全面升级:2025年…), and never where its sentence or one before it in its
# paragraph foresees (预计, 测算, 有望 …: _FORESEEN). After a plan's words (T7) a year opens its
# statement as a deadline does (根据规划,2025年我国学前教育毛入园率将大于90%,…), and the next
# sentences of its line that open with the same year go on with it.
_YEAR_LEAD = re.compile(
    r"(?P<mark>((?:19|20)\d{2})\s*年(?:底|末)?)(?![前后内以之起至到度左\d\-—～~])\s*[,，]?\s*"
)
_PLAN_IN_PARAGRAPH = re.compile(_PLAN_NAME)
_TARGETS_NAMED = re.compile(r"目标|指标")


# T10: a progress table of a year's target tasks (关于2022年《市政府工作报告》部分重点目标任务第一季度
# 完成情况的通报 / 序号 | 目标任务 | 完成情况 | 牵头责任单位, a cell a line): its title names the
# year and the tasks, its header a task column second, after 序号, and a column of progress third;
# each row opens with its number alone on a line, its task cell the next line. The task cell states
# the year's targets: in a sentence, the items after a will (确保, 力争, 争取) to its end, each with a
# verb or, for a rate (%), none (确保有效投资增长高于经济增长、…,市县长项目落地率50%以上); in a
# sentence with no will, items with a verb (城镇登记失业率控制在4.5%以内。). Never the progress
# cells (一季度…增长14.3%: results), never a table with no progress column (a task list: R-05).
_TASK_HEAD = re.compile(r"^(?:重点)?(?:目标任务|工作任务|任务内容|内容与要求|重点工作|工作内容)$")
_PROGRESS_HEAD = re.compile(r"^(?:完成情况|进展情况|推进情况|落实情况|进度情况|工作进展|完成进度)$")
_TASKS_TITLE = re.compile(r"((?:19|20)\d{2})\s*年[^\n]{0,40}?(?:目标任务|重点工作|工作任务)")
_ROW_NUMBER = re.compile(r"^\d{1,3}$")
_CELL_END = re.compile(r"\s*\|\s*$")
_TASK_WILL = re.compile(r"确保|力争|争取")
_TASK_SENTENCE = re.compile(r"[。！？!?;；]")
# a task sentence that names a part of the year, a year or a deadline: not the title's year's
_TASK_OTHER_TIME = re.compile(
    r"(?:[一二三四1-4]|第[一二三四])季度|[上下]半年|前\d+个?月|\d+\s*[-—至]\s*\d+\s*月"
    r"|(?:19|20)\d{2}\s*年|年底前|月底前"
)


def _cells(text_lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The non-empty lines of a text, each a table's cell where the table is copied a cell a line
    (a cell's closing ' |' left out)."""
    found = []
    for number, text in text_lines:
        cell = _CELL_END.sub("", text).strip()
        if cell:
            found.append((number, cell))
    return found


def _progress_tables(text_lines: list[tuple[int, str]]) -> Iterator[Target]:
    """T10: the targets in the task cells of a progress table (see above)."""
    cells = _cells(text_lines)
    if not cells or _HEADER.match(cells[0][1]):
        cells = [c for c in cells if not _HEADER.match(c[1])]
    if not cells:
        return
    title = _TASKS_TITLE.search(cells[0][1])
    if title is None or len(set(_YEAR.findall(cells[0][1]))) != 1:
        return
    year = int(title.group(1))
    caption = clean(cells[0][1])
    for i in range(len(cells) - 2):
        if not (
            cells[i][1] == "序号"
            and _TASK_HEAD.match(cells[i + 1][1])
            and _PROGRESS_HEAD.match(cells[i + 2][1])
        ):
            continue
        for j in range(i + 3, len(cells) - 1):
            if not _ROW_NUMBER.match(cells[j][1]):
                continue
            number, task = cells[j + 1]
            for name, figure, unit in _task_items(task):
                yield Target(number, name, figure, unit, year, caption)
        return


def _task_items(task: str) -> list[tuple[str, str, str | None]]:
    """The items of a progress table's task cell (T10)."""
    found = []
    for sentence in _TASK_SENTENCE.split(task):
        if _TASK_OTHER_TIME.search(sentence):
            continue  # 力争一季度…增长8%, 到2025年…: a part of the year's or another time's
        will = _TASK_WILL.search(sentence)
        if will is not None:
            sentence = sentence[will.start() :]
        for part, listed in _parts_listed(sentence):
            if listed:
                continue
            item = read_item(part, deadline=True)
            if item is None and will is not None:
                item = read_item(part, deadline=False)
                if item is not None and item[2] != "%":
                    item = None  # no verb: a rate the will sets, never a task's quantity
            if item is not None:
                found.append(item)
    return found


def _year_cued(before: str, head: str) -> bool:
    """T8: whether a year opening a sentence (its paragraph ``before`` it, its sentence's words
    ``head`` before it) states a plan's targets: a plan named before it or targets named before its
    colon, and no word that foresees (see above)."""
    if _FORESEEN.search(before + head):
        return False
    return bool(_PLAN_IN_PARAGRAPH.search(before + head) or _TARGETS_NAMED.search(head))


def _year_statements(text_lines: list[tuple[int, str]], context: Context) -> Iterator[Target]:
    """T7 with a year, T8: the items after a year that opens a sentence, the words after a colon
    or a plan's statement."""
    plan_end = _plan_period(text_lines)
    for number, text in text_lines:
        stated: int | None = None  # the year of a plan's statement going on in this line
        paragraph = ""  # the line's sentences before this one
        for written in _SENTENCE_END.split(text):
            sentence = _bare(written)
            found = False
            for start in _lead_starts(sentence):
                lead = _YEAR_LEAD.match(sentence, start)
                if lead is None:
                    continue
                year = int(lead.group(2))
                cited = bool(_PLAN_SAYS.search(sentence[:start])) or (start == 0 and year == stated)
                after = context.year is not None and year > context.year
                if not (after or (cited and year == plan_end)):
                    continue
                if _FORESEEN.search(sentence) or _PAST_SENTENCE.search(sentence):
                    continue
                if not cited and not _year_cued(paragraph, sentence[:start]):
                    continue  # 据测算,预计…。2035年左右,…: no plan's, a projection
                found, stated = True, (year if cited else stated)
                # right after the plan's words, or in a sentence that goes on with its statement
                # (…。2025年我国人均预期寿命达78.3岁,…达标率100%): the plan's words say targets
                said = bool(_PLAN_SAYS.search(sentence[:start])) or (start == 0 and cited)
                mark = clean(lead.group("mark"))
                for name, figure, unit in _items_up_to_year(sentence[lead.end() :], not said):
                    yield Target(number, name, figure, unit, year, mark)
            if not found and stated and _goes_on(sentence):
                # …约1000万张。人均体育场地面积2.6平方米。: the statement's list goes on in a
                # sentence that opens with an item and names no time of its own
                for name, figure, unit in _items_up_to_year(sentence, False):
                    yield Target(number, name, figure, unit, stated, mark)
                found = True
            if not found and not (stated and _YEAR_LEAD.match(sentence)):
                stated = None if sentence else stated
            paragraph += written + "。"


def _goes_on(sentence: str) -> bool:
    """Whether a sentence after a plan's statement of a year goes on with its list (T7): each of
    its parts an item, and it names no time (a year, a deadline, 目前), foresees or reports
    nothing."""
    every = parts(sentence)
    if not every or any(read_item(p, deadline=False) is None for p in every):
        return False  # a part that is no item (…,居全国第5位): a sentence of its own, a fact
    if _YEAR.search(sentence) or _DEADLINE.search(sentence) or _PERIOD.search(sentence):
        return False
    return not (
        _FORESEEN.search(sentence) or _PAST_SENTENCE.search(sentence) or _NOW.search(sentence)
    )


_NOW = re.compile(r"目前|当前|當前|现有|現有|现在|現在|截至|截止|已|今年|明年|去年|上年")


def _lead_starts(sentence: str) -> Iterator[int]:
    """Where a year may open a statement in a sentence: its start, after a colon, after a plan's
    words (T7)."""
    yield 0
    for mark in re.finditer(r"[:：]\s*", sentence):
        yield mark.end()  # a colon, after a plan's words or not
    for cue in re.finditer(r"[,，]\s*", sentence):
        if _PLAN_SAYS.search(sentence[: cue.end()]):
            yield cue.end()


def _items_up_to_year(
    text: str, verb: bool = True, year: int | None = None
) -> list[tuple[str, str, str | None]]:
    """The items of a year's statement (T3, T7, T8), each with a verb (``verb``: but not right
    after a plan's words), up to a part that opens with another year or holds a deadline (its own
    time: 到2020年,…,2030年达到…); a part that opens with the statement's ``year`` again is its
    own (…,2020年全国总人口达到14.2亿人左右: 全国总人口)."""
    found = []
    for part, listed in _parts_listed(text):
        bare = _bare(part)
        mark = _YEAR_MARK.match(bare)
        if year is not None and mark and mark.end() < len(bare) and int(mark.group(1)) == year:
            part = bare[mark.end() :]  # the statement's own year again
        period = _PERIOD_MARK.match(bare)
        if period is not None:
            if year is None or _period_end(period.group(1)) != year:
                break  # “十二五”时期… under 到2020年: another time's items
            part = bare[period.end() :]  # …到2020年…,“十三五”时期经济年均增长保持在6.5%以上
        if _opens_with_time(part) or _YEAR_LEAD.match(_words_of(part)):
            break  # another time's items
        item = read_item(part, deadline=verb)
        if item is not None and not listed:
            found.append(item)
    return found


# T3's subject written once: an annual rate over the years up to a deadline, then the deadline and
# the level its subject reaches then, with no name of its own (本市生产总值年均增长10%左右,到2015年
# 达到1.5万亿元): the rate, named with its 年均增长, and the level, named by the rate's subject,
# both for the deadline's year; the level an amount with its unit
_AVERAGE_RATE = re.compile(r"^(?P<subject>.+?)年均(?:增长|增速)$")
_NAMELESS = re.compile(rf"^(?:{_LEVEL}){_FIGURE}$")


def _carried(before: str, after: str) -> list[tuple[str, str, str | None]]:
    """The rate before a deadline and the nameless level right after it, or nothing."""
    rate_part, level_part = parts(before)[-1:], parts(after)[:1]
    if not rate_part or not level_part:
        return []
    rate = read_item(rate_part[0], deadline=True)
    level = _NAMELESS.match(level_part[0])
    subject = _AVERAGE_RATE.match(rate[0]) if rate is not None else None
    if rate is None or subject is None or level is None or not level.group("unit"):
        return []
    unit = level.group("unit")
    if _NO_AMOUNT.search(unit) or len(_IDEOGRAPHS.findall(subject.group("subject"))) < 2:
        return []  # a level in % is no amount of the rate's subject
    return [rate, (subject.group("subject"), level.group("figure"), unit)]


# T4: a span of years ahead, not one behind (近5年内, 过去五年内), then its subject and a verb of
# the future (5年内我国将…). Fitted to the one text of the form found (G-08; none other in the dev
# corpus, the probe and mined pages, nor the stored pages searched), and so kept narrow: an item is
# a total only where its own words say so (累计, 总计, 共, 新增, 完成 opening its clause, or the
# clause of a list parted at 、 that shares that verb: 完成新造林3000万公顷、森林抚育经营3500万公顷)
# and its figure is an amount (万公顷, 亿株), never a rate (%, ‰, 百分点), a per-unit figure
# (千瓦时/万元), an age or a length of time; the reading stops at the sentence's end or at a year
_SPAN = re.compile(
    r"(?<![近过去前这\d])(?P<span>[3-9３-９三五十]|10)\s*年(?:内|间|里)\s*"
    r"(?:我国|全国|全省|全市|全县|全区)?(?:将|要|力争|计划)"
)
# the words that make a clause's figure a total over the span (its verb of doing is the name's,
# 新增就业, but for 完成, a report's word elsewhere: 完成新造林 → 新造林)
_TOTAL = re.compile(r"^(?:(?:累计|总计|共(?!同))(?:完成)?|完成|(?=新增))")
_CLAUSES = re.compile(r"[,，;；:：]")
_NO_AMOUNT = re.compile(r"%|％|‰|百分点|^(?:岁|年|天)$|/")


def _clauses_of(text: str) -> list[str]:
    """``text`` parted at , ; : outside brackets (not at 、: a list shares its clause's verb)."""
    return parts(text, _CLAUSES)


def _total(part: str) -> tuple[str, str, str | None] | None:
    """An item of T4 (its total word already taken off), or None: an amount, no rate or level."""
    item = read_item(part, deadline=False)
    if item is None or item[2] is None or _NO_AMOUNT.search(item[2]):
        return None
    if _CHANGE.search(item[0]) or re.search(_LEVEL + r"$", part[: part.find(item[1])]):
        return None  # 增长…, 达到…: a rate or a level, not what the span adds up to
    return item


def _period_totals(text_lines: list[tuple[int, str]]) -> Iterator[Target]:
    """T4: the totals a text sets over a span of years ahead (5年内…完成新造林3000万公顷), with no
    year (Target.year 0): the span is no year, and its items are no target of one."""
    for number, text in text_lines:
        for sentence in _SENTENCE_END.split(text):
            for mark in _SPAN.finditer(sentence):
                caption = clean(mark.group(0))
                caption = caption[: caption.index("年") + 2]  # 5年内
                for clause in _clauses_of(sentence[mark.end() :]):
                    if _YEAR.search(clause) or _SPAN.search(clause) or _DEADLINE.search(clause):
                        break  # 到2015年,…: another time's figures
                    head = _TOTAL.match(clause)
                    if head is None:
                        continue  # no word of its own says it is a total (全民义务植树120亿株)
                    for part in clause[head.end() :].split("、"):
                        item = _total(part.strip())
                        if item is None:
                            break  # the list ends where an item is no amount
                        yield Target(number, *item, 0, caption)


# ------------------------------------------------------------------------------------ the text


@functools.lru_cache(maxsize=16)
def _has_indicator_table(context: Context) -> bool:
    return any(indicators.find_tables(s) for s in context.sections if s.kind in _KINDS)


_KINDS = frozenset({"document", "text"})


def _restated_by_a_later_line(targets: list[Target]) -> set[Target]:
    """The targets a later line states again, the same figure for the same year under a name that
    ends the same way (上海奉贤:到2027年,通用新材料产业工业总产值力争达到600亿元 / …到2027年,构建…
    格局,工业总产值力争达到600亿元。: a headline and its body): one target, the body's record."""
    return {
        early
        for early in targets
        for late in targets
        if late.line > early.line
        and (late.year, late.figure, late.unit) == (early.year, early.figure, early.unit)
        and late.name != early.name
        and (early.name.endswith(late.name) or late.name.endswith(early.name))
    }


def extract(section: Section, context: Context) -> Iterator[Record]:
    """The targets a section sets in prose, as indicator records; none where the text prints an
    indicator table."""
    if _has_indicator_table(context):
        return
    text_lines = _lines(section)
    seen: set[tuple[str, int, str]] = set()
    order: dict[str, int] = {}  # caption -> items read so far: the next item's place in its clause
    own = _OWN_PLACES.set(_own_places(context.government))
    try:  # (all read before the first record is given: the text's place is reset before it)
        found: list[Target | ExtractionWarning] = [*_clauses(text_lines, context)]
        found += _plan_statements(text_lines, context)
        found += _restatements(text_lines, [t for t in found if isinstance(t, Target)], context)
        found += _deadlines(text_lines, context)
        found += _deadline_headings(text_lines, context)
        found += _year_statements(text_lines, context)
        found += _period_totals(text_lines)
        found += _progress_tables(text_lines)
    finally:
        _OWN_PLACES.reset(own)
    restated = _restated_by_a_later_line([t for t in found if isinstance(t, Target)])
    for target in found:
        if isinstance(target, ExtractionWarning):
            yield target
            continue
        key = (target.name, target.year, target.figure)
        if key in seen or target in restated:
            continue  # the same target restated (a lead and its body)
        seen.add(key)
        order[target.caption] = order.get(target.caption, 0) + 1
        total = target.year == 0  # T4: a total over a span of years, no target of one year
        yield IndicatorRecord(
            context.span(target.line),
            table=target.caption,
            domain=None,
            task=None,
            seq=order[target.caption],  # no 序号 printed: its place among its clause's targets
            sub=None,
            name=target.name,
            unit=target.unit,
            reference_value=None,
            nature=None,
            baseline=None,
            target_near=None if total else target.figure,
            target_far=None,
            met=None,
            # no plan: a title the section names is a gkg:Plan only where kg.extract.projects
            # records it (a plan printed with its tables), and a report's clause is in none
            plan=None,
            target_near_year=None if total else target.year,
            seq_inferred=True,
            cumulative=target.figure if total else None,
        )
