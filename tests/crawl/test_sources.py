"""Every built-in source reads its kind of feed, sitemap or listing: golden files in golden/.

Each golden file is a discovery document of one kind with the source's own
example article URL, its home page and an outside link filled in; the source
must find exactly its article in it, as the spider would (tests/crawl/golden/).
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit
from xml.sax.saxutils import escape

import pytest
from scrapy import Selector

from healthbreach.crawler.discovery import Link, listing_links, parse_feed, parse_sitemap
from healthbreach.crawler.newsindex import decode_google_news, index_urls, parse_gdelt, parse_google_news
from healthbreach.crawler.sources import SourceError, builtin_sources, parse_sources
from healthbreach.crawler.urls import canonical_url

GOLDEN = Path(__file__).parent / "golden"
SOURCES = builtin_sources()


def fill(name: str, **values: str) -> bytes:
    text = (GOLDEN / name).read_text("utf-8")
    for key, value in values.items():
        text = text.replace("{" + key + "}", escape(value, {'"': "&quot;"}))
    return text.encode("utf-8")


def kinds(spec) -> list[str]:
    return [kind for kind, urls in (("feed", spec.feeds), ("sitemap", spec.sitemaps), ("listing", spec.listings)) if urls]


def found_articles(spec, kind: str) -> list[str]:
    parts = urlsplit(spec.example)
    home = f"{parts.scheme}://{parts.netloc}/"
    if kind == "feed":
        links = parse_feed(fill("feed.rss.xml", home=home, article=spec.example), home)
    elif kind == "sitemap":
        _, links = parse_sitemap(fill("sitemap.news.xml", home=home, article=spec.example), home)
    else:
        html = fill("listing.html", home=home, article=spec.example).decode("utf-8")
        hrefs, _ = listing_links(Selector(text=html), home)
        links = [Link(h) for h in hrefs]
    urls = [canonical_url(link.url) for link in links]
    return [u for u in urls if spec.is_article(u)]


CASES = [(name, kind) for name, spec in SOURCES.items() if not spec.news_index for kind in kinds(spec)]


def test_at_least_30_french_language_sources_each_saying_where_its_urls_were_seen():
    declared = [s for s in SOURCES.values() if not s.news_index]
    assert len(declared) >= 30
    for spec in SOURCES.values():
        assert spec.seen_in.strip(), f"{spec.name}: no seen_in"
        assert spec.description.strip(), f"{spec.name}: no description"
    assert {"feed", "sitemap", "listing"} <= {kind for _, kind in CASES}
    assert {s.news_index for s in SOURCES.values()} >= {"gdelt", "google-news"}


@pytest.mark.parametrize("name, kind", CASES)
def test_each_source_finds_its_article_and_only_it_in_its_kind_of_document(name, kind):
    spec = SOURCES[name]
    assert spec.example and spec.owns(spec.example), f"{name}: the example must be on the source's domains"
    assert found_articles(spec, kind) == [canonical_url(spec.example)]


@pytest.mark.parametrize("name", [n for n, s in SOURCES.items() if not s.news_index])
def test_a_source_home_page_and_lookalike_domain_are_not_articles(name):
    spec = SOURCES[name]
    parts = urlsplit(spec.example)
    assert not spec.is_article(f"{parts.scheme}://{parts.netloc}/")
    assert not spec.is_article(f"{parts.scheme}://{parts.hostname}.evil.example{parts.path}")


def test_gdelt_artlist_golden_file_gives_the_french_articles_with_their_seen_dates():
    links = parse_gdelt(fill("gdelt.artlist.json"))
    assert [(l.url, l.date.isoformat()) for l in links] == [
        ("https://www.journal-regional.example/faits-divers/cyberattaque-a-l-hopital-1234567", "2026-03-02"),
        ("https://www.quotidien.example/societe/fuite-de-donnees-mutuelle", "2026-03-01"),
    ]


def _google_ids():
    import base64

    target = b"https://www.journal-regional.example/faits-divers/cyberattaque-a-l-hopital-1234567"
    legacy = base64.urlsafe_b64encode(b"\x08\x13\x22" + bytes([len(target)]) + target + b"\xd2\x01\x00").decode().rstrip("=")
    newer = base64.urlsafe_b64encode(b"\x08\x13\x22\x10AU_yqLabcdefghij\xd2\x01\x00").decode().rstrip("=")
    return legacy, newer, target.decode()


def test_google_news_items_give_the_outlet_url_when_the_link_embeds_it():
    legacy, newer, target = _google_ids()
    base = "https://news.google.com/rss/articles/"
    body = fill("googlenews.search.rss.xml", legacy_link=f"{base}{legacy}?oc=5", legacy_id=legacy,
                redirect_link=f"{base}{newer}?oc=5", redirect_id=newer)
    links = parse_google_news(body, "https://news.google.com/rss/search")
    assert [l.url for l in links] == [target, f"{base}{newer}?oc=5"]
    assert [l.date.isoformat() for l in links] == ["2026-03-02", "2026-03-01"]
    assert decode_google_news(f"{base}{newer}") is None
    assert decode_google_news("https://www.journal-regional.example/articles/CBMiXYZ") is None


def test_index_requests_carry_the_documented_parameters():
    gdelt = index_urls(SOURCES["gdelt-fr"])
    assert len(gdelt) == len(SOURCES["gdelt-fr"].queries)
    assert all("mode=artlist" in u and "format=json" in u and "sourcelang%3Afrench" in u and "timespan=7d" in u for u in gdelt)
    google = index_urls(SOURCES["google-news-fr"])
    assert all(u.startswith("https://news.google.com/rss/search?q=") and "hl=fr&gl=FR&ceid=FR%3Afr" in u and "when%3A7d" in u for u in google)


@pytest.mark.parametrize(
    "toml, message",
    [
        ('[x]\ndomains = ["a.fr"]\nnews_index = "bing"\nqueries = ["q"]\n', "unknown news_index"),
        ('[x]\ndomains = ["a.fr"]\nnews_index = "gdelt"\n', "needs queries"),
        ('[x]\ndomains = ["a.fr"]\nnews_index = "gdelt"\nqueries = ["q"]\ntimespan = "3 mois"\n', "timespan"),
    ],
)
def test_bad_index_declarations_are_one_clear_error(toml, message):
    with pytest.raises(SourceError, match=message):
        parse_sources(toml)


def test_the_sources_command_lists_every_source():
    from click.testing import CliRunner

    from healthbreach.cli import cli

    result = CliRunner(env={"COLUMNS": "250"}).invoke(cli, ["sources"])
    assert result.exit_code == 0, result.output
    for name in SOURCES:
        assert name in result.output
    assert "gdelt: " in result.output and "any outlet" in result.output
