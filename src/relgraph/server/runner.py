"""Running queries for the endpoint: in a bounded pool of threads, with a time limit and a
row limit.

The embedded engine cannot be interrupted once a query runs, so the time limit answers the
client (HTTP 503) when it passes and the query's thread finishes in the background. The
pool has a fixed number of threads, so runaway queries can never take more than those:
further queries wait for a free thread, and their wait counts against their own limit.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import TypeVar

from rdflib import Graph

from ..store import QueryResult, Rows, Store, summaries

__all__ = ["Answer", "QueryRunner", "QueryTimeout", "UpdateUnsupported"]

T = TypeVar("T")


class QueryTimeout(Exception):
    """A query ran past the server's time limit."""


class UpdateUnsupported(Exception):
    """The store behind the server takes no SPARQL updates."""


@dataclass(frozen=True, slots=True)
class Answer:
    """A query's result, cut to the row limit: ``total`` is the size before the cut, and
    ``note`` says what was cut (``None`` when nothing was)."""

    result: QueryResult
    total: int
    elapsed: float
    note: str | None = None


class QueryRunner:
    """Runs the endpoint's queries and updates on ``store``."""

    def __init__(self, store: Store, *, timeout: float, limit: int, threads: int = 4) -> None:
        self.store = store
        self.timeout = timeout
        self.limit = limit
        self._pool = ThreadPoolExecutor(max_workers=max(1, threads),
                                        thread_name_prefix="relgraph-query")
        self._running: set[Future[object]] = set()
        self._update_lock = threading.Lock()

    async def query(self, sparql: str) -> Answer:
        """Run ``sparql``; raise :class:`QueryTimeout` past the time limit."""
        return await self._submit(self._query, sparql, timeout=self.timeout)

    async def call(self, fn: Callable[[], T]) -> T:
        """Run other work on the store (a graph page) under the same time limit."""
        return await self._submit(fn, timeout=self.timeout)

    async def update(self, sparql: str) -> None:
        """Run a SPARQL update. Updates take no time limit: one abandoned half-way would
        still go on writing after its client was told it failed."""
        if not callable(getattr(self.store, "update", None)):
            raise UpdateUnsupported(type(self.store).__name__)
        await self._submit(self._update, sparql, timeout=0)

    def close(self, grace: float = 5.0) -> bool:
        """Stop taking work and wait up to ``grace`` seconds for running queries; return
        whether all of them finished."""
        self._pool.shutdown(wait=False, cancel_futures=True)
        _, pending = wait(list(self._running), timeout=grace)
        return not pending

    async def _submit(self, fn, *args: object, timeout: float):  # type: ignore[no-untyped-def]
        future = self._pool.submit(fn, *args)
        self._running.add(future)
        future.add_done_callback(self._running.discard)
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), timeout or None)
        except TimeoutError:
            # Not started yet: it never will be. Started: it ends on its own, unseen.
            future.cancel()
            raise QueryTimeout(f"the request ran past the server's time limit of "
                               f"{self.timeout:g} s (relgraph serve --timeout)") from None

    def _query(self, sparql: str) -> Answer:
        started = time.perf_counter()
        result = self.store.query(sparql)
        elapsed = time.perf_counter() - started
        if isinstance(result, bool):
            return Answer(result, 1, elapsed)
        total = len(result)
        if not self.limit or total <= self.limit:
            return Answer(result, total, elapsed)
        if isinstance(result, Rows):
            cut: QueryResult = Rows(result.vars, result[: self.limit])
            unit = "rows"
        else:
            cut = Graph()
            for index, triple in enumerate(result):
                if index >= self.limit:
                    break
                cut.add(triple)
            unit = "triples"
        note = (f"result cut to the first {self.limit} of {total} {unit} by the server's "
                f"limit (relgraph serve --limit); add LIMIT/OFFSET to page through it")
        return Answer(cut, total, elapsed, note)

    def _update(self, sparql: str) -> None:
        with self._update_lock:
            self.store.update(sparql)  # type: ignore[attr-defined]
            # An update may change what the summaries count; recounting them could take a
            # minute on a large store, so they are marked stale and recounted when the store
            # is next opened for writing (the next ingest, or the server's restart).
            summaries.mark_stale(self.store)
            self.store.flush()
