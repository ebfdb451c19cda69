"""SPARQL text for servers that only take text: terms as N-Triples, missing prefixes
prepended, variables bound through a ``VALUES`` block.

A remote server cannot pre-bind variables the way the embedded engine does, and pasting a
user's value into a query is how injections happen. So values are written only as
N-Triples terms (every special character escaped, IRIs checked), and the query text itself
is never edited except to insert whole, well-formed clauses at places found by a small
lexer that skips strings, IRIs and comments.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from ..errors import QueryError

__all__ = ["bind_rows", "bind_values", "declared_prefixes", "mask", "nt", "nt_lines", "refuse_service",
           "with_prefixes"]

# IRIREF of the SPARQL / N-Triples grammars: these characters may not appear in an IRI.
_IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_BNODE_LABEL = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.\-]*(?<!\.)\Z")
_LANG = re.compile(r"[A-Za-z]+(-[A-Za-z0-9]+)*\Z")
_VARNAME = re.compile(r"[^\W]\w*\Z")
_ESCAPES = str.maketrans({'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r",
                          "\t": "\\t", "\b": "\\b", "\f": "\\f"})
_XSD_STRING = str(XSD.string)

# One token the lexer must skip whole: long strings first, then short ones, IRIs, comments.
_SKIP = re.compile(r"""
    '''(?:[^'\\]|\\.|'(?!''))*'''
  | \"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
  | '(?:[^'\\\n\r]|\\.)*'
  | "(?:[^"\\\n\r]|\\.)*"
  | <[^<>"{}|^`\\\x00-\x20]*>
  | \#[^\n\r]*
""", re.VERBOSE | re.DOTALL)
_PREFIX_DECL = re.compile(r"\bPREFIX\s+([A-Za-z\u00C0-\uFFFF][\w.\-]*)?:", re.IGNORECASE)
# A query form keyword, not a variable (?select) nor part of a prefixed name (ask:x).
_FORM = re.compile(r"(?<![?$:\w])(SELECT|ASK|CONSTRUCT|DESCRIBE)(?![:\w])", re.IGNORECASE)


def nt(term: Node) -> str:
    """``term`` in N-Triples syntax, safe to place in SPARQL text.

    Raises :class:`ValueError` for an IRI or blank node label that could not be written
    without changing the text around it.
    """
    if isinstance(term, URIRef):
        if _IRI_FORBIDDEN.search(term):
            raise ValueError(f"not a valid IRI: {str(term)[:80]!r}")
        return f"<{term}>"
    if isinstance(term, BNode):
        if not _BNODE_LABEL.match(term):
            raise ValueError(f"not a valid blank node label: {str(term)[:80]!r}")
        return f"_:{term}"
    if isinstance(term, Literal):
        text = str(term).translate(_ESCAPES)
        if term.language:
            if not _LANG.match(term.language):
                raise ValueError(f"not a valid language tag: {term.language[:40]!r}")
            return f'"{text}"@{term.language}'
        if term.datatype is not None and str(term.datatype) != _XSD_STRING:
            return f'"{text}"^^{nt(URIRef(str(term.datatype)))}'
        return f'"{text}"'
    raise TypeError(f"cannot write {type(term).__name__} as N-Triples")


def nt_lines(triples: Iterable[tuple[Node, Node, Node]]) -> tuple[str, ...]:
    """The triples as sorted, distinct N-Triples lines (see :func:`nt` for what it refuses)."""
    return tuple(sorted({f"{nt(s)} {nt(p)} {nt(o)} ." for s, p, o in triples}))


def mask(sparql: str) -> str:
    """``sparql`` with strings, IRIs and comments blanked to spaces (same length), so that
    keywords and braces can be found by position without being fooled by their content."""
    parts: list[str] = []
    pos = 0
    while True:
        match = _SKIP.search(sparql, pos)
        if match is None:
            parts.append(sparql[pos:])
            return "".join(parts)
        parts.append(sparql[pos:match.start()])
        token = match.group()
        # Keep an IRI's angle brackets and a string's quotes: they are still tokens.
        blank = " " * len(token)
        if token[0] in "<'\"":
            blank = token[0] + " " * (len(token) - 2) + token[-1]
        parts.append(blank)
        pos = match.end()


_SERVICE = re.compile(r"(?<![?$:\w])SERVICE(?![:\w])", re.IGNORECASE)


def refuse_service(sparql: str) -> None:
    """Refuse federated queries: ``SERVICE <url>`` would make relgraph (or the server in
    front of it) fetch any address a query names."""
    if _SERVICE.search(mask(sparql)):
        raise QueryError("SERVICE (federated queries) is refused: relgraph answers from "
                         "its own graph only")


def declared_prefixes(sparql: str) -> set[str]:
    """The prefix names a query declares itself (``""`` for ``PREFIX :``)."""
    return {m.group(1) or "" for m in _PREFIX_DECL.finditer(mask(sparql))}


def with_prefixes(sparql: str, prefixes: Mapping[str, str]) -> str:
    """``sparql`` with a ``PREFIX`` line for each of ``prefixes`` it does not declare."""
    declared = declared_prefixes(sparql)
    lines = [f"PREFIX {name}: {nt(URIRef(iri))}" for name, iri in prefixes.items()
             if name not in declared]
    return "\n".join([*lines, sparql]) if lines else sparql


def bind_values(sparql: str, bindings: Mapping[str, Node]) -> str:
    """``sparql`` with ``VALUES (?a ?b) { (ta tb) }`` opening its outermost WHERE group,
    which joins those values with the pattern: the portable way to pre-bind variables."""
    if not bindings:
        return sparql
    return bind_rows(sparql, list(bindings), [tuple(bindings.values())])


def bind_rows(sparql: str, names: Sequence[str], rows: Iterable[Sequence[Node]]) -> str:
    """``sparql`` restricted to several rows of values for ``names``, placed as
    :func:`bind_values` places one."""
    for name in names:
        if not _VARNAME.match(name):
            raise QueryError(f"not a SPARQL variable name: {name[:40]!r}")
    try:
        written = " ".join("(" + " ".join(nt(term) for term in row) + ")" for row in rows)
    except (ValueError, TypeError) as err:
        raise QueryError(f"cannot bind a variable: {err}") from None
    values = f" VALUES ({' '.join('?' + n for n in names)}) {{ {written} }} "
    masked = mask(sparql)
    open_at = _where_group(masked)
    close_at = _matching_brace(masked, open_at)
    inner = masked[open_at + 1:close_at].lstrip()
    if re.match(r"SELECT\b", inner, re.IGNORECASE):
        # A group that is one sub-select takes nothing beside it: nest it one level down.
        return (sparql[:open_at + 1] + values + "{" + sparql[open_at + 1:close_at] + "}"
                + sparql[close_at:])
    branches = _union_branches(masked, open_at)
    assigned = re.search(r"\bAS\s+[?$](?:" + "|".join(map(re.escape, names)) + r")\b",
                         masked[open_at:close_at], re.IGNORECASE)
    if branches and not assigned:  # a branch's own BIND of the variable must stay legal
        # Values joined with a UNION equal the UNION of each branch joined with them; put
        # in every branch, they bind each branch's patterns from the start (engines such
        # as Oxigraph do not push outside bindings into a UNION).
        for branch in reversed(branches):
            sparql = sparql[:branch + 1] + values + sparql[branch + 1:]
        return sparql
    return sparql[:open_at + 1] + values + sparql[open_at + 1:]


def _union_branches(masked: str, open_at: int) -> list[int]:
    """Where the branches open, when the group at ``open_at`` starts with a UNION of groups
    (``{ {A} UNION {B} ... }``); else nothing."""
    branches: list[int] = []
    index = open_at + 1
    while True:
        skipped = masked[index:]
        at = index + len(skipped) - len(skipped.lstrip())
        if at >= len(masked) or masked[at] != "{":
            break
        branches.append(at)
        index = _matching_brace(masked, at) + 1
        rest = masked[index:].lstrip()
        if not re.match(r"UNION\b", rest, re.IGNORECASE):
            break
        index = len(masked) - len(rest) + len("UNION")
    return branches if len(branches) > 1 else []


def _where_group(masked: str) -> int:
    """Where the outermost WHERE group of a masked query opens."""
    form = _FORM.search(masked)
    if form is None:
        raise QueryError("cannot bind variables: no SELECT, ASK, CONSTRUCT or DESCRIBE form")
    start = form.end()
    if form.group(1).upper() == "CONSTRUCT":
        after = masked[start:].lstrip()
        if re.match(r"WHERE\b", after, re.IGNORECASE):
            raise QueryError("cannot bind variables in the short CONSTRUCT WHERE form; "
                             "write the template out")
        if after.startswith("{"):
            # Skip the template: the pattern is the next group.
            start = _matching_brace(masked, masked.index("{", start)) + 1
    # The first brace outside parentheses: projections like (EXISTS { ... } AS ?x) are
    # in parentheses, the WHERE group is not.
    parens = 0
    for index in range(start, len(masked)):
        char = masked[index]
        if char == "(":
            parens += 1
        elif char == ")":
            parens -= 1
        elif char == "{" and parens == 0:
            return index
    raise QueryError("cannot bind variables: the query has no WHERE pattern")


def _matching_brace(masked: str, open_at: int) -> int:
    depth = 0
    for index in range(open_at, len(masked)):
        char = masked[index]
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return index
    raise QueryError("unbalanced braces in the query")
