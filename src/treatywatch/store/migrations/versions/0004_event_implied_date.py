"""Events remember whether their date was written next to them or implied (the article's own news,
dated by its publication or dateline day): an implied date gives way to a date the text states.
Facts carry why they are believed: the reference record's check, confident or not, the reasons.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("implied", sa.Boolean, nullable=False, server_default=sa.false()))
    with op.batch_alter_table("facts") as batch:
        batch.add_column(sa.Column("reference_check", sa.Text, nullable=False, server_default="unknown"))
        batch.add_column(sa.Column("confident", sa.Boolean, nullable=False, server_default=sa.true()))
        batch.add_column(sa.Column("reasons", sa.Text, nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("facts") as batch:
        batch.drop_column("reasons")
        batch.drop_column("confident")
        batch.drop_column("reference_check")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("implied")
