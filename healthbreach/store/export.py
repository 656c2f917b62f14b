"""Dataset exports (CSV, JSON Lines, Parquet) with a dataset card beside each file.

Types are declared per column, so every format carries them as well as it can:
Parquet has real date, timestamp, boolean, integer and list<string> columns;
JSON Lines has arrays for lists and ISO-8601 strings for dates (DuckDB reads
them back as DATE); CSV has ISO dates and "; "-joined lists.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from healthbreach import __version__
from healthbreach.store import queries
from healthbreach.store.models import IncidentArticle
from healthbreach.store.provenance import LICENCE, LICENCE_NOTE, accuracy_lines, citation
from healthbreach.store.vocabulary import DATA_TYPES

WHATS = ("incidents", "articles", "facts")
FORMATS = ("csv", "jsonl", "parquet")
LIST_SEPARATOR = "; "

RIGHTS_NOTE = (
    "Article texts and titles belong to their publishers. This dataset holds facts extracted from them and "
    "links to the original pages; article text is left out unless the export was made with --with-text, "
    "and a copy made that way is for research use only, not for republication."
)
DATASET_TITLE = "healthbreach: health-sector cyberattacks and data leaks in the French press"


class ExportError(Exception):
    """The export cannot be written (bad arguments or unwritable path)."""


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # string | int | date | datetime | bool | list<string>
    meaning: str


_ARROW = {
    "string": pa.string(), "int": pa.int64(), "date": pa.date32(), "datetime": pa.timestamp("s"),
    "bool": pa.bool_(), "list<string>": pa.list_(pa.string()),
}

# How the breach happened: the same three columns for incidents (merged, best-supported) and articles.
ATTACK_COLUMNS = [
    Column("attack_types", "list<string>", "how the breach happened: ransomware, exfiltration, exposure, "
           "unauthorized_access, phishing, ddos, theft_loss (several may hold; empty when not said)"),
    Column("threat_actor", "string", "group or person named as behind the attack or claiming it, normalised "
           "('LockBit 3.0' and 'le groupe Lockbit' are LockBit); a malware name only when no group is named"),
    Column("care_disrupted", "bool", "true: care or services stated disrupted (mode dégradé, systems cut off, "
           "operations postponed), even beside 'no impact on care'; false: stated not affected; empty: not said"),
]

INCIDENT_COLUMNS = [
    Column("incident_id", "string", "stable id of the incident, derived from its earliest article's URL"),
    Column("victims", "list<string>", "organisations whose systems or data were breached, best-supported spelling"),
    Column("vendors", "list<string>", "software or service providers named as the path of the breach"),
    Column("first_reported", "date", "publication date of the earliest article reporting the incident"),
    Column("last_reported", "date", "publication date of the latest article"),
    Column("incident_date", "string", "when the attack happened or was detected: YYYY-MM-DD, YYYY-MM or YYYY"),
    Column("incident_date_precision", "string", "day, month or year: how precise incident_date is"),
    Column("records", "int", "people or records affected, the figure most articles give"),
    Column("records_unit", "string", "what `records` counts: personnes, patients, rendez-vous, dossiers, ..."),
    Column("data_types", "list<string>", "kinds of personal data exposed (codes of the gold SCHEMA)"),
    *ATTACK_COLUMNS,
    Column("n_articles", "int", "articles grouped in the incident"),
    Column("n_sources", "int", "distinct sources among those articles"),
    Column("sources", "list<string>", "names of those sources"),
    Column("urls", "list<string>", "URLs of the articles, earliest first"),
    Column("finess", "string", "FINESS number of the victim establishment, when a registry is imported and it was linked"),
    Column("establishment_category", "string", "FINESS category of that establishment (libcategetab)"),
    Column("town", "string", "town of that establishment"),
    Column("department", "string", "department code of that establishment"),
    Column("region", "string", "region of that establishment"),
]

ARTICLE_COLUMNS = [
    Column("article_id", "int", "row id in the articles table"),
    Column("url", "string", "canonical URL of the article"),
    Column("source", "string", "source name (crawler/sources.toml)"),
    Column("title", "string", "article title"),
    Column("author", "string", "byline, when the page gives it"),
    Column("published", "date", "publication date"),
    Column("fetched_at", "datetime", "when the crawler fetched the page (UTC)"),
    Column("is_afp", "bool", "the article is an AFP dispatch"),
    Column("relevant", "bool", "crawl-time relevance filter: mentions a health-sector breach"),
    Column("extractor_version", "string", "version of the extractor that produced the facts, empty if none"),
    Column("extraction_relevant", "bool", "the extractor's judgement: reports a health-sector breach"),
    Column("incident_id", "string", "incident the article belongs to, empty when not relevant"),
    Column("victims", "list<string>", "victims named in this article"),
    Column("vendors", "list<string>", "vendors named in this article"),
    Column("incident_date", "string", "incident date stated in this article (YYYY-MM-DD, YYYY-MM or YYYY)"),
    Column("records", "int", "records figure stated in this article"),
    Column("records_unit", "string", "what `records` counts"),
    Column("data_types", "list<string>", "data-type codes stated as exposed in this article"),
    *ATTACK_COLUMNS,
]
TEXT_COLUMN = Column("text", "string", "the cleaned article text (publisher's copyright; only with --with-text)")

FACT_COLUMNS = [
    Column("fact_id", "int", "row id in the facts table"),
    Column("article_id", "int", "article the fact was extracted from"),
    Column("incident_id", "string", "incident of that article, if any"),
    Column("url", "string", "URL of that article"),
    Column("source", "string", "source name"),
    Column("published", "date", "publication date of the article"),
    Column("field", "string", "victim, vendor, published, incident_date, disclosure_date, records, records_claim, data_type, "
           "attack_type, threat_actor or care_disrupted"),
    Column("value", "string", "the extracted value, as text (numbers in digits, dates ISO, care_disrupted "
           "true/false)"),
    Column("unit", "string", "records: what is counted"),
    Column("qualifier", "string", "records: exact/about/more_than/up_to; dates: day/month/year"),
    Column("sentence", "string", "the sentence that supports the value (evidence, a short quotation)"),
    Column("span_start", "int", "character offset where the supporting words start in the article text"),
    Column("span_end", "int", "character offset where they end"),
    Column("rule", "string", "rule or model component that produced the value"),
    Column("extractor_version", "string", "version of the extractor"),
]


def columns_for(what: str, with_text: bool = False) -> list[Column]:
    if what == "incidents":
        return INCIDENT_COLUMNS
    if what == "articles":
        return ARTICLE_COLUMNS + ([TEXT_COLUMN] if with_text else [])
    if what == "facts":
        return FACT_COLUMNS
    raise ExportError(f"unknown dataset {what!r} (choose from {', '.join(WHATS)})")


STDOUT = "-"  # --out - : the data go to standard output


@dataclass
class ExportResult:
    path: Path | str  # "-" for standard output
    card: Path | None  # None when no card was written
    rows: int


def export(
    engine: Engine,
    what: str,
    fmt: str,
    out: Path | str,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    with_text: bool = False,
    card: Path | str | None = None,
) -> ExportResult:
    """Write the dataset to `out` ("-": standard output) and its card to `card`
    (default: beside the file as OUT.card.md; none for standard output unless asked; "-" prints it)."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    columns = columns_for(what, with_text)
    if since and until and since > until:
        raise ExportError(f"--since {since} is after --until {until}")
    to_stdout = str(out) == STDOUT
    if to_stdout and fmt == "parquet" and sys.stdout.isatty():
        raise ExportError("refusing to write Parquet (binary) to a terminal: pipe it or give --out PATH")
    if card is None and not to_stdout:
        card = Path(out).with_name(Path(out).name + ".card.md")
    with Session(engine) as session:
        rows = _rows(session, what, since, until, with_text)
        values = _card_values(session, what, rows)
    name = "(standard output)" if to_stdout else Path(out).name
    text = render_card(what, fmt, name, columns, len(rows), since, until, with_text, **values)
    try:
        meta = {"title": f"{DATASET_TITLE} ({what})", "licence": LICENCE, "rights": RIGHTS_NOTE,
                "extractor_versions": ", ".join(values["versions"]), "generator": f"healthbreach {__version__}",
                "citation": citation(extractors=values["versions"]), "card": text}
        if to_stdout:
            WRITERS[fmt](rows, columns, None, meta)
        else:
            out = Path(out)
            out.parent.mkdir(parents=True, exist_ok=True)
            WRITERS[fmt](rows, columns, out, meta)
        if card is not None and str(card) == STDOUT:
            sys.stdout.write(text)
            sys.stdout.flush()
        elif card is not None:
            card = Path(card)
            card.parent.mkdir(parents=True, exist_ok=True)
            card.write_text(text, encoding="utf-8")
    except BrokenPipeError:
        raise  # the reader went away (`| head`): nothing to report
    except OSError as exc:
        raise ExportError(f"cannot write {out}: {exc.strerror or exc}") from None
    return ExportResult(STDOUT if to_stdout else out, card if card is None or str(card) != STDOUT else None, len(rows))


@contextmanager
def _opened(out: Path | None, binary: bool = False) -> Iterator[IO]:
    """The file to write, or standard output when `out` is None (left open)."""
    if out is None:
        stream = sys.stdout.buffer if binary else sys.stdout
        yield stream
        stream.flush()
        return
    with out.open("wb" if binary else "w", **({} if binary else {"newline": "", "encoding": "utf-8"})) as fh:
        yield fh


def _rows(session: Session, what: str, since, until, with_text: bool) -> list[dict[str, Any]]:
    if what == "incidents":
        return queries.incident_rows(session, since=since, until=until)
    if what == "articles":
        return queries.article_rows(session, since=since, until=until, with_text=with_text)
    return queries.fact_rows(session, since=since, until=until)


def _card_values(session: Session, what: str, rows: list[dict[str, Any]]) -> dict[str, Any]:
    if what == "incidents":
        wanted = {r["incident_id"] for r in rows}
        ids = [a for a, i in session.execute(select(IncidentArticle.article_id, IncidentArticle.incident_id)) if i in wanted]
        sources = Counter(s for r in rows for s in r["sources"])
    else:
        ids = sorted({r["article_id"] for r in rows})
        sources = Counter(r["source"] for r in rows)
    return {
        "versions": queries.extractor_versions(session, ids),
        "window": queries.crawl_window(session),
        "sources": dict(sorted(sources.items())),
    }


# -- writers ------------------------------------------------------------------------------


def _csv_cell(value: Any, type_: str) -> Any:
    if value is None:
        return ""
    if type_ == "list<string>":
        return LIST_SEPARATOR.join(value)
    if type_ in ("date", "datetime"):
        return value.isoformat()
    if type_ == "bool":
        return "true" if value else "false"
    return value


def write_csv(rows, columns: list[Column], out: Path | None, meta: dict | None = None) -> None:
    with _opened(out) as fh:
        writer = csv.writer(fh, lineterminator="\n" if out is None else "\r\n")
        writer.writerow([c.name for c in columns])
        for row in rows:
            writer.writerow([_csv_cell(row.get(c.name), c.type) for c in columns])


def _json_value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


def write_jsonl(rows, columns: list[Column], out: Path | None, meta: dict | None = None) -> None:
    with _opened(out) as fh:
        for row in rows:
            fh.write(json.dumps({c.name: _json_value(row.get(c.name)) for c in columns}, ensure_ascii=False) + "\n")


def arrow_schema(columns: list[Column], meta: dict[str, str] | None = None) -> pa.Schema:
    """Typed columns, each carrying its description (field metadata "description"); `meta` for the whole file."""
    fields = [pa.field(c.name, _ARROW[c.type], metadata={"description": c.meaning}) for c in columns]
    return pa.schema(fields, metadata={k: v for k, v in (meta or {}).items() if v is not None} or None)


def write_parquet(rows, columns: list[Column], out: Path | None, meta: dict | None = None) -> None:
    schema = arrow_schema(columns, meta)
    table = pa.Table.from_pylist([{c.name: row.get(c.name) for c in columns} for row in rows], schema=schema)
    with _opened(out, binary=True) as fh:
        pq.write_table(table, fh)


WRITERS = {"csv": write_csv, "jsonl": write_jsonl, "parquet": write_parquet}


# -- dataset card ------------------------------------------------------------------------

_HOW_TO_OPEN = {
    "csv": "pandas.read_csv(path, parse_dates=[date columns]); duckdb: SELECT * FROM read_csv_auto(path). "
           "Lists are joined with \"; \".",
    "jsonl": "pandas.read_json(path, lines=True); duckdb: SELECT * FROM read_json_auto(path). "
             "Lists are JSON arrays, dates ISO-8601 strings.",
    "parquet": "pandas.read_parquet(path); pyarrow.parquet.read_table(path); duckdb: SELECT * FROM path. "
               "Dates, timestamps, booleans and lists keep their types.",
}


def _fmt(value: Any) -> str:
    if value is None:
        return "unknown"
    return value.isoformat(sep=" ", timespec="seconds") if isinstance(value, dt.datetime) else str(value)


def render_card(what, fmt, filename, columns, n_rows, since, until, with_text, *, versions, window, sources) -> str:
    lines = [
        f"# Dataset card: healthbreach {what}",
        "",
        f"- file: `{filename}` ({fmt})",
        f"- rows: {n_rows}",
        f"- generated: {dt.datetime.now(dt.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')} by healthbreach {__version__}",
        f"- extractor version(s): {', '.join(versions) or 'none (no extraction stored)'}",
        f"- crawl window: {_fmt(window['crawled_from'])} to {_fmt(window['crawled_to'])} "
        f"({window['crawl_runs']} crawl runs)",
        f"- articles published: {_fmt(window['published_from'])} to {_fmt(window['published_to'])}",
        f"- filter: since {_fmt(since) if since else '-'}, until {_fmt(until) if until else '-'} "
        f"({'first_reported' if what == 'incidents' else 'article published date'})",
        f"- article text included: {'yes' if with_text else 'no'}",
        "",
        "## Licence and rights",
        "",
        LICENCE_NOTE,
        "",
        RIGHTS_NOTE,
        "",
        "## Accuracy of the extraction",
        "",
        *accuracy_lines(versions),
        "",
        "## Sources",
        "",
        "| source | rows |",
        "|---|---|",
        *[f"| {name} | {count} |" for name, count in sources.items()],
        "",
        "## Columns",
        "",
        "| column | type | meaning |",
        "|---|---|---|",
        *[f"| `{c.name}` | {c.type} | {c.meaning} |" for c in columns],
        "",
        "## Data types",
        "",
        "`data_types` holds these codes (the gold SCHEMA's); the French words are those an article may use "
        "for each (not exhaustive).",
        "",
        "| code | French label | meaning | French cues |",
        "|---|---|---|---|",
        *[f"| `{t.code}` | {t.label} | {t.meaning} | {t.cues} |" for t in DATA_TYPES.values()],
        "",
        "## Opening it",
        "",
        _HOW_TO_OPEN[fmt] + (" Each column's description is in the Parquet schema (field metadata "
                             "`description`), the card itself in the file metadata (`card`)." if fmt == "parquet" else ""),
        "",
        "## Citation",
        "",
        citation(__version__, dt.date.today().strftime("%Y"), versions),
        "",
    ]
    return "\n".join(lines)
