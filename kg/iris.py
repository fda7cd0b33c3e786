"""The one place that mints IRIs. Nothing else builds an IRI from strings.

Every entity IRI is ``{base}{kind}/{digest}`` where ``digest`` is 16 hex characters of BLAKE2b over
the entity's stable key parts, each part first reduced by ``kg.text.normalize.key`` (so 〔〕, [] and
【】 spellings of one 发文字号, full-width digits or zero-width characters give one IRI). IRIs are
ASCII and checked with Oxigraph's IRI parser when minted, never at serialisation time.

Keys (see docs/architecture.md §Identifiers):

==================  ==========================================================
issue               gazette title, year, issue number
document            issuing government, 发文字号 (or, known only by title: government, title;
                    named by neither: the statement reporting it: source key, line, target,
                    action; one act for several records: source key, the line its text opens at)
organization        canonical full name
person              government, name
post                organization key, role
personnel change    notice key, person, post, action
membership          post, person, the change that started it
project             plan document key, list (near|long), sequence
place               canonical name
event               source key, date, title
amendment           deciding document key, target document key
modification        amendment IRI + provision + ordinal
indicator           plan key, table, sequence, sub-indicator
indicator table     plan key, table caption
observation         indicator IRI + value kind (reference, baseline, target-near, target-far,
                    cumulative; an area's target keeps its column's place, target-near/far)
stated figure       plan key, subject, scope, summary table (or none), value
span                source key, first line, last line
graph               source key
catalog, dataset    the constant "gazette-kg" (one per base IRI)
distribution        file path inside the export folder
agent               name (a publisher without an IRI of its own)
==================  ==========================================================
"""

from __future__ import annotations

import functools
import hashlib
import os
from dataclasses import dataclass

import pyoxigraph
from rdflib import URIRef

from kg.errors import UsageError
from kg.namespaces import DEFAULT_BASE_IRI
from kg.text import docnumber
from kg.text.normalize import key as normal_key
from kg.text.normalize import title_key

BASE_IRI_ENV = "GAZETTE_KG_BASE_IRI"


def check_iri(iri: str) -> str:
    """Return ``iri`` if it is a valid absolute IRI; raise ValueError otherwise."""
    if not iri.isascii():
        raise ValueError(f"IRI is not ASCII: {iri!r}")
    pyoxigraph.NamedNode(iri)  # raises ValueError on a bad code point or a relative IRI
    return iri


def digest(*parts: object) -> str:
    """16 hex characters identifying the key ``parts`` (each normalised for matching)."""
    try:
        return _known_digest(*parts)
    except TypeError:  # an unhashable part: computed without the memo
        return _digest(*parts)


def _digest(*parts: object) -> str:
    text = "\x1f".join(normal_key(str(p)) if p is not None else "\x00" for p in parts)
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


# Bounded memo: one entity is minted again for every fact that names it (a span for every fact
# read from it). ``typed`` keeps 1 and True (or a str and a URIRef) apart, as str() does.
_known_digest = functools.lru_cache(maxsize=8192, typed=True)(_digest)


def resolve_base(base: str | None = None) -> str:
    """The base IRI: the argument, else $GAZETTE_KG_BASE_IRI, else the example.org placeholder."""
    base = base or os.environ.get(BASE_IRI_ENV) or DEFAULT_BASE_IRI
    if not base.endswith(("/", "#")):
        base += "/"
    try:
        check_iri(base)
    except ValueError as exc:
        raise UsageError(f"invalid base IRI {base!r}: {exc}") from None
    if not base.startswith(("http://", "https://", "urn:")):
        raise UsageError(f"invalid base IRI {base!r}: must start with http://, https:// or urn:")
    return base


@dataclass(frozen=True)
class Minter:
    """Mints entity IRIs under one base IRI."""

    base: str = DEFAULT_BASE_IRI

    @property
    def is_placeholder(self) -> bool:
        return self.base == DEFAULT_BASE_IRI

    def mint(self, kind: str, *parts: object) -> URIRef:
        return URIRef(check_iri(f"{self.base}{kind}/{digest(*parts)}"))

    def sub(self, parent: URIRef, kind: str, *parts: object) -> URIRef:
        """An IRI under ``parent`` (a modification of an amendment, a sub-indicator)."""
        return URIRef(check_iri(f"{parent}/{kind}/{digest(*parts)}"))

    # Named entities --------------------------------------------------------------------------
    def issue(self, gazette: str, year: int | None, number: int | None) -> URIRef:
        return self.mint("issue", gazette, year, number)

    def document(self, government: str | None, number: str) -> URIRef:
        """A document by 发文字号; every bracket and digit spelling of one number gives one IRI.
        (A presidential order's number without its term names no one order: the caller keys it
        by :meth:`order_in_source`, kg.rdf.context.MapContext.document.)"""
        parsed = docnumber.parse(number)
        return self.mint("document", government, parsed.normalized if parsed else number)

    def order_in_source(self, source_key: str, number: str) -> URIRef:
        """A presidential order named by its number without its term (中华人民共和国主席令第20号):
        one order within the text that names it, but the sequence restarts with each term and the
        title is reused (立法法's 2015 and 2023 amending decisions are both 全国人民代表大会关于
        修改《中华人民共和国立法法》的决定): known within that text only, never merged with
        another text's order."""
        return self.mint("document", "order-in-source", source_key, number)

    def document_by_title(self, government: str | None, title: str) -> URIRef:
        """A document known only by its title (year-range spellings unified)."""
        return self.mint("document", government, "title", title_key(title))

    def unnamed_document(self, source_key: str, line: int, target: URIRef, action: str) -> URIRef:
        """An act a text names neither by number nor by title (gkg:UnnamedDocument), known by the
        statement that reports it: never the same IRI as another act's."""
        return self.mint("document", "unnamed", source_key, line, target, action)

    def unnamed_act(self, source_key: str, line: int) -> URIRef:
        """Such an act that the text shows is one for several records: known by the line its text
        (the decision whose copy lost its head, K-07) or the sentence reporting it opens at."""
        return self.mint("document", "unnamed", source_key, "act", line)

    def organization(self, name: str) -> URIRef:
        return self.mint("organization", name)

    def collective_party(self, government: str | None, name: str) -> URIRef:
        """A collective party (相关县(市、区)政府) means different members under each government."""
        return self.mint("organization", government, name)

    def organization_change(self, original: URIRef, resulting: URIRef, change: str) -> URIRef:
        return self.mint("organization-change", original, resulting, change)

    def person(self, government: str | None, name: str) -> URIRef:
        return self.mint("person", government, name)

    def post(self, organization_key: str | None, role: str) -> URIRef:
        return self.mint("post", organization_key, role)

    def personnel_change(self, notice: str | None, person: str, post: str, action: str) -> URIRef:
        return self.mint("personnel-change", notice, person, post, action)

    def membership(self, post: URIRef, person: URIRef, started_by: URIRef | None) -> URIRef:
        return self.mint("membership", post, person, started_by)

    def project(self, plan: str | None, list_name: str, seq: int) -> URIRef:
        return self.mint("project", plan, list_name, seq)

    def place(self, name: str) -> URIRef:
        return self.mint("place", name)

    def event(self, source_key: str, date: str | None, title: str) -> URIRef:
        return self.mint("event", source_key, date, title)

    def amendment(self, decision: URIRef, target: URIRef) -> URIRef:
        return self.mint("amendment", decision, target)

    def modification(self, amendment: URIRef, provision: str | None, ordinal: int) -> URIRef:
        return self.sub(amendment, "modification", provision, ordinal)

    def indicator(self, plan: str | None, table: str, seq: int | None, sub: str | None) -> URIRef:
        return self.mint("indicator", plan, table, seq, sub)

    def indicator_table(self, plan: str | None, table: str) -> URIRef:
        """An indicator table (a qb:DataSet): plan key, table caption."""
        return self.mint("indicator-table", plan, table)

    def observation(self, indicator: URIRef, value_kind: str) -> URIRef:
        """One cell of an indicator table: the indicator's IRI + the column (baseline, target…)."""
        return self.sub(indicator, "observation", value_kind)

    def stated_figure(
        self, plan: str | None, subject: str, scope: str | None, table: str | None, value: str
    ) -> URIRef:
        """A figure a plan states about itself: plan, what is counted, its scope, where (a summary
        table's caption or the prose), and the value (two statements that differ stay apart)."""
        return self.mint("stated-figure", plan, subject, scope, table, value)

    def span(self, source_key: str, start: int, end: int) -> URIRef:
        return self.mint("span", source_key, start, end)

    def graph(self, source_key: str) -> URIRef:
        return self.mint("graph", source_key)

    def concept(self, scheme: str, notation: str) -> URIRef:
        """Controlled values live in the fixed concept namespace, not under the base."""
        from kg.namespaces import CONCEPT_NS

        return URIRef(check_iri(f"{CONCEPT_NS}{scheme}/{notation}"))

    # Dataset metadata (kg.export) ------------------------------------------------------------
    def catalog(self) -> URIRef:
        """The DCAT catalogue of an export: one per base IRI, stable across releases."""
        return self.mint("catalog", "gazette-kg")

    def dataset(self) -> URIRef:
        """The exported dataset (dcat:Dataset and void:Dataset): stable across releases."""
        return self.mint("dataset", "gazette-kg")

    def distribution(self, file_name: str) -> URIRef:
        """One file of an export, keyed by its path inside the export folder."""
        return self.mint("distribution", file_name)

    def agent(self, name: str) -> URIRef:
        """A publisher or contact known only by name (no IRI given by the publisher)."""
        return self.mint("agent", name)

    def file_url(self, download_base: str, file_name: str) -> URIRef:
        """Where an export file is downloaded: the publisher's download base + its path."""
        base = download_base if download_base.endswith("/") else download_base + "/"
        return URIRef(check_iri(base + file_name))
