"""Where the VALUES row of the parameters goes: at the start of the WHERE clause, or into each branch
of a WHERE clause that is only a UNION (or a subquery), where it gives the same answer and Virtuoso 7
does not lose the rows (tests/test_query_engines.py runs the library there)."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.query.params import bind, make_term

DATA = """
<http://x/a> <http://x/p> "1" .
<http://x/a> <http://x/q> "2" .
<http://x/b> <http://x/p> "3" .
<http://x/b> <http://x/q> "4" .
"""
ROW = "VALUES (?s) { (<http://x/a>) }"


@pytest.fixture(scope="module")
def store():
    db = ox.Store()
    db.load(DATA.encode(), ox.RdfFormat.N_TRIPLES)
    return db


def answer(store, text: str) -> list[tuple[str, ...]]:
    return sorted(tuple(t.value for t in row) for row in store.query(text))


def at_top(text: str) -> str:
    """The query with the row at the start of its WHERE clause (the plain join)."""
    brace = text.index("{", text.index("WHERE"))
    return f"{text[: brace + 1]} {ROW}{text[brace + 1 :]}"


@pytest.mark.parametrize(
    ("text", "copies"),
    [
        # a UNION: the row in each branch
        ("SELECT ?s ?o WHERE { { ?s <http://x/p> ?o } UNION { ?s <http://x/q> ?o } }", 2),
        # a FILTER beside the UNION and a BIND after it keep that
        (
            "SELECT ?s ?o ?t WHERE { { ?s <http://x/p> ?o } UNION { ?s <http://x/q> ?o } "
            'FILTER(?o != "9") BIND(STR(?s) AS ?t) }',
            2,
        ),
        # a subquery projecting ?s: inside it
        ("SELECT ?s ?o WHERE { { SELECT DISTINCT ?s ?o WHERE { ?s <http://x/p> ?o } } }", 1),
        # grouped by ?s: inside it, before the grouping
        (
            "SELECT ?s ?n WHERE { { SELECT ?s (COUNT(?o) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?s } }",
            1,
        ),
    ],
)
def test_the_row_goes_into_each_branch_with_the_same_answer(store, text, copies):
    bound = bind(text, {"s": make_term("iri", "http://x/a")})
    assert bound.count(ROW) == copies
    assert bound != at_top(text)
    assert answer(store, bound) == answer(store, at_top(text))
    assert answer(store, bound) and all(row[0] == "http://x/a" for row in answer(store, bound))


@pytest.mark.parametrize(
    "text",
    [
        # a triple pattern beside the UNION
        "SELECT ?s ?o WHERE { ?s ?p ?x { ?s <http://x/p> ?o } UNION { ?s <http://x/q> ?o } }",
        # a BIND before the branches would no longer see the value
        "SELECT ?s ?o WHERE { BIND(?s AS ?t) { ?s <http://x/p> ?o } UNION { ?s <http://x/q> ?o } }",
        # a UNION branch that is a subquery cannot hold the row
        "SELECT ?s ?o WHERE { { ?s <http://x/p> ?o } UNION { SELECT ?o WHERE { ?s ?p ?o } } }",
    ],
)
def test_otherwise_the_row_stays_at_the_start_of_the_where_clause(text):
    bound = bind(text, {"s": make_term("iri", "http://x/a")})
    assert bound == at_top(text)


@pytest.mark.parametrize(
    "text",
    [
        # LIMIT: filtering first would change which rows the subquery keeps
        "SELECT ?s ?o WHERE { { SELECT ?s ?o WHERE { ?s <http://x/p> ?o } ORDER BY ?o LIMIT 1 } }",
        # ?s not projected by the subquery, only filtered on outside it
        "SELECT ?o WHERE { { SELECT ?o WHERE { <http://x/a> <http://x/p> ?o } } "
        "FILTER(?s = <http://x/a>) }",
    ],
)
def test_a_subquery_that_cannot_take_the_row_gets_it_after_itself(store, text):
    bound = bind(text, {"s": make_term("iri", "http://x/a")})
    assert bound.count(ROW) == 1
    assert "} " + ROW in bound and "WHERE { " + ROW not in bound
    assert answer(store, bound) == answer(store, at_top(text)) != []
