"""The HTML report: one self-contained page (inline CSS, SVG and script), readable offline.

Every incident shows its articles by title, source and date, the sentence
behind each fact with the supporting words marked, and the values other
articles give (12 450 patients ≠ 8 000); data types carry their French
labels. The table filters as you type, ignoring accents, case and the
abbreviations the incident grouping knows ("ligerienne", "CH de Valmont"),
and sorts on any column.
"""

from __future__ import annotations

import datetime as dt
import json
from html import escape
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from healthbreach import __version__
from healthbreach.report.svg import bar_chart, column_chart, stacked_column_chart
from healthbreach.store.incident_facts import ATTACK_TYPES, by_month_and_type
from healthbreach.store.identity import ABBREVIATIONS, STOPWORDS, normalise_org
from healthbreach.store.provenance import LICENCE, LICENCE_URL
from healthbreach.store.queries import incident_detail, incident_rows, stats
from healthbreach.store.vocabulary import label
from healthbreach.textfold import fold_words

HERE = Path(__file__).resolve().parent
CSS = (HERE / "report.css").read_text(encoding="utf-8")
SCRIPT = (HERE / "report.js").read_text(encoding="utf-8")
FIELD_LABELS = {"victim": "victim", "vendor": "vendor", "incident_date": "incident date",
                "disclosure_date": "disclosure date", "records": "records", "records_claim": "records claimed",
                "data_type": "data exposed"}


def _months(by_month: dict[str, int]) -> list[tuple[str, int]]:
    """Every month from the first to the last, zeros included, so the timeline's gaps show."""
    if not by_month:
        return []
    first, last = min(by_month), max(by_month)
    year, month = map(int, first.split("-"))
    out = []
    while f"{year:04d}-{month:02d}" <= last:
        key = f"{year:04d}-{month:02d}"
        out.append((key, by_month.get(key, 0)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _number(n) -> str:
    return f"{n:,}".replace(",", "\u202f") if isinstance(n, int) else str(n)


def _records(n: int | None, unit: str | None) -> str:
    return (_number(n) + (f" {unit}" if unit else "")) if n else ""


def _titles(numbers: list[int], articles: list[dict]) -> str:
    """'1 article: « title »' for the tooltip of a competing value."""
    titles = [articles[n - 1]["title"] or articles[n - 1]["url"] for n in numbers if 0 < n <= len(articles)]
    return "; ".join(f"« {t} »" for t in titles)


def _competing(detail: dict, key: str, show) -> str:
    entry = (detail["facts"].get(key) or {}) if detail else {}
    if not isinstance(entry, dict):
        return ""
    return "".join(
        f'<div class="competing" title="{escape("given by " + _titles(c.get("articles") or [], detail["articles"]))}">'
        f"{escape(show(c))} <span class=\"src\">({len(c.get('articles') or [])} art.)</span></div>"
        for c in entry.get("competing") or []
    )


def _sentence(sentence: str, spans: list[tuple[int, int]]) -> str:
    out, at = [], 0
    for start, end in sorted(set(spans)):
        if start < at:
            continue
        out.append(escape(sentence[at:start]) + f"<mark>{escape(sentence[start:end])}</mark>")
        at = end
    return "<q>" + "".join(out) + escape(sentence[at:]) + "</q>"


def _fact_value(ev: dict) -> str:
    if ev["field"] == "data_type":
        return label(ev["value"])
    if ev["field"] in ("records", "records_claim") and str(ev["value"]).isdigit():
        return _records(int(ev["value"]), ev.get("unit"))
    return str(ev["value"])


def _evidence(article: dict) -> str:
    by_sentence: dict[str, list[dict]] = {}
    for ev in article["evidence"]:
        by_sentence.setdefault(ev["sentence"], []).append(ev)
    items = []
    for sentence, evs in by_sentence.items():
        fields: dict[str, list[str]] = {}
        for ev in evs:
            fields.setdefault(FIELD_LABELS.get(ev["field"], ev["field"].replace("_", " ")), []).append(_fact_value(ev))
        head = " · ".join(f"{escape(f)}: {escape(', '.join(v))}" for f, v in fields.items())
        spans = [tuple(ev["highlight"]) for ev in evs if ev.get("highlight")]
        items.append(f"<dt>{head}</dt><dd>{_sentence(sentence, spans)}</dd>")
    return f'<dl class="evidence">{"".join(items)}</dl>' if items else ""


def _article(article: dict) -> str:
    meta = " · ".join(x for x in (article["source"], str(article["published"] or "undated"),
                                   "AFP" if article["is_afp"] else "") if x)
    return (f'<li><a href="{escape(article["url"])}" rel="noreferrer">{escape(article["title"] or article["url"])}</a> '
            f'<span class="src">{escape(meta)}</span></li>')


def _how(r: dict) -> str:
    care = {True: "care disrupted", False: "care not affected"}.get(r.get("care_disrupted"), "")
    return ", ".join(x for x in (*(r.get("attack_types") or []), r.get("threat_actor") or "", care) if x)


def search_text(row: dict, detail: dict | None) -> str:
    """What the filter box looks in: names as written and as the grouping normalises them, sources,
    data-type codes and French labels, article titles; all folded like the script folds the query."""
    spellings = [s for v in ((detail or {}).get("facts") or {}).get("victims") or [] for s in v.get("spellings") or []]
    names = list(dict.fromkeys([*row["victims"], *spellings]))
    parts = [*names, *(normalise_org(v) for v in names), *row["vendors"], *row["sources"],
             *row["data_types"], *(label(t) for t in row["data_types"]), row["incident_id"],
             *((a["title"] or "") for a in (detail or {}).get("articles", []))]
    return " ".join(fold_words(p) for p in parts if p)


def incident_row(row: dict, detail: dict | None) -> str:
    articles = (detail or {}).get("articles") or [{"url": a["url"], "source": a.get("source"), "title": None,
                                                   "published": a.get("published"), "is_afp": False, "evidence": []}
                                                  for a in row["articles"]]
    evidence = "".join(f'<li><span class="src">[{n}]</span> {_evidence(a) or "<em>no evidence sentence</em>"}</li>'
                       for n, a in enumerate(articles, 1))
    types = "".join(f'<li title="{escape(t)}">{escape(label(t))}</li>' for t in row["data_types"])
    date_competing = _competing(detail, "incident_date", lambda c: str(c["value"]))
    records_competing = _competing(detail, "records", lambda c: _records(c["value"], c.get("unit")))
    return (
        f'<tr id="{escape(row["incident_id"])}" data-search="{escape(search_text(row, detail))}">'
        f'<td data-sort="{row["first_reported"] or ""}">{row["first_reported"] or "?"}</td>'
        f'<td>{escape(", ".join(row["victims"]) or "(unnamed)")}<div class="id">{escape(row["incident_id"])}</div></td>'
        f'<td data-sort="{escape(row["incident_date"] or "")}">{escape(row["incident_date"] or "")}{date_competing}</td>'
        f'<td class="num" data-sort="{row["records"] or ""}">{escape(_records(row["records"], row["records_unit"]))}'
        f"{records_competing}</td>"
        f'<td data-sort="{escape(" ".join(label(t) for t in row["data_types"]))}"><ul class="types">{types}</ul></td>'
        f'<td data-sort="{escape(_how(row))}">{escape(_how(row))}</td>'
        f'<td data-sort="{row["n_articles"]}"><ol class="articles">{"".join(_article(a) for a in articles)}</ol>'
        f'<details><summary>Evidence</summary><ul class="evidence">{evidence}</ul></details></td></tr>'
    )


COLUMNS = [("first_reported", "First reported", "text"), ("victims", "Victim", "text"),
           ("incident_date", "Incident date", "text"), ("records", "People or records", "number"),
           ("data_types", "Data exposed", "text"), ("how", "Attack, actor, care", "text"),
           ("articles", "Articles and evidence", "number")]


def incidents_table(rows: list[dict], details: dict[str, dict]) -> str:
    head = "".join(f'<th data-key="{key}" data-type="{kind}"><button type="button">{escape(title)}</button></th>'
                   for key, title, kind in COLUMNS)
    body = "".join(incident_row(r, details.get(r["incident_id"])) for r in rows)
    return f'<table id="incidents"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def attack_types_chart(rows: list[dict]) -> str:
    """Incidents per month first reported, stacked by attack type (an incident counts once per type)."""
    per_month = by_month_and_type(rows)
    months = [m for m, _ in _months({m: 1 for m in per_month})]
    names = [t for t in (*ATTACK_TYPES, "unknown") if any(t in c for c in per_month.values())]
    series = {name: [per_month.get(m, {}).get(name, 0) for m in months] for name in names}
    return stacked_column_chart(months, series, chart_id="attacktypes", title="Incidents per month by attack type")


def actors_chart(counts: dict, top: int = 10) -> str:
    """The threat actors named in the most incidents."""
    return bar_chart([(name, n, str(n)) for name, n in list(counts.get("by_actor", {}).items())[:top]],
                     chart_id="actors", title="Most active threat actors (incidents)", label_width=170)


def _data(name: str, value) -> str:
    text = json.dumps(value, ensure_ascii=False).replace("</", "<\\/")  # no early end of the script element
    return f'<script type="application/json" id="{name}">{text}</script>'


def render(rows: list[dict], counts: dict, generated: dt.datetime, details: dict[str, dict] | None = None) -> str:
    details = details or {}
    timeline = column_chart(_months(counts["by_month"]), chart_id="timeline", title="Incidents per month (first reported)")
    largest = sorted((r for r in rows if r["records"]), key=lambda r: (-r["records"], r["incident_id"]))[:10]
    largest_chart = bar_chart(
        [(", ".join(r["victims"]) or "(unnamed)", r["records"], _records(r["records"], r["records_unit"])) for r in largest],
        chart_id="largest", title="Largest incidents by records")
    types_chart = bar_chart([(label(code), n, str(n)) for code, n in list(counts["by_data_type"].items())[:15]],
                            chart_id="datatypes", title="Most exposed data types (incidents)", label_width=220)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>healthbreach: health-sector data breaches in the French press</title>
<style>{CSS}</style></head>
<body>
<h1>Health-sector data breaches in the French press</h1>
<p class="meta">{counts['incidents']} incidents from {counts['articles']} stored articles ·
generated {generated:%Y-%m-%d %H:%M} UTC by healthbreach {escape(__version__)} ·
extracted data under <a href="{LICENCE_URL}" rel="license">{LICENCE}</a>; article texts belong to their publishers:
follow the links to read them.</p>
<h2>Incidents per month</h2>
{timeline}
<h2>Incidents per month by attack type</h2>
{attack_types_chart(rows)}
<div class="charts">
<section><h2>Largest incidents by records</h2>{largest_chart}</section>
<section><h2>Most active threat actors</h2>{actors_chart(counts)}</section>
<section><h2>Most exposed data types</h2>{types_chart}</section>
</div>
<h2>All incidents</h2>
<div class="controls"><input type="search" id="filter" placeholder="Filter: victim, source, data type…"
aria-label="Filter incidents (accents, case and CH/CHU abbreviations ignored)"><span id="shown" class="meta">{len(rows)} incidents</span></div>
{incidents_table(rows, details)}
{_data("abbreviations", ABBREVIATIONS)}
{_data("stopwords", sorted(STOPWORDS))}
<script>{SCRIPT}</script>
</body></html>
"""


def write_report(engine: Engine, out_dir: Path | None) -> Path | str:
    """Write out_dir/index.html and return its path; out_dir None writes the page to standard output."""
    with Session(engine) as session:
        rows, counts = incident_rows(session), stats(session)
        details = {r["incident_id"]: incident_detail(session, r["incident_id"]) for r in rows}
    page = render(rows, counts, dt.datetime.now(dt.timezone.utc), details)
    if out_dir is None:
        import sys

        sys.stdout.write(page)
        sys.stdout.flush()
        return "-"
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "index.html"
    path.write_text(page, encoding="utf-8")
    return path
