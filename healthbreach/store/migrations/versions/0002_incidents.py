"""Incidents (articles grouped by breach) and the analyst views.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from healthbreach.store.views import drop_views

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# The views as this revision created them; later revisions replace them (views.py holds the latest).
VIEWS_AT_0002 = {
    'v_incidents': '\nSELECT\n    i.id AS incident_id,\n    i.victims,\n    i.vendors,\n    i.first_reported,\n    i.last_reported,\n    i.incident_date,\n    i.incident_date_precision,\n    i.records,\n    i.records_unit,\n    i.data_types,\n    i.n_articles,\n    i.n_sources,\n    i.sources,\n    i.urls\nFROM incidents i\n',
    'v_articles': '\nSELECT\n    a.id AS article_id,\n    a.url,\n    s.name AS source,\n    a.title,\n    a.author,\n    a.published,\n    a.fetched_at,\n    CASE WHEN a.is_afp THEN 1 ELSE 0 END AS is_afp,\n    CASE WHEN a.relevant THEN 1 ELSE 0 END AS relevant,\n    e.extractor_version,\n    CASE WHEN e.article_id IS NULL THEN NULL WHEN e.relevant THEN 1 ELSE 0 END AS extraction_relevant,\n    ia.incident_id,\n    LENGTH(a.text) AS text_length,\n    (SELECT COUNT(*) FROM facts f WHERE f.article_id = a.id) AS n_facts\nFROM articles a\nJOIN sources s ON s.id = a.source_id\nLEFT JOIN extractions e ON e.article_id = a.id\nLEFT JOIN incident_articles ia ON ia.article_id = a.id\n',
    'v_facts': '\nSELECT\n    f.id AS fact_id,\n    f.article_id,\n    ia.incident_id,\n    a.url,\n    s.name AS source,\n    a.published,\n    f.field,\n    f.value,\n    f.unit,\n    f.qualifier,\n    f.sentence,\n    f.start AS span_start,\n    f."end" AS span_end,\n    f.rule\nFROM facts f\nJOIN articles a ON a.id = f.article_id\nJOIN sources s ON s.id = a.source_id\nLEFT JOIN incident_articles ia ON ia.article_id = f.article_id\n',
}


def create_views(connection) -> None:
    for name, select in VIEWS_AT_0002.items():
        connection.execute(sa.text(f"CREATE VIEW {name} AS {select.strip()}"))


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
    create_views(op.get_bind())


def downgrade() -> None:
    drop_views(op.get_bind())
    op.drop_table("incident_articles")
    op.drop_table("incidents")
