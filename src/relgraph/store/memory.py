"""rdflib's in-memory Dataset as a store: for small work, tests and comparisons."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import IO

from rdflib import Dataset, Graph, URIRef
from rdflib.term import Node

from ..errors import QueryError, StoreError
from ..rdf.mapping import Triple
from ..rdf.terms import PREFIXES, RG
from .base import NTriples, QueryResult
from .results import Rows
from .sparqltext import refuse_service

__all__ = ["MemoryStore", "dataset_to_jsonld"]

_RDFLIB_FORMATS = {"nquads": "nquads", "trig": "trig", "turtle": "turtle",
                   "ntriples": "nt", "jsonld": "json-ld"}


class MemoryStore:
    """An rdflib :class:`~rdflib.Dataset` whose default graph is the union of its graphs."""

    path = None
    read_only = False

    def __init__(self) -> None:
        self.dataset = Dataset(default_union=True)

    def graph_hash(self, graph: URIRef) -> str | None:
        for value in self.dataset.graph(graph).objects(None, RG.contentHash):
            return str(value)
        return None

    def replace_graph(self, graph: URIRef, triples: Iterable[Triple] | NTriples) -> int:
        staged = Graph()
        if isinstance(triples, NTriples):
            staged.parse(data="\n".join(triples.lines), format="nt")
        else:
            for triple in triples:
                staged.add(triple)
        # Built apart first, so a failure while mapping leaves the old graph in place.
        self.dataset.remove_graph(graph)
        context = self.dataset.graph(graph)
        for triple in staged:
            context.add(triple)
        return len(staged)

    def add_triples(self, graph: URIRef, triples: Iterable[Triple]) -> None:
        context = self.dataset.graph(graph)
        for triple in triples:
            context.add(triple)

    def remove_graph(self, graph: URIRef) -> None:
        self.dataset.remove_graph(graph)

    def query(self, sparql: str, bindings: Mapping[str, Node] | None = None) -> QueryResult:
        refuse_service(sparql)
        try:
            result = self.dataset.query(sparql, initBindings=dict(bindings or {}),
                                        initNs=_namespaces())
            # rdflib evaluates lazily: reading the rows is where evaluation errors surface.
            if result.type == "ASK":
                return bool(result.askAnswer)
            if result.type == "SELECT":
                names = [str(v) for v in result.vars]
                return Rows(names, [tuple(row) for row in result])
            graph = Graph()
            for triple in result:
                graph.add(triple)
            return graph
        except QueryError:
            raise
        except Exception as err:  # rdflib raises pyparsing and assorted errors
            raise QueryError(f"query failed: {err}") from None

    def export(self, out: IO[bytes], fmt: str) -> None:
        if fmt == "jsonld":
            out.write(dataset_to_jsonld(self.dataset))
            return
        try:
            name = _RDFLIB_FORMATS[fmt]
        except KeyError:
            raise StoreError(f"unknown export format {fmt!r}") from None
        if name in ("turtle", "nt"):
            union = Graph()
            for s, p, o, _ in self.dataset.quads():
                union.add((s, p, o))
            out.write(union.serialize(format=name, encoding="utf-8"))
        else:
            out.write(self.dataset.serialize(format=name, encoding="utf-8"))

    def graphs(self) -> list[URIRef]:
        return sorted(URIRef(str(g.identifier)) for g in self.dataset.graphs()
                      if isinstance(g.identifier, URIRef)
                      and g.identifier != self.dataset.default_graph.identifier
                      and len(g))

    def __len__(self) -> int:
        return sum(1 for _ in self.dataset.quads())

    def flush(self) -> None:
        """Nothing to flush in memory."""

    def optimize(self) -> None:
        """Nothing to reorganise in memory."""

    def close(self) -> None:
        """Nothing to release in memory."""


def dataset_to_jsonld(dataset: Dataset) -> bytes:
    return dataset.serialize(format="json-ld", encoding="utf-8", auto_compact=True)


def _namespaces() -> dict[str, Node]:
    return {prefix: URIRef(iri) for prefix, iri in PREFIXES.items()}

