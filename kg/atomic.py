"""Atomic writes: a reader sees the old file or the complete new one, never a part.

Files are written to a temporary sibling (prefix ``.gkg-tmp-`` and the writing process's id) and
moved into place with ``os.replace``; folders are built beside the target and swapped in. Leftover
temporaries of an interrupted run are removed by :func:`clean_leftovers`, those of a run still
going on (another build writing beside this one) are not. A full disk (or quota, or file-size limit)
is :class:`kg.errors.DiskFull` naming the target, the temporaries removed and the target as it was.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from kg.errors import DiskFull, is_disk_full

TMP_PREFIX = ".gkg-tmp-"


def _tmp_prefix() -> str:
    """The prefix of this process's temporaries: ``.gkg-tmp-<pid>-``."""
    return f"{TMP_PREFIX}{os.getpid()}-"


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    except OSError:
        return False
    return True


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_FILE_MODE = 0o666 & ~_umask()
_DIR_MODE = 0o777 & ~_umask()


def fsync_dir(path: Path) -> None:
    """The entries made in the folder ``path`` (files renamed or linked into it) kept through a crash."""
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (temp file, fsync, rename)."""
    target = Path(path)
    with _full_is_reported(target):
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=_tmp_prefix(), dir=target.parent)
        try:
            os.fchmod(fd, _FILE_MODE)
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise
    fsync_dir(target.parent)


@contextlib.contextmanager
def _full_is_reported(target: Path) -> Iterator[None]:
    """A full disk while writing ``target`` (or anything inside it) as DiskFull naming it."""
    existed = target.exists()
    try:
        yield
    except (OSError, DiskFull) as exc:  # a file written inside a folder: the folder is named
        if isinstance(exc, DiskFull) or is_disk_full(exc):
            kept = "it is left as it was" if existed else "nothing was written"
            raise DiskFull(str(target), kept) from exc
        raise


def write_text(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` as UTF-8 (never the locale's encoding), atomically."""
    write_bytes(path, text.encode("utf-8"))


@contextlib.contextmanager
def replace_dir(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield an empty staging folder; on success it replaces ``path`` whole.

    On failure the staging folder is removed and ``path`` is left as it was.
    """
    target = Path(path)
    with _full_is_reported(target):
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=_tmp_prefix(), dir=target.parent))
    os.chmod(staging, _DIR_MODE)
    try:
        with _full_is_reported(target):
            yield staging
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    old = None
    if target.exists():
        old = Path(tempfile.mkdtemp(prefix=_tmp_prefix(), dir=target.parent))
        os.rmdir(old)
        os.replace(target, old)
    os.replace(staging, target)
    fsync_dir(target.parent)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def clean_leftovers(folder: str | os.PathLike[str]) -> list[Path]:
    """Remove temporaries an interrupted run left in ``folder``; return what was removed.

    A temporary whose name carries the id of a process still running (a build or export writing
    beside this one, or this process) is kept: removing it would break that run.
    """
    removed: list[Path] = []
    base = Path(folder)
    if not base.is_dir():
        return removed
    for entry in sorted(base.glob(TMP_PREFIX + "*")):
        owner = entry.name[len(TMP_PREFIX) :].split("-", 1)[0]
        if owner.isdigit() and _running(int(owner)):
            continue
        if entry.is_dir():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            with contextlib.suppress(FileNotFoundError):
                entry.unlink()
        removed.append(entry)
    return removed
