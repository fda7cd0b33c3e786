"""Plan targets in prose on the fresh pages of probe 6 (issue 12): verbs at 、 before one object
share its figure and are one name with it (新建、改建农村公路254公里), never half of it."""

from __future__ import annotations

from tests.conftest import cut_records, records_of

# zjj.sm.gov.cn/ztzl/smyjhjjsxd/xgwj/201807/t20180706_1173770.htm, 明政办〔2018〕57号 (the
# notice's lines 2–6, its year the document's date; lines 10 and 11, line 11 cut after
# 续建城市地下综合管廊1.8公里。)
SANMING_2018 = (
    "明政办〔2018〕57号\n"
    "各县(市、区)人民政府,市直各单位:\n"
    "《2018年民生基础设施补短板实施方案》已经市政府同意,现印发给你们,请认真组织实施。\n"
    "三明市人民政府办公室\n"
    "2018年6月28日\n"
    "一、主要目标\n"
    "2018年,城乡民生基础设施建设9大工程全面有序推进,完成投资力争超过145亿元;开展农村人居环境"
    "整治,完成投资25亿元。进一步改善我市城乡景观面貌。新增城市道路180公里、绿道130公里,新建、"
    "改建农村公路254公里,新改扩建各类城乡地下管网530公里,新增城乡公共停车泊位4226个,续建城市"
    "地下综合管廊1.8公里。\n"
)


def targets(text: str) -> list[tuple[str, str | None, int | None]]:
    return [
        (r.name, r.target_near, r.target_near_year)
        for r in records_of(cut_records(text), "indicator")
    ]


def test_verbs_listed_before_one_object_are_one_name_with_it():
    # 新建、改建农村公路254公里: the 254 km are of roads built and rebuilt together (was
    # «改建农村公路 254公里», the whole figure for half the name)
    found = targets(SANMING_2018)
    assert ("新建、改建农村公路", "254公里", 2018) in found
    assert not [f for f in found if f[0] == "改建农村公路"]
    # the list's other items stand as they did
    assert found == [
        ("新增城市道路", "180公里", 2018),
        ("绿道", "130公里", 2018),
        ("新建、改建农村公路", "254公里", 2018),
        ("新改扩建各类城乡地下管网", "530公里", 2018),
        ("新增城乡公共停车泊位", "4226个", 2018),
        ("续建城市地下综合管廊", "1.8公里", 2018),
    ]
