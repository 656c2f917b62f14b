"""`healthbreach incidents`: the breaches found so far, one row per incident."""

from __future__ import annotations

import click
from sqlalchemy.orm import Session

from healthbreach.cli.db import open_engine
from healthbreach.cli.options import DATE, db_option
from healthbreach.cli.output import Col, chosen_format, emit, format_options
from healthbreach.store.incident_facts import ATTACK_TYPES


def format_records(n: int | None, unit: str | None) -> str:
    if not n:
        return ""
    return f"{n:,}".replace(",", " ") + (f" {unit}" if unit else "")


def records_cell(row: dict) -> list[str]:
    """The figure, its unit, and the figures other articles give ("vs 8 000")."""
    if not row["records"]:
        return []
    lines = [format_records(row["records"], None)] + ([row["records_unit"]] if row["records_unit"] else [])
    others = row.get("competing", {}).get("records") or []
    return lines + [f"vs {format_records(o['value'], None)}" for o in others]


# The table; JSON, JSON Lines and CSV carry every field of the rows. A new field is one line here.
COLUMNS = [
    Col("first_reported", "Reported", "atom", below="incident_date", below_header="incident date"),
    Col("victims", "Victims", "list", show=lambda r: r["victims"] or ["(unnamed)"], below="incident_id",
        below_header="incident id"),
    Col("records", "Records", "atom", show=records_cell, right=True),
    Col("data_types", "Data types", "list"),
    Col("attack_types", "Attack, actor, care", "list", show=lambda r: how_cell(r).split("\n") if how_cell(r) else []),
    Col("sources", "Sources", "list", below="n_articles", below_header="articles"),
]


def how_cell(r: dict) -> str:
    """Attack types, the threat actor and whether care was disrupted, one per line."""
    care = {True: "care disrupted", False: "care not affected"}.get(r.get("care_disrupted"), "")
    return "\n".join(x for x in (*(r.get("attack_types") or []), r.get("threat_actor") or "", care) if x)


def count_title(rows: list[dict]) -> str:
    return f"{len(rows)} incident{'s' if len(rows) != 1 else ''}"


@click.command("incidents")
@click.option("--since", type=DATE, help="Only incidents first reported on or after this day (YYYY-MM-DD).")
@click.option("--victim", metavar="TEXT", help="Only incidents whose victim matches (accents and case ignored, 'CH' = 'centre hospitalier').")
@click.option("--min-records", type=click.IntRange(min=0), metavar="N", help="Only incidents affecting at least N people or records.")
@click.option("--attack-type", type=click.Choice(ATTACK_TYPES), help="Only incidents with this attack type.")
@click.option("--actor", metavar="NAME", help="Only incidents claimed by or attributed to this group or person (case and versions ignored: 'lockbit' = 'LockBit 3.0').")
@click.option("--disrupted/--not-disrupted", default=None, help="Only incidents where care was (or was stated not) disrupted.")
@click.option("--id", "incident_ref", metavar="ID", help="Show this one incident with its evidence (as `healthbreach incident ID`).")
@format_options
@db_option
def command(since, victim: str | None, min_records: int | None, attack_type: str | None, actor: str | None,
            disrupted: bool | None, incident_ref: str | None, fmt: str, as_json: bool, db_url: str | None) -> None:
    """List incidents: articles reporting the same breach grouped together.

    Most recent first. Each incident shows its victims, when it was first
    reported, the best-supported figures (and the figures other articles
    give), and every source that covered it.

    Example: healthbreach incidents --since 2025-01-01 --victim "CH de Valmont" --format csv

    Example: healthbreach incidents --attack-type ransomware --actor lockbit --disrupted
    """
    fmt = chosen_format(fmt, as_json)
    if incident_ref:
        from healthbreach.cli.incident import show_incident

        show_incident(incident_ref, db_url, fmt)
        return
    from healthbreach.store.incident_facts import matches
    from healthbreach.store.queries import incident_rows

    engine = open_engine(db_url)
    with Session(engine) as session:
        rows = incident_rows(session, since=since, victim=victim, min_records=min_records)
    rows = [r for r in rows if matches(r, attack_type=attack_type, actor=actor, disrupted=disrupted)]
    engine.dispose()
    emit(rows, COLUMNS, fmt, title=count_title(rows))
