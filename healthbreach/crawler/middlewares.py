"""Retry 429 and 5xx with exponential back-off, honouring Retry-After."""

from __future__ import annotations

import asyncio
import logging

from scrapy.downloadermiddlewares.retry import RetryMiddleware
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
        log.info("%s: HTTP %s, retrying in %.1f s", request.url, response.status, delay)
        await asyncio.sleep(delay)
        return retry
