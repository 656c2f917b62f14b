"""A crawl against the fault-injecting site: every fault is one log line, one counter, and the crawl goes on.

Nothing outside 127.0.0.1 and the sources' ports is ever requested: checked
from the servers' side (the trap server on another port gets nothing, the
fault site gets only what it should) and from the crawler's (its audit of
every request it sent).
"""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from healthbreach.crawler.runner import run_crawl
from healthbreach.crawler.sources import SourceSpec
from healthbreach.store.db import make_engine
from healthbreach.store.models import Article, FailedURL
from hostile.faults import CP1252_TEXT

# Every log line starts with the date, the time and the UTC offset: a nightly log is appended to for months.
STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2} (DEBUG|INFO|WARNING|ERROR|CRITICAL) ")


def source(base: str, feeds: list[str], sitemaps: list[str] = (), name: str = "hostile") -> SourceSpec:
    return SourceSpec(
        name=name, domains=(base.split("//")[1],), feeds=tuple(base + f for f in feeds),
        sitemaps=tuple(base + s for s in sitemaps), article_pattern=r"^/(a|prive)/[a-z0-9-]+/$",
    )


def lines_about(log: str, url: str) -> list[str]:
    return [line for line in log.splitlines() if url in line and " DEBUG " not in line]


def test_every_fault_is_one_line_one_counter_and_the_crawl_goes_on(fault_site, robots_redirect_site, trap, impatient, audit, tmp_path, capfd):
    site, base = fault_site
    db_url = f"sqlite:///{tmp_path / 'hb.sqlite'}"
    first = run_crawl([source(base, ["/feed-ok/"])], db_url=db_url, settings=impatient)
    assert first.summary.new_articles == 1
    engine = make_engine(db_url)
    with Session(engine) as session:
        before = session.scalars(select(Article)).one()
        kept = (before.id, before.url, before.text, before.fetched_at, before.content_hash)
    capfd.readouterr()
    base.server.reset()

    specs = [
        source(base, ["/feed/", "/xxe.xml", "/feed-bad-items/"], ["/sitemap.xml.gz"]),
        source(robots_redirect_site, ["/feed/"], name="robots-redirect"),
    ]
    result = run_crawl(specs, db_url=db_url, settings={**impatient, **audit.setting})
    log = capfd.readouterr().err
    summary = result.summary
    assert result.status == "finished"

    # What each fault must produce: (URL, a regex the one line matches, summary counter, kind)
    expected = [
        # held before this work
        (base + "/a/not-found/", r"WARNING .*HTTP 404", summary.error_kinds, "http_404"),
        (base + "/a/server-error/", r"HTTP 500 after 3 attempts", summary.error_kinds, "http_500"),
        (base + "/a/slow-down/", r"INFO .*HTTP 429, retrying in 0\.2 s", summary.retried, "http_429"),
        (base + "/a/hang/", r"no answer within 1 s after 2 attempts", summary.error_kinds, "timeout"),
        (base + "/a/loop/", r"redirect loop \(2 redirects, back to .*/a/loop/\), not followed", summary.error_kinds, "redirect_loop"),
        (base + "/a/huge/", r"larger than the \d+ byte cap", summary.error_kinds, "too_large"),
        (base + "/sitemap.xml.gz", r"gzip sitemap inflates past the \d+ byte cap", summary.error_kinds, "too_large"),
        (base + "/xxe.xml", r"declares XML entities, left unresolved", summary.error_kinds, "xml_entities"),
        (base + "/a/empty/", r"dropped .*no article text|unparsable", summary.error_kinds, "unextractable"),
        (base + "/a/binary/", r"not an HTML page \(application/octet-stream\)", summary.error_kinds, "not_html"),
        (base + "/a/english/", r"page language is 'en', not French", summary.skipped, "not_french"),
        (base + "/prive/secret/", r"INFO .*skipped, disallowed by robots\.txt", summary.skipped, "robots_disallowed"),
        ("http://example.org/a/ailleurs/", r"INFO .*not followed, outside hostile's domains", summary.skipped, "off_domain"),
        ("http://127.0.0.1:9/a/autre-port/", r"WARNING .*not followed, private address", summary.skipped, "private_address"),
        ("http://10.0.0.1/a/prive/", r"WARNING .*not followed, private address", summary.skipped, "private_address"),
        ("http://192.168.1.1/a/box/", r"not followed, private address", summary.skipped, "private_address"),
        ("http://localhost/a/local/", r"not followed, private address", summary.skipped, "private_address"),
        (trap + "/a/lien-piege/", r"WARNING .*not followed, private address outside hostile's domains", summary.skipped, "private_address"),
        # redirects off the domains or into the local network: said and counted, no longer dropped silently
        (base + "/a/redirect-off/", r"INFO .*not followed, redirected outside hostile's domains \(http://example\.org/", summary.skipped, "off_domain"),
        (base + "/a/redirect-private/", r"WARNING .*not followed, redirected to a private address outside hostile's domains \(http://10\.0\.0\.1/", summary.skipped, "private_address"),
        (base + "/a/redirect-trap/", rf"WARNING .*redirected to a private address outside hostile's domains \({re.escape(trap)}/a/vol/\)", summary.skipped, "private_address"),
        (base + "/a/refresh-private/", r"WARNING .*redirected to a private address .*\(http://192\.168\.0\.1/a/box/\)", summary.skipped, "private_address"),
        # a chain is not a loop
        (base + "/a/chain-0/", r"WARNING .*redirect chain longer than 5 redirects, stopped before .*/a/chain-6/, not followed", summary.error_kinds, "redirect_chain"),
        # bad URLs: one line each, the feed goes on
        (base + "/a/redirect-bad-port/", r"WARNING .*bad redirect URL 'http://127\.0\.0\.1:99999/a/x/' \(Port out of range 0-65535\), not followed", summary.error_kinds, "bad_url"),
        (base + "/a/redirect-bad-ipv6/", r"WARNING .*bad redirect URL .*Invalid IPv6 URL", summary.error_kinds, "bad_url"),
        ("http://127.0.0.1:99999/a/port/", r"WARNING .*not followed, bad URL \(Port out of range 0-65535\) \(linked from .*/feed-bad-items/\)", summary.error_kinds, "bad_url"),
        ("http://[::1/a/ipv6/", r"WARNING .*not followed, bad URL \(Invalid IPv6 URL\)", summary.error_kinds, "bad_url"),
        # robots.txt redirected to the trap: refused, said; the site is crawled as if it allowed everything
        (robots_redirect_site + "/robots.txt", r"INFO .*not read, redirected outside the sources' domains", summary.skipped, "off_domain"),
        # what is stored
        (base + "/a/malformed/", r"new article.*: Page cassée", None, None),
        (base + "/a/cp1252/", r"new article.*: Fuite à l’hôpital", None, None),
        (base + "/a/slow-down/", r"new article.*: Article après attente", None, None),
        (base + "/a/after-bad/", r"new article.*: Article after-bad", None, None),
        (robots_redirect_site + "/a/permis/", r"new article.*: Robots détourné", None, None),
    ]
    for url, pattern, counters, kind in expected:
        lines = [line for line in lines_about(log, url) if re.search(pattern, line)]
        assert len(lines) == 1, f"{url}: expected one line matching {pattern!r}, got:\n" + "\n".join(lines_about(log, url))
        assert STAMP.match(lines[0]), lines[0]
        if counters is not None:
            assert counters.get(kind, 0) >= 1, (kind, counters)
    for url in (base + "/a/not-found/", base + "/a/server-error/", base + "/a/hang/", base + "/a/loop/", base + "/a/huge/",
                base + "/a/binary/", base + "/a/chain-0/", base + "/a/redirect-trap/", base + "/a/redirect-off/"):
        assert len(lines_about(log, url)) == 1, f"{url} said more than once:\n" + "\n".join(lines_about(log, url))
    assert summary.error_kinds["too_large"] == 2 and summary.error_kinds["bad_url"] == 4
    assert summary.skipped["off_domain"] == 3  # the feed link, the redirect, the robots.txt redirect
    assert summary.skipped["private_address"] == 8
    assert summary.error_kinds["redirect_chain"] == 1 and summary.error_kinds["redirect_loop"] == 1
    assert "Traceback" not in log and "Gave up retrying" not in log and " ERROR " not in log
    assert all(STAMP.match(line) for line in log.splitlines()), log

    # Nothing was fetched that must not be: no XXE probe, no robots-disallowed page, nothing off-domain.
    requested = base.requests
    assert "/xxe-probe/" not in requested and "/prive/secret/" not in requested
    assert "/a/ok/" not in requested  # already stored: not fetched again
    assert "/robots.txt" in requested
    assert site.hangs == 2 and audit.urls().count(base + "/a/hang/") == 2  # a timeout is retried once in a run
    assert "/a/chain-5/" in requested and "/a/chain-6/" not in requested
    audit.assert_only(base, robots_redirect_site)  # the crawler's side; the trap fixture checks the server's

    with Session(engine) as session:
        stored = {a.url: a for a in session.scalars(select(Article))}
        assert set(stored) == {base + p for p in ("/a/ok/", "/a/slow-down/", "/a/malformed/", "/a/cp1252/", "/a/before-bad/", "/a/after-bad/")} | {robots_redirect_site + "/a/permis/"}
        ok = stored[base + "/a/ok/"]
        assert (ok.id, ok.url, ok.text, ok.fetched_at, ok.content_hash) == kept  # intact
        assert CP1252_TEXT.split(" : ")[0] in stored[base + "/a/cp1252/"].text  # decoded as windows-1252
        assert "\ufffd" not in stored[base + "/a/cp1252/"].text
        # Failed and dropped articles are remembered, to be retried on later nights only
        failed = {f.url.removeprefix(base): f.kind for f in session.scalars(select(FailedURL))}
        assert failed == {
            "/a/not-found/": "http_404", "/a/server-error/": "http_500", "/a/hang/": "timeout", "/a/loop/": "redirect_loop",
            "/a/huge/": "too_large", "/a/empty/": "unextractable", "/a/binary/": "not_html", "/a/english/": "not_french",
            "/a/redirect-off/": "off_domain", "/a/redirect-private/": "private_address", "/a/redirect-trap/": "private_address",
            "/a/refresh-private/": "private_address", "/a/chain-0/": "redirect_chain", "/a/redirect-bad-port/": "bad_url",
            "/a/redirect-bad-ipv6/": "bad_url",
        }
    engine.dispose()
