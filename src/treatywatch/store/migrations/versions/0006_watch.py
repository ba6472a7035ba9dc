"""Watching: sources polled, conditional-request state, items read, alerts and their deliveries.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sources",
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("every", sa.Integer, nullable=False),
        sa.Column("added", sa.Text, nullable=False),
        sa.Column("next_poll", sa.Text, nullable=False),
        sa.Column("last_poll", sa.Text),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("last_error", sa.Text),
        sa.Column("items", sa.Integer, nullable=False),
        sa.Column("errors", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_sources"),
        sa.UniqueConstraint("url", name="uq_sources_url"),
    )
    op.create_table(
        "fetches",
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        sa.Column("fetched_at", sa.Text, nullable=False),
        sa.Column("status", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("url", name="pk_fetches"),
    )
    op.create_table(
        "watched",
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("article_id", sa.Text),
        sa.Column("content_hash", sa.Text),
        sa.Column("fetched_at", sa.Text, nullable=False),
        sa.Column("outcome", sa.Text, nullable=False),
        sa.Column("reason", sa.Text),
        sa.PrimaryKeyConstraint("url", name="pk_watched"),
    )
    op.create_index("ix_watched_content_hash", "watched", ["content_hash"])
    op.create_index("ix_watched_source", "watched", ["source"])
    op.create_table(
        "alerts",
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("events", sa.Text),
        sa.Column("treaty", sa.Text),
        sa.Column("actor", sa.Text),
        sa.Column("speaker", sa.Text),
        sa.Column("query", sa.Text),
        sa.Column("conflicts", sa.Boolean, nullable=False),
        sa.Column("target", sa.Text, nullable=False),
        sa.Column("secret", sa.Text, nullable=False),
        sa.Column("created", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_alerts"),
    )
    op.create_table(
        "deliveries",
        sa.Column("alert", sa.Text, nullable=False),
        sa.Column("item", sa.Text, nullable=False),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("found", sa.Text, nullable=False),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("next_try", sa.Text),
        sa.Column("sent", sa.Text),
        sa.Column("error", sa.Text),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("alert", "item", name="pk_deliveries"),
        sa.ForeignKeyConstraint(["alert"], ["alerts.name"], name="fk_deliveries_alert_alerts", ondelete="CASCADE"),
    )
    op.create_index("ix_deliveries_status", "deliveries", ["status"])


def downgrade() -> None:
    op.drop_index("ix_deliveries_status", table_name="deliveries")
    op.drop_table("deliveries")
    op.drop_table("alerts")
    op.drop_index("ix_watched_source", table_name="watched")
    op.drop_index("ix_watched_content_hash", table_name="watched")
    op.drop_table("watched")
    op.drop_table("fetches")
    op.drop_table("sources")
