"""`build --add` writes graph.trig and graph.ttl by splicing the graphs it writes again into the
previous build's files (kg.serialize.spliced_graph_files): every file must be byte for byte what a
full build of the same sources writes, and the previous files are used only where they are what
the writers make of the previous quads.

The sources are the sample (温州市人民政府公报 2023年第6期) and the two follow-up issues of
tests/fixtures/archive (real texts: memberships across issues, a succession, an area served).
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

import kg.build as kgbuild
from kg.build import build
from kg.namespaces import ORG, RDF, SDO
from kg.resources import sample_issue
from tests.conftest import FIXTURES

JULY = FIXTURES / "archive" / "wenzhou-2023-07.txt"
AUGUST = FIXTURES / "archive" / "wenzhou-2023-08.txt"


def _files(folder: Path) -> dict[str, str]:
    """sha256 of every file of a build folder; the store as its sorted N-Quads."""
    out = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and "store" not in path.relative_to(folder).parts:
            out[str(path.relative_to(folder))] = hashlib.sha256(path.read_bytes()).hexdigest()
    dump = ox.Store.read_only(str(folder / "store")).dump(format=ox.RdfFormat.N_QUADS)
    out["store (sorted N-Quads)"] = hashlib.sha256(
        b"\n".join(sorted(dump.splitlines()))
    ).hexdigest()
    return out


@pytest.fixture(scope="module")
def full(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("full") / "out"
    build([sample_issue(), JULY, AUGUST], out=out, views=False)
    return out


@pytest.fixture
def spliced(monkeypatch) -> list:
    """What spliced_graph_files returned on each call (None: the files were written whole)."""
    calls: list = []
    inner = kgbuild.spliced_graph_files

    def spy(*args, **kwargs):
        calls.append(inner(*args, **kwargs))
        return calls[-1]

    monkeypatch.setattr(kgbuild, "spliced_graph_files", spy)
    return calls


def test_add_of_an_issue_splices_and_writes_what_the_full_build_writes(full, tmp_path, spliced):
    out = tmp_path / "out"
    build([sample_issue(), AUGUST], out=out, views=False)
    build([JULY], out=out, views=False, add=True)
    assert len(spliced) == 1 and spliced[0] is not None  # the previous files were spliced
    assert _files(out) == _files(full)
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["triples"] == json.loads((full / "summary.json").read_text())["triples"]


def test_adds_one_by_one_and_a_source_replaced_give_the_full_build(full, tmp_path, spliced):
    out = tmp_path / "out"
    build([AUGUST], out=out, views=False)
    build([sample_issue()], out=out, views=False, add=True)
    build([JULY], out=out, views=False, add=True)
    assert _files(out) == _files(full)
    build([JULY], out=out, views=False, add=True)  # the same issue again: its graph replaced
    assert _files(out) == _files(full)
    # the first add writes the files whole: the sample's facts use vocabularies (so prefixes)
    # August's do not, and a prefix more changes every block
    assert len(spliced) == 3 and spliced[0] is None and None not in spliced[1:]


def test_previous_files_not_as_the_writers_make_them_are_written_whole(full, tmp_path, spliced):
    """A previous graph.trig whose derived-facts graph is not what the writer makes of its quads
    (here: its last subject block's blank line taken out) is not spliced into: the files are
    written whole, as the full build writes them."""
    out = tmp_path / "out"
    build([sample_issue(), AUGUST], out=out, views=False)
    derived = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["derived_graph"]
    trig = (out / "graph.trig").read_bytes()
    start = trig.index(f"<{derived}> {{".encode())
    end = trig.index(b"\n}", start)
    block = trig[start:end]
    cut = block.rindex(b"\n\n\t")
    (out / "graph.trig").write_bytes(trig[:start] + block[:cut] + block[cut + 1 :] + trig[end:])
    build([JULY], out=out, views=False, add=True)
    assert spliced == [None]
    assert _files(out) == _files(full)


@pytest.fixture
def whole_reads(monkeypatch) -> list:
    """Each time graph.trig was parsed whole (a source taken over read whole)."""
    calls: list = []
    inner = kgbuild._trig_quads

    def spy(trig):
        calls.append(len(trig))
        return inner(trig)

    monkeypatch.setattr(kgbuild, "_trig_quads", spy)
    monkeypatch.setattr(kgbuild, "read_graph_quads", lambda *a: pytest.fail("read whole"))
    return calls


def test_add_reads_the_sources_taken_over_only_where_needed(full, tmp_path, whole_reads, spliced):
    """`build --add` without views does not parse the previous graph.trig whole: the memberships
    and the succession across the three issues, derived again, come out as the full build's."""
    out = tmp_path / "out"
    build([sample_issue(), AUGUST], out=out, views=False)
    build([JULY], out=out, views=False, add=True)
    assert whole_reads == []
    assert spliced[0] is not None
    assert _files(out) == _files(full)
    derived = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["derived_graph"]
    succeeds = "https://w3id.org/gazette-kg/ontology#succeeds"
    quads = ox.parse(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG)
    assert any(q.graph_name.value == derived and q.predicate.value == succeeds for q in quads)


def test_a_subject_read_from_its_block_is_what_a_whole_read_gives(tmp_path):
    """Every subject of every source of the sample and the two issues, read by TakenOver from its
    block of graph.trig, has the quads a whole read of graph.trig gives it, in the same order;
    TakenOver.find finds every subject with a quad of the predicate or class sought."""
    out = tmp_path / "out"
    build([sample_issue(), JULY, AUGUST], out=out, views=False)
    previous, _, others = kgbuild.load_previous(out)
    assert others
    whole = {str(item.graph_iri): item.quads for item in previous}
    taken = kgbuild.TakenOver.open((out / "graph.trig").read_bytes(), previous, out / "store")
    assert taken is not None
    subjects = {q.subject for quads in whole.values() for q in quads}
    for subject in subjects:
        pairs = taken.holding(subject)
        read = taken.subject_quads(pairs)
        for (graph, _), quads in read.items():
            assert quads == [q for q in whole[graph.value] if q.subject == subject]
        assert {g.value for g, _ in pairs} == {
            name for name, quads in whole.items() if any(q.subject == subject for q in quads)
        }
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    person = ox.NamedNode("http://xmlns.com/foaf/0.1/Person")
    action = "https://w3id.org/gazette-kg/ontology#personnelAction"
    found = taken.find([action, person.value])
    for name, quads in whole.items():
        for q in quads:
            if q.predicate.value == action or (q.predicate == rdf_type and q.object == person):
                assert (ox.NamedNode(name), q.subject) in found
    assert taken.typed(person) == {
        q.subject
        for quads in whole.values()
        for q in quads
        if q.predicate == rdf_type and q.object == person
    }
    assert taken.typed(person)  # the sample names people


def test_add_derives_again_only_what_the_added_issue_touches(full, tmp_path, monkeypatch):
    """`build --add` keeps the previous derived facts that the added issue's facts do not touch
    (kg.build.added_derived_facts): adding July to the sample and August derives again the
    memberships of the posts July's facts link to (10 of the 19: its own, and the holdings across
    issues its changes open or close, the succession among them) and the areas served of the
    organisations it names (1 of 12), and every file is the full build's; so after a source is
    replaced by itself."""
    derived: list[tuple[int, int]] = []
    inner = kgbuild.derive.derive_from_union

    def spy(union, minter=None):
        graph = inner(union, minter)
        memberships = set(graph.subjects(RDF.type, ORG.Membership))
        derived.append((len(memberships), len(set(graph.triples((None, SDO.areaServed, None))))))
        return graph

    monkeypatch.setattr(kgbuild.derive, "derive_from_union", spy)
    out = tmp_path / "out"
    build([sample_issue(), AUGUST], out=out, views=False)
    derived.clear()
    build([JULY], out=out, views=False, add=True)
    assert derived == [(10, 1)]
    assert _files(out) == _files(full)
    full_trig = (full / "graph.trig").read_text(encoding="utf-8")
    assert full_trig.count(" a org:Membership ;") == 19
    assert full_trig.count("schema:areaServed") == 12
    derived.clear()
    build([JULY], out=out, views=False, add=True)  # replaced by itself
    assert len(derived) == 1 and derived[0][0] < 19
    assert _files(out) == _files(full)


def test_records_of_the_sources_taken_over_are_the_previous_lines(tmp_path):
    """records.jsonl's lines of the sources `build --add` takes over are the previous file's
    (kg.build.previous_records), each source's own; a file that does not match the caches'
    records is not used (the lines are dumped from the records again)."""
    out = tmp_path / "out"
    build([sample_issue(), AUGUST], out=out, views=False)
    previous, _, _ = kgbuild.load_previous(out, read_quads=False)
    lines = kgbuild.previous_records(out, previous)
    assert lines is not None
    text = (out / "records.jsonl").read_text(encoding="utf-8")
    assert "".join(line for item in previous for line in lines[item.graph_iri]) == text
    for item in previous:
        assert [json.loads(line) for line in lines[item.graph_iri]] == item.records_json
    (out / "records.jsonl").write_text(text.split("\n", 1)[1], encoding="utf-8")
    assert kgbuild.previous_records(out, previous) is None


def test_without_the_previous_store_the_sources_taken_over_are_read_whole(full, tmp_path, spliced):
    """TakenOver asks the previous store which graphs hold a subject; a build folder whose store
    is gone gets the sources taken over read whole instead (and its store loaded from the files):
    every file is still the full build's."""
    out = tmp_path / "out"
    build([sample_issue(), AUGUST], out=out, views=False)
    shutil.rmtree(out / "store")
    build([JULY], out=out, views=False, add=True)
    assert _files(out) == _files(full)
