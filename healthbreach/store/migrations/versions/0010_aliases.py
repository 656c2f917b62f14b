"""Aliases taught by articles, applied to every article by incident grouping (store/identity.py).

Revision ID: 0010_aliases
Revises: 0009
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_aliases"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "name_aliases",
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=255), nullable=False),
        sa.Column("alias", sa.String(length=255), nullable=False),
        sa.Column("added", sa.JSON(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("alias_name", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["article_profiles.article_id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("article_id", "key", "alias"),
    )
    op.create_index("ix_name_aliases_key", "name_aliases", ["key"])
    # Profiles built before this revision have no aliases rows: mark them for rebuilding from their
    # stored facts (no text is read), as a registry import does.
    op.execute("UPDATE article_profiles SET extracted_at = NULL")


def downgrade() -> None:
    op.drop_index("ix_name_aliases_key", table_name="name_aliases")
    op.drop_table("name_aliases")
