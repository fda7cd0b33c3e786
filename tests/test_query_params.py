"""Parameters are bound as RDF terms, never pasted: hostile values stay literals (libraries.md §4)."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.parserutils import CompValue

from kg import store
from kg.errors import QueryError
from kg.query import local
from kg.query.library import parse
from kg.query.params import bind, make_term, parse_assignments, resolve, where_brace

HOSTILE = [
    'say "hi"',
    "it's",
    "{ braces }",
    'x" } ; DROP ALL ; INSERT DATA { <a> <b> <c> } #',
    "} ; DROP ALL",
    "line one\nline two\r\nthree",
    "\\u0022",  # six characters: SPARQL decodes \u escapes before parsing (sparql-dev #77)
    "\\U00000022",
    "\\\\u0022",
    "trailing backslash \\",
    "'''",
    '"""',
    "温政发〔2023〕18号",
    "tab\there # not a comment",
]

QUERY = """PREFIX ex: <http://example.org/>
SELECT ?s WHERE { ?s ex:label ?name . } ORDER BY ?s"""


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory):
    """A store where subject i has label HOSTILE[i], plus a decoy labelled with a plain quote."""
    graph = Graph()
    for i, value in enumerate([*HOSTILE, '"', "DROP ALL"]):
        graph.add(
            (URIRef(f"http://example.org/s{i}"), URIRef("http://example.org/label"), Literal(value))
        )
    path = tmp_path_factory.mktemp("hostile") / "store"
    store.create(path, [(URIRef("http://example.org/g"), graph)])
    return path


def _shape(node: object) -> object:
    """The algebra with every literal replaced by one token: equal shapes, equal query plans."""
    if isinstance(node, CompValue):
        return (node.name, tuple(sorted((k, _shape(v)) for k, v in node.items())))
    if isinstance(node, dict):
        return tuple(sorted((str(k), _shape(v)) for k, v in node.items()))
    if isinstance(node, (list, tuple, set, frozenset)):
        items = [_shape(v) for v in node]
        return (
            tuple(sorted(items, key=repr)) if isinstance(node, (set, frozenset)) else tuple(items)
        )
    if isinstance(node, Literal):
        return "LITERAL"
    return repr(node)


def _values_rows(bound: str) -> list[dict]:
    """The VALUES rows rdflib reads from the bound query."""
    rows: list[dict] = []

    def walk(node: object) -> None:
        if isinstance(node, CompValue):
            if node.name == "values":
                rows.extend(node["res"])
            for value in node.values():
                walk(value)
        elif isinstance(node, (list, tuple)):
            for value in node:
                walk(value)

    walk(prepareQuery(bound).algebra)
    return rows


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_value_is_one_literal_and_changes_nothing_else(value):
    bound = bind(QUERY, {"name": make_term("string", value)})
    plain = bind(QUERY, {"name": make_term("string", "plain")})
    assert _values_rows(bound) == [{rdflib_var("name"): Literal(value)}]
    assert _shape(prepareQuery(bound).algebra) == _shape(prepareQuery(plain).algebra)


def rdflib_var(name: str):
    from rdflib import Variable

    return Variable(name)


def test_hostile_values_match_exactly_their_literal_on_the_store(hostile_store):
    for i, value in enumerate(HOSTILE):
        bound = bind(QUERY, {"name": make_term("string", value)})
        result = local.evaluate(str(hostile_store), bound)
        assert [row[0].value for row in result.rows] == [f"http://example.org/s{i}"], value
    through_the_worker = local.run(
        hostile_store, bind(QUERY, {"name": make_term("string", HOSTILE[3])})
    )
    assert [row[0].value for row in through_the_worker.rows] == ["http://example.org/s3"]


def test_values_row_goes_at_the_start_of_the_where_clause():
    text = "PREFIX ex: <http://x/where#>\nSELECT ?a # WHERE { not here\nWHERE { ?a ex:p '{' }"
    assert where_brace(text) == text.rindex("WHERE {") + 6
    bound = bind(text, {"a": make_term("iri", "http://x/1")})
    assert "WHERE { VALUES (?a) { (<http://x/1>) } ?a ex:p '{' }" in bound


def test_construct_binds_in_its_where_not_its_template():
    text = "CONSTRUCT { ?s <http://x/p> ?o } WHERE { ?s <http://x/q> ?o }"
    bound = bind(text, {"o": make_term("integer", "3")})
    assert bound.startswith("CONSTRUCT { ?s <http://x/p> ?o } WHERE { VALUES (?o)")


def test_construct_where_short_form_cannot_take_parameters():
    with pytest.raises(QueryError, match="short form"):
        bind("CONSTRUCT WHERE { ?s ?p ?o }", {"o": make_term("string", "x")})


@pytest.mark.parametrize(
    "iri",
    [
        "http://x/a> } ; DROP ALL ; INSERT DATA { <a> <b> <c",
        "http://x/a b",
        "http://x/\\u003E",
        "relative/path",
        "http://例子.测试/",  # not ASCII: our IRIs are ASCII by construction
    ],
)
def test_bad_iris_are_refused_with_exit_2(iri):
    with pytest.raises(QueryError, match="not a valid absolute IRI") as info:
        make_term("iri", iri, "person")
    assert info.value.exit_code == 2


@pytest.mark.parametrize(
    ("kind", "value", "expected"),
    [
        ("date", "2023-06-30", '"2023-06-30"^^<http://www.w3.org/2001/XMLSchema#date>'),
        ("year", "2023", '"2023"^^<http://www.w3.org/2001/XMLSchema#gYear>'),
        ("integer", "-7", '"-7"^^<http://www.w3.org/2001/XMLSchema#integer>'),
        ("decimal", "1.50", '"1.50"^^<http://www.w3.org/2001/XMLSchema#decimal>'),
        ("boolean", "true", '"true"^^<http://www.w3.org/2001/XMLSchema#boolean>'),
        ("zh", "温州市", '"温州市"@zh'),
        ("iri", "https://example.org/a#b", "<https://example.org/a#b>"),
    ],
)
def test_typed_terms(kind, value, expected):
    assert str(make_term(kind, value)) == expected


@pytest.mark.parametrize(
    ("kind", "value"),
    [
        ("date", "2023-6-30"),
        ("date", "2023-06-30\n} ; DROP ALL"),
        ("year", "23"),
        ("integer", "1.5"),
        ("decimal", "NaN"),
        ("decimal", "1e"),
        ("boolean", "yes"),
        ("string", "nul\x00byte"),
    ],
)
def test_malformed_typed_values_are_refused(kind, value):
    with pytest.raises(QueryError):
        make_term(kind, value, "p")


def test_assignments():
    assert parse_assignments(["a=1", "?b=x=y", "c="]) == {"a": "1", "b": "x=y", "c": ""}
    for bad in (["novalue"], ["a b=1"], ["a=1", "a=2"], ["=1"]):
        with pytest.raises(QueryError):
            parse_assignments(bad)


def test_resolve_applies_defaults_requires_and_rejects_unknown_names():
    query = parse(
        "# title: t\n# param: d date default=2023-12-31 -- day\n"
        "# param: who zh required -- name\n# param: x string optional\n"
        "SELECT ?d ?who ?x WHERE { ?s ?p ?who }",
        "t",
    )
    terms = resolve(query.params, {"who": "张三"})
    assert {k: str(v) for k, v in terms.items()} == {
        "d": '"2023-12-31"^^<http://www.w3.org/2001/XMLSchema#date>',
        "who": '"张三"@zh',
    }
    with pytest.raises(QueryError, match="required"):
        resolve(query.params, {})
    with pytest.raises(QueryError, match="unknown parameter 'y'"):
        resolve(query.params, {"who": "a", "y": "1"})


def test_free_parameters_of_a_query_file_without_header():
    terms = resolve((), {"a": "<http://x/1>", "b": "text"}, free_types=True)
    assert terms == {"a": ox.NamedNode("http://x/1"), "b": ox.Literal("text")}


def test_binding_a_variable_the_query_lacks_is_an_error():
    with pytest.raises(QueryError, match=r"no variable \?nope"):
        bind(QUERY, {"nope": make_term("string", "x")})
