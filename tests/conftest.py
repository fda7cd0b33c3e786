"""Shared fixtures: the bundled sample issue, read, extracted and built once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.resources import sample_issue
from kg.text.source import Source, read

FIXTURES = Path(__file__).parent / "fixtures"
DEVCORPUS_RAW = Path(__file__).resolve().parent.parent / "devcorpus" / "raw"


def devcorpus_path(stem: str) -> Path:
    """The development corpus text whose name starts with ``stem`` (X-08 → X-08-hangzhou-….txt)."""
    return next(DEVCORPUS_RAW.glob(f"{stem}-*.txt"))


def devcorpus_lines(stem: str, *numbers: int) -> str:
    """Lines of a development-corpus text (1-based, as an editor numbers them), as written."""
    lines = devcorpus_path(stem).read_text(encoding="utf-8").split("\n")
    return "".join(lines[n - 1] + "\n" for n in numbers)


def devcorpus_text(stem: str) -> Source:
    """That text read as a build reads it (its `# source:` lines included)."""
    return read(devcorpus_path(stem))


def cut_records(text: str, name: str = "cut.txt") -> list:
    """The records of a cut of a real text (its address in the test), as `extract` gives them."""
    from kg.extract import extract_source
    from kg.text.source import from_text

    return extract_source(from_text(text, name))


def targets_of(source: Source) -> list[tuple]:
    """(name, target, unit, year) of each plan target a text gives, as `extract` reads it."""
    from kg.extract import extract_source

    return [
        (r.name, r.target_near, r.unit, r.target_near_year)
        for r in records_of(extract_source(source), "indicator")
    ]


def cut_targets(text: str) -> list[tuple]:
    """(name, target, year) of each plan target a cut of a real text gives."""
    return [
        (r.name, r.target_near, r.target_near_year)
        for r in records_of(cut_records(text), "indicator")
    ]


def devcorpus_records(stem: str) -> tuple:
    """The records of a development-corpus text, read as a build reads it."""
    from kg.extract import extract_source

    return tuple(extract_source(devcorpus_text(stem)))


@pytest.fixture(scope="session")
def sample_source() -> Source:
    return read(sample_issue())


@pytest.fixture(scope="session")
def sample_records(sample_source):
    from kg.extract import extract_source

    return extract_source(sample_source)


def personnel_changes(records, *extra: str) -> list[tuple]:
    """Each personnel change as (person, action, organization, post) and the ``extra`` fields
    named (form, acting…), in text order."""
    fields = ("person", "action", "organization", "post", *extra)
    return [tuple(getattr(r, f) for f in fields) for r in records if r.kind == "personnel_change"]


def records_of(records, kind: str) -> list:
    return [r for r in records if r.kind == kind]


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory) -> Path:
    """The build folder of the bundled sample (views included), built once per session.

    Read-only for tests: copy it before changing anything in it.
    """
    from kg.build import build

    out = tmp_path_factory.mktemp("sample-build") / "out"
    build(out=out)
    return out
