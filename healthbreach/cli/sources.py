"""`healthbreach sources`: the built-in sources."""

from __future__ import annotations

import click

from healthbreach.cli.output import Col, chosen_format, emit, format_options
from healthbreach.crawler.sources import builtin_sources

COLUMNS = [
    Col("name", "Name"),
    Col("domains", "Domains", "urls"),
    Col("discovery", "Feeds, sitemaps, listings", "urls", show=lambda r: r["feeds"] + r["sitemaps"] + r["listings"]),
    Col("partner", "AFP", "atom", show=lambda r: "yes" if r["partner"] else ""),
    Col("description", "Description"),
]


def source_rows() -> list[dict]:
    return [
        {"name": s.name, "domains": list(s.domains), "feeds": list(s.feeds), "sitemaps": list(s.sitemaps),
         "listings": list(s.listings), "partner": s.partner, "enabled": s.enabled, "description": s.description}
        for s in builtin_sources().values()
    ]


@click.command("sources")
@format_options
def command(fmt: str, as_json: bool) -> None:
    """List the built-in sources and where their articles are discovered.

    In a terminal, URLs show their host and path; --format json, jsonl or csv
    give them whole.

    Example: healthbreach sources --format json
    """
<<<<<<< HEAD
    emit(source_rows(), COLUMNS, chosen_format(fmt, as_json), title="Built-in sources")
=======
    table = Table(title="Built-in sources", title_justify="left")
    table.add_column("name", no_wrap=True, style="bold")
    for col in ("domains", "discovery", "AFP partner", "description"):
        table.add_column(col, overflow="fold")
    for spec in builtin_sources().values():
        discovery = "\n".join([*(f"feed {u}" for u in spec.feeds), *(f"sitemap {u}" for u in spec.sitemaps), *(f"listing {u}" for u in spec.listings)])
        if spec.news_index:
            discovery = "\n".join(filter(None, [discovery, f"news index {spec.news_index}: {len(spec.queries)} queries over {spec.timespan or '7d'}, any outlet"]))
        table.add_row(spec.name, ", ".join(spec.domains), discovery, "yes" if spec.partner else "", spec.description)
    out_console.print(table)
>>>>>>> coverage
