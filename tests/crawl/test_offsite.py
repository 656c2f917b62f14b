"""Links outside a source's domains are never followed, even on loopback."""

from healthbreach.crawler.runner import run_crawl
from healthbreach.crawler.sources import SourceSpec
from healthbreach.demo.server import serve

ARTICLE = (
    "<html lang='fr'><head><title>{t}</title><meta property='og:type' content='article'></head><body><article>"
    "<h1>{t}</h1><p>" + "La clinique des Lilas a signalé une intrusion dans son réseau informatique. " * 6 + "</p></article></body></html>"
)


def test_feed_and_listing_links_to_other_hosts_and_ports_are_not_followed(db_url, fast):
    with serve(lambda path, headers: (200, {"Content-Type": "text/html; charset=utf-8"}, ARTICLE.format(t="ailleurs").encode())) as other:

        def site(path, headers):
            if path == "/feed/":
                items = "".join(
                    f"<item><link>{url}</link></item>"
                    for url in (f"{base}/chez-nous/", f"{other}/ailleurs/", "http://10.0.0.1/prive/", "http://169.254.169.254/latest/")
                )
                return 200, {"Content-Type": "application/rss+xml"}, f"<rss version='2.0'><channel>{items}</channel></rss>".encode()
            if path == "/":
                return 200, {"Content-Type": "text/html"}, f"<html><body><a href='{other}/liste/'>x</a><a href='/chez-nous/'>y</a></body></html>".encode()
            if path == "/chez-nous/":
                return 200, {"Content-Type": "text/html; charset=utf-8"}, ARTICLE.format(t="chez nous").encode()
            return None

        with serve(site) as base:
            host = base.split("//")[1]
            spec = SourceSpec(name="t", domains=(host,), feeds=(base + "/feed/",), listings=(base + "/",), article_pattern=r"^/[a-z-]+/$")
            result = run_crawl([spec], db_url=db_url, settings=fast)
            assert "/chez-nous/" in base.requests
        assert other.requests == []
    assert result.summary.new_articles == 1
    assert result.summary.skipped["private_address"] >= 4  # other loopback ports, 10/8, link-local metadata
