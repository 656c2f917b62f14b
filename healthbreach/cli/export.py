"""`healthbreach export`: a dataset file and its card, for analysis elsewhere."""

from __future__ import annotations

from pathlib import Path

import click

from healthbreach.cli import HealthbreachError
from healthbreach.cli.db import open_engine
from healthbreach.cli.options import DATE, db_option, out_console
from healthbreach.store.export import FORMATS, WHATS, ExportError, export


@click.command("export")
@click.option("--what", type=click.Choice(WHATS), required=True, help="Which dataset: one row per incident, article or extracted fact.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True, help="File format.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), required=True, metavar="PATH", help="File to write; its card goes to PATH.card.md.")
@click.option("--since", type=DATE, help="Only rows dated on or after this day (incidents: first reported; others: published).")
@click.option("--until", type=DATE, help="Only rows dated on or before this day.")
@click.option("--with-text", is_flag=True, help="Include article texts (articles only; they belong to their publishers).")
@db_option
def command(what: str, fmt: str, out: Path, since, until, with_text: bool, db_url: str | None) -> None:
    """Write incidents, articles or facts to CSV, JSON Lines or Parquet.

    Beside the file, PATH.card.md describes it: columns with types and
    meaning, extractor version, crawl window, sources and row counts.

    Example: healthbreach export --what incidents --format parquet --out incidents.parquet --since 2025-01-01
    """
    if with_text and what != "articles":
        raise HealthbreachError("--with-text applies to --what articles only")
    engine = open_engine(db_url)
    try:
        result = export(engine, what, fmt, out, since=since, until=until, with_text=with_text)
    except ExportError as exc:
        raise HealthbreachError(str(exc)) from None
    finally:
        engine.dispose()
    out_console.print(f"{result.rows} {what} written to {result.path} (card: {result.card})")
