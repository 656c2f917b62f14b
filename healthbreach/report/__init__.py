"""The HTML report: one self-contained page (inline CSS and SVG), readable offline."""

from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path
from urllib.parse import urlsplit

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from healthbreach import __version__
from healthbreach.report.svg import bar_chart, column_chart, stacked_column_chart
from healthbreach.store.incident_facts import ATTACK_TYPES, by_month_and_type
from healthbreach.store.queries import incident_rows, stats

CSS = """
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #222; margin: 2rem auto;
       max-width: 1200px; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { font-size: 1.15rem; margin-top: 2rem; }
.meta, .empty { color: #777; }
.charts { display: flex; flex-wrap: wrap; gap: 2rem; } .chart { max-width: 100%; height: auto; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: .35rem .5rem; vertical-align: top; }
th { border-bottom: 2px solid #ccc; position: sticky; top: 0; background: #fff; }
tr:nth-child(even) td { background: #f6f8fa; } td.num { text-align: right; white-space: nowrap; }
td.links a { display: inline-block; margin-right: .5rem; }
input[type=search] { padding: .3rem .5rem; width: 20rem; margin-bottom: .5rem; }
"""

# Only a filter box; the page reads fine with scripts off.
SCRIPT = """
const box = document.getElementById('filter');
box.addEventListener('input', () => {
  const q = box.value.toLowerCase();
  for (const tr of document.querySelectorAll('#incidents tbody tr')) {
    tr.hidden = q && !tr.textContent.toLowerCase().includes(q);
  }
});
"""


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


def _records(n: int | None, unit: str | None) -> str:
    return (f"{n:,}".replace(",", "\u202f") + (f" {unit}" if unit else "")) if n else ""


def _link_label(url: str, source: str | None) -> str:
    return source or urlsplit(url).netloc or url


def _how(r: dict) -> str:
    care = {True: "care disrupted", False: "care not affected"}.get(r.get("care_disrupted"), "")
    return ", ".join(x for x in (*r.get("attack_types", []), r.get("threat_actor") or "", care) if x)


def incidents_table(rows: list[dict]) -> str:
    head = "".join(f"<th>{h}</th>" for h in
                   ("First reported", "Victims", "Incident date", "Records", "Data types", "Attack / actor", "Articles", "Sources"))
    body = []
    for r in rows:
        links = "".join(
            f'<a href="{escape(a["url"])}" rel="noreferrer" title="{escape(a["url"])}">'
            f'{escape(_link_label(a["url"], a.get("source")))}</a>'
            for a in r["articles"]
        )
        body.append(
            f'<tr id="{escape(r["incident_id"])}">'
            f"<td>{r['first_reported'] or '?'}</td>"
            f"<td>{escape(', '.join(r['victims']) or '(unnamed)')}</td>"
            f"<td>{escape(r['incident_date'] or '')}</td>"
            f'<td class="num">{escape(_records(r["records"], r["records_unit"]))}</td>'
            f"<td>{escape(', '.join(r['data_types']))}</td>"
            f"<td>{escape(_how(r))}</td>"
            f'<td class="num">{r["n_articles"]}</td>'
            f'<td class="links">{links}</td></tr>'
        )
    return f'<table id="incidents"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'


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


def render(rows: list[dict], counts: dict, generated: dt.datetime) -> str:
    timeline = column_chart(_months(counts["by_month"]), chart_id="timeline", title="Incidents per month (first reported)")
    largest = sorted((r for r in rows if r["records"]), key=lambda r: (-r["records"], r["incident_id"]))[:10]
    largest_chart = bar_chart(
        [(", ".join(r["victims"]) or "(unnamed)", r["records"], _records(r["records"], r["records_unit"])) for r in largest],
        chart_id="largest", title="Largest incidents by records")
    types_chart = bar_chart([(code, n, str(n)) for code, n in list(counts["by_data_type"].items())[:15]],
                            chart_id="datatypes", title="Most exposed data types (incidents)", label_width=170)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>healthbreach: health-sector data breaches in the French press</title>
<style>{CSS}</style></head>
<body>
<h1>Health-sector data breaches in the French press</h1>
<p class="meta">{counts['incidents']} incidents from {counts['articles']} stored articles ·
generated {generated:%Y-%m-%d %H:%M} UTC by healthbreach {escape(__version__)} ·
article texts belong to their publishers; follow the links to read them.</p>
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
<input type="search" id="filter" placeholder="Filter: victim, source, data type…" aria-label="Filter incidents">
{incidents_table(rows)}
<script>{SCRIPT}</script>
</body></html>
"""


def write_report(engine: Engine, out_dir: Path) -> Path:
    """Write out_dir/index.html; returns its path."""
    with Session(engine) as session:
        rows, counts = incident_rows(session), stats(session)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    page = out_dir / "index.html"
    page.write_text(render(rows, counts, dt.datetime.now(dt.timezone.utc)), encoding="utf-8")
    return page
