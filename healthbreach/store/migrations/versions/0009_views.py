"""Today's analyst views (store/views.py): the latest revision that changes them creates them.

Earlier revisions drop the views before they alter tables and leave them
dropped; this one creates them once every column they name exists. A revision
that changes a view later moves this one's calls to drop_views() alone.
"""

from __future__ import annotations

from importlib import import_module

from alembic import op

from healthbreach.store.views import create_views, drop_views

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    drop_views(op.get_bind())
    create_views(op.get_bind())


def downgrade() -> None:
    drop_views(op.get_bind())
    import_module("healthbreach.store.migrations.versions.0002_incidents").create_views(op.get_bind())
