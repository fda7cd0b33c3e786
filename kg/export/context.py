"""The JSON-LD @context gazette-kg ships: ontology terms as short keys, no remote loading.

The shipped file is ``kg/data/context.jsonld``. It is generated from the ontology (every ``gkg:``
class and property becomes a key named by its local name, object properties coerced to IRIs,
datatype properties to their declared range), plus the project's prefixes and a few reused terms web
developers meet on every node (``label``, ``prefLabel``, ``name``, ``wasDerivedFrom``, a document's
``number`` and ``title``). Plain strings default to Chinese (``"@language": "zh"``), the language of
the data; properties whose range is ``xsd:string`` opt out. Regenerate the file after adding ontology terms with

    python -m kg.export.context --write

The exporter brings a stale copy up to date from the ontology at run time (:func:`load_context`),
so an export never lacks or misdefines a term; a test checks the shipped copy is current.
"""

from __future__ import annotations

import functools
import hashlib
import json
import sys

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, XSD

from kg.namespaces import GKG_NS, PREFIXES
from kg.resources import data_file, ontology_files

CONTEXT_FILE = "context.jsonld"
DEFAULT_LANGUAGE = "zh"

# Reused terms that appear on most nodes, given short keys (key → (prefixed IRI, coercion)).
REUSED: dict[str, tuple[str, str | None]] = {
    "label": ("rdfs:label", None),
    "comment": ("rdfs:comment", None),
    "prefLabel": ("skos:prefLabel", None),
    "altLabel": ("skos:altLabel", None),
    "name": ("foaf:name", None),
    "wasDerivedFrom": ("prov:wasDerivedFrom", "@id"),
    "hasSource": ("oa:hasSource", "@id"),
    "isPartOf": ("dcterms:isPartOf", "@id"),
    "title": ("eli:title", None),
    "description": ("schema:description", None),
}
# Reused terms whose values are plain strings without a language (document numbers).
REUSED_PLAIN = {"number": "eli:number"}

_STRING_RANGES = {XSD.string}
_OBJECT_KINDS = {OWL.ObjectProperty}
_DATA_KINDS = {OWL.DatatypeProperty}


def _ontology() -> Graph:
    graph = Graph()
    for path in ontology_files():
        graph.parse(path, format="turtle")
    return graph


def _compact(iri: str) -> str:
    for prefix, ns in sorted(PREFIXES.items(), key=lambda item: -len(item[1])):
        if iri.startswith(ns) and iri != ns:
            return f"{prefix}:{iri[len(ns) :]}"
    return iri


def _term_definition(graph: Graph, term: URIRef) -> str | dict[str, str | None]:
    """A class maps to its IRI; a property to its IRI with the coercion its kind and range give."""
    kinds = set(graph.objects(term, RDF.type))
    compact = _compact(str(term))
    if kinds & _OBJECT_KINDS:
        return {"@id": compact, "@type": "@id"}
    if kinds & _DATA_KINDS:
        ranges = {r for r in graph.objects(term, RDFS.range) if isinstance(r, URIRef)}
        if len(ranges) == 1:
            (rng,) = ranges
            if rng in _STRING_RANGES:
                return {"@id": compact, "@language": None}
            if str(rng).startswith(str(XSD)):
                return {"@id": compact, "@type": _compact(str(rng))}
    return compact


def generate_context() -> dict:
    """The @context generated from the ontology files (what the shipped file should hold)."""
    return json.loads(_generated(_ontology_digest()))


def _ontology_digest() -> str:
    digest = hashlib.sha256()
    for path in ontology_files():
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


@functools.lru_cache(maxsize=2)
def _generated(digest: str) -> str:
    """The generated context as JSON text, once per process and ontology version."""
    graph = _ontology()
    context: dict[str, object] = {"@version": 1.1, "@language": DEFAULT_LANGUAGE}
    context["id"] = "@id"
    context["type"] = "@type"
    for prefix in sorted(PREFIXES):
        context[prefix] = PREFIXES[prefix]
    terms = sorted(
        {
            s
            for s in graph.subjects()
            if isinstance(s, URIRef) and str(s).startswith(GKG_NS) and len(str(s)) > len(GKG_NS)
        }
    )
    for key, (iri, coercion) in REUSED.items():
        context[key] = {"@id": iri, "@type": coercion} if coercion else iri
    for key, iri in REUSED_PLAIN.items():
        context[key] = {"@id": iri, "@language": None}
    for term in terms:
        key = str(term)[len(GKG_NS) :]
        if key in context or ":" in key:
            continue  # a prefix or a reused key already owns the name: use gkg:<key>
        context[key] = _term_definition(graph, term)
    return json.dumps({"@context": context}, ensure_ascii=False)


@functools.cache
def shipped_context() -> dict:
    """The shipped kg/data/context.jsonld, parsed."""
    with open(data_file(CONTEXT_FILE), encoding="utf-8") as handle:
        return json.load(handle)


def load_context() -> dict:
    """The shipped context brought up to date with the ontology: terms added since it was
    generated are added, terms whose definition changed take the ontology's (the shipped order
    of keys is kept, so a current shipped file gives exactly itself)."""
    merged = dict(shipped_context()["@context"])
    merged.update(generate_context()["@context"])
    return merged


def render(context: dict) -> str:
    return json.dumps(context, ensure_ascii=False, indent=2) + "\n"


def main(argv: list[str]) -> int:
    """``--write`` regenerates the shipped file; without it, print the generated context."""
    text = render(generate_context())
    if "--write" in argv:
        from kg import atomic

        atomic.write_text(data_file(CONTEXT_FILE), text)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
