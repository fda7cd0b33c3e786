"""Places: districts, counties, county-level cities and zones as administrative areas.

The reviewed table kg/data/places.tsv gives each area's full name, short form (鹿城 → 鹿城区), kind
and parent. A place not in the table keeps its written name, with a kind guessed from its last
character. ``全市`` (the whole city) is the government's own area.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from kg.tables import read_tsv
from kg.text.normalize import clean, key

_WHOLE = {"全市", "全省", "全县", "全区", "市域", "县域", "全域"}
_GUESS = {"区": "district", "县": "county", "市": "city", "省": "province", "州": "prefecture"}


@dataclass(frozen=True)
class Place:
    name: str
    kind: str
    parent: str | None


@functools.cache
def _table() -> dict[str, Place]:
    index: dict[str, Place] = {}
    for row in read_tsv("places.tsv"):
        place = Place(clean(row["name"]), row["kind"], row["parent"] or None)
        index[key(place.name)] = place
        if row["short"]:
            index.setdefault(key(row["short"]), place)
    return index


def resolve(surface: str, government: str | None) -> Place:
    """The area a place name denotes, in a text of ``government``."""
    name = clean(surface).replace(" ", "")
    if name in _WHOLE and government:
        name = government
    known = _table().get(key(name))
    if known is not None:
        return known
    return Place(name=name, kind=_GUESS.get(name[-1:], "area"), parent=None)
