"""An article's content may come back: a source that reverts an edit says its first text again, and
that is its latest version (versions 1 A, 2 B, 3 A). So (article_id, content_hash) is no longer
unique; it stays indexed, for the look-up of a version by its content.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.drop_constraint("uq_articles_article_id_content_hash", type_="unique")
        batch.create_index("ix_articles_article_id_content_hash", ["article_id", "content_hash"])


def downgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.drop_index("ix_articles_article_id_content_hash")
        batch.create_unique_constraint("uq_articles_article_id_content_hash", ["article_id", "content_hash"])
