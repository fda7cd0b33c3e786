"""Start-up: `--help` and `query --list` import none of the heavy libraries, and Ctrl-C while a
command's modules are imported is one error line and exit 130, not a traceback.

Speed itself is measured by benchmarks/startup.py, not here."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

import pytest

from kg.cli import EXIT_INTERRUPTED, INTERRUPTED

HEAVY = ("rdflib", "pyshacl", "pyvis", "IPython", "networkx", "jinja2", "kg.build", "kg.views")

_SHOW_MODULES = """
import sys
from kg.cli import main
try:
    main(sys.argv[1:])
except SystemExit:  # --help
    pass
print("\\nMODULES", *sorted(sys.modules))
"""


@pytest.mark.parametrize(
    "argv", [["--help"], ["query", "--list"], ["build", "--help"], ["view", "--help"]]
)
def test_light_commands_import_no_heavy_library(argv):
    run = subprocess.run(
        [sys.executable, "-c", _SHOW_MODULES, *argv], capture_output=True, text=True, check=False
    )
    modules = set(run.stdout.rsplit("MODULES", 1)[1].split())
    assert "kg.cli" in modules
    loaded = [name for name in HEAVY if name in modules]
    assert not loaded, f"gazette-kg {' '.join(argv)} imported {loaded}"


def test_view_help_lists_the_views_kg_views_registers():
    """`view --help` reads the views' names and help lines from kg.view_names, without kg.views'
    libraries: they are the registries' own, in the registries' order."""
    from kg.view_names import PAGE_HELP, VIEW_HELP
    from kg.views import PAGES, VIEWS

    assert list(VIEW_HELP) == list(VIEWS) and list(PAGE_HELP) == list(PAGES)
    assert all(VIEWS[name].help == text for name, text in VIEW_HELP.items())
    assert all(PAGES[name].help == text for name, text in PAGE_HELP.items())


def test_the_full_parser_still_declares_every_command():
    from kg.cli import COMMANDS, make_parser

    parser = make_parser()
    for name in COMMANDS:
        args = parser.parse_args([name, *_minimal(name)])
        assert args.command == name and callable(args._run)


def _minimal(name: str) -> list[str]:
    return {"view": ["overview"], "status": ["X"], "push": ["--endpoint", "http://h/q"]}.get(
        name, []
    )


_IMPORTTIME_CLI = [sys.executable, "-X", "importtime", "-m", "kg.cli"]


def test_ctrl_c_while_a_command_imports_is_one_line_and_exit_130(tmp_path):
    """SIGINT at several moments after kg.cli is loaded, while `build` imports the pipeline (about
    a second here) and starts: never a traceback, always the one line and 130."""
    for delay in (0.0, 0.15, 0.4):
        proc = subprocess.Popen(
            [*_IMPORTTIME_CLI, "build", "--no-views", "--out", str(tmp_path / "out")],
            stderr=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            text=True,
            # a test runner started in the background ignores SIGINT, and its children inherit
            # that (a shell's job control); the program is tested as a terminal starts it
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        )
        lines = []
        for line in proc.stderr:  # -X importtime: one line per import, as it completes
            lines.append(line)
            if line.split("|")[-1].strip() == "kg.errors":  # kg.cli's last import: main() next
                break
        time.sleep(delay)
        proc.send_signal(signal.SIGINT)
        rest = proc.stderr.read()
        proc.wait(timeout=60)
        said = [ln for ln in rest.splitlines() if not ln.startswith("import time:")]
        assert "Traceback" not in rest, f"after {delay} s: {rest[-800:]}"
        assert said == [INTERRUPTED], f"after {delay} s: {said}"
        assert proc.returncode == EXIT_INTERRUPTED
        assert not (tmp_path / "out").exists()
