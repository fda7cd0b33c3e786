"""Task and project lists of the ninth held-out round (C-, D-, E-texts, now development texts):
each layout read by its grammar in kg/extract/tasks.py, on the real texts (devcorpus/raw)."""

from __future__ import annotations

from kg.extract import extract_source
from kg.text.source import read
from tests.conftest import FIXTURES, devcorpus_text, records_of


def projects(stem: str) -> list:
    return records_of(extract_source(devcorpus_text(stem)), "project")


def rows(stem: str) -> list[tuple[int, str, list[str], str | None]]:
    return [(p.seq, p.name, p.responsible, p.period) for p in projects(stem)]


def test_items_numbered_one_with_their_fields_on_the_lines_below():
    # 一、NAME / 实施内容:… / 责任部门:… / 完成时间:…; item 五 is cut in its heading
    assert rows("E-10") == [
        (1, "市区供热老旧管网改造工程", ["市城管综合行政执法局"], "2023年10月31日"),
        (2, "妇女“两癌”免费筛查工程", ["市卫生健康委"], "2023年12月31日"),
        (3, "全市儿童青少年近视防控光明工程", ["市教育局", "市卫生健康委"], "2023年10月31日"),
        (4, "主城区义务教育学校扩容增位工程", ["市教育局"], "2023年10月31日"),
    ]


def test_an_item_run_into_one_paragraph_is_named_by_its_heading_not_its_description():
    found = projects("V-09")
    assert [(p.seq, p.name, p.responsible, p.period) for p in found] == [
        (1, "开展市域内7条道路交通安全隐患治理", ["德阳经开区管委会", "各区(市、县)人民政府"], "2025年6月"),
        (2, "打通什邡市金河西路断头路", ["什邡市人民政府"], "2025年8月"),
    ]  # fmt: skip
    assert found[1].content.startswith("什邡市金河西路因历史遗留问题长期未贯通")


def test_a_piped_row_cut_after_its_units_is_read_and_units_apart_by_a_space_are_two():
    found = rows("E-11")
    assert [seq for seq, *_ in found] == [1, 2, 3, 4]  # row 4's 落实情况 is cut, not its units
    assert found[3][2] == ["县住建局", "各相关乡镇政府"]
    assert all(units[1] == "各相关乡镇政府" for _, _, units, _ in found)


def test_a_cell_a_line_table_with_header_and_name_cells_broken_over_lines():
    # 建设起 / 止年限, 总投资 / (万元), 责任 / 单位 in the header; 城市用气 / 提升工程 in row 1
    found = projects("D-06")
    assert [(p.seq, p.name, p.responsible, p.period, p.budget, p.budget_unit) for p in found] == [
        (1, "城市用气提升工程", ["城投集团"], "2023.01-2023.12", "1200", "万元"),
        (2, "山塘水库综合整治工程", ["水利局"], "2023.01-2023.12", "4600", "万元"),
    ]  # row 3 is cut inside its content


def test_a_page_of_a_cell_a_line_table_from_its_own_row_with_lead_and_other_units():
    found = projects("D-07")
    assert [p.seq for p in found] == [80, 81]
    assert (
        found[1].name
        == "保障芜职院现代物流智造学院秋季开学,支持芜湖科技工程学校发展,探索职业教育赋能区域发展路径。"
    )
    assert found[1].responsible == ["县教育局", "县各有关单位"]
    assert found[1].responsible_roles == ["牵头责任单位", "责任单位"]  # 分管县领导: people


def test_a_count_announced_with_a_long_noun_then_its_items_a_line_each():
    # 这10件进一步提高金水人生活“含金量”的好事儿喜事儿…,分别是: / 1.… / … / 10.…
    found = projects("D-09")
    assert [p.seq for p in found] == list(range(1, 11))
    assert found[3].name == "为区属学校所有在职教师更换笔记本电脑。"
    assert found[9].name == "加快建设市民文化公园和6个街头游园,力争绿化覆盖率达到41%以上。"
    assert all(p.responsible == [] and p.section == "好事" for p in found)


def test_headings_numbered_01_under_a_sentence_that_counts_the_list_cut_by_the_page():
    # 市级重点民生实事11件包括…等。 / 01.发展普惠性学前教育 / description / 02.… : the page ends
    # inside item 04's description, so the list holds 4 of its 11; the 、 list itself is not read
    found = projects("X-10")
    assert [(p.seq, p.name) for p in found] == [
        (1, "发展普惠性学前教育"),
        (2, "开展中小学课后服务"),
        (3, "推进城市公厕和农村中小学“改厕”"),
        (4, "实施老年人照顾服务计划"),
    ]


def test_a_piped_table_under_a_header_of_two_rows_read_from_both_ends():
    # 序號 | 項目名稱 | … | 2022年工作計劃 | 項目建設階段(1-12月份) | 責任單位 | 政策處理 單位 / 投資 |
    # 工程主要形象進度 | 完成 投資 | % | …: the rows' cells cannot all be placed (one is left out);
    # the name and period from the left, the units the last filled cell; row 6 is cut
    found = projects("D-10")
    assert [(p.seq, p.name, p.responsible, p.period) for p in found] == [
        (1, "中小學校護眼燈光工程", ["縣教育局"], "2022"),
        (2, "敬老院(福利院)電梯加裝工程", ["縣民政局", "各相關鄉鎮街道"], "2022"),
        (3, "醫療急救能力提升工程", ["縣衛健局"], "2022"),
        (4, "學校周邊停車場地改造工程一期", ["縣城投集團"], "2022"),
        (5, "銀河小學教學樓提升工程一期", ["縣教育局"], "2022-2023"),
    ]  # the table's mark ★ after each name is left out
    assert found[0].responsible_roles == ["責任單位"]


def fixture_projects(name: str) -> list:
    return records_of(extract_source(read(FIXTURES / "tasks" / name)), "project")


def test_a_counted_list_a_line_each_cut_by_the_page_gives_the_items_before_the_cut():
    # 39个为民办实事项目如下: / 1。 新改扩建20所公办幼儿园; / … / 33。…; / 34。实施中心 (cut)
    found = fixture_projects("quanzhou-count-cut-by-the-page.txt")
    assert [p.seq for p in found] == list(range(1, 34))
    assert found[0].name == "新改扩建20所公办幼儿园"
    assert found[-1].name == "打造新时代电力服务“双满意”工程"


def test_a_list_of_shishi_adopted_after_a_colon_then_numbered_a_line_each():
    # …于2025年3月21日表决通过**区区本级2025年民生实事项目: / 1.… / … / 10.… / 现予公告。
    found = fixture_projects("qianlima-adopted-list-after-a-colon.txt")
    assert [p.seq for p in found] == list(range(1, 11))
    assert found[7].name == "****小学扩建工程"  # masked by the site, as written


def test_a_notice_of_requirements_on_shishi_is_no_list_of_them():
    # 為確保…10件民生實事如期高質量完成,…現將有關要求通知如下: / 一、細化量化,壓實工作責任。…
    assert fixture_projects("hangzhou-requirements-on-shishi-trad.txt") == []


def test_a_counted_list_straight_after_its_verb_without_a_colon():
    # 这10项民生实事项目分别是A、B、…、J。
    found = fixture_projects("ninghai-list-after-its-verb.txt")
    assert [p.seq for p in found] == list(range(1, 11))
    assert found[2].name == "县精神康复中心暨深甽中心卫生院迁建工程"
    assert found[9].name == "普惠性托育项目建设工程"


def test_a_count_after_the_noun_and_a_sentence_going_on_after_the_last_name():
    # 确定的民生实事项目有3个,分别为A、B、C,共投入资金约537万元。
    assert [(p.seq, p.name) for p in fixture_projects("dachen-count-after-the-noun.txt")] == [
        (1, "“书香大陈”文化健身公园建设项目"),
        (2, "萃文小学及大陈幼儿园连接221省道道路提升项目"),
        (3, "大陈智慧农贸市场改造提升项目"),
    ]


def test_a_list_of_shishi_counted_only_by_the_headline():
    # 南昌市十大民生实事项目票决结果公布 / … / …票决结果公布,分别为A、B、…、J,涵盖民生各方面…
    # (the twelve candidates numbered (1)…(12) above are not the list: no record of them)
    found = fixture_projects("nanchang-count-in-the-headline.txt")
    assert [p.seq for p in found] == list(range(1, 11))
    assert found[0].name == "南昌市市民中心建设工程"
    assert found[7].name == "1+5+X社区邻里中心建设项目"
    assert found[9].name == "基础教育网点规划和建设工程"


def test_groups_numbered_yi_shi_each_listing_its_items_then_counting_them():
    # 一是城市配套提升类,包括城市靓化工程、…、治理交通堵点等6个项目;二是…等2个项目;三是…等10个项目;
    # 四是… (cut before its count: not read)
    found = fixture_projects("zhangjiagang-groups-counted-after.txt")
    assert [(p.section, p.seq) for p in found][:7] == [
        *[("城市配套提升类", seq) for seq in range(1, 7)],
        ("城市更新行动类", 1),
    ]
    assert len(found) == 6 + 2 + 10
    assert found[4].name == "东三环(张杨公路-苏虞张公路)新建工程续建项目"
    assert found[-1].name == "名院名医进港城"
