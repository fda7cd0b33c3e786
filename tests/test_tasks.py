"""Task and project lists outside key-project tables (kg/extract/tasks.py), on cuts of real pages
(each fixture's first line names its source)."""

from __future__ import annotations

import pytest

from kg.extract import extract_genres, extract_source
from kg.iris import Minter
from kg.rdf import map_records
from kg.text.source import from_text, read
from kg.validate import validate
from tests.conftest import FIXTURES, devcorpus_text, records_of

TASKS = FIXTURES / "tasks"


def projects(name: str) -> list[tuple[int, str, list[str]]]:
    records = records_of(extract_genres(read(TASKS / name), ["tasks"]), "project")
    return [(p.seq, p.name, p.responsible) for p in records]


def test_numbered_items_with_a_field_a_line():
    assert projects("lishan-fields-a-line.txt") == [
        (1, "努力实现地区生产总值增长6.2%左右。", ["区发改局", "立山经济开发区", "全区经济运行各专班"]),
        (2, "规模上工业增加值增长5%左右。", ["区工信局", "立山经济开发区"]),
        (3, "固定资产投资增长15%左右。", ["区发改局", "立山经济开发区", "各街道", "区直各部门"]),
    ]  # fmt: skip


def test_a_flattened_paragraph_ends_each_unit_field_at_white_space():
    found = projects("ningbo-flattened-paragraph.txt")
    assert found[0] == (1, "轨道交通1号线一期工程投入试运营。", ["市轨道交通工程建设指挥部"])
    # 配合单位 after 项目责任人 (a person, not a unit); the district sub-table after it is no unit
    assert found[2] == (
        3,
        "新辟公交线路10条,优化调整20条。",
        ["市交通委", "市公安局", "市城管局", "各区政府"],
    )
    assert len(found) == 4


def test_a_table_a_cell_a_line_with_a_sub_item_under_one_number():
    found = projects("dazhu-table-a-cell-a-line.txt")
    assert found[0] == (
        1, "启动建设东柳河城区段综合治理工程和东湖湿地公园。", ["县水务局", "县住建局", "县护城河指挥部"]
    )  # fmt: skip
    assert (5, "开工建设县老年养护楼。", ["县民政局"]) in found
    assert (5, "开工建设老年大学。", ["县民政局"]) in found  # no number of its own: the units above
    assert [seq for seq, _, _ in found] == [1, 2, 3, 4, 5, 5, 6, 7, 8, 9, 10]


def test_units_in_a_closing_parenthesis_with_a_verb():
    found = projects("shaanxi-units-in-parentheses.txt")
    assert found[0][2] == ["省发改委", "省工业和信息化厅"]  # 等负责 dropped
    assert found[2] == (
        3,
        "继续实施“十百千万”工程,引导土地经营权有序流转,大力培育新型农业经营主体。",
        ["省农业厅"],
    )
    assert len(found) == 4


def test_bracketed_units_and_a_heading_sentence_as_the_name():
    assert projects("sichuan-bracketed-units.txt") == [
        (1, "加强市场体系建设。", ["省发展改革委", "省市场监管局", "商务厅", "省大数据中心"]),
        (2, "优化市场准入环境。", ["省市场监管局"]),
    ]


@pytest.mark.parametrize("name", sorted(p.name for p in TASKS.glob("*.txt")))
def test_task_lists_map_and_validate(name):
    source = read(TASKS / name)
    graph, _ = map_records(extract_source(source), Minter(), source.name, None)
    assert validate(graph).valid


def test_the_samples_quoted_clauses_are_no_tasks(sample_records):
    # (责任单位:市商务局) inside a quoted clause of the amendment table is not a task
    assert not [p for p in records_of(sample_records, "project") if p.table is None]


def test_paragraphs_closed_by_labelled_units_without_a_readable_number():
    found = projects("guangzhou-garbled-markers.txt")
    assert [seq for seq, _, _ in found] == [1, 2, 3, 4, 5, 6]  # the cut 七 has no units
    # each item ends at its own bracket: the next paragraph's units are not its units
    assert found[0][2] == [
        "市經(jīng)貿(mào)委",
        "市發(fā)改委",
        "國土房管局",
        "外經(jīng)貿(mào)局",
        "規(guī)劃局",
    ]
    # a garbled marker (?。ǘ┩ for （二）推) stays in the name as written; no heading sentence "?。"
    assert found[1][1].startswith("?。ǘ┩七M(jìn)東部石化基地")
    assert found[1][1].endswith("抓好80萬噸乙烯改擴建項目。")
    assert found[4][2] == ["市金融辦", "市國土房管局", "規(guī)劃局"]


def test_budget_in_the_headers_unit_and_places_of_a_table_a_cell_a_line():
    records = records_of(
        extract_genres(read(TASKS / "yangxian-budget-and-places.txt"), ["tasks"]), "project"
    )
    assert [(p.seq, p.budget, p.budget_unit) for p in records] == [
        (1, "300", "萬元"), (2, "300", "萬元"), (3, "1360", "萬元"), (4, "3000", "萬元")
    ]  # fmt: skip
    assert records[1].locations == ["紙坊街道"]
    assert records[3].locations == ["槐樹關鎮", "龍亭鎮"]  # two towns run together
    assert records[0].locations == ["相關鎮(街道)"]  # a bracket stays with its place


def _read(name: str) -> list:
    return extract_genres(read(TASKS / name), ["tasks"])


def test_a_table_whose_cells_run_together_without_separators():
    records = _read("changzhou-cells-run-together.txt")
    found = [(p.seq, p.name, p.responsible) for p in records_of(records, "project")]
    assert found == [
        (1, "增加教育资源供给", ["教育局", "经开区", "高新园(邹区镇)", "各街道", "市国有公司"]),
        # 高新园(邹区镇 / 2、 / )各街道: the page number inside a cell is dropped
        (2, "促进就业稳定增长", ["人社局", "高新园(邹区镇)", "各街道"]),
        # two sub-rows with their own leaders and units: both leads first, then the cooperating
        (3, "老城厢复兴发展",
         ["文体旅局", "住建局", "晋陵公司", "轨道公司", "五星街道", "南大街街道", "荷花池街道"]),
        (4, "优化养老服务", ["民政局", "高新园(邹区镇)", "各街道"]),  # 张菁 民政局, not 张菁民 政局
    ]  # fmt: skip
    project = records_of(records, "project")[2]
    assert project.responsible_roles == ["牵头单位", "牵头单位", *["配合单位"] * 5]
    # row 5 is cut after its name: not read, and said so
    warnings = records_of(records, "warning")
    assert [w.message for w in warnings] == [
        "row 5 of a table run together could not be read to its end; not read"
    ]


def test_a_table_whose_cells_are_separated_by_spaces():
    records = _read("suichang-cells-by-spaces.txt")
    projects_read = records_of(records, "project")
    assert [(p.seq, p.name) for p in projects_read] == [
        (1, "农家乐游客接待和服务系统建设"), (3, "生态有机农产品种养业基地建设")
    ]  # fmt: skip
    first, third = projects_read
    # 相关 / 2、乡镇(街道)村: the page number inside a cell is dropped
    assert first.locations == ["相关乡镇(街道)村"]
    assert first.responsible == ["县农办", "相关乡镇(街道)村"]
    assert (first.period, first.period_start, first.period_end) == (
        "2013.7-2017.12",
        "2013",
        "2017",
    )
    assert (first.budget, first.budget_unit) == ("3000", "万元")  # 单位:万元 above the header
    assert (third.budget, third.section) == ("4660", "特色产业发展")
    assert third.responsible == ["农业局", "林业局等相关部门", "相关乡镇村", "各农业经营主体"]
    # row 2 is an empty category (zeros, no period), row 4 is cut before its numbers
    assert [w.source.start_line for w in records_of(records, "warning")] == [4, 5]


def test_an_item_the_text_ends_inside_of_is_a_warning_not_a_record():
    # the page is cut inside item 8's 主办单位 (连江交通建设发展有…): its units are lost
    records = extract_genres(read(TASKS / "lianjiang-units-cut-off.txt"), ["tasks"])
    assert [(p.seq, p.name) for p in records_of(records, "project")] == [
        (6, "改造提升816东路(连江一中段)。"),
        (7, "综合提升816南北路街区。"),
    ]
    warnings = records_of(records, "warning")
    assert len(warnings) == 1 and "cut off" in warnings[0].message
    assert "连江交通建设发展有" in warnings[0].source.quote


def test_a_division_of_work_line_names_the_lead_and_the_cooperating_units():
    # 部门分工:省发展改革委牵头,各地、各部门配合。 (分管省领导 is a person, not a unit)
    records = extract_genres(read(TASKS / "guangdong-division-of-work.txt"), ["tasks"])
    (first,) = records_of(records, "project")
    assert (first.seq, first.name) == (1, "地区生产总值增长6%以上。")
    assert first.responsible == ["省发展改革委", "各地", "各部门"]
    assert first.responsible_roles == ["牵头", "配合", "配合"]
    # item 2 is cut after 省财政厅牵头, (its cooperating units lost)
    assert [w.source.start_line for w in records_of(records, "warning")] == [8]


def test_lists_counted_in_prose_separated_by_commas_of_enumeration():
    # 10項重點建設項目為:A、B、…。10項惠民實事為:…  (traditional script, inserted pinyin kept)
    found = projects("jixian-counted-lists-trad.txt")
    assert len(found) == 20 and [seq for seq, _, _ in found] == [*range(1, 11)] * 2
    # 12 pieces for 10: the pieces without the list's word (工程) belong to the next
    assert found[8][1] == "新城供水管網(wǎng)、污水處理站、熱源點(diǎn)工程"
    assert found[10][1] == "培養(yǎng)400名至500名蘋果產(chǎn)業(yè)帶頭人"
    assert all(units == [] for _, _, units in found)


def test_lists_counted_in_prose_quoted_semicolons_numbered_in_the_line_and_a_line_each():
    quoted = projects("shixing-quoted-items.txt")  # “A”、“B”、…、“J”等。
    assert len(quoted) == 10 and quoted[4][1] == "新建公共卫生临床中心(慢性病防治院)"
    assert quoted[9][1] == "实施生物防火林带项目"
    semicolons = projects("qinan-semicolons-trad.txt")  # A;B;…;J。 with 、 inside items
    assert len(semicolons) == 10
    assert semicolons[2][1].startswith("解決劉坪、中山等鄉(xiāng)鎮(zhèn)4萬(wàn)人")
    numbered = projects("yuzhong-numbered-in-one-line-trad.txt")  # 1.A。2.B。…10.J。
    assert len(numbered) == 10 and numbered[8][1] == "建成南坡灣、潘家坪調蓄水庫及水廠。"
    lines = projects("langao-circled-lines.txt")  # ①A; / ②B; / …
    assert [seq for seq, _, _ in lines] == list(range(1, 11))
    assert lines[0][1] == "岚皋县村级医保服务能力提升工程"


def test_a_counted_list_that_does_not_come_to_its_count_is_a_warning(tmp_path):
    # the real 秦安 list cut to nine of its ten items: not read, the line named
    text = (TASKS / "qinan-semicolons-trad.txt").read_text(encoding="utf-8")
    cut = tmp_path / "qinan-nine.txt"
    cut.write_text(
        text.replace(";全面啟動(dòng)城鄉(xiāng)居民大病保險(xiǎn)工作,", ","), encoding="utf-8"
    )
    records = extract_genres(read(cut), ["tasks"])
    assert not records_of(records, "project")
    (warning,) = records_of(records, "warning")
    assert "do not come to 10" in warning.message and warning.source.start_line == 2


def test_a_count_that_closes_its_sentence_then_items_numbered_in_brackets():
    # 重点抓好15件大事和民生实事。分别是: (1)A。 (2)B。 … (15)O。
    found = projects("gangu-count-then-its-sentence.txt")
    assert [seq for seq, _, _ in found] == list(range(1, 16))
    assert found[0][1] == "加快建设总投资7.58亿元的县医院迁建项目。"
    assert found[10][1] == "“一事一议”硬化村内巷道37.5万平方米。"  # a quote that opens it stays
    assert found[14][1].endswith("为全县60岁以上老年人免费体检。")


def test_a_counted_list_cut_by_a_line_break_inside_an_item():
    # 这10件实事分别为:一是…;…五是加大 / 医疗卫生投入,…;…十是…。
    records = extract_genres(read(TASKS / "jingde-a-line-break-inside-an-item.txt"), ["tasks"])
    assert not records_of(records, "warning")
    found = records_of(records, "project")
    assert [p.seq for p in found] == list(range(1, 11))
    assert found[4].name == "加大医疗卫生投入,支持县医院实施创甲升级计划"
    assert found[9].name == "大力推进城区粉尘、油烟等大气污染综合治理工作。"
    assert (found[4].source.start_line, found[4].source.end_line, found[5].source.start_line) == (
        2,
        3,
        3,
    )


def test_a_unit_that_provides_data_is_not_responsible():
    # (牵头领导:…,牵头单位:市发改委,责任单位:…,数据提供单位:市统计局)
    found = projects("chengdu-data-providers.txt")
    assert [units for *_, units in found][:2] == [
        ["市发改委"],
        ["市发改委", "市农业农村局", "市经信局", "市商务局", "市住建局"],
    ]
    assert found[4][2] == ["市人社局", "市农业农村局"]  # ;数据提供单位:成调队


def test_an_item_cut_after_a_level_word_is_no_task():
    # the page ends in "(四)工业投资增长12%以上 / 责任单位:区": 区 alone names no unit
    found = projects("caidian-cut-after-level-word.txt")
    assert [name for _, name, _ in found] == [
        "地区生产总值增长7%以上",
        "规上工业增加值增长12%以上",
        "固定资产投资增长10%以上",
    ]
    warnings = [
        r for r in extract_genres(read(TASKS / "caidian-cut-after-level-word.txt"), ["tasks"])
        if r.kind == "warning"
    ]  # fmt: skip
    assert any("cut off" in w.message for w in warnings)


def test_a_list_under_a_heading_that_names_it():
    # https://hm.nantong.gov.cn/hmsjyj/zdgzhmsss/content/d5e989c6-1a9b-4bd1-a14b-294f894df25d.html
    # (devcorpus P-12), a cut: the heading names the list; its items, numbered one a paragraph,
    # run while the numbering does.
    text = (
        "教育体育局2020年为民办实事\n"
        "来源: 教育体育局 发布时间:2020-03-02 15:00 累计次数: 字体:[ ]\n\n"
        "1.实施校舍安全工程,完成加固校舍3.03万平方米,开工新建校舍5959平方米。\n\n"
        "2.完成东洲幼儿园改扩建项目,开工建设月亮湾幼儿园扩建工程;新建成3所幼儿园。\n\n"
        "3.开工建设新城小学。\n\n"
        "各单位要按照要求抓好落实。\n\n"
        "5.这一行不在清单之内。\n"
    )
    found = [r for r in extract_source(from_text(text, "list.txt")) if r.kind == "project"]
    assert [(r.seq, r.name, r.responsible) for r in found] == [
        (1, "实施校舍安全工程,完成加固校舍3.03万平方米,开工新建校舍5959平方米。", []),
        (2, "完成东洲幼儿园改扩建项目,开工建设月亮湾幼儿园扩建工程;新建成3所幼儿园。", []),
        (3, "开工建设新城小学。", []),
    ]


def test_a_heading_line_names_the_item_and_the_lines_under_it_are_its_work():
    # http://niudev.com/html/2023/news/3/344372.html (V-08, traditional script), a cut: the name
    # was read with its description run into it.
    text = (
        "一、城建綜合治理類\n(11件)\n"
        "1.綿陽科技城第二水源開茂水庫水廠及配套管網建設項目\n"
        "建設一座日供水30萬噸的綿陽科技城第二水源開茂水庫凈水廠。\n"
        "責任單位:市住房和城鄉建設委、水務集團。\n"
        "2.綿陽火車站站前廣場及周邊配套設施建設項目(票決項目)\n"
        "新建臨園路下穿通道,總長約1400米,寬50米。\n"
        "責任單位:市住房和城鄉建設委、交發集團\n"
    )
    found = [r for r in extract_source(from_text(text, "list.txt")) if r.kind == "project"]
    assert [(r.seq, r.name, r.content, r.responsible) for r in found] == [
        (
            1,
            "綿陽科技城第二水源開茂水庫水廠及配套管網建設項目",
            "建設一座日供水30萬噸的綿陽科技城第二水源開茂水庫凈水廠。",
            ["市住房和城鄉建設委", "水務集團"],
        ),
        (
            2,
            "綿陽火車站站前廣場及周邊配套設施建設項目",  # (票決項目): a mark, no part of it
            "新建臨園路下穿通道,總長約1400米,寬50米。",
            ["市住房和城鄉建設委", "交發集團"],
        ),
    ]


def test_tasks_grouped_under_the_unit_that_leads_them():
    # https://m.ltwz.net/news/DPweP9gqoV.html (V-11, 沁县 2025), a cut: the group heading names the
    # lead unit and the count; the page ends inside item 4, which is not read.
    text = (
        "附件1\n2025年县政府工作报告任务清单\n"
        "一、县示范区管委会牵头工作(8项)\n"
        "1.投资3000万元建设南美白对虾工厂化循环水养殖基地。\n"
        "2.打造食用菌酵素生产基地。\n"
        "3.建设3个劳动密集型产业园。推动潞讯精密电子30条生产线投产。\n"
        "4.加强示范区与主城区基础设施\n"
    )
    found = [r for r in extract_source(from_text(text, "list.txt")) if r.kind == "project"]
    assert [(r.seq, r.name, r.responsible) for r in found] == [
        (1, "投资3000万元建设南美白对虾工厂化循环水养殖基地。", ["县示范区管委会"]),
        (2, "打造食用菌酵素生产基地。", ["县示范区管委会"]),
        (3, "建设3个劳动密集型产业园。", ["县示范区管委会"]),
    ]


def test_a_list_of_shishi_opened_by_a_line_items_at_one_level_with_sub_items_between():
    # devcorpus X-09 (a mirror of 福州市委市政府明年为民办17个方面实事): 《…为民办实事工作计划》的主要内容是: then 一、…七、, each
    # with its (一)(二)… sub-items under it; the text ends inside item 七's sub-items
    found = records_of(extract_source(devcorpus_text("X-09")), "project")
    assert [(p.seq, p.name, p.responsible) for p in found] == [
        (1, "实施公交服务便民工程", []),
        (2, "实施城区连片棚户区(旧屋区)改造", []),
        (3, "治理餐桌污染和改造提升农贸市场等", []),
        (4, "进一步改善农村生产生活条件", []),
        (5, "继续实施缓堵等市政项目", []),
        (6, "进一步缓解停车难问题", []),
        (7, "办好人民满意的教育", []),
    ]


def test_a_list_of_shishi_whose_count_is_stated_above_its_heading():
    # devcorpus X-08 (杭政辦函〔2018〕14號, traditional script): 10件民生實事 in the sentence above
    # 一、納入民生實事項目管理的內容, then (一)…(十); the names as written
    found = records_of(extract_source(devcorpus_text("X-08")), "project")
    assert [p.seq for p in found] == list(range(1, 11))
    assert (
        found[0].name
        == "按照“四好農村路”要求,提升改造農村公路380公裏、實施精品示範公路145公裏,完成60條城市道路增亮。"
    )
    assert found[9].name == "全市持證殘疾人免費乘坐市內地鐵、公共汽電車和公交水上巴士。"


def test_a_list_of_shishi_short_of_its_stated_count_is_a_warning():
    # devcorpus X-08 cut after its ninth item: 10件民生實事 stated, nine found
    lines = devcorpus_text("X-08").lines
    cut = "\n".join(line for line in lines if not line.startswith("(十)"))
    records = extract_source(from_text(cut, "X-08-cut.txt"))
    assert records_of(records, "project") == []
    assert any("list of 10 实事" in r.message for r in records if r.kind == "warning")


def test_a_short_heading_that_counts_its_shishi_then_items_numbered_yi_er():
    # http://sjwhw.net/2011-1/201112074107.Html (十堰, 2011), a cut: 市政府2011年10件实事, then
    # 一、…十、 one a paragraph
    text = "    市政府2011年10件实事\n \n    一、解决农村10万人安全饮水问题。\n \n    二、新建300个农村村级综合服务社、新建改造20个社区综合服务站。\n \n    三、完善26个乡镇卫生院医疗急救站。\n \n    四、改造社区公厕和设置生态移动公厕30个。\n \n    五、改造17个老式垃圾中转站。\n \n    六、维修改造城区60条内街小巷。\n \n    七、新建30个公交站廊。\n \n    八、全程改造美化城区人民路。\n \n    九、启动建设1000套公共租赁住房。\n \n    十、新建和改建5所幼儿园。\n"
    found = records_of(extract_source(from_text(text, "cut.txt")), "project")
    assert [p.seq for p in found] == list(range(1, 11))
    assert (found[0].name, found[9].name) == (
        "解决农村10万人安全饮水问题。",
        "新建和改建5所幼儿园。",
    )


def test_a_note_on_how_the_units_are_listed_is_no_part_of_a_unit():
    # devcorpus M-09 and B-40: 县发改局(首位单位为牵头单位,下同), 市税务局(列第一位者为工作牵头单位或
    # 汇总单位,下同) were units, and M-09's could not be resolved to an organisation (INVALID)
    for stem, unit in (("M-09", "县发改局"), ("B-40", "市税务局")):
        found = records_of(extract_source(devcorpus_text(stem)), "project")
        units = [u for p in found for u in p.responsible]
        assert unit in units and not [u for u in units if "下同" in u]


def test_a_list_of_shishi_whose_count_follows_them_and_a_colon_opens_it():
    # https://cnxw.com.cn/system/2017/02/20/012671547.shtml (held-out Z-09, scored before this
    # fix), a cut: …确定2017年县政府民生实事项目为10项,分别是: then 一、…十、 one a line
    text = "苍南县第十届人民代表大会第一次会议公告(第8号)\n苍南县第十届人民代表大会第一次会议,于2017年2月20日投票表决确定2017年县政府民生实事项目为10项,分别是:\n一、实施城镇道路畅通工程,新建改造道路10条,打通断头路10条;新增专用停车位1000个、公共停车位200个、景区停车位300个、公共自行车1000辆。\n二、完成D级危房和涉及公共安全的C级危房治理改造,基本消除45个地质灾害隐患点。\n三、推进城镇公交经营体制改革,新增公交车辆20辆、公交站点30个、公交运营线路30公里、公交首末站2个。\n四、全面消除劣Ⅴ类水体,城镇污水处理设施全面达到一级A排放标准。\n五、推进学前教育发展,新(改、扩)建幼儿园10所,新增普惠性幼儿园45所以上、等级幼儿园7所以上。\n六、全面淘汰(改造)燃煤小锅炉(窑),禁止露天焚烧垃圾,着力改善空气环境质量。\n七、加大农村公路建设力度,建成联网公路与改造提升55公里,实施路面大中修40公里,实施安保工程30公里,建成港湾式停靠站10个。\n八、大力推进养老事业发展,新增农村居家养老服务照料中心30家;完善养老服务补贴制度,实现全县不少于2.5%的老年人享有养老服务补贴。\n九、切实加强食品安全监管,全年改造提升农贸市场24家,改造面积3万平方米,实现新设乡镇改造全覆盖。\n十、创建100个安全生产示范村居;设立温州市安全生产培训考试中心苍南分中心;推广安装5000套“智慧式”用电。\n现予公告。\n苍南县第十届人民代表大会第一次会议主席团\n2017年2月20日\n"
    found = records_of(extract_source(from_text(text, "cut.txt")), "project")
    assert [p.seq for p in found] == list(range(1, 11))
    assert (
        found[1].name == "完成D级危房和涉及公共安全的C级危房治理改造,基本消除45个地质灾害隐患点。"
    )


def test_a_table_copied_one_row_a_line_with_its_cells_between_bars():
    # devcorpus Z-05 (临安区 2022 民生实事, 序号 | 实事项目 | 工作举措及实施计划 | 责任单位 | 配合单位 |):
    # units lead first; Z-08 (乐清, 序号 | 项 目 内 容 | … | 责任单位 | 责任人 |): the column of
    # people is no unit; both texts end inside their third row, which is not read
    found = records_of(extract_source(devcorpus_text("Z-05")), "project")
    assert [(p.seq, p.responsible[:2], p.responsible[-1]) for p in found] == [
        (1, ["教育局", "发改局"], "天目山镇"),
        (2, ["卫生健康局", "财政局"], "各镇(街道)"),
    ]
    assert found[0].name == "新建成公办中小学、幼儿园7所,新增中小学、幼儿园公办学位6800个。"
    assert found[0].responsible_roles[:2] == ["责任单位", "配合单位"]
    found = records_of(extract_source(devcorpus_text("Z-08")), "project")
    assert [(p.seq, p.name, p.responsible) for p in found] == [
        (1, "新增2个乡镇(街道)建有托育机构", ["市卫健局"]),
        (2, "新增托位1140个,普惠托位685个", ["市卫健局"]),
    ]


def test_units_named_as_sections_of_an_office_in_a_closing_parenthesis():
    # devcorpus Z-12 (芜湖市教育局 2024年工作要点): 1.加强思想理论武装。… (责任科室:组干科、机关党委)
    found = records_of(extract_source(devcorpus_text("Z-12")), "project")
    assert [(p.seq, p.name, p.responsible) for p in found] == [
        (1, "加强思想理论武装。", ["组干科", "机关党委"])
    ]


def test_units_in_a_closing_square_bracket():
    # devcorpus Z-07 (下陆区 2020年区政府重点工作责任分解): 1、….[牵头单位:区卫健局;责任单位:…、各街办(新区)];
    # the lead unit was lost and the ] kept in the last unit, item 2's name ran into its fields
    found = records_of(extract_source(devcorpus_text("Z-07")), "project")
    assert [(p.seq, p.responsible) for p in found[:2]] == [
        (1, ["区卫健局", "区疫情防控指挥部成员单位", "各街办(新区)"]),
        (2, ["区卫健局", "区创文办", "区疫情防控指挥部成员单位", "区创文工作领导小组成员单位",
             "各街办(新区)"]),
    ]  # fmt: skip
    assert found[1].name == (
        "以爱国卫生运动和文明城市创建为抓手,大力开展环境卫生综合整治,强化群众风险防控意识,"
        "切实巩固疫情防控成果。"
    )


def test_matters_assigned_to_a_lead_department_and_those_it_works_with():
    # devcorpus P-09 (国办函〔2014〕31号, traditional script): (一)關於“…”的問題,由發展改革委會同
    # 中央農辦、…、糧食局等部門研究提出落實意見。 The text ends inside item 三, which is not read. The
    # role 會同 is as written (a record gives back the written script).
    found = records_of(extract_source(devcorpus_text("P-09")), "project")
    assert [(p.seq, p.name, p.responsible[:2], p.responsible_roles[:2]) for p in found] == [
        (
            1,
            "關於“實施以我為主、立足國內、確保産能、適度進口、科技支撐的國家糧食安全戰略”"
            "和“確保穀物基本自給、口糧絕對安全”的問題",
            ["發展改革委", "中央農辦"],
            ["牵头", "會同"],
        ),
        (
            2,
            "關於“嚴守耕地保護紅線,劃定永久基本農田”的問題",
            ["國土資源部", "農業部"],
            ["牵头", "會同"],
        ),
    ]
    assert found[0].responsible[-1] == "糧食局"  # 等部門 dropped


def test_a_table_a_cell_a_line_grouped_by_the_unit_that_leads_them():
    # http://www.pc28forum.com/xjqrmzf/msss/202412/80436a1e5df84a3ea912087b118f9118.shtml (devcorpus
    # V-12, 2024年度区政府民生实事人大票决项目进度表, one cell a line): groups 一…三
    # each with its lead unit and count (区政府民生实事项目(3个)), their items (一)(二)…; the text
    # ends in group 四's item, which is not read
    found = records_of(extract_source(devcorpus_text("V-12")), "project")
    assert [(p.seq, p.name, p.responsible, p.seq_scope) for p in found] == [
        (1, "“打通断头路畅通微循环”攻坚专项行动(6条路)", ["区住建局"], "group 一"),  # cleaned
        (1, "城区居民户内燃气安全装置、非居瓶改管、气改电项目", ["区城管局"], "group 二"),
        (2, "“城镇老旧小区改造”建设项目(老前进花园小区改造项目)", ["区城管局"], "group 二"),
        (3, "井盖整治项目", ["区城管局"], "group 二"),
        (1, "公共场所全民健身器材更换项目", ["区教体局"], "group 三"),
        (2, "中小学幼儿园网点建设补短板项目", ["区教体局"], "group 三"),
    ]
