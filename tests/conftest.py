"""Fixtures shared by every test folder.

- ``shared_dir``: /work/shared (seeds, corpus, eval), beside the repository.
- ``pg_url``: the PostgreSQL server from TREATYWATCH_TEST_PG_URL (CI sets it and
  TREATYWATCH_REQUIRE_PG=1, which turns a missing server into a failure instead of a skip).
- ``db_url``: parametrised over SQLite (a file in tmp_path) and PostgreSQL (a database made for this
  test session, emptied before each test), so every store test runs on both.
- ``store``: an open Store on ``db_url``, closed after the test.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest

from treatywatch.store import Store, database_url, open_store

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
PG_ENV = "TREATYWATCH_TEST_PG_URL"
PG_SKIPPED = f"PostgreSQL tests skipped: set {PG_ENV}"


def _pg_required() -> bool:
    return os.environ.get("TREATYWATCH_REQUIRE_PG", "") not in ("", "0")


def _no_pg(reason: str) -> None:
    if _pg_required():
        pytest.fail(f"{reason} (TREATYWATCH_REQUIRE_PG is set: PostgreSQL must be there)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "seeds").is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"the shared folder (seeds, corpus, eval) is not at {SHARED}: CI needs it (the gold gate)")
        pytest.skip(f"the shared folder (seeds, eval) is not at {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def pg_url() -> str:
    url = os.environ.get(PG_ENV, "").strip()
    if not url:
        _no_pg(PG_SKIPPED)
    return url


def _libpq(url: str) -> str:
    """A SQLAlchemy-style URL as psycopg wants it (postgresql://, no +driver)."""
    return database_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def pg_database(pg_url: str) -> Iterator[str]:
    """A database of its own for this test session (UTF-8, C collation so text sorts by code point
    as on SQLite), dropped at the end. Needs a role with CREATEDB (.ci/run makes one)."""
    import psycopg
    from psycopg import sql

    name = f"treatywatch_t_{os.getpid()}_{secrets.token_hex(3)}"
    create = sql.SQL("CREATE DATABASE {} ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0")
    try:
        with psycopg.connect(_libpq(pg_url), autocommit=True, connect_timeout=10) as conn:
            conn.execute(create.format(sql.Identifier(name)))
    except psycopg.Error as e:
        _no_pg(f"PostgreSQL at {database_url(pg_url).render_as_string()} cannot make a test database: "
               f"{str(e).strip().splitlines()[0]}")
    yield database_url(pg_url).set(database=name).render_as_string(hide_password=False)
    with psycopg.connect(_libpq(pg_url), autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


@pytest.fixture
def fresh_pg_url(pg_database: str) -> str:
    """The session's database, emptied: every table, index and the migration stamp gone."""
    import psycopg

    with psycopg.connect(_libpq(pg_database), autocommit=True) as conn:
        conn.execute("SET lock_timeout = '20s'")  # a store left open by a failed test must not hang us
        conn.execute("DROP SCHEMA public CASCADE")
        conn.execute("CREATE SCHEMA public")
    return pg_database


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'treatywatch.db'}"
    url: str = request.getfixturevalue("fresh_pg_url")
    return url


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    with open_store(db_url) as s:
        yield s
