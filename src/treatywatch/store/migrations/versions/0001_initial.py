"""Initial schema: articles (versioned), quarantine, sentences and the understanding of each version.

Revision ID: 0001
Revises:
Create Date: 2025-01-01

Written out in full rather than imported from schema.py: a migration is a frozen snapshot, and
schema.py moves on. tests/store/test_migrations.py checks that head matches schema.py.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _article_pk(table: str) -> sa.Column[int]:
    return sa.Column("article_pk", sa.Integer, sa.ForeignKey(
        "articles.pk", ondelete="CASCADE", name=f"fk_{table}_article_pk_articles"), nullable=False)


def _index(table: str, *columns: str) -> None:
    op.create_index(f"ix_{table}_{'_'.join(columns)}", table, list(columns))


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("pk", sa.Integer, autoincrement=True, nullable=False),
        sa.Column("article_id", sa.Text, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("content_hash", sa.Text, nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("line", sa.Integer),
        sa.Column("url", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("language", sa.Text, nullable=False),
        sa.Column("language_how", sa.Text, nullable=False),
        sa.Column("published", sa.Text),
        sa.Column("published_how", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("original", sa.Text, nullable=False),
        sa.Column("ingested_at", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("pk", name="pk_articles"),
        sa.UniqueConstraint("article_id", "version", name="uq_articles_article_id_version"),
        sa.UniqueConstraint("article_id", "content_hash", name="uq_articles_article_id_content_hash"),
    )
    _index("articles", "language")
    _index("articles", "published")

    op.create_table(
        "quarantine",
        sa.Column("pk", sa.Integer, autoincrement=True, nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("line", sa.Integer),
        sa.Column("article_id", sa.Text),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("payload", sa.LargeBinary, nullable=False),
        sa.Column("payload_hash", sa.Text, nullable=False),
        sa.Column("first_seen", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("pk", name="pk_quarantine"),
        sa.UniqueConstraint("source", "line", "payload_hash", name="uq_quarantine_source_line_payload_hash"),
    )
    _index("quarantine", "article_id")

    op.create_table(
        "sentences",
        _article_pk("sentences"),
        sa.Column("idx", sa.Integer, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("article_pk", "idx", name="pk_sentences"),
    )

    op.create_table(
        "understandings",
        sa.Column("article_pk", sa.Integer, sa.ForeignKey(
            "articles.pk", ondelete="CASCADE", name="fk_understandings_article_pk_articles"), nullable=False),
        sa.Column("language", sa.Text, nullable=False),
        sa.Column("published", sa.Text),
        sa.Column("published_how", sa.Text, nullable=False),
        sa.Column("understood_at", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("article_pk", name="pk_understandings"),
    )
    _index("understandings", "published")

    op.create_table(
        "mentions",
        _article_pk("mentions"),
        sa.Column("idx", sa.Integer, nullable=False),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("slug", sa.Text, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("article_pk", "idx", name="pk_mentions"),
    )
    _index("mentions", "kind", "slug")

    op.create_table(
        "dates",
        _article_pk("dates"),
        sa.Column("idx", sa.Integer, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("value", sa.Text),
        sa.Column("precision", sa.Text, nullable=False),
        sa.Column("relative", sa.Boolean, nullable=False),
        sa.PrimaryKeyConstraint("article_pk", "idx", name="pk_dates"),
    )
    _index("dates", "value")

    op.create_table(
        "quotes",
        _article_pk("quotes"),
        sa.Column("idx", sa.Integer, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("speaker", sa.Text),
        sa.Column("speaker_start", sa.Integer),
        sa.Column("speaker_end", sa.Integer),
        sa.PrimaryKeyConstraint("article_pk", "idx", name="pk_quotes"),
    )
    _index("quotes", "speaker")

    op.create_table(
        "events",
        _article_pk("events"),
        sa.Column("idx", sa.Integer, nullable=False),
        sa.Column("event", sa.Text, nullable=False),
        sa.Column("treaty", sa.Text),
        sa.Column("actor", sa.Text),
        sa.Column("date", sa.Text),
        sa.Column("modality", sa.Text, nullable=False),
        sa.Column("sentence_start", sa.Integer, nullable=False),
        sa.Column("sentence_end", sa.Integer, nullable=False),
        sa.Column("trigger_start", sa.Integer, nullable=False),
        sa.Column("trigger_end", sa.Integer, nullable=False),
        sa.Column("evidence", sa.Text, nullable=False),
        sa.Column("anterior", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.PrimaryKeyConstraint("article_pk", "idx", name="pk_events"),
    )
    for column in ("event", "treaty", "actor", "date"):
        _index("events", column)


def downgrade() -> None:
    for table in ("events", "quotes", "dates", "mentions", "understandings", "sentences", "quarantine",
                  "articles"):
        op.drop_table(table)
