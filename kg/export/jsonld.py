"""JSON-LD written against the shipped @context: short keys, plain values, no remote loading.

We write the JSON ourselves from the sorted quads rather than through rdflib's serialiser, for two
reasons: byte-identical output (nodes, keys and values all in a fixed order), and a compaction that
uses the context the way a web developer expects (``"prefLabel": "温州市人民政府"`` instead of a
value object). The context is embedded in the document, so reading it back needs no network and no
document loader; the same context is shipped beside it as ``context.jsonld`` for reuse. Entity IRIs
under the base are written relative to it (``"id": "person/3f2a…"``, with ``@base`` in the context).

The term-selection rule is the JSON-LD compaction rule, simplified to what our data holds: a value
is written plain only when the term's coercion (``@type``/``@language``) reproduces it exactly;
otherwise it is written as an explicit ``{"@value": …}`` or ``{"@id": …}`` object under the same key.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from itertools import groupby

import pyoxigraph as ox

from kg.export.context import load_context
from kg.export.rdf import RDF_TYPE, SortedQuads, quad_key, term_key

XSD = "http://www.w3.org/2001/XMLSchema#"
XSD_STRING = XSD + "string"
_NATIVE_INTEGER = re.compile(r"-?(?:0|[1-9][0-9]*)")
_RELATIVE_SAFE = re.compile(r"[a-z0-9][a-z0-9/_.-]*")
# Relative references resolve back to the same IRI only against an http(s) base ending in "/"
# (against "…#" the fragment is dropped; against urn: the path does not merge).
_HIERARCHICAL_BASE = re.compile(r"https?://[^#?]+/")


class Compactor:
    """Turns quads into compact JSON-LD node objects under one context."""

    def __init__(self, context: dict, base_iri: str | None):
        self.context = context
        self.base = base_iri
        self.default_language = context.get("@language")
        self.prefixes = {
            k: v
            for k, v in context.items()
            if isinstance(v, str) and not k.startswith("@") and v.endswith(("#", "/"))
        }
        self.by_iri: dict[str, str] = {}
        for key, value in sorted(context.items()):
            iri = value.get("@id") if isinstance(value, dict) else value
            if key.startswith("@") or not isinstance(iri, str) or key in self.prefixes:
                continue
            self.by_iri.setdefault(self.expand(iri), key)

    def expand(self, value: str) -> str:
        prefix, sep, local = value.partition(":")
        if sep and prefix in self.prefixes and not local.startswith("//"):
            return self.prefixes[prefix] + local
        return value

    def compact_iri(self, iri: str) -> str:
        """``prefix:local`` when a prefix fits, else the IRI itself."""
        best = ""
        for prefix, ns in self.prefixes.items():
            if iri.startswith(ns) and len(ns) > len(self.prefixes.get(best, "")):
                local = iri[len(ns) :]
                if local and not local.startswith("/") and "#" not in local:
                    best = prefix
        return f"{best}:{iri[len(self.prefixes[best]) :]}" if best else iri

    def ref(self, iri: str) -> str:
        """An IRI in @id position: relative to @base when under it, else compacted."""
        if self.base and iri.startswith(self.base):
            rest = iri[len(self.base) :]
            if _RELATIVE_SAFE.fullmatch(rest):
                return rest
        return self.compact_iri(iri)

    def key(self, predicate: str) -> tuple[str, dict | str | None]:
        term = self.by_iri.get(predicate)
        if term is not None:
            return term, self.context[term]
        return self.compact_iri(predicate), None

    def type_value(self, iri: str) -> str:
        return self.by_iri.get(iri) or self.compact_iri(iri)

    def value(self, obj: ox.NamedNode | ox.BlankNode | ox.Literal, definition) -> object:
        coercion = definition.get("@type") if isinstance(definition, dict) else None
        if isinstance(obj, ox.NamedNode | ox.BlankNode):
            ref = self.ref(obj.value) if isinstance(obj, ox.NamedNode) else f"_:{obj.value}"
            return ref if coercion == "@id" else {"@id": ref}
        return self._literal(obj, definition, coercion)

    def _literal(self, obj: ox.Literal, definition, coercion: str | None) -> object:
        datatype = obj.datatype.value
        if coercion and coercion != "@id":
            if self.expand(coercion) == datatype and not obj.language:
                return obj.value
            return self._value_object(obj)
        language = self.default_language
        if isinstance(definition, dict) and "@language" in definition:
            language = definition["@language"]
        if obj.language:
            return obj.value if obj.language == language else self._value_object(obj)
        if datatype == XSD_STRING:
            return obj.value if language is None else {"@value": obj.value}
        if datatype == XSD + "integer" and _NATIVE_INTEGER.fullmatch(obj.value):
            return int(obj.value)
        if datatype == XSD + "boolean" and obj.value in ("true", "false"):
            return obj.value == "true"
        return self._value_object(obj)

    def _value_object(self, obj: ox.Literal) -> dict:
        if obj.language:
            return {"@value": obj.value, "@language": obj.language}
        if obj.datatype.value == XSD_STRING:
            return {"@value": obj.value}
        return {"@value": obj.value, "@type": self.compact_iri(obj.datatype.value)}

    def node(self, subject, triples: list[ox.Quad]) -> dict:
        """One node object: id, type, then the other keys sorted, values in term order."""
        sid = self.ref(subject.value) if isinstance(subject, ox.NamedNode) else f"_:{subject.value}"
        node: dict[str, object] = {"id": sid}
        types = [
            self.type_value(q.object.value)
            for q in triples
            if q.predicate.value == RDF_TYPE and isinstance(q.object, ox.NamedNode)
        ]
        if types:
            node["type"] = types[0] if len(types) == 1 else types
        props: dict[str, list] = {}
        for q in triples:
            if q.predicate.value == RDF_TYPE and isinstance(q.object, ox.NamedNode):
                continue
            key, definition = self.key(q.predicate.value)
            props.setdefault(key, []).append(self.value(q.object, definition))
        for key in sorted(props):
            values = props[key]
            node[key] = values[0] if len(values) == 1 else values
        return node

    def nodes(self, quads: Iterable[ox.Quad]) -> list[dict]:
        """The node objects of one graph's quads, given in :func:`quad_key` order: each subject's
        quads are one run there, already in the order a node lists them, so only the runs are
        sorted (by subject, IRIs by value), not every quad again."""
        runs = [(subject, list(group)) for subject, group in groupby(quads, key=_subject)]
        runs.sort(key=lambda run: term_key(run[0]))
        return [self.node(subject, triples) for subject, triples in runs]


def _subject(quad: ox.Quad) -> object:
    return quad.subject


def document(
    quads: list[ox.Quad], base_iri: str | None = None, context: dict | None = None
) -> dict:
    """The whole dataset as one JSON-LD document: default-graph nodes, then one graph object per
    named graph, in IRI order."""
    context = dict(context or load_context())
    base = base_iri if base_iri and _HIERARCHICAL_BASE.fullmatch(base_iri) else None
    if base:
        context["@base"] = base
    compactor = Compactor(context, base)
    ordered = quads if isinstance(quads, SortedQuads) else sorted(quads, key=quad_key)
    top: list[dict] = []
    for name, group in groupby(ordered, key=lambda q: q.graph_name):
        nodes = compactor.nodes(group)
        if isinstance(name, ox.DefaultGraph):
            top.extend(nodes)
        else:
            top.append({"id": compactor.ref(name.value), "@graph": nodes})
    return {"@context": context, "@graph": top}


def jsonld_bytes(quads: list[ox.Quad], base_iri: str | None = None) -> bytes:
    text = json.dumps(document(quads, base_iri), ensure_ascii=False, indent=1)
    return (text + "\n").encode("utf-8")
