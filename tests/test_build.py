"""The build folder: complete, deterministic, atomic; exit codes as documented."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from kg.build import build
from kg.cli import main
from kg.errors import InputError

OUTPUTS = [
    "graph.ttl",
    "graph.trig",
    "report.txt",
    "report.ttl",
    "summary.txt",
    "summary.json",
    "records.jsonl",
    "manifest.json",
]


def test_sample_build_writes_every_output(tmp_path):
    out = tmp_path / "out"
    result = build(out=out, views=False)
    for name in OUTPUTS:
        assert (out / name).is_file(), name
    assert (out / "store").is_dir()
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["sources"][0]["file"] == "wenzhou-gazette-2023-06.txt"
    assert manifest["base_iri_is_placeholder"] is True
    assert result.summary["sources"] == ["wenzhou-gazette-2023-06.txt"]


def _build_in_subprocess(out, seed):
    env = {**os.environ, "PYTHONHASHSEED": str(seed)}
    code = f"from kg.build import build; build(out={str(out)!r})"
    subprocess.run([sys.executable, "-c", code], check=True, env=env)


def test_build_is_byte_identical_across_runs_and_hash_seeds(tmp_path):
    _build_in_subprocess(tmp_path / "a", 0)
    _build_in_subprocess(tmp_path / "b", 1)
    for name in OUTPUTS:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


def test_failed_build_leaves_previous_outputs(tmp_path):
    out = tmp_path / "out"
    build(out=out, views=False)
    before = (out / "graph.ttl").read_bytes()
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01binary")
    with pytest.raises(InputError):
        build([bad], out=out)
    assert (out / "graph.ttl").read_bytes() == before


def test_base_iri_option(tmp_path):
    out = tmp_path / "out"
    build(out=out, base_iri="https://data.example.gov.cn/id/", views=False)
    assert "https://data.example.gov.cn/id/" in (out / "graph.ttl").read_text(encoding="utf-8")
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["base_iri_is_placeholder"] is False


def test_cli_exit_codes(tmp_path, capsys):
    assert main(["build", "--out", str(tmp_path / "o"), "--no-views"]) == 0
    assert main(["build", str(tmp_path / "missing.txt"), "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err
    assert "error: " in err and "missing.txt" in err
    assert main(["build", "--base-iri", "not an iri", "--out", str(tmp_path / "o")]) == 2
    assert main([]) == 2


def test_validate_command_exit_codes(tmp_path, capsys):
    broken = tmp_path / "broken.ttl"
    broken.write_text("<a> <b> .\n", encoding="utf-8")
    assert main(["validate", str(broken)]) == 2
    assert "broken.ttl" in capsys.readouterr().err


def test_a_text_with_nothing_recognised_is_refused_and_the_build_kept(tmp_path, capsys):
    out = tmp_path / "out"
    build(out=out, views=False)
    before = (out / "graph.ttl").read_bytes()
    chatter = tmp_path / "chatter.txt"
    chatter.write_text("今天天气很好，我们去公园散步吧。\n", encoding="utf-8")
    assert main(["build", str(chatter), "--out", str(out), "--no-views"]) == 2
    assert "nothing recognised" in capsys.readouterr().err
    assert (out / "graph.ttl").read_bytes() == before


def test_folders_are_searched_recursively(tmp_path):
    from kg.build import resolve_inputs

    (tmp_path / "2023" / "07").mkdir(parents=True)
    (tmp_path / "2023" / "07" / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "b.txt").write_text("x", encoding="utf-8")
    assert [p.name for p in resolve_inputs([tmp_path])] == ["a.txt", "b.txt"]
