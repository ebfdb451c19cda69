"""Network analytics over the knowledge graph (networkx)."""

from .networks import countries_graph, entities_graph

__all__ = ["countries_graph", "entities_graph"]
