"""Issue 16, case 5: a full disk under `build --out` is one `error:` line naming the folder, exit 5
(DiskFull), and the previous build is left byte for byte as it was.

The disk is a real 5 MB-class tmpfs mounted in a private mount namespace (`unshare -Urm`, no
privileges needed where user namespaces are allowed); where the machine allows no mount, the test
says so and is skipped. A second test fills "the disk" with the file-size limit (RLIMIT_FSIZE),
which needs nothing but POSIX.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg.errors import EXIT_DISK_FULL

SMALL_INPUT = Path(__file__).parent.parent / "fixtures" / "appointments" / "news_hangzhou.txt"
FULL = "no space left on device; it is left as it was"


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file of ``folder`` (relative path) → its SHA-256."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def size_kib(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) // 1024


def can_mount_tmpfs(mountpoint: Path) -> str | None:
    """None if a tmpfs can be mounted at ``mountpoint`` in a private namespace, else why not."""
    if shutil.which("unshare") is None or not sys.platform.startswith("linux"):
        return "no unshare(1): not Linux, or util-linux missing"
    probe = subprocess.run(
        ["unshare", "-Urm", "mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mountpoint)],
        capture_output=True,
        text=True,
    )
    if probe.returncode != 0:
        return f"cannot mount a tmpfs here: {probe.stderr.strip() or probe.returncode}"
    return None


# Run inside the private mount namespace: mount, put the previous build in, build again.
DRIVER = r"""
import hashlib, json, os, shutil, subprocess, sys
from pathlib import Path
mountpoint, size_kib, previous, text = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kib}k", "tmpfs", str(mountpoint)],
               check=True)
out = mountpoint / "out"
shutil.copytree(previous, out)
def fingerprint(folder):
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}
before = fingerprint(out)
run = subprocess.run([sys.executable, "-m", "kg.cli", "build", text, "--out", str(out)],
                     capture_output=True, text=True)
print(json.dumps({
    "code": run.returncode, "stderr": run.stderr, "stdout": run.stdout,
    "same": fingerprint(out) == before,
    "left": sorted(p.name for p in mountpoint.iterdir()),
    "free_kib": shutil.disk_usage(mountpoint).free // 1024,
}))
"""


def test_a_full_tmpfs_is_one_line_exit_5_and_the_previous_build_intact(sample_build, tmp_path):
    mountpoint = tmp_path / "disk"
    mountpoint.mkdir()
    why = can_mount_tmpfs(mountpoint)
    if why:
        pytest.skip(why)
    size = size_kib(sample_build) + 1024  # the previous build and 1 MB: a new build needs ~5
    run = subprocess.run(
        [
            "unshare",
            "-Urm",
            sys.executable,
            "-c",
            DRIVER,
            str(mountpoint),
            str(size),
            str(sample_build),
            str(SMALL_INPUT),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    outcome = json.loads(run.stdout)
    out = mountpoint / "out"
    assert outcome["code"] == EXIT_DISK_FULL == 5
    assert outcome["stderr"] == f"error: {out}: {FULL}\n"
    assert outcome["stdout"] == ""
    assert outcome["same"], "the previous build was changed"
    assert outcome["left"] == ["out"], "temporaries left beside the build"
    assert outcome["free_kib"] >= 900  # the staging folder was removed, its space given back


def test_the_file_size_limit_is_the_same_one_line_exit_5(sample_build, tmp_path):
    resource = pytest.importorskip("resource")
    out = tmp_path / "out"
    shutil.copytree(sample_build, out)
    before = fingerprint(out)

    def limit() -> None:  # in the child: no file may grow past 100 KB (EFBIG; Python ignores
        resource.setrlimit(resource.RLIMIT_FSIZE, (100 * 1024, 100 * 1024))  # SIGXFSZ)

    run = subprocess.run(
        [sys.executable, "-m", "kg.cli", "build", str(SMALL_INPUT), "--out", str(out)],
        capture_output=True,
        text=True,
        preexec_fn=limit,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        timeout=120,
    )
    assert run.returncode == EXIT_DISK_FULL, run.stderr
    assert run.stderr == f"error: {out}: {FULL}\n"
    assert fingerprint(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_a_full_disk_under_redirected_stdout_is_one_line_exit_5(tmp_path):
    """`gazette-kg extract > FILE` on a full disk: the writer is not kg.atomic's, the answer is."""
    from kg.resources import sample_issue

    mountpoint = tmp_path / "disk"
    mountpoint.mkdir()
    why = can_mount_tmpfs(mountpoint)
    if why:
        pytest.skip(why)
    script = 'mount -t tmpfs -o size=64k tmpfs "$1" && exec "$2" -m kg.cli extract "$3" > "$1/x"'
    run = subprocess.run(
        [
            "unshare",
            "-Urm",
            "sh",
            "-c",
            script,
            "sh",
            str(mountpoint),
            sys.executable,
            str(sample_issue()),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == EXIT_DISK_FULL, run.stderr
    assert run.stderr == (
        "error: standard output: no space left on device; the output is incomplete\n"
    )
