"""`gazette-kg export` on the sample build: formats, determinism, DCAT-AP/VoID, safety."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, RDF, RDFS, SKOS, VOID

from kg.errors import DataInvalid, InputError, UsageError
from kg.export import dcatap, export, load_build
from kg.export.dcat import SPDX
from kg.export.metadata import Metadata
from kg.export.metadata import load as load_metadata
from kg.export.rdf import nquads_bytes, read_trig

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def exported(sample_build, tmp_path_factory) -> Path:
    """The sample build exported once, in process, with the network refused."""
    out = tmp_path_factory.mktemp("export") / "out"
    connect = socket.socket.connect

    def refuse(*args, **kwargs):
        raise AssertionError("export tried to use the network")

    socket.socket.connect = refuse
    try:
        export(sample_build, out)
    finally:
        socket.socket.connect = connect
    return out


def catalog(folder: Path) -> Graph:
    return Graph().parse(folder / "catalog.ttl", format="turtle")


def quad_lines(quads) -> set[bytes]:
    return set(nquads_bytes(quads).splitlines())


def triple_lines(quads) -> set[bytes]:
    return {ox.serialize([q.triple], format=ox.RdfFormat.N_TRIPLES) for q in quads}


def test_every_format_round_trips_to_the_build(sample_build, exported):
    build = read_trig(sample_build / "graph.trig")
    assert quad_lines(read_trig(exported / "graph.trig")) == quad_lines(build)
    as_jsonld = ox.parse(path=str(exported / "graph.jsonld"), format=ox.RdfFormat.JSON_LD)
    assert quad_lines(list(as_jsonld)) == quad_lines(build)
    union = triple_lines(build)
    for name, fmt in (("graph.ttl", ox.RdfFormat.TURTLE), ("graph.nt", ox.RdfFormat.N_TRIPLES)):
        assert triple_lines(ox.parse(path=str(exported / name), format=fmt)) == union, name
    lines = (exported / "graph.nt").read_bytes().splitlines()
    assert lines == sorted(lines)


def test_jsonld_reads_with_rdflib_from_the_embedded_context(sample_build, exported):
    from rdflib import Dataset

    data = (exported / "graph.jsonld").read_text(encoding="utf-8")
    assert json.loads(data)["@context"]["@base"] == load_build(sample_build).base_iri
    back = Dataset()
    back.parse(data=data, format="json-ld")
    assert quad_lines(back) == quad_lines(read_trig(sample_build / "graph.trig"))


def test_two_runs_under_different_hash_seeds_give_identical_bytes(sample_build, tmp_path):
    outs = []
    for seed in ("0", "1"):
        out = tmp_path / f"seed{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "kg.cli",
                "export",
                "--build",
                str(sample_build),
                "--out",
                str(out),
                "--excel",
            ],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr
        outs.append(
            {
                p.relative_to(out).as_posix(): p.read_bytes()
                for p in sorted(out.rglob("*"))
                if p.is_file()
            }
        )
    assert outs[0].keys() == outs[1].keys()
    assert outs[0]["csv/projects.csv"].startswith(b"\xef\xbb\xbfiri,")  # --excel: BOM
    assert b",'-," in outs[0]["csv/indicators.csv"]  # the sample's "-" units, neutralised
    for name in outs[0]:
        assert outs[0][name] == outs[1][name], name


def test_catalog_validates_with_dcat_ap_and_describes_every_file(exported):
    graph = catalog(exported)
    result = dcatap.check(graph)
    assert result.valid, result.summary_lines()
    files = sorted(p.relative_to(exported).as_posix() for p in exported.rglob("*") if p.is_file())
    described = {}
    for dist in graph.subjects(RDF.type, DCAT.Distribution):
        url = str(graph.value(dist, DCAT.downloadURL))
        path = next(f for f in files if url.endswith("/" + f))
        checksum = graph.value(dist, SPDX.checksum)
        described[path] = (
            int(graph.value(dist, DCAT.byteSize)),
            str(graph.value(checksum, SPDX.checksumValue)),
            graph.value(dist, DCAT.mediaType),
        )
    own = {"catalog.ttl", "catalog-report.txt", "README.md", "SHA256SUMS"}
    assert sorted(described) == sorted(set(files) - own)
    for path, (size, digest, media) in described.items():
        data = (exported / path).read_bytes()
        assert size == len(data), path
        assert digest == hashlib.sha256(data).hexdigest(), path
        assert str(media).startswith("https://www.iana.org/assignments/media-types/"), path
    sums = (exported / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    for line in sums:
        digest, path = line.split("  ", 1)
        assert hashlib.sha256((exported / path).read_bytes()).hexdigest() == digest
    assert len(sums) == len(files) - 1


def test_void_statistics_per_named_graph(sample_build, exported):
    graph, build = catalog(exported), read_trig(sample_build / "graph.trig")
    dataset = next(graph.subjects(RDF.type, DCAT.Dataset))
    assert (dataset, RDF.type, VOID.Dataset) in graph
    assert int(graph.value(dataset, VOID.triples)) == len({q.triple for q in build})
    names = {q.graph_name.value for q in build if isinstance(q.graph_name, ox.NamedNode)}
    subsets = set(graph.objects(dataset, VOID.subset))
    assert {str(s) for s in subsets} == names
    for subset in subsets:
        expected = sum(1 for q in build if q.graph_name.value == str(subset))
        assert int(graph.value(subset, VOID.triples)) == expected
    manifest = json.loads((sample_build / "manifest.json").read_text(encoding="utf-8"))
    assert str(graph.value(dataset, VOID.uriSpace)) == manifest["base_iri"]


def test_no_licence_is_assumed_and_the_placeholder_is_named(exported):
    graph = catalog(exported)
    assert not list(graph.objects(None, DCTERMS.license))
    rights = set(graph.objects(None, DCTERMS.rights))
    assert len(rights) == 1
    comments = {str(c) for c in graph.objects(next(iter(rights)), RDFS.comment)}
    assert any("has not set a licence" in c for c in comments)
    readme = (exported / "README.md").read_text(encoding="utf-8")
    assert "placeholder base https://example.org/" in readme
    assert "no licence given" in readme
    report = (exported / "catalog-report.txt").read_text(encoding="utf-8")
    assert "0 violations" in report and "dcterms:license" in report


def test_dates_come_from_the_data(sample_build, exported):
    graph = catalog(exported)
    dataset = next(graph.subjects(RDF.type, DCAT.Dataset))
    dates = sorted(
        q.object.value
        for q in read_trig(sample_build / "graph.trig")
        if isinstance(q.object, ox.Literal)
        and q.object.datatype.value.endswith("#date")
        and q.graph_name.value != "https://w3id.org/gazette-kg/ontology"
    )
    temporal = graph.value(dataset, DCTERMS.temporal)
    if not dates:
        pytest.skip("the sample build has no dated facts yet")
    assert str(graph.value(temporal, DCAT.startDate)) == dates[0]
    assert str(graph.value(temporal, DCAT.endDate)) == dates[-1]


def test_publisher_metadata_and_licence(sample_build, tmp_path):
    meta_file = tmp_path / "publish.toml"
    meta_file.write_text(
        'title_en = "Wenzhou gazette graph"\npublisher = "温州市数据局"\n'
        'publisher_type = "LocalAuthority"\nkeywords = ["温州"]\n',
        encoding="utf-8",
    )
    meta = load_metadata(meta_file).merged(
        sparql_endpoint="https://data.example.gov.cn/sparql",
        license="https://data.example.gov.cn/terms",
        rights="须遵守开放协议",
        download_url="https://data.example.gov.cn/dumps/",
        contact_email="open@example.gov.cn",
    )
    result = export(sample_build, tmp_path / "out", ["turtle"], meta)
    graph = catalog(tmp_path / "out")
    assert result.validation.valid
    licence = URIRef("https://data.example.gov.cn/terms")
    assert (None, DCTERMS.license, licence) in graph
    assert (licence, RDF.type, DCTERMS.LicenseDocument) in graph
    assert (None, DCTERMS.title, Literal("Wenzhou gazette graph", lang="en")) in graph
    urls = {str(o) for o in graph.objects(None, DCAT.downloadURL)}
    assert "https://data.example.gov.cn/dumps/graph.ttl" in urls
    assert not any("licence" in note for note in result.notes)
    service = next(graph.subjects(RDF.type, DCAT.DataService))
    assert (service, DCAT.endpointURL, URIRef("https://data.example.gov.cn/sparql")) in graph
    dumps = {str(o) for o in graph.objects(None, VOID.dataDump)}
    assert dumps == {"https://data.example.gov.cn/dumps/graph.ttl"}
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "README.md",
        "SHA256SUMS",
        "catalog-report.txt",
        "catalog.ttl",
        "graph.ttl",
        "ontology",
    ]


def test_bad_metadata_is_a_usage_or_input_error(tmp_path):
    with pytest.raises(UsageError):
        Metadata().merged(license="not an iri")
    with pytest.raises(UsageError):
        Metadata().merged(publisher_type="Government")
    bad = tmp_path / "m.toml"
    bad.write_text('licence = "x"\n', encoding="utf-8")
    with pytest.raises(InputError, match="unknown keys licence"):
        load_metadata(bad)


def test_violations_are_fatal_and_warnings_are_not():
    graph = Graph()
    dist = URIRef("https://example.org/d")
    graph.add((dist, RDF.type, DCAT.Distribution))  # no dcat:accessURL: mandatory
    result = dcatap.check(graph)
    assert not result.valid
    assert any(f.path == "dcat:accessURL" for f in result.violations)


def test_refuses_to_replace_a_folder_that_is_not_an_export(sample_build, tmp_path):
    precious = tmp_path / "home"
    precious.mkdir()
    (precious / "notes.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(UsageError, match="not a gazette-kg export"):
        export(sample_build, precious, ["turtle"])
    assert (precious / "notes.txt").read_text(encoding="utf-8") == "keep me"
    with pytest.raises(UsageError, match="build folder"):
        export(sample_build, sample_build, ["turtle"])


def test_missing_build_and_unknown_format(tmp_path, sample_build):
    with pytest.raises(InputError, match="run `gazette-kg build` first"):
        export(tmp_path / "nothing", tmp_path / "out")
    with pytest.raises(UsageError, match="unknown format"):
        export(sample_build, tmp_path / "out", ["rdfxml"])


def test_a_failed_export_leaves_the_earlier_one(sample_build, tmp_path, monkeypatch):
    out = tmp_path / "out"
    export(sample_build, out, ["turtle"])
    before = (out / "catalog.ttl").read_bytes()
    from kg import export as export_module

    failing = dcatap.Result((dcatap.Finding("Violation", "x", "dcat:accessURL", "missing"),))
    monkeypatch.setattr(export_module.dcatap, "check", lambda graph: failing)
    with pytest.raises(DataInvalid):
        export(sample_build, out, ["turtle", "ntriples"])
    assert (out / "catalog.ttl").read_bytes() == before
    assert not (out / "graph.nt").exists()


def test_cli_prints_notes_and_help_has_an_example(sample_build, tmp_path, capsys):
    from kg.cli import main
    from kg.commands import export as command

    out = tmp_path / "o"
    code = main(
        [
            "export",
            "--build",
            str(sample_build),
            "--out",
            str(out),
            "--format",
            "trig",
            "--format",
            "csv",
            "--keyword",
            "生态",
        ]
    )
    assert code == 0
    assert (out / "graph.trig").is_file() and not (out / "graph.ttl").exists()
    err = capsys.readouterr().err
    files = sum(1 for p in out.rglob("*") if p.is_file())
    assert f"exported {out}/: {files} files; CSV rows: documents" in err
    assert "personnel_changes 16" in err and "projects 49" in err
    assert "note: the entity IRIs use the placeholder base" in err
    assert "note: no licence given" in err
    assert "gazette-kg export" in command.EPILOG.rsplit("examples:", 1)[1]
    assert (
        main(["export", "--build", str(sample_build), "--out", str(out), "--license", "not an iri"])
        == 2
    )


def test_csv_tables_are_distributions(exported):
    names = sorted(p.name for p in (exported / "csv").iterdir())
    assert {"personnel_changes.csv", "projects.csv", "amendments.csv"} <= set(names)
    graph = catalog(exported)
    titles = {str(t) for t in graph.objects(None, DCTERMS.title)}
    assert "Personnel changes (CSV table)" in titles
    data = (exported / "csv" / "projects.csv").read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf") and data.startswith(b"iri,")


def test_ontology_documentation_is_self_contained(exported):
    html = (exported / "ontology" / "index.html").read_text(encoding="utf-8")
    assert "政府公报知识图谱本体" in html and "source span · 来源片段" in html
    assert "<script src=" not in html and 'rel="stylesheet" href="http' not in html
    assert 'href="concepts.html"' in html
    head = html[: html.index("<h2>Classes</h2>")]
    assert "文种" not in head  # concept schemes are not mixed into the metadata
    concepts = (exported / "ontology" / "concepts.html").read_text(encoding="utf-8")
    ontology = Graph()
    for path in sorted((ROOT / "ontology").rglob("*.ttl")):
        if "shapes" not in path.parts:
            ontology.parse(path, format="turtle")
    schemes = set(ontology.subjects(RDF.type, SKOS.ConceptScheme))
    assert schemes
    for concept in ontology.subjects(RDF.type, SKOS.Concept):
        assert f"<code>{concept}</code>" in concepts, concept
    assert all(f"<code>{scheme}</code>" in concepts for scheme in schemes)


def test_copied_shapes_are_the_official_files():
    shipped = ROOT / "kg" / "data" / "dcat-ap-3.0.1"
    assert "CC BY 4.0" in (shipped / "README.md").read_text(encoding="utf-8")
    shared = ROOT.parent / "shared" / "vocab" / "dcat-ap-3.0.1"
    if not shared.is_dir():
        pytest.skip("shared/vocab not beside the repository")
    for name in ("dcat-ap-SHACL.ttl", "ranges.ttl", "shapes_recommended.ttl", "dcat-ap.jsonld"):
        assert (shipped / name).read_bytes() == (shared / name).read_bytes(), name


def test_export_of_a_copy_is_the_same(sample_build, exported, tmp_path):
    """The export depends on the build's content, not on where the build folder is."""
    copy = tmp_path / "copy"
    shutil.copytree(sample_build, copy, ignore=shutil.ignore_patterns("store", "views"))
    export(copy, tmp_path / "out")
    for path in exported.rglob("*"):
        if path.is_file():
            rel = path.relative_to(exported)
            assert (tmp_path / "out" / rel).read_bytes() == path.read_bytes(), rel


def test_catalogue_iris_are_pinned():
    """Harvesters (ckanext-dcat) delete a dataset whose IRI changes: these must stay put."""
    from kg.iris import Minter

    minter = Minter("https://data.example.gov.cn/id/")
    assert str(minter.dataset()) == "https://data.example.gov.cn/id/dataset/f5fe1d9890ddf97f"
    assert str(minter.catalog()) == "https://data.example.gov.cn/id/catalog/f5fe1d9890ddf97f"
    assert str(minter.distribution("graph.ttl")).startswith(
        "https://data.example.gov.cn/id/distribution/"
    )
    assert minter.distribution("graph.ttl") != minter.distribution("graph.nt")
    assert str(minter.file_url("https://x.example/dumps", "csv/projects.csv")) == (
        "https://x.example/dumps/csv/projects.csv"
    )
