"""The ``relgraph`` command: a thin layer over the Python API.

Results go to stdout, diagnostics to stderr. Exit codes: 0 ok, 1 some inputs failed,
2 usage or runtime error.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from .errors import ArticleError, RelgraphError

__all__ = ["main"]

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return int(args.run(args))
    except RelgraphError as err:
        print(f"relgraph: error: {err}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("relgraph: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="relgraph",
        description="Turn news articles about relations between countries into a queryable "
                    "knowledge graph.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("extract", help="print the extraction record of articles")
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    p.add_argument("--format", choices=("json", "jsonl", "turtle"), default=None,
                   help="json: one indented record (default for one article); jsonl: one "
                        "record a line (default for several); turtle: the RDF")
    p.add_argument("--explain", action="store_true",
                   help="show for each item the sentence and the rule that produced it")
    p.set_defaults(run=_extract)

    _add_graph_commands(sub)
    return parser


def _add_graph_commands(sub: argparse._SubParsersAction) -> None:
    # Each part of relgraph registers its own sub-commands, in the order help lists them.
    from .commands import add_commands
    from .server.commands import add_commands as add_server_commands
    from .views.commands import add_commands as add_view_commands

    add_commands(sub)
    add_server_commands(sub)
    add_view_commands(sub)


def _extract(args: argparse.Namespace) -> int:
    from .extract import extract
    from .rdf.mapping import record_json
    from .read import read_articles

    failed = 0
    records = []
    for item in read_articles(args.paths):
        if isinstance(item, ArticleError):
            _say(f"error: {item}")
            failed += 1
            continue
        try:
            record = extract(item)
        except Exception as err:  # an extractor bug costs this article, not the batch
            _say(f"error: {item.path}: extraction failed: {type(err).__name__}: {err}")
            failed += 1
            continue
        if item.warnings:
            _say(f"{item.path}: warning: {'; '.join(item.warnings)}")
        records.append(record)
    fmt = args.format or ("json" if len(records) == 1 and not failed else "jsonl")
    out = sys.stdout
    if fmt == "turtle":
        from .rdf import record_graph

        for record in records:
            out.write(record_graph(record).serialize(format="turtle"))
    elif args.explain:
        for record in records:
            out.write(_explain(record))
    elif fmt == "json":
        for record in records:
            out.write(json.dumps(record_json(record), ensure_ascii=False, indent=2) + "\n")
    else:
        for record in records:
            out.write(json.dumps(record_json(record), ensure_ascii=False) + "\n")
    return EXIT_SOME_FAILED if failed else EXIT_OK


def _say(message: str) -> None:
    """One diagnostic line on stderr, whatever line breaks a file name holds."""
    flat = message.replace("\r", "\\r").replace("\n", "\\n")
    print(f"relgraph: {flat}", file=sys.stderr)


def _explain(record) -> str:  # type: ignore[no-untyped-def]
    lines = [f"# {record.article_id} ({record.date})", f"countries: {', '.join(record.countries)}"]
    sections = (("person", record.persons, lambda p: f"{p.name} [{p.country}] {p.title or ''}"),
                ("organization", record.organizations,
                 lambda o: f"{o.name} [{o.country}] {o.kind}"),
                ("event", record.events, lambda e: f"{e.name} @ {e.location}"),
                ("statement", record.statements,
                 lambda s: f"{s.speaker} ({s.verb}, {s.tone}): {s.content[:90]}"),
                ("cooperation", record.cooperation,
                 lambda c: f"{'-'.join(c.parties)} {c.field} [{c.category}]"),
                ("meeting", record.meetings, lambda m: f"{' + '.join(m.participants)} ({m.kind})"),
                ("participation", record.participations, lambda p: f"{p.agent} -> {p.event}"))
    for label, items, show in sections:
        for item in items:
            evidence = item.evidence
            if isinstance(evidence, list):
                evidence = evidence[0] if evidence else None
            lines.append(f"{label:<13} {show(item)}")
            if evidence is not None:
                lines.append(f"{'':<13}   rule {evidence.rule} @ {evidence.start}-{evidence.end}:"
                             f" {evidence.sentence[:110]!r}")
    return "\n".join(lines) + "\n\n"


if __name__ == "__main__":
    sys.exit(main())
