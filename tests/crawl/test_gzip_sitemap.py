"""A sitemap index pointing at a gzip-compressed news sitemap, as large news sites publish them."""

import datetime as dt
import gzip

from healthbreach.crawler.runner import run_crawl
from healthbreach.crawler.sources import SourceSpec
from healthbreach.demo.server import serve

PAGE = (
    "<html lang='fr'><head><title>{t}</title></head><body><article><h1>{t}</h1><p>"
    + "Le laboratoire Analys Sud a été victime d'une fuite de données touchant ses patients. " * 5
    + "</p></article></body></html>"
)


def test_gzip_news_sitemap_behind_an_index(db_url, fast):
    def site(path, headers):
        if path == "/sitemap_index.xml":
            body = f"<sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'><sitemap><loc>{base}/news.xml.gz</loc></sitemap></sitemapindex>"
            return 200, {"Content-Type": "application/xml"}, body.encode()
        if path == "/news.xml.gz":
            urls = "".join(
                f"<url><loc>{base}/a/{i}/</loc><news:news><news:publication_date>2026-0{i}-02T08:00:00+01:00</news:publication_date></news:news></url>"
                for i in (1, 2, 3)
            )
            xml = f"<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9' xmlns:news='http://www.google.com/schemas/sitemap-news/0.9'>{urls}</urlset>"
            return 200, {"Content-Type": "application/x-gzip"}, gzip.compress(xml.encode())
        if path.startswith("/a/"):
            return 200, {"Content-Type": "text/html; charset=utf-8"}, PAGE.format(t=path).encode()
        return None

    with serve(site) as base:
        spec = SourceSpec(name="gz", domains=(base.split("//")[1],), sitemaps=(f"{base}/sitemap_index.xml",), article_pattern=r"^/a/\d/$")
        result = run_crawl([spec], db_url=db_url, since=dt.date(2026, 2, 1), settings=fast)
        fetched = base.requests
    assert "/news.xml.gz" in fetched
    assert "/a/1/" not in fetched  # dated before --since in the news sitemap: never fetched
    assert {"/a/2/", "/a/3/"} <= set(fetched)
    assert result.summary.new_articles == 2
