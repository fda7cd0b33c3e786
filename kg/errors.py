"""One root exception for gazette-kg, and the exit code each kind maps to.

    GazetteKGError                  any failure gazette-kg reports (exit 2 unless a subclass says otherwise)
    ├── InputError                  unreadable, undecodable or unrecognisable input; names file and line
    ├── UsageError                  bad arguments or options
    ├── QueryError                  a query that does not parse, a bad parameter, a refused feature
    ├── DataInvalid                 the graph has SHACL violations (exit 1)
    ├── EndpointError               a SPARQL endpoint is unreachable or answered with an error (exit 3)
    ├── QueryTimeout                a query or a request ran past its time limit (exit 4)
    └── DiskFull                    no space left where an output is written (exit 5)

The CLI prints ``error: <message>`` and exits with ``exc.exit_code``; library callers catch the class.
An OSError the library lets through (a folder that cannot be made, a file that cannot be opened) is
one line naming the file and exit 2 too; any other exception is a bug: its traceback and exit 70.
"""

from __future__ import annotations

import errno

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2
EXIT_ENDPOINT = 3
EXIT_TIMEOUT = 4
EXIT_DISK_FULL = 5
EXIT_INTERNAL = (
    70  # an exception none of these: a bug of ours (sysexits' EX_SOFTWARE), with its traceback
)


class GazetteKGError(Exception):
    """Root of every error gazette-kg raises on purpose."""

    exit_code = EXIT_USAGE


class InputError(GazetteKGError):
    """Input that cannot be read or understood; the message names the file and, where known, the line."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None):
        self.path = path
        self.line = line
        where = ""
        if path is not None:
            shown = "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in path)  # one line
            where = f"{shown}:{line}: " if line is not None else f"{shown}: "
        super().__init__(f"{where}{message}")


class UsageError(GazetteKGError):
    """Bad arguments or options."""


class QueryError(GazetteKGError):
    """A query that does not parse, a bad parameter, or a feature refused by the sandbox."""


class DataInvalid(GazetteKGError):
    """The graph breaks SHACL shapes of severity sh:Violation."""

    exit_code = EXIT_INVALID


class EndpointError(GazetteKGError):
    """A SPARQL endpoint is unreachable or answered with an error."""

    exit_code = EXIT_ENDPOINT


class QueryTimeout(GazetteKGError):
    """A query or request ran past its time limit."""

    exit_code = EXIT_TIMEOUT


class DiskFull(GazetteKGError):
    """No space left (or a quota or file-size limit reached) where an output is written; the
    message names the output, which is left as it was."""

    exit_code = EXIT_DISK_FULL

    def __init__(self, path: str, kept: str = "it is left as it was"):
        self.path = path
        super().__init__(f"{path}: no space left on device; {kept}")


# errno values, and the words of libraries that drop the errno (pyoxigraph's RocksDB errors)
_FULL_ERRNOS = frozenset(
    code for code in (errno.ENOSPC, getattr(errno, "EDQUOT", None), errno.EFBIG) if code
)
_FULL_WORDS = ("No space left on device", "Disk quota exceeded", "File too large")


def is_disk_full(exc: BaseException) -> bool:
    """Whether an OSError says the disk (or a quota, or the file-size limit) is full."""
    if not isinstance(exc, OSError):
        return False
    return exc.errno in _FULL_ERRNOS or any(words in str(exc) for words in _FULL_WORDS)
