"""Alembic's entry point, run by ``store.migrate.upgrade`` with the connection in ``cfg.attributes``.

There is no alembic.ini and no logging set-up here: treatywatch opens the database itself and asks
for ``upgrade head``; a developer writing a new revision uses ``store.migrate.config(url)``.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from treatywatch.store.schema import described, metadata

connection: Connection | None = context.config.attributes.get("connection")
if connection is None:  # only the programmatic path is supported: no URL read from a file
    raise RuntimeError("treatywatch migrations run through treatywatch.store.migrate")

context.configure(
    connection=connection,
    target_metadata=metadata,
    # SQLite cannot ALTER most things in place; batch mode rebuilds the table (a no-op on PostgreSQL).
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    include_name=described,   # the search index is made in each database's own terms (0008)
)
with context.begin_transaction():
    context.run_migrations()
