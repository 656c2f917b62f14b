"""`healthbreach db`: the database schema (Alembic migrations) and incident grouping.

Also the helper the read commands share to open the database: a missing SQLite
file or an unreachable server becomes one error line, the schema is upgraded,
and incidents are brought up to date (a no-op when nothing changed).
"""

from __future__ import annotations

import click
from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from healthbreach.cli import HealthbreachError
from healthbreach.cli.options import db_option, err_console, out_console
from healthbreach.store.db import DatabaseError, init_db, make_engine, resolve_url, safe_url
from healthbreach import jobs
from healthbreach.store.migrations import current_revision, head_revision


def _reason(exc: SQLAlchemyError) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def open_engine(db_url: str | None, *, must_exist: bool = True, refresh: bool = True) -> Engine:
    """An engine on an upgraded schema, or HealthbreachError with one readable line."""
    url = resolve_url(db_url)
    try:
        parsed = make_url(url)
    except Exception:
        raise HealthbreachError(f"{safe_url(url)}: not a database URL (expected e.g. sqlite:///path.sqlite)") from None
    if must_exist and parsed.get_backend_name() == "sqlite":
        from pathlib import Path

        path = parsed.database
        if path and path != ":memory:" and not path.startswith("file:") and not Path(path).exists():
            raise HealthbreachError(f"no database at {path} (run `healthbreach crawl` or `healthbreach demo` first, or pass --db)")
    try:
        engine = make_engine(url)
        init_db(engine, lock="upgrade")  # a schema change only under the run lock
    except DatabaseError as exc:
        raise HealthbreachError(str(exc)) from None
    except SQLAlchemyError as exc:
        raise HealthbreachError(f"cannot use database {safe_url(url)}: {_reason(exc)}") from None
    if refresh:
        try:
            jobs.group(engine)
        except SQLAlchemyError as exc:
            # A concurrent crawl may be regrouping at the same moment (or the role may be read-only):
            # the incidents it leaves are still consistent, so show them rather than fail.
            err_console.print(f"healthbreach: warning: incidents not refreshed: {_reason(exc)}")
    return engine


@click.group("db")
def command() -> None:
    """Database schema and maintenance."""


@command.command("upgrade")
@db_option
def upgrade_command(db_url: str | None) -> None:
    """Create the schema or bring it to the latest revision (Alembic migrations).

    Safe to run any number of times; every command also does it on start.

    Example: healthbreach db upgrade --db postgresql+psycopg://user:pw@127.0.0.1/healthbreach
    """
    engine = open_engine(db_url, must_exist=False, refresh=False)
    out_console.print(f"{safe_url(resolve_url(db_url))}: schema at revision {current_revision(engine)} (head {head_revision()})")
    engine.dispose()


@command.command("regroup")
@click.option("--reprofile", is_flag=True, help="Also rebuild each article's profile from its text (after changing how aliases and mentions are read).")
@db_option
def regroup_command(reprofile: bool, db_url: str | None) -> None:
    """Forget all incidents and group every stored article again.

    Gives the same incidents and ids as the incremental updates; useful after
    changing the grouping rules. Reads no article text unless --reprofile.

    Example: healthbreach db regroup
    """
    engine = open_engine(db_url, refresh=False)
    try:
        stats = jobs.Job(engine=engine).regroup(reprofile)
    except SQLAlchemyError as exc:
        raise HealthbreachError(f"regrouping failed: {_reason(exc)}") from None
    out_console.print(f"{stats.incidents} incidents from {stats.articles} relevant articles")
    engine.dispose()
