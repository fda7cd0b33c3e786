"""One root exception for gazette-kg, and the exit code each kind maps to.

    GazetteKGError                  any failure gazette-kg reports (exit 2 unless a subclass says otherwise)
    ├── InputError                  unreadable, undecodable or unrecognisable input; names file and line
    ├── UsageError                  bad arguments or options
    ├── QueryError                  a query that does not parse, a bad parameter, a refused feature
    ├── DataInvalid                 the graph has SHACL violations (exit 1)
    ├── EndpointError               a SPARQL endpoint is unreachable or answered with an error (exit 3)
    └── QueryTimeout                a query or a request ran past its time limit (exit 4)

The CLI prints ``error: <message>`` and exits with ``exc.exit_code``; library callers catch the class.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2
EXIT_ENDPOINT = 3
EXIT_TIMEOUT = 4


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
            where = f"{path}:{line}: " if line is not None else f"{path}: "
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
