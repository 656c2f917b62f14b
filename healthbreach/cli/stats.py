"""`healthbreach stats`: how much has been found, by month, source, data type, attack type and actor."""

from __future__ import annotations

import click
from rich.console import Group
from rich.markup import escape
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
    return Group(f"{s['incidents']} incidents from {s['articles']} stored articles", months, sources, types,
                 *attack_tables(s))


def attack_tables(s: dict) -> list[Table]:
    """Incidents by attack type, by threat actor and by care disruption."""
    tables = []
    for key, title, head in (("by_attack_type", "Incidents by attack type", "Attack type"),
                             ("by_actor", "Incidents by threat actor", "Threat actor"),
                             ("by_care", "Incidents by care disruption", "Care")):
        table = Table(title=title, title_justify="left")
        table.add_column(head)
        table.add_column("Incidents", justify="right")
        for name, n in s.get(key, {}).items():
            table.add_row(escape(name), str(n))
        tables.append(table)
    return tables


@click.command("stats")
@db_option
def command(db_url: str | None) -> None:
    """Count incidents by month, articles by source, exposed data type, attack type, threat actor and care disruption.

    Example: healthbreach stats --db sqlite:///data/healthbreach.sqlite
    """
    from healthbreach.store.queries import stats

    engine = open_engine(db_url)
    with Session(engine) as session:
        counts = stats(session)
    engine.dispose()
    out_console.print(stats_tables(counts))
