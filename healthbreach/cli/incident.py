"""`healthbreach incident ID`: one incident down to its evidence.

The merged facts with every competing value and the articles that support
each, then every article with its title, source, date and the sentences its
facts come from, the supporting words highlighted (bold on yellow in a
terminal, **between asterisks** when piped).
"""

from __future__ import annotations

import sys

import click
from rich.console import Group
from rich.padding import Padding
from rich.table import Table
from rich.text import Text
from sqlalchemy.orm import Session

from healthbreach.cli import HealthbreachError
from healthbreach.cli.db import open_engine
from healthbreach.cli.options import db_option
from healthbreach.cli.output import (
    UNLIMITED, chosen_format, format_options, print_renderable, short_url, terminal_width, write_csv, write_json,
    write_jsonl,
)

MARK = "bold black on yellow"


def number(n) -> str:
    return f"{n:,}".replace(",", " ") if isinstance(n, int) else str(n)


def value_text(field: str, item: dict) -> str:
    """One candidate value as a reader says it: "12 450 patients", "2025-10-12 (day)"."""
    value = item.get("value")
    if field == "records":
        return number(value) + (f" {item['unit']}" if item.get("unit") else "")
    if item.get("precision"):
        return f"{value} ({item['precision']})"
    return str(value)


def _refs(item: dict) -> str:
    return "[" + ", ".join(str(n) for n in item.get("articles") or []) + "]"


def facts_table(detail: dict) -> Table:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column()
    for key, entry in detail["facts"].items():
        label = key.replace("_", " ")
        if isinstance(entry, dict):  # single-valued: the incident's value, then its competitors
            grid.add_row(label, Text(f"{value_text(key, entry['chosen'])}  {_refs(entry['chosen'])}"))
            for other in entry["competing"]:
                grid.add_row("", Text.assemble(("competing: ", "yellow"), f"{value_text(key, other)}  {_refs(other)}"))
            continue
        for i, item in enumerate(entry):
            line = Text(f"{value_text(key, item)}  {_refs(item)}")
            others = [s for s in item.get("spellings") or [] if s != item["value"]]
            if others:
                line.append(f"  (also written: {'; '.join(others)})", style="dim")
            grid.add_row(label if i == 0 else "", line)
    grid.add_row("sources", ", ".join(detail["sources"]))
    return grid


def sentence_text(sentence: str, spans: list[tuple[int, int]], marked: bool) -> Text:
    """The sentence in French quotes, each supporting span highlighted."""
    text, at = Text("« "), 0
    for start, end in sorted(set(spans)):
        if start < at:
            continue  # overlapping spans: the first one shown is enough
        text.append(sentence[at:start])
        words = sentence[start:end]
        text.append(words, style=MARK) if marked else text.append(f"**{words}**")
        at = end
    text.append(sentence[at:] + " »")
    return text


def _shown(ev: dict) -> str:
    value = ev["value"]
    return value_text(ev["field"], {"value": int(value) if ev["field"] == "records" and value.isdigit() else value,
                                    "unit": ev.get("unit")})


def fact_labels(evs: list[dict]) -> Text:
    """The facts one sentence supports, a field's values together: "data type: name, birth_date (rule)"."""
    fields: dict[str, list[dict]] = {}
    for ev in evs:
        fields.setdefault(ev["field"], []).append(ev)
    parts = []
    for field, group in fields.items():
        notes = dict.fromkeys(x for ev in group for x in (ev.get("qualifier"), ev.get("rule")) if x)
        parts.append(Text.assemble((f"{field.replace('_', ' ')}: ", "cyan"), ", ".join(_shown(ev) for ev in group),
                                   (f" ({', '.join(notes)})" if notes else "", "dim")))
    return Text(" · ").join(parts)


def article_block(article: dict, width: int, marked: bool) -> Group:
    head = Text(f"[{article['n']}] ", style="bold")
    head.append(f"{article['published'] or 'undated'} · {article['source']}" + (" · AFP" if article["is_afp"] else ""))
    head.append(f" · joined as {article['reason']}", style="dim")
    url = article["url"] if len(article["url"]) + 4 <= width else short_url(article["url"], max(width - 4, 20))
    parts = [head, Padding(Text(article["title"] or "(no title)", style="bold"), (0, 0, 0, 4)),
             Padding(Text(url, style=f"link {article['url']}" if marked else ""), (0, 0, 0, 4))]
    by_sentence: dict[str, list[dict]] = {}
    for ev in article["evidence"]:
        by_sentence.setdefault(ev["sentence"], []).append(ev)
    for sentence, evs in by_sentence.items():
        labels = fact_labels(evs)
        spans = [tuple(ev["highlight"]) for ev in evs if ev.get("highlight")]
        parts.append(Padding(labels, (0, 0, 0, 4)))
        parts.append(Padding(sentence_text(sentence, spans, marked), (0, 0, 0, 6)))
    return Group(*parts)


def render(detail: dict, width: int) -> Group:
    marked = sys.stdout.isatty()
    victims = "; ".join(detail["victims"]) or "(unnamed victim)"
    title = Text(f"Incident {detail['incident_id']}: ", style="bold") + Text(victims, style="bold")
    n, s = detail["n_articles"], detail["n_sources"]
    when = (f"first reported {detail['first_reported'] or '?'} · last {detail['last_reported'] or '?'} · "
            f"{n} article{'s' if n != 1 else ''} from {s} source{'s' if s != 1 else ''} ({', '.join(detail['sources'])})")
    parts = [title, Text(when), Text(""),
             Text("Merged facts", style="bold underline") + Text("  [n]: the articles below that support a value; "
                                                                 "a field's first value is the incident's", style="dim"),
             facts_table(detail), Text(""), Text("Articles and their evidence", style="bold underline")]
    for article in detail["articles"]:
        parts.append(article_block(article, width, marked))
    return Group(*parts)


def evidence_rows(detail: dict) -> list[dict]:
    """One row per evidence sentence, for CSV and JSON Lines."""
    return [
        {"incident_id": detail["incident_id"], "article": a["n"], "article_id": a["article_id"], "url": a["url"],
         "title": a["title"], "source": a["source"], "published": a["published"], "field": ev["field"],
         "value": ev["value"], "unit": ev["unit"], "qualifier": ev["qualifier"], "sentence": ev["sentence"],
         "span_start": ev["span"][0], "span_end": ev["span"][1], "rule": ev["rule"]}
        for a in detail["articles"] for ev in a["evidence"]
    ]


def show_incident(ref: str, db_url: str | None, fmt: str) -> None:
    from healthbreach.store.queries import find_incident, incident_detail

    engine = open_engine(db_url)
    try:
        with Session(engine) as session:
            ids = find_incident(session, ref)
            if len(ids) > 1:
                shown = ", ".join(ids[:5]) + (", ..." if len(ids) > 5 else "")
                raise HealthbreachError(f"incident {ref!r} is ambiguous: {len(ids)} incidents start so ({shown})")
            if not ids:
                raise HealthbreachError(f"no incident {ref!r} (see `healthbreach incidents` for the ids)")
            detail = incident_detail(session, ids[0])
    finally:
        engine.dispose()
    if fmt == "json":
        write_json(detail)
    elif fmt == "jsonl":
        write_jsonl(evidence_rows(detail))
    elif fmt == "csv":
        write_csv(evidence_rows(detail))
    else:
        width = terminal_width()
        print_renderable(render(detail, width or UNLIMITED), width)


@click.command("incident")
@click.argument("ref", metavar="ID")
@format_options
@db_option
def command(ref: str, fmt: str, as_json: bool, db_url: str | None) -> None:
    """Show one incident: its merged facts, every competing value with the
    articles that support it, and each article's title, source, date and
    evidence sentences with the supporting words highlighted.

    ID is the incident id from `healthbreach incidents` or its first digits.
    --json gives the same as one JSON object; --format csv and jsonl give one
    row per evidence sentence.

    Example: healthbreach incident inc-e182676846b0
    """
    show_incident(ref, db_url, chosen_format(fmt, as_json))
