"""`healthbreach crawl`: fetch new articles from the sources into the database."""

from __future__ import annotations

import click

from healthbreach.cli import HealthbreachError
from healthbreach.cli.options import DATE, db_option, out_console, summary_table
from healthbreach.crawler.runner import run_crawl
from healthbreach.crawler.sources import SourceError, select_sources
from healthbreach.store.db import DatabaseError


@click.command("crawl")
@click.option("--source", "sources", multiple=True, metavar="NAME", help="Crawl only this source (repeatable; see `healthbreach sources`).")
@click.option("--since", type=DATE, help="Skip feed and sitemap entries dated before this day (YYYY-MM-DD).")
@db_option
def command(sources: tuple[str, ...], since, db_url: str | None) -> None:
    """Discover and fetch new articles, clean, judge and store them.

    Articles already stored are never fetched again; feeds, sitemaps and
    listing pages are read on every run.

    Example: healthbreach crawl --source zataz --since 2026-01-01
    """
    try:
        specs = select_sources(sources)
        result = run_crawl(specs, db_url=db_url, since=since)
    except (SourceError, DatabaseError) as exc:
        raise HealthbreachError(str(exc)) from None
    out_console.print(summary_table(result.summary, f"Crawl run {result.run_id}: {result.status}"))
    if result.status != "finished":
        raise SystemExit(1)
