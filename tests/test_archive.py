"""Many issues, one graph: cross-issue timelines, document status over time, --add, renames.

The fixtures tests/fixtures/archive/wenzhou-2023-07.txt and -08.txt are hand-made follow-up issues
in the sample's conventions: July removes 王晓康 (appointed in June) and appoints 周明 to the same
post, repeals 温政办〔2021〕61号 (amended in June) from 2023-09-01; August renames
温州市投资促进局 to 温州市投资合作局 and removes 叶明坚 (appointed there in July).
"""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.build import build
from kg.resources import sample_issue
from kg.status import document_status
from tests.conftest import FIXTURES

JULY = FIXTURES / "archive" / "wenzhou-2023-07.txt"
AUGUST = FIXTURES / "archive" / "wenzhou-2023-08.txt"
PREFIXES = """PREFIX org: <http://www.w3.org/ns/org#> PREFIX gkg: <https://w3id.org/gazette-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX time: <http://www.w3.org/2006/time#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#> """


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    out = tmp_path_factory.mktemp("archive") / "out"
    build([sample_issue(), JULY, AUGUST], out=out, views=False)
    return out


def _select(out, query):
    store = ox.Store.read_only(str(out / "store"))
    rows = store.query(PREFIXES + query)
    return sorted(tuple(t.value if t is not None else None for t in row) for row in rows)


def test_memberships_span_issues(archive):
    rows = _select(
        archive,
        """
        SELECT DISTINCT ?label ?begin ?end ?openStart ?openEnd WHERE {
          ?m a org:Membership ; rdfs:label ?label ; org:memberDuring ?i .
          OPTIONAL { ?i time:hasBeginning/time:inXSDgYearMonth ?begin }
          OPTIONAL { ?i time:hasEnd/time:inXSDgYearMonth ?end }
          OPTIONAL { ?m gkg:startNotCovered ?openStart } OPTIONAL { ?m gkg:endNotCovered ?openEnd }
          FILTER(LANG(?label) = "zh" && (CONTAINS(?label, "人力资源") || CONTAINS(?label, "投资")))
        }""",
    )
    assert rows == [
        (
            "叶明坚：温州市投资促进局副局长",
            None,
            "2023-06",
            "true",
            None,
        ),  # start before the archive
        ("叶明坚：温州市投资促进局局长", "2023-07", "2023-08", None, None),
        ("周明：温州市人力资源和社会保障局局长", "2023-07", None, None, "true"),  # still open
        ("张华：温州市投资合作局副局长", "2023-08", None, None, "true"),
        ("王晓康：温州市人力资源和社会保障局局长", "2023-06", "2023-07", None, None),
        ("项欣华：温州市投资促进局副局长", "2023-06", None, None, "true"),
    ]


def test_succession_within_one_notice(archive):
    rows = _select(
        archive,
        """
        SELECT DISTINCT ?new ?old WHERE { ?m gkg:succeeds ?p . ?m rdfs:label ?new . ?p rdfs:label ?old .
          FILTER(CONTAINS(?new, "人力资源") && LANG(?new) = "zh" && LANG(?old) = "zh") }""",
    )
    assert rows == [
        ("周明：温州市人力资源和社会保障局局长", "王晓康：温州市人力资源和社会保障局局长")
    ]


def test_rename_is_a_change_event(archive):
    rows = _select(
        archive,
        """
        SELECT DISTINCT ?old ?new ?date WHERE { ?e a org:ChangeEvent ; gkg:changeDate ?date ;
          org:originalOrganization/skos:prefLabel ?old ; org:resultingOrganization/skos:prefLabel ?new }""",
    )
    assert rows == [("温州市投资促进局", "温州市投资合作局", "2023-08-10")]


@pytest.mark.parametrize(
    ("day", "status", "since", "pending"),
    [
        ("2023-06-30", "in force", None, 2),  # both decisions adopted later or not yet effective
        ("2023-07-31", "in force", None, 2),
        ("2023-08-01", "amended", "2023-08-01", 1),
        ("2023-08-31", "amended", "2023-08-01", 1),
        ("2023-09-01", "repealed", "2023-09-01", 0),
        ("2020-01-01", "not yet issued", None, 2),
    ],
)
def test_status_over_time(archive, day, status, since, pending):
    answer = document_status("温政办[2021]61号", day, build=archive)
    assert (answer.status, answer.since) == (status, since)
    assert [d.number for d in answer.decisions] == ["温政发〔2023〕18号", "温政发〔2023〕25号"]
    assert sum(d.pending_on(day) for d in answer.decisions) == pending
    # GROUP_CONCAT order is the store's: compare the provisions as a set
    assert set(answer.decisions[0].provisions.split("; ")) == {"一4 (delete)", "三8 (delete)"}
    assert answer.decisions[1].issue == "温州市人民政府公报 2023年第7期"


def test_sample_status_before_and_after_the_decision(sample_build):
    repealed = document_status("温政办〔2021〕81号", "2023-07-31", build=sample_build)
    assert repealed.status == "in force"
    assert (
        document_status("温政办〔2021〕81号", "2023-08-01", build=sample_build).status == "repealed"
    )
    for number in [
        "温政办〔2021〕61号",
        "温政办〔2021〕69号",
        "温政办〔2021〕73号",
        "温政办〔2022〕2号",
        "温政发〔2021〕27号",
    ]:
        assert document_status(number, "2023-07-31", build=sample_build).status == "in force"
        assert document_status(number, "2023-08-01", build=sample_build).status == "amended"
    cited_only = document_status("温政办〔2017〕52号", "2023-08-01", build=sample_build)
    assert cited_only.status == "unknown"


def test_add_in_any_order_gives_the_same_build(archive, tmp_path):
    stepwise = tmp_path / "stepwise"
    build([AUGUST], out=stepwise, views=False)
    build([sample_issue()], out=stepwise, views=False, add=True)
    build([JULY], out=stepwise, views=False, add=True)
    reverse = tmp_path / "reverse"
    build([AUGUST, JULY, sample_issue()], out=reverse, views=False)
    for name in [
        "graph.ttl",
        "graph.trig",
        "records.jsonl",
        "summary.json",
        "report.txt",
        "manifest.json",
    ]:
        expected = (archive / name).read_bytes()
        assert (stepwise / name).read_bytes() == expected, name
        assert (reverse / name).read_bytes() == expected, name


def test_adding_a_source_again_replaces_its_graph(tmp_path):
    out = tmp_path / "out"
    build([sample_issue()], out=out, views=False)
    before = (out / "graph.trig").read_bytes()
    build([sample_issue()], out=out, views=False, add=True)
    assert (out / "graph.trig").read_bytes() == before
