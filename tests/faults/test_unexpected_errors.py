"""What the command line does with an error no command reports itself (issue 16, exit codes): an
OSError is one line naming the file and exit 2; any other exception is a bug, shown with its
traceback, and exit 70, never 1 (which says the graph is invalid)."""

from __future__ import annotations

import pytest

from kg import cli
from kg.errors import EXIT_INTERNAL, EXIT_USAGE


def test_an_output_folder_that_cannot_be_made_is_one_line_and_exit_2(tmp_path, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder\n", encoding="utf-8")
    code = cli.main(["build", "--no-views", "--out", str(blocker / "out")])
    err = capsys.readouterr().err
    assert code == EXIT_USAGE
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {blocker}"), lines
    assert blocker.read_text(encoding="utf-8") == "not a folder\n"


def test_a_bug_is_its_traceback_and_exit_70(monkeypatch, capsys):
    from kg.commands import status

    def broken(args):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(status, "run", broken)
    code = cli.main(["status", "anything"])
    err = capsys.readouterr().err
    assert code == EXIT_INTERNAL != 1
    assert "Traceback" in err and "ZeroDivisionError: a bug" in err
    assert err.strip().splitlines()[-1].startswith("error: internal error in gazette-kg")


@pytest.mark.parametrize("debug", [[], ["--debug"]])
def test_debug_adds_the_traceback_of_an_os_error(tmp_path, capsys, debug):
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    code = cli.main(["build", "--no-views", "--out", str(blocker / "out"), *debug])
    err = capsys.readouterr().err
    assert code == EXIT_USAGE
    assert ("Traceback" in err) == bool(debug)
