"""The one small interface every store implements."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import IO, Protocol

from rdflib import Graph, URIRef
from rdflib.term import Node

from ..rdf.mapping import Triple
from .results import Rows
from .sparqltext import nt_lines

__all__ = ["EXPORT_FORMATS", "NTriples", "QueryResult", "Store", "ntriples"]

QueryResult = Rows | Graph | bool

#: Export formats and their rdflib / media-type names.
EXPORT_FORMATS = {
    "nquads": "application/n-quads",
    "trig": "application/trig",
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
}


@dataclass(frozen=True, slots=True)
class NTriples:
    """A graph's triples written as sorted, distinct N-Triples lines. Ingest workers send
    these: strings cross between processes far cheaper than rdflib terms, and a store writes
    them without converting the terms again."""

    lines: tuple[str, ...]

    def __len__(self) -> int:
        return len(self.lines)


def ntriples(triples: Iterable[Triple] | NTriples) -> NTriples:
    """``triples`` as N-Triples lines (unchanged if they already are)."""
    return triples if isinstance(triples, NTriples) else NTriples(nt_lines(triples))


class Store(Protocol):
    """Where relgraph keeps its graph: one named graph per article, plus the reference
    graph. Queries see the union of all graphs as their default graph."""

    def graph_hash(self, graph: URIRef) -> str | None:
        """The content hash stored in an article graph, or ``None`` if it is absent."""

    def replace_graph(self, graph: URIRef, triples: Iterable[Triple] | NTriples) -> int:
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

    def flush(self) -> None:
        """Make what was written durable."""

    def optimize(self) -> None:
        """Reorganise the storage after a bulk load, for faster reads (nothing to do where
        the store manages that itself)."""

    def close(self) -> None:
        """Release files and locks."""
