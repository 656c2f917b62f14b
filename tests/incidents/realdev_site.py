"""realdev's pages as a news site on loopback: a feed listing them, each page at /actu/<id>/.

Used by the real-press grouping test and by `eval/realdev_incidents.py`:

    with serve_realdev(pages_dir) as (base, sources_toml_text):
        healthbreach crawl --sources-file ...     # then incidents_by_article(db_url)

Pages are served as they are; the feed carries no dates, so an article's date is
only what its page declares (realdev pages without a date must stay undated).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from healthbreach.demo.server import serve


class RealdevSite:
    def __init__(self, pages: Path):
        self.pages = {p.stem.replace("_", "-"): p for p in sorted(pages.glob("*.html"))}
        self.base = ""

    def handle(self, path: str, headers):
        if path == "/robots.txt":
            return 200, {"Content-Type": "text/plain"}, b"User-agent: *\nAllow: /\n"
        if path == "/feed/":
            items = "".join(f"<item><title>{slug}</title><link>{self.base}/actu/{slug}/</link></item>" for slug in self.pages)
            body = f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>realdev</title>{items}</channel></rss>"
            return 200, {"Content-Type": "application/rss+xml"}, body.encode()
        if path.startswith("/actu/") and path.endswith("/"):
            page = self.pages.get(path[len("/actu/"):-1])
            if page is not None:
                return 200, {"Content-Type": "text/html; charset=utf-8"}, page.read_bytes()
        return None


def sources_toml(base: str) -> str:
    host = base.split("//")[1]
    return f"[realdev]\ndomains = [\"{host}\"]\nfeeds = [\"{base}/feed/\"]\narticle_pattern = '^/actu/[a-z0-9-]+/$'\n"


@contextmanager
def serve_realdev(pages: Path) -> Iterator[tuple[str, str]]:
    site = RealdevSite(pages)
    with serve(site.handle) as base:
        site.base = base
        yield base, sources_toml(base)


def article_key(url: str) -> str:
    """The realdev id of a crawled URL (/actu/h-corbeil-rtl/ -> h_corbeil_rtl)."""
    return url.rstrip("/").rsplit("/", 1)[-1].replace("-", "_")


def incidents_by_article(engine) -> list[dict]:
    """One {"id", "incident"} row per stored article (incident None when in none)."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from healthbreach.store.models import Article, IncidentArticle

    with Session(engine) as session:
        rows = session.execute(
            select(Article.url, IncidentArticle.incident_id).outerjoin(IncidentArticle, IncidentArticle.article_id == Article.id)
        )
        return [{"id": article_key(url), "incident": incident} for url, incident in rows]
