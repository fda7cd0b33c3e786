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
