"""Killing a real crawl process (SIGTERM, SIGKILL), then crawling again: nothing lost, nothing twice.

Each test starts `healthbreach crawl` as a real subprocess against a slow
loopback site, waits until some articles are stored, kills it, then crawls
again and checks the database and the server's request log.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import time
from collections import Counter

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from healthbreach.store.db import make_engine
from healthbreach.store.models import Article, CrawlRun, Lock
from nightly.conftest import FAST, HEALTHBREACH, N_ARTICLES

pytestmark = pytest.mark.slow


def start_crawl(db_url: str, sources_file, env) -> subprocess.Popen:
    # Its own session: a SIGKILL of the whole group is a crash of parent and child together.
    return subprocess.Popen(
        [*HEALTHBREACH, "crawl", "--db", db_url, "--sources-file", str(sources_file), *FAST],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )


def stored_count(engine) -> int:
    with Session(engine) as session:
        return session.scalar(select(func.count()).select_from(Article)) or 0


def wait_for_articles(engine, proc: subprocess.Popen, at_least: int) -> int:
    deadline = time.monotonic() + 60  # a ceiling against hanging forever, not a timing assertion
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.communicate()
        try:
            n = stored_count(engine)
        except Exception:  # the schema is still being created
            n = 0
        if n >= at_least:
            return n
        time.sleep(0.1)
    raise AssertionError("no articles stored in time")


def crawl_child_pid(parent: int) -> int:
    with open(f"/proc/{parent}/task/{parent}/children") as f:
        return int(f.read().split()[0])


def article_requests(site) -> Counter:
    return Counter(p for p in site.requests if p.startswith("/actu/"))


def check_second_run(engine, db_url, sources_file, env, site, base, before: set[str]) -> subprocess.CompletedProcess:
    site.reset()
    second = subprocess.run(
        [*HEALTHBREACH, "crawl", "--db", db_url, "--sources-file", str(sources_file), *FAST],
        env=env, capture_output=True, text=True, timeout=120,
    )
    assert second.returncode == 0, second.stderr
    with Session(engine) as session:
        urls = list(session.scalars(select(Article.url)))
    assert len(urls) == len(set(urls)) == N_ARTICLES  # every article, each once
    assert {u.removeprefix(base) for u in urls} == set(site.paths())
    requested = article_requests(site)
    missing = set(site.paths()) - {u.removeprefix(base) for u in before}
    assert set(requested) == missing  # only what was still missing
    assert set(requested.values()) <= {1}
    with Session(engine) as session:
        assert session.scalars(select(Lock)).all() == []  # no lock left behind
    return second


@pytest.fixture
def db(tmp_path):
    url = f"sqlite:///{tmp_path / 'hb.sqlite'}"
    engine = make_engine(url)
    yield url, engine
    engine.dispose()


def test_sigterm_finishes_in_flight_records_interrupted_and_the_next_run_completes(db, slow_site, sources_file, cli_env):
    db_url, engine = db
    site, base = slow_site
    proc = start_crawl(db_url, sources_file, cli_env)
    wait_for_articles(engine, proc, 3)
    site.delay = 2.0  # the crawl must still be running when the rival has started (startup is slow under load)

    # While it runs, a second crawl on the same database is refused at once.
    rival = subprocess.run([*HEALTHBREACH, "crawl", "--db", db_url, "--sources-file", str(sources_file)],
                           env=cli_env, capture_output=True, text=True, timeout=60)
    assert rival.returncode == 75
    assert re.fullmatch(
        rf"healthbreach: error: another run holds the lock on {re.escape(db_url)} since \d{{4}}-\d\d-\d\d \d\d:\d\d:\d\d UTC \(pid {proc.pid}\)\n",
        rival.stderr,
    ), rival.stderr

    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 1, err
    assert "Traceback" not in err
    with Session(engine) as session:
        run = session.scalars(select(CrawlRun)).one()
        assert run.status == "interrupted" and run.finished_at is not None
        assert 0 < run.new_articles < N_ARTICLES
        before = set(session.scalars(select(Article.url)))
        assert len(before) == run.new_articles  # what it counted is what it stored
        assert session.scalars(select(Lock)).all() == []  # released on the way out
    site.delay = 0.3
    check_second_run(engine, db_url, sources_file, cli_env, site, base, before)


@pytest.mark.parametrize("victim", ["group", "child"])
def test_sigkill_loses_nothing_duplicates_nothing_and_leaves_no_stuck_lock(victim, db, slow_site, sources_file, cli_env):
    db_url, engine = db
    site, base = slow_site
    proc = start_crawl(db_url, sources_file, cli_env)
    wait_for_articles(engine, proc, 3)
    if victim == "group":  # parent and child at once: a crash, power loss, the OOM killer
        os.killpg(proc.pid, signal.SIGKILL)
    else:  # the crawl process only: the parent must record the run as failed and release the lock
        os.kill(crawl_child_pid(proc.pid), signal.SIGKILL)
    proc.communicate(timeout=60)
    with Session(engine) as session:
        before = set(session.scalars(select(Article.url)))
        assert 0 < len(before) < N_ARTICLES
        run = session.scalars(select(CrawlRun)).one()
        if victim == "group":
            assert run.status == "running"  # nobody was left to record its end
            assert len(session.scalars(select(Lock)).all()) == 1  # left behind by a dead pid
        else:
            assert run.status == "failed" and run.message == "crawl process killed by SIGKILL"
            assert session.scalars(select(Lock)).all() == []
    check_second_run(engine, db_url, sources_file, cli_env, site, base, before)
    with Session(engine) as session:
        first, second = session.scalars(select(CrawlRun).order_by(CrawlRun.id)).all()
        assert first.status == ("interrupted" if victim == "group" else "failed")  # no run stuck 'running'
        assert second.status == "finished"
