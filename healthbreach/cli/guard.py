"""What the commands that write share: the run lock, clean database errors, sources files, settings.

    with exclusive(db_url, "crawl") as url:     # exit 75 if another run holds the lock
        run_crawl(...)

Exit codes (also in README "Nightly operation"): 0 done; 1 an error (one
`healthbreach: error:` line); 2 a usage error; 3 for `run`, a source never
reached; 75 (EX_TEMPFAIL) another run holds the lock, try again later.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from healthbreach.cli import HealthbreachError
from healthbreach.crawler.runner import close_abandoned_runs
from healthbreach.crawler.sources import SourceError, SourceSpec, load_sources_file, select_sources
from healthbreach.store.db import DatabaseError, database_errors, init_db, make_engine, resolve_url, safe_url
from healthbreach.store.lock import LockHeld, RunLock, ensure_lock_table

LOCKED = 75
UNREACHED = 3  # distinct from click usage errors (2)


class Locked(HealthbreachError):
    exit_code = LOCKED


class ErrorLines(HealthbreachError):
    """Several problems found at once (a sources file, -s settings): one `healthbreach: error:` line each."""

    def __init__(self, problems: list[str], exit_code: int = 1):
        super().__init__("\n".join(problems))
        self.problems, self.exit_code = problems, exit_code

    def show(self, file=None) -> None:
        for problem in self.problems:
            click.echo(f"healthbreach: error: {problem}", err=True, file=file)


def _terminate(_signum, _frame) -> None:
    raise SystemExit(128 + signal.SIGTERM)  # unwind: the lock is released, open transactions roll back


@contextmanager
def locked_schema(engine, command: str) -> Iterator[None]:
    """The run lock, then the schema brought to head: nothing changes the schema before the lock is ours."""
    ensure_lock_table(engine)
    with RunLock(engine, command):
        init_db(engine)
        close_abandoned_runs(engine)
        yield


@contextmanager
def exclusive(db_url: str | None, command: str) -> Iterator[str]:
    """Hold the run lock on the database for the block; yields the resolved URL.

    The lock is taken before any schema change: only the `locks` table is
    created first (CREATE TABLE IF NOT EXISTS, safe when two runs create a new
    database at once), so the loser of that race exits 75 like any other.
    Runs left 'running' by a process that died without recording its end are
    marked interrupted once the lock is ours (nobody else can be running).
    Any database failure in the block becomes one line without the password.
    """
    url = resolve_url(db_url)
    engine = None
    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        engine = make_engine(url)
        with database_errors(url), locked_schema(engine, command):
            yield url
    except LockHeld as exc:
        raise Locked(f"another run holds the lock on {safe_url(url)} {exc.holder.describe()}") from None
    except DatabaseError as exc:
        raise HealthbreachError(str(exc)) from None
    finally:
        signal.signal(signal.SIGTERM, previous)
        if engine is not None:
            engine.dispose()


def load_specs(names: tuple[str, ...], sources_file: Path | None) -> list[SourceSpec]:
    """The named (or every enabled) source, from the built-in list or a sources.toml-format file."""
    try:
        available = load_sources_file(sources_file) if sources_file is not None else None
        return select_sources(names, available)
    except SourceError as exc:
        raise ErrorLines(exc.problems) from None


def parse_settings(pairs: tuple[str, ...]) -> dict:
    """NAME=VALUE pairs, each checked against the type of the setting it overrides (exit 2, one line each).

    -L/--loglevel and --logfile (cli.options.log_options) join them as LOG_LEVEL and LOG_FILE.
    """
    from healthbreach.settings import check_overrides

    raw, problems = {}, []
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            problems.append(f"-s {pair}: expected NAME=VALUE")
            continue
        raw[name.strip()] = value.strip()
    settings, bad = check_overrides(raw)
    if problems or bad:
        raise ErrorLines(problems + bad, exit_code=2)
    ctx = click.get_current_context(silent=True)
    settings.update((ctx.meta.get("healthbreach.log") or {}) if ctx else {})
    return settings


sources_file_option = click.option(
    "--sources-file", type=click.Path(dir_okay=False, path_type=Path), metavar="PATH",
    help="Read sources from this TOML file (sources.toml format) instead of the built-in list.",
)
settings_option = click.option(
    "-s", "--set", "settings", multiple=True, metavar="NAME=VALUE",
    help="Override a Scrapy or healthbreach crawl setting (repeatable), e.g. -s DOWNLOAD_DELAY=2.",
)
