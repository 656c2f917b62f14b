"""`healthbreach export`: a dataset file and its card, for analysis elsewhere."""

from __future__ import annotations

import click

from healthbreach.cli import HealthbreachError
from healthbreach.cli.db import open_engine
from healthbreach.cli.options import DATE, db_option, out_console
from healthbreach.store.export import FORMATS, STDOUT, WHATS, ExportError, export


@click.command("export")
@click.option("--what", type=click.Choice(WHATS), required=True, help="Which dataset: one row per incident, article or extracted fact.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True, help="File format.")
@click.option("--out", type=click.Path(dir_okay=False, allow_dash=True), required=True, metavar="PATH",
              help="File to write ('-': standard output); its card goes to PATH.card.md.")
@click.option("--card", type=click.Path(dir_okay=False, allow_dash=True), metavar="PATH",
              help="Where to write the dataset card instead (default PATH.card.md; none with --out - unless given).")
@click.option("--since", type=DATE, help="Only rows dated on or after this day (incidents: first reported; others: published).")
@click.option("--until", type=DATE, help="Only rows dated on or before this day.")
@click.option("--with-text", is_flag=True, help="Include article texts (articles only; they belong to their publishers).")
@db_option
def command(what: str, fmt: str, out: str, card: str | None, since, until, with_text: bool, db_url: str | None) -> None:
    """Write incidents, articles or facts to CSV, JSON Lines or Parquet.

    Beside the file, PATH.card.md describes it: licence, columns with types
    and meaning, extractor version and measured accuracy, data-type
    vocabulary, crawl window, sources and row counts. Parquet files also
    carry the column descriptions in their schema. `--out -` writes the data
    to standard output (the card only where --card says).

    Example: healthbreach export --what incidents --format parquet --out incidents.parquet --since 2025-01-01
    """
    if with_text and what != "articles":
        raise HealthbreachError("--with-text applies to --what articles only")
    engine = open_engine(db_url)
    try:
        result = export(engine, what, fmt, out, since=since, until=until, with_text=with_text, card=card)
    except ExportError as exc:
        raise HealthbreachError(str(exc)) from None
    finally:
        engine.dispose()
    where = "standard output" if result.path == STDOUT else result.path
    message = f"{result.rows} {what} written to {where}" + (f" (card: {result.card})" if result.card else "")
    if result.path == STDOUT or card == STDOUT:
        click.echo(message, err=True)  # standard output holds the data
    else:
        out_console.print(message)
