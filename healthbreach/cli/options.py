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
    return table
