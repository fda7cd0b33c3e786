"""Plan targets: what a reviewer's fresh pages of issue 12 showed of the year lead (T8) and a
plan's statement (T7)."""

from __future__ import annotations

from kg.extract.targets import read_item
from tests.conftest import cut_targets

# https://www.nbd.com.cn/articles/2022-09-20/2471508.html (每日经济新闻, 2022-09-20): a ministry
# official's projection; its 2035年左右 opened a sentence after the text's year and gave
# «在总人口中的占比» 超过30% as a target for 2035
NBD_2022 = (
    "# source: https://www.nbd.com.cn/articles/2022-09-20/2471508.html\n"
    "2022-09-20 10:45:23\n\n"
    "每经AI快讯,据中国网,国家卫生健康委于9月20日上午10:00召开新闻发布会,国家卫生健康委老龄司司长"
    "王海东指出,截至2021年底,全国60岁及以上老年人口达2.67亿,占总人口的18.9%;65岁及以上老年人口"
    "达2亿以上,占总人口的14.2%。据测算,预计“十四五”时期,60岁及以上老年人口总量将突破3亿,占比将"
    "超过20%,进入中度老龄化阶段。2035年左右,60岁及以上老年人口将突破4亿,在总人口中的占比将超过"
    "30%,进入重度老龄化阶段。\n"
)


def test_a_projection_opening_a_sentence_with_its_year_is_no_target():
    assert cut_targets(NBD_2022) == []
    # its last sentence alone: an approximate year (2035年左右), no plan named, no subject
    assert (
        cut_targets(
            "# source: https://www.nbd.com.cn/articles/2022-09-20/2471508.html\n"
            "2035年左右,60岁及以上老年人口将突破4亿,在总人口中的占比将超过30%,进入重度老龄化阶段。\n"
        )
        == []
    )


def test_a_share_with_no_subject_is_not_read():
    assert read_item("在总人口中的占比将超过30%", deadline=True) is None
    assert read_item("占比将超过20%", deadline=True) is None


def test_right_after_a_plans_words_a_name_holding_a_rate_is_not_read():
    # http://destroybadbreath.com/xwzx/PoliticsNews/202103/t20210313_12338195.htm (央视网, 2021):
    # the plan's words, then an item with a baseline and a rise in its name and a nameless level
    assert (
        cut_targets(
            "# source: http://destroybadbreath.com/xwzx/PoliticsNews/202103/t20210313_12338195.htm\n"
            "“十四五”規劃提出,到2025年,我國森林覆蓋率將從目前的23.04%再提高超1個百分點,達到24.1%。\n"
        )
        == []
    )


def test_a_plans_targets_for_its_last_year_on_a_fresh_page():
    # http://www.chaogb.com/news/caijing/30105.html (广州's 十四五 纲要, 2021-05-19)
    assert cut_targets(
        "2021-05-19 18:00:17 来源:网络作者:佚名\n"
        "《纲要》提出“十四五”时期(2021年至2025年)“八个新”的确切目标:\n"
        "经济发展进入全新阶段,年均增长6%左右,到2025年,国内生产总值达到3.5万亿元;创新驱动取得全新成就,"
        "研发支出占国内生产总值比重达到3.4%左右,战略性新兴产业增加值超过1.2万亿元;改革开放取得全新突破,"
        "全球资源配置中心功能明显增强,建成国际消费中心和国际交流中心;城市文明升级,成为中国对外文化交流的"
        "门户,彰显文化自信;生态环境得到改善,空气质量优良天数占比达到88%,森林覆盖率提高到41.65%;民生福祉"
        "取得新进展。居民收入增长与经济增长基本上同步。到2025年,人均预期寿命达到83岁;\n"
    ) == [
        ("国内生产总值", "3.5万亿元", 2025),
        ("研发支出占国内生产总值比重", "3.4%左右", 2025),
        ("战略性新兴产业增加值", "超过1.2万亿元", 2025),
        ("空气质量优良天数占比", "88%", 2025),
        ("森林覆盖率", "41.65%", 2025),
        ("人均预期寿命", "83岁", 2025),
    ]


def test_a_deadline_after_words_of_what_is_done_is_a_result():
    # http://hnzhnj.cn/zzes/4790.html (2020-10-24): a minister's account of the 十三五 plan's
    # results; 新增城市轨道交通运营里程 超过3000公里 and 改造建设农村公路 超过140万公里 were read as
    # targets for 2020
    assert (
        cut_targets(
            "# source: http://hnzhnj.cn/zzes/4790.html\n"
            "字号+ 作者:生活头条 来源:未知 2020-10-24 我要评论\n"
            "  在10月22日的国新办发布会上,交通运输部部长李小鹏公布“十三五”期间交通运输“两大账单”完成情况。"
            "他表示,到目前为止,国民经济和社会发展第十三个五年规划纲要也就是国家账单中3项硬指标已经全部超额"
            "完成,到2020年年底,将新增高速公路通车里程3.1万公里,新增城市轨道交通运营里程超过3000公里,改造"
            "建设农村公路超过140万公里。\n"
        )
        == []
    )
