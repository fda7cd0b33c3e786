"""Standard output that reports a full disk instead of dropping what it could not write.

CPython's buffered writer returns a short count when the disk fills in the middle of a large
write, and the text layer above it ignores the count: ``gazette-kg extract > FILE`` on a full disk
ended with exit 0 and a cut file. :func:`never_drop_output` puts a writer under ``sys.stdout`` that
writes everything or raises (ENOSPC, EPIPE), so the command reports it (kg.cli: exit 5, or a quiet
end for a closed pipe).
"""

from __future__ import annotations

import io
import os
import sys


class WholeWrites(io.RawIOBase):
    """A file descriptor whose ``write`` writes all of its bytes or raises."""

    def __init__(self, fd: int):
        super().__init__()
        self._fd = fd

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._fd

    def write(self, data) -> int:  # type: ignore[override]
        view = memoryview(data).cast("B")
        total = len(view)
        while view:
            view = view[os.write(self._fd, view) :]
        return total


def never_drop_output() -> None:
    """Put :class:`WholeWrites` under ``sys.stdout`` when it is this process's own standard output
    (not a terminal, which writes line by line, nor a test's capture)."""
    out = sys.stdout
    if out is None or out is not sys.__stdout__:
        return
    try:
        fd = out.fileno()
        if os.isatty(fd):
            return
    except (OSError, ValueError):
        return
    out.flush()
    sys.stdout = io.TextIOWrapper(
        io.BufferedWriter(WholeWrites(fd)), encoding=out.encoding, errors=out.errors
    )
