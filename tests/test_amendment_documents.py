"""An amendment whose deciding document's number is written in traditional script (a 令 number,
devcorpus A-42) maps to the document known by that number read as simplified (it stopped the
build with "a document needs a number or a title" when the number could not be parsed)."""

from __future__ import annotations

from kg.extract import extract_source
from kg.iris import Minter
from kg.namespaces import ELI, GKG, RDF, RDFS
from kg.rdf import map_records
from kg.text import docnumber
from kg.text.source import read
from tests.conftest import devcorpus_path

TEXT = devcorpus_path("A-42")


def test_a_deciding_number_in_traditional_script_is_read_as_simplified():
    records = extract_source(read(TEXT))
    written = [
        r for r in records if r.kind == "amendment" and r.by and docnumber.parse(r.by) is None
    ]
    assert written  # the case this test is about is in the text: 中華人民共和國國務院令第645號
    graph, _ = map_records(records, Minter(), TEXT.name, None)
    decisions = {
        graph.value(a, GKG.amendingDocument) for a in graph.subjects(RDF.type, GKG.Amendment)
    }
    numbers = {str(n) for d in decisions for n in graph.objects(d, ELI.number)}
    assert (
        numbers
        == {docnumber.parse_written(written[0].by).normalized}
        == {"中华人民共和国国务院令第645号"}
    )
    assert all((d, RDF.type, ELI.LegalResource) in graph for d in decisions)
    assert all(graph.value(d, RDFS.label) is not None for d in decisions)
