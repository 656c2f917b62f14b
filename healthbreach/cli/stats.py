"""`healthbreach stats`: how much has been found, by month, source and data type."""

from __future__ import annotations

import click
from rich.console import Group
from rich.table import Table
from sqlalchemy.orm import Session

from healthbreach.cli.db import open_engine
from healthbreach.cli.options import db_option, out_console


def stats_tables(s: dict) -> Group:
    months = Table(title="Incidents by month first reported", title_justify="left")
    months.add_column("Month")
    months.add_column("Incidents", justify="right")
    for month, n in s["by_month"].items():
        months.add_row(month, str(n))
    if s["undated"]:
        months.add_row("(undated)", str(s["undated"]))

    sources = Table(title="Articles by source", title_justify="left")
    sources.add_column("Source")
    sources.add_column("Articles", justify="right")
    sources.add_column("In incidents", justify="right")
    for row in s["by_source"]:
        sources.add_row(row["source"], str(row["articles"]), str(row["in_incidents"]))

    types = Table(title="Incidents by exposed data type", title_justify="left")
    types.add_column("Data type")
    types.add_column("Incidents", justify="right")
    for code, n in s["by_data_type"].items():
        types.add_row(code, str(n))
    return Group(f"{s['incidents']} incidents from {s['articles']} stored articles", months, sources, types)


@click.command("stats")
@db_option
def command(db_url: str | None) -> None:
    """Count incidents by month, articles by source and incidents by exposed data type.

    Example: healthbreach stats --db sqlite:///data/healthbreach.sqlite
    """
    from healthbreach.store.queries import stats

    engine = open_engine(db_url)
    with Session(engine) as session:
        counts = stats(session)
    engine.dispose()
    out_console.print(stats_tables(counts))
