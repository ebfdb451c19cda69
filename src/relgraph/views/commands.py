"""CLI sub-commands of the views: ``relgraph render`` writes an interactive page,
``relgraph analyze`` prints the top actors, communities and country pairs as tables."""

from __future__ import annotations

import argparse
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["add_commands"]

_STORE_HELP = "the store to read, as for 'relgraph query --store' (default .relgraph/store)"
_KINDS = ("meeting", "cooperation", "statement", "participation")


def add_commands(sub: argparse._SubParsersAction) -> None:
    """Register ``render`` and ``analyze`` on the CLI's sub-parsers."""
    p = sub.add_parser("render", help="write an interactive HTML page of the graph that "
                                      "opens offline")
    p.add_argument("--store", help=_STORE_HELP)
    p.add_argument("-o", "--output", required=True, metavar="FILE.html", help="page to write")
    view = p.add_mutually_exclusive_group()
    view.add_argument("--focus", metavar="NAME_OR_CODE",
                      help="a node by label or ISO country code, and --hops around it")
    view.add_argument("--pair", nargs=2, metavar=("A", "B"),
                      help="everything between two countries (ISO codes)")
    view.add_argument("--query", metavar="FILE.rq", type=Path,
                      help="a CONSTRUCT query: the nodes and relations it names")
    p.add_argument("--hops", type=int, default=1, help="relations around --focus (default 1)")
    p.add_argument("--countries", action="store_true",
                   help="one node per country, edges weighted by meetings, cooperation and "
                        "statements")
    p.add_argument("--title", help="page heading (default: a description of the view)")
    p.set_defaults(run=_render)

    p = sub.add_parser("analyze", help="print the top actors, communities and country pairs")
    p.add_argument("--store", help=_STORE_HELP)
    p.add_argument("--top", type=int, default=10, help="rows per table (default 10)")
    p.add_argument("--pair", nargs=2, metavar=("A", "B"),
                   help="also print this pair's activity month by month")
    p.set_defaults(run=_analyze)


def _render(args: argparse.Namespace) -> int:
    from ..commands import _exists
    from ..graph import open as open_graph
    from .api import LargeViewWarning

    with open_graph(args.store, read_only=_exists(args.store)) as kg, warnings.catch_warnings():
        # The CLI says it in its own words below rather than as a Python warning.
        warnings.simplefilter("ignore", LargeViewWarning)
        page = kg.render(args.output, focus=args.focus, hops=args.hops,
                         pair=tuple(args.pair) if args.pair else None, query=args.query,
                         countries=args.countries, title=args.title)
    if page.notice:
        print(f"relgraph: note: {page.notice}", file=sys.stderr)
    print(f"relgraph: render: wrote {args.output} ({page.nodes} nodes, {page.edges} "
          f"relations)", file=sys.stderr)
    return 0


def _analyze(args: argparse.Namespace) -> int:
    from ..analysis.metrics import communities, pair_activity, top_actors, top_pairs
    from ..commands import _exists
    from ..graph import open as open_graph

    with open_graph(args.store, read_only=_exists(args.store)) as kg:
        entities, countries = kg.to_networkx("entities"), kg.to_networkx("countries")
    groups = communities(entities)
    name = {code: data.get("label") or code for code, data in countries.nodes(data=True)}
    out = sys.stdout
    out.write("Top actors (betweenness centrality)\n")
    out.write(_table(("#", "actor", "type", "country", "relations", "centrality", "community"),
                     [(i, a.label, a.type, a.country or "", a.relations, a.centrality,
                       "" if a.community is None else a.community + 1)
                      for i, a in enumerate(top_actors(entities, args.top, groups=groups), 1)]))
    out.write("\nTop country pairs\n")
    out.write(_table(("#", "pair", "countries", "total", "meetings", "cooperation", "statements"),
                     [(i, f"{p.a}-{p.b}", f"{name.get(p.a, p.a)} and {name.get(p.b, p.b)}",
                       p.weight, p.meetings, p.cooperation, p.statements)
                      for i, p in enumerate(top_pairs(countries, args.top), 1)]))
    out.write("\nCommunities (two nodes or more)\n")
    out.write(_table(("community", "nodes", "best connected"),
                     [(i, len(group), ", ".join(_best_connected(entities, group)))
                      for i, group in enumerate(groups, 1) if len(group) > 1][:args.top]))
    if args.pair:
        a, b = (code.upper() for code in args.pair)
        out.write(f"\n{a}-{b} activity by month\n")
        out.write(_table(("month", *_KINDS, "total"),
                         [(month, *(counts[k] for k in _KINDS), counts.total())
                          for month, counts in pair_activity(entities, a, b)]))
    return 0


def _best_connected(graph: nx.MultiDiGraph, group: set[str], n: int = 4) -> list[str]:
    ranked = sorted(group, key=lambda node: (-graph.degree(node), node))[:n]
    return [str(graph.nodes[node].get("label") or node) for node in ranked]


def _table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A plain-text table; numbers align right, fractions show four decimals."""
    cells = [[f"{c:.4f}" if isinstance(c, float) else str(c) for c in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    numeric = [bool(rows) and all(isinstance(r[i], int | float) for r in rows)
               for i in range(len(headers))]

    def line(values: Sequence[str]) -> str:
        return "  ".join(v.rjust(w) if num else v.ljust(w)
                         for v, w, num in zip(values, widths, numeric, strict=True)).rstrip()

    out = [line(list(headers)), "  ".join("-" * w for w in widths)] + [line(r) for r in cells]
    return "\n".join(out) + "\n"
