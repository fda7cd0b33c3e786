"""What the publisher says about the dataset: titles, publisher, licence, where files will live.

Read from a small TOML file (``--metadata FILE``) and/or command-line options (options win). Nothing
here is guessed: no licence is assumed (research/libraries.md §14: China has no unified open
government data licence), and the export says so when none is given. Example file::

    title_zh = "温州市政府公报知识图谱"
    title_en = "Knowledge graph of the Wenzhou Municipal Government Gazette"
    publisher = "温州市大数据发展管理局"
    publisher_iri = "https://data.wenzhou.gov.cn/"
    publisher_type = "LocalAuthority"
    license = "https://data.wenzhou.gov.cn/terms"
    rights = "使用须遵守温州市公共数据开放平台的开放协议。"
    contact_email = "opendata@example.gov.cn"
    download_url = "https://data.wenzhou.gov.cn/dumps/gazette-kg/"
    keywords = ["温州"]
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from kg.errors import InputError, UsageError
from kg.iris import check_iri

# ADMS publisher types (http://purl.org/adms/publishertype/...), the vocabulary DCAT-AP names.
PUBLISHER_TYPES = (
    "Academia-ScientificOrganisation",
    "Company",
    "IndustryConsortium",
    "LocalAuthority",
    "NationalAuthority",
    "NonGovernmentalOrganisation",
    "NonProfitOrganisation",
    "PrivateIndividual(s)",
    "RegionalAuthority",
    "StandardisationBody",
    "SupraNationalAuthority",
)
_IRI_FIELDS = (
    "publisher_iri",
    "license",
    "homepage",
    "landing_page",
    "download_url",
    "sparql_endpoint",
    "contact_url",
)


@dataclass(frozen=True)
class Metadata:
    """Dataset metadata the publisher sets; every field optional."""

    title_zh: str | None = None
    title_en: str | None = None
    description_zh: str | None = None
    description_en: str | None = None
    publisher: str | None = None
    publisher_iri: str | None = None
    publisher_type: str | None = None
    license: str | None = None
    rights: str | None = None
    contact_email: str | None = None
    contact_url: str | None = None
    homepage: str | None = None
    landing_page: str | None = None
    download_url: str | None = None
    sparql_endpoint: str | None = None
    version: str | None = None
    keywords: tuple[str, ...] = field(default_factory=tuple)

    def merged(self, **overrides: object) -> Metadata:
        """A copy with the non-empty ``overrides`` applied (command-line options over the file)."""
        changes = {k: v for k, v in overrides.items() if v not in (None, "", (), [])}
        if "keywords" in changes:
            changes["keywords"] = tuple(self.keywords) + tuple(changes["keywords"])  # type: ignore[arg-type]
        return replace(self, **changes).checked()

    def checked(self) -> Metadata:
        """Raise UsageError on a value a portal would reject (a bad IRI, an unknown type)."""
        for name in _IRI_FIELDS:
            value = getattr(self, name)
            if value is None:
                continue
            try:
                check_iri(value)
            except ValueError as exc:
                raise UsageError(f"{name.replace('_', '-')}: not an absolute IRI: {exc}") from None
        if self.publisher_type and self.publisher_type not in PUBLISHER_TYPES:
            raise UsageError(
                f"publisher-type {self.publisher_type!r}: use one of {', '.join(PUBLISHER_TYPES)}"
            )
        if self.contact_email and "@" not in self.contact_email:
            raise UsageError(f"contact-email {self.contact_email!r} is not an e-mail address")
        return self


def load(path: str | Path | None) -> Metadata:
    """Read a metadata TOML file (or return empty metadata when ``path`` is None)."""
    if path is None:
        return Metadata()
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except OSError as exc:
        raise InputError(f"cannot read metadata file: {exc.strerror}", path=str(path)) from None
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"not valid TOML: {exc}", path=str(path)) from None
    known = {f.name for f in fields(Metadata)}
    unknown = sorted(set(data) - known)
    if unknown:
        raise InputError(
            f"unknown keys {', '.join(unknown)}; known keys: {', '.join(sorted(known))}",
            path=str(path),
        )
    for key, value in data.items():
        expected = list if key == "keywords" else str
        if not isinstance(value, expected) or (
            key == "keywords" and not all(isinstance(v, str) for v in value)
        ):
            raise InputError(
                f"{key}: expected {'a list of strings' if expected is list else 'a string'}",
                path=str(path),
            )
    if "keywords" in data:
        data["keywords"] = tuple(data["keywords"])
    return Metadata(**data).checked()
