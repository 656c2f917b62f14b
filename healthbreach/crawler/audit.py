"""Every request that reaches the downloader (past every middleware: it is really sent), appended
as one JSON line to the file named by HEALTHBREACH_REQUEST_AUDIT (off when unset).

The hostile-site tests read it to check, from the crawler's side, that nothing
outside the sources' hosts and ports was ever requested; an operator can use it
to see exactly what a run fetched.
"""

from __future__ import annotations

import json

from scrapy import signals
from scrapy.exceptions import NotConfigured


class RequestAudit:
    def __init__(self, path: str) -> None:
        self.file = open(path, "a", encoding="utf-8")  # noqa: SIM115 - closed when the spider closes

    @classmethod
    def from_crawler(cls, crawler):
        path = crawler.settings.get("HEALTHBREACH_REQUEST_AUDIT")
        if not path:
            raise NotConfigured
        ext = cls(path)
        crawler.signals.connect(ext.reached, signal=signals.request_reached_downloader)
        crawler.signals.connect(ext.closed, signal=signals.spider_closed)
        return ext

    def reached(self, request, spider=None) -> None:
        self.file.write(json.dumps({"method": request.method, "url": request.url, "source": request.meta.get("source")}) + "\n")
        self.file.flush()

    def closed(self, spider, reason) -> None:
        self.file.close()
