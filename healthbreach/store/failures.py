"""Failed article URLs remembered across runs: retried on later nights with growing back-off, up to a limit.

A URL that failed (HTTP error, timeout, refused, too large, redirect loop) or
was dropped after fetching (no article text, not HTML, not French, not an
article) in its n-th run in a row is not requested again before
base_hours * 2**(n-1) have passed: with a nightly run and 20 hours, the next
night, then two, four and eight nights later. After max_runs failed runs it
is given up (said once per run it is met, never fetched). A URL stored since
is forgotten. Within a run, nothing here retries: Scrapy's retry middleware
does (a timeout at most once, middlewares.BackoffRetryMiddleware).

Feeds, sitemaps and listings are never held back: they are read on every run.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Engine, delete, select
from sqlalchemy.orm import Session

from healthbreach.store.models import Article, FailedURL, utcnow

# Drops after fetching that are remembered like failures (pipelines' kinds, without errors/ or skipped/).
REMEMBERED_DROPS = {"unextractable", "not_french", "not_an_article"}


@dataclass(frozen=True)
class Failed:
    runs: int
    kind: str
    reason: str
    next_attempt_at: dt.datetime | None

    @property
    def given_up(self) -> bool:
        return self.next_attempt_at is None


def held_back(engine: Engine, now: dt.datetime | None = None) -> dict[str, Failed]:
    """URL -> its failures, for the URLs not to request in this run (not due yet, or given up)."""
    now = now or utcnow()
    with Session(engine) as session:
        rows = session.scalars(
            select(FailedURL).where((FailedURL.next_attempt_at.is_(None)) | (FailedURL.next_attempt_at > now))
        )
        return {r.url: Failed(r.runs, r.kind, r.reason, r.next_attempt_at) for r in rows}


def record(engine: Engine, failed: dict[str, tuple[str, str, str]], *, base_hours: float = 20.0, max_runs: int = 5, now: dt.datetime | None = None) -> None:
    """Count this run's failures (URL -> (source, kind, reason)), in one transaction; forget URLs stored since."""
    now = now or utcnow()
    with Session(engine) as session, session.begin():
        stored = set(session.scalars(select(Article.url).where(Article.url.in_(list(failed))))) if failed else set()
        for url, (source, kind, reason) in failed.items():
            if url in stored:
                continue  # a redirect or a second link reached it after all
            row = session.get(FailedURL, url)
            if row is None:
                row = FailedURL(url=url, source=source, kind=kind, reason=reason, runs=0, first_failed_at=now)
                session.add(row)
            row.runs += 1
            row.kind, row.reason, row.source, row.last_failed_at = kind, reason[:2000], source, now
            row.next_attempt_at = None if row.runs >= max_runs else now + dt.timedelta(hours=base_hours * 2 ** (row.runs - 1))
        session.execute(delete(FailedURL).where(FailedURL.url.in_(select(Article.url))))
