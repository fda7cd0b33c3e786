"""The export's DCAT-AP 3 catalogue and VoID description, as one RDF graph (``catalog.ttl``).

One ``dcat:Catalog`` → one ``dcat:Dataset`` (also a ``void:Dataset``) → one ``dcat:Distribution``
per file with its media type, byte size and SHA-256 (``spdx:checksum``). Everything that can be
read from the data is read from it, never from the clock, so two exports of one build are
byte-identical: issued/modified are the earliest and latest publication dates in the data,
temporal coverage spans its dates, spatial coverage is the governments whose gazettes were read.
What only the publisher can say (licence, rights, publisher, contact) comes from
:class:`kg.export.metadata.Metadata`; when it is missing the catalogue says so instead of guessing.

Controlled values follow DCAT-AP: EU authority tables for file types, languages, data themes and
planned availability; IANA IRIs for media types; ADMS publisher types. Every referenced resource is
typed in the graph (``dct:MediaType``, ``skos:Concept``…) so the official shapes can check it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, OWL, RDF, RDFS, SKOS, VOID, XSD

from kg.export.metadata import Metadata
from kg.export.stats import Stats
from kg.iris import Minter
from kg.namespaces import ONTOLOGY_IRI, PREFIXES

SPDX = Namespace("http://spdx.org/rdf/terms#")
DCATAP = Namespace("http://data.europa.eu/r5r/")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
ADMS = Namespace("http://www.w3.org/ns/adms#")
EU = "http://publications.europa.eu/resource/authority/"
IANA = "https://www.iana.org/assignments/media-types/"
PUBLISHER_TYPE = "http://purl.org/adms/publishertype/"
RFC4180 = "https://www.rfc-editor.org/rfc/rfc4180"
SPARQL_PROTOCOL = "https://www.w3.org/TR/sparql11-protocol/"

METADATA_PREFIXES = {
    **PREFIXES,
    "spdx": str(SPDX),
    "dcatap": str(DCATAP),
    "vcard": str(VCARD),
    "adms": str(ADMS),
    "filetype": EU + "file-type/",
    "lang": EU + "language/",
    "theme": EU + "data-theme/",
    "iana": IANA,
}

# Dates that say when something was published: issued/modified come from these.
PUBLICATION_PREDICATES = (
    "https://schema.org/datePublished",
    "http://purl.org/dc/terms/issued",
    "http://data.europa.eu/eli/ontology#date_publication",
)
XSD_DATE = str(XSD.date)


@dataclass(frozen=True)
class MediaFormat:
    media_type: str  # IANA name: text/turtle
    file_type: str  # EU file-type code: RDF_TURTLE
    label: str


FORMATS: dict[str, MediaFormat] = {
    "turtle": MediaFormat("text/turtle", "RDF_TURTLE", "Turtle"),
    "ntriples": MediaFormat("application/n-triples", "RDF_N_TRIPLES", "N-Triples"),
    "trig": MediaFormat("application/trig", "RDF_TRIG", "TriG"),
    "jsonld": MediaFormat("application/ld+json", "JSON_LD", "JSON-LD"),
    "csv": MediaFormat("text/csv", "CSV", "CSV"),
    "html": MediaFormat("text/html", "HTML", "HTML"),
}
RDF_FORMATS = ("turtle", "ntriples", "trig", "jsonld")


@dataclass(frozen=True)
class FileInfo:
    """One file of the export, described as a distribution."""

    path: str  # inside the export folder, with / separators
    format: str  # a FORMATS key
    size: int
    sha256: str
    title_zh: str
    title_en: str
    description_zh: str
    description_en: str
    data: bool = True  # holds the dataset's triples (a void:dataDump); False for a context, docs


@dataclass(frozen=True)
class DataFacts:
    """What the catalogue reads from the data itself."""

    issued: str | None  # earliest publication date (ISO)
    modified: str | None  # latest publication date
    start: str | None  # temporal coverage
    end: str | None
    governments: tuple[str, ...]  # jurisdictions of the sources, e.g. 温州市
    kinds: tuple[str, ...]  # main kinds present (kg.export.tables kind names)
    sources: tuple[tuple[str, str], ...]  # (named-graph IRI, file name) per source


def data_facts(quads: Iterable[ox.Quad], manifest: dict, kinds: Iterable[str]) -> DataFacts:
    """Dates from the data (the ontology graph excluded); jurisdictions from the manifest."""
    published: list[str] = []
    dated: list[str] = []
    for quad in quads:
        if isinstance(quad.graph_name, ox.NamedNode) and quad.graph_name.value == ONTOLOGY_IRI:
            continue
        obj = quad.object
        if isinstance(obj, ox.Literal) and obj.datatype.value == XSD_DATE:
            dated.append(obj.value)
            if quad.predicate.value in PUBLICATION_PREDICATES:
                published.append(obj.value)
    sources = manifest.get("sources", [])
    governments = sorted({s["government"] for s in sources if s.get("government")})
    return DataFacts(
        issued=min(published) if published else None,
        modified=max(published) if published else None,
        start=min(dated) if dated else None,
        end=max(dated) if dated else None,
        governments=tuple(governments),
        kinds=tuple(kinds),
        sources=tuple((s["graph"], s.get("file", "")) for s in sources if s.get("graph")),
    )


class CatalogBuilder:
    """Builds the catalogue graph; one method per part, in reading order."""

    def __init__(self, minter: Minter, meta: Metadata, facts: DataFacts):
        self.minter = minter
        self.meta = meta
        self.facts = facts
        self.g = Graph()
        for prefix, ns in METADATA_PREFIXES.items():
            self.g.bind(prefix, ns, override=True, replace=True)
        self.catalog = minter.catalog()
        self.dataset = minter.dataset()
        self.download_base = meta.download_url or minter.base + "download/"

    # small helpers ------------------------------------------------------------------------
    def add(self, s: URIRef, p: URIRef, o: object) -> None:
        if o is not None:
            self.g.add((s, p, o if isinstance(o, URIRef | Literal) else Literal(o)))

    def texts(self, s: URIRef, p: URIRef, zh: str | None, en: str | None) -> None:
        if zh:
            self.g.add((s, p, Literal(zh, lang="zh")))
        if en:
            self.g.add((s, p, Literal(en, lang="en")))

    def typed(self, iri: str, cls: URIRef, label: str | None = None) -> URIRef:
        node = URIRef(iri)
        self.g.add((node, RDF.type, cls))
        if label:
            self.g.add(
                (
                    node,
                    SKOS.prefLabel if cls == SKOS.Concept else RDFS.label,
                    Literal(label, lang="en"),
                )
            )
        return node

    def date(self, s: URIRef, p: URIRef, iso: str | None) -> None:
        if iso:
            self.g.add((s, p, Literal(iso, datatype=XSD.date)))

    # parts --------------------------------------------------------------------------------
    def build(self, files: list[FileInfo], total: Stats, graphs: dict[str, Stats]) -> Graph:
        self.publisher = self.agent()
        self.catalog_part()
        self.dataset_part()
        self.data_service()
        for info in files:
            self.distribution(info)
        self.void_part(files, total, graphs)
        return self.g

    def agent(self) -> URIRef:
        meta = self.meta
        name = meta.publisher or "未指定发布者 (publisher not specified)"
        iri = URIRef(meta.publisher_iri) if meta.publisher_iri else self.minter.agent(name)
        self.g.add((iri, RDF.type, FOAF.Agent))
        self.add(iri, FOAF.name, Literal(name))
        if meta.publisher_type:
            self.add(
                iri,
                DCTERMS.type,
                self.typed(PUBLISHER_TYPE + meta.publisher_type, SKOS.Concept, meta.publisher_type),
            )
        return iri

    def title(self) -> tuple[str, str]:
        where = "、".join(self.facts.governments)
        zh = self.meta.title_zh or f"{where}政府公报知识图谱".lstrip()
        en = self.meta.title_en or (
            f"Knowledge graph of government gazettes ({where})"
            if where
            else "Knowledge graph of government gazettes"
        )
        return zh, en

    def catalog_part(self) -> None:
        c, zh, en = self.catalog, *self.title()
        self.g.add((c, RDF.type, DCAT.Catalog))
        self.texts(c, DCTERMS.title, f"{zh}（数据目录）", f"{en} (catalogue)")
        self.texts(
            c,
            DCTERMS.description,
            "由 gazette-kg 从政府公报文本生成的开放数据目录。",
            "Open data catalogue generated by gazette-kg from government gazette texts.",
        )
        self.add(c, DCTERMS.publisher, self.publisher)
        self.add(c, DCAT.dataset, self.dataset)
        self.add(c, DCTERMS.language, self.language())
        self.add(c, DCAT.themeTaxonomy, self.typed(EU + "data-theme", SKOS.ConceptScheme))
        self.texts(URIRef(EU + "data-theme"), DCTERMS.title, None, "Data theme")
        self.date(c, DCTERMS.issued, self.facts.issued)
        self.date(c, DCTERMS.modified, self.facts.modified)
        self.licence_and_rights(c)
        for place in self.places():
            self.add(c, DCTERMS.spatial, place)
        if self.meta.homepage:
            self.add(c, FOAF.homepage, self.typed(self.meta.homepage, FOAF.Document))

    def language(self) -> URIRef:
        return self.typed(EU + "language/ZHO", DCTERMS.LinguisticSystem, "Chinese")

    def places(self) -> list[URIRef]:
        nodes = []
        for name in self.facts.governments:
            node = self.minter.place(name)
            self.g.add((node, RDF.type, DCTERMS.Location))
            self.g.add((node, SKOS.prefLabel, Literal(name, lang="zh")))
            nodes.append(node)
        return nodes

    def licence_and_rights(self, s: URIRef) -> None:
        """The publisher's licence and rights; with no licence, a rights statement saying so."""
        if self.meta.license:
            self.add(s, DCTERMS.license, self.typed(self.meta.license, DCTERMS.LicenseDocument))
        rights = self.minter.sub(self.dataset, "rights", self.meta.rights or "")
        self.g.add((rights, RDF.type, DCTERMS.RightsStatement))
        if self.meta.rights:
            self.add(rights, RDFS.label, Literal(self.meta.rights))
        if not self.meta.license:
            self.texts(
                rights,
                RDFS.comment,
                "发布者未指定许可协议；本数据不附带任何默认许可，再利用前请向发布者确认。",
                "The publisher has not set a licence. No licence is assumed: ask the "
                "publisher before reusing this data.",
            )
        self.add(s, DCTERMS.rights, rights)

    def dataset_part(self) -> None:
        d, zh, en = self.dataset, *self.title()
        meta, facts = self.meta, self.facts
        self.g.add((d, RDF.type, DCAT.Dataset))
        self.g.add((d, RDF.type, VOID.Dataset))
        self.texts(d, DCTERMS.title, zh, en)
        self.texts(
            d,
            DCTERMS.description,
            meta.description_zh or self.default_description("zh"),
            meta.description_en or self.default_description("en"),
        )
        self.add(d, DCTERMS.publisher, self.publisher)
        self.add(d, DCTERMS.language, self.language())
        self.date(d, DCTERMS.issued, facts.issued)
        self.date(d, DCTERMS.modified, facts.modified)
        self.temporal(d)
        for place in self.places():
            self.add(d, DCTERMS.spatial, place)
        for keyword, lang in self.keywords():
            self.g.add((d, DCAT.keyword, Literal(keyword, lang=lang)))
        for code, label in (
            ("GOVE", "Government and public sector"),
            ("REGI", "Regions and cities"),
        ):
            theme = self.typed(EU + "data-theme/" + code, SKOS.Concept, label)
            self.add(theme, SKOS.inScheme, URIRef(EU + "data-theme"))
            self.add(d, DCAT.theme, theme)
        self.add(
            d, DCTERMS.conformsTo, self.typed(ONTOLOGY_IRI, DCTERMS.Standard, "gazette-kg ontology")
        )
        self.contact(d)
        self.provenance(d)
        if meta.landing_page:
            self.add(d, DCAT.landingPage, self.typed(meta.landing_page, FOAF.Document))
        if meta.version:
            self.add(d, DCAT.version, Literal(meta.version))
        self.placeholder_notice(d)

    def default_description(self, lang: str) -> str:
        where = (
            "、".join(self.facts.governments) if lang == "zh" else ", ".join(self.facts.governments)
        )
        if lang == "zh":
            return (
                f"从{where}政府公报中提取的政府行为：公文及其修改与废止、人事任免、规划中的重点项目与指标、"
                "领导活动；每条事实都注明其在公报文本中的出处（行号与原文）。共 "
                f"{len(self.facts.sources)} 期（份）来源。"
            )
        return (
            "Government actions read from government gazettes"
            + (f" ({where})" if where else "")
            + ": official documents and their amendments and repeals, personnel appointments "
            "and removals, key projects and indicators of plans, and officials' activities; "
            "every fact cites the lines of the gazette text it was read from. "
            f"{len(self.facts.sources)} source(s)."
        )

    def keywords(self) -> list[tuple[str, str]]:
        words = [
            ("政府公报", "zh"),
            ("government gazette", "en"),
            ("知识图谱", "zh"),
            ("knowledge graph", "en"),
        ]
        for kind in self.facts.kinds:
            words += KIND_KEYWORDS.get(kind, [])
        words += [(name, "zh") for name in self.facts.governments]
        words += [
            (word, "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in word) else "en")
            for word in self.meta.keywords
        ]
        return sorted(set(words))

    def temporal(self, d: URIRef) -> None:
        if not (self.facts.start or self.facts.end):
            return
        period = self.minter.sub(self.dataset, "temporal", self.facts.start, self.facts.end)
        self.g.add((period, RDF.type, DCTERMS.PeriodOfTime))
        self.date(period, DCAT.startDate, self.facts.start)
        self.date(period, DCAT.endDate, self.facts.end)
        self.add(d, DCTERMS.temporal, period)

    def contact(self, d: URIRef) -> None:
        meta = self.meta
        if not (meta.contact_email or meta.contact_url):
            return
        kind = self.minter.sub(self.dataset, "contact", meta.contact_email, meta.contact_url)
        self.g.add((kind, RDF.type, VCARD.Kind))
        self.add(kind, VCARD.fn, Literal(meta.publisher or "contact"))
        if meta.contact_email:
            self.add(kind, VCARD.hasEmail, URIRef("mailto:" + meta.contact_email))
        if meta.contact_url:
            self.add(kind, VCARD.hasURL, URIRef(meta.contact_url))
        self.add(d, DCAT.contactPoint, kind)

    def provenance(self, d: URIRef) -> None:
        statement = self.minter.sub(self.dataset, "provenance", "gazette-kg")
        self.g.add((statement, RDF.type, DCTERMS.ProvenanceStatement))
        self.texts(
            statement,
            RDFS.label,
            "由 gazette-kg 自动从公报文本中提取，经 SHACL 校验；每条事实通过 prov:wasDerivedFrom "
            "指向其出处（公报、行号与原文）。",
            "Extracted automatically by gazette-kg from the gazette texts and checked "
            "with SHACL; every fact points through prov:wasDerivedFrom to its source "
            "(gazette issue, lines and quoted text).",
        )
        self.add(d, DCTERMS.provenance, statement)

    def placeholder_notice(self, d: URIRef) -> None:
        if not self.minter.is_placeholder:
            return
        self.texts(
            d,
            RDFS.comment,
            f"实体 IRI 仍使用占位基地址 {self.minter.base}，无法解析，发布者设置正式基地址后会改变。",
            f"Entity IRIs still use the placeholder base {self.minter.base}: they do not "
            "resolve and will change once the publisher sets a base IRI.",
        )

    def distribution(self, info: FileInfo) -> None:
        dist = self.minter.distribution(info.path)
        fmt = FORMATS[info.format]
        url = self.minter.file_url(self.download_base, info.path)
        self.g.add((dist, RDF.type, DCAT.Distribution))
        self.add(self.dataset, DCAT.distribution, dist)
        self.texts(dist, DCTERMS.title, info.title_zh, info.title_en)
        self.texts(dist, DCTERMS.description, info.description_zh, info.description_en)
        self.add(dist, DCAT.accessURL, url)
        self.add(dist, DCAT.downloadURL, url)
        self.add(dist, DCAT.mediaType, self.typed(IANA + fmt.media_type, DCTERMS.MediaType))
        self.add(
            dist,
            DCTERMS.format,
            self.typed(EU + "file-type/" + fmt.file_type, DCTERMS.MediaTypeOrExtent, fmt.label),
        )
        self.add(dist, DCAT.byteSize, Literal(str(info.size), datatype=XSD.nonNegativeInteger))
        self.checksum(dist, info.sha256)
        self.add(
            dist,
            DCATAP.availability,
            self.typed(EU + "planned-availability/STABLE", SKOS.Concept, "stable"),
        )
        self.add(dist, DCTERMS.language, self.language())
        if self.meta.license:
            self.add(dist, DCTERMS.license, URIRef(self.meta.license))
        self.add(
            dist, DCTERMS.rights, self.minter.sub(self.dataset, "rights", self.meta.rights or "")
        )
        if info.format in RDF_FORMATS and info.data:
            self.add(dist, DCTERMS.conformsTo, URIRef(ONTOLOGY_IRI))
        elif info.format == "csv":
            self.add(
                dist, DCTERMS.conformsTo, self.typed(RFC4180, DCTERMS.Standard, "RFC 4180 (CSV)")
            )

    def data_service(self) -> None:
        """The publisher's SPARQL endpoint, when given, as a dcat:DataService serving the dataset."""
        endpoint = self.meta.sparql_endpoint
        if not endpoint:
            return
        service = self.minter.sub(self.dataset, "service", endpoint)
        self.g.add((service, RDF.type, DCAT.DataService))
        zh, en = self.title()
        self.texts(service, DCTERMS.title, f"{zh} SPARQL 查询服务", f"{en}: SPARQL endpoint")
        self.add(service, DCAT.endpointURL, self.typed(endpoint, RDFS.Resource))
        self.add(service, DCAT.servesDataset, self.dataset)
        self.add(service, DCTERMS.publisher, self.publisher)
        self.add(
            service,
            DCTERMS.conformsTo,
            self.typed(SPARQL_PROTOCOL, DCTERMS.Standard, "SPARQL 1.1 Protocol"),
        )
        for keyword, lang in self.keywords():
            self.g.add((service, DCAT.keyword, Literal(keyword, lang=lang)))
        self.add(service, DCAT.theme, URIRef(EU + "data-theme/GOVE"))
        self.add(self.catalog, DCAT.service, service)

    def checksum(self, dist: URIRef, sha256: str) -> None:
        node = self.minter.sub(dist, "checksum", "sha256")
        self.g.add((node, RDF.type, SPDX.Checksum))
        algorithm = self.typed(str(SPDX.checksumAlgorithm_sha256), SPDX.ChecksumAlgorithm)
        self.add(node, SPDX.algorithm, algorithm)
        self.add(node, SPDX.checksumValue, Literal(sha256, datatype=XSD.hexBinary))
        self.add(dist, SPDX.checksum, node)

    # VoID -----------------------------------------------------------------------------------
    def void_part(self, files: list[FileInfo], total: Stats, graphs: dict[str, Stats]) -> None:
        d = self.dataset
        self.counts(d, total)
        self.add(d, VOID.uriSpace, Literal(self.minter.base))
        for ns in sorted(self.vocabularies(total)):
            self.add(d, VOID.vocabulary, URIRef(ns))
        for info in files:
            if info.format in RDF_FORMATS and info.data:
                self.add(d, VOID.dataDump, self.minter.file_url(self.download_base, info.path))
        if self.meta.sparql_endpoint:
            self.add(d, VOID.sparqlEndpoint, URIRef(self.meta.sparql_endpoint))
        for cls, count in total.class_entities.items():
            part = self.minter.sub(d, "class-partition", cls)
            self.add(d, VOID.classPartition, part)
            self.add(part, VOID["class"], URIRef(cls))
            self.add(part, VOID.entities, Literal(count))
        for prop, count in total.property_triples.items():
            part = self.minter.sub(d, "property-partition", prop)
            self.add(d, VOID.propertyPartition, part)
            self.add(part, VOID.property, URIRef(prop))
            self.add(part, VOID.triples, Literal(count))
        names = dict(self.facts.sources)
        for graph, stats in graphs.items():
            subset = URIRef(graph)
            self.g.add((subset, RDF.type, VOID.Dataset))
            self.add(d, VOID.subset, subset)
            self.counts(subset, stats)
            self.texts(subset, DCTERMS.title, None, self.graph_title(graph, names))

    def graph_title(self, graph: str, names: dict[str, str]) -> str:
        if graph == ONTOLOGY_IRI:
            return "the gazette-kg ontology"
        if graph in names:
            return f"facts read from {names[graph]}"
        return "derived facts (computed across sources)"

    def counts(self, s: URIRef, stats: Stats) -> None:
        for prop, value in (
            (VOID.triples, stats.triples),
            (VOID.entities, stats.entities),
            (VOID.classes, stats.classes),
            (VOID.properties, stats.properties),
            (VOID.distinctSubjects, stats.distinct_subjects),
            (VOID.distinctObjects, stats.distinct_objects),
        ):
            self.add(s, prop, Literal(value))

    @staticmethod
    def vocabularies(total: Stats) -> set[str]:
        used = set(total.property_triples) | set(total.class_entities)
        return {
            ns
            for ns in PREFIXES.values()
            if ns not in (str(OWL), str(XSD)) and any(i.startswith(ns) for i in used)
        }


KIND_KEYWORDS: dict[str, list[tuple[str, str]]] = {
    "documents": [("公文", "zh"), ("official documents", "en")],
    "amendments": [("规范性文件修改与废止", "zh"), ("amendments and repeals", "en")],
    "personnel_changes": [("人事任免", "zh"), ("appointments and removals", "en")],
    "projects": [("重点项目", "zh"), ("key projects", "en")],
    "indicators": [("规划指标", "zh"), ("plan indicators", "en")],
    "events": [("大事记", "zh"), ("chronicle of events", "en")],
}
