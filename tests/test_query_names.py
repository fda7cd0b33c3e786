"""Names in query parameters resolve as the text's names do (kg.query.names), on the sample build:
short forms within the build's governments, names that end or are part of a full name, ambiguity
and misses as errors (exit 2) that list the candidates or the nearest names."""

from __future__ import annotations

import pytest

from kg.cli import main

FULL = "温州市生态环境局"


def run(
    capsys, build, value: str, name: str = "bureau-dossier", param: str = "agency"
) -> tuple[int, str, str]:
    argv = ["query", name, "--param", f"{param}={value}", "--format", "csv", "--build", str(build)]
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture(scope="module")
def full_rows(sample_build):
    import kg.query as queries

    return queries.run(queries.find("bureau-dossier"), {"agency": FULL}, build=sample_build).rows


@pytest.mark.parametrize("short", ["市生态环境局", "生态环境局"])
def test_a_short_form_reads_as_the_full_name(capsys, sample_build, full_rows, short):
    code, out, err = run(capsys, sample_build, short)
    assert code == 0
    assert err.strip() == f"note: agency={short} read as {FULL}"
    assert len(out.splitlines()) == len(full_rows) + 1 > 2  # the header and the same rows


def test_the_full_name_is_taken_as_it_is(capsys, sample_build, full_rows):
    code, out, err = run(capsys, sample_build, FULL)
    assert (code, err) == (0, "")
    assert len(out.splitlines()) == len(full_rows) + 1


def test_two_or_more_candidates_are_listed_and_nothing_runs(capsys, sample_build):
    code, out, err = run(capsys, sample_build, "区人民政府")
    assert (code, out) == (2, "")
    assert "'区人民政府' fits 3 agency names" in err
    assert all(name in err for name in ("洞头区人民政府", "鹿城区人民政府", "龙湾区人民政府"))


def test_no_match_says_so_and_suggests_the_nearest_names(capsys, sample_build):
    code, out, err = run(capsys, sample_build, "住建局", "co-responsible-agencies")
    assert (code, out) == (2, "")
    assert "no agency named '住建局' in this build" in err
    assert "nearest: 温州市住房和城乡建设局" in err


@pytest.mark.parametrize(
    ("name", "param", "value", "full"),
    [
        ("projects-by-place", "place", "瓯海", "瓯海区"),  # places.tsv's short form
        ("unmet-indicators", "plan", "生态文明建设规划", "温州市生态文明建设规划(2021-2030年)"),
        ("unmet-indicators", "table", "表2-2", "表2-2国家级生态文明建设指标规划表"),
    ],
)
def test_places_plans_and_tables_too(capsys, sample_build, name, param, value, full):
    code, out, err = run(capsys, sample_build, value, name, param)
    assert (code, err.strip()) == (0, f"note: {param}={value} read as {full}")
    assert len(out.splitlines()) > 1


def test_a_person_is_named_in_full_or_the_nearest_names_are_given(capsys, sample_build):
    code, out, err = run(capsys, sample_build, "刘小", "person-timeline", "person")
    assert (code, out) == (2, "")
    assert "no person named '刘小' in this build; nearest: 刘小涛" in err
    code, _, err = run(capsys, sample_build, "刘小涛", "person-timeline", "person")
    assert (code, err) == (0, "")
