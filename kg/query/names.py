"""Names in query parameters, read as the text's names are, against the names the build holds.

``--param agency=市生态环境局`` in a build of 温州市 texts means 温州市生态环境局, as it does in the
text: agencies by kg.resolve.agencies.canonical_name (the same rules and kg/data/agency_aliases.tsv)
within each of the build's governments, or a name the text used for one (skos:altLabel); places by
kg.resolve.places (瓯海 → 瓯海区). A name of an agency, place, plan or indicator table that is not
one of the build's may also be the end of one (生态环境局) or a part of one (生态文明建设规划): the
one name it fits is taken. A person's name is taken only as it is. Two or more candidates, or none, are an error (exit 2) that lists the
candidates or the nearest names, instead of a query that quietly answers no rows.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import QueryError
from kg.query.params import Param

# zh parameters that name something of the build (the library's names for them) → what they name
KINDS = {
    "agency": "agency",
    "organization": "agency",
    "issuer": "agency",
    "place": "place",
    "person": "person",
    "plan": "plan",
    "table": "table",
}
WHAT = {
    "agency": "agency",
    "place": "place",
    "person": "person",
    "plan": "plan",
    "table": "indicator table",
}
SUGGESTIONS = 5

NAMES_QUERY = """
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX gkg: <https://w3id.org/gazette-kg/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?kind ?name ?other WHERE {
  { ?x a org:Organization ; skos:prefLabel ?name . BIND("agency" AS ?kind)
    OPTIONAL { ?x skos:altLabel ?other . } }
  UNION
  { ?x a org:FormalOrganization ; skos:prefLabel ?name . BIND("agency" AS ?kind)
    OPTIONAL { ?x skos:altLabel ?other . } }
  UNION { ?x schema:location ?p . ?p rdfs:label ?name . BIND("place" AS ?kind) }
  UNION { ?x foaf:name ?name . BIND("person" AS ?kind) }
  UNION { ?x a gkg:Plan ; rdfs:label ?name . BIND("plan" AS ?kind) }
  UNION { ?x a gkg:IndicatorTable ; dcterms:title ?name . BIND("table" AS ?kind) }
}
"""


@dataclass(frozen=True)
class BuildNames:
    """The names a build holds, per kind, and the other names the text gave its agencies."""

    full: Mapping[str, frozenset[str]]  # kind → names
    other: Mapping[str, frozenset[str]] = field(default_factory=dict)  # as written → full names

    def of(self, kind: str) -> frozenset[str]:
        return self.full.get(kind, frozenset())

    @property
    def governments(self) -> list[str]:
        """The governments the build's agencies belong to (温州市 from 温州市人民政府)."""
        pattern = re.compile(r"(.+?[省市县区])人民政府")
        return sorted({m.group(1) for n in self.of("agency") if (m := pattern.fullmatch(n))})


def build_names(rows: list[tuple[str, str, str | None]]) -> BuildNames:
    """BuildNames from (kind, name, other name or None) rows."""
    full: dict[str, set[str]] = {}
    other: dict[str, set[str]] = {}
    for kind, name, alt in rows:
        full.setdefault(kind, set()).add(name)
        if alt and alt != name:
            other.setdefault(alt, set()).add(name)
    return BuildNames(
        full={kind: frozenset(names) for kind, names in full.items()},
        other={alt: frozenset(names) for alt, names in other.items()},
    )


def _ruled(value: str, kind: str, names: BuildNames) -> set[str]:
    """What the text's rules read ``value`` as, among the build's names of ``kind``."""
    if kind == "agency":
        from kg.resolve.agencies import canonical_name

        ruled = {canonical_name(value, government) for government in names.governments}
        return ruled | set(names.other.get(value, ()))
    if kind == "place":
        from kg.resolve.places import resolve

        return {resolve(value, None).name}
    return set()


def candidates(value: str, kind: str, names: BuildNames) -> list[str]:
    """The names of the build ``value`` may stand for, best evidence first: the name itself; what
    the rules read it as; else every name ending with it; else every name holding it."""
    value = value.strip()
    known = names.of(kind)
    if value in known:
        return [value]
    found = sorted(_ruled(value, kind, names) & known)
    if found or len(value) < 2 or kind == "person":  # a part of a person's name is no name
        return found
    return sorted(n for n in known if n.endswith(value)) or sorted(n for n in known if value in n)


def resolve_name(param: str, kind: str, value: str, names: BuildNames) -> str:
    """The one name ``value`` stands for; QueryError listing candidates or the nearest names."""
    found = candidates(value, kind, names)
    if len(found) == 1:
        return found[0]
    what = WHAT[kind]
    if found:
        raise QueryError(
            f"parameter {param}: {value!r} fits {len(found)} {what} names of this build: "
            + "、".join(found)
            + f" (give one with --param {param}=…)"
        )
    nearest = difflib.get_close_matches(value, sorted(names.of(kind)), n=SUGGESTIONS, cutoff=0.3)
    hint = f"; nearest: {'、'.join(nearest)}" if nearest else ""
    raise QueryError(f"parameter {param}: no {what} named {value!r} in this build{hint}")


def _named(declared: tuple[Param, ...], given: Mapping[str, str]) -> dict[str, str]:
    """The given parameters that name something: parameter → kind."""
    return {
        p.name: KINDS[p.name]
        for p in declared
        if p.type == "zh" and p.name in KINDS and given.get(p.name, "").strip()
    }


def resolve_names(
    declared: tuple[Param, ...], given: Mapping[str, str], names: BuildNames
) -> tuple[dict[str, str], list[str]]:
    """``given`` with names replaced by the build's names they stand for, and a note for each one
    replaced (``agency=市生态环境局 read as 温州市生态环境局``)."""
    resolved = dict(given)
    notes: list[str] = []
    for key, kind in _named(declared, given).items():
        full = resolve_name(key, kind, given[key], names)
        if full != given[key]:
            resolved[key] = full
            notes.append(f"{key}={given[key]} read as {full}")
    return resolved, notes


def resolve_given(
    query,
    given: Mapping[str, str],
    *,
    build: Path | None = None,
    endpoint: str | None = None,
    timeout: float = 30,
) -> tuple[dict[str, str], list[str]]:
    """``given`` with its names resolved against those the build (or the endpoint) holds, and
    notes saying what was read as what; nothing is asked when no name is given."""
    from kg.query.params import resolve

    resolve(query.params, given, free_types=not query.has_header)  # bad parameters first
    if not _named(query.params, given):
        return dict(given), []
    if endpoint:
        from kg.query import remote

        result = remote.run(endpoint, NAMES_QUERY, timeout)
    else:
        from kg.query import local

        result = local.run(Path(build or ".") / "store", NAMES_QUERY, timeout)
    rows = [
        (r[0].value, r[1].value, r[2].value if r[2] else None) for r in result.rows if r[0] and r[1]
    ]
    return resolve_names(query.params, given, build_names(rows))
