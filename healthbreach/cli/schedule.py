"""`healthbreach schedule`: print a crontab line or a systemd service and timer for the nightly run."""

from __future__ import annotations

import re
import shlex
import sys
from pathlib import Path

import click
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from healthbreach.cli import HealthbreachError
from healthbreach.store.db import ENV_VAR, resolve_url, safe_url


def healthbreach_command() -> list[str]:
    """The installed `healthbreach` script beside this interpreter (the venv's), else `python -m healthbreach`."""
    script = Path(sys.executable).parent / "healthbreach"
    return [str(script)] if script.exists() else [sys.executable, "-m", "healthbreach"]


def check_url(url: str) -> str:
    """A scheduled job must not carry a password on its command line, where `ps` and logs show it."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):  # ValueError: a port that is not a number
        raise HealthbreachError(f"{safe_url(url)}: not a database URL") from None
    if parsed.password:
        raise HealthbreachError(
            f"{safe_url(url)}: a scheduled job should not carry the password; leave it out of the URL "
            "and put it in ~/.pgpass (PostgreSQL's password file) for the user the job runs as"
        )
    return url


def cron(cmd: list[str], url: str, log: Path, workdir: Path, hour: int, minute: int) -> str:
    run = " ".join(shlex.quote(p) for p in [*cmd, "run"])
    return (
        f"# healthbreach nightly run (install: crontab -e, paste this line)\n"
        f"{minute} {hour} * * * cd {shlex.quote(str(workdir))} && mkdir -p {shlex.quote(str(log.parent))} && {ENV_VAR}={shlex.quote(url)} {run} >> {shlex.quote(str(log))} 2>&1\n"
    )


def systemd(cmd: list[str], url: str, log: Path, workdir: Path, hour: int, minute: int) -> str:
    run = " ".join(shlex.quote(p) for p in [*cmd, "run"])
    return f"""\
# ~/.config/systemd/user/healthbreach.service
[Unit]
Description=healthbreach nightly run: crawl, extract, group incidents
After=network-online.target
Wants=network-online.target

[Service]
Type=oneshot
WorkingDirectory={workdir}
Environment={ENV_VAR}={url}
ExecStartPre=/bin/mkdir -p {log.parent}
ExecStart={run}
StandardOutput=append:{log}
StandardError=append:{log}
# SIGTERM lets the crawl finish its in-flight pages and record the run as interrupted.
KillSignal=SIGTERM
TimeoutStopSec=120
# Exit 2 (a source not reached) and 75 (another run held the lock) are not unit failures.
SuccessExitStatus=3 75

# ~/.config/systemd/user/healthbreach.timer
[Unit]
Description=Run healthbreach every night

[Timer]
OnCalendar=*-*-* {hour:02d}:{minute:02d}:00
RandomizedDelaySec=10min
# A night missed while the machine was off is run at the next boot.
Persistent=true

[Install]
WantedBy=timers.target
"""


TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


@click.command("schedule")
@click.option("--print", "kind", type=click.Choice(["cron", "systemd"]), required=True, help="What to print.")
@click.option("--at", "at", default="03:17", show_default=True, metavar="HH:MM", help="Time of the nightly run (local time).")
@click.option("--log", "log", type=click.Path(path_type=Path), default=Path("logs/healthbreach-run.log"), show_default=True, help="Log file the run appends to (relative to --workdir).")
@click.option("--workdir", type=click.Path(file_okay=False, path_type=Path), default=Path("."), show_default=True, help="Directory the job runs in (relative sqlite:/// paths are taken from here).")
@click.option("--db", "db_url", envvar=ENV_VAR, metavar="URL", help=f"Database URL for the job (default: ${ENV_VAR}, else sqlite:///data/healthbreach.sqlite).")
def command(kind: str, at: str, log: Path, workdir: Path, db_url: str | None) -> None:
    """Print a ready-to-install crontab line, or a systemd service and timer pair.

    The job runs `healthbreach run` every night and appends its output to a
    log file. Nothing is installed: the README ("Nightly operation") shows how.

    Example: healthbreach schedule --print systemd --at 02:30 --db sqlite:////var/lib/healthbreach/hb.sqlite
    """
    match = TIME.match(at)
    if not match:
        raise HealthbreachError(f"--at {at!r}: expected HH:MM, e.g. 03:17")
    hour, minute = int(match[1]), int(match[2])
    url = check_url(resolve_url(db_url))
    workdir = workdir.resolve()
    log = log if log.is_absolute() else workdir / log
    render = cron if kind == "cron" else systemd
    click.echo(render(healthbreach_command(), url, log, workdir, hour, minute), nl=False)
