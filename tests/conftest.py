"""Shared fixtures: paths to the sample corpus and small articles written for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return ROOT / "data"


@pytest.fixture(scope="session")
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def seed_article() -> Path:
    """The seed article of the brief; skipped where ../shared is not beside the clone."""
    path = SHARED / "seeds" / "000_8e884c8570789b60.txt"
    if not path.is_file():
        pytest.skip("../shared/seeds is not present")
    return path
