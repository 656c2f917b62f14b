"""Writing crawled articles and their facts, one transaction per article."""

from __future__ import annotations

import gzip
import hashlib
from typing import TYPE_CHECKING

from sqlalchemy import Engine, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from healthbreach.store.models import Article, CrawlRun, Extraction, Fact, Source

if TYPE_CHECKING:
    from healthbreach.crawler.items import ArticleItem
    from healthbreach.crawler.sources import SourceSpec


def ensure_sources(session: Session, specs: list[SourceSpec]) -> dict[str, int]:
    """Source rows for the given specs (created or refreshed); name -> id."""
    ids = {}
    for spec in specs:
        row = session.scalar(select(Source).where(Source.name == spec.name))
        if row is None:
            row = Source(name=spec.name)
            session.add(row)
        row.domains = list(spec.domains)
        row.config = spec.to_config()
        session.flush()
        ids[spec.name] = row.id
    return ids


def all_facts(extraction) -> list:
    """Every evidence-carrying Fact of an extraction, whatever field holds it."""
    from healthbreach.extract.evidence import Fact as ExtractedFact

    found = []
    for value in vars(extraction).values():
        items = value if isinstance(value, (list, tuple)) else [value]
        found.extend(v for v in items if isinstance(v, ExtractedFact))
    return found


def facts_rows(extraction) -> list[Fact]:
    return [
        Fact(
            field=f.field, value=str(f.value), unit=f.unit, qualifier=f.qualifier,
            sentence=f.sentence, start=f.start, end=f.end, rule=f.rule,
        )
        for f in all_facts(extraction)
    ]


def set_extraction(article: Article, extraction, version: str) -> None:
    """Replace an article's extraction and facts with a new one."""
    article.facts = facts_rows(extraction)
    record = extraction.to_record(article.url)
    record.pop("evidence", None)
    article.extraction = Extraction(extractor_version=version, relevant=extraction.relevant, record=record)


def save_article(engine: Engine, item: ArticleItem, source_id: int, run_id: int | None, extractor_version: str | None) -> bool:
    """Store a cleaned article; False when its canonical URL is already stored."""
    page, relevance = item.page, item.relevance
    article = Article(
        url=item.url,
        source_id=source_id,
        crawl_run_id=run_id,
        title=page.title,
        author=page.author,
        sitename=page.sitename,
        published=page.published,
        fetched_at=item.fetched_at,
        language=page.language,
        text=page.text,
        html_gz=gzip.compress(item.html),
        content_hash=hashlib.sha256(page.text.encode("utf-8")).hexdigest(),
        is_afp=page.is_afp,
        afp_byline=page.afp_byline,
        relevant=relevance.relevant,
        relevance_terms=relevance.terms,
    )
    if item.extraction is not None and extractor_version:
        set_extraction(article, item.extraction, extractor_version)
    try:
        with Session(engine) as session, session.begin():
            session.add(article)
    except IntegrityError:
        return False  # the unique URL constraint: stored by an earlier or concurrent run
    return True


def start_run(engine: Engine, sources: list[str], since) -> int:
    with Session(engine) as session, session.begin():
        run = CrawlRun(sources=sources, since=since)
        session.add(run)
        session.flush()
        return run.id


def finish_run(engine: Engine, run_id: int, **values) -> None:
    with Session(engine) as session, session.begin():
        run = session.get(CrawlRun, run_id)
        for key, value in values.items():
            setattr(run, key, value)


def articles_to_extract(engine: Engine, version: str, everything: bool = False) -> list[int]:
    """Ids of relevant articles with no extraction, or one made by another extractor version."""
    with Session(engine) as session:
        query = select(Article.id).outerjoin(Extraction).where(Article.relevant)
        if not everything:
            query = query.where((Extraction.article_id.is_(None)) | (Extraction.extractor_version != version))
        return list(session.scalars(query.order_by(Article.id)))


def reextract(engine: Engine, extractor, version: str, everything: bool = False, progress=None, only=None) -> int:
    """(Re)extract stored articles, one transaction each; returns how many were done.

    `progress(done, title_or_url)` is called after each article; `only` (ids)
    limits the work to those articles, already known to need it.
    """
    done = 0
    for article_id in (only if only is not None else articles_to_extract(engine, version, everything)):
        with Session(engine) as session, session.begin():
            article = session.get(Article, article_id)
            extraction = extractor.extract(article.text, title=article.title, published=article.published)
            article.facts.clear()
            article.extraction = None
            session.flush()  # the old facts go before the new ones, whose unique keys may be equal
            set_extraction(article, extraction, version)
            label = article.title or article.url  # read while the session is open
        done += 1
        if progress:
            progress(done, label)
    return done
