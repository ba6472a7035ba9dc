"""From a database URL (as a user types it) to a SQLAlchemy engine, or one clear error.

Accepted: ``sqlite:///FILE`` (relative to the working directory), ``sqlite:////ABS/PATH``,
``sqlite://`` (in memory), a bare file path (``./x.db``), and PostgreSQL as
``postgresql://``/``postgres://``/``postgresql+psycopg://`` (always through psycopg 3).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import URL, Engine, create_engine, event, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.pool import StaticPool

from ..errors import ConfigError, StoreError

_POSTGRES = {"postgres", "postgresql", "postgresql+psycopg"}
HINT = "use sqlite:///FILE or postgresql://USER:PASSWORD@HOST:PORT/NAME"


def database_url(text: str) -> URL:
    """Parse and normalise a URL; ConfigError for anything treatywatch cannot use."""
    text = text.strip()
    if not text:
        raise ConfigError(f"empty database URL: {HINT}")
    if "://" not in text:  # a bare path is a SQLite file, the common case
        text = "sqlite:///" + text
    try:
        url = make_url(text)
    except ArgumentError:
        raise ConfigError(f"not a database URL: {text!r}: {HINT}") from None
    if url.drivername in _POSTGRES:
        return url.set(drivername="postgresql+psycopg")
    if url.drivername in ("sqlite", "sqlite+pysqlite"):
        return url
    raise ConfigError(f"unsupported database {url.drivername!r} in {display_url(url)}: {HINT}")


def display_url(url: URL) -> str:
    """The URL for messages: never a password."""
    return url.render_as_string(hide_password=True)


# How long a SQLite writer waits for another writer's transaction before giving up. Write
# transactions are short (one article, one fact refresh), so a long wait is a queue, not a hang.
BUSY_TIMEOUT_S = 300.0
# The execution option that marks a transaction as one that will write (``Store.writing``).
WRITE = "treatywatch_write"
# PostgreSQL: every write transaction takes this transaction-level advisory lock first, so that
# writers queue one behind the other (check-then-insert of article versions, story numbers) while
# readers never wait. An arbitrary constant: "tw" in ASCII.
PG_WRITE_LOCK = 0x7477


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # The driver's own transaction handling off: the "begin" listener below says BEGIN itself,
    # DEFERRED for readers and IMMEDIATE for writers (a deferred writer that read first fails at
    # once with "database is locked" when another writer committed meanwhile: no busy wait helps).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        # SQLite leaves foreign keys off unless asked, per connection; ON DELETE CASCADE needs them.
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
        _while_busy(lambda: _journal(cursor))
    finally:
        cursor.close()


def _journal(cursor: Any) -> None:
    # WAL: readers read while a writer writes (a rollback journal locks them out); NORMAL sync is
    # safe with WAL (a crash may lose the last commits, never corrupt the file).
    if cursor.execute("PRAGMA journal_mode").fetchone()[0].lower() != "memory":
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")


def _while_busy(step: Callable[[], None]) -> None:
    """Run ``step``, again while SQLite says the file is busy, up to BUSY_TIMEOUT_S. A connection
    that opens a WAL file while the last one to close it is cleaning up (or while another switches its
    journal mode, ``at_rest``) gets SQLITE_BUSY at once, without the busy handler (sqlite.org/wal.html,
    "Sometimes Queries Return SQLITE_BUSY In WAL Mode"): the documented remedy is to try again."""
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    pause = 0.01
    while True:
        try:
            step()
            return
        except sqlite3.OperationalError as e:
            busy = "locked" in str(e) or "busy" in str(e)
            if not busy or time.monotonic() + pause > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.5)


def _sqlite_reader(dbapi_connection: Any, _record: Any) -> None:
    # A reader's connection: opened with mode=ro (see ``create``), and query_only besides, so that not
    # even a PRAGMA can write; no journal_mode set (that would be a write).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA query_only=ON")
    cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
    cursor.close()


def at_rest(engine: Engine) -> None:
    """Leave a SQLite file in rollback-journal mode once its last writer is gone, so that it is one
    file at rest and a read-only reader opens it without making -wal and -shm files beside it (a
    reader cannot make them and cannot remove them). When another process still has the file open it
    stays in WAL mode, as it must: the next writer to close last switches it."""
    path = engine.url.database
    if engine.url.get_backend_name() != "sqlite" or path in (None, "", ":memory:"):
        return
    if not Path(path).is_file():
        return
    try:
        conn = sqlite3.connect(path, timeout=0, isolation_level=None)
    except sqlite3.Error:
        return
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
    except sqlite3.Error:
        pass   # another connection is open: it stays in WAL mode
    finally:
        conn.close()


def _sqlite_begin(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE) else "BEGIN")


def _pg_begin(conn: Any) -> None:
    if conn.get_execution_options().get(WRITE):
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({PG_WRITE_LOCK})")


def _reader_options(url: URL) -> dict[str, Any]:
    """SQLite: the file opened with mode=ro (never created); PostgreSQL: read-only transactions."""
    if url.get_backend_name() != "sqlite":
        return {"connect_args": {"connect_timeout": 10, "options": "-c default_transaction_read_only=on"}}
    if url.database in (None, "", ":memory:"):
        raise StoreError(f"{display_url(url)} is an empty database in memory: there is nothing to read")
    path = Path(url.database).resolve()
    if not path.is_file():
        raise StoreError(f"no store at {url.database} (treatywatch ingest makes one)")
    uri = f"file:{quote(str(path))}?mode=ro"
    return {"creator": lambda: sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S,
                                               check_same_thread=False)}


def create(text: str, *, readonly: bool = False) -> Engine:
    """An engine that has connected once (so a wrong host or folder is reported here, clearly);
    ``readonly``: one that cannot write (``open_reader``)."""
    url = database_url(text)
    options: dict[str, Any] = {}
    if readonly:
        options = _reader_options(url)
    elif url.get_backend_name() == "sqlite":
        if url.database in (None, "", ":memory:"):
            # One shared connection, or every connection would see its own empty database.
            options = {"poolclass": StaticPool, "connect_args": {"check_same_thread": False}}
        elif not Path(url.database).parent.is_dir():
            raise StoreError(f"cannot create {url.database}: folder {Path(url.database).parent} does not exist")
        else:
            options = {"connect_args": {"timeout": BUSY_TIMEOUT_S}}
    else:
        options = {"connect_args": {"connect_timeout": 10}}
    try:
        engine = create_engine(url, **options)
    except (NoSuchModuleError, ModuleNotFoundError) as e:
        raise ConfigError(f"no driver for {display_url(url)} ({e}); PostgreSQL needs "
                          "pip install 'treatywatch[postgres]'") from None
    if url.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_reader if readonly else _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
    else:
        event.listen(engine, "begin", _pg_begin)
    try:
        with engine.connect():
            pass
    except SQLAlchemyError as e:
        engine.dispose()
        first = str(getattr(e, "orig", None) or e).strip().splitlines()
        raise StoreError(f"cannot open database {display_url(url)}: {first[0] if first else e}") from None
    return engine
