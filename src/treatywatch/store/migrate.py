"""Alembic, driven from code: the migrations live inside the package and run when a store opens.

No alembic.ini at run time: ``script_location`` is this package's ``migrations/`` folder and the open
connection is handed to ``env.py`` through ``cfg.attributes`` (Alembic's documented recipe for
sharing a connection).

To write a new revision (a developer task), from the repository root::

    .venv/bin/python -c "from treatywatch.store.migrate import revision; revision('add stories')"

then rename the file to ``NNNN_<what>.py`` with ``revision = "NNNN"`` and fill it in by hand.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from ..errors import MigrationError, StoreError
from .engine import WRITE

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def head() -> str:
    """The newest revision this code knows."""
    rev = ScriptDirectory.from_config(config()).get_current_head()
    if rev is None:  # pragma: no cover - the package always ships 0001
        raise MigrationError(f"no migrations found in {MIGRATIONS}")
    return rev


def current(connection: Connection) -> str | None:
    """The revision the database is at (None for an empty database)."""
    return MigrationContext.configure(connection).get_current_revision()


def check_current(connection: Connection, where: str) -> None:
    """A StoreError unless the database is at this code's revision (a reader's check: it reads the
    revision, never writes it)."""
    try:
        rev = current(connection)
    except SQLAlchemyError as e:
        raise StoreError(f"cannot read {where}: {e.__class__.__name__}: {str(e).splitlines()[0]}") from e
    if rev == head():
        return
    if rev is None:
        raise StoreError(f"{where} holds no treatywatch store yet (treatywatch ingest makes one)")
    known = {r.revision for r in ScriptDirectory.from_config(config()).walk_revisions()}
    if rev not in known:
        raise StoreError(f"{where} was written by a newer treatywatch (schema {rev}; this one knows up to "
                         f"{head()}): upgrade treatywatch to read it")
    raise StoreError(f"{where} was written by an older treatywatch (schema {rev}, this one reads {head()}): "
                      "treatywatch refresh brings it up to date")


def upgrade(engine: Engine, target: str = "head") -> None:
    """Bring the database to ``target``; a database already there is left alone (no DDL, no lock).
    Otherwise the migration runs under the store's write lock, and looks again once it holds it:
    two processes opening one new store migrate it once, the second finds it done."""
    try:
        with engine.connect() as plain:
            if target == "head" and current(plain) == head():
                return
        with engine.connect() as conn:
            conn = conn.execution_options(**{WRITE: True})
            with conn.begin():
                if target == "head" and current(conn) == head():
                    return
                command.upgrade(config(conn), target)
    except SQLAlchemyError as e:
        raise MigrationError(f"cannot migrate the database to {target}: {e.__class__.__name__}: "
                             f"{str(e).splitlines()[0]}") from e
    except CommandError as e:  # e.g. an unknown revision: a database written by newer code
        raise MigrationError(f"cannot migrate the database to {target}: {e}") from e


def revision(message: str) -> None:  # pragma: no cover - a developer tool
    """Write an empty revision file after the current head (see the module docstring)."""
    command.revision(config(), message=message)
