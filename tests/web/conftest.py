"""Fixtures for the web tests: a store filled once by ingesting the shared seeds and the bundled
examples (as `treatywatch ingest` would), an app over it, and copies of it for tests that write.

- ``filled_sqlite``: the filled SQLite file (session); tests that write get their own copy.
- ``read_url``: that store on SQLite and, marked postgres, the same ingest into PostgreSQL.
- ``api``: a TestClient over the app (guard included: headers, size limit) on ``read_url``.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from web_helpers import EXAMPLES, TOKEN

from treatywatch.know.refresh import refresh_facts
from treatywatch.pipeline import ingest_paths
from treatywatch.store import database_url, open_store


def pytest_configure(config: pytest.Config) -> None:
    # Starlette asks for httpx2 in its test client; httpx is what this project installs.
    config.addinivalue_line("filterwarnings", "ignore:Using `httpx` with `starlette.testclient`")


def fill(url: str, shared: Path) -> None:
    with open_store(url) as store:
        ingest_paths([str(shared / "seeds" / "articles"), str(EXAMPLES)], store, on_rejected=lambda _: None)
        refresh_facts(store)


@pytest.fixture(scope="session")
def filled_sqlite(tmp_path_factory: pytest.TempPathFactory, shared_dir: Path) -> Path:
    path = tmp_path_factory.mktemp("web") / "filled.db"
    fill(f"sqlite:///{path}", shared_dir)
    return path


@pytest.fixture
def copy_url(filled_sqlite: Path, tmp_path: Path) -> str:
    """A copy of the filled store of this test's own, to write to."""
    path = tmp_path / "copy.db"
    shutil.copyfile(filled_sqlite, path)
    return f"sqlite:///{path}"


def _empty_pg(url: str) -> None:
    import psycopg

    libpq = database_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(libpq, autocommit=True) as conn:
        conn.execute("SET lock_timeout = '20s'")
        conn.execute("DROP SCHEMA public CASCADE")
        conn.execute("CREATE SCHEMA public")


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def read_url(request: pytest.FixtureRequest, filled_sqlite: Path, shared_dir: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{filled_sqlite}"
    url: str = request.getfixturevalue("pg_database")
    _empty_pg(url)
    fill(url, shared_dir)
    return url


@pytest.fixture(scope="module")
def api(read_url: str) -> Iterator[object]:
    from fastapi.testclient import TestClient

    from treatywatch.web import WebConfig, asgi

    with TestClient(asgi(read_url, WebConfig(token=TOKEN))) as client:
        yield client


@pytest.fixture
def writer(copy_url: str) -> Iterator[object]:
    """A client over a copy of the filled store, to write to."""
    from fastapi.testclient import TestClient

    from treatywatch.web import WebConfig, asgi

    with TestClient(asgi(copy_url, WebConfig(token=TOKEN))) as client:
        yield client
