"""Many WARC files on Dask distributed: each file is one task, each worker writes to the shared database.

    run_backfill(locations, db_url)                              # a LocalCluster, one worker process per core
    run_backfill(locations, db_url, scheduler="tcp://host:8786") # the workers of a running cluster

The driver migrates the schema, records the run, hands out only the files not
done before, prints a line per file as it finishes, then groups incidents
once (under the run lock; if a nightly run holds it, the next run groups).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field

from healthbreach.backfill.files import FileResult, backfill_file, done_locations
from healthbreach.backfill.warc import crawl_day, is_url
from healthbreach.store import articles as store
from healthbreach.store.db import init_db, make_engine, resolve_url
from healthbreach.store.incidents import update_incidents
from healthbreach.store.lock import LockHeld, RunLock

log = logging.getLogger("healthbreach.backfill")


@dataclass
class BackfillSummary:
    run_id: int
    files: int = 0
    skipped: int = 0  # done by an earlier backfill
    outside_window: int = 0  # CC-NEWS files crawled before --since
    failed: int = 0
    records: int = 0
    kept: int = 0
    stored: int = 0
    relevant: int = 0
    known: int = 0
    incidents: int | None = None
    workers: int = 0
    seconds: float = 0.0
    startup_seconds: float = 0.0  # until the cluster's workers were up
    grouping_seconds: float = 0.0
    peak_rss_mib: float = 0.0  # the largest peak of any worker process
    results: list[FileResult] = field(default_factory=list)

    @property
    def records_per_second(self) -> float:
        return self.records / self.seconds if self.seconds else 0.0


def absolute_db_url(db_url: str | None) -> str:
    """Workers run elsewhere (other processes, other hosts): a relative SQLite path must be made absolute."""
    from pathlib import Path

    from sqlalchemy.engine import make_url

    url = make_url(resolve_url(db_url))
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:" and not url.database.startswith("file:"):
        url = url.set(database=str(Path(url.database).resolve()))
    return url.render_as_string(hide_password=False)


def absolute_location(location: str) -> str:
    return location if is_url(location) else os.path.abspath(location)


def run_backfill(
    locations: list[str],
    db_url: str | None = None,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    scheduler: str | None = None,
    workers: int | None = None,
    extract: bool = True,
    progress: Callable[[int, int, FileResult], None] | None = None,
) -> BackfillSummary:
    import time

    from distributed import Client, LocalCluster, as_completed

    started = time.monotonic()
    db_url = absolute_db_url(db_url)
    engine = make_engine(db_url)
    init_db(engine)
    run_id = store.start_run(engine, ["backfill"], since)
    summary = BackfillSummary(run_id)
    locations = [absolute_location(l) for l in dict.fromkeys(locations)]
    summary.files = len(locations)
    done = done_locations(engine)
    todo = []
    for location in locations:
        day = crawl_day(location)
        if location in done:
            summary.skipped += 1
        elif since and day and day < since - dt.timedelta(days=1):
            # crawled (UTC) before the window opened, a day's margin for time zones: nothing in it was published after
            summary.outside_window += 1
        else:
            todo.append(location)

    cluster = None
    status = "finished"
    try:
        if todo:
            if scheduler:
                client = Client(scheduler)
            else:
                n = workers or os.cpu_count() or 1
                cluster = LocalCluster(n_workers=min(n, len(todo)), threads_per_worker=1, processes=True, dashboard_address=None)
                client = Client(cluster)
            with client:
                summary.startup_seconds = time.monotonic() - started
                summary.workers = len(client.scheduler_info().get("workers", {}))
                futures = client.map(backfill_file, todo, db_url=db_url, since=since, until=until, extract=extract, run_id=run_id, pure=False)
                for n_done, future in enumerate(as_completed(futures), 1):
                    try:
                        result = future.result()
                    except Exception as exc:  # a worker died or the task raised: the file is read again next time
                        result = FileResult(location=todo[futures.index(future)], status="failed", message=f"{type(exc).__name__}: {exc}")
                    summary.results.append(result)
                    if progress:
                        progress(n_done, len(todo), result)
    except KeyboardInterrupt:
        status = "interrupted"
        raise
    finally:
        if cluster is not None:
            cluster.close()
        for r in summary.results:
            summary.failed += r.status == "failed"
            summary.records += r.records
            summary.kept += r.kept
            summary.stored += r.stored
            summary.relevant += r.relevant
            summary.known += r.known
            summary.peak_rss_mib = max(summary.peak_rss_mib, r.peak_rss_mib)
        summary.seconds = time.monotonic() - started
        store.finish_run(
            engine, run_id, status=status,
            finished_at=dt.datetime.now(dt.timezone.utc).replace(tzinfo=None),
            pages_fetched=summary.records, new_articles=summary.stored, known_articles=summary.known,
            relevant=summary.relevant, errors=summary.failed,
            error_kinds={"backfill": {"files": summary.files, "skipped": summary.skipped, "failed": summary.failed,
                                      "outside_window": summary.outside_window, "kept": summary.kept}},
            message=f"backfill of {summary.files} WARC files",
        )
    grouping_started = time.monotonic()
    try:
        with RunLock(engine, "backfill"):
            summary.incidents = update_incidents(engine).incidents
    except LockHeld:
        log.warning("another run holds the lock: incidents will be grouped by the next run")
    summary.grouping_seconds = time.monotonic() - grouping_started
    engine.dispose()
    return summary
