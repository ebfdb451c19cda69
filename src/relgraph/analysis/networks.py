"""The knowledge graph as networkx graphs: an entity network and a country network."""

from __future__ import annotations

from typing import TYPE_CHECKING

import networkx as nx

from ..store.results import term_text

if TYPE_CHECKING:
    from ..graph import KnowledgeGraph

__all__ = ["countries_graph", "entities_graph"]

_ENTITIES = """
SELECT ?node ?type ?label ?country WHERE {
  VALUES (?cls ?type) { (schema:Person "person") (schema:Organization "organization")
                        (rg:NamedEvent "event") }
  ?node a ?cls .
  OPTIONAL { ?node rg:country ?c . ?c rg:alpha3 ?country }
  { SELECT ?node (MAX(?name) AS ?label) WHERE { ?node schema:name ?name } GROUP BY ?node }
}
"""

_COUNTRIES = """
SELECT DISTINCT ?node ?label ?code WHERE {
  ?a a schema:NewsArticle ; schema:mentions ?node .
  ?node a schema:Country ; rg:alpha3 ?code ; skos:prefLabel ?label .
}
"""

_EDGES = """
SELECT ?kind ?rel ?a ?b ?field ?date ?text WHERE {
  {
    ?rel a rg:Meeting ; schema:attendee ?a, ?b . FILTER(STR(?a) < STR(?b))
    BIND("meeting" AS ?kind) OPTIONAL { ?rel schema:startDate ?date }
    OPTIONAL { ?rel rg:evidenceText ?text }
  } UNION {
    ?rel a rg:Statement ; schema:creator ?a ; schema:about ?b ; schema:text ?text .
    BIND("statement" AS ?kind) OPTIONAL { ?rel schema:dateCreated ?date }
  } UNION {
    ?rel a rg:Cooperation ; rg:party ?a, ?b ; rg:field ?f . FILTER(STR(?a) < STR(?b))
    ?f skos:notation ?field . BIND("cooperation" AS ?kind)
    OPTIONAL { ?rel schema:startDate ?date } OPTIONAL { ?rel rg:evidenceText ?text }
  } UNION {
    ?rel a rg:Participation ; rg:agent ?a ; rg:event ?b . BIND("participation" AS ?kind)
    OPTIONAL { ?rel schema:startDate ?date } OPTIONAL { ?rel rg:evidenceText ?text }
  } UNION {
    ?a rg:country ?b . ?a a schema:Person . BIND("citizen" AS ?kind)
  }
}
"""

_PAIRS = """
SELECT ?a ?b ?kind (COUNT(DISTINCT ?rel) AS ?n) WHERE {
  {
    ?rel a rg:Meeting ; rg:participantCountry ?a, ?b . BIND("meetings" AS ?kind)
  } UNION {
    ?rel a rg:Cooperation ; rg:party ?a, ?b . BIND("cooperation" AS ?kind)
  } UNION {
    ?rel a rg:Statement ; rg:speakerCountry ?a ; schema:about ?b . BIND("statements" AS ?kind)
  }
  FILTER(STR(?a) < STR(?b))
} GROUP BY ?a ?b ?kind
"""


def entities_graph(kg: KnowledgeGraph) -> nx.MultiDiGraph:
    """People, organisations, events and countries as nodes (with ``type``, ``label``,
    ``country``); meetings, statements, cooperation, participations and citizenship as
    edges (with ``kind``, ``date``, ``field``, ``text``, ``rel``)."""
    graph = nx.MultiDiGraph()
    for node, kind, label, country in kg.select(_ENTITIES):
        graph.add_node(str(node), type=str(kind), label=term_text(label),
                       country=term_text(country) or None)
    for node, label, code in kg.select(_COUNTRIES):
        graph.add_node(str(node), type="country", label=term_text(label), country=str(code))
    for kind, rel, a, b, field, date, text in kg.select(_EDGES):
        a_id, b_id = str(a), str(b)
        for end in (a_id, b_id):
            if end not in graph:
                graph.add_node(end, type=_type_of(end), label=end.rsplit("/", 1)[-1],
                               country=None)
        graph.add_edge(a_id, b_id, key=f"{kind}:{term_text(rel)}", kind=str(kind),
                       rel=term_text(rel) or None, field=term_text(field) or None,
                       date=term_text(date) or None, text=term_text(text) or None)
    return graph


def countries_graph(kg: KnowledgeGraph) -> nx.Graph:
    """Countries as nodes; one edge per pair, weighted by the number of meetings,
    cooperation entries and statements between them (each also an edge attribute)."""
    graph = nx.Graph()
    for node, label, code in kg.select(_COUNTRIES):
        graph.add_node(str(code), label=term_text(label), iri=str(node))
    for a, b, kind, n in kg.select(_PAIRS):
        ca, cb = str(a).rsplit("/", 1)[-1], str(b).rsplit("/", 1)[-1]
        if ca == cb:
            continue
        for code in (ca, cb):
            graph.add_node(code)
        data = graph.get_edge_data(ca, cb) or {"weight": 0, "meetings": 0, "cooperation": 0,
                                                "statements": 0}
        data[str(kind)] += int(n.toPython())
        data["weight"] += int(n.toPython())
        graph.add_edge(ca, cb, **data)
    return graph


def _type_of(iri: str) -> str:
    for part, kind in (("/country/", "country"), ("/person/", "person"), ("/org/", "organization"),
                       ("/event/", "event")):
        if part in iri:
            return kind
    return "other"
