"""A real crawl with keyword discovery: two news indexes on loopback, answering in their
documented formats (GDELT DOC 2.0 artlist JSON, Google News RSS search), point at pages on
outlets no declared source names; only the relevant ones are stored, robots.txt is obeyed,
and a private address the indexes list is never reached."""

from __future__ import annotations

import base64
import json
from urllib.parse import parse_qs, urlsplit

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from healthbreach.crawler.runner import run_crawl
from healthbreach.crawler.sources import SourceSpec
from healthbreach.demo.server import serve
from healthbreach.store.db import make_engine
from healthbreach.store.models import Article, Source

pytestmark = pytest.mark.slow

BREACH = [
    "Le centre hospitalier de Valmont a été victime d'une cyberattaque dans la nuit de dimanche à lundi, a indiqué sa direction.",
    "Un rançongiciel a chiffré les serveurs de l'établissement et les urgences ont dû être réorganisées pendant plusieurs jours.",
    "Les pirates affirment avoir dérobé les dossiers de plusieurs milliers de patients, dont des comptes rendus d'examens.",
    "La direction a porté plainte et prévenu la CNIL ; l'agence régionale de santé suit la situation avec les équipes informatiques.",
]
SPORT = [
    "Le club de football de Valmont s'est imposé samedi soir face à son voisin, au terme d'un match disputé jusqu'au bout.",
    "Les supporters ont fêté la victoire dans les rues de la ville, où l'ambiance était à la fête jusqu'à tard dans la nuit.",
    "L'entraîneur a salué l'engagement de ses joueurs et annoncé que la préparation du prochain match commencera dès lundi.",
]


def page(title: str, paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">'
        f"<title>{title}</title>"
        '<meta property="og:type" content="article">'
        '<meta property="article:published_time" content="2026-03-02T08:00:00+01:00">'
        f"</head><body><article><h1>{title}</h1>{body}</article></body></html>"
    ).encode("utf-8")


def outlet(pages: dict[str, bytes]):
    def handler(path, headers):
        if path == "/robots.txt":
            return 200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /prive/\n"
        if path in pages:
            return 200, {"Content-Type": "text/html; charset=utf-8"}, pages[path]
        return None

    return handler


def legacy_google_id(url: str) -> str:
    raw = b"\x08\x13\x22" + bytes([len(url)]) + url.encode() + b"\xd2\x01\x00"
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def loopback_name() -> str | None:
    """This machine's host name when it resolves to loopback only: a name (not an address) the
    index may list that leads to a private address. None elsewhere, so no other address is tried."""
    import socket

    name = socket.gethostname()
    try:
        addresses = {i[4][0] for i in socket.getaddrinfo(name, 80, 0, socket.SOCK_STREAM)}
    except OSError:
        return None
    return name if addresses and all(a.startswith("127.") for a in addresses) else None


LOOPBACK_NAME = loopback_name()
NEWER_ID = base64.urlsafe_b64encode(b"\x08\x13\x22\x10AU_yqLabcdefghij\xd2\x01\x00").decode().rstrip("=")


@pytest.fixture
def web():
    a_pages = {
        "/sante/cyberattaque-hopital-valmont": page("Cyberattaque contre le centre hospitalier de Valmont", BREACH),
        "/sante/le-point-sur-la-cyberattaque": page("Cyberattaque : l'hôpital de Valmont fait le point", BREACH[::-1]),
    }
    b_pages = {
        "/sport/victoire-du-club": page("Le club de Valmont l'emporte", SPORT),
        "/region/donnees-patients-derobees": page("Des données de patients dérobées après une cyberattaque", BREACH[1:] + BREACH[:1]),
        "/prive/brouillon-cyberattaque": page("Brouillon : cyberattaque à l'hôpital", BREACH),
    }
    with serve(outlet(a_pages)) as a, serve(outlet(b_pages)) as b, serve(outlet({"/x": page("Cyberattaque hôpital", BREACH)})) as private:
        def index(path, headers):
            parts = urlsplit(path)
            if parts.path == "/api/v2/doc/doc":
                articles = [
                    (a + "/sante/cyberattaque-hopital-valmont", "French"),
                    (b + "/sport/victoire-du-club", "French"),
                    (b + "/prive/brouillon-cyberattaque", "French"),
                    (private + "/x", "French"),
                    ("http://localhost:9/y", "French"),
                    *([(f"http://{LOOPBACK_NAME}:{urlsplit(private).port}/x", "French")] if LOOPBACK_NAME else []),
                    (a + "/en/hospital-ransomware", "English"),
                ]
                body = {"articles": [
                    {"url": url, "url_mobile": "", "title": "t", "seendate": "20260302T081500Z", "socialimage": "",
                     "domain": urlsplit(url).hostname, "language": lang, "sourcecountry": "France"}
                    for url, lang in articles
                ]}
                return 200, {"Content-Type": "application/json; charset=utf-8"}, json.dumps(body).encode()
            if parts.path == "/rss/search":
                legacy = legacy_google_id(b + "/region/donnees-patients-derobees")
                items = "".join(
                    f"<item><title>Article - Outlet</title><link>{base}/rss/articles/{gid}?oc=5</link>"
                    f'<guid isPermaLink="false">{gid}</guid><pubDate>Mon, 02 Mar 2026 07:15:00 GMT</pubDate>'
                    f'<description>&lt;a href="{base}/rss/articles/{gid}?oc=5"&gt;Article&lt;/a&gt;</description>'
                    f'<source url="{src}">Outlet</source></item>'
                    for gid, src in ((legacy, b), (NEWER_ID, a))
                )
                rss = f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Google Actualités</title>{items}</channel></rss>'
                return 200, {"Content-Type": "application/rss+xml; charset=utf-8"}, rss.encode()
            if parts.path == f"/rss/articles/{NEWER_ID}":
                return 302, {"Location": a + "/sante/le-point-sur-la-cyberattaque"}, b""
            return None

        with serve(index) as base:
            yield base, a, b, private


def index_sources(base):
    common = dict(domains=(base.replace("http://", ""),), article_pattern=".", queries=("cyberattaque hôpital",), timespan="7d", seen_in="test")
    return [
        SourceSpec(name="gdelt-test", news_index="gdelt", index_url=base + "/api/v2/doc/doc", **common),
        SourceSpec(name="gnews-test", news_index="google-news", index_url=base + "/rss/search", **common),
    ]


def test_keyword_discovery_stores_only_relevant_pages_of_any_outlet(web, db_url, fast):
    base, a, b, private = web
    fast["HEALTHBREACH_PRIVATE_HOSTS_ALLOWED"] = [a.replace("http://", ""), b.replace("http://", "")]
    result = run_crawl(index_sources(base), db_url=db_url, settings=fast)
    assert result.status == "finished"

    engine = make_engine(db_url)
    with Session(engine) as session:
        rows = {a.url: (a.relevant, a.source.name) for a in session.scalars(select(Article))}
        assert {s.name for s in session.scalars(select(Source))} == {"gdelt-test", "gnews-test"}
    engine.dispose()
    assert rows == {
        a + "/sante/cyberattaque-hopital-valmont": (True, "gdelt-test"),
        b + "/region/donnees-patients-derobees": (True, "gnews-test"),  # decoded from the Google link
        a + "/sante/le-point-sur-la-cyberattaque": (True, "gnews-test"),  # through the Google link's redirect
    }
    assert "/sport/victoire-du-club" in b.requests  # fetched, judged irrelevant, not stored
    assert "/prive/brouillon-cyberattaque" not in b.requests  # robots.txt
    assert "/robots.txt" in a.requests and "/robots.txt" in b.requests
    assert private.requests == []  # a private address the index listed is never reached
    assert "/en/hospital-ransomware" not in a.requests  # GDELT says English

    (gdelt_query,) = [p for p in base.requests if p.startswith("/api/v2/doc/doc")]
    params = parse_qs(urlsplit(gdelt_query).query)
    assert params["mode"] == ["artlist"] and params["format"] == ["json"] and params["timespan"] == ["7d"]
    assert params["query"] == ["cyberattaque hôpital sourcelang:french"]
    (google_query,) = [p for p in base.requests if p.startswith("/rss/search")]
    params = parse_qs(urlsplit(google_query).query)
    assert params["hl"] == ["fr"] and params["gl"] == ["FR"] and params["ceid"] == ["FR:fr"]
    assert params["q"] == ["cyberattaque hôpital when:7d"]

    # A second run: pages whose URL the index gave are known and not fetched again; a Google link
    # that only redirects is followed again (its target is only known once reached), never stored twice.
    a.server.reset(), b.server.reset()
    again = run_crawl(index_sources(base), db_url=db_url, settings=fast)
    assert again.summary.new_articles == 0
    assert "/sante/cyberattaque-hopital-valmont" not in a.requests
    assert "/region/donnees-patients-derobees" not in b.requests
