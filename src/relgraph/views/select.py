"""Which part of the knowledge graph a view shows, as a networkx graph: the whole entity
network, an ego network, what lies between two countries, what a CONSTRUCT query names,
or the aggregated country network."""

from __future__ import annotations

from typing import TYPE_CHECKING

import networkx as nx
import pycountry
from rdflib import Graph, URIRef

from ..analysis.metrics import pair_edges
from ..errors import RelgraphError
from ..rdf.terms import country_iri
from .options import ViewOptions

if TYPE_CHECKING:
    from ..graph import KnowledgeGraph

__all__ = ["construct_graph", "find_node", "focus_graph", "pair_graph", "select_graph"]


def select_graph(kg: KnowledgeGraph, options: ViewOptions) -> nx.Graph:
    """The subgraph ``options`` ask for: a ``MultiDiGraph`` of entities, or with
    ``countries`` an undirected ``Graph`` of countries with weighted edges."""
    graph = kg.to_networkx("countries" if options.countries else "entities")
    if options.focus:
        return focus_graph(graph, options.focus, options.hops)
    if options.pair:
        return pair_graph(graph, *options.pair)
    sparql = options.sparql()
    if sparql:
        return construct_graph(kg, graph, sparql)
    return graph


def find_node(graph: nx.Graph, name_or_code: str) -> str:
    """The node a user means: an ISO alpha-3 or alpha-2 country code, a node IRI, or a label
    (exact, ignoring case, else the one label that contains it)."""
    wanted = name_or_code.strip()
    code = _alpha3(wanted)
    for candidate in (code, str(country_iri(code)) if code else None, wanted):
        if candidate and candidate in graph:
            return candidate
    folded = wanted.casefold()
    labels = {node: str(data.get("label") or node) for node, data in graph.nodes(data=True)}
    exact = [node for node, label in labels.items() if label.casefold() == folded]
    partial = exact or [node for node, label in labels.items() if folded in label.casefold()]
    if len(partial) == 1:
        return partial[0]
    if not partial:
        raise RelgraphError(f"no node is named {wanted!r}: give a label or an ISO country code")
    names = ", ".join(sorted(labels[n] for n in partial)[:6])
    raise RelgraphError(f"{wanted!r} matches {len(partial)} nodes ({names}, ...): be more precise")


def focus_graph(graph: nx.Graph, name_or_code: str, hops: int) -> nx.Graph:
    """The node and everything within ``hops`` relations of it, in either direction."""
    return nx.ego_graph(graph, find_node(graph, name_or_code), radius=hops, undirected=True)


def pair_graph(graph: nx.MultiDiGraph, a: str, b: str) -> nx.MultiDiGraph:
    """Everything between two countries (see :func:`~relgraph.analysis.metrics.pair_edges`)
    with both country nodes, and which country each person or organisation serves."""
    codes = []
    for given in (a, b):
        code = _alpha3(given)
        if not code or str(country_iri(code)) not in graph:
            raise RelgraphError(f"no country {given!r} in the graph: give an ISO country code")
        codes.append(code)
    keep = pair_edges(graph, *codes)
    nodes = {n for u, v, _ in keep for n in (u, v)} | {str(country_iri(c)) for c in codes}
    keep += [(u, v, k) for u, v, k, kind in graph.edges(keys=True, data="kind")
             if kind == "citizen" and u in nodes and v in nodes]
    return _subgraph(graph, nodes, keep)


def construct_graph(kg: KnowledgeGraph, graph: nx.MultiDiGraph, sparql: str) -> nx.MultiDiGraph:
    """The nodes and relations a CONSTRUCT query names: an edge stays when the query's
    result mentions its relation node (a statement, meeting, cooperation...), or, for edges
    without one (a person's country), both of its ends."""
    result = kg.query(sparql)
    if not isinstance(result, Graph):
        raise RelgraphError("the view query must be a CONSTRUCT (or DESCRIBE) query")
    named = {str(term) for triple in result for term in triple if isinstance(term, URIRef)}
    keep = [(u, v, k) for u, v, k, rel in graph.edges(keys=True, data="rel")
            if rel in named or (rel is None and u in named and v in named)]
    return _subgraph(graph, {n for n in graph if n in named}, keep)


def _subgraph(graph: nx.MultiDiGraph, nodes: set[str], edges: list[tuple[str, str, str]]
              ) -> nx.MultiDiGraph:
    sub = nx.MultiDiGraph()
    sub.add_nodes_from((n, graph.nodes[n]) for n in nodes)
    for u, v, k in edges:
        sub.add_node(u, **graph.nodes[u])
        sub.add_node(v, **graph.nodes[v])
        sub.add_edge(u, v, key=k, **graph.edges[u, v, k])
    return sub


def _alpha3(text: str) -> str | None:
    if len(text) not in (2, 3) or not text.isalpha():
        return None
    country = pycountry.countries.get(**{f"alpha_{len(text)}": text.upper()})
    return country.alpha_3 if country else None
