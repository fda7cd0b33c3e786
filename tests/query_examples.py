"""The named queries' examples as test cases, shared by the tests that run the library on other
stores and engines (test_query_differential.py, test_query_engines.py)."""

from __future__ import annotations

import re
import shlex

import kg.query as queries
from kg.query.params import parse_assignments

QUERIES = queries.library()


def cases() -> list[tuple[str, dict[str, str]]]:
    """(query name, parameters) for every example in the library's query headers."""
    found = []
    for name, query in QUERIES.items():
        for example in query.examples:
            argv = shlex.split(example)
            given = [argv[i + 1] for i, arg in enumerate(argv) if arg == "--param"]
            found.append((name, parse_assignments(given)))
    return found


def group_concat_columns(text: str) -> set[str]:
    """Columns made by GROUP_CONCAT, whose order of parts SPARQL leaves to the engine (Oxigraph
    follows its storage order, which differs between a built and a pushed store)."""
    return set(re.findall(r"GROUP_CONCAT\((?:[^()]|\([^()]*\))*\)\s+AS\s+\?(\w+)", text))
