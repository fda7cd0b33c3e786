"""Reviewed data tables shipped in kg/data/: tab-separated, a header line, ``#`` comment lines."""

from __future__ import annotations

import csv
import functools

from kg.resources import data_file


@functools.cache
def read_tsv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of kg/data/<name> as dicts keyed by the header; blank and ``#`` lines skipped."""
    with open(data_file(name), encoding="utf-8", newline="") as handle:
        lines = [ln for ln in handle if ln.strip() and not ln.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return tuple({k: (v or "").strip() for k, v in row.items()} for row in reader)
