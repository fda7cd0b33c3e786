"""Persons: one per name within a government; typos of the original resolved to the person meant.

A name written once with one character too many (章月影许, where ``许`` slipped in before 参加), whose
first characters are a name the same source gives several times, is resolved to that name. The
original stays in the record (and in the graph as gkg:nameAsWritten); a warning names the line.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable


def typo_repairs(names: Iterable[str], min_count: int = 2) -> dict[str, str]:
    """{name as written: name meant} for names that extend a frequent name by one character."""
    counts = Counter(names)
    frequent = {name for name, count in counts.items() if count >= min_count and len(name) >= 2}
    repairs: dict[str, str] = {}
    for name, count in counts.items():
        if name in frequent or count >= min_count:
            continue
        meant = [f for f in frequent if len(name) == len(f) + 1 and name.startswith(f)]
        if len(meant) == 1:
            repairs[name] = meant[0]
    return repairs
