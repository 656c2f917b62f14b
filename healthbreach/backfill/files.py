"""One WARC file from start to end; its `warc_files` row says it is done.

A file is done only when its last record was handled: a killed or failed
file has no done row and is read again by the next backfill, where the
articles it had already stored are skipped by their canonical URL (looked up
before any cleaning, and guaranteed by the unique URL in any case).
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from http.client import HTTPException
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from healthbreach.backfill import gate
from healthbreach.backfill.ingest import Window, ingest_page, is_stored
from healthbreach.backfill.warc import LocationError, ReadCounts, html_pages
from healthbreach.crawler.urls import canonical_url
from healthbreach.store.db import make_engine
from healthbreach.store.models import WarcFile, utcnow

log = logging.getLogger("healthbreach.backfill")


@dataclass
class FileResult:
    location: str
    status: str  # done | skipped (done before) | failed
    records: int = 0
    html: int = 0
    kept: int = 0
    stored: int = 0
    relevant: int = 0
    known: int = 0
    errors: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)
    message: str | None = None
    seconds: float = 0.0
    peak_rss_mib: float = 0.0  # of the process that read the file


_engines: dict[str, Engine] = {}


def engine_for(db_url: str) -> Engine:
    """One engine per database per process (a Dask worker reads many files)."""
    if db_url not in _engines:
        _engines[db_url] = make_engine(db_url)
    return _engines[db_url]


def done_locations(engine: Engine) -> set[str]:
    with Session(engine) as session:
        return set(session.scalars(select(WarcFile.location).where(WarcFile.status == "done")))


def _record(engine: Engine, result: FileResult, run_id: int | None) -> None:
    with Session(engine) as session, session.begin():
        row = session.get(WarcFile, result.location) or WarcFile(location=result.location)
        row.status = result.status
        row.records, row.kept, row.stored, row.relevant, row.errors = result.records, result.kept, result.stored, result.relevant, result.errors
        row.message = result.message
        row.crawl_run_id = run_id
        row.finished_at = utcnow()
        session.add(row)


def _peak_rss_mib() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def backfill_file(location: str, db_url: str, since: dt.date | None = None, until: dt.date | None = None,
                  extract: bool = True, run_id: int | None = None) -> FileResult:
    """Read one WARC file into the database; safe to run again on the same file."""
    started = time.monotonic()
    engine = engine_for(db_url)
    result = FileResult(location, "done")
    if location in done_locations(engine):
        result.status = "skipped"
        return result
    window = Window(since, until)
    counts = ReadCounts()
    outcomes: Counter[str] = Counter()
    try:
        for page in html_pages(location, counts):
            if not gate.keep(page.url, page.html, page.charset):
                continue
            result.kept += 1
            url = canonical_url(page.url)
            if is_stored(engine, url):
                outcomes["known"] += 1
                continue
            outcomes[ingest_page(engine, url, page.html, page.fetched_at, window, extract=extract, run_id=run_id)] += 1
    except (LocationError, OSError, ValueError, EOFError, HTTPException) as exc:
        result.status, result.message = "failed", f"{location}: {exc}"
        log.warning("%s", result.message)
    result.records, result.html = counts.records, counts.html
    result.relevant = outcomes["relevant"]
    result.stored = outcomes["relevant"] + outcomes["stored"]
    result.known = outcomes["known"]
    result.errors = outcomes["unextractable"] + (result.status == "failed")
    result.outcomes = dict(outcomes)
    _record(engine, result, run_id)  # a failed row is read again next time: only done rows are skipped
    result.seconds = time.monotonic() - started
    result.peak_rss_mib = _peak_rss_mib()
    return result
