"""How each incident happened: attack types, threat actor and care disruption on incidents, in v_incidents.

Revision ID: 0007
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

import importlib

import sqlalchemy as sa
from alembic import op

from healthbreach.store.views import create_views, drop_views

revision = "0007"
down_revision = "0003"
branch_labels = None
depends_on = None

# The views as this revision creates them (store/views.py holds today's).
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
    i.attack_types,
    i.threat_actor,
    CASE WHEN i.care_disrupted IS NULL THEN NULL WHEN i.care_disrupted THEN 1 ELSE 0 END AS care_disrupted,
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
    bind = op.get_bind()
    drop_views(bind, VIEWS)
    with op.batch_alter_table("incidents") as batch:
        batch.add_column(sa.Column("attack_types", sa.Text(), nullable=True))
        batch.add_column(sa.Column("threat_actor", sa.String(length=200), nullable=True))
        batch.add_column(sa.Column("care_disrupted", sa.Boolean(), nullable=True))
        batch.create_index("ix_incidents_threat_actor", ["threat_actor"])
    create_views(bind, VIEWS)


def downgrade() -> None:
    bind = op.get_bind()
    drop_views(bind, VIEWS)
    with op.batch_alter_table("incidents") as batch:
        batch.drop_index("ix_incidents_threat_actor")
        batch.drop_column("care_disrupted")
        batch.drop_column("threat_actor")
        batch.drop_column("attack_types")
    create_views(bind, importlib.import_module("healthbreach.store.migrations.versions.0002_incidents").VIEWS)
