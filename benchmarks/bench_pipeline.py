"""Time and peak memory of each pipeline stage, for the sample issue and a synthetic archive.

Stages: read, segment, extract, map, validate, serialise (Turtle of the graph + the report).
Each scenario runs in a fresh process so that its peak resident memory is its own; times are
medians over ``--repeat`` warm runs, after imports (the goal is stated for in-process use).

    python benchmarks/bench_pipeline.py                 # sample + 100 synthetic issues
    python benchmarks/bench_pipeline.py --archive 0     # sample only

Goal (README, Speed): the sample issue end to end (extract, map, validate, write Turtle and
report; views excluded) in at most 1 s and 300 MB on a 2-core machine.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

STAGES = ["read", "segment", "extract", "map", "validate", "serialise"]


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_once(paths: list[Path], out: Path) -> tuple[dict[str, float], dict[str, float], int]:
    from kg.extract import extract_source
    from kg.extract.context import detect_government
    from kg.iris import Minter
    from kg.rdf import map_records
    from kg.segment import segment
    from kg.serialize import write_turtle
    from kg.text.source import read
    from kg.validate import validate

    times = dict.fromkeys(STAGES, 0.0)
    memory: dict[str, float] = {}
    minter = Minter()
    triples = 0

    def stage(name: str, function, *args):
        started = time.perf_counter()
        value = function(*args)
        times[name] += time.perf_counter() - started
        memory[name] = peak_mb()
        return value

    for index, path in enumerate(paths):
        source = stage("read", read, path)
        sections = stage("segment", segment, source)
        records = stage("extract", extract_source, source)
        government = detect_government(source, sections)
        graph, _ = stage("map", map_records, records, minter, source.name, government)
        report = stage("validate", validate, graph)
        target = out / f"{index}.ttl"
        stage(
            "serialise",
            lambda g=graph, r=report, t=target: (
                write_turtle(g, t),
                t.with_suffix(".report.txt").write_text(r.to_text()),
            ),
        )
        triples += len(graph)
    return times, memory, triples


def scenario(paths: list[Path], repeat: int) -> dict:
    import kg.validate

    kg.validate.shapes_graph()  # parse the shapes once, as a long-running process would
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(repeat):
            runs.append(run_once(paths, Path(tmp)))
    times = {s: statistics.median(r[0][s] for r in runs) for s in STAGES}
    return {
        "files": len(paths),
        "triples": runs[0][2],
        "seconds": times,
        "total_seconds": sum(times.values()),
        "peak_mb_after": runs[-1][1],
        "peak_mb": peak_mb(),
    }


def child(args: argparse.Namespace) -> None:
    paths = sorted(Path(p) for p in args.paths)
    print(json.dumps(scenario(paths, args.repeat)))


def measure(paths: list[Path], repeat: int) -> dict:
    command = [sys.executable, __file__, "--child", "--repeat", str(repeat), *map(str, paths)]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    return json.loads(done.stdout)


def show(name: str, result: dict) -> None:
    print(f"\n{name}: {result['files']} file(s), {result['triples']} triples")
    print(f"  {'stage':<10}{'seconds':>10}{'peak MB':>10}")
    for stage_name in STAGES:
        print(
            f"  {stage_name:<10}{result['seconds'][stage_name]:>10.3f}"
            f"{result['peak_mb_after'].get(stage_name, 0):>10.0f}"
        )
    print(f"  {'total':<10}{result['total_seconds']:>10.3f}{result['peak_mb']:>10.0f}")


def main() -> None:
    parser = argparse.ArgumentParser(description="pipeline stage times and peak memory")
    parser.add_argument("--archive", type=int, default=100, help="synthetic issues (0: none)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=5, help="runs for the sample (median)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("paths", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return
    sys.path.insert(0, str(Path(__file__).parent))
    from kg.resources import sample_issue

    show("sample issue", measure([sample_issue()], args.repeat))
    if args.archive:
        from generate_issues import write_archive

        with tempfile.TemporaryDirectory() as tmp:
            paths = write_archive(Path(tmp), args.archive, args.seed)
            show(f"synthetic archive (seed {args.seed})", measure(paths, 1))


if __name__ == "__main__":
    main()
