"""Where the database is and how to open it."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

DEFAULT_URL = "sqlite:///data/healthbreach.sqlite"
ENV_VAR = "HEALTHBREACH_DB"


class DatabaseError(Exception):
    """The database URL is malformed or the database cannot be opened."""


def resolve_url(url: str | None = None) -> str:
    """The --db value, else $HEALTHBREACH_DB, else the default SQLite file."""
    return url or os.environ.get(ENV_VAR) or DEFAULT_URL


def safe_url(url: str) -> str:
    """The URL with its password hidden, for logs and messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):  # ValueError: a port that is not a number
        return "<malformed database URL>"


def error_line(exc: BaseException, url: str) -> str:
    """A database failure as one line naming the safe URL; the password never appears.

    SQLAlchemy's texts carry the SQL, parameters and a help link on several
    lines, and a driver's text may quote the connection string: keep the
    driver's first line and blank out the password wherever it occurs.
    """
    orig = getattr(exc, "orig", None) or exc
    detail = (str(orig).strip().splitlines() or [type(orig).__name__])[0]
    try:
        password = make_url(url).password
    except (ArgumentError, ValueError):
        password = None
    if password:
        detail = detail.replace(str(password), "***")
    return f"{safe_url(url)}: cannot use the database ({detail})"


@contextmanager
def database_errors(url: str) -> Iterator[None]:
    """Turn any SQLAlchemy or driver failure inside the block into a one-line DatabaseError."""
    try:
        yield
    except SQLAlchemyError as exc:
        raise DatabaseError(error_line(exc, url)) from None


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout=30000")  # first: switching to WAL may wait for another writer
    cursor.execute("PRAGMA foreign_keys=ON")
    # Readers never block the crawl's writer. WAL is stored in the file, so only a new database is
    # switched; two processes switching it at once get "database is locked" without the busy wait.
    for attempt in range(100):
        try:
            if cursor.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                cursor.execute("PRAGMA journal_mode=WAL")
            break
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == 99:
                raise
            time.sleep(0.05)
    cursor.close()


def make_engine(url: str | None = None) -> Engine:
    url = resolve_url(url)
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseError(f"{safe_url(url)}: not a database URL (expected e.g. sqlite:///path.sqlite)") from None
    except ValueError:  # SQLAlchemy parses the port with int()
        raise DatabaseError(f"{safe_url(url)}: not a database URL, its port is not a number (expected e.g. postgresql+psycopg://user@host:5432/db)") from None
    sqlite_file = parsed.database not in (None, "", ":memory:") and not parsed.database.startswith("file:")
    if parsed.get_backend_name() == "sqlite" and sqlite_file:  # file: URIs (uri=true) are opened as given
        folder = Path(parsed.database).parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(f"{safe_url(url)}: cannot create the folder {folder} ({exc.strerror})") from None
    engine = create_engine(parsed, future=True)
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def init_db(engine: Engine, lock: str | None = None) -> None:
    """Bring the schema to the latest Alembic revision (creating it in an empty database).

    With `lock` (the command's name), a schema that is not at head is changed only
    while holding the run lock (store/lock.py); a schema at head is left alone
    without taking it, so reading never waits for a crawl. `crawl`, `run` and
    `extract --db` hold the lock for their whole work (cli/guard.exclusive).
    """
    from healthbreach.store.migrations import current_revision, head_revision, upgrade

    if lock is None:
        upgrade(engine)
        return
    if current_revision(engine) == head_revision():
        return
    from healthbreach.store.lock import LockHeld, RunLock, ensure_lock_table

    ensure_lock_table(engine)
    try:
        with RunLock(engine, lock):
            upgrade(engine)
    except LockHeld as exc:
        raise DatabaseError(f"{safe_url(str(engine.url))}: the schema needs an upgrade, but another run holds the lock {exc.holder.describe()}; try again later") from None
