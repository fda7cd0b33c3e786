"""Extraction of the events genre (being written this session)."""

from __future__ import annotations

from collections.abc import Iterator

from kg.extract.context import Context
from kg.records import Record
from kg.segment import Section


def extract(section: Section, context: Context) -> Iterator[Record]:
    yield from ()
