"""Ontology documentation as one self-contained HTML page, generated from ontology/ with pyLODE.

pyLODE 3.3 (OntPub profile) renders a local rdflib Graph with its own bundled background
vocabularies: it fetches nothing when given a Graph (checked by test with sockets refused). Two
things are handled here: importing pyLODE configures the root logger at DEBUG (its supermodel
loader calls ``logging.basicConfig``), which we undo; and pyLODE prints each term's English and
Chinese labels run together ("source text来源文本"), so the graph handed to it carries one joined
label per term ("source text · 来源文本") instead. pyLODE 3.4.1 cannot be imported from a wheel
(it reads a pyproject.toml that the wheel does not ship), hence the pin to 3.3.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import logging
import re
from collections import defaultdict
from collections.abc import Iterator

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from kg.namespaces import bind_prefixes
from kg.resources import ontology_files

CONCEPTS_PAGE = "concepts.html"

LABEL_PREDICATES = (RDFS.label, DCTERMS.title, SKOS.prefLabel)
LANGUAGE_ORDER = {"en": 0, "zh": 1}


@contextlib.contextmanager
def _root_logger_kept() -> Iterator[None]:
    """Keep pyLODE off the root logger (it calls basicConfig at import and via logging.info)."""
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    quiet = logging.NullHandler()
    root.addHandler(quiet)  # with a handler present, basicConfig does nothing
    try:
        yield
    finally:
        for handler in list(root.handlers):
            if handler not in handlers:
                root.removeHandler(handler)
        root.setLevel(level)


def ontology_graph() -> Graph:
    graph = bind_prefixes(Graph(bind_namespaces="none"))
    for path in ontology_files():
        graph.parse(path, format="turtle")
    return graph


def joined_labels(graph: Graph) -> Graph:
    """A copy where each subject's labels of one predicate become one "en · zh" literal."""
    out = Graph(bind_namespaces="none")
    for prefix, ns in graph.namespaces():
        out.bind(prefix, ns, override=True, replace=True)
    labels: dict[tuple[URIRef, URIRef], list[Literal]] = defaultdict(list)
    for s, p, o in graph:
        if p in LABEL_PREDICATES and isinstance(o, Literal):
            labels[(s, p)].append(o)
        else:
            out.add((s, p, o))
    for (s, p), values in labels.items():
        ordered = sorted(values, key=lambda v: (LANGUAGE_ORDER.get(v.language or "", 2), str(v)))
        out.add((s, p, Literal(" · ".join(str(v) for v in ordered))))
    return out


_SCHEMA_ORG = re.compile(
    r'(<script id="schema.org" type="application/ld\+json">)(.*?)(</script>)', re.S
)


def _sorted_json(value: object) -> object:
    if isinstance(value, dict):
        return {k: _sorted_json(v) for k, v in sorted(value.items())}
    if isinstance(value, list):
        items = [_sorted_json(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
    return value


def _stable_schema_org(page: str) -> str:
    """pyLODE embeds schema.org JSON-LD in graph order, which varies with PYTHONHASHSEED; sort it."""

    def fix(match: re.Match[str]) -> str:
        data = _sorted_json(json.loads(match.group(2)))
        body = json.dumps(data, ensure_ascii=False, indent=2)
        return f"{match.group(1)}\n{body}\n    {match.group(3)}"

    return _SCHEMA_ORG.sub(fix, page)


def _ontpub_class():
    """pyLODE's OntPub with its namespace listing computed once per namespace, not per node × ns.

    OntPub._make_namespaces walks every node and, for each, every bound namespace through
    rdflib's slow ``Graph.namespaces()`` generator: 3.6 s of the 4.4 s a page took. The override
    lists the same namespaces (those some node's IRI starts with) in a fraction of the time."""
    from dominate.tags import code, dd, div, dl, dt, h2
    from pylode.profiles.ontpub import OntPub

    class FastOntPub(OntPub):
        def _make_namespaces(self) -> None:
            bound = [(prefix, str(ns)) for prefix, ns in self.ont.namespaces()]
            nodes = {str(n) for n in self.ont.all_nodes()} | {str(p) for p in self.ont.predicates()}
            used = {prefix: ns for prefix, ns in bound if any(n.startswith(ns) for n in nodes)}
            with self.content, div(id="namespaces"):
                h2("Namespaces")
                with dl():
                    self.toc.setdefault("namespaces", [])
                    for prefix, ns in sorted(used.items()):
                        shown = prefix if prefix != "" else ":"
                        dt(shown, id=shown)
                        dd(code(ns))
                        self.toc["namespaces"].append(("#" + prefix, prefix))

    return FastOntPub


def html(graph: Graph | None = None) -> str:
    """The HTML documentation of the ontology (default: the shipped ontology files)."""
    if graph is None:
        return _shipped_html(_ontology_digest())
    return _render(graph)


def without_schemes(graph: Graph) -> Graph:
    """The ontology without its SKOS concept schemes and concepts (documented on their own page).

    OntPub takes every skos:ConceptScheme for the document's own subject and merges their titles
    and descriptions into the ontology's metadata; the schemes get ``concepts.html`` instead,
    linked from the ontology page's metadata section."""
    vocabulary = set(graph.subjects(RDF.type, SKOS.ConceptScheme)) | set(
        graph.subjects(RDF.type, SKOS.Concept)
    )
    out = Graph(bind_namespaces="none")
    for prefix, ns in graph.namespaces():
        out.bind(prefix, ns, override=True, replace=True)
    for triple in graph:
        if triple[0] not in vocabulary:
            out.add(triple)
    return out


_METADATA_HEADING = "<h2>Metadata</h2>"
_CONCEPTS_LINK = (
    f'<h2>Metadata</h2>\n        <p><a href="{CONCEPTS_PAGE}">Controlled vocabularies · 受控词表</a> '
    "(SKOS concept schemes: document types, personnel actions, construction types…)</p>"
)


def _render(graph: Graph) -> str:
    source = joined_labels(without_schemes(graph))
    with _root_logger_kept():
        page = _ontpub_class()(source, sort_subjects=True).make_html()
    return _stable_schema_org(page).replace(_METADATA_HEADING, _CONCEPTS_LINK, 1)


def _ontology_digest() -> str:
    digest = hashlib.sha256()
    for path in ontology_files():
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


@functools.lru_cache(maxsize=2)
def _shipped_html(digest: str) -> str:
    """The page of the shipped ontology, once per process and ontology version."""
    return _render(ontology_graph())


# Concept schemes ------------------------------------------------------------------------------
_CONCEPTS_TEMPLATE = """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>gazette-kg controlled vocabularies · 受控词表</title>
<style>
body { font-family: sans-serif; margin: 2em auto; max-width: 72em; line-height: 1.5; }
table { border-collapse: collapse; width: 100%; margin-bottom: 2em; }
th, td { border: 1px solid #ccc; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
th { background: #f3f3f3; } code { font-size: 0.9em; } h2 { margin-top: 2em; }
</style>
</head>
<body>
<h1>gazette-kg controlled vocabularies · 受控词表</h1>
<p>SKOS concept schemes of the <a href="index.html">gazette-kg ontology</a>.
本体中的 SKOS 概念体系（受控取值）。</p>
<ul>
{%- for scheme in schemes %}
<li><a href="#{{ scheme.anchor }}">{{ scheme.label }}</a></li>
{%- endfor %}
</ul>
{%- for scheme in schemes %}
<h2 id="{{ scheme.anchor }}">{{ scheme.label }}</h2>
<p><code>{{ scheme.iri }}</code></p>
{%- for text in scheme.comments %}
<p>{{ text }}</p>
{%- endfor %}
<table>
<tr><th>notation</th><th>中文</th><th>English</th><th>definition · 定义</th><th>IRI</th></tr>
{%- for c in scheme.concepts %}
<tr><td><code>{{ c.notation }}</code></td><td>{{ c.zh }}</td><td>{{ c.en }}</td>
<td>{% for d in c.definitions %}{{ d }}{% if not loop.last %}<br>{% endif %}{% endfor %}</td>
<td><code>{{ c.iri }}</code></td></tr>
{%- endfor %}
</table>
{%- endfor %}
</body>
</html>
"""


def _texts(graph: Graph, subject: URIRef, predicate: URIRef, lang: str | None = None) -> list[str]:
    values = [o for o in graph.objects(subject, predicate) if isinstance(o, Literal)]
    if lang is not None:
        values = [v for v in values if v.language == lang]
    return sorted(str(v) for v in values)


def _concept_row(graph: Graph, concept: URIRef) -> dict:
    return {
        "iri": str(concept),
        "notation": " ".join(_texts(graph, concept, SKOS.notation)),
        "zh": " / ".join(_texts(graph, concept, SKOS.prefLabel, "zh")),
        "en": " / ".join(_texts(graph, concept, SKOS.prefLabel, "en")),
        "definitions": _texts(graph, concept, SKOS.definition, "en")
        + _texts(graph, concept, SKOS.definition, "zh"),
    }


def concepts_html(graph: Graph | None = None) -> str:
    """One page listing every concept scheme with its concepts (notation, labels, definition)."""
    from jinja2 import Environment

    graph = graph if graph is not None else ontology_graph()
    schemes = []
    for scheme in sorted(graph.subjects(RDF.type, SKOS.ConceptScheme)):
        concepts = sorted(set(graph.subjects(SKOS.inScheme, scheme)))
        labels = _texts(graph, scheme, SKOS.prefLabel, "en") + _texts(
            graph, scheme, SKOS.prefLabel, "zh"
        )
        schemes.append(
            {
                "iri": str(scheme),
                "anchor": str(scheme).rstrip("/").rsplit("/", 1)[-1],
                "label": " · ".join(labels) or str(scheme),
                "comments": _texts(graph, scheme, RDFS.comment, "en")
                + _texts(graph, scheme, RDFS.comment, "zh"),
                "concepts": [_concept_row(graph, c) for c in concepts],
            }
        )
    env = Environment(autoescape=True, keep_trailing_newline=True)
    return env.from_string(_CONCEPTS_TEMPLATE).render(schemes=schemes)
