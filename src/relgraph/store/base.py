"""The one small interface every store implements."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import IO, Protocol

from rdflib import Graph, URIRef
from rdflib.term import Node

from ..rdf.mapping import Triple
from .results import Rows

__all__ = ["EXPORT_FORMATS", "QueryResult", "Store"]

QueryResult = Rows | Graph | bool

#: Export formats and their rdflib / media-type names.
EXPORT_FORMATS = {
    "nquads": "application/n-quads",
    "trig": "application/trig",
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
}


class Store(Protocol):
    """Where relgraph keeps its graph: one named graph per article, plus the reference
    graph. Queries see the union of all graphs as their default graph."""

    def graph_hash(self, graph: URIRef) -> str | None:
        """The content hash stored in an article graph, or ``None`` if it is absent."""

    def replace_graph(self, graph: URIRef, triples: Iterable[Triple]) -> int:
        """Replace a named graph with ``triples``, atomically; return the triple count."""

    def remove_graph(self, graph: URIRef) -> None:
        """Drop a named graph."""

    def query(self, sparql: str, bindings: Mapping[str, Node] | None = None) -> QueryResult:
        """Run a SPARQL query; ``bindings`` pre-bind variables (never pasted into the text)."""

    def export(self, out: IO[bytes], fmt: str) -> None:
        """Write every graph to ``out`` in one of :data:`EXPORT_FORMATS`."""

    def graphs(self) -> list[URIRef]:
        """The named graphs, sorted."""

    def __len__(self) -> int:
        """Number of quads."""

    def close(self) -> None:
        """Release files and locks."""
