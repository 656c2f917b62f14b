"""Fixtures shared by every test package.

`db_url` gives each test an empty database: a SQLite file under tmp_path, and,
when HEALTHBREACH_TEST_PG_URL points at a PostgreSQL server, also a freshly
created PostgreSQL database (dropped afterwards), so every test that takes
`db_url` runs against both. `.ci/run` sets the variable, so CI covers both.
"""

from __future__ import annotations

import os
import time
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from healthbreach.store.db import init_db, make_engine

PG_ENV = "HEALTHBREACH_TEST_PG_URL"
DIALECTS = ["sqlite"] + (["postgresql"] if os.environ.get(PG_ENV) else [])


def pytest_report_header(config):
    url = os.environ.get(PG_ENV)
    if url:
        return f"database tests: sqlite + postgresql ({make_url(url).render_as_string(hide_password=True)})"
    return f"database tests: sqlite only (set {PG_ENV} to also run them on PostgreSQL)"


def _fresh_pg_database(server_url: str):
    """Create a uniquely named database on the server; returns (its URL, a drop function)."""
    server = make_url(server_url)
    name = f"hb_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        # WITH (FORCE) ends connections a test's engine may have left open (PostgreSQL >= 13). It
        # cannot end an autovacuum worker (a superuser's process) that happens to be in the new
        # database: that one finishes within moments, so the drop is tried again.
        for attempt in range(20):
            try:
                with admin.connect() as conn:
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                break
            except ProgrammingError:
                if attempt == 19:
                    raise
                time.sleep(0.25)
        admin.dispose()

    return server.set(database=name).render_as_string(hide_password=False), drop


@pytest.fixture(params=DIALECTS)
def db_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'healthbreach.sqlite'}"
        return
    url, drop = _fresh_pg_database(os.environ[PG_ENV])
    try:
        yield url
    finally:
        drop()


@pytest.fixture
def engine(db_url):
    """An engine on `db_url` with the schema migrated to head."""
    engine = make_engine(db_url)
    init_db(engine)
    yield engine
    engine.dispose()
