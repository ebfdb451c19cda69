"""Who matters and what moves: centrality of actors, their communities, the busiest country
pairs and a pair's activity over time, all on the networkx views of the knowledge graph.

>>> graph = kg.to_networkx("entities")                                  # doctest: +SKIP
>>> [a.label for a in top_actors(graph, 3)]                            # doctest: +SKIP
['Teymur Musayev', 'Kemal Akgün', 'Ahmet Selçuk Yazıcı']
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import networkx as nx

__all__ = [
    "ACTOR_TYPES",
    "Actor",
    "Pair",
    "communities",
    "pair_activity",
    "pair_edges",
    "simple_graph",
    "top_actors",
    "top_pairs",
]

#: Node types that act: people and organisations (countries and events are the stage).
ACTOR_TYPES = frozenset({"person", "organization"})

# Exact betweenness is O(nodes x edges); past this many nodes a seeded sample of sources
# gives the same ranking at the top in a fraction of the time.
_EXACT_BETWEENNESS = 1000
_SAMPLE_SOURCES = 300


@dataclass(frozen=True, slots=True)
class Actor:
    """A person or organisation with its number of relations, its betweenness centrality
    and the index of its community in :func:`communities` (largest first)."""

    node: str
    label: str
    type: str
    country: str | None
    relations: int
    centrality: float
    community: int | None


@dataclass(frozen=True, slots=True)
class Pair:
    """Two countries and how many meetings, cooperation entries and statements tie them."""

    a: str
    b: str
    weight: int
    meetings: int
    cooperation: int
    statements: int


def simple_graph(graph: nx.MultiDiGraph) -> nx.Graph:
    """One undirected edge per connected pair of nodes, ``weight`` = number of relations."""
    simple = nx.Graph()
    simple.add_nodes_from(graph.nodes(data=True))
    for u, v in graph.edges():
        if u != v:
            weight = simple.get_edge_data(u, v, {"weight": 0})["weight"]
            simple.add_edge(u, v, weight=weight + 1)
    return simple


def communities(graph: nx.MultiDiGraph, *, seed: int = 0) -> list[set[str]]:
    """Groups of densely tied nodes (Louvain on :func:`simple_graph`), largest first."""
    found = nx.community.louvain_communities(simple_graph(graph), weight="weight", seed=seed)
    return sorted(found, key=lambda c: (-len(c), min(c)))


def top_actors(graph: nx.MultiDiGraph, n: int = 10, *, groups: list[set[str]] | None = None
               ) -> list[Actor]:
    """The ``n`` people and organisations that bridge the most others (betweenness
    centrality), ties broken by their number of relations. ``groups`` are the
    :func:`communities` if already computed."""
    simple = simple_graph(graph)
    sample = _SAMPLE_SOURCES if len(simple) > _EXACT_BETWEENNESS else None
    between = nx.betweenness_centrality(simple, k=sample, seed=0)
    groups = communities(graph) if groups is None else groups
    member = {node: i for i, group in enumerate(groups) for node in group}
    actors = [Actor(node=node, label=data.get("label") or node, type=data["type"],
                    country=data.get("country"), relations=graph.degree(node),
                    centrality=between.get(node, 0.0), community=member.get(node))
              for node, data in graph.nodes(data=True) if data.get("type") in ACTOR_TYPES]
    actors.sort(key=lambda a: (-a.centrality, -a.relations, a.label))
    return actors[:n]


def top_pairs(countries: nx.Graph, n: int = 10) -> list[Pair]:
    """The ``n`` country pairs with the most meetings, cooperation and statements."""
    pairs = [Pair(a=min(a, b), b=max(a, b), weight=d.get("weight", 0),
                  meetings=d.get("meetings", 0), cooperation=d.get("cooperation", 0),
                  statements=d.get("statements", 0))
             for a, b, d in countries.edges(data=True)]
    pairs.sort(key=lambda p: (-p.weight, p.a, p.b))
    return pairs[:n]


def _side(graph: nx.MultiDiGraph, node: str) -> str | None:
    # An event's country is where it is held, not whom it belongs to: it sides with no one.
    data = graph.nodes[node]
    return None if data.get("type") == "event" else data.get("country")


def pair_edges(graph: nx.MultiDiGraph, a: str, b: str) -> list[tuple[str, str, str]]:
    """Every relation between countries ``a`` and ``b`` (alpha-3 codes): edges from one
    side (the country, its people and organisations) to the other, and the participations
    of both sides in the events they both attended. Keys as in ``graph.edges(keys=True)``."""
    sides = {a, b}
    between = [(u, v, k) for u, v, k in graph.edges(keys=True)
               if {_side(graph, u), _side(graph, v)} == sides]
    attended: dict[str, set[str]] = {}
    for u, v, kind in graph.edges(data="kind"):
        side = _side(graph, u)
        if kind == "participation" and side in sides:
            attended.setdefault(v, set()).add(side)
    shared = {event for event, who in attended.items() if who == sides}
    between += [(u, v, k) for u, v, k, kind in graph.edges(keys=True, data="kind")
                if kind == "participation" and v in shared and _side(graph, u) in sides]
    return between


def pair_activity(graph: nx.MultiDiGraph, a: str, b: str, *, by: str = "month"
                  ) -> list[tuple[str, Counter[str]]]:
    """How many relations of each kind tie ``a`` and ``b`` in each month (``by="month"``)
    or year (``by="year"``), oldest first; undated relations are left out."""
    width = {"month": 7, "year": 4}[by]
    periods: dict[str, Counter[str]] = {}
    for u, v, k in pair_edges(graph, a, b):
        data = graph.edges[u, v, k]
        if data.get("date"):
            periods.setdefault(data["date"][:width], Counter())[data["kind"]] += 1
    return sorted(periods.items())
