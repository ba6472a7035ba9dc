"""The linker's posting lists lose their second index: ``ix_link_postings_key_pk`` (key, pk) duplicated
what the unique constraint on (key, ident) already gives the one query that reads them (SQLite answers
``key IN (...)`` from that index alone, with the primary key in each entry, and never used the other).
Every filed article writes some forty postings: one index fewer to keep is less to write and store.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_link_postings_key_pk", table_name="link_postings")


def downgrade() -> None:
    op.create_index("ix_link_postings_key_pk", "link_postings", ["key", "pk"])
