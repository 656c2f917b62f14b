"""`healthbreach stats`: how much has been found, by month, source, data type, attack type and actor."""

from __future__ import annotations

import click
from sqlalchemy.orm import Session

from healthbreach.cli.db import open_engine
from healthbreach.cli.options import db_option
from healthbreach.cli.output import Col, chosen_format, format_options, print_table, write_csv, write_json, write_jsonl

MONTHS = [Col("month", "Month", "atom"), Col("incidents", "Incidents", "atom", right=True)]
SOURCES = [Col("source", "Source"), Col("articles", "Articles", "atom", right=True),
           Col("in_incidents", "In incidents", "atom", right=True)]
TYPES = [Col("data_type", "Data type", "atom"), Col("incidents", "Incidents", "atom", right=True)]
# (key in stats(), table title, column head): incidents by how they happened.
ATTACK_GROUPS = (("by_attack_type", "Incidents by attack type", "Attack type"),
                 ("by_actor", "Incidents by threat actor", "Threat actor"),
                 ("by_care", "Incidents by care disruption", "Care"))


def flat_rows(s: dict) -> list[dict]:
    """The counts as uniform rows (group, key, counts), for CSV and JSON Lines."""
    rows = [{"group": "month", "key": m, "incidents": n, "articles": None, "in_incidents": None}
            for m, n in s["by_month"].items()]
    if s["undated"]:
        rows.append({"group": "month", "key": None, "incidents": s["undated"], "articles": None, "in_incidents": None})
    rows += [{"group": "source", "key": r["source"], "incidents": None, "articles": r["articles"],
              "in_incidents": r["in_incidents"]} for r in s["by_source"]]
    rows += [{"group": "data_type", "key": code, "incidents": n, "articles": None, "in_incidents": None}
             for code, n in s["by_data_type"].items()]
    rows += [{"group": key.removeprefix("by_"), "key": k, "incidents": n, "articles": None, "in_incidents": None}
             for key, _, _ in ATTACK_GROUPS for k, n in s.get(key, {}).items()]
    return rows


def print_stats(s: dict) -> None:
    click.echo(f"{s['incidents']} incidents from {s['articles']} stored articles")
    months = [{"month": m, "incidents": n} for m, n in s["by_month"].items()]
    if s["undated"]:
        months.append({"month": "(undated)", "incidents": s["undated"]})
    click.echo()
    print_table(months, MONTHS, title="Incidents by month")
    click.echo()
    print_table(s["by_source"], SOURCES, title="Articles by source")
    click.echo()
    print_table([{"data_type": c, "incidents": n} for c, n in s["by_data_type"].items()], TYPES,
                title="Incidents by data type")
    for key, title, head in ATTACK_GROUPS:
        click.echo()
        print_table([{"name": k, "incidents": n} for k, n in s.get(key, {}).items()],
                    [Col("name", head, "atom"), Col("incidents", "Incidents", "atom", right=True)], title=title)


@click.command("stats")
@format_options
@db_option
def command(fmt: str, as_json: bool, db_url: str | None) -> None:
    """Count incidents by month, articles by source, exposed data type, attack type, threat actor and care disruption.

    --json gives one object; --format csv and jsonl one row per count
    (group: month, source or data_type).

    Example: healthbreach stats --format csv > stats.csv
    """
    from healthbreach.store.queries import stats

    fmt = chosen_format(fmt, as_json)
    engine = open_engine(db_url)
    with Session(engine) as session:
        counts = stats(session)
    engine.dispose()
    if fmt == "json":
        write_json(counts)
    elif fmt == "jsonl":
        write_jsonl(flat_rows(counts))
    elif fmt == "csv":
        write_csv(flat_rows(counts))
    else:
        print_stats(counts)
