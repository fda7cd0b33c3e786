"""Issue 16, case 1: the cost of reading one input grows with its size, no faster, and stays
bounded. The sample (a real issue) with its line breaks turned into spaces, repeated, as the
issue's fault did it: 300 KB of one line took 8.4 s CPU, 1.7 MB and more were killed by
the kernel at 21.9 GB. Here a child process reads 0.1 MB and 0.8 MB of it as `extract` does
(kg.text.source.read, extract_source, the JSON lines) and reports the CPU seconds and the memory
that reading took; eight times the input may cost about eight times the CPU, not the 13.8 times
of the old growth (8.4 s / 2.1 s for three times the input) or the 64 times of a square, and a
few MB, not GB (before the line was read in pieces, 8aff54c^, the 0.8 MB child ran out of
its 3 GB: MemoryError). A cap on the child's address space and a timeout keep a regression from
taking the machine down with the test. benchmarks/input_size.py measures 1-50 MB."""

from __future__ import annotations

import json
import subprocess
import sys
import timeit
from pathlib import Path

import pytest

from kg.resources import package_path

SAMPLE = package_path("data", "wenzhou-gazette-2023-06.txt").read_text(encoding="utf-8")

# In the child: imports first (their memory is not the input's), then one read of the file.
DRIVER = r"""
import json, resource, sys, time
resource.setrlimit(resource.RLIMIT_AS, (int(sys.argv[2]) << 20, int(sys.argv[2]) << 20))
from kg.build import records_jsonl
from kg.extract import extract_source
from kg.text.source import read
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.process_time()
source = read(sys.argv[1])
records = extract_source(source)
out = records_jsonl(records)
cpu = time.process_time() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"cpu": cpu, "grown_mb": (peak - before) / 1024, "records": len(records)}))
"""

CAP_MB = 3072  # address space of the child: the old code passed it below 1 MB of one line


def one_line(folder: Path, megabytes: float) -> Path:
    """The sample as one line, repeated and cut to ``megabytes`` MB (UTF-8, a whole character)."""
    text = SAMPLE.replace("\n", " ")
    size = int(megabytes * 1_000_000)
    data = (text * (size // len(text.encode("utf-8")) + 1)).encode("utf-8")[:size]
    path = folder / f"one-line-{megabytes:g}mb.txt"
    path.write_text(data.decode("utf-8", errors="ignore"), encoding="utf-8")
    return path


def cost(path: Path) -> dict:
    run = subprocess.run(
        [sys.executable, "-c", DRIVER, str(path), str(CAP_MB)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    return json.loads(run.stdout.strip().splitlines()[-1])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_AS and ru_maxrss in KB")
def test_one_line_costs_time_and_memory_in_proportion_to_its_size(tmp_path):
    small = cost(one_line(tmp_path, 0.1))
    large = cost(one_line(tmp_path, 0.8))
    assert large["records"] >= 8 * small["records"]  # read through: 0.1 MB is half a sample
    ratio = large["cpu"] / small["cpu"]
    assert ratio < 11, (small, large)  # linear: 8 (or less, a fixed cost shared)
    assert large["grown_mb"] < 150, (small, large)  # measured 8 MB; 8aff54c^: over the 3 GB cap


def test_a_sources_hash_does_not_grow_with_its_lines():
    """The extractors' caches are keyed on the source and asked once per section, so a hash that
    reads every line costs the square of the text's length: the sample 20 times in lines (4 MB)
    took 26 s to extract against 5 s for 1 MB (14,340 hashes of the lines, 10 s); with the hash
    taken of the text (a str keeps its hash) 20 s. The sample 100 times hashes as fast as once."""
    from kg.text.source import from_text

    once = from_text(SAMPLE, "issue.txt")
    many = from_text(SAMPLE * 100, "issue.txt")
    assert len(many.lines) > 100_000
    assert hash(many) != hash(once) and many != once
    assert from_text(SAMPLE * 100, "issue.txt") == many  # equal sources, equal hashes
    assert hash(from_text(SAMPLE * 100, "issue.txt")) == hash(many)

    def cost(source) -> float:
        return min(timeit.repeat(lambda: hash(source), number=200, repeat=5))

    assert cost(many) < 20 * cost(once) + 0.002, (cost(many), cost(once))
