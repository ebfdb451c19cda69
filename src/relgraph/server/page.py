"""The small HTML query page: a form, the answer as a table, links to the same answer in
other formats. Every piece of text from a query or the graph is escaped; no script runs."""

from __future__ import annotations

import html
from urllib.parse import urlencode

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from ..rdf.terms import PREFIXES
from ..store import Rows

__all__ = ["EXAMPLE_QUERY", "render_page"]

EXAMPLE_QUERY = """\
# Fields of cooperation per pair of countries (rg:, schema:, skos:, prov:, rdfs:, xsd: and
# org: are predeclared).
SELECT ?a ?b ?field (COUNT(DISTINCT ?article) AS ?articles) WHERE {
  ?c a rg:Cooperation ; rg:party ?pa, ?pb ; rg:field/skos:notation ?field ;
     prov:wasDerivedFrom ?article .
  ?pa rg:alpha3 ?a . ?pb rg:alpha3 ?b .
  FILTER(?a < ?b)
}
GROUP BY ?a ?b ?field
ORDER BY ?a ?b DESC(?articles) ?field
"""

_STYLE = """
body { font: 15px/1.4 system-ui, sans-serif; margin: 1.5rem auto; max-width: 75rem; padding: 0 1rem; }
textarea { width: 100%; font: 13px/1.35 ui-monospace, monospace; }
table { border-collapse: collapse; margin-top: 1rem; font-size: 14px; }
th, td { border: 1px solid #ccc; padding: .2rem .5rem; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
.note { background: #fff4d6; border: 1px solid #e0b84c; padding: .5rem .75rem; }
.error { background: #fde2e2; border: 1px solid #d66; padding: .5rem .75rem; white-space: pre-wrap; }
.muted { color: #666; font-size: 13px; }
"""
_LINK_FORMATS = (("json", "JSON"), ("xml", "XML"), ("csv", "CSV"), ("tsv", "TSV"))
_GRAPH_LINK_FORMATS = (("turtle", "Turtle"), ("ntriples", "N-Triples"), ("jsonld", "JSON-LD"))


def render_page(query: str | None, *, result: Rows | Graph | bool | None = None,
                error: str | None = None, note: str | None = None,
                elapsed: float | None = None, read_only: bool = True,
                graph_page: bool = False) -> str:
    """The whole page for ``query`` (the example when ``None``) and its answer, if any."""
    text = EXAMPLE_QUERY if query is None else query
    parts = [
        "<!doctype html>\n<html lang='en'><head><meta charset='utf-8'>",
        "<title>relgraph SPARQL</title>",
        f"<style>{_STYLE}</style></head><body>",
        "<h1>relgraph SPARQL endpoint</h1>",
        "<p class='muted'>SPARQL 1.1 Protocol at <code>/sparql</code> "
        f"({'read-only' if read_only else 'updates need the bearer token'})."
        + (" The interactive graph is at <a href='/graph'>/graph</a>." if graph_page else "")
        + "</p>",
        "<form method='get' action='/'>",
        f"<textarea name='query' rows='14' spellcheck='false'>{html.escape(text)}</textarea>",
        "<p><button type='submit'>Run query</button></p></form>",
    ]
    if error is not None:
        parts.append(f"<div class='error'>{html.escape(error)}</div>")
    if note is not None:
        parts.append(f"<p class='note'>{html.escape(note)}</p>")
    if result is not None and query is not None:
        parts.append(_links(query, isinstance(result, Graph), elapsed))
        parts.append(_result_html(result))
    parts.append("</body></html>\n")
    return "\n".join(parts)


def _links(query: str, graph: bool, elapsed: float | None) -> str:
    formats = _GRAPH_LINK_FORMATS if graph else _LINK_FORMATS
    links = " · ".join(
        f"<a href='{html.escape('/sparql?' + urlencode({'query': query, 'format': fmt}))}'>"
        f"{label}</a>" for fmt, label in formats)
    took = f"{elapsed:.3f} s · " if elapsed is not None else ""
    return f"<p class='muted'>{took}the same answer as {links}</p>"


def _result_html(result: Rows | Graph | bool) -> str:
    if isinstance(result, bool):
        return f"<p>Answer: <strong>{'true' if result else 'false'}</strong></p>"
    if isinstance(result, Graph):
        head = ["subject", "predicate", "object"]
        rows: list[tuple[Node | None, ...]] = sorted(result, key=lambda t: tuple(map(str, t)))
    else:
        head, rows = result.vars, list(result)
    cells = "".join("<tr>" + "".join(f"<td>{html.escape(_show(t))}</td>" for t in row) + "</tr>"
                    for row in rows)
    header = "".join(f"<th>{html.escape(name)}</th>" for name in head)
    count = f"<p class='muted'>{len(rows)} row{'s' if len(rows) != 1 else ''}</p>"
    return f"{count}<table><thead><tr>{header}</tr></thead><tbody>{cells}</tbody></table>"


def _show(term: Node | None) -> str:
    """A term as a reader wants it: prefixed names where a prefix fits, literals as text."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        for prefix, namespace in PREFIXES.items():
            if term.startswith(namespace) and len(term) > len(namespace):
                return f"{prefix}:{term[len(namespace):]}"
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    assert isinstance(term, Literal)
    if term.language:
        return f"{term}@{term.language}"
    return str(term)
