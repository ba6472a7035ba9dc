"""Stories across languages: stories, their features and members, links, and the linker's postings.

Revision ID: 0002
Revises: 0001
Create Date: 2025-01-02

Written out in full (a migration is a frozen snapshot); tests/store/test_store_migrations.py checks
that head matches schema.py.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _story_fk(table: str) -> sa.Column[str]:
    return sa.Column("story_id", sa.Text, sa.ForeignKey(
        "stories.story_id", ondelete="CASCADE", name=f"fk_{table}_story_id_stories"), nullable=False)


def upgrade() -> None:
    op.create_table(
        "stories",
        sa.Column("story_id", sa.Text, nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("title_article", sa.Text),
        sa.Column("language", sa.Text),
        sa.Column("first_date", sa.Text),
        sa.Column("last_date", sa.Text),
        sa.Column("floor", sa.Text),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("norm2", sa.Double, nullable=False),
        sa.Column("created", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("story_id", name="pk_stories"),
        sa.UniqueConstraint("seq", name="uq_stories_seq"),
    )
    op.create_index("ix_stories_last_date", "stories", ["last_date"])

    op.create_table(
        "story_features",
        _story_fk("story_features"),
        sa.Column("feature", sa.Text, nullable=False),
        sa.Column("weight", sa.Double, nullable=False),
        sa.PrimaryKeyConstraint("story_id", "feature", name="pk_story_features"),
    )

    op.create_table(
        "story_members",
        sa.Column("article_id", sa.Text, nullable=False),
        _story_fk("story_members"),
        sa.Column("added", sa.Integer, nullable=False),
        sa.Column("score", sa.Double, nullable=False),
        sa.Column("fingerprint", sa.Text, nullable=False),
        sa.Column("sketch", sa.LargeBinary),
        sa.PrimaryKeyConstraint("article_id", name="pk_story_members"),
        sa.UniqueConstraint("added", name="uq_story_members_added"),
    )
    op.create_index("ix_story_members_story_id_added", "story_members", ["story_id", "added"])

    op.create_table(
        "links",
        sa.Column("article_a", sa.Text, nullable=False),
        sa.Column("article_b", sa.Text, nullable=False),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("score", sa.Double, nullable=False),
        sa.PrimaryKeyConstraint("article_a", "article_b", "kind", name="pk_links"),
    )
    op.create_index("ix_links_article_b", "links", ["article_b"])

    op.create_table(
        "link_postings",
        sa.Column("pk", sa.Integer, autoincrement=True, nullable=False),
        sa.Column("key", sa.Text, nullable=False),
        sa.Column("ident", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("pk", name="pk_link_postings"),
        sa.UniqueConstraint("key", "ident", name="uq_link_postings_key_ident"),
    )
    op.create_index("ix_link_postings_key_pk", "link_postings", ["key", "pk"])


def downgrade() -> None:
    op.drop_table("link_postings")
    op.drop_table("links")
    op.drop_table("story_members")
    op.drop_table("story_features")
    op.drop_table("stories")
