"""The README's promises: every command is documented, every example in its tour runs, and the
example SPARQL query answers what it says."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pyoxigraph as ox

from kg.cli import COMMANDS, main

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")


def _blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, flags=re.S)


def test_readme_starts_with_the_two_commands():
    first = _blocks("sh")[0].splitlines()
    assert len(first) == 2
    assert first[0].split("#")[0].strip().endswith("gazette-kg build")
    assert "pytest" in first[1].split("#")[0]


def test_every_command_is_documented():
    for name in COMMANDS:
        assert f"| `{name}" in README, f"{name} is missing from the README's command table"


def _tour() -> list[list[str]]:
    lines = [ln for block in _blocks("sh")[1:] for ln in block.splitlines()]
    return [shlex.split(ln, comments=True)[1:] for ln in lines if ln.startswith("gazette-kg ")]


def test_the_tour_runs(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["build"]) == 0
    examples = _tour()
    assert len(examples) >= 8
    for argv in examples:
        assert main(argv) == 0, argv
        out = capsys.readouterr().out
        if argv[0] in ("extract", "query", "status"):
            assert out.strip(), f"{argv} printed nothing"
    assert (tmp_path / "bureau.html").is_file()
    assert (tmp_path / "open-data" / "catalog.ttl").is_file()


def test_the_example_query(sample_build):
    (query,) = _blocks("sparql")
    store = ox.Store.read_only(str(sample_build / "store"))
    rows = sorted(tuple(t.value if t else None for t in row) for row in store.query(query))
    # 余海燕 appointed in June, still in post; 程鸿伟 removed in June, appointed before the archive.
    assert rows == [
        ("余海燕", "温州市司法局副局长", "2023-06", None),
        ("程鸿伟", "温州市司法局副局长", None, "2023-06"),
    ]
