"""The endpoint as a Starlette application: ``/sparql`` (SPARQL 1.1 Protocol), ``/`` (the
query page) and ``/graph`` (the interactive graph page of :mod:`relgraph.views`, when that
package can be imported).

Read-only unless configured with ``allow_update`` and a token, which every update must then
carry as ``Authorization: Bearer <token>``. A result over the row limit is cut, and the
answer says so in its ``X-Relgraph-Truncated`` header (with ``X-SPARQL-MaxRows``, the header
Virtuoso sends in that case) and, on the HTML page, in a note above the table.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from rdflib import Graph
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..errors import QueryError, RelgraphError, StoreError
from ..store import Rows, Store
from .formats import write_boolean, write_graph, write_rows
from .negotiation import MEDIA_TYPES, Choice, NotAcceptable, choose
from .page import render_page
from .protocol import ProtocolError, bearer_token_ok, read_operation
from .runner import Answer, QueryRunner, QueryTimeout, UpdateUnsupported

__all__ = ["ServerConfig", "create_app"]

TRUNCATED_HEADER = "X-Relgraph-Truncated"
# Our own pages run no script and load nothing from elsewhere; say so to the browser.
_PAGE_POLICY = ("default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
                "base-uri 'none'; frame-ancestors 'none'")


@dataclass(frozen=True, slots=True)
class ServerConfig:
    """How the endpoint behaves. ``timeout`` (seconds) and ``limit`` (rows or triples) of
    0 mean none; ``trusted_hosts``, when set, are the only ``Host`` names answered (a guard
    against DNS rebinding for a server on the loopback)."""

    allow_update: bool = False
    token: str | None = None
    timeout: float = 30.0
    limit: int = 10_000
    threads: int = 4
    max_body: int = 16 * 1024 * 1024
    trusted_hosts: tuple[str, ...] | None = None


def create_app(store: Store, config: ServerConfig | None = None) -> Starlette:
    """The endpoint over ``store``. The caller keeps the store and closes it; the app's
    ``state.runner`` is closed with :meth:`QueryRunner.close`."""
    config = config or ServerConfig()
    if config.allow_update and not config.token:
        raise ValueError("allow_update needs a token")
    runner = QueryRunner(store, timeout=config.timeout, limit=config.limit,
                         threads=config.threads)
    endpoint = _Endpoint(runner, config, store)
    middleware = []
    if config.trusted_hosts:
        middleware.append(Middleware(TrustedHostMiddleware,
                                     allowed_hosts=list(config.trusted_hosts)))
    routes = [Route("/", endpoint.page, methods=["GET"]),
              Route("/sparql", endpoint.sparql, methods=["GET", "POST"])]
    if endpoint.build_page is not None:
        routes.append(Route("/graph", endpoint.graph, methods=["GET"]))
    app = Starlette(routes=routes, middleware=middleware)
    app.state.runner = runner
    return app


class _Endpoint:
    def __init__(self, runner: QueryRunner, config: ServerConfig, store: Store) -> None:
        self.runner = runner
        self.config = config
        self.store = store
        self.build_page = _graph_renderer()

    async def page(self, request: Request) -> Response:
        """``GET /``: the query page, with the answer when ``?query=`` is given."""
        query = request.query_params.get("query")
        if query is None:
            return _html(render_page(None, **self._page_flags()), 200)
        return await self._answer(query, Choice("html", "html"))

    async def graph(self, request: Request) -> Response:
        """``GET /graph``: the interactive graph page; ``focus`` and ``hops``, ``pair``
        (``AZE,TUR``) and ``countries=1`` choose the view as in ``relgraph render``."""
        try:
            options = view_options(request.query_params)
        except ValueError as err:
            return _text(str(err), 400)
        build_page = self.build_page
        assert build_page is not None

        def render() -> str:
            from ..graph import KnowledgeGraph

            return build_page(KnowledgeGraph(self.store), **options).html

        try:
            page = await self.runner.call(render)
        except QueryTimeout as err:
            return _text(str(err), 503)
        except RelgraphError as err:
            return _text(str(err), 400)
        # The page brings its own Content-Security-Policy (its scripts by hash).
        return Response(page, 200, media_type="text/html; charset=utf-8",
                        headers={"X-Content-Type-Options": "nosniff"})

    async def sparql(self, request: Request) -> Response:
        """``/sparql``: the SPARQL 1.1 Protocol."""
        try:
            operation = await read_operation(request, self.config.max_body)
        except ProtocolError as err:
            return _text(err.message, err.status)
        if operation.kind == "update":
            return await self._update(request, operation.text)
        try:
            choice = choose(request.headers.get("accept"), operation.format)
        except NotAcceptable as err:
            return _text(str(err), 406)
        return await self._answer(operation.text, choice)

    async def _update(self, request: Request, text: str) -> Response:
        if not self.config.allow_update:
            return _text("this endpoint is read-only: start relgraph serve with "
                         "--allow-update --token T to take updates", 403)
        if not bearer_token_ok(request, self.config.token):
            return _text("updates need the server's token: Authorization: Bearer <token>", 401,
                         {"WWW-Authenticate": 'Bearer realm="relgraph"'})
        try:
            await self.runner.update(text)
        except UpdateUnsupported as err:
            return _text(f"this store ({err}) takes no SPARQL updates", 501)
        except (QueryError, RuntimeError, ValueError) as err:
            return _text(f"update failed: {err}", 400)
        except StoreError as err:
            return _text(f"store error: {err}", 500)
        return Response(status_code=204, headers={"X-Content-Type-Options": "nosniff"})

    async def _answer(self, text: str, choice: Choice) -> Response:
        html = choice.results == "html"
        try:
            answer = await self.runner.query(text)
        except QueryTimeout as err:
            return self._error(text, str(err), 503, html)
        except (QueryError, RuntimeError, ValueError, SyntaxError) as err:
            # pyoxigraph reports a query it cannot evaluate as RuntimeError / ValueError.
            return self._error(text, f"query failed: {err}", 400, html)
        except StoreError as err:
            return self._error(text, f"store error: {err}", 500, html)
        fmt = choice.graph if isinstance(answer.result, Graph) else choice.results
        if fmt is None:
            kind = "graph" if isinstance(answer.result, Graph) else "results"
            offered = ", ".join(sorted({MEDIA_TYPES[f].split(";")[0] for f in _OFFERED[kind]}))
            return _text(f"none of the accepted types fits this answer; try {offered}", 406)
        headers = {}
        if answer.note:
            headers = {TRUNCATED_HEADER: answer.note, "X-SPARQL-MaxRows": str(self.config.limit)}
        if fmt == "html":
            page = await run_in_threadpool(
                lambda: render_page(text, result=answer.result, note=answer.note,
                                    elapsed=answer.elapsed, **self._page_flags()))
            return _html(page, 200, headers)
        body = await run_in_threadpool(_serialize, answer, fmt)
        return Response(body, 200, headers={**headers, "X-Content-Type-Options": "nosniff"},
                        media_type=MEDIA_TYPES[fmt])

    def _page_flags(self) -> dict[str, bool]:
        return {"read_only": not self.config.allow_update,
                "graph_page": self.build_page is not None}

    def _error(self, text: str, message: str, status: int, html: bool) -> Response:
        if html:
            return _html(render_page(text, error=message, **self._page_flags()), status)
        return _text(message, status)


def view_options(params: Mapping[str, str]) -> dict[str, Any]:
    """The view a ``/graph`` request asks for, checked; raises :class:`ValueError`.
    (A query is not taken: the views read a ``.rq`` value as a file on this machine.)"""
    options: dict[str, Any] = {}
    focus = params.get("focus", "").strip()
    if focus:
        if len(focus) > 200:
            raise ValueError("focus is too long")
        options["focus"] = focus
    if params.get("hops"):
        try:
            hops = int(params["hops"])
        except ValueError:
            raise ValueError("hops must be a whole number") from None
        if not 0 <= hops <= 5:
            raise ValueError("hops must be 0 to 5")
        options["hops"] = hops
    pair = params.get("pair", "").strip()
    if pair:
        codes = [c.strip().upper() for c in pair.replace("-", ",").split(",")]
        if len(codes) != 2 or not all(len(c) == 3 and c.isalpha() for c in codes):
            raise ValueError("pair takes two alpha-3 codes: pair=AZE,TUR")
        options["pair"] = (codes[0], codes[1])
    if params.get("countries", "").lower() in ("1", "true", "yes", "on"):
        options["countries"] = True
    return options


def _graph_renderer() -> Callable[..., Any] | None:
    """The views' page builder, or ``None`` where relgraph.views cannot be imported."""
    try:
        from ..views import build_page
    except ImportError:
        return None
    return build_page


_OFFERED = {"results": ("json", "xml", "csv", "tsv", "html"),
            "graph": ("turtle", "ntriples", "jsonld", "rdfxml", "html")}


def _serialize(answer: Answer, fmt: str) -> bytes:
    if isinstance(answer.result, bool):
        return write_boolean(answer.result, fmt)
    if isinstance(answer.result, Rows):
        return write_rows(answer.result, fmt)
    return write_graph(answer.result, fmt)


def _text(message: str, status: int, headers: dict[str, str] | None = None) -> Response:
    return Response(message + "\n", status, media_type="text/plain; charset=utf-8",
                    headers={**(headers or {}), "X-Content-Type-Options": "nosniff"})


def _html(page: str, status: int, headers: dict[str, str] | None = None) -> Response:
    return Response(page, status, media_type="text/html; charset=utf-8",
                    headers={**(headers or {}), "Content-Security-Policy": _PAGE_POLICY,
                             "X-Content-Type-Options": "nosniff"})
