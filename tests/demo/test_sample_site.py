"""The bundled sample sites and their loopback server."""

from __future__ import annotations

import json
import re
import threading
import unicodedata
import urllib.error
import urllib.request
from datetime import datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

import pytest
from lxml import etree
from lxml import html as lxml_html

from healthbreach.demo import DropConnection, demo_sites, serve, serve_demo

BASE = "http://127.0.0.1:8765"
NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "news": "http://www.google.com/schemas/sitemap-news/0.9",
    "dc": "http://purl.org/dc/elements/1.1/",
}
MAIN, PARTNER = demo_sites()


def get(site, path):
    status, headers, body = site.render(path, BASE)
    return status, headers, body


def page(site, path):
    status, headers, body = get(site, path)
    assert status == 200, path
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    return lxml_html.fromstring(body)


def xml(site, path, content_type="application/xml"):
    status, headers, body = get(site, path)
    assert status == 200, path
    assert headers["Content-Type"] == content_type
    return etree.fromstring(body)


def fold(text):
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def jsonld_news_article(tree):
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        data = json.loads(script)
        for node in data.get("@graph", [data]):
            if node.get("@type") == "NewsArticle":
                return node
    return None


# -- the content itself --------------------------------------------------------

def test_main_site_has_the_article_mix():
    kinds = [a.kind for a in MAIN.articles]
    assert len(MAIN.articles) >= 14
    assert kinds.count("breach") >= 6 and kinds.count("health") >= 3 and kinds.count("non-health") >= 3
    assert sum(a.afp for a in MAIN.articles) == 1
    cut = datetime.fromisoformat("2025-06-01T00:00:00+02:00")
    assert 2 <= sum(a.published < cut for a in MAIN.articles) < len(MAIN.articles) // 2
    stories = [a.story for a in MAIN.articles if a.story]
    assert any(stories.count(s) == 2 for s in stories), "two articles about the same breach"


def test_articles_differ_from_each_other():
    everything = MAIN.articles + PARTNER.articles
    originals = [a for a in everything if not a.republishes]
    seen = {}
    for a in originals:
        assert 4 <= len(a.paragraphs) <= 8, a.slug
        for p in a.paragraphs:
            assert p not in seen, f"{a.slug} repeats a paragraph of {seen.get(p)}"
            seen[p] = a.slug


HEALTH_WORDS = ["sante", "patient", "hopita", "hospitali", "medica", "medicau", "mutuelle", "pharmac",
                "securite sociale", "laboratoire", "covid", "clinique", "soins", "assure", "medecin", "urgences",
                "vaccin", "ehpad", "infirmi", "ordonnance", "chu ", "ars "]
BREACH_WORDS = ["cyberattaque", "cyber-attaque", "piratage", "pirate", "fuite", "faille", "intrusion", "vol de donnees",
                "rancon", "expose", "divulgu", "compromis", "derobe", "hacke", "exfiltr", "ransomware", "breche"]


def words_found(words, text):
    text = fold(text)
    return [w for w in words if re.search(r"(?<![\w-])" + re.escape(w.strip()) + (r"\b" if w.endswith(" ") else ""), text)]


@pytest.mark.parametrize("article", MAIN.articles + PARTNER.articles, ids=lambda a: a.slug[:40])
def test_article_vocabulary_matches_its_kind(article):
    text = f"{article.title}\n{article.excerpt}\n{article.extra.get('chapo', '')}\n{article.text}"
    health, breach = words_found(HEALTH_WORDS, text), words_found(BREACH_WORDS, text)
    if article.kind == "breach":
        assert health and breach
    elif article.kind == "health":
        assert health and not breach, breach
    else:
        assert breach and not health, health


def test_afp_republication_is_near_identical():
    copy = next(a for a in PARTNER.articles if a.republishes)
    original = MAIN.article(copy.republishes)
    assert copy.afp and original.afp
    assert copy.author == "Source AFP" and original.author == "Rédaction avec AFP"
    shared = set(copy.paragraphs) & set(original.paragraphs)
    assert len(shared) >= len(original.paragraphs) - 2


# -- the main site ---------------------------------------------------------------

def test_robots_txt():
    status, headers, body = get(MAIN, "/robots.txt")
    assert status == 200 and headers["Content-Type"].startswith("text/plain")
    text = body.decode()
    assert "User-agent: *" in text and "Disallow: /wp-admin/" in text and "Disallow: /brouillons/" in text
    assert f"Sitemap: {BASE}/sitemap_index.xml" in text


def test_feed_is_rss2_with_the_ten_newest_posts():
    rss = xml(MAIN, "/feed/", "application/rss+xml; charset=utf-8")
    assert rss.tag == "rss" and rss.get("version") == "2.0"
    items = rss.findall("channel/item")
    assert len(items) == 10
    newest = [a.url(BASE) for a in MAIN.articles[:10]]
    links = [i.findtext("link") for i in items]
    assert [link.split("?")[0] for link in links] == newest
    assert sum("?utm_source=rss&utm_medium=feed" in link for link in links) == 1
    for item in items:
        assert parsedate_to_datetime(item.findtext("pubDate")).tzinfo is not None
        assert item.findtext("dc:creator", namespaces=NS)
        assert item.findtext("guid") and item.findtext("category")
    assert all("/brouillons/" not in link for link in links)


def test_sitemap_index_leads_to_every_article():
    index = xml(MAIN, "/sitemap_index.xml")
    locs = index.xpath("//sm:sitemap/sm:loc/text()", namespaces=NS)
    assert [urlsplit(u).path for u in locs] == ["/post-sitemap.xml", "/news-sitemap.xml"]
    posts = xml(MAIN, "/post-sitemap.xml")
    urls = posts.xpath("//sm:url/sm:loc/text()", namespaces=NS)
    assert all(posts.xpath("//sm:url/sm:lastmod/text()", namespaces=NS))
    assert {a.url(BASE) for a in MAIN.articles} <= set(urls)
    assert not any("/brouillons/" in u for u in urls)


def test_news_sitemap_has_publication_dates():
    news = xml(MAIN, "/news-sitemap.xml")
    entries = news.xpath("//sm:url", namespaces=NS)
    assert len(entries) == len(MAIN.articles)
    for entry in entries:
        assert entry.findtext("news:news/news:publication/news:name", namespaces=NS) == MAIN.title
        assert entry.findtext("news:news/news:publication/news:language", namespaces=NS) == "fr"
        assert datetime.fromisoformat(entry.findtext("news:news/news:publication_date", namespaces=NS)).tzinfo
        assert entry.findtext("news:news/news:title", namespaces=NS)


def test_home_listing_is_paginated():
    seen, path, pages = [], "/", 0
    while path:
        tree = page(MAIN, path)
        pages += 1
        posts = tree.xpath('//article[contains(@class, "status-publish")]//h2[@class="entry-title"]/a/@href')
        assert len(posts) <= 5
        seen += posts
        older = tree.xpath('//a[normalize-space()="Articles plus anciens"]/@href')
        nxt = tree.xpath('//link[@rel="next"]/@href')
        assert older == nxt
        path = urlsplit(older[0]).path if older else None
    assert pages == 4  # 18 articles, 5 a page
    assert seen == [a.url(BASE) for a in MAIN.articles]


def test_home_links_the_disallowed_draft_and_off_site_urls():
    tree = page(MAIN, "/")
    hrefs = tree.xpath("//article//h2/a/@href")
    assert any("/brouillons/" in h for h in hrefs)
    all_hrefs = tree.xpath("//a/@href")
    assert any(h.startswith("https://www.example.org/") for h in all_hrefs)
    assert any(h.startswith("http://127.0.0.1:1/") for h in all_hrefs)
    bodies = " ".join(p for a in MAIN.articles for p in a.paragraphs)
    assert "(https://www.example.org/" in bodies and "(http://127.0.0.1:1/" in bodies


def test_category_listing():
    tree = page(MAIN, "/category/fuite-de-donnees/")
    links = tree.xpath('//article[contains(@class, "post")]//h2[@class="entry-title"]/a/@href')
    expected = [a.url(BASE) for a in MAIN.articles if "fuite-de-donnees" in a.categories][:5]
    assert links == expected


@pytest.mark.parametrize("article", MAIN.articles, ids=lambda a: a.slug[:40])
def test_article_page_has_wordpress_boilerplate_and_metadata(article):
    tree = page(MAIN, article.path)
    text = tree.text_content()
    assert tree.get("lang") == "fr-FR"
    assert tree.findtext(".//title").startswith(article.title)
    assert tree.xpath('//meta[@name="description"]/@content')
    assert tree.xpath('//meta[@property="og:title"]/@content') == [article.title]
    assert tree.xpath('//meta[@property="article:published_time"]/@content') == [article.published.isoformat()]
    for needle in ["Nous utilisons des cookies", "Sur le même sujet", "Inscrivez-vous à notre newsletter",
                   "Votre adresse e-mail ne sera pas publiée.", "Les champs obligatoires sont indiqués avec",
                   "Accueil", "Cybersécurité", "Fuites de données", "Contact", "Articles récents"]:
        assert needle in text, needle
    assert tree.xpath('//nav[@class="breadcrumbs"]')
    assert tree.xpath('//h1[@class="entry-title"]/text()') == [article.title]
    assert tree.xpath('//span[contains(@class, "author vcard")]/a[@rel="author"]/text()') == [article.author]
    assert tree.xpath('//time[contains(@class, "entry-date")]/@datetime') == [article.published.isoformat()]
    assert len(tree.xpath('//div[@class="entry-content"]/p')) == len(article.paragraphs)
    node = jsonld_news_article(tree)
    assert node["headline"] == article.title and node["author"]["name"] == article.author
    assert node["datePublished"] == article.published.isoformat() and node["dateModified"]
    assert node["publisher"]["name"] == MAIN.title
    # Only the AFP dispatch names AFP anywhere on its page.
    assert ("AFP" in lxml_html.tostring(tree, encoding="unicode")) == article.afp


def test_afp_dispatch_declares_its_byline_everywhere():
    article = next(a for a in MAIN.articles if a.afp)
    tree = page(MAIN, article.path)
    assert tree.xpath('//meta[@name="author"]/@content') == ["Rédaction avec AFP"]
    assert jsonld_news_article(tree)["author"]["name"] == "Rédaction avec AFP"
    assert article.paragraphs[-1].endswith("(AFP)")


def test_redirects_and_404():
    article = MAIN.articles[0]
    assert get(MAIN, f"/?p={article.id}")[:2] == (301, {"Location": article.url(BASE), "Content-Type": "text/html; charset=utf-8"})
    assert get(MAIN, article.path.rstrip("/"))[1]["Location"] == article.url(BASE)
    assert get(MAIN, "/page/1/")[1]["Location"] == BASE + "/"
    assert get(MAIN, article.path + "?utm_source=rss&utm_medium=feed")[0] == 200
    status, headers, body = get(MAIN, "/wp-admin/")
    assert status == 404 and headers["Content-Type"] == "text/html; charset=utf-8"
    assert "introuvable" in lxml_html.fromstring(body).text_content()
    assert get(MAIN, "/page/9/")[0] == 404


def test_draft_page_exists_but_only_under_the_disallowed_path():
    draft = MAIN.drafts[0]
    assert draft.path.startswith("/brouillons/")
    assert get(MAIN, draft.path)[0] == 200
    assert draft.path not in {a.path for a in MAIN.articles}


def test_every_route_parses():
    for site in (MAIN, PARTNER):
        for path, (status, headers, body) in site.routes(BASE).items():
            assert status == 200, path
            if headers["Content-Type"].startswith("text/html"):
                assert lxml_html.fromstring(body).xpath("//body"), path
            elif "xml" in headers["Content-Type"]:
                etree.fromstring(body)


# -- the partner site ------------------------------------------------------------------

def test_partner_feed_and_robots():
    rss = xml(PARTNER, "/rss.xml", "application/rss+xml; charset=utf-8")
    links = [urlsplit(i.findtext("link")).path for i in rss.findall("channel/item")]
    assert links == [a.path for a in PARTNER.articles]
    assert all(re.fullmatch(r"/actualites/[a-z-]+/[a-z0-9-]+-\d+\.html", p) for p in links)
    status, headers, body = get(PARTNER, "/robots.txt")
    assert status == 200 and b"User-agent: *" in body


def test_partner_bylines():
    for article in PARTNER.articles:
        tree = page(PARTNER, article.path)
        byline = tree.xpath('//div[@class="signature"]/text()')[0]
        meta = tree.xpath('//meta[@name="author"]/@content')[0]
        ld_author = jsonld_news_article(tree)["author"]["name"]
        if article.afp:
            assert byline == meta == ld_author == "Source AFP"
        else:
            assert "AFP" not in byline + meta + ld_author
    quoting = next(a for a in PARTNER.articles if not a.afp and "AFP" in a.text)
    assert "a indiqué à l'AFP" in quoting.text
    assert "(AFP/Archives - Jean Dupont)" in page(PARTNER, quoting.path).text_content()


def test_partner_unknown_path_is_404():
    assert get(PARTNER, "/actualites/sante/nope-1.html")[0] == 404


# -- the server ------------------------------------------------------------------------

def test_server_serves_the_site_on_loopback_and_records_requests():
    with serve(MAIN) as base_url:
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", base_url)
        with urllib.request.urlopen(base_url + "/feed/") as response:
            assert response.headers["Content-Type"] == "application/rss+xml; charset=utf-8"
            assert base_url + "/" in response.read().decode()  # absolute URLs carry the real port
        head = urllib.request.Request(base_url + "/robots.txt", method="HEAD")
        with urllib.request.urlopen(head) as response:
            assert response.read() == b"" and int(response.headers["Content-Length"]) > 0
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(base_url + "/nope/")
        assert err.value.code == 404
        assert base_url.requests == ["/feed/", "/robots.txt", "/nope/"]
        assert [r.method for r in base_url.server.log] == ["GET", "HEAD", "GET"]
        base_url.server.reset()
        assert base_url.requests == []


def test_server_takes_a_plain_handler():
    calls = []

    def handler(path, headers):
        calls.append((path, headers.get("X-Test")))
        if path == "/drop":
            raise DropConnection
        if path == "/boom":
            raise RuntimeError("broken handler")
        if path == "/slow-503":
            return 503, {"Retry-After": "1", "Content-Type": "text/plain"}, b"busy"
        return None

    with serve(handler) as base_url:
        request = urllib.request.Request(base_url + "/x?a=1", headers={"X-Test": "yes"})
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(request)
        assert err.value.code == 404
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(base_url + "/slow-503")
        assert err.value.code == 503 and err.value.headers["Retry-After"] == "1"
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(base_url + "/boom")
        assert err.value.code == 500
        with pytest.raises((urllib.error.URLError, ConnectionError, OSError)):
            urllib.request.urlopen(base_url + "/drop", timeout=5)
        assert calls[0] == ("/x?a=1", "yes")
        assert base_url.requests == ["/x?a=1", "/slow-503", "/boom", "/drop"]


def test_server_records_concurrent_requests():
    with serve(lambda path, headers: (200, {"Content-Type": "text/plain"}, path.encode())) as base_url:
        threads = [threading.Thread(target=lambda i=i: urllib.request.urlopen(f"{base_url}/{i}").read())
                   for i in range(20)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sorted(base_url.requests) == sorted(f"/{i}" for i in range(20))


def test_serve_demo_runs_both_sites_on_two_ports():
    with serve_demo() as (main_url, partner_url):
        assert main_url != partner_url
        with urllib.request.urlopen(main_url + "/") as response:
            assert MAIN.title in response.read().decode()
        with urllib.request.urlopen(partner_url + "/rss.xml") as response:
            assert partner_url + "/actualites/" in response.read().decode()
    with pytest.raises(OSError):
        urllib.request.urlopen(main_url + "/", timeout=2)


def test_dates_carry_the_paris_offset_of_their_day():
    paris = pytest.importorskip("zoneinfo").ZoneInfo("Europe/Paris")
    for article in MAIN.articles + MAIN.drafts + PARTNER.articles:
        for moment in (article.published, article.modified):
            assert moment.utcoffset() == moment.astimezone(paris).utcoffset(), article.slug
        assert article.modified >= article.published
