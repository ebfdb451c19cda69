"""SPARQL results as relgraph hands them out: rows of rdflib terms that print as tables,
CSV or JSON and become pandas DataFrames on request."""

from __future__ import annotations

import csv
import html
import io
import json
from collections.abc import Iterator, Sequence
from typing import Any

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

__all__ = ["Rows", "term_json", "term_text"]


class Rows(Sequence[tuple[Node | None, ...]]):
    """The solutions of a SELECT query.

    >>> rows = Rows(["x"], [(Literal(1),)])
    >>> rows[0].x if hasattr(rows[0], "x") else rows.dicts()[0]["x"]
    rdflib.term.Literal('1', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#integer'))
    """

    def __init__(self, variables: Sequence[str], rows: Sequence[tuple[Node | None, ...]]) -> None:
        self.vars = list(variables)
        self._rows = list(rows)

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, index):  # type: ignore[no-untyped-def, override]
        return self._rows[index]

    def __iter__(self) -> Iterator[tuple[Node | None, ...]]:
        return iter(self._rows)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Rows):
            return NotImplemented
        return self.vars == other.vars and self._rows == other._rows

    def __repr__(self) -> str:
        return f"<Rows {len(self)} x {self.vars}>"

    def dicts(self) -> list[dict[str, Node | None]]:
        return [dict(zip(self.vars, row, strict=True)) for row in self._rows]

    def values(self) -> list[tuple[Any, ...]]:
        """Rows of Python values: literals become str/int/date..., IRIs str."""
        return [tuple(_python(t) for t in row) for row in self._rows]

    def to_dataframe(self):  # type: ignore[no-untyped-def]
        """A pandas DataFrame of the Python values (needs the ``dataframe`` extra)."""
        try:
            import pandas as pd
        except ImportError as err:  # pragma: no cover - depends on the environment
            raise ImportError("to_dataframe() needs pandas: pip install 'relgraph[dataframe]'"
                              ) from err
        return pd.DataFrame(self.values(), columns=self.vars)

    def to_csv(self) -> str:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(self.vars)
        for row in self._rows:
            writer.writerow(["" if t is None else str(t) for t in row])
        return buffer.getvalue()

    def to_json(self) -> str:
        """SPARQL 1.1 Query Results JSON."""
        bindings = [{v: term_json(t) for v, t in zip(self.vars, row, strict=True)
                     if t is not None} for row in self._rows]
        return json.dumps({"head": {"vars": self.vars}, "results": {"bindings": bindings}},
                          ensure_ascii=False)

    def to_table(self, *, width: int = 60) -> str:
        """A plain-text table for terminals."""
        cells = [[term_text(t)[:width] for t in row] for row in self._rows]
        widths = [max([len(v)] + [len(r[i]) for r in cells]) for i, v in enumerate(self.vars)]
        line = "  ".join(v.ljust(w) for v, w in zip(self.vars, widths, strict=True))
        out = [line, "  ".join("-" * w for w in widths)]
        out += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in cells]
        return "\n".join(out) + "\n"

    def _repr_html_(self) -> str:
        head = "".join(f"<th>{html.escape(v)}</th>" for v in self.vars)
        body = "".join("<tr>" + "".join(f"<td>{html.escape(term_text(t))}</td>" for t in row)
                       + "</tr>" for row in self._rows[:500])
        more = (f"<p>{len(self) - 500} more rows</p>" if len(self) > 500 else "")
        return (f"<table class='relgraph-rows'><thead><tr>{head}</tr></thead>"
                f"<tbody>{body}</tbody></table>{more}")


def term_text(term: Node | None) -> str:
    """A short human form of a term: literals as their text, IRIs as written."""
    if term is None:
        return ""
    if isinstance(term, Literal):
        return str(term)
    return str(term)


def term_json(term: Node) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    assert isinstance(term, Literal)
    out = {"type": "literal", "value": str(term)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype:
        out["datatype"] = str(term.datatype)
    return out


def _python(term: Node | None) -> Any:
    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        return value if not isinstance(value, Literal) else str(value)
    return str(term)
