#!/usr/bin/env python3
"""Check a corpus folder: every raw text has its gold, the header lines are there, every JSON loads,
and every gold string (except dates, target-column keys, enumerated fields) is a literal substring
of the body. Usage: check_verbatim.py [DIR ...] (default: this folder). Exit 1 on any problem."""
from __future__ import annotations

import json
import sys
from pathlib import Path

NOT_LITERAL = {"date", "effective", "action", "probation", "seq"}


def strings(value, key=""):
    if isinstance(value, dict):
        for k, v in value.items():
            if k in NOT_LITERAL:
                continue
            yield from strings(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from strings(v, key)
    elif isinstance(value, str):
        yield key, value


def check(folder: Path) -> list[str]:
    problems = []
    for raw in sorted((folder / "raw").glob("*.txt")):
        lines = raw.read_text(encoding="utf-8").splitlines()
        if not (lines and lines[0].startswith("# source: http")):
            problems.append(f"{raw.name}: line 1 is not '# source: <url>'")
        if len(lines) < 2 or not lines[1].startswith("# genre: "):
            problems.append(f"{raw.name}: line 2 is not '# genre: ...'")
        body = "\n".join(l for l in lines if not l.startswith("# "))
        flat = "".join(body.split())
        gold_path = folder / "gold" / (raw.stem + ".json")
        if not gold_path.exists():
            problems.append(f"{raw.name}: no gold file")
            continue
        try:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as e:
            problems.append(f"{gold_path.name}: {e}")
            continue
        for key, s in strings(gold):
            if s in body:
                continue
            if "".join(s.split()) in flat:
                continue  # joined across a hard line wrap (say so in the notes)
            if key == "post" and s.startswith("代理") and s[2:] in body:
                continue  # an acting post is recorded as 代理X (README-A)
            problems.append(f"{gold_path.name}: {key}={s!r} is not in the text")
    for gold_path in sorted((folder / "gold").glob("*.json")):
        if not (folder / "raw" / (gold_path.stem + ".txt")).exists():
            problems.append(f"{gold_path.name}: no raw text")
    return problems


def main() -> int:
    folders = [Path(a) for a in sys.argv[1:]] or [Path(__file__).resolve().parent]
    problems = [p for f in folders for p in check(f)]
    for p in problems:
        print(p)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
