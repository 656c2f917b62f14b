"""`healthbreach runs`: what the recent crawls and nightly runs did."""

from __future__ import annotations

import click
from sqlalchemy import select
from sqlalchemy.orm import Session

from healthbreach.cli import HealthbreachError
from healthbreach.cli.options import db_option, out_console
from healthbreach.store.db import DatabaseError, database_errors, init_db, make_engine, resolve_url
from healthbreach.store.models import CrawlRun


def kinds_text(counts: dict[str, int]) -> str:
    return ", ".join(f"{k.replace('_', ' ')} {n}" for k, n in sorted(counts.items()))


def run_line(run: CrawlRun) -> str:
    """One line per run: easy to read in a terminal, to grep, and to paste into a report."""
    took = str(run.finished_at - run.started_at).split(".")[0] if run.finished_at else "-"
    kinds = run.error_kinds or {}
    parts = [
        f"#{run.id} {run.started_at:%Y-%m-%d %H:%M} UTC {run.status} in {took}",
        f"{run.pages_fetched} pages, {run.new_articles} new, {run.relevant} relevant",
        f"{run.errors} errors" + (f" ({kinds_text(kinds['errors'])})" if kinds.get("errors") else ""),
    ]
    unreached = kinds.get("unreached") or {}
    if unreached:
        parts.append("unreached: " + "; ".join(f"{name} ({why})" for name, why in unreached.items()))
    if run.message:
        parts.append(run.message)
    return " · ".join(parts)


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
            init_db(engine, lock="upgrade")  # a schema change only under the run lock
            with Session(engine) as session:
                runs = list(session.scalars(select(CrawlRun).order_by(CrawlRun.id.desc()).limit(limit)))
        engine.dispose()
    except DatabaseError as exc:
        raise HealthbreachError(str(exc)) from None
    if not runs:
        out_console.print("No runs recorded yet.")
        return
    for run in runs:
        click.echo(run_line(run))
