"""Incremental incident grouping and establishment identity.

Article profiles and their indexed keys (grouping reads them instead of the
article texts), the FINESS registry of establishments with its name keys, and
the establishment columns of incidents (carried by v_incidents).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from healthbreach.store.views import drop_views

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

INCIDENT_COLUMNS = [
    ("finess", sa.String(length=9)),
    ("establishment_category", sa.Text()),
    ("town", sa.Text()),
    ("department", sa.String(length=3)),
    ("region", sa.Text()),
]


def upgrade() -> None:
    op.create_table(
        "article_profiles",
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("url", sa.String(length=2048), nullable=False),
        sa.Column("source", sa.String(length=100), nullable=False),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.Column("extracted_at", sa.DateTime(), nullable=True),
        sa.Column("text_facts", sa.JSON(), nullable=False),
        sa.Column("facts", sa.JSON(), nullable=False),
        sa.Column("establishment", sa.String(length=9), nullable=True),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("article_id"),
    )
    op.create_table(
        "article_keys",
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=255), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["article_profiles.article_id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("article_id", "key"),
    )
    op.create_index("ix_article_keys_key", "article_keys", ["key"])
    op.create_table(
        "establishments",
        sa.Column("finess", sa.String(length=9), nullable=False),
        sa.Column("legal_entity", sa.String(length=9), nullable=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("long_name", sa.Text(), nullable=True),
        sa.Column("category_code", sa.String(length=10), nullable=True),
        sa.Column("category", sa.Text(), nullable=True),
        sa.Column("town", sa.Text(), nullable=True),
        sa.Column("postcode", sa.String(length=10), nullable=True),
        sa.Column("department", sa.String(length=3), nullable=True),
        sa.Column("department_name", sa.Text(), nullable=True),
        sa.Column("region", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("finess"),
    )
    op.create_table(
        "establishment_keys",
        sa.Column("key", sa.String(length=255), nullable=False),
        sa.Column("finess", sa.String(length=9), nullable=False),
        sa.ForeignKeyConstraint(["finess"], ["establishments.finess"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("key", "finess"),
    )
    op.create_index("ix_establishment_keys_finess", "establishment_keys", ["finess"])
    drop_views(op.get_bind())
    with op.batch_alter_table("incidents") as batch:
        for name, type_ in INCIDENT_COLUMNS:
            batch.add_column(sa.Column(name, type_, nullable=True))
        batch.create_index("ix_incidents_finess", ["finess"])
    # today's views are created by 0009_views, the latest revision that changes them


def downgrade() -> None:
    drop_views(op.get_bind())
    with op.batch_alter_table("incidents") as batch:
        batch.drop_index("ix_incidents_finess")
        for name, _ in INCIDENT_COLUMNS:
            batch.drop_column(name)
    from importlib import import_module

    import_module("healthbreach.store.migrations.versions.0002_incidents").create_views(op.get_bind())
    op.drop_table("establishment_keys")
    op.drop_table("establishments")
    op.drop_index("ix_article_keys_key", table_name="article_keys")
    op.drop_table("article_keys")
    op.drop_table("article_profiles")
