"""`healthbreach runs`: what the recent crawls and nightly runs did."""

from __future__ import annotations

import click
from sqlalchemy import select
from sqlalchemy.orm import Session

from healthbreach.cli import HealthbreachError
from healthbreach.cli.options import db_option
from healthbreach.cli.output import Col, chosen_format, emit, format_options
from healthbreach.store.db import DatabaseError, database_errors, init_db, make_engine, resolve_url
from healthbreach.store.models import CrawlRun


def kinds_text(counts: dict[str, int]) -> str:
    return ", ".join(f"{k.replace('_', ' ')} {n}" for k, n in sorted(counts.items()))


def run_row(run: CrawlRun) -> dict:
    """Every recorded field of a run, plus how long it took."""
    kinds = run.error_kinds or {}
    took = str(run.finished_at - run.started_at).split(".")[0] if run.finished_at else None
    return {
        "run": run.id, "started_at": run.started_at, "finished_at": run.finished_at, "took": took,
        "status": run.status, "sources": list(run.sources or []), "since": run.since,
        "pages_fetched": run.pages_fetched, "new_articles": run.new_articles, "known_articles": run.known_articles,
        "relevant": run.relevant, "errors": run.errors, "error_kinds": dict(kinds.get("errors") or {}),
        "unreached": dict(kinds.get("unreached") or {}), "message": run.message,
    }


COLUMNS = [
    Col("run", "Run", "atom", right=True),
    Col("started_at", "Started (UTC)", "atom", show=lambda r: f"{r['started_at']:%Y-%m-%d %H:%M}",
        below="took", below_header="took"),
    Col("status", "Status", "atom"),
    Col("pages_fetched", "Pages", "atom", right=True),
    Col("new_articles", "New", "atom", right=True),
    Col("relevant", "Relevant", "atom", right=True),
    Col("errors", "Errors", "text", show=lambda r: f"{r['errors']}" + (f" ({kinds_text(r['error_kinds'])})" if r["error_kinds"] else "")),
    Col("unreached", "Unreached", "list", show=lambda r: [f"{n} ({why})" for n, why in r["unreached"].items()]),
    Col("message", "Message"),
]


@click.command("runs")
@click.option("--limit", "-n", type=click.IntRange(min=1), default=10, show_default=True, help="How many runs to list, newest first.")
@format_options
@db_option
def command(limit: int, fmt: str, as_json: bool, db_url: str | None) -> None:
    """List recent crawl runs with their counts, errors and unreached sources.

    Example: healthbreach runs -n 30 --format jsonl
    """
    fmt = chosen_format(fmt, as_json)
    url = resolve_url(db_url)
    try:
        engine = make_engine(url)
        with database_errors(url):
            init_db(engine, lock="upgrade")  # a schema change only under the run lock
            with Session(engine) as session:
                rows = [run_row(r) for r in session.scalars(select(CrawlRun).order_by(CrawlRun.id.desc()).limit(limit))]
        engine.dispose()
    except DatabaseError as exc:
        raise HealthbreachError(str(exc)) from None
    emit(rows, COLUMNS, fmt, empty="No runs recorded yet.")
