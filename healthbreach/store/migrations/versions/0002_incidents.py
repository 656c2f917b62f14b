"""Incidents (articles grouped by breach) and the analyst views.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from healthbreach.store.views import create_views, drop_views

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# The views as this revision created them (store/views.py holds today's; they may name later columns).
VIEWS: dict[str, str] = {
    "v_incidents": """
SELECT
    i.id AS incident_id,
    i.victims,
    i.vendors,
    i.first_reported,
    i.last_reported,
    i.incident_date,
    i.incident_date_precision,
    i.records,
    i.records_unit,
    i.data_types,
    i.n_articles,
    i.n_sources,
    i.sources,
    i.urls
FROM incidents i
""",
    "v_articles": """
SELECT
    a.id AS article_id,
    a.url,
    s.name AS source,
    a.title,
    a.author,
    a.published,
    a.fetched_at,
    CASE WHEN a.is_afp THEN 1 ELSE 0 END AS is_afp,
    CASE WHEN a.relevant THEN 1 ELSE 0 END AS relevant,
    e.extractor_version,
    CASE WHEN e.article_id IS NULL THEN NULL WHEN e.relevant THEN 1 ELSE 0 END AS extraction_relevant,
    ia.incident_id,
    LENGTH(a.text) AS text_length,
    (SELECT COUNT(*) FROM facts f WHERE f.article_id = a.id) AS n_facts
FROM articles a
JOIN sources s ON s.id = a.source_id
LEFT JOIN extractions e ON e.article_id = a.id
LEFT JOIN incident_articles ia ON ia.article_id = a.id
""",
    "v_facts": """
SELECT
    f.id AS fact_id,
    f.article_id,
    ia.incident_id,
    a.url,
    s.name AS source,
    a.published,
    f.field,
    f.value,
    f.unit,
    f.qualifier,
    f.sentence,
    f.start AS span_start,
    f."end" AS span_end,
    f.rule
FROM facts f
JOIN articles a ON a.id = f.article_id
JOIN sources s ON s.id = a.source_id
LEFT JOIN incident_articles ia ON ia.article_id = f.article_id
""",
}


def upgrade() -> None:
    op.create_table(
        "incidents",
        sa.Column("id", sa.String(length=16), nullable=False),
        sa.Column("seed_url", sa.String(length=2048), nullable=False),
        sa.Column("victims", sa.Text(), nullable=True),
        sa.Column("vendors", sa.Text(), nullable=True),
        sa.Column("first_reported", sa.Date(), nullable=True),
        sa.Column("last_reported", sa.Date(), nullable=True),
        sa.Column("incident_date", sa.String(length=10), nullable=True),
        sa.Column("incident_date_precision", sa.String(length=5), nullable=True),
        sa.Column("records", sa.BigInteger(), nullable=True),
        sa.Column("records_unit", sa.String(length=40), nullable=True),
        sa.Column("data_types", sa.Text(), nullable=True),
        sa.Column("n_articles", sa.Integer(), nullable=False),
        sa.Column("n_sources", sa.Integer(), nullable=False),
        sa.Column("sources", sa.Text(), nullable=True),
        sa.Column("urls", sa.Text(), nullable=True),
        sa.Column("merged", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_incidents_first_reported", "incidents", ["first_reported"])
    op.create_table(
        "incident_articles",
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.String(length=10), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["incident_id"], ["incidents.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("article_id"),
    )
    op.create_index("ix_incident_articles_incident_id", "incident_articles", ["incident_id"])
    create_views(op.get_bind(), VIEWS)


def downgrade() -> None:
    drop_views(op.get_bind(), VIEWS)
    op.drop_table("incident_articles")
    op.drop_table("incidents")
