"""Atomic writes: the old file or the complete new one, never a part."""

from __future__ import annotations

import pytest

from kg import atomic


def test_write_text_replaces_whole_file_as_utf8(tmp_path):
    path = tmp_path / "out.ttl"
    atomic.write_text(path, "旧")
    atomic.write_text(path, "新的内容")
    assert path.read_bytes() == "新的内容".encode()
    assert not list(tmp_path.glob(atomic.TMP_PREFIX + "*"))


def test_failed_folder_build_leaves_old_folder(tmp_path):
    target = tmp_path / "out"
    with atomic.replace_dir(target) as staging:
        (staging / "graph.ttl").write_text("old")
    with pytest.raises(RuntimeError), atomic.replace_dir(target) as staging:
        (staging / "graph.ttl").write_text("half")
        raise RuntimeError("interrupted")
    assert (target / "graph.ttl").read_text() == "old"
    assert not list(tmp_path.glob(atomic.TMP_PREFIX + "*"))


def test_leftovers_are_cleaned(tmp_path):
    (tmp_path / (atomic.TMP_PREFIX + "abc")).mkdir()
    (tmp_path / (atomic.TMP_PREFIX + "def")).write_text("x")
    (tmp_path / "keep.txt").write_text("x")
    removed = atomic.clean_leftovers(tmp_path)
    assert len(removed) == 2
    assert [p.name for p in tmp_path.iterdir()] == ["keep.txt"]
