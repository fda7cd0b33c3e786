"""`build --add` asks the previous build's store which graphs hold a subject, and copies it with
the graphs it writes again changed (kg.build.TakenOver.holding_all, kg.store.update_copy): only
a store as the build that wrote it left it beside these graph files (kg.store.stamp) is trusted.
A store with quads taken out or put in behind the build's back, one from a build before stamps
or one copied from another build is neither asked nor copied: the sources are read whole and the
store loaded from the files, and every file is what a full build of the same sources writes.

The sources are the sample (温州市人民政府公报 2023年第6期) and the two follow-up issues of
tests/fixtures/archive (real texts: memberships across issues, a succession, an area served).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

import kg.build as kgbuild
from kg import store
from kg.build import build, graph_digest
from kg.namespaces import RDF
from kg.resources import sample_issue
from tests.test_build_add_files import AUGUST, JULY, _files, full  # noqa: F401 (a fixture)


def _trusted(out: Path) -> bool:
    return store.stamped(out / "store", graph_digest((out / "graph.trig").read_bytes()))


@pytest.fixture
def copies(monkeypatch) -> list:
    """Each previous store update_copy was asked to copy."""
    calls: list = []
    inner = store.update_copy

    def spy(previous, *args):
        calls.append(previous)
        return inner(previous, *args)

    monkeypatch.setattr(store, "update_copy", spy)
    return calls


def _two(tmp_path: Path) -> Path:
    """A build of the sample and August, whose store the build trusts."""
    out = tmp_path / "out"
    build([sample_issue(), AUGUST], out=out, views=False)
    assert _trusted(out)
    return out


def _graph(out: Path, source: Path) -> ox.NamedNode:
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    (entry,) = [e for e in manifest["sources"] if e["file"] == source.name]
    return ox.NamedNode(entry["graph"])


def _add_july_reading_whole(out: Path, full_build: Path, copies: list) -> None:
    """July added to ``out`` without copying its store: every file as the full build's."""
    build([JULY], out=out, views=False, add=True)
    assert copies == []
    assert _files(out) == _files(full_build)


def test_a_trusted_store_is_copied_and_the_new_one_stamped(full, tmp_path, copies):  # noqa: F811
    out = _two(tmp_path)
    build([JULY], out=out, views=False, add=True)
    assert len(copies) == 1
    assert _trusted(out)
    assert _files(out) == _files(full)


def test_quads_taken_out_of_the_store_behind_the_builds_back(full, tmp_path, copies):  # noqa: F811
    """Every quad of a person of the sample taken out of the store (its graph and the union):
    a copy of that store would lack them, and the store would say no graph holds the person."""
    out = _two(tmp_path)
    graph = _graph(out, sample_issue())
    db = ox.Store(str(out / "store"))
    person = next(
        q.subject
        for q in db.quads_for_pattern(None, None, None, graph)
        if q.predicate.value == str(RDF.type) and q.object.value.endswith("Person")
    )
    gone = list(db.quads_for_pattern(person, None, None, None))
    assert len(gone) > 2
    for quad in gone:
        db.remove(quad)
    db.flush()
    del db
    assert not _trusted(out)
    _add_july_reading_whole(out, full, copies)
    assert _trusted(out)


def test_quads_put_in_the_store_behind_the_builds_back(full, tmp_path, copies):  # noqa: F811
    """A quad of the sample's graph put in August's too (and one the files do not hold at all):
    the copy would keep both in the new store."""
    out = _two(tmp_path)
    graph = _graph(out, sample_issue())
    db = ox.Store(str(out / "store"))
    august = _graph(out, AUGUST)
    quad = next(iter(db.quads_for_pattern(None, None, None, graph)))
    db.add(ox.Quad(quad.subject, quad.predicate, quad.object, august))
    db.add(ox.Quad(quad.subject, quad.predicate, ox.Literal("2023"), ox.DefaultGraph()))
    db.flush()
    del db
    assert not _trusted(out)
    _add_july_reading_whole(out, full, copies)


def test_a_store_without_a_stamp_or_from_another_build(full, tmp_path, copies):  # noqa: F811
    """A store written before stamps (its stamp taken away), and the store of another build
    (the sample and August) beside the files of a build of August alone, are not trusted."""
    out = _two(tmp_path)
    (out / "store" / store.STAMP).unlink()
    _add_july_reading_whole(out, full, copies)

    other = tmp_path / "august"
    build([AUGUST], out=other, views=False)
    shutil.rmtree(other / "store")
    shutil.copytree(tmp_path / "out" / "store", other / "store")
    assert not _trusted(other)
    build([sample_issue(), JULY], out=other, views=False, add=True)
    assert copies == []
    assert _files(other) == _files(full)


def test_an_untrusted_store_is_not_asked(tmp_path):
    """Without a store to trust, which graphs hold a subject is not asked (the build then reads
    the sources taken over whole), whatever the store there would answer."""
    out = _two(tmp_path)
    previous, _, _ = kgbuild.load_previous(out, read_quads=False)
    trig = (out / "graph.trig").read_bytes()
    taken = kgbuild.TakenOver.open(trig, previous, None)
    assert taken is not None
    with pytest.raises(kgbuild.TakenOver.Unavailable):
        taken.holding(ox.NamedNode(str(previous[0].graph_iri)))
    asked = kgbuild.TakenOver.open(trig, previous, out / "store")
    assert asked is not None and asked.holding(ox.NamedNode(str(previous[0].graph_iri))) == []
