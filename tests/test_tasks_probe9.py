"""民生实事 and project lists of fresh pages (the projects branch's judged pages and probe 9) that
gave no projects: a heading counting 惠民工程, item 1 after the colon of the paragraph under a
counting heading, an opener counted in the lines above it, topic lines under a counted heading,
works named inline as the 实事, an inline list the page cuts, groups counted after their items, a
count straight after a noun of works, and a 公告's count before its colon (each fixture's first
line names its source)."""

from __future__ import annotations

from kg.extract import extract_source
from kg.text.source import read
from tests.conftest import FIXTURES, cut_records, records_of

TASKS = FIXTURES / "tasks"


def _projects(name: str) -> list:
    return records_of(extract_source(read(TASKS / name)), "project")


def _fixture_lines(name: str) -> list[str]:
    return (TASKS / name).read_text(encoding="utf-8").split("\n")


def _cut_projects(text: str) -> list:
    return records_of(cut_records(text), "project")


# ---------------------------------------------------------------- a heading counting 惠民工程


def test_numbered_works_under_a_heading_counting_huimin_gongcheng():
    # probe 9 page 28, 王益区 2022: «王益区2022年十大惠民工程» / «来源:区政府 … 发布时间:…» / «1.城市改造工程。
    # 开工建设…» … the page cut inside item 8: items 1-7, the page-data line skipped, no units.
    found = _projects("wangyi-huimin-works-under-a-counted-heading.txt")
    assert [p.seq for p in found] == list(range(1, 8))
    assert found[0].name.startswith("城市改造工程。开工建设一马路城市照明节能改造工程")
    assert found[6].name.startswith("生态改善工程。")
    assert {p.section for p in found} == {"工程"}
    assert all(p.responsible == [] for p in found)


def test_a_heading_counting_huimin_gongcheng_needs_its_items_to_come_to_it():
    # the same page closed after item 3 (by «现予公告。», as 惠阳's and 荆州区's 公告 close): three
    # items against 十大, the page not cut: not read.
    lines = _fixture_lines("wangyi-huimin-works-under-a-counted-heading.txt")
    assert _cut_projects("\n".join(lines[:11]) + "\n现予公告。\n") == []


def test_a_byline_closing_the_page_is_no_cut_inside_the_list():
    # the same page ending after item 3 with 利川 2025's editor line (c.m.163.com: «编辑|胡 丽 审核|程庆伟»,
    # no closing punctuation): the page is whole, three items are not the 十大; it was read as a list
    # the page cut (a byline open at the end passed for a cut item).
    lines = _fixture_lines("wangyi-huimin-works-under-a-counted-heading.txt")
    assert _cut_projects("\n".join(lines[:11]) + "\n编辑|胡 丽 审核|程庆伟\n") == []
    # 王益's own page, cut inside item 8, keeps its seven.
    assert len(_projects("wangyi-huimin-works-under-a-counted-heading.txt")) == 7


def test_a_list_of_kinds_of_minsheng_gongcheng_is_no_list_of_works():
    # 51qux.com: «以下是一些常见的民生工程类型:» / «1. 扶贫工程:包括…» …: no heading counts them.
    text = (
        "# source: https://www.51qux.com/wen/432346.html\n"
        "民生工程是指政府为了改善民生、促进社会公平正义而实施的一系列工程项目。以下是一些常见的民生工程类型:\n"
        "1. 扶贫工程:包括贫困地区基础设施建设、产业发展、教育扶贫、健康扶贫等。\n"
        "2. 教育工程:如义务教育均衡发展、职业教育发展、学前教育普及等。\n"
        "3. 医疗工程:包括农村合作医疗、城市居民医疗保险、基层医疗卫生服务体系建设等。\n"
    )
    assert _cut_projects(text) == []


# ---------------------------------------------------------------- item 1 after a paragraph's colon


def test_item_one_after_the_colon_of_the_paragraph_under_a_counting_heading():
    # probe 9 page 26, 长安区 2022: «长安区2022年的十大惠民实事» / «…经区委区政府研究,拟从以下十个方面开展工
    # 作:一是加快基础教育提质培优。…» / «二是…» … «十是…»: ten items, each as written (I-07: the
    # heading sentence and its details).
    found = _projects("changan-item-one-after-the-paragraph-colon.txt")
    assert [p.seq for p in found] == list(range(1, 11))
    assert found[0].name.startswith("加快基础教育提质培优。建成、改造长安十小")
    assert found[0].source.start_line == 4
    assert (
        found[9].name
        == "全力做好就业服务保障。新增城镇就业7400人,开展残疾人培训330人次、职技能培训1500人次。"
    )


def test_yishi_lines_without_a_counting_heading_are_not_read():
    # mtxh.cn (汉桥): «一是优先教育工程。…» … «八是生态绿化工程。…» one a line, no heading above them.
    text = (
        "# source: http://mtxh.cn/ma/kq-ma/10770.html\n"
        "一是优先教育工程。减免中小学生学杂费632.89万元,投入320万元,新建汉桥小学教学楼。\n"
        "二是促进就业工程。开发就业岗位6000个,安置下岗失业人员3000人。\n"
        "三是社会保障工程。财政投入27万元,努力实现破产企业职工医疗保险应保尽保。\n"
    )
    assert _cut_projects(text) == []


def test_item_one_after_a_colon_needs_the_headings_count():
    # 长安区 with the heading's count gone («长安区2022年的惠民实事», no count, a bare heading): the
    # colon's list has nothing to be checked against, and is not read.
    lines = _fixture_lines("changan-item-one-after-the-paragraph-colon.txt")
    lines[2] = "长安区2022年的十大惠民实事".replace("十大", "")
    assert _cut_projects("\n".join(lines)) == []


# ---------------------------------------------------------------- an opener counted above


def test_an_opener_naming_no_shishi_under_a_count_in_the_lines_above():
    # 绵阳 2024 (adibba.com, traditional script): «…確定了包括A、B在內的2024年市級民生實事項目8件,…» /
    # a paragraph / «此次票決通過的項目,涉及交通、…等領域,分別是:» / «1.…項目» … «8.…項目», picture
    # captions between: eight items, the captions no part of them.
    found = _projects("mianyang-opener-counted-above-trad.txt")
    assert [p.seq for p in found] == list(range(1, 9))
    assert found[0].name == "綿遂內鐵路(綿陽段)建設項目"
    assert found[7].name == "南河體育中心游泳綜合館重建項目"
    assert [p.source.start_line for p in found] == [5, 6, 7, 9, 10, 13, 15, 16]


def test_an_opener_naming_no_shishi_is_not_read_without_the_count():
    # the same page without its first line (the count): «此次票決通過的項目,…分別是:» alone says
    # nothing of how many; not read. Nor with a count its items do not come to (8 → 9).
    lines = _fixture_lines("mianyang-opener-counted-above-trad.txt")
    assert _cut_projects("\n".join(lines[:1] + lines[2:])) == []
    lines[1] = lines[1].replace("項目8件", "項目9件")
    assert _cut_projects("\n".join(lines)) == []


def test_a_list_the_sentence_only_samples_is_no_list():
    # 绵阳's first line alone: «確定了包括A、B在內的…民生實事項目8件»: two of eight, not a list.
    lines = _fixture_lines("mianyang-opener-counted-above-trad.txt")
    assert _cut_projects("\n".join(lines[:2])) == []


# ---------------------------------------------------------------- topic lines under a counted heading


def test_topic_lines_under_a_heading_that_counts_them():
    # 郑州 2014 (kuaixiaopin.net): «2014年十大实事一览表» then ten lines of a phrase each, blank lines
    # between, no punctuation: the ten 实事 as written.
    found = _projects("zhengzhou-topic-lines-under-a-counted-heading.txt")
    assert [p.seq for p in found] == list(range(1, 11))
    assert found[0].name == "强化路网建设缓解交通拥堵"
    assert found[9].name == "加强监督监管保障食品安全"
    assert found[0].source.start_line == 16


def test_topic_lines_must_come_to_the_count():
    # nine of the ten lines (the page cut before the last), or an eleventh such line after them:
    # neither is read.
    lines = _fixture_lines("zhengzhou-topic-lines-under-a-counted-heading.txt")
    assert _cut_projects("\n".join(lines[:-2])) == []
    assert _cut_projects("\n".join([*lines, "", "治理拥堵排第一"])) == []  # the headline's phrase


def test_lines_with_punctuation_under_a_counted_heading_are_not_topics():
    # 江苏 2009 (news.sina.com.cn): «2009十大民生实事» / «就业不易?全年新增城镇就业85万人,…»: lines with
    # questions and clauses, no phrase each.
    text = (
        "# source: http://news.sina.com.cn/c/2009-02-06/030517161089.shtml\n"
        "2009十大民生实事\n"
        "就业不易?全年新增城镇就业85万人,实现下岗失业人员再就业25万人\n"
        "房价太贵?新增廉租房1.2万套,新开工经济适用房5万套\n"
    )
    assert _cut_projects(text) == []


# ---------------------------------------------------------------- works named as the 实事


def test_works_named_inline_as_the_shishi_counted_in_the_next_sentence():
    # 荥经 2020 (kaisongmc.com): «…通过票决确定了A工程项目、B工程项目、…、E项目(第一期小学部分)为2020年县政府
    # 为民办实事项目。5个项目估算总投资58055万元,…»: five works, each ending in 项目.
    found = _projects("yingjing-works-named-as-the-shishi.txt")
    assert [p.name for p in found] == [
        "雅西高速出口连接线拓宽改造工程项目",
        "荥经县公共交通优化提升工程项目",
        "荥经县人民医院门急诊大楼建设项目",
        "荥经县岗家山“不忘初心”红色拓展训练基地革命历史纪念综合楼项目",
        "荥经河县烈太九年一贯制学校建设工程项目(第一期小学部分)",
    ]
    assert {p.source.start_line for p in found} == {13}


def test_works_named_as_the_shishi_need_their_count():
    # the same sentence without the count after it and no headline counting them: not read; and
    # 新安镇 2021 (dz.xdkb.net): «…选出了A项目、…、E建设等10个项目确定为今年的民生实事。»: five named of
    # ten, not read.
    sentence = _fixture_lines("yingjing-works-named-as-the-shishi.txt")[12]
    cut = sentence.split("。5个项目")[0] + "。"
    assert _cut_projects("# source: http://kaisongmc.com/news/QXRD/x.html\n" + cut + "\n") == []
    xinan = (
        "# source: http://dz.xdkb.net/html/2021-06/02/content_555740.htm\n"
        "新安镇人大代表票决今年10项民生实事\n"
        "日前,…与会的120名人大代表对2021年镇政府提交的12项民生实事进行了票决,通过以差额票决的方式最终选出了"
        "新型社区改善项目、农村道路提档升级项目、吴书纪念馆提升改造建设项目、武障河片区环境整治建设项目、"
        "大圈片高标准农田建设等10个项目确定为今年的民生实事。\n"
    )
    assert _cut_projects(xinan) == []


# ---------------------------------------------------------------- an inline list the page cuts


def test_an_inline_list_cut_inside_an_item_gives_the_items_before_it():
    # 张家川 2009 (nibeiya.com, traditional with inserted pinyin): «這10件實事分別是:一是…。二是…。…九是
    # 建設廉租住房200套,初步解決城鎮低收入人口住» (the page ends): items 一 to 八, each as written up to
    # the next marker (item 一 two sentences, over 80 characters).
    found = _projects("zhangjiachuan-inline-list-cut-trad.txt")
    assert [p.seq for p in found] == list(range(1, 9))
    assert found[0].name.startswith("整合項(xiàng)目資金,年內(nèi)完成張川")
    assert found[0].name.endswith("推動(dòng)農(nóng)村經(jīng)濟(jì)快速發(fā)展。")
    assert found[4].name == "實(shí)施石峽水庫(kù)除險(xiǎn)加固工程。"
    assert found[7].name == "建設(shè)完善縣城4所小學(xué)。"


def test_an_inline_list_whose_text_goes_on_after_the_cut_item_is_not_read():
    # the same list with a line after it (the page not cut: item 九 open and ten never written, the
    # list short of its count): not read.
    text = (TASKS / "zhangjiachuan-inline-list-cut-trad.txt").read_text(encoding="utf-8")
    assert (
        _cut_projects(text.rstrip("\n") + "\n(涪江觀察記者 唐甜 劉晏男)\n") == []
    )  # 绵阳's byline


# ---------------------------------------------------------------- groups counted after their items


def test_groups_counted_after_their_items_parted_by_the_one_separator_that_fits():
    # 镇江 2025 (www-35677.com, traditional): «其中,幼有所育領域有A,B、C等2件實事;學有所教領域有D,省鎮江第一
    # 中學B、C樓改擴建,…等6件實事;勞有所得領域有…等3件實事;病有所醫領域有…» (cut): commas bring every
    # group to its count (、 does not: 7 in the second), so A and «B、C» are the first group's two.
    found = _projects("zhenjiang-groups-counted-after-trad.txt")
    groups = [p.section for p in found]
    assert groups == ["幼有所育領域"] * 2 + ["學有所教領域"] * 6 + ["勞有所得領域"] * 3
    assert found[1].name == "開設100個“公益暑托服務”班點、建設100間事實無人撫養兒童“夢想小屋”"
    assert found[3].name == "省鎮江第一中學B、C樓改擴建"
    assert [p.seq for p in found] == [1, 2, 1, 2, 3, 4, 5, 6, 1, 2, 3]


def test_groups_that_either_separator_fits_are_not_read():
    # 镇江's first group alone («…幼有所育領域有A,B、C等2件實事;», the page cut after it): commas and 、
    # both give two, so which parts them cannot be told; not read.
    lines = _fixture_lines("zhenjiang-groups-counted-after-trad.txt")
    first = lines[5].split("學有所教領域")[0]
    assert _cut_projects("\n".join([*lines[:5], first])) == []


# ---------------------------------------------------------------- a count after a noun of works


def test_a_count_straight_after_a_noun_of_works_its_investment_between():
    # 张家川 2012 (tianshui.com.cn): «…确定开工县庆献礼工程项目10项,总投资33.61亿元,分别是A、B、…、县文化广播电影
    # 中心等建设工程项目,这批项目的实施…»: ten names, the class restated after 等 no part of the last.
    found = _projects("zhangjiachuan-count-after-the-works-noun.txt")
    assert [p.seq for p in found] == list(range(1, 11))
    assert found[0].name == "天水一平凉铁路(张家川段)"
    assert found[9].name == "县文化广播电影中心"


def test_works_reported_done_are_no_list_of_works():
    # 张家川 2012's sentence with its verb made a report (确定开工 → 已竣工) and three of its names.
    text = (
        "# source: http://www.tianshui.com.cn/news/zjc/2012051710153480240.htm\n"
        "张家川已竣工县庆献礼工程项目3项,总投资3.61亿元,分别是阿胶生产线、新民小区廉租房、阿阳中学等建设工程项目,"
        "这批项目已投入使用。\n"
    )
    assert _cut_projects(text) == []


# ---------------------------------------------------------------- a 公告's count before its colon


def test_a_gonggao_counting_the_shishi_before_its_colon():
    # 开江 2022 (kaijiang.gov.cn): «…票决确定开江县人民政府2022年实施的民生实事项目10件。现公告如下:» then
    # «1.…;» … «10.…。»: ten items (惠阳 2020 writes «…民生实事项目10项:»).
    found = _projects("kaijiang-count-after-the-noun-gonggao.txt")
    assert [p.seq for p in found] == list(range(1, 11))
    assert found[0].name == "开江县任市中学新建教学楼及学生宿舍建设工程项目"
    assert found[9].name == "开江县淙城街道社区卫生服务中心建设项目。"
    huiyang = _projects("huiyang-count-after-the-noun-colon.txt")
    assert [p.seq for p in huiyang] == list(range(1, 11))
    assert huiyang[2].name == "惠阳区环境园生活垃圾焚烧二期PPP项目"


def test_a_report_counting_the_shishi_done_before_its_colon_is_not_read():
    # 惠阳's 公告 with its verb made a report (表决确定 → 完成): no list of works to do.
    lines = _fixture_lines("huiyang-count-after-the-noun-colon.txt")
    lines[1] = lines[1].replace("表决确定", "完成")
    assert _cut_projects("\n".join(lines)) == []
