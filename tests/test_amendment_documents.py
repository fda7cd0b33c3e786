"""An amendment whose deciding document has a number the parser cannot read (a 令 number in
traditional script, devcorpus A-42) maps to the document known by its title, instead of stopping
the build with "a document needs a number or a title"."""

from __future__ import annotations

from pathlib import Path

from kg.extract import extract_source
from kg.iris import Minter
from kg.namespaces import ELI, GKG, RDF, RDFS
from kg.rdf import map_records
from kg.text import docnumber
from kg.text.source import read

TEXT = (
    Path(__file__).resolve().parent.parent
    / "devcorpus"
    / "raw"
    / "A-42-guowuyuan-ling645-xiugai-xingzhengfagui-2013-12-trad.txt"
)


def test_an_unreadable_deciding_number_falls_back_to_the_decisions_title():
    records = extract_source(read(TEXT))
    unparsed = [
        r for r in records if r.kind == "amendment" and r.by and docnumber.parse(r.by) is None
    ]
    assert unparsed  # the case this test is about is in the text
    graph, _ = map_records(records, Minter(), TEXT.name, None)
    decisions = {
        graph.value(a, GKG.amendingDocument) for a in graph.subjects(RDF.type, GKG.Amendment)
    }
    titles = {str(t) for d in decisions for t in graph.objects(d, RDFS.label)}
    assert unparsed[0].by_title in titles
    assert all((d, RDF.type, ELI.LegalResource) in graph for d in decisions)
