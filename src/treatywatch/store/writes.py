"""A counter of the store's write transactions (``store_writes``): every transaction a ``Store`` opens
to write adds one before it commits, so that a reader can tell in one indexed read whether anything
changed since it cached an answer (web/cache.py)."""

from __future__ import annotations

from sqlalchemy import Connection, insert, select, update

from . import schema as s


def bump(conn: Connection) -> int:
    """Count one more write, in the writing transaction ``conn`` (committed with it): the count it
    will have once committed."""
    t = s.store_writes
    if conn.execute(update(t).where(t.c.id == 1).values(count=t.c.count + 1)).rowcount == 0:
        conn.execute(insert(t).values(id=1, count=1))
    return count(conn)


def count(conn: Connection) -> int:
    """The write transactions committed so far (0 for a store never written through a Store)."""
    found = conn.execute(select(s.store_writes.c.count).where(s.store_writes.c.id == 1)).scalar()
    return int(found or 0)
