"""The progress bar: drawn on a terminal when asked for, never elsewhere (logs, pipes, tests)."""

from __future__ import annotations

import fcntl
import os
import select
import struct
import subprocess
import sys
import termios

from kg.progress import Progress, progress

_DRAW = """
import time
from kg.progress import progress
with progress("build") as bar:
    bar.start(3, enabled={enabled})
    for name in ("a.txt", "b.txt", "c.txt"):
        time.sleep(0.12)  # tqdm redraws at most every 0.1 s
        bar.step(name)
print("done", file=__import__("sys").stderr)
"""


def _on_a_terminal(code: str) -> str:
    """What ``code`` writes to stderr when stderr is a terminal (a pty of 100 columns)."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    proc = subprocess.Popen([sys.executable, "-c", code], stderr=slave, stdout=subprocess.DEVNULL)
    os.close(slave)
    out = b""
    while True:
        ready, _, _ = select.select([master], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            out += chunk
        elif proc.poll() is not None:
            break
    proc.wait(timeout=30)
    os.close(master)
    return out.decode("utf-8", "replace")


def test_a_bar_on_a_terminal_cleared_at_the_end():
    said = _on_a_terminal(_DRAW.format(enabled=True))
    assert "build:" in said and "3/3" in said and "c.txt" in said
    # cleared: the line after the bar starts at a blank line, not after the bar's text
    assert said.rstrip().endswith("done")
    last_bar = said.rindex("3/3")
    assert "\r" + " " * 10 in said[last_bar:]


def test_no_bar_on_a_terminal_when_the_work_is_short():
    assert _on_a_terminal(_DRAW.format(enabled=False)).strip() == "done"


def test_no_bar_when_stderr_is_not_a_terminal(capsys):
    with progress("build") as bar:
        bar.start(3, enabled=True)
        bar.step("a.txt")
        assert bar._bar is None
    assert capsys.readouterr().err == ""


def test_closed_however_the_work_ends():
    bar = Progress("build")
    try:
        with progress("build") as bar:
            raise KeyboardInterrupt
    except KeyboardInterrupt:
        pass
    assert bar._bar is None
