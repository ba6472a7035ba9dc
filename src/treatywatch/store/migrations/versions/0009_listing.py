"""What listings read, kept on write: ``article_list`` (each article's latest version, with its language
and publication date, indexed for the newest-first order and keyset paging) and ``store_writes`` (a
counter of write transactions that readers key their caches on). Both are filled from what is stored.

Revision ID: 0009
Revises: 0007
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_FILL = """
INSERT INTO article_list (article_id, article_pk, language, published, day)
SELECT a.article_id, a.pk, coalesce(u.language, a.language), coalesce(u.published, a.published),
       coalesce(u.published, a.published, '')
FROM articles a
JOIN (SELECT article_id, max(version) AS version FROM articles GROUP BY article_id) newest
  ON newest.article_id = a.article_id AND newest.version = a.version
LEFT JOIN understandings u ON u.article_pk = a.pk
"""


def upgrade() -> None:
    op.create_table(
        "article_list",
        sa.Column("article_id", sa.Text, nullable=False),
        sa.Column("article_pk", sa.Integer, nullable=False),
        sa.Column("language", sa.Text, nullable=False),
        sa.Column("published", sa.Text),
        sa.Column("day", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("article_id", name="pk_article_list"),
        sa.ForeignKeyConstraint(["article_pk"], ["articles.pk"], name="fk_article_list_article_pk_articles",
                                ondelete="CASCADE"),
    )
    op.create_index("ix_article_list_day", "article_list", ["day", "article_id"])
    op.create_index("ix_article_list_language_day", "article_list", ["language", "day", "article_id"])
    op.create_index("ix_article_list_article_pk", "article_list", ["article_pk"], unique=True)
    op.execute(_FILL)
    op.create_table(
        "store_writes",
        sa.Column("id", sa.Integer, nullable=False, autoincrement=False),
        sa.Column("count", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_store_writes"),
    )
    op.execute("INSERT INTO store_writes (id, count) VALUES (1, 0)")


def downgrade() -> None:
    op.drop_table("store_writes")
    op.drop_index("ix_article_list_article_pk", table_name="article_list")
    op.drop_index("ix_article_list_language_day", table_name="article_list")
    op.drop_index("ix_article_list_day", table_name="article_list")
    op.drop_table("article_list")
