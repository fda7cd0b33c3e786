"""The year and government each text of the development corpora is read as speaking of (the
context every record's dates and names rest on), one text a line, for checking by eye against
the texts' first lines.

    python benchmarks/context.py                      # ../shared/devcorpus and ./devcorpus
    python benchmarks/context.py --corpus DIR [--lines N]

The `# ` header lines are stripped, as the benchmark does. ``--lines N`` prints each text's first
N non-blank lines under its row.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.extract.context import detect_government, detect_year  # noqa: E402
from kg.text.reading import reading_of  # noqa: E402
from kg.text.source import from_text  # noqa: E402

DEFAULT_CORPORA = [ROOT.parent / "shared" / "devcorpus", ROOT / "devcorpus"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", action="append", type=Path, help="a corpus folder (repeatable)")
    parser.add_argument("--lines", type=int, default=0, help="print each text's first N lines")
    args = parser.parse_args(argv)
    folders = args.corpus or [f for f in DEFAULT_CORPORA if (f / "raw").is_dir()]
    for folder in folders:
        for raw in sorted((folder / "raw").glob("*.txt")):
            lines = raw.read_text(encoding="utf-8").splitlines()
            body = "\n".join(line for line in lines if not line.startswith("# "))
            source = from_text(body, name=raw.name)
            year = detect_year(reading_of(source).source)  # as kg.extract reads it
            print(f"{raw.stem[:50]:50s} {year!s:6s} {detect_government(source)}")
            for line in [ln for ln in body.splitlines() if ln.strip()][: args.lines]:
                print(f"    {line.strip()[:90]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
