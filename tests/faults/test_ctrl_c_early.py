"""Ctrl-C however early in `gazette-kg` (issue 16, case 6): from the first line of gazette-kg's own
code, a SIGINT is the one error line and exit 130, never a traceback, never ignored.

The clock starts when the package `kg` has been imported (the console script's `from kg.cli import
main` imports it first, then kg.cli, whose first statements install the handler), as
`-X importtime` reports it. Before that the interpreter is starting (its `site` module, the
environment's .pth files, the script's path): no code of ours runs there, and CPython's own
behaviour applies (README, exit codes). The delays cover kg.cli's first lines, the import of the
build's libraries and the start of the build."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

from kg.cli import EXIT_INTERRUPTED, INTERRUPTED

SCRIPT = Path(sys.executable).with_name("gazette-kg")
DELAYS = (0.0, 0.001, 0.01, 0.03, 0.1, 0.25, 0.5)  # seconds after `kg` has been imported


def _interrupt_after_kg(delay: float, out: Path) -> tuple[int, str]:
    proc = subprocess.Popen(
        [sys.executable, "-X", "importtime", str(SCRIPT), "build", "--no-views", "--out", str(out)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        # as from a terminal: a runner started in the background passes SIGINT on ignored, and a
        # program that inherits it ignored keeps ignoring it (as Python does, as it should)
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert proc.stderr is not None
    for line in proc.stderr:  # one line per import, as it completes
        if line.startswith("import time:") and line.rsplit("|", 1)[-1].strip() == "kg":
            break
    else:
        raise AssertionError("no import of `kg` seen")
    time.sleep(delay)
    proc.send_signal(signal.SIGINT)
    rest = proc.stderr.read()
    proc.wait(timeout=30)
    said = [ln for ln in rest.splitlines() if not ln.startswith("import time:")]
    return proc.returncode, "\n".join(said)


def test_ctrl_c_from_gazette_kgs_first_line_on_is_one_line_and_exit_130(tmp_path):
    assert SCRIPT.exists(), "gazette-kg is not installed beside the interpreter"
    for delay in DELAYS:
        code, said = _interrupt_after_kg(delay, tmp_path / "out")
        assert "Traceback" not in said, f"SIGINT {delay} s after kg: {said[-800:]}"
        assert said == INTERRUPTED, f"SIGINT {delay} s after kg: {said!r}"
        assert code == EXIT_INTERRUPTED, f"SIGINT {delay} s after kg: exit {code}"
        assert not (tmp_path / "out").exists()
