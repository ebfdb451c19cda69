"""The ``relgraph serve`` command."""

from __future__ import annotations

import argparse
import ipaddress
import os
import signal
import sys
from pathlib import Path

from ..errors import RelgraphError

__all__ = ["add_commands"]

#: The environment variable that may hold the update token instead of ``--token`` (which
#: other users of the machine can read in the process list).
TOKEN_ENV = "RELGRAPH_SERVE_TOKEN"


def add_commands(sub: argparse._SubParsersAction) -> None:
    """Register ``serve`` on the CLI's sub-parsers."""
    p = sub.add_parser("serve", help="serve the graph as a SPARQL 1.1 endpoint with a query page")
    p.add_argument("--store", help="store folder (default .relgraph/store or $RELGRAPH_STORE), "
                                   "or the URL of a SPARQL server to front")
    p.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=7878, help="port (default 7878)")
    p.add_argument("--allow-update", action="store_true",
                   help="take SPARQL updates that carry the token (Authorization: Bearer T)")
    p.add_argument("--token", help=f"the update token (or ${TOKEN_ENV})")
    p.add_argument("--timeout", type=float, default=30.0,
                   help="seconds a query may run before the client gets 503 (0: no limit)")
    p.add_argument("--limit", type=int, default=10_000,
                   help="most rows (or triples) in an answer; more are cut and the answer "
                        "says so (0: no limit)")
    p.add_argument("--threads", type=int, default=4, help="queries run at once (default 4)")
    p.set_defaults(run=_serve)


def _serve(args: argparse.Namespace) -> int:
    try:
        import uvicorn

        from .app import ServerConfig, create_app
    except ImportError as err:
        raise RelgraphError(f"relgraph serve needs Starlette and uvicorn ({err}): "
                            "pip install 'relgraph[serve]'") from None
    token = args.token or os.environ.get(TOKEN_ENV) or None
    if args.allow_update and not token:
        raise RelgraphError(f"--allow-update needs a token: --token T or ${TOKEN_ENV}")
    if args.timeout < 0 or args.limit < 0 or args.threads < 1:
        raise RelgraphError("--timeout and --limit must be 0 or more, --threads 1 or more")
    loopback = _is_loopback(args.host)
    if not loopback:
        print(f"relgraph: warning: listening on {args.host}: other machines can reach this "
              "endpoint", file=sys.stderr)
    from ..store import summaries

    store = _open(args.store, read_only=not args.allow_update)
    if summaries.ensure_current(store):
        print("relgraph: recounted the summaries, which an earlier update or an interrupted "
              "ingest left stale", file=sys.stderr)
    config = ServerConfig(allow_update=args.allow_update, token=token, timeout=args.timeout,
                          limit=args.limit, threads=args.threads,
                          trusted_hosts=_trusted_hosts(args.host) if loopback else None)
    app = create_app(store, config)
    mode = "updates need the token" if args.allow_update else "read-only"
    base = f"http://{args.host}:{args.port}"
    print(f"relgraph: SPARQL endpoint {base}/sparql, query page {base}/ ({mode}); "
          "Ctrl-C stops", file=sys.stderr)
    server = uvicorn.Server(uvicorn.Config(app, host=args.host, port=args.port,
                                           log_level="warning", server_header=False,
                                           limit_concurrency=128, timeout_graceful_shutdown=5))
    # uvicorn shuts down gracefully on SIGTERM, then raises the signal again for the
    # handler it found: make that one end run() with an exception, so the store is closed.
    previous = signal.signal(signal.SIGTERM, _terminated)
    try:
        server.run()
    except _Terminated:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        finished = app.state.runner.close(grace=2.0)
        store.close()
    if not finished:
        # A query the engine cannot interrupt is still running: do not wait for it.
        print("relgraph: stopped with a query still running", file=sys.stderr)
        sys.stderr.flush()
        sys.stdout.flush()
        os._exit(0)
    return 0


class _Terminated(Exception):
    """SIGTERM arrived (after uvicorn's graceful shutdown)."""


def _terminated(signum: int, frame: object) -> None:
    raise _Terminated


def _open(location: str | None, *, read_only: bool):  # type: ignore[no-untyped-def]
    from ..store import default_location, open_store
    from ..store.urls import is_url

    if read_only and not is_url(location) and location not in ("memory", "oxigraph:memory"):
        path = Path(location) if location else default_location()
        if not (path.is_dir() and any(path.iterdir())):
            raise RelgraphError(f"no store at {path}: build one with relgraph ingest, or pass "
                                "--store")
    return open_store(location, read_only=read_only)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _trusted_hosts(host: str) -> tuple[str, ...] | None:
    # Answering only to loopback names stops a web page from reaching this server through
    # a DNS name rebound to 127.0.0.1. Starlette's check cannot parse IPv6 Host headers.
    if ":" in host:
        return None
    return tuple(dict.fromkeys((host, "127.0.0.1", "localhost")))
