"""民生实事 of probe 9's fresh pages: a counted list whose items are sentences after its colon, with
no number or separator (18项惠民实事如下:A。B。…), read where the sentences to the paragraph's end
come to the count. Cuts of real pages, their addresses given."""

from __future__ import annotations

from tests.conftest import cut_records, records_of

# http://jskq.cn/news/jsnews/2020/0529/10961.shtml (滨湖区, 2020), its lead sentence and the
# paragraph of the 18 惠民实事
ITEMS = [
    "完成约15万㎡宜居住区整治改造。",
    "完成12个居民小区“二次供水”设施改造。",
    "完成滴翠路(明园路-隐秀路段)等4条道路拓宽新建。",
    "完成梁清路(梁溪大桥-梅园立交段)等3条道路街景改造。",
    "完成3个小游园建设及全区小游园体育设施更新提升。",
    "新(改)建公厕14座,新增公共停车泊位800个。",
    "对区(镇、街道)管理道路、安置房小区、老新村等树木修剪约1.5万株。",
    "完成环山西路路灯新建,启动胡埭地区村道路灯改造。",
    "完成全区消防设施提升和18个小区消防系统改造,新建森林防火蓄水池1287只(约17190吨),"
    "购买70米消防登高台车并投入使用。",
    "完成300家餐饮场所燃气管道建设。",
    "完成胡埭农贸市场改造。",
    "新建学校食堂4个,完成改造9个。",
    "启动第六人民医院迁建,完成蠡湖街道卫生服务中心改造和全区基层卫生服务中心信息化升级。",
    "对全区劣Ⅴ类水体实施综合整治,实现基本消劣;完成187个排水达标区整改。",
    "完成全区感知安保“天眼”工程。",
    "完成滨湖区“两诉中心”改造并投入使用。",
    "全区老年人意外伤害险覆盖率达到70%,为特定家庭提供居家养老援助服务,为老年人家庭提供适老化改造,"
    "为适龄家庭提供家庭教育指导。",
    "提供40个社区公益服务创投项目。",
]
LEAD = (
    "  本报讯 在日前召开的滨湖区第四届人民代表大会第四次会议上,明确了2020年的发展目标,公布了18项"
    "惠民实事。\n"
    "\n"
    "  今年,滨湖区将继续围绕“城市更美好、人民更幸福”的发展愿景,确定惠民实事项目18项,总投资近12亿元,"
    "进一步织密民生保障网,提升群众幸福感,描绘滨湖幸福底色。18项惠民实事如下:"
)


def _projects(text: str) -> list[str]:
    return [p.name for p in records_of(cut_records(text), "project")]


def test_counted_items_written_as_sentences_after_the_colon():
    # the list was a warning, "its items do not come to 18": only 、 or ； parted items
    assert _projects(LEAD + "".join(ITEMS) + "\n") == ITEMS


def test_sentences_that_do_not_come_to_the_count_stay_a_warning():
    # the same paragraph cut before its last item: 17 sentences for 18 counted
    records = cut_records(LEAD + "".join(ITEMS[:-1]) + "\n")
    assert records_of(records, "project") == []
    assert any("do not come to 18" in w.message for w in records_of(records, "warning"))
