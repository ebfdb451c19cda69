"""Network analytics over the knowledge graph (networkx)."""

from .metrics import (
    Actor,
    Pair,
    communities,
    pair_activity,
    pair_edges,
    simple_graph,
    top_actors,
    top_pairs,
)
from .networks import countries_graph, entities_graph

__all__ = [
    "Actor",
    "Pair",
    "communities",
    "countries_graph",
    "entities_graph",
    "pair_activity",
    "pair_edges",
    "simple_graph",
    "top_actors",
    "top_pairs",
]
