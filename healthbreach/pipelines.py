"""Scrapy item pipelines joining crawl, cleaning, relevance, extraction and store.

Each pipeline does one job; expensive objects (the spaCy model, the database
engine) are built once when the spider opens and released when it closes. An
expected miss drops the item with one log line naming the URL and the reason,
and a stats counter.
"""

from __future__ import annotations

import logging

from scrapy.exceptions import DropItem

from healthbreach.crawler.items import ArticleItem
from healthbreach.extract.clean import CleaningError, clean_html
from healthbreach.extract.relevance import judge
from healthbreach.store import articles as store
from healthbreach.store.db import init_db, make_engine

log = logging.getLogger("healthbreach.pipeline")


class _Pipeline:
    def __init__(self, crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def count(self, key: str) -> None:
        self.crawler.stats.inc_value(f"healthbreach/{key}")

    def drop(self, item: ArticleItem, key: str, reason: str) -> DropItem:
        """Count the miss under healthbreach/<key>; the log formatter prints the message once."""
        self.count(key)
        error = DropItem(f"{item.url}: {reason}")
        error.kind = key  # the spider remembers some drops, to retry them on later nights only
        return error


class CleanPipeline(_Pipeline):
    """trafilatura main text and metadata; pages with no article text are dropped."""

    def process_item(self, item: ArticleItem) -> ArticleItem:
        try:
            item.page = clean_html(item.html, item.url, fetched=item.fetched_at.date(), fallback_date=item.discovered_date)
        except CleaningError as exc:
            raise self.drop(item, "errors/unextractable", str(exc)) from None
        # Feeds and sitemaps list articles; a listing page also links to contact or legal pages.
        if item.via == "listing" and not item.page.declares_article:
            raise self.drop(item, "skipped/not_an_article", "linked from a listing but not declared an article (og:type, JSON-LD)")
        return item


class LanguagePipeline(_Pipeline):
    """The extraction rules are French: pages in another language are not stored."""

    def process_item(self, item: ArticleItem) -> ArticleItem:
        if item.page.language not in (None, "fr"):
            raise self.drop(item, "skipped/not_french", f"page language is {item.page.language!r}, not French")
        return item


class SinceFilterPipeline(_Pipeline):
    """Listing pages carry no dates: the --since window is applied once the page's date is known."""

    def process_item(self, item: ArticleItem) -> ArticleItem:
        since = getattr(self.crawler.spider, "since", None)
        if since and item.page.published and item.page.published < since:
            raise self.drop(item, "skipped/older_than_since", f"published {item.page.published}, before --since {since}")
        return item


class RelevancePipeline(_Pipeline):
    def process_item(self, item: ArticleItem) -> ArticleItem:
        item.relevance = judge(item.page.text, item.page.title)
        # A news index finds pages on any outlet: only those about a health-sector breach are kept.
        if item.via == "index" and not item.relevance.relevant:
            raise self.drop(item, "skipped/not_relevant", "found by a news index but not about a health-sector breach")
        return item


class ExtractPipeline(_Pipeline):
    """Breach facts for relevant articles; the model loads on the first one."""

    def open_spider(self) -> None:
        self.extractor = None

    def process_item(self, item: ArticleItem) -> ArticleItem:
        if not item.relevance.relevant or not self.crawler.settings.getbool("HEALTHBREACH_EXTRACT", True):
            return item
        if self.extractor is None:
            from healthbreach.extract.extractor import Extractor

            self.extractor = Extractor()
        item.extraction = self.extractor.extract(item.page.text, title=item.page.title, published=item.page.published)
        return item


class StorePipeline(_Pipeline):
    """One transaction per article; the unique URL makes a duplicate impossible."""

    def open_spider(self) -> None:
        spider = self.crawler.spider
        self.engine = make_engine(spider.db_url)
        init_db(self.engine)
        from sqlalchemy.orm import Session

        with Session(self.engine) as session, session.begin():
            self.source_ids = store.ensure_sources(session, list(spider.sources.values()))

    def close_spider(self) -> None:
        self.engine.dispose()

    def process_item(self, item: ArticleItem) -> ArticleItem:
        version = None
        if item.extraction is not None:
            from healthbreach.extract.extractor import EXTRACTOR_VERSION as version
        run_id = self.crawler.settings.getint("HEALTHBREACH_RUN_ID") or None
        if store.save_article(self.engine, item, self.source_ids[item.source], run_id, version):
            self.count("new_articles")
            if item.relevance.relevant:
                self.count("relevant")
            log.info("new article%s: %s (%s)", " [relevant]" if item.relevance.relevant else "", item.page.title, item.url)
        else:
            self.count("skipped/known")
        return item
