"""One archived page through the crawl's steps: clean, language, date window, relevance, extract, store.

`ingest_page` is the single place the backfill hands a page to the pipeline's
steps; it calls the same functions the crawl's item pipelines call
(healthbreach/pipelines.py), so a backfilled article is stored exactly as a
crawled one. When the job layer lands, this is the function to point at it.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import Engine, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from healthbreach.crawler.items import ArticleItem
from healthbreach.crawler.sources import builtin_sources
from healthbreach.extract.clean import CleaningError, clean_html
from healthbreach.extract.relevance import judge
from healthbreach.store import articles as store
from healthbreach.store.models import Article, Source

log = logging.getLogger("healthbreach.backfill")

BACKFILL_SOURCE = "backfill"  # articles of outlets no declared source names


@dataclass(frozen=True)
class Window:
    since: dt.date | None = None
    until: dt.date | None = None

    def holds(self, day: dt.date | None) -> bool:
        return day is None or ((self.since is None or day >= self.since) and (self.until is None or day <= self.until))


_extractor = None


def extractor():
    """The spaCy + rules extractor, loaded once per process (each Dask worker loads its own)."""
    global _extractor
    if _extractor is None:
        from healthbreach.extract.extractor import Extractor

        _extractor = Extractor()
    return _extractor


@lru_cache(maxsize=1)
def _declared():
    return [s for s in builtin_sources().values() if not s.news_index]


def source_name(url: str) -> str:
    """The declared source whose domains hold the URL, else 'backfill'."""
    return next((s.name for s in _declared() if s.owns(url)), BACKFILL_SOURCE)


_source_ids: dict[tuple[int, str], int] = {}


def source_id(engine: Engine, name: str) -> int:
    key = (id(engine), name)
    if key not in _source_ids:
        for _ in range(3):
            with Session(engine) as session:
                row = session.scalar(select(Source).where(Source.name == name))
                if row is not None:
                    _source_ids[key] = row.id
                    break
            spec = next((s for s in _declared() if s.name == name), None)
            try:
                with Session(engine) as session, session.begin():
                    if spec is not None:
                        store.ensure_sources(session, [spec])
                    else:
                        session.add(Source(name=name, domains=[], config={"description": "pages read from web archives (WARC) on outlets no declared source names"}))
            except IntegrityError:
                continue  # another worker created it first: read it on the next turn
    return _source_ids[key]


def is_stored(engine: Engine, url: str) -> bool:
    with engine.connect() as conn:
        return conn.scalar(select(Article.id).where(Article.url == url)) is not None


def ingest_page(engine: Engine, url: str, html: bytes, fetched_at: dt.datetime, window: Window,
                *, extract: bool = True, run_id: int | None = None) -> str:
    """Store one archived page as the crawl would; returns what happened:
    'relevant' | 'stored' | 'known' | 'unextractable' | 'not_french' | 'outside_window'."""
    try:
        page = clean_html(html, url, fetched=fetched_at.date())
    except CleaningError as exc:
        log.debug("%s: %s", url, exc)
        return "unextractable"
    if page.language not in (None, "fr"):
        return "not_french"
    if not window.holds(page.published or fetched_at.date()):
        return "outside_window"
    item = ArticleItem(url=url, source=source_name(url), html=html, fetched_at=fetched_at, via="backfill")
    item.page = page
    item.relevance = judge(page.text, page.title)
    version = None
    if extract and item.relevance.relevant:
        from healthbreach.extract.extractor import EXTRACTOR_VERSION as version

        item.extraction = extractor().extract(page.text, title=page.title, published=page.published)
    if not store.save_article(engine, item, source_id(engine, item.source), run_id, version):
        return "known"
    return "relevant" if item.relevance.relevant else "stored"
