"""Full-text search: the words of every article version (search_texts) and each database's index over
them, SQLite's FTS5 table (kept in step with search_texts by triggers) and PostgreSQL's GIN index over
a generated tsvector column (to_tsvector('simple', folded)). The articles stored before are indexed
here (in pages of 500).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from treatywatch.store.fulltext import FTS_TABLE, PG_INDEX, PG_TERMS, TOKENIZE, index_row

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

PAGE = 500

_SQLITE = [
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(folded, content='search_texts', content_rowid='article_pk', "
    f"tokenize=\"{TOKENIZE}\")",
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')",
    f"CREATE TRIGGER search_texts_ai AFTER INSERT ON search_texts BEGIN "
    f"INSERT INTO {FTS_TABLE}(rowid, folded) VALUES (new.article_pk, new.folded); END",
    f"CREATE TRIGGER search_texts_ad AFTER DELETE ON search_texts BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, folded) VALUES ('delete', old.article_pk, old.folded); END",
    f"CREATE TRIGGER search_texts_au AFTER UPDATE ON search_texts BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, folded) VALUES ('delete', old.article_pk, old.folded); "
    f"INSERT INTO {FTS_TABLE}(rowid, folded) VALUES (new.article_pk, new.folded); END",
]


def _backfill(conn: sa.Connection, texts: sa.Table) -> None:
    articles = sa.table("articles", sa.column("pk", sa.Integer), sa.column("title", sa.Text),
                        sa.column("text", sa.Text))
    last = 0
    while True:
        rows = conn.execute(sa.select(articles.c.pk, articles.c.title, articles.c.text)
                            .where(articles.c.pk > last).order_by(articles.c.pk).limit(PAGE)).all()
        if not rows:
            return
        conn.execute(sa.insert(texts), [index_row(pk, title, text) for pk, title, text in rows])
        last = rows[-1][0]


def upgrade() -> None:
    texts = op.create_table(
        "search_texts",
        sa.Column("article_pk", sa.Integer, sa.ForeignKey("articles.pk", ondelete="CASCADE",
                                                          name="fk_search_texts_article_pk_articles"),
                  nullable=False),
        sa.Column("folded", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("article_pk", name="pk_search_texts"),
    )
    conn = op.get_bind()
    _backfill(conn, texts)
    if conn.dialect.name == "sqlite":
        for statement in _SQLITE:
            op.execute(statement)
    else:   # the words as a tsvector, kept by PostgreSQL itself, and the GIN index over them
        op.execute(f"ALTER TABLE search_texts ADD COLUMN {PG_TERMS} tsvector "
                   "GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, folded)) STORED")
        op.execute(f"CREATE INDEX {PG_INDEX} ON search_texts USING gin ({PG_TERMS})")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("search_texts_ai", "search_texts_ad", "search_texts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    op.drop_table("search_texts")
