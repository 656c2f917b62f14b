"""The job layer: crawl -> extract -> group -> record behind one API, each step once per job.

Every command that writes goes through a Job (or the one-step helpers below),
so a nightly run crawls, extracts what is still pending, groups incidents once
and records its outcome:

    with Job(url) as job:
        result = job.crawl(specs, since=since)        # the crawl process, no grouping of its own
        job.extract()                                 # relevant articles lacking a current extraction
        job.group()                                   # incidents, incrementally (only what changed)
        job.record(result.run_id, unreached, note)

A step asked twice in one job runs once (the second call returns the first
result), unless new work was done in between (an extraction after a grouping
makes the next `group` run again). Backfills call `extract_batch` and
`group_batch` for each batch of article ids they stored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from healthbreach.store.db import make_engine, resolve_url
from healthbreach.store.incidents import GroupingStats


def load_extractor():
    """(Extractor class, its version); imported late, as it loads the spaCy model."""
    from healthbreach.extract.extractor import EXTRACTOR_VERSION, Extractor

    return Extractor, EXTRACTOR_VERSION


@dataclass
class JobOutcome:
    crawl: object | None = None  # crawler.runner.CrawlResult
    extracted: int = 0
    grouping: GroupingStats | None = None
    steps: list[str] = field(default_factory=list)  # the steps run, in order (each at most once)


class Job:
    """One job on one database. Use as a context manager; the engine is disposed at the end."""

    def __init__(self, db_url: str | None = None, engine: Engine | None = None,
                 extractor_loader: Callable[[], tuple] | None = None):
        self.url = resolve_url(db_url) if engine is None else str(engine.url)
        self._own_engine = engine is None
        self.engine = engine if engine is not None else make_engine(self.url)
        self.outcome = JobOutcome()
        self._grouped = False
        self._extractor = None
        self._load_extractor = extractor_loader or load_extractor

    def __enter__(self) -> Job:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self._own_engine:
            self.engine.dispose()

    # -- steps ------------------------------------------------------------------------
    def crawl(self, specs, *, since: dt.date | None = None, settings: dict | None = None):
        """Crawl the sources into the database (extraction happens in the crawl's pipelines)."""
        from healthbreach.crawler.runner import run_crawl

        self.outcome.crawl = run_crawl(specs, db_url=self.url, since=since, settings=settings)
        self.outcome.steps.append("crawl")
        self._grouped = False
        return self.outcome.crawl

    def extract(self, *, everything: bool = False, article_ids: Iterable[int] | None = None,
                progress: Callable[[int, str], None] | None = None, on_start: Callable[[int], None] | None = None) -> int:
        """(Re)extract stored relevant articles lacking a current extraction; the model loads only if needed."""
        from healthbreach.store import articles as store

        make_extractor, version = self._load_extractor()
        todo = store.articles_to_extract(self.engine, version, everything)
        if article_ids is not None:
            wanted = set(article_ids)
            todo = [a for a in todo if a in wanted]
        done = 0
        if todo:
            if on_start:
                on_start(len(todo))
            if self._extractor is None:
                self._extractor = make_extractor()
            done = store.reextract(self.engine, self._extractor, version, everything, progress=progress, only=todo)
            self._grouped = False
        self.outcome.extracted += done
        self.outcome.steps.append("extract")
        return done

    def group(self, article_ids: Iterable[int] | None = None) -> GroupingStats:
        """Bring incidents up to date; runs once per job unless something new was stored since."""
        from healthbreach.store.incidents import update_incidents

        if self._grouped and article_ids is None and self.outcome.grouping is not None:
            return self.outcome.grouping
        self.outcome.grouping = update_incidents(self.engine, article_ids)
        self.outcome.steps.append("group")
        self._grouped = article_ids is None
        return self.outcome.grouping

    def regroup(self, reprofile: bool = False) -> GroupingStats:
        """Forget every incident and group all profiled articles again (texts read only with reprofile)."""
        from healthbreach.store.incidents import rebuild_incidents

        self.outcome.grouping = rebuild_incidents(self.engine, reprofile=reprofile)
        self.outcome.steps.append("regroup")
        self._grouped = True
        return self.outcome.grouping

    def import_registry(self, path):
        """Replace the FINESS registry with a file's establishments (store/registry.py); `group` relinks."""
        from healthbreach.store.registry import import_registry

        with Session(self.engine) as session, session.begin():
            result = import_registry(session, path)
        self.outcome.steps.append("registry")
        self._grouped = False
        return result

    def linked_establishments(self) -> int:
        """How many incidents carry a FINESS number."""
        from sqlalchemy import func, select

        from healthbreach.store.models import Incident

        with Session(self.engine) as session:
            return session.scalar(select(func.count()).select_from(Incident).where(Incident.finess.is_not(None))) or 0

    def record(self, run_id: int, unreached: dict[str, str], note: str) -> None:
        """Add the job's outcome to the crawl run's row (what `healthbreach runs` shows)."""
        from healthbreach.store.models import CrawlRun

        with Session(self.engine) as session, session.begin():
            run = session.get(CrawlRun, run_id)
            run.error_kinds = {**(run.error_kinds or {}), "unreached": unreached}
            run.message = "; ".join(filter(None, [run.message, note]))
        self.outcome.steps.append("record")


# -- one-step helpers for commands and backfills ------------------------------------------


def crawl(specs, *, db_url: str | None = None, since: dt.date | None = None, settings: dict | None = None):
    """`healthbreach crawl`: crawl, then group what was stored (even after an interrupted crawl)."""
    with Job(db_url) as job:
        result = job.crawl(specs, since=since, settings=settings)
        job.group()
        return result


def group(engine: Engine, article_ids: Iterable[int] | None = None) -> GroupingStats:
    with Job(engine=engine) as job:
        return job.group(article_ids)


def regroup(db_url: str | None = None, reprofile: bool = False) -> GroupingStats:
    with Job(db_url) as job:
        return job.regroup(reprofile)


def extract_batch(engine: Engine, article_ids: Iterable[int], extractor=None) -> int:
    """Extract the given stored articles that lack a current extraction (a backfill's batch)."""
    from healthbreach.store import articles as store

    make_extractor, version = load_extractor()
    wanted = set(article_ids)
    todo = [a for a in store.articles_to_extract(engine, version) if a in wanted]
    if not todo:
        return 0
    return store.reextract(engine, extractor or make_extractor(), version, only=todo)


def group_batch(engine: Engine, article_ids: Iterable[int]) -> GroupingStats:
    """Group the given articles into incidents (and regroup what they touch), nothing else."""
    from healthbreach.store.incidents import update_incidents

    return update_incidents(engine, list(article_ids))
