"""A small SPARQL tokenizer: just enough to see keywords, IRIs and braces outside strings and comments.

The sandbox looks for SERVICE, updates and FROM clauses, and parameter binding looks for the brace
that opens the WHERE clause. Both must never be fooled by a keyword or a brace inside a string
literal, an IRI or a comment, so they read tokens, not text. The token rules follow the SPARQL 1.1
grammar's terminals (IRIREF, STRING_LITERAL*, VAR1/2, PNAME_NS/LN, comments); anything else is one
punctuation character. Oxigraph does not decode ``\\u`` escapes outside strings, so neither do we.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# Order matters: long strings before short ones, IRIREF before the '<' operator.
_PATTERNS: list[tuple[str, str]] = [
    ("ws", r"\s+"),
    ("comment", r"#[^\n\r]*"),
    ("string", r'"""(?:[^"\\]|\\.|"(?!""))*"""'),
    ("string", r"'''(?:[^'\\]|\\.|'(?!''))*'''"),
    ("string", r'"(?:[^"\\\n\r]|\\.)*"'),
    ("string", r"'(?:[^'\\\n\r]|\\.)*'"),
    ("iri", r"<[^<>\"{}|^`\\\x00-\x20]*>"),
    ("var", r"[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]+"),
    ("pname", r"[^\W\d][\w.\-]*:(?:[\w:%\\-][\w.:%\\-]*)?|:(?:[\w:%\\-][\w.:%\\-]*)?"),
    ("name", r"[^\W\d][\w\-]*"),
    ("number", r"[+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)"),
    ("punct", r"\^\^|&&|\|\||!=|<=|>=|[^\s]"),
]
_TOKEN = re.compile("|".join(f"(?P<{kind}{i}>{rx})" for i, (kind, rx) in enumerate(_PATTERNS)))


@dataclass(frozen=True)
class Token:
    kind: str  # comment | string | iri | var | pname | name | number | punct
    text: str
    start: int  # offset in the query text

    @property
    def keyword(self) -> str:
        """The upper-cased text of a bare name (SELECT, SERVICE, a), else ''."""
        return self.text.upper() if self.kind == "name" else ""


def tokens(query: str, comments: bool = False) -> Iterator[Token]:
    """The tokens of ``query`` in order; whitespace never, comments only when asked."""
    for match in _TOKEN.finditer(query):
        kind = match.lastgroup.rstrip("0123456789") if match.lastgroup else "punct"
        if kind == "ws" or (kind == "comment" and not comments):
            continue
        yield Token(kind, match.group(), match.start())


def prefixes(toks: list[Token]) -> dict[str, str]:
    """The PREFIX declarations of a query: prefix (with colon) → namespace IRI."""
    declared: dict[str, str] = {}
    for i, tok in enumerate(toks[:-2]):
        if tok.keyword == "PREFIX" and toks[i + 1].kind == "pname" and toks[i + 2].kind == "iri":
            declared[toks[i + 1].text] = toks[i + 2].text[1:-1]
    return declared


def expand(tok: Token, declared: dict[str, str]) -> str | None:
    """The IRI an IRIREF or prefixed-name token stands for; None if it cannot be resolved."""
    if tok.kind == "iri":
        return tok.text[1:-1]
    if tok.kind == "pname":
        prefix, _, local = tok.text.partition(":")
        namespace = declared.get(prefix + ":")
        return None if namespace is None or "\\" in local else namespace + local
    return None


FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")


def form(query: str) -> str:
    """The query form (SELECT, ASK, CONSTRUCT, DESCRIBE), '' when there is none."""
    return next((t.keyword for t in tokens(query) if t.keyword in FORMS), "")
