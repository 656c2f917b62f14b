"""Downloader middlewares: back-off retries, redirect loops and chains, robots.txt failures said once,
and each source kept to its own domains (Scrapy's offsite middleware, which drops redirects silently, is off)."""

from __future__ import annotations

import asyncio
import logging

from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware, RedirectMiddleware
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.response import response_status_message

from healthbreach.crawler.urls import url_problem

# Exceptions that mean "no answer in time": retried at most HEALTHBREACH_TIMEOUT_RETRY_TIMES per run.
TIMEOUTS = ("DownloadTimeoutError", "TimeoutError", "TCPTimedOutError")

log = logging.getLogger("healthbreach.crawl")


def retry_after_seconds(value: bytes | None) -> float | None:
    """Retry-After as delta-seconds (the HTTP-date form is rare on news sites and ignored)."""
    try:
        return max(0.0, float(value.decode("latin-1").strip())) if value else None
    except ValueError:
        return None


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retry, but waiting base * 2**attempt seconds (or Retry-After, capped) first."""

    def __init__(self, settings):
        super().__init__(settings)
        self.base = settings.getfloat("HEALTHBREACH_RETRY_BACKOFF_BASE", 1.0)
        self.cap = settings.getfloat("HEALTHBREACH_RETRY_BACKOFF_MAX", 60.0)

    async def process_response(self, request, response, spider=None):
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        attempt = request.meta.get("retry_times", 0)
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        delay = retry_after_seconds(response.headers.get("Retry-After"))
        delay = min(self.cap, delay if delay is not None else self.base * 2**attempt)
        self.crawler.stats.inc_value(f"healthbreach/retried/http_{response.status}")
        # A server asking us to slow down is worth a line; a 5xx retry is said once, if it is given up.
        level = logging.INFO if response.status == 429 else logging.DEBUG
        log.log(level, "%s: HTTP %s, retrying in %.1f s", request.url, response.status, delay)
        await asyncio.sleep(delay)
        return retry

    def process_exception(self, request, exception, spider=None):
        # A hanging page costs DOWNLOAD_TIMEOUT per attempt and holds its domain's slot:
        # try it again at most once in a run (later nights retry it, see store/failures.py).
        if type(exception).__name__ in TIMEOUTS and "max_retry_times" not in request.meta:
            request.meta["max_retry_times"] = min(self.max_retry_times, self.crawler.settings.getint("HEALTHBREACH_TIMEOUT_RETRY_TIMES", 1))
        return super().process_exception(request, exception)


class LoopAware:
    """Stop a redirect loop at its first repeat, and tell a loop from a chain too long to follow.

    Without this, A -> B -> A is silently dropped by the duplicate filter
    (article requests are filtered), with no errback and so no log line.
    A Location that is not a URL (port 99999, a broken IPv6 literal) is one
    refused request, not an exception in the middleware.
    """

    def process_response(self, request, response, spider=None):
        try:
            return super().process_response(request, response)
        except ValueError as exc:
            location = (response.headers.get("Location") or b"").decode("latin-1")[:200]
            raise IgnoreRequest(f"bad redirect URL {location!r} ({exc})") from None

    def _redirect(self, redirected, request, reason):
        seen = [*request.meta.get("redirect_urls", []), request.url]
        if redirected.url in seen:
            raise IgnoreRequest(f"redirect loop back to {redirected.url}")
        problem = url_problem(redirected.url)
        if problem:
            raise IgnoreRequest(f"{problem.replace('bad URL', 'bad redirect URL')}: {redirected.url}")
        if request.meta.get("redirect_times", 0) + 1 > self.max_redirect_times:
            raise IgnoreRequest(f"redirect chain longer than {self.max_redirect_times} redirects, stopped before {redirected.url}")
        return super()._redirect(redirected, request, reason)


class LoopAwareRedirectMiddleware(LoopAware, RedirectMiddleware):
    pass


class LoopAwareMetaRefreshMiddleware(LoopAware, MetaRefreshMiddleware):
    pass


class QuietRobotsTxtMiddleware(RobotsTxtMiddleware):
    """A robots.txt that cannot be fetched: no ERROR with two tracebacks (Scrapy's), the spider is told.

    The host's own requests then fail with the same reason, and that is the one
    line said (spider.on_error); the traceback is logged at DEBUG only.
    """

    async def robot_parser(self, request):
        parts = urlparse_cached(request)
        self._robots_urls = getattr(self, "_robots_urls", {})
        self._robots_urls.setdefault(parts.netloc, f"{parts.scheme}://{parts.netloc}/robots.txt")
        return await super().robot_parser(request)

    def _robots_error(self, exc, netloc):
        spider = self.crawler.spider
        if hasattr(spider, "robots_failed"):
            spider.robots_failed(getattr(self, "_robots_urls", {}).get(netloc, f"http://{netloc}/robots.txt"), netloc, exc)
        return super()._robots_error(exc, netloc)


def _first_robots_request(request) -> bool:
    """Scrapy's own robots.txt request, not a redirect of it."""
    return (request.meta.get("dont_obey_robotstxt") and not request.meta.get("redirect_urls")
            and request.url.split("?", 1)[0].endswith("/robots.txt"))


class SourceDomainsMiddleware:
    """A request made for a source may only go to that source's domains, redirects included.

    Scrapy's offsite middleware knows domains but not ports, nor which source a
    request is for: a feed on one loopback port could otherwise redirect the
    crawler to another service on the same host. It also drops offsite
    redirects without an errback, so without a line; it is replaced by this
    one, which refuses with IgnoreRequest (the spider's errback says it once).
    A request for no source (robots.txt and its redirects) must be on some
    source's domains.
    """

    def __init__(self, crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_request(self, request, spider=None):
        name = request.meta.get("source")
        sources = getattr(self.crawler.spider, "sources", {})
        if request.meta.get("index_source"):
            return None  # a page a news index found, on any outlet: OutletGuardMiddleware keeps it off private addresses
        if name is None and _first_robots_request(request) and any(s.news_index for s in sources.values()):
            return None  # robots.txt of such an outlet (its page passed the outlet guard first); its redirects are checked
        if name in sources:
            if not sources[name].owns(request.url):
                raise IgnoreRequest(f"outside {name}'s domains")
        elif sources and not any(s.owns(request.url) for s in sources.values()):
            raise IgnoreRequest("outside the sources' domains")
        return None
