"""Graph commands of the CLI: ingest, query, export, stats."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rdflib import Graph

from .store import EXPORT_FORMATS, Rows

__all__ = ["add_commands"]


def add_commands(sub: argparse._SubParsersAction) -> None:
    """Register the graph commands on the CLI's sub-parsers."""
    store_help = ("store folder (default .relgraph/store or $RELGRAPH_STORE), 'memory', or "
                  "a SPARQL server's query endpoint URL (see docs/triple-stores.md)")

    p = sub.add_parser("ingest", help="extract articles and add them to the store")
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    p.add_argument("--store", help=store_help)
    p.add_argument("--jobs", "-j", type=int, default=1, help="extraction processes")
    p.add_argument("--no-progress", action="store_true", help="hide the progress bar")
    p.set_defaults(run=_ingest)

    p = sub.add_parser("query", help="run a SPARQL query (text or .rq file)")
    p.add_argument("sparql", metavar="SPARQL_OR_FILE")
    p.add_argument("--store", help=store_help)
    p.add_argument("--format", choices=("table", "csv", "json", "turtle"), default="table")
    p.set_defaults(run=_query)

    p = sub.add_parser("export", help="write the whole graph to stdout")
    p.add_argument("--store", help=store_help)
    p.add_argument("--format", choices=sorted(EXPORT_FORMATS), default="trig")
    p.set_defaults(run=_export)

    p = sub.add_parser("stats", help="count articles, entities and relations")
    p.add_argument("--store", help=store_help)
    p.set_defaults(run=_stats)


def _ingest(args: argparse.Namespace) -> int:
    from .graph import open as open_graph

    with open_graph(args.store) as kg:
        report = kg.ingest(args.paths, jobs=args.jobs,
                           progress=False if args.no_progress else None)
    print(f"relgraph: ingest: {report.summary()}", file=sys.stderr)
    return 1 if report.failed else 0


def _query(args: argparse.Namespace) -> int:
    from .graph import open as open_graph

    text = args.sparql
    candidate = Path(text)
    if (len(text) < 4096 and "\n" not in text and candidate.suffix in (".rq", ".sparql")) \
            or (len(text) < 4096 and candidate.is_file()):
        text = candidate.read_text(encoding="utf-8")
    with open_graph(args.store, read_only=_exists(args.store)) as kg:
        result = kg.query(text)
    out = sys.stdout
    if isinstance(result, bool):
        out.write(("true" if result else "false") + "\n")
    elif isinstance(result, Rows):
        out.write({"table": result.to_table, "csv": result.to_csv,
                   "json": lambda: result.to_json() + "\n",
                   "turtle": result.to_table}[args.format]())
    else:
        assert isinstance(result, Graph)
        out.write(result.serialize(format="json-ld" if args.format == "json" else "turtle"))
    return 0


def _export(args: argparse.Namespace) -> int:
    from .graph import open as open_graph

    with open_graph(args.store, read_only=_exists(args.store)) as kg:
        kg.export(sys.stdout.buffer, args.format)
    sys.stdout.flush()
    return 0


def _stats(args: argparse.Namespace) -> int:
    from .graph import open as open_graph

    with open_graph(args.store, read_only=_exists(args.store)) as kg:
        counts = kg.stats()
    width = max(len(k) for k in counts)
    for key, value in counts.items():
        print(f"{key:<{width}}  {value}")
    return 0


def _exists(location: str | None) -> bool:
    """Open an existing on-disk store read-only, so that readers never wait on a writer;
    a missing one is an error (a reader must not create a store)."""
    from .store import default_location
    from .store.urls import is_url

    if is_url(location):  # a SPARQL server: read it without writing anything there
        return True
    if location in ("memory", "oxigraph:memory"):
        return False
    path = Path(location) if location else default_location()
    if not (path.is_dir() and any(path.iterdir())):
        # Creating a store here would make a reader take the writer's lock.
        from .errors import StoreError

        raise StoreError(f"no store at {path}: run 'relgraph ingest' first")
    return True
