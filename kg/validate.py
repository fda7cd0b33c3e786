"""Validation: a graph and the shapes → a :class:`Report`. The CLI decides what to print.

pyshacl is the validator of record (SHACL Core shapes from ontology/shapes/, no inference, never in
place). Its ``conforms`` flag counts a lone sh:Warning as failure, so gazette-kg decides by severity:
only sh:Violation results make a graph invalid (exit 1). Self-consistency findings (kg.checks) join
the report as sh:Warning results so that they reach the same readers in the same form.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

import pyshacl
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from kg.namespaces import GKG, OWL, RDF, RDFS, SH, bind_prefixes
from kg.resources import shape_files

MAX_DEPTH = 8

_SEVERITY_NAMES = {SH.Violation: "Violation", SH.Warning: "Warning", SH.Info: "Info"}

# The sh:sourceShape of the self-consistency findings (kg.checks): no SHACL shape can compute them
# (they compare a text's stated figures with sums over its rows, from the extracted records), so
# they name this check instead, and reports can tell them from the shapes' results.
SELF_CONSISTENCY = "https://w3id.org/gazette-kg/shapes#SelfConsistency"


@dataclass(frozen=True)
class Result:
    """One validation result."""

    severity: str  # Violation | Warning | Info
    focus: str
    path: str | None
    message: str
    value: str | None = None
    shape: str | None = None
    source: str | None = None  # where the focus node was read: "file:start-end", when known

    def line(self) -> str:
        where = f" [{self.source}]" if self.source else ""
        path = f" {self.path}" if self.path else ""
        value = f" (value: {self.value})" if self.value else ""
        return f"{self.severity}: <{self.focus}>{path}: {self.message}{value}{where}"


@dataclass
class Report:
    """Validation results, sorted, with counts by severity."""

    results: list[Result] = field(default_factory=list)
    triples: int = 0
    # True when the records were at hand and the self-consistency checks ran (a build); a graph
    # file alone (`gazette-kg validate`) can only be checked against the shapes.
    records_checked: bool = False

    @property
    def violations(self) -> list[Result]:
        return [r for r in self.results if r.severity == "Violation"]

    @property
    def warnings(self) -> list[Result]:
        return [r for r in self.results if r.severity == "Warning"]

    @property
    def valid(self) -> bool:
        """No sh:Violation results (warnings and infos never make a graph invalid)."""
        return not self.violations

    @property
    def consistency_findings(self) -> list[Result]:
        return [r for r in self.results if r.shape == SELF_CONSISTENCY]

    def extend(self, other: Report) -> None:
        self.results.extend(other.results)
        self.triples += other.triples
        self.records_checked = self.records_checked or other.records_checked
        self.results.sort(key=_sort_key)

    def scope(self) -> str:
        """What was checked, said in the report: why a build's report and `gazette-kg validate`
        on its graph.ttl can differ in warnings (never in violations or triples)."""
        if self.records_checked:
            found = len(self.consistency_findings)
            return (
                f"Checked: the shapes and the self-consistency of the texts ({found} of the "
                "warnings: figures a text states against its own rows). The latter need the "
                "extracted records: `gazette-kg validate` on graph.ttl checks the shapes only "
                "and does not list them."
            )
        return (
            "Checked: the shapes only. A build's report.txt also lists the self-consistency "
            "findings (figures a text states against its own rows, as warnings), which need the "
            "extracted records and cannot be checked on a graph file."
        )

    def to_text(self) -> str:
        head = (
            f"SHACL validation: {len(self.violations)} violation(s), "
            f"{len(self.warnings)} warning(s) over {self.triples} triples — "
            + ("valid" if self.valid else "INVALID")
        )
        return "\n".join([head, self.scope(), *(r.line() for r in self.results)]) + "\n"

    def to_graph(self) -> Graph:
        """The report as a sh:ValidationReport graph with deterministic node names."""
        graph = bind_prefixes(Graph())
        report = URIRef("urn:gazette-kg:validation-report")
        graph.add((report, RDF.type, SH.ValidationReport))
        graph.add((report, SH.conforms, Literal(not self.results)))
        for index, result in enumerate(self.results, 1):
            node = URIRef(f"urn:gazette-kg:validation-report:result:{index}")
            graph.add((report, SH.result, node))
            graph.add((node, RDF.type, SH.ValidationResult))
            graph.add((node, SH.resultSeverity, SH[result.severity]))
            graph.add((node, SH.focusNode, _node(result.focus)))
            graph.add((node, SH.resultMessage, Literal(result.message)))
            if result.path:
                graph.add((node, SH.resultPath, URIRef(result.path)))
            if result.value is not None:
                graph.add((node, SH.value, Literal(result.value)))
            if result.shape:
                graph.add((node, SH.sourceShape, _node(result.shape)))
        return graph


def _node(text: str) -> Node:
    return URIRef(text) if ":" in text else Literal(text)


def _sort_key(result: Result) -> tuple:
    order = {"Violation": 0, "Warning": 1, "Info": 2}
    return (
        order.get(result.severity, 3),
        result.focus,
        result.path or "",
        result.message,
        result.value is not None,  # no value (a missing property) before an empty literal
        result.value or "",
        result.shape or "",  # ties broken here, not by pyshacl's hash-seeded focus node order
        result.source or "",
    )


@functools.cache
def shapes_graph(name: str | None = None) -> Graph:
    """The shapes shipped in ontology/shapes/ (only ``<name>.ttl`` when given), parsed once."""
    graph = Graph()
    for path in shape_files():
        if name is None or path.stem == name:
            graph.parse(path, format="turtle")
    _COMPILED[id(graph)] = (graph, len(graph), compile_shapes(graph))
    return graph


# Shipped shapes graph id → (that graph, its size when compiled, its compiled form). Holds only
# the few graphs shapes_graph() returns, which live as long as the process anyway.
_COMPILED: dict[int, tuple[Graph, int, Graph]] = {}

_TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)


def compile_shapes(shapes: Graph) -> Graph:
    """The same shapes, with each property shape of a targeted node shape targeted directly.

    pyshacl checks a node shape's ``sh:property`` shapes one focus node at a time, re-reading the
    shape and rebuilding its constraints for every node (~11k times for the sample, 75 % of the
    validation time). SHACL gives the same results when a property shape carries the node
    shape's targets itself (each result names the property shape as its source either way), and
    pyshacl then checks it once over all its focus nodes: 4x faster, same results (tested on
    broken graphs in tests/test_validate_speed.py). Only the unambiguous cases move: a node shape
    that nothing else refers to (no sh:node, sh:or… use), has plain targets and no sh:path; a
    property shape used by that node shape alone, with a path and no targets of its own.
    """
    compiled = Graph(store="SimpleMemory")  # no named graphs: quicker lookups for pyshacl
    for prefix, namespace in shapes.namespaces():  # pyshacl's own messages name terms with them
        compiled.bind(prefix, namespace, override=True, replace=True)
    for triple in shapes:
        compiled.add(triple)
    for node in sorted(set(shapes.subjects(SH.property, None))):
        targets = [(p, o) for p in _TARGETS for o in shapes.objects(node, p)]
        if targets and _plain_node_shape(shapes, node):
            for prop in sorted(set(shapes.objects(node, SH.property))):
                if _movable_property_shape(shapes, prop):
                    compiled.remove((node, SH.property, prop))
                    for p, o in targets:
                        compiled.add((prop, p, o))
    return compiled


def _plain_node_shape(shapes: Graph, node: Node) -> bool:
    """Referred to by no other triple, no implicit class target, no other kind of target, and
    nothing that reads its sh:property list: sh:closed (the listed paths are the allowed ones)
    or a qualified value shape (whose siblings are the other shapes of that list)."""
    return (
        next(shapes.subject_predicates(node), None) is None
        and (node, SH.path, None) not in shapes
        and (node, SH.target, None) not in shapes
        and (node, SH.deactivated, None) not in shapes
        and (node, SH.closed, None) not in shapes
        and (node, RDF.type, RDFS.Class) not in shapes
        and (node, RDF.type, OWL.Class) not in shapes
        and not any(
            (prop, SH.qualifiedValueShape, None) in shapes
            for prop in shapes.objects(node, SH.property)
        )
    )


def _movable_property_shape(shapes: Graph, prop: Node) -> bool:
    """A property shape with a path, no targets, used by exactly one sh:property triple."""
    return (
        len(list(shapes.subject_predicates(prop))) == 1
        and (prop, SH.path, None) in shapes
        and (prop, SH.deactivated, None) not in shapes
        and (prop, SH.target, None) not in shapes
        and not any((prop, p, None) in shapes for p in _TARGETS)
    )


def _compiled(shapes: Graph | None) -> Graph:
    """The compiled form of ``shapes``: cached for the shipped graphs, made anew otherwise."""
    shapes = shapes if shapes is not None else shapes_graph()
    known = _COMPILED.get(id(shapes))
    if known is not None and known[0] is shapes and known[1] == len(shapes):
        return known[2]
    return compile_shapes(shapes)


def _text(graph: Graph, node: Node | None) -> str | None:
    if node is None:
        return None
    if isinstance(node, BNode):
        return None
    return str(node)


def _messages(results: Graph, node: Node) -> str:
    messages = sorted(str(m) for m in results.objects(node, SH.resultMessage))
    # Prefer the English message when shapes carry en and zh; keep both joined otherwise.
    english = [
        str(m)
        for m in results.objects(node, SH.resultMessage)
        if isinstance(m, Literal) and m.language == "en"
    ]
    return english[0] if english else " / ".join(messages) or "constraint not met"


def _span_of(data: Graph, focus: Node) -> str | None:
    """Where the focus node was read, as file:first-last line (the form the self-consistency
    findings use): the file is the source's gkg:sourceFile, or its label in a graph of an older
    build; never the source's IRI, which tells a reader nothing. A span itself is its own place."""
    from kg.namespaces import OA, PROV

    spans = [focus] if (focus, GKG.startLine, None) in data else []
    spans += sorted(data.objects(focus, PROV.wasDerivedFrom))
    # a derived fact (a membership) is derived from facts (its changes), which have spans
    spans += [s for d in spans[:] for s in sorted(data.objects(d, PROV.wasDerivedFrom))]
    for span in spans:
        start = data.value(span, GKG.startLine)
        end = data.value(span, GKG.endLine)
        if start is None:
            continue
        source = data.value(span, OA.hasSource)
        name = None
        if source is not None:
            name = data.value(source, GKG.sourceFile) or _label(data, source)
        return f"{name}:{start}-{end}" if name else f"line {start}-{end}"
    return None


def _label(data: Graph, node: Node) -> str | None:
    labels = sorted(
        data.objects(node, RDFS.label), key=lambda o: (getattr(o, "language", "") != "zh", str(o))
    )
    return str(labels[0]) if labels else None


def validate(data: Graph, shapes: Graph | None = None) -> Report:
    """Validate ``data`` against ``shapes`` (default: the shipped shapes)."""
    _, results, _ = pyshacl.validate(
        data,
        shacl_graph=_compiled(shapes),
        inference="none",
        advanced=False,
        allow_warnings=True,
        allow_infos=True,
        inplace=False,
        max_validation_depth=MAX_DEPTH,
    )
    report = Report(triples=len(data))
    for node in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(node, SH.focusNode)
        path = results.value(node, SH.resultPath)
        report.results.append(
            Result(
                severity=_SEVERITY_NAMES.get(results.value(node, SH.resultSeverity), "Violation"),
                focus=str(focus),
                path=_text(results, path),
                message=_messages(results, node),
                value=_text(results, results.value(node, SH.value)),
                shape=_text(results, results.value(node, SH.sourceShape)),
                source=_span_of(data, focus) if focus is not None else None,
            )
        )
    report.results.sort(key=_sort_key)
    return report
