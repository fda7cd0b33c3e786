"""The whole library on a real SPARQL server holding the pushed sample build: the same rows as the
embedded store, row by row, term by term (datatypes and language tags included)."""

from __future__ import annotations

import re

import pytest

import kg.query as queries
from kg import serve
from kg.push import push
from kg.query.local import evaluate
from tests.query_examples import QUERIES, cases, group_concat_columns

pytestmark = pytest.mark.server


def unordered(row: tuple, columns: list[int]) -> tuple:
    """The row with each GROUP_CONCAT value as the sorted list of its parts."""
    return tuple(
        (sorted(re.split(r"、|; ", t.value)), t.datatype) if i in columns and t else t
        for i, t in enumerate(row)
    )


@pytest.fixture(scope="module")
def pushed(sample_build):
    """An empty Oxigraph server (union default graph) into which the sample build was pushed."""
    with serve.start(None, writable=True) as server:
        push(sample_build, server.query_url)
        yield server


@pytest.mark.parametrize(("name", "params"), cases())
def test_remote_rows_equal_local_rows(pushed, sample_build, name, params):
    query = QUERIES[name]
    # the local runner's evaluation in this process (its worker transport is tested elsewhere)
    here = evaluate(str(sample_build / "store"), queries.prepare(query, params))
    there = queries.run(query, params, endpoint=pushed.query_url, timeout=30)
    assert there.variables == here.variables
    assert len(there.rows) == len(here.rows)
    concatenated = [
        i for i, v in enumerate(here.variables) if v in group_concat_columns(query.text)
    ]
    for number, (remote_row, local_row) in enumerate(zip(there.rows, here.rows, strict=True)):
        assert unordered(remote_row, concatenated) == unordered(local_row, concatenated), (
            name,
            number,
        )
    assert here.rows or name in {"events-between"}, f"{name}: an example should return rows"
