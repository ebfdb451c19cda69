"""The selected networkx graph as a pyvis network: vis-network node and edge options (look,
size, position) plus, under ``rg``, what the page's tooltips and filters need.

Nothing here is HTML. Labels and evidence stay plain strings; the page puts them on screen
as text only (see ``assets/page.js``).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator, Mapping
from typing import Any

import networkx as nx
from pyvis.network import Network

from .evidence import Source
from .style import EDGE_STYLES, counted, edge_style, label_size, node_style

__all__ = ["VIS_OPTIONS", "to_pyvis"]

# Physics stays off: positions come from layout.py, so the page is still the moment it is
# drawn. improvedLayout would otherwise re-run a layout in the browser on large graphs.
VIS_OPTIONS = {
    "autoResize": True,
    "physics": {"enabled": False},
    "layout": {"improvedLayout": False},
    "interaction": {"hover": True, "multiselect": False,
                    "navigationButtons": False, "keyboard": False},
    "nodes": {"borderWidth": 1,
              "font": {"size": 14, "face": "system-ui,sans-serif", "strokeWidth": 3,
                       "strokeColor": "#ffffff", "color": "#222222"}},
    "edges": {"width": 1, "hoverWidth": 0.6, "selectionWidth": 1.5, "smooth": False,
              "arrows": {"to": {"scaleFactor": 0.45}},
              "font": {"size": 9, "align": "middle", "color": "#555555", "strokeWidth": 3},
              "scaling": {"min": 1, "max": 9}},
}
# Past this many edges, hide them while panning and zooming so big pages stay smooth.
_BUSY_EDGES = 3000
_LABEL_CHARS = 32
_AGGREGATE_KINDS = (("meetings", "meeting"), ("cooperation", "cooperation"),
                    ("statements", "statement"))


def to_pyvis(graph: nx.Graph, positions: Mapping[str, tuple[float, float]],
             sizes: Mapping[str, float], sources: Mapping[str, Source]) -> Network:
    """A pyvis network of ``graph`` with nodes at ``positions`` and of radius ``sizes``: the
    entity view when ``graph`` is a multigraph, else the aggregated country view."""
    net = Network(directed=True, cdn_resources="in_line")
    busy = graph.number_of_edges() > _BUSY_EDGES
    interaction = {**VIS_OPTIONS["interaction"], "hideEdgesOnDrag": busy, "hideEdgesOnZoom": busy}
    net.set_options(json.dumps({**VIS_OPTIONS, "interaction": interaction}))
    names = {code: data.get("label") or code for code, data in _countries(graph)}
    for node, data in graph.nodes(data=True):
        _add_node(net, graph, node, data, (*positions[node], sizes[node]), names)
    if graph.is_multigraph():
        _add_relations(net, graph, sources)
    else:
        _add_pairs(net, graph)
    return net


def _countries(graph: nx.Graph) -> Iterator[tuple[str, Mapping[str, Any]]]:
    for node, data in graph.nodes(data=True):
        if data.get("type", "country") == "country":
            yield data.get("country") or node, data


def _add_node(net: Network, graph: nx.Graph, node: str, data: Mapping[str, object],
              place: tuple[float, float, float], names: Mapping[str, str]) -> None:
    kind = str(data.get("type") or "country")
    style = node_style(kind)
    label = str(data.get("label") or node)
    country = str(data.get("country") or (node if kind == "country" else "")) or None
    if graph.is_multigraph():
        counts = Counter(k for *_, k in graph.out_edges(node, data="kind"))
        counts.update(k for *_, k in graph.in_edges(node, data="kind"))
        relations = ", ".join(counted(k, n) for k, n in counts.most_common())
    else:
        relations = f"{graph.degree(node, weight='weight')} with {graph.degree(node)} countries"
    rows = [("type", style.name)]
    if country:
        rows.append(("country", f"{names.get(country, country)} ({country})"))
    rows.append(("relations", relations or "none"))
    x, y, size = place
    net.add_node(node, label=_short(label), shape=style.shape, color=style.color, size=size,
                 font={"size": label_size(size)}, x=x, y=y,
                 rg={"type": kind, "country": country, "title": label, "rows": rows})


def _add_relations(net: Network, graph: nx.MultiDiGraph, sources: Mapping[str, Source]) -> None:
    label = {n: str(d.get("label") or n) for n, d in graph.nodes(data=True)}
    parallel = Counter(frozenset((u, v)) for u, v in graph.edges())
    seen: Counter[frozenset[str]] = Counter()
    for index, (u, v, data) in enumerate(graph.edges(data=True)):
        kind = str(data["kind"])
        style = edge_style(kind)
        field, date = data.get("field"), data.get("date")
        source = sources.get(data.get("rel") or "")
        pair = frozenset((u, v))
        seen[pair] += 1
        net.add_edge(u, v, id=f"e{index}", label=style.label + (f" ({field})" if field else ""),
                     color=style.color, dashes=style.dashes, arrows="to" if style.directed else "",
                     smooth=_curve(seen[pair] - 1) if parallel[pair] > 1 else False,
                     rg={"kinds": [kind], "fields": [field] if field else [], "date": date,
                         "countries": _ends(graph, u, v), "structural": kind == "citizen",
                         "color": style.color, "title": style.name, "text": data.get("text"),
                         "rows": _evidence_rows(kind, label[u], label[v], data, source),
                         "url": source.url if source else None})


def _evidence_rows(kind: str, a: str, b: str, data: Mapping[str, object],
                   source: Source | None) -> list[tuple[str, str]]:
    roles = {"statement": (("speaker", a), ("about", b)),
             "participation": (("who", a), ("event", b)),
             "citizen": (("who", a), ("serves", b))}
    rows = list(roles.get(kind, (("between", f"{a} and {b}"),)))
    if source and source.verb:
        how = [source.verb, source.tone or "", "direct quote" if source.direct else ""]
        rows.append(("reported", ", ".join(part for part in how if part)))
    rows += [(name, str(data[name])) for name in ("date", "field") if data.get(name)]
    if source:
        rows += [(name, value) for name, value in (
            ("article", source.article), ("headline", source.headline),
            ("outlet", source.outlet)) if value]
    return rows


def _add_pairs(net: Network, graph: nx.Graph) -> None:
    label = {n: str(d.get("label") or n) for n, d in graph.nodes(data=True)}
    for index, (a, b, data) in enumerate(graph.edges(data=True)):
        counts = {kind: int(data.get(name, 0)) for name, kind in _AGGREGATE_KINDS}
        main = max(counts, key=lambda k: counts[k])
        weight = int(data.get("weight", sum(counts.values())))
        rows = [(name, str(counts[kind])) for name, kind in _AGGREGATE_KINDS]
        net.add_edge(a, b, id=f"e{index}", label=str(weight), value=weight, arrows="",
                     color=EDGE_STYLES[main].color,
                     rg={"kinds": [k for k, n in counts.items() if n], "fields": [],
                         "date": None, "countries": [a, b], "structural": False,
                         "color": EDGE_STYLES[main].color, "title": f"{label[a]} and {label[b]}",
                         "text": None, "rows": [*rows, ("total", str(weight))], "url": None})


def _ends(graph: nx.Graph, u: str, v: str) -> list[str]:
    return sorted({str(c) for c in (graph.nodes[u].get("country"), graph.nodes[v].get("country"))
                   if c})


def _curve(index: int) -> dict[str, object]:
    # Parallel relations fan out on alternate sides so each stays visible and hoverable.
    return {"enabled": True, "type": "curvedCW" if index % 2 == 0 else "curvedCCW",
            "roundness": min(0.9, 0.12 * (index // 2 + 1))}


def _short(label: str) -> str:
    return label if len(label) <= _LABEL_CHARS else label[:_LABEL_CHARS - 1] + "…"
