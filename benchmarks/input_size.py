"""Cost against input size: is `gazette-kg extract` (or `build`) linear in the size of one input?

    python benchmarks/input_size.py                          # extract: 1 and 10 MB, both shapes
    python benchmarks/input_size.py --mb 1 --mb 10 --mb 50   # up to 50 MB
    python benchmarks/input_size.py --build --mb 1 --mb 10   # the whole build, --no-views

Inputs are made from the bundled sample (a real issue, 207 KB): "lines" repeats it as it is;
"one-line" turns its line breaks into spaces first, as a web copy that lost them (issue 16, case
1). Each run is a fresh process; the figures are that child's own CPU seconds (user + system)
and peak resident memory (from wait4), with wall time beside them (the machine is shared), and
CPU seconds per MB, which stays flat when the cost is linear. With --build the child is
benchmarks/archive.py's timed build (kg.build.build with views off, as `build --no-views`), which
also charges each CPU second to a stage (extract, map, SHACL, ...): the stages' seconds per MB
show which one grows faster than the input, and the graph's triples are printed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SAMPLE = ROOT / "kg" / "data" / "wenzhou-gazette-2023-06.txt"
EXE = Path(sys.executable).with_name("gazette-kg")


def make_input(folder: Path, megabytes: float, shape: str) -> Path:
    text = SAMPLE.read_text(encoding="utf-8")
    if shape == "one-line":
        text = text.replace("\n", " ")
    size = int(megabytes * 1_000_000)
    data = text.encode("utf-8")
    copies = -(-size // len(data))
    body = (text * copies).encode("utf-8")[:size].decode("utf-8", errors="ignore")
    path = folder / f"{shape}-{megabytes:g}mb.txt"
    path.write_text(body + ("\n" if shape == "lines" else ""), encoding="utf-8")
    return path


def run(argv: list[str]) -> tuple[float, float, float, int, str]:
    """(wall s, CPU s, peak RSS MB, exit code, stdout) of one child process."""
    started = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        child = subprocess.Popen(argv, stdout=out, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - started
        out.seek(0)
        said = out.read().decode("utf-8", errors="replace")
    code = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, code, said


STAGES = ["read", "extract", "map", "SHACL", "derived facts", "union", "serialize", "store"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", action="append", type=float, help="input size (repeatable)")
    parser.add_argument("--shape", action="append", choices=["lines", "one-line"])
    parser.add_argument("--command", choices=["extract", "build"], default="extract")
    parser.add_argument("--build", action="store_true", help="the same as --command build")
    args = parser.parse_args(argv)
    command = "build" if args.build else args.command
    sizes = args.mb or [1.0, 10.0]
    shapes = args.shape or ["lines", "one-line"]
    print(f"gazette-kg {command}, input made from {SAMPLE.name}; one fresh process a run")
    header = f"{'shape':9} {'MB':>5} {'wall s':>8} {'CPU s':>8} {'CPU s/MB':>9} {'peak MB':>8} exit"
    if command == "build":
        header += f" {'triples':>9}  CPU s/MB by stage: " + ", ".join(STAGES) + ", other"
    print(header)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for shape in shapes:
            for megabytes in sizes:
                path = make_input(folder, megabytes, shape)
                out = folder / f"out-{shape}-{megabytes:g}"
                if command == "extract":
                    argv_ = [str(EXE), "extract", str(path)]
                else:
                    argv_ = [sys.executable, str(HERE / "archive.py"), "--child-build"]
                    argv_ += [str(out), str(path)]
                wall, cpu, peak, code, said = run(argv_)
                line = (
                    f"{shape:9} {megabytes:>5g} {wall:>8.1f} {cpu:>8.1f} {cpu / megabytes:>9.1f}"
                    f" {peak:>8.0f} {code:>4}"
                )
                if command == "build" and code == 0:
                    timed = json.loads(said.strip().splitlines()[-1])
                    stages = timed["stages"]
                    known = sum(stages.get(s, 0.0) for s in STAGES)
                    other = timed["build_cpu"] - known
                    per_mb = [stages.get(s, 0.0) / megabytes for s in STAGES] + [other / megabytes]
                    line += f" {timed['triples']:>9}  " + " ".join(f"{x:.1f}" for x in per_mb)
                print(line, flush=True)
                path.unlink()
                shutil.rmtree(out, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
