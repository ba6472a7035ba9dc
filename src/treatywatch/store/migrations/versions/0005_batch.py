"""Batch runs remember the shards they finished (treatywatch batch): a killed run picks up where it
stopped, and a shard is loaded into the store exactly once (its row is written in the transaction
that loads it).

Revision ID: 0005
Revises: 0004
Create Date: 2027-01-10
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "batch_shards",
        sa.Column("shard_id", sa.Text, nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("articles", sa.Integer, nullable=False),
        sa.Column("quarantined", sa.Integer, nullable=False),
        sa.Column("finished_at", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("shard_id", name="pk_batch_shards"),
    )


def downgrade() -> None:
    op.drop_table("batch_shards")
