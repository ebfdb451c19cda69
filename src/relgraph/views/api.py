"""From a knowledge graph (or any networkx graph shaped like its views) to a page:
select, lay out, build the pyvis network, render the self-contained HTML."""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

from .evidence import Source, sources
from .layout import positions
from .network import to_pyvis
from .options import ViewOptions, large_view_notice
from .page import GraphPage, page_html
from .select import select_graph
from .style import node_sizes

if TYPE_CHECKING:
    from ..graph import KnowledgeGraph

__all__ = ["LargeViewWarning", "build_page", "graph_page", "render"]


class LargeViewWarning(UserWarning):
    """A view has more nodes than a reader can take in at once."""


def graph_page(graph: nx.Graph, *, title: str = "relgraph",
               evidence: Mapping[str, Source] | None = None, height: int = 640) -> GraphPage:
    """The page for ``graph``: a ``MultiDiGraph`` like ``kg.to_networkx("entities")`` or a
    ``Graph`` like ``kg.to_networkx("countries")``. ``evidence`` maps relation IRIs to
    their article (see :func:`~relgraph.views.evidence.sources`)."""
    sizes = node_sizes(graph)
    net = to_pyvis(graph, positions(graph, sizes), sizes, evidence or {})
    notice = large_view_notice(graph.number_of_nodes())
    return GraphPage(html=page_html(net, title=title, notice=notice),
                     nodes=graph.number_of_nodes(), edges=graph.number_of_edges(),
                     notice=notice, height=height)


def build_page(kg: KnowledgeGraph, *, height: int = 640, **view_options: Any) -> GraphPage:
    """The page of a view of ``kg``; ``view_options`` are those of
    :class:`~relgraph.views.options.ViewOptions` (focus, hops, pair, query, countries,
    title). Warns with :class:`LargeViewWarning` when the view is too large to read."""
    options = ViewOptions(**view_options)
    graph = select_graph(kg, options)
    evidence = {} if options.countries else sources(kg)
    page = graph_page(graph, title=options.heading(), evidence=evidence, height=height)
    if page.notice:
        warnings.warn(page.notice, LargeViewWarning, stacklevel=3)
    return page


def render(kg: KnowledgeGraph, path: str | Path, **view_options: Any) -> GraphPage:
    """Write the page of a view of ``kg`` to ``path`` and return it."""
    page = build_page(kg, **view_options)
    page.save(path)
    return page
