"""Fixtures for the ingest tests: the hostile inputs and the examples (``shared_dir`` comes from
tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def bad_dir() -> Path:
    return REPO / "tests" / "data" / "bad"


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return REPO / "examples" / "articles"
