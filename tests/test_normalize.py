"""Normalisation for matching: values as written vs keys."""

from __future__ import annotations

import pytest

from kg.text.normalize import chinese_number, clean, key


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("华能瑞安1 号海上风电 场工程 项目", "华能瑞安1号海上风电场工程项目"),
        (
            "温州市人民政府 关于修改和废止部分行政规范性文件的决定",
            "温州市人民政府关于修改和废止部分行政规范性文件的决定",
        ),
        ("规划 (2021-2030年)的通知", "规划(2021-2030年)的通知"),
        ("  政\u200b务　简 讯 ", "政务简讯"),
        ("一般工业固体废物综合利用 rate 提高幅度", "一般工业固体废物综合利用 rate 提高幅度"),
        ("VOCs治理设施改造升级", "VOCs治理设施改造升级"),
    ],
)
def test_clean(raw, cleaned):
    assert clean(raw) == cleaned


@pytest.mark.parametrize(
    "variant",
    [
        "温政办〔2021〕61号",
        "温政办[2021]61号",
        "温政办【2021】61号",
        "温政办［2021］61号",
        "温政办﹝2021﹞61号",
        "温政办 〔2021〕 61 号",
        "温政办〔２０２１〕６１号",
        "温政办\u200b〔2021〕61号",
    ],
)
def test_key_unifies_document_number_spellings(variant):
    assert key(variant) == key("温政办〔2021〕61号")


def test_key_maps_radical_lookalikes():
    assert key("法定代表⼈") == key("法定代表人")  # Kangxi radical U+2F08
    assert key("⻓江") == key("长江")  # CJK radicals supplement U+2EE7


def test_key_keeps_distinct_words_distinct():
    assert key("温州市司法局") != key("温州市公安局")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("一", 1),
        ("十", 10),
        ("十二", 12),
        ("二十三", 23),
        ("一百零五", 105),
        ("12", 12),
        ("１２", 12),
        ("半", None),
    ],
)
def test_chinese_number(text, value):
    assert chinese_number(text) == value
