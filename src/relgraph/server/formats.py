"""Answers written out: SPARQL 1.1 results in JSON, XML, CSV and TSV, and graphs in the RDF
syntaxes rdflib writes."""

from __future__ import annotations

import csv
import io
import json
import re
from xml.sax.saxutils import escape, quoteattr

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from ..store import Rows
from ..store.sparqltext import nt

__all__ = ["write_boolean", "write_graph", "write_rows"]

_RDFLIB = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld", "rdfxml": "xml"}
# Characters XML 1.0 cannot carry at all, not even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_RESULTS_NS = "http://www.w3.org/2005/sparql-results#"


def write_rows(rows: Rows, fmt: str) -> bytes:
    """SELECT solutions as ``json``, ``xml``, ``csv`` or ``tsv``."""
    if fmt == "json":
        return rows.to_json().encode("utf-8")
    if fmt == "xml":
        return _rows_xml(rows).encode("utf-8")
    if fmt == "csv":
        return _rows_csv(rows).encode("utf-8")
    if fmt == "tsv":
        return _rows_tsv(rows).encode("utf-8")
    raise ValueError(f"not a results format: {fmt}")


def write_boolean(answer: bool, fmt: str) -> bytes:
    """An ASK answer. CSV and TSV have no boolean form in the standard: they get a one-cell
    table, as several servers write it."""
    word = "true" if answer else "false"
    if fmt == "json":
        return json.dumps({"head": {}, "boolean": answer}).encode("utf-8")
    if fmt == "xml":
        return (f'<?xml version="1.0"?>\n<sparql xmlns="{_RESULTS_NS}">\n  <head/>\n'
                f"  <boolean>{word}</boolean>\n</sparql>\n").encode()
    if fmt == "csv":
        return f"_askResult\r\n{word}\r\n".encode()
    if fmt == "tsv":
        return f"?_askResult\n{word}\n".encode()
    raise ValueError(f"not a results format: {fmt}")


def write_graph(graph: Graph, fmt: str) -> bytes:
    """A CONSTRUCT or DESCRIBE answer as ``turtle``, ``ntriples``, ``jsonld`` or ``rdfxml``."""
    return graph.serialize(format=_RDFLIB[fmt], encoding="utf-8")


def _rows_csv(rows: Rows) -> str:
    # SPARQL 1.1 CSV: lexical forms only, blank nodes as _:label, CRLF line ends.
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(rows.vars)
    for row in rows:
        writer.writerow([_csv_cell(term) for term in row])
    return buffer.getvalue()


def _csv_cell(term: Node | None) -> str:
    if term is None:
        return ""
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _rows_tsv(rows: Rows) -> str:
    # SPARQL 1.1 TSV: terms in their Turtle / N-Triples form, tabs and newlines escaped.
    lines = ["\t".join("?" + name for name in rows.vars)]
    lines += ["\t".join("" if term is None else nt(term) for term in row) for row in rows]
    return "\n".join(lines) + "\n"


def _rows_xml(rows: Rows) -> str:
    out = [f'<?xml version="1.0"?>\n<sparql xmlns="{_RESULTS_NS}">\n  <head>']
    out += [f"    <variable name={quoteattr(name)}/>" for name in rows.vars]
    out.append("  </head>\n  <results>")
    for row in rows:
        out.append("    <result>")
        for name, term in zip(rows.vars, row, strict=True):
            if term is not None:
                out.append(f"      <binding name={quoteattr(name)}>{_xml_term(term)}</binding>")
        out.append("    </result>")
    out.append("  </results>\n</sparql>\n")
    return "\n".join(out)


def _xml_term(term: Node) -> str:
    if isinstance(term, URIRef):
        return f"<uri>{_xml_text(term)}</uri>"
    if isinstance(term, BNode):
        return f"<bnode>{_xml_text(term)}</bnode>"
    assert isinstance(term, Literal)
    if term.language:
        return f"<literal xml:lang={quoteattr(term.language)}>{_xml_text(term)}</literal>"
    if term.datatype:
        return f"<literal datatype={quoteattr(str(term.datatype))}>{_xml_text(term)}</literal>"
    return f"<literal>{_xml_text(term)}</literal>"


def _xml_text(value: str) -> str:
    # A control character would make the whole document unreadable: replace it visibly.
    return escape(_NOT_XML.sub("\ufffd", str(value)))
