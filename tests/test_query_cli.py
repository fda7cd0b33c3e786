"""gazette-kg query on the command line: --list, the four formats, --show, errors and exit codes."""

from __future__ import annotations

import csv
import io
import json

import pytest

from kg.cli import main
from kg.query import library
from kg.query.formats import width


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["query", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_list_shows_every_query_with_its_questions_and_parameters(capsys):
    code, out, err = run_cli(capsys, "--list")
    assert (code, err) == (0, "")
    for name, query in library().items():
        assert f"{name}  —  {query.title}" in out
        assert query.zh in out
        for param in query.params:
            assert f"--param {param.name}=<{param.type}>" in out


def test_csv_is_the_sparql_csv_format(sample_build, capsys):
    code, out, _ = run_cli(
        capsys,
        "personnel-changes",
        "--param",
        "action=remove",
        "--format",
        "csv",
        "--build",
        str(sample_build),
    )
    assert code == 0
    assert out.count("\r\n") == 9  # header and 8 removals (lines 1315-1339)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["person"] for r in rows][:3] == ["毛正晓", "王晓康", "程鸿伟"]
    assert {r["action"] for r in rows} == {"remove"}
    assert rows[0]["change"].startswith("https://")


def test_tsv_keeps_terms(sample_build, capsys):
    code, out, _ = run_cli(capsys, "documents", "--format", "tsv", "--build", str(sample_build))
    lines = out.splitlines()
    assert code == 0 and lines[0].startswith("?number\t?title\t?issuer")
    assert '"2023-06-22"^^<http://www.w3.org/2001/XMLSchema#date>' in lines[2]
    assert '"温州市人民政府"@zh' in lines[2]


def test_json_is_the_sparql_json_results_format(sample_build, capsys):
    code, out, _ = run_cli(
        capsys, "officials-moved", "--format", "json", "--build", str(sample_build)
    )
    document = json.loads(out)
    assert code == 0 and document["head"]["vars"][0] == "person"
    first = document["results"]["bindings"][0]
    assert first["person"] == {"type": "literal", "value": "叶明坚", "xml:lang": "zh"}
    assert len(document["results"]["bindings"]) == 4


def test_table_aligns_chinese_by_display_width(sample_build, capsys):
    code, out, _ = run_cli(
        capsys, "post-holders", "--param", "organization=温州市司法局", "--build", str(sample_build)
    )
    lines = out.splitlines()
    assert code == 0 and lines[-1] == "(2 rows)"
    column = lines[0].index("post")
    for line in lines[2:4]:  # the second column starts at the same screen column
        assert width(line[: line.index("温州市司法局副局长")]) == column


def test_show_prints_the_bound_query(capsys):
    code, out, _ = run_cli(capsys, "person-timeline", "--param", 'person=张"三', "--show")
    assert code == 0
    assert 'VALUES (?person) { ("张\\"三"@zh) }' in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["no-such-query"], "no query named 'no-such-query'"),
        (["person-timeline"], "parameter person is required"),
        (
            ["person-timeline", "--param", "person=x", "--param", "nope=1"],
            "unknown parameter 'nope'",
        ),
        (["document-status", "--param", "date=2023-13"], "parameter date: expected a date"),
        (["source-of", "--param", "entity=not an iri"], "not a valid absolute IRI"),
        (["personnel-changes", "--param", "action"], "--param expects key=value"),
        ([], "give a query name or a .rq file"),
        (["missing-file.rq"], "no such query file"),
    ],
)
def test_bad_input_is_exit_2_with_one_error_line(argv, message, tmp_path, capsys):
    code, out, err = run_cli(capsys, *argv, "--build", str(tmp_path))
    assert (code, out) == (2, "")
    assert err.startswith("error: ") and message in err and err.count("\n") == 1


def test_no_build_is_exit_2(tmp_path, capsys):
    code, _, err = run_cli(capsys, "documents", "--build", str(tmp_path / "nothing"))
    assert code == 2 and "run `gazette-kg build` first" in err


def test_a_query_file_with_its_own_header(sample_build, tmp_path, capsys):
    path = tmp_path / "mine.rq"
    path.write_text(
        "# title: Persons by name\n# param: who zh required -- a name\n"
        "PREFIX foaf: <http://xmlns.com/foaf/0.1/>\n"
        "SELECT ?who ?p WHERE { ?p foaf:name ?who } ORDER BY ?p\n",
        encoding="utf-8",
    )
    code, out, _ = run_cli(
        capsys, str(path), "--param", "who=胡坚", "--format", "csv", "--build", str(sample_build)
    )
    assert code == 0 and out.splitlines()[1].startswith("胡坚,https://")


def test_a_query_file_without_header_binds_strings_and_iris(sample_build, tmp_path, capsys):
    path = tmp_path / "plain.rq"
    path.write_text(
        "SELECT ?s WHERE { ?s <http://data.europa.eu/eli/ontology#number> ?n }", encoding="utf-8"
    )
    code, out, _ = run_cli(
        capsys,
        str(path),
        "--param",
        "n=温政发〔2023〕18号",
        "--format",
        "csv",
        "--build",
        str(sample_build),
    )
    assert code == 0 and len(out.splitlines()) == 2
