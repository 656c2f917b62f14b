"""A database URL's password never appears in output, logs, summaries or error messages."""

from __future__ import annotations

import os
import subprocess

import pytest
from click.testing import CliRunner

from healthbreach.cli import cli
from healthbreach.store.db import DatabaseError, database_errors, error_line
from nightly.conftest import HEALTHBREACH

SECRET_URL = "postgresql+psycopg://hb:s3cretpw@127.0.0.1:1/x"  # nothing listens on port 1: refused


@pytest.mark.parametrize("args", [["crawl"], ["run"], ["runs"], ["schedule", "--print", "cron"], ["schedule", "--print", "systemd"]])
def test_password_never_printed_by_a_command(args, tmp_path):
    result = CliRunner().invoke(cli, [*args, "--db", SECRET_URL])
    assert result.exit_code != 0
    assert "s3cretpw" not in result.output
    assert "hb:***@127.0.0.1:1/x" in result.output


def test_password_never_printed_by_a_real_process_nor_via_the_environment(tmp_path):
    env = {**os.environ, "HEALTHBREACH_DB": SECRET_URL}
    done = subprocess.run([*HEALTHBREACH, "crawl"], capture_output=True, text=True, timeout=60, env=env, cwd=tmp_path)
    assert done.returncode == 1
    assert "s3cretpw" not in done.stdout + done.stderr
    assert done.stderr.startswith("healthbreach: error: postgresql+psycopg://hb:***@127.0.0.1:1/x: cannot use the database (")


def test_a_driver_message_quoting_the_password_is_scrubbed():
    class Driver(Exception):
        pass

    class Wrapped(Exception):
        orig = Driver("invalid dsn: 'password=s3cretpw host=127.0.0.1'\nmore detail")

    line = error_line(Wrapped(), SECRET_URL)
    assert "s3cretpw" not in line and "\n" not in line
    assert line.endswith("(invalid dsn: 'password=*** host=127.0.0.1')")


def test_database_errors_turns_sqlalchemy_failures_into_one_safe_line():
    from sqlalchemy import create_engine

    with pytest.raises(DatabaseError) as caught:
        with database_errors(SECRET_URL):
            create_engine(SECRET_URL).connect()
    assert "s3cretpw" not in str(caught.value) and "\n" not in str(caught.value)
