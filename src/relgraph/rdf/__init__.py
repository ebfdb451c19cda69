"""Mapping extraction records to RDF: identifiers, the per-article graph, the reference
graph, and the published ontology and SHACL shapes."""

from importlib.resources import files

from .mapping import record_graph, record_triples
from .reference import reference_triples
from .terms import REFERENCE_GRAPH, RG, article_graph

__all__ = [
    "ONTOLOGY_PATH",
    "REFERENCE_GRAPH",
    "RG",
    "SHAPES_PATH",
    "article_graph",
    "record_graph",
    "record_triples",
    "reference_triples",
]

ONTOLOGY_PATH = files(__package__).joinpath("ontology.ttl")
SHAPES_PATH = files(__package__).joinpath("shapes.ttl")
