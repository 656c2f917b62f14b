"""`healthbreach report`: a self-contained HTML page to look at the incidents."""

from __future__ import annotations

from pathlib import Path

import click

from healthbreach.cli import HealthbreachError
from healthbreach.cli.db import open_engine
from healthbreach.cli.options import db_option, out_console


@click.command("report")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, allow_dash=True), required=True, metavar="DIR",
              help="Directory to write index.html into (created if missing); '-' writes the page to standard output.")
@db_option
def command(out_dir: str, db_url: str | None) -> None:
    """Write an HTML report: incidents per month, the largest ones, the most
    exposed data types and every incident with its articles' titles, the
    evidence sentence of each fact and the values other articles give.

    The table filters as you type (accents, case and "CH" = "centre
    hospitalier" ignored) and sorts on any column; data types are labelled in
    French. One file, no external resources: it opens offline and can be
    mailed.

    Example: healthbreach report --out report/
    """
    from healthbreach.report import write_report

    engine = open_engine(db_url)
    to_stdout = out_dir == "-"
    try:
        page = write_report(engine, None if to_stdout else Path(out_dir))
    except OSError as exc:
        raise HealthbreachError(f"cannot write the report to {out_dir}: {exc.strerror or exc}") from None
    finally:
        engine.dispose()
    if not to_stdout:
        out_console.print(f"report written to {page}")
