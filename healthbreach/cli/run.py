"""`healthbreach run`: the nightly job in one command — crawl, extract, group incidents, record."""

from __future__ import annotations

import click

from healthbreach.cli import HealthbreachError
from healthbreach.cli.guard import UNREACHED, exclusive, load_specs, parse_settings, settings_option, sources_file_option
from healthbreach.cli.options import DATE, db_option, log_options, out_console, summary_table
from healthbreach.jobs import Job, load_extractor  # noqa: F401 - tests replace load_extractor here


@click.command("run")
@click.option("--since", type=DATE, help="Skip feed and sitemap entries dated before this day (YYYY-MM-DD).")
@sources_file_option
@settings_option
@log_options
@db_option
def command(since, sources_file, settings: tuple[str, ...], db_url: str | None) -> None:
    """The nightly job: crawl every enabled source, extract, update incidents.

    Holds the run lock for the whole job, so a second `run` or `crawl` on the
    same database exits at once (code 75). Exit code 0 when every source was
    reached; 3, with one line per source, when a source could not be read at
    all; 1 on any other error or when the crawl was interrupted. `healthbreach
    runs` lists what past runs did. See `healthbreach schedule` to install it.

    Example: healthbreach run --db sqlite:////var/lib/healthbreach/hb.sqlite
    """
    specs = load_specs((), sources_file)
    if not specs:
        raise HealthbreachError("no enabled source to crawl")
    with exclusive(db_url, "run") as url, Job(url, extractor_loader=lambda: load_extractor()) as job:
        result = job.crawl(specs, since=since, settings=parse_settings(settings))
        extracted = job.extract() if result.status == "finished" else 0
        grouping = job.group()  # once, after the crawl and the extraction
        unreached = result.summary.unreached([s.name for s in specs])
        note = f"run: {extracted} articles extracted, {grouping.incidents} incidents ({grouping.created} new)"
        job.record(result.run_id, unreached, note)
    out_console.print(summary_table(result.summary, f"Nightly run {result.run_id}: {result.status}"))
    out_console.print(f"{extracted} articles extracted after the crawl · {grouping.incidents} incidents ({grouping.created} new, {grouping.updated} updated)")
    for name, reason in unreached.items():
        click.echo(f"healthbreach: error: source {name} not reached: {reason}", err=True)
    if result.status != "finished":
        click.echo(f"healthbreach: error: crawl {result.status}", err=True)
        raise SystemExit(1)
    if unreached:
        raise SystemExit(UNREACHED)
