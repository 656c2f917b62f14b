"""A progress line during long crawls, and the counts a run ends with."""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass, field

from scrapy import signals
from twisted.internet import task

log = logging.getLogger("healthbreach.progress")


@dataclass
class CrawlSummary:
    pages_fetched: int = 0
    new_articles: int = 0
    known_articles: int = 0
    relevant: int = 0
    errors: int = 0
    error_kinds: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)
    reached_sources: list[str] = field(default_factory=list)
    retried: dict[str, int] = field(default_factory=dict)  # e.g. http_429 -> retries made
    # source -> "<url>: <reason>" of the last discovery failure, to say why a source was not reached
    source_errors: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_stats(cls, stats: dict) -> CrawlSummary:
        prefix = "healthbreach/"
        own = {k[len(prefix):]: v for k, v in stats.items() if k.startswith(prefix)}
        errors = {k[len("errors/"):]: v for k, v in own.items() if k.startswith("errors/")}
        skipped = {k[len("skipped/"):]: v for k, v in own.items() if k.startswith("skipped/")}
        reached = sorted(k.split("/")[1] for k in own if k.startswith("sources/") and k.endswith("/reached"))
        source_errors = {k.split("/")[1]: v for k, v in own.items() if k.startswith("sources/") and k.endswith("/last_error")}
        return cls(
            pages_fetched=own.get("pages_fetched", 0),
            new_articles=own.get("new_articles", 0),
            known_articles=skipped.get("known", 0),
            relevant=own.get("relevant", 0),
            errors=sum(errors.values()),
            error_kinds=errors,
            skipped=skipped,
            reached_sources=reached,
            source_errors=source_errors,
            retried={k[len("retried/"):]: v for k, v in own.items() if k.startswith("retried/")},
        )

    def as_dict(self) -> dict:
        return asdict(self)

    def unreached(self, sources: list[str]) -> dict[str, str]:
        """Source -> why, for each source none of whose discovery documents could be read."""
        return {
            name: self.source_errors.get(name, "no feed, sitemap or listing page could be read")
            for name in sources if name not in self.reached_sources
        }

    def line(self) -> str:
        return (
            f"{self.pages_fetched} pages fetched · {self.new_articles} new articles · "
            f"{self.known_articles} already known · {self.relevant} relevant · {self.errors} errors"
        )


class Progress:
    """Logs the running counts every HEALTHBREACH_PROGRESS_INTERVAL seconds."""

    def __init__(self, crawler, interval: float) -> None:
        self.crawler = crawler
        self.interval = interval
        self.loop = None

    @classmethod
    def from_crawler(cls, crawler):
        ext = cls(crawler, crawler.settings.getfloat("HEALTHBREACH_PROGRESS_INTERVAL", 5.0))
        crawler.signals.connect(ext.opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.closed, signal=signals.spider_closed)
        return ext

    def opened(self, spider) -> None:
        if self.interval > 0:
            self.loop = task.LoopingCall(self.report)
            self.loop.start(self.interval, now=False)

    def report(self) -> None:
        log.info("progress: %s", CrawlSummary.from_stats(self.crawler.stats.get_stats()).line())

    def closed(self, spider, reason) -> None:
        if self.loop and self.loop.running:
            self.loop.stop()
