"""Interactive, self-contained graph pages of the knowledge graph (vis-network via pyvis,
behind relgraph's own template): ``kg.show()`` in notebooks, ``kg.render(path)`` and
``relgraph render`` for files."""

from .api import LargeViewWarning, build_page, graph_page, render
from .options import LARGE_VIEW, ViewOptions
from .page import GraphPage

__all__ = ["LARGE_VIEW", "GraphPage", "LargeViewWarning", "ViewOptions", "build_page",
           "graph_page", "render"]
