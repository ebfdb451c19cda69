"""Parallel extraction hands the writer articles in order and keeps a bounded number of
extracted graphs waiting in memory, however far extraction runs ahead of the store."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

import relgraph
from relgraph import graph
from relgraph.read import Article


class _FakePool:
    """Stands in for a process pool: ``imap`` submits a whole window at once, like the
    real one, and results are computed when consumed."""

    def __init__(self, log: dict[str, int]) -> None:
        self.log = log

    def __enter__(self) -> _FakePool:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def imap(self, func: Callable[[Any], Any], items: Iterable[Any], chunksize: int = 1
             ) -> Iterator[Any]:
        items = list(items)
        self.log["submitted"] += len(items)
        self.log["peak"] = max(self.log["peak"], self.log["submitted"] - self.log["consumed"])
        return (func(item) for item in items)


class _FakeContext:
    def __init__(self, log: dict[str, int]) -> None:
        self.log = log

    def Pool(self, jobs: int) -> _FakePool:
        return _FakePool(self.log)


def _articles(n: int) -> list[Article]:
    return [Article(id=f"a{i}", text=f"Kenyan Foreign Minister Ann Otieno met Ethiopian "
                                     f"officials in Nairobi on day {i}.", date="2024-05-01")
            for i in range(n)]


def test_windows_bound_what_waits_and_keep_order(monkeypatch: pytest.MonkeyPatch) -> None:
    log = {"submitted": 0, "consumed": 0, "peak": 0}
    monkeypatch.setattr(graph, "get_context", lambda method: _FakeContext(log))
    articles = _articles(23)
    seen = []
    for article, outcome in graph._extract_all(articles, jobs=2, window=4):
        log["consumed"] += 1
        assert not isinstance(outcome, str)
        seen.append(article.id)
    assert seen == [a.id for a in articles]
    assert log["submitted"] == len(articles)
    assert log["peak"] <= 2 * 4


def test_real_pool_yields_every_article_in_order() -> None:
    articles = _articles(7)
    out = list(graph._extract_all(articles, jobs=2, window=2))
    assert [a.id for a, _ in out] == [a.id for a in articles]
    serial = list(graph._extract_all(articles, jobs=1))
    assert [o for _, o in out] == [o for _, o in serial]


def test_ingest_flushes_the_store_as_it_goes(monkeypatch: pytest.MonkeyPatch,
                                             tmp_path: Path) -> None:
    for i in range(5):
        (tmp_path / f"a{i}.txt").write_text(
            f"date 2024-05-0{i + 1}\nKenyan Foreign Minister Ann Otieno met Ethiopian "
            f"officials in Nairobi on Tuesday to discuss trade, meeting number {i}.\n",
            encoding="utf-8")
    monkeypatch.setattr(graph, "_FLUSH_EVERY", 2)
    kg = relgraph.open("memory")
    calls = []
    monkeypatch.setattr(kg.store, "flush", lambda: calls.append(len(calls)))
    report = kg.ingest([tmp_path], progress=False)
    assert report.added == 5
    assert len(calls) == 3  # after the 2nd and 4th article, and at the end
