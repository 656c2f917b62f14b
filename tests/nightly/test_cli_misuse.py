"""Bad use of the CLI: one `healthbreach: error:` line, a non-zero exit, never a traceback."""

from __future__ import annotations

import subprocess

import pytest
from click.testing import CliRunner

from healthbreach.cli import cli
from healthbreach.store.db import init_db, make_engine
from nightly.conftest import HEALTHBREACH


def one_error_line(result) -> str:
    out = result.output.strip()
    assert result.exit_code not in (0, None), out
    assert "Traceback" not in out, out
    assert len(out.splitlines()) == 1, out
    assert out.startswith("healthbreach: error: "), out
    return out


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def readonly_db(tmp_path) -> str:
    path = tmp_path / "hb.sqlite"
    engine = make_engine(f"sqlite:///{path}")
    init_db(engine)
    engine.dispose()
    return f"sqlite:///file:{path}?mode=ro&uri=true"  # read-only whoever we are, root included


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["crawl", "--source", "nope"], "unknown source 'nope'"),
        (["crawl", "--since", "2026-13-45"], "'2026-13-45' is not a date in YYYY-MM-DD form"),
        (["run", "--since", "hier"], "'hier' is not a date"),
        (["crawl", "--sources-file", "/nonexistent/sources.toml"], "/nonexistent/sources.toml: cannot read the sources file"),
        (["crawl", "--db", "postgresql+psycopg://hb@127.0.0.1:1/x"], "cannot use the database"),
        (["crawl", "--db", "sqlite:////proc/healthbreach/hb.sqlite"], "cannot create the folder /proc/healthbreach"),
        (["crawl", "--db", "not a url"], "not a database URL"),
        (["runs", "--db", "postgresql+psycopg://hb@127.0.0.1:1/x"], "Connection refused"),
        (["runs", "-n", "0"], "-n"),
        (["schedule", "--print", "anacron"], "'anacron' is not one of 'cron', 'systemd'"),
        (["schedule", "--print", "cron", "--at", "25:00"], "expected HH:MM"),
        (["nosuchcommand"], "No such command"),
    ],
)
def test_bad_use_is_one_line_and_non_zero(runner, tmp_path, args, says):
    if "--db" not in args and args[0] != "schedule":
        args = [*args, "--db", f"sqlite:///{tmp_path / 'hb.sqlite'}"]
    assert says in one_error_line(runner.invoke(cli, args))


def test_a_read_only_database_is_one_line(runner, readonly_db, tmp_path):
    sources = tmp_path / "s.toml"
    sources.write_text("[x]\ndomains = ['127.0.0.1:9']\nfeeds = ['http://127.0.0.1:9/feed/']\narticle_pattern = '^/a/'\n")
    line = one_error_line(runner.invoke(cli, ["crawl", "--db", readonly_db, "--sources-file", str(sources)]))
    assert "readonly database" in line


def test_a_malformed_sources_file_is_one_line(runner, tmp_path):
    bad = tmp_path / "s.toml"
    bad.write_text("[x]\ndomains = [\n")
    assert str(bad) in one_error_line(runner.invoke(cli, ["run", "--sources-file", str(bad), "--db", f"sqlite:///{tmp_path}/hb.sqlite"]))


def test_a_real_process_prints_one_line_and_no_traceback(tmp_path):
    for args in (["crawl", "--since", "2026-02-30"], ["crawl", "--source", "nope"], ["runs", "--db", "postgresql+psycopg://hb@127.0.0.1:1/x"]):
        done = subprocess.run([*HEALTHBREACH, *args], capture_output=True, text=True, timeout=60, cwd=tmp_path)
        assert done.returncode != 0
        assert done.stdout == "" and "Traceback" not in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1 and done.stderr.startswith("healthbreach: error: "), done.stderr
