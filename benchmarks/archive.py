"""Archive benchmark (issue 13): CPU seconds, peak RSS and triples/s of each stage of a build of
1 and 100 synthetic issues (the sizes of --sizes; 1,000 and 10,000 too with --huge), and of the
commands run on the result.

For each size, issues from benchmarks/generate_issues.py (distinct governments, years, numbers;
deterministic by --seed) are built with `--no-views` in a fresh process that times each stage of
``kg.build.build`` by CPU seconds (time.process_time, each second counted in the innermost stage
only): read, extract, map, to quads (each source's rdflib graph converted to the Oxigraph quads
the build keeps), SHACL (pyshacl: the sources' shapes and the derived facts'), derived facts,
union (the parts of the sources' facts that the derived facts are computed from and checked on,
in rdflib graphs), load previous (in `build --add`: the previous build's manifest and caches,
and what is read of graph.trig: the sources replaced, the derived facts' and ontology's graphs,
the subjects of the sources taken over that the stages after ask for), summary, serialize
(quads sorted once, graph.ttl, graph.trig, report.ttl; in `build --add`, the previous graph
files with the graphs written again spliced in), store (the Oxigraph store, bulk-loaded from
graph.trig and graph.ttl), other (the rest: checks, records, caches, manifest) and imports. Then, each in its own process as a user runs it:

    view overview             the overview page from the build
    export --format all       every dump, CSV, catalogue, ontology docs
    validate                  the build's graph.ttl against the shapes
    build --add               one more issue added to the build

For each: CPU seconds (user + system of the process and its children, getrusage), peak RSS of
the process (wait4's ru_maxrss), wall seconds, and triples per CPU second (the build's triples,
graph.ttl's count from summary.json). Run it with nothing else heavy on the machine; CPU seconds
move less than wall time with the load, which is printed.

    python benchmarks/archive.py                    # 1 and 100 issues
    python benchmarks/archive.py --sizes 1 100 1000
    python benchmarks/archive.py --huge             # 1, 100, 1,000 and 10,000
    python benchmarks/archive.py --json figures.json --keep /tmp/archive-bench
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

# kg.build's module-level names timed as stages: name in kg.build (or module.name) → stage
STAGES = {
    "read": "read",
    "extract_source": "extract",
    "map_records": "map",
    "validate": "SHACL",
    "source_quads": "to quads",
    "derived_facts": "derived facts",
    "added_derived_facts": "derived facts",
    "derive.facts_graph": "union",
    "shape_context": "union",
    "union_graph": "union",
    "summarize": "summary",
    "added_entity_counts": "summary",
    "load_previous": "load previous",
    "take_over": "load previous",
    "TakenOver.load_all": "load previous",
    "TakenOver.find": "load previous",
    "TakenOver.holding": "load previous",
    "TakenOver.holding_all": "load previous",
    "TakenOver.subject_quads": "load previous",
    "archive_quads": "serialize",
    "triples_of": "serialize",
    "write_turtle": "serialize",
    "write_trig": "serialize",
    "added_graph_files": "serialize",
    "write_spliced": "serialize",
    "store.create_from_files": "store",
    "write_store": "store",
}
STAGE_ORDER = [
    "imports",
    "read",
    "extract",
    "map",
    "to quads",
    "SHACL",
    "derived facts",
    "union",
    "summary",
    "load previous",
    "serialize",
    "store",
    "other",
]


# ----------------------------------------------------------------------------- the timed build


def timed_build(out: Path, inputs: list[str], add: bool = False) -> dict:
    """Build ``inputs`` into ``out`` (``add``: add them to the build there) in this process,
    timing each stage by CPU seconds."""
    sys.path.insert(0, str(ROOT))  # this tree's kg, not another checkout's installed one
    started_cpu = time.process_time()
    import kg.build as kgbuild

    imported = time.process_time() - started_cpu
    cpu: dict[str, float] = {"imports": imported}
    stack: list[list[float]] = []  # per active stage: [child CPU seconds]

    def wrap(holder, attr: str, stage: str) -> None:
        inner = getattr(holder, attr)

        def timed(*args, **kwargs):
            stack.append([0.0])
            began = time.process_time()
            try:
                return inner(*args, **kwargs)
            finally:
                spent = time.process_time() - began
                children = stack.pop()[0]
                cpu[stage] = cpu.get(stage, 0.0) + spent - children
                if stack:
                    stack[-1][0] += spent

        setattr(holder, attr, timed)

    for name, stage in STAGES.items():
        holder = kgbuild
        if "." in name:
            module, name = name.split(".")
            holder = getattr(kgbuild, module, None)
        if holder is not None and hasattr(holder, name):
            wrap(holder, name, stage)
    peaks: dict[str, float] = {}
    began = time.process_time()
    result = kgbuild.build(inputs, out=out, views=False, add=add)
    total = time.process_time() - began
    cpu["other"] = total - sum(v for k, v in cpu.items() if k != "imports")
    peaks["build"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "stages": cpu,
        "build_cpu": total,
        "peak_mb": peaks["build"],
        "triples": result.summary["triples"],
        "valid": result.valid,
        "sources": len(result.sources),
    }


# ------------------------------------------------------------------------------- measurement


def run_measured(argv: list[str], env: dict | None = None) -> dict:
    """Run ``argv``; its CPU seconds (with its children), peak RSS, wall seconds, exit code and
    stdout."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(argv, stdout=out, stderr=err, cwd=ROOT, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - began
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode()
    return {
        "cpu": after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime,
        "peak_mb": usage.ru_maxrss / 1024,
        "wall": wall,
        "code": proc.returncode,
        "stdout": stdout,
        "stderr": stderr,
    }


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "kg.cli", *args]


def measure_size(count: int, seed: int, work: Path) -> dict:
    sys.path.insert(0, str(HERE))
    from generate_issues import write_archive

    issues = work / f"issues-{count}"
    extra = work / f"extra-{count}"
    out = work / f"build-{count}"
    for path in (issues, extra, out):
        shutil.rmtree(path, ignore_errors=True)
    # count + 1 issues: the last one is added with build --add
    paths = write_archive(issues, count + 1, seed)
    extra.mkdir()
    added = extra / paths[-1].name
    paths[-1].rename(added)
    figures: dict = {"issues": count}

    build = run_measured(
        [sys.executable, __file__, "--child-build", str(out), str(issues)],
    )
    if build["code"] != 0:
        raise SystemExit(f"build of {count} issues failed:\n{build['stderr'][-2000:]}")
    timed = json.loads(build["stdout"].strip().splitlines()[-1])
    figures["build"] = {k: build[k] for k in ("cpu", "peak_mb", "wall")} | timed
    triples = timed["triples"]

    commands = {
        "view overview": cli(
            "view", "overview", "--build", str(out), "--out", str(work / "overview.html")
        ),
        "export --format all": cli(
            "export", "--build", str(out), "--format", "all", "--out", str(work / "export")
        ),
        "validate": cli("validate", "--build", str(out)),
        # as `build --add ISSUE --out BUILD --no-views` does, timed stage by stage
        "build --add (1 issue)": [sys.executable, __file__, "--child-add", str(out), str(added)],
    }
    for name, argv in commands.items():
        done = run_measured(argv)
        if done["code"] not in (0, 1):  # 1: violations (validate reports them; still measured)
            raise SystemExit(f"{name} on {count} issues failed:\n{done['stderr'][-2000:]}")
        figures[name] = {k: done[k] for k in ("cpu", "peak_mb", "wall", "code")}
        if argv[2:3] == ["--child-add"]:
            figures[name]["stages"] = json.loads(done["stdout"].strip().splitlines()[-1])["stages"]
    figures["triples"] = triples
    shutil.rmtree(work / "export", ignore_errors=True)
    return figures


# -------------------------------------------------------------------------------------- report


def show(fig: dict) -> None:
    count, triples, build = fig["issues"], fig["triples"], fig["build"]
    print(
        f"\n## {count} issue{'s' if count != 1 else ''}: {triples:,} triples, "
        f"{'valid' if build['valid'] else 'INVALID'}"
    )
    print("\n| stage | CPU s | share | triples/s | build --add: CPU s |\n|---|---:|---:|---:|---:|")
    stages = build["stages"]
    added = fig["build --add (1 issue)"].get("stages", {})
    whole = build["cpu"]
    for stage in STAGE_ORDER:
        if stages.get(stage, 0) < 0.0005 and added.get(stage, 0) < 0.0005:
            continue
        seconds = stages.get(stage, 0.0)
        rate = _rate(triples, seconds) if stage != "imports" and seconds else ""
        more = f"{added[stage]:.2f}" if stage in added else ""
        print(f"| {stage} | {seconds:.2f} | {seconds / whole:.0%} | {rate} | {more} |")
    print(
        f"| **build, whole process** | **{whole:.2f}** | | **{_rate(triples, whole)}** | "
        f"**{fig['build --add (1 issue)']['cpu']:.2f}** |\n"
        f"\nbuild: peak RSS {build['peak_mb']:.0f} MB, wall {build['wall']:.1f} s, "
        f"{whole / count:.2f} CPU s and {build['peak_mb'] / count:.1f} MB per issue"
    )
    print("\n| command | CPU s | peak RSS MB | wall s | triples/s |\n|---|---:|---:|---:|---:|")
    print(
        f"| build --no-views | {whole:.2f} | {build['peak_mb']:.0f} | {build['wall']:.1f} | "
        f"{_rate(triples, whole)} |"
    )
    for name in ("build --add (1 issue)", "view overview", "export --format all", "validate"):
        done = fig[name]
        note = f" (exit {done['code']})" if done["code"] else ""
        print(
            f"| {name}{note} | {done['cpu']:.2f} | {done['peak_mb']:.0f} | {done['wall']:.1f} | "
            f"{_rate(triples, done['cpu'])} |"
        )


def _rate(triples: int, seconds: float) -> str:
    return f"{triples / seconds:,.0f}" if seconds > 0 else "—"


def machine() -> str:
    import pyoxigraph
    import pyshacl
    import rdflib

    cpu = platform.processor() or platform.machine()
    with open("/proc/cpuinfo", encoding="utf-8") as info:
        names = [ln.split(":", 1)[1].strip() for ln in info if ln.startswith("model name")]
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (
        f"{os.cpu_count()} CPUs ({names[0] if names else cpu}), {mem:.0f} GiB; "
        f"Python {platform.python_version()}, rdflib {rdflib.__version__}, "
        f"pyshacl {pyshacl.__version__}, pyoxigraph {pyoxigraph.__version__}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes",
        type=int,
        nargs="+",
        default=[1, 100],
        metavar="N",
        help="issues in each build (default: 1 100)",
    )
    parser.add_argument("--huge", action="store_true", help="1, 100, 1,000 and 10,000 issues")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--keep", type=Path, help="work here and keep the builds")
    parser.add_argument("--child-build", nargs=2, metavar=("OUT", "ISSUES"), help=argparse.SUPPRESS)
    parser.add_argument("--child-add", nargs=2, metavar=("OUT", "ISSUE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_build or args.child_add:
        out, issues = args.child_build or args.child_add
        figures = timed_build(Path(out), [issues], add=bool(args.child_add))
        print(json.dumps(figures))
        return 0
    sizes = [1, 100, 1000, 10000] if args.huge else args.sizes
    print(f"# archive benchmark, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    print(f"# {machine()}")
    print(f"# load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"# command: python benchmarks/archive.py {' '.join(sys.argv[1:])}".rstrip())
    results = []
    work = args.keep or Path(tempfile.mkdtemp(prefix="archive-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        for count in sizes:
            fig = measure_size(count, args.seed, work)
            results.append(fig)
            show(fig)
            sys.stdout.flush()
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    if len(results) > 1:
        print("\n## scaling (CPU seconds per issue, build)\n")
        print("| issues | CPU s / issue | MB / issue | triples/s |\n|---:|---:|---:|---:|")
        for fig in results:
            b = fig["build"]
            print(
                f"| {fig['issues']:,} | {b['cpu'] / fig['issues']:.2f} | "
                f"{b['peak_mb'] / fig['issues']:.1f} | {_rate(fig['triples'], b['cpu'])} |"
            )
    print(f"\n# load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
