"""`healthbreach incidents`: the breaches found so far, one row per incident."""

from __future__ import annotations

import click
from rich import box
from rich.markup import escape
from rich.table import Table
from sqlalchemy.orm import Session

from healthbreach.cli.db import open_engine
from healthbreach.cli.options import DATE, db_option, out_console
from healthbreach.store.incident_facts import ATTACK_TYPES


def format_records(n: int | None, unit: str | None) -> str:
    if not n:
        return ""
    return f"{n:,}".replace(",", " ") + (f" {unit}" if unit else "")


def how_cell(r: dict) -> str:
    """Attack types, the threat actor and whether care was disrupted, one per line."""
    care = {True: "care disrupted", False: "care not affected"}.get(r.get("care_disrupted"), "")
    return "\n".join(x for x in (*r.get("attack_types", []), r.get("threat_actor") or "", care) if x)


def incidents_table(rows: list[dict]) -> Table:
    # Light borders and stacked cells, so the table still reads in an 80-column terminal.
    table = Table(title=f"{len(rows)} incident{'s' if len(rows) != 1 else ''}", title_justify="left",
                  box=box.SIMPLE_HEAD, show_lines=True, pad_edge=False)
    table.add_column("Reported\n[dim]incident[/dim]", no_wrap=True)
    table.add_column("Victims\n[dim]incident id[/dim]", min_width=20, ratio=2)
    table.add_column("Records", justify="right", min_width=9, ratio=1)
    table.add_column("Data types", min_width=12, ratio=2, overflow="fold")
    table.add_column("Attack\n[dim]actor[/dim]", min_width=12, ratio=2, overflow="fold")
    table.add_column("Articles\n[dim]sources[/dim]", min_width=10, ratio=2, overflow="fold")
    for r in rows:
        table.add_row(
            (r["first_reported"].isoformat() if r["first_reported"] else "?")
            + (f"\n[dim]{r['incident_date']}[/dim]" if r["incident_date"] else ""),
            f"{escape(', '.join(r['victims']) or '(unnamed)')}\n[dim]{r['incident_id']}[/dim]",
            escape(format_records(r["records"], r["records_unit"])),
            escape("\n".join(r["data_types"])),
            escape(how_cell(r)),
            f"{r['n_articles']} from\n" + escape("\n".join(r["sources"])),
        )
    return table


@click.command("incidents")
@click.option("--since", type=DATE, help="Only incidents first reported on or after this day (YYYY-MM-DD).")
@click.option("--victim", metavar="TEXT", help="Only incidents whose victim matches (accents and case ignored, 'CH' = 'centre hospitalier').")
@click.option("--min-records", type=click.IntRange(min=0), metavar="N", help="Only incidents affecting at least N people or records.")
@click.option("--attack-type", type=click.Choice(ATTACK_TYPES), help="Only incidents with this attack type.")
@click.option("--actor", metavar="NAME", help="Only incidents claimed by or attributed to this group or person (case and versions ignored: 'lockbit' = 'LockBit 3.0').")
@click.option("--disrupted/--not-disrupted", default=None, help="Only incidents where care was (or was stated not) disrupted.")
@db_option
def command(since, victim: str | None, min_records: int | None, attack_type: str | None, actor: str | None,
            disrupted: bool | None, db_url: str | None) -> None:
    """List incidents: articles reporting the same breach grouped together.

    Most recent first. Each incident shows its victims, when it was first
    reported, the best-supported figures and every source that covered it.

    Example: healthbreach incidents --since 2025-01-01 --victim "CH de Valmont"

    Example: healthbreach incidents --attack-type ransomware --actor lockbit --disrupted
    """
    from healthbreach.store.incident_facts import matches
    from healthbreach.store.queries import incident_rows

    engine = open_engine(db_url)
    with Session(engine) as session:
        rows = incident_rows(session, since=since, victim=victim, min_records=min_records)
    rows = [r for r in rows if matches(r, attack_type=attack_type, actor=actor, disrupted=disrupted)]
    engine.dispose()
    out_console.print(incidents_table(rows))
