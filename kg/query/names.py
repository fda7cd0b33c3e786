"""Agency names in query parameters, read as the text's names are: full names, the names the text
used (skos:altLabel), reviewed aliases and short forms within the build's governments.

``--param agency=市生态环境局`` in a build of 温州市 texts means 温州市生态环境局, as it does in the
text (kg.resolve.agencies.canonical_name, the same rules and kg/data/agency_aliases.tsv); a name that
only ends a full name (生态环境局) means the one agency whose name ends so. Two or more candidates,
or none, are an error (exit 2) that lists the candidates or the nearest names, instead of a query
that quietly answers no rows.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from dataclasses import dataclass

from kg.errors import QueryError
from kg.query.params import Param

# zh parameters that name an agency (the library's names for them)
AGENCY_PARAMS = frozenset({"agency", "organization", "issuer"})
SUGGESTIONS = 5

NAMES_QUERY = """
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?name ?other WHERE {
  { ?agency a org:Organization } UNION { ?agency a org:FormalOrganization }
  ?agency skos:prefLabel ?name .
  OPTIONAL { ?agency skos:altLabel ?other . }
}
"""


@dataclass(frozen=True)
class AgencyNames:
    """The agencies of a build: full names, and the other names the text gave each."""

    full: frozenset[str]
    other: Mapping[str, frozenset[str]]  # a name as written → the full names it was used for

    @property
    def governments(self) -> list[str]:
        """The governments the build's agencies belong to (温州市 from 温州市人民政府)."""
        found = {
            m.group(1) for n in self.full if (m := re.fullmatch(r"(.+?[省市县区])人民政府", n))
        }
        return sorted(found)


def agency_names(rows: list[tuple[str, str | None]]) -> AgencyNames:
    other: dict[str, set[str]] = {}
    for name, alt in rows:
        if alt and alt != name:
            other.setdefault(alt, set()).add(name)
    return AgencyNames(
        full=frozenset(name for name, _ in rows),
        other={alt: frozenset(names) for alt, names in other.items()},
    )


def candidates(value: str, names: AgencyNames) -> list[str]:
    """The full names ``value`` may stand for, best evidence first: the name itself; the names
    the text used it for; the reviewed rules within each of the build's governments; else every
    agency whose full name ends with it."""
    from kg.resolve.agencies import canonical_name

    value = value.strip()
    if value in names.full:
        return [value]
    if value in names.other:
        return sorted(names.other[value])
    ruled = {canonical_name(value, government) for government in names.governments}
    found = sorted(ruled & names.full)
    if found:
        return found
    return sorted(n for n in names.full if len(value) >= 2 and n.endswith(value))


def resolve_agency(param: str, value: str, names: AgencyNames) -> str:
    """The one full name ``value`` stands for; QueryError listing candidates or suggestions."""
    found = candidates(value, names)
    if len(found) == 1:
        return found[0]
    if found:
        raise QueryError(
            f"parameter {param}: {value!r} names {len(found)} agencies of this build: "
            + "、".join(found)
            + f" (give one with --param {param}=…)"
        )
    nearest = difflib.get_close_matches(value, sorted(names.full), n=SUGGESTIONS, cutoff=0.3)
    hint = f"; nearest: {'、'.join(nearest)}" if nearest else ""
    raise QueryError(f"parameter {param}: no agency named {value!r} in this build{hint}")


def resolve_names(
    declared: tuple[Param, ...], given: Mapping[str, str], names: AgencyNames
) -> tuple[dict[str, str], list[str]]:
    """``given`` with agency names replaced by the full names they stand for, and a note for each
    one replaced (``agency=市生态环境局 read as 温州市生态环境局``)."""
    by_name = {p.name: p for p in declared}
    resolved = dict(given)
    notes: list[str] = []
    for key, value in given.items():
        param = by_name.get(key)
        if param is None or param.type != "zh" or key not in AGENCY_PARAMS or not value.strip():
            continue
        full = resolve_agency(key, value, names)
        if full != value:
            resolved[key] = full
            notes.append(f"{key}={value} read as {full}")
    return resolved, notes


def needs_names(declared: tuple[Param, ...], given: Mapping[str, str]) -> bool:
    """Whether any given value is an agency name to resolve (so the build's names are read)."""
    return any(p.name in given and p.type == "zh" and p.name in AGENCY_PARAMS for p in declared)


def resolve_given(
    query,
    given: Mapping[str, str],
    *,
    build=None,
    endpoint: str | None = None,
    timeout: float = 30,
) -> tuple[dict[str, str], list[str]]:
    """``given`` with its agency names resolved against the names the build (or the endpoint)
    holds, and the notes saying what was read as what; nothing is asked when no agency is given."""
    from pathlib import Path

    if not needs_names(query.params, given):
        return dict(given), []
    if endpoint:
        from kg.query import remote

        result = remote.run(endpoint, NAMES_QUERY, timeout)
    else:
        from kg.query import local

        result = local.run(Path(build) / "store", NAMES_QUERY, timeout)
    rows = [(r[0].value, r[1].value if r[1] else None) for r in result.rows if r[0]]
    return resolve_names(query.params, given, agency_names(rows))
