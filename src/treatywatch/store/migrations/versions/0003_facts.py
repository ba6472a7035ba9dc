"""The record: facts (event mentions merged across articles), their claims, conflicts, and what the
record was built from.

Revision ID: 0003
Revises: 0002
Create Date: 2025-01-03

Written out in full (a migration is a frozen snapshot); the tables as the code reads them are in
store/schema.py.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _index(table: str, *columns: str) -> None:
    op.create_index(f"ix_{table}_{'_'.join(columns)}", table, list(columns))


def _fact_fk(table: str, column: str, nullable: bool) -> sa.Column[str]:
    return sa.Column(column, sa.Text, sa.ForeignKey(
        "facts.id", ondelete="CASCADE", name=f"fk_{table}_{column}_facts"), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "facts",
        sa.Column("id", sa.Text, nullable=False),
        sa.Column("event", sa.Text, nullable=False),
        sa.Column("treaty", sa.Text),
        sa.Column("actor", sa.Text),
        sa.Column("date", sa.Text),
        sa.Column("precision", sa.Text),
        sa.Column("section", sa.Text, nullable=False),
        sa.Column("sort_key", sa.Text, nullable=False),
        sa.Column("date_start", sa.Text),
        sa.Column("date_end", sa.Text),
        sa.Column("factual", sa.Boolean, nullable=False),
        sa.Column("modality", sa.Text, nullable=False),
        sa.Column("sources", sa.Integer, nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("claims", sa.Integer, nullable=False),
        sa.Column("languages", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_facts"),
    )
    _index("facts", "treaty", "sort_key")
    _index("facts", "actor", "sort_key")
    _index("facts", "sort_key")
    _index("facts", "event", "treaty", "actor")

    op.create_table(
        "fact_claims",
        _fact_fk("fact_claims", "fact_id", nullable=False),
        sa.Column("rank", sa.Integer, nullable=False),
        sa.Column("article_pk", sa.Integer, sa.ForeignKey(
            "articles.pk", ondelete="CASCADE", name="fk_fact_claims_article_pk_articles"), nullable=False),
        sa.Column("idx", sa.Integer, nullable=False),
        sa.Column("article_id", sa.Text, nullable=False),
        sa.Column("language", sa.Text),
        sa.PrimaryKeyConstraint("fact_id", "rank", name="pk_fact_claims"),
    )
    _index("fact_claims", "article_pk", "idx")
    _index("fact_claims", "article_id")

    op.create_table(
        "fact_conflicts",
        sa.Column("id", sa.Text, nullable=False),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("severity", sa.Text, nullable=False),
        sa.Column("summary", sa.Text, nullable=False),
        _fact_fk("fact_conflicts", "left_fact", nullable=False),
        _fact_fk("fact_conflicts", "right_fact", nullable=True),
        sa.Column("reference", sa.Text),
        sa.PrimaryKeyConstraint("id", name="pk_fact_conflicts"),
    )
    _index("fact_conflicts", "left_fact")
    _index("fact_conflicts", "right_fact")

    op.create_table(
        "fact_meta",
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("value", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_fact_meta"),
    )


def downgrade() -> None:
    for table in ("fact_meta", "fact_conflicts", "fact_claims", "facts"):
        op.drop_table(table)
