"""民生实事 lists that probe 7 and a search of fresh pages found unread (issue 12): works named in a
sentence after its lead (…实事项目主要包括:A,B,…。, or N项包括: where the paragraph names the 实事),
sub-projects after 即, lists numbered ① under two headings, and a 民生工程 report that holds no
record (each fixture's first line names its source)."""

from __future__ import annotations

from kg.extract import UNREAD_GENRE, extract_source, require_content
from kg.text.source import read
from tests.conftest import FIXTURES, cut_records, records_of

TASKS = FIXTURES / "tasks"
SHANGHAI = TASKS / "shanghai-works-after-their-lead.txt"

# The fourteen works both reports of 上海's 2023 为民办实事项目 name, as written.
SHANGHAI_WORKS = [
    "建设30家智慧养老院",
    "新增500张困难重残养护床位",
    "完成5000户居家环境适老化改造",
    "为5000户困难重度残疾人家庭进行无障碍改造",
    "新增2000个公办幼儿园托班托额和3200个社区托育托额",
    "完成800个住宅小区地下车库移动通信网络覆盖",
    "为100栋高层公房或售后公房实施建筑消防设施改造提升",
    "为10万户高龄独居老人加装燃气报警器",
    "为50万户既有管道天然气居民用户更换燃具连接软管",
    "新建20家示范性智慧菜场",
    "更新投运500辆无障碍低地板新能源公交车",
    "完成200座环卫公厕适老化适幼化改造",
    "打造100个“社会大美育”课堂、推出5000场艺术普及教育活动",
    "新建30个社区市民健身中心",
]


def _projects(path) -> list:
    return records_of(extract_source(read(path)), "project")


def test_works_named_in_a_sentence_after_its_lead():
    # probe 7 minsheng-03 (解放日报's copy): «2023年为民办实事项目主要包括:建设30家智慧养老院,新增500张…,
    # …,新建30个社区市民健身中心。»: fourteen works parted by commas, each opened by its verb (or 为N户…
    # before it) and holding its figure; the 、 inside the thirteenth joins two works of one item.
    found = _projects(SHANGHAI)
    assert [p.name for p in found] == SHANGHAI_WORKS
    assert [p.seq for p in found] == list(range(1, 15))
    assert all(p.responsible == [] and p.source.start_line == 16 for p in found)


def test_a_count_before_the_colon_reads_works_the_paragraph_above_calls_shishi():
    # 央广网's report of the same list: «…上海发布2023年上海市为民办实事项目,共安排十方面共32项。…» /
    # «具体来说,2023年新增14项包括:A,B,…。»: the line above names the 实事, and the works come to 14.
    found = _projects(TASKS / "shanghai-counted-works-after-the-paragraph.txt")
    assert [p.name for p in found] == SHANGHAI_WORKS
    assert all(p.source.start_line == 13 for p in found)


def test_a_list_the_text_ends_in_is_not_read():
    # the same sentence cut after its tenth work (the page ending at a comma): it may go on
    lines = SHANGHAI.read_text(encoding="utf-8").splitlines()
    cut = lines[15][: lines[15].index("新建20家示范性智慧菜场,") + len("新建20家示范性智慧菜场,")]
    assert records_of(cut_records("\n".join([*lines[:15], cut])), "project") == []


def test_clauses_without_figures_after_the_lead_are_no_works():
    # 李沧 2016: «10件40项民生实事具体包括:加强教育基础设施建设,拓展优质教育资源。建成并启用学校2所,…»:
    # the sentence after the colon names a field and its aim, no work with its figure: nothing is read
    # (the count of 40 is warned of, not met).
    records = extract_source(read(TASKS / "licang-fields-not-works.txt"))
    assert records_of(records, "project") == []
    assert any("list of 40" in r.message for r in records_of(records, "warning"))


def test_sub_projects_counted_then_named_after_ji():
    # 城厢 2021: «最终确定2021年11件惠民实事包含18个子项目,即荔景小学新校区建设、…、全民健身场地设施建设等。»:
    # eighteen names after «,即», as many as counted; the 等 closing them is no part of the last.
    found = _projects(TASKS / "chengxiang-sub-projects-after-ji.txt")
    assert len(found) == 18
    assert found[0].name == "荔景小学新校区建设"
    assert found[4].name == "10X wifi探针设备维保"
    assert found[-1].name == "全民健身场地设施建设"
    assert {p.section for p in found} == {"子项目"}


def test_circled_items_under_two_headings_are_two_lists():
    # 洛阳日报 2007: «为农民办好十件实事» / «①新建农村户用沼气20万座,…» … «⑩…», then «为城镇居民办好十件实事»
    # / «①…» … «④…看病难» (the page cut inside its fourth): ten items, then three; the second list
    # numbers afresh in a scope of its own, so that no two works share a 序号 of one list.
    found = _projects(TASKS / "luoyang-circled-lists-under-two-headings.txt")
    assert [p.seq for p in found] == [*range(1, 11), 1, 2, 3]
    assert found[0].name == "新建农村户用沼气20万座,新发展沼气技术服务网点80家。"
    assert found[10].name.startswith("完成8条城市道路和七一南路雨水泵站建设任务")
    assert [p.source.start_line for p in found] == [*range(3, 13), 14, 15, 16]
    assert len({(p.seq_scope, p.seq) for p in found}) == 13


def test_a_minsheng_gongcheng_report_without_a_record_is_kept_with_a_warning():
    # probe 7 minsheng-04 (闽东日报 on a traditional mirror, pinyin inserted): 宁德's «“十个十”民生工程»,
    # 134 子项目 planned and 82 done, told in prose: no list names its projects (…等82个子项目 gives
    # examples), so no record; it was refused ("nothing recognised"), it is now kept, its line named.
    source = read(FIXTURES / "unread" / "ningde-minsheng-gongcheng-trad.txt")
    records = extract_source(source)
    assert [(r.kind, r.genre, r.source.start_line) for r in records] == [
        ("warning", UNREAD_GENRE, 2)
    ]
    assert "'民生工程'" in records[0].message
    require_content(records, source)  # not refused


def test_groups_counted_before_their_items():
    # 西宁城中区 2026 (traditional, pinyin inserted): «確定2026年民生實事項目共5大類12個,…。其中,教育惠民領域2個,
    # 包括A、B;生態環境領域2個,包括C、D;城市品質提升領域4個,…;公共服務領域3個,…;公共安全領域1個,為應急» (cut):
    # each group's items come to its count and number within it; the group the page ends in is not read.
    found = _projects(TASKS / "xining-groups-counted-before-their-items-trad.txt")
    assert [(p.seq, p.section) for p in found][:3] == [
        (1, "教育惠民領(lǐng)域"),
        (2, "教育惠民領(lǐng)域"),
        (1, "生態(tài)環(huán)境領(lǐng)域"),
    ]
    assert [p.seq for p in found] == [1, 2, 1, 2, 1, 2, 3, 4, 1, 2, 3]
    assert found[0].name == "春暉小學(xué)建設(shè)項目"
    assert found[4].name == "老舊管網(wǎng)更新改造項目(一期)"
    assert found[-1].name == "公立基層醫(yī)療機(jī)構(gòu)改革與高質(zhì)量發(fā)展示范項目"
    assert len({(p.seq_scope, p.seq) for p in found}) == 11


def test_candidates_put_to_the_vote_are_no_projects():
    # 宁波日报 2018: «这13个民生实事候选项目分别是:棚户区改造工程、…» before the congress votes: none is
    # chosen yet, so none is a project of the government (nor is the count warned of).
    records = extract_source(read(TASKS / "ningbo-candidates-put-to-the-vote.txt"))
    assert records_of(records, "project") == []
    assert not any("候选" in r.message for r in records_of(records, "warning"))


def test_a_sentence_counting_the_shishi_decided_opens_the_numbered_list_below():
    # 沙河口 2024: «近日,沙河口区确定2024年10项重点民生实事,涵盖教育、…等多个方面。» closes its line, then
    # «1.城区管线改造项目» / its work / «2.环境品质提升项目» / …: the names numbered one a line, the work
    # between them no part of them; the page is cut in the ninth's work, so nine of the ten.
    found = _projects(TASKS / "shahekou-count-decided-then-numbered-names.txt")
    assert [p.seq for p in found] == list(range(1, 10))
    assert found[0].name == "城区管线改造项目"
    assert found[8].name == "卫生健康项目"
    assert [p.source.start_line for p in found] == list(range(5, 22, 2))


def test_a_list_after_baokuo_comes_to_the_count_of_the_headline():
    # 汕头日报 2023: the headline counts «今年十件民生实事出炉»; «今年票决产生的民生实事项目包括:一、推进 100 个
    # 老旧小区改造;二、…;十、开展城中村市容环境秩序综合整治。»: ten names, their numbers dropped.
    found = _projects(TASKS / "shantou-included-after-a-counted-headline.txt")
    assert [p.seq for p in found] == list(range(1, 11))
    assert found[0].name == "推进 100 个老旧小区改造"
    assert found[9].name == "开展城中村市容环境秩序综合整治"


def test_a_counted_list_one_line_each_closed_by_its_semicolon():
    # 仁化 2025: «这八件民生实事项目是:» then eight lines not numbered, each closed by «;», the last by «。»
    found = _projects(TASKS / "renhua-lines-closed-by-semicolons.txt")
    assert [p.name for p in found][:2] == [
        "完成城镇老旧小区改造项目(三期)",
        "完成城市管网基础设施提升改造项目",
    ]
    assert found[-1].name == "实施第三批仁化县典型镇村建设项目。"
    assert [p.source.start_line for p in found] == list(range(5, 13))
