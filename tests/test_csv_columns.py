"""CSV columns a spreadsheet user reads (issue 15): the action both as 任命/免职 and as the code the
named queries take, one plan title per project, budgets in 亿元 beside raw yuan; and `status`
listing provisions in text order on lines without raw tabs."""

from __future__ import annotations

import csv
import io
from decimal import Decimal

import pytest

from kg import status
from kg.export import tables
from kg.export.rdf import read_trig


@pytest.fixture(scope="module")
def sample_csv(sample_build) -> dict[str, list[dict[str, str]]]:
    store = tables.store_of(read_trig(sample_build / "graph.trig"))
    return {
        name: list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))
        for name, (_, data, _) in tables.tables(store).items()
    }


def test_personnel_changes_give_the_action_in_chinese_and_as_the_queries_code(sample_csv):
    pairs = {(r["action"], r["action_code"]) for r in sample_csv["personnel_changes"]}
    assert pairs == {("任命", "appoint"), ("免职", "remove")}


def test_amendments_give_the_action_code_too(sample_csv):
    codes = sorted(r["action_code"] for r in sample_csv["amendments"])
    assert codes == ["amend"] * 5 + ["repeal"] * 2


def test_a_project_names_its_plan_once(sample_csv):
    titles = {r["plan_title"] for r in sample_csv["projects"]}
    assert titles == {"温州市生态文明建设规划(2021-2030年)"}  # not "… | …（2021-2030年）"


def test_budgets_in_hundred_millions_of_yuan_agree_with_the_yuan(sample_csv):
    rows = [r for r in sample_csv["projects"] if r["budget_yuan"]]
    assert rows
    for row in rows:
        assert Decimal(row["budget_yi_yuan"]) * 100_000_000 == Decimal(row["budget_yuan"])
        if row["budget"].endswith("亿元"):  # as written, in the unit of the header
            assert Decimal(row["budget_yi_yuan"]) == Decimal(row["budget"][: -len("亿元")])


@pytest.mark.parametrize(
    ("yuan", "yi"),
    [("131975000000", "1319.75"), ("37000000", "0.37"), ("100000000", "1"), ("5", "0.00000005")],
)
def test_hundred_millions(yuan, yi):
    assert tables.hundred_millions(yuan) == yi


@pytest.mark.parametrize(
    ("text", "number"),
    [("八", 8), ("十", 10), ("十二", 12), ("二十三", 23), ("一百零五", 105), ("12", 12)],
)
def test_chinese_numbers(text, number):
    assert status.chinese_number(text) == number


def test_provisions_in_the_order_they_stand_in_the_document():
    written = "八 (delete); 四 (delete); 三(一)2 (replace); 十二 (insert); 三 (delete)"
    assert status.in_text_order(written) == (
        "三 (delete); 三(一)2 (replace); 四 (delete); 八 (delete); 十二 (insert)"
    )


def test_status_of_the_sample_lists_provisions_in_order_without_tabs(sample_build):
    result = status.document_status("温政办〔2021〕61号", "2023-07-31", build=sample_build)
    text = status.to_text(result)
    assert "\t" not in text
    (provisions,) = [d.provisions for d in result.decisions if d.provisions]
    listed = [p.split(" (")[0] for p in provisions.split("; ")]
    assert len(listed) == 2 and listed == sorted(listed, key=status.provision_key)
    assert listed[0].startswith("一")  # item 一 before the later one, as the decision lists them
