"""`healthbreach sources`: the built-in sources."""

from __future__ import annotations

import click
from rich.table import Table

from healthbreach.cli.options import out_console
from healthbreach.crawler.sources import builtin_sources


@click.command("sources")
def command() -> None:
    """List the built-in sources and where their articles are discovered.

    Example: healthbreach sources
    """
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
