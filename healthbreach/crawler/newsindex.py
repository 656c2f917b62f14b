"""Keyword discovery from news indexes: articles of any outlet, found by query.

Two indexes are read, each in its documented public form:

* the GDELT 2.0 DOC API, `mode=artlist&format=json`: an object whose
  `articles` list holds `url`, `url_mobile`, `title`, `seendate`
  (`YYYYMMDDTHHMMSSZ`), `socialimage`, `domain`, `language` ("French") and
  `sourcecountry`; `{}` when nothing matched, a plain-text line on a bad query;
* Google News RSS search (`/rss/search?q=...&hl=fr&gl=FR&ceid=FR:fr`): an
  RSS 2.0 channel whose items carry `title`, `link` (a news.google.com
  article link), `guid`, `pubDate`, `description` and `<source url=...>`.

A Google News link is decoded when it embeds the outlet's URL (the older
`CBMi...` identifiers are base64 protobuf holding it); otherwise it is fetched
and its HTTP redirect followed. Queries are data (sources.toml); the pages
found go through the same robots.txt, per-domain politeness, relevance gate
and store as any article, and never to a private address.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import re
from typing import TYPE_CHECKING
from urllib.parse import urlencode, urlsplit

from healthbreach.crawler.discovery import DiscoveryError, Link, _child_text, _local, _xml_root, parse_date

if TYPE_CHECKING:
    from healthbreach.crawler.sources import SourceSpec

GDELT = "gdelt"
GOOGLE_NEWS = "google-news"
ENDPOINTS = {
    GDELT: "https://api.gdeltproject.org/api/v2/doc/doc",
    GOOGLE_NEWS: "https://news.google.com/rss/search",
}
TIMESPAN = re.compile(r"^(\d+)(h|d|w)$")  # hours, days, weeks: what both indexes understand
DEFAULT_TIMESPAN = "7d"
GDELT_MAX_RECORDS = 250  # the API's ceiling per request


def check_index_source(spec: SourceSpec) -> None:
    from healthbreach.crawler.sources import SourceError

    if spec.news_index not in ENDPOINTS:
        raise SourceError(f"source {spec.name!r}: unknown news_index {spec.news_index!r} (known: {', '.join(ENDPOINTS)})")
    if not spec.queries or not all(q.strip() for q in spec.queries):
        raise SourceError(f"source {spec.name!r}: a news index needs queries")
    if spec.timespan and not TIMESPAN.match(spec.timespan):
        raise SourceError(f"source {spec.name!r}: timespan {spec.timespan!r} is not a number of hours, days or weeks (24h, 7d, 2w)")


def index_urls(spec: SourceSpec) -> list[str]:
    """One search URL per query."""
    endpoint = spec.index_url or ENDPOINTS[spec.news_index]
    timespan = spec.timespan or DEFAULT_TIMESPAN
    urls = []
    for query in spec.queries:
        if spec.news_index == GDELT:
            params = {
                "query": f"{query} sourcelang:french", "mode": "artlist", "format": "json",
                "maxrecords": GDELT_MAX_RECORDS, "timespan": timespan, "sort": "datedesc",
            }
        else:
            number, unit = TIMESPAN.match(timespan).groups()
            when = f"{int(number) * 7}d" if unit == "w" else timespan
            params = {"q": f"{query} when:{when}", "hl": "fr", "gl": "FR", "ceid": "FR:fr"}
        urls.append(f"{endpoint}?{urlencode(params)}")
    return urls


def _gdelt_date(value: str | None) -> dt.date | None:
    match = re.match(r"^(\d{4})(\d{2})(\d{2})T", value or "")
    if not match:
        return None
    try:
        return dt.date(*map(int, match.groups()))
    except ValueError:
        return None


def parse_gdelt(body: bytes) -> list[Link]:
    """The French articles of an artlist answer."""
    try:
        data = json.loads(body.decode("utf-8", "replace"))
    except ValueError:
        first = body.decode("utf-8", "replace").strip().splitlines()[:1]
        raise DiscoveryError(f"not a GDELT JSON answer ({(first or ['empty'])[0][:100]})") from None
    if not isinstance(data, dict):
        raise DiscoveryError("not a GDELT JSON answer (no object)")
    links = []
    for article in data.get("articles") or []:
        if not isinstance(article, dict) or not isinstance(article.get("url"), str):
            continue
        if article.get("language") not in (None, "", "French"):
            continue
        links.append(Link(article["url"], _gdelt_date(article.get("seendate"))))
    return links


def _varint(data: bytes, pos: int) -> tuple[int, int]:
    value = shift = 0
    while pos < len(data):
        byte = data[pos]
        value |= (byte & 0x7F) << shift
        pos += 1
        if not byte & 0x80:
            return value, pos
        shift += 7
    raise ValueError("truncated varint")


def decode_google_news(url: str, index_netloc: str = "news.google.com") -> str | None:
    """The outlet URL a Google News article link embeds, or None (newer links only redirect)."""
    parts = urlsplit(url)
    if not ((parts.hostname or "").endswith("news.google.com") or parts.netloc == index_netloc):
        return None
    match = re.search(r"/articles/([A-Za-z0-9_-]+)", parts.path)
    if not match:
        return None
    token = match.group(1)
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
    except (binascii.Error, ValueError):
        return None
    start = raw.find(b"\x08\x13\x22")
    if start < 0:
        return None
    try:
        length, pos = _varint(raw, start + 3)
    except ValueError:
        return None
    embedded = raw[pos:pos + length]
    if len(embedded) != length or not embedded.startswith((b"http://", b"https://")):
        return None
    try:
        return embedded.decode("ascii")
    except UnicodeDecodeError:
        return None


def parse_google_news(body: bytes, base_url: str) -> list[Link]:
    """Items of a Google News RSS search, their links decoded where the link embeds the outlet's URL."""
    root = _xml_root(body)
    if _local(root.tag) != "rss":
        raise DiscoveryError(f"not a Google News RSS answer (root element <{_local(root.tag)}>)")
    links = []
    for item in root.iter():
        if _local(item.tag) != "item":
            continue
        link = _child_text(item, "link")
        if not link:
            continue
        date = parse_date(_child_text(item, "pubDate"))
        links.append(Link(decode_google_news(link, urlsplit(base_url).netloc) or link, date))
    return links


def parse_index(kind: str, body: bytes, base_url: str) -> list[Link]:
    return parse_gdelt(body) if kind == GDELT else parse_google_news(body, base_url)


# A Google News page that did not redirect may still name the article it stands for.
_PAGE_TARGET = re.compile(rb'(?:data-n-au|data-url)="(https?://[^"]+)"|http-equiv="refresh"[^>]*url=([^"\'>]+)', re.I)


def page_target(body: bytes) -> str | None:
    match = _PAGE_TARGET.search(body[:200_000])
    if not match:
        return None
    return (match.group(1) or match.group(2)).decode("ascii", "ignore").strip() or None


# -- fetching from any outlet ---------------------------------------------------

PRIVATE_ALLOWED_SETTING = "HEALTHBREACH_PRIVATE_HOSTS_ALLOWED"  # ["127.0.0.1:8808"]: loopback test outlets only


def forbidden_outlet(url: str, allowed: list[str] | tuple[str, ...] = ()) -> str | None:
    """Why an index-found URL may not be fetched (a private address, not http), or None."""
    from healthbreach.crawler.spider import private_host

    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "not an http(s) URL"
    if private_host(url):
        netloc = f"{parts.hostname}:{parts.port}" if parts.port else parts.hostname
        if netloc not in allowed:
            return "a private address"
    return None


class OutletGuardMiddleware:
    """Requests for pages a news index found (meta `index_source`) never reach a private address,
    redirects included; Scrapy's robots.txt, offsite (allow_offsite) and per-domain slots do the rest."""

    def __init__(self, crawler) -> None:
        self.crawler = crawler
        self.allowed = tuple(crawler.settings.getlist(PRIVATE_ALLOWED_SETTING))
        self._resolved: dict[str, str | None] = {}

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    async def process_request(self, request, spider=None):
        index = request.meta.get("index_source")
        if index:
            sources = getattr(self.crawler.spider, "sources", {})
            if index in sources and sources[index].owns(request.url):
                return None  # the index's own links (Google News article links) redirect to the outlet
            reason = forbidden_outlet(request.url, self.allowed) or await self._resolves_private(request.url)
            if reason:
                from scrapy.exceptions import IgnoreRequest

                raise IgnoreRequest(f"outside the index's reach: {reason}")
        return None

    async def _resolves_private(self, url: str) -> str | None:
        """A host name whose addresses include a private one (looked up off the reactor, once per host)."""
        import ipaddress
        import socket

        from scrapy.utils.defer import maybe_deferred_to_future
        from twisted.internet.threads import deferToThread

        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        try:
            ipaddress.ip_address(host)
            return None  # an address literal: forbidden_outlet judged it
        except ValueError:
            pass
        netloc = f"{host}:{parts.port}" if parts.port else host
        if netloc in self.allowed:
            return None
        if host not in self._resolved:
            try:
                infos = await maybe_deferred_to_future(deferToThread(socket.getaddrinfo, host, parts.port or 443, 0, socket.SOCK_STREAM))
            except OSError:
                infos = []  # Scrapy's own lookup will fail and say so
            private = [i[4][0] for i in infos if _private_ip(i[4][0])]
            self._resolved[host] = f"{host} resolves to a private address ({private[0]})" if private else None
        return self._resolved[host]


def _private_ip(value: str) -> bool:
    import ipaddress

    try:
        address = ipaddress.ip_address(value.split("%")[0])
    except ValueError:
        return False
    return address.is_private or address.is_loopback or address.is_link_local or address.is_reserved or address.is_unspecified
