"""Node positions computed once in Python, so that the browser never runs physics and a
page of thousands of nodes is interactive as soon as it is drawn.

Each connected component is laid out on its own and the components are packed in rows,
largest first, so that a few isolated nodes cannot push the real structure into a corner.
Small components get a full force-directed layout (networkx ``spring_layout``). Its cost
grows with the square of the node count, so a large component lays out only its
best-connected nodes that way and places every other node next to the neighbours already
placed: a rough but readable picture in well under a second per thousand nodes.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Mapping

import networkx as nx
import numpy as np

__all__ = ["FULL_LAYOUT_NODES", "positions"]

#: Up to this many nodes, a component is laid out whole by the force-directed layout
#: (networkx's dense implementation, well under a second at this size; past 500 nodes
#: networkx switches to a sparse one that is several times slower).
FULL_LAYOUT_NODES = 480

# How many of the best-connected nodes of a large component the force layout places.
_SKELETON = 300
# Distance from a typical node to its nearest neighbour, and between components, in
# vis-network pixels at zoom 1.
_NEIGHBOUR = 70.0
_GAP = 60.0
# Nearest neighbours are measured from at most this many nodes (a sample is enough).
_PROBES = 500
# Width kept for a node's label, so that rows of small components do not overprint.
_LABEL_ROOM = 160.0
_ASPECT = 2.0
# How many of a component's largest nodes are kept apart, in at most so many rounds, and
# how far: their radii times _ROOM plus _MARGIN, which leaves room for the label below.
_SEPARATED = 40
_ROUNDS = 30
_ROOM = 1.6
_MARGIN = 10.0
_GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))

Point = tuple[float, float]


def positions(graph: nx.Graph, sizes: Mapping[str, float], *, seed: int = 7) -> dict[str, Point]:
    """``{node: (x, y)}`` in canvas pixels, the same for the same graph and seed. ``sizes``
    are the nodes' radii: the largest nodes are kept from overlapping."""
    simple = nx.Graph(graph.to_undirected(as_view=True))
    simple.remove_edges_from(nx.selfloop_edges(simple))
    parts = sorted(nx.connected_components(simple), key=lambda c: (-len(c), min(map(str, c))))
    boxes = [_component(simple.subgraph(part), sizes, seed) for part in parts]
    return _pack(boxes)


def _component(graph: nx.Graph, sizes: Mapping[str, float], seed: int) -> dict[str, Point]:
    # A component in pixels, with its top-left corner at (0, 0).
    if len(graph) <= 2:
        unit = {n: (float(i), 0.0) for i, n in enumerate(sorted(graph, key=str))}
    elif len(graph) <= FULL_LAYOUT_NODES:
        unit = nx.spring_layout(graph, seed=seed, method="force")
    else:
        unit = _skeleton_layout(graph, seed)
    scale = _spread(unit)
    box = {str(n): (float(x) * scale, float(y) * scale) for n, (x, y) in unit.items()}
    _separate(box, sizes)
    left = min(x for x, _ in box.values())
    top = min(y for _, y in box.values())
    return {n: (x - left, y - top) for n, (x, y) in box.items()}


def _separate(box: dict[str, Point], sizes: Mapping[str, float]) -> None:
    # Hubs attract the same neighbours and end up on top of each other: push the largest
    # nodes apart until they no longer overlap (a few rounds; few pairs, so cheap).
    big = sorted(box, key=lambda n: (-sizes.get(n, 0.0), n))[:_SEPARATED]
    for _ in range(_ROUNDS):
        moved = False
        for i, a in enumerate(big):
            for b in big[i + 1:]:
                (ax, ay), (bx, by) = box[a], box[b]
                gap = math.hypot(bx - ax, by - ay)
                need = (sizes.get(a, 0.0) + sizes.get(b, 0.0)) * _ROOM + _MARGIN
                if gap >= need:
                    continue
                ux, uy = ((bx - ax) / gap, (by - ay) / gap) if gap > 1e-6 else (1.0, 0.0)
                push = (need - gap) / 2
                box[a], box[b] = (ax - ux * push, ay - uy * push), (bx + ux * push, by + uy * push)
                moved = True
        if not moved:
            return


def _spread(unit: dict[str, Point]) -> float:
    # Force layouts crowd leaves around hubs: scaling by the typical nearest-neighbour
    # distance, rather than by the node count, keeps crowded parts readable.
    points = np.array(list(unit.values()), dtype=float)
    probes = points[:: max(1, len(points) // _PROBES)]
    distance = np.sqrt(((probes[:, None, :] - points[None, :, :]) ** 2).sum(axis=-1))
    distance[distance == 0] = np.inf
    typical = float(np.median(distance.min(axis=1)))
    return _NEIGHBOUR / typical if 0 < typical < np.inf else _NEIGHBOUR


def _pack(boxes: list[dict[str, Point]]) -> dict[str, Point]:
    # Shelf packing: left to right in rows, for a picture about as wide as a screen.
    area = sum((_extent(b)[0] + _GAP) * (_extent(b)[1] + _GAP) for b in boxes)
    row_width = max([math.sqrt(area * _ASPECT)] + [_extent(b)[0] for b in boxes[:1]])
    placed: dict[str, Point] = {}
    left = top = row_height = 0.0
    for box in boxes:
        width, height = _extent(box)
        if left > 0 and left + width > row_width:
            left, top, row_height = 0.0, top + row_height + _GAP, 0.0
        for node, (x, y) in box.items():
            placed[node] = (round(left + x, 1), round(top + y, 1))
        left += width + _GAP
        row_height = max(row_height, height)
    return placed


def _extent(box: dict[str, Point]) -> Point:
    return max(_LABEL_ROOM, max(x for x, _ in box.values())), max(y for _, y in box.values())


def _skeleton_layout(graph: nx.Graph, seed: int) -> dict[str, Point]:
    by_degree = sorted(graph, key=lambda n: (-graph.degree(n), str(n)))
    skeleton = graph.subgraph(by_degree[:_SKELETON])
    placed = {n: (float(x), float(y))
              for n, (x, y) in nx.spring_layout(skeleton, seed=seed, method="force").items()}
    # Breadth-first from the skeleton: a node sits on a small spiral around its first
    # placed neighbour, so that leaves fan out around their hub instead of piling up.
    radius = 1.5 / math.sqrt(len(graph))
    children: dict[str, int] = {}
    queue = deque(placed)
    while queue:
        hub = queue.popleft()
        for node in graph.neighbors(hub):
            if node in placed:
                continue
            index = children[hub] = children.get(hub, 0) + 1
            angle, reach = index * _GOLDEN_ANGLE, radius * math.sqrt(index)
            placed[node] = (placed[hub][0] + reach * math.cos(angle),
                            placed[hub][1] + reach * math.sin(angle))
            queue.append(node)
    return placed
