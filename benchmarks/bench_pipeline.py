"""Time and peak memory of each pipeline stage, for the sample issue and a synthetic archive.

Stages: read, segment, extract, map, validate, serialise (Turtle of the graph + the report).
Each scenario runs in a fresh process so that its peak resident memory is its own; times are
medians over ``--repeat`` runs after imports (the goal is stated for in-process use), each run
starting with empty memo caches as a fresh process would. Wall-clock seconds depend on what else
the machine runs, so CPU seconds of the process are given too, and the load average is printed.
The whole build (``kg.build.build``: all of the above plus TriG, the Oxigraph store, derived
facts, summary and, with views, the HTML views) is timed as well.

    python benchmarks/bench_pipeline.py                 # sample + 100 synthetic issues
    python benchmarks/bench_pipeline.py --archive 0     # sample only
    python benchmarks/bench_pipeline.py --json out.json # also keep the figures

Goal (README, Speed): the sample issue end to end (extract, map, validate, write Turtle and
report; views excluded) in at most 1 s and 300 MB on a 2-core machine.
"""

from __future__ import annotations

import argparse
import json
import os
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


def reset_memos() -> None:
    """Empty the pipeline's memo caches, so that every run pays what a fresh process pays."""
    from kg import iris
    from kg.extract import appointments, context, event_items, tasks
    from kg.rdf import indicators
    from kg.text import normalize, reading

    memos = [(normalize, "clean"), (normalize, "key"), (iris, "_known_digest")]
    memos += [(indicators, "_parts_of"), (indicators, "_name_key")]
    memos += [(context, "detect_government"), (reading, "reading_of")]  # per source
    memos += [(context, "_page_date"), (appointments, "_dated_lines"), (tasks, "last_line")]
    memos += [(event_items, "_title_starts"), (event_items, "_find_members")]  # per text
    for module, name in memos:
        clear = getattr(getattr(module, name, None), "cache_clear", None)
        if clear is not None:  # (older versions of kg had no memo: the script still runs)
            clear()


def run_once(paths: list[Path], out: Path) -> tuple[dict, dict, dict[str, float], int, list]:
    from kg.extract import extract_source
    from kg.extract.context import detect_government
    from kg.iris import Minter
    from kg.rdf import map_records
    from kg.segment import segment
    from kg.serialize import write_turtle
    from kg.text.source import read
    from kg.validate import validate

    times = dict.fromkeys(STAGES, 0.0)
    cpu = dict.fromkeys(STAGES, 0.0)
    memory: dict[str, float] = {}
    minter = Minter()
    triples = 0
    per_file: list[float] = []  # seconds of all stages, file by file (does it grow?)

    def stage(name: str, function, *args):
        started, started_cpu = time.perf_counter(), time.process_time()
        value = function(*args)
        times[name] += time.perf_counter() - started
        cpu[name] += time.process_time() - started_cpu
        memory[name] = peak_mb()
        return value

    for index, path in enumerate(paths):
        before = sum(times.values())
        source = stage("read", read, path)
        stage("segment", segment, source)
        records = stage("extract", extract_source, source)
        government = detect_government(source)
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
        per_file.append(sum(times.values()) - before)
    return times, cpu, memory, triples, per_file


def scenario(paths: list[Path], repeat: int) -> dict:
    import kg.validate

    kg.validate.shapes_graph()  # parse the shapes once, as a long-running process would
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(repeat):
            reset_memos()
            runs.append(run_once(paths, Path(tmp)))
    times = {s: statistics.median(r[0][s] for r in runs) for s in STAGES}
    cpu = {s: statistics.median(r[1][s] for r in runs) for s in STAGES}
    totals = [sum(r[0].values()) for r in runs]
    return {
        "files": len(paths),
        "triples": runs[0][3],
        "seconds": times,
        "cpu_seconds": cpu,
        "total_seconds": statistics.median(totals),
        "total_seconds_runs": totals,
        "total_cpu_seconds": statistics.median(sum(r[1].values()) for r in runs),
        "peak_mb_after": runs[-1][2],
        "peak_mb": peak_mb(),
        "per_file_seconds": runs[0][4],
    }


def build_scenario(paths: list[Path], views: bool) -> dict:
    """The whole build of ``paths`` into a temporary folder, after imports."""
    from kg.build import build

    with tempfile.TemporaryDirectory() as tmp:
        started, started_cpu = time.perf_counter(), time.process_time()
        result = build([str(p) for p in paths], out=Path(tmp) / "out", views=views)
        seconds = time.perf_counter() - started
        cpu = time.process_time() - started_cpu
    stages = dict(result.timings)
    return {
        "files": len(paths),
        "views": views,
        "triples": result.summary["triples"],
        "seconds": seconds,
        "cpu_seconds": cpu,
        "stages": stages,
        "peak_mb": peak_mb(),
    }


def child(args: argparse.Namespace) -> None:
    paths = sorted(Path(p) for p in args.paths)
    if args.build is not None:
        print(json.dumps(build_scenario(paths, views=args.build == "views")))
    else:
        print(json.dumps(scenario(paths, args.repeat)))


def measure(paths: list[Path], repeat: int, build: str | None = None) -> dict:
    command = [sys.executable, __file__, "--child", "--repeat", str(repeat)]
    if build is not None:
        command += ["--build", build]
    done = subprocess.run([*command, *map(str, paths)], check=True, capture_output=True, text=True)
    return json.loads(done.stdout)


def show(name: str, result: dict) -> None:
    print(f"\n{name}: {result['files']} file(s), {result['triples']} triples")
    print(f"  {'stage':<10}{'seconds':>10}{'CPU s':>10}{'peak MB':>10}")
    for stage_name in STAGES:
        print(
            f"  {stage_name:<10}{result['seconds'][stage_name]:>10.3f}"
            f"{result['cpu_seconds'][stage_name]:>10.3f}"
            f"{result['peak_mb_after'].get(stage_name, 0):>10.0f}"
        )
    print(
        f"  {'total':<10}{result['total_seconds']:>10.3f}{result['total_cpu_seconds']:>10.3f}"
        f"{result['peak_mb']:>10.0f}"
    )
    if result["files"] > 1:
        per = result["files"]
        print(
            f"  {'per issue':<10}{result['total_seconds'] / per:>10.3f}"
            f"{result['total_cpu_seconds'] / per:>10.3f}"
        )
        each = result["per_file_seconds"]
        tenth = max(1, len(each) // 10)
        print(
            f"  per issue, s: min {min(each):.3f}, median {statistics.median(each):.3f}, "
            f"max {max(each):.3f}; first tenth {statistics.mean(each[:tenth]):.3f}, "
            f"last tenth {statistics.mean(each[-tenth:]):.3f}"
        )


def show_build(name: str, result: dict) -> None:
    stages = ", ".join(f"{k} {v:.2f}" for k, v in sorted(result["stages"].items()))
    print(
        f"\n{name}: {result['seconds']:.2f} s ({result['cpu_seconds']:.2f} s CPU), "
        f"peak {result['peak_mb']:.0f} MB; stages (s): {stages}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description="pipeline stage times and peak memory")
    parser.add_argument("--archive", type=int, default=100, help="synthetic issues (0: none)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=5, help="runs for the sample (median)")
    parser.add_argument("--no-build", action="store_true", help="skip the whole-build timings")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--build", choices=["plain", "views"], help=argparse.SUPPRESS)
    parser.add_argument("paths", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return
    sys.path.insert(0, str(Path(__file__).parent))
    from kg.resources import sample_issue

    figures: dict = {"nproc": os.cpu_count(), "load_before": os.getloadavg()}
    print(f"{os.cpu_count()} CPUs; load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    figures["sample"] = measure([sample_issue()], args.repeat)
    show("sample issue", figures["sample"])
    if not args.no_build:
        for kind in ("plain", "views"):
            result = figures[f"sample_build_{kind}"] = measure([sample_issue()], 1, kind)
            show_build(f"sample, whole build ({'with' if kind == 'views' else 'no'} views)", result)
    if args.archive:
        from generate_issues import write_archive

        with tempfile.TemporaryDirectory() as tmp:
            paths = write_archive(Path(tmp), args.archive, args.seed)
            figures["archive"] = measure(paths, 1)
            show(f"synthetic archive (seed {args.seed})", figures["archive"])
            if not args.no_build:
                result = figures["archive_build"] = measure(paths, 1, "plain")
                show_build("archive, whole build (no views)", result)
    figures["load_after"] = os.getloadavg()
    print(f"\nload average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
