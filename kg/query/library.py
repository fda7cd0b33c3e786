"""The named query library: ``queries/*.rq`` files that explain themselves in a comment header.

A header is the file's leading ``#`` lines (docs/queries.md has the full format)::

    # title: Personnel changes
    # en: Who was appointed to or removed from which post, when, by which notice?
    # zh: 谁在何时被任命或免去了哪个机构的什么职务？依据哪份通知？
    # param: action string optional -- appoint or remove
    # param: date date default=2023-12-31 -- the day the status is read on
    # example: gazette-kg query personnel-changes --param action=remove

A line starting ``#`` followed by at least two spaces continues the previous field. The query stays
plain SPARQL: the header is comments, so the file runs as it is in any SPARQL tool.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError, QueryError
from kg.query.lexer import tokens
from kg.query.params import TYPES, Param
from kg.resources import queries_dir

REQUIRED_FIELDS = ("title", "en", "zh", "example")
_FIELD = re.compile(r"#\s?(?P<key>[a-z]+):\s*(?P<value>.*)")
_CONTINUATION = re.compile(r"#\s{2,}(?P<value>\S.*)")
_PARAM = re.compile(
    r"(?P<name>[A-Za-z_]\w*)\s+(?P<type>[a-z]+)\s+"
    r"(?P<mode>required|optional|default=(?P<default>\"(?:[^\"\\]|\\.)*\"|\S+))"
    r"(?:\s+--\s*(?P<description>.*))?"
)


@dataclass(frozen=True)
class NamedQuery:
    """One query of the library (or a user's .rq file) with what its header says."""

    name: str
    text: str
    path: Path | None = None
    title: str = ""
    en: str = ""
    zh: str = ""
    params: tuple[Param, ...] = ()
    examples: tuple[str, ...] = ()
    has_header: bool = False
    fields: dict[str, str] = field(default_factory=dict, compare=False)


def header_lines(text: str) -> list[tuple[int, str]]:
    """The leading comment lines (1-based line numbers), blank lines skipped."""
    lines: list[tuple[int, str]] = []
    for number, line in enumerate(text.lstrip("\ufeff").splitlines(), start=1):
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break
        lines.append((number, stripped))
    return lines


def _param(value: str, where: str, line: int) -> Param:
    match = _PARAM.fullmatch(value.strip())
    if match is None:
        raise InputError(
            "param must read `NAME TYPE required|optional|default=VALUE -- text`",
            path=where,
            line=line,
        )
    if match["type"] not in TYPES:
        raise InputError(
            f"unknown parameter type {match['type']!r} (known: {', '.join(TYPES)})",
            path=where,
            line=line,
        )
    default = match["default"]
    if default is not None and default.startswith('"'):
        default = json.loads(default)
    return Param(
        name=match["name"],
        type=match["type"],
        default=default,
        required=match["mode"] == "required",
        description=match["description"] or "",
    )


def parse(text: str, name: str, path: Path | None = None) -> NamedQuery:
    """Read a query file's header; InputError naming file and line when it is malformed."""
    where = str(path) if path else name
    fields: dict[str, str] = {}
    params: list[Param] = []
    examples: list[str] = []
    last: str | None = None
    for line, raw in header_lines(text):
        cont = _CONTINUATION.fullmatch(raw)
        match = _FIELD.fullmatch(raw)
        if cont and last in ("title", "en", "zh") and not match:
            joiner = "" if last == "zh" else " "  # Chinese wraps without a space
            fields[last] += joiner + cont["value"].strip()
            continue
        if match is None:
            last = None
            continue  # free comment lines are allowed
        key, value = match["key"], match["value"].strip()
        last = key
        if key == "param":
            params.append(_param(value, where, line))
        elif key == "example":
            examples.append(value)
        else:
            fields[key] = value
    query = NamedQuery(
        name=name,
        text=text,
        path=path,
        title=fields.get("title", ""),
        en=fields.get("en", ""),
        zh=fields.get("zh", ""),
        params=tuple(params),
        examples=tuple(examples),
        has_header=bool(fields or params),
        fields=fields,
    )
    _check_params(query, where)
    return query


def _check_params(query: NamedQuery, where: str) -> None:
    variables = {t.text[1:] for t in tokens(query.text) if t.kind == "var"}
    names = [p.name for p in query.params]
    for param in query.params:
        if param.name not in variables:
            raise InputError(f"parameter {param.name} is not a variable of the query", path=where)
        if names.count(param.name) > 1:
            raise InputError(f"parameter {param.name} declared twice", path=where)
        if param.default is not None:
            try:
                param.term(param.default)
            except QueryError as exc:
                raise InputError(f"bad default: {exc}", path=where) from None


def missing_fields(query: NamedQuery) -> list[str]:
    """Header fields a library query must have and this one lacks."""
    present = {
        "title": query.title,
        "en": query.en,
        "zh": query.zh,
        "example": query.examples[0] if query.examples else "",
    }
    return [key for key in REQUIRED_FIELDS if not present[key]]


def read_file(path: Path) -> NamedQuery:
    """A query from a .rq file (UTF-8)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError("no such query file", path=str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read query file: {exc}", path=str(path)) from None
    return parse(text.lstrip("\ufeff"), path.stem, path)


def library(folder: Path | None = None) -> dict[str, NamedQuery]:
    """Every query of the library by name, in name order."""
    root = folder or queries_dir()
    queries = {}
    for path in sorted(root.glob("*.rq")):
        query = read_file(path)
        lacking = missing_fields(query)
        if lacking:
            raise InputError(
                f"library query lacks header field(s): {', '.join(lacking)}", path=str(path)
            )
        queries[query.name] = query
    return queries


def find(name_or_path: str, folder: Path | None = None) -> NamedQuery:
    """A library query by name, or a query file by path (ending in .rq or holding a slash)."""
    if name_or_path.endswith(".rq") or "/" in name_or_path or "\\" in name_or_path:
        return read_file(Path(name_or_path))
    queries = library(folder)
    if name_or_path not in queries:
        known = ", ".join(queries) or "none"
        raise QueryError(
            f"no query named {name_or_path!r} in the library (known: {known}); "
            "`gazette-kg query --list` shows them"
        )
    return queries[name_or_path]
