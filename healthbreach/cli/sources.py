"""`healthbreach sources`: the built-in sources."""

from __future__ import annotations

import click

from healthbreach.cli.output import Col, chosen_format, emit, format_options
from healthbreach.crawler.sources import builtin_sources

COLUMNS = [
    Col("name", "Name"),
    Col("domains", "Domains", "urls"),
    Col("discovery", "Feeds, sitemaps, listings", "urls", show=lambda r: r["feeds"] + r["sitemaps"] + r["listings"]),
    Col("news_index", "News index"),
    Col("partner", "AFP", "atom", show=lambda r: "yes" if r["partner"] else ""),
    Col("description", "Description"),
]


def source_rows() -> list[dict]:
    return [
        {"name": s.name, "domains": list(s.domains), "feeds": list(s.feeds), "sitemaps": list(s.sitemaps),
         "listings": list(s.listings),
         "news_index": f"{s.news_index}: {len(s.queries)} queries over {s.timespan or '7d'}, any outlet" if s.news_index else "",
         "partner": s.partner, "enabled": s.enabled, "description": s.description}
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
    emit(source_rows(), COLUMNS, chosen_format(fmt, as_json), title="Built-in sources")
