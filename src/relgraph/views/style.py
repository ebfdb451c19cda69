"""How each kind of node and relation looks: colour, shape, edge label, and the legend.

Colours are the Okabe-Ito palette, which stays distinguishable with colour blindness; shape
repeats the node type so that the page still reads in greyscale.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import networkx as nx

__all__ = ["EDGE_STYLES", "NODE_STYLES", "EdgeStyle", "NodeStyle", "counted", "edge_style",
           "label_size", "legend", "node_sizes", "node_style"]


@dataclass(frozen=True, slots=True)
class NodeStyle:
    """The look of one node type: legend name, fill colour and vis-network shape."""

    name: str
    color: str
    shape: str


@dataclass(frozen=True, slots=True)
class EdgeStyle:
    """The look of one relation kind: legend name, noun for counts, edge label, colour,
    dashes, arrow."""

    name: str
    noun: str
    label: str
    color: str
    dashes: bool
    directed: bool


NODE_STYLES: dict[str, NodeStyle] = {
    "country": NodeStyle("Country", "#0072B2", "hexagon"),
    "person": NodeStyle("Person", "#E69F00", "dot"),
    "organization": NodeStyle("Organisation", "#009E73", "square"),
    "event": NodeStyle("Event", "#D55E00", "diamond"),
    "other": NodeStyle("Other", "#999999", "triangle"),
}

EDGE_STYLES: dict[str, EdgeStyle] = {
    "statement": EdgeStyle("Statement", "statement", "said about", "#CC79A7", True, True),
    "meeting": EdgeStyle("Meeting", "meeting", "met", "#56B4E9", False, False),
    "cooperation": EdgeStyle("Cooperation", "cooperation", "cooperates", "#009E73", False, False),
    "participation": EdgeStyle("Participation", "participation", "took part in", "#D55E00",
                               False, True),
    "citizen": EdgeStyle("Serves (a country)", "affiliation", "serves", "#B0B0B0", False, True),
}


_MASS_NOUNS = frozenset({"cooperation"})


def node_style(kind: str | None) -> NodeStyle:
    """The style of a node type; unknown types look like ``other``."""
    return NODE_STYLES.get(kind or "other", NODE_STYLES["other"])


def edge_style(kind: str) -> EdgeStyle:
    """The style of a relation kind; unknown kinds are drawn like a plain grey link."""
    return EDGE_STYLES.get(kind, EdgeStyle(kind.capitalize(), kind, kind, "#888888", False, False))


def counted(kind: str, n: int) -> str:
    """``n`` relations of a kind in words: "1 meeting", "3 meetings", "2 cooperation"."""
    noun = edge_style(kind).noun
    return f"{n} {noun}" if n == 1 or noun in _MASS_NOUNS else f"{n} {noun}s"


def legend(node_types: set[str], edge_kinds: set[str]) -> dict[str, list[dict[str, object]]]:
    """The legend entries for the types and kinds a page shows, in a fixed order."""
    types = [t for t in NODE_STYLES if t in node_types]
    kinds = [k for k in EDGE_STYLES if k in edge_kinds]
    kinds += sorted(edge_kinds - set(kinds))
    return {
        "types": [{"name": node_style(t).name, "color": node_style(t).color,
                   "shape": node_style(t).shape} for t in types],
        "kinds": [{"kind": k, "name": edge_style(k).name, "color": edge_style(k).color,
                   "dashes": edge_style(k).dashes} for k in kinds],
    }


def node_sizes(graph: nx.Graph) -> dict[str, float]:
    """Each node's radius in canvas pixels, growing with the square root of its number of
    relations (summed edge weights in the aggregated country view)."""
    weight = None if graph.is_multigraph() else "weight"
    return {str(node): round(min(45.0, 7 + 4.5 * math.sqrt(degree)), 1)
            for node, degree in graph.degree(weight=weight)}


def label_size(radius: float) -> int:
    """The label's font size for a node of this radius: hubs stay named when the whole graph
    is in view, small nodes get named as one zooms in."""
    return round(12 + 0.45 * (radius - 7))
