"""Issue 16, case 7: a large result piped to `head` gets its rows at once, not at the time limit,
and the closed pipe ends the command quietly (exit 0, nothing on stderr, the worker stopped)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.errors import QueryTimeout
from kg.query import local

# 12,530² rows: minutes to write out, far past any time limit here
CROSS = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }"
LIMIT = 60  # seconds: the rows must come long before it


def workers_of(store: Path) -> list[int]:
    """Query workers (python -m kg.query.local STORE) running on ``store``."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/cmdline", "rb") as handle:
                    argv = handle.read().split(b"\0")
            except OSError:
                continue
            if b"kg.query.local" in argv and str(store).encode() in argv:
                found.append(int(entry))
    return found


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json"])
def test_a_large_result_piped_to_head_comes_at_once_and_ends_quietly(sample_build, tmp_path, fmt):
    query = tmp_path / "cross.rq"
    query.write_text(CROSS, encoding="utf-8")
    store = sample_build / "store"
    started = time.monotonic()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kg.cli",
            "query",
            str(query),
            "--build",
            str(sample_build),
            "--timeout",
            str(LIMIT),
            "--format",
            fmt,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    lines = [process.stdout.readline() for _ in range(20)]  # what `head -20` reads
    first_rows = time.monotonic() - started
    process.stdout.close()  # `head` exits
    code = process.wait(timeout=LIMIT)
    stderr = process.stderr.read().decode("utf-8")
    assert all(lines) and b"example.org" in b"".join(lines)
    assert first_rows < LIMIT / 3, first_rows  # not at the time limit
    assert time.monotonic() - started < LIMIT / 2  # the command ended when the pipe closed
    assert code == 0, stderr
    assert stderr == ""
    if Path("/proc/self/cmdline").exists():
        assert workers_of(store) == []  # the query's worker was stopped with it


def test_the_stream_hands_rows_on_before_the_query_ends_and_stops_it_on_leaving(sample_build):
    store = sample_build / "store"
    with local.stream(store, CROSS, timeout=LIMIT) as result:
        assert result.variables == ("a", "b", "c", "d", "e", "f")
        rows = [next(result.rows) for _ in range(5000)]
        assert len(set(rows)) == 5000 and all(len(row) == 6 and all(row) for row in rows)
    if Path("/proc/self/cmdline").exists():
        assert workers_of(store) == []


def test_the_time_limit_holds_while_rows_stream_and_run_stays_all_or_nothing(sample_build):
    store = sample_build / "store"
    seen = 0
    with (
        pytest.raises(QueryTimeout, match="timed out after 4 s"),
        local.stream(store, CROSS, timeout=4) as result,  # the worker may take 1 s to start
    ):
        for _ in result.rows:
            seen += 1
    assert seen > 0  # rows came before the limit ...
    with pytest.raises(QueryTimeout):
        local.run(store, CROSS, timeout=1)  # ... but run() returns all rows or none
