"""Start-up cost of the command line: CPU seconds of `gazette-kg --help`, `gazette-kg query
--list` and other commands' --help, each as a ratio to the bare interpreter (`python -c pass`).

Each command runs ``--runs`` times in a fresh process; the figure is the median of the child's
user + system CPU seconds (resource.getrusage(RUSAGE_CHILDREN)), which other work on the machine
changes less than wall time. Peak RSS (the largest of the runs) is printed beside it.

    python benchmarks/startup.py             # the table
    python benchmarks/startup.py --runs 21   # steadier medians

Goal (issue 13): `--help` and `query --list` at most 6 × the CPU of `python -c pass`.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

GOAL = 6.0
# the installed console script, as a user runs it (python -m kg.cli where it is not installed)
_SCRIPT = Path(sys.executable).with_name("gazette-kg")
CLI = [str(_SCRIPT)] if _SCRIPT.is_file() else ["-m", "kg.cli"]
# (label, argv after the interpreter, goal applies); the first is the baseline
CASES = [
    ("python -c pass", ["-c", "pass"], False),
    ("gazette-kg --help", [*CLI, "--help"], True),
    ("gazette-kg query --list", [*CLI, "query", "--list"], True),
    ("gazette-kg query --help", [*CLI, "query", "--help"], False),
    ("gazette-kg build --help", [*CLI, "build", "--help"], False),
    ("gazette-kg view --help", [*CLI, "view", "--help"], False),
]


def measure(argv: list[str], runs: int) -> tuple[float, float, float]:
    """Median CPU seconds, median wall seconds and the largest peak RSS (MB) of ``runs`` runs."""
    cpus, walls, peak = [], [], 0.0
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        pid = subprocess.Popen(
            [sys.executable, *argv], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        ).pid
        _, status, usage = os.wait4(pid, 0)
        walls.append(time.perf_counter() - start)
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"{' '.join(argv)} failed")
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        peak = max(peak, usage.ru_maxrss / 1024)
    return statistics.median(cpus), statistics.median(walls), peak


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=11, help="runs per command (default 11)")
    args = parser.parse_args()
    print(f"# {sys.executable}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}")
    print(f"{'command':<26} {'CPU s':>7} {'wall s':>7} {'peak MB':>8} {'× python':>9}")
    base = None
    missed = []
    for label, argv, goal in CASES:
        cpu, wall, peak = measure(argv, args.runs)
        base = base or cpu
        ratio = cpu / base
        mark = ""
        if goal:
            mark = "  ok" if ratio <= GOAL else f"  over the {GOAL:g}× goal"
            if ratio > GOAL:
                missed.append(label)
        print(f"{label:<26} {cpu:7.3f} {wall:7.3f} {peak:8.1f} {ratio:8.1f}×{mark}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
