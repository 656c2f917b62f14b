"""`healthbreach crawl`: fetch new articles from the sources into the database."""

from __future__ import annotations

import click

from healthbreach import jobs
from healthbreach.cli.guard import UNREACHED, exclusive, load_specs, parse_settings, settings_option, sources_file_option
from healthbreach.cli.options import DATE, db_option, log_options, out_console, summary_table


@click.command("crawl")
@click.option("--source", "sources", multiple=True, metavar="NAME", help="Crawl only this source (repeatable; see `healthbreach sources`).")
@click.option("--since", type=DATE, help="Skip feed and sitemap entries dated before this day (YYYY-MM-DD).")
@sources_file_option
@settings_option
@log_options
@db_option
def command(sources: tuple[str, ...], since, sources_file, settings: tuple[str, ...], db_url: str | None) -> None:
    """Discover and fetch new articles, clean, judge and store them.

    Articles already stored are never fetched again; feeds, sitemaps and
    listing pages are read on every run. One crawl or run at a time per
    database: a second one exits with code 75. Exit codes as for `run`: 0
    every source reached; 3, with one line per source, when a source could
    not be read at all; 1 on any other error or an interrupted crawl.

    Example: healthbreach crawl --source zataz --since 2026-01-01 -L DEBUG --logfile crawl.log
    """
    specs = load_specs(sources, sources_file)
    overrides = parse_settings(settings)
    with exclusive(db_url, "crawl") as url:
        result = jobs.crawl(specs, db_url=url, since=since, settings=overrides)
    out_console.print(summary_table(result.summary, f"Crawl run {result.run_id}: {result.status}"))
    unreached = result.summary.unreached([s.name for s in specs])
    for name, reason in unreached.items():
        click.echo(f"healthbreach: error: source {name} not reached: {reason}", err=True)
    if result.status != "finished":
        click.echo(f"healthbreach: error: crawl {result.status}", err=True)
        raise SystemExit(1)
    if unreached:
        raise SystemExit(UNREACHED)
