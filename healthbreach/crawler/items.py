"""What travels from the spider through the item pipelines to the store."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any


@dataclass
class ArticleItem:
    url: str  # canonical URL
    source: str
    html: bytes
    fetched_at: dt.datetime
    discovered_date: dt.date | None = None  # from the feed or sitemap entry
    via: str = "feed"  # feed | sitemap | listing | index (a news index) | backfill (a WARC file): where the URL was found
    # Filled in by the pipelines:
    page: Any = None  # extract.clean.CleanedPage
    relevance: Any = None  # extract.relevance.Relevance
    extraction: Any = None  # extract.extractor.Extraction
