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


def test_leftovers_of_a_run_still_going_on_are_kept(tmp_path):
    # two builds writing beside each other (gazette-kg build --out a/x and --out a/y at once):
    # the second's start must not remove the first's staging folder
    import subprocess
    import sys

    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        running = tmp_path / f"{atomic.TMP_PREFIX}{other.pid}-staging"
        running.mkdir()
        (running / "graph.ttl").write_text("half written")
        mine = tmp_path / f"{atomic.TMP_PREFIX}{__import__('os').getpid()}-mine"
        mine.mkdir()
        assert atomic.clean_leftovers(tmp_path) == []
        assert (running / "graph.ttl").read_text() == "half written"
    finally:
        other.kill()
        other.wait()
    # once that run is gone, what it left is a leftover like any other
    assert atomic.clean_leftovers(tmp_path) == [running]
    assert mine.is_dir()


def test_temporaries_carry_the_writing_process(tmp_path):
    import os

    with atomic.replace_dir(tmp_path / "out") as staging:
        assert staging.name.startswith(f"{atomic.TMP_PREFIX}{os.getpid()}-")
