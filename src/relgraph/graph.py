"""The knowledge graph: the Python API the CLI, the views and the notebooks stand on.

>>> import relgraph
>>> kg = relgraph.open("memory")
>>> report = kg.ingest(["data/articles"], progress=False)      # doctest: +SKIP
>>> kg.query("SELECT (COUNT(*) AS ?n) WHERE { ?s a rg:Statement }")  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from rdflib import Literal, URIRef
from rdflib.term import Node

from .errors import ArticleError, RelgraphError
from .extract import extract
from .extract.records import Record
from .rdf import REFERENCE_GRAPH, article_graph, record_triples, reference_triples
from .rdf.terms import ID, country_iri
from .read import Article, read_articles
from .store import QueryResult, Rows, Store, open_store, summaries
from .store.base import NTriples, ntriples

if TYPE_CHECKING:
    from .views import GraphPage

__all__ = ["IngestReport", "KnowledgeGraph", "open"]

_REFERENCE_MARKER = ID["scheme/countries"]


@dataclass(slots=True)
class IngestReport:
    """What an ingest did: ``added`` articles written, ``skipped`` unchanged ones, ``failed``
    inputs (with one-line ``errors``), and ``triples`` written."""

    added: int = 0
    skipped: int = 0
    failed: int = 0
    triples: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def articles(self) -> int:
        return self.added + self.skipped

    def summary(self) -> str:
        return (f"articles {self.articles} (added {self.added}, skipped {self.skipped} "
                f"unchanged), failed {self.failed}, triples added {self.triples}, "
                f"warnings {len(self.warnings)}")


class KnowledgeGraph:
    """A relgraph store with the operations analysts use: ingest, query, export, stats,
    networkx views and interactive pages."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._ensure_reference()
        summaries.ensure_current(store)

    # --- lifecycle ----------------------------------------------------------------------
    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    def __len__(self) -> int:
        return len(self.store)

    def __repr__(self) -> str:
        where = getattr(self.store, "path", None) or "memory"
        return f"<KnowledgeGraph {where}: {len(self)} quads>"

    def _ensure_reference(self) -> None:
        if getattr(self.store, "read_only", False):
            return
        if not self._has_reference():
            self.store.add_triples(REFERENCE_GRAPH, reference_triples())  # type: ignore[attr-defined]

    def _has_reference(self) -> bool:
        return bool(self.store.query("ASK { GRAPH ?g { ?s a ?t } }",
                                     {"s": _REFERENCE_MARKER, "g": REFERENCE_GRAPH}))

    # --- ingest ---------------------------------------------------------------------------
    def ingest(self, paths: Iterable[str | Path], *, jobs: int = 1, progress: bool | None = None,
               stderr: IO[str] | None = None) -> IngestReport:
        """Read, extract and store every article under ``paths``.

        An unchanged article (same content hash) is skipped; a changed one replaces its
        graph whole. Bad inputs are reported in the result and on ``stderr`` (one line
        each) and never stop the batch.
        """
        report = IngestReport()
        err = stderr if stderr is not None else sys.stderr
        items = list(read_articles(paths))
        articles: list[Article] = []
        stored: set[str] = set()  # ids of the articles being replaced
        seen: dict[str, str] = {}
        for item in items:
            if isinstance(item, ArticleError):
                self._fail(report, str(item), err)
                continue
            if item.id in seen:
                self._fail(report, f"{item.path}: duplicate article id {item.id!r} "
                                   f"(also in {seen[item.id]}); skipped", err)
                continue
            seen[item.id] = item.path or item.id
            stored_hash = self.store.graph_hash(article_graph(item.id))
            if stored_hash == item.content_hash:
                report.skipped += 1
                self._warn(report, item, item.warnings, err)
                continue
            if stored_hash is not None:
                stored.add(item.id)
            articles.append(item)
        if articles:
            summaries.mark_stale(self.store)
        changed = _ChangedKeys()
        bar = _progress(len(articles), progress)
        for article, outcome in _extract_all(articles, jobs):
            bar.update(1)
            if isinstance(outcome, str):
                self._fail(report, f"{article.path}: {outcome}", err)
                continue
            triples, keys, notes = outcome
            graph = article_graph(article.id)
            if article.id in stored and not changed.everything:
                # What the old version counted must be recounted too.
                changed.add(summaries.stored_keys(self.store, graph))
            try:
                report.triples += self.store.replace_graph(graph, triples)
            except (ValueError, TypeError, SyntaxError) as error:
                # Content the store refuses costs this article only; the replacement is
                # one transaction, so its previous graph is still there.
                self._fail(report, f"{article.path}: cannot store: {error}", err)
                continue
            report.added += 1
            changed.add(keys)
            if report.added % _FLUSH_EVERY == 0:
                # RocksDB keeps what was written in memory until a flush: without this the
                # writer grew by ~100 MB per 1000 articles (1.5 GB at 10k, more at 100k).
                self.store.flush()
            self._warn(report, article, (*article.warnings, *notes), err)
        bar.close()
        if articles:
            summaries.refresh(self.store, changed.keys)
        self.store.flush()
        if report.added >= _OPTIMIZE_AFTER:
            self.store.optimize()
        return report

    def add(self, record: Record) -> int:
        """Store one extraction record (replacing its article's graph) and update the
        summaries; return its size."""
        graph = article_graph(record.article_id)
        triples = list(record_triples(record))
        keys = summaries.stored_keys(self.store, graph)
        keys.update(summaries.keys_of(triples))
        summaries.mark_stale(self.store)
        written = self.store.replace_graph(graph, triples)
        summaries.refresh(self.store, keys)
        return written

    @staticmethod
    def _fail(report: IngestReport, message: str, err: IO[str]) -> None:
        message = _one_line(message)
        report.failed += 1
        report.errors.append(message)
        print(f"relgraph: error: {message}", file=err)

    @staticmethod
    def _warn(report: IngestReport, article: Article, warnings: Iterable[str],
              err: IO[str]) -> None:
        """All of an article's warnings on one line, so each input gets one line."""
        joined = "; ".join(warnings)
        if joined:
            message = _one_line(f"{article.path or article.id}: warning: {joined}")
            report.warnings.append(message)
            print(f"relgraph: {message}", file=err)

    # --- query ----------------------------------------------------------------------------
    def query(self, sparql: str, /, **bindings: Any) -> QueryResult:
        """Run SPARQL over all graphs. Keyword arguments bind variables by name; strings
        become literals (pass an rdflib ``URIRef`` for an IRI), so user values are never
        pasted into the query text.

        >>> kg.query("SELECT ?s WHERE { ?s rg:alpha3 ?code }", code="AZE")  # doctest: +SKIP
        """
        return self.store.query(sparql, {k: _term(v) for k, v in bindings.items()})

    def select(self, sparql: str, /, **bindings: Any) -> Rows:
        """Like :meth:`query`, for SELECT queries."""
        result = self.query(sparql, **bindings)
        if not isinstance(result, Rows):
            raise RelgraphError("select() needs a SELECT query")
        return result

    def export(self, out: IO[bytes], fmt: str = "trig") -> None:
        """Write the whole graph: ``trig``, ``nquads``, ``turtle``, ``ntriples`` or ``jsonld``."""
        self.store.export(out, fmt)

    def stats(self) -> dict[str, int]:
        """Counts of articles, entities and relations, and the number of quads."""
        counts = {"quads": len(self.store), "graphs": len(self.store.graphs())}
        classes = {
            "articles": "schema:NewsArticle", "persons": "schema:Person",
            "organizations": "schema:Organization", "events": "rg:NamedEvent",
            "statements": "rg:Statement", "cooperation": "rg:Cooperation",
            "meetings": "rg:Meeting", "participations": "rg:Participation",
            "offices": "rg:OfficeHolding",
        }
        for name, cls in classes.items():
            rows = self.select(f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s a {cls} }}")
            counts[name] = int(rows[0][0].toPython()) if rows and rows[0][0] is not None else 0
        rows = self.select("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?a a schema:NewsArticle ; "
                           "schema:mentions ?c . ?c a schema:Country }")
        counts["countries"] = int(rows[0][0].toPython()) if rows else 0
        return counts

    # --- views ----------------------------------------------------------------------------
    def to_networkx(self, view: str = "entities"):  # type: ignore[no-untyped-def]
        """The graph for networkx: ``entities`` (people, organisations, countries, events,
        with meeting, statement, cooperation, participation and office edges) or
        ``countries`` (one weighted edge per pair of countries)."""
        from .analysis.networks import countries_graph, entities_graph

        if view == "entities":
            return entities_graph(self)
        if view == "countries":
            return countries_graph(self)
        raise ValueError(f"unknown view {view!r}: use 'entities' or 'countries'")

    def show(self, **view_options: Any) -> GraphPage:
        """An interactive page of the graph that displays inline in Jupyter (JupyterLab,
        classic Notebook, VS Code) and works offline. Options: ``focus``, ``hops``,
        ``pair``, ``query``, ``countries``, ``title``, ``height`` (see
        :class:`relgraph.views.ViewOptions`).

        >>> kg.show(focus="AZE", hops=1)                        # doctest: +SKIP
        """
        from .views import build_page

        return build_page(self, **view_options)

    def render(self, path: str | Path, **view_options: Any) -> GraphPage:
        """Write a self-contained interactive HTML page of the graph to ``path``; takes the
        options of :meth:`show`. Returns the page (its ``nodes``, ``edges``, ``notice``)."""
        from .views import render

        return render(self, path, **view_options)

    def country(self, code: str) -> URIRef:
        """The IRI of a country by its alpha-3 code."""
        return country_iri(code)


def open(location: str | Path | None = None, *, read_only: bool = False) -> KnowledgeGraph:
    """Open (or create) a knowledge graph.

    ``location`` is a folder for the embedded on-disk store (default ``.relgraph/store`` or
    ``$RELGRAPH_STORE``), ``"memory"`` for rdflib in memory, or ``"oxigraph:memory"``.
    """
    return KnowledgeGraph(open_store(location, read_only=read_only))


def _term(value: Any) -> Node:
    if isinstance(value, Node):
        return value
    if isinstance(value, bool | int | float | dt.date):
        return Literal(value)
    if isinstance(value, str):
        return Literal(value)
    raise TypeError(f"cannot bind {type(value).__name__} to a SPARQL variable")


#: What the extraction of one article gives the writer: its graph as N-Triples, the summary
#: keys it bears on and warnings about its record; or why it failed.
Extracted = tuple[NTriples, summaries.SummaryKeys, list[str]] | str


def _extract_one(article: Article) -> tuple[Article, Extracted]:
    """Extract one article and write its graph (in a worker process when ingesting with
    several jobs: the single writer only loads what the workers wrote)."""
    try:
        record = extract(article)
        triples = list(record_triples(record))
    except Exception as err:  # an extractor bug must cost one article, not the batch
        return article, f"extraction failed: {type(err).__name__}: {err}"
    try:
        lines = ntriples(triples)
    except (ValueError, TypeError) as err:  # a term no store could hold
        return article, f"cannot store: {err}"
    notes: list[str] = []
    if not (record.countries or record.persons or record.organizations or record.events):
        notes.append("nothing extracted: no countries, people, organisations or events found")
    return article, (lines, summaries.keys_of(triples), notes)


def _one_line(message: str) -> str:
    """File names and JSON values may hold line breaks; a report line must not."""
    return message.replace("\r", "\\r").replace("\n", "\\n")


#: Articles written between two flushes of the store during an ingest: keeps the writer's
#: memory flat however large the corpus (a flush costs about as much as it saves).
_FLUSH_EVERY = 2000
#: Articles an ingest must write before it compacts the store: a bulk load leaves the files
#: of an on-disk store fragmented (reads 1.8x slower), a few articles hardly.
_OPTIMIZE_AFTER = 1000

#: Articles handed to the extraction pool ahead of the writer, per process. ``imap`` submits
#: everything at once, so when extraction outpaces the store every extracted graph waited in
#: memory (1.5 GB of rdflib terms at 10k articles); two windows in flight bound that.
_WINDOW_PER_JOB = 128


def _extract_all(articles: list[Article], jobs: int, window: int | None = None
                 ) -> Iterator[tuple[Article, Extracted]]:
    """Extracted articles in input order, from ``jobs`` processes with at most two windows
    of ``window`` articles (default 128 per process) submitted and not yet consumed."""
    if jobs <= 1 or len(articles) < 2:
        yield from map(_extract_one, articles)
        return
    size = max(1, window or _WINDOW_PER_JOB * jobs)
    with get_context("spawn").Pool(jobs) as pool:
        pending: Iterator[tuple[Article, Extracted]] | None = None
        for start in range(0, len(articles), size):
            # The next window goes to the workers before the current one is drained, so
            # they never wait for the writer to reach a window's end.
            current = pool.imap(_extract_one, articles[start:start + size], chunksize=16)
            if pending is not None:
                yield from pending
            pending = current
        if pending is not None:
            yield from pending


class _ChangedKeys:
    """The summary keys an ingest touched, until there are so many that recounting
    everything is cheaper (then ``keys`` is ``None`` and nothing more is collected)."""

    def __init__(self) -> None:
        self.keys: summaries.SummaryKeys | None = summaries.SummaryKeys()

    @property
    def everything(self) -> bool:
        return self.keys is None

    def add(self, keys: summaries.SummaryKeys) -> None:
        if self.keys is None:
            return
        self.keys.update(keys)
        if len(self.keys) > summaries.KEYED_LIMIT:
            self.keys = None


class _NoBar:
    def update(self, n: int) -> None:
        """Nothing to draw."""

    def close(self) -> None:
        """Nothing to close."""


def _progress(total: int, enabled: bool | None):  # type: ignore[no-untyped-def]
    if enabled is False or total == 0:
        return _NoBar()
    options: dict[str, Any] = {"total": total, "unit": "article", "desc": "ingest"}
    if "ipykernel.zmqshell" in sys.modules:
        # In a Jupyter kernel stderr is never a terminal, so disable=None would hide the
        # bar; without ipywidgets tqdm.auto also warns and falls back to that. Draw a
        # widget when ipywidgets is there, else a text bar (notebooks honour "\r").
        from tqdm.notebook import IProgress

        if IProgress is None:
            from tqdm.std import tqdm as text_bar

            return text_bar(**options, file=sys.stdout, disable=False)
        from tqdm.auto import tqdm as auto_bar

        return auto_bar(**options, file=sys.stderr, disable=False)
    from tqdm.auto import tqdm

    # disable=None hides the bar when stderr is not a terminal (CI logs, pipes).
    return tqdm(**options, file=sys.stderr, disable=None if enabled is None else not enabled)

