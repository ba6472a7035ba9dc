"""Corrections by analysts: a fact marked wrong, merged into another, or given another date, actor or
modality, with who made the correction, when and why. Records of their own, laid over the record each
time it is rebuilt (know/corrections.py).

Revision ID: 0010
Revises: 0007
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "corrections",
        sa.Column("pk", sa.Integer, nullable=False, autoincrement=True),
        sa.Column("fact_id", sa.Text, nullable=False),
        sa.Column("event", sa.Text, nullable=False),
        sa.Column("treaty", sa.Text),
        sa.Column("actor", sa.Text),
        sa.Column("date", sa.Text),
        sa.Column("factual", sa.Boolean, nullable=False),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("value", sa.Text),
        sa.Column("other", sa.Text),
        sa.Column("result", sa.Text),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("who", sa.Text, nullable=False),
        sa.Column("made", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("pk", name="pk_corrections"),
    )
    op.create_index("ix_corrections_fact_id", "corrections", ["fact_id"])
    op.create_index("ix_corrections_result", "corrections", ["result"])


def downgrade() -> None:
    op.drop_index("ix_corrections_result", "corrections")
    op.drop_index("ix_corrections_fact_id", "corrections")
    op.drop_table("corrections")
