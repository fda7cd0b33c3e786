"""Extraction quality on real texts: per-kind precision, recall and F1 against hand-checked gold.

    python benchmarks/extraction.py                      # ../shared/devcorpus and ./devcorpus
    python benchmarks/extraction.py --corpus DIR [--corpus DIR ...] [--verbose] [--json out.json]
    python benchmarks/extraction.py --with-address       # line 1's page address kept in the text

A corpus folder holds raw/NAME.txt and gold/NAME.json (layout: devcorpus/README.md). Texts are
extracted in this process exactly as `gazette-kg extract` does (the `# ` header lines stripped, as
the development corpus evaluator does); the matching is that evaluator's (kg/evaluate.py). Texts
refused ("nothing recognised" or any other input error) are listed. With --with-address the
`# source: <url>` line stays on top of each text, as a user who saves a page with its address has
it: the gold took many a year from that address, which the evaluator strips. CPU seconds and peak memory
are printed beside wall time (the machine is shared).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.evaluate import KINDS, score_corpus  # noqa: E402

DEFAULT_CORPORA = [ROOT.parent / "shared" / "devcorpus", ROOT / "devcorpus"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", action="append", type=Path, help="a corpus folder (repeatable)")
    parser.add_argument(
        "--verbose", action="store_true", help="print each text's misses and extras"
    )
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    parser.add_argument(
        "--with-address",
        action="store_true",
        help="keep each text's `# source:` line (the page's address) on top",
    )
    args = parser.parse_args(argv)
    folders = args.corpus or [f for f in DEFAULT_CORPORA if (f / "raw").is_dir()]
    if not folders:
        parser.error("no corpus folder found; give one with --corpus DIR")
    wall, cpu = time.perf_counter(), time.process_time()
    result = score_corpus(folders, address=args.with_address)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    if args.verbose:
        for text in result.texts:
            for kind in KINDS:
                for g in text.missed.get(kind, []):
                    print(f"{text.name} {kind} missed {json.dumps(g, ensure_ascii=False)[:220]}")
                for r in text.extra.get(kind, []):
                    r = {k: v for k, v in r.items() if k != "source"}
                    print(f"{text.name} {kind} extra  {json.dumps(r, ensure_ascii=False)[:220]}")
            for name, target in text.wrong_values:
                print(f"{text.name} indicators value {name} {target}")
    kept = ", the page address kept on line 1" if args.with_address else ""
    print(f"corpus: {', '.join(str(f) for f in folders)} ({len(result.texts)} texts{kept})")
    print(f"{'kind':13s} {'P':>6s} {'R':>6s} {'F1':>6s} {'tp':>5s} {'found':>6s} {'gold':>5s}")
    for kind, t in result.tallies.items():
        print(
            f"{kind:13s} {t.precision:6.3f} {t.recall:6.3f} {t.f1:6.3f}"
            f" {t.tp:5d} {t.predicted:6d} {t.gold:5d}"
        )
    events = result.tallies["events"]
    undated = result.undated_extra_events
    if undated:
        dated = events.predicted - undated
        print(
            f"events found without a year in the text{' or its address' if kept else ''}"
            f" and unmatched: {undated}"
            f" (precision among the dated ones: {events.tp / dated if dated else 0:.3f})"
        )
    targets, wrong, missing = result.indicator_targets
    print(
        f"indicator targets of the {result.tallies['indicators'].tp} indicators matched by name:"
        f" {targets} in the gold, {wrong} given another value or year, {missing} not given"
    )
    print(f"refused: {len(result.refused)} of {len(result.texts)}")
    for text in result.refused:
        print(f"  {text.name}: {text.refused}")
    print(f"kept unread (no record read, a warning names the line): {len(result.unread)}")
    for text in result.unread:
        print(f"  {text.name}: {text.unread}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"time: {wall:.1f} s wall, {cpu:.1f} s CPU, peak {peak:.0f} MB")
    if args.json:
        figures = {
            "corpora": [str(f) for f in folders],
            "texts": len(result.texts),
            "with_address": args.with_address,
            "refused": [t.name for t in result.refused],
            "unread": [t.name for t in result.unread],
            "kinds": {
                k: {
                    "precision": t.precision,
                    "recall": t.recall,
                    "f1": t.f1,
                    "tp": t.tp,
                    "found": t.predicted,
                    "gold": t.gold,
                }
                for k, t in result.tallies.items()
            },
            "wall_s": wall,
            "cpu_s": cpu,
            "peak_mb": peak,
        }
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
