"""CSV tables: RFC 4180 and Excel flavours, and the rows the sample gives."""

from __future__ import annotations

import csv
import io

import pyoxigraph as ox
import pytest

from kg.export import tables
from kg.export.rdf import read_trig
from kg.namespaces import PREFIXES

ROWS = [
    ["https://example.org/x/1", "温州市, 鹿城区", 'say "hi"', "line\nbreak"],
    ["https://example.org/x/2", "=SUM(A1:A2)", "+86 577", "-5"],
    ["https://example.org/x/3", "@cmd", "\tTAB", "a=b"],
]


def read(data: bytes, excel: bool) -> list[list[str]]:
    text = data.decode("utf-8-sig" if excel else "utf-8")
    return list(csv.reader(io.StringIO(text, newline="")))


def test_plain_is_rfc4180_utf8_without_bom():
    data = tables.render(["iri", "a", "b", "c"], ROWS)
    assert not data.startswith(b"\xef\xbb\xbf")
    assert data.startswith(b"iri,a,b,c\r\n")
    assert b'"\xe6\xb8\xa9\xe5\xb7\x9e\xe5\xb8\x82, \xe9\xb9\xbf\xe5\x9f\x8e\xe5\x8c\xba"' in data
    assert b'"say ""hi"""' in data
    assert read(data, excel=False) == [["iri", "a", "b", "c"], *ROWS]  # values untouched


def test_excel_has_bom_and_neutralises_formulas():
    data = tables.render(["iri", "a", "b", "c"], ROWS, excel=True)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = read(data, excel=True)
    assert rows[2][1:] == ["'=SUM(A1:A2)", "'+86 577", "'-5"]
    assert rows[3][1:] == ["'@cmd", "'\tTAB", "a=b"]
    assert rows[1] == ROWS[0]  # nothing else changes


@pytest.fixture(scope="module")
def sample_tables(sample_build):
    quads = read_trig(sample_build / "graph.trig")
    store = tables.store_of(quads)
    return store, tables.tables(store)


def instances(store: ox.Store, cls: str) -> set[str]:
    prefix, _, local = cls.partition(":")
    query = f"SELECT DISTINCT ?s WHERE {{ ?s a <{PREFIXES[prefix]}{local}> }}"
    return {r["s"].value for r in store.query(query, use_default_graph_as_union=True)}


def rows_of(sample_tables, name: str) -> list[dict[str, str]]:
    _, data, _ = sample_tables[1][name]
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))


def test_one_row_per_entity_keyed_by_iri(sample_tables):
    store, written = sample_tables
    for table in tables.TABLES:
        expected = instances(store, table.cls)
        if not expected:
            assert table.name not in written
            continue
        rows = rows_of(sample_tables, table.name)
        assert [r["iri"] for r in rows if r["iri"]] and {r["iri"] for r in rows} == expected
        assert len(rows) == len(expected) == written[table.name][2], table.name
        assert all(r["source_lines"] for r in rows), table.name  # provenance on every row


def test_sample_counts(sample_tables):
    counts = {name: rows for name, (_, _, rows) in sample_tables[1].items()}
    assert counts["personnel_changes"] == 16
    assert counts["projects"] == 49
    assert counts["amendments"] == 7


def test_personnel_changes_name_person_post_and_action(sample_tables):
    rows = rows_of(sample_tables, "personnel_changes")
    for row in rows:
        assert row["person_name"] and row["post_name"] and row["action"], row["iri"]
        assert row["person"].startswith("http") and row["post"].startswith("http")
    lines = [int(r["source_lines"].split("-")[0].split(" | ")[0]) for r in rows]
    assert lines == sorted(lines)  # in the order of the notice


def test_projects_have_agencies_in_order_and_budgets_in_yuan(sample_tables):
    rows = rows_of(sample_tables, "projects")
    for row in rows:
        assert row["name"] and row["plan"] and row["sequence"].isdigit(), row["iri"]
        agencies = row["agencies"].split(" | ")
        assert [a.split(". ", 1)[0] for a in agencies] == [str(i + 1) for i in range(len(agencies))]
    with_budget = [r for r in rows if r["budget_yuan"]]
    assert with_budget
    for row in with_budget:
        assert float(row["budget_yuan"]) > 0 and row["budget"]
    responsibilities = rows_of(sample_tables, "responsible_agencies")
    listed = sum(len(r["agencies"].split(" | ")) for r in rows)
    assert len(responsibilities) == listed


def test_every_table_and_column_is_documented():
    from pathlib import Path

    doc = (Path(__file__).resolve().parent.parent / "docs" / "export.md").read_text(
        encoding="utf-8"
    )
    for table in tables.TABLES:
        line = next(x for x in doc.splitlines() if x.startswith(f"| `csv/{table.name}.csv`"))
        for column in table.header:
            assert f"`{column}`" in line, (table.name, column)
