"""The one spider every source shares: discover from feeds, sitemaps and listings, fetch new articles."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Iterator

import scrapy
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.gz import gunzip, gzip_magic_number
from sqlalchemy import select

from healthbreach.crawler.discovery import DiscoveryError, Link, listing_links, parse_feed, parse_sitemap
from healthbreach.crawler.items import ArticleItem
from healthbreach.crawler.sources import SourceSpec
from healthbreach.crawler.urls import canonical_url
from healthbreach.store.db import make_engine
from healthbreach.store.models import Article

log = logging.getLogger("healthbreach.crawl")


def error_kind(failure) -> str:
    """A short name for why a request failed, used as a stats key."""
    exc = failure.value
    if isinstance(exc, HttpError):
        return f"http_{exc.response.status}"
    name = type(exc).__name__
    return {
        "IgnoreRequest": "robots_disallowed",
        "TimeoutError": "timeout",
        "TCPTimedOutError": "timeout",
        "DNSLookupError": "dns",
        "ConnectionRefusedError": "connection_refused",
    }.get(name, name.lower())


class ArticleSpider(scrapy.Spider):
    name = "healthbreach"

    def __init__(self, sources: Iterable[SourceSpec], since: dt.date | None = None, db_url: str | None = None, **kw):
        super().__init__(**kw)
        self.sources = {s.name: s for s in sources}
        # Scrapy's offsite middleware also guards redirects; the per-source check below adds ports.
        self.allowed_domains = sorted({d.split(":")[0] for s in self.sources.values() for d in s.domains})
        self.since = since
        self.db_url = db_url
        self.known: set[str] = set()  # canonical URLs stored before this run, or fetched during it
        self.stored: set[str] = set()  # canonical URLs stored before this run
        self.reported_known: set[str] = set()  # stored URLs met in discovery, each counted once

    # -- bookkeeping ------------------------------------------------------

    def count(self, key: str, n: int = 1) -> None:
        self.crawler.stats.inc_value(f"healthbreach/{key}", n)

    def _load_known_urls(self) -> None:
        engine = make_engine(self.db_url)
        try:
            with engine.connect() as conn:
                self.stored = set(conn.scalars(select(Article.url)))
        finally:
            engine.dispose()
        self.known = set(self.stored)

    def on_error(self, failure) -> None:
        request = failure.request
        kind = error_kind(failure)
        source = request.meta.get("source")
        if kind == "robots_disallowed":
            self.count(f"skipped/{kind}")  # the site asked us not to: not an error
            log.info("%s: skipped, disallowed by robots.txt", request.url)
            return
        self.count(f"errors/{kind}")
        log.warning("%s: %s (%s)", request.url, kind.replace("_", " "), source)

    # -- discovery ----------------------------------------------------------

    async def start(self):
        self._load_known_urls()
        for source in self.sources.values():
            for url in source.feeds:
                yield self._discovery_request(url, source, self.parse_feed)
            for url in source.sitemaps:
                yield self._discovery_request(url, source, self.parse_sitemap)
            for url in source.listings:
                yield self._discovery_request(url, source, self.parse_listing, page=1)

    def _discovery_request(self, url: str, source: SourceSpec, callback, **meta) -> scrapy.Request:
        # Discovery documents are read on every run, whatever the dupefilter saw.
        return scrapy.Request(
            url, callback=callback, errback=self.on_error, dont_filter=True,
            meta={"source": source.name, "discovery": True, **meta},
        )

    def _article_requests(self, links: Iterable[Link], source: SourceSpec, via: str, via_kind: str) -> Iterator[scrapy.Request]:
        """Requests for the links that are new articles of this source; `via_kind` is feed|sitemap|listing."""
        for link in links:
            url = canonical_url(link.url)
            if not source.owns(url):
                self.count("skipped/off_domain")
                log.debug("%s: not followed, outside %s's domains (linked from %s)", url, source.name, via)
                continue
            if not source.is_article(url):
                continue
            if self.since and link.date and link.date < self.since:
                self.count("skipped/older_than_since")
                continue
            if url in self.known:
                if url in self.stored and url not in self.reported_known:
                    self.reported_known.add(url)
                    self.count("skipped/known")
                continue
            yield scrapy.Request(
                url, callback=self.parse_article, errback=self.on_error,
                meta={"source": source.name, "discovered_date": link.date, "via": via_kind},
            )

    def _discovery_body(self, response: Response) -> bytes:
        self.count("pages_fetched")
        body = response.body
        if gzip_magic_number(response):
            body = gunzip(body, max_size=self.crawler.settings.getint("DOWNLOAD_MAXSIZE"))
        return body

    def parse_feed(self, response: Response):
        source = self.sources[response.meta["source"]]
        try:
            links = parse_feed(self._discovery_body(response), response.url)
        except (DiscoveryError, OSError, ValueError) as exc:
            self.count("errors/bad_feed")
            log.warning("%s: unreadable feed (%s)", response.url, exc)
            return
        self.count(f"sources/{source.name}/reached")
        yield from self._article_requests(links, source, response.url, "feed")

    def parse_sitemap(self, response: Response):
        source = self.sources[response.meta["source"]]
        try:
            kind, links = parse_sitemap(self._discovery_body(response), response.url)
        except (DiscoveryError, OSError, ValueError) as exc:
            self.count("errors/bad_sitemap")
            log.warning("%s: unreadable sitemap (%s)", response.url, exc)
            return
        self.count(f"sources/{source.name}/reached")
        if kind == "urlset":
            yield from self._article_requests(links, source, response.url, "sitemap")
            return
        for link in links:
            if not source.owns(link.url):
                self.count("skipped/off_domain")
                continue
            if self.since and link.date and link.date < self.since:
                continue  # nothing in a sub-sitemap unchanged since before the window is new
            yield self._discovery_request(link.url, source, self.parse_sitemap)

    def parse_listing(self, response: Response):
        source = self.sources[response.meta["source"]]
        self.count("pages_fetched")
        if not isinstance(response, TextResponse):
            self.count("errors/not_html")
            log.warning("%s: listing page is not HTML", response.url)
            return
        self.count(f"sources/{source.name}/reached")
        hrefs, nexts = listing_links(response, response.url)
        yield from self._article_requests((Link(h) for h in hrefs), source, response.url, "listing")
        page = response.meta["page"]
        for url in nexts[:1]:
            if page < source.max_listing_pages and source.owns(url):
                yield self._discovery_request(url, source, self.parse_listing, page=page + 1)

    # -- articles -----------------------------------------------------------

    def parse_article(self, response: Response):
        self.count("pages_fetched")
        self.count("articles_fetched")
        url = canonical_url(response.url)  # after redirects
        if url in self.known:  # a redirect landed on an article already stored or fetched
            return
        self.known.add(url)
        yield ArticleItem(
            url=url,
            source=response.meta["source"],
            html=response.body,
            fetched_at=dt.datetime.now(dt.timezone.utc).replace(tzinfo=None),
            discovered_date=response.meta.get("discovered_date"),
            via=response.meta.get("via", "feed"),
        )
