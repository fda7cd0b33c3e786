"""Task and project lists of held-out round 14 (HB-25–HB-36), read after it joined the
development corpus: 民生实事 opened by their investment after 即 (HB-29) and headings announced as
come out (出炉) with a description under each (HB-31)."""

from __future__ import annotations

from kg.extract import extract_source
from tests.conftest import cut_records, devcorpus_path, devcorpus_text, records_of


def _projects(stem: str) -> list:
    return records_of(extract_source(devcorpus_text(stem)), "project")


def test_works_opened_by_their_investment_after_a_clause_and_ji():
    # HB-29 (张家川 十件民生实事, traditional with inserted pinyin): "這十件實(shí)事民生實(shí)事涉及住房、…
    # 等領(lǐng)域,每一項(xiàng)都與…密切相關(guān),即投資9530萬(wàn)元,實(shí)施…;投資4000萬(wàn)元,…;…": what the 实事
    # touch stands between the count and 即; the works, parted by ;, each open with the investment
    # it takes, which is their budget as written.
    found = _projects("HB-29")
    assert len(found) == 11
    assert found[0].name == (
        "投資9530萬(wàn)元,實(shí)施6鄉(xiāng)鎮(zhèn)7村596戶3523人的易地扶貧搬遷工程"
    )
    assert (found[0].budget, found[0].budget_unit) == ("9530", "萬(wàn)元")
    assert (found[7].budget, found[8].budget) == ("4127.43", "1227")
    assert all(p.source.start_line == p.source.end_line == 6 for p in found)
    assert not any(p.responsible or p.locations for p in found)


def test_a_work_of_the_same_form_after_the_lists_full_stop_is_one_more():
    # HB-29: the tenth work closes with 。 and an eleventh of the same form follows on the line
    # ("…改造工程。投資1000萬(wàn)元,建成張家川縣第二高級(jí)中學(xué)學(xué)生宿舍樓。"), added after 十件 was
    # written; cut before it, the list is the ten its count says.
    found = _projects("HB-29")
    assert found[10].name == "投資1000萬(wàn)元,建成張家川縣第二高級(jí)中學(xué)學(xué)生宿舍樓。"
    assert (found[10].budget, found[10].budget_unit) == ("1000", "萬(wàn)元")
    text = devcorpus_path("HB-29").read_text(encoding="utf-8")
    cut = text[: text.index("投資1000萬(wàn)元")]
    assert len(records_of(cut_records(cut), "project")) == 10


def test_a_sum_inside_the_tasks_sentence_is_no_budget():
    # V-11 (沁县 任务清单): "1.投资3000万元建设南美白对虾工厂化循环水养殖基地。" — the sum is no
    # clause of its own (no comma after it): its gold gives no budget, nor does the reader.
    (first, *_rest) = _projects("V-11")
    assert first.name.startswith("投资3000万元建设南美白对虾")
    assert first.budget is None and first.budget_unit is None


def test_a_count_of_shishi_that_names_no_list_after_it_is_read_as_none():
    # https://sjb.qlwb.com.cn/qlwb/content/20150122/ArticelU02006FM.htm (博兴 2015, 齐鲁晚报): the
    # count is told in prose ("这10件民生实事件件都事关群众的利益,…。") and works with their
    # investment follow in the next paragraph with no 即 or colon after a count: no list is read.
    cut = (
        "1月21日,博兴县第十七届人民代表大会第五次会议召开,2015年博兴县要办的10件民生实事也已经确定,"
        "都是博兴县目前最紧迫、最现实、看得见、摸得着的十个惠民事项。其中包括麻大湖国家湿地公园改造、"
        "新建续建3所幼儿园,打造创新创业平台、建成510套公租房等。这10件民生实事件件都事关群众的利益,"
        "博兴县要打造人人都富裕的幸福社会。\n"
        "今年,博兴县总投资13.6亿元的博兴水库将在年内开工建设;总投资3.4亿元的市民文化中心,年内建成"
        "地基基础和主体框架;投资5300万元建成公租房510套,改造农村危房203户;投资4000万元新建续建"
        "幼儿园3所,完成透明食堂工程和7处学校建设任务。\n"
    )
    assert not records_of(cut_records(cut), "project")


def test_headings_under_a_line_announcing_the_counted_shishi_as_come_out():
    # HB-31 (涉县 2025): "…票选表决县政府2025年度十件民生实事项目 正式出炉!", then "一、2025年村内
    # 基础设施提升工程" and a description paragraph under each heading: the heading is the name.
    # The page is cut inside 七's description (its last line open), so seven come short of 十.
    found = _projects("HB-31")
    assert [p.seq for p in found] == list(range(1, 8))
    assert found[0].name == "2025年村内基础设施提升工程"
    assert found[6].name == "2025年防火通道硬化工程"
    assert [p.source.start_line for p in found] == [5, 7, 9, 11, 13, 15, 17]
    assert not any("惠及" in p.name or "铺设" in p.name for p in found)


def test_headings_short_of_the_announced_count_on_a_page_not_cut_are_a_warning():
    # HB-31 cut after 三's description, a closed line: three headings for 十 is no list.
    lines = devcorpus_path("HB-31").read_text(encoding="utf-8").splitlines()
    records = cut_records("\n".join(lines[: lines.index("三、城乡电网改造升级工程") + 2]))
    assert not records_of(records, "project")
    assert any("do not come to 10" in r.message for r in records if r.kind == "warning")


def test_an_announcing_line_with_its_list_inline_is_read_once():
    # http://nh.cnnb.com.cn/system/2021/01/23/012194244.shtml (宁海 2021): "…2021年10项民生实事项目
    # 名单正式出炉。" opens no headings; the next line names the ten inline, read once.
    cut = (
        "宁海新闻网讯(记者潘璐璐) 1月22日,记者从县十八届人大五次会议第二次全体会议上获悉,由231名代表"
        "投票表决,2021年10项民生实事项目名单正式出炉。\n"
        "据介绍,这10项民生实事项目分别是公共卫生能力提升工程、新时代美丽乡村建设工程、县精神康复中心暨"
        "深甽中心卫生院迁建工程、城西幼儿园工程、菜市场提升改造工程、困难老人家庭适老化改造工程、城区"
        "排水提质增效工程、省美丽宜居示范村创建工程、老旧小区改造工程、普惠性托育项目建设工程。\n"
    )
    found = records_of(cut_records(cut), "project")
    assert len(found) == 10
    assert found[0].name == "公共卫生能力提升工程"
    assert all(p.source.start_line == 2 for p in found)
