"""Articles written as a crawl with extraction would leave them, and a watch on the texts read."""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import itertools

import pytest
from sqlalchemy import event, select
from sqlalchemy.orm import Session

from healthbreach.store.models import Article, Extraction, Source

_FILLER = itertools.count()


def filler(n: int = 60) -> str:
    """Distinct prose per call, so unrelated articles never look like copies."""
    k = next(_FILLER)
    return " ".join(f"mot{k}x{i}" for i in range(n))


@pytest.fixture
def add_article(engine):
    """add_article(url, published=..., victims=[...], text=..., ...) -> article id."""
    return make_adder(engine)


def make_adder(engine):
    """A function storing one article (and its extraction record) per call on `engine`."""
    stamp = itertools.count()

    def add(url: str, *, source: str = "site-a", published: str | None = "2025-10-13", text: str | None = None,
            relevant: bool = True, extraction: bool = True, **record) -> int:
        text = text if text is not None else filler()
        with Session(engine) as session, session.begin():
            src = session.scalar(select(Source).where(Source.name == source))
            if src is None:
                src = Source(name=source, domains=[f"{source}.example"], config={})
                session.add(src)
                session.flush()
            article = Article(url=url, source_id=src.id, title=url, text=text, html_gz=gzip.compress(b"<html></html>"),
                              published=dt.date.fromisoformat(published) if published else None,
                              content_hash=hashlib.sha256(text.encode()).hexdigest(), relevant=relevant,
                              relevance_terms=[], fetched_at=dt.datetime(2025, 11, 1))
            if extraction:
                full = {"id": url, "relevant": relevant, "victims": [], "vendors": [], "published": published, **record}
                article.extraction = Extraction(extractor_version="test", relevant=relevant, record=full,
                                                extracted_at=dt.datetime(2025, 11, 1) + dt.timedelta(seconds=next(stamp)))
            session.add(article)
            session.flush()
            return article.id

    return add


@pytest.fixture
def texts_read(engine):
    """The ids of the articles whose text a statement selected (SQLite and PostgreSQL)."""
    seen: list[object] = []

    def watch(conn, cursor, statement, parameters, context, executemany):
        if "articles.text" in statement:
            seen.append(parameters)

    event.listen(engine, "before_cursor_execute", watch)

    def ids() -> set[int]:
        out: set[int] = set()
        for params in seen:
            values = params.values() if isinstance(params, dict) else params
            out |= {v for v in values if isinstance(v, int)}
        seen.clear()
        return out

    yield ids
    event.remove(engine, "before_cursor_execute", watch)
