"""Real Scrapy crawls of the bundled sample sites, served on loopback."""

import datetime as dt
import gzip

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from healthbreach.crawler.runner import run_crawl
from healthbreach.demo import demo_sites
from healthbreach.demo.sources import demo_sources
from healthbreach.store.db import make_engine
from healthbreach.store.models import Article, CrawlRun

MAIN, PARTNER = demo_sites()
PUBLISHED = [a for a in MAIN.articles] + [a for a in PARTNER.articles]


def stored(db_url) -> dict[str, Article]:
    engine = make_engine(db_url)
    with Session(engine) as session:
        rows = {a.url: a for a in session.scalars(select(Article))}
    engine.dispose()
    return rows


@pytest.fixture
def crawled(demo_servers, db_url, fast):
    main, partner = demo_servers
    result = run_crawl(demo_sources(main, partner), db_url=db_url, settings=fast)
    return main, partner, result, stored(db_url)


def test_every_published_article_is_stored_once_with_its_metadata(crawled):
    main, partner, result, rows = crawled
    assert result.status == "finished"
    expected = {a.url(main if a.site == "main" else partner): a for a in PUBLISHED}
    assert set(rows) == set(expected)
    assert result.summary.new_articles == len(expected)
    for url, article in expected.items():
        row = rows[url]
        assert row.title.startswith(article.title[:30])
        assert row.published == article.published.date()
        assert row.language == "fr"
        assert row.is_afp is article.afp, url
        assert gzip.decompress(row.html_gz).decode("utf-8").count("<html") == 1


def test_requests_identify_the_crawler(crawled):
    main, _, _, _ = crawled
    agents = {r.headers.get("User-Agent", "") for r in main.server.log}
    assert agents and all(a.startswith("healthbreach/") and "+http" in a for a in agents)


def test_main_text_has_no_page_boilerplate(crawled):
    _, _, _, rows = crawled
    for row in rows.values():
        assert "Votre adresse e-mail ne sera pas publiée" not in row.text
        assert "Nous utilisons des cookies" not in row.text
        assert "newsletter" not in row.text.lower()


def test_relevance_matches_what_each_article_reports(crawled):
    main, partner, result, rows = crawled
    for article in PUBLISHED:
        row = rows[article.url(main if article.site == "main" else partner)]
        assert row.relevant is (article.kind == "breach"), (article.slug, row.relevance_terms)
        if row.relevant:
            assert row.relevance_terms
    assert result.summary.relevant == sum(a.kind == "breach" for a in PUBLISHED)


def test_tracking_parameters_are_not_part_of_stored_urls(crawled):
    _, _, _, rows = crawled
    assert not [url for url in rows if "utm_" in url or "#" in url]


def test_robots_disallowed_drafts_are_never_fetched(crawled):
    main, _, result, _ = crawled
    assert not [path for path in main.requests if path.startswith("/brouillons/")]
    assert MAIN.drafts and result.summary.skipped["robots_disallowed"] >= 1


def test_a_second_run_fetches_no_article_page_and_adds_no_row(crawled, db_url, fast):
    main, partner, _, rows = crawled
    main.server.reset()
    partner.server.reset()
    again = run_crawl(demo_sources(main, partner), db_url=db_url, settings=fast)
    article_paths = {a.path for a in PUBLISHED}
    fetched = set(main.requests) | set(partner.requests)
    assert not fetched & article_paths
    assert {"/feed/", "/sitemap_index.xml", "/rss.xml"} <= fetched  # discovery is read every run
    assert again.summary.new_articles == 0
    assert again.summary.known_articles == len(rows)
    assert stored(db_url).keys() == rows.keys()
    engine = make_engine(db_url)
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(CrawlRun)) == 2
        assert [r.status for r in session.scalars(select(CrawlRun))] == ["finished", "finished"]
    engine.dispose()


def test_since_skips_old_feed_and_sitemap_entries_before_fetching(demo_servers, db_url, fast):
    main, partner = demo_servers
    since = dt.date(2025, 9, 1)
    # Feeds and sitemaps only: their dates decide before any article is fetched.
    specs = [s for s in demo_sources(main, partner)]
    specs = [type(s).from_dict(s.name, {**s.to_dict(), "listings": []}) for s in specs]
    result = run_crawl(specs, db_url=db_url, since=since, settings=fast)
    old = {a.path for a in PUBLISHED if a.published.date() < since}
    new = {a.path for a in PUBLISHED if a.published.date() >= since}
    assert old and new
    fetched = set(main.requests) | set(partner.requests)
    assert not fetched & old
    assert new <= fetched
    assert all(row.published >= since for row in stored(db_url).values())
    assert result.summary.skipped["older_than_since"] >= len(old)


def test_since_also_applies_to_articles_found_on_listing_pages(demo_servers, db_url, fast):
    main, partner = demo_servers
    since = dt.date(2025, 9, 1)
    run_crawl(demo_sources(main, partner), db_url=db_url, since=since, settings=fast)
    rows = stored(db_url)
    assert rows and all(row.published >= since for row in rows.values())
