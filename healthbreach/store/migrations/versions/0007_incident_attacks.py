"""How each incident happened: attack types, threat actor and care disruption on incidents, in v_incidents.

Revision ID: 0007
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

import importlib

import sqlalchemy as sa
from alembic import op

from healthbreach.store.views import drop_views

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# The views as this revision creates them (store/views.py holds today's).


def upgrade() -> None:
    bind = op.get_bind()
    drop_views(bind)
    with op.batch_alter_table("incidents") as batch:
        batch.add_column(sa.Column("attack_types", sa.Text(), nullable=True))
        batch.add_column(sa.Column("threat_actor", sa.String(length=200), nullable=True))
        batch.add_column(sa.Column("care_disrupted", sa.Boolean(), nullable=True))
        batch.create_index("ix_incidents_threat_actor", ["threat_actor"])
    # today's views are created by 0009_views, the latest revision that changes them


def downgrade() -> None:
    bind = op.get_bind()
    drop_views(bind)
    with op.batch_alter_table("incidents") as batch:
        batch.drop_index("ix_incidents_threat_actor")
        batch.drop_column("care_disrupted")
        batch.drop_column("threat_actor")
        batch.drop_column("attack_types")
    importlib.import_module("healthbreach.store.migrations.versions.0002_incidents").create_views(bind)
