"""`healthbreach runs`: what the recent crawls and nightly runs did."""

from __future__ import annotations

import click
from rich.table import Table
from sqlalchemy import select
from sqlalchemy.orm import Session

from healthbreach.cli import HealthbreachError
from healthbreach.cli.options import db_option, out_console
from healthbreach.store.db import DatabaseError, database_errors, init_db, make_engine, resolve_url
from healthbreach.store.models import CrawlRun


def kinds_text(counts: dict[str, int]) -> str:
    return ", ".join(f"{k.replace('_', ' ')} {n}" for k, n in sorted(counts.items()))


def runs_table(runs: list[CrawlRun]) -> Table:
    table = Table(title="Recent runs", title_justify="left")
    for col in ("id", "started (UTC)", "took", "status", "pages", "new", "relevant", "errors", "error kinds", "unreached", "note"):
        table.add_column(col, overflow="fold")
    for run in runs:
        took = str(run.finished_at - run.started_at).split(".")[0] if run.finished_at else ""
        kinds = run.error_kinds or {}
        unreached = "; ".join(f"{name}: {why}" for name, why in (kinds.get("unreached") or {}).items())
        table.add_row(
            str(run.id), f"{run.started_at:%Y-%m-%d %H:%M}", took, run.status, str(run.pages_fetched),
            str(run.new_articles), str(run.relevant), str(run.errors), kinds_text(kinds.get("errors") or {}),
            unreached, run.message or "",
        )
    return table


@click.command("runs")
@click.option("--limit", "-n", type=click.IntRange(min=1), default=10, show_default=True, help="How many runs to list, newest first.")
@db_option
def command(limit: int, db_url: str | None) -> None:
    """List recent crawl runs with their counts, errors and unreached sources.

    Example: healthbreach runs -n 30
    """
    url = resolve_url(db_url)
    try:
        engine = make_engine(url)
        with database_errors(url):
            init_db(engine)
            with Session(engine) as session:
                runs = list(session.scalars(select(CrawlRun).order_by(CrawlRun.id.desc()).limit(limit)))
        engine.dispose()
    except DatabaseError as exc:
        raise HealthbreachError(str(exc)) from None
    if not runs:
        out_console.print("No runs recorded yet.")
        return
    out_console.print(runs_table(runs))
