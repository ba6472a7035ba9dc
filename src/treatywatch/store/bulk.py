"""Many article versions into the store at once: a table at a time, in the caller's transaction.

``write_versions`` is what ``ingest`` (Store.add_versions) and ``batch`` (batch/load.py) both write
with: the versions' primary keys drawn in one query, then each table's rows in one statement
(PostgreSQL: COPY; SQLite: one executemany), and ``article_list`` (store/latest.py) made from the
rows in hand instead of read back. One statement a table instead of ten an article: SQLAlchemy's
cost per statement is more than SQLite's own work on one row.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, delete, func, select, text
from sqlalchemy.dialects import postgresql

from ..errors import StoreError
from . import schema as s
from .fulltext import index_row

Row = dict[str, Any]

# The understanding's own tables, in the order they are written (each row refers to its article).
_TABLES = ("articles", "search_texts", "sentences", "understandings", "mentions", "dates", "quotes", "events")
_IDS_PER_QUERY = 400   # ids in one ``IN (...)``: far under either database's limit on bound parameters


@dataclass(frozen=True)
class NewVersion:
    """One article version to write: its ``articles`` row (without ``pk``), its sentences, and what was
    understood of it: the ``understandings`` row and the rows of each understanding table (by table
    name), all without ``article_pk``. ``understanding`` None: stored, not understood."""

    row: Row
    sentences: Sequence[tuple[int, int]] = ()
    understanding: Row | None = None
    tables: Mapping[str, Sequence[Row]] = field(default_factory=dict)


def next_pks(conn: Connection, n: int) -> list[int]:
    """``n`` primary keys for new article versions, in order, drawn inside the writing transaction
    (which holds the store's write lock: store/engine.py)."""
    if n == 0:
        return []
    if conn.dialect.name == "postgresql":
        return list(conn.execute(text("SELECT nextval(pg_get_serial_sequence('articles', 'pk')) "
                                      "FROM generate_series(1, :n)"), {"n": n}).scalars())
    top = int(conn.execute(select(func.coalesce(func.max(s.articles.c.pk), 0))).scalar_one())
    return list(range(top + 1, top + 1 + n))


def write_rows(conn: Connection, table: Table, rows: Sequence[Row], *, keys: Sequence[str] = (),
               update: Sequence[str] = ()) -> None:
    """Many rows into one table, straight to the driver where it can be: COPY on PostgreSQL, one
    executemany on SQLite (SQLAlchemy's executemany builds a parameter dict per row, more than
    SQLite's own work on it). Every row has the same columns (the first row's); values are bound,
    never spliced. With ``keys``: a row whose keys are already there is left as it is, or has its
    ``update`` columns set from the new row (ON CONFLICT, which both databases spell alike)."""
    if not rows:
        return
    cols = list(rows[0])
    names = ", ".join(f'"{c}"' for c in cols)  # column names of our own schema, never user text
    if keys and conn.dialect.name == "postgresql":   # COPY has no ON CONFLICT
        stmt = postgresql.insert(table)
        conn.execute(stmt.on_conflict_do_update(index_elements=list(keys), set_={c: stmt.excluded[c] for c in update})
                     if update else stmt.on_conflict_do_nothing(index_elements=list(keys)), list(rows))
        return
    raw = conn.connection.driver_connection
    if raw is None:
        raise StoreError("the database connection was closed before a bulk write")
    if conn.dialect.name == "postgresql":
        with raw.cursor() as cur, cur.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy:
            for r in rows:
                copy.write_row(tuple(r[c] for c in cols))
        return
    sql = f'INSERT INTO "{table.name}" ({names}) VALUES ({", ".join("?" * len(cols))})'
    if keys:
        sql += " ON CONFLICT (" + ", ".join(f'"{k}"' for k in keys) + ") " + (
            "DO UPDATE SET " + ", ".join(f'"{c}" = excluded."{c}"' for c in update) if update else "DO NOTHING")
    values = itemgetter(*cols) if len(cols) > 1 else lambda r: (r[cols[0]],)   # each row's values, in C
    raw.cursor().executemany(sql, map(values, rows))


def write_versions(conn: Connection, versions: Sequence[NewVersion]) -> list[int]:
    """Write ``versions`` (in order: a later version of the same id after an earlier one) and make each
    the latest of its article id in ``article_list``. Returns their primary keys, in order."""
    pks = next_pks(conn, len(versions))
    tables: dict[str, list[Row]] = {name: [] for name in _TABLES}
    listed: dict[str, Row] = {}   # article id -> its article_list row: the last version written wins
    for v, pk in zip(versions, pks, strict=True):
        row = {"pk": pk, **v.row}
        tables["articles"].append(row)
        tables["search_texts"].append(index_row(pk, row.get("title"), row["text"]))
        tables["sentences"].extend({"article_pk": pk, "idx": i, "start": start, "end": end}
                                   for i, (start, end) in enumerate(v.sentences))
        language, published = row["language"], row.get("published")
        if v.understanding is not None:
            tables["understandings"].append({"article_pk": pk, **v.understanding})
            # what store/latest.py's language() and published() give: the understanding's, else the article's
            language = v.understanding["language"] or language
            published = v.understanding.get("published") or published
            for name, rows in v.tables.items():
                tables[name].extend({"article_pk": pk, **r} for r in rows)
        listed[row["article_id"]] = {"article_id": row["article_id"], "article_pk": pk, "language": language,
                                     "published": published, "day": published or ""}
    for name in _TABLES:
        write_rows(conn, s.metadata.tables[name], tables[name])
    again = [v.row["article_id"] for v in versions if v.row["version"] > 1]   # listed before: replaced
    ids = list(dict.fromkeys(again))
    for start in range(0, len(ids), _IDS_PER_QUERY):
        conn.execute(delete(s.article_list).where(s.article_list.c.article_id.in_(ids[start:start + _IDS_PER_QUERY])))
    write_rows(conn, s.article_list, list(listed.values()))
    return pks
