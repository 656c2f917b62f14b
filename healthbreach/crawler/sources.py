"""Sources are data: sources.toml declares them, this module reads and checks them."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from urllib.parse import urlsplit


class SourceError(ValueError):
    """A source declaration is invalid, or a source name is unknown."""


@dataclass(frozen=True)
class SourceSpec:
    name: str
    domains: tuple[str, ...]
    article_pattern: str
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    listings: tuple[str, ...] = ()
    description: str = ""
    partner: bool = False
    enabled: bool = True
    max_listing_pages: int = 5
    # Where the feed / sitemap / listing URLs were seen (a public reference), and one article URL the pattern takes.
    seen_in: str = ""
    example: str = ""
    # A news index asked for articles from any outlet (crawler/newsindex.py): "gdelt" or "google-news".
    news_index: str = ""
    queries: tuple[str, ...] = ()
    timespan: str = ""
    index_url: str = ""  # the index's endpoint, when not its public one (a mirror, a test server)
    _regex: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.domains:
            raise SourceError(f"source {self.name!r}: no domains")
        if self.news_index:
            from healthbreach.crawler.newsindex import check_index_source

            check_index_source(self)
        elif not (self.feeds or self.sitemaps or self.listings):
            raise SourceError(f"source {self.name!r}: no feeds, sitemaps or listings to discover articles from")
        try:
            object.__setattr__(self, "_regex", re.compile(self.article_pattern))
        except re.error as exc:
            raise SourceError(f"source {self.name!r}: bad article_pattern ({exc})") from None

    @classmethod
    def from_dict(cls, name: str, data: dict) -> SourceSpec:
        known = {"domains", "article_pattern", "feeds", "sitemaps", "listings", "description", "partner", "enabled", "max_listing_pages",
                 "seen_in", "example", "news_index", "queries", "timespan", "index_url"}
        unknown = set(data) - known
        if unknown:
            raise SourceError(f"source {name!r}: unknown keys {sorted(unknown)}")
        if "article_pattern" not in data:
            if not data.get("news_index"):
                raise SourceError(f"source {name!r}: article_pattern is required")
            data = {**data, "article_pattern": "."}  # a news index lists articles of any outlet
        lists = {k: tuple(data.get(k, ())) for k in ("domains", "feeds", "sitemaps", "listings", "queries")}
        rest = {k: v for k, v in data.items() if k not in lists}
        return cls(name=name, **lists, **rest)

    def owns(self, url: str) -> bool:
        """Is the URL on one of the source's domains? A domain with a port matches that port only."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return False
        host = parts.hostname.lower()
        for domain in self.domains:
            dhost, _, dport = domain.lower().partition(":")
            if dport and str(parts.port) != dport:
                continue
            if host == dhost or host.endswith("." + dhost):
                return True
        return False

    def is_article(self, url: str) -> bool:
        parts = urlsplit(url)
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        return self.owns(url) and bool(self._regex.search(path))

    def to_dict(self) -> dict:
        """The declaration as data again (from_dict(name, to_dict()) gives an equal spec)."""
        return {
            "domains": list(self.domains),
            "article_pattern": self.article_pattern,
            "feeds": list(self.feeds),
            "sitemaps": list(self.sitemaps),
            "listings": list(self.listings),
            "description": self.description,
            "partner": self.partner,
            "enabled": self.enabled,
            "max_listing_pages": self.max_listing_pages,
            "seen_in": self.seen_in,
            "example": self.example,
            "news_index": self.news_index,
            "queries": list(self.queries),
            "timespan": self.timespan,
            "index_url": self.index_url,
        }

    def to_config(self) -> dict:
        return {
            "description": self.description,
            "feeds": list(self.feeds),
            "sitemaps": list(self.sitemaps),
            "listings": list(self.listings),
            "article_pattern": self.article_pattern,
            "partner": self.partner,
        }


def parse_sources(text: str, origin: str = "sources.toml") -> dict[str, SourceSpec]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SourceError(f"{origin}: {exc}") from None
    return {name: SourceSpec.from_dict(name, entry) for name, entry in data.items()}


def builtin_sources() -> dict[str, SourceSpec]:
    return parse_sources(resources.files(__package__).joinpath("sources.toml").read_text("utf-8"))


def select_sources(names: list[str] | tuple[str, ...] | None, available: dict[str, SourceSpec] | None = None) -> list[SourceSpec]:
    """The named sources, or every enabled one; an unknown name is an error."""
    available = builtin_sources() if available is None else available
    if not names:
        return [s for s in available.values() if s.enabled]
    unknown = [n for n in names if n not in available]
    if unknown:
        raise SourceError(f"unknown source {', '.join(map(repr, unknown))} (known: {', '.join(available)})")
    return [available[n] for n in names]
