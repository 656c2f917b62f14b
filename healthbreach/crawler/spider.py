"""The one spider every source shares: discover from feeds, sitemaps and listings, fetch new articles."""

from __future__ import annotations

import datetime as dt
import ipaddress
import logging
from collections.abc import Iterable, Iterator
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils._compression import _DecompressionMaxSizeExceeded
from scrapy.utils.gz import gunzip, gzip_magic_number
from sqlalchemy import select

from healthbreach.crawler.discovery import DiscoveryError, Link, listing_links, parse_feed, parse_sitemap
from healthbreach.crawler.items import ArticleItem
from healthbreach.crawler.newsindex import PRIVATE_ALLOWED_SETTING, forbidden_outlet, index_urls, page_target, parse_index
from healthbreach.crawler.sources import SourceSpec
from healthbreach.crawler.urls import canonical_url, url_problem
from healthbreach.store import failures
from healthbreach.store.db import make_engine
from healthbreach.store.models import Article

log = logging.getLogger("healthbreach.crawl")


# Exception class name -> error kind, for failures that are not HTTP answers.
EXCEPTION_KINDS = {
    "DownloadTimeoutError": "timeout",
    "TimeoutError": "timeout",
    "TCPTimedOutError": "timeout",
    "DownloadCancelledError": "too_large",  # over DOWNLOAD_MAXSIZE: the only reason Scrapy cancels
    "CannotResolveHostError": "dns",
    "DNSLookupError": "dns",
    "DownloadConnectionRefusedError": "connection_refused",
    "ConnectionRefusedError": "connection_refused",
    "ResponseDataLossError": "truncated",
    "ConnectionLost": "connection_lost",
    "ConnectionDone": "connection_lost",
    "ResponseNeverReceived": "connection_lost",
    "DownloadFailedError": "connection_lost",
}

# IgnoreRequest carries its reason in its message only.
IGNORE_KINDS = {
    "robots.txt": "robots_disallowed",
    "redirect chain": "redirect_chain",
    "max redirections": "redirect_chain",
    "redirect loop": "redirect_loop",
    "bad redirect URL": "bad_url",
    "DOWNLOAD_MAXSIZE": "too_large",  # a compressed body that inflates past the cap
    "offsite": "off_domain",
    "outside": "off_domain",
}

# Kinds that are our choice or the site's wish, not failures: counted under skipped/.
SKIP_KINDS = {"robots_disallowed", "off_domain", "private_address"}
# Failures that are the host's, not the page's: said once per host, the host's other requests at DEBUG.
HOST_KINDS = {"dns", "connection_refused"}


def error_kind(failure) -> str:
    """A short name for why a request failed, used as a stats key."""
    exc = failure.value
    if isinstance(exc, HttpError):
        return f"http_{exc.response.status}"
    if isinstance(exc, IgnoreRequest):
        return next((kind for text, kind in IGNORE_KINDS.items() if text in str(exc)), "ignored")
    name = type(exc).__name__
    return EXCEPTION_KINDS.get(name, name.lower())


def error_reason(failure, kind: str, spider_maxsize: int = 0) -> str:
    """The human half of the log line: what went wrong, and how hard we tried."""
    exc = failure.value
    retries = failure.request.meta.get("retry_times", 0)
    tried = f" after {retries + 1} attempts" if retries else ""
    if isinstance(exc, HttpError):
        return f"HTTP {exc.response.status}{tried}"
    if kind == "timeout":
        timeout = failure.request.meta.get("download_timeout")
        return f"no answer within {timeout:g} s{tried}" if timeout else f"timed out{tried}"
    if kind == "too_large":
        cap = failure.request.meta.get("download_maxsize") or spider_maxsize
        return f"larger than the {cap} byte cap, not downloaded"
    if kind == "redirect_loop":
        hops = len(failure.request.meta.get("redirect_urls", [])) + 1
        return f"redirect loop ({hops} redirects, back to {str(failure.value).rsplit(' ', 1)[-1]}), not followed"
    if kind in ("redirect_chain", "bad_url"):
        return f"{exc}, not followed"
    return f"{kind.replace('_', ' ')}{tried} ({type(exc).__name__}: {str(exc)[:120]})"


def private_host(url: str) -> bool:
    """localhost, loopback, private, link-local or reserved IP literals: never fetched unless a source owns them."""
    host = (urlsplit(url).hostname or "").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_private or address.is_loopback or address.is_link_local or address.is_reserved or address.is_unspecified


def content_type(response: Response) -> str:
    return (response.headers.get("Content-Type") or b"no Content-Type").decode("latin-1")


def is_html(response: Response) -> bool:
    """A text response whose first KiB has no NUL byte: binaries served under an HTML URL or type are not."""
    return isinstance(response, TextResponse) and b"\x00" not in response.body[:1024]


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
        self.held_back: dict[str, failures.Failed] = {}  # URLs that failed in earlier runs, not due yet
        self.failed: dict[str, tuple[str, str, str]] = {}  # canonical URL -> (source, kind, reason), this run
        self.failed_hosts: dict[str, str] = {}  # netloc -> kind, for failures said once per host

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(spider.remember_failures, signal=signals.spider_closed)
        return spider

    # -- bookkeeping ------------------------------------------------------

    def count(self, key: str, n: int = 1) -> None:
        self.crawler.stats.inc_value(f"healthbreach/{key}", n)

    def _load_known_urls(self) -> None:
        engine = make_engine(self.db_url)
        try:
            with engine.connect() as conn:
                self.stored = set(conn.scalars(select(Article.url)))
            self.held_back = failures.held_back(engine)
        finally:
            engine.dispose()
        self.known = set(self.stored)

    def _remember(self, request, kind: str, reason: str) -> None:
        """An article URL that failed or was dropped: the next runs retry it with growing back-off."""
        if request.meta.get("discovery") or not request.meta.get("source"):
            return  # feeds, sitemaps and listings are read on every run
        url = canonical_url((request.meta.get("redirect_urls") or [request.url])[0])
        self.failed[url] = (request.meta["source"], kind, reason)

    def item_dropped(self, item, response, exception, spider=None) -> None:
        kind = getattr(exception, "kind", "")
        if kind.split("/")[-1] in failures.REMEMBERED_DROPS and response is not None:
            self._remember(response.request, kind.split("/")[-1], str(exception).split(": ", 1)[-1])

    def remember_failures(self, spider, reason) -> None:
        engine = make_engine(self.db_url)
        try:
            failures.record(
                engine, self.failed,
                base_hours=self.crawler.settings.getfloat("HEALTHBREACH_FAILED_BACKOFF_HOURS", 20.0),
                max_runs=self.crawler.settings.getint("HEALTHBREACH_FAILED_MAX_RUNS", 5),
            )
        finally:
            engine.dispose()

    def robots_failed(self, robots: str, netloc: str, exc: Exception) -> None:
        """robots.txt could not be fetched: the host is then crawled as if it allowed everything."""
        if isinstance(exc, IgnoreRequest):  # redirected outside the sources' domains: refused, and said
            self.count("skipped/off_domain")
            log.info("%s: not read, redirected outside the sources' domains; %s crawled as if it allowed everything", robots, netloc)
            return
        # The host's own requests fail the same way and say it; the traceback is for -L DEBUG.
        log.debug("%s: not read (%s)", robots, type(exc).__name__, exc_info=(type(exc), exc, exc.__traceback__))

    def on_error(self, failure) -> None:
        """One line and one counter per failed request; Scrapy's own lines for these are quieted."""
        request = failure.request
        url = (request.meta.get("redirect_urls") or [request.url])[0]  # the URL we set out to fetch
        kind = error_kind(failure)
        source = request.meta.get("source")
        log.debug("%s: %s", url, kind, exc_info=(failure.type, failure.value, failure.getTracebackObject()))
        if kind == "off_domain" and private_host(request.url):
            kind = "private_address"
        if kind in SKIP_KINDS:
            self.count(f"skipped/{kind}")  # the site asked us not to, or we chose not to: not an error
            if kind == "robots_disallowed":
                log.info("%s: skipped, disallowed by robots.txt", url)
                return
            if kind == "off_domain" and request.meta.get("index_source"):
                log.info("%s: skipped, %s (%s)", url, failure.value, request.url)
                return
            where = "to a private address outside" if kind == "private_address" else "outside"
            reason = f"redirected {where} {source or 'the sources'}'s domains ({request.url})"
            self._remember(request, kind, reason)
            if source and request.meta.get("discovery"):
                self.discovery_failed(source, url, reason)
            log.log(logging.WARNING if kind == "private_address" else logging.INFO, "%s: not followed, %s", url, reason)
            return
        self.count(f"errors/{kind}")
        reason = error_reason(failure, kind, self.crawler.settings.getint("DOWNLOAD_MAXSIZE"))
        self._remember(request, kind, reason)
        if request.meta.get("discovery") and source:
            self.discovery_failed(source, url, reason)
        netloc = urlsplit(request.url).netloc
        if kind in HOST_KINDS:
            if self.failed_hosts.get(netloc) == kind:
                log.debug("%s: %s (%s; host %s already said)", url, reason, source, netloc)
                return
            self.failed_hosts[netloc] = kind
            log.warning("%s: %s (%s; host %s not reached)", url, reason, source, netloc)
            return
        log.warning("%s: %s (%s)", url, reason, source)

    def discovery_failed(self, source: str, url: str, reason: str) -> None:
        """Remember why a feed, sitemap or listing failed: said for each source never reached."""
        self.crawler.stats.set_value(f"healthbreach/sources/{source}/last_error", f"{url}: {reason}")

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
            if source.news_index:
                for url in index_urls(source):
                    yield self._discovery_request(url, source, self.parse_index)

    def _discovery_request(self, url: str, source: SourceSpec, callback, **meta) -> scrapy.Request:
        # Discovery documents are read on every run, whatever the dupefilter saw.
        return scrapy.Request(
            url, callback=callback, errback=self.on_error, dont_filter=True,
            meta={"source": source.name, "discovery": True, **meta},
        )

    def _article_requests(self, links: Iterable[Link], source: SourceSpec, via: str, via_kind: str) -> Iterator[scrapy.Request]:
        """Requests for the links that are new articles of this source; `via_kind` is feed|sitemap|listing."""
        for link in links:
            if self._bad_url(link.url, via):  # one bad item never loses its feed: the next items follow
                continue
            url = canonical_url(link.url)
            if not source.owns(url):
                self._not_followed(url, source, via)
                continue
            if not source.is_article(url) or self._not_wanted(url, link):
                continue
            yield scrapy.Request(
                url, callback=self.parse_article, errback=self.on_error,
                meta={"source": source.name, "discovered_date": link.date, "via": via_kind},
            )

    def _not_wanted(self, url: str, link: Link) -> bool:
        """An article link not to fetch this run: older than --since, already stored or fetched, or
        failed on an earlier run and waiting for its back-off (each counted, the held-back one said)."""
        if self.since and link.date and link.date < self.since:
            self.count("skipped/older_than_since")
            return True
        if url in self.known:
            if url in self.stored and url not in self.reported_known:
                self.reported_known.add(url)
                self.count("skipped/known")
            return True
        if url in self.held_back:
            self._held_back(url, self.held_back.pop(url))
            return True
        return False

    def _held_back(self, url: str, earlier: failures.Failed) -> None:
        self.known.add(url)  # said once, even when several feeds list it
        if earlier.given_up:
            self.count("skipped/given_up")
            log.info("%s: not fetched, given up after %d failed runs (last: %s)", url, earlier.runs, earlier.reason)
            return
        self.count("skipped/failed_before")
        log.info("%s: not fetched, failed in %d run%s (last: %s); next try after %s", url, earlier.runs,
                 "s" if earlier.runs > 1 else "", earlier.reason, f"{earlier.next_attempt_at:%Y-%m-%d %H:%M} UTC")

    def _bad_url(self, url: str, via: str) -> bool:
        """A link that is no fetchable URL: said and counted once, here."""
        problem = url_problem(url)
        if problem:
            self.count("errors/bad_url")
            log.warning("%s: not followed, %s (linked from %s)", url[:300], problem, via)
        return bool(problem)

    def _not_followed(self, url: str, source: SourceSpec, via: str) -> None:
        if self._bad_url(url, via):
            return
        if private_host(url):  # a feed pointing us at the local network: worth a warning
            self.count("skipped/private_address")
            log.warning("%s: not followed, private address outside %s's domains (linked from %s)", url, source.name, via)
            return
        self.count("skipped/off_domain")
        log.info("%s: not followed, outside %s's domains (linked from %s)", url, source.name, via)

    def _discovery_body(self, response: Response) -> bytes:
        """The body, gunzipped if it is a .gz file, never inflated past DOWNLOAD_MAXSIZE (gzip bombs)."""
        self.count("pages_fetched")
        body = response.body
        if gzip_magic_number(response):
            body = gunzip(body, max_size=self.crawler.settings.getint("DOWNLOAD_MAXSIZE"))
        if b"<!ENTITY" in body:
            # Entities are never resolved (discovery.py), but a feed declaring them is hostile or broken: say so.
            self.count("errors/xml_entities")
            log.warning("%s: declares XML entities, left unresolved", response.url)
        return body

    def _unreadable(self, response: Response, what: str, exc: Exception) -> None:
        source = response.meta["source"]
        if isinstance(exc, _DecompressionMaxSizeExceeded):
            kind, reason = "too_large", f"gzip {what} inflates past the {exc.max_size} byte cap, not read"
        else:
            kind, reason = f"bad_{what}", f"unreadable {what} ({exc})"
        self.count(f"errors/{kind}")
        self.discovery_failed(source, response.url, reason)
        log.warning("%s: %s (%s)", response.url, reason, source)

    def parse_feed(self, response: Response):
        source = self.sources[response.meta["source"]]
        try:
            links = parse_feed(self._discovery_body(response), response.url)
        except (DiscoveryError, OSError, ValueError) as exc:
            self._unreadable(response, "feed", exc)
            return
        self.count(f"sources/{source.name}/reached")
        yield from self._article_requests(links, source, response.url, "feed")

    def parse_sitemap(self, response: Response):
        source = self.sources[response.meta["source"]]
        try:
            kind, links = parse_sitemap(self._discovery_body(response), response.url)
        except (DiscoveryError, OSError, ValueError) as exc:
            self._unreadable(response, "sitemap", exc)
            return
        self.count(f"sources/{source.name}/reached")
        if kind == "urlset":
            yield from self._article_requests(links, source, response.url, "sitemap")
            return
        for link in links:
            if not source.owns(link.url):
                self._not_followed(link.url, source, response.url)
                continue
            if self.since and link.date and link.date < self.since:
                continue  # nothing in a sub-sitemap unchanged since before the window is new
            yield self._discovery_request(link.url, source, self.parse_sitemap)

    def parse_listing(self, response: Response):
        source = self.sources[response.meta["source"]]
        self.count("pages_fetched")
        if not is_html(response):
            self.count("errors/not_html")
            self.discovery_failed(source.name, response.url, "listing page is not HTML")
            log.warning("%s: listing page is not HTML (%s)", response.url, content_type(response))
            return
        self.count(f"sources/{source.name}/reached")
        hrefs, nexts = listing_links(response, response.url)
        yield from self._article_requests((Link(h) for h in hrefs), source, response.url, "listing")
        page = response.meta["page"]
        for url in nexts[:1]:
            if page < source.max_listing_pages and not url_problem(url) and source.owns(url):
                yield self._discovery_request(url, source, self.parse_listing, page=page + 1)

    def parse_index(self, response: Response):
        """A news index's answer: its articles, on any outlet, are fetched like a feed's."""
        source = self.sources[response.meta["source"]]
        try:
            links = parse_index(source.news_index, self._discovery_body(response), response.url)
        except (DiscoveryError, OSError, ValueError) as exc:
            self._unreadable(response, "index_answer", exc)
            return
        self.count(f"sources/{source.name}/reached")
        yield from self._index_requests(links, source, response.url)

    def _index_requests(self, links: Iterable[Link], index: SourceSpec, via: str) -> Iterator[scrapy.Request]:
        allowed = self.crawler.settings.getlist(PRIVATE_ALLOWED_SETTING)
        for link in links:
            url = canonical_url(link.url)
            reason = None if index.owns(url) else forbidden_outlet(url, allowed)
            if reason:
                self.count("skipped/private_address")
                log.warning("%s: not followed, %s (found by %s in %s)", url, reason, index.name, via)
                continue
            if self._not_wanted(url, link):
                continue
            # An outlet that a declared source names keeps that source's name and domain rules.
            owner = next((s for s in self.sources.values() if not s.news_index and s.owns(url)), None)
            meta = {"discovered_date": link.date, "via": "index", "allow_offsite": True}
            meta.update({"source": owner.name} if owner else {"index_source": index.name})
            yield scrapy.Request(url, callback=self.parse_article, errback=self.on_error, meta=meta)

    def _index_page(self, response: Response) -> Iterator[scrapy.Request]:
        """A news index's own article page that did not redirect: follow the outlet URL it names."""
        index = self.sources[response.meta["index_source"]]
        target = page_target(response.body)
        reason = forbidden_outlet(target, self.crawler.settings.getlist(PRIVATE_ALLOWED_SETTING)) if target else "no outlet URL in it"
        if reason or index.owns(target):
            self.count("skipped/unresolved_index_link")
            log.info("%s: %s link not resolved (%s)", response.url, index.name, reason or "points back to the index")
            return
        yield response.request.replace(url=target, dont_filter=False)

    # -- articles -----------------------------------------------------------

    def parse_article(self, response: Response):
        self.count("pages_fetched")
        self.count("articles_fetched")
        url = canonical_url(response.url)  # after redirects
        index = response.meta.get("index_source")
        if index and self.sources[index].owns(response.url):
            yield from self._index_page(response)
            return
        if not is_html(response):
            self.count("errors/not_html")
            self._remember(response.request, "not_html", f"not an HTML page ({content_type(response)})")
            log.warning("%s: not an HTML page (%s), not stored", response.url, content_type(response))
            return
        if url in self.known:  # a redirect landed on an article already stored or fetched
            return
        self.known.add(url)
        yield ArticleItem(
            url=url,
            source=response.meta.get("source") or response.meta["index_source"],
            html=response.body,
            fetched_at=dt.datetime.now(dt.timezone.utc).replace(tzinfo=None),
            discovered_date=response.meta.get("discovered_date"),
            via=response.meta.get("via", "feed"),
        )
