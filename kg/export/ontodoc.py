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
from rdflib.namespace import DCTERMS, RDFS, SKOS

from kg.namespaces import bind_prefixes
from kg.resources import ontology_files

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


def _render(graph: Graph) -> str:
    source = joined_labels(graph)
    with _root_logger_kept():
        page = _ontpub_class()(source, sort_subjects=True).make_html()
    return _stable_schema_org(page)


def _ontology_digest() -> str:
    digest = hashlib.sha256()
    for path in ontology_files():
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


@functools.lru_cache(maxsize=2)
def _shipped_html(digest: str) -> str:
    """The page of the shipped ontology, once per process and ontology version."""
    return _render(ontology_graph())
