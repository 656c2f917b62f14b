"""`healthbreach incidents`: the breaches found so far, one row per incident."""

from __future__ import annotations

import click
from rich import box
from rich.markup import escape
from rich.table import Table
from sqlalchemy.orm import Session

from healthbreach.cli.db import open_engine
from healthbreach.cli.options import DATE, db_option, out_console


def format_records(n: int | None, unit: str | None) -> str:
    if not n:
        return ""
    return f"{n:,}".replace(",", " ") + (f" {unit}" if unit else "")


def incidents_table(rows: list[dict]) -> Table:
    # Light borders and stacked cells, so the table still reads in an 80-column terminal.
    table = Table(title=f"{len(rows)} incident{'s' if len(rows) != 1 else ''}", title_justify="left",
                  box=box.SIMPLE_HEAD, show_lines=True, pad_edge=False)
    table.add_column("Reported\n[dim]incident[/dim]", no_wrap=True)
    table.add_column("Victims\n[dim]incident id[/dim]", min_width=20, ratio=2)
    table.add_column("Records", justify="right", min_width=9, ratio=1)
    table.add_column("Data types", min_width=12, ratio=2, overflow="fold")
    table.add_column("Articles\n[dim]sources[/dim]", min_width=10, ratio=2, overflow="fold")
    for r in rows:
        table.add_row(
            (r["first_reported"].isoformat() if r["first_reported"] else "?")
            + (f"\n[dim]{r['incident_date']}[/dim]" if r["incident_date"] else ""),
            f"{escape(', '.join(r['victims']) or '(unnamed)')}\n[dim]{r['incident_id']}[/dim]",
            escape(format_records(r["records"], r["records_unit"])),
            escape("\n".join(r["data_types"])),
            f"{r['n_articles']} from\n" + escape("\n".join(r["sources"])),
        )
    return table


@click.command("incidents")
@click.option("--since", type=DATE, help="Only incidents first reported on or after this day (YYYY-MM-DD).")
@click.option("--victim", metavar="TEXT", help="Only incidents whose victim matches (accents and case ignored, 'CH' = 'centre hospitalier').")
@click.option("--min-records", type=click.IntRange(min=0), metavar="N", help="Only incidents affecting at least N people or records.")
@db_option
def command(since, victim: str | None, min_records: int | None, db_url: str | None) -> None:
    """List incidents: articles reporting the same breach grouped together.

    Most recent first. Each incident shows its victims, when it was first
    reported, the best-supported figures and every source that covered it.

    Example: healthbreach incidents --since 2025-01-01 --victim "CH de Valmont"
    """
    from healthbreach.store.queries import incident_rows

    engine = open_engine(db_url)
    with Session(engine) as session:
        rows = incident_rows(session, since=since, victim=victim, min_records=min_records)
    engine.dispose()
    out_console.print(incidents_table(rows))
