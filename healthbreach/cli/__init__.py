"""The `healthbreach` command: one click group, one module per command."""

from __future__ import annotations

import importlib

import click

from healthbreach import __version__

# Each module defines a click command named `command`.
COMMANDS = ["sources", "crawl", "demo", "extract", "run", "runs", "schedule", "incidents", "incident", "stats", "export", "report", "serve", "db", "backfill", "registry"]


class HealthbreachError(click.ClickException):
    """An expected failure: printed as one line, exit code 1."""

    def show(self, file=None) -> None:
        click.echo(f"healthbreach: error: {self.format_message()}", err=True, file=file)


class UsageLine(HealthbreachError):
    """A usage error (bad option value, unknown command) as one line, exit code 2 like click's."""

    exit_code = 2

    def __init__(self, exc: click.UsageError):
        where = exc.ctx.command_path if exc.ctx else "healthbreach"
        super().__init__(f"{exc.format_message()} (see `{where} --help`)")


class Group(click.Group):
    """click's usage errors print several lines; a nightly log wants one."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except click.UsageError as exc:
            raise UsageLine(exc) from None


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="healthbreach")
def cli() -> None:
    """Watch the French press for cyberattacks and data leaks in the health sector."""


for _name in COMMANDS:
    cli.add_command(importlib.import_module(f"healthbreach.cli.{_name}").command)


def main() -> None:
    cli(prog_name="healthbreach")
