"""Alembic environment: always called from healthbreach.store.migrations with a live connection."""

from __future__ import annotations

from alembic import context

from healthbreach.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through healthbreach.store.migrations.upgrade(engine) or `healthbreach db upgrade`")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things; batch mode rebuilds tables when a later revision needs it.
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
