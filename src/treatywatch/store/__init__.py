"""The store: one SQLAlchemy Core schema on SQLite or PostgreSQL, migrated by Alembic when opened.

    schema.py      the tables, as the code reads them
    migrations/    Alembic revisions (0001 initial), applied by migrate.upgrade at open
    engine.py      URL in, engine out (or one clear error)
    db.py          Store: add_article, add_versions, quarantine, save_understanding, latest_*, counts
    bulk.py        many versions (and any table's rows) written a table at a time: executemany, COPY
    rows.py        Understanding <-> rows
    records.py     what the store hands back
"""

from __future__ import annotations

from .db import Store, open_reader, open_store
from .engine import database_url
from .records import Added, DocumentRow, Quarantined, StoredArticle

__all__ = ["Added", "DocumentRow", "Quarantined", "Store", "StoredArticle", "database_url", "open_reader", "open_store"]
