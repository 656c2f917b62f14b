"""Full-text search on article titles and texts (SQLite FTS5), and the views' list columns as JSON arrays.

SQLite only gets `articles_fts`, an external-content FTS5 index of
articles.title and articles.text (accents folded: "ligerienne" finds
"Ligérienne"), kept in sync by triggers on every insert, update and delete,
and filled from the stored articles here. Datasette finds it by its
content="articles" declaration and shows a search box. PostgreSQL gets no
index (Datasette serves SQLite files only).

Revision ID: 0005
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

from healthbreach.store.views import drop_views

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

FTS_TABLE = "articles_fts"

SQLITE_FTS = [
    f"""CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(
        title, text, content="articles", content_rowid="id", tokenize="unicode61 remove_diacritics 2")""",
    f"""CREATE TRIGGER {FTS_TABLE}_ai AFTER INSERT ON articles BEGIN
        INSERT INTO {FTS_TABLE} (rowid, title, text) VALUES (new.id, new.title, new.text);
    END""",
    f"""CREATE TRIGGER {FTS_TABLE}_ad AFTER DELETE ON articles BEGIN
        INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    END""",
    f"""CREATE TRIGGER {FTS_TABLE}_au AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
        INSERT INTO {FTS_TABLE} (rowid, title, text) VALUES (new.id, new.title, new.text);
    END""",
    f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES ('rebuild')",
]


def upgrade() -> None:
    bind = op.get_bind()
    drop_views(bind)  # today's views are created by 0009_views, the latest revision that changes them
    if bind.dialect.name == "sqlite":
        for statement in SQLITE_FTS:
            op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for trigger in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS {FTS_TABLE}_{trigger}")
        op.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")
