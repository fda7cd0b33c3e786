"""Validate the export's catalogue with the official DCAT-AP 3.0.1 SHACL shapes.

The shapes are SEMIC's release files, shipped unchanged in ``kg/data/dcat-ap-3.0.1/`` (CC BY 4.0,
© European Union; see the README there): ``dcat-ap-SHACL.ttl`` (mandatory properties, cardinalities,
ranges as sh:Violation), ``ranges.ttl`` and ``shapes_recommended.ttl`` (recommended properties as
sh:Warning). pyshacl runs them with no inference and no remote imports. We decide by severity, not by
pyshacl's ``conforms`` flag: warnings (recommended properties left out, such as a licence the
publisher did not give) are reported; violations fail the export.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from pyshacl import validate
from rdflib import Graph
from rdflib.namespace import RDF, SH

from kg.resources import data_file

SHAPES_DIR = "dcat-ap-3.0.1"
SHAPE_FILES = ("dcat-ap-SHACL.ttl", "ranges.ttl", "shapes_recommended.ttl")


@dataclass(frozen=True)
class Finding:
    severity: str  # Violation | Warning | Info
    focus: str
    path: str
    message: str

    def line(self) -> str:
        return f"{self.severity}: {self.focus} {self.path}: {self.message}"


@dataclass(frozen=True)
class Result:
    findings: tuple[Finding, ...]

    @property
    def violations(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "Violation"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity != "Violation"]

    @property
    def valid(self) -> bool:
        return not self.violations

    def summary_lines(self) -> list[str]:
        """One line per distinct (severity, path, message), naming the nodes it concerns."""
        groups: dict[tuple[str, str, str], list[str]] = {}
        for f in self.findings:
            groups.setdefault((f.severity, f.path, f.message), []).append(f.focus)
        lines = []
        for (sev, path, msg), nodes in sorted(groups.items()):
            shown = ", ".join(nodes[:3]) + (f" and {len(nodes) - 3} more" if len(nodes) > 3 else "")
            lines.append(f"{sev}: {path}: {msg} ({len(nodes)}: {shown})")
        return lines


def dangling_property_links(graph: Graph) -> list[tuple]:
    """``sh:property`` links to shapes the files never define.

    The 3.0.1 release has a few (2 in dcat-ap-SHACL.ttl, 5 with ranges.ttl, whose node shapes list
    every property shape of the profile but define only the range ones). pyshacl stops with "not a
    well-formed SHACL PropertyShape" on them, so they are dropped at load time; the files
    themselves are shipped unchanged."""
    return sorted(
        (s, p, o)
        for s, p, o in graph.triples((None, SH.property, None))
        if (o, None, None) not in graph
    )


@functools.cache
def shapes_graph() -> Graph:
    graph = Graph()
    for name in SHAPE_FILES:
        graph.parse(data_file(f"{SHAPES_DIR}/{name}"), format="turtle")
    for triple in dangling_property_links(graph):
        graph.remove(triple)
    return graph


_FOCUS_TAIL = re.compile(r" on <[^>]*>->\S+$|\s+$")


def _short(graph: Graph, node: object) -> str:
    if node is None:
        return ""
    try:
        return graph.namespace_manager.normalizeUri(node)  # type: ignore[arg-type]
    except Exception:
        return str(node)


def check(catalog: Graph) -> Result:
    """Run the DCAT-AP 3.0.1 shapes over ``catalog``; findings sorted for stable output."""
    _, report, _ = validate(
        catalog,
        shacl_graph=shapes_graph(),
        inference="none",
        advanced=False,
        allow_warnings=True,
        do_owl_imports=False,
    )
    findings = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        severity = str(report.value(result, SH.resultSeverity)).rsplit("#", 1)[-1]
        messages = sorted(str(m) for m in report.objects(result, SH.resultMessage))
        english = [m for m in messages if m.isascii()] or messages
        findings.append(
            Finding(
                severity=severity,
                focus=_short(catalog, report.value(result, SH.focusNode)),
                path=_short(catalog, report.value(result, SH.resultPath)),
                message=_FOCUS_TAIL.sub("", english[0]) if english else "",
            )
        )
    return Result(
        tuple(sorted(set(findings), key=lambda f: (f.severity, f.focus, f.path, f.message)))
    )
