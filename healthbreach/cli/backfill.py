"""`healthbreach backfill`: read web archives (WARC files, CC-NEWS first of all) as if crawled."""

from __future__ import annotations

import signal

import click

from healthbreach.cli import HealthbreachError
from healthbreach.cli.options import DATE, db_option, out_console
from healthbreach.store.db import DatabaseError, database_errors, resolve_url


def _progress(done: int, total: int, result) -> None:
    name = result.location.rsplit("/", 1)[-1]
    if result.status == "failed":
        click.echo(f"healthbreach: error: {result.message}", err=True)
        return
    click.echo(
        f"[{done}/{total}] {name}: {result.records} records, {result.kept} kept, "
        f"{result.stored} new ({result.relevant} relevant), {result.known} already stored, {result.seconds:.1f} s",
        err=True,
    )


@click.command("backfill")
@click.argument("warcs", nargs=-1, required=True, metavar="WARC_OR_LIST...")
@click.option("--since", type=DATE, help="Keep only articles published on or after this day (YYYY-MM-DD); CC-NEWS files crawled before it are not read.")
@click.option("--until", type=DATE, help="Keep only articles published on or before this day (YYYY-MM-DD).")
@click.option("--scheduler", metavar="ADDRESS", help="A Dask scheduler (tcp://host:8786) whose workers read the files; default: a local cluster, one worker per core.")
@click.option("--workers", type=click.IntRange(min=1), metavar="N", help="Worker processes of the local cluster (default: every core).")
@click.option("--no-extract", is_flag=True, help="Store relevant articles without extracting facts (run `healthbreach extract --db` later).")
@db_option
def command(warcs, since, until, scheduler, workers, no_extract, db_url) -> None:
    """Read WARC files and store the French health-breach articles in them.

    WARC_OR_LIST is a WARC file (.warc, .warc.gz), local or an http(s) URL, or
    a list of them one per line (Common Crawl's warc.paths.gz: its
    crawl-data/... lines are read from data.commoncrawl.org). French HTML
    responses whose URL or text passes the relevance gate are cleaned,
    judged, extracted and stored exactly as a crawl stores them, then
    incidents are updated. A file finished before is skipped; a killed
    backfill, run again, stores what is missing and duplicates nothing.

    Example: healthbreach backfill https://data.commoncrawl.org/crawl-data/CC-NEWS/2023/04/warc.paths.gz --since 2023-04-01
    """
    from healthbreach.backfill.cluster import run_backfill
    from healthbreach.backfill.warc import LocationError, expand

    if since and until and until < since:
        raise click.BadParameter(f"{until} is before --since {since}", param_hint="--until")
    try:
        locations = expand(warcs)
    except LocationError as exc:
        raise HealthbreachError(str(exc)) from None
    if not locations:
        raise HealthbreachError(f"no WARC file in {', '.join(warcs)}")

    def stop(_signum, _frame):
        raise KeyboardInterrupt  # SIGTERM: the run is recorded as interrupted; rerun to finish

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        with database_errors(resolve_url(db_url)):
            summary = run_backfill(locations, db_url, since=since, until=until, scheduler=scheduler,
                                   workers=workers, extract=not no_extract, progress=_progress)
    except KeyboardInterrupt:
        raise HealthbreachError("backfill interrupted: run the same command again to finish it (finished files are skipped)") from None
    except DatabaseError as exc:
        raise HealthbreachError(str(exc)) from None
    except OSError as exc:
        raise HealthbreachError(f"scheduler {scheduler}: cannot connect ({exc})" if scheduler else str(exc)) from None
    finally:
        signal.signal(signal.SIGTERM, previous)
    out_console.print(
        f"Backfill run {summary.run_id}: {summary.files} WARC files ({summary.skipped} done before, "
        f"{summary.outside_window} before --since, {summary.failed} failed), {summary.records} records, "
        f"{summary.kept} kept, {summary.stored} new articles ({summary.relevant} relevant), "
        f"{summary.known} already stored, {summary.records_per_second:.0f} records/s on {summary.workers} workers"
        + (f", {summary.incidents} incidents" if summary.incidents is not None else "")
    )
    if summary.failed:
        raise SystemExit(1)
