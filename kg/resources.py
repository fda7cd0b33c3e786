"""Where the shipped data files are: the sample issue, the ontology and shapes, the query library.

The top-level ``ontology/`` and ``queries/`` folders are the source of truth; ``kg/ontology`` and
``kg/queries`` are symbolic links to them so that a wheel carries them as package data.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

SAMPLE_NAME = "wenzhou-gazette-2023-06.txt"


def package_path(*parts: str) -> Path:
    return Path(str(resources.files("kg").joinpath(*parts)))


def sample_issue() -> Path:
    """The bundled sample: 温州市人民政府公报 2023年第6期 (总第250期)."""
    return package_path("data", SAMPLE_NAME)


def ontology_files() -> list[Path]:
    """The ontology: the core file and its modules, in a stable order."""
    root = package_path("ontology")
    return sorted(p for p in root.glob("*.ttl")) + sorted(root.glob("modules/*.ttl"))


def shape_files() -> list[Path]:
    return sorted(package_path("ontology", "shapes").glob("*.ttl"))


def data_file(name: str) -> Path:
    return package_path("data", name)


def queries_dir() -> Path:
    return package_path("queries")
