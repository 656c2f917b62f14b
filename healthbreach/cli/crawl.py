"""`healthbreach crawl`: fetch new articles from the sources into the database."""

from __future__ import annotations

import click

from healthbreach.cli.guard import exclusive, load_specs, parse_settings, settings_option, sources_file_option
from healthbreach.cli.options import DATE, db_option, out_console, summary_table
from healthbreach import jobs


@click.command("crawl")
@click.option("--source", "sources", multiple=True, metavar="NAME", help="Crawl only this source (repeatable; see `healthbreach sources`).")
@click.option("--since", type=DATE, help="Skip feed and sitemap entries dated before this day (YYYY-MM-DD).")
@sources_file_option
@settings_option
@db_option
def command(sources: tuple[str, ...], since, sources_file, settings: tuple[str, ...], db_url: str | None) -> None:
    """Discover and fetch new articles, clean, judge and store them.

    Articles already stored are never fetched again; feeds, sitemaps and
    listing pages are read on every run. One crawl or run at a time per
    database: a second one exits with code 75.

    Example: healthbreach crawl --source zataz --since 2026-01-01
    """
    specs = load_specs(sources, sources_file)
    overrides = parse_settings(settings)
    with exclusive(db_url, "crawl") as url:
        result = jobs.crawl(specs, db_url=url, since=since, settings=overrides)
    out_console.print(summary_table(result.summary, f"Crawl run {result.run_id}: {result.status}"))
    if result.status != "finished":
        raise SystemExit(1)
