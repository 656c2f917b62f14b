"""Running a crawl: a child process per crawl, the run recorded in the database.

Twisted's reactor cannot be restarted in a process, so each crawl runs in a
fresh child process (`python -m healthbreach.crawler.worker`); the caller (CLI,
demo, tests, the nightly command) can then crawl as many times as it needs.
The child records its counts in the `crawl_runs` row the parent created, so
the database is the one place the summary comes from.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import signal
import subprocess
import sys
from dataclasses import dataclass

from sqlalchemy import Engine, update

from healthbreach.crawler.progress import CrawlSummary
from healthbreach.crawler.sources import SourceSpec
from healthbreach.store import articles as store
from healthbreach.store.db import init_db, make_engine, resolve_url
from healthbreach.store.models import CrawlRun


@dataclass
class CrawlResult:
    run_id: int
    status: str
    summary: CrawlSummary


def run_crawl(
    specs: list[SourceSpec],
    *,
    db_url: str | None = None,
    since: dt.date | None = None,
    settings: dict | None = None,
) -> CrawlResult:
    """Crawl the sources into the database; returns the run's recorded summary."""
    db_url = resolve_url(db_url)
    engine = make_engine(db_url)
    init_db(engine)
    run_id = store.start_run(engine, [s.name for s in specs], since)
    job = {
        "sources": {s.name: s.to_dict() for s in specs},
        "db_url": db_url,
        "since": since.isoformat() if since else None,
        "run_id": run_id,
        "settings": settings or {},
        "parent_pid": os.getpid(),
    }
    child = subprocess.Popen([sys.executable, "-m", "healthbreach.crawler.worker"], stdin=subprocess.PIPE)
    child.stdin.write(json.dumps(job).encode())
    child.stdin.close()

    def forward(_signum, _frame):
        child.terminate()  # SIGTERM: Scrapy finishes in-flight items, then the run is recorded

    previous = signal.signal(signal.SIGTERM, forward)
    try:
        child.wait()
    except KeyboardInterrupt:
        child.wait()  # Ctrl-C reached the child too; let Scrapy shut down gracefully
    finally:
        signal.signal(signal.SIGTERM, previous)
    from sqlalchemy.orm import Session

    with Session(engine) as session, session.begin():
        run = session.get(CrawlRun, run_id)
        if run.status == "running":  # the child died before recording anything
            run.status = "failed" if child.returncode not in (0, -signal.SIGTERM) else "interrupted"
            run.finished_at = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
            run.message = exit_message(child.returncode)
        kinds = run.error_kinds or {}
        summary = CrawlSummary(
            pages_fetched=run.pages_fetched, new_articles=run.new_articles, known_articles=run.known_articles,
            relevant=run.relevant, errors=run.errors, error_kinds=kinds.get("errors", {}),
            skipped=kinds.get("skipped", {}), reached_sources=kinds.get("reached", []),
            source_errors=kinds.get("source_errors", {}), retried=kinds.get("retried", {}),
        )
        result = CrawlResult(run_id, run.status, summary)
    # Grouping is the job layer's step (healthbreach/jobs.py), run once per job after the crawl.
    engine.dispose()
    logging.getLogger("healthbreach.crawl").debug("run %s %s", run_id, result.status)
    return result


def exit_message(returncode: int) -> str:
    if returncode < 0:
        return f"crawl process killed by {signal.Signals(-returncode).name}"
    return f"crawl process exited with code {returncode}"


def close_abandoned_runs(engine: Engine) -> int:
    """Mark runs still 'running' as interrupted; call only while holding the run lock.

    Holding the lock means no crawl is going on, so a 'running' row is left by
    a run killed with its parent (SIGKILL, power loss) before anyone could
    record how it ended.
    """
    from healthbreach.store.models import CrawlRun

    with engine.begin() as conn:
        return conn.execute(
            update(CrawlRun).where(CrawlRun.status == "running").values(
                status="interrupted", message="the crawl process died without recording its end",
            )
        ).rowcount
