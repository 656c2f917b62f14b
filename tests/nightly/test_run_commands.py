"""`healthbreach run`, `runs` and `schedule` through click's runner."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from sqlalchemy import select
from sqlalchemy.orm import Session

from healthbreach.cli import cli
from healthbreach.cli import run as run_module
from healthbreach.demo.server import serve
from healthbreach.store.db import init_db, make_engine
from healthbreach.store.lock import RunLock
from healthbreach.store.models import CrawlRun, Lock
from nightly.conftest import FAST, SlowSite, sources_toml


class FakeExtractor:
    """Extraction has its own tests; here only that `run` asks for it."""

    def extract(self, text, title=None, published=None):
        raise AssertionError("no relevant article lacks an extraction here")


@pytest.fixture
def quick_sites(tmp_path, monkeypatch):
    monkeypatch.setattr(run_module, "load_extractor", lambda: (FakeExtractor, "test"))
    site = SlowSite(n=3, delay=0)
    with serve(site.handle) as good, serve(lambda path, headers: None) as broken:  # every path a 404
        site.base = good
        path = tmp_path / "sources.toml"
        path.write_text(sources_toml({"good": good, "broken": broken}), "utf-8")
        yield path, good, broken


def test_run_crawls_records_and_names_each_unreached_source(quick_sites, tmp_path):
    sources, good, broken = quick_sites
    db_url = f"sqlite:///{tmp_path / 'hb.sqlite'}"
    result = CliRunner().invoke(cli, ["run", "--db", db_url, "--sources-file", str(sources), *FAST])
    assert result.exit_code == 3, result.output
    assert f"healthbreach: error: source broken not reached: {broken}/feed/: HTTP 404" in result.output
    assert "source good not reached" not in result.output
    engine = make_engine(db_url)
    with Session(engine) as session:
        run = session.scalars(select(CrawlRun)).one()
        assert run.status == "finished" and run.new_articles == 3
        assert set(run.error_kinds["unreached"]) == {"broken"}
        assert "0 articles extracted" in run.message
        assert session.scalars(select(Lock)).all() == []
    engine.dispose()

    listing = CliRunner().invoke(cli, ["runs", "--db", db_url])
    assert listing.exit_code == 0
    assert "finished" in listing.output and "broken" in listing.output and "http 404 1" in listing.output


def test_run_exits_0_when_every_source_was_reached(quick_sites, tmp_path):
    sources, good, _ = quick_sites
    only_good = tmp_path / "good.toml"
    only_good.write_text(sources.read_text().split("[broken]")[0])
    result = CliRunner().invoke(cli, ["run", "--db", f"sqlite:///{tmp_path / 'hb.sqlite'}", "--sources-file", str(only_good), *FAST])
    assert result.exit_code == 0, result.output


def test_run_and_crawl_refuse_while_the_lock_is_held(quick_sites, tmp_path):
    sources, _, _ = quick_sites
    db_url = f"sqlite:///{tmp_path / 'hb.sqlite'}"
    engine = make_engine(db_url)
    init_db(engine)
    with RunLock(engine, command="run"):
        for command in ("run", "crawl"):
            result = CliRunner().invoke(cli, [command, "--db", db_url, "--sources-file", str(sources)])
            assert result.exit_code == 75
            assert result.output.startswith(f"healthbreach: error: another run holds the lock on {db_url} since ")
        with Session(engine) as session:
            assert session.scalars(select(CrawlRun)).all() == []  # refused before anything was recorded
    engine.dispose()


def test_runs_on_an_empty_database(tmp_path):
    result = CliRunner().invoke(cli, ["runs", "--db", f"sqlite:///{tmp_path / 'hb.sqlite'}"])
    assert result.exit_code == 0 and "No runs recorded yet." in result.output


def test_schedule_prints_a_crontab_line(tmp_path):
    result = CliRunner().invoke(cli, ["schedule", "--print", "cron", "--at", "02:30", "--workdir", str(tmp_path), "--db", "sqlite:///data/hb.sqlite"])
    assert result.exit_code == 0
    line = [l for l in result.output.splitlines() if not l.startswith("#")]
    assert len(line) == 1
    assert line[0].startswith(f"30 2 * * * cd {tmp_path} && ")
    assert "HEALTHBREACH_DB=sqlite:///data/hb.sqlite" in line[0]
    assert line[0].endswith(f"run >> {tmp_path}/logs/healthbreach-run.log 2>&1")


def test_schedule_prints_a_systemd_service_and_timer(tmp_path):
    result = CliRunner().invoke(cli, ["schedule", "--print", "systemd", "--workdir", str(tmp_path), "--log", "/var/log/hb.log"])
    assert result.exit_code == 0
    out = result.output
    for expected in ("[Service]", "Type=oneshot", "ExecStart=", " run\n", "StandardOutput=append:/var/log/hb.log",
                     "SuccessExitStatus=3 75", "[Timer]", "OnCalendar=*-*-* 03:17:00", "Persistent=true", "WantedBy=timers.target"):
        assert expected in out, expected
