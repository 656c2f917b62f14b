"""One short line per dropped item: the URL and the reason, never the item (it holds the raw page)."""

from __future__ import annotations

import logging

from scrapy.logformatter import LogFormatter


class HealthbreachLogFormatter(LogFormatter):
    def dropped(self, item, exception, response, spider=None):
        return {"level": logging.WARNING, "msg": "dropped %(reason)s", "args": {"reason": str(exception)}}

    def item_error(self, item, exception, response, spider=None):
        # Scrapy's default prints the whole item, raw page included; the traceback follows via exc_info.
        return {"level": logging.ERROR, "msg": "%(url)s: pipeline failed (%(error)s)", "args": {"url": getattr(item, "url", "?"), "error": f"{type(exception).__name__}: {exception}"}}

    def scraped(self, item, response, spider=None):
        return {"level": logging.DEBUG, "msg": "stored %(url)s", "args": {"url": getattr(item, "url", "?")}}
