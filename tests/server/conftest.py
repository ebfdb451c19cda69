"""Fixtures for the endpoint: a store built from data/articles, and `relgraph serve`
running over it as a real process."""

from __future__ import annotations

import io
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import relgraph
from processes import serving

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "test-token-4f1c9a"


@pytest.fixture(scope="session")
def token() -> str:
    """The update token of the writable endpoint."""
    return TOKEN


@pytest.fixture(scope="session")
def built_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The embedded store of the sample corpus, closed again so servers can open it."""
    path = tmp_path_factory.mktemp("served") / "store"
    with relgraph.open(path) as kg:
        report = kg.ingest([ROOT / "data" / "articles"], progress=False, stderr=io.StringIO())
    assert report.added >= 40 and not report.failed
    return path


@pytest.fixture(scope="session")
def kg(built_store: Path) -> Iterator[relgraph.KnowledgeGraph]:
    """The same store opened read-only here: what `relgraph query` answers."""
    with relgraph.open(built_store, read_only=True) as graph:
        yield graph


def _serve(store: Path, tmp: Path, *extra: str) -> Iterator[str]:
    def command(port: int) -> list[str]:
        return [sys.executable, "-m", "relgraph.cli", "serve", "--store", str(store),
                "--host", "127.0.0.1", "--port", str(port), *extra]

    with serving(command, lambda port: f"http://127.0.0.1:{port}/", log=tmp / "serve.log") as port:
        yield f"http://127.0.0.1:{port}"


@pytest.fixture(scope="module")
def endpoint(built_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`relgraph serve` with its defaults (read-only); yields the base URL."""
    yield from _serve(built_store, tmp_path_factory.mktemp("serve"))


@pytest.fixture(scope="module")
def small_limit_endpoint(built_store: Path,
                         tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`relgraph serve --limit 5`."""
    yield from _serve(built_store, tmp_path_factory.mktemp("serve-limit"), "--limit", "5")


@pytest.fixture(scope="module")
def writable_endpoint(built_store: Path,
                      tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`relgraph serve --allow-update --token T` over a copy of the store (it locks it)."""
    tmp = tmp_path_factory.mktemp("serve-update")
    copy = tmp / "store"
    shutil.copytree(built_store, copy)
    yield from _serve(copy, tmp, "--allow-update", "--token", TOKEN)
