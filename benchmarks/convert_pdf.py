"""PDF conversion cost: a 100-page issue → lines (kg/formats/pdf.py). Goal: ≤ 2 s CPU.

    python benchmarks/convert_pdf.py                    # the sample typeset twice (~100 pages)
    python benchmarks/convert_pdf.py --columns 2        # its text in two columns, 5 times (~115)
    python benchmarks/convert_pdf.py --pdf issue.pdf    # any PDF
    python benchmarks/convert_pdf.py --repeat 3

The issue is the bundled sample typeset by ReportLab (tests/formats_samples.py: paragraphs, ruled
tables, running header and page numbers) as many times as it takes to pass 100 pages, made once
per run outside the timing; with --columns N, the sample's text outside its tables set in N
justified columns (denser pages: about 2,700 characters against 1,600), five times over.
Conversion is timed in this process, best of --runs, in CPU seconds (the machine is shared)
beside wall time, with the peak resident memory of the process.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from kg.formats import pdf  # noqa: E402
from kg.resources import sample_issue  # noqa: E402

GOAL_CPU = 2.0  # seconds for 100 pages


def _issue(folder: Path, repeat: int, columns: int) -> Path:
    import formats_samples as samples

    font = samples.cjk_font()
    if font is None:
        raise SystemExit("no TrueType CJK font (Debian: fonts-wqy-microhei)")
    text = sample_issue().read_text(encoding="utf-8")
    if columns > 1:
        return samples.columns_pdf(text, folder / "issue.pdf", font, columns, repeat=repeat)
    return samples.typeset_pdf(text, folder / "issue.pdf", font, repeat=repeat)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pdf", type=Path, help="a PDF to convert instead of the typeset sample")
    parser.add_argument("--columns", type=int, default=1, help="its text set in N columns instead")
    parser.add_argument(
        "--repeat", type=int, help="copies of the sample (2: 50 pages each; 5 in columns: 23 each)"
    )
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        repeat = args.repeat or (5 if args.columns > 1 else 2)
        path = args.pdf or _issue(Path(folder), repeat, args.columns)
        data = path.read_bytes()
        best_cpu = best_wall = float("inf")
        for _ in range(args.runs):
            cpu, wall = time.process_time(), time.perf_counter()
            converted = pdf.convert(data, str(path), "-")
            best_cpu = min(best_cpu, time.process_time() - cpu)
            best_wall = min(best_wall, time.perf_counter() - wall)
    pages = converted.origin.pages or 0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    per_100 = best_cpu * 100 / pages if pages else float("nan")
    print(f"{path.name}: {pages} pages, {len(data) / 1e6:.1f} MB, {len(converted.lines)} lines")
    print(
        f"convert: {best_cpu:.2f} s CPU, {best_wall:.2f} s wall (best of {args.runs}); "
        f"{per_100:.2f} s CPU per 100 pages (goal {GOAL_CPU:.1f}); peak RSS {peak:.0f} MB"
    )
    return 0 if per_100 <= GOAL_CPU else 1


if __name__ == "__main__":
    sys.exit(main())
