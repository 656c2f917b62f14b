"""Downloader middlewares: back-off retries, redirect loops, and each source kept to its own domains."""

from __future__ import annotations

import asyncio
import logging

from scrapy.downloadermiddlewares.redirect import RedirectMiddleware
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.response import response_status_message

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


class LoopAwareRedirectMiddleware(RedirectMiddleware):
    """Stop a redirect loop at its first repeat, not after REDIRECT_MAX_TIMES hops.

    Without this, A -> B -> A is silently dropped by the duplicate filter
    (article requests are filtered), with no errback and so no log line.
    """

    def _redirect(self, redirected, request, reason):
        seen = [*request.meta.get("redirect_urls", []), request.url]
        if redirected.url in seen:
            raise IgnoreRequest(f"redirect loop back to {redirected.url}")
        return super()._redirect(redirected, request, reason)


class SourceDomainsMiddleware:
    """A request made for a source may only go to that source's domains, redirects included.

    Scrapy's offsite middleware knows domains but not ports, nor which source a
    request is for: a feed on one loopback port could otherwise redirect the
    crawler to another service on the same host.
    """

    def __init__(self, crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_request(self, request, spider=None):
        name = request.meta.get("source")
        sources = getattr(self.crawler.spider, "sources", {})
        if name in sources and not sources[name].owns(request.url):
            raise IgnoreRequest(f"outside {name}'s domains")
        return None
