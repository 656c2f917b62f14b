"""Options and output helpers shared by the commands."""

from __future__ import annotations

import datetime as dt

import click
from rich.console import Console
from rich.table import Table

from healthbreach.store.db import ENV_VAR

err_console = Console(stderr=True)
out_console = Console()

db_option = click.option(
    "--db", "db_url", envvar=ENV_VAR, metavar="URL",
    help=f"SQLAlchemy database URL (default: ${ENV_VAR}, else sqlite:///data/healthbreach.sqlite).",
)


LOG_LEVELS = ("CRITICAL", "ERROR", "WARNING", "INFO", "DEBUG")


def _log_setting(name: str):
    def remember(ctx: click.Context, _param, value):
        log = ctx.meta.setdefault("healthbreach.log", {})
        if value is not None and name == "LOG_FILE":
            try:
                open(value, "a", encoding="utf-8").close()
            except OSError as exc:
                raise click.BadParameter(f"cannot write to {value} ({exc.strerror})", ctx=ctx, param_hint="--logfile") from None
        if value is not None:
            log[name] = value
        from healthbreach.crawler.logformatter import setup_logging

        # This process's own lines (the lock, the runner) dated like the crawl's; the crawl gets them as settings.
        setup_logging(log.get("LOG_LEVEL", "INFO"), log.get("LOG_FILE"), logger="healthbreach")

    return remember


def log_options(command):
    """-L/--loglevel and --logfile, as in Scrapy; guard.parse_settings passes them to the crawl."""
    command = click.option(
        "--logfile", metavar="FILE", expose_value=False, callback=_log_setting("LOG_FILE"),
        help="Append log lines to FILE instead of stderr.",
    )(command)
    return click.option(
        "-L", "--loglevel", type=click.Choice(LOG_LEVELS, case_sensitive=False), expose_value=False,
        callback=lambda ctx, param, value: _log_setting("LOG_LEVEL")(ctx, param, value.upper() if value else None),
        help="Log level (default INFO); tracebacks are shown only at DEBUG.",
    )(command)


class DateType(click.ParamType):
    name = "DATE"

    def convert(self, value, param, ctx):
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            self.fail(f"{value!r} is not a date in YYYY-MM-DD form", param, ctx)


DATE = DateType()


def summary_table(summary, title: str = "Crawl summary") -> Table:
    table = Table(title=title, show_header=False, title_justify="left", min_width=44)
    table.add_column(style="bold")
    table.add_column(justify="right")
    table.add_row("pages fetched", str(summary.pages_fetched))
    table.add_row("new articles", str(summary.new_articles))
    table.add_row("already known", str(summary.known_articles))
    table.add_row("relevant", str(summary.relevant))
    table.add_row("errors", str(summary.errors))
    for kind, n in sorted(summary.error_kinds.items()):
        table.add_row(f"  {kind.replace('_', ' ')}", str(n))
    skipped = {k: n for k, n in summary.skipped.items() if k != "known"}  # "already known" above
    if skipped:
        table.add_row("skipped", str(sum(skipped.values())))
        for kind, n in sorted(skipped.items()):
            table.add_row(f"  {kind.replace('_', ' ')}", str(n))
    return table
