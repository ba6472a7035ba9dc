"""The migrations build exactly the schema the code reads, on both databases, and run by themselves."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from treatywatch.errors import ConfigError, MigrationError, StoreError
from treatywatch.models import Rejected
from treatywatch.store import database_url, migrate, open_store
from treatywatch.store.schema import described, metadata


def test_head_matches_schema(db_url: str) -> None:
    # store/schema.py alone describes every table: nothing else is imported to complete it
    with open_store(db_url) as store, store.engine.connect() as conn:
        assert migrate.current(conn) == migrate.head()
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True,
                                                                   "include_name": described}), metadata)
    assert diff == []


def test_opening_again_is_a_no_op_and_keeps_data(db_url: str) -> None:
    with open_store(db_url) as store:
        store.quarantine(Rejected("x.txt", "empty", payload=b""))
    with open_store(db_url) as store:
        assert store.counts()["quarantine"] == 1
        with store.engine.connect() as conn:
            assert migrate.current(conn) == migrate.head()


def test_down_to_nothing_and_up_again(db_url: str) -> None:
    with open_store(db_url) as store:
        with store.engine.begin() as conn:
            command.downgrade(migrate.config(conn), "base")
        with store.engine.connect() as conn:
            assert set(inspect(conn).get_table_names()) <= {"alembic_version"}
        migrate.upgrade(store.engine)
        with store.engine.connect() as conn:
            assert set(metadata.tables) <= set(inspect(conn).get_table_names())


def test_a_database_from_newer_code_is_refused_clearly(db_url: str) -> None:
    with open_store(db_url) as store, store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(MigrationError, match="9999"):
        open_store(db_url)


def test_urls_are_normalised() -> None:
    assert database_url("postgresql://u:p@h/db").drivername == "postgresql+psycopg"
    assert database_url("postgres://u:p@h/db").drivername == "postgresql+psycopg"
    assert database_url("postgresql+psycopg://u:p@h:5433/db").port == 5433
    assert database_url("./x.db").render_as_string() == "sqlite:///./x.db"
    assert database_url("sqlite:///treatywatch.db").database == "treatywatch.db"


@pytest.mark.parametrize("url", ["", "mysql://u:p@h/db", "not a url://"])
def test_unusable_urls_are_config_errors(url: str) -> None:
    with pytest.raises(ConfigError):
        database_url(url)


def test_an_unreachable_server_is_one_clear_line_without_the_password() -> None:
    with pytest.raises(StoreError) as err:
        open_store("postgresql://someone:s3cret@127.0.0.1:9/nothing")
    message = str(err.value)
    assert "cannot open database" in message and "s3cret" not in message and "\n" not in message


def test_a_missing_folder_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        open_store(f"sqlite:///{tmp_path}/no/such/folder/t.db")


def test_in_memory_sqlite_keeps_its_tables_across_connections() -> None:
    with open_store("sqlite://") as store:
        assert store.counts()["articles"] == 0
