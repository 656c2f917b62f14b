import datetime as dt
import gzip

import pytest

from healthbreach.crawler.discovery import DiscoveryError, parse_date, parse_feed, parse_sitemap

RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>t</title>
<item><title>Un</title><link>https://a.fr/un/</link><pubDate>Tue, 03 Mar 2026 08:15:00 +0100</pubDate><dc:creator>X</dc:creator></item>
<item><title>Deux</title><link>/deux/</link></item>
</channel></rss>"""

ATOM = b"""<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
<entry><title>A</title><link rel="alternate" href="https://a.fr/a/"/><updated>2026-02-01T10:00:00Z</updated></entry>
</feed>"""

NEWS = b"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://a.fr/n/</loc><lastmod>2026-05-09T00:00:00+02:00</lastmod>
<news:news><news:publication><news:name>A</news:name><news:language>fr</news:language></news:publication>
<news:publication_date>2026-05-02T09:00:00+02:00</news:publication_date><news:title>N</news:title></news:news></url>
</urlset>"""

INDEX = b"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://a.fr/post-sitemap.xml</loc><lastmod>2026-01-02</lastmod></sitemap></sitemapindex>"""



def test_rss_items_with_dates_and_relative_links():
    links = parse_feed(RSS, "https://a.fr/feed/")
    assert [(l.url, l.date) for l in links] == [("https://a.fr/un/", dt.date(2026, 3, 3)), ("https://a.fr/deux/", None)]


def test_atom_entries():
    assert [(l.url, l.date) for l in parse_feed(ATOM, "https://a.fr/")] == [("https://a.fr/a/", dt.date(2026, 2, 1))]


def test_news_sitemap_prefers_publication_date_over_lastmod():
    kind, links = parse_sitemap(NEWS, "https://a.fr/")
    assert kind == "urlset" and links[0].date == dt.date(2026, 5, 2)


def test_sitemap_index():
    kind, links = parse_sitemap(INDEX, "https://a.fr/")
    assert kind == "index" and links[0].url == "https://a.fr/post-sitemap.xml" and links[0].date == dt.date(2026, 1, 2)


def test_external_entities_are_not_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET")
    xxe = (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">]>'
        '<rss version="2.0"><channel><item><link>https://a.fr/&xxe;/</link></item></channel></rss>'
    ).encode()
    links = parse_feed(xxe, "https://a.fr/")
    assert all("TOPSECRET" not in link.url for link in links)


@pytest.mark.parametrize("body", [b"", b"<html><body>no</body></html>", gzip.compress(b"x" * 10)])
def test_non_feeds_are_errors(body):
    with pytest.raises(DiscoveryError):
        parse_feed(body, "https://a.fr/")


@pytest.mark.parametrize(
    "value, date",
    [
        ("Mon, 26 Jan 2026 10:00:00 +0100", dt.date(2026, 1, 26)),
        ("2023-04-14T13:51+01:00", dt.date(2023, 4, 14)),
        ("2023-04-06T15:22:31+0200", dt.date(2023, 4, 6)),
        ("2020-09-14T09:46:33.000Z", dt.date(2020, 9, 14)),
        ("not a date", None),
        ("2023-13-45", None),
    ],
)
def test_feed_and_sitemap_date_forms(value, date):
    assert parse_date(value) == date
