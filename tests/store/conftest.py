"""Fixtures for the store tests: the sample corpus in the embedded store, to compare with."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest

import relgraph

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def articles() -> Path:
    return ROOT / "data" / "articles"


@pytest.fixture(scope="session")
def embedded(tmp_path_factory: pytest.TempPathFactory,
             articles: Path) -> Iterator[relgraph.KnowledgeGraph]:
    """data/articles ingested into the embedded on-disk store."""
    path = tmp_path_factory.mktemp("embedded") / "store"
    with relgraph.open(path) as kg:
        report = kg.ingest([articles], progress=False, stderr=io.StringIO())
        assert report.added >= 40 and not report.failed
        yield kg
