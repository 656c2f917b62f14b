"""Failed URLs are remembered with their failure and retried across nights with growing back-off, up to a limit."""

from __future__ import annotations

import datetime as dt
import re
import threading

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from healthbreach.crawler.runner import run_crawl
from healthbreach.crawler.sources import SourceSpec
from healthbreach.demo.server import serve
from healthbreach.store.db import make_engine
from healthbreach.store.models import Article, FailedURL, utcnow
from hostile.faults import HTML, article


class FlakySite:
    """/feed/ lists a hanging page, a 500 and a page that comes back to life once `healed` is set."""

    def __init__(self) -> None:
        self.base, self.arrivals, self.healed, self.release = "", [], False, threading.Event()

    def handle(self, path, headers):
        self.arrivals.append(path)
        if path == "/robots.txt":
            return 200, {"Content-Type": "text/plain"}, b"User-agent: *\nAllow: /\n"
        if path == "/feed/":
            items = "".join(f"<item><link>{self.base}/a/{p}/</link></item>" for p in ("hang", "broken", "revives"))
            return 200, {"Content-Type": "application/rss+xml"}, f"<rss version='2.0'><channel>{items}</channel></rss>".encode()
        if path == "/a/hang/":
            self.release.wait(5)
            return 200, {"Content-Type": HTML}, article("Trop tard")
        if path == "/a/revives/" and self.healed:
            return 200, {"Content-Type": HTML}, article("Revenu")
        return 500, {"Content-Type": "text/plain"}, b"oops"


def test_failures_wait_for_later_nights_with_growing_back_off_then_are_given_up(impatient, tmp_path, capfd):
    site = FlakySite()
    db_url = f"sqlite:///{tmp_path / 'hb.sqlite'}"
    engine = make_engine(db_url)
    settings = {**impatient, "RETRY_TIMES": 2, "HEALTHBREACH_FAILED_MAX_RUNS": 3}

    def rows() -> dict[str, FailedURL]:
        with Session(engine) as session:
            return {r.url.removeprefix(site.base): r for r in session.scalars(select(FailedURL))}

    def crawl():
        site.arrivals.clear()
        capfd.readouterr()
        result = run_crawl([spec], db_url=db_url, settings=settings)
        return result.summary, capfd.readouterr().err

    def due_now(*paths: str) -> None:  # as if the back-off of these pages had passed (the next nights)
        with engine.begin() as conn:
            conn.execute(update(FailedURL).where(FailedURL.url.in_([site.base + p for p in paths]), FailedURL.next_attempt_at.is_not(None))
                         .values(next_attempt_at=utcnow() - dt.timedelta(minutes=1)))

    try:
        with serve(site.handle) as base:
            site.base = base
            spec = SourceSpec(name="flaky", domains=(base.split("//")[1],), feeds=(f"{base}/feed/",), article_pattern=r"^/a/[a-z]+/$")

            # Night 1: the timeout is tried twice (once more, not RETRY_TIMES), the 500 three times; all remembered.
            summary, log = crawl()
            assert site.arrivals.count("/a/hang/") == 2 and site.arrivals.count("/a/broken/") == 3
            first = rows()
            assert {k: (r.kind, r.runs) for k, r in first.items()} == {"/a/hang/": ("timeout", 1), "/a/broken/": ("http_500", 1), "/a/revives/": ("http_500", 1)}
            assert first["/a/hang/"].reason == "no answer within 1 s after 2 attempts"
            assert first["/a/broken/"].next_attempt_at - first["/a/broken/"].last_failed_at == dt.timedelta(hours=20)  # the next night

            # Night 2: two pages are due, one has come back (stored, forgotten); the hanging one is not due:
            # not requested, one INFO line, counted.
            site.healed = True
            due_now("/a/broken/", "/a/revives/")
            summary, log = crawl()
            assert "/a/hang/" not in site.arrivals and "/a/broken/" in site.arrivals and "/feed/" in site.arrivals
            line = [l for l in log.splitlines() if f"{base}/a/hang/" in l]
            assert len(line) == 1 and re.search(r" INFO .*/a/hang/: not fetched, failed in 1 run \(last: no answer within 1 s after 2 attempts\); next try after \d{4}-\d\d-\d\d \d\d:\d\d UTC$", line[0]), line
            assert summary.skipped["failed_before"] == 1 and summary.new_articles == 1
            second = rows()
            assert set(second) == {"/a/hang/", "/a/broken/"} and second["/a/broken/"].runs == 2
            assert second["/a/broken/"].next_attempt_at - second["/a/broken/"].last_failed_at == dt.timedelta(hours=40)  # twice as long
            assert second["/a/broken/"].first_failed_at == first["/a/broken/"].first_failed_at

            # Night 3: both due; the third failed run is the limit for one, the other waits 40 hours.
            due_now("/a/hang/", "/a/broken/")
            crawl()
            third = rows()
            assert (third["/a/broken/"].runs, third["/a/broken/"].next_attempt_at) == (3, None)
            assert third["/a/hang/"].runs == 2

            # Night 4: the given-up page is never requested again, and said once per run.
            summary, log = crawl()
            assert not {"/a/hang/", "/a/broken/"} & set(site.arrivals)
            line = [l for l in log.splitlines() if f"{base}/a/broken/" in l]
            assert len(line) == 1 and line[0].endswith(f"{base}/a/broken/: not fetched, given up after 3 failed runs (last: HTTP 500 after 3 attempts)")
            assert summary.skipped == {"given_up": 1, "failed_before": 1, "known": 1}
        with Session(engine) as session:
            assert [a.url.removeprefix(site.base) for a in session.scalars(select(Article))] == ["/a/revives/"]
    finally:
        site.release.set()
        engine.dispose()
