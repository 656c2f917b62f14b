"""A crawl against the fault-injecting site: every fault is one log line, one counter, and the crawl goes on."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from healthbreach.crawler.runner import run_crawl
from healthbreach.crawler.sources import SourceSpec
from healthbreach.store.db import make_engine
from healthbreach.store.models import Article
from hostile.faults import CP1252_TEXT


def source(base: str, feeds: list[str], sitemaps: list[str] = ()) -> SourceSpec:
    return SourceSpec(
        name="hostile", domains=(base.split("//")[1],), feeds=tuple(base + f for f in feeds),
        sitemaps=tuple(base + s for s in sitemaps), article_pattern=r"^/(a|prive)/[a-z0-9-]+/$",
    )


def lines_about(log: str, url: str) -> list[str]:
    return [line for line in log.splitlines() if url in line and " DEBUG " not in line]


def test_every_fault_is_one_line_one_counter_and_the_crawl_goes_on(fault_site, impatient, tmp_path, capfd):
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

    result = run_crawl([source(base, ["/feed/", "/xxe.xml"], ["/sitemap.xml.gz"])], db_url=db_url, settings=impatient)
    log = capfd.readouterr().err
    summary = result.summary
    assert result.status == "finished"

    # What each fault must produce: (URL, a regex the one line matches, summary counter, count)
    expected = [
        (base + "/a/not-found/", r"HTTP 404", summary.error_kinds, "http_404"),
        (base + "/a/server-error/", r"HTTP 500 after 2 attempts", summary.error_kinds, "http_500"),
        (base + "/a/slow-down/", r"HTTP 429, retrying in 0\.2 s", summary.retried, "http_429"),
        (base + "/a/hang/", r"no answer within 1 s after 2 attempts", summary.error_kinds, "timeout"),
        (base + "/a/loop/", r"redirect loop", summary.error_kinds, "redirect_loop"),
        (base + "/a/huge/", r"larger than the \d+ byte cap", summary.error_kinds, "too_large"),
        (base + "/sitemap.xml.gz", r"gzip sitemap inflates past the \d+ byte cap", summary.error_kinds, "too_large"),
        (base + "/xxe.xml", r"declares XML entities, left unresolved", summary.error_kinds, "xml_entities"),
        (base + "/a/empty/", r"dropped .*no article text|unparsable", summary.error_kinds, "unextractable"),
        (base + "/a/binary/", r"not an HTML page \(application/octet-stream\)", summary.error_kinds, "not_html"),
        (base + "/a/english/", r"page language is 'en', not French", summary.skipped, "not_french"),
        (base + "/prive/secret/", r"disallowed by robots\.txt", summary.skipped, "robots_disallowed"),
        ("http://example.org/a/ailleurs/", r"not followed, outside hostile's domains", summary.skipped, "off_domain"),
        ("http://127.0.0.1:9/a/autre-port/", r"not followed, private address", summary.skipped, "off_domain"),
        ("http://10.0.0.1/a/prive/", r"not followed, private address", summary.skipped, "off_domain"),
        ("http://192.168.1.1/a/box/", r"not followed, private address", summary.skipped, "off_domain"),
        ("http://localhost/a/local/", r"not followed, private address", summary.skipped, "off_domain"),
        (base + "/a/malformed/", r"new article.*: Page cassée", None, None),
        (base + "/a/cp1252/", r"new article.*: Fuite à l’hôpital", None, None),
        (base + "/a/slow-down/", r"new article.*: Article après attente", None, None),
    ]
    for url, pattern, counters, kind in expected:
        lines = [line for line in lines_about(log, url) if re.search(pattern, line)]
        assert len(lines) == 1, f"{url}: expected one line matching {pattern!r}, got:\n" + "\n".join(lines_about(log, url))
        if counters is not None:
            assert counters.get(kind, 0) >= 1, (kind, counters)
    for url in (base + "/a/not-found/", base + "/a/server-error/", base + "/a/hang/", base + "/a/loop/", base + "/a/huge/", base + "/a/binary/"):
        assert len(lines_about(log, url)) == 1, f"{url} said more than once:\n" + "\n".join(lines_about(log, url))
    assert summary.error_kinds["too_large"] == 2 and summary.skipped["off_domain"] == 5
    assert "Traceback" not in log and "Gave up retrying" not in log

    # Nothing was fetched that must not be: no XXE probe, no robots-disallowed page, nothing off-domain.
    requested = base.requests
    assert "/xxe-probe/" not in requested and "/prive/secret/" not in requested
    assert "/a/ok/" not in requested  # already stored: not fetched again
    assert "/robots.txt" in requested

    with Session(engine) as session:
        stored = {a.url.removeprefix(base): a for a in session.scalars(select(Article))}
        assert set(stored) == {"/a/ok/", "/a/slow-down/", "/a/malformed/", "/a/cp1252/"}
        ok = stored["/a/ok/"]
        assert (ok.id, ok.url, ok.text, ok.fetched_at, ok.content_hash) == kept  # intact
        assert CP1252_TEXT.split(" : ")[0] in stored["/a/cp1252/"].text  # decoded as windows-1252
        assert "\ufffd" not in stored["/a/cp1252/"].text
    engine.dispose()
