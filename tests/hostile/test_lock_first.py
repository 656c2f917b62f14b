"""Two crawls creating a new database at once: the lock is taken before any schema change, the loser exits 75."""

from __future__ import annotations

import subprocess

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from healthbreach.store.db import make_engine
from healthbreach.store.migrations import current_revision, head_revision
from healthbreach.store.models import CrawlRun
from nightly.conftest import FAST, HEALTHBREACH, slow_site, sources_file  # noqa: F401 - fixtures


def test_two_crawls_creating_a_database_at_once(db_url, sources_file, tmp_path):
    command = [*HEALTHBREACH, "crawl", "--sources-file", str(sources_file), "--db", db_url, *FAST]
    crawls = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tmp_path) for _ in range(2)]
    outcomes = sorted((p.wait(timeout=180), p.stderr.read()) for p in crawls)
    for p in crawls:
        p.stdout.close()
        p.stderr.close()
    (won, _), (lost, says) = outcomes
    assert (won, lost) == (0, 75), outcomes
    assert says.startswith("healthbreach: error: another run holds the lock on ") and len(says.strip().splitlines()) == 1, says
    assert "already exists" not in says and "database is locked" not in says
    engine = make_engine(db_url)
    try:
        assert current_revision(engine) == head_revision()
        assert "failed_urls" in inspect(engine).get_table_names()
        with Session(engine) as session:
            assert [r.status for r in session.scalars(select(CrawlRun))] == ["finished"]  # the loser recorded nothing
    finally:
        engine.dispose()


def test_the_race_itself_many_times(tmp_path, db_url):
    """Both take the same fresh database at the same instant (a barrier), five times: always one holder, one 75."""
    import threading
    import time

    from healthbreach.cli.guard import locked_schema
    from healthbreach.store.lock import LockHeld

    urls = [f"sqlite:///{tmp_path / f'race{i}.sqlite'}" for i in range(5)] if db_url.startswith("sqlite") else [db_url]
    for url in urls:
        barrier, outcomes = threading.Barrier(2), []

        def take():
            barrier.wait()
            engine = make_engine(url)
            try:
                with locked_schema(engine, "crawl"):
                    time.sleep(0.5)
                outcomes.append(0)
            except LockHeld as exc:  # exclusive() turns it into exit 75
                outcomes.append(("locked", exc.holder.command))
            except Exception as exc:  # noqa: BLE001 - what the test is about
                outcomes.append((type(exc).__name__, str(exc).splitlines()[0]))
            finally:
                engine.dispose()

        threads = [threading.Thread(target=take) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
        assert len(outcomes) == 2 and 0 in outcomes and ("locked", "crawl") in outcomes, outcomes
        with make_engine(url).connect() as conn:
            assert current_revision(conn.engine) == head_revision()


def test_a_read_command_changes_an_old_schema_only_under_the_lock(tmp_path):
    from click.testing import CliRunner

    from healthbreach.cli import cli
    from healthbreach.store.lock import RunLock
    from healthbreach.store.migrations import upgrade

    url = f"sqlite:///{tmp_path / 'old.sqlite'}"
    engine = make_engine(url)
    upgrade(engine, "0003")  # a database made by an older healthbreach
    try:
        with RunLock(engine, "crawl"):
            refused = CliRunner().invoke(cli, ["runs", "--db", url])
            assert refused.exit_code == 1 and "Traceback" not in refused.output
            assert refused.output.startswith(f"healthbreach: error: {url}: the schema needs an upgrade, but another run holds the lock since ")
            assert current_revision(engine) == "0003"  # untouched while the lock was held
        assert CliRunner().invoke(cli, ["runs", "--db", url]).exit_code == 0
        assert current_revision(engine) == head_revision()
        with RunLock(engine, "crawl"):  # at head: reading takes no lock
            assert CliRunner().invoke(cli, ["runs", "--db", url]).exit_code == 0
    finally:
        engine.dispose()
