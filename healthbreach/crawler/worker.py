"""The crawl child process: reads its job as JSON on stdin, runs Scrapy, records the run.

Started by healthbreach.crawler.runner.run_crawl; not a user command.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys

from scrapy import signals
from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from healthbreach.crawler.logformatter import setup_logging
from healthbreach.crawler.progress import CrawlSummary
from healthbreach.crawler.sources import SourceSpec
from healthbreach.crawler.spider import ArticleSpider
from healthbreach.store import articles as store
from healthbreach.store.db import make_engine


def configure_logging(settings: Settings) -> None:
    """Our lines at LOG_LEVEL on stderr (or appended to LOG_FILE); Scrapy's own only from
    HEALTHBREACH_SCRAPY_LOG_LEVEL up, unless LOG_LEVEL is DEBUG (then everything, tracebacks included)."""
    level = settings.get("LOG_LEVEL")
    setup_logging(level, settings.get("LOG_FILE"), settings.get("LOG_FORMAT"))
    if level == "DEBUG":
        return
    for name in ("scrapy", "twisted", "py.warnings"):
        logging.getLogger(name).setLevel(settings.get("HEALTHBREACH_SCRAPY_LOG_LEVEL", "WARNING"))
    for name, level in settings.getdict("HEALTHBREACH_QUIET_LOGGERS").items():
        logging.getLogger(name).setLevel(level)


def stop_with_parent(parent_pid: int | None) -> None:
    """Get SIGTERM (Scrapy's graceful stop) if the parent dies, so no orphan crawls on unlocked.

    The parent holds the run lock; once it is gone the lock can be taken over,
    and an orphan crawl would then overlap the next run. Linux only (prctl).
    """
    if not sys.platform.startswith("linux"):
        return
    import ctypes
    import os
    import signal

    PR_SET_PDEATHSIG = 1
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    if parent_pid and os.getppid() != parent_pid:  # the parent died before prctl took effect
        os.kill(os.getpid(), signal.SIGTERM)


def crawl(job: dict) -> str:
    specs = [SourceSpec.from_dict(name, data) for name, data in job["sources"].items()]
    since = dt.date.fromisoformat(job["since"]) if job["since"] else None
    settings = Settings()
    settings.setmodule("healthbreach.settings", priority="project")
    settings.set("HEALTHBREACH_RUN_ID", job["run_id"], priority="cmdline")
    settings.setdict(job["settings"], priority="cmdline")
    settings.set("LOG_INSTALL_ROOT_HANDLER", False, priority="cmdline")  # configure_logging below owns the handler
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(ArticleSpider)
    outcome = {}
    crawler.signals.connect(lambda spider, reason: outcome.update(reason=reason), signal=signals.spider_closed, weak=False)
    process.crawl(crawler, sources=specs, since=since, db_url=job["db_url"])
    configure_logging(settings)  # after Scrapy's own dictConfig, which resets the "scrapy" logger
    stop_with_parent(job.get("parent_pid"))
    process.start()
    summary = CrawlSummary.from_stats(crawler.stats.get_stats())
    status = "finished" if outcome.get("reason") == "finished" else "interrupted"
    engine = make_engine(job["db_url"])
    store.finish_run(
        engine, job["run_id"],
        status=status,
        finished_at=dt.datetime.now(dt.timezone.utc).replace(tzinfo=None),
        pages_fetched=summary.pages_fetched,
        new_articles=summary.new_articles,
        known_articles=summary.known_articles,
        relevant=summary.relevant,
        errors=summary.errors,
        error_kinds={
            "errors": summary.error_kinds, "skipped": summary.skipped,
            "reached": summary.reached_sources, "source_errors": summary.source_errors,
            "retried": summary.retried,
        },
    )
    engine.dispose()
    return status


if __name__ == "__main__":
    sys.exit(0 if crawl(json.loads(sys.stdin.read())) == "finished" else 3)
