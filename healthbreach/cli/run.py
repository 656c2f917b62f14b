"""`healthbreach run`: the nightly job in one command — crawl, extract, group incidents, record."""

from __future__ import annotations

import click
from sqlalchemy.orm import Session

from healthbreach.cli import HealthbreachError
from healthbreach.cli.guard import UNREACHED, exclusive, load_specs, parse_settings, settings_option, sources_file_option
from healthbreach.cli.options import DATE, db_option, log_options, out_console, summary_table
from healthbreach.crawler.runner import run_crawl
from healthbreach.store import articles as store
from healthbreach.store.db import make_engine
from healthbreach.store.incidents import update_incidents
from healthbreach.store.models import CrawlRun


def load_extractor():
    """(make an Extractor, its version); imported late, as it loads the spaCy model."""
    from healthbreach.extract.extractor import EXTRACTOR_VERSION, Extractor

    return Extractor, EXTRACTOR_VERSION


def extract_pending(engine) -> int:
    """Extract stored relevant articles lacking a current extraction (the crawl usually did)."""
    make_extractor, version = load_extractor()
    if not store.articles_to_extract(engine, version):
        return 0  # nothing to do: don't load the model
    return store.reextract(engine, make_extractor(), version)


def record_outcome(engine, run_id: int, unreached: dict[str, str], note: str) -> None:
    with Session(engine) as session, session.begin():
        run = session.get(CrawlRun, run_id)
        run.error_kinds = {**(run.error_kinds or {}), "unreached": unreached}
        run.message = "; ".join(filter(None, [run.message, note]))


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
    with exclusive(db_url, "run") as url:
        result = run_crawl(specs, db_url=url, since=since, settings=parse_settings(settings))
        engine = make_engine(url)
        try:
            extracted = extract_pending(engine) if result.status == "finished" else 0
            grouping = update_incidents(engine)
            unreached = result.summary.unreached([s.name for s in specs])
            note = f"run: {extracted} articles extracted, {grouping.incidents} incidents ({grouping.created} new)"
            record_outcome(engine, result.run_id, unreached, note)
        finally:
            engine.dispose()
    out_console.print(summary_table(result.summary, f"Nightly run {result.run_id}: {result.status}"))
    out_console.print(f"{extracted} articles extracted after the crawl · {grouping.incidents} incidents ({grouping.created} new, {grouping.updated} updated)")
    for name, reason in unreached.items():
        click.echo(f"healthbreach: error: source {name} not reached: {reason}", err=True)
    if result.status != "finished":
        click.echo(f"healthbreach: error: crawl {result.status}", err=True)
        raise SystemExit(1)
    if unreached:
        raise SystemExit(UNREACHED)
