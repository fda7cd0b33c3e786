"""Indicator tables in the layouts of document-sharing sites' copies, read from development
corpus texts: a table flattened a cell a line with blank lines for empty cells (D-11,
m.taodocs.com), and a table run together on one line with a 权重 column between the unit and the
value (D-12, 777doc.com). Values checked by hand against the texts."""

from __future__ import annotations

from tests.conftest import devcorpus_records, records_of


def _rows(stem: str) -> dict[str, object]:
    return {r.name: r for r in records_of(devcorpus_records(stem), "indicator")}


def _warnings(stem: str) -> list[str]:
    return [
        w.message for w in records_of(devcorpus_records(stem), "warning") if w.genre == "indicators"
    ]


def test_flattened_table_reads_name_unit_and_both_target_columns():
    rows = _rows("D-11")
    assert len(rows) == 21
    first = rows["人均地区生产总值"]  # unit cell blank, 权重 4 and 数据提供部门 统计 passed over
    assert (first.unit, first.target_near, first.target_far) == (None, "180000", "130000")
    assert first.target_near_year is None
    # a row under a group broken over two lines (居民 / 收入水平), its 权重 merged with the next
    assert rows["农村居民人均纯收入"].target_near == "38000"
    assert (rows["研发经费支出占GDP比重"].unit, rows["研发经费支出占GDP比重"].target_near) == (
        "%",
        "3",
    )
    assert rows["工业全员劳动生产率"].unit == "万元/人"
    # group names and sources are no rows; a row without figures (每千人拥有医生数) neither
    assert not {"居民", "收入水平", "统计", "卫生", "每千人拥有医生数"} & set(rows)


def test_flattened_table_scoped_target_columns_keep_their_headers():
    # 苏南 · 目标值 · 全省 · 目标值: two columns for one year, one per area; each value keeps its
    # column's header, and 180000 is never published as 人均地区生产总值's target alone
    rows = _rows("D-11")
    assert all(
        (r.target_near_column, r.target_far_column) == ("苏南目标值", "全省目标值")
        for r in rows.values()
    )
    income = rows["城镇居民人均可支配收入"]
    assert (income.target_near, income.target_far) == ("75000", "70000")
    assert (rows["人均预期寿命"].target_near, rows["人均预期寿命"].target_far) == ("80", "78")
    # 全省 99 only (its 苏南 cell blank): read, in its own column
    housing = rows["城镇住房保障体系健全率"]
    assert (housing.target_near, housing.target_far) == (None, "99")
    assert rows["研发经费支出占GDP比重"].target_far is None  # 苏南 3 only
    assert not any("目标值" in w for w in _warnings("D-11"))


def test_run_together_table_with_weight_column():
    rows = _rows("D-12")
    assert len(rows) == 33
    gdp = rows["人均GDP(2010年不变价)"]  # 元4.0≥57000: the weight 4.0 is no value
    assert (gdp.seq, gdp.unit, gdp.target_near) == (1, "元", "≥57000")
    assert (rows["R&D经费支出占GDP比重"].seq, rows["R&D经费支出占GDP比重"].target_near) == (
        4,
        "≥2.5",
    )
    assert (rows["基尼系数"].unit, rows["基尼系数"].target_near) == (None, "≤0.4")  # - · 1.5
    assert (rows["城乡居民收入比"].unit, rows["城乡居民收入比"].target_near) == ("以农为1", "≤2.8")
    assert rows["单位GDP能耗(2010年不变价)"].target_near == "≤0.6"
    # the last row is cut inside its unit: not read, noted
    assert "单位GDP水耗(2010年不变价)" not in rows
    assert any("单位GDP水耗" in w for w in _warnings("D-12"))


def test_run_together_index_with_components():
    """An index whose components are sub-rows without figures: the index is the row, its unit
    its own unless the components carry theirs."""
    rows = _rows("D-12")
    safety = rows["社会安全指数"]  # …指数每万人口刑事犯罪人数%4.0=100每万人口交通事故死亡人数…
    assert (safety.seq, safety.unit, safety.target_near) == (12, "%", "=100")
    transport = rows["公共交通服务指数"]  # …车辆标车2.0=100行政村客运班线通达率%
    assert (transport.seq, transport.unit, transport.target_near) == (26, None, "=100")
    assert not any(name.startswith("每万人口") and "死亡" in name for name in rows)
